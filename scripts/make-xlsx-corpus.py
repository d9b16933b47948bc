#!/usr/bin/python3
"""
Writes the corpus of self-made invoice lists under test/fixtures/xlsx/corpus, each with a JSON
of what must come out: per invoice the status the core and the workbook's formulas give on
TODAY, the open total, and cells of the person's that must stay as they were.

Run with Debian's python, with python3-openpyxl (and python3-pandas for the full run; see
--only and --quirks-only below):  /usr/bin/python3 scripts/make-xlsx-corpus.py
LibreOffice (/usr/bin/soffice) re-saves some of the openpyxl files, so three programs write the
corpus: openpyxl, pandas (through openpyxl's writer, with a table added after) and LibreOffice.

Files written by openpyxl link their tables with absolute targets (Target="/xl/tables/table1.xml"),
which the .xlsx host follows (src/hosts/xlsx/normalizePackage.ts).

Google Sheets and Apple Numbers are not installable here: their lists (gs-*, nu-*) are openpyxl
files whose package is rewritten with the quirks those programs' exports are known for, from the
file format (ECMA-376): no docProps parts, relationship ids other than rIdN, no styles part, sheet
names with spaces, dashes and quotes, the 1904 date system. Their plain-range exports (no table)
belong to the plain-range corpus, not here. `--quirks-only` rewrites just these files; `--only=op-a,op-b` writes just those openpyxl lists and
their LibreOffice copies.
"""
import datetime as dt
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile

from openpyxl import Workbook, load_workbook
from openpyxl.worksheet.table import Table

OUT = os.path.join(os.path.dirname(__file__), '..', 'test', 'fixtures', 'xlsx', 'corpus')
TODAY = '2026-11-22'
D = dt.date


def col_letter(n):
    s = ''
    while n:
        n, r = divmod(n - 1, 26)
        s = chr(65 + r) + s
    return s


def add_table(ws, name, rows, cols):
    ws.add_table(Table(displayName=name, ref=f'A1:{col_letter(cols)}{rows}'))


def sheet(wb, title, headers, rows, table, first=False):
    ws = wb.active if first else wb.create_sheet(title)
    ws.title = title
    ws.append(headers)
    for r in rows:
        ws.append(r)
    add_table(ws, table, len(rows) + 1, len(headers))
    return ws


def write(name, wb, expect, program='openpyxl'):
    path = os.path.join(OUT, name + '.xlsx')
    wb.save(path)
    expect = dict(expect, file=name + '.xlsx', program=program, today=TODAY)
    with open(os.path.join(OUT, name + '.json'), 'w', encoding='utf-8') as f:
        json.dump(expect, f, ensure_ascii=False, indent=2, default=str)
        f.write('\n')
    return path


def lists():
    out = []

    # 1. Only customer names, a "Betaald op" column, a notes column of the trader's own.
    wb = Workbook()
    sheet(wb, 'Facturen', ['Factuur', 'Klant', 'Datum', 'Bedrag', 'Betaald op', 'Opmerking'], [
        ['2026-01', 'Jansen BV', D(2026, 5, 1), 1210.0, D(2026, 5, 20), 'snel betaald'],
        ['2026-02', 'De Vries', D(2026, 9, 1), 605.0, None, 'bellen'],
        ['2026-03', 'Jansen B.V.', D(2026, 11, 10), 242.0, None, None],
    ], 'Tabel1', first=True)
    out.append(('op-betaald-op', wb, {
        'statuses': {'2026-01': 'Betaald', '2026-02': 'Vervallen', '2026-03': 'Open'},
        'open': 847.0, 'kept': [['Facturen', 'F', '2026-02', 'bellen']],
        'checkExit': 0, 'nearDuplicates': [['Jansen BV', 'Jansen B.V.']],
    }))

    # 2. Voldaan ja/nee, and the customer kind typed per invoice as P/Z.
    wb = Workbook()
    sheet(wb, 'Facturen', ['Nr', 'Klant', 'Factuurdatum', 'Totaal', 'Voldaan', 'P/Z'], [
        ['A1', 'Smit', D(2026, 6, 1), 100.0, 'ja', 'P'],
        ['A2', 'Smit', D(2026, 8, 1), 200.0, 'nee', 'P'],
        ['A3', 'Bouw BV', D(2026, 10, 1), 300.0, 'x', 'Z'],
        ['A4', 'Bouw BV', D(2026, 11, 1), 400.0, None, 'Z'],
    ], 'Facturen', first=True)
    out.append(('op-voldaan-pz', wb, {
        'statuses': {'A1': 'Betaald', 'A2': 'Vervallen', 'A3': 'Betaald', 'A4': 'Open'},
        'open': 600.0, 'kept': [['Facturen', 'E', 'A2', 'nee']], 'checkExit': 0,
    }))

    # 3. A status column of the trader's own: betaald / open / gecrediteerd.
    wb = Workbook()
    sheet(wb, 'Facturen', ['Factuurnummer', 'Klant', 'Datum', 'Bedrag', 'Status'], [
        ['F-1', 'Pietersen', D(2026, 3, 1), 50.0, 'betaald'],
        ['F-2', 'Pietersen', D(2026, 7, 1), 75.0, 'open'],
        ['F-3', 'Pietersen', D(2026, 8, 1), 90.0, 'gecrediteerd'],
    ], 'Facturen', first=True)
    out.append(('op-status', wb, {
        'statuses': {'F-1': 'Betaald', 'F-2': 'Vervallen', 'F-3': 'Gecrediteerd'},
        'open': 75.0, 'kept': [['Facturen', 'E', 'F-3', 'gecrediteerd']], 'checkExit': 0,
    }))

    # 4. Dates and amounts typed as text, a paid amount (part payment).
    wb = Workbook()
    sheet(wb, 'Facturen', ['Factuurnummer', 'Klant', 'Factuurdatum', 'Bedrag', 'Betaald bedrag'], [
        ['T1', 'Kok', '01-09-2026', 'EUR 1.000,00', 400.0],
        ['T2', 'Kok', D(2026, 11, 20), '€ 250,50', None],
    ], 'Facturen', first=True)
    out.append(('op-tekst', wb, {
        'statuses': {'T1': 'Deels betaald', 'T2': 'Open'},
        'open': 850.5, 'kept': [], 'checkExit': 0, 'fixes': 3,
    }))

    # 5. A customer table with "Particulier/Zakelijk", invoices by number, a payments table
    #    that wins over a paid-on date in the invoice row.
    wb = Workbook()
    sheet(wb, 'Klanten', ['Klantnr', 'Naam', 'Particulier/Zakelijk', 'E-mail'], [
        ['K1', 'Bakkerij Zoë', 'Zakelijk', 'zoe@bakkerij.nl'],
        ['K2', 'Marieke Smit', 'Particulier', 'marieke@example.nl'],
    ], 'Klanten', first=True)
    sheet(wb, 'Facturen', ['Factuurnr', 'Klantnr', 'Datum', 'Bedrag incl. BTW', 'Betaald op'], [
        ['2026-10', 'K1', D(2026, 8, 1), 500.0, D(2026, 8, 20)],
        ['2026-11', 'K2', D(2026, 10, 1), 121.0, None],
    ], 'Facturen')
    sheet(wb, 'Betalingen', ['Datum', 'Factuurnummer', 'Bedrag'], [
        [D(2026, 8, 20), '2026-10', 200.0],
    ], 'Betalingen')
    out.append(('op-klanten-betalingen', wb, {
        'statuses': {'2026-10': 'Deels betaald', '2026-11': 'Vervallen'},
        'open': 421.0, 'kept': [['Klanten', 'C', 'K2', 'Particulier']], 'checkExit': 0,
    }))

    # 6. The 1904 date system (old Mac workbooks).
    wb = Workbook()
    wb.epoch = dt.datetime(1904, 1, 1)
    sheet(wb, 'Facturen', ['Factuurnummer', 'Klant', 'Factuurdatum', 'Bedrag', 'Betaald op'], [
        ['M1', 'Appel', D(2026, 4, 1), 80.0, D(2026, 4, 15)],
        ['M2', 'Appel', D(2026, 10, 1), 90.0, None],
    ], 'Facturen', first=True)
    out.append(('op-1904', wb, {
        'statuses': {'M1': 'Betaald', 'M2': 'Vervallen'}, 'open': 90.0, 'kept': [], 'checkExit': 0,
    }))

    # 7. This year's list and last year's, numbered from 1 each year: "Bedrag excl"/"Bedrag incl",
    #    a "Betaald" column ticked with ✓, a credit note as a negative amount. Last year's paid
    #    invoice 2 is not this year's invoice 2 (it once settled it, read as payments).
    wb = Workbook()
    sheet(wb, 'Facturen', ['Factuurnr', 'Klant', 'Datum', 'Bedrag excl', 'Bedrag incl', 'Betaald'], [
        ['1', 'Jansen BV', D(2026, 5, 1), 1000.0, 1210.0, '✓'],
        ['2', 'De Vries', D(2026, 9, 1), 500.0, 605.0, 'nee'],
        ['3', 'De Vries', D(2026, 11, 10), 200.0, 242.0, None],
        ['4', 'De Vries', D(2026, 9, 15), -100.0, -121.0, None],
    ], 'Tabel1', first=True)
    sheet(wb, 'Facturen 2025', ['Factuurnr', 'Klant', 'Datum', 'Bedrag', 'Betaald op'], [
        ['1', 'Jansen BV', D(2025, 9, 1), 300.0, D(2025, 9, 20)],
        ['2', 'De Vries', D(2025, 10, 1), 605.0, D(2025, 10, 20)],
    ], 'Tabel2')
    out.append(('op-twee-jaren', wb, {
        'statuses': {'1': 'Betaald', '2': 'Vervallen', '3': 'Open', '4': 'Creditnota'},
        'open': 847.0, 'kept': [['Facturen', 'F', '1', '✓'], ['Facturen 2025', 'E', '2', '2025-10-20 00:00:00']],
        'checkExit': 0,
    }))
    return out


def pandas_lists(tmp):
    import pandas as pd  # only here: --only and --quirks-only run without pandas

    out = []
    frames = {
        'pd-basis': (pd.DataFrame({
            'Factuurnummer': ['P1', 'P2', 'P3'],
            'Klant': ['Groen', 'Groen', 'Blauw'],
            'Factuurdatum': pd.to_datetime(['2026-06-01', '2026-10-30', '2026-11-15']),
            'Bedrag': [100.0, 200.0, 300.0],
            'Betaald?': ['WAAR', 'ONWAAR', None],
        }), {'statuses': {'P1': 'Betaald', 'P2': 'Open', 'P3': 'Open'}, 'open': 500.0}),
        'pd-deels': (pd.DataFrame({
            'Factuur': ['Q1', 'Q2'],
            'Klant': ['Rood', 'Rood'],
            'Datum': pd.to_datetime(['2026-07-01', '2026-08-01']),
            'Bedrag': [1000.0, 50.0],
            'Betaald bedrag': [250.0, 50.0],
            'Betaald op': pd.to_datetime(['2026-07-20', '2026-08-10']),
        }), {'statuses': {'Q1': 'Deels betaald', 'Q2': 'Betaald'}, 'open': 750.0}),
    }
    for name, (df, expect) in frames.items():
        path = os.path.join(tmp, name + '.xlsx')
        df.to_excel(path, sheet_name='Facturen', index=False)
        wb = load_workbook(path)
        ws = wb['Facturen']
        # pandas writes a plain range; a table is what the product adopts (plain ranges: issue 9.9).
        for row in ws.iter_rows(min_row=2, min_col=3, max_col=3):
            for c in row:
                c.number_format = 'dd-mm-yyyy'
        add_table(ws, 'Facturen', ws.max_row, ws.max_column)
        out.append((name, wb, dict(expect, kept=[], checkExit=0)))
    return out


def libreoffice(paths, names):
    """Re-saves openpyxl files through LibreOffice Calc: a third writer, with its own package."""
    soffice = shutil.which('soffice') or '/usr/bin/soffice'
    with tempfile.TemporaryDirectory() as profile, tempfile.TemporaryDirectory() as outdir:
        subprocess.run([soffice, f'-env:UserInstallation=file://{profile}', '--headless',
                        '--convert-to', 'xlsx:Calc MS Excel 2007 XML', '--outdir', outdir, *paths],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)
        for path, name in zip(paths, names):
            src = os.path.join(outdir, os.path.basename(path))
            shutil.copy(src, os.path.join(OUT, name + '.xlsx'))
            with open(path[:-5] + '.json', encoding='utf-8') as f:
                expect = json.load(f)
            expect.update(file=name + '.xlsx', program='LibreOffice Calc (from openpyxl)')
            with open(os.path.join(OUT, name + '.json'), 'w', encoding='utf-8') as f:
                json.dump(expect, f, ensure_ascii=False, indent=2)
                f.write('\n')


def rewrite_package(path, drop_docprops=False, drop_styles=False, rename_ids=False):
    """Rewrites an openpyxl package in place with another writer's quirks."""
    with zipfile.ZipFile(path) as z:
        parts = {n: z.read(n).decode('utf-8') for n in z.namelist()}
    dropped = []
    if drop_docprops:
        dropped += [n for n in parts if n.startswith('docProps/')]
    if drop_styles:
        # A package without a styles part has no cell style references either.
        dropped.append('xl/styles.xml')
        for n in [n for n in parts if n.startswith('xl/worksheets/sheet')]:
            parts[n] = re.sub(r'(<c\b[^>]*?) s="\d+"', r'\1', parts[n])
    for n in dropped:
        parts.pop(n, None)
        name = n.split('/')[-1]
        for rels in [r for r in parts if r.endswith('.rels')]:
            parts[rels] = re.sub(r'<Relationship\b[^>]*Target="[^"]*' + re.escape(name) + r'"[^>]*/>', '', parts[rels])
        parts['[Content_Types].xml'] = re.sub(
            r'<Override\b[^>]*PartName="/' + re.escape(n) + r'"[^>]*/>', '', parts['[Content_Types].xml'])
    if rename_ids:
        # Ids are any XML name; Google's exports, for one, do not number them rId1, rId2, ...
        for rels in [r for r in parts if r.endswith('.rels')]:
            source = re.sub(r'(^|/)_rels/([^/]*)\.rels$', r'\1\2', rels)
            ids = re.findall(r'Id="(rId\d+)"', parts[rels])
            for old in ids:
                new = 'R' + hashlib.sha1(f'{rels}#{old}'.encode()).hexdigest()[:10]
                parts[rels] = parts[rels].replace(f'Id="{old}"', f'Id="{new}"')
                if source in parts:
                    parts[source] = parts[source].replace(f'r:id="{old}"', f'r:id="{new}"')
    with zipfile.ZipFile(path, 'w', zipfile.ZIP_DEFLATED) as z:
        for n, text in parts.items():
            z.writestr(n, text)


def quirk_lists():
    """Lists as Google Sheets and Apple Numbers write them, tables kept."""
    out = []

    # Google Sheets: no docProps, its own relationship ids, a sheet name with a space.
    wb = Workbook()
    sheet(wb, 'Facturen 2026', ['Factuur', 'Klant', 'Datum', 'Bedrag', 'Betaald op', 'Opmerking'], [
        ['G-1', 'Jansen BV', D(2026, 5, 1), 1210.0, D(2026, 5, 20), 'snel betaald'],
        ['G-2', 'De Vries', D(2026, 9, 1), 605.0, None, 'bellen'],
        ['G-3', 'Jansen BV', D(2026, 11, 10), 242.0, None, None],
    ], 'Tabel1', first=True)
    out.append(('gs-betaald-op', wb, {
        'statuses': {'G-1': 'Betaald', 'G-2': 'Vervallen', 'G-3': 'Open'},
        'open': 847.0, 'kept': [['Facturen 2026', 'F', 'G-2', 'bellen']], 'checkExit': 0,
        'invoiceSheet': 'Facturen 2026',
    }, dict(drop_docprops=True, rename_ids=True), 'Google Sheets (package quirks on an openpyxl file)'))

    # Apple Numbers: sheet names with a quote and dashes, no styles part, no docProps, 1904 dates.
    wb = Workbook()
    wb.epoch = dt.datetime(1904, 1, 1)
    sheet(wb, "Klant's lijst", ['Klantnr', 'Naam', 'Particulier/Zakelijk', 'E-mail'], [
        ['K1', 'Bakkerij Zoë', 'Zakelijk', 'zoe@bakkerij.nl'],
        ['K2', 'Marieke Smit', 'Particulier', 'marieke@example.nl'],
    ], 'Klanten', first=True)
    sheet(wb, 'Facturen - Tabel 1', ['Factuurnr', 'Klantnr', 'Datum', 'Bedrag incl. BTW', 'Betaald op'], [
        ['N-10', 'K1', D(2026, 8, 1), 500.0, D(2026, 8, 20)],
        ['N-11', 'K2', D(2026, 10, 1), 121.0, None],
        ['N-12', 'K1', D(2026, 11, 15), 80.0, None],
    ], 'Facturen')
    out.append(('nu-klanten-facturen', wb, {
        'statuses': {'N-10': 'Betaald', 'N-11': 'Vervallen', 'N-12': 'Open'},
        'open': 201.0, 'kept': [["Klant's lijst", 'C', 'K2', 'Particulier']], 'checkExit': 0,
        'invoiceSheet': 'Facturen - Tabel 1',
    }, dict(drop_docprops=True, drop_styles=True, rename_ids=True), 'Apple Numbers (package quirks on an openpyxl file)'))

    # Apple Numbers, one sheet: a status column of the trader's own, no styles part.
    wb = Workbook()
    sheet(wb, 'Blad 1 - Facturen', ['Factuurnummer', 'Klant', 'Datum', 'Bedrag', 'Status'], [
        ['S-1', 'Pietersen', D(2026, 3, 1), 50.0, 'betaald'],
        ['S-2', 'Pietersen', D(2026, 7, 1), 75.0, 'open'],
        ['S-3', 'Pietersen', D(2026, 8, 1), 90.0, 'gecrediteerd'],
    ], 'Facturen', first=True)
    out.append(('nu-status', wb, {
        'statuses': {'S-1': 'Betaald', 'S-2': 'Vervallen', 'S-3': 'Gecrediteerd'},
        'open': 75.0, 'kept': [['Blad 1 - Facturen', 'E', 'S-3', 'gecrediteerd']], 'checkExit': 0,
        'invoiceSheet': 'Blad 1 - Facturen',
    }, dict(drop_styles=True), 'Apple Numbers (package quirks on an openpyxl file)'))
    return out


def write_quirks():
    for name, wb, expect, quirks, program in quirk_lists():
        path = write(name, wb, expect, program=program)
        rewrite_package(path, **quirks)


def main():
    os.makedirs(OUT, exist_ok=True)
    if '--quirks-only' in sys.argv:
        write_quirks()
        return 0
    only = next((a.split('=', 1)[1].split(',') for a in sys.argv if a.startswith('--only=')), None)
    if only:
        # Adds (or rewrites) the named openpyxl lists and their LibreOffice copies, leaving the rest.
        written = [(n, write(n, wb, e)) for n, wb, e in lists() if n in only]
        libreoffice([p for _, p in written], ['lo-' + n[3:] for n, _ in written])
        print(f'{2 * len(written)} lists written in {os.path.normpath(OUT)}')
        return 0
    for f in os.listdir(OUT):
        os.remove(os.path.join(OUT, f))
    write_quirks()
    written = []
    for name, wb, expect in lists():
        written.append((name, write(name, wb, expect)))
    with tempfile.TemporaryDirectory() as tmp:
        for name, wb, expect in pandas_lists(tmp):
            write(name, wb, expect, program='pandas')
    libreoffice([p for _, p in written], ['lo-' + n[3:] for n, _ in written])
    print(f'{len(os.listdir(OUT)) // 2} lists in {os.path.normpath(OUT)}')


if __name__ == '__main__':
    sys.exit(main())
