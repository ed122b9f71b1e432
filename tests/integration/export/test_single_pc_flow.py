"""The issue's "done when": a manager on a single PC with the demo data exports customers.

No SMTP server: the mails go to the outbox the app shows; the pages are served by the app
itself on 127.0.0.1; the file opens in a spreadsheet with every umlaut intact.
"""

from __future__ import annotations

import io
import re
import shutil
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import openpyxl
import pytest
from sqlalchemy import select

from belbo_desktop.bootstrap import App, bootstrap
from belbo_desktop.config import Paths
from belbo_desktop.domain.errors import PermissionDenied
from belbo_desktop.domain.export import ExportFormat, ExportState
from belbo_desktop.services.demo import build_demo
from belbo_desktop.services.demo_logins import DEMO_LOGINS
from belbo_desktop.services.export import ExportOrder
from belbo_desktop.services.passwords import Hasher
from belbo_desktop.storage.orm import Customer
from tests.integration.export.servers import free_port

OWNER, MANAGER, FRONT_DESK = DEMO_LOGINS


@pytest.fixture
def demo(tmp_path: Path, migrated_template: Path) -> Iterator[App]:
    paths = Paths(tmp_path / "data")
    paths.ensure()
    shutil.copyfile(migrated_template, paths.database)
    app = bootstrap(paths, hasher=Hasher.fast())
    build_demo(app.uow, app.clock, app.hasher, customers=120)
    owner = app.staff.login(OWNER.username, OWNER.password)
    app.exports.set_base_url(owner, f"http://127.0.0.1:{free_port()}")
    yield app
    app.close()


def _link(app: App, kind: str) -> str:
    for entry in app.mail.outbox.entries():
        match = re.search(rf"http://[^\s]+/export/{kind}/[A-Za-z0-9_-]+", entry.text)
        if match:
            return match.group(0)
    raise AssertionError(f"no {kind} link in the outbox")


def test_manager_exports_the_demo_customers_on_one_pc(demo: App) -> None:
    manager = demo.staff.login(MANAGER.username, MANAGER.password)
    recipients = demo.exports.recipients(manager)
    assert recipients == [OWNER.email]
    fields = tuple(c.key for c in demo.exports.field_choices(manager))
    status = demo.exports.request(manager, ExportOrder(recipients[0], fields, ExportFormat.XLSX))
    assert status.mail_error is None
    assert demo.export_server.start_if_pending(), demo.export_server.error

    with httpx.Client(timeout=20) as http:
        confirm = _link(demo, "confirm")
        assert http.get(confirm).status_code == 200
        done = http.post(confirm, data={"password": OWNER.password})
        assert done.status_code == 200
        deadline = time.monotonic() + 20
        while True:
            now = demo.exports.status(manager, status.id)
            if now.state is ExportState.READY and now.mail_pending is None:
                break
            assert time.monotonic() < deadline, "export did not finish"
            time.sleep(0.05)
        download = _link(demo, "download")
        file = http.post(download, data={"password": OWNER.password})
    assert file.status_code == 200
    ws = openpyxl.load_workbook(io.BytesIO(file.content)).active
    rows = list(ws.iter_rows(values_only=True))
    assert len(rows) == 121
    header = rows[0]
    assert header[:3] == ("Kundennummer", "Vorname", "Nachname")
    assert "Straße und Hausnummer" in header and "EMS-Stromstärke" in header
    text = " ".join(str(v) for row in rows[1:] for v in row if isinstance(v, str))
    assert any(ch in text for ch in "äöüßÄÖÜ")  # umlauts intact
    with demo.uow.read() as s:
        names = set(s.scalars(select(Customer.last_name)))
    assert {r[2] for r in rows[1:]} == names


def test_front_desk_cannot_even_see_the_recipients(demo: App) -> None:
    front = demo.staff.login(FRONT_DESK.username, FRONT_DESK.password)
    with pytest.raises(PermissionDenied):
        demo.exports.recipients(front)
