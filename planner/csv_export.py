"""Writing posts as CSV: Excel-friendly (UTF-8 with BOM, CRLF, RFC 4180 quoting)."""

from __future__ import annotations

import csv
import io
import os
import tempfile
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO, TextIO

from planner.csv_format import COLUMNS, NO, YES, guard
from planner.model import Channel, Post


def post_cells(post: Post, channels: Mapping[int, Channel]) -> list[str]:
    """One post as the cells of a CSV row, in :data:`COLUMNS` order."""
    return [
        post.uid,
        post.date.isoformat() if post.date else "",
        post.time.strftime("%H:%M") if post.time else "",
        guard(channels[post.channel_id].name),
        post.content_type.value,
        guard(post.title),
        guard(post.body),
        post.status.value,
        guard(", ".join(post.tags)),
        guard(post.notes),
        YES if post.followup.done else NO,
        guard(post.followup.note),
        str(post.followup.conversations),
    ]


def write_posts(posts: Iterable[Post], channels: Mapping[int, Channel], stream: TextIO) -> int:
    """Write the header and one row per post to a text stream opened with ``newline=""``."""
    writer = csv.writer(stream, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    count = 0
    for post in posts:
        writer.writerow(post_cells(post, channels))
        count += 1
    return count


def encoding(bom: bool) -> str:
    return "utf-8-sig" if bom else "utf-8"


def write_to_binary(
    posts: Iterable[Post], channels: Mapping[int, Channel], binary: BinaryIO, *, bom: bool = True
) -> int:
    """Write the CSV to a binary stream (such as standard output's buffer)."""
    text = io.TextIOWrapper(binary, encoding=encoding(bom), newline="", write_through=True)
    try:
        return write_posts(posts, channels, text)
    finally:
        text.detach()


def write_to_file(
    posts: Iterable[Post], channels: Mapping[int, Channel], path: Path, *, bom: bool = True
) -> int:
    """Write the CSV to ``path``, replacing it only once the whole file is written."""
    with (
        replace_when_done(path) as temporary,
        temporary.open("w", encoding=encoding(bom), newline="") as stream,
    ):
        return write_posts(posts, channels, stream)


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
