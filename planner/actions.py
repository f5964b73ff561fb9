"""Every user action on a plan, as one function that returns one :class:`Action`.

The pattern (after Anki's ``CollectionOp`` → ``OpChanges``):

- An action is a function of the plan and its arguments. It reads what it needs from the
  plan as it is *now* (the posts a view shows may be a moment old: :meth:`Plan.current_posts`
  reads them again), decides by the product's rules what changes, and returns an
  :class:`Action`: a :class:`~planner.model.Change` (posts, series, channels, settings,
  starters, each before and after) and a :class:`Label` for Edit ▸ Undo. It writes nothing.
- Whoever runs it (the window, the command line, a test) applies it with one
  ``plan.apply(action.change)``: one transaction, all or nothing; undo is
  ``plan.apply(action.change.reversed())``. ``action.change.touched()`` says which parts of
  the plan changed, so views refresh only those.
- An action with nothing to do returns an empty change (``bool(change)`` is False).

To add an action: write a function here that builds the Change from the plan and its
arguments (reuse :func:`edited`, :func:`copy_of`, :func:`_current`), add its :class:`Label`
(and the label's words in ``ui/texts.py``), and test it in ``tests/planner/test_actions.py``.
A bulk edit of many posts is one Change with every post before and after; a new channel
or starter takes its id from ``plan.new_channel_id()`` / ``plan.new_starter_id()``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass, field, replace
from enum import StrEnum
from typing import TYPE_CHECKING, TypeVar

from planner import recurrence
from planner.approval import Review, Rewrite, answered
from planner.channels import find_named, name_key, name_problem, new_channel
from planner.errors import QT_TRANSLATE_NOOP, ValidationError
from planner.model import (
    Change,
    Channel,
    ContentType,
    FollowUp,
    PlanDate,
    Post,
    Settings,
    Starter,
    Status,
    new_uid,
    post_problems,
)
from planner.recurrence import Recurrence
from planner.weeks import Week

if TYPE_CHECKING:
    from planner.clipboard import Carried
    from planner.csv_import import Progress
    from planner.csv_read import CsvSource
    from planner.date_order import ComputerOrder, DateOrder
    from planner.review_answers import AnswersPreview
    from planner.store import Plan


class Label(StrEnum):
    """What Edit ▸ Undo calls an action; the window words it in the user's language."""

    NEW_POST = "new_post"
    EDIT_POST = "edit_post"
    EDIT_SERIES = "edit_series"
    END_SERIES = "end_series"
    MOVE_POSTS = "move_posts"
    UNSCHEDULE_POSTS = "unschedule_posts"
    COPY_POSTS = "copy_posts"
    DUPLICATE_POSTS = "duplicate_posts"
    DELETE_POSTS = "delete_posts"
    NEW_IDEA = "new_idea"
    MARK_PUBLISHED = "mark_published"
    PASTE_POSTS = "paste_posts"
    REPLIES_DONE = "replies_done"
    REPLIES_NOT_DONE = "replies_not_done"
    EDIT_FOLLOWUP = "edit_followup"
    CHANGE_SETTINGS = "change_settings"
    NEW_STARTER = "new_starter"
    EDIT_STARTER = "edit_starter"
    REMOVE_STARTER = "remove_starter"
    ADD_SAMPLE_WEEK = "add_sample_week"
    IMPORT_POSTS = "import_posts"
    RESTORE_BACKUP = "restore_backup"
    CHANGE_TYPE = "change_type"
    CHANGE_CHANNEL = "change_channel"
    CHANGE_STATUS = "change_status"
    DUPLICATE_WEEK = "duplicate_week"
    ADD_DATE = "add_date"
    EDIT_DATE = "edit_date"
    REMOVE_DATES = "remove_dates"
    SEND_FOR_REVIEW = "send_for_review"
    READ_ANSWERS = "read_answers"


@dataclass(frozen=True)
class Action:
    """One user action: what it changes, and what Edit ▸ Undo calls it."""

    label: Label
    change: Change
    count: int = 1  # how many posts it is about ("Move 3 posts")


class Scope(StrEnum):
    """What an edit of one post of a series changes."""

    THIS_POST = "this_post"
    SERIES_FROM_HERE = "series_from_here"


# -- helpers every action shares -------------------------------------------------------------


def edited(post: Post, **changes: object) -> Post:
    """``post`` changed by hand: an occurrence of a series is then stored in its place."""
    return replace(post, virtual=False, **changes)  # type: ignore[arg-type]


def copy_of(post: Post, day: dt.date | None) -> Post:
    """A new, standalone post like ``post`` on ``day``; not yet published or scheduled."""
    status = post.status if post.status in (Status.IDEA, Status.DRAFT) else Status.DRAFT
    if day is not None and status is Status.IDEA:
        status = Status.DRAFT
    return replace(
        post,
        uid=new_uid(),
        date=day,
        time=post.time if day else None,
        status=status,
        followup=FollowUp(),
        series_uid=None,
        occurrence=None,
        virtual=False,
        review=Review.NONE,
        review_comment="",
        review_date=None,
        suggested_title=None,
        suggested_body=None,
    )


def _current(plan: Plan, posts: Iterable[Post]) -> list[Post]:
    return plan.current_posts(posts)


def _one_current(plan: Plan, post: Post) -> Post:
    found = plan.current_posts([post])
    if not found:
        raise ValidationError.said(
            QT_TRANSLATE_NOOP("Messages", "that post no longer exists (another window deleted it)")
        )
    return found[0]


def _posts_change(label: Label, before: Sequence[Post], after: Sequence[Post]) -> Action:
    return Action(label, Change(tuple(before), tuple(after)), len(after) or len(before))


def _each(label: Label, posts: Sequence[Post], change: Callable[[Post], Post | None]) -> Action:
    """The posts that ``change`` gives a new version of (None: left alone), as one action."""
    pairs = [(post, after) for post in posts if (after := change(post)) is not None]
    return _posts_change(label, [p for p, _ in pairs], [a for _, a in pairs])


# -- posts -------------------------------------------------------------------------------------


def repeat_of(plan: Plan, post: Post) -> Recurrence | None:
    """How the series ``post`` belongs to repeats; None for a post of no (longer any) series.
    Editing such a post first asks: only this post, or the series from here?"""
    series = plan.find_series(post.series_uid) if post.series_uid else None
    return Recurrence.from_rule(series.rule) if series else None


def save_post(
    plan: Plan,
    before: Post | None,
    after: Post,
    *,
    repeat: Recurrence | None = None,
    scope: Scope = Scope.THIS_POST,
    channel_name: str | None = None,
) -> Action:
    """Save a post as the post dialog describes it: a new one (``before`` None) or an edit.

    ``repeat``: how it repeats (a new series, or the series from ``before`` on with
    ``scope`` SERIES_FROM_HERE; None there ends the series before it and keeps the post
    alone). ``channel_name``: a channel the plan lacks, made with the post.
    """
    change = Change()
    if channel_name is not None:
        channel = new_channel(plan.new_channel_id(), channel_name)
        after = replace(after, channel_id=channel.id)
        change = Change(channels_after=(channel,))
    if before is not None:
        before = _one_current(plan, before)
    if scope is Scope.SERIES_FROM_HERE:
        assert before is not None
        return Action(Label.EDIT_SERIES, change + _series_edit(plan, before, after, repeat))
    label = Label.NEW_POST if before is None else Label.EDIT_POST
    if repeat is not None:
        made = recurrence.new_series(after, repeat)
        old = (before,) if before else ()
        return Action(label, change + Change(posts_before=old, series_after=(made,)))
    if before is None:
        return Action(label, change + Change(posts_after=(after,)))
    return Action(label, change + Change((before,), (edited(after),)))


def _series_edit(plan: Plan, before: Post, after: Post, repeat: Recurrence | None) -> Change:
    series = plan.find_series(before.series_uid) if before.series_uid else None
    if series is None or before.occurrence is None:
        raise ValidationError.said(
            QT_TRANSLATE_NOOP(
                "Messages", "that series no longer exists (another window changed it)"
            )
        )
    day, overrides = before.occurrence, plan.edited_occurrences(series.uid)
    if repeat is None:  # no longer repeating: the series ends, this post stays alone
        alone = replace(copy_of(after, after.date), status=after.status)
        return recurrence.end_before(series, day, overrides) + Change((), (alone,))
    return recurrence.edit_from(series, day, after, repeat, overrides)


def move_posts(plan: Plan, posts: Iterable[Post], day: dt.date) -> Action:
    """To ``day``, their times kept. An idea put on a day is planned now: it becomes a draft."""

    def moved(post: Post) -> Post | None:
        if post.date == day:
            return None
        status = Status.DRAFT if post.status is Status.IDEA else post.status
        return edited(post, date=day, status=status)

    return _each(Label.MOVE_POSTS, _current(plan, posts), moved)


def unschedule_posts(plan: Plan, posts: Iterable[Post]) -> Action:
    """Back to the ideas: no date, no time; a scheduled or published post becomes an idea."""

    def unscheduled(post: Post) -> Post | None:
        if post.date is None:
            return None
        status = Status.DRAFT if post.status is Status.DRAFT else Status.IDEA
        return edited(post, date=None, time=None, status=status)

    return _each(Label.UNSCHEDULE_POSTS, _current(plan, posts), unscheduled)


def copy_posts(plan: Plan, posts: Iterable[Post], day: dt.date) -> Action:
    copies = [copy_of(post, day) for post in _current(plan, posts)]
    return _posts_change(Label.COPY_POSTS, [], copies)


def duplicate_posts(plan: Plan, posts: Iterable[Post]) -> Action:
    copies = [copy_of(post, post.date) for post in _current(plan, posts)]
    return _posts_change(Label.DUPLICATE_POSTS, [], copies)


def mark_published(plan: Plan, posts: Iterable[Post]) -> Action:
    """The dated posts among ``posts`` that are not yet published become published (a post
    that went out and was not marked; its follow-up starts from its time)."""

    def published(post: Post) -> Post | None:
        if post.date is None or post.status is Status.PUBLISHED:
            return None
        return edited(post, status=Status.PUBLISHED)

    return _each(Label.MARK_PUBLISHED, _current(plan, posts), published)


def paste_posts(plan: Plan, posts: Sequence[Carried], day: dt.date) -> Action:
    """Copies of posts copied earlier (from any week, or another plan) from ``day`` on:
    the earliest lands on ``day`` and the others keep their distance in days from it and
    their times; an idea lands on ``day``. A channel is found by name when the plan's
    channel of that id has another (a post from another plan), or else made."""
    first = min((item.post.date for item in posts if item.post.date), default=day)
    channels = plan.channel_map()
    made: dict[str, Channel] = {}
    copies = []
    for item in posts:
        post = item.post
        target = day + (post.date - first) if post.date is not None else day
        channel = channels.get(post.channel_id)
        if channel is None or (item.channel and name_key(channel.name) != name_key(item.channel)):
            channel = find_named(channels.values(), item.channel) or made.get(
                name_key(item.channel)
            )
        if channel is None:
            if name_problem(item.channel):
                continue  # no channel to put it on: left out rather than guessed
            channel = new_channel(plan.new_channel_id() + len(made), item.channel)
            made[name_key(channel.name)] = channel
        copies.append(replace(copy_of(post, target), channel_id=channel.id))
    change = Change(posts_after=tuple(copies), channels_after=tuple(made.values()))
    return Action(Label.PASTE_POSTS, change, len(copies))


def repeating(posts: Iterable[Post]) -> bool:
    """Whether deleting ``posts`` first asks: skip only these, or end their series here?"""
    return any(post.series_uid for post in posts)


def delete_posts(plan: Plan, posts: Iterable[Post], *, end_series: bool = False) -> Action:
    """Delete the posts; an occurrence of a series is skipped, or with ``end_series`` its
    series ends there (at the earliest chosen occurrence of each series)."""
    chosen = _current(plan, posts)
    change = Change(posts_before=tuple(p for p in chosen if p.series_uid is None))
    by_series: dict[str, list[Post]] = {}
    for post in chosen:
        if post.series_uid is not None:
            by_series.setdefault(post.series_uid, []).append(post)
    for series_uid, of_series in by_series.items():
        series = plan.find_series(series_uid)
        if series is None:  # an occurrence edited by hand, of a series since removed
            change += Change(posts_before=tuple(of_series))
        elif end_series:
            first = min(p.occurrence or series.start for p in of_series)
            change += recurrence.end_before(series, first, plan.edited_occurrences(series_uid))
        else:
            change += recurrence.skip(series, of_series)
    label = Label.END_SERIES if end_series and by_series else Label.DELETE_POSTS
    return Action(label, change, len(chosen))


def idea_from_starter(plan: Plan, starter: Starter, channel_id: int | None) -> Post | None:
    """The idea a starter becomes, on ``channel_id`` or else the plan's first channel; None
    when the plan has no channel yet (the user then chooses one)."""
    if channel_id is None:
        channels = plan.channels()
        if not channels:
            return None
        channel_id = channels[0].id
    return Post(channel_id, starter.content_type, starter.text, status=Status.IDEA)


def new_idea(idea: Post) -> Action:
    return Action(Label.NEW_IDEA, Change(posts_after=(idea,)))


def change_type(plan: Plan, posts: Iterable[Post], content_type: ContentType) -> Action:
    """Several posts at once (the List view's selection) become ``content_type``."""
    return _each(
        Label.CHANGE_TYPE,
        _current(plan, posts),
        lambda p: None if p.content_type is content_type else edited(p, content_type=content_type),
    )


def change_channel(plan: Plan, posts: Iterable[Post], channel_id: int) -> Action:
    """Several posts at once go to the channel ``channel_id``."""
    return _each(
        Label.CHANGE_CHANNEL,
        _current(plan, posts),
        lambda p: None if p.channel_id == channel_id else edited(p, channel_id=channel_id),
    )


def change_status(plan: Plan, posts: Iterable[Post], status: Status) -> Action:
    """Several posts at once take ``status``; a post that cannot (an idea without a date
    cannot be scheduled or published) is left as it is."""

    def changed(post: Post) -> Post | None:
        after = edited(post, status=status)
        return None if post.status is status or post_problems(after) else after

    return _each(Label.CHANGE_STATUS, _current(plan, posts), changed)


def duplicate_week(plan: Plan, week: Week, target: Week) -> Action:
    """Every post of ``week`` copied to the same weekday and time of ``target``: new posts,
    as drafts (an occurrence of a series is copied as a post of its own)."""
    if target == week:
        return _posts_change(Label.DUPLICATE_WEEK, [], [])
    shift = target.start - week.start
    copies = [
        replace(copy_of(post, post.date + shift), status=Status.DRAFT)
        for post in plan.posts_in(week)
        if post.date is not None
    ]
    return _posts_change(Label.DUPLICATE_WEEK, [], copies)


# -- follow-ups --------------------------------------------------------------------------------


def toggle_replies(plan: Plan, posts: Iterable[Post]) -> Action:
    """Mark the replies of the published posts among ``posts`` done; if all are, not done."""
    published = [post for post in _current(plan, posts) if post.has_followup]
    done = not all(post.followup.done for post in published)
    label = Label.REPLIES_DONE if done else Label.REPLIES_NOT_DONE
    return _each(label, published, lambda p: edited(p, followup=replace(p.followup, done=done)))


def edit_followup(plan: Plan, post: Post, followup: FollowUp) -> Action:
    current = _one_current(plan, post)
    if current.followup == followup:
        return Action(Label.EDIT_FOLLOWUP, Change())
    return _posts_change(Label.EDIT_FOLLOWUP, [current], [edited(current, followup=followup)])


# -- settings and channels ---------------------------------------------------------------------


@dataclass
class ChannelChanges:
    """What the settings dialog did to the channels."""

    added: list[Channel] = field(default_factory=list)  # their ids are not used
    edited: list[tuple[Channel, Channel]] = field(default_factory=list)  # (before, after)
    deleted: list[Channel] = field(default_factory=list)


def change_settings(plan: Plan, settings: Settings, channels: ChannelChanges) -> Action:
    """New settings and channel changes, as one step. A new channel is named and limited
    as :func:`planner.channels.new_channel` does; a deleted one takes its posts and series."""
    current = plan.settings()
    change = Change()
    if settings != current:
        change = Change(settings_before=current, settings_after=settings)
    for channel in channels.deleted:
        posts, series = plan.channel_contents(channel.id)
        change += Change(tuple(posts), (), tuple(series), (), (channel,), ())
    edits = [(before, after) for before, after in channels.edited if before != after]
    change += Change(
        channels_before=tuple(before for before, _after in edits),
        channels_after=tuple(after for _before, after in edits),
    )
    first_id = plan.new_channel_id()
    added = tuple(
        new_channel(first_id + number, c.name, c.char_limit, c.weekly_target, c.reply_hours)
        for number, c in enumerate(channels.added)
    )
    return Action(Label.CHANGE_SETTINGS, change + Change(channels_after=added))


# -- the plan's own dates ---------------------------------------------------------------------


def _date_problem(date: PlanDate) -> None:
    if not date.name.strip():
        raise ValidationError("a date needs a name")
    if date.last < date.first:
        raise ValidationError("a date's span cannot end before it starts")


def add_date(plan: Plan, name: str, first: dt.date, last: dt.date | None = None) -> Action:
    """A day (or, with ``last``, a span of days) that matters, kept in the plan."""
    made = PlanDate(plan.new_date_id(), name.strip(), first, last or first)
    _date_problem(made)
    return Action(Label.ADD_DATE, Change(dates_after=(made,)))


def edit_date(before: PlanDate, after: PlanDate) -> Action:
    changed = replace(after, id=before.id, name=after.name.strip())
    _date_problem(changed)
    if changed == before:
        return Action(Label.EDIT_DATE, Change())
    return Action(Label.EDIT_DATE, Change(dates_before=(before,), dates_after=(changed,)))


def remove_dates(dates: Iterable[PlanDate]) -> Action:
    gone = tuple(dates)
    return Action(Label.REMOVE_DATES, Change(dates_before=gone), len(gone))


# -- conversation starters ---------------------------------------------------------------------


def save_starter(plan: Plan, before: Starter | None, after: Starter) -> Action:
    """A new starter (``before`` None) or a changed one."""
    text = after.text.strip()
    if before is None:
        made = Starter(plan.new_starter_id(), after.content_type, text)
        return Action(Label.NEW_STARTER, Change(starters_after=(made,)))
    changed = replace(after, id=before.id, text=text)
    if changed == before:
        return Action(Label.EDIT_STARTER, Change())
    return Action(Label.EDIT_STARTER, Change(starters_before=(before,), starters_after=(changed,)))


def remove_starter(starter: Starter) -> Action:
    return Action(Label.REMOVE_STARTER, Change(starters_before=(starter,)))


# -- whole sets of posts -----------------------------------------------------------------------


def add_sample_week(plan: Plan, week: Week, now: dt.datetime, language: str = "en") -> Action:
    """The sample week's posts in ``week`` as of ``now`` (wall-clock, the plan's zone), in
    ``language``, with the sample channels the plan lacks."""
    from planner.sample import CHANNELS, sample_posts  # only an empty plan offers it

    by_name = {name_key(channel.name): channel for channel in plan.channels()}
    made: list[Channel] = []
    for sample in CHANNELS:
        if name_key(sample.name) not in by_name:
            channel = new_channel(
                plan.new_channel_id() + len(made), sample.name, weekly_target=sample.weekly_target
            )
            made.append(channel)
            by_name[name_key(channel.name)] = channel
    ids = {name: channel.id for name, channel in by_name.items()}
    posts = sample_posts(week, now, ids, language)
    change = Change(posts_after=tuple(posts), channels_after=tuple(made))
    return Action(Label.ADD_SAMPLE_WEEK, change, len(posts))


def import_posts(
    plan: Plan,
    source: CsvSource,
    *,
    order: DateOrder | None = None,
    computer: ComputerOrder | None = None,
    progress: Progress | None = None,
) -> Action:
    """The posts a CSV file creates and updates, with the channels it names that the plan
    lacks (made with their usual limits), as one action; raises ``CsvImportError`` naming
    every problem. The posts, however many, are staged on disk (``planner.staging``), not
    held in the change: the undo of a large import costs no memory either. ``progress``
    is told how much of the file is read (see ``planner.csv_import.Progress``)."""
    from planner.csv_import import run_import
    from planner.staging import Stager

    stager = Stager(plan.conn)
    preview = run_import(plan, source, stager, order=order, computer=computer, progress=progress)
    change = Change(channels_after=tuple(stager.channels), staged=stager.staged())
    return Action(Label.IMPORT_POSTS, change, preview.total)


# -- the client's review ------------------------------------------------------------------


def send_for_review(plan: Plan, posts: Iterable[Post]) -> Action:
    """The posts of a review pack, sent: each now awaits the client's answer."""
    return _each(
        Label.SEND_FOR_REVIEW,
        _current(plan, posts),
        lambda p: None if p.review is Review.AWAITING else edited(p, review=Review.AWAITING),
    )


def read_answers(
    plan: Plan,
    preview: AnswersPreview,
    today: dt.date,
    accepted: Collection[tuple[str, Rewrite]] = (),
) -> Action:
    """The client's answers from a pack, as one step: decisions and comments on their
    posts; a rewritten title or text (by uid and part) replaces the post's own when in
    ``accepted``, else waits beside it as a suggestion."""
    by_uid = {post.uid: post for post in _current(plan, (a.post for a in preview.answers))}
    before, after = [], []
    for answer in preview.answers:
        post = by_uid.get(answer.post.uid)
        if post is None:
            continue  # deleted in another window meanwhile
        changed = answered(
            post,
            answer,
            today,
            accept_title=(post.uid, Rewrite.TITLE) in accepted,
            accept_body=(post.uid, Rewrite.BODY) in accepted,
        )
        if replace(changed, virtual=post.virtual) != post:
            before.append(post)
            after.append(changed)
    return _posts_change(Label.READ_ANSWERS, before, after)


K = TypeVar("K")
T = TypeVar("T")


def _difference(
    now: Iterable[T], then: Iterable[T], key: Callable[[T], K]
) -> tuple[tuple[T, ...], tuple[T, ...]]:
    """(before, after) that turn ``now`` into ``then``, leaving out what both hold alike."""
    current = {key(item): item for item in now}
    wanted = {key(item): item for item in then}
    same = {k for k, item in wanted.items() if current.get(k) == item}
    before = tuple(item for k, item in current.items() if k not in same)
    after = tuple(item for k, item in wanted.items() if k not in same)
    return before, after


def restore_backup(plan: Plan, saved: Plan) -> Action:
    """Make the plan hold what ``saved`` (a backup, opened to read) holds: its posts,
    series, channels, conversation starters and settings."""
    posts = _difference(plan.stored_posts(), saved.stored_posts(), lambda p: p.uid)
    series = _difference(plan.series(), saved.series(), lambda s: s.uid)
    channels = _difference(plan.channels(), saved.channels(), lambda c: c.id)
    starters = _difference(plan.starters(), saved.starters(), lambda s: s.id)
    dates = _difference(plan.plan_dates(), saved.plan_dates(), lambda d: d.id)
    settings_now, settings_then = plan.settings(), saved.settings()
    change = Change(
        *posts,
        *series,
        *channels,
        settings_now if settings_now != settings_then else None,
        settings_then if settings_now != settings_then else None,
        *starters,
        *dates,
    )
    return Action(Label.RESTORE_BACKUP, change)
