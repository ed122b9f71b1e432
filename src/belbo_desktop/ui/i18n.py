"""Translators: our own ``belbo_<lang>.qm`` plus Qt's ``qtbase_<lang>.qm`` (dialog buttons).

German is the source language of every ``tr()`` string, so German needs only Qt's own
file; English loads ``belbo_en.qm``. The user's choice is kept per PC in the data folder.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from belbo_desktop.config import Paths
from belbo_desktop.resources import resource

LANGUAGES: dict[str, str] = {"de": "Deutsch", "en": "English"}
DEFAULT_LANGUAGE = "de"


def install_translators(app: QCoreApplication, lang: str) -> list[QTranslator]:
    """Load the translations for ``lang``; returns them so they stay alive."""
    installed: list[QTranslator] = []
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt = QTranslator(app)
    if qt.load(f"qtbase_{lang}", qt_dir):
        app.installTranslator(qt)
        installed.append(qt)
    ours = QTranslator(app)
    if ours.load(f"belbo_{lang}", str(resource("translations"))):
        app.installTranslator(ours)
        installed.append(ours)
    QLocale.setDefault(
        QLocale(
            QLocale.Language.German if lang == "de" else QLocale.Language.English,
            QLocale.Country.Germany,
        )
    )
    return installed


def remove_translators(app: QCoreApplication, translators: list[QTranslator]) -> None:
    for translator in translators:
        app.removeTranslator(translator)


class Preferences:
    """Per-PC preferences of the desktop app (language, list columns), in the data folder."""

    def __init__(self, paths: Paths) -> None:
        self._settings = QSettings(str(paths.data_dir / "desktop.ini"), QSettings.Format.IniFormat)

    def language(self) -> str | None:
        value = self._settings.value("ui/language")
        return value if value in LANGUAGES else None

    def set_language(self, lang: str) -> None:
        self._settings.setValue("ui/language", lang)
        self._settings.sync()

    def list_columns(self) -> list[str] | None:
        value = self._settings.value("customers/columns")
        if isinstance(value, str):
            return [v for v in value.split(",") if v]
        if isinstance(value, list):
            return [str(v) for v in value]
        return None

    def set_list_columns(self, keys: list[str]) -> None:
        self._settings.setValue("customers/columns", ",".join(keys))
        self._settings.sync()
