"""Customer files: list and search at 200,000 rows, read, create, edit, archive."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from belbo_desktop.domain import customers as rules
from belbo_desktop.domain.custom_fields import validate_value
from belbo_desktop.domain.errors import NotFound, ValidationError
from belbo_desktop.domain.messages import Message
from belbo_desktop.domain.rights import Right
from belbo_desktop.services import audit, health_gate
from belbo_desktop.services.actor import Actor
from belbo_desktop.services.custom_fields import CustomField, load_fields
from belbo_desktop.services.ports import Clock, local_today
from belbo_desktop.storage import customer_search
from belbo_desktop.storage.orm import Customer, CustomFieldValue, StaffMember
from belbo_desktop.storage.unit_of_work import UnitOfWork

FIRST_CUSTOMER_NUMBER = 10001


class CustomerSort(StrEnum):
    NAME = "name"
    NUMBER = "number"
    FIRST_NAME = "first_name"
    EMAIL = "email"
    PHONE = "phone"
    BIRTHDAY = "birthday"
    CITY = "city"
    CREATED = "created_at"
    UPDATED = "updated_at"


_SORT_COLUMNS: dict[CustomerSort, str] = {
    sort: ("sort_key" if sort is CustomerSort.NAME else sort.value) for sort in CustomerSort
}


@dataclass(frozen=True)
class CustomerQuery:
    """What the list shows: search text, sort order and whether archived ones count."""

    text: str = ""
    sort: CustomerSort = CustomerSort.NAME
    descending: bool = False
    include_archived: bool = False


@dataclass(frozen=True)
class CustomerRow:
    """One line of the customer list; ``custom`` holds only the requested fields."""

    id: uuid.UUID
    number: int
    first_name: str
    last_name: str
    email: str | None
    phone: str | None
    birthday: dt.date | None
    city: str | None
    archived: bool
    created_at: dt.datetime
    updated_at: dt.datetime
    custom: dict[str, str] = field(default_factory=dict)

    @property
    def display_name(self) -> str:
        return f"{self.last_name}, {self.first_name}"


@dataclass(frozen=True)
class CustomerDetail:
    """Everything on the customer file's Stammdaten and Kundenfelder tabs."""

    id: uuid.UUID
    number: int
    first_name: str
    last_name: str
    email: str | None
    phone: str | None
    birthday: dt.date | None
    street: str | None
    postcode: str | None
    city: str | None
    country: str
    notes: str | None
    marketing_consent: bool
    archived_at: dt.datetime | None
    created_at: dt.datetime
    updated_at: dt.datetime
    created_by: str | None
    updated_by: str | None
    custom: dict[str, str]

    @property
    def display_name(self) -> str:
        return f"{self.first_name} {self.last_name}"

    def to_input(self) -> rules.CustomerInput:
        """The editable values, as a form would hold them."""
        return rules.CustomerInput(
            first_name=self.first_name,
            last_name=self.last_name,
            email=self.email or "",
            phone=rules.format_phone(self.phone) if self.phone else "",
            birthday=self.birthday,
            street=self.street or "",
            postcode=self.postcode or "",
            city=self.city or "",
            country=self.country,
            notes=self.notes or "",
            marketing_consent=self.marketing_consent,
            custom=dict(self.custom),
        )


class CustomerService:
    def __init__(self, uow: UnitOfWork, clock: Clock) -> None:
        self.uow = uow
        self.clock = clock

    # --- list and search --------------------------------------------------------------

    @staticmethod
    def _spec(actor: Actor, query: CustomerQuery) -> customer_search.ListSpec | None:
        match = rules.match_query(query.text) if query.text.strip() else None
        if query.text.strip() and match is None:
            return None  # only punctuation typed: nothing can match
        return customer_search.ListSpec(
            actor.location_id,
            match,
            _SORT_COLUMNS[query.sort],
            query.descending,
            query.include_archived,
        )

    def count(self, actor: Actor, query: CustomerQuery) -> int:
        actor.require(Right.VIEW_CUSTOMERS)
        spec = self._spec(actor, query)
        if spec is None:
            return 0
        with self.uow.read() as s:
            return customer_search.count_matches(s, spec)

    def page(
        self,
        actor: Actor,
        query: CustomerQuery,
        offset: int,
        limit: int,
        custom_fields: Sequence[uuid.UUID] = (),
    ) -> list[CustomerRow]:
        """Rows ``offset``..``offset+limit`` in the query's order; never the whole table."""
        actor.require(Right.VIEW_CUSTOMERS)
        spec = self._spec(actor, query)
        if spec is None:
            return []
        with self.uow.read() as s:
            ids = customer_search.page_ids(s, spec, offset, limit)
            rows = customer_search.load_rows(s, ids)
            custom = self._custom_values(s, ids, custom_fields)
            health = health_gate.health_field_ids(s, actor.location_id) if custom else set()
        custom = health_gate.shown_rows(self.uow, self.clock, actor, custom, health)
        return [_customer_row(r, custom.get(r[0], {})) for r in rows]

    @staticmethod
    def _custom_values(
        s: Session, ids: list[uuid.UUID], field_ids: Sequence[uuid.UUID]
    ) -> dict[uuid.UUID, dict[str, str]]:
        if not ids or not field_ids:
            return {}
        out: dict[uuid.UUID, dict[str, str]] = {}
        stmt = select(
            CustomFieldValue.customer_id, CustomFieldValue.field_id, CustomFieldValue.value
        ).where(CustomFieldValue.customer_id.in_(ids), CustomFieldValue.field_id.in_(field_ids))
        for customer_id, field_id, value in s.execute(stmt):
            out.setdefault(customer_id, {})[str(field_id)] = value
        return out

    def possible_duplicates(
        self, actor: Actor, data: rules.CustomerInput, exclude: uuid.UUID | None = None
    ) -> list[CustomerRow]:
        """Customers with the same email or phone, or the same name and birthday.

        Works on a half-filled form: every part that is already valid is compared."""
        actor.require(Right.VIEW_CUSTOMERS)
        keys = rules.duplicate_keys(data)
        with self.uow.read() as s:
            ids = customer_search.duplicate_ids(
                s,
                actor.location_id,
                email=keys.email,
                phone=keys.phone,
                name_key=keys.sort_key,
                birthday=keys.birthday,
                exclude=exclude,
            )
            rows = customer_search.load_rows(s, ids)
        return [_customer_row(r) for r in rows]

    # --- one customer -----------------------------------------------------------------

    def get(self, actor: Actor, customer_id: uuid.UUID) -> CustomerDetail:
        actor.require(Right.VIEW_CUSTOMERS)
        with self.uow.read() as s:
            detail = self._detail(s, load_customer(s, actor, customer_id))
        return health_gate.shown_detail(self.uow, self.clock, actor, detail)

    def create(self, actor: Actor, data: rules.CustomerInput) -> CustomerDetail:
        actor.require(Right.EDIT_CUSTOMERS)
        clean = rules.validate(data, local_today(self.clock))
        with self.uow.write() as s:
            fields = load_fields(s, actor.location_id, include_archived=True)
            values = _check_custom(fields, data.custom, {})
            health_gate.check_health_write(s, actor, None, values, values)
            number = (
                s.scalar(
                    select(func.max(Customer.number)).where(
                        Customer.location_id == actor.location_id
                    )
                )
                or FIRST_CUSTOMER_NUMBER - 1
            ) + 1
            now = self.clock.now()
            customer = Customer(
                location_id=actor.location_id,
                number=number,
                created_by_id=actor.staff_id,
                updated_by_id=actor.staff_id,
                created_at=now,
                updated_at=now,
                **_builtin_values(clean),
            )
            s.add(customer)
            s.flush()
            for field_id, value in values.items():
                s.add(
                    CustomFieldValue(
                        customer_id=customer.id, field_id=uuid.UUID(field_id), value=value
                    )
                )
            audit.record(
                s,
                self.clock,
                actor,
                "customer_created",
                target_type="customer",
                target_id=customer.id,
                number=number,
            )
            s.flush()
            return health_gate.strip_detail(s, actor, self._detail(s, customer))

    def update(
        self, actor: Actor, customer_id: uuid.UUID, data: rules.CustomerInput
    ) -> CustomerDetail:
        """Save the form. Only fields that changed are written and named in the audit log."""
        actor.require(Right.EDIT_CUSTOMERS)
        clean = rules.validate(data, local_today(self.clock))
        with self.uow.write() as s:
            customer = load_customer(s, actor, customer_id)
            if customer.archived_at is not None:
                raise ValidationError({"customer": Message("customer_archived")})
            fields = load_fields(s, actor.location_id, include_archived=True)
            stored = stored_values(s, customer.id)
            values = _check_custom(fields, data.custom, {k: v.value for k, v in stored.items()})
            changed = [k for k, v in _builtin_values(clean).items() if getattr(customer, k) != v]
            for key in changed:
                setattr(customer, key, getattr(clean, key))
            changed_custom = []
            for field_id in {str(f.id) for f in fields} & set(data.custom):
                if write_value(
                    s, customer.id, field_id, stored.get(field_id), values.get(field_id)
                ):
                    changed_custom.append(field_id)
            health_gate.check_health_write(s, actor, customer.id, changed_custom, values)
            if changed or changed_custom:
                customer.updated_by_id = actor.staff_id
                customer.updated_at = self.clock.now()
                audit.record(
                    s,
                    self.clock,
                    actor,
                    "customer_changed",
                    target_type="customer",
                    target_id=customer.id,
                    fields=changed,
                    custom_fields=changed_custom,
                )
            s.flush()
            return health_gate.strip_detail(s, actor, self._detail(s, customer))

    def set_archived(self, actor: Actor, customer_id: uuid.UUID, archived: bool) -> CustomerDetail:
        actor.require(Right.ARCHIVE_CUSTOMERS)
        with self.uow.write() as s:
            customer = load_customer(s, actor, customer_id)
            if customer.merged_into_id is not None:
                into = s.scalar(
                    select(Customer.number).where(Customer.id == customer.merged_into_id)
                )
                raise ValidationError(
                    {"customer": Message("merge_restore_refused", {"into": into})}
                )
            customer.archived_at = self.clock.now() if archived else None
            customer.updated_by_id = actor.staff_id
            customer.updated_at = self.clock.now()
            audit.record(
                s,
                self.clock,
                actor,
                "customer_archived" if archived else "customer_restored",
                target_type="customer",
                target_id=customer.id,
            )
            s.flush()
            return health_gate.strip_detail(s, actor, self._detail(s, customer))

    @staticmethod
    def _detail(s: Session, c: Customer) -> CustomerDetail:
        creator, changer = aliased(StaffMember), aliased(StaffMember)
        names = s.execute(
            select(creator.display_name, changer.display_name)
            .select_from(Customer)
            .outerjoin(creator, creator.id == Customer.created_by_id)
            .outerjoin(changer, changer.id == Customer.updated_by_id)
            .where(Customer.id == c.id)
        ).one()
        custom = {
            str(f): v
            for f, v in s.execute(
                select(CustomFieldValue.field_id, CustomFieldValue.value).where(
                    CustomFieldValue.customer_id == c.id
                )
            )
        }
        return CustomerDetail(
            c.id,
            c.number,
            c.first_name,
            c.last_name,
            c.email,
            c.phone,
            c.birthday,
            c.street,
            c.postcode,
            c.city,
            c.country,
            c.notes,
            c.marketing_consent,
            c.archived_at,
            c.created_at,
            c.updated_at,
            names[0],
            names[1],
            custom,
        )


def _builtin_values(clean: rules.CleanCustomer) -> dict[str, object]:
    return {name: getattr(clean, name) for name in rules.field_names()}


def _check_custom(
    fields: list[CustomField], given: dict[str, object], stored: dict[str, str]
) -> dict[str, str]:
    """Validate typed custom values; returns field id -> canonical value (None dropped).

    Archived fields keep their stored value; changing one is refused.
    """
    by_key = {f.key: f for f in fields}
    errors: dict[str, Message] = {}
    result = dict(stored)
    for key, raw in given.items():
        spec = by_key.get(key)
        if spec is None:
            errors[key] = Message("unknown_field")
            continue
        try:
            value = validate_value(spec.spec(), raw)
        except ValidationError as exc:
            errors.update(exc.errors)
            continue
        if spec.archived:
            if value != stored.get(key):
                errors[key] = Message("field_archived", {"label": spec.label})
            continue
        if value is None:
            result.pop(key, None)
        else:
            result[key] = value
    if errors:
        raise ValidationError(errors)
    return result


def load_customer(s: Session, actor: Actor, customer_id: uuid.UUID) -> Customer:
    """The customer row, if it exists, is not erased and belongs to the actor's location."""
    customer = s.get(Customer, customer_id)
    if (
        customer is None
        or customer.deleted_at is not None
        or customer.location_id != actor.location_id
    ):
        raise NotFound(Message("not_found", {"what": "customer"}))
    return customer


def _customer_row(r: Any, custom: dict[str, str] | None = None) -> CustomerRow:
    """A list row from ``customer_search.load_rows`` (its ``ROW_COLUMNS`` order)."""
    return CustomerRow(
        r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8] is not None, r[9], r[10], custom or {}
    )


def stored_values(s: Session, customer_id: uuid.UUID) -> dict[str, CustomFieldValue]:
    """The customer's custom field value rows by field id."""
    return {
        str(v.field_id): v
        for v in s.scalars(
            select(CustomFieldValue).where(CustomFieldValue.customer_id == customer_id)
        )
    }


def write_value(
    s: Session,
    customer_id: uuid.UUID,
    field_id: str,
    old: CustomFieldValue | None,
    new: str | None,
) -> bool:
    """Store, change or remove one custom value; False if it was already so."""
    if new is None and old is not None:
        s.delete(old)
    elif new is not None and old is None:
        s.add(CustomFieldValue(customer_id=customer_id, field_id=uuid.UUID(field_id), value=new))
    elif new is not None and old is not None and old.value != new:
        old.value = new
    else:
        return False
    return True
