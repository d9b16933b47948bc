import { Button, makeStyles, MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { useState } from 'react';
import type { SetupReport } from '../data/operations';
import { useStore, useWrite } from '../data/store';
import { useT } from '../i18n';
import { SETUP_TEXT } from '../i18n/setup';
import { useLayout } from '../components/layout';
import { ViewHeading } from '../components/ViewHeading';
import { WriteStatus } from '../components/WriteStatus';
import { SetupColumns } from './SetupColumns';
import { SetupRanges } from './SetupRanges';

const useStyles = makeStyles({ plainList: { margin: 0, paddingLeft: '1.2em' } });

export function SetupView() {
  const { t, f } = useT();
  const s = SETUP_TEXT[f.language];
  const { today } = useStore();
  const l = useLayout();
  const own = useStyles();
  const write = useWrite();
  const [report, setReport] = useState<SetupReport>();
  const run = () =>
    write.run(async (ops, book) => {
      setReport(await ops.setUp(book, { language: f.language, today }));
    }, s.done);
  const changed =
    report && (report.parts.some((p) => p.created || p.added.length > 0) || report.keptTyped.length > 0);
  return (
    <div className={l.stack}>
      <ViewHeading>{t.views.setup}</ViewHeading>
      <p>{s.intro}</p>
      <SetupRanges />
      <div>
        <Button appearance="primary" onClick={() => void run()} disabled={write.busy}>
          {s.run}
        </Button>
      </div>
      <WriteStatus state={write.state} busyLabel={s.running} />
      <SetupColumns />
      {report && !changed && report.skipped.length === 0 && <p>{s.nothingToDo}</p>}
      {report && report.skipped.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{s.skipped}</MessageBarTitle>
            <ul className={own.plainList}>
              {report.skipped.map((x) => (
                <li key={x.part}>
                  {s.tables[x.part]}: {x.why}
                </li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      {report && (
        <ul className={l.list}>
          {report.parts.map((p) => (
            <li key={p.part} className={l.item}>
              <span className={l.strong}>{s.tables[p.part]}</span>
              <span className={l.muted}>{p.created ? s.created : s.adopted(p.table, p.sheet)}</span>
              {!p.created && <ColumnList label={s.matched} items={p.matched} />}
              <ColumnList label={s.added} items={p.added} />
              <ColumnList label={s.missing} items={p.missing} help={s.missingHelp} />
              <ColumnList label={s.unknown} items={p.unknown} />
            </li>
          ))}
        </ul>
      )}
      {report && report.keptTyped.length > 0 && (
        <ul className={own.plainList}>
          {report.keptTyped.map((c) => (
            <li key={c} className={l.muted}>
              {s.keptTyped(c)}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function ColumnList({ label, items, help }: { label: string; items: string[]; help?: string }) {
  const l = useLayout();
  if (items.length === 0) return null;
  return (
    <div>
      <span className={l.muted}>{label}: </span>
      {items.join(', ')}
      {help && <div className={l.muted}>{help}</div>}
    </div>
  );
}
