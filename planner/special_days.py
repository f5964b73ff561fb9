"""Days that matter in the day headers: public holidays of the plan's country (and region)
from the ``holidays`` package, offline, and the plan's own dates (:class:`PlanDate`).

Importing ``holidays`` and its countries takes a fifth of a second, so it happens only when
holidays are first asked for (the window asks after its first paint); each year of a
country is worked out once.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping
from functools import cache
from typing import TYPE_CHECKING

from planner.model import PlanDate, Settings

if TYPE_CHECKING:
    from planner.store import Plan

# What each day shows: the names of its holidays and dates, holidays first.
DayNames = Mapping[dt.date, tuple[str, ...]]
# The names of the days from the first date to the last.
NamesOf = Callable[[dt.date, dt.date], DayNames]


@cache
def _supported() -> dict[str, tuple[str, ...]]:
    import holidays

    return {code: tuple(regions) for code, regions in holidays.list_supported_countries().items()}


def countries() -> list[str]:
    """The ISO codes of the countries whose holidays are known (two letters each; the
    package also knows each country by its three-letter code)."""
    return sorted(code for code in _supported() if len(code) == 2)


def regions(country: str) -> tuple[str, ...]:
    """The codes of ``country``'s regions (states, provinces) with holidays of their own."""
    return _supported().get(country, ())


@cache
def region_names(country: str) -> dict[str, str]:
    """The names the package gives ``country``'s regions (``AN`` → ``Ancona``), where it
    has them."""
    import holidays

    try:
        aliases = holidays.country_holidays(country).get_subdivision_aliases()
    except (NotImplementedError, AttributeError):
        return {}
    return {code: names[0] for code, names in aliases.items() if names}


def country_name(code: str, language: str) -> str:
    """A country's name in ``language`` (``it_IT``: "Nuova Zelanda"), from the Unicode
    CLDR data Babel ships; the code itself when unknown."""
    from babel import Locale, UnknownLocaleError

    try:
        names = Locale.parse(language).territories
    except (UnknownLocaleError, ValueError):
        names = Locale("en").territories
    return str(names.get(code, code))


def holiday_problem(country: str | None, region: str | None) -> str | None:
    """Why a country and region cannot be the plan's, or None."""
    if not country:
        return "a region needs its country" if region else None
    if country not in _supported():
        return f"no public holidays are known for the country {country!r}"
    if region and region not in regions(country):
        return f"{country} has no region {region!r}"
    return None


def country_of_locale(name: str) -> str:
    """The country a locale name speaks for: ``it_IT`` → ``IT``, ``en-US.UTF-8`` → ``US``;
    "" when it names none (``C``) or one whose holidays are not known."""
    code = name.replace("-", "_").split(".")[0].split("@")[0]
    country = code.split("_")[1].upper() if "_" in code else ""
    try:
        return country if country in _supported() else ""
    except ImportError:  # pragma: no cover - the package is a dependency
        return ""


def holiday_country(settings: Settings, computer_locale: str) -> str:
    """The country whose holidays the plan shows: its own choice, else the computer's."""
    if settings.holiday_country is None:
        return country_of_locale(computer_locale)
    return settings.holiday_country


@cache
def _holidays_of(country: str, region: str | None, year: int, language: str) -> dict[dt.date, str]:
    import holidays

    found = holidays.country_holidays(country, subdiv=region, years=year, language=language)
    return dict(found.items())


def holidays_between(
    country: str, region: str | None, first: dt.date, last: dt.date, language: str
) -> dict[dt.date, str]:
    """The public holidays from ``first`` to ``last``, named in ``language`` (``it_IT``)
    where the package has it, else in the country's own."""
    if not country:
        return {}
    found: dict[dt.date, str] = {}
    for year in range(first.year, last.year + 1):
        if 1900 <= year <= 2200:  # the package's rules hold for real years
            found.update(_holidays_of(country, region or None, year, language))
    return {day: name for day, name in found.items() if first <= day <= last}


def day_names(
    holidays: Mapping[dt.date, str], dates: Iterable[PlanDate], first: dt.date, last: dt.date
) -> dict[dt.date, tuple[str, ...]]:
    """Each day from ``first`` to ``last`` that has a holiday or a plan date, with their
    names (holidays first; a holiday's several names stay in one)."""
    names: dict[dt.date, list[str]] = {}
    for day, name in holidays.items():
        names.setdefault(day, []).append(name)
    for date in dates:
        day = max(date.first, first)
        while day <= min(date.last, last):
            names.setdefault(day, []).append(date.name)
            day += dt.timedelta(days=1)
    return {day: tuple(found) for day, found in sorted(names.items())}


def plan_day_names(
    plan: Plan,
    first: dt.date,
    last: dt.date,
    *,
    computer_locale: str,
    language: str,
    with_holidays: bool = True,
) -> dict[dt.date, tuple[str, ...]]:
    """The plan's holidays (as its settings choose, else the computer's region's, named in
    ``language``) and its own dates, from ``first`` to ``last``."""
    holidays: dict[dt.date, str] = {}
    if with_holidays:
        settings = plan.settings()
        country = holiday_country(settings, computer_locale)
        holidays = holidays_between(country, settings.holiday_region, first, last, language)
    return day_names(holidays, plan.plan_dates(first, last), first, last)
