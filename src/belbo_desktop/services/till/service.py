"""The till (Kasse): commit a sale, reverse it (Storno), daily closing (Z-Bericht).

Every write runs in one ``BEGIN IMMEDIATE`` transaction, so two tills on one database
queue behind each other: receipt numbers stay gap-free and a voucher's balance is
checked and booked under the same lock. Nothing is ever updated or deleted; the
database refuses it (append-only triggers) and a balance below zero (ledger trigger).

Other modules (the bonus cards) hook into a sale by adding a function to
``TillService.after_sale``: it runs inside the sale's transaction, after the sale is
written, so its own rows commit or roll back together with the sale.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, field, replace
from pathlib import Path

from sqlalchemy.orm import Session

from belbo_desktop.domain.errors import NotFound
from belbo_desktop.domain.messages import Message
from belbo_desktop.domain.money import Money
from belbo_desktop.domain.rights import Right
from belbo_desktop.domain.sales import Cart
from belbo_desktop.services import audit
from belbo_desktop.services.actor import Actor
from belbo_desktop.services.ports import Clock, RandomSource, local_today
from belbo_desktop.services.signing import SignatureState, Signer, SignRequest, sign_safely
from belbo_desktop.services.till.checks import check_cart, check_voucher_sale, checked_reason
from belbo_desktop.services.till.closing import book_closing, list_closings, load_closing
from belbo_desktop.services.till.identity import (
    find_till,
    new_till,
    remember_till,
    remembered_till,
)
from belbo_desktop.services.till.issuing import issued
from belbo_desktop.services.till.receipts import load_receipt, recent_sales
from belbo_desktop.services.till.redemptions import checked_redemptions
from belbo_desktop.services.till.results import (
    AfterSale,
    ClosingReport,
    IssuedVoucher,
    ReceiptData,
    ReceiptNotes,
    SaleResult,
    SaleSummary,
    TillInfo,
)
from belbo_desktop.services.till.reversal import book_reversal, reversible
from belbo_desktop.services.till.sale import book_sale
from belbo_desktop.services.till.signatures import sign_sale, unsigned_sales, write_signature
from belbo_desktop.services.till.voucher_refund import book_refund, refundable
from belbo_desktop.storage.orm.vouchers import Voucher
from belbo_desktop.storage.unit_of_work import UnitOfWork


@dataclass
class TillService:
    uow: UnitOfWork
    clock: Clock
    random: RandomSource
    signer: Signer
    after_sale: list[AfterSale] = field(default_factory=list)
    receipt_notes: list[ReceiptNotes] = field(default_factory=list)
    till_file: Path | None = None
    _tills: dict[uuid.UUID, TillInfo] = field(default_factory=dict, repr=False)

    def _till_of(self, s: Session, location_id: uuid.UUID) -> TillInfo:
        """This PC's till; tills are never removed, so it is looked up once per process.

        Every PC keeps its own database and syncs ledgers by union, so each PC must number
        receipts in a till of its own: ``till_file`` (in the PC's data folder, never
        synced) remembers which till that is. Without it (tests, a single database used
        on its own) the location's first till is used.
        """
        till = self._tills.get(location_id)
        if till is not None:
            return till
        found = (
            find_till(s, location_id)
            if self.till_file is None
            else remembered_till(s, location_id, self.till_file)
        )
        if found is not None:
            self._tills[location_id] = found
            return found
        # created in this transaction: cached only once found again after a commit,
        # so a rolled-back sale cannot leave the cache pointing at a till that is not there
        new = new_till(s, location_id, self.clock)
        if self.till_file is not None:
            remember_till(self.till_file, location_id, new.id)
        return new

    # --- the till ---------------------------------------------------------------------

    def till(self, actor: Actor) -> TillInfo:
        """This PC's till at the actor's location (created on first use)."""
        actor.require(Right.SELL)
        cached = self._tills.get(actor.location_id)
        if cached is not None:
            return cached
        with self.uow.write() as s:
            return self._till_of(s, actor.location_id)

    # --- sale ---------------------------------------------------------------------------

    def commit(
        self, actor: Actor, cart: Cart, *, started_at: dt.datetime | None = None
    ) -> SaleResult:
        """Write the sale, its vouchers and ledger entries, or nothing at all."""
        actor.require(Right.SELL)
        check_cart(cart)
        for v in cart.vouchers:
            check_voucher_sale(v)
        now = self.clock.now()
        today = local_today(self.clock)
        with self.uow.write() as s:
            till = self._till_of(s, actor.location_id)
            redemptions, ledger_amounts = checked_redemptions(
                s, actor.location_id, cart, today, is_sqlite=self.uow.is_sqlite
            )
            booked = replace(cart, redemptions=redemptions)
            check_cart(booked)
            committed, issued_vouchers = book_sale(
                s,
                self.random,
                actor,
                till.id,
                booked,
                ledger_amounts,
                started_at or now,
                now,
                today,
            )
            total = booked.total
            signature = sign_sale(
                s,
                self.signer,
                self.clock,
                till.serial,
                committed.receipt_no,
                committed.sale_id,
                started_at or now,
                now,
                total,
            )
            for hook in self.after_sale:
                hook(s, actor, committed)
        return SaleResult(
            committed.sale_id,
            committed.receipt_no,
            total,
            booked.change,
            tuple(issued_vouchers),
            signature.state,
        )

    # --- Storno -------------------------------------------------------------------------

    def reverse(self, actor: Actor, sale_id: uuid.UUID, reason: str) -> SaleResult:
        """Cancel a sale by a reversal sale with negated lines and payments.

        Vouchers the sale redeemed get their amount back; vouchers it sold are voided,
        which is refused once such a voucher has been used.
        """
        actor.require(Right.CANCEL_SALES)
        reason = checked_reason(reason)
        now = self.clock.now()
        today = local_today(self.clock)
        with self.uow.write() as s:
            undo = reversible(s, actor.location_id, sale_id, today)
            original = undo.original
            till = self._till_of(s, actor.location_id)  # the Storno is booked where it happens
            committed = book_reversal(s, actor, till.id, undo, reason, now)
            receipt_no = committed.receipt_no
            signature = sign_sale(
                s,
                self.signer,
                self.clock,
                till.serial,
                receipt_no,
                committed.sale_id,
                now,
                now,
                Money(-original.total_cents),
            )
            audit.record(
                s,
                self.clock,
                actor,
                "sale_reversed",
                target_type="sale",
                target_id=sale_id,
                receipt_no=original.receipt_no,
                reversal_receipt_no=receipt_no,
                reason=reason,
            )
            for hook in self.after_sale:
                hook(s, actor, committed)
        return SaleResult(
            committed.sale_id,
            receipt_no,
            Money(-original.total_cents),
            Money(0),
            (),
            signature.state,
        )

    # --- voucher pay-out ----------------------------------------------------------------

    def refund_voucher(self, actor: Actor, voucher_id: uuid.UUID, reason: str) -> SaleResult:
        """Pay the rest value out in cash, as a till receipt so the drawer stays right.

        The receipt line is the voucher's redemption business case with a negative amount
        (for a single-purpose voucher at its VAT rate, which corrects the VAT paid at sale);
        the ledger gets a REFUND entry, after which the voucher is closed.
        """
        actor.require(Right.VOID_VOUCHERS)
        reason = checked_reason(reason)
        now = self.clock.now()
        today = local_today(self.clock)
        with self.uow.write() as s:
            till = self._till_of(s, actor.location_id)
            info = refundable(s, actor.location_id, voucher_id, today)
            committed = book_refund(s, actor, till.id, info, reason, now)
            sale_id, receipt_no = committed.sale_id, committed.receipt_no
            amount = -info.balance
            signature = sign_sale(
                s, self.signer, self.clock, till.serial, receipt_no, sale_id, now, now, amount
            )
            audit.record(
                s,
                self.clock,
                actor,
                "voucher_refund",
                target_type="voucher",
                target_id=info.id,
                amount_cents=info.balance.cents,
                receipt_no=receipt_no,
                reason=reason,
            )
            for hook in self.after_sale:
                hook(s, actor, committed)
        return SaleResult(sale_id, receipt_no, amount, Money(0), (), signature.state)

    # --- reading ------------------------------------------------------------------------

    def recent(self, actor: Actor, limit: int = 50) -> list[SaleSummary]:
        actor.require(Right.SELL)
        with self.uow.read() as s:
            return recent_sales(s, actor.location_id, limit)

    def receipt(self, actor: Actor, sale_id: uuid.UUID) -> ReceiptData:
        actor.require(Right.SELL)
        with self.uow.read() as s:
            return load_receipt(s, actor.location_id, sale_id, self.receipt_notes)

    def issued_voucher(self, actor: Actor, voucher_id: uuid.UUID) -> IssuedVoucher:
        """A voucher as its handout prints it (for reprints)."""
        actor.require(Right.SELL)
        with self.uow.read() as s:
            v = s.get(Voucher, voucher_id)
            if v is None or v.location_id != actor.location_id:
                raise NotFound(Message("not_found", {"what": "voucher"}))
            return issued(v)

    # --- signatures ---------------------------------------------------------------------

    def retry_signatures(self, actor: Actor) -> int:
        """Sign sales whose device was unavailable; returns how many are now signed."""
        actor.require(Right.SELL)
        stmt = unsigned_sales(actor.location_id)
        done = 0
        with self.uow.write() as s:
            for sale, serial in s.execute(stmt).all():
                sig = sign_safely(
                    self.signer,
                    SignRequest(
                        serial, sale.receipt_no, sale.started_at, sale.finished_at, sale.total_cents
                    ),
                )
                if sig.state is SignatureState.FAILED:
                    continue
                write_signature(s, self.clock, sale.id, sig)
                done += 1
        return done

    # --- daily closing ------------------------------------------------------------------

    def close_day(self, actor: Actor) -> ClosingReport:
        """Z-Bericht over every receipt since the last closing of this till."""
        actor.require(Right.SELL)
        now = self.clock.now()
        with self.uow.write() as s:
            till = self._till_of(s, actor.location_id)
            closing_id, number, first_no, last_no = book_closing(s, actor, till.id, now)
            audit.record(
                s,
                self.clock,
                actor,
                "till_closed",
                target_type="till_closing",
                target_id=closing_id,
                number=number,
                first_receipt_no=first_no,
                last_receipt_no=last_no,
            )
        return self.closing(actor, closing_id)

    def closing(self, actor: Actor, closing_id: uuid.UUID) -> ClosingReport:
        actor.require(Right.SELL)
        with self.uow.read() as s:
            return load_closing(s, actor.location_id, closing_id)

    def closings(self, actor: Actor) -> list[tuple[uuid.UUID, int, dt.datetime]]:
        actor.require(Right.SELL)
        with self.uow.read() as s:
            return list_closings(s, actor.location_id)
