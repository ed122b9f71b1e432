"""Entry script of the frozen `belbo` admin executable (PyInstaller needs a file)."""

from belbo_desktop.cli import main

if __name__ == "__main__":
    raise SystemExit(main())
