"""Fixtures for the Datenschutz tests: a salon with classified custom fields."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from belbo_desktop.bootstrap import App
from belbo_desktop.domain.custom_fields import FieldType
from tests.conftest import Salon


@dataclass(frozen=True)
class PrivacyFields:
    formula: str  # trade secret
    allergies: str  # health data
    skin: str  # long text, plain
    card: str  # declared identifying


@pytest.fixture
def fields(app: App, salon: Salon) -> PrivacyFields:
    owner = salon.owner
    formula = app.custom_fields.define(owner, "Farbrezeptur", FieldType.TEXT)
    allergies = app.custom_fields.define(owner, "Allergien", FieldType.LONG_TEXT)
    skin = app.custom_fields.define(owner, "Hautbildanalyse", FieldType.LONG_TEXT)
    card = app.custom_fields.define(owner, "Mitgliedskarte", FieldType.TEXT)
    app.privacy.set_trade_secret(owner, formula.key, True)
    app.privacy.set_health_data(owner, allergies.key, True)
    app.privacy.set_identifying(owner, card.key, True)
    return PrivacyFields(formula.key, allergies.key, skin.key, card.key)
