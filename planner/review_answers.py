"""A client's answers, read from a review pack: each row checked and matched against the
plan (stored posts and series occurrences), what it would change, and why a pack is
refused. Reading is all or nothing, like a CSV import: every problem named by line and
column, the other rows still listed; rows for posts deleted since are reported and left
alone; the same pack read twice changes nothing the second time."""

from __future__ import annotations

import datetime as dt
import re
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field

from planner import clock
from planner.approval import Answer, Review, plain_text, read_decision, same_text
from planner.errors import CsvImportError, Problem
from planner.model import Post
from planner.review_pack import FINGERPRINT, PackFile, PackRow, digest
from planner.store import Plan


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
    plan_uid = plan.uid
    for row in pack.rows:
        found = _row_problems(row, plan_uid, uids)
        if found:
            problems += found
            continue
        try:
            decision = read_decision(row.cells.get("decision", ""))
        except ValueError as error:
            problems.append(Problem(row.line, "decision", str(error)))
            continue
        checked.append((row, row_uid(row), decision))
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


def row_uid(row: PackRow) -> str:
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
    key = row_uid(row)
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
    sent_title, sent_body = (sent[:12], sent[12:]) if FINGERPRINT.fullmatch(sent) else ("", "")
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
    if (sent and digest(text) == sent) or same_text(text, current):
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
