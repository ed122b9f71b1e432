"""Errors that services raise; each carries a :class:`Message` a user can read."""

from __future__ import annotations

from collections.abc import Mapping

from belbo_desktop.domain.messages import Language, Message


class BelboError(Exception):
    """Base of every expected error: the UI shows ``message`` and nothing changed."""

    def __init__(self, message: Message) -> None:
        super().__init__(message.text("de"))
        self.message = message

    def text(self, lang: Language = "de") -> str:
        return self.message.text(lang)


class ValidationError(BelboError):
    """Bad input; ``errors`` maps each field key to what is wrong with it."""

    def __init__(self, errors: Mapping[str, Message]) -> None:
        self.errors: dict[str, Message] = dict(errors)
        first = next(iter(self.errors.values()), Message("required", {"label": "?"}))
        super().__init__(first)

    def texts(self, lang: Language = "de") -> dict[str, str]:
        return {key: msg.text(lang) for key, msg in self.errors.items()}


class PermissionDenied(BelboError):
    """The acting staff member lacks a right; raised before anything is read or written."""


class NotFound(BelboError):
    """A record does not exist (or is not visible at the actor's location)."""


class AuthenticationFailed(BelboError):
    """Wrong user name, password or PIN."""


class AccountLocked(AuthenticationFailed):
    """Too many failed attempts; the account unlocks by itself later."""


class DatabaseTooNew(BelboError):
    """The database was written by a newer app; we refuse to touch it."""


class MigrationFailed(BelboError):
    """A migration left the database inconsistent; the backup is the way back."""
