"""The files themselves: xlsx read back with openpyxl, CSV byte by byte, rules for cells."""

from __future__ import annotations

import csv
import datetime as dt
import io
import zipfile
from pathlib import Path

import openpyxl
import pytest
from hypothesis import given
from hypothesis import strategies as st

from belbo_desktop.documents.csv_writer import CsvWriter
from belbo_desktop.documents.xlsx_writer import SheetColumn, XlsxWriter, column_letter
from belbo_desktop.domain.export import (
    CellKind,
    ExportFormat,
    export_file_name,
    hash_token,
    mask_email,
    neutralise,
    plausible_token,
)

K = CellKind
COLUMNS = [
    SheetColumn("Kundennummer", K.INTEGER, 12),
    SheetColumn("Nachname", K.TEXT, 18),
    SheetColumn("Telefon", K.KEEP_TEXT, 18),
    SheetColumn("PLZ", K.KEEP_TEXT, 8),
    SheetColumn("Geburtstag", K.DATE, 12),
    SheetColumn("Angelegt am", K.DATETIME, 17),
    SheetColumn("Einwilligung Werbung", K.BOOL, 10),
    SheetColumn("EMS-Stromstärke", K.DECIMAL, 12),
    SheetColumn("Notizen", K.LONG_TEXT, 40),
]
CREATED = dt.datetime(2026, 11, 25, 9, 30, tzinfo=dt.UTC)  # 10:30 in Berlin
ROWS = [
    [
        10001,
        "Groß-Müller & Söhne <GmbH>",
        "+491761234567",
        "01067",
        dt.date(1980, 2, 29),
        CREATED,
        True,
        "42.5",
        'Zeile 1\nZeile 2 mit "Anführungszeichen"; und Komma,',
    ],
    [10002, '=HYPERLINK("http://evil")', None, None, None, CREATED, "0", "-3", "@SUM(A1)"],
    [10003, "-2+3", "+4930123", "12345", "2001-12-24", CREATED, False, None, "\tTab"],
]


def _xlsx(tmp_path: Path) -> Path:
    path = tmp_path / "k.xlsx"
    with XlsxWriter(path, COLUMNS) as writer:
        writer.write_rows(ROWS)
    return path


def test_xlsx_reads_back_typed_with_umlauts(tmp_path: Path) -> None:
    wb = openpyxl.load_workbook(_xlsx(tmp_path))
    ws = wb.active
    assert ws.title == "Kunden"
    rows = list(ws.iter_rows(values_only=True))
    assert rows[0] == tuple(c.title for c in COLUMNS)
    first = rows[1]
    assert first[0] == 10001 and isinstance(first[0], int)
    assert first[1] == "Groß-Müller & Söhne <GmbH>"
    assert first[2] == "+491761234567"  # "+" kept, text
    assert first[3] == "01067"  # leading zero kept
    assert first[4] == dt.datetime(1980, 2, 29)
    assert first[5] == dt.datetime(2026, 11, 25, 10, 30)  # Berlin local time
    assert first[6] is True
    assert first[7] == 42.5
    assert first[8] == 'Zeile 1\nZeile 2 mit "Anführungszeichen"; und Komma,'
    assert rows[3][4] == dt.datetime(2001, 12, 24)
    assert ws["C2"].data_type == "s" and ws["D2"].data_type == "s"
    assert ws["E2"].is_date and ws["F2"].is_date


def test_xlsx_formulas_never_run(tmp_path: Path) -> None:
    ws = openpyxl.load_workbook(_xlsx(tmp_path)).active
    for ref in ("B3", "I3", "B4", "I4"):
        cell = ws[ref]
        assert cell.data_type == "s", ref  # a string, not a formula ("f")
        assert cell.quotePrefix, ref  # stays text when edited in Excel
    assert ws["B3"].value == '=HYPERLINK("http://evil")'
    with zipfile.ZipFile(tmp_path / "k.xlsx") as z:
        sheet = z.read("xl/worksheets/sheet1.xml").decode()
    assert "<f>" not in sheet


def test_xlsx_header_is_bold_frozen_filtered_and_sized(tmp_path: Path) -> None:
    ws = openpyxl.load_workbook(_xlsx(tmp_path)).active
    assert all(c.font.b for c in ws[1])
    assert ws.freeze_panes == "A2"
    assert ws.auto_filter.ref == "A1:I4"
    assert ws.column_dimensions["I"].width == 40
    assert ws.column_dimensions["B"].width == 18


def test_xlsx_with_no_rows_is_still_valid(tmp_path: Path) -> None:
    path = tmp_path / "leer.xlsx"
    with XlsxWriter(path, COLUMNS[:2]) as writer:
        writer.write_rows([])
    rows = list(openpyxl.load_workbook(path).active.iter_rows(values_only=True))
    assert rows == [("Kundennummer", "Nachname")]


def test_xlsx_drops_characters_xml_cannot_carry(tmp_path: Path) -> None:
    path = tmp_path / "ctl.xlsx"
    with XlsxWriter(path, [SheetColumn("Text", K.TEXT)]) as writer:
        writer.write_rows([["a\x00b\x1fc"]])
    assert openpyxl.load_workbook(path).active["A2"].value == "abc"


def _csv(delimiter: str, lang: str = "de") -> bytes:
    out = io.BytesIO()
    writer = CsvWriter(
        out, [c.title for c in COLUMNS], [c.kind for c in COLUMNS], delimiter=delimiter, lang=lang
    )
    writer.write_rows(ROWS)
    writer.close()
    return out.getvalue()


def test_csv_is_utf8_with_bom_crlf_and_rfc4180_quoting() -> None:
    data = _csv(";")
    assert data.startswith(b"\xef\xbb\xbf")
    text = data[3:].decode("utf-8")
    assert text.count("\r\n") == 4  # header and three records end in CRLF
    assert text.replace("\r\n", "").count("\n") == 1  # the note's line break, quoted
    rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=";"))
    assert rows[0][0] == "Kundennummer"
    assert rows[1][1] == "Groß-Müller & Söhne <GmbH>"
    assert rows[1][8] == 'Zeile 1\nZeile 2 mit "Anführungszeichen"; und Komma,'
    assert '"Zeile 1\nZeile 2 mit ""Anführungszeichen""; und Komma,"' in text


def test_csv_dates_are_iso_8601_and_numbers_follow_the_delimiter() -> None:
    semi = list(csv.reader(io.StringIO(_csv(";")[3:].decode(), newline=""), delimiter=";"))
    comma = list(csv.reader(io.StringIO(_csv(",")[3:].decode(), newline=""), delimiter=","))
    assert semi[1][4] == "1980-02-29"
    assert semi[1][5] == "2026-11-25T10:30:00+01:00"
    assert semi[1][7] == "42,5"  # German Excel reads a decimal comma
    assert comma[1][7] == "42.5"
    assert semi[1][6] == "ja" and semi[2][6] == "nein"
    assert semi[1][3] == "01067"
    en = list(csv.reader(io.StringIO(_csv(",", "en")[3:].decode(), newline="")))
    assert en[1][6] == "yes"


def test_csv_neutralises_formula_cells_but_keeps_phone_numbers_readable() -> None:
    rows = list(csv.reader(io.StringIO(_csv(";")[3:].decode(), newline=""), delimiter=";"))
    assert rows[2][1] == '\'=HYPERLINK("http://evil")'
    assert rows[2][8] == "'@SUM(A1)"
    assert rows[3][1] == "'-2+3"
    assert rows[3][8] == "'\tTab"
    assert rows[1][2] == "'+491761234567"  # every digit and the "+" still there
    assert rows[2][7] == "-3"  # a real number is not text


@given(st.text())
def test_neutralised_text_never_starts_a_formula(text: str) -> None:
    safe = neutralise(text)
    assert not safe.startswith(("=", "+", "-", "@", "\t", "\r"))
    assert safe.endswith(text)


def test_file_name_token_and_mask_rules() -> None:
    assert export_file_name(dt.date(2026, 11, 25), ExportFormat.XLSX) == (
        "Kunden-Export-2026-11-25.xlsx"
    )
    assert export_file_name(dt.date(2026, 11, 25), ExportFormat.CSV_COMMA).endswith(".csv")
    assert len(hash_token("abc")) == 64
    assert plausible_token("A" * 43) and not plausible_token("a/b") and not plausible_token("")
    assert mask_email("inhaberin@salon.example") == "in*******@salon.example"
    assert [column_letter(i) for i in (0, 25, 26, 701, 702)] == ["A", "Z", "AA", "ZZ", "AAA"]


@pytest.mark.parametrize("fmt", list(ExportFormat))
def test_formats_have_content_types(fmt: ExportFormat) -> None:
    assert fmt.content_type.startswith(("application/vnd.openxml", "text/csv"))


_TEXT = st.text(
    alphabet=st.characters(
        blacklist_categories=("Cs",),
        blacklist_characters=[chr(c) for c in range(0x20) if c not in (0x09, 0x0A, 0x0D)]
        + ["\ufffe", "\uffff"],
    ),
    max_size=40,
)


@given(st.lists(st.tuples(_TEXT, _TEXT), min_size=1, max_size=8))
def test_any_text_survives_xlsx_exactly(
    tmp_path_factory: pytest.TempPathFactory, rows: list
) -> None:
    path = tmp_path_factory.mktemp("h") / "t.xlsx"
    with XlsxWriter(path, [SheetColumn("A", K.TEXT), SheetColumn("B", K.LONG_TEXT)]) as writer:
        writer.write_rows([list(r) for r in rows])
    ws = openpyxl.load_workbook(path).active
    back = list(ws.iter_rows(min_row=2, max_row=len(rows) + 1, values_only=True))
    expected = [tuple(v or None for v in r) for r in rows]
    got = [tuple(v if v is not None else None for v in r) for r in back]
    # openpyxl reads an all-empty trailing row as absent; compare what exists
    assert got + [(None, None)] * (len(expected) - len(got)) == expected


@given(st.lists(st.tuples(_TEXT, _TEXT), min_size=1, max_size=8))
def test_any_text_survives_csv_neutralised(rows: list) -> None:
    out = io.BytesIO()
    writer = CsvWriter(out, ["A", "B"], [K.TEXT, K.LONG_TEXT], delimiter=";")
    writer.write_rows([list(r) for r in rows])
    writer.close()
    back = list(csv.reader(io.StringIO(out.getvalue()[3:].decode(), newline=""), delimiter=";"))
    assert back[1:] == [[neutralise(a), neutralise(b)] for a, b in rows]


def test_every_builtin_field_has_a_cell_kind() -> None:
    from belbo_desktop.domain.customers import BUILTIN_FIELDS
    from belbo_desktop.domain.export import BUILTIN_KINDS

    assert set(BUILTIN_KINDS) == set(BUILTIN_FIELDS)
