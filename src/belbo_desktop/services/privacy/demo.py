"""Demo data for the privacy module: health and trade-secret fields marked, consents for
most demo customers, and a few open requests (one overdue) for the login notice.
"""

from __future__ import annotations

import datetime as dt
import json
import uuid

from sqlalchemy import select, text

from belbo_desktop.domain import privacy as rules
from belbo_desktop.domain.privacy import ConsentKind, ConsentMethod, RequestKind, RequestStatus
from belbo_desktop.services.ports import Clock, local_today
from belbo_desktop.services.privacy.consents import ensure_wording
from belbo_desktop.storage.orm import Customer, CustomFieldDefinition, PrivacyRequest
from belbo_desktop.storage.unit_of_work import UnitOfWork

DEMO_SECRET_FIELDS = ("Farbrezeptur", "Hautbildanalyse", "EMS-Stromstärke")
DEMO_HEALTH_FIELDS = ("Allergien",)


def seed_demo_privacy(uow: UnitOfWork, clock: Clock, location_id: uuid.UUID, seed: int = 1) -> None:
    """Demo: Allergien is health data, consents for most customers (all who have a value),
    the typical trade-secret fields marked, and a few open requests (one overdue).

    The consents are one INSERT ... SELECT (ids from a Python function registered on the
    SQLite connection): well under a second at 200,000 customers.
    """
    from belbo_desktop.domain.ids import new_id

    now = clock.now()
    today = local_today(clock)
    wording = rules.CONSENT_TEXTS[ConsentKind.HEALTH_DATA]
    with uow.write() as s:
        definitions = {
            d.label: d
            for d in s.scalars(
                select(CustomFieldDefinition).where(
                    CustomFieldDefinition.location_id == location_id
                )
            )
        }
        for name in DEMO_SECRET_FIELDS:
            if name in definitions:
                definitions[name].is_trade_secret = True
        health = [definitions[n] for n in DEMO_HEALTH_FIELDS if n in definitions]
        for d in health:
            d.is_health_data = True
        ensure_wording(s, wording)
        s.flush()
        raw = s.connection().connection.driver_connection
        raw.create_function("belbo_new_id", 0, lambda: new_id().hex)  # type: ignore[union-attr]
        # Everyone with a health value consented; of the others about four in five.
        s.execute(
            text(
                "INSERT INTO consents (id, location_id, customer_id, kind, text_version, method,"
                " given_at, recorded_by_id, withdrawn_at, withdrawn_recorded_by_id,"
                " created_at, updated_at)"
                " SELECT belbo_new_id(), c.location_id, c.id, :kind, :version, :method,"
                " c.created_at, NULL, NULL, NULL, c.created_at, c.created_at"
                " FROM customers c WHERE c.location_id = :location AND ("
                "  ((c.number * 2654435761 + :seed) % 10) < 8"
                "  OR c.id IN (SELECT customer_id FROM custom_field_values"
                "              WHERE field_id IN (SELECT value FROM json_each(:fields))))"
            ),
            {
                "kind": ConsentKind.HEALTH_DATA.value,
                "version": wording.version,
                "method": ConsentMethod.SIGNED_FORM.value,
                "location": location_id.hex,
                "seed": seed,
                "fields": json.dumps([d.id.hex for d in health]),
            },
        )
        samples = [
            (RequestKind.ACCESS, rules.Channel.EMAIL, 40),  # overdue
            (RequestKind.ACCESS, rules.Channel.LETTER, 26),  # due within a week
            (RequestKind.ERASURE, rules.Channel.IN_PERSON, 3),
        ]
        customers = s.scalars(
            select(Customer.id)
            .where(Customer.location_id == location_id)
            .order_by(Customer.number)
            .limit(len(samples))
        ).all()
        for (kind, channel, days_ago), customer_id in zip(samples, customers, strict=False):
            received = today - dt.timedelta(days=days_ago)
            s.add(
                PrivacyRequest(
                    location_id=location_id,
                    customer_id=customer_id,
                    kind=kind.value,
                    channel=channel.value,
                    received_on=received,
                    deadline=rules.answer_deadline(received),
                    status=RequestStatus.OPEN.value,
                    files=[],
                    created_at=now,
                    updated_at=now,
                )
            )
