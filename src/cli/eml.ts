/**
 * Reminder drafts as .eml files (RFC 5322 + MIME). Mail programs open them as a new message:
 * X-Unsent marks a draft for Outlook. Non-ASCII header text is an RFC 2047 encoded-word (base64
 * UTF-8), the body is UTF-8 quoted-printable, and every line ends in CRLF.
 *
 * With a payment QR the message is multipart/alternative: the plain text, and an HTML version with
 * the QR as an inline image (multipart/related, referenced by its Content-ID), so a mail program
 * that shows no HTML still has the whole text. Invoice files go beside it in multipart/mixed.
 */
import { DomainError } from '../domain/errors';
import { isIsoDate } from '../domain/dates';
import type { Customer, Settings } from '../domain/model';
import { multipartBody, type EmlAttachment, type EmlInlineImage } from './emlParts';

export interface EmlDraft {
  from?: { name?: string; address: string };
  /** May be empty: a draft for a customer without an e-mail address. */
  to: { name?: string; address: string }[];
  subject: string;
  body: string;
  /** The day the draft was made; becomes the Date header (09:00 UTC on that day). */
  date: string;
  /** Stable id, e.g. "<invoice>.<step>@klant-inzicht", so re-running does not duplicate. */
  messageId?: string;
  /** The payment QR, shown below the text in the HTML version. */
  inlineImage?: EmlInlineImage;
  /** Files that go with the message (the invoices). */
  attachments?: readonly EmlAttachment[];
}

/**
 * From (the settings' e-mail, named by the sender or the company) and To (the customer's address,
 * named by the contact; none for a customer without one), as every draft the CLI writes has them.
 */
export function emlParties(
  settings: Pick<Settings, 'companyEmail' | 'senderName' | 'companyName'>,
  customer: Pick<Customer, 'email' | 'contactName'>,
): Pick<EmlDraft, 'from' | 'to'> {
  const address = customer.email?.trim() ?? '';
  return {
    ...(settings.companyEmail
      ? { from: { address: settings.companyEmail, name: settings.senderName ?? settings.companyName } }
      : {}),
    to: address ? [{ address, ...(customer.contactName ? { name: customer.contactName } : {}) }] : [],
  };
}

const CRLF = '\r\n';
const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

const utf8 = new TextEncoder();

function isAscii(s: string): boolean {
  return /^[\x20-\x7e]*$/.test(s);
}

export function base64(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString('base64');
}

/**
 * RFC 2047 encoded-words, each at most 75 characters, split on character boundaries so no
 * UTF-8 sequence is cut in two.
 */
export function encodeHeaderText(text: string): string {
  if (isAscii(text)) return text;
  const words: string[] = [];
  let chunk = '';
  for (const ch of text) {
    const next = chunk + ch;
    // "=?UTF-8?B?" + base64 + "?=" is 12 characters of overhead; 45 bytes encode to 60.
    if (utf8.encode(next).length > 45) {
      words.push(chunk);
      chunk = ch;
    } else chunk = next;
  }
  if (chunk) words.push(chunk);
  return words.map((w) => `=?UTF-8?B?${base64(utf8.encode(w))}?=`).join(`${CRLF} `);
}

function mailbox(m: { name?: string; address: string }): string {
  if (!/^[^\s@<>()",;]+@[^\s@<>()",;]+$/.test(m.address)) {
    throw new DomainError('invalid-input', `not an e-mail address: ${JSON.stringify(m.address)}`, {
      value: m.address,
    });
  }
  if (!m.name) return m.address;
  const name = isAscii(m.name) ? `"${m.name.replace(/["\\]/g, '\\$&')}"` : encodeHeaderText(m.name);
  return `${name} <${m.address}>`;
}

/** Quoted-printable (RFC 2045) of UTF-8 text with CRLF line breaks and soft breaks at 76. */
export function quotedPrintable(text: string): string {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  return lines
    .map((line) => {
      const bytes = utf8.encode(line);
      const tokens: string[] = [];
      bytes.forEach((b, i) => {
        const last = i === bytes.length - 1;
        const printable = (b >= 33 && b <= 126 && b !== 61) || ((b === 32 || b === 9) && !last);
        tokens.push(printable ? String.fromCharCode(b) : `=${b.toString(16).toUpperCase().padStart(2, '0')}`);
      });
      // Soft line breaks: at most 76 characters per line including the trailing "=".
      const out: string[] = [];
      let current = '';
      for (const t of tokens) {
        if (current.length + t.length > 75) {
          out.push(`${current}=`);
          current = '';
        }
        current += t;
      }
      out.push(current);
      return out.join(CRLF);
    })
    .join(CRLF);
}

export function rfc5322Date(iso: string): string {
  if (!isIsoDate(iso))
    throw new DomainError('invalid-date', `not a date: ${JSON.stringify(iso)}`, { value: iso });
  const d = new Date(`${iso}T09:00:00Z`);
  const dd = String(d.getUTCDate()).padStart(2, '0');
  return `${WEEKDAYS[d.getUTCDay()]}, ${dd} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()} 09:00:00 +0000`;
}

export function buildEml(draft: EmlDraft): string {
  const headers = [
    ...(draft.from ? [`From: ${mailbox(draft.from)}`] : []),
    // A draft without a known address still opens; the person fills in the recipient.
    ...(draft.to.length ? [`To: ${draft.to.map(mailbox).join(', ')}`] : []),
    `Subject: ${encodeHeaderText(draft.subject.replace(/[\r\n]+/g, ' '))}`,
    `Date: ${rfc5322Date(draft.date)}`,
    ...(draft.messageId ? [`Message-ID: <${draft.messageId.replace(/[<>\s]/g, '')}>`] : []),
    'MIME-Version: 1.0',
  ];
  const content =
    draft.inlineImage || draft.attachments?.length
      ? multipartBody(draft.body, draft.inlineImage, draft.attachments ?? [])
      : {
          headers: ['Content-Type: text/plain; charset=UTF-8', 'Content-Transfer-Encoding: quoted-printable'],
          body: quotedPrintable(draft.body),
        };
  return `${[...headers, ...content.headers, 'X-Unsent: 1'].join(CRLF)}${CRLF}${CRLF}${content.body}${CRLF}`;
}
