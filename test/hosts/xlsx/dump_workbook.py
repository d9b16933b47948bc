#!/usr/bin/python3
"""Prints a workbook as openpyxl reads it, as JSON: every cell's value and style, column widths,
row heights, frozen panes, print settings, data validation, comments, hyperlinks, merged cells,
tables with their filter buttons, conditional formats. The tests compare a workbook before and
after a save by XlsxBook with this, so the check does not depend on ExcelJS.

Usage: /usr/bin/python3 dump_workbook.py file.xlsx
"""
import datetime as dt
import json
import sys

import openpyxl


def color(c):
    if c is None:
        return None
    return {'rgb': c.rgb if c.type == 'rgb' else None, 'theme': c.theme if c.type == 'theme' else None,
            'indexed': c.indexed if c.type == 'indexed' else None, 'tint': c.tint}


def side(s):
    return None if s is None or s.style is None else {'style': s.style, 'color': color(s.color)}


def style(c):
    f, fl, b, a, p = c.font, c.fill, c.border, c.alignment, c.protection
    return {
        # An escaped space and a space show the same in a format code; ExcelJS drops the backslash.
        'numberFormat': c.number_format.replace('\\ ', ' '),
        'font': {'name': f.name, 'size': f.sz, 'bold': bool(f.b), 'italic': bool(f.i), 'underline': f.u,
                 'strike': bool(f.strike), 'color': color(f.color)},
        'fill': {'type': fl.fill_type, 'fg': color(fl.fgColor), 'bg': color(fl.bgColor)}
        if getattr(fl, 'fill_type', None) else None,
        'border': {k: side(getattr(b, k)) for k in ('left', 'right', 'top', 'bottom')},
        # Absent and the ECMA-376 defaults (general, bottom) mean the same.
        'alignment': {'horizontal': a.horizontal or 'general', 'vertical': a.vertical or 'bottom', 'wrap': bool(a.wrap_text),
                      'indent': a.indent, 'rotation': a.text_rotation},
        'protection': {'locked': p.locked, 'hidden': p.hidden},
    }


def value(v):
    # A date stored as a serial reads as a datetime at midnight, as ISO text (t="d") as a date.
    if isinstance(v, dt.datetime) and v.time() == dt.time(0):
        v = v.date()
    return v if isinstance(v, (str, int, float, bool)) or v is None else str(v)


def sheet(ws):
    cells = {}
    for row in ws.iter_rows():
        for c in row:
            if c.coordinate in ws.merged_cells and not isinstance(c, openpyxl.cell.cell.Cell):
                continue
            cells[c.coordinate] = {'value': value(c.value), **style(c)}
    ps, pm = ws.page_setup, ws.page_margins
    return {
        'cells': cells,
        'columnWidths': {k: d.width for k, d in ws.column_dimensions.items() if d.customWidth},
        'hiddenColumns': sorted(k for k, d in ws.column_dimensions.items() if d.hidden),
        # A hidden row shows no height; ExcelJS can only keep an empty hidden row by giving it one.
        'rowHeights': {str(k): d.height for k, d in ws.row_dimensions.items()
                       if d.height is not None and not d.hidden},
        'hiddenRows': sorted(k for k, d in ws.row_dimensions.items() if d.hidden),
        'freezePanes': ws.freeze_panes,
        'print': {
            'orientation': ps.orientation, 'paperSize': ps.paperSize, 'fitToWidth': ps.fitToWidth,
            # 100 is the default scale (ECMA-376 18.3.1.63): absent and 100 mean the same.
            'fitToHeight': ps.fitToHeight, 'scale': 100 if ps.scale is None else ps.scale,
            'margins': [pm.left, pm.right, pm.top, pm.bottom, pm.header, pm.footer],
            # '$' makes no difference in a print range: compare without it.
            'area': ws.print_area and ws.print_area.replace('$', ''),
            'titleRows': ws.print_title_rows and ws.print_title_rows.replace('$', ''),
            'header': ws.oddHeader.center.text, 'footer': ws.oddFooter.center.text,
            'gridLines': bool(ws.print_options.gridLines),
        },
        'validations': sorted(
            [{'ranges': str(dv.sqref), 'type': dv.type, 'formula1': dv.formula1, 'allowBlank': bool(dv.allow_blank)}
             for dv in ws.data_validations.dataValidation], key=lambda d: d['ranges']),
        'comments': {c.coordinate: {'text': c.comment.text}
                     for row in ws.iter_rows() for c in row if c.comment},
        # ExcelJS 4.4 writes every comment's author as "Author": reported apart, not compared.
        'commentAuthors': {c.coordinate: c.comment.author for row in ws.iter_rows() for c in row if c.comment},
        'hyperlinks': {c.coordinate: {'target': c.hyperlink.target, 'location': c.hyperlink.location}
                       for row in ws.iter_rows() for c in row if c.hyperlink},
        'merged': sorted(str(r) for r in ws.merged_cells.ranges),
        'tables': {
            t.displayName: {
                'ref': t.ref,
                'columns': [col.name for col in t.tableColumns],
                'autoFilter': t.autoFilter.ref if t.autoFilter else None,
                'hiddenButtons': sorted(fc.colId for fc in (t.autoFilter.filterColumn if t.autoFilter else [])
                                        if fc.hiddenButton),
                'style': t.tableStyleInfo.name if t.tableStyleInfo else None,
            } for t in ws.tables.values()
        },
        'conditionalFormats': sorted(str(r.sqref) for r in ws.conditional_formatting),
        'sheetState': ws.sheet_state,
        'tabColor': color(ws.sheet_properties.tabColor),
    }


def main(path):
    wb = openpyxl.load_workbook(path)
    out = {'sheets': [ws.title for ws in wb.worksheets],
           'definedNames': sorted(n.name for n in wb.defined_names.definedName),
           'bySheet': {ws.title: sheet(ws) for ws in wb.worksheets}}
    json.dump(out, sys.stdout, ensure_ascii=False, default=str)


if __name__ == '__main__':
    main(sys.argv[1])
