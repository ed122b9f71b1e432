"""Einstellungen > E-Mail: validation, the password outside the database, the outbox."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest
from sqlalchemy import select

from belbo_desktop.bootstrap import App
from belbo_desktop.domain.errors import PermissionDenied, ValidationError
from belbo_desktop.mail.config import SECRET_NAME
from belbo_desktop.mail.message import MailMessage
from belbo_desktop.mail.outbox import OutboxMailer
from belbo_desktop.mail.secrets import SecretStore
from belbo_desktop.mail.smtp import Security, SmtpMailer, SmtpSettings
from belbo_desktop.storage.orm import Setting
from tests.conftest import Salon

GOOD = SmtpSettings(
    host="smtp.example.com",
    port=587,
    security=Security.STARTTLS,
    username="salon",
    sender="salon@salon-test.de",
)


def test_without_smtp_the_outbox_is_used(app: App) -> None:
    assert isinstance(app.mail.mailer(), OutboxMailer)


def test_saved_settings_select_smtp_and_keep_the_password_out_of_the_database(
    app: App, salon: Salon, file_secrets: SecretStore
) -> None:
    app.mail.save(salon.owner, GOOD, "geheim-smtp")
    mailer = app.mail.mailer()
    assert isinstance(mailer, SmtpMailer)
    assert mailer.password == "geheim-smtp"
    with app.uow.read() as s:
        stored = [str(v) for v in s.scalars(select(Setting.value))]
    assert not any("geheim-smtp" in v for v in stored)
    secret_file = file_secrets.fallback_dir / SECRET_NAME
    assert stat.S_IMODE(secret_file.stat().st_mode) == 0o600
    assert file_secrets.describe().startswith("file:")


def test_password_none_keeps_and_empty_removes(
    app: App, salon: Salon, file_secrets: SecretStore
) -> None:
    app.mail.save(salon.owner, GOOD, "eins")
    app.mail.save(salon.owner, GOOD, None)
    assert file_secrets.get(SECRET_NAME) == "eins"
    app.mail.save(salon.owner, GOOD, "")
    assert file_secrets.get(SECRET_NAME) is None


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"port": 0}, "port"),
        ({"sender": "kein-at"}, "sender"),
        ({"host": "smtp server mit leerzeichen"}, "host"),
        ({"ca_file": "/gibt/es/nicht.pem"}, "ca_file"),
    ],
)
def test_bad_settings_are_refused_and_change_nothing(
    app: App, salon: Salon, file_secrets: SecretStore, change: dict[str, object], field: str
) -> None:
    from dataclasses import replace

    with pytest.raises(ValidationError) as info:
        app.mail.save(salon.owner, replace(GOOD, **change), "pw")  # type: ignore[arg-type]
    assert field in info.value.errors
    assert isinstance(app.mail.mailer(), OutboxMailer)
    assert file_secrets.get(SECRET_NAME) is None


def test_only_settings_managers_may_change_mail(app: App, salon: Salon) -> None:
    with pytest.raises(PermissionDenied):
        app.mail.save(salon.front_desk, GOOD, "pw")


def test_outbox_files_are_private_and_show_links(app: App) -> None:
    app.mail.outbox.send(
        MailMessage("chefin@salon.example", "Betreff mit Ümlaut", "Link: http://127.0.0.1:1/x\n")
    )
    (entry,) = app.mail.outbox.entries()
    assert entry.subject == "Betreff mit Ümlaut"
    assert entry.links == ["http://127.0.0.1:1/x"]
    assert stat.S_IMODE(entry.path.stat().st_mode) == 0o600


def test_keyring_is_used_where_one_exists(tmp_path: Path) -> None:
    import keyring
    from keyring.backend import KeyringBackend

    store: dict[tuple[str, str], str] = {}

    class Memory(KeyringBackend):
        priority = 1  # type: ignore[assignment]

        def get_password(self, service: str, username: str) -> str | None:
            return store.get((service, username))

        def set_password(self, service: str, username: str, password: str) -> None:
            store[(service, username)] = password

        def delete_password(self, service: str, username: str) -> None:
            store.pop((service, username), None)

    previous = keyring.get_keyring()
    keyring.set_keyring(Memory())
    try:
        secrets = SecretStore(tmp_path / "secrets")
        secrets.set(SECRET_NAME, "im-schluesselbund")
        assert secrets.describe().startswith("keyring:")
        assert store == {("Belbo Desktop", SECRET_NAME): "im-schluesselbund"}
        assert not (tmp_path / "secrets" / SECRET_NAME).exists()
        assert secrets.get(SECRET_NAME) == "im-schluesselbund"
        secrets.delete(SECRET_NAME)
        assert secrets.get(SECRET_NAME) is None
    finally:
        keyring.set_keyring(previous)
