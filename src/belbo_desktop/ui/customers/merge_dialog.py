"""Dubletten zusammenführen: pick the other file, compare both, choose per field, confirm.

Nothing is written until "Zusammenführen" is pressed after the confirmation box is
ticked; the service then does everything in one transaction or nothing.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from belbo_desktop.domain.custom_fields import FieldType
from belbo_desktop.domain.customers import format_phone
from belbo_desktop.domain.errors import BelboError, ValidationError
from belbo_desktop.services.customer_merge import (
    MergeField,
    MergeFile,
    MergePreview,
    MergeResult,
    Side,
)
from belbo_desktop.services.customers import CustomerQuery, CustomerRow
from belbo_desktop.ui import formatting
from belbo_desktop.ui.context import UiContext
from belbo_desktop.ui.login import error_label, show_error
from belbo_desktop.ui.workers import Worker

ID_ROLE = Qt.ItemDataRole.UserRole


def builtin_label(key: str) -> str:
    return {
        "first_name": QCoreApplication.translate("MergeDialog", "Vorname"),
        "last_name": QCoreApplication.translate("MergeDialog", "Nachname"),
        "email": QCoreApplication.translate("MergeDialog", "E-Mail"),
        "phone": QCoreApplication.translate("MergeDialog", "Telefon"),
        "birthday": QCoreApplication.translate("MergeDialog", "Geburtstag"),
        "address": QCoreApplication.translate("MergeDialog", "Adresse"),
        "notes": QCoreApplication.translate("MergeDialog", "Notizen"),
        "marketing_consent": QCoreApplication.translate("MergeDialog", "Einwilligung Werbung"),
    }.get(key, key)


def _yes_no(value: bool) -> str:
    return (
        QCoreApplication.translate("MergeDialog", "ja")
        if value
        else QCoreApplication.translate("MergeDialog", "nein")
    )


def value_text(f: MergeField, values: tuple[object, ...], lang: str) -> str:
    """A stored value as the file shows it; "" for nothing."""
    if f.hidden:
        return QCoreApplication.translate("MergeDialog", "(Gesundheitsangabe, verborgen)")
    if not values:
        return ""
    if f.key == "address":
        street, postcode, city, country = (str(v or "") for v in values)
        place = " ".join(p for p in (postcode, city) if p)
        text = ", ".join(p for p in (street, place) if p)
        return f"{text} ({country})" if text and country and country != "DE" else text
    value = values[0]
    if value is None or value == "":
        return ""
    if f.custom:
        kind = FieldType(f.field_type) if f.field_type else FieldType.TEXT
        raw = str(value)
        if kind is FieldType.YES_NO:
            return _yes_no(raw == "1")
        if kind is FieldType.DATE:
            import datetime as dt

            return formatting.date(dt.date.fromisoformat(raw), lang)
        if kind is FieldType.NUMBER:
            return raw.replace(".", ",") if lang == "de" else raw
        return raw
    if f.key == "phone":
        return format_phone(str(value))
    if f.key == "birthday":
        return formatting.date(value, lang)  # type: ignore[arg-type]
    if f.key == "marketing_consent":
        return _yes_no(bool(value))
    return str(value)


def file_line(f: MergeFile | CustomerRow) -> str:
    return f"{f.first_name} {f.last_name} · " + QCoreApplication.translate(
        "MergeDialog", "Nr. %1"
    ).replace("%1", str(f.number))


class CustomerPicker(QDialog):
    """Search for the other file; Enter or a double click takes the selected one."""

    def __init__(self, ctx: UiContext, exclude: uuid.UUID, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.exclude = exclude
        self.chosen: uuid.UUID | None = None
        self.worker = Worker(self)
        self._generation = 0
        self.setWindowTitle(self.tr("Anderen Kunden wählen"))
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Name, Kundennummer, E-Mail oder Telefon"))
        self.search.setAccessibleName(self.tr("Kunden suchen"))
        self.search.setClearButtonEnabled(True)
        self.results = QListWidget()
        self.results.setAccessibleName(self.tr("Treffer"))
        self.hint = QLabel(self.tr("Bitte den Kunden suchen, der dieselbe Person ist."))
        self.hint.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Weiter zum Vergleich"))
        self.ok.setEnabled(False)
        self.buttons.accepted.connect(self.take)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.search)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.buttons)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(150)
        self.timer.timeout.connect(self.run_search)
        self.search.textChanged.connect(lambda _t: self.timer.start())
        self.search.returnPressed.connect(self.take)
        self.results.currentItemChanged.connect(
            lambda cur, _prev: self.ok.setEnabled(cur is not None)
        )
        self.results.itemDoubleClicked.connect(lambda _item: self.take())
        self.resize(680, 440)

    def set_text(self, text: str) -> None:
        self.search.setText(text)
        self.run_search()

    def run_search(self) -> None:
        self.timer.stop()
        self._generation += 1
        generation = self._generation
        text = self.search.text()
        actor = self.ctx.actor
        service = self.ctx.app.customers
        if not text.strip():
            self._show(generation, [])
            return
        self.worker.submit(
            lambda: service.page(actor, CustomerQuery(text), 0, 50),
            lambda rows: self._show(generation, rows),
            lambda exc: show_error(self.hint, str(exc)),
        )

    def _show(self, generation: int, rows: list[CustomerRow]) -> None:
        if generation != self._generation:
            return  # a newer search is on its way
        self.results.clear()
        for row in rows:
            if row.id == self.exclude:
                continue
            parts = [file_line(row)]
            if row.email:
                parts.append(row.email)
            if row.birthday:
                parts.append(formatting.date(row.birthday, self.ctx.lang))
            item = QListWidgetItem(" · ".join(parts))
            item.setData(ID_ROLE, row.id)
            self.results.addItem(item)
        if self.results.count():
            self.results.setCurrentRow(0)
        self.ok.setEnabled(self.results.count() > 0)

    def take(self) -> None:
        item = self.results.currentItem()
        if item is None:
            return
        self.chosen = item.data(ID_ROLE)
        self.accept()

    def done(self, result: int) -> None:
        self.worker.cancel()
        super().done(result)


class MergeDialog(QDialog):
    """Both files side by side: one radio per differing field, what moves, confirmation."""

    def __init__(
        self,
        ctx: UiContext,
        survivor_id: uuid.UUID,
        duplicate_id: uuid.UUID,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.result_: MergeResult | None = None
        self.groups: dict[str, QButtonGroup] = {}
        self.radios: dict[tuple[str, Side], QRadioButton] = {}
        self.setWindowTitle(self.tr("Kundenakten zusammenführen"))
        self.setObjectName("mergeDialog")

        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.swap_button = QPushButton(self.tr("Seiten tauschen"))
        self.swap_button.setToolTip(self.tr("Die andere Akte behalten"))
        self.swap_button.setAutoDefault(False)
        self.swap_button.clicked.connect(self.swap)
        top = QHBoxLayout()
        top.addWidget(self.intro, 1)
        top.addWidget(self.swap_button, 0, Qt.AlignmentFlag.AlignTop)

        self.grid_holder = QWidget()
        self.grid_scroll = QScrollArea()
        self.grid_scroll.setWidgetResizable(True)
        self.grid_scroll.setFrameShape(QFrame.Shape.StyledPanel)
        self.grid_scroll.setWidget(self.grid_holder)
        self.moves = QLabel()
        self.moves.setWordWrap(True)
        self.moves.setObjectName("mergeMoves")
        self.banner = error_label()
        self.confirm = QCheckBox()
        self.confirm.toggled.connect(self._update_button)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.merge_button = self.buttons.addButton(
            self.tr("Zusammenführen"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.merge_button.setEnabled(False)
        self.buttons.accepted.connect(self.merge)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.grid_scroll, 1)
        layout.addWidget(self.moves)
        layout.addWidget(self.banner)
        layout.addWidget(self.confirm)
        layout.addWidget(self.buttons)
        self.resize(900, 640)
        self.load(survivor_id, duplicate_id)

    # --- showing ----------------------------------------------------------------------

    def load(self, survivor_id: uuid.UUID, duplicate_id: uuid.UUID) -> None:
        """Read the preview; a refusal (e.g. already merged) is shown and blocks merging."""
        show_error(self.banner, None)
        try:
            self.preview: MergePreview | None = self.ctx.app.customer_merge.preview(
                self.ctx.actor, survivor_id, duplicate_id
            )
        except BelboError as exc:
            self.preview = None
            show_error(self.banner, exc.text(self.ctx.lang))
        self._build()

    def _build(self) -> None:
        self.grid_holder = QWidget()
        self.grid_scroll.setWidget(self.grid_holder)  # deletes the previous grid
        self.groups.clear()
        self.radios.clear()
        p = self.preview
        if p is None:
            self.intro.setText("")
            self.moves.setText("")
            self.confirm.hide()
            self.swap_button.setEnabled(False)
            self._update_button()
            return
        self.intro.setText(
            self.tr(
                "Die Akte <b>%1</b> bleibt erhalten. Die Akte <b>%2</b> wird archiviert, "
                "verschwindet aus Liste und Suche und verweist danach auf die erhaltene Akte. "
                "Bitte je Feld wählen, welcher Wert gilt."
            )
            .replace("%1", file_line(p.survivor))
            .replace("%2", file_line(p.duplicate))
        )
        grid = QGridLayout(self.grid_holder)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        grid.setHorizontalSpacing(16)
        bold = self.font()
        bold.setBold(True)
        for col, (title, file) in enumerate(
            (
                (self.tr("Bleibt erhalten"), p.survivor),
                (self.tr("Wird zusammengeführt"), p.duplicate),
            ),
            start=1,
        ):
            head = QLabel(f"{title}\n{file_line(file)}")
            head.setFont(bold)
            grid.addWidget(head, 0, col)
        row = 1
        for f in p.fields:
            label = QLabel(builtin_label(f.key) if not f.custom else f.label)
            grid.addWidget(label, row, 0, Qt.AlignmentFlag.AlignVCenter)
            mine = value_text(f, f.survivor, self.ctx.lang)
            theirs = value_text(f, f.duplicate, self.ctx.lang)
            if not f.differs:
                same = QLabel(mine or "—")
                same.setEnabled(False)
                same.setWordWrap(True)
                same.setToolTip(
                    self.tr("In beiden Akten gleich")
                    if not f.hidden
                    else self.tr(
                        "Ohne das Recht „Gesundheitsdaten ansehen“ bleibt der Wert "
                        "der erhaltenen Akte."
                    )
                )
                grid.addWidget(same, row, 1, 1, 2)
                row += 1
                continue
            group = QButtonGroup(self)
            self.groups[f.key] = group
            for col, (side, text) in enumerate(
                ((Side.SURVIVOR, mine), (Side.DUPLICATE, theirs)), 1
            ):
                radio = QRadioButton(self._shown(text))
                radio.setAccessibleName(f"{label.text()}: {text or self.tr('leer')}")
                group.addButton(radio)
                self.radios[(f.key, side)] = radio
                grid.addWidget(radio, row, col, Qt.AlignmentFlag.AlignTop)
            if f.allows_both:
                row += 1
                both = QRadioButton(
                    self.tr("Beide Notizen übernehmen (erst diese, dann die andere)")
                )
                group.addButton(both)
                self.radios[(f.key, Side.BOTH)] = both
                grid.addWidget(both, row, 1, 1, 2)
            self.radios[(f.key, f.suggested)].setChecked(True)
            row += 1
        grid.setRowStretch(row, 1)
        self.moves.setText(self._moves_text(p))
        self.confirm.setText(
            self.tr("Ich habe geprüft: Nr. %1 und Nr. %2 sind dieselbe Person.")
            .replace("%1", str(p.survivor.number))
            .replace("%2", str(p.duplicate.number))
        )
        self.confirm.setChecked(False)
        self.confirm.show()
        self.swap_button.setEnabled(not p.survivor.archived and not p.duplicate.archived)
        self._update_button()

    @staticmethod
    def _shown(text: str) -> str:
        """Radio text: one line, "—" for nothing (the full value is the tooltip of long ones)."""
        if not text:
            return "—"
        line = " ".join(text.split())
        return line if len(line) <= 80 else line[:77] + "…"

    def _moves_text(self, p: MergePreview) -> str:
        m = p.moves
        parts = []
        for n, one, many in (
            (m.sales, self.tr("1 Kassenbeleg"), self.tr("%1 Kassenbelege")),
            (
                m.vouchers_bought,
                self.tr("1 gekaufter Gutschein"),
                self.tr("%1 gekaufte Gutscheine"),
            ),
            (
                m.vouchers_redeemed,
                self.tr("1 eingelöster Gutschein"),
                self.tr("%1 eingelöste Gutscheine"),
            ),
            (m.bonus_cards, self.tr("1 Bonuskarte"), self.tr("%1 Bonuskarten")),
            (m.stamps, self.tr("1 Stempel"), self.tr("%1 Stempel")),
            (m.consents, self.tr("1 Einwilligung"), self.tr("%1 Einwilligungen")),
            (
                m.privacy_requests,
                self.tr("1 Datenschutz-Ersuchen"),
                self.tr("%1 Datenschutz-Ersuchen"),
            ),
            (
                m.merged_files,
                self.tr("1 früher zusammengeführte Akte"),
                self.tr("%1 früher zusammengeführte Akten"),
            ),
        ):
            if n:
                parts.append(
                    one if n == 1 else many.replace("%1", formatting.count(n, self.ctx.lang))
                )
        head = self.tr("Von Nr. %1 kommen mit:").replace("%1", str(p.duplicate.number))
        body = ", ".join(parts) if parts else self.tr("keine Belege, Gutscheine oder Karten")
        text = f"<b>{head}</b> {body}."
        if m.shared_programs:
            text += "<br>" + self.tr(
                "Beide Akten sammeln in: %1. Die Karten der zusammengeführten Akte werden "
                "hinter die eigenen gestellt; ihre Stempel bleiben auf ihnen."
            ).replace("%1", ", ".join(m.shared_programs))
        text += "<br>" + self.tr(
            "Kassenbelege und Gutscheinbuchungen werden nicht verändert; sie erscheinen in "
            "der erhaltenen Akte."
        )
        return text

    def _update_button(self) -> None:
        self.merge_button.setEnabled(self.preview is not None and self.confirm.isChecked())

    # --- actions ----------------------------------------------------------------------

    def choices(self) -> dict[str, Side]:
        out: dict[str, Side] = {}
        for (key, side), radio in self.radios.items():
            if radio.isChecked():
                out[key] = side
        return out

    def swap(self) -> None:
        if self.preview is not None:
            self.load(self.preview.duplicate.id, self.preview.survivor.id)

    def merge(self) -> None:
        p = self.preview
        if p is None or not self.confirm.isChecked():
            return
        try:
            self.result_ = self.ctx.app.customer_merge.merge(
                self.ctx.actor, p.survivor.id, p.duplicate.id, self.choices()
            )
        except ValidationError as exc:
            show_error(self.banner, "\n".join(exc.texts(self.ctx.lang).values()))
            return
        except BelboError as exc:
            show_error(self.banner, exc.text(self.ctx.lang))
            return
        self.accept()
