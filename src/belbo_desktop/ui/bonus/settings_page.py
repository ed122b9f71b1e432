"""Einstellungen > Bonusprogramme.

While the feature is off the page offers "Funktion hinzufügen" with one line of
explanation and nothing else. Switched on, it lists the programs and edits one at a
time; "Speichern" writes through the service, which validates everything. Switching
the feature off again hides it everywhere and keeps all programs and cards.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from belbo_desktop.domain import bonus as rules
from belbo_desktop.domain.bonus import (
    STAMPS_MAX,
    STAMPS_MIN,
    VALIDITY_MONTHS_MAX,
    EarnRule,
    ProgramInput,
    RewardKind,
)
from belbo_desktop.domain.errors import BelboError, ValidationError
from belbo_desktop.domain.messages import Message
from belbo_desktop.domain.money import Money
from belbo_desktop.domain.rights import Right
from belbo_desktop.services.bonus import ProgramInfo
from belbo_desktop.ui import formatting
from belbo_desktop.ui.context import UiContext

ID_ROLE = Qt.ItemDataRole.UserRole


class BonusProgramsPage(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.body: QWidget | None = None
        self.editor: ProgramEditor | None = None
        self.rebuild()

    @property
    def enabled(self) -> bool:
        return self.ctx.app.bonus.enabled(self.ctx.actor.location_id)

    def rebuild(self) -> None:
        if self.body is not None:
            self.layout_.removeWidget(self.body)
            self.body.setParent(None)
            self.body.deleteLater()
        self.editor = None
        if self.enabled:
            self.editor = ProgramEditor(self.ctx, self._switch_off)
            self.body = self.editor
        else:
            self.body = self._off_page()
        self.layout_.addWidget(self.body)

    def _off_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        title = QLabel(self.tr("Bonusprogramme"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        title.setFont(font)
        explanation = QLabel(
            self.tr(
                "Belohnen Sie treue Kunden mit Stempelkarten: Stempel von Hand oder "
                "automatisch an der Kasse, bei voller Karte die Prämie."
            )
        )
        explanation.setWordWrap(True)
        self.add_button = QPushButton(self.tr("Funktion hinzufügen"))
        self.add_button.setAccessibleName(self.tr("Funktion hinzufügen"))
        why = self.ctx.actor.why_not(Right.MANAGE_BONUS_PROGRAMS, self.ctx.lang)
        self.add_button.setEnabled(why is None)
        if why:
            self.add_button.setToolTip(why)
        self.add_button.clicked.connect(self._switch_on)
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addStretch(1)
        layout.addWidget(title)
        layout.addWidget(explanation)
        layout.addLayout(row)
        layout.addStretch(1)
        return page

    # --- the dialog's OK / Apply: an edited program is saved too, or nothing is ----------

    def validate(self) -> str | None:
        if self.editor is None or not self.editor.is_dirty():
            return None
        return self.editor.problem()

    def save(self) -> None:
        if self.editor is not None and self.editor.is_dirty():
            self.editor.save(raise_errors=True)

    def _switch_on(self) -> None:
        try:
            self.ctx.app.bonus.set_enabled(self.ctx.actor, True)
        except BelboError as exc:
            QMessageBox.warning(self, self.tr("Bonusprogramme"), exc.text(self.ctx.lang))
            return
        self.rebuild()

    def _switch_off(self) -> None:
        self.ctx.app.bonus.set_enabled(self.ctx.actor, False)
        self.rebuild()


class ProgramEditor(QWidget):
    """The list of programs and a form for the selected (or a new) one."""

    def __init__(self, ctx: UiContext, switch_off: object) -> None:
        super().__init__()
        self.ctx = ctx
        self._switch_off = switch_off
        self.current: uuid.UUID | None = None
        self.programs: dict[uuid.UUID, ProgramInfo] = {}
        items = ctx.app.catalogue.items(ctx.actor, include_inactive=True)
        self.catalogue = [(i.id, i.name, i.kind.value) for i in items]

        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Bonusprogramme"))
        self.list.currentItemChanged.connect(self._selected)
        self.show_archived = QCheckBox(self.tr("Archivierte anzeigen"))
        self.show_archived.toggled.connect(lambda _on: self.reload())
        self.new_button = QPushButton(self.tr("Neues Programm"))
        self.new_button.clicked.connect(self.new_program)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.new_button)
        left_layout.addWidget(self.list, 1)
        left_layout.addWidget(self.show_archived)

        form_widget = QWidget()
        form = QFormLayout(form_widget)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.name = QLineEdit()
        self.name.setMaxLength(80)
        self.name.setPlaceholderText(self.tr("z. B. Jeder 10. Haarschnitt gratis"))
        self.stamps = QSpinBox()
        self.stamps.setRange(STAMPS_MIN, STAMPS_MAX)
        self.stamps.setValue(10)
        self.stamps.setToolTip(
            self.tr("Gilt für neue Karten; bereits begonnene Karten behalten ihre Anzahl.")
        )
        self.reward_kind = QComboBox()
        self.reward_kind.addItem(self.tr("Leistung gratis"), RewardKind.SERVICE)
        self.reward_kind.addItem(self.tr("Betrag als Rabatt"), RewardKind.AMOUNT)
        self.reward_kind.addItem(self.tr("Freitext"), RewardKind.TEXT)
        self.reward_item = QComboBox()
        for item_id, name, kind in self.catalogue:
            if kind == "service":
                self.reward_item.addItem(name, item_id)
        self.reward_amount = QLineEdit()
        self.reward_amount.setPlaceholderText(self.tr("z. B. 10,00"))
        self.reward_text = QLineEdit()
        self.reward_text.setMaxLength(120)
        self.reward_text.setPlaceholderText(self.tr("z. B. Pflegeset nach Wahl"))
        self.reward_stack = QStackedWidget()
        for w in (self.reward_item, self.reward_amount, self.reward_text):
            self.reward_stack.addWidget(w)
        self.reward_kind.currentIndexChanged.connect(self.reward_stack.setCurrentIndex)

        self.earn_rule = QComboBox()
        self.earn_rule.addItem(self.tr("Nur von Hand"), EarnRule.MANUAL)
        self.earn_rule.addItem(
            self.tr("Ein Stempel pro Verkauf mit diesen Leistungen/Produkten"), EarnRule.ITEMS
        )
        self.earn_rule.addItem(self.tr("Ein Stempel pro vollem Betrag im Verkauf"), EarnRule.SPEND)
        self.earn_items = QListWidget()
        self.earn_items.setAccessibleName(self.tr("Leistungen und Produkte, die stempeln"))
        self.earn_items.setMaximumHeight(150)
        for item_id, name, _kind in self.catalogue:
            entry = QListWidgetItem(name)
            entry.setData(ID_ROLE, item_id)
            entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            entry.setCheckState(Qt.CheckState.Unchecked)
            self.earn_items.addItem(entry)
        self.spend_step = QLineEdit()
        self.spend_step.setPlaceholderText(self.tr("z. B. 30,00"))
        self.earn_stack = QStackedWidget()
        manual_hint = QLabel(self.tr("Stempel werden nur in der Kundenakte von Hand vergeben."))
        manual_hint.setWordWrap(True)
        manual_hint.setEnabled(False)
        for page in (manual_hint, self.earn_items, self.spend_step):
            self.earn_stack.addWidget(page)
        self.earn_stack.setMaximumHeight(self.earn_items.maximumHeight())
        self.earn_rule.currentIndexChanged.connect(self.earn_stack.setCurrentIndex)

        self.validity = QSpinBox()
        self.validity.setRange(0, VALIDITY_MONTHS_MAX)
        self.validity.setSpecialValueText(self.tr("unbegrenzt"))
        self.validity.setSuffix(self.tr(" Monate"))
        self.keeps = QCheckBox(self.tr("Volle Karte sammelt weiter, bis die Prämie eingelöst ist"))
        self.active = QCheckBox(self.tr("Aktiv (kann Kunden zugeordnet werden und stempelt)"))
        self.active.setChecked(True)

        form.addRow(self.tr("Name:"), self.name)
        form.addRow(self.tr("Stempel für die Prämie:"), self.stamps)
        form.addRow(self.tr("Prämie:"), self.reward_kind)
        form.addRow("", self.reward_stack)
        form.addRow(self.tr("Stempel gibt es:"), self.earn_rule)
        form.addRow("", self.earn_stack)
        form.addRow(self.tr("Karte gültig:"), self.validity)
        form.addRow("", self.keeps)
        form.addRow("", self.active)

        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        self.error.hide()
        self.info = QLabel()
        self.info.setWordWrap(True)
        self.info.setEnabled(False)
        self.save_button = QPushButton(self.tr("Speichern"))
        self.save_button.clicked.connect(self.save)
        self.archive_button = QPushButton(self.tr("Archivieren"))
        self.archive_button.clicked.connect(self.archive)
        self.delete_button = QPushButton(self.tr("Löschen"))
        self.delete_button.clicked.connect(self.delete)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.archive_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(form_widget)
        right_layout.addWidget(self.error)
        right_layout.addWidget(self.info)
        right_layout.addLayout(buttons)
        right_layout.addStretch(1)

        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([240, 600])
        splitter.setChildrenCollapsible(False)

        self.off_button = QPushButton(self.tr("Funktion ausschalten"))
        self.off_button.setToolTip(
            self.tr(
                "Blendet Bonuskarten überall aus. Programme, Karten und Stempel bleiben erhalten."
            )
        )
        self.off_button.clicked.connect(self.switch_off)
        footer = QHBoxLayout()
        hint = QLabel(self.tr("Ausschalten blendet Bonuskarten aus; alle Daten bleiben erhalten."))
        hint.setEnabled(False)
        footer.addWidget(hint, 1)
        footer.addWidget(self.off_button)

        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addLayout(footer)

        why = ctx.actor.why_not(Right.MANAGE_BONUS_PROGRAMS, ctx.lang)
        for button in (
            self.new_button,
            self.save_button,
            self.archive_button,
            self.delete_button,
            self.off_button,
        ):
            button.setEnabled(why is None)
            if why:
                button.setToolTip(why)
        self.reload()

    # --- list -------------------------------------------------------------------------

    def reload(self, select: uuid.UUID | None = None) -> None:
        programs = self.ctx.app.bonus.programs(
            self.ctx.actor, include_archived=self.show_archived.isChecked()
        )
        self.programs = {p.id: p for p in programs}
        self.list.blockSignals(True)
        self.list.clear()
        chosen = None
        for p in programs:
            label = p.name
            if p.archived:
                label += self.tr(" (archiviert)")
            elif not p.active:
                label += self.tr(" (inaktiv)")
            item = QListWidgetItem(label)
            item.setData(ID_ROLE, p.id)
            self.list.addItem(item)
            if p.id == (select or self.current):
                chosen = item
        self.list.blockSignals(False)
        if chosen is None and self.list.count():
            chosen = self.list.item(0)
        if chosen is not None:
            self.list.setCurrentItem(chosen)
            self._selected(chosen, None)
        else:
            self.new_program()

    def _selected(self, item: QListWidgetItem | None, _previous: object) -> None:
        if item is None:
            return
        program = self.programs.get(item.data(ID_ROLE))
        if program is not None:
            self.show_program(program)

    # --- form -------------------------------------------------------------------------

    def new_program(self) -> None:
        self.current = None
        self.list.clearSelection()
        self.name.clear()
        self.stamps.setValue(10)
        self.reward_kind.setCurrentIndex(0)
        self.reward_amount.clear()
        self.reward_text.clear()
        self.earn_rule.setCurrentIndex(1)
        for i in range(self.earn_items.count()):
            self.earn_items.item(i).setCheckState(Qt.CheckState.Unchecked)
        self.spend_step.clear()
        self.validity.setValue(0)
        self.keeps.setChecked(False)
        self.active.setChecked(True)
        self.info.setText(self.tr("Neues Bonusprogramm"))
        self.archive_button.setVisible(False)
        self.delete_button.setVisible(False)
        self._clear_error()
        self.name.setFocus()

    def show_program(self, p: ProgramInfo) -> None:
        self.current = p.id
        self.name.setText(p.name)
        self.stamps.setValue(p.stamps_needed)
        self.reward_kind.setCurrentIndex(_index_of(self.reward_kind, p.reward_kind))
        if p.reward_item_id is not None:
            self.reward_item.setCurrentIndex(max(0, _index_of(self.reward_item, p.reward_item_id)))
        self.reward_amount.setText(
            formatting.number(p.reward_amount.to_decimal(), self.ctx.lang)
            if p.reward_amount
            else ""
        )
        self.reward_text.setText(p.reward_text)
        self.earn_rule.setCurrentIndex(_index_of(self.earn_rule, p.earn_rule))
        chosen = set(p.earn_item_ids)
        for i in range(self.earn_items.count()):
            entry = self.earn_items.item(i)
            entry.setCheckState(
                Qt.CheckState.Checked if entry.data(ID_ROLE) in chosen else Qt.CheckState.Unchecked
            )
        self.spend_step.setText(
            formatting.number(p.spend_step.to_decimal(), self.ctx.lang) if p.spend_step else ""
        )
        self.validity.setValue(p.validity_months or 0)
        self.keeps.setChecked(p.keeps_collecting)
        self.active.setChecked(p.active)
        if p.cards:
            collecting = (
                self.tr("Ein Kunde sammelt in diesem Programm.")
                if p.cards == 1
                else self.tr("%1 Kunden sammeln in diesem Programm.").replace(
                    "%1", formatting.count(p.cards, self.ctx.lang)
                )
            )
            self.info.setText(
                collecting + " " + self.tr("Es kann archiviert, aber nicht gelöscht werden.")
            )
        else:
            self.info.setText(self.tr("Noch keine Karten in diesem Programm."))
        self.archive_button.setVisible(True)
        self.archive_button.setText(
            self.tr("Wiederherstellen") if p.archived else self.tr("Archivieren")
        )
        self.delete_button.setVisible(p.cards == 0)
        self._clear_error()

    def form_input(self) -> ProgramInput:
        errors: dict[str, str] = {}
        amount = _money(self.reward_amount.text())
        step = _money(self.spend_step.text())
        kind = RewardKind(self.reward_kind.currentData())
        rule = EarnRule(self.earn_rule.currentData())
        if kind is RewardKind.AMOUNT and amount is None:
            errors["reward"] = self.tr("Bitte den Rabatt als Betrag angeben, z. B. 10,00.")
        if rule is EarnRule.SPEND and step is None:
            errors["earn"] = self.tr("Bitte den Betrag pro Stempel angeben, z. B. 30,00.")
        if errors:
            raise _FormError(" ".join(errors.values()))
        return ProgramInput(
            name=self.name.text(),
            stamps_needed=self.stamps.value(),
            reward_kind=kind,
            earn_rule=rule,
            reward_item_id=self.reward_item.currentData(),
            reward_amount=amount,
            reward_text=self.reward_text.text(),
            earn_item_ids=tuple(
                self.earn_items.item(i).data(ID_ROLE)
                for i in range(self.earn_items.count())
                if self.earn_items.item(i).checkState() == Qt.CheckState.Checked
            ),
            spend_step=step,
            validity_months=self.validity.value() or None,
            keeps_collecting=self.keeps.isChecked(),
            active=self.active.isChecked(),
        )

    def is_dirty(self) -> bool:
        """The form holds something not yet saved."""
        try:
            data = self.form_input()
        except _FormError:
            return True
        if self.current is None:
            return bool(data.name.strip())
        program = self.programs.get(self.current)
        return program is not None and _essence(data) != _essence(program.as_input())

    def problem(self) -> str | None:
        """What is wrong with the form, checked without saving (None: it would save)."""
        try:
            data = self.form_input()
            rules.validate_program(data, {item_id for item_id, _n, _k in self.catalogue})
        except _FormError as exc:
            return str(exc)
        except ValidationError as exc:
            return "\n".join(exc.texts(self.ctx.lang).values())
        return None

    def save(self, *, raise_errors: bool = False) -> bool:
        try:
            data = self.form_input()
            if self.current is None:
                self.current = self.ctx.app.bonus.create_program(self.ctx.actor, data)
            else:
                self.ctx.app.bonus.update_program(self.ctx.actor, self.current, data)
        except _FormError as exc:
            self._show_error(str(exc))
            if raise_errors:
                raise ValidationError({"form": Message("bonus_form", {"text": str(exc)})}) from exc
            return False
        except ValidationError as exc:
            self._show_error("\n".join(exc.texts(self.ctx.lang).values()))
            if raise_errors:
                raise
            return False
        except BelboError as exc:
            self._show_error(exc.text(self.ctx.lang))
            if raise_errors:
                raise
            return False
        self.reload(self.current)
        return True

    def archive(self) -> None:
        if self.current is None:
            return
        program = self.programs.get(self.current)
        archived = not (program is not None and program.archived)
        self.ctx.app.bonus.archive_program(self.ctx.actor, self.current, archived)
        if archived and not self.show_archived.isChecked():
            self.current = None
        self.reload(self.current)

    def delete(self) -> None:
        if self.current is None:
            return
        try:
            self.ctx.app.bonus.delete_program(self.ctx.actor, self.current)
        except BelboError as exc:
            self._show_error(exc.text(self.ctx.lang))
            return
        self.current = None
        self.reload()

    def switch_off(self) -> None:
        if callable(self._switch_off):
            self._switch_off()

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def _clear_error(self) -> None:
        self.error.clear()
        self.error.hide()


def _essence(p: ProgramInput) -> tuple[object, ...]:
    """What the program says, whatever the form holds for kinds not chosen."""
    return (
        p.name.strip(),
        p.stamps_needed,
        p.reward_kind,
        p.reward_item_id if p.reward_kind is RewardKind.SERVICE else None,
        p.reward_amount if p.reward_kind is RewardKind.AMOUNT else None,
        p.reward_text.strip() if p.reward_kind is RewardKind.TEXT else "",
        p.earn_rule,
        frozenset(p.earn_item_ids) if p.earn_rule is EarnRule.ITEMS else frozenset(),
        p.spend_step if p.earn_rule is EarnRule.SPEND else None,
        p.validity_months,
        p.keeps_collecting,
        p.active,
    )


def _index_of(combo: QComboBox, value: object) -> int:
    """``findData`` does not match Python objects such as UUIDs; compare them here."""
    for i in range(combo.count()):
        if combo.itemData(i) == value:
            return i
    return -1


class _FormError(Exception):
    pass


def _money(text: str) -> Money | None:
    if not text.strip():
        return None
    try:
        return Money.parse(text)
    except ValueError:
        return None
