"""The privacy service: every Datenschutz use case starts here.

Each method checks the acting staff member's rights, opens the transaction and writes the
audit entry; the rows, report, files and anonymisation it delegates to live next door.
"""

from __future__ import annotations

import dataclasses
import uuid
from collections.abc import Sequence
from pathlib import Path

from sqlalchemy.orm import Session

from belbo_desktop.domain import privacy as rules
from belbo_desktop.domain.errors import NotFound, ValidationError
from belbo_desktop.domain.messages import Message
from belbo_desktop.domain.privacy import ConsentKind, ConsentMethod, RequestStatus
from belbo_desktop.domain.rights import Right
from belbo_desktop.services import audit
from belbo_desktop.services.actor import Actor
from belbo_desktop.services.ports import Clock, local_today
from belbo_desktop.services.privacy.consents import (
    ConsentRow,
    consent_of,
    consent_rows,
    record_consent,
    withdraw,
)
from belbo_desktop.services.privacy.erasure import (
    ErasureResult,
    anonymise_with_merged,
    delete_health_values,
    delete_report_copies,
)
from belbo_desktop.services.privacy.field_classification import (
    FieldPrivacy,
    apply_classification,
    field_list,
)
from belbo_desktop.services.privacy.merged_files import refuse_merged
from belbo_desktop.services.privacy.report_data import build_report_data
from belbo_desktop.services.privacy.report_files import ReportFiles, write_report_files
from belbo_desktop.services.privacy.report_sections import SectionProvider, default_providers
from belbo_desktop.services.privacy.request_register import (
    RequestRow,
    RequestSummary,
    close,
    extend,
    new_request,
    note_identity_check,
    open_request,
    request_rows,
    summarise,
)
from belbo_desktop.storage.orm import Customer
from belbo_desktop.storage.unit_of_work import UnitOfWork


class PrivacyService:
    def __init__(
        self,
        uow: UnitOfWork,
        clock: Clock,
        documents_dir: Path,
        providers: Sequence[SectionProvider] | None = None,
    ) -> None:
        self.uow = uow
        self.clock = clock
        self.documents_dir = documents_dir
        self.providers = list(default_providers() if providers is None else providers)

    # --- Betriebsgeheimnis ---------------------------------------------------------------

    def fields(self, actor: Actor) -> list[FieldPrivacy]:
        """Every customer field, built-in and custom, with its privacy classification."""
        actor.require(Right.VIEW_CUSTOMERS)
        with self.uow.read() as s:
            return field_list(s, actor.location_id)

    def set_trade_secret(self, actor: Actor, key: str, marked: bool) -> FieldPrivacy:
        """Mark or unmark one field; refused for fields that identify the customer."""
        return self.classify(actor, [(key, "trade_secret", marked)])[0]

    def set_identifying(self, actor: Actor, field_id: str, identifying: bool) -> FieldPrivacy:
        """Declare a custom field identifying (e.g. a membership card number)."""
        return self.classify(actor, [(field_id, "identifying", identifying)])[0]

    def set_health_data(self, actor: Actor, field_id: str, health: bool) -> FieldPrivacy:
        """Declare a custom field special-category health data (Art. 9 DSGVO)."""
        return self.classify(actor, [(field_id, "health_data", health)])[0]

    def classify(
        self, actor: Actor, changes: Sequence[tuple[str, str, bool]]
    ) -> list[FieldPrivacy]:
        """Apply (field key, flag, value) changes in one transaction: all or nothing.

        ``flag`` is "trade_secret", "identifying" or "health_data". Each real change is
        audited with the field, the old and the new state.
        """
        actor.require(Right.PRIVACY_SETTINGS)
        with self.uow.write() as s:
            return [self._classify(s, actor, key, flag, value) for key, flag, value in changes]

    def _classify(self, s: Session, actor: Actor, key: str, flag: str, value: bool) -> FieldPrivacy:
        result, old = apply_classification(s, actor, key, flag, value)
        if old != value:
            audit.record(
                s,
                self.clock,
                actor,
                "trade_secret_changed"
                if flag == "trade_secret"
                else "field_classification_changed",
                target_type="customer_field",
                target_id=key,
                field=result.label,
                flag=flag,
                old=old,
                new=value,
            )
        return result

    # --- consents ------------------------------------------------------------------------

    def consents(self, actor: Actor, customer_id: uuid.UUID) -> list[ConsentRow]:
        actor.require(Right.VIEW_CUSTOMERS)
        with self.uow.read() as s:
            self._customer(s, actor, customer_id)
            return consent_rows(s, customer_id)

    def give_consent(
        self,
        actor: Actor,
        customer_id: uuid.UUID,
        kind: ConsentKind,
        method: ConsentMethod = ConsentMethod.SIGNED_FORM,
    ) -> ConsentRow:
        """Record a consent in the current wording; the wording's version is kept with it."""
        actor.require(Right.EDIT_CUSTOMERS)
        with self.uow.write() as s:
            customer = self._customer(s, actor, customer_id)
            consent = record_consent(s, actor, customer, kind, method, self.clock)
            audit.record(
                s,
                self.clock,
                actor,
                "consent_given",
                target_type="customer",
                target_id=customer_id,
                kind=kind.value,
                text_version=consent.text_version,
                consent_id=consent.id,
            )
            return consent_rows(s, customer_id, consent.id)[0]

    def withdraw_consent(
        self, actor: Actor, consent_id: uuid.UUID, *, erase_health_values: bool = False
    ) -> ConsentRow:
        """Withdraw a consent; for health data optionally erase the stored health values."""
        actor.require(Right.EDIT_CUSTOMERS)
        if erase_health_values:
            actor.require(Right.EDIT_HEALTH_DATA)
        with self.uow.write() as s:
            consent = consent_of(s, actor, consent_id)
            customer = self._customer(s, actor, consent.customer_id)
            withdraw(consent, customer, actor, self.clock)
            audit.record(
                s,
                self.clock,
                actor,
                "consent_withdrawn",
                target_type="customer",
                target_id=customer.id,
                kind=consent.kind,
                consent_id=consent.id,
            )
            if erase_health_values and consent.kind == ConsentKind.HEALTH_DATA.value:
                removed = delete_health_values(s, actor.location_id, customer.id)
                audit.record(
                    s,
                    self.clock,
                    actor,
                    "health_data_erased",
                    target_type="customer",
                    target_id=customer.id,
                    values=removed,
                )
            s.flush()
            return consent_rows(s, customer.id, consent.id)[0]

    # --- requests register ---------------------------------------------------------------

    def register_request(
        self, actor: Actor, customer_id: uuid.UUID, data: rules.RequestInput
    ) -> RequestRow:
        actor.require(Right.PRIVACY_REQUESTS)
        data = rules.validate_request(data, local_today(self.clock))
        with self.uow.write() as s:
            self._customer(s, actor, customer_id)
            req = new_request(actor, customer_id, data)
            s.add(req)
            s.flush()
            audit.record(
                s,
                self.clock,
                actor,
                "privacy_request_registered",
                target_type="customer",
                target_id=customer_id,
                request_id=req.id,
                kind=data.kind.value,
                received_on=data.received_on,
            )
            return request_rows(s, actor, self.clock, request_id=req.id)[0]

    def verify_identity(self, actor: Actor, request_id: uuid.UUID, note: str) -> RequestRow:
        """Record who checked the requester's identity and how (e.g. "Ausweis vorgelegt")."""
        actor.require(Right.PRIVACY_REQUESTS)
        how = rules.validate_reason(note, "note")
        with self.uow.write() as s:
            req = open_request(s, actor, request_id)
            note_identity_check(req, actor, self.clock, how)
            audit.record(
                s,
                self.clock,
                actor,
                "privacy_request_identity_verified",
                target_type="customer",
                target_id=req.customer_id,
                request_id=req.id,
            )
            s.flush()
            return request_rows(s, actor, self.clock, request_id=req.id)[0]

    def extend_request(self, actor: Actor, request_id: uuid.UUID, reason: str) -> RequestRow:
        """Extend by two months once, with the reason the customer must be told."""
        actor.require(Right.PRIVACY_REQUESTS)
        why = rules.validate_reason(reason)
        with self.uow.write() as s:
            req = open_request(s, actor, request_id)
            extend(req, why)
            audit.record(
                s,
                self.clock,
                actor,
                "privacy_request_extended",
                target_type="customer",
                target_id=req.customer_id,
                request_id=req.id,
                until=req.extended_until,
            )
            s.flush()
            return request_rows(s, actor, self.clock, request_id=req.id)[0]

    def close_request(
        self, actor: Actor, request_id: uuid.UUID, status: RequestStatus, note: str = ""
    ) -> RequestRow:
        """Mark fulfilled (identity must be verified) or rejected (a reason is required)."""
        actor.require(Right.PRIVACY_REQUESTS)
        if status is RequestStatus.OPEN:
            raise ValidationError({"status": Message("request_closed")})
        outcome = rules.validate_reason(note) if status is RequestStatus.REJECTED else note
        with self.uow.write() as s:
            req = open_request(s, actor, request_id)
            close(req, actor, self.clock, status, outcome)
            audit.record(
                s,
                self.clock,
                actor,
                "privacy_request_closed",
                target_type="customer",
                target_id=req.customer_id,
                request_id=req.id,
                status=status.value,
            )
            s.flush()
            return request_rows(s, actor, self.clock, request_id=req.id)[0]

    def requests(
        self, actor: Actor, *, open_only: bool = False, customer_id: uuid.UUID | None = None
    ) -> list[RequestRow]:
        """The register, the most urgent first."""
        actor.require(Right.PRIVACY_REQUESTS)
        with self.uow.read() as s:
            return request_rows(s, actor, self.clock, open_only=open_only, customer_id=customer_id)

    def attention(self, actor: Actor) -> RequestSummary:
        """For the login: open requests, overdue and due within a week. Empty without right."""
        if not actor.can(Right.PRIVACY_REQUESTS):
            return RequestSummary(0, 0, 0, ())
        with self.uow.read() as s:
            rows = request_rows(s, actor, self.clock, open_only=True)
        return summarise(rows)

    # --- Datenauskunft -------------------------------------------------------------------

    def report_data(self, actor: Actor, customer_id: uuid.UUID) -> rules.ReportData:
        """Everything stored about one customer, trade-secret contents left out."""
        actor.require(Right.PRIVACY_REQUESTS)
        with self.uow.read() as s:
            data = self._report_data(s, actor, customer_id)
        if data.has_health_values:
            actor.require(Right.VIEW_HEALTH_DATA)
        return data

    def create_report(
        self,
        actor: Actor,
        customer_id: uuid.UUID,
        *,
        request_id: uuid.UUID | None = None,
        out_dir: Path | None = None,
    ) -> ReportFiles:
        """Write the PDF, the JSON and the ZIP (JSON + CSV); audit; attach to the request."""
        actor.require(Right.PRIVACY_REQUESTS)
        with self.uow.read() as s:
            data = self._report_data(s, actor, customer_id)
            if data.has_health_values:
                actor.require(Right.VIEW_HEALTH_DATA)  # the files show them
            if request_id is not None:
                req = open_request(s, actor, request_id)
                data = dataclasses.replace(data, request_received_on=req.received_on)
        folder = out_dir or (self.documents_dir / "datenauskunft")
        report, files = write_report_files(data, folder, local_today(self.clock))
        with self.uow.write() as s:
            if request_id is not None:
                req = open_request(s, actor, request_id)
                req.files = [*(req.files or []), *files]
            audit.record(
                s,
                self.clock,
                actor,
                "data_access_report",
                target_type="customer",
                target_id=customer_id,
                request_id=request_id,
                files=files,
                withheld=[f.key for f in data.withheld_fields],
                health_fields=[f.key for f in data.fields if f.health_data and f.value],
                merged_files=[
                    {
                        "customer_id": m.customer_id,
                        "number": m.customer_number,
                        "withheld": [f.key for f in m.withheld_fields],
                        "health_fields": [f.key for f in m.fields if f.health_data and f.value],
                    }
                    for m in data.merged_files
                ],
            )
        return report

    def _report_data(self, s: Session, actor: Actor, customer_id: uuid.UUID) -> rules.ReportData:
        c = self._customer(s, actor, customer_id)
        refuse_merged(s, c, "report_merged_file")
        return build_report_data(s, c, actor.location_id, self.providers, self.clock)

    # --- erasure -------------------------------------------------------------------------

    def erase(
        self,
        actor: Actor,
        customer_id: uuid.UUID,
        *,
        reason: str,
        confirmation: str,
        request_id: uuid.UUID | None = None,
    ) -> ErasureResult:
        """Erase a customer by anonymisation (Art. 17), irreversibly.

        Name, contact data, notes and every custom value are removed, the search index
        entry is rewritten and earlier report files on this PC are deleted, for this file
        and every file merged into it (one transaction, each erasure audited); the anonymous
        record stays so that receipts and voucher ledger entries kept for tax law
        (§ 147 AO) remain complete but point to no one.
        """
        actor.require(Right.ERASE_CUSTOMERS)
        why = rules.validate_reason(reason)
        with self.uow.write() as s:
            c = self._customer(s, actor, customer_id)
            refuse_merged(s, c, "erase_merged_file")
            if confirmation.strip() != str(c.number):
                raise ValidationError(
                    {"confirmation": Message("erase_confirm_mismatch", {"number": c.number})}
                )
            if request_id is not None:
                open_request(s, actor, request_id)
            now = self.clock.now()
            removed, merged = anonymise_with_merged(
                s, actor, c, now, why, request_id, sqlite=self.uow.is_sqlite
            )
            audit.record(
                s,
                self.clock,
                actor,
                "customer_erased",
                target_type="customer",
                target_id=c.id,
                number=c.number,
                request_id=request_id,
                values_removed=removed,
                merged_files=[m.number for m, _ in merged],
            )
            for m, merged_removed in merged:
                audit.record(
                    s,
                    self.clock,
                    actor,
                    "customer_erased",
                    target_type="customer",
                    target_id=m.id,
                    number=m.number,
                    request_id=request_id,
                    values_removed=merged_removed,
                    merged_into=c.id,
                    merged_into_number=c.number,
                )
            result = ErasureResult(
                c.id,
                c.number,
                now,
                removed + sum(n for _, n in merged),
                tuple(m.number for m, _ in merged),
            )
        # Copies of earlier data-access reports kept on this PC are personal data too; the
        # register keeps their names and checksums as proof of what was handed out.
        delete_report_copies(
            self.documents_dir / "datenauskunft", (result.number, *result.merged_numbers)
        )
        return result

    def subject(self, actor: Actor, customer_id: uuid.UUID) -> tuple[int, str]:
        """Number and name for a confirmation dialog (no custom fields, so no audit)."""
        actor.require(Right.VIEW_CUSTOMERS)
        with self.uow.read() as s:
            c = self._customer(s, actor, customer_id)
            return c.number, f"{c.first_name} {c.last_name}".strip()

    # --- shared --------------------------------------------------------------------------

    @staticmethod
    def _customer(s: Session, actor: Actor, customer_id: uuid.UUID) -> Customer:
        c = s.get(Customer, customer_id)
        if c is None or c.deleted_at is not None or c.location_id != actor.location_id:
            raise NotFound(Message("not_found", {"what": "customer"}))
        return c
