import { Button } from '@fluentui/react-components';
import { useState } from 'react';
import type { SetupReport } from '../data/operations';
import { useStore, useWrite } from '../data/store';
import { useT } from '../i18n';
import { useLayout } from '../components/layout';
import { ViewHeading } from '../components/ViewHeading';
import { WriteStatus } from '../components/WriteStatus';

export function SetupView() {
  const { t, f } = useT();
  const { today } = useStore();
  const l = useLayout();
  const write = useWrite();
  const [report, setReport] = useState<SetupReport>();
  const run = () =>
    write.run(async (ops, book) => {
      setReport(await ops.setUp(book, { language: f.language, today }));
    }, t.setup.done);
  return (
    <div className={l.stack}>
      <ViewHeading>{t.views.setup}</ViewHeading>
      <p>{t.setup.intro}</p>
      <div>
        <Button appearance="primary" onClick={() => void run()} disabled={write.busy}>
          {t.setup.run}
        </Button>
      </div>
      <WriteStatus state={write.state} busyLabel={t.setup.running} />
      {report && (
        <ul className={l.list}>
          {report.parts.map((p) => (
            <li key={p.part} className={l.item}>
              <span className={l.strong}>{t.setup.tables[p.part]}</span>
              <span className={l.muted}>{p.created ? t.setup.created : t.setup.adopted(p.table, p.sheet)}</span>
              {!p.created && <ColumnList label={t.setup.matched} items={p.matched} />}
              {!p.created && <ColumnList label={t.setup.missing} items={p.missing} />}
              <ColumnList label={t.setup.unknown} items={p.unknown} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function ColumnList({ label, items }: { label: string; items: string[] }) {
  const l = useLayout();
  if (items.length === 0) return null;
  return (
    <div>
      <span className={l.muted}>{label}: </span>
      {items.join(', ')}
    </div>
  );
}
