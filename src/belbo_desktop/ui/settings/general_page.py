"""Einstellungen > Allgemein: language of this PC's user interface."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from belbo_desktop.ui.context import UiContext
from belbo_desktop.ui.i18n import DEFAULT_LANGUAGE, LANGUAGES, Preferences
from belbo_desktop.ui.settings.page import SettingsPage


class GeneralPage(SettingsPage):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.prefs = Preferences(ctx.app.paths)
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Sprache"))
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        hint = QLabel(
            self.tr(
                "Die Sprache gilt für diesen PC und wird beim nächsten Start von "
                "Belbo Desktop übernommen."
            )
        )
        hint.setWordWrap(True)
        hint.setEnabled(False)
        form = QFormLayout()
        form.addRow(self.tr("Sprache der Oberfläche:"), self.language)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addStretch(1)
        self._stored = DEFAULT_LANGUAGE

    def load(self) -> None:
        self._stored = self.prefs.language() or self.ctx.lang or DEFAULT_LANGUAGE
        self.language.setCurrentIndex(max(0, self.language.findData(self._stored)))

    def is_dirty(self) -> bool:
        return self.language.currentData() != self._stored

    def save(self) -> None:
        if self.is_dirty():
            self.prefs.set_language(str(self.language.currentData()))
            self._stored = str(self.language.currentData())
