"""Writing files so that a failure never leaves half of one where a good one was."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


@contextmanager
def replace_when_done(path: Path) -> Iterator[Path]:
    """A temporary path beside ``path`` that takes its place when the block succeeds, so a
    failed export never leaves a half-written file where a good one was."""
    handle, name = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent or ".")
    os.close(handle)
    temporary = Path(name)
    temporary.chmod(0o644)  # mkstemp makes it private; an export is meant to be shared
    try:
        yield temporary
        os.replace(temporary, path)
    finally:
        temporary.unlink(missing_ok=True)
