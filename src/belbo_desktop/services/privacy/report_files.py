"""The Datenauskunft as files: the PDF, the JSON and the ZIP (JSON + CSV), with the name,
checksum and size of each, which the request register and the audit keep as proof of
what was handed out.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass
from pathlib import Path

from belbo_desktop.domain import privacy as rules


@dataclass(frozen=True)
class ReportFiles:
    pdf: Path
    json: Path
    archive: Path
    data: rules.ReportData

    @property
    def paths(self) -> tuple[Path, ...]:
        return (self.pdf, self.json, self.archive)


def write_report_files(
    data: rules.ReportData, folder: Path, today: dt.date
) -> tuple[ReportFiles, list[dict[str, object]]]:
    """Write the three files into ``folder``; returns them and their manifest entries."""
    from belbo_desktop.documents.portability import write_json, write_zip
    from belbo_desktop.documents.privacy_report import write_report

    folder.mkdir(parents=True, exist_ok=True)
    stem = rules.report_file_stem(data.customer_number, today)
    pdf = write_report(data, folder / f"{stem}.pdf")
    js = write_json(data, folder / f"{stem}.json")
    archive = write_zip(data, folder / f"{stem}.zip")
    files: list[dict[str, object]] = [
        {"name": p.name, "sha256": _sha256(p), "bytes": p.stat().st_size}
        for p in (pdf, js, archive)
    ]
    return ReportFiles(pdf, js, archive, data), files


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 16), b""):
            digest.update(chunk)
    return digest.hexdigest()
