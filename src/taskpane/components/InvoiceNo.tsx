/** An invoice number never breaks at its hyphen ("2026-" / "0021"): it moves to the next line whole. */
import { makeStyles } from '@fluentui/react-components';
import { Fragment, type ReactNode } from 'react';

const useStyles = makeStyles({ whole: { whiteSpace: 'nowrap' } });

export function InvoiceNo({ children, className }: { children: string; className?: string }) {
  const styles = useStyles();
  return <span className={className ? `${styles.whole} ${className}` : styles.whole}>{children}</span>;
}

/**
 * A catalogue line with invoice numbers in it ("Factuur F2026-005: al 60 dagen betwist"), each
 * number kept whole. The line stays one string in the catalogue, where word order is the
 * language's business; only the numbers are wrapped where they occur.
 */
export function WithInvoiceNos({ text, numbers }: { text: string; numbers: readonly string[] }) {
  const wanted = [...new Set(numbers.filter((n) => n.length > 0))].sort((a, b) => b.length - a.length);
  if (wanted.length === 0) return <>{text}</>;
  const pattern = new RegExp(`(${wanted.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})`);
  const parts: ReactNode[] = text
    .split(pattern)
    .map((part, i) =>
      i % 2 === 1 ? <InvoiceNo key={i}>{part}</InvoiceNo> : part ? <Fragment key={i}>{part}</Fragment> : null,
    );
  return <>{parts}</>;
}
