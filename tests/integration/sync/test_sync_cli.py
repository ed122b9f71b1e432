"""`belbo hub init / enrol-code / devices / revoke` and `belbo enrol / sync` end to end."""

from __future__ import annotations

import re
import shutil

import pytest

from belbo_desktop.cli import main

pytestmark = pytest.mark.postgres


def test_the_admin_commands_join_a_pc_and_revoke_it(
    hub, hub_database_url, tmp_path, migrated_template, capsys, monkeypatch
):
    monkeypatch.setenv("BELBO_HUB_DATABASE_URL", hub_database_url)
    assert main(["hub", "init", "--owner-password", "richtig-geheim"]) == 0
    assert "bereits Standorte" in capsys.readouterr().out

    assert main(["hub", "enrol-code", "--location", "Salon Mitte", "--valid-hours", "1"]) == 0
    code = re.search(r"[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}", capsys.readouterr().out)
    assert code is not None

    data = tmp_path / "pc"
    data.mkdir()
    shutil.copyfile(migrated_template, data / "belbo.sqlite3")
    monkeypatch.setenv("BELBO_TOKEN_STORE", "file")
    assert main(["--data-dir", str(data), "enrol", "--hub", hub.url, "--code", code[0]]) == 0
    assert "Verbunden mit" in capsys.readouterr().out
    assert main(["--data-dir", str(data), "sync"]) == 0
    assert "Synchronisiert" in capsys.readouterr().out

    assert main(["hub", "devices"]) == 0
    device = capsys.readouterr().out.split()[0]
    assert main(["hub", "revoke", device]) == 0
    assert main(["--data-dir", str(data), "sync"]) == 1
    assert "gesperrt" in capsys.readouterr().err
