"""Datenschutz: trade-secret fields, data-access reports, requests, erasure, consents.

Also the health-data gate that :mod:`services.customers` calls: health fields (Art. 9
DSGVO) are shown only to staff with the health-data right (each view audited) and
stored only with a recorded explicit consent.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import json
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import TypeVar

from babel.numbers import format_decimal
from sqlalchemy import delete, func, select, text
from sqlalchemy.orm import Session

from belbo_desktop.domain import privacy as rules
from belbo_desktop.domain.custom_fields import FIELD_TYPE_LABELS, FieldType
from belbo_desktop.domain.customers import BUILTIN_FIELDS, format_phone
from belbo_desktop.domain.errors import NotFound, ValidationError
from belbo_desktop.domain.messages import Language, Message, label
from belbo_desktop.domain.privacy import (
    ConsentKind,
    ConsentMethod,
    RequestKind,
    RequestStatus,
    SecretBlock,
)
from belbo_desktop.domain.rights import Right
from belbo_desktop.services import audit
from belbo_desktop.services.actor import Actor
from belbo_desktop.services.health_gate import health_field_ids
from belbo_desktop.services.ports import BERLIN, Clock, local_today
from belbo_desktop.storage.customer_links import survivor_of, with_merged
from belbo_desktop.storage.orm import (
    AuditEntry,
    Consent,
    ConsentWording,
    Customer,
    CustomerErasure,
    CustomFieldDefinition,
    CustomFieldValue,
    Location,
    PrivacyRequest,
    Setting,
    StaffMember,
)
from belbo_desktop.storage.search import FTS_TABLE
from belbo_desktop.storage.unit_of_work import UnitOfWork

#: Location setting: the built-in field keys marked as trade secret.
BUILTIN_SECRETS_SETTING = "privacy.trade_secret_builtins"
DUE_SOON_DAYS = 7
T = TypeVar("T")

# --- plain results --------------------------------------------------------------------


@dataclass(frozen=True)
class FieldPrivacy:
    """One customer field on the Betriebsgeheimnis page."""

    key: str
    label: str
    builtin: bool
    field_type: str
    trade_secret: bool
    identifying: bool
    health_data: bool
    archived: bool
    block: SecretBlock | None

    @property
    def can_be_secret(self) -> bool:
        return self.block is None

    def block_text(self, lang: Language = "de") -> str | None:
        return None if self.block is None else Message(self.block.value).text(lang)


@dataclass(frozen=True)
class ConsentRow:
    id: uuid.UUID
    kind: ConsentKind
    text_version: str
    text: str
    method: ConsentMethod
    given_at: dt.datetime
    recorded_by: str | None
    withdrawn_at: dt.datetime | None
    withdrawn_by: str | None

    @property
    def active(self) -> bool:
        return self.withdrawn_at is None


@dataclass(frozen=True)
class RequestRow:
    id: uuid.UUID
    customer_id: uuid.UUID
    customer_number: int
    customer_name: str
    kind: RequestKind
    channel: rules.Channel
    received_on: dt.date
    deadline: dt.date
    extended_until: dt.date | None
    extension_reason: str | None
    status: RequestStatus
    note: str | None
    identity_verified_at: dt.datetime | None
    identity_verified_by: str | None
    identity_note: str | None
    closed_at: dt.datetime | None
    closed_by: str | None
    outcome_note: str | None
    files: tuple[dict[str, object], ...]
    overdue: bool
    days_left: int

    @property
    def due(self) -> dt.date:
        return self.extended_until or self.deadline


@dataclass(frozen=True)
class RequestSummary:
    """What a manager sees at login: open requests, the overdue ones first."""

    open: int
    overdue: int
    due_soon: int
    rows: tuple[RequestRow, ...]

    @property
    def needs_attention(self) -> bool:
        return self.overdue > 0 or self.due_soon > 0


@dataclass(frozen=True)
class ReportFiles:
    pdf: Path
    json: Path
    archive: Path
    data: rules.ReportData

    @property
    def paths(self) -> tuple[Path, ...]:
        return (self.pdf, self.json, self.archive)


@dataclass(frozen=True)
class ErasureResult:
    customer_id: uuid.UUID
    number: int
    erased_at: dt.datetime
    values_removed: int  # custom values, the merged files' included
    merged_numbers: tuple[int, ...] = ()  # files merged into this one, anonymised with it


#: A report section from another module: (session, customer id, location id) -> table.
SectionProvider = Callable[[Session, uuid.UUID, uuid.UUID], rules.ReportTable | None]

# --- formatting for the report (services cannot use the Qt-side formatter) ------------


def _fmt_date(value: dt.date | None) -> str:
    return "" if value is None else value.strftime("%d.%m.%Y")


def _fmt_datetime(value: dt.datetime | None) -> str:
    if value is None:
        return ""
    return value.astimezone(BERLIN).strftime("%d.%m.%Y, %H:%M")


def _fmt_custom(field_type: FieldType, value: str) -> str:
    match field_type:
        case FieldType.DATE:
            try:
                return _fmt_date(dt.date.fromisoformat(value))
            except ValueError:
                return value
        case FieldType.YES_NO:
            return "Ja" if value == "1" else "Nein"
        case FieldType.NUMBER:
            try:
                return str(format_decimal(Decimal(value), locale="de_DE"))
            except ArithmeticError:
                return value
    return value


def ensure_wording(s: Session, wording: rules.ConsentText) -> None:
    """Store a consent text once per kind and version, the first time it is used."""
    found = s.scalar(
        select(ConsentWording.id).where(
            ConsentWording.kind == wording.kind.value, ConsentWording.version == wording.version
        )
    )
    if found is None:
        s.add(
            ConsentWording(
                id=wording_id(wording),
                kind=wording.kind.value,
                version=wording.version,
                text=wording.text,
            )
        )
        s.flush()


def wording_id(wording: rules.ConsentText) -> uuid.UUID:
    """The same id on every PC, so two PCs storing a wording offline store one row."""
    return uuid.uuid5(uuid.NAMESPACE_URL, f"belbo:consent:{wording.kind.value}:{wording.version}")


# --- report sections every installation has -------------------------------------------


def consents_section(s: Session, customer_id: uuid.UUID, _location: uuid.UUID) -> rules.ReportTable:
    rows = []
    stmt = (
        select(Consent, ConsentWording.text)
        .outerjoin(
            ConsentWording,
            (ConsentWording.kind == Consent.kind)
            & (ConsentWording.version == Consent.text_version),
        )
        .where(Consent.customer_id == customer_id)
        .order_by(Consent.given_at)
    )
    for c, wording in s.execute(stmt):
        rows.append(
            {
                "kind": rules.label_of(rules.CONSENT_KIND_LABELS, ConsentKind(c.kind)),
                "text_version": c.text_version,
                "text": wording or "",
                "method": rules.label_of(rules.CONSENT_METHOD_LABELS, ConsentMethod(c.method)),
                "given_at": _fmt_datetime(c.given_at),
                "withdrawn_at": _fmt_datetime(c.withdrawn_at),
            }
        )
    return rules.ReportTable(
        "consents",
        "Einwilligungen",
        (
            ("kind", "Art"),
            ("given_at", "Erteilt am"),
            ("withdrawn_at", "Widerrufen am"),
            ("method", "Form"),
            ("text_version", "Textfassung"),
            ("text", "Wortlaut"),
        ),
        tuple(rows),
    )


def requests_section(s: Session, customer_id: uuid.UUID, _location: uuid.UUID) -> rules.ReportTable:
    rows = []
    for r in s.scalars(
        select(PrivacyRequest)
        .where(PrivacyRequest.customer_id == customer_id)
        .order_by(PrivacyRequest.received_on)
    ):
        rows.append(
            {
                "kind": rules.label_of(rules.REQUEST_KIND_LABELS, RequestKind(r.kind)),
                "received_on": _fmt_date(r.received_on),
                "channel": rules.label_of(rules.CHANNEL_LABELS, rules.Channel(r.channel)),
                "deadline": _fmt_date(r.extended_until or r.deadline),
                "status": rules.label_of(rules.REQUEST_STATUS_LABELS, RequestStatus(r.status)),
                "closed_at": _fmt_datetime(r.closed_at),
            }
        )
    return rules.ReportTable(
        "requests",
        "Ihre Anfragen zum Datenschutz",
        (
            ("kind", "Anliegen"),
            ("received_on", "Eingegangen"),
            ("channel", "Weg"),
            ("deadline", "Frist"),
            ("status", "Stand"),
            ("closed_at", "Abgeschlossen"),
        ),
        tuple(rows),
    )


AUDIT_ACTION_LABELS: dict[str, str] = {
    "customer_created": "Kundenakte angelegt",
    "customer_changed": "Kundenakte geändert",
    "customer_archived": "Kundenakte archiviert",
    "customer_restored": "Kundenakte wiederhergestellt",
    "health_data_viewed": "Gesundheitsangaben angesehen",
    "consent_given": "Einwilligung erfasst",
    "consent_withdrawn": "Einwilligung widerrufen",
    "health_data_erased": "Gesundheitsangaben gelöscht",
    "privacy_request_registered": "Anfrage erfasst",
    "privacy_request_identity_verified": "Identität geprüft",
    "privacy_request_extended": "Frist verlängert",
    "privacy_request_closed": "Anfrage abgeschlossen",
    "data_access_report": "Datenauskunft erstellt",
    "customer_merged": "Andere Kundenakte hierher zusammengeführt",
    "customer_merged_away": "Mit anderer Kundenakte zusammengeführt",
}


def history_section(s: Session, customer_id: uuid.UUID, location: uuid.UUID) -> rules.ReportTable:
    """What was done with the customer file, without naming staff (their data, not ours)."""
    rows = []
    stmt = (
        select(AuditEntry.at, AuditEntry.action)
        .where(AuditEntry.target_id == str(customer_id), AuditEntry.location_id == location)
        .order_by(AuditEntry.at)
    )
    for at, action in s.execute(stmt):
        rows.append({"at": _fmt_datetime(at), "action": AUDIT_ACTION_LABELS.get(action, action)})
    return rules.ReportTable(
        "history",
        "Verarbeitungsprotokoll",
        (("at", "Zeitpunkt"), ("action", "Vorgang")),
        tuple(rows),
        "Wann Ihre Kundenakte angelegt, geändert oder eingesehen wurde.",
    )


_ENTRY_LABELS = {
    "issue": "Ausgabe",
    "redemption": "Einlösung",
    "redemption_reversal": "Storno einer Einlösung",
    "issue_reversal": "Storno des Verkaufs",
    "refund": "Auszahlung des Restwerts",
    "cancellation": "Entwertung",
    "expiry": "Verfall",
}


def _money(cents: int) -> str:
    """``-1.234,50 €`` as Babel writes it for de_DE, without its cost per call (1,000 rows)."""
    sign = "-" if cents < 0 else ""
    euros, rest = divmod(abs(cents), 100)
    return f"{sign}{euros:,}".replace(",", ".") + f",{rest:02d}\xa0€"


def _masked_code(code: str) -> str:
    """Only the last group: the report may travel by email, the code is worth money."""
    return "•••••-" * 2 + code[-5:] if len(code) > 5 else code


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
                    "code": _masked_code(v.code),
                    "voucher": v.service_name or _money(v.face_value_cents),
                    "role": "gekauft" if v.buyer_customer_id in ids else "eingelöst",
                    "at": _fmt_datetime(at),
                    "entry": _ENTRY_LABELS.get(kind, kind),
                    "amount": _money(amount),
                    "balance": _money(balance[voucher_id]),
                    "valid_until": _fmt_date(v.valid_until),
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
                "at": _fmt_datetime(sale.finished_at),
                "receipt": f"{till_name} Nr. {sale.receipt_no}",
                "items": ", ".join(lines.get(sale.id, [])),
                "total": _money(sale.total_cents),
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
                "at": _fmt_datetime(entry.at),
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


def default_providers() -> list[SectionProvider]:
    """Sections in report order. A module with more customer data adds its provider here
    (or a caller passes its own list to :class:`PrivacyService`)."""
    return [
        vouchers_section,
        bonus_section,
        sales_section,
        consents_section,
        requests_section,
        history_section,
    ]


# --- the service -------------------------------------------------------------------------


class PrivacyService:
    def __init__(
        self,
        uow: UnitOfWork,
        clock: Clock,
        documents_dir: Path,
        providers: Sequence[SectionProvider] | None = None,
    ) -> None:
        self.uow = uow
        self.clock = clock
        self.documents_dir = documents_dir
        self.providers = list(default_providers() if providers is None else providers)

    # --- Betriebsgeheimnis ---------------------------------------------------------------

    def fields(self, actor: Actor) -> list[FieldPrivacy]:
        """Every customer field, built-in and custom, with its privacy classification."""
        actor.require(Right.VIEW_CUSTOMERS)
        with self.uow.read() as s:
            secrets = self._builtin_secrets(s, actor.location_id)
            out = [
                FieldPrivacy(
                    key,
                    label(key),
                    True,
                    "builtin",
                    key in secrets,
                    rules.builtin_secret_block(key) is SecretBlock.IDENTIFYING,
                    False,
                    False,
                    rules.builtin_secret_block(key),
                )
                for key in BUILTIN_FIELDS
            ]
            for d in self._definitions(s, actor.location_id):
                out.append(_field_privacy(d))
        return out

    def set_trade_secret(self, actor: Actor, key: str, marked: bool) -> FieldPrivacy:
        """Mark or unmark one field; refused for fields that identify the customer."""
        return self.classify(actor, [(key, "trade_secret", marked)])[0]

    def set_identifying(self, actor: Actor, field_id: str, identifying: bool) -> FieldPrivacy:
        """Declare a custom field identifying (e.g. a membership card number)."""
        return self.classify(actor, [(field_id, "identifying", identifying)])[0]

    def set_health_data(self, actor: Actor, field_id: str, health: bool) -> FieldPrivacy:
        """Declare a custom field special-category health data (Art. 9 DSGVO)."""
        return self.classify(actor, [(field_id, "health_data", health)])[0]

    def classify(
        self, actor: Actor, changes: Sequence[tuple[str, str, bool]]
    ) -> list[FieldPrivacy]:
        """Apply (field key, flag, value) changes in one transaction: all or nothing.

        ``flag`` is "trade_secret", "identifying" or "health_data". Each real change is
        audited with the field, the old and the new state.
        """
        actor.require(Right.PRIVACY_SETTINGS)
        with self.uow.write() as s:
            return [self._classify(s, actor, key, flag, value) for key, flag, value in changes]

    def _classify(self, s: Session, actor: Actor, key: str, flag: str, value: bool) -> FieldPrivacy:
        if flag == "trade_secret" and key in BUILTIN_FIELDS:
            block = rules.builtin_secret_block(key)
            if value and block is not None:
                raise ValidationError({key: Message(block.value)})
            secrets = self._builtin_secrets(s, actor.location_id)
            old = key in secrets
            self._store_builtin_secrets(
                s, actor.location_id, (secrets | {key}) if value else (secrets - {key})
            )
            result = FieldPrivacy(
                key, label(key), True, "builtin", value, False, False, False, block
            )
        else:
            d = self._definition(s, actor, key)
            if flag == "trade_secret":
                block = rules.custom_secret_block(d.is_identifying, d.is_health_data)
                if value and block is not None:
                    raise ValidationError({key: Message(block.value)})
                old = d.is_trade_secret
                d.is_trade_secret = value
            elif flag in ("identifying", "health_data"):
                if value and d.is_trade_secret:
                    raise ValidationError({key: Message("secret_then_identifying")})
                column = "is_" + flag
                old = bool(getattr(d, column))
                setattr(d, column, value)
            else:
                raise ValueError(flag)
            result = _field_privacy(d)
        if old != value:
            audit.record(
                s,
                self.clock,
                actor,
                "trade_secret_changed"
                if flag == "trade_secret"
                else "field_classification_changed",
                target_type="customer_field",
                target_id=key,
                field=result.label,
                flag=flag,
                old=old,
                new=value,
            )
        return result

    @staticmethod
    def _builtin_secrets(s: Session, location_id: uuid.UUID) -> set[str]:
        row = s.scalars(
            select(Setting).where(
                Setting.location_id == location_id, Setting.key == BUILTIN_SECRETS_SETTING
            )
        ).first()
        return set(row.value) if row is not None and isinstance(row.value, list) else set()

    @staticmethod
    def _store_builtin_secrets(s: Session, location_id: uuid.UUID, keys: set[str]) -> None:
        row = s.scalars(
            select(Setting).where(
                Setting.location_id == location_id, Setting.key == BUILTIN_SECRETS_SETTING
            )
        ).first()
        value = sorted(keys)
        if row is None:
            s.add(Setting(location_id=location_id, key=BUILTIN_SECRETS_SETTING, value=value))
        else:
            row.value = value

    @staticmethod
    def _definitions(s: Session, location_id: uuid.UUID) -> list[CustomFieldDefinition]:
        return list(
            s.scalars(
                select(CustomFieldDefinition)
                .where(
                    CustomFieldDefinition.location_id == location_id,
                    CustomFieldDefinition.deleted_at.is_(None),
                )
                .order_by(CustomFieldDefinition.position, CustomFieldDefinition.label)
            )
        )

    @staticmethod
    def _definition(s: Session, actor: Actor, field_id: str) -> CustomFieldDefinition:
        try:
            fid = uuid.UUID(field_id)
        except ValueError:
            fid = None
        d = s.get(CustomFieldDefinition, fid) if fid else None
        if d is None or d.location_id != actor.location_id or d.deleted_at is not None:
            raise NotFound(Message("not_found", {"what": "custom_field"}))
        return d

    # --- consents ------------------------------------------------------------------------

    def consents(self, actor: Actor, customer_id: uuid.UUID) -> list[ConsentRow]:
        actor.require(Right.VIEW_CUSTOMERS)
        with self.uow.read() as s:
            self._customer(s, actor, customer_id)
            return self._consent_rows(s, customer_id)

    def give_consent(
        self,
        actor: Actor,
        customer_id: uuid.UUID,
        kind: ConsentKind,
        method: ConsentMethod = ConsentMethod.SIGNED_FORM,
    ) -> ConsentRow:
        """Record a consent in the current wording; the wording's version is kept with it."""
        actor.require(Right.EDIT_CUSTOMERS)
        wording = rules.CONSENT_TEXTS[kind]
        with self.uow.write() as s:
            customer = self._customer(s, actor, customer_id)
            active = s.scalar(
                select(func.count())
                .select_from(Consent)
                .where(
                    Consent.customer_id == customer_id,
                    Consent.kind == kind.value,
                    Consent.withdrawn_at.is_(None),
                )
            )
            if active:
                raise ValidationError({"consent": Message("consent_already_given")})
            ensure_wording(s, wording)
            consent = Consent(
                location_id=actor.location_id,
                customer_id=customer_id,
                kind=kind.value,
                text_version=wording.version,
                method=method.value,
                given_at=self.clock.now(),
                recorded_by_id=actor.staff_id,
            )
            s.add(consent)
            if kind is ConsentKind.MARKETING_EMAIL and not customer.marketing_consent:
                customer.marketing_consent = True
                customer.updated_at = self.clock.now()
                customer.updated_by_id = actor.staff_id
            s.flush()
            audit.record(
                s,
                self.clock,
                actor,
                "consent_given",
                target_type="customer",
                target_id=customer_id,
                kind=kind.value,
                text_version=wording.version,
                consent_id=consent.id,
            )
            return self._consent_rows(s, customer_id, consent.id)[0]

    def withdraw_consent(
        self, actor: Actor, consent_id: uuid.UUID, *, erase_health_values: bool = False
    ) -> ConsentRow:
        """Withdraw a consent; for health data optionally erase the stored health values."""
        actor.require(Right.EDIT_CUSTOMERS)
        if erase_health_values:
            actor.require(Right.EDIT_HEALTH_DATA)
        with self.uow.write() as s:
            consent = s.get(Consent, consent_id)
            if consent is None or consent.location_id != actor.location_id:
                raise NotFound(Message("not_found", {"what": "consent"}))
            customer = self._customer(s, actor, consent.customer_id)
            if consent.withdrawn_at is not None:
                raise ValidationError({"consent": Message("consent_withdrawn_already")})
            consent.withdrawn_at = self.clock.now()
            consent.withdrawn_recorded_by_id = actor.staff_id
            if consent.kind == ConsentKind.MARKETING_EMAIL.value and customer.marketing_consent:
                customer.marketing_consent = False
                customer.updated_at = self.clock.now()
                customer.updated_by_id = actor.staff_id
            audit.record(
                s,
                self.clock,
                actor,
                "consent_withdrawn",
                target_type="customer",
                target_id=customer.id,
                kind=consent.kind,
                consent_id=consent.id,
            )
            if erase_health_values and consent.kind == ConsentKind.HEALTH_DATA.value:
                health = [uuid.UUID(f) for f in health_field_ids(s, actor.location_id)]
                removed = _deleted(
                    s.execute(
                        delete(CustomFieldValue).where(
                            CustomFieldValue.customer_id == customer.id,
                            CustomFieldValue.field_id.in_(health),
                        )
                    )
                )
                audit.record(
                    s,
                    self.clock,
                    actor,
                    "health_data_erased",
                    target_type="customer",
                    target_id=customer.id,
                    values=removed,
                )
            s.flush()
            return self._consent_rows(s, customer.id, consent.id)[0]

    @staticmethod
    def _consent_rows(
        s: Session, customer_id: uuid.UUID, only: uuid.UUID | None = None
    ) -> list[ConsentRow]:
        names: dict[uuid.UUID | None, str] = {
            sid: name for sid, name in s.execute(select(StaffMember.id, StaffMember.display_name))
        }
        stmt = (
            select(Consent, ConsentWording.text)
            .outerjoin(
                ConsentWording,
                (ConsentWording.kind == Consent.kind)
                & (ConsentWording.version == Consent.text_version),
            )
            .where(Consent.customer_id == customer_id)
        )
        if only is not None:
            stmt = stmt.where(Consent.id == only)
        return [
            ConsentRow(
                c.id,
                ConsentKind(c.kind),
                c.text_version,
                text or "",
                ConsentMethod(c.method),
                c.given_at,
                names.get(c.recorded_by_id),
                c.withdrawn_at,
                names.get(c.withdrawn_recorded_by_id),
            )
            for c, text in s.execute(stmt.order_by(Consent.given_at.desc()))
        ]

    # --- requests register ---------------------------------------------------------------

    def register_request(
        self, actor: Actor, customer_id: uuid.UUID, data: rules.RequestInput
    ) -> RequestRow:
        actor.require(Right.PRIVACY_REQUESTS)
        data = rules.validate_request(data, local_today(self.clock))
        with self.uow.write() as s:
            self._customer(s, actor, customer_id)
            req = PrivacyRequest(
                location_id=actor.location_id,
                customer_id=customer_id,
                kind=data.kind.value,
                channel=data.channel.value,
                received_on=data.received_on,
                deadline=rules.answer_deadline(data.received_on),
                status=RequestStatus.OPEN.value,
                note=data.note or None,
                created_by_id=actor.staff_id,
                files=[],
            )
            s.add(req)
            s.flush()
            audit.record(
                s,
                self.clock,
                actor,
                "privacy_request_registered",
                target_type="customer",
                target_id=customer_id,
                request_id=req.id,
                kind=data.kind.value,
                received_on=data.received_on,
            )
            return self._request_rows(s, actor, request_id=req.id)[0]

    def verify_identity(self, actor: Actor, request_id: uuid.UUID, note: str) -> RequestRow:
        """Record who checked the requester's identity and how (e.g. "Ausweis vorgelegt")."""
        actor.require(Right.PRIVACY_REQUESTS)
        how = rules.validate_reason(note, "note")
        with self.uow.write() as s:
            req = self._open_request(s, actor, request_id)
            req.identity_verified_at = self.clock.now()
            req.identity_verified_by_id = actor.staff_id
            req.identity_note = how[:500]
            audit.record(
                s,
                self.clock,
                actor,
                "privacy_request_identity_verified",
                target_type="customer",
                target_id=req.customer_id,
                request_id=req.id,
            )
            s.flush()
            return self._request_rows(s, actor, request_id=req.id)[0]

    def extend_request(self, actor: Actor, request_id: uuid.UUID, reason: str) -> RequestRow:
        """Extend by two months once, with the reason the customer must be told."""
        actor.require(Right.PRIVACY_REQUESTS)
        why = rules.validate_reason(reason)
        with self.uow.write() as s:
            req = self._open_request(s, actor, request_id)
            if req.extended_until is not None:
                raise ValidationError({"reason": Message("request_already_extended")})
            req.extended_until = rules.extended_deadline(req.received_on)
            req.extension_reason = why
            audit.record(
                s,
                self.clock,
                actor,
                "privacy_request_extended",
                target_type="customer",
                target_id=req.customer_id,
                request_id=req.id,
                until=req.extended_until,
            )
            s.flush()
            return self._request_rows(s, actor, request_id=req.id)[0]

    def close_request(
        self, actor: Actor, request_id: uuid.UUID, status: RequestStatus, note: str = ""
    ) -> RequestRow:
        """Mark fulfilled (identity must be verified) or rejected (a reason is required)."""
        actor.require(Right.PRIVACY_REQUESTS)
        if status is RequestStatus.OPEN:
            raise ValidationError({"status": Message("request_closed")})
        outcome = rules.validate_reason(note) if status is RequestStatus.REJECTED else note
        with self.uow.write() as s:
            req = self._open_request(s, actor, request_id)
            if status is RequestStatus.FULFILLED and req.identity_verified_at is None:
                raise ValidationError({"identity": Message("identity_not_verified")})
            req.status = status.value
            req.closed_at = self.clock.now()
            req.closed_by_id = actor.staff_id
            req.outcome_note = (outcome or "").strip() or None
            audit.record(
                s,
                self.clock,
                actor,
                "privacy_request_closed",
                target_type="customer",
                target_id=req.customer_id,
                request_id=req.id,
                status=status.value,
            )
            s.flush()
            return self._request_rows(s, actor, request_id=req.id)[0]

    def requests(
        self, actor: Actor, *, open_only: bool = False, customer_id: uuid.UUID | None = None
    ) -> list[RequestRow]:
        """The register, the most urgent first."""
        actor.require(Right.PRIVACY_REQUESTS)
        with self.uow.read() as s:
            return self._request_rows(s, actor, open_only=open_only, customer_id=customer_id)

    def attention(self, actor: Actor) -> RequestSummary:
        """For the login: open requests, overdue and due within a week. Empty without right."""
        if not actor.can(Right.PRIVACY_REQUESTS):
            return RequestSummary(0, 0, 0, ())
        with self.uow.read() as s:
            rows = self._request_rows(s, actor, open_only=True)
        overdue = sum(1 for r in rows if r.overdue)
        soon = sum(1 for r in rows if not r.overdue and r.days_left <= DUE_SOON_DAYS)
        return RequestSummary(len(rows), overdue, soon, tuple(rows))

    def _open_request(self, s: Session, actor: Actor, request_id: uuid.UUID) -> PrivacyRequest:
        req = s.get(PrivacyRequest, request_id)
        if req is None or req.location_id != actor.location_id:
            raise NotFound(Message("not_found", {"what": "request"}))
        if req.status != RequestStatus.OPEN.value:
            raise ValidationError({"request": Message("request_closed")})
        return req

    def _request_rows(
        self,
        s: Session,
        actor: Actor,
        *,
        open_only: bool = False,
        customer_id: uuid.UUID | None = None,
        request_id: uuid.UUID | None = None,
    ) -> list[RequestRow]:
        today = local_today(self.clock)
        names: dict[uuid.UUID | None, str] = {
            sid: name for sid, name in s.execute(select(StaffMember.id, StaffMember.display_name))
        }
        stmt = (
            select(PrivacyRequest, Customer.number, Customer.first_name, Customer.last_name)
            .join(Customer, Customer.id == PrivacyRequest.customer_id)
            .where(PrivacyRequest.location_id == actor.location_id)
        )
        if open_only:
            stmt = stmt.where(PrivacyRequest.status == RequestStatus.OPEN.value)
        if customer_id is not None:
            stmt = stmt.where(PrivacyRequest.customer_id == customer_id)
        if request_id is not None:
            stmt = stmt.where(PrivacyRequest.id == request_id)
        rows = []
        for r, number, first, last in s.execute(stmt):
            status = RequestStatus(r.status)
            due = r.extended_until or r.deadline
            rows.append(
                RequestRow(
                    r.id,
                    r.customer_id,
                    number,
                    f"{last}, {first}" if first else last,
                    RequestKind(r.kind),
                    rules.Channel(r.channel),
                    r.received_on,
                    r.deadline,
                    r.extended_until,
                    r.extension_reason,
                    status,
                    r.note,
                    r.identity_verified_at,
                    names.get(r.identity_verified_by_id),
                    r.identity_note,
                    r.closed_at,
                    names.get(r.closed_by_id),
                    r.outcome_note,
                    tuple(r.files or ()),
                    rules.is_overdue(due, status, today),
                    rules.days_left(due, today),
                )
            )
        rows.sort(key=lambda r: (r.status is not RequestStatus.OPEN, r.due, r.received_on))
        return rows

    # --- Datenauskunft -------------------------------------------------------------------

    def report_data(self, actor: Actor, customer_id: uuid.UUID) -> rules.ReportData:
        """Everything stored about one customer, trade-secret contents left out."""
        actor.require(Right.PRIVACY_REQUESTS)
        with self.uow.read() as s:
            data = self._report_data(s, actor, customer_id)
        if data.has_health_values:
            actor.require(Right.VIEW_HEALTH_DATA)
        return data

    def create_report(
        self,
        actor: Actor,
        customer_id: uuid.UUID,
        *,
        request_id: uuid.UUID | None = None,
        out_dir: Path | None = None,
    ) -> ReportFiles:
        """Write the PDF, the JSON and the ZIP (JSON + CSV); audit; attach to the request."""
        from belbo_desktop.documents.portability import write_json, write_zip
        from belbo_desktop.documents.privacy_report import write_report

        actor.require(Right.PRIVACY_REQUESTS)
        with self.uow.read() as s:
            data = self._report_data(s, actor, customer_id)
            if data.has_health_values:
                actor.require(Right.VIEW_HEALTH_DATA)  # the files show them
            if request_id is not None:
                req = self._open_request(s, actor, request_id)
                data = dataclasses.replace(data, request_received_on=req.received_on)
        folder = out_dir or (self.documents_dir / "datenauskunft")
        folder.mkdir(parents=True, exist_ok=True)
        stem = rules.report_file_stem(data.customer_number, local_today(self.clock))
        pdf = write_report(data, folder / f"{stem}.pdf")
        js = write_json(data, folder / f"{stem}.json")
        archive = write_zip(data, folder / f"{stem}.zip")
        files = [
            {"name": p.name, "sha256": _sha256(p), "bytes": p.stat().st_size}
            for p in (pdf, js, archive)
        ]
        with self.uow.write() as s:
            if request_id is not None:
                req = self._open_request(s, actor, request_id)
                req.files = [*(req.files or []), *files]
            audit.record(
                s,
                self.clock,
                actor,
                "data_access_report",
                target_type="customer",
                target_id=customer_id,
                request_id=request_id,
                files=files,
                withheld=[f.key for f in data.withheld_fields],
                health_fields=[f.key for f in data.fields if f.health_data and f.value],
                merged_files=[
                    {
                        "customer_id": m.customer_id,
                        "number": m.customer_number,
                        "withheld": [f.key for f in m.withheld_fields],
                        "health_fields": [f.key for f in m.fields if f.health_data and f.value],
                    }
                    for m in data.merged_files
                ],
            )
        return ReportFiles(pdf, js, archive, data)

    def _report_data(self, s: Session, actor: Actor, customer_id: uuid.UUID) -> rules.ReportData:
        c = self._customer(s, actor, customer_id)
        self._refuse_merged(s, c, "report_merged_file")
        loc = s.get(Location, actor.location_id)
        assert loc is not None
        secrets = self._builtin_secrets(s, actor.location_id)
        definitions = self._definitions(s, actor.location_id)
        fields = _report_fields(s, c, secrets, definitions)
        tables = []
        for provider in self.providers:
            table = provider(s, c.id, actor.location_id)
            if table is not None:
                tables.append(table)
        controller = rules.Controller(
            loc.legal_name or loc.name,
            tuple(
                line
                for line in (
                    loc.legal_name or loc.name,
                    loc.street or "",
                    " ".join(p for p in (loc.postcode, loc.city) if p),
                )
                if line
            ),
            loc.phone,
            loc.email,
            loc.website,
        )
        return rules.ReportData(
            self.clock.now(),
            controller,
            str(c.id),
            c.number,
            f"{c.first_name} {c.last_name}".strip(),
            fields,
            tuple(tables),
            merged_files=self._merged_files(s, actor, c, secrets, definitions),
        )

    @staticmethod
    def _merged_files(
        s: Session,
        actor: Actor,
        survivor: Customer,
        secrets: set[str],
        definitions: Sequence[CustomFieldDefinition],
    ) -> tuple[rules.MergedFileReport, ...]:
        """Every file merged into ``survivor`` (through chains too), with what only the
        archived file holds: master data, custom values (same secrets, same health rule)
        and its history. Its receipts and the rest are in the survivor's tables already."""
        merged = _files_merged_into(s, survivor.id, actor.location_id)
        numbers = dict(
            s.execute(
                select(Customer.id, Customer.number).where(
                    Customer.id.in_({m.merged_into_id for m in merged})
                )
            ).all()
        )
        merged.sort(key=lambda m: (m.merged_at or m.updated_at, m.number))
        return tuple(
            rules.MergedFileReport(
                str(m.id),
                m.number,
                f"{m.first_name} {m.last_name}".strip(),
                m.merged_at or m.updated_at,
                numbers.get(m.merged_into_id or survivor.id, survivor.number),
                _report_fields(s, m, secrets, definitions),
                history_section(s, m.id, actor.location_id),
            )
            for m in merged
        )

    @staticmethod
    def _refuse_merged(s: Session, c: Customer, code: str) -> None:
        """A merged file's data lives on in its survivor's report and erasure."""
        if c.merged_into_id is None:
            return
        into = s.scalar(select(Customer.number).where(Customer.id == survivor_of(s, c.id)))
        raise ValidationError({"customer": Message(code, {"number": c.number, "into": into})})

    # --- erasure -------------------------------------------------------------------------

    def erase(
        self,
        actor: Actor,
        customer_id: uuid.UUID,
        *,
        reason: str,
        confirmation: str,
        request_id: uuid.UUID | None = None,
    ) -> ErasureResult:
        """Erase a customer by anonymisation (Art. 17), irreversibly.

        Name, contact data, notes and every custom value are removed, the search index
        entry is rewritten and earlier report files on this PC are deleted, for this file
        and every file merged into it (one transaction, each erasure audited); the anonymous
        record stays so that receipts and voucher ledger entries kept for tax law
        (§ 147 AO) remain complete but point to no one.
        """
        actor.require(Right.ERASE_CUSTOMERS)
        why = rules.validate_reason(reason)
        with self.uow.write() as s:
            c = self._customer(s, actor, customer_id)
            self._refuse_merged(s, c, "erase_merged_file")
            if confirmation.strip() != str(c.number):
                raise ValidationError(
                    {"confirmation": Message("erase_confirm_mismatch", {"number": c.number})}
                )
            if request_id is not None:
                self._open_request(s, actor, request_id)
            now = self.clock.now()
            # Freed pages are overwritten, so the old values do not linger in the file.
            s.execute(text("PRAGMA secure_delete = ON")) if self.uow.is_sqlite else None
            # Files merged into this one are the same person: archived duplicates keep
            # their own master data and custom values, so they are anonymised with it.
            merged = _files_merged_into(s, c.id, actor.location_id)
            removed = self._anonymise(s, actor, c, now, why, request_id)
            merged_removed = {
                m.id: self._anonymise(s, actor, m, now, why, request_id) for m in merged
            }
            s.flush()
            if self.uow.is_sqlite:
                # FTS5 keeps deleted tokens in old segments until they are merged.
                s.execute(text(f"INSERT INTO {FTS_TABLE}({FTS_TABLE}) VALUES('optimize')"))
            audit.record(
                s,
                self.clock,
                actor,
                "customer_erased",
                target_type="customer",
                target_id=c.id,
                number=c.number,
                request_id=request_id,
                values_removed=removed,
                merged_files=[m.number for m in merged],
            )
            for m in merged:
                audit.record(
                    s,
                    self.clock,
                    actor,
                    "customer_erased",
                    target_type="customer",
                    target_id=m.id,
                    number=m.number,
                    request_id=request_id,
                    values_removed=merged_removed[m.id],
                    merged_into=c.id,
                    merged_into_number=c.number,
                )
            result = ErasureResult(
                c.id,
                c.number,
                now,
                removed + sum(merged_removed.values()),
                tuple(m.number for m in merged),
            )
        # Copies of earlier data-access reports kept on this PC are personal data too; the
        # register keeps their names and checksums as proof of what was handed out.
        folder = self.documents_dir / "datenauskunft"
        for number in (result.number, *result.merged_numbers):
            for path in folder.glob(rules.report_file_prefix(number) + "*"):
                path.unlink(missing_ok=True)
        return result

    @staticmethod
    def _anonymise(
        s: Session,
        actor: Actor,
        c: Customer,
        now: dt.datetime,
        why: str,
        request_id: uuid.UUID | None,
    ) -> int:
        """Anonymise one file, record the erasure proof; returns the custom values removed."""
        removed = _deleted(
            s.execute(delete(CustomFieldValue).where(CustomFieldValue.customer_id == c.id))
        )
        c.first_name = ""
        c.last_name = "Gelöschter Kunde"
        for key in ("email", "phone", "birthday", "street", "postcode", "city", "notes"):
            setattr(c, key, None)
        c.country = "DE"
        c.marketing_consent = False
        c.archived_at = c.archived_at or now
        c.deleted_at = now
        c.updated_at = now
        c.updated_by_id = actor.staff_id
        s.add(
            CustomerErasure(
                location_id=actor.location_id,
                customer_id=c.id,
                erased_at=now,
                erased_by_id=actor.staff_id,
                reason=why,
                request_id=request_id,
            )
        )
        # The register keeps each request as proof; its free-text note may name the person.
        for req in s.scalars(
            select(PrivacyRequest).where(
                PrivacyRequest.customer_id == c.id, PrivacyRequest.note.is_not(None)
            )
        ):
            req.note = None
        for consent in s.scalars(
            select(Consent).where(Consent.customer_id == c.id, Consent.withdrawn_at.is_(None))
        ):
            consent.withdrawn_at = now
            consent.withdrawn_recorded_by_id = actor.staff_id
        return removed

    def subject(self, actor: Actor, customer_id: uuid.UUID) -> tuple[int, str]:
        """Number and name for a confirmation dialog (no custom fields, so no audit)."""
        actor.require(Right.VIEW_CUSTOMERS)
        with self.uow.read() as s:
            c = self._customer(s, actor, customer_id)
            return c.number, f"{c.first_name} {c.last_name}".strip()

    # --- shared --------------------------------------------------------------------------

    @staticmethod
    def _customer(s: Session, actor: Actor, customer_id: uuid.UUID) -> Customer:
        c = s.get(Customer, customer_id)
        if c is None or c.deleted_at is not None or c.location_id != actor.location_id:
            raise NotFound(Message("not_found", {"what": "customer"}))
        return c


def _files_merged_into(
    s: Session, survivor_id: uuid.UUID, location_id: uuid.UUID
) -> list[Customer]:
    """The files merged into ``survivor_id`` (through chains too) that its report shows
    and its erasure anonymises: this location's, not erased, in number order."""
    return [
        m
        for m in s.scalars(
            select(Customer)
            .where(Customer.id.in_(with_merged(s, survivor_id)[1:]))
            .order_by(Customer.number)
        )
        if m.location_id == location_id and m.deleted_at is None
    ]


def _report_fields(
    s: Session,
    c: Customer,
    secrets: set[str],
    definitions: Sequence[CustomFieldDefinition],
) -> tuple[rules.ReportField, ...]:
    """One file's built-in and custom fields; trade-secret contents left out."""
    fields: list[rules.ReportField] = []
    for key in BUILTIN_FIELDS:
        value, display = _builtin_value(key, getattr(c, key))
        withheld = key in secrets
        fields.append(
            rules.ReportField(
                key,
                label(key),
                "master",
                "builtin",
                None if withheld else value,
                None if withheld else display,
                withheld,
            )
        )
    stored = dict(
        s.execute(
            select(CustomFieldValue.field_id, CustomFieldValue.value).where(
                CustomFieldValue.customer_id == c.id
            )
        ).all()
    )
    for d in definitions:
        raw_value = stored.get(d.id)
        if raw_value is None and d.archived_at is not None:
            continue  # an archived field this customer never had
        ftype = FieldType(d.field_type)
        withheld = d.is_trade_secret
        shown = None if (withheld or raw_value is None) else raw_value
        fields.append(
            rules.ReportField(
                str(d.id),
                d.label,
                "custom",
                ftype.value,
                shown,
                None if shown is None else _fmt_custom(ftype, shown),
                withheld,
                d.is_health_data,
            )
        )
    return tuple(fields)


def _field_privacy(d: CustomFieldDefinition) -> FieldPrivacy:
    return FieldPrivacy(
        str(d.id),
        d.label,
        False,
        d.field_type,
        d.is_trade_secret,
        d.is_identifying,
        d.is_health_data,
        d.archived_at is not None,
        rules.custom_secret_block(d.is_identifying, d.is_health_data),
    )


def _builtin_value(key: str, raw: object) -> tuple[str | None, str | None]:
    if raw is None or raw == "":
        return None, None
    if key == "phone" and isinstance(raw, str):
        return raw, format_phone(raw)
    if isinstance(raw, dt.datetime):
        return raw.astimezone(dt.UTC).isoformat(), _fmt_datetime(raw)
    if isinstance(raw, dt.date):
        return raw.isoformat(), _fmt_date(raw)
    if isinstance(raw, bool):
        return ("true" if raw else "false"), ("Ja" if raw else "Nein")
    return str(raw), str(raw)


def _deleted(result: object) -> int:
    """Rows a DELETE removed (a CursorResult's rowcount)."""
    return int(getattr(result, "rowcount", 0) or 0)


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 16), b""):
            digest.update(chunk)
    return digest.hexdigest()


def field_type_label(field_type: str, lang: Language = "de") -> str:
    if field_type == "builtin":
        return "Standardfeld" if lang == "de" else "Built-in field"
    de, en = FIELD_TYPE_LABELS[FieldType(field_type)]
    return en if lang == "en" else de


# --- demo data -------------------------------------------------------------------------

DEMO_SECRET_FIELDS = ("Farbrezeptur", "Hautbildanalyse", "EMS-Stromstärke")
DEMO_HEALTH_FIELDS = ("Allergien",)


def seed_demo_privacy(uow: UnitOfWork, clock: Clock, location_id: uuid.UUID, seed: int = 1) -> None:
    """Demo: Allergien is health data, consents for most customers (all who have a value),
    the typical trade-secret fields marked, and a few open requests (one overdue).

    The consents are one INSERT ... SELECT (ids from a Python function registered on the
    SQLite connection): well under a second at 200,000 customers.
    """
    from belbo_desktop.domain.ids import new_id

    now = clock.now()
    today = local_today(clock)
    wording = rules.CONSENT_TEXTS[ConsentKind.HEALTH_DATA]
    with uow.write() as s:
        definitions = {
            d.label: d
            for d in s.scalars(
                select(CustomFieldDefinition).where(
                    CustomFieldDefinition.location_id == location_id
                )
            )
        }
        for name in DEMO_SECRET_FIELDS:
            if name in definitions:
                definitions[name].is_trade_secret = True
        health = [definitions[n] for n in DEMO_HEALTH_FIELDS if n in definitions]
        for d in health:
            d.is_health_data = True
        ensure_wording(s, wording)
        s.flush()
        raw = s.connection().connection.driver_connection
        raw.create_function("belbo_new_id", 0, lambda: new_id().hex)  # type: ignore[union-attr]
        # Everyone with a health value consented; of the others about four in five.
        s.execute(
            text(
                "INSERT INTO consents (id, location_id, customer_id, kind, text_version, method,"
                " given_at, recorded_by_id, withdrawn_at, withdrawn_recorded_by_id,"
                " created_at, updated_at)"
                " SELECT belbo_new_id(), c.location_id, c.id, :kind, :version, :method,"
                " c.created_at, NULL, NULL, NULL, c.created_at, c.created_at"
                " FROM customers c WHERE c.location_id = :location AND ("
                "  ((c.number * 2654435761 + :seed) % 10) < 8"
                "  OR c.id IN (SELECT customer_id FROM custom_field_values"
                "              WHERE field_id IN (SELECT value FROM json_each(:fields))))"
            ),
            {
                "kind": ConsentKind.HEALTH_DATA.value,
                "version": wording.version,
                "method": ConsentMethod.SIGNED_FORM.value,
                "location": location_id.hex,
                "seed": seed,
                "fields": json.dumps([d.id.hex for d in health]),
            },
        )
        samples = [
            (RequestKind.ACCESS, rules.Channel.EMAIL, 40),  # overdue
            (RequestKind.ACCESS, rules.Channel.LETTER, 26),  # due within a week
            (RequestKind.ERASURE, rules.Channel.IN_PERSON, 3),
        ]
        customers = s.scalars(
            select(Customer.id)
            .where(Customer.location_id == location_id)
            .order_by(Customer.number)
            .limit(len(samples))
        ).all()
        for (kind, channel, days_ago), customer_id in zip(samples, customers, strict=False):
            received = today - dt.timedelta(days=days_ago)
            s.add(
                PrivacyRequest(
                    location_id=location_id,
                    customer_id=customer_id,
                    kind=kind.value,
                    channel=channel.value,
                    received_on=received,
                    deadline=rules.answer_deadline(received),
                    status=RequestStatus.OPEN.value,
                    files=[],
                    created_at=now,
                    updated_at=now,
                )
            )
