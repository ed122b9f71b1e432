"""Everything the Datenauskunft shows about one customer, as plain data: the controller,
each field (trade-secret contents left out), the sections, and the files merged into it.

The PDF, JSON and ZIP writers in :mod:`belbo_desktop.documents` render this one value.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from belbo_desktop.domain import privacy as rules
from belbo_desktop.domain.custom_fields import FieldType
from belbo_desktop.domain.customers import BUILTIN_FIELDS, format_phone
from belbo_desktop.domain.messages import label
from belbo_desktop.services.ports import Clock
from belbo_desktop.services.privacy.field_classification import builtin_secrets, field_definitions
from belbo_desktop.services.privacy.merged_files import files_merged_into
from belbo_desktop.services.privacy.report_format import fmt_custom, fmt_date, fmt_datetime
from belbo_desktop.services.privacy.report_sections import SectionProvider, history_section
from belbo_desktop.storage.orm import Customer, CustomFieldDefinition, CustomFieldValue, Location


def build_report_data(
    s: Session,
    c: Customer,
    location_id: uuid.UUID,
    providers: Sequence[SectionProvider],
    clock: Clock,
) -> rules.ReportData:
    """The report on ``c``, an unmerged file the caller has checked access to."""
    loc = s.get(Location, location_id)
    assert loc is not None
    secrets = builtin_secrets(s, location_id)
    definitions = field_definitions(s, location_id)
    fields = report_fields(s, c, secrets, definitions)
    tables = []
    for provider in providers:
        table = provider(s, c.id, location_id)
        if table is not None:
            tables.append(table)
    controller = rules.Controller(
        loc.legal_name or loc.name,
        tuple(
            line
            for line in (
                loc.legal_name or loc.name,
                loc.street or "",
                " ".join(p for p in (loc.postcode, loc.city) if p),
            )
            if line
        ),
        loc.phone,
        loc.email,
        loc.website,
    )
    return rules.ReportData(
        clock.now(),
        controller,
        str(c.id),
        c.number,
        f"{c.first_name} {c.last_name}".strip(),
        fields,
        tuple(tables),
        merged_files=merged_file_reports(s, location_id, c, secrets, definitions),
    )


def merged_file_reports(
    s: Session,
    location_id: uuid.UUID,
    survivor: Customer,
    secrets: set[str],
    definitions: Sequence[CustomFieldDefinition],
) -> tuple[rules.MergedFileReport, ...]:
    """Every file merged into ``survivor`` (through chains too), with what only the
    archived file holds: master data, custom values (same secrets, same health rule)
    and its history. Its receipts and the rest are in the survivor's tables already."""
    merged = files_merged_into(s, survivor.id, location_id)
    numbers = dict(
        s.execute(
            select(Customer.id, Customer.number).where(
                Customer.id.in_({m.merged_into_id for m in merged})
            )
        ).all()
    )
    merged.sort(key=lambda m: (m.merged_at or m.updated_at, m.number))
    return tuple(
        rules.MergedFileReport(
            str(m.id),
            m.number,
            f"{m.first_name} {m.last_name}".strip(),
            m.merged_at or m.updated_at,
            numbers.get(m.merged_into_id or survivor.id, survivor.number),
            report_fields(s, m, secrets, definitions),
            history_section(s, m.id, location_id),
        )
        for m in merged
    )


def report_fields(
    s: Session,
    c: Customer,
    secrets: set[str],
    definitions: Sequence[CustomFieldDefinition],
) -> tuple[rules.ReportField, ...]:
    """One file's built-in and custom fields; trade-secret contents left out."""
    fields: list[rules.ReportField] = []
    for key in BUILTIN_FIELDS:
        value, display = _builtin_value(key, getattr(c, key))
        withheld = key in secrets
        fields.append(
            rules.ReportField(
                key,
                label(key),
                "master",
                "builtin",
                None if withheld else value,
                None if withheld else display,
                withheld,
            )
        )
    stored = dict(
        s.execute(
            select(CustomFieldValue.field_id, CustomFieldValue.value).where(
                CustomFieldValue.customer_id == c.id
            )
        ).all()
    )
    for d in definitions:
        raw_value = stored.get(d.id)
        if raw_value is None and d.archived_at is not None:
            continue  # an archived field this customer never had
        ftype = FieldType(d.field_type)
        withheld = d.is_trade_secret
        shown = None if (withheld or raw_value is None) else raw_value
        fields.append(
            rules.ReportField(
                str(d.id),
                d.label,
                "custom",
                ftype.value,
                shown,
                None if shown is None else fmt_custom(ftype, shown),
                withheld,
                d.is_health_data,
            )
        )
    return tuple(fields)


def _builtin_value(key: str, raw: object) -> tuple[str | None, str | None]:
    if raw is None or raw == "":
        return None, None
    if key == "phone" and isinstance(raw, str):
        return raw, format_phone(raw)
    if isinstance(raw, dt.datetime):
        return raw.astimezone(dt.UTC).isoformat(), fmt_datetime(raw)
    if isinstance(raw, dt.date):
        return raw.isoformat(), fmt_date(raw)
    if isinstance(raw, bool):
        return ("true" if raw else "false"), ("Ja" if raw else "Nein")
    return str(raw), str(raw)
