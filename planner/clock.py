"""The one source of "now" for the whole app, and today's date seen from a plan's zone.

Everything that asks what time it is asks here (never ``datetime.now()``), so tests can
freeze the moment and no result depends on the day a test runs.
"""

from __future__ import annotations

import datetime as dt
import os
import zoneinfo
from collections.abc import Callable
from functools import cache

# An ISO moment with its offset ("2026-11-23T09:00:00+00:00") that stops this clock for a
# whole process: tests hand it to the commands they run, a demo or screenshot shows a
# chosen week.
NOW_VARIABLE = "CONTENT_PLANNER_NOW"


def _system_moment() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def _source_from_environment() -> Callable[[], dt.datetime]:
    text = os.environ.get(NOW_VARIABLE, "")
    try:
        fixed = dt.datetime.fromisoformat(text)
    except ValueError:
        return _system_moment
    if fixed.tzinfo is None:
        return _system_moment
    return lambda: fixed


_source: Callable[[], dt.datetime] = _source_from_environment()


def moment() -> dt.datetime:
    """Now, as an aware moment in UTC."""
    return _source()


def set_source(source: Callable[[], dt.datetime] | None) -> None:
    """Tell the time from ``source`` (an aware moment; tests freeze it); None goes back to
    the computer's clock."""
    global _source
    _source = source or _system_moment


def local_zone_name() -> str:
    """The computer's IANA zone name (``Europe/Rome``), or ``UTC`` when it cannot be told."""
    import tzlocal  # only needed when a plan is created

    try:
        name = tzlocal.get_localzone_name()
    except Exception:  # tzlocal raises a variety of errors on misconfigured systems
        return "UTC"
    return name if name and is_known_zone(name) else "UTC"


@cache
def zone(name: str) -> dt.tzinfo | None:
    """The zone called ``name`` (from the system's zone data or the tzdata package)."""
    try:
        return zoneinfo.ZoneInfo(name)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        return None


def is_known_zone(name: str) -> bool:
    return bool(name) and zone(name) is not None


def now(zone_name: str) -> dt.datetime:
    """The current wall-clock time in the zone (UTC if the zone is unknown here)."""
    return moment().astimezone(zone(zone_name) or dt.UTC)


def wall_now(zone_name: str) -> dt.datetime:
    """The wall-clock time in the zone, without the zone: what a post's date and time mean."""
    return now(zone_name).replace(tzinfo=None)


def local_now() -> dt.datetime:
    """The computer's own wall-clock time (for file names a person reads)."""
    return moment().astimezone().replace(tzinfo=None)


def today(zone_name: str) -> dt.date:
    return now(zone_name).date()
