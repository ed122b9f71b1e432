"""Health data (Art. 9): shown and edited only with the right, stored only with consent,
every view audited; consents keep their wording's version and can be withdrawn."""

from __future__ import annotations

import uuid

import pytest

from belbo_desktop.bootstrap import App
from belbo_desktop.domain.customers import CustomerInput
from belbo_desktop.domain.errors import PermissionDenied, ValidationError
from belbo_desktop.domain.privacy import CONSENT_TEXTS, ConsentKind, ConsentMethod
from belbo_desktop.services.customers import CustomerQuery
from tests.builders import a_customer
from tests.conftest import Salon
from tests.unit.privacy.conftest import PrivacyFields


def _with_allergy(
    app: App, salon: Salon, fields: PrivacyFields, value: str = "Nickel"
) -> uuid.UUID:
    customer = a_customer(app, salon.manager)
    app.privacy.give_consent(salon.front_desk, customer.id, ConsentKind.HEALTH_DATA)
    data = customer.to_input()
    data.custom = {fields.allergies: value}
    app.customers.update(salon.manager, customer.id, data)
    return customer.id


def test_health_value_needs_a_recorded_consent_and_nothing_is_stored_without(
    app: App, salon: Salon, fields: PrivacyFields
) -> None:
    customer = a_customer(app, salon.manager)
    data = customer.to_input()
    data.custom = {fields.allergies: "PPD", fields.skin: "trocken"}
    with pytest.raises(ValidationError) as err:
        app.customers.update(salon.manager, customer.id, data)
    assert "Einwilligung" in err.value.errors[fields.allergies].text()
    assert app.customers.get(salon.manager, customer.id).custom == {}


def test_health_value_cannot_be_typed_when_creating_a_customer(
    app: App, salon: Salon, fields: PrivacyFields
) -> None:
    with pytest.raises(ValidationError):
        app.customers.create(
            salon.manager,
            CustomerInput(first_name="Eva", last_name="Kühn", custom={fields.allergies: "Latex"}),
        )
    assert app.customers.count(salon.manager, CustomerQuery(text="Kühn")) == 0


def test_with_consent_the_value_is_stored_and_each_view_is_audited(
    app: App, salon: Salon, fields: PrivacyFields
) -> None:
    cid = _with_allergy(app, salon, fields)
    before = app.audit.entries(salon.owner, target_id=str(cid), action="health_data_viewed")
    shown = app.customers.get(salon.manager, cid)
    assert shown.custom[fields.allergies] == "Nickel"
    after = app.audit.entries(salon.owner, target_id=str(cid), action="health_data_viewed")
    assert len(after) == len(before) + 1
    assert after[0].staff_name == "Leitung"


def test_front_desk_without_the_right_never_sees_health_values(
    app: App, salon: Salon, fields: PrivacyFields
) -> None:
    cid = _with_allergy(app, salon, fields)
    detail = app.customers.get(salon.front_desk, cid)
    assert fields.allergies not in detail.custom
    rows = app.customers.page(
        salon.front_desk, CustomerQuery(), 0, 10, custom_fields=[uuid.UUID(fields.allergies)]
    )
    assert all(fields.allergies not in r.custom for r in rows)
    # Editing the rest of the file keeps the hidden value.
    data = detail.to_input()
    data.notes = "ruft lieber an"
    app.customers.update(salon.front_desk, cid, data)
    assert app.customers.get(salon.manager, cid).custom[fields.allergies] == "Nickel"
    assert not app.audit.entries(
        salon.owner, target_id=str(cid), action="health_data_viewed"
    ) or all(
        e.staff_name != "Empfang"
        for e in app.audit.entries(salon.owner, target_id=str(cid), action="health_data_viewed")
    )


def test_editing_health_data_needs_the_edit_right(
    app: App, salon: Salon, fields: PrivacyFields
) -> None:
    cid = _with_allergy(app, salon, fields)
    data = app.customers.get(salon.front_desk, cid).to_input()
    data.custom = {fields.allergies: "nichts"}
    with pytest.raises(PermissionDenied):
        app.customers.update(salon.front_desk, cid, data)
    assert app.customers.get(salon.manager, cid).custom[fields.allergies] == "Nickel"


def test_list_columns_with_health_values_are_audited_for_those_who_see_them(
    app: App, salon: Salon, fields: PrivacyFields
) -> None:
    _with_allergy(app, salon, fields)
    rows = app.customers.page(
        salon.manager, CustomerQuery(), 0, 10, custom_fields=[uuid.UUID(fields.allergies)]
    )
    assert any(r.custom.get(fields.allergies) == "Nickel" for r in rows)
    assert app.audit.entries(salon.owner, action="health_data_viewed")[0].target_type == (
        "customer_list"
    )


def test_consent_records_version_text_who_and_when(
    app: App, salon: Salon, fields: PrivacyFields
) -> None:
    customer = a_customer(app, salon.manager)
    consent = app.privacy.give_consent(
        salon.front_desk, customer.id, ConsentKind.HEALTH_DATA, ConsentMethod.IN_PERSON
    )
    wording = CONSENT_TEXTS[ConsentKind.HEALTH_DATA]
    assert consent.text_version == wording.version and consent.text == wording.text
    assert consent.recorded_by == "Empfang" and consent.active
    assert consent.given_at == app.clock.now()
    with pytest.raises(ValidationError):
        app.privacy.give_consent(salon.front_desk, customer.id, ConsentKind.HEALTH_DATA)
    assert len(app.privacy.consents(salon.manager, customer.id)) == 1


def test_withdrawing_health_consent_can_erase_the_values(
    app: App, salon: Salon, fields: PrivacyFields
) -> None:
    cid = _with_allergy(app, salon, fields)
    consent = app.privacy.consents(salon.manager, cid)[0]
    with pytest.raises(PermissionDenied):
        app.privacy.withdraw_consent(salon.front_desk, consent.id, erase_health_values=True)
    assert app.privacy.consents(salon.manager, cid)[0].active
    withdrawn = app.privacy.withdraw_consent(salon.manager, consent.id, erase_health_values=True)
    assert not withdrawn.active and withdrawn.withdrawn_by == "Leitung"
    assert fields.allergies not in app.customers.get(salon.manager, cid).custom
    assert app.audit.entries(salon.owner, target_id=str(cid), action="health_data_erased")
    with pytest.raises(ValidationError):
        app.privacy.withdraw_consent(salon.manager, consent.id)


def test_withdrawn_consent_blocks_new_health_values(
    app: App, salon: Salon, fields: PrivacyFields
) -> None:
    cid = _with_allergy(app, salon, fields)
    consent = app.privacy.consents(salon.manager, cid)[0]
    app.privacy.withdraw_consent(salon.manager, consent.id)
    data = app.customers.get(salon.manager, cid).to_input()
    data.custom = {fields.allergies: "Latex"}
    with pytest.raises(ValidationError):
        app.customers.update(salon.manager, cid, data)
    # Removing a value is always allowed (to those with the right).
    data.custom = {fields.allergies: ""}
    app.customers.update(salon.manager, cid, data)
    assert fields.allergies not in app.customers.get(salon.manager, cid).custom


def test_marketing_email_consent_follows_the_builtin_flag(app: App, salon: Salon) -> None:
    customer = a_customer(app, salon.manager)
    consent = app.privacy.give_consent(salon.front_desk, customer.id, ConsentKind.MARKETING_EMAIL)
    assert app.customers.get(salon.manager, customer.id).marketing_consent
    app.privacy.withdraw_consent(salon.front_desk, consent.id)
    assert not app.customers.get(salon.manager, customer.id).marketing_consent


def test_front_desk_edits_a_customer_with_health_data_through_the_form_fields_it_sees(
    app: App, salon: Salon, fields: PrivacyFields
) -> None:
    """The form offers the fields list_fields() gives; saving other data keeps the hidden
    health value untouched (bug: the form sent "" for the hidden field and was refused)."""
    customer_id = _with_allergy(app, salon, fields)
    desk = salon.front_desk
    visible = {f.key for f in app.custom_fields.list_fields(desk, include_archived=True)}
    assert fields.allergies not in visible
    assert fields.allergies in {f.key for f in app.custom_fields.list_fields(salon.manager)}
    detail = app.customers.get(desk, customer_id)
    data = detail.to_input()
    data.city = "Potsdam"
    data.custom = {key: detail.custom.get(key, "") for key in visible}
    app.customers.update(desk, customer_id, data)
    kept = app.customers.get(salon.manager, customer_id)
    assert kept.city == "Potsdam"
    assert kept.custom[fields.allergies] == "Nickel"
