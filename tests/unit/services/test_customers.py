from __future__ import annotations

import datetime as dt

import pytest

from belbo_desktop.bootstrap import App
from belbo_desktop.domain.custom_fields import FieldType
from belbo_desktop.domain.customers import CustomerInput
from belbo_desktop.domain.errors import NotFound, PermissionDenied, ValidationError
from belbo_desktop.services.customers import CustomerQuery, CustomerSort
from belbo_desktop.services.ports import FixedClock
from tests.builders import a_customer
from tests.conftest import Salon


def names(app: App, salon: Salon, text: str = "", **kw: object) -> list[str]:
    query = CustomerQuery(text, **kw)  # type: ignore[arg-type]
    rows = app.customers.page(salon.owner, query, 0, 100)
    assert app.customers.count(salon.owner, query) == len(rows)
    return [f"{r.first_name} {r.last_name}" for r in rows]


@pytest.fixture
def people(app: App, salon: Salon) -> None:
    a_customer(
        app,
        salon.owner,
        first_name="Anna",
        last_name="Müller",
        phone="0176 1234567",
        email="anna@example.de",
    )
    a_customer(
        app,
        salon.owner,
        first_name="Jörg",
        last_name="Strauß",
        phone="030 555666",
        email="joerg@example.de",
    )
    a_customer(app, salon.owner, first_name="Zoë", last_name="Ägidius", phone="", email="")


def test_search_is_case_and_accent_insensitive(app: App, salon: Salon, people: None) -> None:
    for typed in ("muller", "MÜLLER", "mül", "muel", "Mueller"):
        assert names(app, salon, typed) == ["Anna Müller"], typed
    assert names(app, salon, "strauss") == ["Jörg Strauß"]
    assert names(app, salon, "straus") == ["Jörg Strauß"]
    assert names(app, salon, "zoe") == ["Zoë Ägidius"]


def test_search_by_phone_digits_email_and_number(app: App, salon: Salon, people: None) -> None:
    assert names(app, salon, "0176 12") == ["Anna Müller"]
    assert names(app, salon, "+49 176") == ["Anna Müller"]
    assert names(app, salon, "030 555") == ["Jörg Strauß"]
    assert names(app, salon, "joerg@exa") == ["Jörg Strauß"]
    assert names(app, salon, "10002") == ["Jörg Strauß"]


def test_several_words_narrow_the_result(app: App, salon: Salon, people: None) -> None:
    a_customer(app, salon.owner, first_name="Anna", last_name="Schmidt", email="", phone="")
    assert names(app, salon, "anna") == ["Anna Müller", "Anna Schmidt"]
    assert names(app, salon, "anna mül") == ["Anna Müller"]
    assert names(app, salon, "anna xyz") == []


def test_list_sorts_german_names_and_on_raw_values(app: App, salon: Salon, people: None) -> None:
    assert names(app, salon) == ["Zoë Ägidius", "Anna Müller", "Jörg Strauß"]
    assert names(app, salon, sort=CustomerSort.NUMBER, descending=True) == [
        "Zoë Ägidius",
        "Jörg Strauß",
        "Anna Müller",
    ]


def test_search_stays_correct_after_update_and_archive(app: App, salon: Salon) -> None:
    anna = a_customer(app, salon.owner)
    data = anna.to_input()
    data.last_name = "Kühn"
    app.customers.update(salon.owner, anna.id, data)
    assert names(app, salon, "müller") == []
    assert names(app, salon, "kuhn") == ["Anna Kühn"]
    app.customers.set_archived(salon.owner, anna.id, True)
    assert names(app, salon, "kuhn") == []
    assert names(app, salon, "kuhn", include_archived=True) == ["Anna Kühn"]
    assert names(app, salon) == []
    app.customers.set_archived(salon.owner, anna.id, False)
    assert names(app, salon, "kuhn") == ["Anna Kühn"]


def test_customer_numbers_count_up_and_record_who_and_when(
    app: App, salon: Salon, clock: FixedClock
) -> None:
    first = a_customer(app, salon.owner)
    clock.advance(hours=1)
    second = a_customer(app, salon.front_desk, first_name="Ben")
    assert (first.number, second.number) == (10001, 10002)
    assert second.created_by == "Empfang"
    assert second.created_at == clock.now()
    data = first.to_input()
    data.city = "Potsdam"
    clock.advance(minutes=5)
    changed = app.customers.update(salon.front_desk, first.id, data)
    assert changed.updated_by == "Empfang" and changed.created_by == "Chefin"
    assert changed.updated_at == clock.now()
    history = app.audit.entries(salon.owner, target_id=str(first.id))
    assert [h.action for h in history] == ["customer_changed", "customer_created"]
    assert history[0].details["fields"] == ["city"]


def test_possible_duplicates(app: App, salon: Salon) -> None:
    anna = a_customer(app, salon.owner, birthday="01.02.1990")
    same_mail = CustomerInput(first_name="X", last_name="Y", email="ANNA.MUELLER@example.de")
    same_phone = CustomerInput(first_name="X", last_name="Y", phone="+49 176 1234567")
    same_person = CustomerInput(first_name="anna", last_name="MÜLLER", birthday="01.02.1990")
    other = CustomerInput(first_name="Anna", last_name="Müller", birthday="02.02.1990")
    for data in (same_mail, same_phone, same_person):
        assert [d.id for d in app.customers.possible_duplicates(salon.owner, data)] == [anna.id]
    assert app.customers.possible_duplicates(salon.owner, other) == []
    assert app.customers.possible_duplicates(salon.owner, same_mail, exclude=anna.id) == []


def test_rights_are_enforced_in_the_service(app: App, salon: Salon) -> None:
    anna = a_customer(app, salon.owner)
    with pytest.raises(PermissionDenied) as info:
        app.customers.set_archived(salon.front_desk, anna.id, True)
    assert "Kunden archivieren" in info.value.text()
    assert app.customers.get(salon.owner, anna.id).archived_at is None


def test_other_locations_customers_are_invisible(app: App, salon: Salon) -> None:
    from belbo_desktop.domain.rights import Role
    from belbo_desktop.services.locations import BusinessData

    anna = a_customer(app, salon.owner)
    other_location = app.locations.create(None, BusinessData(name="Filiale Nord"))
    app.staff.create_staff(
        None,
        location_id=other_location,
        username="nord",
        display_name="Nord",
        role=Role.OWNER,
        password="lang-genug-1",
    )
    nord = app.staff.login("nord", "lang-genug-1")
    assert app.customers.count(nord, CustomerQuery()) == 0
    assert app.customers.count(nord, CustomerQuery("anna")) == 0
    with pytest.raises(NotFound):
        app.customers.get(nord, anna.id)


def test_custom_fields_are_typed_and_survive_archiving(app: App, salon: Salon) -> None:
    fields = app.custom_fields
    hair = fields.define(salon.owner, "Haartyp", FieldType.CHOICE, ["fein", "lockig"])
    strength = fields.define(salon.owner, "EMS-Stromstärke", FieldType.NUMBER)
    since = fields.define(salon.owner, "Kundin seit", FieldType.DATE)
    anna = a_customer(
        app, salon.owner, custom={hair.key: "lockig", strength.key: "45,5", since.key: "03.04.2020"}
    )
    assert anna.custom == {hair.key: "lockig", strength.key: "45.5", since.key: "2020-04-03"}
    with pytest.raises(ValidationError) as info:
        app.customers.update(
            salon.owner,
            anna.id,
            CustomerInput(first_name="Anna", last_name="Müller", custom={hair.key: "glatt"}),
        )
    assert "glatt" in info.value.texts()[hair.key]
    fields.set_archived(salon.owner, hair.id, True)
    assert [f.label for f in fields.list_fields(salon.owner)] == ["EMS-Stromstärke", "Kundin seit"]
    data = app.customers.get(salon.owner, anna.id).to_input()
    data.city = "Berlin"
    app.customers.update(salon.owner, anna.id, data)
    assert app.customers.get(salon.owner, anna.id).custom[hair.key] == "lockig"
    fields.set_archived(salon.owner, hair.id, False)
    assert hair.key in app.customers.get(salon.owner, anna.id).custom


def test_custom_field_definitions_are_checked(app: App, salon: Salon) -> None:
    fields = app.custom_fields
    fields.define(salon.owner, "Farbrezeptur", FieldType.TEXT)
    with pytest.raises(ValidationError) as info:
        fields.define(salon.owner, "farbrezeptur", FieldType.TEXT)
    assert "bereits" in info.value.texts()["label"]
    with pytest.raises(ValidationError):
        fields.define(salon.owner, "Haartyp", FieldType.CHOICE, [])
    with pytest.raises(ValidationError):
        fields.define(salon.owner, "Haartyp", FieldType.CHOICE, ["a", "a"])
    with pytest.raises(PermissionDenied):
        fields.define(salon.front_desk, "Notiz", FieldType.TEXT)
    assert [f.label for f in fields.list_fields(salon.owner)] == ["Farbrezeptur"]


def test_reorder_and_rename_fields(app: App, salon: Salon) -> None:
    fields = app.custom_fields
    a = fields.define(salon.owner, "A", FieldType.TEXT)
    b = fields.define(salon.owner, "B", FieldType.YES_NO)
    fields.reorder(salon.owner, [b.id, a.id])
    fields.update(salon.owner, a.id, label="Allergien", help_text="Unverträglichkeiten")
    assert [f.label for f in fields.list_fields(salon.owner)] == ["B", "Allergien"]


def test_dates_are_utc_aware(app: App, salon: Salon) -> None:
    anna = a_customer(app, salon.owner)
    assert anna.created_at.tzinfo == dt.UTC


def test_duplicates_are_found_while_the_form_is_half_filled(app: App, salon: Salon) -> None:
    anna = a_customer(app, salon.owner)
    typed_so_far = CustomerInput(
        first_name="", last_name="", phone="0176 1234567", email="anna.mueller@"
    )
    assert [d.id for d in app.customers.possible_duplicates(salon.owner, typed_so_far)] == [anna.id]


def test_invalid_email_messages_exist_in_both_languages(app: App, salon: Salon) -> None:
    with pytest.raises(ValidationError) as info:
        app.customers.create(
            salon.owner, CustomerInput(first_name="A", last_name="B", email="anna")
        )
    assert info.value.texts()["email"] == "Die E-Mail-Adresse ist ungültig: Es fehlt das @-Zeichen."
    assert info.value.texts("en")["email"] == "The email address is invalid: the @ sign is missing."
