"""An enrolled PC's customer export is made at the hub, mailed by the hub, confirmed there.

Real PostgreSQL hub database, real uvicorn on loopback, real SMTP (aiosmtpd with
STARTTLS and login) receiving the hub's mails; the links are followed over real HTTP.
"""

from __future__ import annotations

import io
import json
import logging
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import openpyxl
import pytest
from sqlalchemy import func, select, text

from belbo_desktop.domain import export as rules
from belbo_desktop.domain.errors import BelboError, NotFound, PermissionDenied, ValidationError
from belbo_desktop.domain.export import ExportState
from belbo_desktop.domain.rights import Role
from belbo_desktop.hub.app import create_app
from belbo_desktop.hub.exports import HubExports, mount_export_pages
from belbo_desktop.hub.mail import HubMail
from belbo_desktop.hub.server import ServerThread
from belbo_desktop.mail.smtp import Security, SmtpSettings
from belbo_desktop.services.export import ExportOrder
from belbo_desktop.services.passwords import Hasher
from belbo_desktop.services.staff import StaffService
from belbo_desktop.storage.orm import AuditEntry, StaffMember
from belbo_desktop.storage.orm.export import ExportRequest
from belbo_desktop.storage.unit_of_work import UnitOfWork
from belbo_desktop.sync.client import SyncRefused
from belbo_desktop.sync.protocol import PROTOCOL_HEADER
from tests.builders import a_customer
from tests.integration.export.servers import SMTP_PASSWORD, SMTP_USER, SmtpServer
from tests.integration.sync.conftest import PASSWORD, PC, Hub

pytestmark = pytest.mark.postgres

OWNER_MAIL = "chefin@salon.example"
MANAGER_MAIL = "manager@salon.example"
FIELDS = ("number", "first_name", "last_name", "phone")


@dataclass
class ExportHub:
    url: str
    exports: HubExports
    smtp: SmtpServer
    data_dir: Path


@pytest.fixture
def smtp(tmp_path: Path) -> Iterator[SmtpServer]:
    server = SmtpServer(tmp_path).start()
    yield server
    server.stop()


@pytest.fixture
def export_hub(hub: Hub, smtp: SmtpServer, tmp_path: Path) -> Iterator[ExportHub]:
    """The hub with export pages, its own SMTP settings and its public address."""
    staff = StaffService(UnitOfWork(hub.engine), hub.clock, Hasher.fast())
    with UnitOfWork(hub.engine).write() as s:  # the owner gets an address (before PCs enrol)
        owner = s.scalars(select(StaffMember).where(StaffMember.username == "chefin")).one()
        owner.email = OWNER_MAIL
    staff.create_staff(
        None,
        location_id=hub.location_id,
        username="manager",
        display_name="Manager",
        role=Role.MANAGER,
        password=PASSWORD,
        email=MANAGER_MAIL,
    )
    data_dir = tmp_path / "hub-data"
    mail = HubMail(data_dir, hub.clock)
    mail.save(
        SmtpSettings(
            host="127.0.0.1",
            port=smtp.port,
            security=Security.STARTTLS,
            username=SMTP_USER,
            sender="hub@salon-test.de",
            ca_file=str(smtp.cert),
        ),
        SMTP_PASSWORD,
    )
    app = create_app(hub.store)
    server = ServerThread(app)
    mount_export_pages(app, hub.store, data_dir, public_url=server.url + "/")
    with server:
        yield ExportHub(server.url, app.state.exports, smtp, data_dir)


@pytest.fixture
def enrolled(export_hub: ExportHub, hub: Hub, make_pc: Callable[..., PC]) -> Callable[..., PC]:
    def make(name: str = "kasse", *locations: uuid.UUID) -> PC:
        pc = make_pc(name, enrol=False)
        pc.app.sync.enrol(None, export_hub.url, hub.code(*locations), name)
        pc.sync()
        return pc

    return make


def _link(smtp: SmtpServer, kind: str, index: int = -1) -> str:
    return next(w for w in smtp.inbox.text(index).split() if f"/export/{kind}/" in w)


def _wait(predicate: Callable[[], bool], what: str) -> None:
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        if predicate():
            return
        time.sleep(0.05)
    raise AssertionError(f"timed out waiting for {what}")


def _hub_counts(hub: Hub) -> dict[str, int]:
    with hub.engine.connect() as conn:
        return {
            "requests": conn.scalar(select(func.count()).select_from(ExportRequest)) or 0,
            "audit": conn.scalar(select(func.count()).select_from(AuditEntry)) or 0,
            "changes": conn.scalar(text("SELECT count(*) FROM sync_changes")) or 0,
        }


def test_a_pc_request_is_mailed_by_the_hub_confirmed_there_and_followed_on_the_pc(
    hub: Hub, export_hub: ExportHub, enrolled: Callable[..., PC]
) -> None:
    pc = enrolled()
    manager = pc.login("manager")
    a_customer(pc.app, manager, last_name="Jürgens", phone="+49 30 1234567")
    pc.sync()  # the hub must know the customer it is going to export

    status = pc.app.exports.request(manager, ExportOrder(OWNER_MAIL, FIELDS))
    assert status.remote and status.via_hub
    assert status.pages_url == export_hub.url
    assert status.state is ExportState.REQUESTED and status.mail_error is None
    smtp = export_hub.smtp
    assert len(smtp.inbox.messages) == 1 and smtp.inbox.starttls_seen == [True]
    assert smtp.inbox.messages[0]["From"] == "hub@salon-test.de"
    confirm = _link(smtp, "confirm")
    assert confirm.startswith(export_hub.url + "/export/confirm/")  # the public address
    token = confirm.rsplit("/", 1)[1]
    with pc.app.uow.read() as s:  # the PC holds no row of the hub's request
        assert s.scalar(select(func.count()).select_from(ExportRequest)) == 0
    # shown at once (from the hub's answer), before any sync
    assert [r.id for r in pc.app.exports.list_requests(manager)] == [status.id]

    with httpx.Client(timeout=10) as http:
        page = http.get(confirm)
        assert page.status_code == 200 and "Kundenexport bestätigen" in page.text
        wrong = http.post(confirm, data={"password": "falsch"})
        assert wrong.status_code == 403 and "Noch 4" in wrong.text
        ok = http.post(confirm, data={"password": PASSWORD})
        assert ok.status_code == 200 and "Export bestätigt" in ok.text
        _wait(lambda: len(smtp.inbox.messages) == 2, "the download mail")
        download = _link(smtp, "download")
        assert download.startswith(export_hub.url + "/export/download/")
        form = http.get(download)
        assert form.status_code == 200 and "Kunden-Export-2026-11-24.xlsx" in form.text
        denied = http.post(download, data={"password": "falsch"})
        assert denied.status_code == 403
        file = http.post(download, data={"password": PASSWORD})
    assert file.status_code == 200
    sheet = openpyxl.load_workbook(io.BytesIO(file.content)).active
    rows = [list(r) for r in sheet.iter_rows(values_only=True)]
    assert rows[1][2] == "Jürgens" and rows[1][3] == "+49301234567"

    pc.sync()
    [seen] = pc.app.exports.list_requests(manager)
    assert seen.id == status.id and seen.remote and seen.pages_url == export_hub.url
    assert seen.state is ExportState.DOWNLOADED
    assert seen.row_count == 1 and seen.download_count == 1
    assert seen.file_name == "Kunden-Export-2026-11-24.xlsx"
    assert seen.recipient == OWNER_MAIL and seen.requested_by == "Manager"
    assert seen.fields == FIELDS and seen.mail_pending is None
    assert pc.app.exports.status(manager, status.id) == seen

    with pc.app.uow.read() as s:  # every step is in the PC's audit log, by sync
        actions = set(
            s.scalars(select(AuditEntry.action).where(AuditEntry.target_id == str(status.id)))
        )
    assert {
        "export_requested",
        "export_confirm_mail_sent",
        "export_confirm_failed",
        "export_confirmed",
        "export_computing",
        "export_computed",
        "export_download_mail_sent",
        "export_downloaded",
    } <= actions
    # no link and no token hash ever left the hub; the file name (not its path) did
    with hub.engine.connect() as conn:
        log = "\n".join(conn.scalars(text("SELECT fields::text FROM sync_changes")))
        stored = conn.execute(select(ExportRequest.stored_file)).scalar_one()
    download_token = download.rsplit("/", 1)[1]
    for secret in (token, download_token, rules.hash_token(token)):
        assert secret not in log
    assert rules.hash_token(download_token) not in log and stored not in log
    with hub.engine.connect() as conn:
        audit = conn.scalars(select(AuditEntry.details)).all()
    assert token not in json.dumps(audit) and download_token not in json.dumps(audit)
    entry = next(d for d in audit if d.get("via") == "hub" and d.get("recipient") == OWNER_MAIL)
    assert entry["pages"] == export_hub.url


def test_a_request_made_at_the_hub_is_withdrawn_from_the_pc(
    hub: Hub, export_hub: ExportHub, enrolled: Callable[..., PC]
) -> None:
    pc = enrolled()
    manager = pc.login("manager")
    status = pc.app.exports.request(manager, ExportOrder(OWNER_MAIL, FIELDS))
    pc.sync()
    assert pc.app.exports.list_requests(manager)[0].state is ExportState.REQUESTED

    cancelled = pc.app.exports.cancel(manager, status.id)
    assert cancelled.state is ExportState.EXPIRED and cancelled.closed_reason == "cancelled"
    with httpx.Client(timeout=10) as http:
        page = http.get(_link(export_hub.smtp, "confirm"))
    assert page.status_code == 410 and "zurückgezogen" in page.text
    pc.sync()
    [seen] = pc.app.exports.list_requests(manager)
    assert seen.state is ExportState.EXPIRED and seen.closed_reason == "cancelled"


def test_resend_from_the_pc_mails_a_fresh_link_from_the_hub(
    export_hub: ExportHub, enrolled: Callable[..., PC]
) -> None:
    pc = enrolled()
    manager = pc.login("manager")
    status = pc.app.exports.request(manager, ExportOrder(OWNER_MAIL, FIELDS))
    first = _link(export_hub.smtp, "confirm")
    pc.app.exports.resend(manager, status.id)
    second = _link(export_hub.smtp, "confirm")
    assert first != second and second.startswith(export_hub.url)
    with httpx.Client(timeout=10) as http:
        assert http.get(first).status_code == 404  # the old link is retired
        assert http.get(second).status_code == 200


def test_export_tokens_never_reach_the_hub_access_log(
    export_hub: ExportHub, enrolled: Callable[..., PC]
) -> None:
    pc = enrolled()
    pc.app.exports.request(pc.login("manager"), ExportOrder(OWNER_MAIL, FIELDS))
    confirm = _link(export_hub.smtp, "confirm")
    token = confirm.rsplit("/", 1)[1]
    records: list[logging.LogRecord] = []

    class Keep(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            records.append(record)

    handler = Keep()
    logger = logging.getLogger("belbo.hub")
    old_level = logger.level
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    try:
        with httpx.Client(timeout=10) as http:
            http.get(confirm)
            http.get(confirm + "?utm=" + token)
            http.post(confirm, data={"password": "falsch"})
            http.get(f"{export_hub.url}/export/download/{token}?x={token}")
            http.get(f"{export_hub.url}/export/confirm/")
    finally:
        logger.removeHandler(handler)
        logger.setLevel(old_level)
    access = [r for r in records if r.getMessage() == "request"]
    assert len(access) == 5
    paths = [r.__dict__["path"] for r in access]
    assert paths[:4] == [
        "/export/confirm/<token>",
        "/export/confirm/<token>",
        "/export/confirm/<token>",
        "/export/download/<token>",
    ]
    for record in records:
        assert token not in json.dumps(record.__dict__, default=str)


# --- refused: a clear error, nothing written ------------------------------------------------


def _post(url: str, token: str, body: dict[str, Any], protocol: str = "1") -> httpx.Response:
    headers = {PROTOCOL_HEADER: protocol, "Authorization": f"Bearer {token}"}
    return httpx.post(f"{url}/v1/exports", json=body, headers=headers, timeout=10)


def _device_token(pc: PC) -> str:
    st = pc.app.sync.status()
    token = pc.app.sync.tokens.load(str(st.device_id), st.token_store)
    assert token
    return token


def _staff_id(hub: Hub, username: str) -> str:
    with hub.engine.connect() as conn:
        return str(conn.scalar(select(StaffMember.id).where(StaffMember.username == username)))


def _order(staff_id: str, **changes: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "staff_id": staff_id,
        "recipient": OWNER_MAIL,
        "fields": list(FIELDS),
        "format": "xlsx",
        "search_text": "",
        "include_archived": False,
        "lang": "de",
    }
    return body | changes


def test_the_hub_refuses_bad_requests_and_writes_nothing(
    hub: Hub, export_hub: ExportHub, enrolled: Callable[..., PC]
) -> None:
    pc = enrolled()
    token = _device_token(pc)
    manager = _staff_id(hub, "manager")
    before = _hub_counts(hub)
    url = export_hub.url

    unknown = _post(url, token, _order(str(uuid.uuid4())))
    assert unknown.status_code == 404
    assert unknown.json()["detail"]["message"]["code"] == "export_hub_staff_unknown"

    no_right = _post(url, token, _order(_staff_id(hub, "empfang")))
    assert no_right.status_code == 403
    assert no_right.json()["detail"] == {
        "error": "PermissionDenied",
        "message": {"code": "permission_denied", "params": {"right": "Kunden exportieren"}},
    }

    not_admin = _post(url, token, _order(manager, recipient=MANAGER_MAIL))
    assert not_admin.status_code == 422
    assert not_admin.json()["detail"]["errors"]["recipient"]["code"] == (
        "export_recipient_not_admin"
    )

    bad_field = _post(url, token, _order(manager, fields=["number", "nonsense"]))
    assert bad_field.status_code == 422
    assert bad_field.json()["detail"]["errors"]["fields"]["code"] == "export_unknown_field"

    other_location = _post(url, token, _order(_staff_id(hub, "nord")))
    assert other_location.status_code == 403
    assert other_location.json()["detail"]["message"]["code"] == "export_hub_location_denied"

    for broken in (
        _order(manager, fields="number"),
        _order(manager, format="pdf"),
        _order(manager, include_archived="ja"),
        _order("not-a-uuid"),
    ):
        answer = _post(url, token, broken)
        assert answer.status_code == 400 and answer.json()["detail"]["code"] == "bad_request"

    mismatch = _post(url, token, _order(manager), protocol="99")
    assert mismatch.status_code == 426
    assert mismatch.json()["detail"]["code"] == "protocol_mismatch"

    stranger = _post(url, "no-such-token", _order(manager))
    assert stranger.status_code == 401

    assert _hub_counts(hub) == before
    assert export_hub.smtp.inbox.messages == []


def test_the_pc_shows_the_hubs_refusals_in_its_own_words(
    hub: Hub, export_hub: ExportHub, enrolled: Callable[..., PC]
) -> None:
    pc = enrolled()
    manager = pc.login("manager")
    before = _hub_counts(hub)
    # rights taken away at the hub, not yet synced to the PC: the hub's check decides
    with UnitOfWork(hub.engine).write() as s:
        member = s.scalars(select(StaffMember).where(StaffMember.username == "manager")).one()
        member.revoked_rights = ["export_customers"]
    with pytest.raises(PermissionDenied) as denied:
        pc.app.exports.request(manager, ExportOrder(OWNER_MAIL, FIELDS))
    assert "Kunden exportieren" in denied.value.text()
    with UnitOfWork(hub.engine).write() as s:
        member = s.scalars(select(StaffMember).where(StaffMember.username == "manager")).one()
        member.revoked_rights = []
        owner = s.scalars(select(StaffMember).where(StaffMember.username == "chefin")).one()
        owner.role = Role.MANAGER.value  # no longer an administrator at the hub
    with pytest.raises(ValidationError) as not_admin:
        pc.app.exports.request(manager, ExportOrder(OWNER_MAIL, FIELDS))
    assert "administrativen Rechten" in not_admin.value.errors["recipient"].text()
    with UnitOfWork(hub.engine).write() as s:
        s.execute(
            StaffMember.__table__.update()
            .where(StaffMember.username == "manager")
            .values(active=False)
        )
    with pytest.raises(NotFound) as unknown:
        pc.app.exports.request(manager, ExportOrder(OWNER_MAIL, FIELDS))
    assert "synchronisieren" in unknown.value.text()
    assert _hub_counts(hub) == before


def test_a_revoked_pc_is_refused(
    hub: Hub, export_hub: ExportHub, enrolled: Callable[..., PC]
) -> None:
    pc = enrolled()
    manager = pc.login("manager")
    before = _hub_counts(hub)
    st = pc.app.sync.status()
    assert st.device_id is not None
    assert hub.store.revoke(st.device_id)
    with pytest.raises(SyncRefused) as refused:
        pc.app.exports.request(manager, ExportOrder(OWNER_MAIL, FIELDS))
    assert "gesperrt" in refused.value.text()
    assert _hub_counts(hub) == before
    assert pc.app.exports.list_requests(manager) == []


def test_an_unreachable_hub_is_an_error_and_nothing_is_requested(
    hub: Hub, enrolled: Callable[..., PC], export_hub: ExportHub
) -> None:
    pc = enrolled()
    manager = pc.login("manager")
    with pc.app.uow.write() as s:  # the hub moved away (nothing listens there)
        s.execute(text("UPDATE sync_state SET hub_url = 'http://127.0.0.1:9'"))
    with pytest.raises(BelboError) as offline:
        pc.app.exports.request(manager, ExportOrder(OWNER_MAIL, FIELDS))
    assert offline.value.message.code == "export_hub_offline"
    assert "Es wurde nichts angefordert" in offline.value.text()
    assert "nothing was requested" in offline.value.text("en").lower()
    with pc.app.uow.read() as s:
        assert s.scalar(select(func.count()).select_from(ExportRequest)) == 0
        assert (
            s.scalar(
                select(func.count())
                .select_from(AuditEntry)
                .where(AuditEntry.action == "export_requested")
            )
            == 0
        )
    assert export_hub.smtp.inbox.messages == []


def test_a_hub_without_export_pages_says_so(hub: Hub, make_pc: Callable[..., PC]) -> None:
    with UnitOfWork(hub.engine).write() as s:
        owner = s.scalars(select(StaffMember).where(StaffMember.username == "chefin")).one()
        owner.email = OWNER_MAIL
    pc = make_pc("kasse")  # enrolled at the plain hub of the sync tests
    with pytest.raises(BelboError) as refused:
        pc.app.exports.request(pc.login("chefin"), ExportOrder(OWNER_MAIL, FIELDS))
    assert refused.value.message.code == "export_hub_no_pages"


# --- the wizard and the export page on an enrolled PC ------------------------------------


def _shot(widget: Any, name: str) -> None:
    import os

    folder = os.environ.get("BELBO_SCREENSHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(Path(folder) / f"{name}.png"))


def _through_wizard(qtbot: Any, pc: PC, actor: Any) -> Any:
    from PySide6.QtCore import Qt

    from belbo_desktop.ui.context import UiContext
    from belbo_desktop.ui.export.wizard import ExportWizard

    wizard = ExportWizard(UiContext(pc.app, actor))
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    wizard.fields_page.set_all(False)
    wizard.fields_page.fields.item(0).setCheckState(Qt.CheckState.Checked)
    wizard.next()
    return wizard


def test_the_wizard_says_the_hub_sent_the_mail_and_the_page_lists_the_request(
    qtbot: Any, export_hub: ExportHub, enrolled: Callable[..., PC]
) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QWizard

    from belbo_desktop.ui.context import UiContext
    from belbo_desktop.ui.export.export_page import ExportPage
    from belbo_desktop.ui.export.status import Column
    from belbo_desktop.ui.sync.controller import SyncController

    pc = enrolled()
    manager = pc.login("manager")
    wizard = _through_wizard(qtbot, pc, manager)
    steps = wizard.summary_page.next_steps.text()
    assert f"schickt der Hub ({export_hub.url})" in steps and "jedem Gerät" in steps
    wizard.accept()
    qtbot.waitUntil(lambda: wizard.result_status is not None, timeout=15000)
    result = wizard.summary_page.result.text()
    assert "Export beim Hub angefordert" in result and export_hub.url in result
    assert len(export_hub.smtp.inbox.messages) == 1
    assert not pc.app.export_server.running  # nothing is served on this PC
    _shot(wizard, "export_wizard_hub_done")
    wizard.accept()
    controller = SyncController.for_app(pc.app.sync)
    qtbot.waitUntil(lambda: not controller.running, timeout=15000)

    page = ExportPage(UiContext(pc.app, manager))
    qtbot.addWidget(page)
    page.load()
    page.resize(900, 600)
    page.show()
    assert "mit dem Hub" in page.server_label.text()
    assert not page.base_url.isEnabled()
    model = page.status.model
    assert model.rowCount() == 1
    state = model.index(0, Column.STATE).data()
    assert state.startswith("Angefordert") and "über den Hub" in state
    assert export_hub.url in model.index(0, Column.STATE).data(Qt.ItemDataRole.ToolTipRole)
    page.status.view.selectRow(0)
    assert page.cancel_button.isEnabled() and page.resend_button.isEnabled()
    _shot(page, "export_page_hub")
    assert wizard.button(QWizard.WizardButton.FinishButton).text() == "Schließen"


def test_the_wizard_keeps_the_choices_when_the_hub_is_down(
    qtbot: Any, export_hub: ExportHub, enrolled: Callable[..., PC]
) -> None:
    from PySide6.QtWidgets import QWizard

    pc = enrolled()
    manager = pc.login("manager")
    with pc.app.uow.write() as s:
        s.execute(text("UPDATE sync_state SET hub_url = 'http://127.0.0.1:9'"))
    wizard = _through_wizard(qtbot, pc, manager)
    wizard.accept()
    qtbot.waitUntil(lambda: wizard.summary_page.result.isVisible(), timeout=15000)
    assert wizard.result_status is None
    assert "nicht erreichbar" in wizard.summary_page.result.text()
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    assert finish.isEnabled() and finish.text() == "Export anfordern"  # try again
    assert wizard.currentPage() is wizard.summary_page
    _shot(wizard, "export_wizard_hub_offline")


def test_the_hubs_housekeeping_expires_a_request_and_the_pc_learns_of_it(
    hub: Hub, export_hub: ExportHub, enrolled: Callable[..., PC]
) -> None:
    pc = enrolled()
    manager = pc.login("manager")
    status = pc.app.exports.request(manager, ExportOrder(OWNER_MAIL, FIELDS))
    confirm = _link(export_hub.smtp, "confirm")
    hub.clock.advance(hours=25)
    export_hub.exports.maintain()
    with hub.engine.connect() as conn:
        assert conn.scalar(select(ExportRequest.closed_reason)) == "expired"
    with httpx.Client(timeout=10) as http:
        assert http.get(confirm).status_code == 410
    pc.sync()
    [seen] = pc.app.exports.list_requests(manager)
    assert seen.id == status.id
    assert seen.state is ExportState.EXPIRED and seen.closed_reason == "expired"
