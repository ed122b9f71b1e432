"""Demo data sells at the PC's own till, so the app goes on at "Kasse 1" after the demo."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import func, select

from belbo_desktop.bootstrap import bootstrap
from belbo_desktop.cli import main as belbo
from belbo_desktop.config import Paths
from belbo_desktop.services.demo_logins import DEMO_LOGINS
from belbo_desktop.services.passwords import Hasher
from belbo_desktop.storage.orm.sales import Till


def test_the_app_sells_on_at_the_till_of_the_demo_sales(tmp_path: Path) -> None:
    assert belbo(["demo", "--data-dir", str(tmp_path), "--customers", "30"]) == 0
    app = bootstrap(Paths.at(tmp_path), hasher=Hasher.fast())
    try:
        front_desk = DEMO_LOGINS[2]
        actor = app.staff.login(front_desk.username, front_desk.password)
        assert app.till.till(actor).name == "Kasse 1"
        with app.uow.read() as s:
            assert s.scalar(select(func.count()).select_from(Till)) == 1
        assert Paths.at(tmp_path).till_file.exists()
    finally:
        app.close()
