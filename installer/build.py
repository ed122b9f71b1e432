"""Build the frozen app, check it, and package it: one command, a few minutes.

    python installer/build.py                    # dist/belbo-desktop/ (PyInstaller)
    python installer/build.py --check            # ... then smoke test, size and start time
    python installer/build.py --installer nsis   # ... then dist/belbo-desktop-<v>-setup.exe
    python installer/build.py --installer inno   # Windows: Inno Setup (iscc) instead
    python installer/build.py --installer deb    # Linux: dist/belbo-desktop_<v>_amd64.deb

Needs the `build` extra (`pip install -e '.[build]'`); NSIS needs `makensis` (Debian
package nsis, or NSIS on Windows), Inno Setup needs `iscc` on Windows. PyInstaller
cannot cross-compile: a Windows installer that works is built on Windows; on Linux the
NSIS step packs the Linux folder, which checks the script but installs nothing useful.
Prints one JSON object per figure (folder size, build and start times) at the end.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtGui import QImage

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "installer" / "belbo.spec"
DIST = ROOT / "dist"
WORK = ROOT / "build" / "pyinstaller"
APP_DIR = DIST / "belbo-desktop"
ICONS = ROOT / "build" / "icons"  # belbo.png / belbo.ico rendered from resources/icons/belbo.svg
EXE_SUFFIX = ".exe" if sys.platform == "win32" else ""

SIZE_LIMIT_MB = 250
START_LIMIT_S = 3.0
LOGIN_SHOWN = "smoke: login window shown"  # printed by belbo_desktop.ui.smoke


def version() -> str:
    namespace: dict[str, str] = {}
    init = ROOT / "src" / "belbo_desktop" / "__init__.py"
    exec(init.read_text(encoding="utf-8"), namespace)
    return namespace["__version__"]


def gui_exe(app_dir: Path = APP_DIR) -> Path:
    return app_dir / f"belbo-desktop{EXE_SUFFIX}"


def cli_exe(app_dir: Path = APP_DIR) -> Path:
    return app_dir / f"belbo{EXE_SUFFIX}"


def folder_size_mb(folder: Path) -> float:
    total = sum(f.stat().st_size for f in folder.rglob("*") if f.is_file() and not f.is_symlink())
    return total / (1024 * 1024)


def compile_translations() -> None:
    """Refresh ``resources/translations/*.qm`` from their ``.ts`` where they are older."""
    folder = ROOT / "resources" / "translations"
    lrelease = shutil.which("pyside6-lrelease") or shutil.which(
        "pyside6-lrelease", path=str(Path(sys.executable).parent)
    )
    for ts in sorted(folder.glob("*.ts")):
        qm = ts.with_suffix(".qm")
        if qm.exists() and qm.stat().st_mtime >= ts.stat().st_mtime:
            continue
        if lrelease is None:
            raise SystemExit(f"{qm.name} is missing or outdated and pyside6-lrelease is not found")
        subprocess.run([lrelease, "-silent", str(ts), "-qm", str(qm)], check=True)


def render_icons() -> Path:
    """The program and installer icon, from the SVG in resources (Qt renders, Pillow packs
    the sizes Windows wants into one .ico); returns the .ico."""
    from PIL import Image
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    _app = QGuiApplication.instance() or QGuiApplication([])
    ICONS.mkdir(parents=True, exist_ok=True)
    png, ico = ICONS / "belbo.png", ICONS / "belbo.ico"
    image = QImage(256, 256, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    QSvgRenderer(str(ROOT / "resources" / "icons" / "belbo.svg")).render(painter)
    painter.end()
    image.save(str(png))
    sizes = [(n, n) for n in (16, 24, 32, 48, 64, 128, 256)]
    Image.open(png).save(ico, sizes=sizes)
    _wizard_bitmap(image)
    return ico


def _wizard_bitmap(icon: QImage) -> Path:
    """The tall picture on the installers' welcome and finish pages (164 x 314 px)."""
    from PySide6.QtCore import QRect, Qt
    from PySide6.QtGui import QColor, QFont, QFontDatabase, QImage, QPainter

    font_id = QFontDatabase.addApplicationFont(
        str(ROOT / "resources" / "fonts" / "DejaVuSans-Bold.ttf")
    )
    family = QFontDatabase.applicationFontFamilies(font_id)[0]
    image = QImage(164, 314, QImage.Format.Format_RGB32)
    image.fill(QColor("#1F4E5A"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    painter.drawImage(QRect(34, 48, 96, 96), icon)
    painter.setPen(QColor("#FFFFFF"))
    painter.setFont(QFont(family, 15, QFont.Weight.Bold))
    painter.drawText(QRect(0, 160, 164, 60), Qt.AlignmentFlag.AlignHCenter, "Belbo\nDesktop")
    painter.setPen(QColor("#E0B25B"))
    painter.setFont(QFont(family, 8))
    painter.drawText(
        QRect(8, 262, 148, 40),
        Qt.AlignmentFlag.AlignHCenter | Qt.TextFlag.TextWordWrap,
        "Kasse und Kundenakten",
    )
    painter.end()
    bitmap = ICONS / "wizard.bmp"
    image.save(str(bitmap))
    return bitmap


def freeze(clean: bool = False) -> float:
    """Run PyInstaller on the spec; returns the seconds it took."""
    started = time.perf_counter()
    command = [sys.executable, "-m", "PyInstaller", str(SPEC), "--noconfirm"]
    command += ["--distpath", str(DIST), "--workpath", str(WORK), "--log-level", "WARN"]
    if clean:
        command.append("--clean")
    subprocess.run(command, check=True, cwd=ROOT)
    return time.perf_counter() - started


def smoke_test(app_dir: Path = APP_DIR, data_dir: Path | None = None) -> tuple[str, float]:
    """Run ``belbo-desktop --smoke-test``; returns its output and the seconds until the
    login window was shown (measured from outside, from process start)."""
    command = [str(gui_exe(app_dir)), "--smoke-test"]
    if data_dir is not None:
        command += ["--data-dir", str(data_dir)]
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    started = time.perf_counter()
    process = subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=env
    )
    assert process.stdout is not None
    lines: list[str] = []
    login_after = float("nan")
    for line in process.stdout:
        lines.append(line)
        if line.startswith(LOGIN_SHOWN):
            login_after = time.perf_counter() - started
    code = process.wait(timeout=300)
    output = "".join(lines)
    if code != 0:
        raise SystemExit(f"smoke test failed (exit code {code}):\n{output}")
    return output, login_after


def measure_start(app_dir: Path = APP_DIR, runs: int = 3, cold: bool = False) -> dict[str, float]:
    """Seconds from process start to the login window.

    ``first``: the first start on a fresh data folder (creates the database). ``start``:
    the slowest of ``runs`` starts on that existing data, the everyday case. With
    ``cold`` (Linux) the app's files are evicted from the page cache before each start.
    """
    with tempfile.TemporaryDirectory(prefix="belbo-start-") as folder:
        data = Path(folder) / "data"
        _, first = smoke_test(app_dir, data)
        starts = []
        for _ in range(runs):
            if cold and not _evict_from_page_cache(app_dir):
                raise SystemExit("--cold needs Linux (posix_fadvise)")
            starts.append(smoke_test(app_dir, data)[1])
    return {"first_start_s": first, "start_s": max(starts)}


def _evict_from_page_cache(folder: Path) -> bool:
    """Make the next start read the app's files from disk again, as after a reboot.

    Only this folder's files are evicted (posix_fadvise), so other programs on the
    machine keep their cache. Linux only; returns False where it cannot be done.
    """
    fadvise = getattr(os, "posix_fadvise", None)
    if fadvise is None:
        return False
    for file in folder.rglob("*"):
        if file.is_file() and not file.is_symlink():
            fd = os.open(file, os.O_RDONLY)
            try:
                fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
            finally:
                os.close(fd)
    return True


def nsis(app_dir: Path = APP_DIR, fast: bool = False) -> Path:
    makensis = shutil.which("makensis")
    if makensis is None:
        raise SystemExit("makensis not found: apt-get install nsis (or install NSIS on Windows)")
    out = DIST / f"belbo-desktop-{version()}-setup.exe"
    command = [
        makensis,
        "-V2",
        f"-DVERSION={version()}",
        f"-DDIST_DIR={app_dir}",
        f"-DOUT_FILE={out}",
    ]
    if (ICONS / "belbo.ico").exists():
        command.append(f"-DICON={ICONS / 'belbo.ico'}")
    if (ICONS / "wizard.bmp").exists():
        command.append(f"-DWIZARD_BITMAP={ICONS / 'wizard.bmp'}")
    if fast:
        command.append("-DFAST")
    command.append(str(ROOT / "installer" / "windows" / "belbo.nsi"))
    subprocess.run(command, check=True)
    return out


def inno(app_dir: Path = APP_DIR) -> Path:
    iscc = shutil.which("iscc") or shutil.which("ISCC")
    if iscc is None:
        raise SystemExit("iscc not found: Inno Setup 6 runs on Windows only")
    script = ROOT / "installer" / "windows" / "belbo.iss"
    command = [iscc, f"/DAppVersion={version()}", f"/DDistDir={app_dir}"]
    if (ICONS / "belbo.ico").exists():
        command.append(f"/DIconFile={ICONS / 'belbo.ico'}")
    if (ICONS / "wizard.bmp").exists():
        command.append(f"/DWizardImage={ICONS / 'wizard.bmp'}")
    subprocess.run([*command, str(script)], check=True)
    return DIST / f"belbo-desktop-{version()}-setup.exe"


def deb(app_dir: Path = APP_DIR, fast: bool = False) -> Path:
    """A plain .deb: the folder in /opt/belbo-desktop, commands and a menu entry."""
    if shutil.which("dpkg-deb") is None:
        raise SystemExit("dpkg-deb not found (Debian/Ubuntu only)")
    ver = version()
    out = DIST / f"belbo-desktop_{ver}_amd64.deb"
    with tempfile.TemporaryDirectory(prefix="belbo-deb-") as folder:
        root = Path(folder)
        shutil.copytree(app_dir, root / "opt" / "belbo-desktop", symlinks=True)
        bin_dir = root / "usr" / "bin"
        bin_dir.mkdir(parents=True)
        for name in ("belbo-desktop", "belbo"):
            (bin_dir / name).symlink_to(f"/opt/belbo-desktop/{name}")
        apps = root / "usr" / "share" / "applications"
        apps.mkdir(parents=True)
        (apps / "belbo-desktop.desktop").write_text(
            "[Desktop Entry]\nType=Application\nName=Belbo Desktop\n"
            "Comment=Kasse und Kundenakten für Salons und Studios\n"
            "Exec=/opt/belbo-desktop/belbo-desktop\nTerminal=false\n"
            "Icon=/opt/belbo-desktop/_internal/resources/icons/belbo.svg\n"
            "Categories=Office;Finance;\n",
            encoding="utf-8",
        )
        control = root / "DEBIAN"
        control.mkdir()
        size_kb = int(folder_size_mb(app_dir) * 1024)
        (control / "control").write_text(
            f"Package: belbo-desktop\nVersion: {ver}\nArchitecture: amd64\n"
            f"Maintainer: Belbo <support@belbo.example>\nInstalled-Size: {size_kb}\n"
            "Depends: libc6, libfontconfig1, libxkbcommon0, libegl1, libgl1, libdbus-1-3\n"
            "Recommends: libxcb-cursor0, libxkbcommon-x11-0\n"
            "Section: misc\nPriority: optional\n"
            "Description: Belbo Desktop - Kasse und Kundenakten\n"
            " Point of sale and client records for hair salons, cosmetics and EMS studios.\n"
            " Data lives in each user's data folder and is kept on removal.\n",
            encoding="utf-8",
        )
        compression = ["-Znone"] if fast else ["-Zxz", "-z1"]
        subprocess.run(
            ["dpkg-deb", "--root-owner-group", *compression, "--build", str(root), str(out)],
            check=True,
            stdout=subprocess.DEVNULL,
        )
    return out


def report(figure: str, value: float, unit: str, floor: float | None = None) -> dict[str, object]:
    row: dict[str, object] = {"figure": figure, "value": round(value, 3), "unit": unit}
    if floor is not None:
        row["floor"] = floor
        row["ratio"] = round(value / floor, 3)
    print(json.dumps(row), flush=True)
    return row


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="smoke test, size and start time")
    parser.add_argument("--installer", choices=("nsis", "inno", "deb"), action="append")
    parser.add_argument("--fast", action="store_true", help="quick compression (CI build check)")
    parser.add_argument(
        "--cold", action="store_true", help="evict the app from the page cache before each start"
    )
    parser.add_argument("--clean", action="store_true", help="PyInstaller without its cache")
    parser.add_argument("--no-freeze", action="store_true", help="package the existing dist/")
    args = parser.parse_args(argv)

    started = time.perf_counter()
    failures: list[str] = []
    if not args.no_freeze:
        compile_translations()
        render_icons()
        report("build_seconds", freeze(clean=args.clean), "s")
    size = folder_size_mb(APP_DIR)
    report("frozen_folder_size", size, "MB", SIZE_LIMIT_MB)
    if size > SIZE_LIMIT_MB:
        failures.append(f"folder is {size:.0f} MB, limit {SIZE_LIMIT_MB} MB")
    if args.check:
        output, _ = smoke_test()
        print(output, end="")
        start = measure_start(cold=args.cold)
        report("frozen_first_start_to_login", start["first_start_s"], "s")
        report("frozen_start_to_login", start["start_s"], "s", START_LIMIT_S)
        if start["start_s"] > START_LIMIT_S:
            failures.append(f"start to login took {start['start_s']:.2f} s")
    for kind in args.installer or []:
        package_started = time.perf_counter()
        built = {
            "nsis": lambda: nsis(fast=args.fast),
            "inno": inno,
            "deb": lambda: deb(fast=args.fast),
        }[kind]()
        report(f"{kind}_seconds", time.perf_counter() - package_started, "s")
        report(f"{kind}_size", built.stat().st_size / (1024 * 1024), "MB")
        print(f"{kind}: {built}", flush=True)
    report("total_seconds", time.perf_counter() - started, "s")
    for failure in failures:
        print(f"FAILED: {failure}", file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    raise SystemExit(main())
