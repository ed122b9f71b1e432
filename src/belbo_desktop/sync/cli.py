"""`belbo enrol` and `belbo sync`: connect this PC to a hub and sync from the shell."""

from __future__ import annotations

import argparse
import sys
from typing import Any


def _app(args: argparse.Namespace) -> Any:
    from belbo_desktop.bootstrap import bootstrap
    from belbo_desktop.config import Paths

    return bootstrap(Paths.at(args.data_dir))


def _enrol(args: argparse.Namespace) -> int:
    app = _app(args)
    try:
        status = app.sync.enrol(None, args.hub, args.code, args.name, imported=args.imported)
    finally:
        app.close()
    print(f"Verbunden mit {status.hub_url} als „{status.device_name}“ ({status.device_id}).")
    where = (
        "Schlüsselbund" if status.token_store == "keyring" else "Datei (nur für diesen Benutzer)"
    )
    print(f"Gerätetoken gespeichert in: {where}")
    print("Jetzt synchronisieren: belbo sync")
    return 0


def _sync(args: argparse.Namespace) -> int:
    from belbo_desktop.sync.client import SyncProgress

    def show(p: SyncProgress) -> None:
        total = f"/{p.total}" if p.total else ""
        print(f"\r{p.phase:8} {p.table or '':28} {p.done}{total}", end="", file=sys.stderr)

    app = _app(args)
    try:
        report = app.sync.sync(progress=show)
    finally:
        app.close()
    print(file=sys.stderr)
    print(
        f"Synchronisiert in {report.seconds:.1f} s: {report.pushed} gesendet, "
        f"{report.pulled} empfangen, {report.snapshot_rows} Erstabgleich, "
        f"{report.quarantined} zurückgestellt."
    )
    return 0


def add_sync_parsers(sub: Any) -> None:
    enrol = sub.add_parser("enrol", help="Diesen PC mit einem Belbo Hub verbinden")
    enrol.add_argument("--data-dir", default=argparse.SUPPRESS)
    enrol.add_argument("--hub", required=True, help="Hub-Adresse, z. B. https://hub.example.de")
    enrol.add_argument("--code", required=True, help="Anmeldecode vom Hub")
    enrol.add_argument("--name", default="PC", help="Gerätename, z. B. 'Kasse 1'")
    enrol.add_argument(
        "--imported",
        action="store_true",
        help="die Daten dieses PCs wurden mit 'belbo hub import' übernommen",
    )
    enrol.set_defaults(func=_enrol)

    sync = sub.add_parser("sync", help="Jetzt mit dem Hub synchronisieren")
    sync.add_argument("--data-dir", default=argparse.SUPPRESS)
    sync.set_defaults(func=_sync)
