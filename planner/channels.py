"""Channels: how a channel is named, its usual character limit, how it counts characters.

Every part of the app that names or creates a channel (the post dialog, settings, import,
the sample week) goes through :func:`new_channel` and :func:`name_problem`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from planner.model import Channel

MAX_CHANNEL_NAME = 60

# Character limits as scheduling tools enforce them (None: no practical limit).
KNOWN_LIMITS: dict[str, int | None] = {
    "Instagram": 2200,
    "Facebook": 5000,
    "LinkedIn": 3000,
    "X": 280,
    "TikTok": 2200,
    "Threads": 500,
    "Bluesky": 300,
    "Pinterest": 500,
    "Mastodon": 500,
    "YouTube": 5000,
    "Google Business": 1500,
    "Newsletter": None,
    "Blog": None,
}

# X shortens every link to a 23-character t.co address, whatever its real length.
X_LINK_LENGTH = 23
_LINK = re.compile(r"https?://\S+", re.IGNORECASE)


def known_name(name: str) -> str | None:
    """The catalogue's spelling of ``name`` (case-insensitive), if it is a known channel."""
    key = name.strip().casefold()
    return next((known for known in KNOWN_LIMITS if known.casefold() == key), None)


def default_limit(name: str) -> int | None:
    known = known_name(name)
    return KNOWN_LIMITS[known] if known else None


def name_key(name: str) -> str:
    """What two channel names are compared by: "instagram " is Instagram."""
    return name.strip().casefold()


def find_named(channels: Iterable[Channel], name: str) -> Channel | None:
    key = name_key(name)
    return next((channel for channel in channels if name_key(channel.name) == key), None)


def new_channel(
    channel_id: int,
    name: str,
    char_limit: int | None = None,
    weekly_target: int | None = None,
    reply_hours: int | None = None,
) -> Channel:
    """A channel as the plan names it: a known channel in the catalogue's spelling and,
    unless given, with its usual character limit."""
    known = known_name(name)
    limit = char_limit if char_limit is not None else default_limit(name)
    return Channel(channel_id, known or name.strip(), limit, weekly_target, reply_hours)


def name_problem(name: str) -> str | None:
    """Why ``name`` cannot name a channel, or None."""
    if not name.strip():
        return "a channel needs a name"
    if len(name.strip()) > MAX_CHANNEL_NAME:
        return f"a channel name has at most {MAX_CHANNEL_NAME} characters"
    return None


def channel_problem(channel: Channel) -> str | None:
    """Why ``channel`` cannot be saved as it is (its name or a number), or None."""
    numbers = (
        (channel.char_limit, "limit"),
        (channel.weekly_target, "target"),
        (channel.reply_hours, "reply window"),
    )
    for number, what in numbers:
        if number is not None and number < 1:
            return f"a channel's {what} must be at least 1"
    return name_problem(channel.name)


def character_count(text: str, channel_name: str) -> int:
    """Characters ``text`` uses on the channel: links count 23 on X, as X counts them."""
    if known_name(channel_name) == "X":
        return len(_LINK.sub("x" * X_LINK_LENGTH, text))
    return len(text)
