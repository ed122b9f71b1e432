"""What support needs to know about this installation: version, system, folders, schema.

Shown in Einstellungen > Über, written at the top of every log session and included
in crash details. Plain Python, so the command line and the hub can use it too.
"""

from __future__ import annotations

import logging
import platform
import sys
from dataclasses import dataclass
from pathlib import Path

from belbo_desktop import __version__
from belbo_desktop.config import Paths
from belbo_desktop.storage.migrate import current_revision, head_revision


@dataclass(frozen=True)
class SystemInfo:
    version: str
    python: str
    system: str
    frozen: bool
    data_dir: Path
    log_dir: Path
    database: Path
    db_revision: str | None  # None: no database yet, or unreadable
    app_revision: str  # the schema this version of the app expects

    @property
    def db_up_to_date(self) -> bool:
        return self.db_revision == self.app_revision

    def lines(self) -> list[tuple[str, str]]:
        """(German label, value) pairs for people; the same order everywhere."""
        return [
            ("Version", self.version),
            ("Datenordner", str(self.data_dir)),
            ("Protokolle", str(self.log_dir)),
            ("Datenbank", str(self.database)),
            ("Datenbankstand", self.db_revision or "–"),
            ("Erwarteter Stand", self.app_revision),
            ("System", self.system),
            ("Python", self.python + (" (installiert)" if self.frozen else "")),
        ]

    def text(self) -> str:
        return "\n".join(f"{label}: {value}" for label, value in self.lines())


def is_frozen() -> bool:
    """True in the installed (PyInstaller) app, False when run from the source tree."""
    return bool(getattr(sys, "frozen", False))


def system_info(paths: Paths) -> SystemInfo:
    try:
        revision = current_revision(paths.database)
    except Exception:  # a damaged file must not hide the rest of the report
        logging.getLogger(__name__).warning("Datenbankstand nicht lesbar", exc_info=True)
        revision = None
    return SystemInfo(
        version=__version__,
        python=platform.python_version(),
        system=f"{platform.system()} {platform.release()} ({platform.machine()})",
        frozen=is_frozen(),
        data_dir=paths.data_dir,
        log_dir=paths.logs,
        database=paths.database,
        db_revision=revision,
        app_revision=head_revision(),
    )


def log_startup(paths: Paths, program: str) -> None:
    """One line per start, so a log shows which version wrote what follows."""
    info = system_info(paths)
    logging.getLogger("belbo_desktop").info(
        "start %s version=%s python=%s system=%r frozen=%s data_dir=%s db_revision=%s",
        program,
        info.version,
        info.python,
        info.system,
        info.frozen,
        info.data_dir,
        info.db_revision,
    )
