"""Months of a plan, as the month view shows them: the weeks (by the plan's week start)
that hold any of the month's days."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from planner.weeks import Week, weeks_between


@dataclass(frozen=True, order=True)
class Month:
    year: int
    month: int

    @classmethod
    def containing(cls, day: dt.date) -> Month:
        return cls(day.year, day.month)

    @property
    def first(self) -> dt.date:
        return dt.date(self.year, self.month, 1)

    @property
    def last(self) -> dt.date:
        return self.shifted(1).first - dt.timedelta(days=1)

    def shifted(self, months: int) -> Month:
        index = self.year * 12 + self.month - 1 + months
        return Month(index // 12, index % 12 + 1)

    def weeks(self, week_start: int) -> list[Week]:
        """The weeks holding the month's days: four to six rows of seven days."""
        return weeks_between(self.first, self.last, week_start)

    def __contains__(self, day: object) -> bool:
        return isinstance(day, dt.date) and (day.year, day.month) == (self.year, self.month)
