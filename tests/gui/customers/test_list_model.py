"""The customer list model over a real database, without widgets (Vorta style)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from tests.builders import a_customer
from tests.conftest import Salon

from belbo_desktop.bootstrap import App
from belbo_desktop.services.customers import CustomerQuery, CustomerSort
from belbo_desktop.ui.context import UiContext
from belbo_desktop.ui.customers.list_model import (
    ID_ROLE,
    LOADED_ROLE,
    RAW_ROLE,
    Column,
    CustomerListModel,
    builtin_columns,
    custom_column,
)


def _model(qtbot: QtBot, app: App, salon: Salon, **kwargs: int) -> CustomerListModel:
    model = CustomerListModel(UiContext(app, salon.owner), **kwargs)
    model.set_query(CustomerQuery())
    qtbot.waitUntil(model.is_idle)
    return model


def _names(model: CustomerListModel) -> list[str]:
    column = [c.builtin for c in model.columns()].index(Column.LAST_NAME)
    return [model.index(r, column).data() for r in range(model.rowCount())]


def _settle(qtbot: QtBot, model: CustomerListModel) -> None:
    qtbot.waitUntil(model.is_idle)
    for r in range(model.rowCount()):
        model.index(r, 0).data()  # ask for every page like a view scrolling through
        qtbot.waitUntil(model.is_idle)


def test_rows_are_sorted_by_name_and_carry_raw_values_and_ids(
    qtbot: QtBot, app: App, salon: Salon
) -> None:
    for last in ("Zöllner", "Äbig", "Müller"):
        a_customer(app, salon.owner, last_name=last, email=None, phone=None)
    model = _model(qtbot, app, salon)
    assert model.rowCount() == 3
    assert _names(model) == ["Äbig", "Müller", "Zöllner"]
    number_column = [c.builtin for c in model.columns()].index(Column.NUMBER)
    assert isinstance(model.index(0, number_column).data(RAW_ROLE), int)
    assert model.index(0, 0).data(ID_ROLE) is not None


def test_insert_adds_exactly_one_row_without_reset(qtbot: QtBot, app: App, salon: Salon) -> None:
    a_customer(app, salon.owner, last_name="Becker", email=None, phone=None)
    model = _model(qtbot, app, salon)
    resets: list[bool] = []
    inserted: list[tuple[int, int]] = []
    model.modelReset.connect(lambda: resets.append(True))
    model.rowsInserted.connect(lambda _p, first, last: inserted.append((first, last)))
    a_customer(app, salon.owner, last_name="Albers", email=None, phone=None)
    model.refresh()
    qtbot.waitUntil(model.is_idle)
    assert resets == []
    assert inserted == [(1, 1)]
    assert _names(model) == ["Albers", "Becker"]


def test_archived_customer_leaves_the_list(qtbot: QtBot, app: App, salon: Salon) -> None:
    keep = a_customer(app, salon.owner, last_name="Krause", email=None, phone=None)
    gone = a_customer(app, salon.owner, last_name="Lange", email=None, phone=None)
    model = _model(qtbot, app, salon)
    removed: list[tuple[int, int]] = []
    model.rowsRemoved.connect(lambda _p, first, last: removed.append((first, last)))
    app.customers.set_archived(salon.owner, gone.id, True)
    model.refresh()
    qtbot.waitUntil(model.is_idle)
    assert removed == [(1, 1)]
    assert model.rowCount() == 1
    assert model.customer_id(0) == keep.id


def test_archived_shown_on_request(qtbot: QtBot, app: App, salon: Salon) -> None:
    gone = a_customer(app, salon.owner, last_name="Lange", email=None, phone=None)
    app.customers.set_archived(salon.owner, gone.id, True)
    model = _model(qtbot, app, salon)
    assert model.rowCount() == 0
    model.set_query(CustomerQuery(include_archived=True))
    qtbot.waitUntil(model.is_idle)
    assert model.rowCount() == 1


def test_sorting_asks_the_service_for_another_order(qtbot: QtBot, app: App, salon: Salon) -> None:
    for last in ("Berg", "Adler", "Czech"):
        a_customer(app, salon.owner, last_name=last, email=None, phone=None)
    model = _model(qtbot, app, salon)
    number_column = [c.builtin for c in model.columns()].index(Column.NUMBER)
    model.sort(number_column, Qt.SortOrder.DescendingOrder)
    qtbot.waitUntil(lambda: model.query.sort is CustomerSort.NUMBER and model.is_idle())
    numbers = [model.index(r, number_column).data(RAW_ROLE) for r in range(3)]
    assert numbers == sorted(numbers, reverse=True)
    assert _names(model) == ["Czech", "Adler", "Berg"]


def test_search_counts_matches(qtbot: QtBot, app: App, salon: Salon) -> None:
    a_customer(app, salon.owner, last_name="Müller", email=None, phone=None)
    a_customer(app, salon.owner, last_name="Schmidt", email=None, phone=None)
    model = _model(qtbot, app, salon)
    counts: list[int] = []
    model.countChanged.connect(counts.append)
    model.set_text("mül")
    qtbot.waitUntil(model.is_idle)
    assert counts == [1]
    assert _names(model) == ["Müller"]


def test_only_pages_on_screen_are_loaded(qtbot: QtBot, app: App, salon: Salon) -> None:
    for i in range(25):
        a_customer(app, salon.owner, last_name=f"Kunde{i:02d}", email=None, phone=None)
    model = _model(qtbot, app, salon, page_size=5, max_pages=2)
    assert model.rowCount() == 25
    assert model.index(0, 0).data(LOADED_ROLE) is True
    assert model.index(24, 0).data(LOADED_ROLE) is False  # asks for the last page
    changed: list[int] = []
    model.dataChanged.connect(lambda top, _bottom, _roles: changed.append(top.row()))
    qtbot.waitUntil(lambda: model.index(24, 0).data(LOADED_ROLE) is True)
    assert 20 in changed
    _settle(qtbot, model)
    assert len(model._pages) <= 2
    assert _names(model)[-1] == "Kunde24"


def test_custom_field_column_shows_the_value(qtbot: QtBot, app: App, salon: Salon) -> None:
    from belbo_desktop.domain.custom_fields import FieldType

    field = app.custom_fields.define(salon.owner, "Haartyp", FieldType.CHOICE, ["fein", "lockig"])
    a_customer(app, salon.owner, email=None, phone=None, custom={field.key: "lockig"})
    model = _model(qtbot, app, salon)
    model.set_columns([*builtin_columns(), custom_column(field)])
    qtbot.waitUntil(model.is_idle)
    assert model.columnCount() == len(builtin_columns()) + 1
    last = model.columnCount() - 1
    assert model.headerData(last, Qt.Orientation.Horizontal) == "Haartyp"
    assert model.index(0, model.columnCount() - 1).data() == "lockig"


def test_an_edit_changes_only_its_row(qtbot: QtBot, app: App, salon: Salon) -> None:
    from dataclasses import replace

    first = a_customer(app, salon.owner, last_name="Adler", email=None, phone=None, city="Bonn")
    a_customer(app, salon.owner, last_name="Berg", email=None, phone=None, city="Köln")
    model = _model(qtbot, app, salon)
    changed: list[tuple[int, int]] = []
    resets: list[bool] = []
    model.dataChanged.connect(lambda top, bottom, _roles: changed.append((top.row(), bottom.row())))
    model.modelReset.connect(lambda: resets.append(True))
    app.customers.update(salon.owner, first.id, replace(first.to_input(), city="Bremen"))
    model.refresh()
    qtbot.waitUntil(model.is_idle)
    assert changed == [(0, 0)]
    assert resets == []
    city = [c.builtin for c in model.columns()].index(Column.CITY)
    assert model.index(0, city).data() == "Bremen"
