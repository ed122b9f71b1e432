"""Bonus programs and stamp cards: programs, activation per customer, stamps by hand or
by sale, counter-entries, rewards, the overview, and the till's hooks.

The feature is switched on per location (``bonus.enabled``). Switched off, nothing is
stamped and the screens hide it; every program, card and entry stays as it was.

A card's stamps are the sum of its entries (append-only). The till calls
:meth:`BonusService.on_sale` inside the sale's transaction: a sale stamps each card at
most once (a unique key holds even if the hook ran twice), a reward line closes its card,
and a Storno writes counter-entries for whatever the cancelled sale did.

``service`` is the entry point (rights, transaction, audit); ``programs``, ``lookups``,
``ledger``, ``card_info``, ``overview`` and ``till_hooks`` do its work; ``results`` holds
the dataclasses it returns and ``demo`` the demo data.
"""

from belbo_desktop.services.bonus.demo import build_demo_bonus
from belbo_desktop.services.bonus.ledger import ENTRIES
from belbo_desktop.services.bonus.results import (
    CardInfo,
    EntryInfo,
    FullCardRow,
    OverviewRow,
    PrintableCard,
    ProgramInfo,
)
from belbo_desktop.services.bonus.service import STAMPS_AT_ONCE_MAX, BonusService

__all__ = [
    "ENTRIES",
    "STAMPS_AT_ONCE_MAX",
    "BonusService",
    "CardInfo",
    "EntryInfo",
    "FullCardRow",
    "OverviewRow",
    "PrintableCard",
    "ProgramInfo",
    "build_demo_bonus",
]
