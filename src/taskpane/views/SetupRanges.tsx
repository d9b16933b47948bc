/**
 * Setup's part about lists beside and instead of tables: rows typed directly below a table (and
 * columns to its right), which no total counts until the table takes them in, and lists that are
 * no table yet. Each is shown where it is, with one button that acts and then says what it did.
 */
import { Button, MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { RangeFindings } from '../data/operations';
import { useStore, useWrite } from '../data/store';
import { useT } from '../i18n';
import { RANGES_TEXT } from '../i18n/ranges';
import { useLayout } from '../components/layout';
import { WriteStatus } from '../components/WriteStatus';

export function SetupRanges() {
  const { f } = useT();
  const s = RANGES_TEXT[f.language];
  const { backend, ops, loaded } = useStore();
  const l = useLayout();
  const extendWrite = useWrite();
  const makeWrite = useWrite();
  const [found, setFound] = useState<RangeFindings>();
  // Read again whenever the pane re-reads the workbook (after every write, and on "Opnieuw lezen").
  useEffect(() => {
    let current = true;
    ops
      .findRanges(backend.book, { language: f.language })
      .then((r) => current && setFound(r))
      .catch(() => current && setFound(undefined));
    return () => {
      current = false;
    };
  }, [ops, backend, f.language, loaded]);

  const extend = () => {
    let said = '';
    void extendWrite.run(
      async (o, book) => {
        said = s.extended(await o.extendTables(book, { language: f.language }));
      },
      () => said,
    );
  };
  const make = () => {
    let said = '';
    void makeWrite.run(
      async (o, book) => {
        said = s.made(await o.tablesFromRanges(book, { language: f.language }));
      },
      () => said,
    );
  };
  const sides = found?.sides ?? [];
  const offers = found?.offers ?? [];
  const canExtend = sides.some((x) => x.rows || (x.columns && !x.columnsBlocked));
  return (
    <>
      {sides.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{s.besideTitle}</MessageBarTitle>
            <ul className={l.list}>
              {sides.map((x) => (
                <li key={x.table} className={l.item}>
                  {x.rows && <span>{s.rows(x)}</span>}
                  {x.columns && <span>{s.columns(x)}</span>}
                  {x.columnsBlocked && <span className={l.muted}>{s.columnsBlocked}</span>}
                </li>
              ))}
            </ul>
            {canExtend && (
              <Button appearance="primary" onClick={extend} disabled={extendWrite.busy}>
                {s.extend}
              </Button>
            )}
          </MessageBarBody>
        </MessageBar>
      )}
      <WriteStatus state={extendWrite.state} busyLabel={s.extending} />
      {offers.length > 0 && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{s.offersTitle}</MessageBarTitle>
            <ul className={l.list}>
              {offers.map((o) => (
                <li key={`${o.sheet}!${o.address}`} className={l.item}>
                  <span>{s.offer(o)}</span>
                  {o.blocked && (
                    <span className={l.muted}>
                      {s.offerBlocked[o.blocked]}
                      {o.headless && s.headless(o.headless)}
                    </span>
                  )}
                </li>
              ))}
            </ul>
            {offers.some((o) => !o.blocked) && (
              <Button appearance="primary" onClick={make} disabled={makeWrite.busy}>
                {s.makeTables}
              </Button>
            )}
          </MessageBarBody>
        </MessageBar>
      )}
      <WriteStatus state={makeWrite.state} busyLabel={s.making} />
    </>
  );
}
