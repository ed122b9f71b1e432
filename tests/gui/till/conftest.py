"""Till fixtures: the demo catalogue at the test salon and a way to sell a voucher."""

from __future__ import annotations

import pytest
from tests.conftest import Salon

from belbo_desktop.bootstrap import App
from belbo_desktop.services.catalogue import CatalogueRow, build_demo_catalogue


@pytest.fixture
def catalogue(app: App, salon: Salon) -> dict[str, CatalogueRow]:
    build_demo_catalogue(app.uow, app.clock, salon.location_id, with_sales=False)  # type: ignore[arg-type]
    return {row.name: row for row in app.catalogue.items(salon.owner)}
