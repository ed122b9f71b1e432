"""Customers keep their place in name order, also when one gap is used up again and again."""

from __future__ import annotations

from sqlalchemy import select

from belbo_desktop.bootstrap import App
from belbo_desktop.services.customers import CustomerQuery
from belbo_desktop.storage.orm import Customer
from tests.builders import a_customer
from tests.conftest import Salon


def _positions_follow_name_order(app: App) -> None:
    with app.uow.read() as s:
        rows = s.execute(select(Customer.sort_key, Customer.number, Customer.search_seq)).all()
    by_name = [r[2] for r in sorted(rows, key=lambda r: (r[0], r[1]))]
    assert by_name == sorted(by_name)
    assert len(set(by_name)) == len(by_name)


def test_many_customers_with_the_same_name_fill_and_respread_a_gap(app: App, salon: Salon) -> None:
    a_customer(app, salon.owner, first_name="Zoe", last_name="Zander", email="", phone="")
    for _ in range(70):  # each lands at the end of the group: the same gap halves each time
        a_customer(app, salon.owner, email="", phone="")
    _positions_follow_name_order(app)
    rows = app.customers.page(salon.owner, CustomerQuery("anna"), 0, 100)
    assert [r.number for r in rows] == sorted(r.number for r in rows)
    assert len(rows) == 70
    last = app.customers.page(salon.owner, CustomerQuery(), 70, 10)
    assert [r.last_name for r in last] == ["Zander"]


def test_renaming_moves_a_customer_in_the_list(app: App, salon: Salon) -> None:
    anna = a_customer(app, salon.owner, last_name="Adler", email="", phone="")
    a_customer(app, salon.owner, first_name="Ben", last_name="Meier", email="", phone="")
    data = anna.to_input()
    data.last_name = "Zorn"
    app.customers.update(salon.owner, anna.id, data)
    _positions_follow_name_order(app)
    names = [r.last_name for r in app.customers.page(salon.owner, CustomerQuery(), 0, 10)]
    assert names == ["Meier", "Zorn"]
    found = app.customers.page(salon.owner, CustomerQuery("zorn"), 0, 10)
    assert [r.id for r in found] == [anna.id]
