"""Password and PIN hashing with argon2id."""

from __future__ import annotations

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError


class Hasher:
    """argon2id with OWASP's recommended minimum (19 MiB, 2 passes): about 30 ms per check
    here, so logging in and PIN switching at the till stay instant. ``fast()`` is for tests."""

    def __init__(self, hasher: PasswordHasher | None = None) -> None:
        self._ph = hasher or PasswordHasher(time_cost=2, memory_cost=19 * 1024, parallelism=1)

    @classmethod
    def fast(cls) -> Hasher:
        return cls(PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1))

    def hash(self, secret: str) -> str:
        return self._ph.hash(secret)

    def verify(self, hashed: str, secret: str) -> bool:
        try:
            return self._ph.verify(hashed, secret)
        except (VerificationError, InvalidHashError):
            return False
