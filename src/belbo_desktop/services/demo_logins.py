"""The documented demo logins, in a module of their own: the login screen shows them
without importing the (large) demo data builder."""

from __future__ import annotations

from dataclasses import dataclass

from belbo_desktop.domain.rights import Role

DEMO_PASSWORD = "belbo-demo"
DEMO_SETTING = "demo_data"


@dataclass(frozen=True)
class DemoLogin:
    username: str
    display_name: str
    role: Role
    password: str
    pin: str
    email: str


DEMO_LOGINS: tuple[DemoLogin, ...] = (
    DemoLogin(
        "inhaberin",
        "Sabine Krüger",
        Role.OWNER,
        DEMO_PASSWORD,
        "1111",
        "inhaberin@salon-kruger.example",
    ),
    DemoLogin(
        "manager",
        "Jörg Weißmann",
        Role.MANAGER,
        DEMO_PASSWORD,
        "2222",
        "manager@salon-kruger.example",
    ),
    DemoLogin(
        "empfang",
        "Aylin Demir",
        Role.FRONT_DESK,
        DEMO_PASSWORD,
        "3333",
        "empfang@salon-kruger.example",
    ),
)
