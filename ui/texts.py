"""Translated names and explanations of the plan's concepts, for every part of the window."""

from __future__ import annotations

import datetime as dt
from fractions import Fraction
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTime

from planner.actions import Action, Label
from planner.approval import Review, ReviewCounts
from planner.date_order import ComputerOrder, DateOrder, computer_order
from planner.exports import Exported, Unit
from planner.followups import FollowUpState
from planner.mix import Code, MixWarning, percent_decimals, rounded_percent
from planner.model import ContentType, Post, Status
from planner.rules import RuleId
from planner.weeks import Week

if TYPE_CHECKING:
    from planner.ics_export import EventWords

translate = QCoreApplication.translate
translate_marked = QCoreApplication.translate  # for texts marked by QT_TRANSLATE_NOOP


def said(error: BaseException) -> str:
    """An error's message in the window's language, where the core marked it for the
    translators (``PlannerError.said``); otherwise as the core wrote it."""
    template = getattr(error, "template", "")
    if not template:
        return str(error)
    values = {
        name: said(value) if isinstance(value, BaseException) else value
        for name, value in error.values.items()  # type: ignore[attr-defined]
    }
    # Not translate(): the templates are extracted where planner/ marks them.
    return translate_marked("Messages", template).format(**values)


def type_name(content_type: ContentType) -> str:
    return {
        ContentType.PROMOTIONAL: translate("Concepts", "Promotional"),
        ContentType.VALUE: translate("Concepts", "Value"),
        ContentType.CONVERSATION: translate("Concepts", "Conversation"),
    }[content_type]


def type_explanation(content_type: ContentType) -> str:
    return {
        ContentType.PROMOTIONAL: translate(
            "Concepts", "Sells: an offer, a launch, a new product, “book now”."
        ),
        ContentType.VALUE: translate(
            "Concepts", "Helps or entertains: a tip, a how-to, a story, a useful link."
        ),
        ContentType.CONVERSATION: translate(
            "Concepts", "Invites a reply: a question, a poll, a behind-the-scenes ask."
        ),
    }[content_type]


def type_letter(content_type: ContentType) -> str:
    return {
        ContentType.PROMOTIONAL: translate("Concepts", "P"),
        ContentType.VALUE: translate("Concepts", "V"),
        ContentType.CONVERSATION: translate("Concepts", "C"),
    }[content_type]


def status_name(status: Status) -> str:
    return {
        Status.IDEA: translate("Concepts", "idea"),
        Status.DRAFT: translate("Concepts", "draft"),
        Status.SCHEDULED: translate("Concepts", "scheduled"),
        Status.PUBLISHED: translate("Concepts", "published"),
    }[status]


def review_name(review: Review) -> str:
    """The client's review of a post, in a word or two (cards, lists, the post dialog)."""
    return {
        Review.NONE: translate("Concepts", "not sent for review"),
        Review.AWAITING: translate("Concepts", "awaiting review"),
        Review.APPROVED: translate("Concepts", "approved"),
        Review.CHANGES: translate("Concepts", "changes requested"),
    }[review]


def review_counts_text(counts: ReviewCounts) -> str:
    """``Client review: 3 of 7 approved · 2 awaiting · 1 with changes requested``."""
    approved, awaiting, changes = counts.approved, counts.awaiting, counts.changes
    text = translate("Concepts", "Client review: %n of {total} approved", "", approved)
    parts = [text.format(total=counts.total)]
    if awaiting:
        parts.append(translate("Concepts", "%n awaiting", "", awaiting))
    if changes:
        parts.append(translate("Concepts", "%n with changes requested", "", changes))
    return " · ".join(parts)


def missed_status(status: Status) -> str:
    """A post's status once its time has passed without it being marked published."""
    return translate("Concepts", "{status}, time passed").format(status=status_name(status))


def rule_name(rule_id: RuleId) -> str:
    return {
        RuleId.THIRDS: translate("Concepts", "Rule of thirds"),
        RuleId.EIGHTY_TWENTY: translate("Concepts", "80/20 rule"),
        RuleId.FOUR_ONE_ONE: translate("Concepts", "4-1-1 rule"),
        RuleId.CUSTOM: translate("Concepts", "My own limit"),
    }[rule_id]


def followup_text(state: FollowUpState, reply_hours: int | None) -> str:
    """``Reply same day``, ``Replied``, ``Overdue``: short, it fits on a card."""
    if state is FollowUpState.DONE:
        return translate("Concepts", "Replied")
    if state is FollowUpState.OVERDUE:
        return translate("Concepts", "Overdue")
    if reply_hours:
        return translate("Concepts", "Reply within {hours} h").format(hours=reply_hours)
    return translate("Concepts", "Reply same day")


def conversations_text(count: int) -> str:
    return translate("Concepts", "%Ln conversations", "", count)


def percent_text(value: Fraction, decimals: int = 0) -> str:
    """``43%``, ``33,3%`` in Italian: rounded as the command line rounds, written the way
    the user's locale writes numbers."""
    locale = QLocale()
    number = locale.toString(float(rounded_percent(value, decimals)), "f", decimals)
    return number + locale.percent()


def rule_explanation(rule_id: RuleId) -> str:
    return {
        RuleId.THIRDS: translate(
            "Concepts",
            "A third of the posts promote the business, a third share ideas and stories, "
            "a third talk with people.",
        ),
        RuleId.EIGHTY_TWENTY: translate(
            "Concepts", "Eight posts in ten inform, teach or entertain; two in ten promote."
        ),
        RuleId.FOUR_ONE_ONE: translate(
            "Concepts",
            "For every promotional post, one re-share of someone else's and four posts of value.",
        ),
        RuleId.CUSTOM: translate("Concepts", "Your own share: at most this many posts promote."),
    }[rule_id]


def rule_in_sentence(rule_id: RuleId) -> str:
    return {
        RuleId.THIRDS: translate("Concepts", "rule of thirds"),
        RuleId.EIGHTY_TWENTY: translate("Concepts", "80/20 rule"),
        RuleId.FOUR_ONE_ONE: translate("Concepts", "4-1-1 rule"),
        RuleId.CUSTOM: translate("Concepts", "your own limit"),
    }[rule_id]


def qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def qtime(time: dt.time) -> QTime:
    return QTime(time.hour, time.minute)


def time_text(post: Post) -> str:
    """``09:00`` (in the user's clock format), ``any time``, or ``no date`` for an idea."""
    if post.date is None:
        return translate("Concepts", "no date")
    if post.time is None:
        return translate("Concepts", "any time")
    return clock_time(post.time)


def clock_time(time: dt.time) -> str:
    """``09:00`` or ``9:00 AM``, as the user's clock shows it."""
    return QLocale().toString(qtime(time), QLocale.FormatType.ShortFormat)


def short_day(day: dt.date) -> str:
    """``Mon 23 Nov`` in the user's language."""
    return QLocale().toString(qdate(day), "ddd d MMM")


def week_title(week: Week) -> str:
    """``Week 48 · 23–29 Nov 2026`` in the user's language."""
    locale = QLocale()
    first, last = qdate(week.start), qdate(week.end)
    if week.start.year != week.end.year:
        span = f"{locale.toString(first, 'd MMM yyyy')} – {locale.toString(last, 'd MMM yyyy')}"
    elif week.start.month != week.end.month:
        span = f"{locale.toString(first, 'd MMM')} – {locale.toString(last, 'd MMM yyyy')}"
    else:
        span = f"{week.start.day}–{locale.toString(last, 'd MMM yyyy')}"
    return translate("Concepts", "Week {number} · {span}").format(number=week.number, span=span)


def _count(figures: dict[str, object], key: str) -> int:
    value = figures[key]
    assert isinstance(value, int)
    return value


def warning_text(warning: MixWarning) -> str:
    """The warning in plain words, in the user's language, from its code and figures."""
    f = dict(warning.figures)
    code = warning.code
    if code in (Code.PROMO_SHARE_HIGH, Code.PROMO_SHARE_HIGH_CHANNEL):
        promo, total, limit = _count(f, "promo"), _count(f, "total"), f["limit_value"]
        assert isinstance(limit, Fraction)
        share = Fraction(promo, total)
        decimals = percent_decimals(share, limit)
        text = translate(
            "Concepts",
            "%n of {total} posts this week are promotional ({share}); "
            "your limit is {limit} ({rule}).",
            "",
            promo,
        ).format(
            total=total,
            share=percent_text(share, decimals),
            limit=percent_text(limit, decimals),
            rule=rule_in_sentence(RuleId(str(f["rule"]))),
        )
        if code == Code.PROMO_SHARE_HIGH_CHANNEL:
            return translate("Concepts", "{channel}: {warning}").format(
                channel=f["channel"], warning=text
            )
        return text
    if code == Code.PROMO_STREAK:
        first, last = f["first"], f["last"]
        assert isinstance(first, dt.date)
        assert isinstance(last, dt.date)
        when = short_day(first) if first == last else f"{short_day(first)} – {short_day(last)}"
        count = _count(f, "count")
        return translate(
            "Concepts",
            "{channel}: %n promotional posts in a row ({when}); "
            "put a value or conversation post between them.",
            "",
            count,
        ).format(channel=f["channel"], when=when)
    if code == Code.NO_CONVERSATION:
        total = _count(f, "total")
        return translate(
            "Concepts",
            "None of this week's %n posts invites a reply; "
            "plan a question, a poll or a behind-the-scenes post.",
            "",
            total,
        )
    if code == Code.FOLLOWUPS_OVERDUE:
        count = _count(f, "count")
        return translate(
            "Concepts",
            "%n follow-ups overdue: published posts whose replies were not done within a day.",
            "",
            count,
        )
    assert code == Code.BELOW_CADENCE
    target = _count(f, "target")
    return translate(
        "Concepts", "{channel}: {count} of %n posts this week, below your target.", "", target
    ).format(channel=f["channel"], count=f["count"])


def long_date(day: dt.date) -> str:
    """``Wednesday, 9 December 2026`` in the user's language: a date no one reads two ways."""
    return QLocale().toString(qdate(day), QLocale.FormatType.LongFormat)


def computer_date_order() -> ComputerOrder:
    """The order the user writes numeric dates in, as Qt knows it (on Windows and macOS,
    the user's own short-date format); the locale variables where Qt cannot tell (the C
    locale, or a format that starts with the year)."""
    locale = QLocale()
    pattern = locale.dateFormat(QLocale.FormatType.ShortFormat).strip()
    day, month = pattern.find("d"), pattern.find("M")
    if locale.language() == QLocale.Language.C or pattern.startswith("y") or min(day, month) < 0:
        return computer_order()
    order = DateOrder.DAY_FIRST if day < month else DateOrder.MONTH_FIRST
    return ComputerOrder(order, locale.name())


def date_edit_format(*, weekday: bool = True) -> str:
    """A date field's format with the day and the month in the order the user writes
    them: ``Wed 9 Dec 2026`` or ``Wed Dec 9 2026``."""
    month_first = computer_date_order().order is DateOrder.MONTH_FIRST
    date = "MMM d yyyy" if month_first else "d MMM yyyy"
    return f"ddd {date}" if weekday else date


def action_text(action: Action) -> str:
    """What Edit ▸ Undo calls the action: ``Move post``, ``Move 3 posts``."""
    counted = _COUNTED_LABELS.get(action.label)
    if counted is not None:
        return counted(action.count)
    return _LABELS[action.label]()


_COUNTED_LABELS = {
    Label.MOVE_POSTS: lambda n: translate("Actions", "Move %Ln posts", "", n),
    Label.UNSCHEDULE_POSTS: lambda n: translate("Actions", "Move %Ln posts to ideas", "", n),
    Label.COPY_POSTS: lambda n: translate("Actions", "Copy %Ln posts", "", n),
    Label.DUPLICATE_POSTS: lambda n: translate("Actions", "Duplicate %Ln posts", "", n),
    Label.DELETE_POSTS: lambda n: translate("Actions", "Delete %Ln posts", "", n),
    Label.IMPORT_POSTS: lambda n: translate("Actions", "Import %Ln posts", "", n),
    Label.CHANGE_TYPE: lambda n: translate("Actions", "Change the type of %Ln posts", "", n),
    Label.CHANGE_CHANNEL: lambda n: translate("Actions", "Change the channel of %Ln posts", "", n),
    Label.CHANGE_STATUS: lambda n: translate("Actions", "Change the status of %Ln posts", "", n),
    Label.DUPLICATE_WEEK: lambda n: translate("Actions", "Duplicate a week (%Ln posts)", "", n),
    Label.REMOVE_DATES: lambda n: translate("Actions", "Remove %Ln dates", "", n),
    Label.SEND_FOR_REVIEW: lambda n: translate("Actions", "Send %Ln posts for review", "", n),
    Label.READ_ANSWERS: lambda n: translate("Actions", "Read %Ln client answers", "", n),
    Label.MARK_PUBLISHED: lambda n: translate("Actions", "Mark %Ln posts published", "", n),
    Label.PASTE_POSTS: lambda n: translate("Actions", "Paste %Ln posts", "", n),
}
_LABELS = {
    Label.NEW_POST: lambda: translate("Actions", "New post"),
    Label.EDIT_POST: lambda: translate("Actions", "Edit post"),
    Label.EDIT_SERIES: lambda: translate("Actions", "Edit series"),
    Label.END_SERIES: lambda: translate("Actions", "End series"),
    Label.NEW_IDEA: lambda: translate("Actions", "New idea"),
    Label.REPLIES_DONE: lambda: translate("Actions", "Mark replies done"),
    Label.REPLIES_NOT_DONE: lambda: translate("Actions", "Mark replies not done"),
    Label.EDIT_FOLLOWUP: lambda: translate("Actions", "Edit follow-up"),
    Label.CHANGE_SETTINGS: lambda: translate("Actions", "Change settings"),
    Label.NEW_STARTER: lambda: translate("Actions", "New starter"),
    Label.EDIT_STARTER: lambda: translate("Actions", "Edit starter"),
    Label.REMOVE_STARTER: lambda: translate("Actions", "Remove starter"),
    Label.ADD_SAMPLE_WEEK: lambda: translate("Actions", "Add sample week"),
    Label.RESTORE_BACKUP: lambda: translate("Actions", "Restore backup"),
    Label.ADD_DATE: lambda: translate("Actions", "Add date"),
    Label.EDIT_DATE: lambda: translate("Actions", "Edit date"),
}


def exported_text(exported: Exported, name: str) -> str:
    """``Exported 21 posts to week.csv.``, for the status bar."""
    count = exported.count
    text = {
        Unit.POSTS: lambda: translate("Concepts", "Exported %Ln posts to {name}.", "", count),
        Unit.EVENTS: lambda: translate("Concepts", "Exported %Ln events to {name}.", "", count),
        Unit.PAGES: lambda: translate("Concepts", "Exported %Ln pages to {name}.", "", count),
        Unit.PICTURE: lambda: translate(
            "Concepts", "Exported a picture of %Ln posts to {name}.", "", count
        ),
    }[exported.unit]()
    return text.format(name=name)


def event_words() -> EventWords:
    """A calendar event's description in the user's language."""
    from planner.ics_export import EventWords  # only a calendar export needs it

    return EventWords(
        channel=translate("Concepts", "Channel"),
        content_type=translate("Concepts", "Content type"),
        status=translate("Concepts", "Status"),
        tags=translate("Concepts", "Tags"),
        types={kind: type_name(kind) for kind in ContentType},
        statuses={status: status_name(status) for status in Status},
    )


def week_column_title() -> str:
    """The month view's first column: the weeks' numbers."""
    return translate("Concepts", "Wk")


def month_title(year: int, month: int) -> str:
    """``November 2026`` in the user's language."""
    return QLocale().toString(QDate(year, month, 1), "MMMM yyyy").capitalize()


def list_date_format() -> str:
    """A date in the List view: ``Mon 23 Nov 2026``, day and month in the user's order."""
    return date_edit_format()


def followup_text_short(done: bool) -> str:
    return translate("Concepts", "Replied") if done else translate("Concepts", "Not yet")


def weekday_name(day: dt.date) -> str:
    """``Monday`` in the user's language."""
    return QLocale().toString(qdate(day), "dddd").capitalize()
