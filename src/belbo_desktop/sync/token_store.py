"""Where the PC keeps its device token: the OS keyring, else a 0600 file.

Headless Linux has no keyring (``NoKeyringError``); the file fallback sits in the data
folder, readable only by the user, and the settings page says which one is used.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

SERVICE = "Belbo Desktop"
KEYRING, FILE = "keyring", "file"
#: ``BELBO_TOKEN_STORE=file`` skips the keyring (kiosk PCs, tests, headless set-ups).
STORE_ENV = "BELBO_TOKEN_STORE"


class TokenStore:
    def __init__(self, data_dir: Path, use_keyring: bool = True) -> None:
        self.file = data_dir / "sync-token"
        self.use_keyring = use_keyring and os.environ.get(STORE_ENV) != FILE

    def save(self, device_id: str, token: str) -> str:
        """Store the token; returns where it went (``keyring`` or ``file``)."""
        if self.use_keyring:
            try:
                import keyring

                keyring.set_password(SERVICE, device_id, token)
                return KEYRING
            except Exception:  # no backend, locked, D-Bus missing: fall back to the file
                pass
        self.file.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.file, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(token)
        with contextlib.suppress(OSError):
            os.chmod(self.file, 0o600)
        return FILE

    def load(self, device_id: str, where: str | None) -> str | None:
        if where == KEYRING:
            try:
                import keyring

                return keyring.get_password(SERVICE, device_id)
            except Exception:
                return None
        try:
            return self.file.read_text(encoding="utf-8").strip() or None
        except OSError:
            return None

    def forget(self, device_id: str, where: str | None) -> None:
        if where == KEYRING:
            with contextlib.suppress(Exception):
                import keyring

                keyring.delete_password(SERVICE, device_id)
        self.file.unlink(missing_ok=True)
