/** The Instellingen rows of a letter's letterhead: the business address, VAT number and website. */
import type { SettingDef } from './settingDefs';

export const LETTERHEAD_SETTING_DEFS: readonly SettingDef[] = [
  {
    field: 'companyStreet',
    nl: 'Adres (straat en nummer)',
    en: 'Address (street and number)',
    kind: 'text',
    help: { nl: 'Uw bedrijfsadres in het briefhoofd', en: 'Your business address on the letterhead' },
  },
  {
    field: 'companyPostcode',
    nl: 'Postcode',
    en: 'Postcode',
    kind: 'text',
    help: { nl: 'Postcode van uw bedrijfsadres', en: 'Postcode of your business address' },
  },
  {
    field: 'companyCity',
    nl: 'Plaats',
    en: 'City',
    kind: 'text',
    help: {
      nl: 'Plaats van uw bedrijfsadres; ook de plaats boven de datum van een brief',
      en: 'City of your business address; also the place above a letter’s date',
    },
  },
  {
    field: 'vatNumber',
    nl: 'Btw-nummer',
    en: 'VAT number',
    kind: 'text',
    help: {
      nl: 'Uw btw-identificatienummer, zoals het op de brief moet',
      en: 'Your VAT identification number, as printed',
    },
  },
  {
    field: 'companyWebsite',
    nl: 'Website',
    en: 'Website',
    kind: 'text',
    help: {
      nl: 'Uw website in het briefhoofd (mag leeg)',
      en: 'Your website on the letterhead (may stay empty)',
    },
  },
];
