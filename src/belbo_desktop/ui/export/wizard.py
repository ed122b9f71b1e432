"""The export wizard (Exportassistent): recipient, fields and format, summary.

Nothing is written until "Export anfordern" on the last page; the request (and its
confirmation mail, which may wait on a slow mail server) runs off the GUI thread. On a
PC enrolled with a hub the hub takes the request and sends the mails; the last page
says so, and an unreachable hub is shown as an error with the choices kept.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from belbo_desktop.domain.errors import BelboError
from belbo_desktop.domain.export import FORMAT_LABELS, ExportFormat
from belbo_desktop.domain.messages import Message
from belbo_desktop.services.export import ExportFieldChoice, ExportOrder, ExportStatus
from belbo_desktop.ui.context import UiContext
from belbo_desktop.ui.formatting import count as format_count
from belbo_desktop.ui.workers import Worker

KEY_ROLE = Qt.ItemDataRole.UserRole + 1


class RecipientPage(QWizardPage):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setTitle(self.tr("Schritt 1 von 3: Empfänger"))
        self.setSubTitle(
            self.tr(
                "An welche E-Mail-Adresse soll der Export geschickt werden? Es werden nur "
                "Adressen von Mitarbeitern mit administrativen Rechten vorgeschlagen."
            )
        )
        self.recipient = QComboBox()
        self.recipient.setAccessibleName(self.tr("E-Mail-Adresse des Empfängers"))
        self.recipient.setMinimumWidth(320)
        self.none_hint = QLabel(
            self.tr(
                "Kein Mitarbeiter mit administrativen Rechten hat eine E-Mail-Adresse. "
                "Bitte tragen Sie unter Einstellungen > Mitarbeiter eine Adresse ein."
            )
        )
        self.none_hint.setWordWrap(True)
        self.none_hint.setStyleSheet("color: #b00020;")
        note = QLabel(
            self.tr(
                "An diese Adresse geht eine Bestätigungsmail mit einem Link. Der Link fragt "
                "nach dem Passwort, das für diese Adresse in Belbo gilt; erst dann wird der "
                "Export berechnet und ein Download-Link verschickt."
            )
        )
        note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("E-Mail-Adresse:"), self.recipient)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.none_hint)
        layout.addSpacing(12)
        layout.addWidget(note)
        layout.addStretch(1)

    def load(self, recipients: list[str], last: str | None) -> None:
        self.recipient.clear()
        self.recipient.addItems(recipients)
        if last and last in recipients:
            self.recipient.setCurrentText(last)
        self.none_hint.setVisible(not recipients)
        self.recipient.setEnabled(bool(recipients))
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.recipient.count() > 0


class FieldsPage(QWizardPage):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setTitle(self.tr("Schritt 2 von 3: Kundenfelder und Format"))
        self.setSubTitle(
            self.tr("Bitte markieren Sie die Kundenfelder, die Sie exportieren möchten.")
        )
        self.fields = QListWidget()
        self.fields.setAccessibleName(self.tr("Kundenfelder"))
        self.fields.itemChanged.connect(lambda _item: self.completeChanged.emit())
        self.all_button = QPushButton(self.tr("Alle auswählen"))
        self.none_button = QPushButton(self.tr("Keine auswählen"))
        self.all_button.clicked.connect(lambda: self.set_all(True))
        self.none_button.clicked.connect(lambda: self.set_all(False))
        buttons = QHBoxLayout()
        buttons.addWidget(self.all_button)
        buttons.addWidget(self.none_button)
        buttons.addStretch(1)

        self.format = QComboBox()
        self.format.setAccessibleName(self.tr("Dateiformat"))
        for fmt in ExportFormat:
            de, en = FORMAT_LABELS[fmt]
            self.format.addItem(en if ctx.lang == "en" else de, fmt.value)

        self.all_customers = QRadioButton(self.tr("Alle Kunden"))
        self.search_only = QRadioButton(self.tr("Nur Kunden zur Suche:"))
        self.scope = QButtonGroup(self)
        self.scope.addButton(self.all_customers)
        self.scope.addButton(self.search_only)
        self.all_customers.setChecked(True)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("z. B. Müller oder 0176"))
        self.search.setAccessibleName(self.tr("Suche"))
        self.include_archived = QCheckBox(self.tr("Archivierte Kunden einbeziehen"))
        self.count_label = QLabel()
        self.customers = 0
        self._count_timer = QTimer(self)
        self._count_timer.setSingleShot(True)
        self._count_timer.setInterval(250)
        self._count_timer.timeout.connect(self.update_count)
        self.search.textEdited.connect(lambda _t: self._scope_changed(search=True))
        self.all_customers.toggled.connect(lambda _on: self._scope_changed())
        self.include_archived.toggled.connect(lambda _on: self._scope_changed())

        scope_box = QGroupBox(self.tr("Welche Kunden?"))
        scope_layout = QVBoxLayout(scope_box)
        scope_layout.addWidget(self.all_customers)
        row = QHBoxLayout()
        row.addWidget(self.search_only)
        row.addWidget(self.search, 1)
        scope_layout.addLayout(row)
        scope_layout.addWidget(self.include_archived)
        scope_layout.addWidget(self.count_label)

        form = QFormLayout()
        form.addRow(self.tr("Format:"), self.format)

        layout = QVBoxLayout(self)
        layout.addWidget(self.fields, 1)
        layout.addLayout(buttons)
        layout.addLayout(form)
        layout.addWidget(scope_box)

    def load(
        self, choices: list[ExportFieldChoice], last: ExportOrder | None, search_text: str
    ) -> None:
        chosen = set(last.fields) if last else {c.key for c in choices if not c.archived}
        self.fields.blockSignals(True)
        self.fields.clear()
        for choice in choices:
            text = choice.label
            if choice.archived:
                text = self.tr("{label} (archiviert)").format(label=choice.label)
            item = QListWidgetItem(text)
            item.setData(KEY_ROLE, choice.key)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if choice.key in chosen else Qt.CheckState.Unchecked
            )
            self.fields.addItem(item)
        self.fields.blockSignals(False)
        if last is not None:
            self.format.setCurrentIndex(max(0, self.format.findData(last.format.value)))
            self.include_archived.setChecked(last.include_archived)
        if search_text:
            self.search.setText(search_text)
            self.search_only.setChecked(True)
        self.completeChanged.emit()
        self.update_count()

    def set_all(self, checked: bool) -> None:
        state = Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        for i in range(self.fields.count()):
            self.fields.item(i).setCheckState(state)

    def chosen(self) -> tuple[str, ...]:
        return tuple(
            str(self.fields.item(i).data(KEY_ROLE))
            for i in range(self.fields.count())
            if self.fields.item(i).checkState() == Qt.CheckState.Checked
        )

    def chosen_labels(self) -> list[str]:
        return [
            self.fields.item(i).text()
            for i in range(self.fields.count())
            if self.fields.item(i).checkState() == Qt.CheckState.Checked
        ]

    def search_text(self) -> str:
        return self.search.text().strip() if self.search_only.isChecked() else ""

    def chosen_format(self) -> ExportFormat:
        return ExportFormat(str(self.format.currentData()))

    def _scope_changed(self, search: bool = False) -> None:
        if search and not self.search_only.isChecked():
            self.search_only.setChecked(True)
        self._count_timer.start()

    def update_count(self) -> None:
        try:
            n = self.ctx.app.exports.count(
                self.ctx.actor, self.search_text(), self.include_archived.isChecked()
            )
        except BelboError as exc:
            self.count_label.setText(exc.text(self.ctx.lang))
            return
        self.customers = n
        self.count_label.setText(
            self.tr("{n} Kunden werden exportiert.").format(n=format_count(n, self.ctx.lang))
        )

    def isComplete(self) -> bool:
        return bool(self.chosen())


class SummaryPage(QWizardPage):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setTitle(self.tr("Schritt 3 von 3: Zusammenfassung"))
        self.setSubTitle(self.tr("Bitte prüfen Sie Ihre Angaben und fordern Sie den Export an."))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.next_steps = QLabel()
        self.next_steps.setWordWrap(True)
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.result.setVisible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addSpacing(8)
        layout.addWidget(self.next_steps)
        layout.addSpacing(8)
        layout.addWidget(self.result)
        layout.addStretch(1)

    def show_result(self, text: str, ok: bool) -> None:
        colour = ("#1b5e20", "#e8f5e9") if ok else ("#8a1c1c", "#fdecea")
        self.result.setStyleSheet(
            f"QLabel {{ color: {colour[0]}; background: {colour[1]}; padding: 8px; "
            "border-radius: 4px; }"
        )
        self.result.setText(text)
        self.result.setVisible(True)

    def show_order(
        self,
        recipient: str,
        labels: list[str],
        fmt: ExportFormat,
        scope: str,
        local_mail: bool,
        hub: str | None = None,
    ) -> None:
        de, en = FORMAT_LABELS[fmt]
        rows = [
            (self.tr("Empfänger"), recipient),
            (self.tr("Kundenfelder"), ", ".join(labels)),
            (self.tr("Format"), en if self.ctx.lang == "en" else de),
            (self.tr("Kunden"), scope),
        ]
        self.summary.setText(
            "<table cellspacing='6'>"
            + "".join(
                f"<tr><td valign='top'><b>{_html(k)}:</b></td><td>{_html(v)}</td></tr>"
                for k, v in rows
            )
            + "</table>"
        )
        if hub:
            self.next_steps.setText(
                self.tr(
                    "Nach „Export anfordern“ schickt der Hub ({hub}) eine Bestätigungsmail an "
                    "{recipient}. Der Link darin funktioniert auf jedem Gerät, ist 24 Stunden "
                    "gültig und fragt nach dem Passwort. Danach berechnet der Hub den Export; "
                    "eine zweite E-Mail bringt den Download-Link (7 Tage gültig)."
                ).format(hub=hub, recipient=recipient)
            )
            return
        steps = self.tr(
            "Nach „Export anfordern“ geht eine Bestätigungsmail an {recipient}. Der Link darin "
            "ist 24 Stunden gültig und fragt nach dem Passwort. Danach wird der Export "
            "berechnet; eine zweite E-Mail bringt den Download-Link (7 Tage gültig)."
        ).format(recipient=recipient)
        if local_mail:
            steps += " " + self.tr(
                "Es ist kein Mailserver eingerichtet: Die E-Mails erscheinen in Belbo unter "
                "„E-Mails“."
            )
        self.next_steps.setText(steps)


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class ExportWizard(QWizard):
    """Exportassistent. ``search_text`` preselects "only the current search"."""

    def __init__(self, ctx: UiContext, search_text: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.result_status: ExportStatus | None = None
        self._submitting = False
        self.setWindowTitle(self.tr("Kunden exportieren"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Export anfordern"))
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("Weiter >"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< Zurück"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Abbrechen"))
        self.recipient_page = RecipientPage(ctx)
        self.fields_page = FieldsPage(ctx)
        self.summary_page = SummaryPage(ctx)
        for page in (self.recipient_page, self.fields_page, self.summary_page):
            self.addPage(page)
        self.worker = Worker(self)
        self.resize(640, 600)
        self.currentIdChanged.connect(self._page_changed)
        self.load(search_text)

    def load(self, search_text: str) -> None:
        """Fill the pages from the services (raises PermissionDenied without the right)."""
        exports, actor = self.ctx.app.exports, self.ctx.actor
        last = exports.last_order(actor)
        self.recipient_page.load(exports.recipients(actor), last.recipient if last else None)
        self.fields_page.load(exports.field_choices(actor, self.ctx.lang), last, search_text)

    def order(self) -> ExportOrder:
        return ExportOrder(
            recipient=self.recipient_page.recipient.currentText(),
            fields=self.fields_page.chosen(),
            format=self.fields_page.chosen_format(),
            search_text=self.fields_page.search_text(),
            include_archived=self.fields_page.include_archived.isChecked(),
            lang=self.ctx.lang,
        )

    def _page_changed(self, page_id: int) -> None:
        if self.page(page_id) is self.summary_page:
            self.fields_page.update_count()
            n = format_count(self.fields_page.customers, self.ctx.lang)
            search = self.fields_page.search_text()
            scope = (
                self.tr("{n} Kunden passend zur Suche „{search}“").format(n=n, search=search)
                if search
                else self.tr("alle {n} Kunden").format(n=n)
            )
            if self.fields_page.include_archived.isChecked():
                scope += self.tr(" (mit archivierten)")
            hub = self.ctx.app.exports.hub_url()
            self.summary_page.show_order(
                self.recipient_page.recipient.currentText(),
                self.fields_page.chosen_labels(),
                self.fields_page.chosen_format(),
                scope,
                hub is None and self.ctx.app.mail.mailer().local,
                hub,
            )

    def accept(self) -> None:
        """Send the request off the GUI thread; close when it is stored."""
        if self.result_status is not None:
            super().accept()
            return
        if self._submitting:
            return
        self._submitting = True
        self.button(QWizard.WizardButton.FinishButton).setEnabled(False)
        self.button(QWizard.WizardButton.BackButton).setEnabled(False)
        self.setCursor(Qt.CursorShape.BusyCursor)
        order, actor, exports = self.order(), self.ctx.actor, self.ctx.app.exports
        self.worker.submit(lambda: exports.request(actor, order), self._done, self._failed)

    def _done(self, status: ExportStatus) -> None:
        """Show the outcome on the last page (no modal box); "Schließen" then closes."""
        self.unsetCursor()
        self.result_status = status
        if status.via_hub:
            self._sync_soon()  # the hub's steps come back with the audit log
        else:
            self.ctx.app.export_server.start_if_pending_soon()
        if status.mail_error:
            text = Message(
                "export_mail_failed", {"to": status.recipient, "reason": status.mail_error}
            ).text(self.ctx.lang)
            self.summary_page.show_result(text, ok=False)
        elif status.via_hub:
            self.summary_page.show_result(
                self.tr(
                    "Export beim Hub angefordert. Der Hub hat die Bestätigungsmail an {to} "
                    "gesendet; ihr Link öffnet die Seite auf {url} und funktioniert auf jedem "
                    "Gerät. Den Stand sehen Sie unter Einstellungen > Konto > Kunden exportieren."
                ).format(to=status.recipient, url=status.pages_url),
                ok=True,
            )
        elif self.ctx.app.mail.mailer().local:
            self.summary_page.show_result(
                self.tr(
                    "Export angefordert. Die Bestätigungsmail an {to} liegt in Belbo unter "
                    "„E-Mails“: Öffnen Sie den Link darin und bestätigen Sie mit dem Passwort."
                ).format(to=status.recipient),
                ok=True,
            )
        else:
            self.summary_page.show_result(
                self.tr("Export angefordert. Die Bestätigungsmail wurde an {to} gesendet.").format(
                    to=status.recipient
                ),
                ok=True,
            )
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Schließen"))
        self.button(QWizard.WizardButton.FinishButton).setEnabled(True)
        self.button(QWizard.WizardButton.CancelButton).setVisible(False)

    def _sync_soon(self) -> None:
        from belbo_desktop.ui.sync.controller import SyncController

        SyncController.for_app(self.ctx.app.sync).sync_now()

    def _failed(self, exc: BaseException) -> None:
        self.unsetCursor()
        self._submitting = False
        self.button(QWizard.WizardButton.FinishButton).setEnabled(True)
        self.button(QWizard.WizardButton.BackButton).setEnabled(True)
        if isinstance(exc, BelboError):
            self.summary_page.show_result(exc.text(self.ctx.lang), ok=False)
            return
        raise exc
