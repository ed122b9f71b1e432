"""The logged-in staff member on whose behalf a service acts."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from belbo_desktop.domain.errors import PermissionDenied
from belbo_desktop.domain.messages import Language, Message
from belbo_desktop.domain.rights import Right, Role, right_label


@dataclass(frozen=True)
class Actor:
    staff_id: uuid.UUID
    location_id: uuid.UUID
    username: str
    display_name: str
    role: Role
    rights: frozenset[Right]

    def can(self, right: Right) -> bool:
        return right in self.rights

    def require(self, right: Right) -> None:
        """Raise PermissionDenied unless the actor holds ``right``."""
        if right not in self.rights:
            raise PermissionDenied(Message("permission_denied", {"right": right_label(right)}))

    def why_not(self, right: Right, lang: Language = "de") -> str | None:
        """The reason to show on a disabled button, or None if allowed."""
        if right in self.rights:
            return None
        return Message("permission_denied", {"right": right_label(right, lang)}).text(lang)
