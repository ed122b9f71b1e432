"""What a manager sees at login: open and overdue data-subject requests.

The main window calls :func:`show_login_notice` after a login (and after a PIN switch);
it shows nothing to staff without the requests right or when nothing is open.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from belbo_desktop.services.privacy import RequestSummary
from belbo_desktop.ui import formatting as fmt
from belbo_desktop.ui.context import UiContext
from belbo_desktop.ui.privacy.models import due_text
from belbo_desktop.ui.privacy.requests_page import summary_text

SHOWN_ROWS = 6


def _t(text: str) -> str:
    return QCoreApplication.translate("Privacy", text)


def notice_text(summary: RequestSummary, lang: str = "de") -> str:
    """The notice as rich text: the count sentence and the most urgent requests."""
    lines = [f"<b>{summary_text(summary, _t)}</b>"]
    items = []
    for r in summary.rows[:SHOWN_ROWS]:
        style = ' style="color:#b3261e"' if r.overdue else ""
        items.append(
            f"<li{style}>{fmt.date(r.due, lang)} – {r.customer_name} ({r.customer_number}): "
            f"{due_text(r)}</li>"
        )
    if items:
        lines.append("<ul>" + "".join(items) + "</ul>")
    if len(summary.rows) > SHOWN_ROWS:
        lines.append(_t("… und %1 weitere.").replace("%1", str(len(summary.rows) - SHOWN_ROWS)))
    lines.append(_t("Die Antwortfrist beträgt einen Monat ab Eingang (Art. 12 Abs. 3 DSGVO)."))
    return "".join(lines)


def make_notice(
    ctx: UiContext, parent: QWidget | None = None, open_register: Callable[[], None] | None = None
) -> QMessageBox | None:
    """The notice box, or None when there is nothing to show."""
    summary = ctx.app.privacy.attention(ctx.actor)
    if summary.open == 0:
        return None
    box = QMessageBox(parent)
    box.setWindowTitle(_t("Datenschutz-Ersuchen"))
    box.setIcon(QMessageBox.Icon.Warning if summary.overdue else QMessageBox.Icon.Information)
    box.setText(notice_text(summary, ctx.lang))
    later = box.addButton(_t("Später"), QMessageBox.ButtonRole.RejectRole)
    if open_register is not None:
        go = box.addButton(_t("Zum Register"), QMessageBox.ButtonRole.AcceptRole)
        go.clicked.connect(open_register)
        box.setDefaultButton(go)
    else:
        box.setDefaultButton(later)
    return box


def show_login_notice(
    ctx: UiContext, parent: QWidget | None = None, open_register: Callable[[], None] | None = None
) -> bool:
    """Show open and overdue requests after a login; True if something was shown.

    ``open_register`` (e.g. ``lambda: window.show_section("privacy_requests")``) is offered
    as the "Zum Register" button.
    """
    box = make_notice(ctx, parent, open_register)
    if box is None:
        return False
    box.exec()
    return True
