"""Where the SMTP password lives: the OS keyring, or a 0600 file where there is none.

Windows has the Credential Manager and macOS the Keychain; a Linux desktop usually has
the Secret Service. A headless Linux (or a locked-down PC) has no keyring backend:
then the password is kept in ``<data folder>/secrets/<name>``, readable only by the
user's own account, and the settings page says so.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

SERVICE = "Belbo Desktop"


class SecretStore:
    def __init__(self, fallback_dir: Path, *, use_keyring: bool = True) -> None:
        self.fallback_dir = fallback_dir
        self.use_keyring = use_keyring
        self._keyring_ok: bool | None = None if use_keyring else False

    def _keyring_usable(self) -> bool:
        if self._keyring_ok is None:
            try:
                import keyring
                from keyring.backends import fail

                backend = keyring.get_keyring()
                self._keyring_ok = not isinstance(backend, fail.Keyring) and backend.priority > 0
            except Exception:
                self._keyring_ok = False
        return self._keyring_ok

    @property
    def uses_keyring(self) -> bool:
        return self._keyring_usable()

    def describe(self) -> str:
        """Where secrets go, for the settings page."""
        if self._keyring_usable():
            import keyring

            return f"keyring:{type(keyring.get_keyring()).__name__}"
        return f"file:{self.fallback_dir}"

    def get(self, name: str) -> str | None:
        if self._keyring_usable():
            import keyring
            from keyring.errors import KeyringError

            try:
                value = keyring.get_password(SERVICE, name)
            except KeyringError:
                self._keyring_ok = False
            else:
                if value is not None:
                    return value
        path = self._path(name)
        try:
            return path.read_text(encoding="utf-8")
        except OSError:
            return None

    def set(self, name: str, value: str) -> None:
        if self._keyring_usable():
            import keyring
            from keyring.errors import KeyringError

            try:
                keyring.set_password(SERVICE, name, value)
            except KeyringError:
                self._keyring_ok = False
            else:
                self._path(name).unlink(missing_ok=True)
                return
        self.fallback_dir.mkdir(parents=True, exist_ok=True)
        os.chmod(self.fallback_dir, 0o700)
        path = self._path(name)
        tmp = path.with_suffix(".tmp")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(value)
        os.chmod(tmp, 0o600)
        os.replace(tmp, path)

    def delete(self, name: str) -> None:
        if self._keyring_usable():
            import keyring
            from keyring.errors import KeyringError, PasswordDeleteError

            with contextlib.suppress(PasswordDeleteError, KeyringError):
                keyring.delete_password(SERVICE, name)
        self._path(name).unlink(missing_ok=True)

    def replace(self, name: str, value: str | None) -> None:
        """What a settings form means by a password field: None keeps, "" removes."""
        if value:
            self.set(name, value)
        elif value is not None:
            self.delete(name)

    def _path(self, name: str) -> Path:
        safe = "".join(ch if ch.isalnum() or ch in "-_." else "_" for ch in name)
        return self.fallback_dir / safe
