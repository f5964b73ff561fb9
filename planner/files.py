"""Writing the user's files so that no failure destroys what was there.

Every output (CSV, calendar, PDF, a copy of a plan, a plan being created) is written to a
temporary file beside its target, flushed, synced to the disk and checked, and only then
renamed over the target. A full disk, a crash or a refusal leaves the earlier file as it
was. Before anything is written, a target that is one of the command's inputs (the plan,
its ``-wal``/``-shm`` files, a link to them) or that is write-protected is refused, as
``cp`` refuses it. A link is written through: the file it points to is replaced, the link
stays.
"""

from __future__ import annotations

import os
import sqlite3
import stat
import tempfile
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

from planner.errors import QT_TRANSLATE_NOOP, PlannerError

# The files SQLite keeps beside a plan while it is in use: writing over one of them
# damages the plan as surely as writing over the plan.
SQLITE_COMPANIONS = ("-wal", "-shm", "-journal")


class OutputError(PlannerError):
    """A file could not be written or was refused; the earlier file (if any) is intact."""


def write_protected(path: Path) -> bool:
    """Whether ``path`` refuses writing: we may not write it (permissions, a read-only
    disk), or it is a file no one may write (its mode has no write bit: even an
    administrator is refused, as the person who protected it expects). A folder's mode
    alone does not count: Windows marks customised folders read-only and writes in them."""
    try:
        mode = path.stat().st_mode
    except OSError:
        return False
    return not os.access(path, os.W_OK) or (stat.S_ISREG(mode) and not mode & 0o222)


def _same_file(one: Path, other: Path) -> bool:
    try:
        return os.path.samefile(one, other)  # hard links, and any spelling of the name
    except OSError:  # one of them does not exist (yet)
        return os.path.normcase(os.path.realpath(one)) == os.path.normcase(os.path.realpath(other))


def check_target(target: Path, protected: Iterable[Path] = ()) -> Path:
    """The file that writing to ``target`` replaces (the file a link points to), after
    refusing a folder, one of the ``protected`` inputs or their SQLite companions, and a
    write-protected file. Raises :class:`OutputError` naming ``target``."""
    real = Path(os.path.realpath(target))
    if real.is_dir():
        raise OutputError.said(
            QT_TRANSLATE_NOOP("Messages", "{path} is a folder; give the name of a file to write."),
            path=target,
        )
    for source in protected:
        for suffix in ("", *SQLITE_COMPANIONS):
            if _same_file(real, Path(f"{source}{suffix}")):
                raise (
                    OutputError.said(
                        QT_TRANSLATE_NOOP(
                            "Messages",
                            "{path} is the {suffix} file of the plan being read ({plan}); "
                            "writing there would destroy it. Choose another file.",
                        ),
                        path=target,
                        suffix=suffix,
                        plan=source.name,
                    )
                    if suffix
                    else OutputError.said(
                        QT_TRANSLATE_NOOP(
                            "Messages",
                            "{path} is the plan being read ({plan}); writing there would "
                            "destroy it. Choose another file.",
                        ),
                        path=target,
                        plan=source.name,
                    )
                )
    if real.exists() and write_protected(real):
        raise OutputError.said(
            QT_TRANSLATE_NOOP("Messages", "{path} is write-protected; it was left as it was."),
            path=target,
        )
    return real


def _not_written(target: Path, reason: str, existed: bool) -> OutputError:
    if existed:
        return OutputError.said(
            QT_TRANSLATE_NOOP(
                "Messages", "{path} was not written ({reason}); the earlier file is unchanged."
            ),
            path=target,
            reason=reason,
        )
    return OutputError.said(
        QT_TRANSLATE_NOOP("Messages", "{path} was not written ({reason})."),
        path=target,
        reason=reason,
    )


def _reason(error: OSError | sqlite3.Error) -> str:
    if isinstance(error, OSError):
        return error.strerror or str(error)
    if getattr(error, "sqlite_errorname", "") == "SQLITE_FULL":
        return "the disk is full"
    return str(error)


def _new_file_mode() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return 0o666 & ~mask


def _sync(path: Path) -> None:
    with path.open("rb+") as file:
        os.fsync(file.fileno())


def _sync_folder(folder: Path) -> None:
    # The rename itself reaches the disk only when the folder does (POSIX); Windows has no
    # such call, and some file systems refuse it: the file is in place either way.
    if os.name != "posix":
        return
    try:
        handle = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(handle)
    except OSError:
        pass
    finally:
        os.close(handle)


@contextmanager
def _temporary_beside(real: Path) -> Iterator[Path]:
    """An empty temporary file in ``real``'s folder (so the rename stays on one disk),
    removed on the way out unless it was renamed away."""
    handle, name = tempfile.mkstemp(prefix=f".{real.name}.", suffix=".part", dir=real.parent)
    os.close(handle)
    temporary = Path(name)
    try:
        yield temporary
    finally:
        temporary.unlink(missing_ok=True)
        for suffix in SQLITE_COMPANIONS:  # left by SQLite only if it failed half way
            Path(f"{temporary}{suffix}").unlink(missing_ok=True)


@contextmanager
def replace_when_done(
    target: Path,
    protected: Iterable[Path] = (),
    check: Callable[[Path], None] | None = None,
) -> Iterator[Path]:
    """A temporary path to write; when the block ends without error it is synced to the
    disk, checked (``check`` raises to refuse it) and renamed over ``target``.

    Any failure, the block's own included, removes the temporary file and leaves
    ``target`` as it was; an operating-system or SQLite failure becomes an
    :class:`OutputError` that names ``target`` (never the temporary file)."""
    target = Path(target)
    real = check_target(target, protected)
    existed = real.exists()
    try:
        mode = real.stat().st_mode & 0o7777 if existed else _new_file_mode()
        with _temporary_beside(real) as temporary:
            yield temporary
            _sync(temporary)
            if check is not None:
                check(temporary)
            os.chmod(temporary, mode)
            os.replace(temporary, real)
    except (OSError, sqlite3.Error) as error:
        raise _not_written(target, _reason(error), existed) from None
    _sync_folder(real.parent)


@contextmanager
def replacing(target: Path, protected: Iterable[Path] = ()) -> Iterator[BinaryIO]:
    """A binary file to write that takes ``target``'s place once the block ends without
    error (see :func:`replace_when_done`); what reached the disk is checked against what
    was written."""
    with replace_when_done(target, protected) as temporary:
        with temporary.open("wb") as stream:
            yield stream
            stream.flush()
            written = stream.tell()
        if temporary.stat().st_size != written:
            raise OSError(0, "the disk kept less than was written")


def write_bytes(target: Path, data: bytes, protected: Iterable[Path] = ()) -> None:
    """``data`` as the whole of ``target``, replacing it only once it is safely written."""
    with replacing(target, protected) as stream:
        stream.write(data)


@contextmanager
def created(path: Path) -> Iterator[Path]:
    """A temporary path to build a new file in; when the block ends without error it is
    synced and put in place as ``path``, which must not exist. A failure (or a kill) leaves
    no file at ``path``: a half-made file would block the next try."""
    path = Path(path)
    with _temporary_beside(path) as temporary:
        yield temporary
        _sync(temporary)
        _place_new(temporary, path)
    _sync_folder(path.parent)


def _place_new(temporary: Path, path: Path) -> None:
    """Rename ``temporary`` to ``path`` unless ``path`` exists (FileExistsError): two
    programs creating the same file at once must not replace each other's."""
    try:
        os.link(temporary, path)  # fails if path exists, unlike a rename on POSIX
    except FileExistsError:
        raise
    except OSError:  # a file system without hard links (FAT): check, then rename
        if path.exists():
            raise FileExistsError(path) from None
        os.replace(temporary, path)
