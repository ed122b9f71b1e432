"""Text rules shared by every field: trimming, control characters, German folding."""

from __future__ import annotations

import unicodedata

_TRANSLIT = str.maketrans(
    {"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "ẞ": "SS"}
)
_ALLOWED_CONTROL = {"\n", "\t"}


def has_control_chars(value: str, multiline: bool = False) -> bool:
    """True if the text holds NUL or other control characters (newlines only if multiline)."""
    for ch in value:
        if unicodedata.category(ch) == "Cc" and not (multiline and ch in _ALLOWED_CONTROL):
            return True
        if ch in ("\u2028", "\u2029") and not multiline:
            return True
    return False


def clean(value: str | None) -> str:
    """Trim outer whitespace and normalise to NFC so "ü" is one code point everywhere."""
    if value is None:
        return ""
    return unicodedata.normalize("NFC", value).strip()


def fold(value: str) -> str:
    """Case- and accent-free form for sorting and matching: "Müller" -> "muller"."""
    decomposed = unicodedata.normalize("NFKD", value.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def transliterate(value: str) -> str:
    """German transliteration: "Müller" -> "mueller", "Strauß" -> "strauss"."""
    return fold(value.translate(_TRANSLIT))


def sort_key(*parts: str) -> str:
    """A collation key in DIN 5007-1 order (ä sorts as a), stable across platforms."""
    return " ".join(fold(p).replace("ß", "ss") for p in parts if p)
