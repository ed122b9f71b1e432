"""Run benchmarks and print one JSON object per figure.

    python benchmarks/run.py [NAME ...] [--customers N]

Each module in this folder with a ``run(customers: int) -> list[dict]`` function is a
benchmark; every dict has ``figure``, ``value``, ``unit``, ``floor`` (the same work done the
simplest possible way in the same run) and ``ratio`` (value / floor). Benchmarks are not
tests: they print figures and never fail on timing.
"""

from __future__ import annotations

import argparse
import importlib
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_ORDER = [
    "demo",
    "search",
    "startup",
    "list",
    "till",
    "vouchers",
    "privacy",
    "export",
    "sync",
]


def available() -> list[str]:
    names = {p.stem for p in HERE.glob("*.py") if p.stem not in {"run", "common", "__init__"}}
    ordered = [n for n in DEFAULT_ORDER if n in names]
    return ordered + sorted(names - set(ordered))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "names", nargs="*", help=f"benchmarks to run (default: all of {', '.join(available())})"
    )
    parser.add_argument("--customers", type=int, default=200_000)
    args = parser.parse_args(argv)
    sys.path.insert(0, str(HERE.parent))
    names = args.names or available()
    unknown = [n for n in names if n not in available()]
    if unknown:
        parser.error(f"unknown benchmark(s): {', '.join(unknown)}")
    for name in names:
        module = importlib.import_module(f"benchmarks.{name}")
        for figure in module.run(args.customers):
            print(json.dumps(figure, ensure_ascii=False), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
