"""The export service on the hub's PostgreSQL: same schema, same flow, search without FTS."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest

from belbo_desktop.domain.custom_fields import FieldType
from belbo_desktop.domain.export import ExportFormat, ExportState
from belbo_desktop.domain.rights import Role
from belbo_desktop.mail.outbox import OutboxMailer
from belbo_desktop.services.custom_fields import CustomFieldService
from belbo_desktop.services.export import ExportOrder, ExportService
from belbo_desktop.services.locations import BusinessData, LocationService, SettingsService
from belbo_desktop.services.passwords import Hasher
from belbo_desktop.services.ports import FixedClock
from belbo_desktop.services.staff import StaffService
from belbo_desktop.storage.migrate import upgrade_engine
from belbo_desktop.storage.orm import Customer, CustomFieldValue
from belbo_desktop.storage.unit_of_work import UnitOfWork
from tests.postgres import throwaway_database

pytestmark = pytest.mark.postgres
PASSWORD = "richtig-geheim"


@pytest.fixture
def pg_uow() -> Iterator[UnitOfWork]:
    with throwaway_database("belbo_test_export") as engine:
        upgrade_engine(engine)
        yield UnitOfWork(engine)


def _token(outbox: OutboxMailer, kind: str) -> str:
    match = re.search(rf"/export/{kind}/([A-Za-z0-9_-]+)", outbox.entries()[0].text)
    assert match
    return match.group(1)


def test_export_flow_on_postgresql(pg_uow: UnitOfWork, tmp_path: Path) -> None:
    clock = FixedClock(dt.datetime(2026, 11, 24, 9, 30, tzinfo=dt.UTC))
    hasher = Hasher.fast()
    location = LocationService(pg_uow, clock).create(None, BusinessData(name="Hub-Salon"))
    staff = StaffService(pg_uow, clock, hasher)
    for username, role in (("chefin", Role.OWNER), ("leitung", Role.MANAGER)):
        staff.create_staff(
            None,
            location_id=location,
            username=username,
            display_name=username.title(),
            role=role,
            password=PASSWORD,
            email=f"{username}@salon.example",
        )
    owner = staff.login("chefin", PASSWORD)
    manager = staff.login("leitung", PASSWORD)
    since = CustomFieldService(pg_uow, clock).define(owner, "Kundin seit", FieldType.DATE)
    # On the hub customers arrive by sync; written here as sync would, row by row.
    with pg_uow.write() as s:
        for i, (last, postcode) in enumerate(
            (("Müller", "01067"), ("Schulz", "80331"), ("Mühlbauer", "09111")), start=1
        ):
            customer = Customer(
                location_id=location,
                number=10000 + i,
                first_name="Anna",
                last_name=last,
                postcode=postcode,
                phone="+491761234567",
                country="DE",
                search_seq=i,
                created_at=clock.now(),
                updated_at=clock.now(),
            )
            s.add(customer)
            s.flush()
            s.add(CustomFieldValue(customer_id=customer.id, field_id=since.id, value="2020-03-01"))
    outbox = OutboxMailer(tmp_path / "outbox", clock)
    exports = ExportService(
        pg_uow, clock, hasher, SettingsService(pg_uow, clock), tmp_path / "exports", lambda: outbox
    )
    order = ExportOrder(
        "chefin@salon.example",
        ("number", "last_name", "phone", "postcode", "created_at", since.key),
        ExportFormat.XLSX,
        search_text="Mü",
    )
    assert exports.count(manager, "Mü") == 2
    status = exports.request(manager, order)
    exports.confirm(_token(outbox, "confirm"), PASSWORD)
    done = exports.compute(status.id)
    assert done is not None and done.state is ExportState.READY and done.row_count == 2
    file = exports.download(_token(outbox, "download"), PASSWORD)
    rows = list(openpyxl.load_workbook(file.path).active.iter_rows(values_only=True))
    assert rows[0] == ("Kundennummer", "Nachname", "Telefon", "PLZ", "Angelegt am", "Kundin seit")
    assert {r[1] for r in rows[1:]} == {"Müller", "Mühlbauer"}
    assert {r[3] for r in rows[1:]} == {"01067", "09111"}
    assert all(r[5] == dt.datetime(2020, 3, 1) for r in rows[1:])
    assert all(r[4] == dt.datetime(2026, 11, 24, 10, 30) for r in rows[1:])
