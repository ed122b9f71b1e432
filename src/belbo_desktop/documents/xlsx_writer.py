"""A streaming .xlsx writer: one sheet, typed cells, constant memory.

General-purpose libraries keep every cell as an object (openpyxl: about 20x the time of
the ``csv`` module). A customer export needs one plain sheet, so this writes the
SpreadsheetML parts directly into a zip file as rows arrive: inline strings, numbers as
numbers, dates as date serials with a date format, booleans as booleans; a bold, frozen
header row with an autofilter; column widths per kind.

Text cells are always typed as strings, so a value such as ``=HYPERLINK(...)`` is
never a formula; cells that would look like one when edited (or phone numbers and
postcodes that must stay text) also get Excel's *quote prefix* style, so editing the
cell keeps it text.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import re
import zipfile
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import IO, Any
from xml.sax.saxutils import escape as _xml_escape
from zoneinfo import ZoneInfo

from belbo_desktop.domain.export import FORMULA_TRIGGERS, CellKind

BERLIN = ZoneInfo("Europe/Berlin")
EXCEL_EPOCH = dt.date(1899, 12, 30)
_EPOCH_ORDINAL = EXCEL_EPOCH.toordinal()
_TRIGGERS = frozenset(FORMULA_TRIGGERS)

# cellXfs indexes in styles.xml below
STYLE_DATE = 1
STYLE_HEADER = 2
STYLE_TEXT_PREFIXED = 3
STYLE_DATETIME = 4
STYLE_WRAP = 5

_NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
_NS_R = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'

# Characters XML 1.0 cannot carry at all; they are dropped (validation keeps them out
# of stored data anyway) along with the three that must be escaped.
_ESCAPES = {
    ord("&"): "&amp;",
    ord("<"): "&lt;",
    ord(">"): "&gt;",
    ord("\r"): "&#13;",  # a raw CR would be read back as LF (XML line-end handling)
    **{c: None for c in range(0x20) if c not in (0x09, 0x0A, 0x0D)},
    0xFFFE: None,
    0xFFFF: None,
}


def escape(text: str) -> str:
    return text.translate(_ESCAPES)


@dataclass(frozen=True)
class SheetColumn:
    title: str
    kind: CellKind
    width: float = 15.0


def column_letter(index: int) -> str:
    """0 -> "A", 25 -> "Z", 26 -> "AA"."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def date_serial(value: dt.date) -> int:
    return value.toordinal() - _EPOCH_ORDINAL


def datetime_serial(value: dt.datetime) -> str:
    """Excel serial of a moment, shown in Germany's local time (Excel has no zones)."""
    if value.tzinfo is not None:
        value = value.astimezone(BERLIN)
    seconds = value.hour * 3600 + value.minute * 60 + value.second
    return repr(date_serial(value.date()) + seconds / 86400)


CellFn = Callable[[str, Any], str]


def _text_cell(ref: str, value: Any) -> str:
    text = str(value)
    style = f' s="{STYLE_TEXT_PREFIXED}"' if text[:1] in _TRIGGERS else ""
    space = ' xml:space="preserve"' if text[:1].isspace() or text[-1:].isspace() else ""
    return f'<c r="{ref}"{style} t="inlineStr"><is><t{space}>{escape(text)}</t></is></c>'


def _long_text_cell(ref: str, value: Any) -> str:
    text = str(value)
    style = STYLE_TEXT_PREFIXED if text[:1] in _TRIGGERS else STYLE_WRAP
    space = ' xml:space="preserve"' if text[:1].isspace() or text[-1:].isspace() else ""
    return f'<c r="{ref}" s="{style}" t="inlineStr"><is><t{space}>{escape(text)}</t></is></c>'


def _keep_text_cell(ref: str, value: Any) -> str:
    return (
        f'<c r="{ref}" s="{STYLE_TEXT_PREFIXED}" t="inlineStr"><is><t>'
        f"{escape(str(value))}</t></is></c>"
    )


def _integer_cell(ref: str, value: Any) -> str:
    if isinstance(value, int) and not isinstance(value, bool):
        return f'<c r="{ref}"><v>{value}</v></c>'
    return _decimal_cell(ref, value)


def _decimal_cell(ref: str, value: Any) -> str:
    try:
        number = Decimal(str(value))
    except InvalidOperation:
        return _text_cell(ref, value)
    if not number.is_finite():
        return _text_cell(ref, value)
    return f'<c r="{ref}"><v>{format(number, "f")}</v></c>'


def _date_cell(ref: str, value: Any) -> str:
    if isinstance(value, str):
        try:
            value = dt.date.fromisoformat(value)
        except ValueError:
            return _text_cell(ref, value)
    if isinstance(value, dt.datetime):
        return _datetime_cell(ref, value)
    return f'<c r="{ref}" s="{STYLE_DATE}"><v>{date_serial(value)}</v></c>'


def _datetime_cell(ref: str, value: Any) -> str:
    if not isinstance(value, dt.datetime):
        return _date_cell(ref, value)
    return f'<c r="{ref}" s="{STYLE_DATETIME}"><v>{datetime_serial(value)}</v></c>'


def _bool_cell(ref: str, value: Any) -> str:
    truth = value == "1" if isinstance(value, str) else bool(value)
    return f'<c r="{ref}" t="b"><v>{1 if truth else 0}</v></c>'


#: A value that needs the slow path: escaping, a formula trigger, edge whitespace.
_SLOW = re.compile(
    "[&<>\r\x01-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]|\x00["
    + re.escape("".join(FORMULA_TRIGGERS))
    + "]|\x00\\s|\\s\x00"
)

ColumnFn = Callable[[str, Sequence[str], Sequence[Any]], list[str]]


def _plain_text(column: Sequence[Any]) -> bool:
    """True if no value in the column needs escaping, a quote prefix or xml:space."""
    joined = "\x00" + "\x00".join(map(str, column)) + "\x00"
    return joined.count("\x00") == len(column) + 1 and not _SLOW.search(joined)


def _cells(cell: CellFn) -> ColumnFn:
    """The general column function: one call per cell."""

    def column_fn(letter: str, numbers: Sequence[str], column: Sequence[Any]) -> list[str]:
        return [
            "" if v is None or v == "" else cell(letter + n, v)
            for n, v in zip(numbers, column, strict=True)
        ]

    return column_fn


def _text_column(style: str, cell: CellFn) -> ColumnFn:
    def column_fn(letter: str, numbers: Sequence[str], column: Sequence[Any]) -> list[str]:
        if not _plain_text(column):
            return _cells(cell)(letter, numbers, column)
        return [
            f'<c r="{letter}{n}"{style} t="inlineStr"><is><t>{v}</t></is></c>' if v else ""
            for n, v in zip(numbers, column, strict=True)
        ]

    return column_fn


def _integer_column(letter: str, numbers: Sequence[str], column: Sequence[Any]) -> list[str]:
    return [
        f'<c r="{letter}{n}"><v>{v}</v></c>'
        if type(v) is int
        else ("" if v is None or v == "" else _integer_cell(letter + n, v))
        for n, v in zip(numbers, column, strict=True)
    ]


def _date_column(letter: str, numbers: Sequence[str], column: Sequence[Any]) -> list[str]:
    return [
        f'<c r="{letter}{n}" s="{STYLE_DATE}"><v>{v.toordinal() - _EPOCH_ORDINAL}</v></c>'
        if type(v) is dt.date
        else ("" if v is None or v == "" else _date_cell(letter + n, v))
        for n, v in zip(numbers, column, strict=True)
    ]


def _truth(value: Any) -> int:
    return int(value == "1" if isinstance(value, str) else bool(value))


def _bool_column(letter: str, numbers: Sequence[str], column: Sequence[Any]) -> list[str]:
    return [
        "" if v is None or v == "" else f'<c r="{letter}{n}" t="b"><v>{_truth(v)}</v></c>'
        for n, v in zip(numbers, column, strict=True)
    ]


_COLUMN_FNS: dict[CellKind, ColumnFn] = {
    CellKind.TEXT: _text_column("", _text_cell),
    CellKind.LONG_TEXT: _text_column(f' s="{STYLE_WRAP}"', _long_text_cell),
    CellKind.KEEP_TEXT: _text_column(f' s="{STYLE_TEXT_PREFIXED}"', _keep_text_cell),
    CellKind.INTEGER: _integer_column,
    CellKind.DECIMAL: _cells(_decimal_cell),
    CellKind.DATE: _date_column,
    CellKind.DATETIME: _cells(_datetime_cell),
    CellKind.BOOL: _bool_column,
}


class XlsxWriter:
    """Write a one-sheet workbook to ``target`` (a path or a seekable binary file).

    Use as a context manager or call :meth:`close`; the file is complete only then.
    """

    def __init__(
        self,
        target: Path | IO[bytes],
        columns: Sequence[SheetColumn],
        *,
        sheet_name: str = "Kunden",
        compresslevel: int = 1,
    ) -> None:
        if not columns:
            raise ValueError("at least one column")
        self.columns = list(columns)
        self.sheet_name = sheet_name[:31]
        self.rows_written = 0
        self._letters = [column_letter(i) for i in range(len(columns))]
        self._column_fns = [_COLUMN_FNS[c.kind] for c in columns]
        self._zip = zipfile.ZipFile(
            target, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=compresslevel
        )
        self._write_static_parts()
        self._sheet = self._zip.open("xl/worksheets/sheet1.xml", "w", force_zip64=True)
        self._sheet.write(self._sheet_start().encode("utf-8"))
        self._row = 1
        header = "".join(
            f'<c r="{letter}1" s="{STYLE_HEADER}" t="inlineStr">'
            f"<is><t>{escape(c.title)}</t></is></c>"
            for letter, c in zip(self._letters, self.columns, strict=True)
        )
        self._sheet.write(f'<row r="1">{header}</row>'.encode())
        self._closed = False

    def __enter__(self) -> XlsxWriter:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def write_rows(self, rows: Iterable[Sequence[Any]]) -> None:
        """Build the cells column by column (one kind per column), then join each row."""
        batch = rows if isinstance(rows, list) else list(rows)
        if not batch:
            return
        first = self._row + 1
        numbers = [str(n) for n in range(first, first + len(batch))]
        columns = list(zip(*batch, strict=True))
        cells = [
            fn(letter, numbers, column)
            for fn, letter, column in zip(self._column_fns, self._letters, columns, strict=True)
        ]
        xml = "".join(
            [
                f'<row r="{n}">{"".join(row)}</row>'
                for n, row in zip(numbers, zip(*cells, strict=True), strict=True)
            ]
        )
        self._sheet.write(xml.encode("utf-8"))
        self._row += len(batch)
        self.rows_written += len(batch)

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        last = self._letters[-1]
        ref = f"A1:{last}{max(self._row, 1)}"
        self._sheet.write(
            f'</sheetData><autoFilter ref="{ref}"/>'
            '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" '
            'footer="0.3"/></worksheet>'.encode()
        )
        self._sheet.close()
        self._zip.writestr("xl/workbook.xml", self._workbook(ref))
        self._zip.close()

    def abort(self) -> None:
        """Give up on the file (the caller deletes it); releases the zip without errors."""
        if self._closed:
            return
        self._closed = True
        with contextlib.suppress(Exception):
            self._sheet.close()
            self._zip.close()

    # --- parts ----------------------------------------------------------------------

    def _sheet_start(self) -> str:
        cols = "".join(
            f'<col min="{i}" max="{i}" width="{c.width:.1f}" customWidth="1"/>'
            for i, c in enumerate(self.columns, start=1)
        )
        return (
            f"{_HEAD}<worksheet {_NS} {_NS_R}>"
            '<sheetViews><sheetView tabSelected="1" workbookViewId="0">'
            '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>'
            '<selection pane="bottomLeft" activeCell="A2" sqref="A2"/>'
            "</sheetView></sheetViews>"
            '<sheetFormatPr defaultRowHeight="15"/>'
            f"<cols>{cols}</cols><sheetData>"
        )

    def _workbook(self, ref: str) -> str:
        a, b = ref.split(":")
        absolute = "$" + a[:1] + "$" + a[1:] + ":" + _absolute(b)
        name = escape(self.sheet_name.replace("'", "''"))
        return (
            f"{_HEAD}<workbook {_NS} {_NS_R}>"
            '<bookViews><workbookView xWindow="0" yWindow="0" windowWidth="24000" '
            'windowHeight="12000"/></bookViews>'
            f'<sheets><sheet name="{name}" sheetId="1" r:id="rId1"/></sheets>'
            '<definedNames><definedName name="_xlnm._FilterDatabase" localSheetId="0" '
            f"hidden=\"1\">'{name}'!{absolute}</definedName></definedNames>"
            "</workbook>"
        )

    def _write_static_parts(self) -> None:
        z = self._zip
        z.writestr(
            "[Content_Types].xml",
            f"{_HEAD}<Types "
            'xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" '
            'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/xl/workbook.xml" ContentType="application/'
            'vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
            '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/'
            'vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
            '<Override PartName="/xl/styles.xml" ContentType="application/'
            'vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
            '<Override PartName="/docProps/core.xml" '
            'ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
            '<Override PartName="/docProps/app.xml" ContentType="application/'
            'vnd.openxmlformats-officedocument.extended-properties+xml"/>'
            "</Types>",
        )
        z.writestr(
            "_rels/.rels",
            f"{_HEAD}<Relationships "
            'xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/'
            '2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/'
            'relationships/metadata/core-properties" Target="docProps/core.xml"/>'
            '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/'
            '2006/relationships/extended-properties" Target="docProps/app.xml"/>'
            "</Relationships>",
        )
        z.writestr(
            "xl/_rels/workbook.xml.rels",
            f"{_HEAD}<Relationships "
            'xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/'
            '2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/'
            '2006/relationships/styles" Target="styles.xml"/>'
            "</Relationships>",
        )
        z.writestr("xl/styles.xml", _STYLES)
        now = dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        z.writestr(
            "docProps/core.xml",
            f"{_HEAD}<cp:coreProperties "
            'xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" '
            'xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            f"<dc:title>{_xml_escape(self.sheet_name)}</dc:title><dc:creator>Belbo</dc:creator>"
            f'<dcterms:created xsi:type="dcterms:W3CDTF">{now}</dcterms:created>'
            "</cp:coreProperties>",
        )
        z.writestr(
            "docProps/app.xml",
            f"{_HEAD}<Properties xmlns="
            '"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
            "<Application>Belbo Desktop</Application></Properties>",
        )


def _absolute(ref: str) -> str:
    letters = "".join(ch for ch in ref if ch.isalpha())
    digits = ref[len(letters) :]
    return f"${letters}${digits}"


_STYLES = (
    f"{_HEAD}<styleSheet {_NS}>"
    '<numFmts count="2">'
    '<numFmt numFmtId="164" formatCode="dd\\.mm\\.yyyy"/>'
    '<numFmt numFmtId="165" formatCode="dd\\.mm\\.yyyy\\ hh:mm"/>'
    "</numFmts>"
    '<fonts count="2">'
    '<font><sz val="11"/><name val="Calibri"/><family val="2"/></font>'
    '<font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font>'
    "</fonts>"
    '<fills count="2"><fill><patternFill patternType="none"/></fill>'
    '<fill><patternFill patternType="gray125"/></fill></fills>'
    '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
    '<cellXfs count="6">'
    '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
    '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
    '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>'
    '<xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" '
    'quotePrefix="1"/>'
    '<xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
    '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1">'
    '<alignment vertical="top" wrapText="1"/></xf>'
    "</cellXfs>"
    '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>'
    "</styleSheet>"
)
