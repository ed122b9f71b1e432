"""Einstellungen > Konto > Kunden exportieren: start the wizard, follow the requests."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from belbo_desktop.domain.errors import BelboError
from belbo_desktop.domain.export import ExportState
from belbo_desktop.domain.messages import Message
from belbo_desktop.domain.rights import Right
from belbo_desktop.services.export import DEFAULT_BASE_URL
from belbo_desktop.ui.context import UiContext
from belbo_desktop.ui.export.status import ExportStatusList
from belbo_desktop.ui.settings.page import SettingsPage
from belbo_desktop.ui.workers import Worker


class ExportPage(SettingsPage):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        intro = QLabel(
            self.tr(
                "Sie können Ihre Kunden jederzeit exportieren, um die Liste in Drittprogramme "
                "zu importieren oder lokal bei sich zu sichern. Der Export wird per E-Mail an "
                "eine Adresse mit administrativen Rechten bestätigt und ist nur mit deren "
                "Passwort herunterladbar. Die Datei öffnet sich in Excel und LibreOffice."
            )
        )
        intro.setWordWrap(True)
        self.start_button = QPushButton(self.tr("Export-Assistent starten …"))
        self.start_button.setAccessibleName(self.tr("Export-Assistent starten"))
        why = ctx.actor.why_not(Right.EXPORT_CUSTOMERS, ctx.lang)
        self.start_button.setEnabled(why is None)
        if why:
            self.start_button.setToolTip(why)
        self.start_button.clicked.connect(self.open_wizard)
        self.cancel_button = QPushButton(self.tr("Anforderung zurückziehen"))
        self.cancel_button.setToolTip(
            self.tr("Die Links der gewählten Anforderung werden ungültig, die Datei gelöscht.")
        )
        self.cancel_button.setEnabled(False)
        self.cancel_button.clicked.connect(self.cancel_selected)
        self.resend_button = QPushButton(self.tr("E-Mail erneut senden"))
        self.resend_button.setToolTip(
            self.tr("Schickt die Bestätigung bzw. den Download-Link neu; der alte Link verfällt.")
        )
        self.resend_button.setEnabled(False)
        self.resend_button.clicked.connect(self.resend_selected)
        top = QHBoxLayout()
        top.addWidget(self.start_button)
        top.addStretch(1)
        top.addWidget(self.resend_button)
        top.addWidget(self.cancel_button)

        self.status = ExportStatusList(ctx)
        self.status.selectionChanged.connect(self._selection_changed)
        requests_box = QGroupBox(self.tr("Export-Anforderungen"))
        box_layout = QVBoxLayout(requests_box)
        box_layout.addWidget(self.status)

        self.server_label = QLabel()
        self.server_label.setWordWrap(True)
        self.base_url = QLineEdit()
        self.base_url.setPlaceholderText(DEFAULT_BASE_URL)
        self.base_url.setAccessibleName(self.tr("Adresse der Bestätigungsseiten"))
        self.base_url.setEnabled(ctx.actor.can(Right.MANAGE_SETTINGS))
        pages_box = QGroupBox(self.tr("Bestätigungs- und Download-Seiten"))
        pages_form = QFormLayout(pages_box)
        pages_form.addRow(self.tr("Adresse:"), self.base_url)
        hint = QLabel(
            self.tr(
                "Leer lassen, wenn kein Hub eingerichtet ist: Dann zeigt dieser PC die Seiten "
                "selbst an, solange Exporte offen sind (nur auf diesem PC erreichbar)."
            )
        )
        hint.setWordWrap(True)
        pages_form.addRow(hint)
        pages_form.addRow(self.server_label)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(top)
        layout.addWidget(requests_box, 1)
        layout.addWidget(pages_box)
        self._stored_url = ""
        self.worker = Worker(self)

    def load(self) -> None:
        url = self.ctx.app.exports.base_url()
        self._stored_url = "" if url == DEFAULT_BASE_URL else url
        self.base_url.setText(self._stored_url)
        hub = self.ctx.app.exports.hub_url()
        self.base_url.setEnabled(hub is None and self.ctx.actor.can(Right.MANAGE_SETTINGS))
        self.status.refresh()
        self.show_server()

    def show_server(self) -> None:
        """Start the local pages if exports are open (off the GUI thread), then say where
        they are."""
        hub = self.ctx.app.exports.hub_url()
        if hub is not None:
            self.server_label.setText(
                self.tr(
                    "Dieser PC ist mit dem Hub {hub} verbunden: Exporte werden beim Hub "
                    "angefordert, der Hub verschickt die E-Mails und zeigt die Seiten an "
                    "(auf jedem Gerät erreichbar). Die Adresse oben gilt dann nicht."
                ).format(hub=hub)
            )
            return
        server = self.ctx.app.export_server
        if not server.serves_links():
            self.server_label.setText(
                self.tr("Die Seiten werden vom Hub angezeigt: {url}").format(
                    url=self.ctx.app.exports.base_url()
                )
            )
            return
        self.worker.submit(server.start_if_pending, self._server_state, self._server_failed)

    def _server_state(self, running: bool) -> None:
        server = self.ctx.app.export_server
        if running:
            self.server_label.setText(
                self.tr("Die Seiten laufen auf diesem PC unter {url}.").format(url=server.url)
            )
        elif server.error:
            self._server_failed(RuntimeError(server.error))
        else:
            self.server_label.setText(
                self.tr("Keine offenen Exporte: Die Seiten werden bei Bedarf gestartet.")
            )

    def _server_failed(self, exc: BaseException) -> None:
        self.server_label.setText(
            self.tr("Die Seiten können nicht angezeigt werden: {error}").format(error=str(exc))
        )

    def is_dirty(self) -> bool:
        return self.base_url.text().strip().rstrip("/") != self._stored_url

    def validate(self) -> str | None:
        url = self.base_url.text().strip()
        if url and not url.startswith(("http://", "https://")):
            return Message("base_url_invalid").text(self.ctx.lang)
        return None

    def save(self) -> None:
        if self.is_dirty():
            self.ctx.app.exports.set_base_url(self.ctx.actor, self.base_url.text())
            self._stored_url = self.base_url.text().strip().rstrip("/")

    def _selection_changed(self) -> None:
        row = self.status.selected()
        allowed = row is not None and self.ctx.actor.can(Right.EXPORT_CUSTOMERS)
        if row is not None and row.remote:  # only the hub's requests, and only through it
            allowed = allowed and row.via_hub and self.ctx.app.exports.hub_url() is not None
        self.cancel_button.setEnabled(allowed and row is not None and row.open)
        self.resend_button.setEnabled(
            allowed
            and row is not None
            and row.state in (ExportState.REQUESTED, ExportState.READY, ExportState.DOWNLOADED)
        )

    def resend_selected(self) -> None:
        row = self.status.selected()
        if row is None:
            return
        try:
            status = self.ctx.app.exports.resend(self.ctx.actor, row.id)
        except BelboError as exc:
            QMessageBox.warning(self, self.tr("Kunden exportieren"), exc.text(self.ctx.lang))
        else:
            if status.mail_error:
                text = Message(
                    "export_mail_failed", {"to": status.recipient, "reason": status.mail_error}
                ).text(self.ctx.lang)
                QMessageBox.warning(self, self.tr("E-Mail nicht gesendet"), text)
        self._after_hub_change(row.remote)
        self.status.refresh()

    def cancel_selected(self) -> None:
        row = self.status.selected()
        if row is None:
            return
        try:
            self.ctx.app.exports.cancel(self.ctx.actor, row.id)
        except BelboError as exc:
            QMessageBox.warning(self, self.tr("Kunden exportieren"), exc.text(self.ctx.lang))
        self._after_hub_change(row.remote)
        self.status.refresh()

    def _after_hub_change(self, remote: bool) -> None:
        """A change made at the hub comes back here with the next sync: start it now."""
        if remote:
            from belbo_desktop.ui.sync.controller import SyncController

            SyncController.for_app(self.ctx.app.sync).sync_now()

    def open_wizard(self, search_text: str = "") -> None:
        from belbo_desktop.ui.export.wizard import ExportWizard

        wizard = ExportWizard(self.ctx, search_text if isinstance(search_text, str) else "", self)
        wizard.finished.connect(self._wizard_finished)
        wizard.open()
        self.wizard = wizard

    def _wizard_finished(self, _result: int) -> None:
        self.status.refresh()
        self.show_server()
