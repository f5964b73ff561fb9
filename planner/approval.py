"""A client's review of planned posts, for freelancers: the state of each post, the
client's answer read back from a review pack, and the rules of applying it.

A post is ``none`` until it is sent; sending marks it ``awaiting``; the client's answer
makes it ``approved`` or ``changes`` (changes requested), with a comment and the date of
the answer. A title or text the client rewrote is kept as a *suggestion* beside the
post's own, until the user accepts it (it then replaces the post's) or dismisses it.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, replace
from enum import StrEnum
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from planner.model import Post


class Review(StrEnum):
    NONE = "none"  # not sent for review
    AWAITING = "awaiting"
    APPROVED = "approved"
    CHANGES = "changes"  # changes requested


# What a client may type in the decision cell, in any case, with or without accents:
# the drop-down's words in English and Italian, and what people write instead.
DECISION_WORDS: dict[str, Review] = {
    **dict.fromkeys(
        (
            "approve",
            "approved",
            "ok",
            "okay",
            "yes",
            "y",
            "good",
            "fine",
            "go",
            "✓",
            "✔",
            "approva",
            "approvato",
            "approvata",
            "si",
            "va bene",
            "bene",
        ),
        Review.APPROVED,
    ),
    **dict.fromkeys(
        (
            "change",
            "changes",
            "changed",
            "edit",
            "modify",
            "rework",
            "redo",
            "no",
            "n",
            "✗",
            "✘",
            "modifica",
            "modifiche",
            "modificare",
            "da modificare",
            "cambia",
            "cambiare",
            "rifare",
        ),
        Review.CHANGES,
    ),
}


def folded(text: str) -> str:
    """``  Sì! `` → ``si``: lower case, accents and surrounding punctuation gone."""
    decomposed = unicodedata.normalize("NFKD", text.strip().casefold())
    bare = "".join(char for char in decomposed if not unicodedata.combining(char))
    return re.sub(r"\s+", " ", bare.strip(" .!;:,-_\"'")).strip()


def read_decision(cell: str) -> Review | None:
    """The decision a cell holds; None for an empty cell. ``ValueError`` for any other word."""
    key = folded(cell)
    if not key:
        return None
    if key in DECISION_WORDS:
        return DECISION_WORDS[key]
    raise ValueError(f"{cell.strip()!r} is not a decision: write approve or change")


def same_text(first: str, second: str) -> bool:
    """Whether two texts say the same once a spreadsheet's handling is allowed for: line
    ends (Windows, old Mac, Unix), Unicode composition (macOS may write é as e and an accent), blank
    space around the text."""
    return plain_text(first).strip() == plain_text(second).strip()


def plain_text(text: str) -> str:
    return unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))


class Rewrite(StrEnum):
    """What of a post the client may rewrite in a pack."""

    TITLE = "title"
    BODY = "body"


# -- one row of a pack, answered ---------------------------------------------------------


@dataclass(frozen=True)
class Answer:
    """What the client wrote on one post's row."""

    line: int
    post: Post  # the post as the plan holds it
    decision: Review | None
    comment: str
    title: str | None = None  # a rewritten title, when it differs from the post's
    body: str | None = None  # a rewritten text, likewise

    @property
    def has_suggestion(self) -> bool:
        return self.title is not None or self.body is not None


def answered(
    post: Post, answer: Answer, today: dt.date, *, accept_title: bool, accept_body: bool
) -> Post:
    """``post`` with the client's answer: the decision (if any), the comment, the date
    of an answer that changed either; a rewritten title or text replaces the post's when
    accepted, else waits beside it as a suggestion."""
    review = answer.decision or post.review
    changed = {}
    if (review, answer.comment) != (post.review, post.review_comment):
        changed = {"review": review, "review_comment": answer.comment, "review_date": today}
    title, suggested_title = _suggested(
        post.title, post.suggested_title, answer.title, accept_title
    )
    body, suggested_body = _suggested(post.body, post.suggested_body, answer.body, accept_body)
    return replace(
        post,
        **changed,  # type: ignore[arg-type]
        title=title,
        body=body,
        suggested_title=suggested_title,
        suggested_body=suggested_body,
        virtual=False,
    )


def _suggested(
    current: str, pending: str | None, written: str | None, accept: bool
) -> tuple[str, str | None]:
    """(the text, the suggestion left waiting) after the client wrote ``written``."""
    if written is None or same_text(written, current):
        return current, pending
    if accept:
        return written, None
    return current, written


# -- counts and differences ----------------------------------------------------------------


@dataclass(frozen=True)
class ReviewCounts:
    """How the posts sent for review stand: for the mix panel."""

    total: int  # every post counted (sent or not)
    approved: int = 0
    awaiting: int = 0
    changes: int = 0

    @property
    def sent(self) -> int:
        return self.approved + self.awaiting + self.changes


def count_reviews(posts: Iterable[Post]) -> ReviewCounts:
    chosen = list(posts)
    states = [post.review for post in chosen]
    return ReviewCounts(
        len(chosen),
        states.count(Review.APPROVED),
        states.count(Review.AWAITING),
        states.count(Review.CHANGES),
    )


class Edit(StrEnum):
    SAME = "same"
    REMOVED = "removed"
    ADDED = "added"


# Words (with their apostrophes, straight or curly), runs of space, single punctuation.
_WORDS = re.compile("\\s+|[\\w'\u2019]+|[^\\w\\s]")


def word_diff(before: str, after: str) -> list[tuple[Edit, str]]:
    """How ``after`` differs from ``before``, word by word (spaces and punctuation are
    words of their own): runs of text kept, removed and added, in reading order."""
    old, new = _WORDS.findall(plain_text(before)), _WORDS.findall(plain_text(after))
    parts: list[tuple[Edit, str]] = []
    import difflib  # loaded with the first comparison: the window starts without it

    matcher = difflib.SequenceMatcher(None, old, new, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            parts.append((Edit.SAME, "".join(old[i1:i2])))
            continue
        if i2 > i1:
            parts.append((Edit.REMOVED, "".join(old[i1:i2])))
        if j2 > j1:
            parts.append((Edit.ADDED, "".join(new[j1:j2])))
    return parts
