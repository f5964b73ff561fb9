"""Today's date and the computer's time zone, seen from a plan's time zone."""

from __future__ import annotations

import datetime as dt
import zoneinfo
from functools import cache


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
    return dt.datetime.now(zone(zone_name) or dt.UTC)


def wall_now(zone_name: str) -> dt.datetime:
    """The wall-clock time in the zone, without the zone: what a post's date and time mean."""
    return now(zone_name).replace(tzinfo=None)


def today(zone_name: str) -> dt.date:
    return now(zone_name).date()
