"""Entry script of the frozen `belbo-desktop` executable (PyInstaller needs a file)."""

from belbo_desktop.__main__ import main

if __name__ == "__main__":
    raise SystemExit(main())
