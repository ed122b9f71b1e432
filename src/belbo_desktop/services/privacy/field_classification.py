"""How each customer field is classified: trade secret (Betriebsgeheimnis), identifying,
health data. The Datenauskunft leaves trade-secret contents out, so the rules that keep
identifying and health fields from being marked secret live here with the flags.

Built-in fields keep their secret marks in a location setting; custom fields on their
definition.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from belbo_desktop.domain import privacy as rules
from belbo_desktop.domain.custom_fields import FIELD_TYPE_LABELS, FieldType
from belbo_desktop.domain.customers import BUILTIN_FIELDS
from belbo_desktop.domain.errors import NotFound, ValidationError
from belbo_desktop.domain.messages import Language, Message, label
from belbo_desktop.domain.privacy import SecretBlock
from belbo_desktop.services.actor import Actor
from belbo_desktop.storage.orm import CustomFieldDefinition, Setting

#: Location setting: the built-in field keys marked as trade secret.
BUILTIN_SECRETS_SETTING = "privacy.trade_secret_builtins"


@dataclass(frozen=True)
class FieldPrivacy:
    """One customer field on the Betriebsgeheimnis page."""

    key: str
    label: str
    builtin: bool
    field_type: str
    trade_secret: bool
    identifying: bool
    health_data: bool
    archived: bool
    block: SecretBlock | None

    @property
    def can_be_secret(self) -> bool:
        return self.block is None

    def block_text(self, lang: Language = "de") -> str | None:
        return None if self.block is None else Message(self.block.value).text(lang)


def field_list(s: Session, location_id: uuid.UUID) -> list[FieldPrivacy]:
    """Every customer field, built-in and custom, with its privacy classification."""
    secrets = builtin_secrets(s, location_id)
    out = [
        FieldPrivacy(
            key,
            label(key),
            True,
            "builtin",
            key in secrets,
            rules.builtin_secret_block(key) is SecretBlock.IDENTIFYING,
            False,
            False,
            rules.builtin_secret_block(key),
        )
        for key in BUILTIN_FIELDS
    ]
    for d in field_definitions(s, location_id):
        out.append(field_privacy(d))
    return out


def apply_classification(
    s: Session, actor: Actor, key: str, flag: str, value: bool
) -> tuple[FieldPrivacy, bool]:
    """Set one flag on one field; returns the field and the flag's old value."""
    if flag == "trade_secret" and key in BUILTIN_FIELDS:
        block = rules.builtin_secret_block(key)
        if value and block is not None:
            raise ValidationError({key: Message(block.value)})
        secrets = builtin_secrets(s, actor.location_id)
        old = key in secrets
        store_builtin_secrets(
            s, actor.location_id, (secrets | {key}) if value else (secrets - {key})
        )
        result = FieldPrivacy(key, label(key), True, "builtin", value, False, False, False, block)
    else:
        d = field_definition(s, actor, key)
        if flag == "trade_secret":
            block = rules.custom_secret_block(d.is_identifying, d.is_health_data)
            if value and block is not None:
                raise ValidationError({key: Message(block.value)})
            old = d.is_trade_secret
            d.is_trade_secret = value
        elif flag in ("identifying", "health_data"):
            if value and d.is_trade_secret:
                raise ValidationError({key: Message("secret_then_identifying")})
            column = "is_" + flag
            old = bool(getattr(d, column))
            setattr(d, column, value)
        else:
            raise ValueError(flag)
        result = field_privacy(d)
    return result, old


def builtin_secrets(s: Session, location_id: uuid.UUID) -> set[str]:
    row = s.scalars(
        select(Setting).where(
            Setting.location_id == location_id, Setting.key == BUILTIN_SECRETS_SETTING
        )
    ).first()
    return set(row.value) if row is not None and isinstance(row.value, list) else set()


def store_builtin_secrets(s: Session, location_id: uuid.UUID, keys: set[str]) -> None:
    row = s.scalars(
        select(Setting).where(
            Setting.location_id == location_id, Setting.key == BUILTIN_SECRETS_SETTING
        )
    ).first()
    value = sorted(keys)
    if row is None:
        s.add(Setting(location_id=location_id, key=BUILTIN_SECRETS_SETTING, value=value))
    else:
        row.value = value


def field_definitions(s: Session, location_id: uuid.UUID) -> list[CustomFieldDefinition]:
    return list(
        s.scalars(
            select(CustomFieldDefinition)
            .where(
                CustomFieldDefinition.location_id == location_id,
                CustomFieldDefinition.deleted_at.is_(None),
            )
            .order_by(CustomFieldDefinition.position, CustomFieldDefinition.label)
        )
    )


def field_definition(s: Session, actor: Actor, field_id: str) -> CustomFieldDefinition:
    try:
        fid = uuid.UUID(field_id)
    except ValueError:
        fid = None
    d = s.get(CustomFieldDefinition, fid) if fid else None
    if d is None or d.location_id != actor.location_id or d.deleted_at is not None:
        raise NotFound(Message("not_found", {"what": "custom_field"}))
    return d


def field_privacy(d: CustomFieldDefinition) -> FieldPrivacy:
    return FieldPrivacy(
        str(d.id),
        d.label,
        False,
        d.field_type,
        d.is_trade_secret,
        d.is_identifying,
        d.is_health_data,
        d.archived_at is not None,
        rules.custom_secret_block(d.is_identifying, d.is_health_data),
    )


def field_type_label(field_type: str, lang: Language = "de") -> str:
    if field_type == "builtin":
        return "Standardfeld" if lang == "de" else "Built-in field"
    de, en = FIELD_TYPE_LABELS[FieldType(field_type)]
    return en if lang == "en" else de
