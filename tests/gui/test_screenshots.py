"""``--screenshots``: every screen renders offscreen on a real database and the run exits 0."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot
from tests.builders import a_customer
from tests.conftest import Salon

from belbo_desktop.bootstrap import App
from belbo_desktop.domain.custom_fields import FieldType
from belbo_desktop.ui.screenshots import render_all


def test_every_screen_is_rendered(qtbot: QtBot, app: App, salon: Salon, tmp_path: Path) -> None:
    app.custom_fields.define(salon.owner, "Haartyp", FieldType.CHOICE, ["fein", "lockig"])
    for last in ("Müller", "Möller", "Schmidt"):
        a_customer(app, salon.owner, last_name=last, email=None, phone=None)

    assert render_all(app, "de", tmp_path) == 0

    names = {p.stem for p in tmp_path.glob("*.png")}
    for expected in (
        "01_login",
        "02_customers",
        "03_customers_search",
        "05_file_errors",
        "06_new_customer",
        "07_settings_custom_fields",
        "07_settings_general",
        "11_front_desk_settings_greyed_entries",
    ):
        assert expected in names
    tabs = {name.split("_", 3)[-1] for name in names if name.startswith("04_file_")}
    assert {"master_data", "custom_fields", "history"} <= tabs
    assert all(p.stat().st_size > 5000 for p in tmp_path.glob("*.png"))
