"""The machine-readable copy of a data-access report (Art. 20 DSGVO): JSON and CSV.

The JSON follows ``resources/schemas/data-access-v1.schema.json``; the ZIP holds the same
JSON plus one CSV (UTF-8 with BOM, RFC 4180 quoting) per category, so the customer can
open it in a spreadsheet or import it elsewhere. Files are written to a temporary name
and renamed, so a crash never leaves a half-written file under the final name.
"""

from __future__ import annotations

import csv
import io
import json
import os
import zipfile
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from belbo_desktop.domain.privacy import (
    REPORT_SCHEMA_ID,
    REPORT_SCHEMA_VERSION,
    TRADE_SECRET_NOTICE,
    MergedFileReport,
    ReportData,
    ReportField,
    ReportTable,
)

BERLIN = ZoneInfo("Europe/Berlin")

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _field_dict(f: ReportField) -> dict[str, Any]:
    return {
        "key": f.key,
        "label": f.label,
        "group": f.group,
        "type": f.field_type,
        "value": f.value,
        "display": f.display,
        "withheld": f.withheld,
        "notice": TRADE_SECRET_NOTICE if f.withheld else None,
        "health_data": f.health_data,
    }


def _table_dict(t: ReportTable) -> dict[str, Any]:
    return {
        "key": t.key,
        "title": t.title,
        "description": t.description,
        "columns": [{"key": k, "title": title} for k, title in t.columns],
        "rows": [{k: str(row.get(k, "")) for k, _ in t.columns} for row in t.rows],
    }


def _merged_dict(m: MergedFileReport) -> dict[str, Any]:
    return {
        "title": m.title(BERLIN),
        "customer_id": m.customer_id,
        "customer_number": m.customer_number,
        "name": m.customer_name,
        "merged_at": m.merged_at.isoformat(),
        "merged_into_customer_number": m.merged_into_number,
        "fields": [_field_dict(f) for f in m.fields],
        "history": _table_dict(m.history),
    }


def report_dict(data: ReportData) -> dict[str, Any]:
    """The report as JSON-ready data (schema version 1).

    ``merged_files`` (files merged into the subject's) is an optional addition to
    version 1 and only present when there are such files, so a report without them is
    exactly what version 1 always described.
    """
    c = data.controller
    document = {
        "$schema": REPORT_SCHEMA_ID,
        "schema_version": REPORT_SCHEMA_VERSION,
        "generated_at": data.generated_at.isoformat(),
        "request_received_on": (
            data.request_received_on.isoformat() if data.request_received_on else None
        ),
        "controller": {
            "name": c.name,
            "address_lines": list(c.address_lines),
            "phone": c.phone,
            "email": c.email,
            "website": c.website,
        },
        "subject": {
            "customer_id": data.customer_id,
            "customer_number": data.customer_number,
            "name": data.customer_name,
        },
        "trade_secret_notice": TRADE_SECRET_NOTICE,
        "fields": [_field_dict(f) for f in data.fields],
        "tables": [_table_dict(t) for t in data.tables],
        "information": [{"title": title, "text": text} for title, text in data.information],
    }
    if data.merged_files:
        document["merged_files"] = [_merged_dict(m) for m in data.merged_files]
    return document


def json_bytes(data: ReportData) -> bytes:
    return json.dumps(report_dict(data), ensure_ascii=False, indent=2).encode("utf-8")


def neutralise(cell: str) -> str:
    """A cell a spreadsheet would run as a formula is prefixed with an apostrophe."""
    return "'" + cell if cell.startswith(_FORMULA_START) else cell


def _csv_bytes(header: list[str], rows: list[list[str]]) -> bytes:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
    writer.writerow(header)
    for row in rows:
        writer.writerow([neutralise(cell) for cell in row])
    return buffer.getvalue().encode("utf-8-sig")


def _fields_csv(fields: tuple[ReportField, ...]) -> bytes:
    return _csv_bytes(
        ["Bereich", "Feld", "Wert", "Hinweis"],
        [
            [
                "Stammdaten" if f.group == "master" else "Kundenfelder",
                f.label,
                "" if f.withheld else (f.value or ""),
                TRADE_SECRET_NOTICE
                if f.withheld
                else ("Gesundheitsangabe (Art. 9 DSGVO)" if f.health_data else ""),
            ]
            for f in fields
        ],
    )


def _table_csv(table: ReportTable) -> bytes:
    return _csv_bytes(
        [title for _, title in table.columns],
        [[str(row.get(k, "")) for k, _ in table.columns] for row in table.rows],
    )


def csv_files(data: ReportData) -> dict[str, bytes]:
    """File name -> CSV content: ``felder.csv`` plus one per table, and for each merged
    file ``zusammengefuehrt_<Nr>_felder.csv`` and ``zusammengefuehrt_<Nr>_history.csv``."""
    files = {"felder.csv": _fields_csv(data.fields)}
    for table in data.tables:
        files[f"{table.key}.csv"] = _table_csv(table)
    for m in data.merged_files:
        prefix = f"zusammengefuehrt_{m.customer_number}_"
        files[prefix + "felder.csv"] = _fields_csv(m.fields)
        files[prefix + f"{m.history.key}.csv"] = _table_csv(m.history)
    return files


README = (
    "Datenauskunft nach Art. 15 und Art. 20 DSGVO\r\n\r\n"
    "datenauskunft.json  alle Angaben in maschinenlesbarer Form (Schema data-access-v1)\r\n"
    "felder.csv          Stammdaten und Kundenfelder\r\n"
    "weitere *.csv       je Kategorie eine Tabelle (UTF-8, Komma-getrennt)\r\n\r\n"
    "Felder, die als Betriebsgeheimnis markiert sind, sind mit Namen aufgeführt; ihr Inhalt "
    "wird nicht herausgegeben (Art. 15 Abs. 4 DSGVO).\r\n"
)

README_MERGED = (
    "\r\nZusammengeführte Kundenakten (Dubletten, die mit Ihrer Kundenakte zusammengeführt "
    "wurden):\r\n"
    "zusammengefuehrt_<Nr>_felder.csv   Stammdaten und Kundenfelder der Akte Nr. <Nr>\r\n"
    "zusammengefuehrt_<Nr>_history.csv  Verarbeitungsprotokoll der Akte Nr. <Nr>\r\n"
    "In datenauskunft.json stehen sie unter merged_files.\r\n"
)


def write_json(data: ReportData, target: Path) -> Path:
    _atomic_write(target, json_bytes(data))
    return target


def write_zip(data: ReportData, target: Path) -> Path:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        readme = README + (README_MERGED if data.merged_files else "")
        zf.writestr("LIESMICH.txt", readme.encode("utf-8"))
        zf.writestr("datenauskunft.json", json_bytes(data))
        for name, content in csv_files(data).items():
            zf.writestr(name, content)
    _atomic_write(target, buffer.getvalue())
    return target


def _atomic_write(target: Path, content: bytes) -> None:
    tmp = target.with_name(target.name + ".part")
    with tmp.open("wb") as fh:
        fh.write(content)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, target)
