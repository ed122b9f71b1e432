"""Log files in the data folder, so support can see what happened on a salon's PC.

Each executable writes its own rotating file in ``paths.logs`` (``belbo-desktop.log``,
``belbo.log``): two processes rotating one file would fight over it on Windows. Lines
are one event each, UTC timestamps in ISO 8601, then level, logger, process and thread,
so the files can be read by people and split by tools. Set ``BELBO_LOG_LEVEL=DEBUG``
for more detail.
"""

from __future__ import annotations

import logging
import os
import time
from logging.handlers import RotatingFileHandler
from pathlib import Path
from typing import TextIO

MAX_BYTES = 2 * 1024 * 1024
BACKUP_COUNT = 5
LEVEL_ENV = "BELBO_LOG_LEVEL"
LINE_FORMAT = "%(asctime)s %(levelname)-8s %(name)s [pid %(process)d, %(threadName)s] %(message)s"

_OURS = "_belbo_handler"


class UtcFormatter(logging.Formatter):
    """``2026-11-25T09:30:00.123Z``: one clock for all PCs and no DST ambiguity."""

    def formatTime(self, record: logging.LogRecord, datefmt: str | None = None) -> str:
        stamp = time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(record.created))
        return f"{stamp}.{int(record.msecs):03d}Z"


def log_file(log_dir: Path, program: str = "belbo-desktop") -> Path:
    return log_dir / f"{program}.log"


def setup_logging(
    log_dir: Path,
    program: str = "belbo-desktop",
    *,
    level: int | str | None = None,
    stream: TextIO | None = None,
) -> Path:
    """Send the root logger to a rotating file (and ``stream`` if given); returns the file.

    Calling it again (a second data folder, tests) replaces the handlers it added before
    and leaves other handlers, such as pytest's, alone.
    """
    log_dir.mkdir(parents=True, exist_ok=True)
    path = log_file(log_dir, program)
    close_logging()
    root = logging.getLogger()
    formatter = UtcFormatter(LINE_FORMAT)
    handlers: list[logging.Handler] = [
        RotatingFileHandler(path, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8")
    ]
    if stream is not None:
        handlers.append(logging.StreamHandler(stream))
    for handler in handlers:
        handler.setFormatter(formatter)
        setattr(handler, _OURS, True)
        root.addHandler(handler)
    root.setLevel(_level(level))
    # Alembic announces seven plugins at every start; its migration steps still show.
    logging.getLogger("alembic.runtime.plugins").setLevel(logging.WARNING)
    logging.captureWarnings(True)
    return path


def close_logging() -> None:
    """Close the files :func:`setup_logging` opened (so a temporary folder can go)."""
    root = logging.getLogger()
    for handler in [h for h in root.handlers if getattr(h, _OURS, False)]:
        root.removeHandler(handler)
        handler.close()


def _level(level: int | str | None) -> int:
    chosen = level if level is not None else os.environ.get(LEVEL_ENV, "INFO")
    if isinstance(chosen, int):
        return chosen
    value = logging.getLevelName(chosen.strip().upper())
    return value if isinstance(value, int) else logging.INFO
