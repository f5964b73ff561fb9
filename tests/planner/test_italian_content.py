"""For Italian users (PRODUCT.md §2, §5, §6): files that speak Italian, a separator Excel in
Italy reads, plans begun in Italian with their own starters and sample week."""

from __future__ import annotations

import csv
import io
import subprocess
import sys
from pathlib import Path

import pytest

from planner import paths
from planner.actions import add_sample_week
from planner.csv_export import write_to_binary
from planner.csv_import import import_csv
from planner.exports import Format, export_to_file
from planner.ics_export import EventWords, calendar_bytes
from planner.model import ContentType, Status
from planner.sample import POSTS, POSTS_IT
from planner.starters import STARTERS
from planner.store import Plan
from tests.conftest import NOW, TODAY, make_post

P, V, C = ContentType.PROMOTIONAL, ContentType.VALUE, ContentType.CONVERSATION


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("promozionale", P),
        ("Promozione", P),
        ("OFFERTA", P),
        ("vendita", P),
        ("valore", V),
        ("Di valore", V),
        ("consiglio", V),
        ("informativo", V),
        ("conversazione", C),
        ("Domanda", C),
        ("sondaggio", C),
        ("community", C),
    ],
)
def test_italian_content_types_import(plan, cell, expected) -> None:
    import_csv(plan, f"date;channel;content_type;title\n2026-11-24;X;{cell};Ciao\n".encode())
    (post,) = plan.all_posts()
    assert post.content_type is expected


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("idea", Status.IDEA),
        ("Bozza", Status.DRAFT),
        ("programmato", Status.SCHEDULED),
        ("PUBBLICATO", Status.PUBLISHED),
    ],
)
def test_italian_statuses_import(plan, cell, expected) -> None:
    date = "" if expected is Status.IDEA else "2026-11-24"
    import_csv(plan, f"date,channel,content_type,title,status\n{date},X,valore,A,{cell}\n".encode())
    (post,) = plan.all_posts()
    assert post.status is expected


def test_replies_done_in_italian(plan) -> None:
    header = "date,channel,content_type,title,status,followup_done\n"
    import_csv(plan, (header + "2026-11-20,X,valore,A,pubblicato,sì\n").encode())
    (post,) = plan.all_posts()
    assert post.followup.done


def test_a_semicolon_export_opens_in_columns_and_reads_back(plan) -> None:
    make_post(plan, "value", TODAY, title="Orari di Natale; aperti la domenica")
    stream = io.BytesIO()
    write_to_binary(plan.export_rows(), plan.channel_map(), stream, delimiter=";")
    text = stream.getvalue().decode("utf-8-sig")
    assert text.startswith('"uid";"date";"time";"channel"')
    rows = list(csv.reader(io.StringIO(text), delimiter=";"))
    assert rows[1][5] == "Orari di Natale; aperti la domenica"
    copy = Plan.in_memory(time_zone="Europe/Rome")
    import_csv(copy, stream.getvalue())
    assert [p.title for p in copy.all_posts()] == ["Orari di Natale; aperti la domenica"]


def test_the_command_line_writes_semicolons_when_asked(plan, plan_path, tmp_path) -> None:
    make_post(plan, "value", TODAY)
    plan.close()
    out = tmp_path / "settimana.csv"
    command = [sys.executable, "-m", "ui", "export", str(plan_path), "-o", str(out)]
    result = subprocess.run([*command, "--delimiter", ";"], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert out.read_text(encoding="utf-8-sig").splitlines()[0].startswith('"uid";"date"')
    wrong = subprocess.run([*command, "--delimiter", "|"], capture_output=True, text=True)
    assert wrong.returncode == 2
    assert "--delimiter" in wrong.stderr


def test_calendar_descriptions_speak_the_exporters_language(plan, tmp_path) -> None:
    make_post(plan, "promotional", TODAY, title="Pani alla zucca", status=Status.SCHEDULED)
    words = EventWords(
        channel="Canale",
        content_type="Tipo di contenuto",
        status="Stato",
        tags="Tag",
        types={P: "Promozionale", V: "Di valore", C: "Conversazione"},
        statuses={status: status.value for status in Status} | {Status.SCHEDULED: "programmato"},
    )
    export_to_file(plan, Format.ICS, None, tmp_path / "it.ics", words=words)
    italian = (tmp_path / "it.ics").read_bytes().decode().replace("\r\n ", "")
    assert "Canale: Instagram\\nTipo di contenuto: Promozionale\\nStato: programmato" in italian
    assert "CATEGORIES:promotional" in italian  # the stable name, for filters and scripts
    english = calendar_bytes(plan.all_posts(), plan.channel_map(), time_zone="UTC", name="x")
    assert b"Content type: promotional" in english


def test_a_plan_begun_in_italian_has_italian_starters(tmp_path) -> None:
    with Plan.create(tmp_path / "forno.sqlite3", language="it") as plan:
        starters = [(s.content_type, s.text) for s in plan.starters()]
    assert starters == list(STARTERS["it"])
    with Plan.create(tmp_path / "bakery.sqlite3") as plan:
        assert plan.starters()[0].text.startswith("Ask a question")


def test_the_italian_sample_week_is_the_same_week_in_italian(plan) -> None:
    assert [(s.day, s.time, s.channel, s.content_type) for s in POSTS_IT] == [
        (s.day, s.time, s.channel, s.content_type) for s in POSTS
    ]
    plan.apply(add_sample_week(plan, plan.this_week(), NOW, "it").change)
    titles = {post.title for post in plan.all_posts()}
    assert "Che pane sforniamo domenica? Votate!" in titles
    assert not titles & {sample.title for sample in POSTS}


def test_the_default_plan_is_named_in_the_users_language_and_never_lost(home: Path) -> None:
    assert paths.default_plan_path("it") == home / "Il mio piano.sqlite3"
    assert paths.default_plan_path("en") == home / "My plan.sqlite3"
    (home / "My plan.sqlite3").touch()
    # Switched to Italian later: the plan made in English is still the default.
    assert paths.default_plan_path("it") == home / "My plan.sqlite3"
