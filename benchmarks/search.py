"""Search as you type at N customers: what the customer list asks for per keystroke
(match count + first page of 50, sorted by name), against a raw sqlite3 FTS query."""

from __future__ import annotations

import sqlite3

from belbo_desktop.bootstrap import bootstrap
from belbo_desktop.config import Paths
from belbo_desktop.domain.customers import match_query
from belbo_desktop.services.customers import CustomerQuery
from belbo_desktop.services.demo_logins import DEMO_LOGINS
from benchmarks.common import demo_data_dir, figure, p95, timed

TYPED = [
    "m",
    "mü",
    "mül",
    "müll",
    "s",
    "sc",
    "sch",
    "schm",
    "a",
    "an",
    "ann",
    "anna",
    "z",
    "zi",
    "zim",
    "zimm",
    "0",
    "01",
    "017",
    "0176",
    "k",
    "kr",
    "krü",
    "krüg",
    "j",
    "jö",
    "jör",
    "jörg",
]
TWO_WORDS = [
    "anna mü",
    "anna müller",
    "jörg sch",
    "lena k",
    "max be",
    "zoë st",
    "ben w",
    "0176 1",
    "müller 10",
]


def run(customers: int) -> list[dict[str, object]]:
    paths = Paths.at(demo_data_dir(customers))
    app = bootstrap(paths)
    login = DEMO_LOGINS[0]
    actor = app.staff.login(login.username, login.password)

    def keystroke(text: str) -> None:
        query = CustomerQuery(text)
        app.customers.count(actor, query)
        app.customers.page(actor, query, 0, 50)

    for text in TYPED[:4]:  # warm the page cache once, like a running app
        keystroke(text)
    short = [ms for text in TYPED for ms in timed(lambda t=text: keystroke(t), 5)]
    words = [ms for text in TWO_WORDS for ms in timed(lambda t=text: keystroke(t), 5)]

    con = sqlite3.connect(paths.database)

    def raw(text: str) -> None:
        match = match_query(text)
        con.execute(
            "SELECT count(*) FROM customer_fts WHERE customer_fts MATCH ?", (match,)
        ).fetchone()
        con.execute(
            "SELECT rowid FROM customer_fts WHERE customer_fts MATCH ? LIMIT 50", (match,)
        ).fetchall()

    floor = [ms for text in TYPED + TWO_WORDS for ms in timed(lambda t=text: raw(t), 5)]
    con.close()
    app.close()
    return [
        figure(f"search_1_to_4_chars_p95_{customers}", p95(short), "ms", p95(floor)),
        figure(f"search_two_words_p95_{customers}", p95(words), "ms", p95(floor)),
        figure(f"search_worst_{customers}", max(short + words), "ms", max(floor)),
    ]
