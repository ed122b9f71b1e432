"""Screenshots of staff management and the audit log (called from ``ui/screenshots.py``).

The settings loop there already shoots each page as it opens; these are the dialogs and
the states a user reaches from them. Nothing is written: every dialog is cancelled.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from belbo_desktop.domain.rights import Right
from belbo_desktop.ui.context import UiContext

if TYPE_CHECKING:
    from belbo_desktop.ui.screenshots import Shooter


def staff_screens(ctx: UiContext, parent: QWidget, shots: Shooter) -> None:
    from belbo_desktop.ui.screenshots import spin
    from belbo_desktop.ui.settings.dialog import SettingsDialog
    from belbo_desktop.ui.staff.page import StaffPage

    settings = SettingsDialog(ctx, parent, start="staff")
    settings.resize(1000, 680)
    settings.show()
    try:
        page = settings.pages["staff"]
        assert isinstance(page, StaffPage)
        rows = page.model.rows
        desk = next((r for r in rows if r.role.value == "front_desk"), rows[-1])
        page.select(desk.username)
        spin(0.1)
        shots.save("14_staff_list", settings)

        edit = page.edit()
        assert edit is not None
        edit.rights.set_checked(Right.VIEW_AUDIT_LOG, True)
        edit.rights.set_checked(Right.EDIT_CUSTOMERS, False)
        edit.resize(860, 600)
        spin(0.1)
        shots.save("14_staff_edit_rights", edit)
        edit.reject()

        new = page.new()
        new.fields["display_name"].setText("Mia Sömmer")
        new.fields["username"].setText("chefin!")
        new.fields["email"].setText("mia@")
        new.fields["password"].setText("kurz")
        new.fields["password2"].setText("kurz")
        new.try_save()
        spin(3, until=new.worker.idle)
        new.resize(860, 600)
        spin(0.1)
        shots.save("14_staff_new_errors", new)
        new.reject()

        reset = page.reset_password()
        if reset is not None:
            reset.fields["new_password"].setText("neues-passwort")
            reset.fields["password2"].setText("neues-passwrt")
            reset.try_save()
            spin(0.1)
            reset.adjustSize()
            shots.save("14_staff_password_reset", reset)
            reset.reject()

        pin = page.pin()
        if pin is not None:
            pin.adjustSize()
            shots.save("14_staff_pin", pin)
            pin.reject()

        if settings.select("own_password"):
            spin(0.1)
            shots.save("14_own_password", settings)

    finally:
        settings.reject()
    audit_screens(ctx, parent, shots)


def audit_screens(ctx: UiContext, parent: QWidget, shots: Shooter) -> None:
    """The log of a few busy days, made in a copy of the database (the data folder's own
    log is written to by nothing but these screenshots' logins)."""
    import shutil
    import sqlite3
    import tempfile
    from dataclasses import replace
    from pathlib import Path

    from belbo_desktop.bootstrap import bootstrap
    from belbo_desktop.config import Paths
    from belbo_desktop.domain.errors import BelboError
    from belbo_desktop.domain.rights import ROLE_RIGHTS, Role
    from belbo_desktop.services.customers import CustomerQuery
    from belbo_desktop.services.ports import FixedClock, SystemClock
    from belbo_desktop.ui.audit.page import AuditLogPage, Period
    from belbo_desktop.ui.screenshots import actor_for, spin
    from belbo_desktop.ui.settings.dialog import SettingsDialog

    folder = Path(tempfile.mkdtemp(prefix="belbo-audit-shots-"))
    copy = None
    try:
        paths = Paths(folder)
        paths.ensure()
        source = sqlite3.connect(ctx.app.paths.database)
        target = sqlite3.connect(paths.database)
        with target:
            source.backup(target)
        target.close()
        source.close()
        clock = FixedClock(SystemClock().now() - dt.timedelta(days=3, hours=2))
        copy = bootstrap(paths, clock=clock)
        owner = actor_for(copy, Role.OWNER)
        assert owner is not None
        staff = copy.staff
        for row in copy.customers.page(owner, CustomerQuery(), 0, 3):
            clock.advance(minutes=17)
            detail = copy.customers.get(owner, row.id)
            note = "Färbung 7/1 mit 6 % Oxid, 35 Minuten"
            copy.customers.update(owner, row.id, replace(detail.to_input(), notes=note))
        clock.advance(hours=20)
        mia = staff.create_staff(
            owner,
            location_id=owner.location_id,
            username="mia.soemmer",
            display_name="Mia Sömmer",
            role=Role.FRONT_DESK,
            password="mia-geheim-1",
            pin="4711",
            rights=ROLE_RIGHTS[Role.FRONT_DESK] | {Right.VIEW_AUDIT_LOG},
        )
        clock.advance(hours=22)
        for _ in range(2):
            clock.advance(minutes=1)
            with contextlib.suppress(BelboError):
                staff.login("mia.soemmer", "falsch")
        clock.advance(minutes=5)
        staff.reset_password(owner, mia, "mia-geheim-2")
        clock.advance(minutes=2)
        staff.login("mia.soemmer", "mia-geheim-2")
        clock.advance(hours=3)
        staff.update_staff(owner, mia, display_name="Mia Sömmer", email=None, role=Role.MANAGER)

        log_ctx = UiContext(copy, owner, ctx.lang)
        settings = SettingsDialog(log_ctx, parent, start="audit_log")
        settings.resize(1000, 680)
        settings.show()
        try:
            log = settings.pages["audit_log"]
            assert isinstance(log, AuditLogPage)
            spin(3, until=log.model.is_idle)
            changed = next(
                (i for i, r in enumerate(log.model.rows) if r.action == "staff_changed"), 0
            )
            log.table.selectRow(changed)
            spin(0.2)
            shots.save("15_audit_log", settings)
            log.set_period(Period.WEEK)
            log.staff.setCurrentIndex(log.staff.findData(owner.staff_id))
            log.action.setCurrentIndex(log.action.findData("customer_changed"))
            spin(3, until=log.model.is_idle)
            spin(0.2)
            shots.save("15_audit_log_filtered", settings)
            log.set_period(Period.ALL)
            log.staff.setCurrentIndex(0)
            log.action.setCurrentIndex(0)
            log.search.setText("987654")
            log.apply_filters()
            spin(3, until=log.model.is_idle)
            spin(0.2)
            shots.save("15_audit_log_no_customer", settings)
        finally:
            settings.reject()
            settings.deleteLater()
            spin(0.05)
    finally:
        if copy is not None:
            copy.close()
        shutil.rmtree(folder, ignore_errors=True)
