"""Customer master data: the built-in fields and how they are checked and indexed."""

from __future__ import annotations

import contextlib
import datetime as dt
import re
from dataclasses import dataclass, field, fields

from belbo_desktop.domain.custom_fields import parse_date
from belbo_desktop.domain.errors import ValidationError
from belbo_desktop.domain.messages import Message
from belbo_desktop.domain.text import clean, has_control_chars, sort_key, transliterate

#: Built-in fields in display order; also the keys the export and privacy modules use.
BUILTIN_FIELDS: tuple[str, ...] = (
    "number",
    "first_name",
    "last_name",
    "email",
    "phone",
    "birthday",
    "street",
    "postcode",
    "city",
    "country",
    "notes",
    "marketing_consent",
    "created_at",
    "updated_at",
)

#: Built-in fields that identify a person: never a trade secret, erased on request.
IDENTIFYING_FIELDS: frozenset[str] = frozenset(
    {
        "number",
        "first_name",
        "last_name",
        "email",
        "phone",
        "birthday",
        "street",
        "postcode",
        "city",
    }
)

MAX_LENGTHS = {
    "first_name": 100,
    "last_name": 100,
    "email": 254,
    "phone": 40,
    "street": 200,
    "postcode": 10,
    "city": 100,
    "country": 2,
    "notes": 5000,
}
DEFAULT_REGION = "DE"
EARLIEST_BIRTHDAY = dt.date(1900, 1, 1)


@dataclass
class CustomerInput:
    """What a user typed for one customer; text as typed, checked by :func:`validate`."""

    first_name: str = ""
    last_name: str = ""
    email: str = ""
    phone: str = ""
    birthday: dt.date | str | None = None
    street: str = ""
    postcode: str = ""
    city: str = ""
    country: str = "DE"
    notes: str = ""
    marketing_consent: bool = False
    custom: dict[str, object] = field(default_factory=dict)


@dataclass(frozen=True)
class CleanCustomer:
    """Validated, normalised built-in values ready to store (phone as E.164)."""

    first_name: str
    last_name: str
    email: str | None
    phone: str | None
    birthday: dt.date | None
    street: str | None
    postcode: str | None
    city: str | None
    country: str
    notes: str | None
    marketing_consent: bool


def _text(
    errors: dict[str, Message],
    key: str,
    value: str,
    *,
    required: bool = False,
    multiline: bool = False,
) -> str | None:
    text = clean(value) if isinstance(value, str) else ""
    if not text:
        if required:
            errors[key] = Message("required", {"label": key})
        return None
    if has_control_chars(text, multiline=multiline):
        errors[key] = Message("control_chars", {"label": key})
        return None
    if len(text) > MAX_LENGTHS[key]:
        errors[key] = Message("too_long", {"label": key, "max": MAX_LENGTHS[key]})
        return None
    return text


def normalise_phone(value: str, region: str = DEFAULT_REGION) -> str:
    """E.164 form of a phone number typed in any common way; ValueError if not valid."""
    import phonenumbers  # imported on first use: it costs start-up time

    try:
        number = phonenumbers.parse(value, region)
    except phonenumbers.NumberParseException as exc:
        raise ValueError(value) from exc
    if not phonenumbers.is_valid_number(number):
        raise ValueError(value)
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def format_phone(e164: str) -> str:
    """Readable form: national for German numbers, international otherwise."""
    import phonenumbers

    try:
        number = phonenumbers.parse(e164, None)
    except phonenumbers.NumberParseException:
        return e164
    fmt = (
        phonenumbers.PhoneNumberFormat.NATIONAL
        if number.country_code == 49
        else phonenumbers.PhoneNumberFormat.INTERNATIONAL
    )
    return phonenumbers.format_number(number, fmt)


def validate(data: CustomerInput, today: dt.date) -> CleanCustomer:
    """Check every built-in field; raise one ValidationError listing all problems."""
    from email_validator import EmailNotValidError, validate_email

    errors: dict[str, Message] = {}
    first = _text(errors, "first_name", data.first_name, required=True)
    last = _text(errors, "last_name", data.last_name, required=True)
    email = _text(errors, "email", data.email)
    if email is not None:
        try:
            email = validate_email(email, check_deliverability=False).normalized
        except EmailNotValidError as exc:
            errors["email"] = Message(_email_problem(str(exc)))
            email = None
    phone = _text(errors, "phone", data.phone)
    if phone is not None:
        try:
            phone = normalise_phone(phone)
        except ValueError:
            errors["phone"] = Message("phone_invalid")
            phone = None
    birthday: dt.date | None = None
    if isinstance(data.birthday, dt.date):
        birthday = data.birthday
    elif isinstance(data.birthday, str) and clean(data.birthday):
        try:
            birthday = parse_date(clean(data.birthday))
        except ValueError:
            errors["birthday"] = Message("date_invalid", {"label": "birthday"})
    if birthday is not None:
        if birthday > today:
            errors["birthday"] = Message("birthday_future")
        elif birthday < EARLIEST_BIRTHDAY:
            errors["birthday"] = Message("birthday_too_old")
    street = _text(errors, "street", data.street)
    postcode = _text(errors, "postcode", data.postcode)
    if postcode is not None and not re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9 -]{2,9}", postcode):
        errors["postcode"] = Message("postcode_invalid")
    city = _text(errors, "city", data.city)
    country = (clean(data.country) or "DE").upper()
    if not re.fullmatch(r"[A-Z]{2}", country):
        errors["country"] = Message("required", {"label": "country"})
    notes = _text(errors, "notes", data.notes, multiline=True)
    if errors:
        raise ValidationError(errors)
    assert first is not None and last is not None
    return CleanCustomer(
        first,
        last,
        email,
        phone,
        birthday,
        street,
        postcode,
        city,
        country,
        notes,
        bool(data.marketing_consent),
    )


@dataclass(frozen=True)
class DuplicateKeys:
    """What identifies a possible duplicate, each part usable on its own."""

    email: str | None
    phone: str | None
    sort_key: str | None
    birthday: dt.date | None


def duplicate_keys(data: CustomerInput) -> DuplicateKeys:
    """The parts of a half-filled form that are already valid, so a duplicate can be
    pointed out while the rest of the form is still being typed."""
    from email_validator import EmailNotValidError, validate_email

    email = phone = None
    if clean(data.email):
        with contextlib.suppress(EmailNotValidError):
            email = validate_email(clean(data.email), check_deliverability=False).normalized
    if clean(data.phone):
        with contextlib.suppress(ValueError):
            phone = normalise_phone(clean(data.phone))
    birthday = data.birthday if isinstance(data.birthday, dt.date) else None
    if isinstance(data.birthday, str) and clean(data.birthday):
        try:
            birthday = parse_date(clean(data.birthday))
        except ValueError:
            birthday = None
    first, last = clean(data.first_name), clean(data.last_name)
    key = customer_sort_key(first, last) if first and last else None
    return DuplicateKeys(email, phone, key, birthday)


def _email_problem(raw: str) -> str:
    """email-validator explains in English prose; map it to a message code we translate."""
    low = raw.lower()
    if "must have an @-sign" in low:
        return "email_no_at"
    if "after the @-sign" in low:
        return "email_no_domain"
    if "before the @-sign" in low:
        return "email_no_name"
    if "too long" in low:
        return "email_too_long"
    if "domain" in low:
        return "email_bad_domain"
    return "email_invalid"


def phone_tokens(e164: str | None) -> list[str]:
    """Digit forms a person may type: national with 0 and international without +."""
    if not e164:
        return []
    digits = e164.lstrip("+")
    tokens = [digits]
    if e164.startswith("+49"):
        tokens.append("0" + e164[3:])
    return tokens


def search_text(
    number: int | None, first_name: str, last_name: str, email: str | None, phone: str | None
) -> str:
    """The text the full-text index sees for a customer.

    The index folds case and accents itself ("Müller" matches "muller"); German
    transliteration ("mueller", "strauss") and phone digit forms are added here.
    """
    parts = [first_name, last_name]
    for name in (first_name, last_name):
        trans = transliterate(name)
        if trans != name.lower():  # the index itself keeps "ß" and turns "ü" into "u" only
            parts.append(trans)
    if email:
        parts.append(email)
    parts.extend(phone_tokens(phone))
    if number is not None:
        parts.append(str(number))
    return " ".join(p for p in parts if p)


def customer_sort_key(first_name: str, last_name: str) -> str:
    return sort_key(last_name, first_name)


def match_query(text: str) -> str | None:
    """Turn what was typed in the search box into an FTS5 MATCH expression.

    Every word is a prefix; words narrow the result. Digit groups typed with spaces,
    slashes or dashes ("0176 12", "+49 176/12") are joined into one phone prefix.
    Returns None when nothing searchable was typed.
    """
    words = re.split(r"\s+", clean(text))
    terms: list[str] = []
    digits = ""
    for word in words:
        if not word:
            continue
        if re.fullmatch(r"\+?[\d/().-]+", word):
            digits += re.sub(r"\D", "", word)
            continue
        if digits:
            terms.append(digits)
            digits = ""
        terms.append(word)
    if digits:
        terms.append(digits)
    quoted = []
    for term in terms:
        cleaned = "".join(ch for ch in term if ch.isalnum() or ch in "@.-'")
        if not cleaned:
            continue
        quoted.append('"' + cleaned.replace('"', '""') + '"*')
    return " AND ".join(quoted) if quoted else None


def field_names() -> list[str]:
    return [f.name for f in fields(CleanCustomer)]
