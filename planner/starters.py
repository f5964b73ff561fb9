"""Conversation starters: prompts that nudge a plan away from broadcasting.

Every plan starts with these; the user edits the list in the window."""

from __future__ import annotations

from dataclasses import dataclass

from planner.model import ContentType

C, V = ContentType.CONVERSATION, ContentType.VALUE


@dataclass(frozen=True)
class Starter:
    id: int
    content_type: ContentType
    text: str


BUILT_IN: tuple[tuple[ContentType, str], ...] = (
    (C, "Ask a question: what is your favourite ... and why?"),
    (C, "Run a poll: this one or that one?"),
    (C, "Behind the scenes: show how you make it, and ask what they would like to see next"),
    (C, "Ask for their story: how do you use what you bought from us?"),
    (C, 'Fill in the blank: "My perfect Saturday starts with ___"'),
    (C, "Let them choose: help us name the new product (or pick its colour)"),
    (C, "Q&A: invite questions, answer them all in a post next week"),
    (C, "A contest: share a photo with us for a chance to win"),
    (C, "Thank a regular customer (with their permission) and ask who else to thank"),
    (V, "A how-to: one small tip your customers can use today"),
    (V, "A customer story: how you helped someone, in their words"),
    (V, "Answer a frequent question in full"),
    (V, "A common mistake in your trade, and how to avoid it"),
    (V, "Meet the team: who does what, and one thing they love about the job"),
    (V, "A local tip: a neighbouring business you like, and why"),
    (V, "A checklist or a short guide to keep"),
)
