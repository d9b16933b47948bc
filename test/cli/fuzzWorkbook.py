"""The fuzz test's independent side: builds a workbook with openpyxl from a JSON spec, and reads
workbooks back with openpyxl (never ExcelJS), so what the CLI wrote is judged by another reader.

  python3 fuzzWorkbook.py build SPEC.json OUT.xlsx
  python3 fuzzWorkbook.py read IN.xlsx            -> JSON on stdout
"""
import datetime
import json
import sys

import openpyxl
from openpyxl.worksheet.table import Table


def build(spec_path, out_path):
    spec = json.load(open(spec_path, encoding="utf-8"))
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for sheet in spec["sheets"]:
        ws = wb.create_sheet(sheet["name"])
        rows = [sheet["headers"]] + sheet["rows"]
        for r, row in enumerate(rows, start=1):
            for c, value in enumerate(row, start=1):
                if value is None:
                    continue
                cell = ws.cell(row=r, column=c)
                if isinstance(value, dict) and "date" in value:
                    cell.value = datetime.date.fromisoformat(value["date"])
                    cell.number_format = "dd-mm-yyyy"
                else:
                    cell.value = value
                    # Text that looks like a formula is what a person typed: keep it text.
                    if isinstance(value, str) and cell.data_type == "f":
                        cell.data_type = "s"
        last = openpyxl.utils.get_column_letter(len(sheet["headers"]))
        ws.add_table(Table(displayName=sheet["table"], ref=f"A1:{last}{len(rows)}"))
        for rng in sheet.get("merged", []):
            ws.merge_cells(rng)
        for r in sheet.get("hidden", []):
            ws.row_dimensions[r].hidden = True
    wb.save(out_path)


def plain(value):
    if isinstance(value, datetime.datetime):
        return {"date": value.isoformat()}
    if isinstance(value, (datetime.date, datetime.time, datetime.timedelta)):
        return {"date": str(value)}
    return value


def read(path):
    wb = openpyxl.load_workbook(path)
    out = {}
    for ws in wb.worksheets:
        rows = [[plain(c.value) for c in row] for row in ws.iter_rows()]
        out[ws.title] = {
            "rows": rows,
            "types": [[c.data_type for c in row] for row in ws.iter_rows()],
            "hidden": [r for r, d in ws.row_dimensions.items() if d.hidden],
            "merged": sorted(str(m) for m in ws.merged_cells.ranges),
        }
    json.dump(out, sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    if sys.argv[1] == "build":
        build(sys.argv[2], sys.argv[3])
    else:
        read(sys.argv[2])
