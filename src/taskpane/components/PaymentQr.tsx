/**
 * The reminder's payment QR (EPC069-12). The payload comes from the core; the QR library arrives
 * in a chunk of its own the first time a code is shown, so neither the first download nor the
 * reminder view carries it. No QR, and the reason, when the settings or the amount cannot make one.
 */
import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { Language, Settings } from '../../domain/model';
import { utf8Bytes } from '../../domain/payment/epcQr';
import { reminderQr, type QrInvoice } from '../../domain/payment/reminderQr';
import { useT } from '../i18n';
import { PAYQR_TEXT } from '../i18n/payqr';
import { useLayout } from './layout';
import { addCents, cents } from '../../domain/money';

/** The payload's UTF-8 bytes, one per character: the library's byte mode takes them as they are. */
function utf8Binary(text: string): string {
  return utf8Bytes(text)
    .map((b) => String.fromCharCode(b))
    .join('');
}

async function qrDataUrl(payload: string): Promise<string> {
  const { default: qrcode } = await import(/* webpackChunkName: "qr" */ 'qrcode-generator');
  const qr = qrcode(0, 'M');
  qr.addData(utf8Binary(payload), 'Byte');
  qr.make();
  // Four pixels a module and the four-module quiet zone the QR standard asks for.
  return qr.createDataURL(4, 16);
}

export function PaymentQr(props: {
  settings: Settings;
  customerNumber: string;
  invoices: readonly QrInvoice[];
  language: Language;
}) {
  const { f } = useT();
  const l = useLayout();
  const text = PAYQR_TEXT[f.language];
  const { settings, customerNumber, invoices, language } = props;
  const qr = reminderQr({ settings, customerNumber, invoices, language });
  const payload = qr.ok ? qr.payload : '';
  const [image, setImage] = useState<{ payload: string; url: string } | 'failed' | undefined>();

  useEffect(() => {
    if (!payload) return;
    let live = true;
    qrDataUrl(payload).then(
      (url) => live && setImage({ payload, url }),
      () => live && setImage('failed'),
    );
    return () => {
      live = false;
    };
  }, [payload]);

  if (!qr.ok) {
    return (
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{text.noQr}</MessageBarTitle>
          {text.qrWhy[qr.problem.code]}
        </MessageBarBody>
      </MessageBar>
    );
  }
  const shown = image && image !== 'failed' && image.payload === payload ? image.url : undefined;
  return (
    <section aria-labelledby="payment-qr" className={l.item}>
      <h3 id="payment-qr" className={l.h3}>
        {text.qrTitle}
      </h3>
      {shown ? (
        <img src={shown} alt={text.qrAlt} style={{ imageRendering: 'pixelated' }} />
      ) : image === 'failed' ? (
        <p role="alert">{text.qrLoadFailed}</p>
      ) : (
        <p className={l.muted}>{text.qrLoading}</p>
      )}
      <dl className={l.muted}>
        <dt>{text.fieldName}</dt>
        <dd>{qr.fields.name}</dd>
        <dt>{text.fieldIban}</dt>
        <dd>{qr.fields.iban}</dd>
        <dt>{text.fieldAmount}</dt>
        <dd>{f.money(invoices.reduce((s, i) => addCents(s, i.openCents), cents(0)))}</dd>
        <dt>{text.fieldReference}</dt>
        <dd>{qr.fields.structuredReference || qr.fields.remittanceText}</dd>
      </dl>
      <p className={l.muted}>{text.qrHelp}</p>
    </section>
  );
}
