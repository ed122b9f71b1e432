"""Einstellungen > Standorteinstellungen > Kundenfelder: define, rename, reorder, archive.

The page edits a working copy; nothing reaches the database until OK/Übernehmen, and
then only through ``CustomFieldService`` (which checks the right again).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field, replace

from PySide6.QtCore import QSize
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from belbo_desktop.domain.custom_fields import (
    FIELD_TYPE_LABELS,
    FieldType,
    validate_definition,
)
from belbo_desktop.domain.errors import ValidationError
from belbo_desktop.domain.rights import Right
from belbo_desktop.services.custom_fields import CustomField
from belbo_desktop.ui.context import UiContext
from belbo_desktop.ui.icons import icon
from belbo_desktop.ui.settings.page import SettingsPage
from belbo_desktop.ui.style import error_color


@dataclass
class Draft:
    """A field as the page holds it until saved; ``id`` is None for a new one."""

    id: uuid.UUID | None
    label: str
    field_type: FieldType
    choices: list[str] = field(default_factory=list)
    help_text: str = ""
    archived: bool = False

    @classmethod
    def of(cls, f: CustomField) -> Draft:
        return cls(f.id, f.label, f.field_type, list(f.choices), f.help_text, f.archived)


def type_label(field_type: FieldType, lang: str) -> str:
    de, en = FIELD_TYPE_LABELS[field_type]
    return en if lang == "en" else de


class CustomFieldsPage(SettingsPage):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.stored: list[Draft] = []
        self.drafts: list[Draft] = []
        self.allowed = ctx.actor.can(Right.MANAGE_CUSTOM_FIELDS)

        intro = QLabel(
            self.tr(
                "Kundenfelder ergänzen die Kundenakte um eigene Angaben, z. B. Haartyp, "
                "Farbrezeptur oder EMS-Stromstärke. Archivierte Felder verschwinden aus den "
                "Formularen; gespeicherte Werte bleiben erhalten."
            )
        )
        intro.setWordWrap(True)

        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Kundenfelder"))
        self.list.setMinimumWidth(240)
        self.list.currentRowChanged.connect(self._show_draft)

        self.add_button = QPushButton(icon("add"), self.tr("Neues Feld"))
        self.add_button.clicked.connect(self.add_field)
        self.up_button = self._tool("up", self.tr("Nach oben"))
        self.up_button.clicked.connect(lambda: self.move_field(-1))
        self.down_button = self._tool("down", self.tr("Nach unten"))
        self.down_button.clicked.connect(lambda: self.move_field(1))
        self.archive_button = QPushButton(icon("archive"), self.tr("Archivieren"))
        self.archive_button.clicked.connect(self.toggle_archived)

        list_buttons = QHBoxLayout()
        list_buttons.addWidget(self.add_button)
        list_buttons.addWidget(self.up_button)
        list_buttons.addWidget(self.down_button)
        list_buttons.addStretch(1)
        left = QVBoxLayout()
        left.addWidget(self.list, 1)
        left.addLayout(list_buttons)

        self.label = QLineEdit()
        self.label.setMaxLength(80)
        self.type = QComboBox()
        for ftype in FieldType:
            self.type.addItem(type_label(ftype, ctx.lang), ftype.value)
        self.choices = QPlainTextEdit()
        self.choices.setPlaceholderText(self.tr("Eine Auswahlmöglichkeit pro Zeile"))
        self.choices.setTabChangesFocus(True)
        self.choices.setFixedHeight(self.fontMetrics().lineSpacing() * 6 + 14)
        self.choices_label = QLabel(self.tr("Auswahlmöglichkeiten:"))
        self.help_text = QLineEdit()
        self.help_text.setMaxLength(300)
        self.help_text.setPlaceholderText(self.tr("Erscheint als Hinweis unter dem Feld"))
        self.type_hint = QLabel(self.tr("Der Typ lässt sich nach dem Anlegen nicht mehr ändern."))
        self.type_hint.setWordWrap(True)
        self.type_hint.setEnabled(False)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setObjectName("error")
        self.error.setStyleSheet(f"QLabel#error {{ color: {error_color()}; }}")
        self.error.hide()

        self.editor = QGroupBox(self.tr("Feld"))
        editor_layout = QVBoxLayout(self.editor)
        form = QFormLayout()
        editor_layout.addLayout(form)
        editor_layout.addStretch(1)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Bezeichnung:"), self.label)
        form.addRow(self.tr("Typ:"), self.type)
        form.addRow("", self.type_hint)
        form.addRow(self.choices_label, self.choices)
        form.addRow(self.tr("Hilfetext:"), self.help_text)
        form.addRow("", self.archive_button)
        form.addRow(self.error)

        body = QHBoxLayout()
        body.addLayout(left, 2)
        body.addWidget(self.editor, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(body, 1)

        self.label.textEdited.connect(self._edited)
        self.help_text.textEdited.connect(self._edited)
        self.choices.textChanged.connect(self._edited)
        self.type.currentIndexChanged.connect(self._edited)

        if not self.allowed:
            why = ctx.actor.why_not(Right.MANAGE_CUSTOM_FIELDS, ctx.lang) or ""
            for widget in (self.add_button, self.up_button, self.down_button, self.editor):
                widget.setEnabled(False)
                widget.setToolTip(why)

    def _tool(self, name: str, text: str) -> QToolButton:
        button = QToolButton()
        button.setIcon(icon(name))
        button.setToolTip(text)
        button.setAccessibleName(text)
        return button

    # --- Picard-style page interface --------------------------------------------------

    def load(self) -> None:
        fields = self.ctx.app.custom_fields.list_fields(self.ctx.actor, include_archived=True)
        self.stored = [Draft.of(f) for f in fields]
        self.drafts = [replace(d, choices=list(d.choices)) for d in self.stored]
        self._fill_list()
        if self.drafts:
            self.list.setCurrentRow(0)
        else:
            self._show_draft(-1)

    def validate(self) -> str | None:
        seen: dict[str, int] = {}
        for i, d in enumerate(self.drafts):
            try:
                label, _choices, _help = validate_definition(
                    d.label, d.field_type, d.choices, d.help_text
                )
            except ValidationError as exc:
                self.list.setCurrentRow(i)
                self._show_error(" ".join(exc.texts(self.ctx.lang).values()))
                return (
                    self.tr("Kundenfeld „%1“: %2")
                    .replace("%1", d.label or "?")
                    .replace("%2", " ".join(exc.texts(self.ctx.lang).values()))
                )
            key = label.casefold()
            if key in seen:
                self.list.setCurrentRow(i)
                text = self.tr("Es gibt bereits ein Kundenfeld „%1“.").replace("%1", label)
                self._show_error(text)
                return text
            seen[key] = i
        return None

    def is_dirty(self) -> bool:
        return self.drafts != self.stored

    def save(self) -> None:
        """Write new fields, changes, archive states and the order; then reload."""
        if not self.is_dirty():
            return
        service = self.ctx.app.custom_fields
        actor = self.ctx.actor
        before = {d.id: d for d in self.stored if d.id is not None}
        for d in self.drafts:
            if d.id is None:
                created = service.define(actor, d.label, d.field_type, d.choices, d.help_text)
                d.id = created.id
                if d.archived:
                    service.set_archived(actor, d.id, True)
                continue
            old = before[d.id]
            if (d.label, d.choices, d.help_text) != (old.label, old.choices, old.help_text):
                service.update(actor, d.id, label=d.label, choices=d.choices, help_text=d.help_text)
            if d.archived != old.archived:
                service.set_archived(actor, d.id, d.archived)
        order = [d.id for d in self.drafts if d.id is not None]
        if order != [d.id for d in self.stored]:
            service.reorder(actor, order)
        self.load()

    # --- editing ----------------------------------------------------------------------

    def _fill_list(self) -> None:
        row = self.list.currentRow()
        self.list.blockSignals(True)
        self.list.clear()
        for d in self.drafts:
            item = QListWidgetItem(self._item_text(d))
            item.setSizeHint(QSize(0, self.fontMetrics().height() + 12))
            if d.archived:
                font = item.font()
                font.setItalic(True)
                item.setFont(font)
                item.setForeground(self.palette().placeholderText())
            self.list.addItem(item)
        self.list.blockSignals(False)
        if 0 <= row < self.list.count():
            self.list.setCurrentRow(row)

    def current(self) -> Draft | None:
        row = self.list.currentRow()
        return self.drafts[row] if 0 <= row < len(self.drafts) else None

    def _show_draft(self, row: int) -> None:
        d = self.drafts[row] if 0 <= row < len(self.drafts) else None
        widgets = (self.label, self.type, self.choices, self.help_text)
        for w in widgets:
            w.blockSignals(True)
        self.label.setText(d.label if d else "")
        self.type.setCurrentIndex(self.type.findData(d.field_type.value) if d else 0)
        self.choices.setPlainText("\n".join(d.choices) if d else "")
        self.help_text.setText(d.help_text if d else "")
        for w in widgets:
            w.blockSignals(False)
        self.editor.setEnabled(d is not None and self.allowed)
        self.type.setEnabled(d is not None and d.id is None)
        self.type_hint.setVisible(d is not None and d.id is not None)
        self._show_choices()
        self.archive_button.setText(
            self.tr("Wiederherstellen") if d and d.archived else self.tr("Archivieren")
        )
        self.up_button.setEnabled(self.allowed and row > 0)
        self.down_button.setEnabled(self.allowed and 0 <= row < len(self.drafts) - 1)
        self._show_error(None)

    def _show_choices(self) -> None:
        is_choice = self.type.currentData() == FieldType.CHOICE.value
        self.choices.setVisible(is_choice)
        self.choices_label.setVisible(is_choice)

    def _edited(self) -> None:
        d = self.current()
        if d is None:
            return
        d.label = self.label.text()
        d.help_text = self.help_text.text()
        if d.id is None:
            d.field_type = FieldType(self.type.currentData())
        d.choices = [c for c in self.choices.toPlainText().splitlines()]
        self._show_choices()
        item = self.list.currentItem()
        if item is not None:
            item.setText(self._item_text(d))

    def _item_text(self, d: Draft) -> str:
        name = d.label or self.tr("(ohne Bezeichnung)")
        text = f"{name} – {type_label(d.field_type, self.ctx.lang)}"
        return text + (" " + self.tr("(archiviert)") if d.archived else "")

    def add_field(self) -> None:
        self.drafts.append(Draft(None, "", FieldType.TEXT))
        self._fill_list()
        self.list.setCurrentRow(len(self.drafts) - 1)
        self.label.setFocus()

    def move_field(self, step: int) -> None:
        row = self.list.currentRow()
        target = row + step
        if not (0 <= row < len(self.drafts) and 0 <= target < len(self.drafts)):
            return
        self.drafts[row], self.drafts[target] = self.drafts[target], self.drafts[row]
        self._fill_list()
        self.list.setCurrentRow(target)

    def toggle_archived(self) -> None:
        d = self.current()
        if d is None:
            return
        d.archived = not d.archived
        row = self.list.currentRow()
        self._fill_list()
        self.list.setCurrentRow(row)
        self._show_draft(row)

    def _show_error(self, text: str | None) -> None:
        self.error.setText(text or "")
        self.error.setVisible(bool(text))
