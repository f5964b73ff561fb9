"""The frozen app's size against a minimal PySide6 QtWidgets app frozen the same way.

    bash packaging/build.sh && python benchmarks/bundle_size.py

The minimal app (a QApplication showing one QLabel) is frozen here, one folder and windowed,
with PyInstaller's defaults; the app is the one build.spec left in dist/content-planner.
Prints both sizes, the difference against its budget, and what makes up the difference.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BUDGET_MB = 20.0
MINIMAL_APP = """\
import sys
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication(sys.argv)
label = QLabel("Hello")
label.show()
sys.exit(app.exec())
"""


def sizes(folder: Path) -> dict[str, int]:
    """Each file's size by its path inside the bundle (symbolic links count nothing)."""
    return {
        str(path.relative_to(folder)): path.lstat().st_size
        for path in folder.rglob("*")
        if path.is_file() and not path.is_symlink()
    }


def freeze_script(work: Path, name: str, text: str) -> Path:
    """``text`` as a Python script called ``name``, frozen by PyInstaller with its defaults
    (one folder, windowed) under ``work``; the bundle's folder."""
    work.mkdir(parents=True, exist_ok=True)
    script = work / f"{name}.py"
    script.write_text(text, encoding="utf-8")
    folders = ["--distpath", work / "dist", "--workpath", work / "build", "--specpath", work]
    options = ["--noconfirm", "--windowed", "--log-level=ERROR", *folders]
    subprocess.run(
        [sys.executable, "-m", "PyInstaller", *map(str, options), str(script)], check=True
    )
    return work / "dist" / name


def group(path: str) -> str:
    """A file's group for the breakdown: its Qt plugin folder, Qt library or top folder."""
    parts = Path(path).parts[1:] if path.startswith("_internal") else Path(path).parts
    if parts[:3] == ("PySide6", "Qt", "plugins") and len(parts) > 3:
        return f"Qt plugins/{parts[3]}"
    if parts[:2] == ("PySide6", "Qt") and len(parts) > 2:
        return f"Qt {parts[2]}" if parts[2] != "lib" else f"Qt lib {parts[-1].split('.')[0]}"
    if parts[0].startswith("lib") and ".so" in parts[0]:
        return "system libraries"
    return parts[0] if len(parts) > 1 else "other files"


def megabytes(size: float) -> str:
    return f"{size / 1e6:.1f} MB"


def main() -> int:
    app = ROOT / "dist" / "content-planner"
    if not app.is_dir():
        print("bundle: no dist/content-planner; run packaging/build.sh first", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory() as work:
        ours, minimal = sizes(app), sizes(freeze_script(Path(work), "minimal", MINIMAL_APP))
    difference = sum(ours.values()) - sum(minimal.values())
    verdict = "OK" if difference <= BUDGET_MB * 1e6 else "OVER"
    print(
        f"bundle: content-planner {megabytes(sum(ours.values()))}, minimal PySide6 app "
        f"{megabytes(sum(minimal.values()))}: {difference / 1e6:+.1f} MB "
        f"(budget +{BUDGET_MB:.0f} MB) {verdict}"
    )
    by_group: Counter[str] = Counter()
    for path in ours.keys() | minimal.keys():
        by_group[group(path)] += ours.get(path, 0) - minimal.get(path, 0)
    for name, change in sorted(by_group.items(), key=lambda item: -abs(item[1]))[:12]:
        if abs(change) >= 100_000:
            print(f"  {change / 1e6:+6.1f} MB  {name}")
    return 0 if verdict == "OK" else 1


if __name__ == "__main__":
    sys.exit(main())
