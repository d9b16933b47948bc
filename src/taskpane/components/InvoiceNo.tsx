/** An invoice number never breaks at its hyphen ("2026-" / "0021"): it moves to the next line whole. */
import { makeStyles } from '@fluentui/react-components';

const useStyles = makeStyles({ whole: { whiteSpace: 'nowrap' } });

export function InvoiceNo({ children, className }: { children: string; className?: string }) {
  const styles = useStyles();
  return <span className={className ? `${styles.whole} ${className}` : styles.whole}>{children}</span>;
}
