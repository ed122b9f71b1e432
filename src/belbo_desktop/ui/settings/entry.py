"""The settings pages the UI itself contributes (listed in ``ui/modules.settings_pages``)."""

from __future__ import annotations

from belbo_desktop.domain.rights import Right
from belbo_desktop.ui.context import UiContext
from belbo_desktop.ui.modules import SettingsPageEntry


def _general(ctx: UiContext):  # type: ignore[no-untyped-def]
    from belbo_desktop.ui.settings.general_page import GeneralPage

    return GeneralPage(ctx)


def _custom_fields(ctx: UiContext):  # type: ignore[no-untyped-def]
    from belbo_desktop.ui.settings.custom_fields_page import CustomFieldsPage

    return CustomFieldsPage(ctx)


def settings_pages() -> list[SettingsPageEntry]:
    return [
        SettingsPageEntry(
            key="general",
            path=("Allgemein", "Sprache"),
            factory=_general,
            order=0,
        ),
        SettingsPageEntry(
            key="custom_fields",
            path=("Standorteinstellungen", "Kundenfelder"),
            factory=_custom_fields,
            order=20,
            visible=lambda ctx: ctx.actor.can(Right.MANAGE_CUSTOM_FIELDS),
            why_not=lambda ctx: ctx.actor.why_not(Right.MANAGE_CUSTOM_FIELDS, ctx.lang),
        ),
    ]
