"""Installer tests marked ``slow`` (they freeze the app: 2-4 minutes) run only on request.

    BELBO_RUN_SLOW=1 .venv/bin/python -m pytest tests/installer

Run them when ``installer/``, the spec's inputs (new dependencies, resources, migrations)
or start-up code changed, and before every release.
"""

from __future__ import annotations

import os

import pytest

RUN_SLOW_ENV = "BELBO_RUN_SLOW"


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if os.environ.get(RUN_SLOW_ENV) == "1":
        return
    skip = pytest.mark.skip(reason=f"slow installer build: set {RUN_SLOW_ENV}=1 to run")
    here = os.path.dirname(__file__)
    for item in items:
        if "slow" in item.keywords and str(item.path).startswith(here):
            item.add_marker(skip)
