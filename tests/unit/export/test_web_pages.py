"""Pieces of the web component that need no server: language choice, busy port."""

from __future__ import annotations

import socket

import pytest

from belbo_desktop.bootstrap import App
from belbo_desktop.web.export_pages import pick_language
from belbo_desktop.web.local_server import LocalExportServer
from tests.conftest import Salon


@pytest.mark.parametrize(
    ("header", "lang"),
    [
        (None, "de"),
        ("", "de"),
        ("de-DE,de;q=0.9,en;q=0.8", "de"),
        ("en-GB,en;q=0.9", "en"),
        ("en;q=0.5,de;q=0.9", "de"),
        ("fr-FR,fr;q=0.9", "en"),  # neither: the English fallback
        ("de;q=0", "en"),
        ("garbage;;;,", "en"),
    ],
)
def test_language_follows_accept_language(header: str | None, lang: str) -> None:
    assert pick_language(header) == lang


def test_busy_port_is_reported_not_raised(app: App, salon: Salon) -> None:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as blocker:
        blocker.bind(("127.0.0.1", 0))
        blocker.listen(1)
        port = blocker.getsockname()[1]
        server = LocalExportServer(app.exports, port=port)
        assert server.start() is False
        assert server.error and str(port) in server.error
        assert not server.running


def test_server_does_not_start_without_open_exports(app: App, salon: Salon) -> None:
    server = LocalExportServer(app.exports, port=1)  # would fail if it tried
    assert server.start_if_pending() is False
    assert server.error is None
