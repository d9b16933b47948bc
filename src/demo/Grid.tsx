/**
 * A plain, accessible view of the workbook beside the pane: a tab per sheet, a <table> per Excel
 * table with real column and row headers. Rows are capped (with "show more") so a big workbook
 * stays quick to render; the cap is on rows, never on columns. A table's first frame holds only
 * the rows and columns a screen can show; the rest of its step follows once that frame is painted,
 * so the demo's first view does not wait for cells below or right of the fold to be styled, laid
 * out and painted.
 */
import { startTransition, useEffect, useId, useState, type KeyboardEvent } from 'react';
import { afterPaint } from '../taskpane/components/afterPaint';
import type { GridPlain, GridSheet, GridTable } from './gridModel';
import type { DemoText } from './text';

const ROW_STEP = 100;
/** A grid row's height in CSS pixels at the grid's 12 px font (measured in Chromium: 19). */
const ROW_PX = 19;

/** A table's scroll box is at most the window's height less 170 px (demo.html's .grid-scroll). */
const SCROLL_BOX_LESS_PX = 170;

/** Rows that fill a table's scroll box at its tallest: what a screen shows of the table at first. */
function firstFrameRows(): number {
  return Math.min(ROW_STEP, Math.max(1, Math.ceil((window.innerHeight - SCROLL_BOX_LESS_PX) / ROW_PX)));
}

/** The grid's scroll box is at most the window's width less the pane (380 px), its border and the grid's padding (demo.html). */
const SCROLL_BOX_LESS_WIDTH_PX = 405;
/**
 * A cell's width is estimated from its characters at less than any character takes at the grid's
 * 12 px font (measured in Chromium: 6.5-9.5 px a character, padding and border included), so the
 * estimate errs towards drawing a column too many, never a visible one too few.
 */
const MIN_CHAR_PX = 4;
/** A cell's padding and borders (demo.html: 6 px each side and a 1 px border). */
const CELL_EDGE_PX = 13;

/**
 * The leading columns that can fill a table's scroll box at its widest, judged by the longest
 * text each holds in the first frame's rows: a wide table (the invoices' 23 columns, three times
 * the box) draws the rest after the first frame. Adding columns on the right leaves the drawn
 * columns' widths as they are (each as wide as its widest cell).
 */
function firstFrameColumns(table: GridTable, rows: number): number {
  const widthOf = (texts: readonly string[]): number =>
    texts.reduce((m, x) => Math.max(m, x.length), 0) * MIN_CHAR_PX + CELL_EDGE_PX;
  let room = window.innerWidth - SCROLL_BOX_LESS_WIDTH_PX - widthOf([String(table.firstRow + rows)]);
  const body = table.rows.slice(0, rows);
  for (let c = 0; c < table.headers.length; c++) {
    if (room <= 0) return c;
    room -= widthOf([table.headers[c] ?? '', ...body.map((r) => r[c] ?? '')]);
  }
  return table.headers.length;
}

function TableView({ table, t }: { table: GridTable; t: DemoText }) {
  const [shown, setShown] = useState(ROW_STEP);
  // Rows in the document so far: a screenful at first, then every row shown.
  const [drawn, setDrawn] = useState(firstFrameRows);
  // Columns in the document so far: those the box can show at first, then every one.
  const [columns, setColumns] = useState(() => Math.max(1, firstFrameColumns(table, drawn)));
  const staged = drawn < Math.min(shown, table.rows.length) || columns < table.headers.length;
  // A transition: React makes the rows in slices between frames, so a click on the pane meanwhile
  // is answered first.
  useEffect(
    () =>
      staged
        ? afterPaint(() =>
            startTransition(() => {
              setDrawn(Infinity);
              setColumns(Infinity);
            }),
          )
        : undefined,
    [staged],
  );
  const rows = table.rows.slice(0, Math.min(shown, drawn));
  const headers = table.headers.slice(0, columns);
  // The row numbers' column as wide as its widest number shown, so it does not widen as the rest
  // of the rows arrive (the other columns keep their width: measured on the sample).
  const lastRow = table.firstRow + Math.min(shown, table.rows.length) - 1;
  const captionId = useId();
  return (
    <section className="grid-table" aria-labelledby={captionId}>
      <div className="grid-scroll" tabIndex={0} role="region" aria-labelledby={captionId}>
        {/* Busy while the first frame's cells stand alone: the rest is coming. */}
        <table data-table={table.name} aria-busy={staged ? true : undefined}>
          <caption id={captionId}>
            {table.name} <span className="muted">({t.rowCount(table.rows.length)})</span>
          </caption>
          <thead>
            <tr>
              <th
                scope="col"
                className="rownum"
                style={{ minWidth: `calc(${String(lastRow).length}ch + 13px)` }}
              >
                <span className="sr-only">{t.rowHeader}</span>#
              </th>
              {headers.map((h, i) => (
                <th
                  key={i}
                  scope="col"
                  className={table.computed[i] ? 'computed' : undefined}
                  title={table.computed[i] ? t.formulaColumn : undefined}
                >
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row, r) => (
              <tr key={r}>
                <th scope="row" className="rownum">
                  {table.firstRow + r}
                </th>
                {row.slice(0, columns).map((v, c) => (
                  <td
                    key={c}
                    className={
                      [table.numeric[c] ? 'num' : '', table.computed[c] ? 'computed' : ''].join(' ').trim() ||
                      undefined
                    }
                  >
                    {v}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {table.rows.length > shown ? (
        <p className="grid-more">
          {t.showing(shown, table.rows.length)}{' '}
          <button type="button" onClick={() => setShown((n) => n + ROW_STEP * 5)}>
            {t.showMore}
          </button>
        </p>
      ) : null}
    </section>
  );
}

/** A sheet without tables, cell by cell under Excel's column letters and row numbers. */
function PlainView({ name, plain, t }: { name: string; plain: GridPlain; t: DemoText }) {
  const captionId = useId();
  return (
    <section className="grid-table" aria-labelledby={captionId}>
      <div className="grid-scroll" tabIndex={0} role="region" aria-labelledby={captionId}>
        <table data-sheet={name}>
          <caption id={captionId}>
            {name} <span className="muted">({t.plainSheet})</span>
          </caption>
          <thead>
            <tr>
              <th scope="col" className="rownum">
                <span className="sr-only">{t.rowHeader}</span>#
              </th>
              {plain.columns.map((c) => (
                <th key={c} scope="col">
                  {c}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {plain.rows.map((r) => (
              <tr key={r.row}>
                <th scope="row" className="rownum">
                  {r.row}
                </th>
                {r.cells.map((c, i) => (
                  <td key={i} className={c.numeric ? 'num' : undefined}>
                    {c.text}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {plain.totalRows > plain.rows.length ? (
        <p className="grid-more">{t.showing(plain.rows.length, plain.totalRows)}</p>
      ) : null}
    </section>
  );
}

export function Grid({ sheets, t }: { sheets: GridSheet[]; t: DemoText }) {
  // Until the visitor picks a sheet, show the first one with a table (the overview may be empty).
  const [picked, setSelected] = useState<number | null>(null);
  const selected =
    picked ??
    Math.max(
      0,
      sheets.findIndex((s) => s.tables.length > 0),
    );
  const baseId = useId();
  const index = Math.min(selected, Math.max(0, sheets.length - 1));
  const sheet = sheets[index];
  const onKey = (e: KeyboardEvent<HTMLButtonElement>) => {
    // Arrow keys move between tabs, as the ARIA tabs pattern expects.
    const delta = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
    if (delta === 0) return;
    e.preventDefault();
    const next = (index + delta + sheets.length) % sheets.length;
    setSelected(next);
    document.getElementById(`${baseId}-tab-${next}`)?.focus();
  };
  if (sheets.length === 0) return <p className="muted">{t.emptyWorkbook}</p>;
  return (
    <div className="grid">
      <div role="tablist" aria-label={t.sheets} className="grid-tabs">
        {sheets.map((s, i) => (
          <button
            key={s.name}
            type="button"
            role="tab"
            id={`${baseId}-tab-${i}`}
            aria-selected={i === index}
            aria-controls={`${baseId}-panel`}
            tabIndex={i === index ? 0 : -1}
            onClick={() => setSelected(i)}
            onKeyDown={onKey}
          >
            {s.name}
          </button>
        ))}
      </div>
      <div
        role="tabpanel"
        id={`${baseId}-panel`}
        aria-labelledby={`${baseId}-tab-${index}`}
        className="grid-panel"
      >
        {sheet && sheet.tables.length > 0 ? (
          sheet.tables.map((table) => <TableView key={`${sheet.name}/${table.name}`} table={table} t={t} />)
        ) : sheet?.plain && sheet.plain.rows.length > 0 ? (
          <PlainView name={sheet.name} plain={sheet.plain} t={t} />
        ) : (
          <p className="muted">{t.noTables}</p>
        )}
      </div>
    </div>
  );
}
