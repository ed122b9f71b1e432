"""What every screen gets: the services, the logged-in staff member and the language."""

from __future__ import annotations

from dataclasses import dataclass

from belbo_desktop.bootstrap import App
from belbo_desktop.services.actor import Actor


@dataclass
class UiContext:
    """Passed to every view factory. ``actor`` changes when staff switch by PIN."""

    app: App
    actor: Actor
    lang: str = "de"
