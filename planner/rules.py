"""The content-mix rule presets and their promotional limits, as exact fractions."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from fractions import Fraction

from planner.errors import ValidationError


class RuleId(StrEnum):
    """The rules a plan can follow, as stored in the plan and named on the command line."""

    THIRDS = "thirds"
    EIGHTY_TWENTY = "80-20"
    FOUR_ONE_ONE = "4-1-1"
    CUSTOM = "custom"


@dataclass(frozen=True)
class Rule:
    id: RuleId
    label: str
    limit: Fraction


PRESETS: dict[RuleId, Rule] = {
    rule.id: rule
    for rule in (
        Rule(RuleId.THIRDS, "rule of thirds", Fraction(1, 3)),
        Rule(RuleId.EIGHTY_TWENTY, "80/20 rule", Fraction(1, 5)),
        Rule(RuleId.FOUR_ONE_ONE, "4-1-1 rule", Fraction(1, 6)),
    )
}


def rule_for(rule_id: str, custom_limit: int) -> Rule:
    """The rule a plan uses; a custom rule limits promotion to ``custom_limit`` percent."""
    if rule_id in PRESETS:
        return PRESETS[RuleId(rule_id)]
    if rule_id == RuleId.CUSTOM:
        check_custom_limit(custom_limit)
        return Rule(RuleId.CUSTOM, "custom limit", Fraction(custom_limit, 100))
    raise ValidationError(f"unknown rule {rule_id!r}; use one of {', '.join(RuleId)}")


def check_custom_limit(percent: int) -> None:
    if not 1 <= percent <= 99:
        raise ValidationError(f"a custom limit must be between 1 and 99 percent, not {percent}")


def over_limit(part: int, total: int, limit: Fraction) -> bool:
    """True when ``part / total`` is strictly above ``limit``; exactly at it is not over."""
    return part * limit.denominator > limit.numerator * total
