"""Datenschutz rules: which fields may be secret, deadlines in months, request input."""

from __future__ import annotations

import datetime as dt

import pytest

from belbo_desktop.domain import privacy as rules
from belbo_desktop.domain.customers import IDENTIFYING_FIELDS
from belbo_desktop.domain.errors import ValidationError


@pytest.mark.parametrize("key", sorted(IDENTIFYING_FIELDS))
def test_identifying_builtins_can_never_be_secret(key: str) -> None:
    assert rules.builtin_secret_block(key) is rules.SecretBlock.IDENTIFYING


def test_notes_may_be_secret_but_record_facts_may_not() -> None:
    assert rules.builtin_secret_block("notes") is None
    assert rules.builtin_secret_block("created_at") is rules.SecretBlock.RECORD
    assert "notes" in rules.BUILTIN_SECRET_CANDIDATES


def test_custom_field_declared_identifying_or_health_is_blocked() -> None:
    assert rules.custom_secret_block(False, False) is None
    assert rules.custom_secret_block(True, False) is rules.SecretBlock.DECLARED_IDENTIFYING
    assert rules.custom_secret_block(False, True) is rules.SecretBlock.HEALTH


@pytest.mark.parametrize(
    ("received", "due", "extended"),
    [
        (dt.date(2026, 11, 24), dt.date(2026, 12, 24), dt.date(2027, 2, 24)),
        (dt.date(2026, 1, 31), dt.date(2026, 2, 28), dt.date(2026, 4, 30)),
        (dt.date(2028, 1, 31), dt.date(2028, 2, 29), dt.date(2028, 4, 30)),
        (dt.date(2026, 12, 15), dt.date(2027, 1, 15), dt.date(2027, 3, 15)),
    ],
)
def test_deadline_is_one_month_extendable_by_two(
    received: dt.date, due: dt.date, extended: dt.date
) -> None:
    assert rules.answer_deadline(received) == due
    assert rules.extended_deadline(received) == extended


def test_overdue_only_while_open_and_after_the_deadline() -> None:
    deadline = dt.date(2026, 12, 24)
    assert not rules.is_overdue(deadline, rules.RequestStatus.OPEN, deadline)
    assert rules.is_overdue(deadline, rules.RequestStatus.OPEN, dt.date(2026, 12, 25))
    assert not rules.is_overdue(deadline, rules.RequestStatus.FULFILLED, dt.date(2027, 1, 1))


def test_request_received_in_the_future_is_refused() -> None:
    today = dt.date(2026, 11, 24)
    data = rules.RequestInput(rules.RequestKind.ACCESS, rules.Channel.EMAIL, dt.date(2026, 11, 25))
    with pytest.raises(ValidationError) as err:
        rules.validate_request(data, today)
    assert "received_on" in err.value.errors


def test_reason_is_required_and_control_characters_refused() -> None:
    with pytest.raises(ValidationError):
        rules.validate_reason("   ")
    with pytest.raises(ValidationError):
        rules.validate_reason("Grund\x00")
    assert rules.validate_reason("  viele Daten  ") == "viele Daten"


def test_every_consent_kind_has_a_versioned_text() -> None:
    for kind in rules.ConsentKind:
        text = rules.CONSENT_TEXTS[kind]
        assert text.version and len(text.text) > 40
