#!/usr/bin/python3
"""Writes test/fixtures/xlsx/quirks/*.xlsx: valid workbooks as other programs write them, each with
a JSON of what reading it must give. openpyxl and pandas write their own files here; the quirks
of other writers (no styles part, absolute relationship targets, cells without a
reference, a prefixed SpreadsheetML namespace, ISO date cells) are written into the package
directly, from the file format (ECMA-376), on top of an openpyxl file.

Run with Debian's Python, which has openpyxl and pandas:  /usr/bin/python3 scripts/make-xlsx-quirks.py
"""
import datetime as dt
import io
import json
import os
import re
import sys
import zipfile

import openpyxl
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation
import pandas as pd
from openpyxl.utils.datetime import CALENDAR_MAC_1904
from openpyxl.worksheet.table import Table, TableStyleInfo

OUT = os.path.join(os.path.dirname(__file__), '..', 'test', 'fixtures', 'xlsx', 'quirks')
HEADERS = ['Factuurnummer', 'Klant', 'Factuurdatum', 'Bedrag']
ROWS = [
    ['2026-001', 'Jansen B.V.', dt.date(2026, 1, 15), 1210.0],
    ['2026-002', "Bakker & Zn", dt.date(2026, 2, 3), 99.95],
    ['2026-003', 'Café de Hoek', dt.date(2026, 3, 31), 2420.5],
]
# Serial numbers of the dates above in the 1900 system, as a host reports them.
SERIALS_1900 = [46037, 46056, 46112]


def expected_rows(serials):
    return [[r[0], r[1], s, r[3]] for r, s in zip(ROWS, serials)]


def openpyxl_book(sheet='Facturen', table='Facturen', epoch=None):
    wb = openpyxl.Workbook()
    if epoch is not None:
        wb.epoch = epoch
    ws = wb.active
    ws.title = sheet
    ws.append(HEADERS)
    for r in ROWS:
        ws.append(r)
    for row in ws.iter_rows(min_row=2, min_col=3, max_col=3):
        for c in row:
            c.number_format = 'dd-mm-yyyy'
    if table:
        t = Table(displayName=table, ref=f'A1:D{len(ROWS) + 1}')
        t.tableStyleInfo = TableStyleInfo(name='TableStyleMedium2', showRowStripes=True)
        ws.add_table(t)
    return wb


def to_bytes(wb):
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def rewrite(data, fix):
    """Copies a package, passing each part through fix(name, bytes) -> bytes | None (None drops it)."""
    src = zipfile.ZipFile(io.BytesIO(data))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, 'w', zipfile.ZIP_DEFLATED) as out:
        for info in src.infolist():
            new = fix(info.filename, src.read(info.filename))
            if new is not None:
                out.writestr(info.filename, new)
    return buf.getvalue()


def write(name, data, expect):
    with open(os.path.join(OUT, f'{name}.xlsx'), 'wb') as f:
        f.write(data)
    with open(os.path.join(OUT, f'{name}.json'), 'w', encoding='utf-8') as f:
        json.dump(expect, f, ensure_ascii=False, indent=2)
        f.write('\n')


def table_expect(sheet='Facturen', table='Facturen', serials=SERIALS_1900):
    return {'name': table, 'sheet': sheet, 'headers': HEADERS, 'rows': expected_rows(serials)}


def without_styles(data):
    """No styles part at all: valid, every cell in the default format."""
    def fix(name, b):
        if name == 'xl/styles.xml':
            return None
        if name == 'xl/_rels/workbook.xml.rels':
            return re.sub(rb'<Relationship[^>]*styles[^>]*/>', b'', b)
        if name == '[Content_Types].xml':
            return re.sub(rb'<Override[^>]*styles[^>]*/>', b'', b)
        if name.startswith('xl/worksheets/sheet'):
            return re.sub(rb' s="\d+"', b'', b)
        return b

    return rewrite(data, fix)


def absolute_targets(data):
    """Every internal relationship target absolute from the package root (Target="/xl/...")."""
    def fix(name, b):
        if not name.endswith('.rels'):
            return b
        base = os.path.dirname(os.path.dirname(name))  # the folder of the source part

        def target(m):
            t = m.group(1).decode()
            if t.startswith('/') or '://' in t:
                return m.group(0)
            return b'Target="/' + os.path.normpath(os.path.join(base, t)).lstrip('./').encode() + b'"'

        return re.sub(rb'Target="([^"]*)"', target, b)

    return rewrite(data, fix)


def without_cell_refs(data):
    """Rows and cells without their r attribute (optional in ECMA-376: position by order)."""
    def fix(name, b):
        if name.startswith('xl/worksheets/sheet'):
            s = re.sub(r'<row r="\d+"', '<row', b.decode())
            return re.sub(r'<c r="[A-Z]+\d+"', '<c', s).encode()
        return b

    return rewrite(data, fix)


def prefixed_namespace(data):
    """SpreadsheetML under a prefix (<x:worksheet xmlns:x=...>), as the Open XML SDK writes it."""
    main = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main'

    def fix(name, b):
        if not (name.startswith('xl/worksheets/sheet') or name in ('xl/workbook.xml', 'xl/sharedStrings.xml')):
            return b
        s = b.decode()
        s = re.sub(r'<(/?)(?!\?)([A-Za-z]+)([\s>/])', lambda m: f'<{m.group(1)}x:{m.group(2)}{m.group(3)}', s)
        s = s.replace(f'xmlns="{main}"', f'xmlns:x="{main}"')
        return s.encode()

    return rewrite(data, fix)


def iso_date_cells(data):
    """Dates stored as ISO 8601 text in t="d" cells (ECMA-376 2nd edition and later)."""
    def fix(name, b):
        if name.startswith('xl/worksheets/sheet'):
            def cell(m):
                serial = float(m.group(3))
                day = dt.date(1899, 12, 30) + dt.timedelta(days=serial)
                attrs = m.group(2).replace(' t="n"', '')
                return f'<c r="{m.group(1)}"{attrs} t="d"><v>{day.isoformat()}</v></c>'
            return re.sub(r'<c r="(C\d+)"([^>]*?)><v>([\d.]+)</v></c>', cell, b.decode()).encode()
        return b

    return rewrite(data, fix)


def styled_book():
    """A trader's own formatted list: everything a save must keep (issue 9 point 6)."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = 'Facturen'
    headers = HEADERS + ['Betaald?', 'Opmerking', 'Status']
    ws.append(headers)
    notes = ['eerste klant', 'belt terug\nna de vakantie', '']
    for r, note in zip(ROWS, notes):
        ws.append(r + ['nee', note or None, None])
    last = len(ROWS) + 1
    t = Table(displayName='Facturen', ref=f'A1:G{last}')
    t.tableStyleInfo = TableStyleInfo(name='TableStyleLight9', showRowStripes=True)
    ws.add_table(t)
    thin = Side(style='thin', color='FF808080')
    for r in range(2, last + 1):
        ws.cell(r, 3).number_format = 'dd-mm-yyyy'
        ws.cell(r, 4).number_format = '"€" #,##0.00'
        ws.cell(r, 4).border = Border(left=thin, right=thin, top=thin, bottom=thin)
        ws.cell(r, 5).alignment = Alignment(horizontal='center')
        ws.cell(r, 6).fill = PatternFill('solid', fgColor='FFFFF2CC')
        ws.cell(r, 6).alignment = Alignment(wrap_text=True, vertical='top')
        ws.cell(r, 6).font = Font(name='Arial', size=9, italic=True, color='FF1F4E79')
    ws.column_dimensions['A'].width = 14.5
    ws.column_dimensions['B'].width = 28
    ws.column_dimensions['F'].width = 40
    ws.row_dimensions[3].height = 30
    ws.freeze_panes = 'B2'
    dv = DataValidation(type='list', formula1='"ja,nee"', allow_blank=True)
    dv.add(f'E2:E{last}')
    ws.add_data_validation(dv)
    ws['A2'].comment = Comment('Eerste factuur van het jaar', 'Petra')
    ws['B2'].hyperlink = 'https://www.example.nl/jansen'
    ws['I1'] = 'Mijn notities'
    ws['I1'].font = Font(bold=True, size=14)
    ws.merge_cells('I1:K1')
    ws['I2'] = 'Nog niet gefactureerd: onderhoud maart'
    ws.page_setup.orientation = 'landscape'
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_title_rows = '1:1'
    ws.page_margins.left = 0.4
    ws.page_margins.right = 0.4
    ws.oddHeader.center.text = 'Facturen 2026'
    ws.print_options.gridLines = True

    other = wb.create_sheet('Notities')
    other.sheet_properties.tabColor = 'FF00B050'
    other['A1'] = 'Afspraken'
    other['A1'].font = Font(bold=True, color='FFC00000')
    other.merge_cells('A1:C1')
    other['A2'] = 'Jansen betaalt altijd laat'
    other['A2'].fill = PatternFill('solid', fgColor='FFE2EFDA')
    other['B3'] = 0.21
    other['B3'].number_format = '0%'
    other.column_dimensions['A'].width = 50
    other.column_dimensions['D'].hidden = True
    other.row_dimensions[5].hidden = True
    other['A6'] = 'onder een verborgen rij'
    return wb


def main():
    os.makedirs(OUT, exist_ok=True)
    base = to_bytes(openpyxl_book())

    write('openpyxl-tabel', base, {
        'writer': f'openpyxl {openpyxl.__version__}',
        'quirks': [
            'absolute relationship targets to tables (Target="/xl/tables/table1.xml")',
            'inline strings (t="inlineStr"), no shared strings part',
        ],
        'sheets': ['Facturen'], 'dateSystem': 1900, 'tables': [table_expect()],
    })

    buf = io.BytesIO()
    frame = pd.DataFrame(
        [[r[0], r[1], pd.Timestamp(r[2]), r[3]] for r in ROWS], columns=HEADERS)
    frame.to_excel(buf, sheet_name='Lijst', index=False)
    write('pandas-lijst', buf.getvalue(), {
        'writer': f'pandas {pd.__version__} (openpyxl engine)',
        'quirks': ['a plain range, no table', 'dates as datetimes with a time format'],
        'sheets': ['Lijst'], 'dateSystem': 1900, 'tables': [],
        'sheetValues': {'sheet': 'Lijst', 'values': [HEADERS] + expected_rows(SERIALS_1900)},
    })

    write('openpyxl-1904', to_bytes(openpyxl_book(epoch=CALENDAR_MAC_1904)), {
        'writer': f'openpyxl {openpyxl.__version__}',
        'quirks': ['1904 date system'],
        'sheets': ['Facturen'], 'dateSystem': 1904,
        'tables': [table_expect(serials=[s - 1462 for s in SERIALS_1900])],
    })

    wb = openpyxl_book(sheet='Mijn facturen 2026', table='Facturen')
    ws2 = wb.create_sheet("Jan's lijst")
    ws2.append(['Naam', 'Notitie'])
    ws2.append(['Jan', "belt 's middags terug"])
    t = Table(displayName='Notities', ref='A1:B2')
    ws2.add_table(t)
    write('bladnamen', to_bytes(wb), {
        'writer': f'openpyxl {openpyxl.__version__}',
        'quirks': ['sheet names with spaces and a quote', 'two sheets with tables'],
        'sheets': ['Mijn facturen 2026', "Jan's lijst"], 'dateSystem': 1900,
        'tables': [
            table_expect(sheet='Mijn facturen 2026'),
            {'name': 'Notities', 'sheet': "Jan's lijst", 'headers': ['Naam', 'Notitie'],
             'rows': [['Jan', "belt 's middags terug"]]},
        ],
    })

    write('zonder-stijlen', without_styles(to_bytes(openpyxl_book(table=None))), {
        'writer': f'openpyxl {openpyxl.__version__}, rewritten',
        'quirks': ['no styles part', 'a plain range'],
        'sheets': ['Facturen'], 'dateSystem': 1900, 'tables': [],
        'sheetValues': {'sheet': 'Facturen', 'values': [HEADERS] + expected_rows(SERIALS_1900)},
    })

    write('absolute-doelen', absolute_targets(base), {
        'writer': f'openpyxl {openpyxl.__version__}, rewritten',
        'quirks': ['every relationship target absolute, the package root and the workbook included'],
        'sheets': ['Facturen'], 'dateSystem': 1900, 'tables': [table_expect()],
    })

    write('cellen-zonder-adres', without_cell_refs(base), {
        'writer': f'openpyxl {openpyxl.__version__}, rewritten',
        'quirks': ['rows and cells without the optional r attribute'],
        'sheets': ['Facturen'], 'dateSystem': 1900, 'tables': [table_expect()],
    })

    write('voorvoegsel-x', prefixed_namespace(base), {
        'writer': f'openpyxl {openpyxl.__version__}, rewritten',
        'quirks': ['SpreadsheetML under the prefix x: (as the Open XML SDK writes it)'],
        'sheets': ['Facturen'], 'dateSystem': 1900, 'tables': [table_expect()],
    })

    write('iso-datums', iso_date_cells(base), {
        'writer': f'openpyxl {openpyxl.__version__}, rewritten',
        'quirks': ['dates as ISO 8601 in t="d" cells'],
        'sheets': ['Facturen'], 'dateSystem': 1900, 'tables': [table_expect()],
    })

    write('eigen-opmaak', to_bytes(styled_book()), {
        'writer': f'openpyxl {openpyxl.__version__}',
        'quirks': ['formats, widths, fonts, fills, borders, frozen panes, print settings, validation,',
                   'a comment, a hyperlink, merged cells, another sheet with a tab colour and hidden rows'],
        'sheets': ['Facturen', 'Notities'], 'dateSystem': 1900,
        # ExcelJS writes every comment's author as "Author": a save lists that, and needs force.
        'lossyParts': ['the authors of comments'],
        'tables': [{'name': 'Facturen', 'sheet': 'Facturen',
                    'headers': HEADERS + ['Betaald?', 'Opmerking', 'Status'],
                    'rows': [r + ['nee', n, None] for r, n in zip(
                        expected_rows(SERIALS_1900), ['eerste klant', 'belt terug\nna de vakantie', None])]}],
    })

    # What truly cannot be read: the message says what is wrong and what to do, in Dutch.
    write('geen-werkmap', rewrite(base, lambda n, b: None if n == 'xl/workbook.xml' else b), {
        'writer': f'openpyxl {openpyxl.__version__}, rewritten',
        'quirks': ['the workbook part is missing'],
        'error': {'code': 'unsupported', 'messageContains': ['xl/workbook.xml']},
    })
    write('afgekapt', base[: len(base) // 2], {
        'writer': f'openpyxl {openpyxl.__version__}, cut in half',
        'quirks': ['a truncated download'],
        'error': {'code': 'unsupported', 'messageContains': ['beschadigd']},
    })


if __name__ == '__main__':
    sys.exit(main())
