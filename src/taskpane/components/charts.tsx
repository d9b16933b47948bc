/**
 * Small charts (no chart library: the pane must stay lean). Each chart is hidden from assistive
 * technology and comes with the same figures as a table, visually hidden unless the user asks for it
 * with the toggle, so screen readers always get the table. Every chart carries its values or an
 * axis, and draws signed values on both sides of a zero line (chartScale.ts).
 */
import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { useId, useState, type ReactNode } from 'react';
import { useT } from '../i18n';
import { barSpan, linearScale, niceTicks } from './chartScale';

const useStyles = makeStyles({
  // The view's stack already spaces its sections; a margin here would double the gap.
  figure: { margin: 0 },
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
  svg: { width: '100%', height: 'auto', display: 'block', overflow: 'visible' },
  text: { fill: tokens.colorNeutralForeground2, fontSize: '10px' },
  bars: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  barLine: {
    display: 'flex',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalS,
    fontSize: tokens.fontSizeBase200,
  },
  // A long name gives way to the pane's width, not to a fixed character count.
  barLabel: { minWidth: 0, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
  barValue: { flexShrink: 0, whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' },
  track: { position: 'relative', height: '10px' },
  bar: { position: 'absolute', top: 0, bottom: 0, borderRadius: '2px', minWidth: '1px' },
  zeroLine: {
    position: 'absolute',
    top: '-2px',
    bottom: '-2px',
    width: '1px',
    backgroundColor: tokens.colorNeutralForeground3,
  },
  direction: {
    display: 'flex',
    justifyContent: 'space-between',
    color: tokens.colorNeutralForeground3,
    fontSize: tokens.fontSizeBase100,
  },
});

/** Brand blue for plain quantities; for signed ones, green below zero (early) and orange above (late). */
const PALETTE = ['#0F6CBD', '#8A8886', '#C239B3', '#CA5010', '#498205', '#5C2E91'];
const BELOW = '#498205';
const ABOVE = '#CA5010';
/** A marked bar: Fluent's danger red, apart from the signed charts' orange. */
const MARKED = '#C50F1F';
const pct = (fraction: number) => `${(fraction * 100).toFixed(3)}%`;

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

export interface BarItem {
  label: string;
  value: number;
  /** The value as the person reads it, with its unit ("14 dagen te laat"). */
  text: string;
  /** Drawn in the warning colour (a customer above the dependency threshold); the text must say why too. */
  marked?: boolean;
}

/**
 * Horizontal bars, one per item: the full name and the value on a line, the bar below it from the
 * zero line. With `directions` the values are signed: negatives go left of the zero line, and the
 * two words under the chart say what each side means.
 */
export function HBarChart({
  items,
  directions,
}: {
  items: readonly BarItem[];
  directions?: { below: string; above: string };
}) {
  const styles = useStyles();
  const scale = linearScale(items.map((i) => i.value));
  const showZero = scale.min < 0;
  return (
    <div className={styles.bars} data-chart="hbar">
      {items.map((item, i) => {
        const span = barSpan(scale, item.value);
        return (
          <div key={i}>
            <div className={styles.barLine}>
              <span className={styles.barLabel} title={item.label}>
                {item.label}
              </span>
              <span className={styles.barValue}>{item.text}</span>
            </div>
            <div className={styles.track}>
              <div
                className={styles.bar}
                data-bar=""
                data-marked={item.marked ? '' : undefined}
                style={{
                  left: pct(span.start),
                  width: pct(span.length),
                  backgroundColor: item.marked
                    ? MARKED
                    : directions
                      ? item.value < 0
                        ? BELOW
                        : ABOVE
                      : PALETTE[0],
                }}
              />
              {showZero && <div className={styles.zeroLine} data-zero="" style={{ left: pct(scale.zero) }} />}
            </div>
          </div>
        );
      })}
      {directions && (
        <div className={styles.direction}>
          <span>← {directions.below}</span>
          <span>{directions.above} →</span>
        </div>
      )}
    </div>
  );
}

const AXIS_W = 44;

/** Columns per category for one or two series (this year against last year), with a value axis. */
export function ColumnChart({
  categories,
  series,
  formatTick,
}: {
  categories: readonly string[];
  series: readonly { name: string; values: readonly (number | null)[] }[];
  formatTick: (value: number) => string;
}) {
  const styles = useStyles();
  const width = 300;
  const top = 6;
  const plotH = 96;
  const values = series.flatMap((s) => s.values.filter((v): v is number => v !== null));
  const ticks = niceTicks(values);
  const scale = linearScale(values, ticks);
  const y = (v: number) => top + (1 - scale.at(v)) * plotH;
  const slot = (width - AXIS_W) / Math.max(1, categories.length);
  const barW = (slot - 3) / Math.max(1, series.length);
  const base = top + plotH;
  return (
    <svg
      className={styles.svg}
      viewBox={`0 0 ${width} ${base + 30}`}
      role="presentation"
      data-chart="column"
      data-zero-y={y(0)}
    >
      {ticks.map((t) => (
        <g key={t}>
          <line x1={AXIS_W} x2={width} y1={y(t)} y2={y(t)} stroke={t === 0 ? '#8A8886' : '#E1DFDD'} />
          <text className={styles.text} x={AXIS_W - 4} y={y(t) + 3} textAnchor="end">
            {formatTick(t)}
          </text>
        </g>
      ))}
      {categories.map((c, ci) => (
        <g key={ci} transform={`translate(${AXIS_W + ci * slot + 1.5} 0)`}>
          {series.map((s, si) => {
            const v = s.values[ci];
            if (v === null || v === undefined) return null;
            return (
              <rect
                key={s.name}
                data-series={si}
                x={si * barW}
                y={Math.min(y(v), y(0))}
                width={Math.max(1, barW - 1)}
                height={Math.abs(y(v) - y(0))}
                fill={PALETTE[si]}
              />
            );
          })}
          <text className={styles.text} x={slot / 2 - 1.5} y={base + 12} textAnchor="middle">
            {c}
          </text>
        </g>
      ))}
      {series.map((s, si) => (
        <g key={s.name} transform={`translate(${AXIS_W + si * 110} ${base + 20})`}>
          <rect width={8} height={8} fill={PALETTE[si]} />
          <text className={styles.text} x={11} y={8}>
            {s.name}
          </text>
        </g>
      ))}
    </svg>
  );
}

/**
 * A line over ordered points with a value axis; null leaves a gap. The zero line is labelled
 * (`zeroLabel`, e.g. "vervaldatum"): above it late, below it early.
 */
export function LineChart({
  points,
  formatTick,
  zeroLabel,
}: {
  points: readonly { label: string; value: number | null }[];
  formatTick: (value: number) => string;
  zeroLabel: string;
}) {
  const styles = useStyles();
  const width = 300;
  const top = 8;
  const plotH = 84;
  const pad = 10;
  const vals = points.map((p) => p.value).filter((v): v is number => v !== null);
  const ticks = niceTicks(vals);
  const scale = linearScale(vals, ticks);
  const x = (i: number) => AXIS_W + pad + (i * (width - AXIS_W - 2 * pad)) / Math.max(1, points.length - 1);
  const y = (v: number) => top + (1 - scale.at(v)) * plotH;
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
    <svg
      className={styles.svg}
      viewBox={`0 0 ${width} ${top + plotH + 16}`}
      role="presentation"
      data-chart="line"
      data-zero-y={y(0)}
    >
      {ticks.map((t) => (
        <g key={t}>
          <line
            x1={AXIS_W}
            x2={width}
            y1={y(t)}
            y2={y(t)}
            stroke={t === 0 ? '#8A8886' : '#E1DFDD'}
            strokeDasharray={t === 0 ? '3 3' : undefined}
          />
          <text className={styles.text} x={AXIS_W - 4} y={y(t) + 3} textAnchor="end">
            {formatTick(t)}
          </text>
        </g>
      ))}
      <text className={styles.text} x={width} y={y(0) - 3} textAnchor="end">
        {zeroLabel}
      </text>
      {segments.map((d, i) => (
        <path key={i} d={d} fill="none" stroke={PALETTE[0]} strokeWidth={2} />
      ))}
      {points.map((p, i) =>
        p.value === null ? null : (
          <circle key={i} data-point={i} cx={x(i)} cy={y(p.value)} r={2.5} fill={PALETTE[0]} />
        ),
      )}
      {points.map((p, i) => (
        <text key={`l${i}`} className={styles.text} x={x(i)} y={top + plotH + 14} textAnchor="middle">
          {p.label.replace(/^\d\d(\d\d)-/, "'$1 ")}
        </text>
      ))}
    </svg>
  );
}
