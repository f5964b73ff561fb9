"""The review pack: the posts of a range, sent to a client who has no app, and its rows
read back as the client's spreadsheet saved them (PRODUCT.md §6, "Review pack").

One row per post: date, time, channel, type, title, text, then the client's ``decision``
(approve / change) and ``comment``, then three columns the client need not see: the plan
the pack came from, a fingerprint of the title and text as sent (so a text the client
rewrote is told apart from one the user edited since), and the post's uid. The same
columns make the XLSX (``planner.review_pack_xlsx``) and the CSV (§6 conventions); the
sheet speaks the client's language (English or Italian), and reading accepts both.

What the rows answer, and what reading them would change, is ``planner.review_answers``.
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import hashlib
import io
import os
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any

from planner.approval import folded, plain_text
from planner.csv_format import guard, unguard
from planner.errors import CsvImportError, PlannerError, Problem
from planner.model import Channel, ContentType, Post
from planner.store import Plan


class PackFormat(StrEnum):
    XLSX = "xlsx"
    CSV = "csv"
    PDF = "pdf"


def pack_format(path: Path) -> PackFormat:
    """The format a file name asks for, by its extension (``ValueError`` for another)."""
    suffix = path.suffix.lower().lstrip(".")
    if suffix in set(PackFormat):
        return PackFormat(suffix)
    raise ValueError(f"{path.name}: a review pack is a .xlsx, .csv or .pdf file")


class Language(StrEnum):
    ENGLISH = "en"
    ITALIAN = "it"


def computer_language(environ: Mapping[str, str] | None = None) -> Language:
    """The language of this computer's locale variables (Italian or else English)."""
    env = os.environ if environ is None else environ
    for name in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = env.get(name, "")
        if value:
            return Language.ITALIAN if value.lower().startswith("it") else Language.ENGLISH
    return Language.ENGLISH


# The sheet's words, in the client's language. The XLSX and CSV are written by the Qt-free
# core, so they are kept here rather than in the window's translations.
WORDS: dict[Language, dict[str, str]] = {
    Language.ENGLISH: {
        "sheet": "Review",
        "title": "{plan}: posts for review, {span}",
        "help": "For each post, choose approve or change in the Decision column and write "
        "anything you like in Comment. You may also rewrite a title or a text where it "
        "stands. Then save the file and send it back.",
        "print_help": "For each post, tick Approve or Change, and write any comment in the "
        "space below it. Then send the pages back.",
        "date": "Date",
        "time": "Time",
        "channel": "Channel",
        "type": "Type",
        "title_column": "Title",
        "body": "Text",
        "decision": "Decision",
        "comment": "Comment",
        "approve": "approve",
        "change": "change",
        "any_time": "any time",
        "promotional": "Promotion",
        "value": "Value",
        "conversation": "Conversation",
        "page": "Page {number} of {count}",
        "months": "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec",
        "days": "Mon Tue Wed Thu Fri Sat Sun",
        "date_format": "[$-809]ddd d mmm yyyy",
    },
    Language.ITALIAN: {
        "sheet": "Revisione",
        "title": "{plan}: post da approvare, {span}",
        "help": "Per ogni post scegli approva o modifica nella colonna Decisione e scrivi "
        "ciò che vuoi in Commento. Puoi anche riscrivere un titolo o un testo al suo posto. "
        "Poi salva il file e rimandalo.",
        "print_help": "Per ogni post segna Approva o Modifica e scrivi un eventuale commento "
        "nello spazio sotto. Poi rimanda i fogli.",
        "date": "Data",
        "time": "Ora",
        "channel": "Canale",
        "type": "Tipo",
        "title_column": "Titolo",
        "body": "Testo",
        "decision": "Decisione",
        "comment": "Commento",
        "approve": "approva",
        "change": "modifica",
        "any_time": "qualsiasi ora",
        "promotional": "Promozione",
        "value": "Valore",
        "conversation": "Conversazione",
        "page": "Pagina {number} di {count}",
        "months": "gen feb mar apr mag giu lug ago set ott nov dic",
        "days": "lun mar mer gio ven sab dom",
        "date_format": "[$-410]ddd d mmm yyyy",
    },
}

# The columns, in order; the last three are hidden in the XLSX.
COLUMNS = (
    "date",
    "time",
    "channel",
    "type",
    "title",
    "body",
    "decision",
    "comment",
    "plan",
    "sent",
    "uid",
)
HIDDEN_COLUMNS = ("plan", "sent", "uid")
# Cells a spreadsheet could take for a formula.
TEXT_COLUMNS = frozenset({"channel", "title", "body", "comment"})
_WORD_KEYS = {"title": "title_column"}


def column_name(column: str, language: Language) -> str:
    """A column's header in the client's language (the hidden ones keep their key)."""
    if column in HIDDEN_COLUMNS:
        return column
    return WORDS[language][_WORD_KEYS.get(column, column)]


# Every header a pack may carry, in either language, as the column it names.
HEADERS: dict[str, str] = {
    folded(name): column
    for column in COLUMNS
    for name in (column, *(column_name(column, language) for language in Language))
}


def type_word(content_type: ContentType, language: Language) -> str:
    return WORDS[language][content_type.value]


def time_word(post: Post, language: Language) -> str:
    return f"{post.time:%H:%M}" if post.time else WORDS[language]["any_time"]


def day_word(day: dt.date, language: Language) -> str:
    """``Tue 24 Nov 2026`` / ``mar 24 nov 2026``."""
    days, months = WORDS[language]["days"].split(), WORDS[language]["months"].split()
    return f"{days[day.weekday()]} {day.day} {months[day.month - 1]} {day.year}"


def span_words(first: dt.date, last: dt.date, language: Language) -> str:
    """``23–29 Nov 2026``, ``30 Nov – 6 Dec 2026``, ``28 dic 2026 – 3 gen 2027``."""
    months = WORDS[language]["months"].split()

    def short(day: dt.date) -> str:
        return f"{day.day} {months[day.month - 1]}"

    if first == last:
        return f"{short(first)} {first.year}"
    if first.year != last.year:
        return f"{short(first)} {first.year} – {short(last)} {last.year}"
    if first.month != last.month:
        return f"{short(first)} – {short(last)} {last.year}"
    return f"{first.day}–{short(last)} {last.year}"


def fingerprint(post: Post) -> str:
    """The title and text as sent, as two short digests: a text the client left alone
    is told from one they rewrote, even if the user has edited the post since."""
    return digest(post.title) + digest(post.body)


def digest(text: str) -> str:
    return hashlib.sha256(plain_text(text).strip().encode()).hexdigest()[:12]


FINGERPRINT = re.compile(r"[0-9a-f]{24}")


# -- what a pack holds ---------------------------------------------------------------------


@dataclass(frozen=True)
class Pack:
    """The posts of a range as a review pack shows them, in the client's language."""

    plan_name: str
    plan_uid: str
    first: dt.date
    last: dt.date
    posts: tuple[Post, ...]
    channels: Mapping[int, Channel]
    language: Language
    sources: tuple[Path, ...] = ()  # the plan's file, which the pack may not be written over

    @property
    def words(self) -> dict[str, str]:
        return WORDS[self.language]

    @property
    def title(self) -> str:
        """``Bakery: posts for review, 23–29 Nov 2026``."""
        span = span_words(self.first, self.last, self.language)
        return self.words["title"].format(plan=self.plan_name, span=span)

    def channel_name(self, post: Post) -> str:
        channel = self.channels.get(post.channel_id)
        return channel.name if channel else ""

    def text_cells(self, post: Post) -> dict[str, str]:
        """The row of ``post`` as text, by column (the XLSX writes the date and time as
        a spreadsheet's own values instead)."""
        assert post.date is not None
        return {
            "date": post.date.isoformat(),
            "time": time_word(post, self.language),
            "channel": self.channel_name(post),
            "type": type_word(post.content_type, self.language),
            "title": post.title,
            "body": post.body,
            "decision": "",
            "comment": "",
            "plan": self.plan_uid,
            "sent": fingerprint(post),
            "uid": post.uid,
        }


def make_pack(plan: Plan, first: dt.date, last: dt.date, language: Language) -> Pack:
    """The dated posts from ``first`` to ``last`` (series included), as a pack."""
    posts = tuple(plan.posts_between(first, last))
    settings = plan.settings()
    return Pack(
        settings.name, plan.uid, first, last, posts, plan.channel_map(), language, plan.sources
    )


class PackError(PlannerError):
    """A pack cannot be written as asked (nothing was written)."""


# Paints a pack as a PDF at the path (the window's code: it needs Qt); returns the pages.
PackPdfWriter = Callable[[Pack, Path], int]


def write_pack(
    pack: Pack, kind: PackFormat, path: Path, pdf: PackPdfWriter | None, delimiter: str = ","
) -> int:
    """Write ``pack`` as ``kind`` (a CSV with ``delimiter``); returns the posts (pages, for
    a PDF) written. A failure leaves what was at ``path`` before."""
    if not pack.posts:
        raise PackError(
            f"there are no posts from {pack.first} to {pack.last}: nothing to send for review"
        )
    if kind is PackFormat.XLSX:
        from planner.review_pack_xlsx import write_pack_xlsx

        return write_pack_xlsx(pack, path)
    if kind is PackFormat.CSV:
        return write_pack_csv(pack, path, delimiter)
    assert pdf is not None, "a PDF pack needs the window's PackPdfWriter"
    return pdf(pack, path)


def write_pack_csv(pack: Pack, path: Path, delimiter: str = ",") -> int:
    """The pack as CSV (UTF-8 with BOM, CRLF, every cell quoted, formulas guarded); ``;``
    between cells for Excel where decimals take a comma."""
    from planner.files import replace_when_done

    with (
        replace_when_done(path, pack.sources) as temporary,
        temporary.open("w", encoding="utf-8-sig", newline="") as stream,
    ):
        writer = csv.writer(
            stream, delimiter=delimiter, lineterminator="\r\n", quoting=csv.QUOTE_ALL
        )
        writer.writerow([column_name(column, pack.language) for column in COLUMNS])
        for post in pack.posts:
            cells = pack.text_cells(post)
            writer.writerow(guard(cells[c]) if c in TEXT_COLUMNS else cells[c] for c in COLUMNS)
    return len(pack.posts)


# -- reading a pack back -------------------------------------------------------------------

# How far down a file the header is looked for (a title and a help line stand above it in
# the XLSX, and Numbers puts a table's name above its header).
HEADER_SEARCH = 12


@dataclass(frozen=True)
class PackRow:
    line: int  # the spreadsheet's row number, or the CSV's line
    cells: dict[str, str]  # by column, only the columns the pack has


@dataclass
class PackFile:
    rows: list[PackRow]
    columns: frozenset[str]
    notes: list[str] = field(default_factory=list)  # how the file was read, for the report


def read_pack(data: bytes) -> PackFile:
    """The rows of an XLSX or CSV pack (told by its content, not its name)."""
    if not data.strip():
        raise CsvImportError([Problem(1, None, "the file is empty")])
    if data.startswith((b"PK\x03\x04", b"\xd0\xcf\x11\xe0")):
        from planner.review_pack_xlsx import read_xlsx

        return read_xlsx(data)
    return read_csv_pack(data)


def header_columns(cells: Sequence[str]) -> list[str | None]:
    """The column each header cell names (None for one the pack does not know)."""
    return [HEADERS.get(folded(cell)) for cell in cells]


def missing_columns(columns: Iterable[str | None]) -> list[str]:
    found = set(columns)
    return [column for column in ("decision", "uid") if column not in found]


def missing_problem(line: int, missing: Sequence[str]) -> Problem:
    if "decision" in missing:
        reason = "this is not a review pack: no Decision column (send one with review export)"
    else:
        reason = (
            "the pack's hidden uid column is missing (was it deleted?): "
            "read the answers from the pack as it was sent"
        )
    return Problem(line, None, reason)


def read_csv_pack(data: bytes) -> PackFile:
    """The rows under the header, which may stand below a title (a spreadsheet that saved
    the XLSX pack as CSV keeps its title rows), with ``,``, ``;`` or tabs between cells."""
    text, notes = _decode(data)
    missing: list[str] = ["decision", "uid"]
    try:
        for delimiter in (",", ";", "\t"):
            reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
            for _number, cells in zip(range(HEADER_SEARCH), reader, strict=False):
                columns = header_columns(cells)
                gaps = missing_columns(columns)
                if not gaps:
                    if delimiter != ",":
                        notes.append(f"cells separated by {delimiter!r}")
                    return PackFile(
                        _csv_rows(reader, columns), frozenset(filter(None, columns)), notes
                    )
                missing = gaps if len(gaps) < len(missing) else missing
    except csv.Error as error:
        problem = Problem(max(reader.line_num, 1), None, f"not valid CSV here ({error})")
        raise CsvImportError([problem]) from None
    raise CsvImportError([missing_problem(1, missing)])


def _csv_rows(reader: Any, columns: list[str | None]) -> list[PackRow]:
    rows = []
    line = reader.line_num
    for cells in reader:
        start, line = line + 1, reader.line_num
        values = {
            column: unguard(cell) if column in TEXT_COLUMNS else cell
            for column, cell in zip(columns, cells, strict=False)
            if column is not None
        }
        if any(cell.strip() for cell in cells):
            rows.append(PackRow(start, values))
    return rows


def _decode(data: bytes) -> tuple[str, list[str]]:
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16"), []
        except UnicodeDecodeError:
            raise CsvImportError([Problem(1, None, "the file is damaged UTF-16 text")]) from None
    try:
        return data.decode("utf-8-sig"), []
    except UnicodeDecodeError:
        # Excel's plain "CSV" is the Windows code page, not UTF-8.
        return data.decode("cp1252", errors="replace"), ["read as Windows text (not UTF-8)"]
