"""The Datenauskunft's tables from this module's own data: consents, requests, history.

A section provider takes (session, customer id, location id) and returns a table or None;
:func:`default_providers` lists them in report order, with those in :mod:`.sales_sections`.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable

from sqlalchemy import select
from sqlalchemy.orm import Session

from belbo_desktop.domain import privacy as rules
from belbo_desktop.domain.privacy import ConsentKind, ConsentMethod, RequestKind, RequestStatus
from belbo_desktop.services.privacy.report_format import fmt_date, fmt_datetime
from belbo_desktop.services.privacy.sales_sections import (
    bonus_section,
    sales_section,
    vouchers_section,
)
from belbo_desktop.storage.orm import AuditEntry, Consent, ConsentWording, PrivacyRequest

#: A report section from another module: (session, customer id, location id) -> table.
SectionProvider = Callable[[Session, uuid.UUID, uuid.UUID], rules.ReportTable | None]


def consents_section(s: Session, customer_id: uuid.UUID, _location: uuid.UUID) -> rules.ReportTable:
    rows = []
    stmt = (
        select(Consent, ConsentWording.text)
        .outerjoin(
            ConsentWording,
            (ConsentWording.kind == Consent.kind)
            & (ConsentWording.version == Consent.text_version),
        )
        .where(Consent.customer_id == customer_id)
        .order_by(Consent.given_at)
    )
    for c, wording in s.execute(stmt):
        rows.append(
            {
                "kind": rules.label_of(rules.CONSENT_KIND_LABELS, ConsentKind(c.kind)),
                "text_version": c.text_version,
                "text": wording or "",
                "method": rules.label_of(rules.CONSENT_METHOD_LABELS, ConsentMethod(c.method)),
                "given_at": fmt_datetime(c.given_at),
                "withdrawn_at": fmt_datetime(c.withdrawn_at),
            }
        )
    return rules.ReportTable(
        "consents",
        "Einwilligungen",
        (
            ("kind", "Art"),
            ("given_at", "Erteilt am"),
            ("withdrawn_at", "Widerrufen am"),
            ("method", "Form"),
            ("text_version", "Textfassung"),
            ("text", "Wortlaut"),
        ),
        tuple(rows),
    )


def requests_section(s: Session, customer_id: uuid.UUID, _location: uuid.UUID) -> rules.ReportTable:
    rows = []
    for r in s.scalars(
        select(PrivacyRequest)
        .where(PrivacyRequest.customer_id == customer_id)
        .order_by(PrivacyRequest.received_on)
    ):
        rows.append(
            {
                "kind": rules.label_of(rules.REQUEST_KIND_LABELS, RequestKind(r.kind)),
                "received_on": fmt_date(r.received_on),
                "channel": rules.label_of(rules.CHANNEL_LABELS, rules.Channel(r.channel)),
                "deadline": fmt_date(r.extended_until or r.deadline),
                "status": rules.label_of(rules.REQUEST_STATUS_LABELS, RequestStatus(r.status)),
                "closed_at": fmt_datetime(r.closed_at),
            }
        )
    return rules.ReportTable(
        "requests",
        "Ihre Anfragen zum Datenschutz",
        (
            ("kind", "Anliegen"),
            ("received_on", "Eingegangen"),
            ("channel", "Weg"),
            ("deadline", "Frist"),
            ("status", "Stand"),
            ("closed_at", "Abgeschlossen"),
        ),
        tuple(rows),
    )


AUDIT_ACTION_LABELS: dict[str, str] = {
    "customer_created": "Kundenakte angelegt",
    "customer_changed": "Kundenakte geändert",
    "customer_archived": "Kundenakte archiviert",
    "customer_restored": "Kundenakte wiederhergestellt",
    "health_data_viewed": "Gesundheitsangaben angesehen",
    "consent_given": "Einwilligung erfasst",
    "consent_withdrawn": "Einwilligung widerrufen",
    "health_data_erased": "Gesundheitsangaben gelöscht",
    "privacy_request_registered": "Anfrage erfasst",
    "privacy_request_identity_verified": "Identität geprüft",
    "privacy_request_extended": "Frist verlängert",
    "privacy_request_closed": "Anfrage abgeschlossen",
    "data_access_report": "Datenauskunft erstellt",
    "customer_merged": "Andere Kundenakte hierher zusammengeführt",
    "customer_merged_away": "Mit anderer Kundenakte zusammengeführt",
}


def history_section(s: Session, customer_id: uuid.UUID, location: uuid.UUID) -> rules.ReportTable:
    """What was done with the customer file, without naming staff (their data, not ours)."""
    rows = []
    stmt = (
        select(AuditEntry.at, AuditEntry.action)
        .where(AuditEntry.target_id == str(customer_id), AuditEntry.location_id == location)
        .order_by(AuditEntry.at)
    )
    for at, action in s.execute(stmt):
        rows.append({"at": fmt_datetime(at), "action": AUDIT_ACTION_LABELS.get(action, action)})
    return rules.ReportTable(
        "history",
        "Verarbeitungsprotokoll",
        (("at", "Zeitpunkt"), ("action", "Vorgang")),
        tuple(rows),
        "Wann Ihre Kundenakte angelegt, geändert oder eingesehen wurde.",
    )


def default_providers() -> list[SectionProvider]:
    """Sections in report order. A module with more customer data adds its provider here
    (or a caller passes its own list to :class:`PrivacyService`)."""
    return [
        vouchers_section,
        bonus_section,
        sales_section,
        consents_section,
        requests_section,
        history_section,
    ]
