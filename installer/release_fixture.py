"""Keep a database made by this release, so later releases prove they can upgrade it.

At every release, before the version number moves on:

    python installer/release_fixture.py            # tests/fixtures/release-<version>.sqlite3

It migrates an empty database to this release's schema and fills it with a small,
deterministic demo salon (customers, custom fields, staff and whatever else the demo
builder makes in this release). ``tests/unit/storage/test_release_upgrades.py`` copies
every such file and upgrades it to the current head. Never regenerate an old release's
file: it stands for databases that exist in salons.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sqlite3
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures"
CUSTOMERS = 40
SEED = 2026


def make_fixture(target: Path, customers: int = CUSTOMERS) -> Path:
    from belbo_desktop.bootstrap import bootstrap
    from belbo_desktop.config import Paths
    from belbo_desktop.services.demo import build_demo
    from belbo_desktop.services.passwords import Hasher
    from belbo_desktop.services.ports import FixedClock

    with tempfile.TemporaryDirectory(prefix="belbo-fixture-") as folder:
        paths = Paths(Path(folder))
        clock = FixedClock(dt.datetime(2026, 11, 25, 10, 0, tzinfo=dt.UTC))
        app = bootstrap(paths, clock=clock, hasher=Hasher.fast())
        try:
            build_demo(app.uow, clock, app.hasher, customers=customers, seed=SEED)
        finally:
            app.close()
        _single_file(paths.database, target)
    return target


def _single_file(source: Path, target: Path) -> None:
    """A compact copy without a WAL file beside it, as a file in git must be."""
    target.parent.mkdir(parents=True, exist_ok=True)
    target.unlink(missing_ok=True)
    con = sqlite3.connect(source)
    try:
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        con.execute("VACUUM INTO ?", (str(target),))
    finally:
        con.close()
    out = sqlite3.connect(target)
    try:
        out.execute("PRAGMA journal_mode=DELETE")
    finally:
        out.close()


def main(argv: list[str] | None = None) -> int:
    sys.path.insert(0, str(ROOT / "src"))
    from belbo_desktop import __version__

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--version", default=__version__)
    parser.add_argument("--force", action="store_true", help="replace an existing file")
    args = parser.parse_args(argv)
    target = FIXTURES / f"release-{args.version}.sqlite3"
    if target.exists() and not args.force:
        print(f"{target} exists; a released fixture is never regenerated", file=sys.stderr)
        return 1
    make_fixture(target)
    print(f"{target} ({target.stat().st_size // 1024} KB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
