"""Demo data: a realistic German salon, deterministic for a seed, fast at 200,000 customers.

Customers are written with bulk Core inserts in one transaction; derived columns are
computed by the same domain functions the ORM uses, so search works as for typed data.
"""

from __future__ import annotations

import datetime as dt
import random
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import cast

from sqlalchemy import Table, insert, text

from belbo_desktop.domain.custom_fields import FieldType
from belbo_desktop.domain.customers import customer_sort_key, search_text
from belbo_desktop.domain.ids import new_id
from belbo_desktop.services.catalogue import build_demo_catalogue, sell_demo_vouchers
from belbo_desktop.services.demo_logins import DEMO_LOGINS, DEMO_SETTING, DemoLogin
from belbo_desktop.services.demo_sales import build_demo_history
from belbo_desktop.services.locations import BusinessData, LocationService, SettingsService
from belbo_desktop.services.passwords import Hasher
from belbo_desktop.services.ports import Clock
from belbo_desktop.services.privacy import seed_demo_privacy
from belbo_desktop.services.staff import StaffService
from belbo_desktop.storage import customer_order
from belbo_desktop.storage.orm import Customer, CustomFieldDefinition, CustomFieldValue
from belbo_desktop.storage.orm.customers import index_text
from belbo_desktop.storage.unit_of_work import UnitOfWork

_MAIL_TRANSLIT = {ord("ä"): "ae", ord("ö"): "oe", ord("ü"): "ue", ord("ß"): "ss"}

FIRST_NAMES = (
    "Anna",
    "Lena",
    "Leonie",
    "Marie",
    "Sophie",
    "Hannah",
    "Emma",
    "Lea",
    "Julia",
    "Laura",
    "Sarah",
    "Lisa",
    "Katharina",
    "Johanna",
    "Charlotte",
    "Mia",
    "Clara",
    "Greta",
    "Ursula",
    "Jürgen",
    "Jörg",
    "Günter",
    "Björn",
    "Sören",
    "Maximilian",
    "Lukas",
    "Jonas",
    "Felix",
    "Paul",
    "Ben",
    "Elias",
    "Noah",
    "Tim",
    "Jan",
    "Anna-Lena",
    "Marie-Luise",
    "Hans-Peter",
    "Karl-Heinz",
    "Zoë",
    "Chloé",
    "Renée",
    "André",
    "Ayşe",
    "Elif",
    "Mehmet",
    "Özlem",
    "Łukasz",
    "Dragana",
    "Nikola",
    "Małgorzata",
    "Ingrid",
    "Gisela",
    "Brigitte",
    "Margarete",
    "Dörte",
)
LAST_NAMES = (
    "Müller",
    "Schmidt",
    "Schneider",
    "Fischer",
    "Weber",
    "Meyer",
    "Wagner",
    "Becker",
    "Schulz",
    "Hoffmann",
    "Schäfer",
    "Koch",
    "Bauer",
    "Richter",
    "Klein",
    "Wolf",
    "Schröder",
    "Neumann",
    "Schwarz",
    "Zimmermann",
    "Braun",
    "Krüger",
    "Hofmann",
    "Hartmann",
    "Lange",
    "Schmitt",
    "Werner",
    "Schmitz",
    "Krause",
    "Meier",
    "Lehmann",
    "Schmid",
    "Schulze",
    "Maier",
    "Köhler",
    "Herrmann",
    "König",
    "Walter",
    "Mayer",
    "Huber",
    "Kaiser",
    "Fuchs",
    "Peters",
    "Lang",
    "Scholz",
    "Möller",
    "Weiß",
    "Jung",
    "Hahn",
    "Vogel",
    "Friedrich",
    "Keller",
    "Günther",
    "Frank",
    "Berger",
    "Winkler",
    "Roth",
    "Beck",
    "Lorenz",
    "Baumann",
    "Franke",
    "Albrecht",
    "Strauß",
    "Groß",
    "Öztürk",
    "Yılmaz",
    "Kowalski",
    "Nowak",
    "Petrović",
    "Schäfer-Lindner",
    "Müller-Lüdenscheidt",
    "von Bülow",
    "de la Cruz",
    "Dietrich",
    "Jäger",
    "Böhm",
    "Kühn",
)
STREETS = (
    "Hauptstraße",
    "Schulstraße",
    "Gartenstraße",
    "Bahnhofstraße",
    "Dorfstraße",
    "Bergstraße",
    "Birkenweg",
    "Lindenstraße",
    "Kirchstraße",
    "Waldstraße",
    "Friedrichstraße",
    "Schönhauser Allee",
    "Kastanienallee",
    "Müllerstraße",
    "Torstraße",
    "Greifswalder Straße",
)
CITIES = (
    ("10115", "Berlin"),
    ("10437", "Berlin"),
    ("10245", "Berlin"),
    ("13347", "Berlin"),
    ("14467", "Potsdam"),
    ("01067", "Dresden"),
    ("04109", "Leipzig"),
    ("20095", "Hamburg"),
    ("80331", "München"),
    ("50667", "Köln"),
    ("60311", "Frankfurt am Main"),
    ("70173", "Stuttgart"),
    ("90402", "Nürnberg"),
    ("28195", "Bremen"),
)
MAIL_DOMAINS = ("example.de", "beispiel.de", "mail.example", "posteo.example", "web.example")
MOBILE_PREFIXES = (
    "151",
    "152",
    "157",
    "160",
    "170",
    "171",
    "172",
    "173",
    "175",
    "176",
    "177",
    "178",
    "179",
)
HAIR_TYPES = ("fein", "normal", "kräftig", "lockig", "wellig")
ALLERGIES = (
    "Keine bekannt",
    "PPD (Paraphenylendiamin)",
    "Nickel",
    "Duftstoffe",
    "Latex",
    "Ammoniak",
)
COLOR_FORMULAS = (
    "7/1 + 8/0 (1:1), 6 % Oxidant, 35 min",
    "Blondierung 9 %, Toner 10/16",
    "5/0 Ansatz, 20 Vol., Längen 6/3 Glossing",
    "Strähnen Folie 12 %, 40 min",
)
SKIN = (
    "Mischhaut, leicht dehydriert",
    "Trockene Haut, Rötungen an den Wangen",
    "Ölige T-Zone, vergrößerte Poren",
    "Normale Haut, gute Elastizität",
)

DEMO_FIELDS: tuple[tuple[str, FieldType, tuple[str, ...], str], ...] = (
    ("Haartyp", FieldType.CHOICE, HAIR_TYPES, ""),
    ("Farbrezeptur", FieldType.TEXT, (), "Farbe, Oxidant, Einwirkzeit"),
    ("Allergien", FieldType.LONG_TEXT, (), "Unverträglichkeiten und Allergien"),
    ("Hautbildanalyse", FieldType.LONG_TEXT, (), "Ergebnis der letzten Hautanalyse"),
    ("EMS-Stromstärke", FieldType.NUMBER, (), "Milliampere im letzten Training"),
    ("Kundin seit", FieldType.DATE, (), ""),
)


@dataclass(frozen=True)
class DemoResult:
    location_id: uuid.UUID
    customers: int
    logins: tuple[DemoLogin, ...]


def build_demo(
    uow: UnitOfWork,
    clock: Clock,
    hasher: Hasher,
    *,
    customers: int = 2000,
    seed: int = 1,
    till_file: Path | None = None,
) -> DemoResult:
    """Fill an empty database with a salon, its staff, custom fields, customers and
    three years of till history (:mod:`belbo_desktop.services.demo_sales`).

    ``till_file``: the PC's (``Paths.till_file``), so its demo sales are this PC's till."""
    locations = LocationService(uow, clock)
    location_id = locations.create(
        None,
        BusinessData(
            name="Salon Krüger",
            legal_name="Salon Krüger Haar & Haut GmbH",
            street="Schönhauser Allee 112",
            postcode="10437",
            city="Berlin",
            country="DE",
            phone="+49 30 1234567",
            email="info@salon-kruger.example",
            website="www.salon-kruger.example",
            tax_number="37/123/45678",
            vat_id="DE123456789",
        ),
    )
    staff = StaffService(uow, clock, hasher)
    for login in DEMO_LOGINS:
        staff.create_staff(
            None,
            location_id=location_id,
            username=login.username,
            display_name=login.display_name,
            role=login.role,
            password=login.password,
            pin=login.pin,
            email=login.email,
        )
    SettingsService(uow, clock).set(None, DEMO_SETTING, True)
    rng = random.Random(seed)
    now = clock.now()
    with uow.write() as s:
        field_ids: list[uuid.UUID] = []
        for position, (label, ftype, choices, help_text) in enumerate(DEMO_FIELDS, start=1):
            fid = new_id()
            field_ids.append(fid)
            s.execute(
                insert(CustomFieldDefinition),
                [
                    dict(
                        id=fid,
                        location_id=location_id,
                        label=label,
                        field_type=ftype.value,
                        choices=list(choices),
                        help_text=help_text or None,
                        position=position,
                        created_at=now,
                        updated_at=now,
                    )
                ],
            )
        # Values are inserted as they are made; customers once their place in name order
        # is known (search_seq, see storage.customer_order), so foreign keys wait for commit.
        s.execute(text("PRAGMA defer_foreign_keys = ON"))
        # Core executemany: the ORM's bulk path splits rows by which values are None.
        conn = s.connection()
        customers_table = cast(Table, Customer.__table__)
        values_table = cast(Table, CustomFieldValue.__table__)
        rows: list[dict[str, object]] = []
        values: list[dict[str, object]] = []
        for i in range(customers):
            row, custom = _customer(rng, i, location_id, now, field_ids)
            rows.append(row)
            values.extend(custom)
            if len(values) >= 10_000:
                conn.execute(values_table.insert(), values)
                values = []
        if values:
            conn.execute(values_table.insert(), values)
        rows.sort(key=lambda r: (r["sort_key"], r["number"]))
        for rank, row in enumerate(rows, start=1):
            row["search_seq"] = rank * customer_order.SPACING
        for start in range(0, len(rows), 5000):
            conn.execute(customers_table.insert(), rows[start : start + 5000])
    build_demo_catalogue(uow, clock, location_id, with_sales=False)
    # years of receipts up to yesterday, then today's hand-made ones at the same till
    build_demo_history(uow, clock, location_id, seed=seed, till_file=till_file)
    sell_demo_vouchers(uow, clock, location_id, till_file)
    from belbo_desktop.services.bonus import build_demo_bonus

    build_demo_bonus(uow, clock, location_id)
    seed_demo_privacy(uow, clock, location_id, seed=seed)
    return DemoResult(location_id, customers, DEMO_LOGINS)


def _customer(
    rng: random.Random, i: int, location_id: uuid.UUID, now: dt.datetime, field_ids: list[uuid.UUID]
) -> tuple[dict[str, object], list[dict[str, object]]]:
    first = rng.choice(FIRST_NAMES)
    last = rng.choice(LAST_NAMES)
    number = 10001 + i
    mail_local = (first + "." + last).lower().replace(" ", "")
    mail_local = mail_local.translate(_MAIL_TRANSLIT)
    mail_local = "".join(ch for ch in mail_local if ch.isascii() and (ch.isalnum() or ch in ".-"))
    email = f"{mail_local}{number}@{rng.choice(MAIL_DOMAINS)}" if rng.random() < 0.85 else None
    phone = (
        f"+49{rng.choice(MOBILE_PREFIXES)}{rng.randrange(10_000_000, 99_999_999)}"
        if rng.random() < 0.9
        else None
    )
    birthday = (
        dt.date(1940, 1, 1) + dt.timedelta(days=rng.randrange(0, 365 * 65))
        if rng.random() < 0.7
        else None
    )
    postcode, city = rng.choice(CITIES)
    created = now - dt.timedelta(days=rng.randrange(0, 3650), minutes=rng.randrange(0, 1440))
    cid = new_id()
    row: dict[str, object] = dict(
        id=cid,
        location_id=location_id,
        number=number,
        first_name=first,
        last_name=last,
        email=email,
        phone=phone,
        birthday=birthday,
        street=f"{rng.choice(STREETS)} {rng.randrange(1, 180)}",
        postcode=postcode,
        city=city,
        country="DE",
        notes=None,
        marketing_consent=rng.random() < 0.4,
        archived_at=None,
        created_by_id=None,
        updated_by_id=None,
        created_at=created,
        updated_at=created,
        deleted_at=None,
        sort_key=customer_sort_key(first, last),
        search_text=index_text(search_text(number, first, last, email, phone), location_id, False),
        search_seq=0,
    )
    custom: list[dict[str, object]] = []

    def add(idx: int, value: str) -> None:
        custom.append(
            dict(
                id=new_id(),
                customer_id=cid,
                field_id=field_ids[idx],
                value=value,
                created_at=created,
                updated_at=created,
            )
        )

    r = rng.random()
    if r < 0.6:
        add(0, rng.choice(HAIR_TYPES))
    if r < 0.4:
        add(1, rng.choice(COLOR_FORMULAS))
    if rng.random() < 0.15:
        add(2, rng.choice(ALLERGIES))
    if rng.random() < 0.1:
        add(3, rng.choice(SKIN))
    if rng.random() < 0.2:
        add(4, str(rng.randrange(20, 90)))
    if rng.random() < 0.3:
        add(5, created.date().isoformat())
    return row, custom


def database_is_empty(uow: UnitOfWork) -> bool:
    """Demo data goes only into a database without locations."""
    from sqlalchemy import func, select

    from belbo_desktop.storage.orm import Location

    with uow.read() as s:
        return not s.scalar(select(func.count()).select_from(Location))
