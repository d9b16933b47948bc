/**
 * A mailto: link that opens the drafted reminder in the user's mail program.
 *
 * RFC 6068 sets no length limit, but real ones exist: Internet Explorer and the Windows shell cap
 * URLs at about 2,083 characters, Chromium has been seen to fail around 2,000, and some mail clients
 * silently cut long bodies. A letter cut off halfway is worse than a short one, so we stay under a
 * conservative 2,000 characters for the whole URL and otherwise fall back to a short body (the pane
 * then offers the full text to copy). Browsers and Outlook on the web differ; this is the safe floor.
 */
import { DomainError, requireInteger, requireObject, requireText } from '../errors';

export const MAILTO_MAX_LENGTH = 2000;

export interface MailtoInput {
  /** One or more addresses; "a@x.nl; b@y.nl" is split. Empty or absent: a link without recipient. */
  to?: string | readonly string[];
  subject: string;
  body: string;
  /** Used instead of `body` when the full link would be too long (see ReminderDraft.shortBody). */
  fallbackBody?: string;
}

export interface MailtoLink {
  href: string;
  /** True when the link does not carry the full body (or even the full subject). */
  truncated: boolean;
  /** Which body the link carries. */
  bodyUsed: 'full' | 'fallback' | 'none';
}

/** Lone surrogates make encodeURIComponent throw; a pasted half emoji should not break the link. */
function wellFormed(text: string): string {
  return text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

/** Percent-encodes strictly (RFC 3986 unreserved only), so ' ( ) ! * cannot upset HTML or clients. */
function encode(text: string): string {
  return encodeURIComponent(wellFormed(text)).replace(
    /[!'()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

/** Mail bodies use CRLF line breaks (RFC 6068 section 5), hence %0D%0A. */
function normaliseBody(body: string): string {
  return body.replace(/\r\n|\r|\n/g, '\r\n');
}

function normaliseSubject(subject: string): string {
  return subject.replace(/[\r\n\t]+/g, ' ').trim();
}

function recipients(to: MailtoInput['to']): string {
  const list = (Array.isArray(to) ? to : [to ?? ''])
    .flatMap((s: string) => s.split(/[;,\s]+/))
    .filter((s) => s !== '');
  // '@' stays readable: some clients do not decode %40 in the address part.
  return list.map((a) => encode(a).replace(/%40/g, '@')).join(',');
}

function build(to: string, subject: string, body: string | undefined): string {
  const params = [`subject=${encode(subject)}`];
  if (body !== undefined && body !== '') params.push(`body=${encode(normaliseBody(body))}`);
  return `mailto:${to}?${params.join('&')}`;
}

export function mailtoLink(input: MailtoInput, maxLength: number = MAILTO_MAX_LENGTH): MailtoLink {
  requireObject(input, 'input');
  requireText(input.subject, 'subject');
  requireText(input.body, 'body');
  if (input.fallbackBody !== undefined) requireText(input.fallbackBody, 'fallbackBody');
  if (input.to !== undefined && typeof input.to !== 'string') {
    if (!Array.isArray(input.to)) requireText(input.to, 'to');
    (input.to as readonly unknown[]).forEach((a, i) => requireText(a, `to[${i}]`));
  }
  requireInteger(maxLength, 'maxLength', 1);
  const to = recipients(input.to);
  const subject = normaliseSubject(input.subject);
  const emptyLength = build(to, '', undefined).length;
  if (emptyLength > maxLength) {
    throw new DomainError(
      'invalid-input',
      `the recipient list alone is longer than a mailto link may be (${maxLength})`,
      {
        path: 'to',
        value: input.to,
      },
    );
  }
  const full = build(to, subject, input.body);
  if (full.length <= maxLength)
    return { href: full, truncated: false, bodyUsed: input.body ? 'full' : 'none' };
  if (input.fallbackBody) {
    const short = build(to, subject, input.fallbackBody);
    if (short.length <= maxLength) return { href: short, truncated: true, bodyUsed: 'fallback' };
  }
  const bare = build(to, subject, undefined);
  if (bare.length <= maxLength) return { href: bare, truncated: true, bodyUsed: 'none' };
  return {
    href: build(to, fitSubject(subject, maxLength - emptyLength), undefined),
    truncated: true,
    bodyUsed: 'none',
  };
}

/** The longest prefix of the subject (whole code points, plus an ellipsis) whose encoding fits. */
function fitSubject(subject: string, room: number): string {
  const points = Array.from(subject);
  let lo = 0;
  let hi = points.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (encode(points.slice(0, mid).join('') + '…').length <= room) lo = mid;
    else hi = mid - 1;
  }
  return lo === 0 ? '' : points.slice(0, lo).join('') + '…';
}
