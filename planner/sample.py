"""A sample week for a small bakery, so a newcomer sees a balanced plan at once."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass

from planner.channels import name_key
from planner.model import ContentType, Post, Status
from planner.weeks import Week

P, V, C = ContentType.PROMOTIONAL, ContentType.VALUE, ContentType.CONVERSATION


@dataclass(frozen=True)
class SampleChannel:
    name: str
    weekly_target: int | None


@dataclass(frozen=True)
class SamplePost:
    day: int | None  # days after the week's first day; None for an idea
    time: dt.time | None
    channel: str
    content_type: ContentType
    title: str
    body: str = ""
    tags: tuple[str, ...] = ()


CHANNELS = (
    SampleChannel("Instagram", 4),
    SampleChannel("Facebook", 3),
    SampleChannel("Newsletter", None),
    SampleChannel("LinkedIn", None),
)

POSTS = (
    SamplePost(
        0,
        dt.time(8),
        "Instagram",
        V,
        "Behind the oven: how our sourdough rises overnight",
        "Eighteen hours from flour to crust. A short video of the night shift.",
        ("behind the scenes",),
    ),
    SamplePost(
        0,
        dt.time(12),
        "Facebook",
        C,
        "Which bread should we bake for Sunday? Vote!",
        "Rye, spelt or olive focaccia? The winner is on the shelf at 7 am.",
        ("poll",),
    ),
    SamplePost(
        1,
        dt.time(9),
        "Instagram",
        P,
        "Pumpkin loaves are back, this week only",
        "Roasted pumpkin, a pinch of nutmeg. While they last!",
        ("seasonal",),
    ),
    SamplePost(
        1,
        dt.time(18),
        "Newsletter",
        V,
        "Five ways to keep bread fresh for longer",
        "Paper bag, not plastic; freeze in slices; revive a loaf in a hot oven for 5 minutes...",
    ),
    SamplePost(
        2,
        dt.time(12, 30),
        "Instagram",
        C,
        "Show us your breakfast table",
        "Tag us in a photo of your weekend breakfast; we share our favourites on Friday.",
    ),
    SamplePost(
        3,
        dt.time(10),
        "LinkedIn",
        V,
        "What a year of zero-waste baking taught us",
        "Day-old bread goes to the food bank and into our bread pudding.",
    ),
    SamplePost(
        4,
        dt.time(8),
        "Facebook",
        P,
        "Weekend pre-order: reserve your loaf by Friday noon",
        "Order in the shop or by phone; pick up Saturday from 7 am.",
        ("pre-order",),
    ),
    SamplePost(
        4,
        dt.time(17),
        "Facebook",
        C,
        "Meet Giulia, our new apprentice: ask her anything",
        "Leave your questions below; Giulia answers them all on Monday.",
    ),
    SamplePost(
        5,
        None,
        "Instagram",
        V,
        "Recipe: French toast with yesterday's loaf",
        "Three eggs, a splash of milk, cinnamon, and bread that is two days old.",
        ("recipe",),
    ),
    SamplePost(None, None, "Instagram", C, "Idea: ask followers to name our new rye"),
    SamplePost(None, None, "Newsletter", V, "Idea: a guide to our flours and where they come from"),
)


def status_for(day: dt.date | None, today: dt.date) -> Status:
    """Past posts are published, the next days scheduled, later ones still drafts."""
    if day is None:
        return Status.IDEA
    if day < today:
        return Status.PUBLISHED
    return Status.SCHEDULED if day <= today + dt.timedelta(days=2) else Status.DRAFT


def sample_date(sample: SamplePost, week: Week) -> dt.date | None:
    return None if sample.day is None else week.start + dt.timedelta(days=sample.day)


def sample_posts(week: Week, today: dt.date, channel_ids: Mapping[str, int]) -> list[Post]:
    """The sample posts in ``week``; ``channel_ids`` gives the id of each sample channel
    by its ``channels.name_key``."""
    return [
        Post(
            channel_id=channel_ids[name_key(sample.channel)],
            content_type=sample.content_type,
            title=sample.title,
            body=sample.body,
            date=sample_date(sample, week),
            time=sample.time,
            status=status_for(sample_date(sample, week), today),
            tags=sample.tags,
        )
        for sample in POSTS
    ]
