"""Settings > Kundenfelder: define, rename, reorder and archive custom customer fields."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from belbo_desktop.domain.custom_fields import FieldSpec, FieldType, validate_definition
from belbo_desktop.domain.errors import NotFound, ValidationError
from belbo_desktop.domain.messages import Message
from belbo_desktop.domain.rights import Right
from belbo_desktop.services import audit
from belbo_desktop.services.actor import Actor
from belbo_desktop.services.ports import Clock
from belbo_desktop.storage.orm import CustomFieldDefinition
from belbo_desktop.storage.unit_of_work import UnitOfWork


@dataclass(frozen=True)
class CustomField:
    id: uuid.UUID
    label: str
    field_type: FieldType
    choices: tuple[str, ...]
    help_text: str
    position: int
    archived: bool
    health_data: bool = False

    @property
    def key(self) -> str:
        return str(self.id)

    def spec(self) -> FieldSpec:
        return FieldSpec(self.key, self.label, self.field_type, self.choices)


def to_field(d: CustomFieldDefinition) -> CustomField:
    return CustomField(
        d.id,
        d.label,
        FieldType(d.field_type),
        tuple(d.choices or ()),
        d.help_text or "",
        d.position,
        d.archived_at is not None,
        bool(d.is_health_data),
    )


def load_fields(s: Session, location_id: uuid.UUID, include_archived: bool) -> list[CustomField]:
    stmt = (
        select(CustomFieldDefinition)
        .where(
            CustomFieldDefinition.location_id == location_id,
            CustomFieldDefinition.deleted_at.is_(None),
        )
        .order_by(CustomFieldDefinition.position, CustomFieldDefinition.label)
    )
    if not include_archived:
        stmt = stmt.where(CustomFieldDefinition.archived_at.is_(None))
    return [to_field(d) for d in s.scalars(stmt)]


class CustomFieldService:
    def __init__(self, uow: UnitOfWork, clock: Clock) -> None:
        self.uow = uow
        self.clock = clock

    def list_fields(self, actor: Actor, include_archived: bool = False) -> list[CustomField]:
        """The fields this staff member may see: health data (Art. 9) only with the right,
        so forms and list columns never offer a field whose value is withheld."""
        actor.require(Right.VIEW_CUSTOMERS)
        with self.uow.read() as s:
            fields = load_fields(s, actor.location_id, include_archived)
        if actor.can(Right.VIEW_HEALTH_DATA):
            return fields
        return [f for f in fields if not f.health_data]

    def define(
        self,
        actor: Actor,
        label: str,
        field_type: FieldType,
        choices: list[str] | None = None,
        help_text: str = "",
    ) -> CustomField:
        actor.require(Right.MANAGE_CUSTOM_FIELDS)
        label, clean_choices, help_text = validate_definition(
            label, field_type, choices or [], help_text
        )
        with self.uow.write() as s:
            self._check_unique(s, actor.location_id, label, None)
            position = s.scalar(
                select(func.coalesce(func.max(CustomFieldDefinition.position), 0)).where(
                    CustomFieldDefinition.location_id == actor.location_id
                )
            )
            d = CustomFieldDefinition(
                location_id=actor.location_id,
                label=label,
                field_type=field_type.value,
                choices=list(clean_choices),
                help_text=help_text or None,
                position=(position or 0) + 1,
            )
            s.add(d)
            s.flush()
            audit.record(
                s,
                self.clock,
                actor,
                "custom_field_defined",
                target_type="custom_field",
                target_id=d.id,
                label=label,
                field_type=field_type.value,
            )
            return to_field(d)

    def update(
        self,
        actor: Actor,
        field_id: uuid.UUID,
        *,
        label: str,
        choices: list[str] | None = None,
        help_text: str = "",
    ) -> CustomField:
        """Rename, change help text or choices. The type never changes: values stay valid."""
        actor.require(Right.MANAGE_CUSTOM_FIELDS)
        with self.uow.write() as s:
            d = self._get(s, actor, field_id)
            field_type = FieldType(d.field_type)
            new_label, clean_choices, new_help = validate_definition(
                label, field_type, choices if choices is not None else list(d.choices), help_text
            )
            self._check_unique(s, actor.location_id, new_label, d.id)
            before = {"label": d.label, "choices": list(d.choices), "help_text": d.help_text}
            d.label, d.choices, d.help_text = new_label, list(clean_choices), new_help or None
            audit.record(
                s,
                self.clock,
                actor,
                "custom_field_changed",
                target_type="custom_field",
                target_id=d.id,
                before=before,
                after={"label": new_label, "choices": list(clean_choices), "help_text": new_help},
            )
            return to_field(d)

    def reorder(self, actor: Actor, ordered_ids: list[uuid.UUID]) -> None:
        actor.require(Right.MANAGE_CUSTOM_FIELDS)
        with self.uow.write() as s:
            for position, field_id in enumerate(ordered_ids, start=1):
                self._get(s, actor, field_id).position = position
            audit.record(
                s,
                self.clock,
                actor,
                "custom_fields_reordered",
                target_type="custom_field",
                order=ordered_ids,
            )

    def set_archived(self, actor: Actor, field_id: uuid.UUID, archived: bool) -> CustomField:
        """Archive hides a field from forms; its stored values are kept and come back."""
        actor.require(Right.MANAGE_CUSTOM_FIELDS)
        with self.uow.write() as s:
            d = self._get(s, actor, field_id)
            d.archived_at = self.clock.now() if archived else None
            audit.record(
                s,
                self.clock,
                actor,
                "custom_field_archived" if archived else "custom_field_restored",
                target_type="custom_field",
                target_id=d.id,
                label=d.label,
            )
            return to_field(d)

    def _get(self, s: Session, actor: Actor, field_id: uuid.UUID) -> CustomFieldDefinition:
        d = s.get(CustomFieldDefinition, field_id)
        if d is None or d.location_id != actor.location_id or d.deleted_at is not None:
            raise NotFound(Message("not_found", {"what": "custom_field"}))
        return d

    @staticmethod
    def _check_unique(
        s: Session, location_id: uuid.UUID, label: str, own_id: uuid.UUID | None
    ) -> None:
        stmt = select(CustomFieldDefinition.id).where(
            CustomFieldDefinition.location_id == location_id,
            CustomFieldDefinition.deleted_at.is_(None),
            func.lower(CustomFieldDefinition.label) == label.lower(),
        )
        found = s.scalars(stmt).first()
        if found is not None and found != own_id:
            raise ValidationError({"label": Message("field_label_taken", {"value": label})})
