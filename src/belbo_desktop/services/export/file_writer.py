"""Writing the export file: batches of rows into CSV or xlsx, readable by its owner
only (0600), synced to disk, with progress reported as the batches go by."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

from belbo_desktop.documents.csv_writer import CsvWriter
from belbo_desktop.documents.xlsx_writer import SheetColumn, XlsxWriter
from belbo_desktop.domain.export import ExportColumn, ExportFormat


def write_file(
    path: Path,
    fmt: ExportFormat,
    columns: Sequence[ExportColumn],
    batches: Iterator[list[list[Any]]],
    total: int,
    progress: Callable[[int], None],
    lang: str,
) -> int:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    os.chmod(path, 0o600)
    done = 0
    reported = 0
    with os.fdopen(fd, "w+b") as f:
        writer: CsvWriter | XlsxWriter
        if fmt is ExportFormat.XLSX:
            writer = XlsxWriter(
                f,
                [SheetColumn(c.title, c.kind, c.width) for c in columns],
                sheet_name="Customers" if lang == "en" else "Kunden",
            )
        else:
            writer = CsvWriter(
                f,
                [c.title for c in columns],
                [c.kind for c in columns],
                delimiter=fmt.delimiter,
                lang=lang,
            )
        try:
            for batch in batches:
                writer.write_rows(batch)
                done += len(batch)
                pct = min(99, done * 100 // max(total, 1))
                if pct >= reported + 2:
                    reported = pct
                    progress(pct)
        except BaseException:
            if isinstance(writer, XlsxWriter):
                writer.abort()
            raise
        writer.close()
        f.flush()
        os.fsync(f.fileno())
    return done


def fsync_dir(folder: Path) -> None:
    """Make the rename durable (POSIX); Windows has no directory handles to sync."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
