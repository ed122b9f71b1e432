"""Find bundled resources (fonts, icons, translations, schemas).

They live in the repository's top-level ``resources/`` folder; a frozen build
(PyInstaller) puts the same folder next to the executable's bundle.
"""

from __future__ import annotations

import sys
from pathlib import Path


def resources_dir() -> Path:
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "resources"
    return Path(__file__).resolve().parents[2] / "resources"


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)
