"""What services need from the outside world, passed in so tests can pin them."""

from __future__ import annotations

import datetime as dt
import secrets
from typing import Protocol
from zoneinfo import ZoneInfo

BERLIN = ZoneInfo("Europe/Berlin")


class Clock(Protocol):
    def now(self) -> dt.datetime:
        """An aware UTC datetime."""
        ...


class SystemClock:
    def now(self) -> dt.datetime:
        return dt.datetime.now(dt.UTC)


class FixedClock:
    """A clock tests move by hand."""

    def __init__(self, at: dt.datetime) -> None:
        self._at = at

    def now(self) -> dt.datetime:
        return self._at

    def advance(self, **delta: float) -> None:
        self._at += dt.timedelta(**delta)

    def set(self, at: dt.datetime) -> None:
        self._at = at


def local_today(clock: Clock) -> dt.date:
    """Today's date in Germany: a birthday typed at 00:30 is checked against local time."""
    return clock.now().astimezone(BERLIN).date()


class RandomSource(Protocol):
    def token_bytes(self, n: int) -> bytes: ...

    def randbelow(self, n: int) -> int: ...


class SystemRandom:
    def token_bytes(self, n: int) -> bytes:
        return secrets.token_bytes(n)

    def randbelow(self, n: int) -> int:
        return secrets.randbelow(n)
