/**
 * Setup's question about columns of the person's that carry one of the product's names (Status,
 * Openstaand, Volgorde) but hold their own data. Each is shown where it is, with what the product
 * does instead (a sheet of theirs named like the overview is only shown: it is never cleared, the
 * overview has its own sheet); only a click on "hand it over" lets the product write it, and either answer is
 * recorded in Instellingen so the ribbon, the pane and the command line keep to it.
 */
import { Button, MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { YourColumn, YourParts } from '../data/operations';
import { useStore, useWrite } from '../data/store';
import { useT } from '../i18n';
import { ADOPT_TEXT, writesOf } from '../i18n/adopt';
import { useLayout } from '../components/layout';
import { WriteStatus } from '../components/WriteStatus';

export function SetupColumns() {
  const { f } = useT();
  const s = ADOPT_TEXT[f.language];
  const { backend, ops, loaded, today } = useStore();
  const l = useLayout();
  const write = useWrite();
  const [found, setFound] = useState<YourParts>({ columns: [] });
  // Read again whenever the pane re-reads the workbook: after set-up, a sort, or an answer here.
  useEffect(() => {
    let current = true;
    ops
      .findYourParts(backend.book)
      .then((r) => current && setFound(r))
      .catch(() => current && setFound({ columns: [] }));
    return () => {
      current = false;
    };
  }, [ops, backend, loaded]);

  const answer = (c: YourColumn, owner: 'product' | 'person') => {
    const ref = [{ table: c.table, header: c.header }];
    void write.run(
      async (o, book) => {
        await o.setUp(book, {
          language: f.language,
          today,
          ...(owner === 'product' ? { adoptColumns: ref } : { keepColumns: ref }),
        });
      },
      owner === 'product' ? s.handedOver(c) : s.keptNow(c),
    );
  };

  const yours = found.columns;
  return (
    <>
      {found.sheet && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{s.sheet(found.sheet.name, found.sheet.overview)}</MessageBarBody>
        </MessageBar>
      )}
      {yours.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{s.title}</MessageBarTitle>
            <p>{s.intro}</p>
            <ul className={l.list}>
              {yours.map((c) => (
                <li key={`${c.table}/${c.header}`} className={l.item}>
                  <span className={l.strong}>{s.where(c)}</span>
                  <span>{c.kept ? s.kept : s.instead(c)}</span>
                  <span className={l.muted}>{s.handOverMeans[writesOf(c.field)]}</span>
                  <div className={l.row}>
                    <Button onClick={() => answer(c, 'product')} disabled={write.busy}>
                      {s.handOver(c)}
                    </Button>
                    {!c.kept && (
                      <Button onClick={() => answer(c, 'person')} disabled={write.busy}>
                        {s.keep(c)}
                      </Button>
                    )}
                  </div>
                </li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      <WriteStatus state={write.state} busyLabel={s.busy} />
    </>
  );
}
