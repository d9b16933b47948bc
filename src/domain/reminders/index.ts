/** Reminder drafting: templates as data, a strict placeholder engine, the drafter and mailto links. */
export {
  draftReminder,
  resolveTemplate,
  templateKeys,
  type DraftReminderInput,
  type ReminderClaim,
  type ReminderCustomer,
  type ReminderDraft,
  type ReminderInvoice,
  type ReminderSettings,
  type ReminderStep,
  type ReminderWarning,
  type ReminderWarningCode,
  type TemplatePart,
} from './draft';
export { mailtoLink, MAILTO_MAX_LENGTH, type MailtoInput, type MailtoLink } from './mailto';
export {
  PLACEHOLDER_NAMES,
  REMINDER_PLACEHOLDERS,
  isPlaceholderName,
  renderTemplate,
  validateTemplate,
  type PlaceholderName,
  type Rendered,
  type TemplateCheck,
  type TemplateProblem,
} from './render';
export {
  DEFAULT_TEMPLATES,
  PHRASES,
  type MessageTemplate,
  type Phrases,
  type TemplateSet,
} from './templates';
export { formatLongDate, formatShortDate, formatList, informalName } from './format';
