"""Custom customer fields (Kundenfelder): their types and how a typed value is checked.

Values are stored as canonical text so one column holds every type: ISO dates,
decimal numbers with a dot, "1"/"0" for yes/no, the choice text for choice lists.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from enum import StrEnum

from belbo_desktop.domain.errors import ValidationError
from belbo_desktop.domain.messages import Message
from belbo_desktop.domain.text import clean, has_control_chars


class FieldType(StrEnum):
    TEXT = "text"
    LONG_TEXT = "long_text"
    NUMBER = "number"
    DATE = "date"
    YES_NO = "yes_no"
    CHOICE = "choice"


FIELD_TYPE_LABELS: dict[FieldType, tuple[str, str]] = {
    FieldType.TEXT: ("Text", "Text"),
    FieldType.LONG_TEXT: ("Langer Text", "Long text"),
    FieldType.NUMBER: ("Zahl", "Number"),
    FieldType.DATE: ("Datum", "Date"),
    FieldType.YES_NO: ("Ja/Nein", "Yes/No"),
    FieldType.CHOICE: ("Auswahlliste", "Choice list"),
}

MAX_LENGTH = {FieldType.TEXT: 500, FieldType.LONG_TEXT: 20_000, FieldType.CHOICE: 200}
LABEL_MAX = 80
HELP_MAX = 300
MAX_CHOICES = 100
_TRUE = {"1", "ja", "yes", "true", "wahr", "j", "y"}
_FALSE = {"0", "nein", "no", "false", "falsch", "n"}


@dataclass(frozen=True)
class FieldSpec:
    """What a value is checked against: the definition's type, label and choices."""

    key: str
    label: str
    field_type: FieldType
    choices: tuple[str, ...] = field(default_factory=tuple)


def parse_date(value: str) -> dt.date:
    """Accept German ``24.11.2026`` (also ``24.11.26`` is refused: ambiguous) and ISO dates."""
    text = value.strip()
    m = re.fullmatch(r"(\d{1,2})\.(\d{1,2})\.(\d{4})", text)
    if m:
        return dt.date(int(m[3]), int(m[2]), int(m[1]))
    m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", text)
    if m:
        return dt.date(int(m[1]), int(m[2]), int(m[3]))
    raise ValueError(value)


def validate_value(spec: FieldSpec, raw: object) -> str | None:
    """Return the canonical stored text for ``raw``, ``None`` for empty, or raise."""

    def err(code: str, **params: object) -> ValidationError:
        return ValidationError({spec.key: Message(code, {"label": spec.label, **params})})

    if raw is None:
        return None
    if spec.field_type is FieldType.YES_NO and isinstance(raw, bool):
        return "1" if raw else "0"
    if spec.field_type is FieldType.DATE and isinstance(raw, dt.date):
        return raw.isoformat()
    if (
        spec.field_type is FieldType.NUMBER
        and isinstance(raw, int | Decimal)
        and not isinstance(raw, bool)
    ):
        raw = str(raw)
    if not isinstance(raw, str):
        raise err("number_invalid" if spec.field_type is FieldType.NUMBER else "required")
    multiline = spec.field_type is FieldType.LONG_TEXT
    text = clean(raw)
    if not text:
        return None
    if has_control_chars(text, multiline=multiline):
        raise err("control_chars")
    limit = MAX_LENGTH.get(spec.field_type, 500)
    if len(text) > limit:
        raise err("too_long", max=limit)
    match spec.field_type:
        case FieldType.TEXT | FieldType.LONG_TEXT:
            return text
        case FieldType.NUMBER:
            try:
                number = Decimal(text.replace(" ", "").replace(",", "."))
            except InvalidOperation:
                raise err("number_invalid") from None
            if not number.is_finite() or abs(number) >= Decimal("1e15"):
                raise err("number_invalid")
            return format(number.normalize(), "f")
        case FieldType.DATE:
            try:
                return parse_date(text).isoformat()
            except ValueError:
                raise err("date_invalid") from None
        case FieldType.YES_NO:
            low = text.casefold()
            if low in _TRUE:
                return "1"
            if low in _FALSE:
                return "0"
            raise err("bool_invalid")
        case FieldType.CHOICE:
            if text not in spec.choices:
                raise err("choice_invalid", value=text[:40])
            return text
    raise AssertionError(spec.field_type)  # pragma: no cover


def validate_definition(
    label: str, field_type: FieldType, choices: list[str], help_text: str
) -> tuple[str, tuple[str, ...], str]:
    """Check a field definition; returns the cleaned label, choices and help text."""
    errors: dict[str, Message] = {}
    label = clean(label)
    help_text = clean(help_text)
    if not label:
        errors["label"] = Message("required", {"label": "label"})
    elif len(label) > LABEL_MAX:
        errors["label"] = Message("too_long", {"label": "label", "max": LABEL_MAX})
    elif has_control_chars(label):
        errors["label"] = Message("control_chars", {"label": "label"})
    if len(help_text) > HELP_MAX:
        errors["help_text"] = Message("too_long", {"label": "help_text", "max": HELP_MAX})
    elif has_control_chars(help_text):
        errors["help_text"] = Message("control_chars", {"label": "help_text"})
    cleaned: list[str] = []
    if field_type is FieldType.CHOICE:
        for choice in choices:
            c = clean(choice)
            if not c:
                continue
            if len(c) > MAX_LENGTH[FieldType.CHOICE] or has_control_chars(c):
                errors["choices"] = Message(
                    "too_long", {"label": "choices", "max": MAX_LENGTH[FieldType.CHOICE]}
                )
                break
            if c in cleaned:
                errors["choices"] = Message("choices_duplicate", {"value": c[:40]})
                break
            cleaned.append(c)
        if not cleaned and "choices" not in errors:
            errors["choices"] = Message("choices_required")
        if len(cleaned) > MAX_CHOICES:
            errors["choices"] = Message("too_long", {"label": "choices", "max": MAX_CHOICES})
    if errors:
        raise ValidationError(errors)
    return label, tuple(cleaned), help_text
