"""The technical security device (TSE, § 146a AO) behind one interface.

Until a certified TSE is integrated, :class:`NoTse` answers for every sale, and the
receipt says plainly that no TSE is attached. A signer that fails must never stop a
sale: the till records the failure, the receipt says the device was unavailable, and
:meth:`TillService.retry_signatures` tries again later.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Protocol


class SignatureState(StrEnum):
    NO_TSE = "no_tse"  # no device attached (yet)
    SIGNED = "signed"
    FAILED = "failed"  # device unavailable; to be retried


@dataclass(frozen=True)
class SignRequest:
    till_serial: str
    receipt_no: int
    started_at: dt.datetime
    finished_at: dt.datetime
    total_cents: int
    process_type: str = "Kassenbeleg-V1"
    process_data: str = ""


@dataclass(frozen=True)
class Signature:
    state: SignatureState
    data: dict[str, object] = field(default_factory=dict)


class SigningUnavailable(Exception):
    """The device did not answer or refused; the sale goes through regardless."""


class Signer(Protocol):
    def sign(self, request: SignRequest) -> Signature:
        """Sign one finished transaction or raise :class:`SigningUnavailable`."""
        ...


class NoTse:
    """No security device attached: every receipt states exactly that."""

    def sign(self, request: SignRequest) -> Signature:
        return Signature(SignatureState.NO_TSE)


def sign_safely(signer: Signer, request: SignRequest, attempts: int = 2) -> Signature:
    """Try the device a few times; a failure becomes a FAILED signature, never an error."""
    last = ""
    for _ in range(max(1, attempts)):
        try:
            return signer.sign(request)
        except SigningUnavailable as exc:
            last = str(exc) or exc.__class__.__name__
        except OSError as exc:  # a device on USB or network that went away
            last = f"{exc.__class__.__name__}: {exc}"
    return Signature(SignatureState.FAILED, {"error": last[:200]})
