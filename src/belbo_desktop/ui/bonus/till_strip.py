"""The bonus cards at the till: under the attached customer, each card's state, and for a
full card a button that puts the reward into the cart.

A free service becomes a reward line (price minus the same discount), an amount off is
taken from the dearest line; both carry the card, so the sale itself redeems the card
(and its Storno gives the stamps back). A free-text reward is recorded at once.
The strip also turns a scanned bonus card (QR code) into the attached customer.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from belbo_desktop.domain import bonus as rules
from belbo_desktop.domain.bonus import CardState, RewardKind
from belbo_desktop.domain.errors import BelboError
from belbo_desktop.domain.rights import Right
from belbo_desktop.domain.sales import Cart
from belbo_desktop.services.bonus import CardInfo
from belbo_desktop.ui.context import UiContext

TOUCH = 44


class BonusTillStrip(QFrame):
    def __init__(
        self,
        ctx: UiContext,
        cart: Callable[[], Cart],
        changed: Callable[[], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._cart = cart
        self._changed = changed
        self.customer_id: uuid.UUID | None = None
        self.cards: list[CardInfo] = []
        self.buttons: dict[uuid.UUID, QPushButton] = {}
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setObjectName("bonusStrip")
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(8, 4, 8, 4)
        self.layout_.setSpacing(2)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.hide()
        self.hide()

    # --- called by the till ------------------------------------------------------------

    def sync(self, cart: Cart) -> None:
        """Follow the cart's customer; mark rewards already in the cart."""
        if cart.customer_id != self.customer_id:
            self.customer_id = cart.customer_id
            self.reload()
        in_cart = {i.bonus_card_id for i in cart.items if i.bonus_card_id is not None}
        for card_id, button in self.buttons.items():
            taken = card_id in in_cart
            button.setEnabled(not taken and self.ctx.actor.can(Right.SELL))
            button.setText(self.tr("Prämie im Warenkorb") if taken else button.property("offer"))

    def take_scan(self, text: str, attach: Callable[[uuid.UUID, str], None]) -> bool:
        """A scanned bonus card attaches its customer; False if ``text`` is not a card."""
        if rules.parse_customer_code(text) is None:
            return False
        try:
            found = self.ctx.app.bonus.customer_for_code(self.ctx.actor, text)
        except BelboError as exc:
            self._say(exc.text(self.ctx.lang), error=True)
            self.show()
            return True
        if found is not None:
            attach(*found)
        return True

    # --- content ------------------------------------------------------------------------

    def reload(self) -> None:
        while self.layout_.count():
            item = self.layout_.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None and widget is not self.message:
                widget.setParent(None)
                widget.deleteLater()
            layout = item.layout() if item is not None else None
            if layout is not None:
                _clear(layout)
        self.buttons = {}
        self.cards = []
        self._say("")
        if self.customer_id is not None and self.ctx.app.bonus.enabled(self.ctx.actor.location_id):
            try:
                self.cards = [
                    c
                    for c in self.ctx.app.bonus.cards(self.ctx.actor, self.customer_id)
                    if c.current and c.state in (CardState.COLLECTING, CardState.FULL)
                ]
            except BelboError:
                self.cards = []
        for card in self.cards:
            row = QHBoxLayout()
            label = QLabel(f"{card.program_name}: {card.progress}")
            label.setAccessibleName(label.text())
            row.addWidget(label, 1)
            if card.state is CardState.FULL:
                font = label.font()
                font.setBold(True)
                label.setFont(font)
                offer = self.tr("Prämie: %1").replace("%1", card.reward_label)
                button = QPushButton(offer)
                button.setProperty("offer", offer)
                button.setMinimumHeight(TOUCH)
                button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
                button.setToolTip(self.tr("Die Karte ist voll: Prämie in diesen Verkauf nehmen."))
                button.clicked.connect(lambda _=False, c=card: self.give_reward(c))
                row.addWidget(button)
                self.buttons[card.id] = button
            self.layout_.addLayout(row)
        self.layout_.addWidget(self.message)
        self.setVisible(bool(self.cards))

    def give_reward(self, card: CardInfo) -> bool:
        cart = self._cart()
        program = next(
            (p for p in self.ctx.app.bonus.programs(self.ctx.actor) if p.id == card.program_id),
            None,
        )
        if program is None:
            return False
        try:
            if program.reward_kind is RewardKind.SERVICE:
                line = self.ctx.app.bonus.reward_line(self.ctx.actor, card.id)
                if line is None:
                    self._say(self.tr("Die Prämien-Leistung gibt es nicht mehr."), error=True)
                    return False
                cart.items.append(line)
            elif program.reward_kind is RewardKind.AMOUNT and program.reward_amount is not None:
                items = rules.with_reward_discount(cart.items, program.reward_amount, card.id)
                if items is None:
                    self._say(
                        self.tr(
                            "Bitte zuerst eine Leistung oder ein Produkt in den Warenkorb legen."
                        ),
                        error=True,
                    )
                    return False
                cart.items[:] = items
            else:
                self.ctx.app.bonus.redeem(self.ctx.actor, card.id, self.tr("an der Kasse"))
                self.customer_id = None  # reload: the new card shows
                self._changed()
                self._say(self.tr("Prämie „%1“ eingelöst.").replace("%1", card.reward_label))
                return True
        except BelboError as exc:
            self._say(exc.text(self.ctx.lang), error=True)
            return False
        self._say("")
        self._changed()
        return True

    def _say(self, text: str, *, error: bool = False) -> None:
        self.message.setText(text)
        self.message.setStyleSheet("color: #b42318;" if error else "")
        self.message.setVisible(bool(text))


def _clear(layout: object) -> None:
    from PySide6.QtWidgets import QLayout

    assert isinstance(layout, QLayout)
    while layout.count():
        item = layout.takeAt(0)
        widget = item.widget() if item is not None else None
        if widget is not None:
            widget.setParent(None)
            widget.deleteLater()
