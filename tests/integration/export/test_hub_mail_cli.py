"""`belbo hub mail`: the hub's own SMTP settings, checked against a real SMTP server."""

from __future__ import annotations

import io
import json
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from belbo_desktop.cli import main
from belbo_desktop.hub.mail import CONFIG_FILE, PASSWORD_ENV, HubMail
from belbo_desktop.mail.smtp import SmtpMailer
from belbo_desktop.services.ports import SystemClock
from tests.integration.export.servers import SMTP_PASSWORD, SMTP_USER, SmtpServer


@pytest.fixture
def smtp(tmp_path: Path) -> Iterator[SmtpServer]:
    server = SmtpServer(tmp_path).start()
    yield server
    server.stop()


def _settings(data: Path, smtp: SmtpServer, *extra: str) -> list[str]:
    return [
        "hub",
        "mail",
        "--data-dir",
        str(data),
        "--host",
        "127.0.0.1",
        "--port",
        str(smtp.port),
        "--security",
        "starttls",
        "--user",
        SMTP_USER,
        "--from",
        "hub@salon-test.de",
        "--ca-file",
        str(smtp.cert),
        *extra,
    ]


def test_hub_mail_stores_the_server_and_the_password_apart_and_sends_a_test_mail(
    tmp_path: Path,
    smtp: SmtpServer,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    data = tmp_path / "hub-data"
    monkeypatch.delenv(PASSWORD_ENV, raising=False)
    monkeypatch.setattr("sys.stdin", io.StringIO(SMTP_PASSWORD + "\n"))
    argv = _settings(data, smtp, "--password-stdin", "--check", "--test-to", "chefin@salon.example")
    assert main(argv) == 0
    out = capsys.readouterr().out
    assert "Gespeichert." in out and "in Ordnung" in out and "Test-E-Mail" in out
    assert SMTP_PASSWORD not in out
    assert len(smtp.inbox.messages) == 1 and smtp.inbox.starttls_seen == [True]
    assert smtp.inbox.messages[0]["From"] == "hub@salon-test.de"

    config = json.loads((data / CONFIG_FILE).read_text())
    assert config["host"] == "127.0.0.1" and SMTP_PASSWORD not in json.dumps(config)
    secret = data / "secrets" / "smtp-password"
    assert secret.read_text() == SMTP_PASSWORD
    for path in (secret, data / CONFIG_FILE):
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert isinstance(HubMail(data, SystemClock()).mailer(), SmtpMailer)

    assert main(["hub", "mail", "--data-dir", str(data)]) == 0  # shows, changes nothing
    assert "127.0.0.1:" in capsys.readouterr().out

    assert main(["hub", "mail", "--data-dir", str(data), "--off"]) == 0
    assert not secret.exists()
    assert HubMail(data, SystemClock()).mailer().local


def test_a_wrong_password_from_the_environment_is_reported_by_check(
    tmp_path: Path,
    smtp: SmtpServer,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    data = tmp_path / "hub-data"
    monkeypatch.setenv(PASSWORD_ENV, "falsch")
    assert main(_settings(data, smtp, "--check")) == 1
    assert "Anmeldung am Mailserver fehlgeschlagen" in capsys.readouterr().err
    monkeypatch.setenv(PASSWORD_ENV, SMTP_PASSWORD)  # the environment wins over the file
    assert main(["hub", "mail", "--data-dir", str(data), "--check"]) == 0


def test_bad_mail_settings_are_refused_and_nothing_is_stored(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "hub-data"
    argv = ["hub", "mail", "--data-dir", str(data), "--host", "smtp example", "--from", "kein"]
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert "SMTP-Server" in err and "Absender-Adresse ist ungültig" in err
    assert not (data / CONFIG_FILE).exists()


def test_serve_needs_the_public_address_with_the_export_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("BELBO_HUB_DATABASE_URL", "postgresql+psycopg://nobody@127.0.0.1:1/x")
    monkeypatch.delenv("BELBO_HUB_PUBLIC_URL", raising=False)
    with pytest.raises(SystemExit, match="--public-url"):
        main(["hub", "serve", "--data-dir", str(tmp_path)])
    with pytest.raises(SystemExit, match="https://"):
        main(["hub", "serve", "--data-dir", str(tmp_path), "--public-url", "hub.example"])
    with pytest.raises(SystemExit, match="--data-dir"):
        main(["hub", "serve", "--public-url", "https://hub.example"])
