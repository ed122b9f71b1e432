"""Customer export: CSV and xlsx writers against the plain ``csv`` module, and the whole
export (database -> file) with its peak memory.

Writer figures: the same rows (all fields of the demo customers, read from the demo
database once) written by the plain ``csv`` module (the floor), by our CSV writer and by
our xlsx writer, in the same process. Targets: CSV <= 1.5x, xlsx <= 4x.

Export figures: ``ExportService.compute`` for a confirmed request with every field,
reading in keyset batches, in a child process whose peak RSS is reported (target: flat,
under 150 MB at 200,000 customers). Its floor is the same batches written with the plain
``csv`` module in the same child.
"""

from __future__ import annotations

import contextlib
import csv
import json
import os
import resource
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from benchmarks.common import demo_data_dir, figure

HERE = Path(__file__).resolve().parent


def _copy_database(source: Path, target_dir: Path) -> Path:
    """A private copy, so requests and files never land in the shared demo cache."""
    target_dir.mkdir(parents=True, exist_ok=True)
    target = target_dir / "belbo.sqlite3"
    src = sqlite3.connect(source / "belbo.sqlite3")
    dst = sqlite3.connect(target)
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()
    return target


def _app(data_dir: Path) -> Any:
    from belbo_desktop.bootstrap import bootstrap
    from belbo_desktop.config import Paths

    return bootstrap(Paths(data_dir))


def _owner(app: Any) -> Any:
    from belbo_desktop.services.demo_logins import DEMO_LOGINS

    owner = DEMO_LOGINS[0]
    return app.staff.login(owner.username, owner.password)


def _confirmed_request(app: Any, fmt: Any) -> Any:
    """A request with every field, confirmed through the outbox mail like a user would."""
    import re

    from belbo_desktop.services.demo_logins import DEMO_LOGINS
    from belbo_desktop.services.export import ExportOrder

    owner = _owner(app)
    fields = tuple(c.key for c in app.exports.field_choices(owner))
    recipient = app.exports.recipients(owner)[0]
    status = app.exports.request(owner, ExportOrder(recipient, fields, fmt))
    text = app.mail.outbox.entries()[0].text
    token = re.search(r"/export/confirm/([A-Za-z0-9_-]+)", text).group(1)  # type: ignore[union-attr]
    app.exports.confirm(token, DEMO_LOGINS[0].password)
    return owner, status.id, fields


def _reset_peak_rss() -> float:
    """Start a new peak (Linux: VmHWM reset), so the figure is the export's own peak and
    not that of the argon2 password check (64 MiB) or a migration before it."""
    with contextlib.suppress(OSError):
        Path("/proc/self/clear_refs").write_text("5")
    return _current_rss_mb()


def _status_mb(field: str) -> float | None:
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith(field + ":"):
                return int(line.split()[1]) / 1024
    except OSError:
        return None
    return None


def _current_rss_mb() -> float:
    return _status_mb("VmRSS") or 0.0


def _peak_rss_mb() -> float:
    peak = _status_mb("VmHWM")
    return peak if peak is not None else resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _child(kind: str, source: str) -> None:
    """Runs in a fresh process: one export, then print seconds and peak RSS."""
    from belbo_desktop.domain.export import ExportFormat
    from belbo_desktop.services.export.customer_rows import customer_batches, export_columns

    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "data"
        _copy_database(Path(source), data)
        app = _app(data)
        fmt = ExportFormat.XLSX if kind == "xlsx" else ExportFormat.CSV_SEMICOLON
        owner, request_id, fields = _confirmed_request(app, fmt)
        baseline_mb = _reset_peak_rss()
        started = time.perf_counter()
        status = app.exports.compute(request_id)
        seconds = time.perf_counter() - started
        assert status is not None and status.row_count
        rss_mb = _peak_rss_mb()
        # floor: the same batches from the database, written by the plain csv module
        with app.uow.read() as s:
            columns = export_columns(s, owner.location_id, list(fields), "de")
        started = time.perf_counter()
        with open(Path(tmp) / "floor.csv", "w", newline="", encoding="utf-8") as f:
            writer = csv.writer(f, delimiter=";")
            for batch in customer_batches(app.uow, owner.location_id, columns, "", False):
                writer.writerows(batch)
        floor = time.perf_counter() - started
        size = (app.paths.exports / next(iter(os.listdir(app.paths.exports)))).stat().st_size
        app.close()
    print(
        json.dumps(
            {
                "seconds": seconds,
                "floor": floor,
                "rss_mb": rss_mb,
                "baseline_mb": baseline_mb,
                "rows": status.row_count,
                "columns": len(fields),
                "size_mb": size / 1e6,
            }
        )
    )


def _rows(source: Path) -> tuple[list[Any], list[list[Any]]]:
    """Every field of every demo customer, as the export reads them (in memory once)."""
    from belbo_desktop.services.export.customer_rows import customer_batches, export_columns

    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "data"
        _copy_database(source, data)
        app = _app(data)
        owner = _owner(app)
        fields = [c.key for c in app.exports.field_choices(owner)]
        with app.uow.read() as s:
            columns = export_columns(s, owner.location_id, fields, "de")
        rows: list[list[Any]] = []
        for batch in customer_batches(app.uow, owner.location_id, columns, "", False):
            rows.extend(batch)
        app.close()
    return columns, rows


def _writer_figures(customers: int, source: Path) -> list[dict[str, object]]:
    from belbo_desktop.documents.csv_writer import CsvWriter
    from belbo_desktop.documents.xlsx_writer import SheetColumn, XlsxWriter

    columns, rows = _rows(source)
    titles = [c.title for c in columns]
    kinds = [c.kind for c in columns]
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)

        def plain() -> None:
            with open(folder / "plain.csv", "w", newline="", encoding="utf-8") as f:
                writer = csv.writer(f, delimiter=";")
                writer.writerow(titles)
                for start in range(0, len(rows), 2000):
                    writer.writerows(rows[start : start + 2000])

        def ours_csv() -> None:
            with open(folder / "ours.csv", "wb") as f:
                writer = CsvWriter(f, titles, kinds, delimiter=";")
                for start in range(0, len(rows), 2000):
                    writer.write_rows(rows[start : start + 2000])
                writer.close()

        def ours_xlsx() -> None:
            sheet = [SheetColumn(c.title, c.kind, c.width) for c in columns]
            with XlsxWriter(folder / "ours.xlsx", sheet) as writer:
                for start in range(0, len(rows), 2000):
                    writer.write_rows(rows[start : start + 2000])

        # Interleaved rounds, best of each: the machine is shared and noisy.
        times: dict[str, list[float]] = {"plain": [], "csv": [], "xlsx": []}
        for _ in range(3):
            for name, fn in (("plain", plain), ("csv", ours_csv), ("xlsx", ours_xlsx)):
                started = time.perf_counter()
                fn()
                times[name].append(time.perf_counter() - started)
        floor, csv_s, xlsx_s = (min(times[k]) for k in ("plain", "csv", "xlsx"))
    return [
        figure(f"export_csv_writer_{customers}_x{len(columns)}", csv_s, "s", floor),
        figure(f"export_xlsx_writer_{customers}_x{len(columns)}", xlsx_s, "s", floor),
    ]


def _export_figures(customers: int, source: Path) -> list[dict[str, object]]:
    out: list[dict[str, object]] = []
    for kind in ("csv", "xlsx"):
        result = subprocess.run(
            [sys.executable, "-m", "benchmarks.export", "--child", kind, str(source)],
            check=True,
            capture_output=True,
            text=True,
            cwd=HERE.parent,
        )
        data = json.loads(result.stdout.strip().splitlines()[-1])
        out.append(
            figure(f"export_{kind}_service_{customers}", data["seconds"], "s", data["floor"])
        )
        out.append(
            figure(
                f"export_{kind}_peak_memory_{customers}",
                data["rss_mb"],
                "MB",
                data["baseline_mb"],  # the process before the export started
            )
        )
        out.append(figure(f"export_{kind}_file_size_{customers}", data["size_mb"], "MB"))
    return out


def run(customers: int) -> list[dict[str, object]]:
    source = demo_data_dir(customers)
    return _writer_figures(customers, source) + _export_figures(customers, source)


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] == "--child":
        _child(sys.argv[2], sys.argv[3])
    else:
        for row in run(int(sys.argv[1]) if len(sys.argv) > 1 else 200_000):
            print(json.dumps(row, ensure_ascii=False))
