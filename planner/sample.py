"""A sample week for a small bakery, so a newcomer sees a balanced plan at once; in each
language the window speaks."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass

from planner.channels import name_key
from planner.followups import OVERDUE_AFTER
from planner.missed import time_passed
from planner.model import ContentType, FollowUp, Post, Status
from planner.weeks import Week

P, V, C = ContentType.PROMOTIONAL, ContentType.VALUE, ContentType.CONVERSATION


@dataclass(frozen=True)
class SampleChannel:
    name: str
    weekly_target: int | None


@dataclass(frozen=True)
class SamplePost:
    day: int | None  # days after the week's first day; None for an idea
    time: dt.time | None
    channel: str
    content_type: ContentType
    title: str
    body: str = ""
    tags: tuple[str, ...] = ()
    conversations: int = 0  # held after it was published, when the sample week is past


CHANNELS = (
    SampleChannel("Instagram", 4),
    SampleChannel("Facebook", 3),
    SampleChannel("Newsletter", None),
    SampleChannel("LinkedIn", None),
)

POSTS = (
    SamplePost(
        0,
        dt.time(8),
        "Instagram",
        V,
        "Behind the oven: how our sourdough rises overnight",
        "Eighteen hours from flour to crust. A short video of the night shift.",
        ("behind the scenes",),
        4,
    ),
    SamplePost(
        0,
        dt.time(12),
        "Facebook",
        C,
        "Which bread should we bake for Sunday? Vote!",
        "Rye, spelt or olive focaccia? The winner is on the shelf at 7 am.",
        ("poll",),
        12,
    ),
    SamplePost(
        1,
        dt.time(9),
        "Instagram",
        P,
        "Pumpkin loaves are back, this week only",
        "Roasted pumpkin, a pinch of nutmeg. While they last!",
        ("seasonal",),
        3,
    ),
    SamplePost(
        1,
        dt.time(18),
        "Newsletter",
        V,
        "Five ways to keep bread fresh for longer",
        "Paper bag, not plastic; freeze in slices; revive a loaf in a hot oven for 5 minutes...",
    ),
    SamplePost(
        2,
        dt.time(12, 30),
        "Instagram",
        C,
        "Show us your breakfast table",
        "Tag us in a photo of your weekend breakfast; we share our favourites on Friday.",
    ),
    SamplePost(
        3,
        dt.time(10),
        "LinkedIn",
        V,
        "What a year of zero-waste baking taught us",
        "Day-old bread goes to the food bank and into our bread pudding.",
    ),
    SamplePost(
        4,
        dt.time(8),
        "Facebook",
        P,
        "Weekend pre-order: reserve your loaf by Friday noon",
        "Order in the shop or by phone; pick up Saturday from 7 am.",
        ("pre-order",),
    ),
    SamplePost(
        4,
        dt.time(17),
        "Facebook",
        C,
        "Meet Giulia, our new apprentice: ask her anything",
        "Leave your questions below; Giulia answers them all on Monday.",
    ),
    SamplePost(
        5,
        None,
        "Instagram",
        V,
        "Recipe: French toast with yesterday's loaf",
        "Three eggs, a splash of milk, cinnamon, and bread that is two days old.",
        ("recipe",),
    ),
    SamplePost(None, None, "Instagram", C, "Idea: ask followers to name our new rye"),
    SamplePost(None, None, "Newsletter", V, "Idea: a guide to our flours and where they come from"),
)


# The same week for an Italian bakery: written for it, not word by word (a Veneto bakery
# makes bread meatballs of yesterday's loaf, and gives it to the Banco Alimentare).
POSTS_IT = (
    SamplePost(
        0,
        dt.time(8),
        "Instagram",
        V,
        "Dietro il forno: come lievita di notte il nostro pane a pasta madre",
        "Diciotto ore dalla farina alla crosta. Un breve video del turno di notte.",
        ("dietro le quinte",),
        4,
    ),
    SamplePost(
        0,
        dt.time(12),
        "Facebook",
        C,
        "Che pane sforniamo domenica? Votate!",
        "Segale, farro o focaccia alle olive? Il vincitore vi aspetta sul bancone alle 7.",
        ("sondaggio",),
        12,
    ),
    SamplePost(
        1,
        dt.time(9),
        "Instagram",
        P,
        "Tornano i pani alla zucca, solo questa settimana",
        "Zucca arrostita e un pizzico di noce moscata. Fino a esaurimento!",
        ("di stagione",),
        3,
    ),
    SamplePost(
        1,
        dt.time(18),
        "Newsletter",
        V,
        "Cinque modi per far durare di più il pane",
        "Sacchetto di carta, non di plastica; congelatelo a fette; una pagnotta di ieri "
        "torna croccante in forno caldo in 5 minuti...",
    ),
    SamplePost(
        2,
        dt.time(12, 30),
        "Instagram",
        C,
        "Fateci vedere la vostra colazione",
        "Taggateci in una foto della colazione della domenica: venerdì ripubblichiamo le "
        "nostre preferite.",
    ),
    SamplePost(
        3,
        dt.time(10),
        "LinkedIn",
        V,
        "Cosa ci ha insegnato un anno di forno senza sprechi",
        "Il pane invenduto va al Banco Alimentare e nella nostra torta di pane.",
    ),
    SamplePost(
        4,
        dt.time(8),
        "Facebook",
        P,
        "Pane del weekend: prenotatelo entro venerdì a mezzogiorno",
        "In negozio o per telefono; si ritira sabato dalle 7.",
        ("prenotazioni",),
    ),
    SamplePost(
        4,
        dt.time(17),
        "Facebook",
        C,
        "Vi presentiamo Giulia, la nostra nuova apprendista: chiedetele quello che volete",
        "Lasciate le vostre domande nei commenti: lunedì Giulia risponde a tutte.",
    ),
    SamplePost(
        5,
        None,
        "Instagram",
        V,
        "Ricetta: polpette con il pane di ieri",
        "Pane raffermo, un uovo, parmigiano e prezzemolo: pronte in venti minuti.",
        ("ricetta",),
    ),
    SamplePost(
        None, None, "Instagram", C, "Idea: far scegliere ai clienti il nome del pane di segale"
    ),
    SamplePost(
        None, None, "Newsletter", V, "Idea: una guida alle nostre farine e alla loro provenienza"
    ),
)
SAMPLES = {"en": POSTS, "it": POSTS_IT}


def status_for(day: dt.date | None, time: dt.time | None, now: dt.datetime) -> Status:
    """Posts whose time has passed are published, the next two days' scheduled, later
    ones still drafts: a sample never shows a missed post."""
    if day is None:
        return Status.IDEA
    if time_passed(Post(0, V, "", date=day, time=time), now):
        return Status.PUBLISHED
    return Status.SCHEDULED if day <= now.date() + dt.timedelta(days=2) else Status.DRAFT


def followup_for(sample: SamplePost, day: dt.date | None, now: dt.datetime) -> FollowUp:
    """The loop closed: replies done, with the conversations they led to, once a post is a
    day old; a younger post's replies are still to do (and not yet overdue)."""
    if day is None:
        return FollowUp()
    posted = dt.datetime.combine(day, sample.time or dt.time.min)
    if now - posted < OVERDUE_AFTER:
        return FollowUp()
    return FollowUp(done=True, conversations=sample.conversations)


def sample_date(sample: SamplePost, week: Week) -> dt.date | None:
    return None if sample.day is None else week.start + dt.timedelta(days=sample.day)


def sample_posts(
    week: Week, now: dt.datetime, channel_ids: Mapping[str, int], language: str = "en"
) -> list[Post]:
    """The sample posts in ``week`` as of ``now`` (wall-clock, the plan's zone), in
    ``language`` (English where it has none); ``channel_ids`` gives the id of each sample
    channel by its ``channels.name_key``."""
    posts = []
    for sample in SAMPLES.get(language, POSTS):
        day = sample_date(sample, week)
        status = status_for(day, sample.time, now)
        followup = followup_for(sample, day, now) if status is Status.PUBLISHED else FollowUp()
        posts.append(
            Post(
                channel_id=channel_ids[name_key(sample.channel)],
                content_type=sample.content_type,
                title=sample.title,
                body=sample.body,
                date=day,
                time=sample.time,
                status=status,
                tags=sample.tags,
                followup=followup,
            )
        )
    return posts
