/**
 * Texts of segments on Vandaag: the segment's name beside the customer and the step's suggested
 * channel. Small on purpose: Vandaag is in the pane's first download (the editor's texts are in
 * segmentsEditor.ts, loaded with Instellingen).
 */
import type { Language, StepChannel } from '../../domain/model';

export interface SegmentTodayMessages {
  segment: (name: string) => string;
  suggested: (channel: string) => string;
  channels: Record<StepChannel, string>;
}

export const SEGMENT_TODAY_TEXT: Record<Language, SegmentTodayMessages> = {
  nl: {
    segment: (name) => `Segment: ${name}`,
    suggested: (channel) => `Voorgesteld: ${channel}`,
    channels: {
      email: 'e-mail',
      letter: 'brief',
      phone: 'bellen',
      whatsapp: 'WhatsApp',
      sms: 'sms',
      statement: 'rekeningoverzicht',
    },
  },
  en: {
    segment: (name) => `Segment: ${name}`,
    suggested: (channel) => `Suggested: ${channel}`,
    channels: {
      email: 'email',
      letter: 'letter',
      phone: 'phone call',
      whatsapp: 'WhatsApp',
      sms: 'text message',
      statement: 'statement',
    },
  },
};
