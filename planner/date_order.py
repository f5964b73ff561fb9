"""Which comes first in a numeric date such as ``09/12/2026``: the day or the month.

In turn (PRODUCT.md §5): what the person asked for (``--dayfirst``/``--monthfirst``, or
the import dialog's choice); the dates themselves (any date only one order can read, such
as ``24/12/2026``, settles the order for the whole file or command); the computer's
language and region (``it_IT`` writes the day first, ``en_US`` the month). Read wrongly,
9 December becomes 12 September without a word: that is data loss too.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum

from planner.dateparse import NUMERIC_DATE


class DateOrder(StrEnum):
    DAY_FIRST = "day first"
    MONTH_FIRST = "month first"

    @property
    def other(self) -> DateOrder:
        return DateOrder.MONTH_FIRST if self is DateOrder.DAY_FIRST else DateOrder.DAY_FIRST


class Source(StrEnum):
    """What settled the order."""

    ASKED = "asked"
    EVIDENCE = "evidence"
    LOCALE = "locale"
    DEFAULT = "default"


@dataclass(frozen=True)
class ComputerOrder:
    """The order the computer's language and region write dates in (None: they do not
    say, as with the C locale), with the locale's name (``it_IT``)."""

    order: DateOrder | None
    name: str = ""


@dataclass(frozen=True)
class OrderChoice:
    """The order used, and why: for ``EVIDENCE`` the date that settled it (``text``) and
    where it stands (``where``: ``line 3``, ``--from``); for ``LOCALE`` the locale's name
    (``text``)."""

    order: DateOrder
    source: Source
    where: str = ""
    text: str = ""

    @property
    def dayfirst(self) -> bool:
        return self.order is DateOrder.DAY_FIRST


# Regions whose numeric dates put the month first (CLDR); everywhere else the day does.
MONTH_FIRST_REGIONS = frozenset({"US", "PH", "FM", "MH", "PW", "GU", "AS", "MP", "PR", "UM", "VI"})
# The variables that choose the locale for dates, by POSIX precedence.
LOCALE_VARIABLES = ("LC_ALL", "LC_TIME", "LANG")


def _numbers(text: str) -> tuple[int, int] | None:
    match = NUMERIC_DATE.fullmatch(text)
    return (int(match[1]), int(match[3])) if match else None


def only_order(text: str) -> DateOrder | None:
    """The one order that can read ``text`` (``24/12/2026``: day first), if only one can."""
    numbers = _numbers(text)
    if numbers is None:
        return None
    first, second = numbers
    if 12 < first <= 31 and 1 <= second <= 12:
        return DateOrder.DAY_FIRST
    if 12 < second <= 31 and 1 <= first <= 12:
        return DateOrder.MONTH_FIRST
    return None


def is_ambiguous(text: str) -> bool:
    """True for a date that both orders read, as different days (``09/12/2026``)."""
    numbers = _numbers(text)
    return numbers is not None and numbers[0] != numbers[1] and all(1 <= n <= 12 for n in numbers)


def locale_order(name: str) -> DateOrder | None:
    """The order a locale (``it_IT.UTF-8``, ``en-US``, ``de``) writes numeric dates in;
    None for ``C``/``POSIX`` and names that are not locales."""
    base = name.split(".")[0].split("@")[0].replace("-", "_")
    language, _, region = base.partition("_")
    if not language.isalpha() or language.upper() in ("C", "POSIX"):
        return None
    if region:
        return (
            DateOrder.MONTH_FIRST if region.upper() in MONTH_FIRST_REGIONS else DateOrder.DAY_FIRST
        )
    # A language alone stands for its main region: English for the United States.
    return DateOrder.MONTH_FIRST if language.lower() == "en" else DateOrder.DAY_FIRST


def computer_order(environ: Mapping[str, str] | None = None) -> ComputerOrder:
    """The computer's order, read without Qt: the locale variables (``LC_ALL``, then
    ``LC_TIME``, then ``LANG``, the first one set), else Windows's user locale."""
    environ = os.environ if environ is None else environ
    for variable in LOCALE_VARIABLES:
        name = environ.get(variable, "")
        if name:
            return ComputerOrder(locale_order(name), name.split(".")[0])
    if sys.platform == "win32":
        return _windows_order()
    return ComputerOrder(None)


if sys.platform == "win32":

    def _windows_order() -> ComputerOrder:
        import ctypes

        buffer = ctypes.create_unicode_buffer(85)  # LOCALE_NAME_MAX_LENGTH
        if not ctypes.windll.kernel32.GetUserDefaultLocaleName(buffer, len(buffer)):
            return ComputerOrder(None)
        return ComputerOrder(locale_order(buffer.value), buffer.value)


def choose(
    asked: DateOrder | None, dates: Iterable[tuple[str, str]], computer: ComputerOrder
) -> OrderChoice:
    """The order to read ``dates`` (pairs of where each stands and its text) in."""
    if asked is not None:
        return OrderChoice(asked, Source.ASKED)
    seen: set[str] = set()
    for where, text in dates:
        if text in seen:
            continue  # a file repeats its dates; each is looked at once
        seen.add(text)
        order = only_order(text)
        if order is not None:
            return OrderChoice(order, Source.EVIDENCE, where, text.strip())
    if computer.order is not None:
        return OrderChoice(computer.order, Source.LOCALE, text=computer.name)
    # The C locale, and dateutil, read 01/02/2026 as 2 January.
    return OrderChoice(DateOrder.MONTH_FIRST, Source.DEFAULT)


def mismatch(text: str, choice: OrderChoice) -> str | None:
    """Why ``text`` cannot be read, when it is a valid date only in the other order."""
    if only_order(text) is not choice.order.other:
        return None
    written = "the month" if choice.dayfirst else "the day"
    return f"{text.strip()!r} has {written} first, but dates are read {explain(choice)}"


def explain(choice: OrderChoice) -> str:
    """``day first, as line 3 (24/12/2026) shows``: the order and its reason, in words."""
    reasons = {
        Source.ASKED: "as chosen",
        Source.EVIDENCE: f"as {choice.where} ({choice.text}) shows",
        Source.LOCALE: f"as the computer's language and region ({choice.text}) write them",
        Source.DEFAULT: "as the computer's language and region set no order",
    }
    return f"{choice.order}, {reasons[choice.source]}"


def long_date(day: dt.date) -> str:
    """``Wed 9 Dec 2026``: a date no one can read two ways."""
    return f"{day:%a} {day.day} {day:%b} {day.year}"
