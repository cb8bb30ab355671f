#!/usr/bin/env python3
"""Writes sample.xlsx, the XLSXReader test fixture, with the standard library only.

The XML is written by hand so the fixture holds exactly the cases under test:
shared strings (Chinese, rich text with a phonetic guide, entities, CDATA,
an _x000D_ escape), an inline string, numbers, a boolean, an error, a
formula string, gaps between cells, a missing row, a cell without a
reference, a styled empty cell, an absolute relationship target, and a
namespace-prefixed sheet. Sheet "CTDC 2024" holds a small synthetic-layout
table for CTDCImport.readXLSX. Run: python3 make_xlsx_fixture.py
"""
import os
import zipfile

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG = "http://schemas.openxmlformats.org/package/2006/relationships"
DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'

content_types = DECL + f"""<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>
<Override PartName="/xl/worksheets/sheet2.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>
<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>
<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>
</Types>"""

package_rels = DECL + f"""<Relationships xmlns="{PKG}">
<Relationship Id="rId1" Type="{REL}/officeDocument" Target="xl/workbook.xml"/>
</Relationships>"""

workbook = DECL + f"""<workbook xmlns="{MAIN}" xmlns:r="{REL}">
<sheets>
<sheet name="Cells" sheetId="1" r:id="rId1"/>
<sheet name="CTDC 2024" sheetId="2" r:id="rId2"/>
</sheets>
</workbook>"""

workbook_rels = DECL + f"""<Relationships xmlns="{PKG}">
<Relationship Id="rId1" Type="{REL}/worksheet" Target="worksheets/sheet1.xml"/>
<Relationship Id="rId2" Type="{REL}/worksheet" Target="/xl/worksheets/sheet2.xml"/>
<Relationship Id="rId3" Type="{REL}/sharedStrings" Target="sharedStrings.xml"/>
<Relationship Id="rId4" Type="{REL}/styles" Target="styles.xml"/>
</Relationships>"""

styles = DECL + f"""<styleSheet xmlns="{MAIN}">
<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>
<fills count="1"><fill><patternFill patternType="none"/></fill></fills>
<borders count="1"><border/></borders>
<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>
<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>
</styleSheet>"""

# Index: 0 Name, 1 Value, 2 Note, 3 Chinese, 4 rich text, 5 entities, 6 CDATA, 7 _x000D_ escape
shared = DECL + f"""<sst xmlns="{MAIN}" count="8" uniqueCount="8">
<si><t>Name</t></si>
<si><t>Value</t></si>
<si><t>Note</t></si>
<si><t>中华人民共和国</t></si>
<si><r><rPr><b/></rPr><t>Bold</t></r><r><t xml:space="preserve"> and plain</t></r><rPh sb="0" eb="1"><t>ボールド</t></rPh></si>
<si><t>a &amp; b &lt;c&gt; &#20013;&#x6587;</t></si>
<si><t><![CDATA[cdata <kept> & raw]]></t></si>
<si><t>line_x000D_break</t></si>
</sst>"""

sheet1 = DECL + f"""<worksheet xmlns="{MAIN}" xmlns:r="{REL}">
<dimension ref="A1:F6"/>
<sheetData>
<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c></row>
<row r="2"><c r="A2" t="s"><v>3</v></c><c r="B2"><v>42</v></c><c r="C2" t="inlineStr"><is><t>inline ✓</t></is></c><c r="E2" t="b"><v>1</v></c></row>
<row r="3"><c r="A3" t="inlineStr"><is><t>第三行</t></is></c><c r="C3"><v>3.5</v></c><c r="E3" t="str"><f>CONCAT("formula"," text")</f><v>formula text</v></c></row>
<row r="5"><c r="B5" t="s"><v>4</v></c></row>
<row r="6"><c r="A6" t="s"><v>5</v></c><c r="B6" t="e"><v>#N/A</v></c><c r="C6"><v>1E-3</v></c><c t="s"><v>6</v></c><c r="E6" t="s"><v>7</v></c><c r="F6" s="1"/></row>
</sheetData>
</worksheet>"""

# Namespace-prefixed, inline strings only, flags as numbers: as some non-Excel writers produce.
def inline(ref, text):
    return f'<x:c r="{ref}" t="inlineStr"><x:is><x:t>{text}</x:t></x:is></x:c>'

def number(ref, value):
    return f'<x:c r="{ref}"><x:v>{value}</x:v></x:c>'

header = ["yearOfRegistration", "gender", "ageBroad", "citizenship", "CountryOfExploitation",
          "traffickMonths", "meansDebtBondageEarnings", "isForcedLabour", "typeOfLabourConstruction"]
columns = "ABCDEFGHI"
rows = [
    "".join(inline(f"{columns[i]}1", name) for i, name in enumerate(header)),
    number("A2", 2021) + inline("B2", "Woman") + inline("C2", "18--20") + inline("D2", "PHL") + inline("E2", "MYS")
        + inline("F2", "13--24") + number("G2", 1) + number("H2", 1) + number("I2", 1),
    number("A3", 2020) + inline("B3", "Man") + inline("D3", "XXX") + number("H3", 1),
]
sheet2 = DECL + f"""<x:worksheet xmlns:x="{MAIN}">
<x:sheetData>
{"".join(f'<x:row r="{n + 1}">{cells}</x:row>' for n, cells in enumerate(rows))}
</x:sheetData>
</x:worksheet>"""

here = os.path.dirname(os.path.realpath(__file__))
with zipfile.ZipFile(os.path.join(here, "sample.xlsx"), "w", zipfile.ZIP_DEFLATED) as archive:
    # Fixed timestamps keep the file byte-identical across runs.
    def add(name, text):
        info = zipfile.ZipInfo(name, date_time=(2025, 1, 1, 0, 0, 0))
        info.compress_type = zipfile.ZIP_DEFLATED
        archive.writestr(info, text.encode("utf-8"))
    add("[Content_Types].xml", content_types)
    add("_rels/.rels", package_rels)
    add("xl/workbook.xml", workbook)
    add("xl/_rels/workbook.xml.rels", workbook_rels)
    add("xl/styles.xml", styles)
    add("xl/sharedStrings.xml", shared)
    add("xl/worksheets/sheet1.xml", sheet1)
    add("xl/worksheets/sheet2.xml", sheet2)
