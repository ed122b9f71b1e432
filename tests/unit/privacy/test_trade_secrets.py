"""Betriebsgeheimnis: every field listed, identifying ones refused, changes audited."""

from __future__ import annotations

import pytest

from belbo_desktop.bootstrap import App
from belbo_desktop.domain.customers import BUILTIN_FIELDS, IDENTIFYING_FIELDS
from belbo_desktop.domain.errors import PermissionDenied, ValidationError
from tests.conftest import Salon
from tests.unit.privacy.conftest import PrivacyFields


def _by_key(app: App, salon: Salon) -> dict[str, object]:
    return {f.key: f for f in app.privacy.fields(salon.owner)}


def test_every_builtin_and_custom_field_is_listed(
    app: App, salon: Salon, fields: PrivacyFields
) -> None:
    listed = _by_key(app, salon)
    assert set(BUILTIN_FIELDS) <= set(listed)
    assert {fields.formula, fields.allergies, fields.skin, fields.card} <= set(listed)
    for key in IDENTIFYING_FIELDS:
        f = listed[key]
        assert not f.can_be_secret and "identifiziert" in f.block_text()
    assert listed[fields.formula].trade_secret
    assert not listed[fields.card].can_be_secret
    assert not listed[fields.allergies].can_be_secret


@pytest.mark.parametrize("key", sorted(IDENTIFYING_FIELDS))
def test_identifying_builtin_is_refused_and_nothing_changes(
    app: App, salon: Salon, key: str
) -> None:
    before = len(app.audit.entries(salon.owner, action="trade_secret_changed"))
    with pytest.raises(ValidationError) as err:
        app.privacy.set_trade_secret(salon.owner, key, True)
    assert key in err.value.errors
    assert not _by_key(app, salon)[key].trade_secret
    assert len(app.audit.entries(salon.owner, action="trade_secret_changed")) == before


def test_declared_identifying_custom_field_is_refused(
    app: App, salon: Salon, fields: PrivacyFields
) -> None:
    with pytest.raises(ValidationError):
        app.privacy.set_trade_secret(salon.owner, fields.card, True)
    assert not _by_key(app, salon)[fields.card].trade_secret


def test_secret_field_cannot_then_be_declared_identifying_or_health(
    app: App, salon: Salon, fields: PrivacyFields
) -> None:
    with pytest.raises(ValidationError):
        app.privacy.set_identifying(salon.owner, fields.formula, True)
    with pytest.raises(ValidationError):
        app.privacy.set_health_data(salon.owner, fields.formula, True)
    f = _by_key(app, salon)[fields.formula]
    assert f.trade_secret and not f.identifying and not f.health_data


def test_marking_is_audited_with_old_and_new_state(
    app: App, salon: Salon, fields: PrivacyFields
) -> None:
    app.privacy.set_trade_secret(salon.owner, fields.skin, True)
    app.privacy.set_trade_secret(salon.owner, "notes", True)
    app.privacy.set_trade_secret(salon.owner, "notes", False)
    entries = app.audit.entries(salon.owner, action="trade_secret_changed")
    by_target = [(e.target_id, e.details["old"], e.details["new"]) for e in entries]
    assert (fields.skin, False, True) in by_target
    assert ("notes", True, False) in by_target and ("notes", False, True) in by_target
    assert all(e.staff_name == "Chefin" for e in entries)
    assert {e.details["field"] for e in entries if e.target_id == "notes"} == {"Notizen"}


def test_setting_the_same_state_again_writes_no_audit(
    app: App, salon: Salon, fields: PrivacyFields
) -> None:
    before = len(app.audit.entries(salon.owner, action="trade_secret_changed"))
    app.privacy.set_trade_secret(salon.owner, fields.formula, True)
    assert len(app.audit.entries(salon.owner, action="trade_secret_changed")) == before


def test_only_staff_with_the_privacy_settings_right_may_mark(
    app: App, salon: Salon, fields: PrivacyFields
) -> None:
    for actor in (salon.manager, salon.front_desk):
        with pytest.raises(PermissionDenied):
            app.privacy.set_trade_secret(actor, fields.skin, True)
        with pytest.raises(PermissionDenied):
            app.privacy.set_health_data(actor, fields.skin, True)
    assert not _by_key(app, salon)[fields.skin].trade_secret


def test_several_changes_are_all_or_nothing(app: App, salon: Salon, fields: PrivacyFields) -> None:
    with pytest.raises(ValidationError):
        app.privacy.classify(
            salon.owner,
            [(fields.skin, "trade_secret", True), ("email", "trade_secret", True)],
        )
    listed = _by_key(app, salon)
    assert not listed[fields.skin].trade_secret and not listed["email"].trade_secret
    # Unmark and re-class in one go: secret -> identifying.
    app.privacy.classify(
        salon.owner,
        [(fields.formula, "trade_secret", False), (fields.formula, "identifying", True)],
    )
    f = _by_key(app, salon)[fields.formula]
    assert f.identifying and not f.trade_secret
