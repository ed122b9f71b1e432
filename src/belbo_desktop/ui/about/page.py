"""Einstellungen > Über: what support asks first, and the way to the log files.

Read-only: version, where this PC keeps its data, the database's schema revision
compared with the one this version expects, and buttons to open the data and log
folders or copy everything for an email.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QUrl, qVersion
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from belbo_desktop.diagnostics import SystemInfo, system_info
from belbo_desktop.ui.context import UiContext

FolderOpener = Callable[[QUrl], object]


class AboutPage(QWidget):
    def __init__(
        self,
        ctx: UiContext,
        parent: QWidget | None = None,
        *,
        open_folder: FolderOpener = QDesktopServices.openUrl,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._open_folder = open_folder
        self.info: SystemInfo | None = None

        self.heading = QLabel()
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.heading.setFont(font)
        intro = QLabel(
            self.tr(
                "Alle Daten dieses PCs liegen im Datenordner, nie im Programmordner. Eine "
                "neue Version installieren oder Belbo deinstallieren lässt ihn unverändert; "
                "vor jeder Aktualisierung der Datenbank wird eine Sicherung angelegt."
            )
        )
        intro.setWordWrap(True)

        self.version = self._value()
        self.data_dir = self._value()
        self.log_dir = self._value()
        self.database = self._value()
        self.revision = self._value()
        self.backups = self._value()
        self.system = self._value()

        self.open_data_button = QPushButton(self.tr("Datenordner öffnen"))
        self.open_logs_button = QPushButton(self.tr("Protokollordner öffnen"))
        self.copy_button = QPushButton(self.tr("Angaben kopieren"))
        self.copy_button.setToolTip(
            self.tr("Kopiert alle Angaben dieser Seite, z. B. für eine E-Mail an den Support.")
        )
        self.open_data_button.clicked.connect(lambda: self._open(self.ctx.app.paths.data_dir))
        self.open_logs_button.clicked.connect(lambda: self._open(self.ctx.app.paths.logs))
        self.copy_button.clicked.connect(self.copy_details)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Version:"), self.version)
        form.addRow(self.tr("Datenordner:"), self.data_dir)
        form.addRow(self.tr("Protokolle:"), self.log_dir)
        form.addRow(self.tr("Datenbank:"), self.database)
        form.addRow(self.tr("Datenbankstand:"), self.revision)
        form.addRow(self.tr("Sicherungen:"), self.backups)
        form.addRow(self.tr("System:"), self.system)

        buttons = QHBoxLayout()
        buttons.addWidget(self.open_data_button)
        buttons.addWidget(self.open_logs_button)
        buttons.addWidget(self.copy_button)
        buttons.addStretch(1)

        credits = QLabel(
            self.tr(
                "Belbo Desktop verwendet Qt und PySide6 (LGPL 3), SQLite, SQLAlchemy, "
                "Alembic, ReportLab und die Schrift DejaVu Sans."
            )
        )
        credits.setWordWrap(True)
        credits.setEnabled(False)  # secondary text, greyed like a footnote

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(intro)
        layout.addSpacing(8)
        layout.addLayout(form)
        layout.addSpacing(8)
        layout.addLayout(buttons)
        layout.addStretch(1)
        layout.addWidget(credits)

    def _value(self) -> QLabel:
        label = QLabel()
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    def load(self) -> None:
        paths = self.ctx.app.paths
        info = system_info(paths)
        self.info = info
        self.heading.setText(self.tr("Belbo Desktop %1").replace("%1", info.version))
        self.version.setText(info.version)
        self.data_dir.setText(str(info.data_dir))
        self.log_dir.setText(str(info.log_dir))
        self.database.setText(str(info.database))
        if info.db_up_to_date:
            revision = self.tr("%1 (aktuell)").replace("%1", info.db_revision or "")
        else:
            revision = (
                self.tr("%1 (erwartet: %2)")
                .replace("%1", info.db_revision or "–")
                .replace("%2", info.app_revision)
            )
        self.revision.setText(revision)
        count = len(list(paths.backups.glob("*.sqlite3"))) if paths.backups.exists() else 0
        if count:
            backups = self.tr("%1 im Ordner %2").replace("%1", str(count))
        else:
            backups = self.tr("noch keine (Ordner %2)")
        self.backups.setText(backups.replace("%2", str(paths.backups)))
        self.system.setText(f"{info.system}, Python {info.python}, Qt {qVersion()}")

    def details(self) -> str:
        if self.info is None:
            self.load()
        assert self.info is not None
        return f"{self.info.text()}\nQt: {qVersion()}"

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details())

    def _open(self, folder: Path) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        self._open_folder(QUrl.fromLocalFile(str(folder)))
