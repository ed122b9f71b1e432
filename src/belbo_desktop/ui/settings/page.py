"""The shape of a settings page: load what is stored, validate, save on OK.

Pages registered through ``ui/modules.settings_pages()`` may be any QWidget; pages that
subclass :class:`SettingsPage` (or just have ``load``/``validate``/``save``) take part in
the dialog's OK/Apply: nothing is written until every page validates.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from belbo_desktop.ui.context import UiContext


class SettingsPage(QWidget):
    """Base for pages with a form; ``validate`` returns a message or None."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx

    def load(self) -> None:
        """Fill the form from the services."""

    def validate(self) -> str | None:
        """A reason not to save (shown to the user), or None."""
        return None

    def save(self) -> None:
        """Write the form through the services; raise BelboError to refuse."""

    def is_dirty(self) -> bool:
        return False
