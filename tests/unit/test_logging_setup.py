"""Log files: rotating, in the data folder, one line per event with a UTC timestamp."""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from belbo_desktop import __version__
from belbo_desktop.config import Paths
from belbo_desktop.diagnostics import log_startup, system_info
from belbo_desktop.logging_setup import close_logging, setup_logging
from belbo_desktop.storage.migrate import head_revision, upgrade_sqlite


@pytest.fixture
def paths(tmp_path: Path) -> Iterator[Paths]:
    paths = Paths(tmp_path / "data")
    paths.ensure()
    level = logging.getLogger().level
    yield paths
    close_logging()
    logging.getLogger().setLevel(level)


def test_events_go_to_a_file_in_the_log_folder_with_utc_time(paths: Paths) -> None:
    path = setup_logging(paths.logs, "belbo-desktop")
    logging.getLogger("belbo_desktop.test").warning("Kasse %s geöffnet", "1")
    assert path == paths.logs / "belbo-desktop.log"
    line = path.read_text(encoding="utf-8").splitlines()[-1]
    assert re.match(
        r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z WARNING  belbo_desktop\.test \[pid \d+, \w+\] "
        r"Kasse 1 geöffnet$",
        line,
    )


def test_a_second_setup_replaces_its_own_handler_but_keeps_others(paths: Paths) -> None:
    other = logging.NullHandler()
    logging.getLogger().addHandler(other)
    try:
        setup_logging(paths.logs, "belbo-desktop")
        second = setup_logging(paths.logs / "other", "belbo")
        logging.getLogger("x").error("nur einmal")
        assert second.read_text(encoding="utf-8").count("nur einmal") == 1
        assert "nur einmal" not in (paths.logs / "belbo-desktop.log").read_text(encoding="utf-8")
        assert other in logging.getLogger().handlers
    finally:
        logging.getLogger().removeHandler(other)


def test_files_rotate_and_keep_five_old_ones(paths: Paths, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("belbo_desktop.logging_setup.MAX_BYTES", 2_000)
    setup_logging(paths.logs, "belbo-desktop")
    for i in range(400):
        logging.getLogger("belbo_desktop").info("Zeile %d %s", i, "x" * 40)
    names = sorted(p.name for p in paths.logs.iterdir())
    assert names == ["belbo-desktop.log"] + [f"belbo-desktop.log.{n}" for n in range(1, 6)]


def test_level_comes_from_the_environment(paths: Paths, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BELBO_LOG_LEVEL", "debug")
    path = setup_logging(paths.logs)
    logging.getLogger("belbo_desktop").debug("fein")
    assert "DEBUG" in path.read_text(encoding="utf-8")


def test_start_line_names_version_and_database_revision(paths: Paths) -> None:
    upgrade_sqlite(paths.database, paths.backups)
    path = setup_logging(paths.logs)
    log_startup(paths, "belbo-desktop")
    text = path.read_text(encoding="utf-8")
    assert f"start belbo-desktop version={__version__}" in text
    assert f"db_revision={head_revision()}" in text
    assert "alembic.runtime.plugins" not in text  # noise at every start


def test_migration_steps_are_logged(paths: Paths) -> None:
    path = setup_logging(paths.logs)
    upgrade_sqlite(paths.database, paths.backups)
    assert "Running upgrade  -> 0001" in path.read_text(encoding="utf-8")


def test_system_info_for_a_folder_without_database(paths: Paths) -> None:
    info = system_info(paths)
    assert info.db_revision is None
    assert not info.db_up_to_date
    assert f"Datenordner: {paths.data_dir}" in info.text()
    assert "Datenbankstand: –" in info.text()
