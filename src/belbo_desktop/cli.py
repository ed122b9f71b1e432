"""`belbo`: the admin command line (demo data, migrations, later the hub)."""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable, Sequence

from belbo_desktop.bootstrap import bootstrap
from belbo_desktop.config import Paths
from belbo_desktop.domain.errors import BelboError
from belbo_desktop.hub.cli import add_hub_parser
from belbo_desktop.sync.cli import add_sync_parsers

Command = Callable[[argparse.Namespace], int]


def _demo(args: argparse.Namespace) -> int:
    from belbo_desktop.services.demo import build_demo, database_is_empty

    started = time.perf_counter()
    app = bootstrap(Paths.at(args.data_dir))
    try:
        if not database_is_empty(app.uow):
            print(
                f"{app.paths.database} enthält bereits Daten; nichts geändert. "
                "Für neue Demodaten einen leeren Ordner mit --data-dir angeben.",
                file=sys.stderr,
            )
            return 2
        result = build_demo(
            app.uow,
            app.clock,
            app.hasher,
            customers=args.customers,
            seed=args.seed,
            till_file=app.paths.till_file,
        )
    finally:
        app.close()
    seconds = time.perf_counter() - started
    print(f"Demodaten angelegt: {result.customers} Kunden in {seconds:.1f} s")
    print(f"Datenordner: {app.paths.data_dir}")
    for login in result.logins:
        print(
            f"  {login.username:10} Passwort {login.password}  PIN {login.pin}  "
            f"({login.display_name})"
        )
    return 0


def _migrate(args: argparse.Namespace) -> int:
    app = bootstrap(Paths.at(args.data_dir))
    app.close()
    result = app.upgrade
    assert result is not None
    if result.from_revision == result.to_revision:
        print(f"Datenbank ist aktuell (Stand {result.to_revision}).")
    else:
        print(f"Datenbank aktualisiert: {result.from_revision or 'leer'} -> {result.to_revision}")
        if result.backup:
            print(f"Sicherung: {result.backup}")
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="belbo", description="Belbo Desktop – Verwaltung")
    parser.add_argument("--data-dir", help="Datenordner (Standard: Benutzer-Datenordner)")
    sub = parser.add_subparsers(dest="command", required=True)

    demo = sub.add_parser("demo", help="Demodaten in einem leeren Datenordner anlegen")
    demo.add_argument("--data-dir", default=argparse.SUPPRESS)
    demo.add_argument("--customers", type=int, default=2000)
    demo.add_argument("--seed", type=int, default=1)
    demo.set_defaults(func=_demo)

    migrate = sub.add_parser("migrate", help="Datenbank auf den aktuellen Stand bringen")
    migrate.add_argument("--data-dir", default=argparse.SUPPRESS)
    migrate.set_defaults(func=_migrate)
    add_hub_parser(sub)
    add_sync_parsers(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    func: Command = args.func
    try:
        return func(args)
    except BelboError as exc:
        print(exc.text(), file=sys.stderr)
        return 1


if __name__ == "__main__":
    raise SystemExit(main())
