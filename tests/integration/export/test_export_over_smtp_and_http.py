"""The whole export over real SMTP (aiosmtpd, STARTTLS) and real HTTP (uvicorn on loopback)."""

from __future__ import annotations

import io
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import openpyxl
import pytest

from belbo_desktop.bootstrap import App
from belbo_desktop.domain.export import ExportState
from belbo_desktop.mail.secrets import SecretStore
from belbo_desktop.mail.smtp import Security, SmtpSettings
from belbo_desktop.services.export import ExportOrder
from belbo_desktop.services.ports import FixedClock
from belbo_desktop.web.local_server import LocalExportServer
from tests.builders import a_customer
from tests.conftest import PASSWORD, Salon
from tests.integration.export.servers import SMTP_PASSWORD, SMTP_USER, SmtpServer, free_port
from tests.unit.export.helpers import token_in

ORDER = ExportOrder(
    "chefin@salon.example", ("number", "first_name", "last_name", "phone", "postcode", "birthday")
)


@pytest.fixture
def smtp(tmp_path: Path) -> Iterator[SmtpServer]:
    server = SmtpServer(tmp_path).start()
    yield server
    server.stop()


def _use_smtp(app: App, salon: Salon, port: int, cert: Path) -> None:
    app.mail.save(
        salon.owner,
        SmtpSettings(
            host="127.0.0.1",
            port=port,
            security=Security.STARTTLS,
            username=SMTP_USER,
            sender="belbo@salon-test.de",
            ca_file=str(cert),
        ),
        SMTP_PASSWORD,
    )


@pytest.fixture
def pages(app: App, salon: Salon) -> Iterator[str]:
    """The desktop's own server for the export pages, on a free loopback port."""
    app.exports.set_base_url(salon.owner, f"http://127.0.0.1:{free_port()}")
    assert app.export_server.start(), app.export_server.error
    yield app.export_server.url
    app.export_server.stop()


def _wait_for(app: App, salon: Salon, request_id: object, state: ExportState) -> None:
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        now = app.exports.status(salon.manager, request_id)  # type: ignore[arg-type]
        if now.state is state and now.mail_pending is None:  # the mail has gone out too
            return
        time.sleep(0.05)
    raise AssertionError(f"export did not reach {state}")


def test_confirmation_and_download_by_mail_and_browser(
    app: App, salon: Salon, smtp: SmtpServer, pages: str, file_secrets: SecretStore
) -> None:
    _use_smtp(app, salon, smtp.port, smtp.cert)
    a_customer(app, salon.manager, last_name="Jürgens", phone="+49 30 1234567", postcode="01067")
    status = app.exports.request(salon.manager, ORDER)
    assert status.mail_error is None
    assert smtp.inbox.starttls_seen == [True]
    confirm_link = next(w for w in smtp.inbox.text().split() if "/export/confirm/" in w)
    assert confirm_link.startswith(pages)
    assert "Jürgens" not in smtp.inbox.text()

    with httpx.Client(timeout=10) as http:
        page = http.get(confirm_link)
        assert page.status_code == 200
        assert "Kundenexport bestätigen" in page.text
        assert 'type="password"' in page.text and "<script" not in page.text
        assert "chefin@salon.example" not in page.text  # masked
        assert page.headers["cache-control"] == "no-store"
        assert page.headers["referrer-policy"] == "no-referrer"

        wrong = http.post(confirm_link, data={"password": "falsch"})
        assert wrong.status_code == 403
        assert "Das Passwort ist falsch" in wrong.text and "Noch 4" in wrong.text

        ok = http.post(confirm_link, data={"password": PASSWORD})
        assert ok.status_code == 200 and "Export bestätigt" in ok.text

        reused = http.post(confirm_link, data={"password": PASSWORD})
        assert reused.status_code == 404
        assert "ungültig oder wurde bereits verwendet" in reused.text

        _wait_for(app, salon, status.id, ExportState.READY)
        assert len(smtp.inbox.messages) == 2
        download_link = next(w for w in smtp.inbox.text().split() if "/export/download/" in w)
        form = http.get(download_link)
        assert form.status_code == 200 and "Kunden-Export-2026-11-24.xlsx" in form.text
        denied = http.post(download_link, data={"password": "falsch"})
        assert denied.status_code == 403 and "PK" not in denied.text[:2]
        file = http.post(download_link, data={"password": PASSWORD})
    assert file.status_code == 200
    assert file.headers["content-type"].startswith(
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    )
    assert 'filename="Kunden-Export-2026-11-24.xlsx"' in file.headers["content-disposition"]
    ws = openpyxl.load_workbook(io.BytesIO(file.content)).active
    header, row = (list(r) for r in ws.iter_rows(values_only=True))
    values = dict(zip(header, row, strict=True))
    assert values["Nachname"] == "Jürgens"
    assert values["Telefon"] == "+49301234567" and values["PLZ"] == "01067"
    assert app.exports.status(salon.manager, status.id).state is ExportState.DOWNLOADED


def test_pages_speak_english_to_english_browsers(app: App, salon: Salon, pages: str) -> None:
    app.exports.request(salon.manager, ORDER)
    token = token_in(app.mail.outbox.entries()[0].text, "confirm")
    headers = {"Accept-Language": "en-GB,en;q=0.9"}
    with httpx.Client(timeout=10) as http:
        page = http.get(f"{pages}/export/confirm/{token}", headers=headers)
        assert "Confirm customer export" in page.text and 'lang="en"' in page.text
        unknown = http.get(f"{pages}/export/confirm/{'x' * 43}", headers=headers)
        assert unknown.status_code == 404 and "invalid or has already been used" in unknown.text
        german = http.get(f"{pages}/export/confirm/{token}", headers={"Accept-Language": "de"})
        assert "Kundenexport bestätigen" in german.text


def test_expired_link_page(app: App, salon: Salon, pages: str, clock: FixedClock) -> None:
    app.exports.request(salon.manager, ORDER)
    token = token_in(app.mail.outbox.entries()[0].text, "confirm")
    clock.advance(hours=25)
    with httpx.Client(timeout=10) as http:
        page = http.post(f"{pages}/export/confirm/{token}", data={"password": PASSWORD})
    assert page.status_code == 410 and "abgelaufen" in page.text


def test_five_wrong_passwords_in_the_browser_block_the_link(
    app: App, salon: Salon, pages: str
) -> None:
    status = app.exports.request(salon.manager, ORDER)
    link = f"{pages}/export/confirm/{token_in(app.mail.outbox.entries()[0].text, 'confirm')}"
    with httpx.Client(timeout=10) as http:
        for _ in range(4):
            assert http.post(link, data={"password": "nein"}).status_code == 403
        blocked = http.post(link, data={"password": "nein"})
        assert blocked.status_code == 410 and "gesperrt" in blocked.text
        assert http.post(link, data={"password": PASSWORD}).status_code == 410
    assert app.exports.status(salon.manager, status.id).state is ExportState.EXPIRED
    failed = app.audit.entries(salon.owner, action="export_confirm_failed")
    assert len(failed) == 5
    assert {e.details["client"] for e in failed} == {"127.0.0.1"}  # who tried, for the log


def test_smtp_down_keeps_the_request_tells_the_user_and_retries(
    app: App, salon: Salon, tmp_path: Path, clock: FixedClock, file_secrets: SecretStore
) -> None:
    port = free_port()
    server = SmtpServer(tmp_path, port=port)
    _use_smtp(app, salon, port, server.cert)
    status = app.exports.request(salon.manager, ORDER)  # nothing listens on the port yet
    assert status.state is ExportState.REQUESTED
    assert status.mail_pending == "confirm"
    assert status.mail_error and "abgelehnt" in status.mail_error
    assert app.mail.outbox.entries() == []  # not silently diverted
    server.start()
    try:
        assert app.exports.retry_mail() == 0  # not due yet: waits between attempts
        clock.advance(minutes=3)
        assert app.exports.retry_mail() == 1
        assert len(server.inbox.messages) == 1
        token = token_in(server.inbox.text(), "confirm")
        assert app.exports.confirm(token, PASSWORD).state is ExportState.CONFIRMED
        after = app.exports.status(salon.manager, status.id)
        assert after.mail_pending is None and after.mail_error is None
    finally:
        server.stop()


def test_wrong_smtp_password_is_reported(
    app: App, salon: Salon, smtp: SmtpServer, file_secrets: SecretStore
) -> None:
    _use_smtp(app, salon, smtp.port, smtp.cert)
    app.mail.save(salon.owner, app.mail.load(), "falsches-smtp-passwort")
    status = app.exports.request(salon.manager, ORDER)
    assert status.mail_error == "Anmeldung am Mailserver fehlgeschlagen"
    assert smtp.inbox.messages == []


def test_implicit_tls_server_receives_the_mail(
    app: App, salon: Salon, tmp_path: Path, file_secrets: SecretStore
) -> None:
    server = SmtpServer(tmp_path, implicit_tls=True).start()
    try:
        app.mail.save(
            salon.owner,
            SmtpSettings(
                host="127.0.0.1",
                port=server.port,
                security=Security.TLS,
                username=SMTP_USER,
                sender="belbo@salon-test.de",
                ca_file=str(server.cert),
            ),
            SMTP_PASSWORD,
        )
        app.mail.check(salon.owner, app.mail.load(), None)  # the settings page's test button
        status = app.exports.request(salon.manager, ORDER)
        assert status.mail_error is None
        assert "/export/confirm/" in server.inbox.text()
    finally:
        server.stop()


def test_untrusted_certificate_is_refused(
    app: App, salon: Salon, smtp: SmtpServer, file_secrets: SecretStore
) -> None:
    app.mail.save(
        salon.owner,
        SmtpSettings(
            host="127.0.0.1",
            port=smtp.port,
            security=Security.STARTTLS,
            username=SMTP_USER,
            sender="belbo@salon-test.de",
        ),
        SMTP_PASSWORD,
    )
    status = app.exports.request(salon.manager, ORDER)
    assert status.mail_error is not None and "TLS" in status.mail_error
    assert smtp.inbox.messages == []


def test_the_background_housekeeping_resends_by_itself(
    app: App, salon: Salon, tmp_path: Path, clock: FixedClock, file_secrets: SecretStore
) -> None:
    port = free_port()
    server = SmtpServer(tmp_path, port=port)
    _use_smtp(app, salon, port, server.cert)
    status = app.exports.request(salon.manager, ORDER)
    assert status.mail_pending == "confirm"  # SMTP was down
    server.start()
    clock.advance(minutes=3)
    pages = LocalExportServer(app.exports, port=free_port(), maintenance_seconds=0.05)
    try:
        assert pages.start()
        deadline = time.monotonic() + 10
        while not server.inbox.messages:
            assert time.monotonic() < deadline, "the mail was not resent"
            time.sleep(0.05)
    finally:
        pages.stop()
        server.stop()
    assert app.exports.status(salon.manager, status.id).mail_pending is None
