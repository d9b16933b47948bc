/** Instellingen's letterhead fields: what a letter by post prints above and below its text. */
import { Field, Input } from '@fluentui/react-components';
import type { Settings } from '../../domain/model';
import { useT } from '../i18n';
import { LETTER_TEXT } from '../i18n/letters';
import { useLayout } from './layout';

type HeadField =
  'companyStreet' | 'companyPostcode' | 'companyCity' | 'enterpriseNumber' | 'vatNumber' | 'companyWebsite';

export function LetterheadFields(props: {
  settings: Settings;
  set: (field: HeadField, value: string | undefined) => void;
}) {
  const { settings, set } = props;
  const { f } = useT();
  const l = useLayout();
  const text = LETTER_TEXT[f.language].letterhead;
  const input = (field: HeadField, label: string, grow = false) => (
    <Field label={label} className={grow ? l.grow : undefined}>
      <Input value={settings[field] ?? ''} onChange={(_, d) => set(field, d.value || undefined)} />
    </Field>
  );
  return (
    <fieldset className={l.stack}>
      <legend>{text.title}</legend>
      {input('companyStreet', text.street)}
      <div className={l.row}>
        {input('companyPostcode', text.postcode, true)}
        {input('companyCity', text.city, true)}
      </div>
      <div className={l.row}>
        {input('enterpriseNumber', text.number, true)}
        {input('vatNumber', text.vat, true)}
      </div>
      {input('companyWebsite', text.website)}
    </fieldset>
  );
}
