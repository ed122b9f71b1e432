"""Einstellungen > Standorteinstellungen > Datenschutzeinstellungen > Betriebsgeheimnis.

Every customer field with a tick for "Betriebsgeheimnis" (and, for custom fields, for
"identifizierend" and "Gesundheitsdaten"). Identifying fields cannot be ticked and say
why. Nothing is written until the settings dialog's OK; the service checks the rule
again and audits every change.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from belbo_desktop.domain.rights import Right
from belbo_desktop.ui.context import UiContext
from belbo_desktop.ui.privacy.models import FieldColumn, FieldPrivacyModel
from belbo_desktop.ui.settings.page import SettingsPage


class TradeSecretPage(SettingsPage):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        can_edit = ctx.actor.can(Right.PRIVACY_SETTINGS)
        self.model = FieldPrivacyModel(ctx.lang, editable=can_edit)
        self.model.read_only_reason = ctx.actor.why_not(Right.PRIVACY_SETTINGS, ctx.lang) or ""

        self.warning = QLabel(
            self.tr(
                "<b>Bitte nur markieren, was wirklich ein Betriebsgeheimnis ist.</b> Ein Feld "
                "darf nur dann als Betriebsgeheimnis markiert werden, wenn sein Inhalt "
                "leistungsbezogen ist und die Kundin bzw. den Kunden nicht identifiziert – "
                "zum Beispiel Farbrezepturen (Friseur), Maschinenkonfigurationen und "
                "Ergebnisse der Hautbildanalyse (Kosmetik) oder Stromstärken (EMS). Felder, "
                "die keine Betriebsgeheimnisse enthalten, dürfen nicht markiert werden. Ob "
                "ein Feld der rechtlichen Definition entspricht, klären Sie bitte in einer "
                "rechtlichen Beratung."
            )
        )
        self.warning.setWordWrap(True)
        self.warning.setFrameShape(QFrame.Shape.StyledPanel)
        self.warning.setStyleSheet(
            "QLabel { background: #fff4e5; border: 1px solid #e0a040; padding: 8px; }"
        )
        self.explain = QLabel(
            self.tr(
                "Bei einer Datenauskunft erfährt die Kundin bzw. der Kunde, dass ein "
                "markiertes Feld existiert; sein Inhalt wird nicht herausgegeben "
                "(Art. 15 Abs. 4 DSGVO). Name, E-Mail, Telefon, Anschrift, Geburtstag und "
                "Kundennummer identifizieren die Person und können nie markiert werden. "
                "Kundenfelder mit Gesundheitsangaben (Art. 9 DSGVO) sehen nur Mitarbeiter "
                "mit dem Recht „Gesundheitsdaten ansehen“; sie brauchen eine Einwilligung. "
                "Jede Änderung wird protokolliert."
            )
        )
        self.explain.setWordWrap(True)
        self.status = QLabel()
        self.status.setWordWrap(True)
        if not can_edit:
            self.status.setText(self.model.read_only_reason)

        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Kundenfelder und ihre Einstufung"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        for column in FieldColumn:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(FieldColumn.LABEL, QHeaderView.ResizeMode.Stretch)
        # The reason a tick is locked is the ticks' tooltip and, for the chosen row, below.
        self.table.setColumnHidden(FieldColumn.NOTE, True)
        self.reason = QLabel()
        self.reason.setWordWrap(True)
        self.table.selectionModel().currentRowChanged.connect(lambda cur, _prev: self._show(cur))

        layout = QVBoxLayout(self)
        layout.addWidget(self.warning)
        layout.addWidget(self.explain)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.reason)
        layout.addWidget(self.status)
        self.load()

    def load(self) -> None:
        self.model.set_rows(self.ctx.app.privacy.fields(self.ctx.actor))
        self.table.resizeRowsToContents()

    def _show(self, index: QModelIndex) -> None:
        if not index.isValid():
            self.reason.clear()
            return
        row = self.model.rows[index.row()]
        text = row.block_text(self.ctx.lang) or self.model.data(
            self.model.index(index.row(), FieldColumn.NOTE)
        )
        self.reason.setText(f"<b>{escape(row.label)}</b>: {escape(str(text or ''))}")

    def is_dirty(self) -> bool:
        return bool(self.model.changes())

    def validate(self) -> str | None:
        return None

    def save(self) -> None:
        """Unticks first, so a field can move from "secret" to "identifying" in one go."""
        changes = sorted(self.model.changes(), key=lambda c: c[2])
        if not changes:
            return
        self.ctx.app.privacy.classify(
            self.ctx.actor, [(row.key, flag, value) for row, flag, value in changes]
        )  # all or nothing; a refusal leaves the ticks for the user to correct
        self.load()
        if changes:
            self.status.setText(self.tr("Gespeichert und protokolliert."))


def make_page(ctx: UiContext) -> QWidget:
    return TradeSecretPage(ctx)
