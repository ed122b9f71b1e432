"""The hub serves the export confirmation pages (the web component of the export module)."""

from __future__ import annotations

import httpx
import pytest

from belbo_desktop.hub.app import create_app
from belbo_desktop.hub.exports import drain_outbox, mount_export_pages
from belbo_desktop.hub.server import ServerThread

pytestmark = pytest.mark.postgres


def test_the_hub_answers_an_export_link_in_german_and_health_still_works(hub, tmp_path):
    app = create_app(hub.store)
    mount_export_pages(app, hub.store, tmp_path / "hub-data")
    with ServerThread(app) as server, httpx.Client(base_url=server.url) as http:
        page = http.get("/export/confirm/not-a-token", headers={"Accept-Language": "de"})
        assert page.status_code in (400, 404, 410)
        assert "text/html" in page.headers["content-type"]
        assert "<html" in page.text.lower()
        posted = http.post("/export/confirm/not-a-token", data={"password": "x"})
        assert posted.status_code in (400, 403, 404, 410)
        assert http.get("/health").json()["status"] == "ok"
    assert drain_outbox(hub.store) == 0
