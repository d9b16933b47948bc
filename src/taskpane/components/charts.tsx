/**
 * Small inline-SVG charts (no chart library: the pane must stay lean). Each chart is hidden from
 * assistive technology and comes with the same figures as a table, visually hidden unless the user
 * asks for it with the toggle, so screen readers always get the table.
 */
import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { useId, useState, type ReactNode } from 'react';
import { useT } from '../i18n';

const useStyles = makeStyles({
  figure: { margin: `${tokens.spacingVerticalM} 0` },
  caption: { fontWeight: tokens.fontWeightSemibold, marginBottom: tokens.spacingVerticalXS },
  hidden: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    overflow: 'hidden',
    clipPath: 'inset(50%)',
    whiteSpace: 'nowrap',
  },
  table: { borderCollapse: 'collapse', width: '100%', fontSize: tokens.fontSizeBase200 },
  cell: {
    textAlign: 'left',
    padding: `2px ${tokens.spacingHorizontalXS}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  num: {
    textAlign: 'right',
    padding: `2px ${tokens.spacingHorizontalXS}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  svg: { width: '100%', height: 'auto', display: 'block' },
  text: { fill: tokens.colorNeutralForeground2, fontSize: '10px' },
});

export interface ChartTable {
  headers: string[];
  rows: string[][];
}

export function ChartFrame({
  title,
  table,
  children,
}: {
  title: string;
  table: ChartTable;
  children: ReactNode;
}) {
  const { t } = useT();
  const styles = useStyles();
  const [showTable, setShowTable] = useState(false);
  const id = useId();
  return (
    <figure className={styles.figure} aria-labelledby={id}>
      <figcaption id={id} className={styles.caption}>
        {title}
      </figcaption>
      {!showTable && <div aria-hidden="true">{children}</div>}
      <table className={showTable ? styles.table : `${styles.table} ${styles.hidden}`} aria-label={title}>
        <thead>
          <tr>
            {table.headers.map((h, i) => (
              <th key={h} scope="col" className={i === 0 ? styles.cell : styles.num}>
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((r, ri) => (
            <tr key={ri}>
              {r.map((c, i) =>
                i === 0 ? (
                  <th key={i} scope="row" className={styles.cell}>
                    {c}
                  </th>
                ) : (
                  <td key={i} className={styles.num}>
                    {c}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
      <Button
        size="small"
        appearance="subtle"
        onClick={() => setShowTable((s) => !s)}
        aria-pressed={showTable}
      >
        {showTable ? t.common.hideTable : t.common.showTable}
      </Button>
    </figure>
  );
}

const PALETTE = ['#0F6CBD', '#8A8886', '#C239B3', '#CA5010', '#498205', '#5C2E91'];

/** Horizontal bars: one per item, label left, value text right. */
export function HBarChart({ items }: { items: { label: string; value: number; text: string }[] }) {
  const styles = useStyles();
  const max = Math.max(1, ...items.map((i) => Math.abs(i.value)));
  const rowH = 18;
  const width = 300;
  const labelW = 110;
  const textW = 60;
  const barW = width - labelW - textW;
  return (
    <svg className={styles.svg} viewBox={`0 0 ${width} ${items.length * rowH + 4}`} role="presentation">
      {items.map((item, i) => (
        <g key={i} transform={`translate(0 ${i * rowH + 2})`}>
          <text className={styles.text} x={0} y={12}>
            {item.label.length > 18 ? `${item.label.slice(0, 17)}…` : item.label}
          </text>
          <rect
            x={labelW}
            y={2}
            height={rowH - 6}
            width={Math.max(1, (Math.abs(item.value) / max) * barW)}
            fill={PALETTE[0]}
            rx={2}
          />
          <text className={styles.text} x={width} y={12} textAnchor="end">
            {item.text}
          </text>
        </g>
      ))}
    </svg>
  );
}

/** Columns per category for one or two series (this year against last year). */
export function ColumnChart({
  categories,
  series,
}: {
  categories: string[];
  series: { name: string; values: (number | null)[] }[];
}) {
  const styles = useStyles();
  const width = 300;
  const height = 110;
  const bottom = 14;
  const values = series.flatMap((s) => s.values.filter((v): v is number => v !== null));
  const max = Math.max(1, ...values);
  const slot = width / Math.max(1, categories.length);
  const barW = (slot - 4) / Math.max(1, series.length);
  return (
    <svg className={styles.svg} viewBox={`0 0 ${width} ${height + 12}`} role="presentation">
      {categories.map((c, ci) => (
        <g key={ci} transform={`translate(${ci * slot + 2} 0)`}>
          {series.map((s, si) => {
            const v = Math.max(0, s.values[ci] ?? 0);
            const h = (v / max) * (height - bottom);
            return (
              <rect
                key={s.name}
                x={si * barW}
                y={height - bottom - h}
                width={Math.max(1, barW - 1)}
                height={h}
                fill={PALETTE[si]}
              />
            );
          })}
          <text className={styles.text} x={slot / 2 - 2} y={height} textAnchor="middle">
            {c}
          </text>
        </g>
      ))}
      {series.map((s, si) => (
        <g key={s.name} transform={`translate(${si * 90} ${height + 2})`}>
          <rect width={8} height={8} fill={PALETTE[si]} />
          <text className={styles.text} x={11} y={8}>
            {s.name}
          </text>
        </g>
      ))}
    </svg>
  );
}

/** A line over ordered points; null leaves a gap. A dashed zero line marks "on the due date". */
export function LineChart({ points }: { points: { label: string; value: number | null }[] }) {
  const styles = useStyles();
  const width = 300;
  const height = 100;
  const pad = 14;
  const vals = points.map((p) => p.value).filter((v): v is number => v !== null);
  const min = Math.min(0, ...vals);
  const max = Math.max(1, ...vals);
  const x = (i: number) => pad + (i * (width - 2 * pad)) / Math.max(1, points.length - 1);
  const y = (v: number) => height - pad - ((v - min) / (max - min || 1)) * (height - 2 * pad);
  const segments: string[] = [];
  let current = '';
  points.forEach((p, i) => {
    if (p.value === null) {
      if (current) segments.push(current);
      current = '';
    } else current += `${current ? 'L' : 'M'}${x(i).toFixed(1)},${y(p.value).toFixed(1)}`;
  });
  if (current) segments.push(current);
  return (
    <svg className={styles.svg} viewBox={`0 0 ${width} ${height + 4}`} role="presentation">
      <line x1={pad} x2={width - pad} y1={y(0)} y2={y(0)} stroke="#8A8886" strokeDasharray="3 3" />
      {segments.map((d, i) => (
        <path key={i} d={d} fill="none" stroke={PALETTE[0]} strokeWidth={2} />
      ))}
      {points.map((p, i) =>
        p.value === null ? null : <circle key={i} cx={x(i)} cy={y(p.value)} r={2.5} fill={PALETTE[0]} />,
      )}
      {points.map((p, i) => (
        <text key={`l${i}`} className={styles.text} x={x(i)} y={height + 2} textAnchor="middle">
          {p.label.replace(/^\d\d(\d\d)-/, "'$1 ")}
        </text>
      ))}
    </svg>
  );
}
