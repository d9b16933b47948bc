/**
 * The MIME parts of a reminder draft with a payment QR or attachments (RFC 2046 multiparts,
 * RFC 2387 multipart/related for the inline image, RFC 2392 cid: references). The boundaries start
 * with "=_", which quoted-printable and base64 never produce, so no part can contain one.
 */
import { base64, encodeHeaderText, quotedPrintable } from './eml';

export interface EmlInlineImage {
  /** Without the angle brackets, e.g. "betaal-qr@klant-inzicht.invalid". */
  contentId: string;
  contentType: 'image/gif' | 'image/png';
  data: Uint8Array;
  fileName: string;
  /** Alternative text for the image, in the message's language. */
  alt: string;
  /** One line shown above the image. */
  caption: string;
}

export interface EmlAttachment {
  fileName: string;
  contentType: string;
  data: Uint8Array;
}

const CRLF = '\r\n';

/** Base64 in lines of 76 characters (RFC 2045). */
function base64Lines(data: Uint8Array): string {
  return (base64(data).match(/.{1,76}/g) ?? []).join(CRLF);
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** RFC 2231 would be stricter; the encoded-word in quotes is what mail programs read for file names. */
function fileNameParam(name: string): string {
  const safe = name.replace(/[\r\n"\\]/g, '_');
  return /^[\x20-\x7e]*$/.test(safe) ? `"${safe}"` : `"${encodeHeaderText(safe).replace(/\r\n /g, ' ')}"`;
}

interface Part {
  headers: string[];
  body: string;
}

function multipart(kind: string, boundary: string, parts: Part[], extra = ''): Part {
  const body = parts
    .map((p) => `--${boundary}${CRLF}${p.headers.join(CRLF)}${CRLF}${CRLF}${p.body}${CRLF}`)
    .join('');
  return {
    headers: [`Content-Type: multipart/${kind}; boundary="${boundary}"${extra}`],
    body: `${body}--${boundary}--`,
  };
}

function htmlOf(body: string, image: EmlInlineImage): string {
  const paragraphs = body
    .replace(/\r\n?/g, '\n')
    .split(/\n{2,}/)
    .map((p) => `<p>${escapeHtml(p).replace(/\n/g, '<br>')}</p>`)
    .join('\n');
  return [
    '<!DOCTYPE html>',
    '<html><head><meta charset="utf-8"></head>',
    '<body style="font-family: Calibri, Arial, sans-serif; font-size: 11pt;">',
    paragraphs,
    `<p>${escapeHtml(image.caption)}<br>`,
    `<img src="cid:${escapeHtml(image.contentId)}" alt="${escapeHtml(image.alt)}" width="200" height="200"></p>`,
    '</body></html>',
  ].join('\n');
}

/** The message's Content-Type header and its body of parts. */
export function multipartBody(
  body: string,
  image: EmlInlineImage | undefined,
  attachments: readonly EmlAttachment[],
): { headers: string[]; body: string } {
  const plain: Part = {
    headers: ['Content-Type: text/plain; charset=UTF-8', 'Content-Transfer-Encoding: quoted-printable'],
    body: quotedPrintable(body),
  };
  let message = plain;
  if (image) {
    const html: Part = {
      headers: ['Content-Type: text/html; charset=UTF-8', 'Content-Transfer-Encoding: quoted-printable'],
      body: quotedPrintable(htmlOf(body, image)),
    };
    const picture: Part = {
      headers: [
        `Content-Type: ${image.contentType}; name=${fileNameParam(image.fileName)}`,
        'Content-Transfer-Encoding: base64',
        `Content-ID: <${image.contentId.replace(/[<>\s]/g, '')}>`,
        `Content-Disposition: inline; filename=${fileNameParam(image.fileName)}`,
      ],
      body: base64Lines(image.data),
    };
    const related = multipart('related', '=_KI_related', [html, picture], '; type="text/html"');
    message = multipart('alternative', '=_KI_alternative', [plain, related]);
  }
  if (attachments.length) {
    const files = attachments.map((a): Part => ({
      headers: [
        `Content-Type: ${a.contentType}; name=${fileNameParam(a.fileName)}`,
        'Content-Transfer-Encoding: base64',
        `Content-Disposition: attachment; filename=${fileNameParam(a.fileName)}`,
      ],
      body: base64Lines(a.data),
    }));
    message = multipart('mixed', '=_KI_mixed', [message, ...files]);
  }
  return message;
}
