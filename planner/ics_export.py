"""The plan as calendar events (RFC 5545, through the icalendar package).

One VEVENT per dated post. Its UID is the post's uid, so a client that imports a newer
export sees its events updated rather than doubled. Timed posts carry the plan's time zone
(TZID, with its VTIMEZONE of yearly rules) and a DURATION: on the days the clocks change,
a start and an end in wall-clock time would make an event end before it starts or last an
hour too long. Posts with no time are all-day events.

CATEGORIES holds the content type's stable name (``promotional``), the same from every
export, for calendar filters and scripts; the description, which people read, is in the
exporter's language (:class:`EventWords`; English from the command line).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from planner import __version__, clock
from planner.model import Channel, ContentType, Post, Status
from planner.vtimezone import vtimezone
from planner.wall_time import moment

# A timed post takes this long in the calendar: long enough to see, short enough to plan.
EVENT_LENGTH = dt.timedelta(minutes=30)
CONFIRMED = frozenset({Status.SCHEDULED, Status.PUBLISHED})


@dataclass(frozen=True)
class EventWords:
    """The words of an event's description: its labels and the names of types and statuses."""

    channel: str = "Channel"
    content_type: str = "Content type"
    status: str = "Status"
    tags: str = "Tags"
    types: Mapping[ContentType, str] = field(
        default_factory=lambda: {kind: kind.value for kind in ContentType}
    )
    statuses: Mapping[Status, str] = field(
        default_factory=lambda: {status: status.value for status in Status}
    )


def calendar_bytes(
    posts: Iterable[Post],
    channels: Mapping[int, Channel],
    *,
    time_zone: str,
    name: str,
    stamp: dt.datetime | None = None,
    words: EventWords | None = None,
) -> bytes:
    """An iCalendar file of the dated ``posts``; ``stamp`` is the DTSTAMP (now by default)."""
    words = words or EventWords()
    from icalendar import Calendar, Event  # only exports to a calendar need it

    calendar = Calendar()
    calendar.add("prodid", f"-//Content Planner//{__version__}//EN")
    calendar.add("version", "2.0")
    # An X- property is written as it is, unescaped: a line break would end its line.
    calendar.add("x-wr-calname", " ".join(name.split()))
    zone = clock.zone(time_zone) or dt.UTC
    stamp = stamp or clock.moment()
    years: set[int] = set()
    for post in posts:
        if post.date is None:
            continue  # an idea has no day in a calendar
        channel = channels.get(post.channel_id)
        event = Event()
        event.add("uid", post.uid)
        event.add("dtstamp", stamp)
        event.add("summary", post.title)
        event.add("description", _description(post, channel, words))
        event.add("categories", [post.content_type.value])
        event.add("status", "CONFIRMED" if post.status in CONFIRMED else "TENTATIVE")
        if post.time is None:
            event.add("dtstart", post.date)
            event.add("dtend", post.date + dt.timedelta(days=1))
        else:
            # RFC 5545 §3.3.5: a time the clocks skip is read with the offset before the
            # gap (written as the time that exists); a time that happens twice, the first.
            event.add("dtstart", moment(post.date, post.time, zone))
            event.add("duration", EVENT_LENGTH)
            years.add(post.date.year)
        calendar.add_component(event)
    if years and zone is not dt.UTC:
        calendar.subcomponents.insert(0, vtimezone(time_zone, zone, min(years), max(years)))
    return bytes(calendar.to_ical())


def _description(post: Post, channel: Channel | None, words: EventWords) -> str:
    lines = [post.body] if post.body else []
    lines.append(f"{words.channel}: {channel.name if channel else '?'}")
    lines.append(f"{words.content_type}: {words.types[post.content_type]}")
    lines.append(f"{words.status}: {words.statuses[post.status]}")
    if post.tags:
        lines.append(f"{words.tags}: {', '.join(post.tags)}")
    return "\n".join(lines)
