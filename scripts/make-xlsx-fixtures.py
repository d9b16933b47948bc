#!/usr/bin/env python3
"""Writes flat ODS (.fods) workbooks by hand for scripts/make-xlsx-fixtures.sh, which has
LibreOffice Calc save them as .xlsx. Hand-written ODS keeps every cell explicit: typed dates,
dates typed as text, Dutch number formats, formulas, blank rows, user columns, database ranges."""
import sys
from xml.sax.saxutils import escape

NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0" '
    'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
    'xmlns:of="urn:oasis:names:tc:opendocument:xmlns:of:1.2"'
)

STYLES = """
 <office:styles>
  <style:default-style style:family="table-cell">
   <style:text-properties fo:language="nl" fo:country="NL"/>
  </style:default-style>
 </office:styles>
 <office:automatic-styles>
  <number:date-style style:name="Ndate" number:language="nl" number:country="NL">
   <number:day number:style="long"/><number:text>-</number:text>
   <number:month number:style="long"/><number:text>-</number:text>
   <number:year number:style="long"/>
  </number:date-style>
  <number:currency-style style:name="Neur" number:language="nl" number:country="NL">
   <number:currency-symbol number:language="nl" number:country="NL">€</number:currency-symbol>
   <number:text> </number:text>
   <number:number number:decimal-places="2" number:min-decimal-places="2" number:min-integer-digits="1" number:grouping="true"/>
  </number:currency-style>
  <number:number-style style:name="Nnum" number:language="nl" number:country="NL">
   <number:number number:decimal-places="2" number:min-decimal-places="2" number:min-integer-digits="1" number:grouping="true"/>
  </number:number-style>
  <style:style style:name="cedate" style:family="table-cell" style:parent-style-name="Default" style:data-style-name="Ndate"/>
  <style:style style:name="ceeur" style:family="table-cell" style:parent-style-name="Default" style:data-style-name="Neur"/>
  <style:style style:name="cenum" style:family="table-cell" style:parent-style-name="Default" style:data-style-name="Nnum"/>
 </office:automatic-styles>
"""


def s(text):
    return ('string', text)


def d(iso):
    return ('date', iso)


def eur(value):
    return ('eur', value)


def n(value):
    return ('num', value)


def f(formula, value, kind='eur'):
    return ('formula', formula, value, kind)


def cell(c):
    if c is None:
        return '<table:table-cell/>'
    kind = c[0]
    if kind == 'string':
        return f'<table:table-cell office:value-type="string"><text:p>{escape(c[1])}</text:p></table:table-cell>'
    if kind == 'date':
        y, m, day = c[1].split('-')
        return (f'<table:table-cell table:style-name="cedate" office:value-type="date" office:date-value="{c[1]}">'
                f'<text:p>{day}-{m}-{y}</text:p></table:table-cell>')
    if kind == 'eur':
        return (f'<table:table-cell table:style-name="ceeur" office:value-type="currency" office:currency="EUR" '
                f'office:value="{c[1]}"><text:p>€ {c[1]}</text:p></table:table-cell>')
    if kind == 'num':
        return f'<table:table-cell office:value-type="float" office:value="{c[1]}"><text:p>{c[1]}</text:p></table:table-cell>'
    if kind == 'formula':
        _, formula, value, vkind = c
        style = ' table:style-name="ceeur"' if vkind == 'eur' else ''
        vt = 'currency" office:currency="EUR' if vkind == 'eur' else 'float'
        return (f'<table:table-cell{style} table:formula="{escape(formula)}" office:value-type="{vt}" '
                f'office:value="{value}"><text:p>{value}</text:p></table:table-cell>')
    raise ValueError(kind)


def sheet(name, rows):
    body = ''.join('<table:table-row>' + ''.join(cell(c) for c in row) + '</table:table-row>' for row in rows)
    return f'<table:table table:name="{escape(name)}">{body}</table:table>'


def document(sheets, ranges=(), null_date=None):
    calc = ''
    if null_date:
        calc = f'<table:calculation-settings><table:null-date table:date-value="{null_date}"/></table:calculation-settings>'
    dbr = ''
    if ranges:
        dbr = '<table:database-ranges>' + ''.join(
            f'<table:database-range table:name="{name}" table:target-range-address="{target}" '
            f'table:display-filter-buttons="true" table:contains-header="true"/>'
            for name, target in ranges) + '</table:database-ranges>'
    return (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document {NS} office:version="1.2" '
            f'office:mimetype="application/vnd.oasis.opendocument.spreadsheet">{STYLES}'
            f'<office:body><office:spreadsheet>{calc}{"".join(sheets)}{dbr}</office:spreadsheet></office:body></office:document>\n')


def klantbestand():
    """A sole trader's own file: synonyms for headers, a user column, a blank row, formulas,
    dates typed as text next to real dates, Dutch amounts typed as text."""
    klanten = [
        [s('Klantnr'), s('Klantnaam'), s('Contactpersoon'), s('E-mail'), s('Soort'), s('Betaaltermijn'), s('Mijn notitie')],
        [s('K001'), s('Bakkerij De Korenschoof'), s('Anna de Vries'), s('anna@korenschoof.nl'), s('Zakelijk'), n(30), s('belt liever')],
        [s('K002'), s('Jansen Installatietechniek B.V.'), s('Piet Jansen'), s('piet@jansen-it.nl'), s('zakelijk'), n(14), None],
        [s('K003'), s('Marieke Smit'), None, s('m.smit@example.nl'), s('Particulier'), None, s('=altijd laat')],
    ]
    facturen = [
        [s('Factuurnr'), s('Klant'), s('Datum'), s('Omschrijving'), s('Bedrag excl. BTW'), s('BTW'),
         s('Bedrag incl. BTW'), s('Eigen kolom')],
        [s('2025-001'), s('K001'), d('2025-01-06'), s('Website onderhoud januari'), eur(1000),
         f('of:=ROUND([.E2]*0.21;2)', 210), f('of:=[.E2]+[.F2]', 1210), s('ok')],
        [s('2025-002'), s('K002'), s('15-02-2025'), s('Advies'), s('1.234,56'),
         f('of:=ROUND([.E3]*0.21;2)', 0), s('1.493,82'), None],
        [None, None, None, None, None, None, None, None],
        [s('2025-003'), s('K003'), s('3 maart 2025'), s('Fotoshoot'), eur(500),
         f('of:=ROUND([.E5]*0.21;2)', 105), f('of:=[.E5]+[.F5]', 605), s('+31 6 1234 5678')],
        [s('2025-004'), s('K001'), d('2025-03-31'), s('Creditnota 2025-001'), eur(-100),
         f('of:=ROUND([.E6]*0.21;2)', -21), f('of:=[.E6]+[.F6]', -121), s('-korting')],
    ]
    betalingen = [
        [s('Datum'), s('Factuurnummer'), s('Bedrag'), s('Omschrijving')],
        [d('2025-02-03'), s('2025-001'), eur(1210), s('NL12RABO0123456789 Korenschoof')],
        [s('20-03-2025'), s('2025-002'), s('1.000,00'), s('deelbetaling')],
    ]
    eigen = [[s('Mijn eigen blad')], [s('Niet aankomen'), n(42)]]
    return document(
        [sheet('Klanten', klanten), sheet('Facturen', facturen), sheet('Betalingen', betalingen), sheet('Notities', eigen)],
        ranges=[('Klanten', 'Klanten.A1:Klanten.G4'), ('Facturen', 'Facturen.A1:Facturen.H6')],
    )


def plattelijst():
    """No tables at all: two title rows, then a header row, as many people keep invoices."""
    rows = [
        [s('Facturen 2025 - Studio Lind')],
        [None],
        [s('Factuurnummer'), s('Klantnummer'), s('Factuurdatum'), s('Bedrag incl. BTW'), s('Betaald?')],
        [s('F-17'), s('K9'), s('2-1-2025'), s('€ 2.420,00'), s('ja')],
        [s('F-18'), s('K9'), d('2025-01-28'), eur(99.95), s('nee')],
        [s('F-19'), s('K10'), s('31/01/2025'), n(1234.5), None],
    ]
    return document([sheet('Blad1', rows)])


def datum1904():
    """An old Mac workbook: the 1904 date system."""
    rows = [
        [s('Factuurnummer'), s('Factuurdatum'), s('Bedrag incl. BTW')],
        [s('M-1'), d('2025-01-31'), eur(12.5)],
    ]
    return document([sheet('Facturen', rows)], ranges=[('Facturen', 'Facturen.A1:Facturen.C2')], null_date='1904-01-01')


if __name__ == '__main__':
    out = sys.argv[1]
    for name, make in [('lo-klantbestand', klantbestand), ('lo-platte-lijst', plattelijst), ('lo-datum-1904', datum1904)]:
        with open(f'{out}/{name}.fods', 'w', encoding='utf-8') as fh:
            fh.write(make())
