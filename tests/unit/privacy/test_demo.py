"""Demo data: Allergien is health data, every stored allergy has a consent, most others too."""

from __future__ import annotations

from sqlalchemy import func, select

from belbo_desktop.bootstrap import App
from belbo_desktop.services.demo import build_demo
from belbo_desktop.storage.orm import Consent, Customer, CustomFieldDefinition, CustomFieldValue


def test_demo_marks_health_data_secrets_and_consents(app: App) -> None:
    result = build_demo(app.uow, app.clock, app.hasher, customers=400)
    manager = app.staff.login("manager", "belbo-demo")
    fields = {f.label: f for f in app.privacy.fields(manager) if not f.builtin}
    assert fields["Allergien"].health_data and not fields["Allergien"].trade_secret
    assert fields["Farbrezeptur"].trade_secret and fields["EMS-Stromstärke"].trade_secret
    with app.uow.read() as s:
        allergy = s.scalar(
            select(CustomFieldDefinition.id).where(CustomFieldDefinition.label == "Allergien")
        )
        without_consent = s.scalar(
            select(func.count())
            .select_from(CustomFieldValue)
            .where(
                CustomFieldValue.field_id == allergy,
                CustomFieldValue.customer_id.not_in(select(Consent.customer_id)),
            )
        )
        consents = s.scalar(select(func.count()).select_from(Consent))
        customers = s.scalar(
            select(func.count())
            .select_from(Customer)
            .where(Customer.location_id == result.location_id)
        )
    assert without_consent == 0
    assert 0.7 * customers < consents < 0.95 * customers
    attention = app.privacy.attention(manager)
    assert attention.open == 3 and attention.overdue == 1
