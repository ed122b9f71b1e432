"""Voucher rules: readable codes with a check character, validity, VAT treatment, state.

A code is 14 random characters from a 31-letter alphabet without look-alikes (no 0/O,
1/I/L) plus one check character, printed in three groups of five: ``K7QF9-2MDX4-TPH3R``.
14 random characters carry 69 bits, so codes cannot be guessed. The check character is
a weighted sum modulo 31 (a prime): every single wrong character and every swap of two
characters changes it, so a typo is rejected instead of matching another voucher.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from belbo_desktop.domain.money import Money

ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
_INDEX = {ch: i for i, ch in enumerate(ALPHABET)}
RANDOM_CHARS = 14
CODE_CHARS = RANDOM_CHARS + 1
GROUP = 5
#: Characters people (and scanners on a German keyboard layout) put between groups.
_SEPARATORS = str.maketrans("", "", " -–—_ß./\t")

DEFAULT_VALIDITY_YEARS = 3


class CodeProblem(StrEnum):
    EMPTY = "voucher_code_empty"
    BAD_CHARACTER = "voucher_code_bad_char"
    WRONG_LENGTH = "voucher_code_length"
    CHECK_FAILED = "voucher_code_check"


class InvalidCode(ValueError):
    def __init__(self, problem: CodeProblem, detail: str = "") -> None:
        super().__init__(problem.value)
        self.problem = problem
        self.detail = detail


def check_character(body: str) -> str:
    """The check character for ``body`` (weights 1, 2, 3, ... are distinct modulo 31)."""
    total = sum((pos + 1) * _INDEX[ch] for pos, ch in enumerate(body))
    return ALPHABET[total % len(ALPHABET)]


def new_code(randbelow: object) -> str:
    """A fresh normalised code (no separators); ``randbelow`` is RandomSource.randbelow."""
    body = "".join(ALPHABET[randbelow(len(ALPHABET))] for _ in range(RANDOM_CHARS))  # type: ignore[operator]
    return body + check_character(body)


def normalise_code(text: str) -> str:
    """What was typed or scanned, as stored: upper case, separators removed, checked.

    Raises :class:`InvalidCode` for anything that is not a well-formed code.
    """
    cleaned = (text or "").translate(_SEPARATORS).upper()
    if not cleaned:
        raise InvalidCode(CodeProblem.EMPTY)
    bad = sorted({ch for ch in cleaned if ch not in _INDEX})
    if bad:
        raise InvalidCode(CodeProblem.BAD_CHARACTER, "".join(bad))
    if len(cleaned) != CODE_CHARS:
        raise InvalidCode(CodeProblem.WRONG_LENGTH, str(len(cleaned)))
    if check_character(cleaned[:-1]) != cleaned[-1]:
        raise InvalidCode(CodeProblem.CHECK_FAILED)
    return cleaned


_QWERTZ = str.maketrans("YZyz", "ZYzy")


def keyboard_layout_variant(text: str) -> str | None:
    """The text as a scanner set to a US layout types it on a German keyboard (Y and Z
    swapped), or None if no Y/Z is in it. Tried only after the check character failed."""
    swapped = text.translate(_QWERTZ)
    return swapped if swapped != text else None


def format_code(code: str) -> str:
    """Grouped for print and reading aloud: ``K7QF9-2MDX4-TPH3R``."""
    return "-".join(code[i : i + GROUP] for i in range(0, len(code), GROUP))


def default_valid_until(sold_on: dt.date, years: int = DEFAULT_VALIDITY_YEARS) -> dt.date:
    """Until 31 December of the ``years``-th year after the year of sale (§§ 195, 199 BGB)."""
    return dt.date(sold_on.year + years, 12, 31)


class VoucherKind(StrEnum):
    VALUE = "value"  # an amount, redeemable in parts
    SERVICE = "service"  # one named service


class VatTreatment(StrEnum):
    SINGLE_PURPOSE = "single"  # Einzweckgutschein: VAT due at sale
    MULTI_PURPOSE = "multi"  # Mehrzweckgutschein: VAT due at redemption


def default_treatment(kind: VoucherKind, catalogue_rates: Iterable[int]) -> VatTreatment:
    """Service vouchers name one service, so its VAT is known at sale: single purpose.

    A value voucher is single purpose only if everything it can buy carries one VAT
    rate; as soon as services or products with different rates exist it is multi purpose.
    """
    if kind is VoucherKind.SERVICE:
        return VatTreatment.SINGLE_PURPOSE
    return (
        VatTreatment.SINGLE_PURPOSE
        if len(set(catalogue_rates)) == 1
        else VatTreatment.MULTI_PURPOSE
    )


class EntryKind(StrEnum):
    ISSUE = "issue"
    REDEMPTION = "redemption"
    REDEMPTION_REVERSAL = "redemption_reversal"  # Storno of a sale that redeemed
    ISSUE_REVERSAL = "issue_reversal"  # Storno of the sale that sold the voucher
    REFUND = "refund"  # rest value paid out
    CANCELLATION = "cancellation"  # voided, e.g. issued by mistake
    EXPIRY = "expiry"


#: Entries after which a voucher can never be used again.
CLOSING_KINDS = frozenset(
    {EntryKind.ISSUE_REVERSAL, EntryKind.REFUND, EntryKind.CANCELLATION, EntryKind.EXPIRY}
)


class VoucherState(StrEnum):
    ACTIVE = "active"
    PARTLY_REDEEMED = "partly_redeemed"
    REDEEMED = "redeemed"
    EXPIRED = "expired"
    CANCELLED = "cancelled"


def voucher_state(
    face_value: Money,
    balance: Money,
    valid_until: dt.date,
    today: dt.date,
    closed_by: EntryKind | None,
) -> VoucherState:
    """The state shown in the overview, derived from the ledger and the date."""
    if closed_by is EntryKind.EXPIRY:
        return VoucherState.EXPIRED
    if closed_by is not None:
        return VoucherState.CANCELLED
    if balance.cents <= 0:
        return VoucherState.REDEEMED
    if today > valid_until:
        return VoucherState.EXPIRED
    if balance < face_value:
        return VoucherState.PARTLY_REDEEMED
    return VoucherState.ACTIVE


def redeemable_problem(
    balance: Money, valid_until: dt.date, today: dt.date, closed_by: EntryKind | None
) -> str | None:
    """Why a voucher cannot pay now (a message code), or None if it can."""
    if closed_by is EntryKind.EXPIRY or (closed_by is None and today > valid_until):
        return "voucher_expired"
    if closed_by is not None:
        return "voucher_cancelled"
    if balance.cents <= 0:
        return "voucher_used_up"
    return None


@dataclass(frozen=True)
class VoucherTerms:
    """Short terms printed on the handout."""

    treatment: VatTreatment
    valid_until: dt.date

    def lines(self, lang: str = "de") -> list[str]:
        until = self.valid_until.strftime("%d.%m.%Y")
        if lang == "en":
            kind = (
                "Single-purpose voucher (VAT paid at purchase)."
                if self.treatment is VatTreatment.SINGLE_PURPOSE
                else "Multi-purpose voucher (VAT due on redemption)."
            )
            return [
                f"Valid until {until}. Redeemable in parts; the rest remains on the voucher.",
                "No cash payment. Please bring the voucher; keep the code secret.",
                kind,
            ]
        kind = (
            "Einzweckgutschein (Umsatzsteuer beim Kauf entrichtet)."
            if self.treatment is VatTreatment.SINGLE_PURPOSE
            else "Mehrzweckgutschein (Umsatzsteuer bei Einlösung)."
        )
        return [
            f"Gültig bis {until}. Teileinlösung möglich, der Rest bleibt auf dem Gutschein.",
            "Keine Barauszahlung. Bitte Gutschein mitbringen, Code vertraulich behandeln.",
            kind,
        ]
