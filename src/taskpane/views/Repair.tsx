/**
 * "Tekst omzetten": converts dates and amounts typed as text into real ones on request, shows
 * every conversion (sheet, cell, before, after) and logs them in the workbook (repairLog.ts).
 */
import {
  Button,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@fluentui/react-components';
import { useState } from 'react';
import type { TextConversion } from '../../workbook/operations/repairText';
import { useStore, useWrite } from '../data/store';
import { useT } from '../i18n';
import { useLayout } from '../components/layout';
import { ViewHeading } from '../components/ViewHeading';
import { WriteStatus } from '../components/WriteStatus';
import { repairAndLog } from './repairLog';

export function RepairView() {
  const { t } = useT();
  const { today } = useStore();
  const l = useLayout();
  const write = useWrite();
  const [done, setDone] = useState<TextConversion[] | undefined>(undefined);

  const run = async () => {
    let converted: TextConversion[] = [];
    let logSheet = '';
    const ok = await write.run(
      async (_ops, book) => {
        const r = await repairAndLog(book, today);
        converted = r.conversions;
        logSheet = r.logSheet ?? '';
      },
      (m) => m.repair.done(converted.length, logSheet),
    );
    if (ok) setDone(converted);
  };

  return (
    <div className={l.form}>
      <ViewHeading>{t.views.repair}</ViewHeading>
      <p className={l.muted}>{t.repair.intro}</p>
      <div className={l.row}>
        <Button appearance="primary" disabled={write.busy} onClick={() => void run()}>
          {t.repair.run}
        </Button>
      </div>
      <WriteStatus state={write.state} busyLabel={t.repair.busy} />
      {done && done.length > 0 && (
        <Table aria-label={t.repair.caption} size="small">
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{t.repair.sheet}</TableHeaderCell>
              <TableHeaderCell>{t.repair.cell}</TableHeaderCell>
              <TableHeaderCell>{t.repair.column}</TableHeaderCell>
              <TableHeaderCell>{t.repair.before}</TableHeaderCell>
              <TableHeaderCell>{t.repair.after}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {done.map((c) => (
              <TableRow key={`${c.sheet}!${c.cell}`}>
                <TableCell>{c.sheet}</TableCell>
                <TableCell>{c.cell}</TableCell>
                <TableCell>{c.header}</TableCell>
                <TableCell>{c.before}</TableCell>
                <TableCell>{c.after}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </div>
  );
}
