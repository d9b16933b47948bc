/**
 * Texts of Instellingen's segments, in both languages; loaded with the Settings view, out of the
 * first download. The rule's own problems are the core's sentences (domain/segments ruleProblemText).
 */
import type { Language } from '../../domain/model';

export interface SegmentEditorMessages {
  title: string;
  intro: string;
  none: string;
  name: string;
  rule: string;
  ruleHint: string;
  customers: (n: number) => string;
  ownLadder: string;
  mainLadder: string;
  add: string;
  save: string;
  cancel: string;
  edit: (name: string) => string;
  editShort: string;
  remove: (name: string) => string;
  removeShort: string;
  nameMissing: string;
  nameTaken: string;
  unreadable: string;
}

const nl: SegmentEditorMessages = {
  title: 'Segmenten',
  intro:
    'Een klant hoort bij het eerste segment van boven naar beneden waarvan de regel klopt. Een segment met een eigen ladder (rijen segment.N.ladder in het werkblad Instellingen) krijgt die ladder; andere volgen de gewone.',
  none: 'Nog geen segmenten: iedereen volgt de gewone ladder.',
  name: 'Naam van het segment',
  rule: 'Regel van het segment',
  ruleHint:
    'Bijv. "meer dan 2 keer te laat betaald in 12 maanden", "omzet in 12 maanden boven 10000 en zakelijk", "openstaand boven 5000", "gemiddeld meer dan 10 dagen te laat", "consument", "segment is Horeca".',
  customers: (n) => (n === 1 ? '1 klant vandaag' : `${n} klanten vandaag`),
  ownLadder: 'Eigen ladder',
  mainLadder: 'Gewone ladder',
  add: 'Segment toevoegen en opslaan',
  save: 'Segment opslaan',
  cancel: 'Annuleren',
  edit: (name) => `Bewerk segment ${name}`,
  editShort: 'Bewerken',
  remove: (name) => `Verwijder segment ${name}`,
  removeShort: 'Verwijderen',
  nameMissing: 'Geef het segment een naam.',
  nameTaken: 'Er is al een segment met deze naam.',
  unreadable: 'Deze regel kan niet worden gelezen',
};

const en: SegmentEditorMessages = {
  title: 'Segments',
  intro:
    'A customer belongs to the first segment, top to bottom, whose rule holds. A segment with a ladder of its own (rows segment.N.ladder in the Settings sheet) gets that ladder; others follow the main one.',
  none: 'No segments yet: everyone follows the main ladder.',
  name: 'Segment name',
  rule: 'Segment rule',
  ruleHint:
    'E.g. "paid late more than 2 times in 12 months", "revenue in 12 months over 10000 and business", "open over 5000", "on average more than 10 days late", "consumer", "segment is Horeca".',
  customers: (n) => (n === 1 ? '1 customer today' : `${n} customers today`),
  ownLadder: 'Own ladder',
  mainLadder: 'Main ladder',
  add: 'Add segment and save',
  save: 'Save segment',
  cancel: 'Cancel',
  edit: (name) => `Edit segment ${name}`,
  editShort: 'Edit',
  remove: (name) => `Remove segment ${name}`,
  removeShort: 'Remove',
  nameMissing: 'Give the segment a name.',
  nameTaken: 'There is already a segment with this name.',
  unreadable: 'This rule cannot be read',
};

export const SEGMENT_EDITOR_TEXT: Record<Language, SegmentEditorMessages> = { nl, en };
