"""The export wizard, status list, outbox viewer and mail settings, driven with qtbot."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot
from tests.builders import a_customer
from tests.conftest import Salon

from belbo_desktop.bootstrap import App
from belbo_desktop.domain.export import ExportFormat, ExportState
from belbo_desktop.mail.secrets import SecretStore
from belbo_desktop.mail.smtp import SmtpSettings
from belbo_desktop.services.export import ExportOrder
from belbo_desktop.ui.context import UiContext
from belbo_desktop.ui.export.entry import nav_entries, settings_pages
from belbo_desktop.ui.export.export_page import ExportPage
from belbo_desktop.ui.export.mail_page import MailPage
from belbo_desktop.ui.export.outbox import OutboxView
from belbo_desktop.ui.export.status import Column
from belbo_desktop.ui.export.wizard import ExportWizard


@pytest.fixture(autouse=True)
def _pages_off(app: App) -> None:
    """The wizard starts the local pages server; keep it off the fixed port in tests."""
    app.export_server.start_if_pending = lambda: False  # type: ignore[method-assign]


def _wizard(qtbot: QtBot, app: App, salon: Salon, search: str = "") -> ExportWizard:
    wizard = ExportWizard(UiContext(app, salon.manager), search)
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def test_wizard_offers_only_admin_addresses_and_requests_the_export(
    qtbot: QtBot, app: App, salon: Salon
) -> None:
    a_customer(app, salon.manager)
    wizard = _wizard(qtbot, app, salon)
    combo = wizard.recipient_page.recipient
    assert [combo.itemText(i) for i in range(combo.count())] == ["chefin@salon.example"]
    wizard.next()
    fields = wizard.fields_page
    assert wizard.currentPage() is fields
    assert "number" in fields.chosen() and len(fields.chosen()) >= 14  # all by default
    assert fields.chosen_format() is ExportFormat.XLSX
    fields.none_button.click()
    assert not fields.isComplete()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    fields.all_button.click()
    assert fields.isComplete()
    assert "1 Kunden" in fields.count_label.text()
    wizard.next()
    assert wizard.currentPage() is wizard.summary_page
    assert "chefin@salon.example" in wizard.summary_page.summary.text()
    assert "E-Mails" in wizard.summary_page.next_steps.text()  # no SMTP: local outbox
    assert wizard.button(QWizard.WizardButton.FinishButton).text() == "Export anfordern"
    wizard.accept()
    qtbot.waitUntil(lambda: wizard.result_status is not None, timeout=5000)
    assert wizard.summary_page.result.isVisible()
    assert "Export angefordert" in wizard.summary_page.result.text()
    assert app.mail.outbox.entries()[0].to == "chefin@salon.example"
    assert wizard.button(QWizard.WizardButton.FinishButton).text() == "Schließen"


def test_wizard_remembers_the_last_choice_and_takes_the_current_search(
    qtbot: QtBot, app: App, salon: Salon
) -> None:
    a_customer(app, salon.manager, last_name="Schulz")
    a_customer(app, salon.manager, last_name="Meier", email="m@example.de", phone="")
    app.exports.request(
        salon.manager,
        ExportOrder("chefin@salon.example", ("number", "email"), ExportFormat.CSV_COMMA),
    )
    wizard = _wizard(qtbot, app, salon, search="Schulz")
    fields = wizard.fields_page
    assert fields.chosen() == ("number", "email")
    assert fields.chosen_format() is ExportFormat.CSV_COMMA
    assert fields.search_only.isChecked() and fields.search_text() == "Schulz"
    assert "1 Kunden" in fields.count_label.text()
    assert wizard.order().search_text == "Schulz"


def test_export_page_is_disabled_with_the_reason_for_front_desk(
    qtbot: QtBot, app: App, salon: Salon
) -> None:
    ctx = UiContext(app, salon.front_desk)
    (export_entry,) = [e for e in settings_pages() if e.key == "customer_export"]
    assert not export_entry.visible(ctx)
    assert export_entry.why_not is not None
    assert "Kunden exportieren" in (export_entry.why_not(ctx) or "")
    assert not nav_entries()[0].visible(ctx)


def test_status_list_shows_the_state_of_each_request(qtbot: QtBot, app: App, salon: Salon) -> None:
    app.exports.request(salon.manager, ExportOrder("chefin@salon.example", ("number",)))
    page = ExportPage(UiContext(app, salon.manager))
    qtbot.addWidget(page)
    page.load()
    model = page.status.model
    assert model.rowCount() == 1
    state = model.index(0, Column.STATE).data()
    assert state.startswith("Angefordert")
    assert model.index(0, Column.RECIPIENT).data() == "chefin@salon.example"
    assert page.start_button.isEnabled()


def test_outbox_view_shows_mails_with_clickable_links(qtbot: QtBot, app: App, salon: Salon) -> None:
    app.exports.request(salon.manager, ExportOrder("chefin@salon.example", ("number",)))
    view = OutboxView(UiContext(app, salon.manager))
    qtbot.addWidget(view)
    assert view.list.count() == 1
    html = view.body.toHtml()
    assert "/export/confirm/" in html and "href=" in html
    assert view.body.openExternalLinks()


def test_mail_page_saves_settings_and_tells_where_the_password_is(
    qtbot: QtBot, app: App, salon: Salon, tmp_path: Path
) -> None:
    app.mail.secrets = SecretStore(tmp_path / "secrets", use_keyring=False)
    page = MailPage(UiContext(app, salon.owner))
    qtbot.addWidget(page)
    page.load()
    assert page.sender() is None  # the address field once hid QObject.sender()
    assert "Datei" in page.secret_hint.text()
    page.host.setText("smtp.example.com")
    page.sender_address.setText("kein-at")
    assert page.validate() is not None  # refused, nothing saved
    assert app.mail.load() == SmtpSettings()
    page.sender_address.setText("salon@salon-test.de")
    page.username.setText("salon")
    page.password.setText("pw")
    page._password_touched = True
    assert page.validate() is None
    page.save()
    assert app.mail.load().host == "smtp.example.com"
    assert app.mail.has_password()


def test_requests_in_every_state_render(qtbot: QtBot, app: App, salon: Salon) -> None:
    from tests.conftest import PASSWORD
    from tests.unit.export.helpers import token_in

    status = app.exports.request(salon.manager, ExportOrder("chefin@salon.example", ("number",)))
    app.exports.confirm(token_in(app.mail.outbox.entries()[0].text, "confirm"), PASSWORD)
    app.exports.compute(status.id)
    page = ExportPage(UiContext(app, salon.manager))
    qtbot.addWidget(page)
    page.load()
    text = page.status.model.index(0, Column.STATE).data()
    assert text == "Bereit zum Herunterladen"
    assert page.status.model.index(0, Column.STATE).data(Qt.ItemDataRole.ForegroundRole)
    assert app.exports.status(salon.manager, status.id).state is ExportState.READY


def test_a_request_can_be_withdrawn_from_the_list(qtbot: QtBot, app: App, salon: Salon) -> None:
    app.exports.request(salon.manager, ExportOrder("chefin@salon.example", ("number",)))
    page = ExportPage(UiContext(app, salon.manager))
    qtbot.addWidget(page)
    page.load()
    assert not page.cancel_button.isEnabled()
    page.status.view.selectRow(0)
    assert page.cancel_button.isEnabled() and page.resend_button.isEnabled()
    page.resend_button.click()
    assert len(app.mail.outbox.entries()) == 2
    page.status.view.selectRow(0)
    page.cancel_button.click()
    assert page.status.model.index(0, Column.STATE).data() == "Zurückgezogen"
    page.status.view.selectRow(0)
    assert not page.cancel_button.isEnabled()
