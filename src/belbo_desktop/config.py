"""Where data lives: the per-user data folder (platformdirs) or ``--data-dir``.

The app never writes into its install folder: database, backups, logs, mail outbox and
exports all live under the data folder.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "Belbo Desktop"
APP_AUTHOR = "Belbo"
DATA_DIR_ENV = "BELBO_DATA_DIR"


def default_data_dir() -> Path:
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        return Path(override).expanduser()
    return platformdirs.user_data_path(APP_NAME, APP_AUTHOR)


@dataclass(frozen=True)
class Paths:
    data_dir: Path

    @property
    def database(self) -> Path:
        return self.data_dir / "belbo.sqlite3"

    @property
    def backups(self) -> Path:
        return self.data_dir / "backups"

    @property
    def logs(self) -> Path:
        return self.data_dir / "logs"

    @property
    def outbox(self) -> Path:
        return self.data_dir / "outbox"

    @property
    def till_file(self) -> Path:
        """Which till this PC sells at (never synced: each PC numbers its own receipts)."""
        return self.data_dir / "till.json"

    @property
    def exports(self) -> Path:
        return self.data_dir / "exports"

    @property
    def documents(self) -> Path:
        return self.data_dir / "documents"

    def ensure(self) -> None:
        for folder in (
            self.data_dir,
            self.backups,
            self.logs,
            self.outbox,
            self.exports,
            self.documents,
        ):
            folder.mkdir(parents=True, exist_ok=True)

    @classmethod
    def at(cls, data_dir: str | Path | None) -> Paths:
        return cls(Path(data_dir).expanduser().resolve() if data_dir else default_data_dir())
