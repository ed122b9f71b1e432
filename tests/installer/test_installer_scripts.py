"""The installer scripts agree with the app about names and folders (fast, no build)."""

from __future__ import annotations

from pathlib import Path

from belbo_desktop.config import APP_AUTHOR, APP_NAME

WINDOWS = Path(__file__).resolve().parents[2] / "installer" / "windows"


def _read(name: str) -> str:
    data = (WINDOWS / name).read_bytes()
    assert data.startswith(b"\xef\xbb\xbf"), f"{name} must be UTF-8 with BOM (German texts)"
    return data.decode("utf-8-sig")


def test_uninstallers_look_for_the_data_where_the_app_keeps_it() -> None:
    # platformdirs.user_data_path(APP_NAME, APP_AUTHOR) on Windows: %LOCALAPPDATA%\Author\Name
    assert f'!define DATA_DIR "$LOCALAPPDATA\\{APP_AUTHOR}\\{APP_NAME}"' in _read("belbo.nsi")
    assert f"{{localappdata}}\\{APP_AUTHOR}\\{APP_NAME}" in _read("belbo.iss")


def test_both_installers_speak_german_and_english() -> None:
    nsi, iss = _read("belbo.nsi"), _read("belbo.iss")
    assert '!insertmacro MUI_LANGUAGE "German"' in nsi
    assert '!insertmacro MUI_LANGUAGE "English"' in nsi
    assert 'MessagesFile: "compiler:Languages\\German.isl"' in iss
    assert 'MessagesFile: "compiler:Default.isl"' in iss
    assert "Alle Daten löschen" in nsi
    assert "Daten von Belbo Desktop" in iss


def test_both_installers_make_start_menu_and_desktop_shortcuts() -> None:
    nsi, iss = _read("belbo.nsi"), _read("belbo.iss")
    assert 'CreateShortcut "$SMPROGRAMS\\${APP_NAME}\\${APP_NAME}.lnk"' in nsi
    assert 'CreateShortcut "$DESKTOP\\${APP_NAME}.lnk"' in nsi
    assert 'Name: "{group}\\{#AppName}"' in iss
    assert 'Name: "{autodesktop}\\{#AppName}"' in iss
