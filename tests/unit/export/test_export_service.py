"""The export flow through the service: request, confirm, compute, download, expire."""

from __future__ import annotations

import datetime as dt
import stat
from dataclasses import replace

import openpyxl
import pytest
from sqlalchemy import func, select

from belbo_desktop.bootstrap import App
from belbo_desktop.domain.custom_fields import FieldType
from belbo_desktop.domain.errors import AuthenticationFailed, PermissionDenied, ValidationError
from belbo_desktop.domain.export import ExportFormat, ExportState
from belbo_desktop.domain.rights import Right
from belbo_desktop.services.export import ExportLinkError, ExportOrder
from belbo_desktop.services.ports import FixedClock
from belbo_desktop.storage.orm import AuditEntry
from belbo_desktop.storage.orm.export import ExportRequest
from tests.builders import a_customer
from tests.conftest import PASSWORD, Salon
from tests.unit.export.helpers import latest_mail, token_in

ALL_BUILTIN = (
    "number",
    "first_name",
    "last_name",
    "email",
    "phone",
    "birthday",
    "postcode",
    "city",
    "created_at",
)


def _order(**overrides: object) -> ExportOrder:
    values: dict[str, object] = dict(recipient="chefin@salon.example", fields=ALL_BUILTIN)
    values.update(overrides)
    return ExportOrder(**values)  # type: ignore[arg-type]


def _requests(app: App) -> int:
    with app.uow.read() as s:
        return int(s.scalar(select(func.count()).select_from(ExportRequest)) or 0)


def _actions(app: App) -> list[str]:
    with app.uow.read() as s:
        return list(s.scalars(select(AuditEntry.action).order_by(AuditEntry.at, AuditEntry.id)))


def test_manager_requests_and_the_mail_holds_only_a_link(app: App, salon: Salon) -> None:
    a_customer(app, salon.manager, last_name="Kühn")
    status = app.exports.request(salon.manager, _order())
    assert status.state is ExportState.REQUESTED
    assert status.mail_pending is None and status.mail_error is None
    mail = latest_mail(app)
    assert mail.to == "chefin@salon.example"
    assert "Kundenexport" in mail.subject
    assert "Kühn" not in mail.text and "anna.mueller" not in mail.text  # no customer data
    token = token_in(mail.text, "confirm")
    assert len(token) >= 43  # 256 bits, base64
    with app.uow.read() as s:
        row = s.get(ExportRequest, status.id)
        assert row is not None
        assert row.confirm_token_hash != token and token not in (row.confirm_token_hash or "")
    assert "export_requested" in _actions(app)


def test_full_flow_confirm_compute_download(app: App, salon: Salon, clock: FixedClock) -> None:
    a_customer(app, salon.manager, last_name="Groß", postcode="01067", birthday="29.02.1980")
    a_customer(app, salon.manager, first_name="=HYPERLINK(1)", last_name="Öz", email="")
    app.exports.request(salon.manager, _order())
    token = token_in(latest_mail(app).text, "confirm")
    info = app.exports.confirmation_info(token)
    assert info.recipient_masked.startswith("ch") and "@salon.example" in info.recipient_masked
    status = app.exports.confirm(token, PASSWORD)
    assert status.state is ExportState.CONFIRMED
    ready = app.exports.compute(status.id)
    assert ready is not None and ready.state is ExportState.READY
    assert ready.row_count == 2
    assert ready.file_name == "Kunden-Export-2026-11-24.xlsx"
    files = list(app.paths.exports.iterdir())
    assert len(files) == 1
    assert stat.S_IMODE(files[0].stat().st_mode) == 0o600
    download_token = token_in(latest_mail(app).text, "download")
    file = app.exports.download(download_token, PASSWORD)
    assert file.content_type.startswith("application/vnd.openxmlformats")
    ws = openpyxl.load_workbook(file.path).active
    rows = list(ws.iter_rows(values_only=True))
    assert rows[0][:3] == ("Kundennummer", "Vorname", "Nachname")
    by_last = {r[2]: r for r in rows[1:]}
    assert by_last["Groß"][5].date() == dt.date(1980, 2, 29)
    assert by_last["Groß"][6] == "01067"
    assert by_last["Groß"][4] == "+491761234567"
    assert by_last["Öz"][1] == "=HYPERLINK(1)"
    assert ws["B3"].data_type == "s" and ws["B3"].quotePrefix
    assert app.exports.status(salon.manager, status.id).state is ExportState.DOWNLOADED
    actions = _actions(app)
    for step in (
        "export_requested",
        "export_confirmed",
        "export_computing",
        "export_computed",
        "export_downloaded",
    ):
        assert step in actions


def test_confirmation_link_is_single_use(app: App, salon: Salon) -> None:
    app.exports.request(salon.manager, _order())
    token = token_in(latest_mail(app).text, "confirm")
    app.exports.confirm(token, PASSWORD)
    with pytest.raises(ExportLinkError) as info:
        app.exports.confirm(token, PASSWORD)
    assert info.value.message.code == "export_link_invalid"


def test_five_wrong_passwords_block_the_link(app: App, salon: Salon) -> None:
    status = app.exports.request(salon.manager, _order())
    token = token_in(latest_mail(app).text, "confirm")
    for left in (4, 3, 2, 1):
        with pytest.raises(AuthenticationFailed) as wrong:
            app.exports.confirm(token, "falsch")
        assert str(left) in wrong.value.text()
    with pytest.raises(ExportLinkError) as blocked:
        app.exports.confirm(token, "falsch")
    assert blocked.value.message.code == "export_link_locked"
    with pytest.raises(ExportLinkError):
        app.exports.confirm(token, PASSWORD)  # even the right password is too late now
    final = app.exports.status(salon.manager, status.id)
    assert final.state is ExportState.EXPIRED and final.closed_reason == "too_many_attempts"
    assert _actions(app).count("export_confirm_failed") == 5


def test_confirmation_link_expires_after_24_hours(
    app: App, salon: Salon, clock: FixedClock
) -> None:
    app.exports.request(salon.manager, _order())
    token = token_in(latest_mail(app).text, "confirm")
    clock.advance(hours=24, seconds=1)
    with pytest.raises(ExportLinkError) as info:
        app.exports.confirm(token, PASSWORD)
    assert info.value.message.code == "export_link_expired"


def test_unknown_and_malformed_links_reveal_nothing(app: App, salon: Salon) -> None:
    for token in ("A" * 43, "kurz", "../../etc/passwd", ""):
        with pytest.raises(ExportLinkError) as info:
            app.exports.confirmation_info(token)
        assert info.value.message.code == "export_link_invalid"


def test_password_of_another_staff_member_does_not_confirm(app: App, salon: Salon) -> None:
    app.exports.request(salon.manager, _order())
    token = token_in(latest_mail(app).text, "confirm")
    with pytest.raises(AuthenticationFailed):
        app.exports.confirm(token, "leitung-passwort")  # not chefin's password


def test_recipient_must_be_an_admin_address_and_nothing_is_stored(app: App, salon: Salon) -> None:
    assert app.exports.recipients(salon.manager) == ["chefin@salon.example"]
    for recipient in ("leitung@salon.example", "fremd@example.com", ""):
        with pytest.raises(ValidationError) as info:
            app.exports.request(salon.manager, _order(recipient=recipient))
        assert "recipient" in info.value.errors
    assert _requests(app) == 0
    assert app.mail.outbox.entries() == []


def test_recipient_is_matched_case_insensitively(app: App, salon: Salon) -> None:
    status = app.exports.request(salon.manager, _order(recipient="  CHEFIN@Salon.Example "))
    assert status.recipient == "chefin@salon.example"


def test_staff_without_the_right_is_refused_before_anything_happens(app: App, salon: Salon) -> None:
    with pytest.raises(PermissionDenied):
        app.exports.request(salon.front_desk, _order())
    with pytest.raises(PermissionDenied):
        app.exports.recipients(salon.front_desk)
    with pytest.raises(PermissionDenied):
        app.exports.field_choices(salon.front_desk)
    with pytest.raises(PermissionDenied):
        app.exports.list_requests(salon.front_desk)
    assert _requests(app) == 0


def test_no_fields_or_unknown_fields_are_refused(app: App, salon: Salon) -> None:
    with pytest.raises(ValidationError) as empty:
        app.exports.request(salon.manager, _order(fields=()))
    assert empty.value.errors["fields"].code == "export_no_fields"
    with pytest.raises(ValidationError) as unknown:
        app.exports.request(salon.manager, _order(fields=("number", "password_hash")))
    assert unknown.value.errors["fields"].code == "export_unknown_field"
    assert _requests(app) == 0


def test_download_needs_the_password_again_and_expires_after_7_days(
    app: App, salon: Salon, clock: FixedClock
) -> None:
    a_customer(app, salon.manager)
    status = app.exports.request(salon.manager, _order(format=ExportFormat.CSV_SEMICOLON))
    app.exports.confirm(token_in(latest_mail(app).text, "confirm"), PASSWORD)
    app.exports.compute(status.id)
    token = token_in(latest_mail(app).text, "download")
    with pytest.raises(AuthenticationFailed):
        app.exports.download(token, "falsch")
    first = app.exports.download(token, PASSWORD)
    assert first.file_name.endswith(".csv")
    assert first.path.read_bytes().startswith(b"\xef\xbb\xbf")
    app.exports.download(token, PASSWORD)  # again, within the week
    assert app.exports.status(salon.manager, status.id).download_count == 2
    clock.advance(days=7, seconds=1)
    with pytest.raises(ExportLinkError) as info:
        app.exports.download(token, PASSWORD)
    assert info.value.message.code == "export_link_expired"
    assert not first.path.exists()  # deleted with the expiry
    assert app.exports.status(salon.manager, status.id).state is ExportState.EXPIRED


def test_housekeeping_expires_and_deletes_files(app: App, salon: Salon, clock: FixedClock) -> None:
    status = app.exports.request(salon.manager, _order())
    app.exports.confirm(token_in(latest_mail(app).text, "confirm"), PASSWORD)
    app.exports.compute(status.id)
    stray = app.paths.exports / "left-over.part"
    stray.write_bytes(b"half")
    app.exports.expire_due()
    assert not stray.exists()
    assert len(list(app.paths.exports.iterdir())) == 1
    clock.advance(days=8)
    assert app.exports.expire_due() == 1
    assert list(app.paths.exports.iterdir()) == []
    assert "export_expired" in _actions(app)


def test_export_of_the_current_search_only(app: App, salon: Salon) -> None:
    a_customer(app, salon.manager, last_name="Müller")
    a_customer(app, salon.manager, last_name="Schmidt", email="s@example.de", phone="")
    assert app.exports.count(salon.manager, "mül") == 1
    status = app.exports.request(
        salon.manager, _order(search_text="mül", format=ExportFormat.CSV_COMMA)
    )
    app.exports.confirm(token_in(latest_mail(app).text, "confirm"), PASSWORD)
    done = app.exports.compute(status.id)
    assert done is not None and done.row_count == 1


def test_custom_fields_are_exported_typed(app: App, salon: Salon) -> None:
    since = app.custom_fields.define(salon.owner, "Kundin seit", FieldType.DATE)
    ems = app.custom_fields.define(salon.owner, "EMS-Stromstärke", FieldType.NUMBER)
    vip = app.custom_fields.define(salon.owner, "VIP", FieldType.YES_NO)
    a_customer(
        app,
        salon.manager,
        custom={since.key: "01.03.2020", ems.key: "42,5", vip.key: True},
    )
    keys = [c.key for c in app.exports.field_choices(salon.manager)]
    assert keys[-3:] == [since.key, ems.key, vip.key]
    status = app.exports.request(
        salon.manager, _order(fields=("number", since.key, ems.key, vip.key))
    )
    app.exports.confirm(token_in(latest_mail(app).text, "confirm"), PASSWORD)
    app.exports.compute(status.id)
    file = app.exports.download(token_in(latest_mail(app).text, "download"), PASSWORD)
    ws = openpyxl.load_workbook(file.path).active
    header, row = list(ws.iter_rows(values_only=True))
    assert header == ("Kundennummer", "Kundin seit", "EMS-Stromstärke", "VIP")
    assert row[1].date() == dt.date(2020, 3, 1)
    assert row[2] == 42.5
    assert row[3] is True


def test_last_choice_is_remembered(app: App, salon: Salon) -> None:
    assert app.exports.last_order(salon.manager) is None
    app.exports.request(salon.manager, _order(fields=("number", "email")))
    last = app.exports.last_order(salon.manager)
    assert last is not None and last.fields == ("number", "email")


def test_interrupted_computation_is_started_again(app: App, salon: Salon) -> None:
    a_customer(app, salon.manager)
    status = app.exports.request(salon.manager, _order())
    app.exports.confirm(token_in(latest_mail(app).text, "confirm"), PASSWORD)
    with app.uow.write() as s:  # as if the PC lost power while computing
        row = s.get(ExportRequest, status.id)
        assert row is not None
        row.state = ExportState.COMPUTING.value
    (app.paths.exports / f"{status.id.hex}.part").write_bytes(b"PK half")
    assert app.exports.recover() == [status.id]
    assert not (app.paths.exports / f"{status.id.hex}.part").exists()
    done = app.exports.compute(status.id)
    assert done is not None and done.state is ExportState.READY


def test_health_data_fields_need_the_health_right(app: App, salon: Salon) -> None:
    allergies = app.custom_fields.define(salon.owner, "Allergien", FieldType.LONG_TEXT)
    app.privacy.set_health_data(salon.owner, allergies.key, True)
    manager = replace(salon.manager, rights=salon.manager.rights - {Right.VIEW_HEALTH_DATA})
    assert allergies.key not in [c.key for c in app.exports.field_choices(manager)]
    assert allergies.key in [c.key for c in app.exports.field_choices(salon.owner)]
    with pytest.raises(PermissionDenied):
        app.exports.request(manager, _order(fields=("number", allergies.key)))
    assert _requests(app) == 0
    app.exports.request(salon.owner, _order(fields=("number", allergies.key)))
    assert _requests(app) == 1


def test_a_withdrawn_request_stops_its_links_and_its_file(app: App, salon: Salon) -> None:
    a_customer(app, salon.manager)
    first = app.exports.request(salon.manager, _order())
    confirm_token = token_in(latest_mail(app).text, "confirm")
    app.exports.cancel(salon.manager, first.id)
    with pytest.raises(ExportLinkError) as info:
        app.exports.confirm(confirm_token, PASSWORD)
    assert info.value.message.code == "export_link_cancelled"

    second = app.exports.request(salon.manager, _order())
    app.exports.confirm(token_in(latest_mail(app).text, "confirm"), PASSWORD)
    app.exports.compute(second.id)
    download_token = token_in(latest_mail(app).text, "download")
    done = app.exports.cancel(salon.manager, second.id)
    assert done.state is ExportState.EXPIRED and done.closed_reason == "cancelled"
    assert list(app.paths.exports.iterdir()) == []
    with pytest.raises(ExportLinkError):
        app.exports.download(download_token, PASSWORD)
    assert "export_cancelled" in _actions(app)


def test_withdrawing_while_computing_stops_the_computation(app: App, salon: Salon) -> None:
    for i in range(5):
        a_customer(app, salon.manager, email=f"k{i}@example.de", phone="")
    status = app.exports.request(salon.manager, _order())
    app.exports.confirm(token_in(latest_mail(app).text, "confirm"), PASSWORD)
    calls: list[int] = []

    def withdraw_on_progress(pct: int) -> None:
        calls.append(pct)
        app.exports.cancel(salon.manager, status.id)

    app.exports.batch_size = 1  # several batches, so progress is reported
    result = app.exports.compute(status.id, withdraw_on_progress)
    assert result is None and calls
    assert list(app.paths.exports.iterdir()) == []
    final = app.exports.status(salon.manager, status.id)
    assert final.closed_reason == "cancelled"


def test_only_staff_with_the_right_can_withdraw(app: App, salon: Salon) -> None:
    status = app.exports.request(salon.manager, _order())
    with pytest.raises(PermissionDenied):
        app.exports.cancel(salon.front_desk, status.id)
    assert app.exports.status(salon.manager, status.id).state is ExportState.REQUESTED


def test_resending_gives_a_fresh_link_and_retires_the_old_one(app: App, salon: Salon) -> None:
    status = app.exports.request(salon.manager, _order())
    old = token_in(latest_mail(app).text, "confirm")
    app.exports.resend(salon.manager, status.id)
    new = token_in(latest_mail(app).text, "confirm")
    assert new != old and len(app.mail.outbox.entries()) == 2
    with pytest.raises(ExportLinkError):
        app.exports.confirm(old, PASSWORD)
    app.exports.confirm(new, PASSWORD)
    app.exports.compute(status.id)
    first_download = token_in(latest_mail(app).text, "download")
    app.exports.resend(salon.manager, status.id)
    second_download = token_in(latest_mail(app).text, "download")
    assert first_download != second_download
    assert app.exports.download(second_download, PASSWORD).file_name.endswith(".xlsx")
    assert "export_mail_resent" in _actions(app)
    with pytest.raises(PermissionDenied):
        app.exports.resend(salon.front_desk, status.id)
