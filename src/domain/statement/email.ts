/**
 * The short, personal e-mail that goes with a statement: the contact by name, the period, the
 * balance and what of it is overdue, and how to pay it (the QR below the text, when there is one).
 * It promises only what is there: "attached" because the caller always attaches the PDF, and the
 * QR line only when the QR was made.
 */
import type { IsoDate } from '../dates';
import type { Cents } from '../money';
import type { Settings, Tone } from '../model';
import { statementDate, statementMoney } from './texts';
import type { StatementQr } from './statementQr';
import type { Statement } from './types';

export interface StatementEmail {
  subject: string;
  body: string;
}

type Sender = Pick<Settings, 'companyName' | 'companyIban' | 'tone'> & Partial<Pick<Settings, 'senderName'>>;

function dutch(s: Statement, sender: Sender, qr: StatementQr | undefined, tone: Tone): StatementEmail {
  const u =
    tone === 'formal' ? { you: 'u', your: 'uw', want: 'Wilt u' } : { you: 'je', your: 'je', want: 'Wil je' };
  const date = (d: IsoDate) => statementDate(d, 'nl');
  const money = (c: Cents) => statementMoney(c, 'nl');
  const { closing } = s;
  const contact = s.customer.contactName?.trim();
  const lines = [
    contact ? `Beste ${contact},` : tone === 'formal' ? 'Geachte heer, mevrouw,' : 'Hallo,',
    '',
    `In de bijlage vind${tone === 'formal' ? 't u' : ' je'} het rekeningoverzicht van ${s.customer.name} over ${date(s.period.from)} t/m ${date(s.period.until)}.`,
  ];
  if (closing.balance <= 0)
    lines.push(`Op ${date(s.period.until)} staat er niets open: ${u.you} hoeft niets te betalen.`);
  else if (closing.overdue.total > 0) {
    lines.push(
      `Het saldo op ${date(s.period.until)} is ${money(closing.balance)}, waarvan ${money(closing.overdue.total)} vervallen.`,
    );
  } else
    lines.push(
      `Het saldo op ${date(s.period.until)} is ${money(closing.balance)}; daarvan is nog niets vervallen.`,
    );
  if (qr?.result.ok) {
    const f = qr.result.fields;
    lines.push(
      '',
      `${u.want} ${money(qr.amount)} overmaken naar ${f.iban} t.n.v. ${f.name}, onder vermelding van "${f.structuredReference || f.remittanceText}"? Met de QR-code onder dit bericht gaat dat in één keer met ${u.your} bank-app.`,
    );
  }
  lines.push(
    '',
    `Klopt er iets niet, of ${tone === 'formal' ? 'heeft u' : 'heb je'} al betaald? Laat het me dan gerust weten.`,
    '',
    'Met vriendelijke groet,',
    ...[sender.senderName, sender.companyName].filter((x): x is string => !!x?.trim()),
  );
  return {
    subject: `Rekeningoverzicht ${sender.companyName || ''} t/m ${date(s.period.until)}`.replace(/ +/g, ' '),
    body: lines.join('\n'),
  };
}

function english(s: Statement, sender: Sender, qr: StatementQr | undefined): StatementEmail {
  const date = (d: IsoDate) => statementDate(d, 'en');
  const money = (c: Cents) => statementMoney(c, 'en');
  const { closing } = s;
  const contact = s.customer.contactName?.trim();
  const lines = [
    contact ? `Dear ${contact},` : 'Dear Sir or Madam,',
    '',
    `Attached is the statement of account of ${s.customer.name} for ${date(s.period.from)} to ${date(s.period.until)}.`,
  ];
  if (closing.balance <= 0)
    lines.push(`On ${date(s.period.until)} nothing is open: there is nothing to pay.`);
  else if (closing.overdue.total > 0) {
    lines.push(
      `The balance on ${date(s.period.until)} is ${money(closing.balance)}, of which ${money(closing.overdue.total)} is overdue.`,
    );
  } else
    lines.push(
      `The balance on ${date(s.period.until)} is ${money(closing.balance)}; none of it is overdue yet.`,
    );
  if (qr?.result.ok) {
    const f = qr.result.fields;
    lines.push(
      '',
      `Would you transfer ${money(qr.amount)} to ${f.iban} (${f.name}), quoting "${f.structuredReference || f.remittanceText}"? The QR code below this message does it in one go with your banking app.`,
    );
  }
  lines.push(
    '',
    'If anything does not look right, or you have paid already, please let me know.',
    '',
    'Kind regards,',
    ...[sender.senderName, sender.companyName].filter((x): x is string => !!x?.trim()),
  );
  return {
    subject: `Statement of account ${sender.companyName || ''} to ${date(s.period.until)}`.replace(
      / +/g,
      ' ',
    ),
    body: lines.join('\n'),
  };
}

/** The e-mail in the statement's language; `qr` as statementQr made it (its line only when it is valid). */
export function statementEmail(s: Statement, sender: Sender, qr?: StatementQr): StatementEmail {
  return s.language === 'nl' ? dutch(s, sender, qr, sender.tone) : english(s, sender, qr);
}
