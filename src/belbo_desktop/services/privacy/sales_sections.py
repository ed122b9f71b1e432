"""The Datenauskunft's tables from the till, voucher and bonus modules: what the customer
bought, the vouchers and their bookings, the stamp cards.

Their ORM models are imported inside each function, so loading the privacy service does
not load those modules' tables.
"""

from __future__ import annotations

import uuid

from sqlalchemy import select
from sqlalchemy.orm import Session

from belbo_desktop.domain import privacy as rules
from belbo_desktop.services.privacy.report_format import fmt_date, fmt_datetime, masked_code, money
from belbo_desktop.storage.customer_links import with_merged

_ENTRY_LABELS = {
    "issue": "Ausgabe",
    "redemption": "Einlösung",
    "redemption_reversal": "Storno einer Einlösung",
    "issue_reversal": "Storno des Verkaufs",
    "refund": "Auszahlung des Restwerts",
    "cancellation": "Entwertung",
    "expiry": "Verfall",
}


def vouchers_section(s: Session, customer_id: uuid.UUID, location: uuid.UUID) -> rules.ReportTable:
    """Vouchers bought by the customer or redeemed in their sales, with every entry."""
    from belbo_desktop.storage.orm.sales import Sale
    from belbo_desktop.storage.orm.vouchers import Voucher, VoucherEntry

    ids = with_merged(s, customer_id)  # receipts of merged duplicates are theirs too
    redeemed = (
        select(VoucherEntry.voucher_id)
        .join(Sale, Sale.id == VoucherEntry.sale_id)
        .where(Sale.customer_id.in_(ids))
    )
    vouchers = {
        v.id: v
        for v in s.scalars(
            select(Voucher).where(
                Voucher.location_id == location,
                Voucher.buyer_customer_id.in_(ids) | Voucher.id.in_(redeemed),
            )
        )
    }
    rows = []
    balance: dict[uuid.UUID, int] = {}
    if vouchers:
        entries = s.execute(
            select(
                VoucherEntry.voucher_id,
                VoucherEntry.at,
                VoucherEntry.kind,
                VoucherEntry.amount_cents,
            )
            .where(VoucherEntry.voucher_id.in_(list(vouchers)))
            .order_by(VoucherEntry.voucher_id, VoucherEntry.at, VoucherEntry.id)
        )
        for voucher_id, at, kind, amount in entries:
            v = vouchers[voucher_id]
            balance[voucher_id] = balance.get(voucher_id, 0) + amount
            rows.append(
                {
                    "code": masked_code(v.code),
                    "voucher": v.service_name or money(v.face_value_cents),
                    "role": "gekauft" if v.buyer_customer_id in ids else "eingelöst",
                    "at": fmt_datetime(at),
                    "entry": _ENTRY_LABELS.get(kind, kind),
                    "amount": money(amount),
                    "balance": money(balance[voucher_id]),
                    "valid_until": fmt_date(v.valid_until),
                }
            )
    return rules.ReportTable(
        "vouchers",
        "Gutscheine und ihre Buchungen",
        (
            ("code", "Gutschein"),
            ("voucher", "Wert / Leistung"),
            ("role", "Bezug"),
            ("at", "Zeitpunkt"),
            ("entry", "Buchung"),
            ("amount", "Betrag"),
            ("balance", "Restwert"),
            ("valid_until", "Gültig bis"),
        ),
        tuple(rows),
        "Gutscheincodes sind bis auf die letzte Gruppe verdeckt.",
    )


def sales_section(s: Session, customer_id: uuid.UUID, location: uuid.UUID) -> rules.ReportTable:
    """Receipts the customer was named on, with their lines."""
    from belbo_desktop.storage.orm.sales import Sale, SaleLine, Till

    rows = []
    stmt = (
        select(Sale, Till.name)
        .join(Till, Till.id == Sale.till_id)
        .where(Sale.customer_id.in_(with_merged(s, customer_id)), Sale.location_id == location)
        .order_by(Sale.finished_at)
    )
    sales = s.execute(stmt).all()
    lines: dict[uuid.UUID, list[str]] = {}
    if sales:
        for sale_id, text_, qty in s.execute(
            select(SaleLine.sale_id, SaleLine.text, SaleLine.quantity)
            .where(SaleLine.sale_id.in_([sale.id for sale, _ in sales]))
            .order_by(SaleLine.sale_id, SaleLine.position)
        ):
            lines.setdefault(sale_id, []).append(f"{qty} × {text_}" if qty != 1 else text_)
    for sale, till_name in sales:
        rows.append(
            {
                "at": fmt_datetime(sale.finished_at),
                "receipt": f"{till_name} Nr. {sale.receipt_no}",
                "items": ", ".join(lines.get(sale.id, [])),
                "total": money(sale.total_cents),
                "note": "Storno" if sale.reverses_sale_id else "",
            }
        )
    return rules.ReportTable(
        "sales",
        "Einkäufe und Kassenbelege",
        (
            ("at", "Zeitpunkt"),
            ("receipt", "Beleg"),
            ("items", "Positionen"),
            ("total", "Summe"),
            ("note", "Hinweis"),
        ),
        tuple(rows),
    )


_STAMP_LABELS = {
    "stamp": "Stempel",
    "reversal": "Stempel zurückgenommen",
    "redemption": "Prämie eingelöst",
    "carry": "Übertrag auf neue Karte",
    "restore": "Stempel zurückgegeben (Storno)",
}


def bonus_section(s: Session, customer_id: uuid.UUID, location: uuid.UUID) -> rules.ReportTable:
    """Bonus and stamp cards with every stamp entry."""
    from belbo_desktop.storage.orm.bonus import BonusCard, BonusEntry, BonusProgram

    rows = []
    stmt = (
        select(BonusCard.number, BonusProgram.name, BonusCard.stamps_needed, BonusEntry)
        .join(BonusProgram, BonusProgram.id == BonusCard.program_id)
        .join(BonusEntry, BonusEntry.card_id == BonusCard.id)
        .where(BonusCard.customer_id == customer_id, BonusCard.location_id == location)
        .order_by(BonusProgram.name, BonusCard.number, BonusEntry.at, BonusEntry.id)
    )
    for number, program, needed, entry in s.execute(stmt):
        rows.append(
            {
                "program": program,
                "card": f"Karte {number} ({needed} Stempel)",
                "at": fmt_datetime(entry.at),
                "entry": _STAMP_LABELS.get(entry.kind, entry.kind),
                "count": str(entry.count),
                "reward": entry.reward or "",
            }
        )
    return rules.ReportTable(
        "bonus",
        "Bonus- und Stempelkarten",
        (
            ("program", "Programm"),
            ("card", "Karte"),
            ("at", "Zeitpunkt"),
            ("entry", "Buchung"),
            ("count", "Stempel"),
            ("reward", "Prämie"),
        ),
        tuple(rows),
    )
