"""LibreOffice reads back exactly what was exported (``libreoffice --headless --convert-to``)."""

from __future__ import annotations

import csv
import datetime as dt
import io
import shutil
import subprocess
from pathlib import Path

import pytest

from belbo_desktop.documents.csv_writer import CsvWriter
from belbo_desktop.documents.xlsx_writer import SheetColumn, XlsxWriter
from belbo_desktop.domain.export import CellKind

LIBREOFFICE = shutil.which("libreoffice") or shutil.which("soffice")
pytestmark = pytest.mark.skipif(
    LIBREOFFICE is None,
    reason="LibreOffice is not installed (apt-get install libreoffice-calc-nogui)",
)

K = CellKind
COLUMNS = [
    SheetColumn("Kundennummer", K.INTEGER),
    SheetColumn("Nachname", K.TEXT),
    SheetColumn("Telefon", K.KEEP_TEXT),
    SheetColumn("PLZ", K.KEEP_TEXT),
    SheetColumn("Geburtstag", K.DATE),
    SheetColumn("Einwilligung Werbung", K.BOOL),
    SheetColumn("Notizen", K.LONG_TEXT),
]
ROWS = [
    [10001, "Groß-Müller", "+491761234567", "01067", dt.date(1980, 2, 29), True, "Färbung; 7/1"],
    [10002, '=HYPERLINK("http://x")', "+4930123", "09111", dt.date(2001, 12, 24), False, "@A1"],
    [10003, "Ærø Ñúñez 李", None, None, None, False, "-1+2"],
]
#: UTF-8 (76), comma separated (44), double quotes (34): LibreOffice's CSV filter options.
CSV_OUT = "csv:Text - txt - csv (StarCalc):44,34,76,1"


def _convert(source: Path, out_dir: Path, profile: Path, *infilter: str) -> list[list[str]]:
    assert LIBREOFFICE is not None
    cmd = [
        LIBREOFFICE,
        f"-env:UserInstallation=file://{profile}",
        "--headless",
        *infilter,
        "--convert-to",
        CSV_OUT,
        "--outdir",
        str(out_dir),
        str(source),
    ]
    subprocess.run(cmd, check=True, capture_output=True, timeout=180)
    produced = out_dir / (source.stem + ".csv")
    text = produced.read_bytes().decode("utf-8-sig")
    return list(csv.reader(io.StringIO(text, newline="")))


def test_libreoffice_reads_the_xlsx_as_written(tmp_path: Path) -> None:
    source = tmp_path / "export.xlsx"
    with XlsxWriter(source, COLUMNS) as writer:
        writer.write_rows(ROWS)
    out = tmp_path / "out"
    rows = _convert(source, out, tmp_path / "profile")
    assert rows[0] == [c.title for c in COLUMNS]
    assert rows[1][:5] == ["10001", "Groß-Müller", "+491761234567", "01067", "29.02.1980"]
    assert rows[1][5] == "TRUE" and rows[1][6] == "Färbung; 7/1"
    assert rows[2][1] == '=HYPERLINK("http://x")'  # shown as text, never evaluated
    assert rows[2][3] == "09111" and rows[2][6] == "@A1"
    assert rows[3][1] == "Ærø Ñúñez 李" and rows[3][6] == "-1+2"


def test_libreoffice_reads_numbers_and_moments(tmp_path: Path) -> None:
    source = tmp_path / "typed.xlsx"
    columns = [
        SheetColumn("Angelegt am", K.DATETIME),
        SheetColumn("EMS-Stromstärke", K.DECIMAL),
        SheetColumn("Kundin seit", K.DATE),
    ]
    moment = dt.datetime(2026, 7, 1, 8, 5, tzinfo=dt.UTC)  # 10:05 in Berlin (summer time)
    with XlsxWriter(source, columns) as writer:
        writer.write_rows([[moment, "42.5", "2020-03-01"], [None, "-3", None]])
    rows = _convert(source, tmp_path / "out", tmp_path / "profile")
    assert rows[1] == ["01.07.2026 10:05", "42.5", "01.03.2020"]
    assert rows[2] == ["", "-3", ""]


def test_libreoffice_reads_the_csv_with_umlauts_and_neutralised_formulas(tmp_path: Path) -> None:
    source = tmp_path / "export.csv"
    with source.open("wb") as f:
        writer = CsvWriter(f, [c.title for c in COLUMNS], [c.kind for c in COLUMNS], delimiter=";")
        writer.write_rows(ROWS)
        writer.close()
    out = tmp_path / "out"
    # Semicolon (59), double quotes (34), UTF-8 (76), from line 1, every column as text (2).
    infilter = "--infilter=CSV:59,34,76,1,1/2/2/2/3/2/4/2/5/2/6/2/7/2"
    rows = _convert(source, out, tmp_path / "profile", infilter)
    assert rows[0] == [c.title for c in COLUMNS]
    assert rows[1] == [
        "10001",
        "Groß-Müller",
        "'+491761234567",
        "01067",
        "1980-02-29",
        "ja",
        "Färbung; 7/1",
    ]
    assert rows[2][1] == '\'=HYPERLINK("http://x")'
    assert rows[3][1] == "Ærø Ñúñez 李" and rows[3][6] == "'-1+2"
