"""Einstellungen > Kasse: Leistungen und Produkte (the catalogue) and till settings."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from belbo_desktop.documents.voucher_handout import HandoutFormat
from belbo_desktop.domain.catalogue import ItemInput
from belbo_desktop.domain.errors import BelboError, ValidationError
from belbo_desktop.domain.money import Money
from belbo_desktop.domain.rights import Right
from belbo_desktop.domain.sales import VAT_RATES, ItemKind
from belbo_desktop.domain.vouchers import DEFAULT_VALIDITY_YEARS
from belbo_desktop.services.catalogue import CatalogueRow
from belbo_desktop.services.vouchers import (
    HANDOUT_FORMAT_KEY,
    VALIDITY_SERVICE_KEY,
    VALIDITY_VALUE_KEY,
)
from belbo_desktop.ui import formatting as fmt
from belbo_desktop.ui.context import UiContext
from belbo_desktop.ui.settings.page import SettingsPage


class CataloguePage(QWidget):
    """Services and products with price and VAT rate; each change is saved and audited."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.rows: list[CatalogueRow] = []
        self.editing: uuid.UUID | None = None
        intro = QLabel(
            self.tr(
                "Leistungen und Produkte, die an der Kasse verkauft werden. Preise sind "
                "Bruttopreise. Änderungen gelten für neue Verkäufe; alte Belege behalten "
                "ihren Preis."
            )
        )
        intro.setWordWrap(True)
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Bezeichnung"),
                self.tr("Art"),
                self.tr("Preis"),
                self.tr("USt"),
                self.tr("Aktiv"),
            ]
        )
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.itemSelectionChanged.connect(self._selected)

        self.name = QLineEdit()
        self.name.setMaxLength(80)
        self.kind = QComboBox()
        self.kind.addItem(self.tr("Leistung"), ItemKind.SERVICE.value)
        self.kind.addItem(self.tr("Produkt"), ItemKind.PRODUCT.value)
        self.price = QLineEdit()
        self.price.setPlaceholderText("0,00")
        self.vat = QComboBox()
        for rate in VAT_RATES:
            self.vat.addItem(f"{rate} %", rate)
        self.active = QCheckBox(self.tr("An der Kasse anbieten"))
        self.active.setChecked(True)
        form = QFormLayout()
        form.addRow(self.tr("Bezeichnung"), self.name)
        form.addRow(self.tr("Art"), self.kind)
        form.addRow(self.tr("Preis (brutto, €)"), self.price)
        form.addRow(self.tr("Steuersatz"), self.vat)
        form.addRow("", self.active)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b42318;")
        self.new_button = QPushButton(self.tr("Neu"))
        self.new_button.clicked.connect(self.new)
        self.save_button = QPushButton(self.tr("Speichern"))
        self.save_button.clicked.connect(self.save_item)
        why = ctx.actor.why_not(Right.MANAGE_CATALOGUE, ctx.lang)
        for b in (self.new_button, self.save_button):
            b.setEnabled(why is None)
            b.setToolTip(why or "")
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self.load()

    def load(self) -> None:
        lang = self.ctx.lang
        self.rows = self.ctx.app.catalogue.items(self.ctx.actor, include_inactive=True)
        self.table.setRowCount(len(self.rows))
        for r, row in enumerate(self.rows):
            values = (
                row.name,
                self.tr("Leistung") if row.kind is ItemKind.SERVICE else self.tr("Produkt"),
                fmt.money(row.price, lang),
                f"{row.vat_rate} %",
                self.tr("ja") if row.active else self.tr("nein"),
            )
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                if c in (2, 3):
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(r, c, item)

    def _selected(self) -> None:
        r = self.table.currentRow()
        if not 0 <= r < len(self.rows):
            return
        row = self.rows[r]
        self.editing = row.id
        self.name.setText(row.name)
        self.kind.setCurrentIndex(self.kind.findData(row.kind.value))
        self.price.setText(f"{row.price.cents // 100},{row.price.cents % 100:02d}")
        self.vat.setCurrentIndex(self.vat.findData(row.vat_rate))
        self.active.setChecked(row.active)
        self.error.clear()

    def new(self) -> None:
        self.editing = None
        self.table.clearSelection()
        self.name.clear()
        self.price.clear()
        self.vat.setCurrentIndex(0)
        self.active.setChecked(True)
        self.error.clear()
        self.name.setFocus()

    def save_item(self) -> bool:
        try:
            price = Money.parse(self.price.text() or "x")
        except ValueError:
            self.error.setText(self.tr("Bitte einen Preis wie 49,00 angeben."))
            return False
        data = ItemInput(
            ItemKind(self.kind.currentData()),  # Qt hands back the plain string
            self.name.text(),
            price,
            int(self.vat.currentData()),
            self.active.isChecked(),
        )
        try:
            if self.editing is None:
                saved = self.ctx.app.catalogue.create(self.ctx.actor, data)
            else:
                saved = self.ctx.app.catalogue.update(self.ctx.actor, self.editing, data)
        except ValidationError as exc:
            self.error.setText("\n".join(exc.texts(self.ctx.lang).values()))
            return False
        except BelboError as exc:
            self.error.setText(exc.text(self.ctx.lang))
            return False
        self.error.clear()
        self.editing = saved.id
        self.load()
        return True


class TillSettingsPage(SettingsPage):
    """Voucher handout format and default validity per voucher type."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.format = QComboBox()
        self.format.addItem(self.tr("A6 (Postkarte)"), HandoutFormat.A6.value)
        self.format.addItem(self.tr("DIN lang (Kuvert)"), HandoutFormat.DIN_LANG.value)
        self.value_years = QSpinBox()
        self.service_years = QSpinBox()
        for box in (self.value_years, self.service_years):
            box.setRange(1, 30)
            box.setSuffix(self.tr(" Jahre"))
        hint = QLabel(
            self.tr(
                "Gutscheine gelten bis zum 31. Dezember des so vielten Jahres nach dem "
                "Verkauf. Drei Jahre entsprechen der regelmäßigen Verjährungsfrist "
                "(§§ 195, 199 BGB); kürzere Fristen sind nur in Grenzen zulässig."
            )
        )
        hint.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(self.tr("Gutschein-Ausdruck"), self.format)
        form.addRow(self.tr("Gültigkeit Wertgutscheine"), self.value_years)
        form.addRow(self.tr("Gültigkeit Leistungsgutscheine"), self.service_years)
        form.addRow(hint)
        allowed = ctx.actor.why_not(Right.MANAGE_SETTINGS, ctx.lang)
        for w in (self.format, self.value_years, self.service_years):
            w.setEnabled(allowed is None)
            w.setToolTip(allowed or "")
        self.load()

    def _get(self, key: str, default: object) -> object:
        return self.ctx.app.settings.get(self.ctx.actor.location_id, key, default)

    def load(self) -> None:
        self.format.setCurrentIndex(
            max(0, self.format.findData(self._get(HANDOUT_FORMAT_KEY, HandoutFormat.A6.value)))
        )
        self.value_years.setValue(int(self._get(VALIDITY_VALUE_KEY, DEFAULT_VALIDITY_YEARS)))  # type: ignore[call-overload]
        self.service_years.setValue(
            int(self._get(VALIDITY_SERVICE_KEY, DEFAULT_VALIDITY_YEARS))  # type: ignore[call-overload]
        )
        self._loaded = self._values()

    def _values(self) -> tuple[object, int, int]:
        return (self.format.currentData(), self.value_years.value(), self.service_years.value())

    def is_dirty(self) -> bool:
        return self._values() != self._loaded

    def save(self) -> None:
        if not self.is_dirty():
            return
        settings = self.ctx.app.settings
        settings.set(self.ctx.actor, HANDOUT_FORMAT_KEY, self.format.currentData())
        settings.set(self.ctx.actor, VALIDITY_VALUE_KEY, self.value_years.value())
        settings.set(self.ctx.actor, VALIDITY_SERVICE_KEY, self.service_years.value())
        self._loaded = self._values()
