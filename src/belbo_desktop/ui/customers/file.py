"""Kundenakte: one customer's file — Stammdaten, Kundenfelder and the modules' tabs.

The form is written only on Speichern; the service checks everything and its messages
appear under the fields they are about. Leaving with unsaved changes asks first.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from belbo_desktop.domain.customers import CustomerInput
from belbo_desktop.domain.errors import BelboError, ValidationError
from belbo_desktop.domain.rights import Right
from belbo_desktop.services.custom_fields import CustomField
from belbo_desktop.services.customers import CustomerDetail, CustomerRow
from belbo_desktop.ui import formatting
from belbo_desktop.ui.context import UiContext
from belbo_desktop.ui.customers.editors import (
    CheckEditor,
    DateEditor,
    FieldEditor,
    LineEditor,
    TextEditor,
    custom_editor,
    stored_to_editor,
)
from belbo_desktop.ui.customers.history import HistoryTab
from belbo_desktop.ui.icons import icon
from belbo_desktop.ui.login import error_label, show_error
from belbo_desktop.ui.modules import CustomerTabEntry, customer_tabs
from belbo_desktop.ui.workers import Worker

if TYPE_CHECKING:
    from belbo_desktop.services.customer_merge import MergeFile

#: Tabs every customer file has, in order; modules replace a placeholder by its key.
BUILTIN_TABS: tuple[str, ...] = (
    "master_data",
    "custom_fields",
    "vouchers",
    "sales",
    "bonus",
    "history",
    "privacy",
)


def tab_title(key: str) -> str:
    return {
        "master_data": QCoreApplication.translate("CustomerFile", "Stammdaten"),
        "custom_fields": QCoreApplication.translate("CustomerFile", "Kundenfelder"),
        "vouchers": QCoreApplication.translate("CustomerFile", "Gutscheine"),
        "sales": QCoreApplication.translate("CustomerFile", "Einkäufe"),
        "bonus": QCoreApplication.translate("CustomerFile", "Bonuskarten"),
        "history": QCoreApplication.translate("CustomerFile", "Verlauf"),
        "privacy": QCoreApplication.translate("CustomerFile", "Datenschutz"),
    }.get(key, key)


def placeholder_text(key: str) -> str:
    return {
        "vouchers": QCoreApplication.translate(
            "CustomerFile",
            "Hier erscheinen die Gutscheine, die dieser Kunde gekauft oder eingelöst hat, "
            "mit Restwert und Status.",
        ),
        "bonus": QCoreApplication.translate(
            "CustomerFile",
            "Hier erscheinen die Bonus- und Stempelkarten dieses Kunden: aktive Programme, "
            "gesammelte Stempel und eingelöste Prämien.",
        ),
        "privacy": QCoreApplication.translate(
            "CustomerFile",
            "Hier erscheinen Datenauskünfte (DSGVO Art. 15/20), Einwilligungen und "
            "Löschanfragen dieses Kunden mit ihren Fristen.",
        ),
    }.get(
        key,
        QCoreApplication.translate(
            "CustomerFile", "Dieser Bereich wird von einem Modul bereitgestellt, das noch fehlt."
        ),
    )


def placeholder(text: str) -> QWidget:
    widget = QWidget()
    label = QLabel(text)
    label.setWordWrap(True)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setEnabled(False)
    layout = QVBoxLayout(widget)
    layout.addStretch(1)
    layout.addWidget(label)
    layout.addStretch(2)
    return widget


BUILTIN_ORDER = (
    "first_name",
    "last_name",
    "email",
    "phone",
    "birthday",
    "street",
    "postcode",
    "city",
    "country",
    "notes",
    "marketing_consent",
)


class CustomerFile(QWidget):
    """The file of one customer, or a new one when ``customer_id`` is None."""

    closeRequested = Signal()
    saved = Signal(uuid.UUID)
    openRequested = Signal(uuid.UUID)  # e.g. a possible duplicate

    def __init__(
        self, ctx: UiContext, customer_id: uuid.UUID | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.customer_id = customer_id
        self.detail: CustomerDetail | None = None
        self.worker = Worker(self)
        self.fields: list[CustomField] = ctx.app.custom_fields.list_fields(
            ctx.actor, include_archived=True
        )
        self.editors: dict[str, FieldEditor] = {}
        self._loaded: dict[str, object] = {}
        self._duplicates: list[CustomerRow] = []
        self.merged_into: MergeFile | None = None
        self.merge_dialog: QDialog | None = None
        self.tab_keys: list[str] = []
        self.can_edit = ctx.actor.can(Right.EDIT_CUSTOMERS)

        self._build_header()
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        layout = QVBoxLayout(self)
        layout.addLayout(self.header)
        layout.addWidget(self.meta)
        layout.addWidget(self.banner)
        layout.addWidget(self.duplicate_box)
        layout.addWidget(self.tabs, 1)
        self._build_tabs()

        self.save_action = QAction(self)
        self.save_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Save))
        self.save_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.save_action.triggered.connect(self.save)
        self.addAction(self.save_action)
        self.back_action = QAction(self)
        self.back_action.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        self.back_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.back_action.triggered.connect(self.closeRequested)
        self.addAction(self.back_action)

        if customer_id is None:
            self._show(None)
        else:
            self._show(ctx.app.customers.get(ctx.actor, customer_id))
            self._check_duplicates()
        self.setFocusProxy(self.editors["first_name"])

    # --- building ---------------------------------------------------------------------

    def _build_header(self) -> None:
        self.back_button = QToolButton()
        self.back_button.setIcon(icon("back"))
        self.back_button.setToolTip(self.tr("Zurück zur Kundenliste (Esc)"))
        self.back_button.setAccessibleName(self.tr("Zurück zur Kundenliste"))
        self.back_button.clicked.connect(self.closeRequested)
        self.title = QLabel()
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.merge_button = QPushButton(self.tr("Zusammenführen…"))
        self.merge_button.setAccessibleName(self.tr("Mit anderem Kunden zusammenführen…"))
        self.merge_button.clicked.connect(lambda: self.merge_with(None))
        self.archive_button = QPushButton(icon("archive"), self.tr("Archivieren"))
        self.archive_button.clicked.connect(self.toggle_archived)
        self.discard_button = QPushButton(self.tr("Änderungen verwerfen"))
        self.discard_button.clicked.connect(self.discard)
        self.save_button = QPushButton(icon("save"), self.tr("Speichern"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)

        self.header = QHBoxLayout()
        self.header.addWidget(self.back_button)
        self.header.addWidget(self.title, 1)
        self.header.addWidget(self.merge_button)
        self.header.addWidget(self.archive_button)
        self.header.addWidget(self.discard_button)
        self.header.addWidget(self.save_button)

        self.meta = QLabel()
        self.meta.setWordWrap(True)
        self.meta.setEnabled(False)
        self.banner = error_label()
        self.duplicate_box = QFrame()
        self.duplicate_box.setFrameShape(QFrame.Shape.StyledPanel)
        self.duplicate_layout = QVBoxLayout(self.duplicate_box)
        self.duplicate_box.hide()

    def _build_tabs(self) -> None:
        registered = customer_tabs()
        modules: dict[str, CustomerTabEntry] = {e.key: e for e in registered if e.visible(self.ctx)}
        # a module's tab that says "not visible" (feature off, no right) is left out entirely
        hidden = {e.key for e in registered} - set(modules)
        keys = [k for k in BUILTIN_TABS if k not in hidden]
        keys += [k for k in modules if k not in BUILTIN_TABS]
        for key in keys:
            widget = self._tab_widget(key, modules.get(key))
            title = modules[key].title if key in modules else tab_title(key)
            self.tabs.addTab(widget, QCoreApplication.translate("CustomerFile", title))
            self.tab_keys.append(key)

    def _tab_widget(self, key: str, entry: CustomerTabEntry | None) -> QWidget:
        if key == "master_data":
            return self._scroll(self._master_data_form())
        if key == "custom_fields":
            return self._scroll(self._custom_fields_form())
        if key == "history":
            self.history = HistoryTab(self.ctx, self.customer_id)
            return self.history
        if entry is not None:
            if self.customer_id is None:
                return placeholder(self.tr("Verfügbar, sobald der Kunde gespeichert ist."))
            return entry.factory(self.ctx, self.customer_id)
        return placeholder(placeholder_text(key))

    @staticmethod
    def _scroll(widget: QWidget) -> QScrollArea:
        """A form at a readable width, top-left, scrolling when the window is small."""
        widget.setMaximumWidth(widget.fontMetrics().horizontalAdvance("M") * 62)
        holder = QWidget()
        layout = QVBoxLayout(holder)
        layout.addWidget(widget)
        layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(holder)
        return scroll

    def _add(self, form: QFormLayout, editor: FieldEditor, text: str) -> None:
        self.editors[editor.key] = editor
        editor.changed.connect(self._changed)
        if isinstance(editor, CheckEditor):
            form.addRow("", editor)
        else:
            form.addRow(text + ":", editor)
        editor.editor.setAccessibleName(text)

    def _master_data_form(self) -> QWidget:
        lang = self.ctx.lang
        page = QWidget()
        form = QFormLayout(page)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.number_label = QLabel()
        self.number_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow(self.tr("Kundennummer:"), self.number_label)
        self._add(form, LineEditor("first_name", max_length=100), self.tr("Vorname"))
        self._add(form, LineEditor("last_name", max_length=100), self.tr("Nachname"))
        self._add(form, LineEditor("email", "name@beispiel.de", 254), self.tr("E-Mail"))
        self._add(form, LineEditor("phone", "0176 1234567", 40), self.tr("Telefon"))
        self._add(form, DateEditor("birthday", lang), self.tr("Geburtstag"))
        self._add(form, LineEditor("street", max_length=200), self.tr("Straße und Hausnummer"))
        self._add(form, LineEditor("postcode", max_length=10), self.tr("PLZ"))
        self._add(form, LineEditor("city", max_length=100), self.tr("Ort"))
        self._add(form, LineEditor("country", "DE", 2), self.tr("Land (ISO-Code)"))
        self._add(form, TextEditor("notes", 5), self.tr("Notizen"))
        self._add(
            form,
            CheckEditor("marketing_consent", self.tr("Einwilligung in Werbung (E-Mail, Post)")),
            self.tr("Einwilligung Werbung"),
        )
        for key in ("email", "phone", "birthday", "first_name", "last_name"):
            editor = self.editors[key]
            if isinstance(editor, LineEditor):
                editor.line.editingFinished.connect(self._check_duplicates)
        return page

    def _custom_fields_form(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        active = [f for f in self.fields if not f.archived]
        if not active:
            hint = QLabel(
                self.tr(
                    "Es sind noch keine Kundenfelder angelegt. Inhaber und Manager legen sie "
                    "unter Einstellungen > Kundenfelder an."
                )
            )
            hint.setWordWrap(True)
            form.addRow(hint)
        for f in active:
            editor = custom_editor(f, self.ctx.lang)
            self._add(form, editor, f.label)
            if f.help_text:
                help_label = QLabel(f.help_text)
                help_label.setWordWrap(True)
                help_label.setEnabled(False)
                form.addRow("", help_label)
        return page

    # --- showing ----------------------------------------------------------------------

    def _show(self, detail: CustomerDetail | None) -> None:
        self.detail = detail
        values: dict[str, object] = {}
        if detail is not None:
            data = detail.to_input()
            for key in BUILTIN_ORDER:
                values[key] = getattr(data, key)
            self.customer_id = detail.id
        else:
            values = {key: "" for key in BUILTIN_ORDER}
            values["country"] = "DE"
            values["marketing_consent"] = False
            values["birthday"] = None
        for f in self.fields:
            if f.key in self.editors:
                stored = detail.custom.get(f.key) if detail else None
                values[f.key] = stored_to_editor(f, stored)
        for key, editor in self.editors.items():
            editor.blockSignals(True)
            editor.set_value(values.get(key))
            editor.blockSignals(False)
            editor.show_error(None)
        self._loaded = self._values()
        show_error(self.banner, None)
        self._show_header()
        self._changed()

    def _show_header(self) -> None:
        lang = self.ctx.lang
        d = self.detail
        archived = d is not None and d.archived_at is not None
        if d is None:
            self.title.setText(self.tr("Neuer Kunde"))
            self.number_label.setText(self.tr("wird beim Speichern vergeben"))
            self.meta.setText("")
            self.meta.hide()
        else:
            title = f"{d.first_name} {d.last_name}"
            if archived:
                title += " – " + self.tr("archiviert")
            self.title.setText(title)
            self.number_label.setText(str(d.number))
            created = (
                self.tr("Angelegt am %1 von %2")
                .replace("%1", formatting.datetime(d.created_at, lang))
                .replace("%2", d.created_by or self.tr("Import/Demodaten"))
            )
            changed = (
                self.tr("zuletzt geändert am %1 von %2")
                .replace("%1", formatting.datetime(d.updated_at, lang))
                .replace("%2", d.updated_by or self.tr("Import/Demodaten"))
            )
            number = self.tr("Kundennummer %1").replace("%1", str(d.number))
            self.meta.setText(f"{number} · {created} · {changed}")
            self.meta.show()
        editable = self.can_edit and not archived
        for editor in self.editors.values():
            editor.set_read_only(not editable)
        why_edit = self.ctx.actor.why_not(Right.EDIT_CUSTOMERS, lang)
        if archived:
            why_edit = self.tr("Archivierte Kunden können nicht bearbeitet werden.")
        self.save_button.setToolTip(why_edit or self.tr("Änderungen speichern (Strg+S)"))
        self.archive_button.setVisible(d is not None)
        self.archive_button.setText(
            self.tr("Wiederherstellen") if archived else self.tr("Archivieren")
        )
        why_archive = self.ctx.actor.why_not(Right.ARCHIVE_CUSTOMERS, lang)
        self.archive_button.setEnabled(why_archive is None)
        self.archive_button.setToolTip(
            why_archive
            or (
                self.tr("Den Kunden wieder aktiv schalten")
                if archived
                else self.tr("Den Kunden aus der Liste nehmen; die Akte bleibt erhalten")
            )
        )
        self._show_merge_state(d)
        if hasattr(self, "history"):
            self.history.set_customer(self.customer_id)

    def _show_merge_state(self, d: CustomerDetail | None) -> None:
        """The merge button, and for a merged file the file it now lives on."""
        lang = self.ctx.lang
        self.merge_button.setVisible(d is not None)
        self.merged_into = None
        if d is None:
            return
        links = self.ctx.app.customer_merge.links(self.ctx.actor, d.id)
        self.merged_into = links.merged_into
        why = self.ctx.actor.why_not(Right.MERGE_CUSTOMERS, lang)
        if why is None and d.archived_at is not None:
            why = self.tr("Archivierte Kunden können nicht zusammengeführt werden.")
        self.merge_button.setEnabled(why is None)
        self.merge_button.setToolTip(
            why
            or self.tr("Mit anderem Kunden zusammenführen: eine Dublette in diese Akte übernehmen")
        )
        notes = []
        if links.merged_into is not None:
            self.archive_button.setEnabled(False)
            self.archive_button.setToolTip(
                self.tr("Eine zusammengeführte Akte kann nicht wiederhergestellt werden.")
            )
            notes.append(
                self.tr("Zusammengeführt mit Nr. %1 (%2)")
                .replace("%1", str(links.merged_into.number))
                .replace("%2", links.merged_into.display_name)
            )
        if links.merged_from:
            numbers = ", ".join(str(f.number) for f in links.merged_from)
            notes.append(
                self.tr("enthält die zusammengeführte(n) Akte(n) Nr. %1").replace("%1", numbers)
            )
        if notes:
            self.meta.setText(" · ".join([self.meta.text(), *notes]))
        self._show_merged_notice()

    # --- state ------------------------------------------------------------------------

    def _values(self) -> dict[str, object]:
        return {key: editor.value() for key, editor in self.editors.items()}

    def is_dirty(self) -> bool:
        return self._values() != self._loaded

    def _changed(self) -> None:
        dirty = self.is_dirty()
        archived = self.detail is not None and self.detail.archived_at is not None
        self.save_button.setEnabled(
            self.can_edit and not archived and (dirty or self.detail is None)
        )
        self.discard_button.setEnabled(dirty)
        self.save_action.setEnabled(self.save_button.isEnabled())

    def input(self) -> CustomerInput:
        v = self._values()
        custom_keys = {f.key for f in self.fields if not f.archived}
        return CustomerInput(
            first_name=str(v["first_name"]),
            last_name=str(v["last_name"]),
            email=str(v["email"]),
            phone=str(v["phone"]),
            birthday=str(v["birthday"]) or None,
            street=str(v["street"]),
            postcode=str(v["postcode"]),
            city=str(v["city"]),
            country=str(v["country"]),
            notes=str(v["notes"]),
            marketing_consent=bool(v["marketing_consent"]),
            custom={k: v[k] for k in custom_keys if k in v},
        )

    # --- actions ----------------------------------------------------------------------

    def save(self) -> bool:
        """Write the form; on bad input show the messages and change nothing."""
        if not self.save_button.isEnabled():
            return False
        for editor in self.editors.values():
            editor.show_error(None)
        show_error(self.banner, None)
        service = self.ctx.app.customers
        try:
            if self.customer_id is None:
                detail = service.create(self.ctx.actor, self.input())
            else:
                detail = service.update(self.ctx.actor, self.customer_id, self.input())
        except ValidationError as exc:
            self._show_errors(exc)
            return False
        except BelboError as exc:
            show_error(self.banner, exc.text(self.ctx.lang))
            return False
        self.duplicate_box.hide()
        self._show(detail)
        self.saved.emit(detail.id)
        return True

    def _show_errors(self, exc: ValidationError) -> None:
        texts = exc.texts(self.ctx.lang)
        first_tab: int | None = None
        leftovers = []
        for key, text in texts.items():
            editor = self.editors.get(key)
            if editor is None:
                leftovers.append(text)
                continue
            editor.show_error(text)
            tab = 0 if key in BUILTIN_ORDER else 1
            if first_tab is None:
                first_tab = tab
                self.tabs.setCurrentIndex(tab)
                editor.setFocus()
        summary = self.tr("Bitte die markierten Angaben prüfen.")
        show_error(self.banner, "\n".join([summary, *leftovers]))

    def discard(self) -> None:
        self._show(self.detail)

    def toggle_archived(self) -> None:
        if self.detail is None or self.customer_id is None:
            return
        archive = self.detail.archived_at is None
        if archive:
            answer = QMessageBox.question(
                self,
                self.tr("Kunden archivieren"),
                self.tr(
                    "%1 archivieren? Der Kunde erscheint nicht mehr in der Liste; die Akte "
                    "bleibt erhalten und kann wiederhergestellt werden."
                ).replace("%1", f"{self.detail.first_name} {self.detail.last_name}"),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        try:
            detail = self.ctx.app.customers.set_archived(self.ctx.actor, self.customer_id, archive)
        except BelboError as exc:
            show_error(self.banner, exc.text(self.ctx.lang))
            return
        self._show(detail)
        self.saved.emit(detail.id)

    def confirm_leave(self, ask: Callable[[], QMessageBox.StandardButton] | None = None) -> bool:
        """True if the file may close: nothing unsaved, or saved / discarded on request."""
        if not self.is_dirty():
            return True
        answer = (ask or self._ask_unsaved)()
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        if answer == QMessageBox.StandardButton.Discard:
            self._show(self.detail)
            return True
        return False

    def _ask_unsaved(self) -> QMessageBox.StandardButton:
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Ungespeicherte Änderungen"))
        box.setText(self.tr("Die Kundenakte hat ungespeicherte Änderungen. Jetzt speichern?"))
        box.setStandardButtons(
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel
        )
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        box.setObjectName("unsavedChanges")
        return QMessageBox.StandardButton(box.exec())

    # --- duplicates -------------------------------------------------------------------

    def _check_duplicates(self) -> None:
        """While a new file is typed: similar files. An opened file: its likely duplicates
        (an indexed lookup, read at once so no late result can reach a closed file)."""
        data = self.input()
        actor = self.ctx.actor
        service = self.ctx.app.customers
        if self.customer_id is None:
            self.worker.submit(
                lambda: service.possible_duplicates(actor, data),
                self._show_duplicates,
                lambda _e: None,
            )
            return
        if self.detail is None or self.detail.archived_at is not None or self.is_dirty():
            return
        try:
            rows = service.possible_duplicates(actor, data, exclude=self.customer_id)
        except BelboError:
            rows = []
        self._show_duplicates(rows)

    def _show_duplicates(self, rows: list[CustomerRow]) -> None:
        self._duplicates = rows
        if self.merged_into is not None:
            return  # the merged notice stays
        self._clear_box()
        if not rows:
            self.duplicate_box.hide()
            return
        existing = self.customer_id is not None
        title = QLabel(
            self.tr("Mögliche Dublette: Es gibt weitere Kunden mit denselben Angaben.")
            if existing
            else self.tr("Mögliche Dublette: Es gibt bereits Kunden mit denselben Angaben.")
        )
        title.setWordWrap(True)
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        self.duplicate_layout.addWidget(title)
        for row in rows[:3]:
            line = QHBoxLayout()
            parts = [f"{row.first_name} {row.last_name}", f"Nr. {row.number}"]
            if row.email:
                parts.append(row.email)
            if row.birthday:
                parts.append(formatting.date(row.birthday, self.ctx.lang))
            text = QLabel(" · ".join(parts))
            button = QPushButton(self.tr("Diese Akte öffnen"))
            button.setAutoDefault(False)
            button.clicked.connect(lambda _=False, cid=row.id: self.openRequested.emit(cid))
            holder = QWidget()
            line.setContentsMargins(0, 0, 0, 0)
            line.addWidget(text, 1)
            line.addWidget(button)
            if existing:
                merge = QPushButton(self.tr("Zusammenführen…"))
                merge.setAutoDefault(False)
                merge.setEnabled(self.merge_button.isEnabled())
                merge.setToolTip(self.merge_button.toolTip())
                merge.clicked.connect(lambda _=False, cid=row.id: self.merge_with(cid))
                line.addWidget(merge)
            holder.setLayout(line)
            self.duplicate_layout.addWidget(holder)
        self.duplicate_box.show()

    def duplicates(self) -> list[CustomerRow]:
        return list(self._duplicates)

    def _clear_box(self) -> None:
        while self.duplicate_layout.count():
            item = self.duplicate_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()

    def _show_merged_notice(self) -> None:
        into = self.merged_into
        if into is None:
            return
        self._clear_box()
        line = QHBoxLayout()
        line.setContentsMargins(0, 0, 0, 0)
        text = QLabel(
            self.tr(
                "Diese Akte wurde mit Nr. %1 (%2) zusammengeführt. Belege, Gutscheine und "
                "Karten erscheinen dort."
            )
            .replace("%1", str(into.number))
            .replace("%2", into.display_name)
        )
        text.setWordWrap(True)
        button = QPushButton(self.tr("Akte Nr. %1 öffnen").replace("%1", str(into.number)))
        button.setAutoDefault(False)
        button.clicked.connect(lambda _=False, cid=into.id: self.openRequested.emit(cid))
        line.addWidget(text, 1)
        line.addWidget(button)
        holder = QWidget()
        holder.setLayout(line)
        self.duplicate_layout.addWidget(holder)
        self.duplicate_box.show()

    # --- merging ----------------------------------------------------------------------

    def merge_with(self, other: uuid.UUID | None) -> bool:
        """Pick (unless given) the other file, compare, merge; then show the survivor."""
        if self.customer_id is None or not self.merge_button.isEnabled():
            return False
        if self.is_dirty() and not self.confirm_leave():
            return False
        from belbo_desktop.ui.customers.merge_dialog import CustomerPicker, MergeDialog

        if other is None:
            picker = CustomerPicker(self.ctx, self.customer_id, self)
            if self.detail is not None:
                picker.set_text(self.detail.last_name)
            if picker.exec() != QDialog.DialogCode.Accepted or picker.chosen is None:
                return False
            other = picker.chosen
        dialog = MergeDialog(self.ctx, self.customer_id, other, self)
        self.merge_dialog = dialog  # reachable for tests and screenshots while open
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        self.merge_dialog = None
        result = dialog.result_
        if not accepted or result is None:
            return False
        self.saved.emit(result.survivor_id)  # the list drops the duplicate
        if result.survivor_id == self.customer_id:
            self._show(self.ctx.app.customers.get(self.ctx.actor, result.survivor_id))
            self._show_duplicates([])
            self._check_duplicates()
        else:
            self.openRequested.emit(result.survivor_id)
        return True

    def closeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        self.worker.wait()
        super().closeEvent(event)
