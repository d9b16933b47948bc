#!/usr/bin/env bash
# Makes test/fixtures/xlsx/lo-*.xlsx: workbooks SAVED BY LIBREOFFICE CALC, from hand-written flat
# ODS (scripts/make-xlsx-fixtures.py). Needs python3 and soffice:
#   apt-get install -y --no-install-recommends libreoffice-calc
set -euo pipefail
cd "$(dirname "$0")/.."
command -v soffice >/dev/null || { echo "soffice missing: apt-get install -y --no-install-recommends libreoffice-calc" >&2; exit 2; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
python3 scripts/make-xlsx-fixtures.py "$work"
# A private profile: no dialogs, no interference with a running LibreOffice.
soffice -env:UserInstallation="file://$work/profile" --headless --calc \
  --convert-to 'xlsx:Calc MS Excel 2007 XML' --outdir "$work/out" "$work"/*.fods >/dev/null
mkdir -p test/fixtures/xlsx
cp "$work"/out/*.xlsx test/fixtures/xlsx/
ls -l test/fixtures/xlsx/lo-*.xlsx
