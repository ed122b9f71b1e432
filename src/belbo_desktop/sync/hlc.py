"""Hybrid logical clock: wall-clock milliseconds plus a counter, tie-broken by device.

A timestamp is a fixed-width string ``"<ms:013d>.<counter:06d>.<device hex>"`` so that
comparing strings compares (time, counter, device): the same field edited on two PCs
resolves the same way everywhere, even when their clocks disagree or are equal.
"""

from __future__ import annotations

import threading
import uuid
from collections.abc import Callable

ZERO = "0000000000000.000000.00000000000000000000000000000000"


def encode(ms: int, counter: int, device: uuid.UUID) -> str:
    return f"{ms:013d}.{counter:06d}.{device.hex}"


def decode(stamp: str) -> tuple[int, int, str]:
    ms, counter, device = stamp.split(".")
    return int(ms), int(counter), device


class HybridClock:
    """Monotonic per device; ``observe`` moves it past any timestamp seen from others."""

    def __init__(self, device: uuid.UUID, wall_ms: Callable[[], int], last: str = "") -> None:
        self.device = device
        self._wall_ms = wall_ms
        self._lock = threading.Lock()
        self._ms, self._counter = (0, 0)
        if last:
            self.observe(last)

    def tick(self) -> str:
        with self._lock:
            now = self._wall_ms()
            if now > self._ms:
                self._ms, self._counter = now, 0
            else:
                self._counter += 1
            return encode(self._ms, self._counter, self.device)

    def observe(self, stamp: str) -> None:
        ms, counter, _ = decode(stamp)
        with self._lock:
            if (ms, counter) > (self._ms, self._counter):
                self._ms, self._counter = ms, counter

    @property
    def last(self) -> str:
        return encode(self._ms, self._counter, self.device)
