"""The plan as calendar events (RFC 5545), written one event at a time.

One VEVENT per dated post. Its UID is the post's uid, so a client that imports a newer
export sees its events updated rather than doubled. Timed posts carry the plan's time zone
(TZID, with its VTIMEZONE of yearly rules) and a DURATION: on the days the clocks change,
a start and an end in wall-clock time would make an event end before it starts or last an
hour too long. Posts with no time are all-day events.

CATEGORIES holds the content type's stable name (``promotional``), the same from every
export, for calendar filters and scripts; the description, which people read, is in the
exporter's language (:class:`EventWords`; English from the command line).

The calendar's head (its properties and the VTIMEZONE) is made by the icalendar package,
which also says how a time in the plan's zone is written. Each event
is written as text as soon as it is made, from the post's row as the store gives it: an
icalendar component per event would cost ten times as much (and held whole, gigabytes for
a large plan).
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, BinaryIO

from planner import __version__, clock
from planner.model import Channel, ContentType, Status
from planner.rows import POST_FIELDS
from planner.vtimezone import vtimezone
from planner.wall_time import moment

# A timed post takes this long in the calendar: long enough to see, short enough to plan.
EVENT_LENGTH = "PT30M"
CONFIRMED = frozenset({Status.SCHEDULED.value, Status.PUBLISHED.value})
# icalendar's folding: at most 74 octets a line (the continuation's space makes 75).
LINE_OCTETS = 74
_FIELDS = ("uid", "channel_id", "content_type", "title", "body", "date", "time", "status", "tags")
_UID, _CHANNEL, _KIND, _TITLE, _BODY, _DATE, _TIME, _STATUS, _TAGS = map(POST_FIELDS.index, _FIELDS)


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


def write_calendar(
    rows: Iterable[Sequence[Any]],
    channels: Mapping[int, Channel],
    binary: BinaryIO,
    *,
    time_zone: str,
    name: str,
    years: tuple[int, int] | None,
    words: EventWords | None = None,
) -> int:
    """Write an iCalendar file of the dated posts among ``rows`` (as the store gives
    them) to ``binary``; ``years`` are those of the timed posts, for the VTIMEZONE; the
    descriptions in ``words`` (English by default). Returns the number of events."""
    from icalendar import Calendar  # only exports to a calendar need it

    zone = clock.zone(time_zone) or dt.UTC
    calendar = Calendar()
    calendar.add("prodid", f"-//Content Planner//{__version__}//EN")
    calendar.add("version", "2.0")
    # An X- property is written as it is, unescaped: a line break would end its line.
    calendar.add("x-wr-calname", " ".join(name.split()))
    if years and zone is not dt.UTC:
        calendar.add_component(vtimezone(time_zone, zone, *years))
    head = calendar.to_ical().decode()
    end = head.rindex("END:VCALENDAR")
    names = {channel_id: channel.name for channel_id, channel in channels.items()}
    events = _Events(zone, names, words or EventWords())
    text = io.TextIOWrapper(binary, encoding="utf-8", newline="")
    count = 0
    try:
        text.write(head[:end])
        for row in rows:
            if row[_DATE] is not None:  # an idea has no day in a calendar
                text.write(events.event(row))
                count += 1
        text.write(head[end:])
    finally:
        text.detach()  # flushes what is left; the binary stream stays open
    return count


class _Events:
    def __init__(self, zone: dt.tzinfo, channel_names: Mapping[int, str], words: EventWords):
        from icalendar.prop import vDDDTypes

        self._zone = zone
        self._names = channel_names
        self._words = words
        # The rows hold types and statuses by their stable names.
        self._types = {kind.value: name for kind, name in words.types.items()}
        self._statuses = {status.value: name for status, name in words.statuses.items()}
        # How icalendar writes a time in this zone: with a TZID, or in UTC ("Z").
        sample = vDDDTypes(dt.datetime(2000, 1, 1, tzinfo=zone))
        self._utc = sample.to_ical().endswith(b"Z")
        tzid = sample.params.get("TZID")
        self._start = f"DTSTART;TZID={tzid}:" if tzid else "DTSTART:"
        self._stamp = f"DTSTAMP:{clock.moment().astimezone(dt.UTC):%Y%m%dT%H%M%SZ}"

    def event(self, row: Sequence[Any]) -> str:
        day = dt.date.fromisoformat(row[_DATE])
        if row[_TIME] is None:
            after = day + dt.timedelta(days=1)
            when = f"DTSTART;VALUE=DATE:{day:%Y%m%d}\r\nDTEND;VALUE=DATE:{after:%Y%m%d}"
        else:
            # RFC 5545 §3.3.5: a time the clocks skip is read with the offset before the
            # gap (written as the time that exists); a time that happens twice, the first.
            hour, minute = row[_TIME].split(":")
            start = moment(day, dt.time(int(hour), int(minute)), self._zone)
            if self._utc:
                start = start.astimezone(dt.UTC)
            z = "Z" if self._utc else ""
            when = f"{self._start}{start:%Y%m%dT%H%M%S}{z}\r\nDURATION:{EVENT_LENGTH}"
        status = "CONFIRMED" if row[_STATUS] in CONFIRMED else "TENTATIVE"
        return (
            f"BEGIN:VEVENT\r\n{fold('SUMMARY:' + escape(row[_TITLE]))}\r\n{when}\r\n"
            f"{self._stamp}\r\n{fold('UID:' + escape(row[_UID]))}\r\n"
            f"{fold('CATEGORIES:' + escape(row[_KIND]))}\r\n"
            f"{fold('DESCRIPTION:' + escape(self._description(row)))}\r\n"
            f"STATUS:{status}\r\nEND:VEVENT\r\n"
        )

    def _description(self, row: Sequence[Any]) -> str:
        words = self._words
        lines = [row[_BODY]] if row[_BODY] else []
        lines.append(f"{words.channel}: {self._names.get(row[_CHANNEL], '?')}")
        lines.append(f"{words.content_type}: {self._types[row[_KIND]]}")
        lines.append(f"{words.status}: {self._statuses[row[_STATUS]]}")
        if row[_TAGS]:
            lines.append(f"{words.tags}: {row[_TAGS]}")
        return "\n".join(lines)


def escape(text: str) -> str:
    r"""A TEXT value as RFC 5545 §3.3.11 writes it: backslash, semicolon and comma escaped,
    a line break (CRLF, LF or a lone CR) as ``\n``."""
    return (
        text.replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r\n", "\\n")
        .replace("\n", "\\n")
        .replace("\r", "\\n")
    )


def fold(line: str) -> str:
    """A content line folded as icalendar folds it (RFC 5545 §3.1): at most
    :data:`LINE_OCTETS` octets a line, never inside a character, and never just after a
    backslash (some clients misread an escape split over two lines)."""
    data = line.encode()
    if len(data) <= LINE_OCTETS:
        return line
    parts = []
    start = 0
    while len(data) - start > LINE_OCTETS:
        end = start + LINE_OCTETS
        while data[end] & 0xC0 == 0x80:  # the middle of a character
            end -= 1
        if data[end - 1] in b"\\^" and end - 1 > start:
            end -= 1
        parts.append(data[start:end])
        start = end
    parts.append(data[start:])
    return b"\r\n ".join(parts).decode()
