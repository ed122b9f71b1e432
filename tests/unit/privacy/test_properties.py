"""Properties: deadlines for any date, PDF text for any string, CSV cells for any value."""

from __future__ import annotations

import datetime as dt
import io
import tempfile
import zipfile
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from belbo_desktop.documents import portability
from belbo_desktop.documents.privacy_report import _drawable, safe_text, sample_report_data
from belbo_desktop.domain.privacy import ReportData, answer_deadline, extended_deadline


@given(st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2100, 12, 31)))
def test_deadline_is_about_a_month_and_extension_about_three(received: dt.date) -> None:
    due = answer_deadline(received)
    assert 28 <= (due - received).days <= 31
    assert due.day == received.day or due.month != (due + dt.timedelta(days=1)).month
    assert 89 <= (extended_deadline(received) - received).days <= 92


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_any_text_becomes_drawable_text(value: str) -> None:
    drawable = _drawable()
    shown = safe_text(value)
    assert all(ch in "\n\t" or ord(ch) in drawable for ch in shown)


@settings(max_examples=100, deadline=None)
@given(st.text(min_size=1, max_size=40))
def test_csv_cells_never_start_a_formula(value: str) -> None:
    cell = portability.neutralise(value)
    assert not cell.startswith(("=", "+", "-", "@", "\t", "\r"))
    assert cell.endswith(value)


def test_zip_holds_json_and_one_csv_per_table() -> None:
    data = sample_report_data()
    names = set(portability.csv_files(data)) | {"datenauskunft.json"}
    merged = {
        f"zusammengefuehrt_{m.customer_number}_{part}.csv"
        for m in data.merged_files
        for part in ("felder", "history")
    }
    assert data.merged_files and merged
    assert (
        names
        == {"felder.csv", "datenauskunft.json"} | {f"{t.key}.csv" for t in data.tables} | merged
    )
    felder = portability.csv_files(data)["felder.csv"].decode("utf-8-sig")
    assert "Farbrezeptur" in felder and "Betriebsgeheimnis" in felder
    with zipfile.ZipFile(io.BytesIO(_zip_bytes(data))) as zf:
        assert set(zf.namelist()) == names | {"LIESMICH.txt"}


def _zip_bytes(data: ReportData) -> bytes:
    with tempfile.TemporaryDirectory() as tmp:
        return portability.write_zip(data, Path(tmp) / "x.zip").read_bytes()


@settings(max_examples=25, deadline=None)
@given(st.text(max_size=3000), st.text(max_size=200))
def test_any_field_text_gives_a_pdf(value: str, label: str) -> None:
    from dataclasses import replace

    from belbo_desktop.documents.privacy_report import render

    data = sample_report_data()
    fields = list(data.fields)
    fields[-1] = replace(fields[-1], label=label or "x", value=value, display=value)
    pdf = render(replace(data, fields=tuple(fields)))
    assert pdf.startswith(b"%PDF") and b"%%EOF" in pdf[-64:]


def test_a_table_cell_longer_than_a_page_still_flows() -> None:
    from dataclasses import replace

    from pypdf import PdfReader

    from belbo_desktop.documents.privacy_report import render

    data = sample_report_data()
    table = data.tables[0]
    rows = list(table.rows)
    rows[3] = {**rows[3], "kind": "Sehr lange Buchungsnotiz " * 900}  # about 22,000 characters
    pdf = render(replace(data, tables=(replace(table, rows=tuple(rows)), *data.tables[1:])))
    reader = PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) >= 5
