"""Builders that make tests read like the product: ``a_customer(app, actor, last_name="Kühn")``."""

from __future__ import annotations

from belbo_desktop.bootstrap import App
from belbo_desktop.domain.customers import CustomerInput
from belbo_desktop.services.actor import Actor
from belbo_desktop.services.customers import CustomerDetail


def a_customer(app: App, actor: Actor, **overrides: object) -> CustomerDetail:
    """Builder: a valid customer, with any field overridden."""
    values: dict[str, object] = dict(
        first_name="Anna", last_name="Müller", email="anna.mueller@example.de", phone="0176 1234567"
    )
    values.update(overrides)
    return app.customers.create(actor, CustomerInput(**values))  # type: ignore[arg-type]
