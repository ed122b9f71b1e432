"""Fixtures for the customer export."""

from __future__ import annotations

from pathlib import Path

import pytest

from belbo_desktop.bootstrap import App
from belbo_desktop.mail.secrets import SecretStore


@pytest.fixture
def file_secrets(app: App, tmp_path: Path) -> SecretStore:
    """Tests never touch the developer's real keyring: secrets go to the 0600 file."""
    store = SecretStore(tmp_path / "secrets", use_keyring=False)
    app.mail.secrets = store
    return store
