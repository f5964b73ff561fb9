"""The review pack: the posts of a range, sent to a client who has no app, and the
client's answers read back (PRODUCT.md §6, "Review pack").

One row per post: date, time, channel, type, title, text, then the client's ``decision``
(approve / change) and ``comment``, then three columns the client need not see: the plan
the pack came from, a fingerprint of the title and text as sent (so a text the client
rewrote is told apart from one the user edited since), and the post's uid. The same
columns make the XLSX (``planner.review_pack_xlsx``) and the CSV (§6 conventions); the
sheet speaks the client's language (English or Italian), and reading accepts both.

Reading is all or nothing, like a CSV import: every row is checked first, and any bad one
refuses the whole pack, each problem named by line and column, the other rows still listed.
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import hashlib
import io
import os
import re
import uuid
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any

from planner import clock
from planner.approval import Answer, Review, folded, plain_text, read_decision, same_text
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
    return _digest(post.title) + _digest(post.body)


def _digest(text: str) -> str:
    return hashlib.sha256(plain_text(text).strip().encode()).hexdigest()[:12]


_FINGERPRINT = re.compile(r"[0-9a-f]{24}")


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
    return Pack(settings.name, plan.uid, first, last, posts, plan.channel_map(), language)


class PackError(PlannerError):
    """A pack cannot be written as asked (nothing was written)."""


# Paints a pack as a PDF at the path (the window's code: it needs Qt); returns the pages.
PackPdfWriter = Callable[[Pack, Path], int]


def write_pack(pack: Pack, kind: PackFormat, path: Path, pdf: PackPdfWriter | None) -> int:
    """Write ``pack`` as ``kind``; returns the posts (pages, for a PDF) written. A failure
    leaves what was at ``path`` before."""
    if not pack.posts:
        raise PackError(
            f"there are no posts from {pack.first} to {pack.last}: nothing to send for review"
        )
    if kind is PackFormat.XLSX:
        from planner.review_pack_xlsx import write_pack_xlsx

        return write_pack_xlsx(pack, path)
    if kind is PackFormat.CSV:
        return write_pack_csv(pack, path)
    assert pdf is not None, "a PDF pack needs the window's PackPdfWriter"
    return pdf(pack, path)


def write_pack_csv(pack: Pack, path: Path) -> int:
    """The pack as CSV (UTF-8 with BOM, CRLF, every cell quoted, formulas guarded)."""
    from planner.files import replace_when_done

    with (
        replace_when_done(path) as temporary,
        temporary.open("w", encoding="utf-8-sig", newline="") as stream,
    ):
        writer = csv.writer(stream, lineterminator="\r\n", quoting=csv.QUOTE_ALL)
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


# -- the answers ---------------------------------------------------------------------------


@dataclass
class AnswersPreview:
    """What reading a pack would do. ``answers``: the rows that change a post; ``gone``:
    rows for posts no longer in the plan (deleted since), reported and left alone."""

    answers: list[Answer] = field(default_factory=list)
    unchanged: int = 0
    unanswered: int = 0
    gone: list[Problem] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @property
    def suggestions(self) -> list[Answer]:
        return [answer for answer in self.answers if answer.has_suggestion]

    def decided(self, review: Review) -> int:
        return sum(answer.decision is review for answer in self.answers)

    def summary(self) -> str:
        """``7 answers: 4 approved, 2 changes requested, ...`` (English)."""
        parts = [
            f"{self.decided(Review.APPROVED)} approved",
            f"{self.decided(Review.CHANGES)} changes requested",
        ]
        if self.suggestions:
            parts.append(f"{len(self.suggestions)} with the client's own wording")
        if self.unchanged:
            parts.append(f"{self.unchanged} already read")
        if self.unanswered:
            parts.append(f"{self.unanswered} not answered yet")
        text = f"{len(self.answers)} new answers: " + ", ".join(parts)
        if self.gone:
            text += f"; {len(self.gone)} for posts no longer in the plan"
        return text

    def lines(self) -> list[str]:
        """Each answer on a line, for the command line's report."""
        shown = []
        for answer in self.answers:
            post = answer.post
            decision = answer.decision.value if answer.decision else "no decision"
            text = f"line {answer.line}: {post.date} {post.title!r}: {decision}"
            if answer.comment:
                text += f" · {answer.comment!r}"
            if answer.has_suggestion:
                text += " · rewritten " + " and ".join(
                    name
                    for name, value in (("title", answer.title), ("text", answer.body))
                    if value is not None
                )
            shown.append(text)
        return shown + [str(problem) for problem in self.gone]


class PackRefusedError(CsvImportError):
    """The pack cannot be read (nothing was written); the other rows are still listed."""

    def __init__(self, problems: Sequence[Problem], preview: AnswersPreview | None) -> None:
        super().__init__(problems)
        self.preview = preview

    def report(self) -> str:
        text = super().report()
        if self.preview and (self.preview.answers or self.preview.gone):
            text += "\nThe other rows read:\n" + "\n".join(self.preview.lines())
        return text


_CANONICAL_UID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
# A post of a series that was sent as a computed occurrence is found by its date, moved
# by up to this much since.
OCCURRENCE_REACH = dt.timedelta(days=62)


def preview_answers(plan: Plan, pack: PackFile) -> AnswersPreview:
    """Check every row and match it against the plan; raises :class:`PackRefusedError`
    with every problem found, or returns what reading the pack would do. Writes nothing."""
    preview = AnswersPreview(notes=list(pack.notes))
    problems: list[Problem] = []
    uids: dict[str, int] = {}
    checked: list[tuple[PackRow, str, Review | None]] = []
    for row in pack.rows:
        found = _row_problems(row, plan.uid, uids)
        if found:
            problems += found
            continue
        try:
            decision = read_decision(row.cells.get("decision", ""))
        except ValueError as error:
            problems.append(Problem(row.line, "decision", str(error)))
            continue
        checked.append((row, uids_key(row), decision))
    posts = _posts_named(plan, [(row, uid) for row, uid, _ in checked])
    for row, uid, decision in checked:
        post = posts.get(uid)
        if post is None:
            reason = "this post is no longer in the plan (deleted since the pack was sent)"
            preview.gone.append(Problem(row.line, None, reason))
            continue
        answer = _answer(row, post, decision)
        if answer is None:
            preview.unanswered += 1
        elif _changes(answer):
            preview.answers.append(answer)
        else:
            preview.unchanged += 1
    if problems:
        raise PackRefusedError(sorted(problems, key=lambda p: p.line), preview)
    return preview


def uids_key(row: PackRow) -> str:
    return str(uuid.UUID(row.cells["uid"].strip()))


def _row_problems(row: PackRow, plan_uid: str, seen: dict[str, int]) -> list[Problem]:
    cells = row.cells
    uid_text = cells.get("uid", "").strip()
    if not uid_text:
        reason = (
            "a row without a post's uid (added to the pack, or its hidden uid cleared): a "
            "pack answers only the posts sent; delete this row, or move its words into a "
            "post's comment"
        )
        return [Problem(row.line, None, reason)]
    sent_from = cells.get("plan", "").strip()
    if sent_from and sent_from != plan_uid:
        reason = (
            "this pack was sent from another plan: open the plan it came from and read "
            "the answers there"
        )
        return [Problem(row.line, "plan", reason)]
    if not _CANONICAL_UID.fullmatch(uid_text.lower()):
        try:
            uuid.UUID(uid_text)
        except ValueError:
            return [Problem(row.line, "uid", f"{uid_text[:40]!r} is not a post's uid")]
    key = uids_key(row)
    if key in seen:
        return [Problem(row.line, "uid", f"the same post is already on line {seen[key]}")]
    seen[key] = row.line
    return []


def _posts_named(plan: Plan, rows: list[tuple[PackRow, str]]) -> dict[str, Post]:
    """The posts the rows name: stored ones, and series occurrences (found by date)."""
    found = plan.find_posts(uid for _row, uid in rows)
    missing = [row for row, uid in rows if uid not in found]
    days = [day for row in missing if (day := _date_of(row)) is not None]
    if days:
        first, last = min(days) - OCCURRENCE_REACH, max(days) + OCCURRENCE_REACH
        occurrences = plan.occurrences_between(first, last)
        found.update((uid, occurrences[uid]) for _row, uid in rows if uid in occurrences)
    return found


def _date_of(row: PackRow) -> dt.date | None:
    text = row.cells.get("date", "").strip()[:10]
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        return None


def _answer(row: PackRow, post: Post, decision: Review | None) -> Answer | None:
    """The row's answer for ``post``; None for a row the client has not answered."""
    cells = row.cells
    comment = plain_text(cells.get("comment", "")).strip()
    sent = cells.get("sent", "").strip().lower()
    sent_title, sent_body = (sent[:12], sent[12:]) if _FINGERPRINT.fullmatch(sent) else ("", "")
    title = _rewritten(cells.get("title"), post.title, sent_title)
    body = _rewritten(cells.get("body"), post.body, sent_body)
    if decision is None and not comment and title is None and body is None:
        return None
    return Answer(row.line, post, decision, comment, title, body)


def _rewritten(cell: str | None, current: str, sent: str) -> str | None:
    """The client's text, when they rewrote what was sent and it differs from the post's
    text now; None otherwise (a cell emptied is taken as left alone)."""
    if cell is None or not cell.strip():
        return None
    text = plain_text(cell).strip()
    if (sent and _digest(text) == sent) or same_text(text, current):
        return None
    return text


def _changes(answer: Answer) -> bool:
    """Whether applying ``answer`` would change its post (the same pack read twice
    changes nothing the second time)."""
    post = answer.post
    review = answer.decision or post.review
    if (review, answer.comment) != (post.review, post.review_comment):
        return True
    return (answer.title is not None and answer.title != post.suggested_title) or (
        answer.body is not None and answer.body != post.suggested_body
    )


def today_in(plan: Plan) -> dt.date:
    """The day an answer is read on, in the plan's zone (its ``review_date``)."""
    return clock.today(plan.settings().time_zone)
