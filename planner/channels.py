"""Well-known channels and how each counts characters."""

from __future__ import annotations

import re

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


def character_count(text: str, channel_name: str) -> int:
    """Characters ``text`` uses on the channel: links count 23 on X, as X counts them."""
    if known_name(channel_name) == "X":
        return len(_LINK.sub("x" * X_LINK_LENGTH, text))
    return len(text)
