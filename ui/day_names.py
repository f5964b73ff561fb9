"""The names shown under a day (its public holidays and the plan's own dates), as this
computer's region and the window's language give them: for the views, the PDF and the
picture alike."""

from __future__ import annotations

from PySide6.QtCore import QLocale

from planner import special_days
from planner.special_days import NamesOf
from planner.store import Plan
from ui import language


def names_of(plan: Plan, *, with_holidays: bool = True) -> NamesOf:
    computer = QLocale.system().name()
    spoken = language.locale_for(language.current()).name()
    return lambda first, last: special_days.plan_day_names(
        plan, first, last, computer_locale=computer, language=spoken, with_holidays=with_holidays
    )
