"""Einstellungen: a tree of pages built from ``settings_pages()`` by their ``path``."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from belbo_desktop.domain.errors import BelboError
from belbo_desktop.ui.context import UiContext
from belbo_desktop.ui.modules import SettingsPageEntry, settings_pages

KEY_ROLE = Qt.ItemDataRole.UserRole + 1


def tr_path(part: str) -> str:
    return QApplication.translate("settings", part)


class SettingsDialog(QDialog):
    """One window for every settings page; pages are created when first opened."""

    def __init__(
        self, ctx: UiContext, parent: QWidget | None = None, *, start: str | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Einstellungen"))
        self.resize(1000, 680)
        self.entries: dict[str, SettingsPageEntry] = {}
        self.pages: dict[str, QWidget] = {}
        self._holders: dict[str, QScrollArea] = {}

        self.tree = QTreeWidget()
        self.tree.setHeaderHidden(True)
        self.tree.setAccessibleName(self.tr("Einstellungsbereiche"))
        self.tree.setMinimumWidth(260)
        self.stack = QStackedWidget()
        self.title = QLabel()
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        self.empty = QLabel(self.tr("Bitte links einen Bereich wählen."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack.addWidget(self.empty)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(12, 0, 0, 0)
        right_layout.addWidget(self.title)
        right_layout.addWidget(self.stack, 1)
        splitter = QSplitter()
        splitter.addWidget(self.tree)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([280, 720])

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok
            | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.Apply
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.buttons.button(QDialogButtonBox.StandardButton.Apply).clicked.connect(self.apply)

        layout = QVBoxLayout(self)
        body = QHBoxLayout()
        body.addWidget(splitter)
        layout.addLayout(body, 1)
        layout.addWidget(self.buttons)

        self._build_tree()
        self.tree.currentItemChanged.connect(self._show_item)
        if start and self.select(start):
            pass
        elif self.tree.topLevelItemCount():
            first = self._first_page_item(self.tree.topLevelItem(0))
            if first is not None:
                self.tree.setCurrentItem(first)

    # --- tree -------------------------------------------------------------------------

    def _build_tree(self) -> None:
        folders: dict[tuple[str, ...], QTreeWidgetItem] = {}
        for entry in settings_pages():
            self.entries[entry.key] = entry
            parent: QTreeWidgetItem | None = None
            for depth in range(1, len(entry.path)):
                prefix = entry.path[:depth]
                if prefix not in folders:
                    item = QTreeWidgetItem([tr_path(prefix[-1])])
                    if parent is None:
                        self.tree.addTopLevelItem(item)
                    else:
                        parent.addChild(item)
                    folders[prefix] = item
                parent = folders[prefix]
            leaf = QTreeWidgetItem([tr_path(entry.path[-1])])
            leaf.setData(0, KEY_ROLE, entry.key)
            if not entry.visible(self.ctx):
                leaf.setDisabled(True)
                leaf.setToolTip(0, self._why_hidden(entry))
            if parent is None:
                self.tree.addTopLevelItem(leaf)
            else:
                parent.addChild(leaf)
        height = self.tree.fontMetrics().height() + 12
        for item in self.items():
            item.setSizeHint(0, QSize(0, height))
        self.tree.expandAll()

    def _why_hidden(self, entry: SettingsPageEntry) -> str:
        reason = getattr(entry, "why_not", None)
        if callable(reason):
            text = reason(self.ctx)
            if text:
                return str(text)
        return self.tr("Für diesen Bereich fehlen Ihnen die Rechte.")

    def _first_page_item(self, item: QTreeWidgetItem | None) -> QTreeWidgetItem | None:
        if item is None:
            return None
        if item.data(0, KEY_ROLE) and not item.isDisabled():
            return item
        for i in range(item.childCount()):
            found = self._first_page_item(item.child(i))
            if found is not None:
                return found
        return None

    def items(self) -> list[QTreeWidgetItem]:
        found: list[QTreeWidgetItem] = []

        def walk(item: QTreeWidgetItem | None) -> None:
            if item is None:
                return
            found.append(item)
            for i in range(item.childCount()):
                walk(item.child(i))

        for i in range(self.tree.topLevelItemCount()):
            walk(self.tree.topLevelItem(i))
        return found

    def item_for(self, key: str) -> QTreeWidgetItem | None:
        return next((i for i in self.items() if i.data(0, KEY_ROLE) == key), None)

    def select(self, key: str) -> bool:
        """Show the page ``key``; False if it does not exist or may not be opened."""
        item = self.item_for(key)
        if item is None or item.isDisabled():
            return False
        self.tree.setCurrentItem(item)
        return True

    def _show_item(self, item: QTreeWidgetItem | None, _previous: Any = None) -> None:
        key = item.data(0, KEY_ROLE) if item is not None else None
        if not key or item is None or item.isDisabled():
            self.title.setText(item.text(0) if item is not None else "")
            self.stack.setCurrentWidget(self.empty)
            return
        self.title.setText(item.text(0))
        self.stack.setCurrentWidget(self.page(key))

    def page(self, key: str) -> QWidget:
        if key not in self.pages:
            widget = self.entries[key].factory(self.ctx)
            load = getattr(widget, "load", None)
            if callable(load):
                load()
            scroll = QScrollArea()
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QScrollArea.Shape.NoFrame)
            scroll.setWidget(widget)
            self.pages[key] = widget
            self._holders[key] = scroll
            self.stack.addWidget(scroll)
        return self._holders[key]

    def current_key(self) -> str | None:
        item = self.tree.currentItem()
        return item.data(0, KEY_ROLE) if item is not None else None

    # --- OK / Apply -------------------------------------------------------------------

    def apply(self) -> bool:
        """Validate every opened page, then save them; nothing is saved if one refuses."""
        for key, widget in self.pages.items():
            validate = getattr(widget, "validate", None)
            problem = validate() if callable(validate) else None
            if problem:
                self.select(key)
                QMessageBox.warning(self, self.tr("Einstellungen"), str(problem))
                return False
        for key, widget in self.pages.items():
            save = getattr(widget, "save", None)
            if not callable(save):
                continue
            try:
                save()
            except BelboError as exc:
                self.select(key)
                QMessageBox.warning(self, self.tr("Einstellungen"), exc.text(self.ctx.lang))
                return False
        return True

    def accept(self) -> None:
        if self.apply():
            super().accept()
