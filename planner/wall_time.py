"""A post's wall-clock time as a moment, on the days the clocks change.

A post is planned at a date and a time in the plan's zone. On the day the clocks go
forward, some times do not exist (02:30 on 28 March 2027 in Rome); on the day they go
back, some happen twice. RFC 5545 §3.3.5 settles both, and so does the planner: a time in
the gap is read with the offset before it (02:30 is 03:30 summer time), a time that
happens twice is its first occurrence.
"""

from __future__ import annotations

import datetime as dt


def moment(day: dt.date, time: dt.time, zone: dt.tzinfo) -> dt.datetime:
    """The moment ``time`` on ``day`` means, as an aware wall-clock time in ``zone`` that
    exists (a time in a gap comes out moved forward by the gap)."""
    # fold=0 gives the offset before a gap and the first of two times (PEP 495), as the RFC.
    planned = dt.datetime.combine(day, time, tzinfo=zone)
    return planned.astimezone(dt.UTC).astimezone(zone)


def shown_instead(day: dt.date, time: dt.time, zone: dt.tzinfo) -> dt.time | None:
    """The time the clocks show for ``time`` on ``day`` when ``time`` does not exist that
    day (the clocks go forward over it); None on every other day and time."""
    real = moment(day, time, zone)
    return None if real.replace(tzinfo=None) == dt.datetime.combine(day, time) else real.time()
