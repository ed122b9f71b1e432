from __future__ import annotations

import pytest

from belbo_desktop.bootstrap import App
from belbo_desktop.domain.errors import PermissionDenied, ValidationError
from belbo_desktop.services.locations import BusinessData
from tests.conftest import Salon


def test_business_data_round_trip_and_audit(app: App, salon: Salon) -> None:
    info = app.locations.update_business(
        salon.owner,
        BusinessData(
            name="Salon Test",
            street="Neue Straße 5",
            postcode="10115",
            city="Berlin",
            tax_number="12/345/67890",
            vat_id="DE999999999",
        ),
    )
    assert info.business.address_lines == ["Salon Test", "Neue Straße 5", "10115 Berlin"]
    assert app.audit.entries(salon.owner, action="location_changed")[0].details["fields"] == [
        "street",
        "vat_id",
    ]


def test_business_data_needs_a_name_and_the_right(app: App, salon: Salon) -> None:
    with pytest.raises(ValidationError):
        app.locations.update_business(salon.owner, BusinessData(name="  "))
    with pytest.raises(PermissionDenied):
        app.locations.update_business(salon.front_desk, BusinessData(name="Anders"))
    assert app.locations.current(salon.owner).business.name == "Salon Test"


def test_settings_per_location(app: App, salon: Salon) -> None:
    assert app.settings.get(salon.location_id, "handout_format", "A6") == "A6"
    app.settings.set(salon.owner, "handout_format", "DIN lang")
    assert app.settings.get(salon.location_id, "handout_format") == "DIN lang"
    with pytest.raises(PermissionDenied):
        app.settings.set(salon.front_desk, "handout_format", "A6")
    assert app.settings.get(salon.location_id, "handout_format") == "DIN lang"
