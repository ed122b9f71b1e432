"""`belbo-desktop` / `python -m belbo_desktop`: start the desktop app."""

from __future__ import annotations

import argparse
from collections.abc import Sequence


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="belbo-desktop", description="Belbo Desktop")
    parser.add_argument("--data-dir", help="Datenordner (Standard: Benutzer-Datenordner)")
    parser.add_argument(
        "--demo",
        nargs="?",
        type=int,
        const=5000,
        default=None,
        metavar="N",
        help="Mit Demodaten starten (N Kunden, Standard 5000), falls der Datenordner leer ist",
    )
    parser.add_argument(
        "--screenshots",
        metavar="DIR",
        help="Alle Bildschirme als PNG nach DIR schreiben und beenden",
    )
    parser.add_argument("--lang", choices=("de", "en"), help="Sprache der Oberfläche")
    parser.add_argument(
        "--smoke-test", action="store_true", help="Start prüfen (für den Installer) und beenden"
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    from belbo_desktop.app import run  # Qt is imported only now, after --help

    return run(args)


if __name__ == "__main__":
    raise SystemExit(main())
