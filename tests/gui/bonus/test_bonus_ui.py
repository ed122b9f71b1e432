"""Bonusprogramme screens driven through their widgets (offscreen)."""

from __future__ import annotations

import uuid
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from tests.builders import a_customer
from tests.conftest import Salon
from tests.gui.qt_helpers import type_text
from tests.unit.bonus.conftest import Bonus, Catalogue, haircut_program

from belbo_desktop.bootstrap import App
from belbo_desktop.domain.bonus import CardState, EntryKind
from belbo_desktop.domain.rights import Right
from belbo_desktop.ui.bonus.customer_tab import BonusCardsTab
from belbo_desktop.ui.bonus.overview import BonusOverviewPage
from belbo_desktop.ui.bonus.settings_page import BonusProgramsPage
from belbo_desktop.ui.context import UiContext
from belbo_desktop.ui.modules import customer_tabs, nav_entries, settings_pages


def _visible(ctx: UiContext) -> tuple[bool, bool, bool]:
    nav = next(e for e in nav_entries() if e.key == "bonus")
    page = next(e for e in settings_pages() if e.key == "bonus_programs")
    tab = next(e for e in customer_tabs() if e.key == "bonus")
    assert page.path == ("Bonusprogramme",)
    return nav.visible(ctx), page.visible(ctx), tab.visible(ctx)


def test_feature_off_offers_only_funktion_hinzufuegen(
    qtbot: QtBot, app: App, salon: Salon, catalogue: Catalogue
) -> None:
    ctx = UiContext(app, salon.owner)
    assert _visible(ctx) == (False, True, False)  # only the settings page, to switch it on
    page = BonusProgramsPage(ctx)
    qtbot.addWidget(page)
    assert page.editor is None
    assert page.add_button.text() == "Funktion hinzufügen"
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    assert page.editor is not None
    assert _visible(ctx) == (True, True, True)


def test_front_desk_cannot_switch_it_on(qtbot: QtBot, app: App, salon: Salon) -> None:
    ctx = UiContext(app, salon.front_desk)
    assert not _visible(ctx)[1]
    page = BonusProgramsPage(ctx)
    qtbot.addWidget(page)
    assert not page.add_button.isEnabled() and "Bonusprogramme" in page.add_button.toolTip()


def test_create_a_program_in_the_editor_and_errors_change_nothing(
    qtbot: QtBot, app: App, salon: Salon, catalogue: Catalogue
) -> None:
    app.bonus.set_enabled(salon.owner, True)
    page = BonusProgramsPage(UiContext(app, salon.manager))
    qtbot.addWidget(page)
    editor = page.editor
    assert editor is not None and editor.current is None  # no programs yet: a new one
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert not editor.error.isHidden() and "Namen" in editor.error.text()
    assert app.bonus.programs(salon.manager) == []
    type_text(editor.name, "Jeder 10. Haarschnitt gratis")
    for i in range(editor.earn_items.count()):
        if editor.earn_items.item(i).text() in ("Damenhaarschnitt", "Herrenhaarschnitt"):
            editor.earn_items.item(i).setCheckState(Qt.CheckState.Checked)
    editor.reward_item.setCurrentIndex(editor.reward_item.findText("Herrenhaarschnitt"))
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert editor.error.isHidden()
    [program] = app.bonus.programs(salon.manager)
    assert program.name == "Jeder 10. Haarschnitt gratis" and program.stamps_needed == 10
    assert program.reward_label == "Herrenhaarschnitt gratis"
    assert len(program.earn_item_ids) == 2
    # reopening shows the stored values
    editor.show_program(program)
    assert editor.reward_item.currentText() == "Herrenhaarschnitt"
    assert editor.earn_rule.currentIndex() == 1
    # an amount reward without an amount is refused and changes nothing
    editor.reward_kind.setCurrentIndex(1)
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert "Betrag" in editor.error.text()
    assert app.bonus.programs(salon.manager)[0].reward_label == "Herrenhaarschnitt gratis"


def test_switching_off_hides_everything_and_keeps_programs(
    qtbot: QtBot, app: App, salon: Salon, bonus: Bonus
) -> None:
    ctx = UiContext(app, salon.owner)
    page = BonusProgramsPage(ctx)
    qtbot.addWidget(page)
    assert page.editor is not None and page.editor.list.count() == 2
    qtbot.mouseClick(page.editor.off_button, Qt.MouseButton.LeftButton)
    assert page.editor is None
    assert _visible(ctx) == (False, True, False)
    assert len(app.bonus.programs(salon.owner)) == 2


def test_customer_tab_activate_stamp_redeem_and_reverse(
    qtbot: QtBot, app: App, salon: Salon, bonus: Bonus
) -> None:
    tab = BonusCardsTab(UiContext(app, salon.front_desk), bonus.customer)
    qtbot.addWidget(tab)
    assert tab.program_choice.count() == 2
    tab.program_choice.setCurrentIndex(tab.program_choice.findText("EMS 8er-Karte"))
    qtbot.mouseClick(tab.activate_button, Qt.MouseButton.LeftButton)
    assert [c.program_name for c in tab.cards] == ["EMS 8er-Karte"]
    assert tab.program_choice.count() == 1  # EMS is no longer offered
    card = tab.cards[0]
    assert not tab.give_stamp(card.id, "")  # a reason is required
    assert "Grund" in tab.message.text()
    assert app.bonus.card(salon.front_desk, card.id).stamps == 0
    assert tab.give_stamp(card.id, "Papierkarte übertragen", 8)
    box = tab.findChild(type(tab.cards_box), f"card-{card.id}")
    assert box is not None
    assert "8 von 8 Stempeln" in " ".join(w.text() for w in box.findChildren(type(tab.message)))
    redeem = next(
        b for b in box.findChildren(type(tab.activate_button)) if b.objectName() == "redeem"
    )
    assert redeem.isEnabled()
    assert tab.redeem(card.id)
    states = {c.number: c.state for c in tab.cards}
    assert states == {1: CardState.REDEEMED, 2: CardState.COLLECTING}
    kinds = [tab.history.item(r, 3).text() for r in range(tab.history.rowCount())]
    assert kinds[0] == "Prämie eingelöst" and kinds.count("Stempel") == 1
    # reverse the manual stamp (on the redeemed card): owed by the new card
    stamp = next(e for e in tab.cards[-1].entries if e.kind is EntryKind.STAMP)
    tab.history.selectRow(kinds.index("Stempel"))
    assert tab.reverse_button.isEnabled()
    assert tab.reverse(stamp.id, "Versehen")
    assert not tab.reverse_button.isEnabled() or tab.history.currentRow() < 0


def test_customer_tab_without_stamp_right_greys_buttons_with_reason(
    qtbot: QtBot, app: App, salon: Salon, bonus: Bonus
) -> None:
    app.bonus.activate(salon.front_desk, bonus.customer, bonus.haircut)
    viewer = replace(salon.front_desk, rights=salon.front_desk.rights - {Right.STAMP_BONUS_CARDS})
    tab = BonusCardsTab(UiContext(app, viewer), bonus.customer)
    qtbot.addWidget(tab)
    assert not tab.activate_button.isEnabled()
    assert "Bonuskarten stempeln" in tab.activate_button.toolTip()
    stamp = next(
        b for b in tab.findChildren(type(tab.activate_button)) if b.objectName() == "stamp"
    )
    assert not stamp.isEnabled() and "Bonuskarten stempeln" in stamp.toolTip()


def test_print_card_writes_a_pdf(qtbot: QtBot, app: App, salon: Salon, bonus: Bonus) -> None:
    card = app.bonus.activate(salon.front_desk, bonus.customer, bonus.haircut)
    tab = BonusCardsTab(UiContext(app, salon.front_desk), bonus.customer)
    qtbot.addWidget(tab)
    target = tab.print_card(card.id, open_file=False)
    assert target is not None and Path(target).read_bytes().startswith(b"%PDF")
    assert "gespeichert" in tab.message.text()


def test_overview_lists_programs_and_full_cards(
    qtbot: QtBot, app: App, salon: Salon, bonus: Bonus
) -> None:
    card = app.bonus.activate(salon.front_desk, bonus.customer, bonus.haircut)
    app.bonus.stamp(salon.front_desk, card.id, "Papierkarte", 10)
    other = a_customer(app, salon.front_desk, first_name="Berta", email="b@example.de")
    app.bonus.activate(salon.front_desk, other.id, bonus.ems)
    page = BonusOverviewPage(UiContext(app, salon.manager))
    qtbot.addWidget(page)
    qtbot.waitUntil(page.worker.idle)
    assert page.programs.rowCount() == 2
    names = {page.programs.item(r, 0).text(): r for r in range(2)}
    row = names["Jeder 10. Haarschnitt gratis"]
    assert [page.programs.item(row, c).text() for c in range(1, 5)] == ["1", "10", "0", "1"]
    assert page.full.rowCount() == 1 and page.full.item(0, 0).text() == "Anna Müller"
    assert page.full_title.text() == "Kunden mit voller Karte (1)"
    with qtbot.waitSignal(page.openCustomer) as opened:
        page._open(page.full.item(0, 2))
    assert opened.args == [bonus.customer]


def test_screens_render(qtbot: QtBot, app: App, salon: Salon, bonus: Bonus, tmp_path: Path) -> None:
    """Each screen grabs to a non-empty picture (looked at by hand during development)."""
    card = app.bonus.activate(salon.front_desk, bonus.customer, bonus.haircut)
    app.bonus.stamp(salon.front_desk, card.id, "Papierkarte", 7)
    ctx = UiContext(app, salon.owner)
    for widget in (
        BonusProgramsPage(ctx),
        BonusCardsTab(ctx, bonus.customer),
        BonusOverviewPage(ctx),
    ):
        qtbot.addWidget(widget)
        if isinstance(widget, BonusOverviewPage):
            qtbot.waitUntil(widget.worker.idle)
        widget.resize(1000, 700)
        image = widget.grab()
        assert not image.isNull()
        assert image.save(str(tmp_path / f"{type(widget).__name__}.png"))


def test_customer_file_has_the_bonuskarten_tab_only_while_the_feature_is_on(
    qtbot: QtBot, app: App, salon: Salon, bonus: Bonus
) -> None:
    from belbo_desktop.ui.customers.file import CustomerFile
    from belbo_desktop.ui.main_window import all_entries

    ctx = UiContext(app, salon.front_desk)
    on = CustomerFile(ctx, bonus.customer)
    qtbot.addWidget(on)
    index = on.tab_keys.index("bonus")
    assert on.tabs.tabText(index) == "Bonuskarten"
    assert isinstance(on.tabs.widget(index), BonusCardsTab)
    assert "bonus" in [e.key for e in all_entries(ctx)]
    app.bonus.set_enabled(salon.owner, False)
    off = CustomerFile(ctx, bonus.customer)
    qtbot.addWidget(off)
    assert "bonus" not in off.tab_keys
    assert "Bonus" not in " ".join(off.tabs.tabText(i) for i in range(off.tabs.count()))
    assert "bonus" not in [e.key for e in all_entries(ctx)]


def test_main_window_shows_bonusprogramme_after_switching_it_on(
    qtbot: QtBot, app: App, salon: Salon, catalogue: Catalogue
) -> None:
    from belbo_desktop.ui.main_window import MainWindow

    window = MainWindow(UiContext(app, salon.owner))
    qtbot.addWidget(window)
    assert "bonus" not in window.nav_keys()
    app.bonus.set_enabled(salon.owner, True)  # as Einstellungen > Bonusprogramme does
    programs = [app.bonus.create_program(salon.owner, haircut_program(catalogue))]
    window.refresh_nav()
    assert "bonus" in window.nav_keys()
    page = window.show_section("bonus")
    assert isinstance(page, BonusOverviewPage)
    card = app.bonus.activate(salon.owner, bonus_customer(app, salon), programs[0])
    app.bonus.stamp(salon.owner, card.id, "Papierkarte", 10)
    page.reload()
    qtbot.waitUntil(lambda: page.worker.idle() and page.full.rowCount() == 1)
    page._open(page.full.item(0, 0))  # a double click on the row
    file = window.customers().stack.currentWidget()
    assert file.tab_keys[file.tabs.currentIndex()] == "bonus"  # type: ignore[attr-defined]
    app.bonus.set_enabled(salon.owner, False)
    window.refresh_nav()
    assert "bonus" not in window.nav_keys() and "bonus" not in window.sections


def bonus_customer(app: App, salon: Salon) -> uuid.UUID:
    return a_customer(app, salon.front_desk).id


def test_ok_in_einstellungen_saves_an_edited_program_or_refuses_with_a_reason(
    qtbot: QtBot, app: App, salon: Salon, bonus: Bonus
) -> None:
    page = BonusProgramsPage(UiContext(app, salon.manager))
    qtbot.addWidget(page)
    editor = page.editor
    assert editor is not None and editor.current == bonus.haircut
    assert not editor.is_dirty() and page.validate() is None
    before = len(app.audit.entries(salon.owner))
    page.save()  # nothing edited: nothing written
    assert len(app.audit.entries(salon.owner)) == before
    editor.stamps.setValue(12)
    assert editor.is_dirty() and page.validate() is None
    page.save()
    assert app.bonus.program(salon.manager, bonus.haircut).stamps_needed == 12
    editor.name.clear()
    problem = page.validate()
    assert problem is not None and "Namen" in problem
    assert app.bonus.program(salon.manager, bonus.haircut).name == "Jeder 10. Haarschnitt gratis"
