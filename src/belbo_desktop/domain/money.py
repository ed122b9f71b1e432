"""Money as integer cents: floats never touch an amount."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation


@dataclass(frozen=True, order=True, slots=True)
class Money:
    """An amount in euro cents. Arithmetic stays in integers."""

    cents: int

    def __post_init__(self) -> None:
        if not isinstance(self.cents, int) or isinstance(self.cents, bool):
            raise TypeError("Money needs integer cents")

    @classmethod
    def zero(cls) -> Money:
        return cls(0)

    @classmethod
    def euros(cls, value: int | str | Decimal) -> Money:
        """From a euro amount given exactly (``"12.50"``, ``Decimal("3")``, ``12``)."""
        amount = Decimal(value) * 100
        if amount != amount.to_integral_value():
            raise ValueError(f"{value} has fractions of a cent")
        return cls(int(amount))

    @classmethod
    def parse(cls, text: str) -> Money:
        """Parse what people type: ``12``, ``12,5``, ``1.234,56 €``, ``12.50``."""
        cleaned = text.replace("€", "").replace("EUR", "").replace("\u00a0", "").strip()
        cleaned = cleaned.replace(" ", "")
        if not re.fullmatch(r"-?[0-9.,]+", cleaned or "x"):
            raise ValueError(f"not an amount: {text!r}")
        if "," in cleaned:
            cleaned = cleaned.replace(".", "").replace(",", ".")
        elif cleaned.count(".") > 1 or re.fullmatch(r"-?\d{1,3}(\.\d{3})+", cleaned):
            cleaned = cleaned.replace(".", "")
        try:
            amount = Decimal(cleaned)
        except InvalidOperation as exc:
            raise ValueError(f"not an amount: {text!r}") from exc
        if amount.as_tuple().exponent < -2:  # type: ignore[operator]
            raise ValueError(f"more than two decimals: {text!r}")
        return cls(int((amount * 100).to_integral_value(rounding=ROUND_HALF_UP)))

    def __add__(self, other: Money) -> Money:
        return Money(self.cents + other.cents)

    def __sub__(self, other: Money) -> Money:
        return Money(self.cents - other.cents)

    def __neg__(self) -> Money:
        return Money(-self.cents)

    def __mul__(self, factor: int) -> Money:
        if not isinstance(factor, int):
            raise TypeError("multiply money by whole numbers only")
        return Money(self.cents * factor)

    def __bool__(self) -> bool:
        return self.cents != 0

    def to_decimal(self) -> Decimal:
        return Decimal(self.cents) / 100

    def vat_included(self, rate_percent: int) -> Money:
        """The VAT contained in this gross amount, rounded half up to the cent."""
        vat = Decimal(self.cents) * rate_percent / (100 + rate_percent)
        return Money(int(vat.to_integral_value(rounding=ROUND_HALF_UP)))
