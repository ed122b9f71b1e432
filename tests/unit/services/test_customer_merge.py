"""Merging two customer files: preview, what moves, search, ledgers untouched, refusals."""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid
from typing import Any

import pytest
from sqlalchemy import select, text

from belbo_desktop.bootstrap import App
from belbo_desktop.domain.custom_fields import FieldType
from belbo_desktop.domain.errors import NotFound, PermissionDenied, ValidationError
from belbo_desktop.domain.money import Money
from belbo_desktop.domain.privacy import Channel, ConsentKind, RequestInput, RequestKind
from belbo_desktop.domain.rights import Right, Role, rights_for
from belbo_desktop.domain.sales import Cart, ItemLine, PaymentMethod
from belbo_desktop.services.catalogue import CatalogueRow, build_demo_catalogue
from belbo_desktop.services.customer_merge import BUILTIN_CHOICES, Side
from belbo_desktop.services.customers import CustomerQuery
from belbo_desktop.services.ports import FixedClock
from belbo_desktop.storage.customer_links import survivor_of, with_merged
from belbo_desktop.storage.orm import Base, Customer
from belbo_desktop.storage.orm.bonus import BonusCard
from belbo_desktop.storage.orm.sales import Sale
from belbo_desktop.storage.orm.vouchers import Voucher
from tests.builders import a_customer
from tests.conftest import Salon
from tests.unit.bonus.conftest import haircut_program
from tests.unit.till.builders import redeem, value_voucher

Catalogue = dict[str, CatalogueRow]


def snapshot(app: App) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table (the FTS index included): "nothing changed" means equal."""
    out: dict[str, list[tuple[Any, ...]]] = {}
    with app.uow.read() as s:
        for table in Base.metadata.sorted_tables:
            out[table.name] = sorted(map(tuple, s.execute(select(table)).all()), key=repr)
        out["customer_fts"] = sorted(
            map(tuple, s.execute(text("SELECT rowid, text FROM customer_fts")).all())
        )
    return out


def count(app: App, salon: Salon, text_: str, archived: bool = False) -> int:
    query = CustomerQuery(text_, include_archived=archived)
    n = app.customers.count(salon.owner, query)
    assert len(app.customers.page(salon.owner, query, 0, 100)) == n
    return n


@pytest.fixture
def catalogue(app: App, salon: Salon) -> Catalogue:
    build_demo_catalogue(app.uow, app.clock, salon.location_id, with_sales=False)  # type: ignore[arg-type]
    return {row.name: row for row in app.catalogue.items(salon.owner)}


def sell(app: App, salon: Salon, customer_id: uuid.UUID | None, row: CatalogueRow) -> Any:
    cart = Cart(customer_id=customer_id)
    cart.add_item(ItemLine(row.name, row.price, row.vat_rate, 1, catalogue_item_id=row.id))
    cart.pay(PaymentMethod.CARD)
    return app.till.commit(salon.front_desk, cart)


def sell_voucher(app: App, salon: Salon, customer_id: uuid.UUID, cents: int) -> Any:
    cart = Cart(customer_id=customer_id)
    cart.add_vouchers(value_voucher(cents))
    cart.pay(PaymentMethod.CASH, cart.total)
    return app.till.commit(salon.front_desk, cart).vouchers[0]


@pytest.fixture
def pair(app: App, salon: Salon, clock: FixedClock) -> tuple[uuid.UUID, uuid.UUID]:
    """Anna Müller twice: the old file has a phone and an address, the newer one a new
    email and a birthday."""
    old = a_customer(
        app,
        salon.owner,
        first_name="Anna",
        last_name="Müller",
        email="anna.alt@example.de",
        phone="0176 1234567",
        street="Hauptstraße 1",
        postcode="10115",
        city="Berlin",
        notes="Mag kurze Termine.",
    )
    clock.advance(days=3)
    new = a_customer(
        app,
        salon.owner,
        first_name="Anna",
        last_name="Mueller-Schmidt",
        email="anna.neu@example.de",
        phone="",
        birthday="12.03.1985",
        notes="Allergie gegen Ammoniak.",
    )
    return old.id, new.id


# --- preview -------------------------------------------------------------------------


def test_preview_shows_both_files_with_a_suggestion_per_field(
    app: App, salon: Salon, pair: tuple[uuid.UUID, uuid.UUID]
) -> None:
    old, new = pair
    preview = app.customer_merge.preview(salon.manager, old, new)
    assert preview.survivor.id == old and preview.duplicate.id == new
    fields = {f.key: f for f in preview.fields}
    assert [k for k, _ in BUILTIN_CHOICES] == list(fields)[: len(BUILTIN_CHOICES)]
    assert not fields["first_name"].differs
    # both have a value: the more recently changed file wins
    assert fields["last_name"].suggested is Side.DUPLICATE
    assert fields["email"].suggested is Side.DUPLICATE
    # only one has a value: that one
    assert fields["phone"].suggested is Side.SURVIVOR
    assert fields["birthday"].suggested is Side.DUPLICATE
    assert fields["birthday"].duplicate == (dt.date(1985, 3, 12),)
    assert fields["address"].suggested is Side.SURVIVOR
    assert fields["address"].survivor == ("Hauptstraße 1", "10115", "Berlin", "DE")
    assert fields["notes"].suggested is Side.BOTH and fields["notes"].allows_both
    assert preview.moves.sales == 0 and preview.moves.shared_programs == ()


def test_front_desk_may_not_merge_and_manager_and_owner_may(
    app: App, salon: Salon, pair: tuple[uuid.UUID, uuid.UUID]
) -> None:
    assert Right.MERGE_CUSTOMERS in rights_for(Role.OWNER)
    assert Right.MERGE_CUSTOMERS in rights_for(Role.MANAGER)
    assert Right.MERGE_CUSTOMERS not in rights_for(Role.FRONT_DESK)
    before = snapshot(app)
    with pytest.raises(PermissionDenied) as err:
        app.customer_merge.merge(salon.front_desk, *pair)
    assert "Kundenakten zusammenführen" in err.value.text()
    with pytest.raises(PermissionDenied):
        app.customer_merge.preview(salon.front_desk, *pair)
    assert snapshot(app) == before


# --- the merge -----------------------------------------------------------------------


def test_merge_moves_every_reference_and_leaves_the_ledgers_as_they_were(
    app: App, salon: Salon, catalogue: Catalogue, pair: tuple[uuid.UUID, uuid.UUID]
) -> None:
    old, new = pair
    cut = catalogue["Damenhaarschnitt"]
    app.bonus.set_enabled(salon.owner, True)
    program = app.bonus.create_program(salon.manager, haircut_program(catalogue))
    # both files collect in the same program: the duplicate's card comes after
    app.bonus.activate(salon.front_desk, old, program)
    app.bonus.activate(salon.front_desk, new, program)
    sell(app, salon, old, cut)
    sell(app, salon, new, cut)
    sell(app, salon, new, cut)
    bought = sell_voucher(app, salon, new, 5000)
    redeem(app, salon.front_desk, bought.code, catalogue["Herrenhaarschnitt"], 1000)
    app.privacy.give_consent(salon.manager, new, ConsentKind.MARKETING_EMAIL)
    app.privacy.register_request(
        salon.manager, new, RequestInput(RequestKind.ACCESS, Channel.EMAIL, dt.date(2026, 11, 20))
    )
    with app.uow.read() as s:
        new_sales = set(s.scalars(select(Sale.id).where(Sale.customer_id == new)))
    assert len(new_sales) == 3
    before = snapshot(app)

    preview = app.customer_merge.preview(salon.manager, old, new)
    moves = preview.moves
    assert (moves.sales, moves.vouchers_bought, moves.bonus_cards, moves.stamps) == (3, 1, 1, 2)
    assert (moves.consents, moves.privacy_requests) == (1, 1)
    assert moves.shared_programs == ("Jeder 10. Haarschnitt gratis",)

    result = app.customer_merge.merge(salon.manager, old, new, preview.suggested_choices())
    assert result.moved == moves
    after = snapshot(app)
    # append-only rows are byte for byte as they were (the triggers would refuse anyway)
    for table in (
        "sales",
        "sale_lines",
        "sale_payments",
        "vouchers",
        "voucher_entries",
        "bonus_entries",
    ):
        assert after[table] == before[table], table
    with app.uow.read() as s:
        assert set(s.scalars(select(Sale.id).where(Sale.customer_id == new))) == new_sales
        assert s.scalar(select(Voucher.buyer_customer_id)) == new
        cards = s.execute(
            select(BonusCard.customer_id, BonusCard.number).order_by(BonusCard.number)
        ).all()
        assert cards == [(old, 1), (old, 2)]
        assert with_merged(s, old) == [old, new] and survivor_of(s, new) == old

    # every reader of "this customer's ..." sees the duplicate's history on the survivor
    assert len(app.vouchers.for_customer(salon.manager, old)) == 1
    cards_info = app.bonus.cards(salon.manager, old)
    assert sorted(c.stamps for c in cards_info) == [1, 2]
    assert len(app.privacy.consents(salon.manager, old)) == 1
    assert len(app.privacy.requests(salon.manager, customer_id=old)) == 1
    report = app.privacy.report_data(salon.manager, old)
    tables = {t.key: t for t in report.tables}
    assert len(tables["sales"].rows) == 4  # its own sale and the duplicate's three
    assert {r["role"] for r in tables["vouchers"].rows} == {"gekauft"}


def test_the_chosen_values_are_written_and_the_duplicate_is_archived_not_deleted(
    app: App, salon: Salon, pair: tuple[uuid.UUID, uuid.UUID], clock: FixedClock
) -> None:
    old, new = pair
    clock.advance(hours=1)
    app.customer_merge.merge(
        salon.manager, old, new, {"last_name": "survivor", "email": Side.DUPLICATE}
    )
    survivor = app.customers.get(salon.manager, old)
    assert survivor.last_name == "Müller"  # chosen
    assert survivor.email == "anna.neu@example.de"  # chosen
    assert survivor.phone == "+491761234567"  # suggestion: the only value
    assert survivor.birthday == dt.date(1985, 3, 12)  # suggestion: the only value
    assert survivor.city == "Berlin"
    assert survivor.notes == "Mag kurze Termine.\n\nAllergie gegen Ammoniak."
    assert survivor.updated_by == "Leitung" and survivor.updated_at == clock.now()
    duplicate = app.customers.get(salon.manager, new)  # still there, readable
    assert duplicate.archived_at == clock.now() and duplicate.email == "anna.neu@example.de"
    with app.uow.read() as s:
        row = s.get(Customer, new)
        assert row is not None
        assert (row.merged_into_id, row.merged_at, row.merged_by_id) == (
            old,
            clock.now(),
            salon.manager.staff_id,
        )


def test_search_finds_the_survivor_by_taken_values_and_never_the_duplicate(
    app: App, salon: Salon, pair: tuple[uuid.UUID, uuid.UUID]
) -> None:
    old, new = pair
    assert count(app, salon, "anna") == 2
    assert count(app, salon, "schmidt") == 1
    app.customer_merge.merge(salon.manager, old, new)
    assert count(app, salon, "anna") == 1
    assert count(app, salon, "anna", archived=True) == 1  # not even with "Archivierte zeigen"
    assert count(app, salon, "") == 1
    assert count(app, salon, "", archived=True) == 1
    # the survivor took the newer name and email: found by them, under its own number
    rows = app.customers.page(salon.owner, CustomerQuery("schmidt"), 0, 10)
    assert [r.id for r in rows] == [old]
    assert count(app, salon, "anna.neu") == 1
    assert count(app, salon, "anna.alt") == 0  # the survivor's old email was replaced
    assert count(app, salon, "01761234567") == 1  # the survivor's own phone stays
    # the other sort orders read the table itself: the merged file is not there either
    for sort in ("number", "created_at", "city"):
        query = CustomerQuery(sort=sort, include_archived=True)  # type: ignore[arg-type]
        assert [r.id for r in app.customers.page(salon.owner, query, 0, 10)] == [old]
    # and it is no longer offered as a possible duplicate
    hint = app.customers.possible_duplicates(
        salon.owner, app.customers.get(salon.owner, old).to_input(), exclude=old
    )
    assert hint == []


def test_the_audit_names_both_numbers_and_where_each_field_came_from(
    app: App, salon: Salon, pair: tuple[uuid.UUID, uuid.UUID]
) -> None:
    old, new = pair
    numbers = tuple(app.customers.get(salon.owner, c).number for c in (old, new))
    app.customer_merge.merge(salon.manager, old, new, {"address": "survivor"})
    [entry] = app.audit.entries(salon.owner, target_id=str(old), action="customer_merged")
    d = entry.details
    assert (d["survivor_number"], d["duplicate_number"]) == numbers
    assert d["other_id"] == str(new)
    assert d["taken_from_duplicate"] == ["birthday", "email", "last_name"]
    assert d["combined"] == ["notes"]
    assert "address" in d["kept_from_survivor"] and "phone" in d["kept_from_survivor"]
    [away] = app.audit.entries(salon.owner, target_id=str(new), action="customer_merged_away")
    assert away.details["other_id"] == str(old)


def test_custom_values_follow_the_choice_and_health_values_need_the_right(
    app: App, salon: Salon, pair: tuple[uuid.UUID, uuid.UUID]
) -> None:
    old, new = pair
    formula = app.custom_fields.define(salon.owner, "Farbrezeptur", FieldType.TEXT)
    allergies = app.custom_fields.define(salon.owner, "Allergien", FieldType.TEXT)
    app.privacy.set_health_data(salon.owner, allergies.key, True)
    for cid, colour in ((old, "6/0 + 3%"), (new, "7/1 + 6%")):
        app.privacy.give_consent(salon.manager, cid, ConsentKind.HEALTH_DATA)
        data = app.customers.get(salon.owner, cid).to_input()
        custom = {formula.key: colour}
        if cid == new:
            custom[allergies.key] = "Ammoniak"
        app.customers.update(salon.owner, cid, dataclasses.replace(data, custom=custom))

    limited = dataclasses.replace(
        salon.manager, rights=salon.manager.rights - {Right.VIEW_HEALTH_DATA}
    )
    preview = app.customer_merge.preview(limited, old, new)
    fields = {f.key: f for f in preview.fields}
    assert fields[allergies.key].hidden and fields[allergies.key].duplicate == ()
    assert fields[allergies.key].suggested is Side.SURVIVOR
    assert fields[formula.key].duplicate == ("7/1 + 6%",)
    assert fields[formula.key].suggested is Side.DUPLICATE  # changed more recently
    before = snapshot(app)
    with pytest.raises(ValidationError) as err:
        app.customer_merge.merge(limited, old, new, {allergies.key: "duplicate"})
    assert "Gesundheitsangabe" in err.value.errors[allergies.key].text()
    assert "health data" in err.value.errors[allergies.key].text("en")
    assert snapshot(app) == before

    app.customer_merge.preview(salon.owner, old, new)
    [viewed] = app.audit.entries(salon.owner, action="health_data_viewed", limit=1)
    assert viewed.details["fields"] == [allergies.key]
    assert viewed.details["customers"] == [str(old), str(new)]
    no_edit = dataclasses.replace(
        salon.manager, rights=salon.manager.rights - {Right.EDIT_HEALTH_DATA}
    )
    fields = {f.key: f for f in app.customer_merge.preview(no_edit, old, new).fields}
    assert fields[allergies.key].suggested is Side.SURVIVOR  # may see it, may not take it

    app.customer_merge.merge(salon.owner, old, new, {allergies.key: "duplicate"})
    survivor = app.customers.get(salon.owner, old)
    assert survivor.custom == {formula.key: "7/1 + 6%", allergies.key: "Ammoniak"}


def test_files_merged_earlier_follow_their_survivor(app: App, salon: Salon) -> None:
    a = a_customer(app, salon.owner, first_name="Ada", email="ada@x.de", phone="").id
    b = a_customer(app, salon.owner, first_name="Bea", email="bea@x.de", phone="").id
    c = a_customer(app, salon.owner, first_name="Cleo", email="cleo@x.de", phone="").id
    app.customer_merge.merge(salon.owner, a, c)
    moves = app.customer_merge.preview(salon.owner, b, a).moves
    assert moves.merged_files == 1
    app.customer_merge.merge(salon.owner, b, a)
    with app.uow.read() as s:
        assert s.scalar(select(Customer.merged_into_id).where(Customer.id == c)) == b
        assert set(with_merged(s, b)) == {a, b, c}


def test_a_merged_file_cannot_be_restored_edited_or_merged_again(
    app: App, salon: Salon, pair: tuple[uuid.UUID, uuid.UUID]
) -> None:
    old, new = pair
    other = a_customer(app, salon.owner, first_name="Berta", email="b@x.de", phone="").id
    app.customer_merge.merge(salon.manager, old, new)
    number = app.customers.get(salon.owner, old).number
    before = snapshot(app)
    with pytest.raises(ValidationError) as err:
        app.customers.set_archived(salon.owner, new, False)
    assert str(number) in err.value.text() and str(number) in err.value.text("en")
    with pytest.raises(ValidationError):
        app.customers.update(salon.owner, new, app.customers.get(salon.owner, new).to_input())
    for survivor, duplicate, role in ((other, new, "duplicate"), (new, other, "survivor")):
        with pytest.raises(ValidationError) as err:
            app.customer_merge.merge(salon.owner, survivor, duplicate)
        assert f"Nr. {number}" in err.value.errors[role].text()
    assert snapshot(app) == before


# --- bad input -----------------------------------------------------------------------


def test_every_bad_input_is_refused_with_a_message_and_changes_nothing(
    app: App, salon: Salon, pair: tuple[uuid.UUID, uuid.UUID]
) -> None:
    old, new = pair
    archived = a_customer(app, salon.owner, first_name="Alt", email="alt@x.de", phone="").id
    app.customers.set_archived(salon.owner, archived, True)
    before = snapshot(app)
    cases: list[tuple[Any, Any, dict[str, Any], type[Exception], str, str]] = [
        (old, old, {}, ValidationError, "duplicate", "mit sich selbst"),
        (old, uuid.uuid4(), {}, NotFound, "", "nicht gefunden"),
        (uuid.uuid4(), new, {}, NotFound, "", "nicht gefunden"),
        (archived, new, {}, ValidationError, "survivor", "archiviert"),
        (old, new, {"shoe_size": "duplicate"}, ValidationError, "shoe_size", "shoe_size"),
        (old, new, {"email": "both"}, ValidationError, "email", "E-Mail"),
        (old, new, {"email": "the newer one"}, ValidationError, "email", "eine der beiden"),
        (old, new, {"notes": None}, ValidationError, "notes", "Notizen"),
    ]
    for survivor, duplicate, choices, error, key, words in cases:
        with pytest.raises(error) as err:
            app.customer_merge.merge(salon.manager, survivor, duplicate, choices)
        message = err.value.errors[key] if key else err.value.message  # type: ignore[attr-defined]
        assert words in message.text(), (choices, message.text())
        assert message.text("en") != message.text()  # translated
    # an archived duplicate is fine; only the survivor must be active
    assert snapshot(app) == before


def test_a_customer_of_another_location_is_unknown(
    app: App, salon: Salon, pair: tuple[uuid.UUID, uuid.UUID]
) -> None:
    old, _new = pair
    other_location = dataclasses.replace(salon.manager, location_id=uuid.uuid4())
    with pytest.raises(NotFound):
        app.customer_merge.preview(other_location, old, _new)


def test_combined_notes_longer_than_allowed_are_refused(
    app: App, salon: Salon, pair: tuple[uuid.UUID, uuid.UUID]
) -> None:
    old, new = pair
    for cid, letter in ((old, "x"), (new, "y")):
        data = app.customers.get(salon.owner, cid).to_input()
        app.customers.update(salon.owner, cid, dataclasses.replace(data, notes=letter * 3000))
    before = snapshot(app)
    with pytest.raises(ValidationError) as err:
        app.customer_merge.merge(salon.manager, old, new, {"notes": "both"})
    assert "5000" in err.value.errors["notes"].text()
    assert snapshot(app) == before
    app.customer_merge.merge(salon.manager, old, new, {"notes": "survivor"})


def test_the_money_of_a_merged_duplicate_stays_spendable(
    app: App, salon: Salon, catalogue: Catalogue, pair: tuple[uuid.UUID, uuid.UUID]
) -> None:
    """The voucher row still names the duplicate; redeeming it afterwards just works."""
    old, new = pair
    voucher = sell_voucher(app, salon, new, 3000)
    app.customer_merge.merge(salon.manager, old, new)
    redeem(app, salon.front_desk, voucher.code, catalogue["Herrenhaarschnitt"], 1000)
    [info] = app.vouchers.for_customer(salon.manager, old)
    assert info.balance == Money(2000)
