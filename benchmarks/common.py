"""Helpers shared by the benchmarks: cached demo databases, timing and the figure format."""

from __future__ import annotations

import hashlib
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

CACHE = Path(os.environ.get("BELBO_BENCH_CACHE", Path(tempfile.gettempdir()) / "belbo-bench"))


def figure(name: str, value: float, unit: str, floor: float | None = None) -> dict[str, object]:
    ratio = round(value / floor, 2) if floor else None
    return {
        "figure": name,
        "value": round(value, 3),
        "unit": unit,
        "floor": None if floor is None else round(floor, 3),
        "ratio": ratio,
    }


def belbo_command(*args: str) -> list[str]:
    return [sys.executable, "-m", "belbo_desktop.cli", *args]


def demo_fingerprint() -> str:
    """A digest of the code that builds the demo: a cached demo built by other code is
    stale (it may lack what a benchmark measures, such as the till history)."""
    import belbo_desktop

    services = Path(belbo_desktop.__file__).parent / "services"
    sources = sorted(
        [services / "catalogue.py", *services.glob("demo*.py"), *services.glob("*/demo.py")]
    )
    digest = hashlib.sha256()
    for path in sources:
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:12]


def demo_data_dir(customers: int) -> Path:
    """A demo data folder with ``customers`` customers, built once per version of the
    demo code and reused; folders of older versions are removed."""
    folder = CACHE / f"demo-{customers}-{demo_fingerprint()}"
    marker = folder / ".complete"
    if not marker.exists():
        for old in [CACHE / f"demo-{customers}", *CACHE.glob(f"demo-{customers}-*")]:
            shutil.rmtree(old, ignore_errors=True)
        subprocess.run(
            belbo_command("demo", "--data-dir", str(folder), "--customers", str(customers)),
            check=True,
            stdout=subprocess.DEVNULL,
        )
        marker.write_text("ok")
    return folder


def timed(func: Callable[[], object], repeat: int) -> list[float]:
    """Milliseconds of each call."""
    samples = []
    for _ in range(repeat):
        started = time.perf_counter()
        func()
        samples.append((time.perf_counter() - started) * 1000)
    return samples


def p95(samples: list[float]) -> float:
    if len(samples) < 2:
        return samples[0]
    return statistics.quantiles(samples, n=20, method="inclusive")[18]
