"""The client's review on each post: decisions as people type them, the rules of an
answer, the word diff shown beside a suggestion, the plan file's new version and the
command line's ``review export`` / ``review import``."""

from __future__ import annotations

import datetime as dt
import sqlite3
import unicodedata
from pathlib import Path

import openpyxl
import pytest
from hypothesis import given
from hypothesis import strategies as st

from planner import actions
from planner.approval import (
    Answer,
    Edit,
    Review,
    answered,
    count_reviews,
    read_decision,
    word_diff,
)
from planner.cli import main
from planner.model import ContentType, Post
from planner.schema import CURRENT_VERSION, MIGRATIONS, connect, migrate, writer
from planner.store import Plan
from tests.conftest import TODAY, find_post, make_post
from tests.planner.test_actions import apply_and_undo


@pytest.mark.parametrize(
    ("typed", "decision"),
    [
        ("approve", Review.APPROVED),
        ("Approve", Review.APPROVED),
        ("APPROVED ", Review.APPROVED),
        ("ok", Review.APPROVED),
        ("OK!", Review.APPROVED),
        ("sì", Review.APPROVED),
        ("Si", Review.APPROVED),
        ("approva", Review.APPROVED),
        ("✓", Review.APPROVED),
        ("change", Review.CHANGES),
        ("Changes", Review.CHANGES),
        ("modifica", Review.CHANGES),
        ("Da modificare", Review.CHANGES),
        ("no", Review.CHANGES),
        ("", None),
        ("   ", None),
    ],
)
def test_decisions_typed_by_hand_in_any_case(typed, decision) -> None:
    assert read_decision(typed) is decision


@pytest.mark.parametrize("typed", ["maybe", "approve?change", "later", "1"])
def test_other_words_are_not_a_decision(typed) -> None:
    with pytest.raises(ValueError, match="is not a decision"):
        read_decision(typed)


def test_the_word_diff_marks_what_the_client_removed_and_added() -> None:
    assert word_diff("Order by Friday.", "Order by Saturday!") == [
        (Edit.SAME, "Order by "),
        (Edit.REMOVED, "Friday."),
        (Edit.ADDED, "Saturday!"),
    ]


@given(st.text(max_size=60), st.text(max_size=60))
def test_the_word_diff_keeps_both_texts_whole(before: str, after: str) -> None:
    parts = word_diff(before, after)
    old = "".join(text for edit, text in parts if edit is not Edit.ADDED)
    new = "".join(text for edit, text in parts if edit is not Edit.REMOVED)
    clean = [text.replace("\r\n", "\n").replace("\r", "\n") for text in (before, after)]
    assert (old, new) == tuple(unicodedata.normalize("NFC", text) for text in clean)


def post(**fields: object) -> Post:
    return Post(1, ContentType.VALUE, "Rye", body="Rye bread.", **fields)  # type: ignore[arg-type]


def test_an_answer_without_a_decision_keeps_the_state_and_takes_the_comment() -> None:
    before = post(review=Review.AWAITING)
    after = answered(
        before,
        Answer(4, before, None, "Lovely photo"),
        TODAY,
        accept_title=False,
        accept_body=False,
    )
    assert (after.review, after.review_comment, after.review_date) == (
        Review.AWAITING,
        "Lovely photo",
        TODAY,
    )


def test_a_suggestion_waits_until_accepted() -> None:
    before = post(review=Review.AWAITING)
    answer = Answer(4, before, Review.CHANGES, "", title="Our rye", body=None)
    waiting = answered(before, answer, TODAY, accept_title=False, accept_body=False)
    assert (waiting.title, waiting.suggested_title, waiting.has_suggestion) == (
        "Rye",
        "Our rye",
        True,
    )
    taken = answered(waiting, answer, TODAY, accept_title=True, accept_body=False)
    assert (taken.title, taken.body, taken.has_suggestion) == ("Our rye", "Rye bread.", False)


def test_the_review_counts_of_a_week() -> None:
    counts = count_reviews(
        [post(review=r) for r in (Review.APPROVED, Review.APPROVED, Review.CHANGES, Review.NONE)]
    )
    assert (counts.total, counts.approved, counts.awaiting, counts.changes, counts.sent) == (
        4,
        2,
        0,
        1,
        3,
    )


def test_sending_for_review_is_one_undoable_step_and_copies_start_unreviewed(plan) -> None:
    first = make_post(plan, "value", TODAY)
    second = make_post(plan, "promotional", TODAY, review=Review.AWAITING)
    action = actions.send_for_review(plan, [first, second])
    assert action.label is actions.Label.SEND_FOR_REVIEW
    assert [p.uid for p in action.change.posts_after] == [first.uid]  # second already waits
    apply_and_undo(plan, action)
    copy = actions.copy_of(find_post(plan, first.uid), TODAY)
    assert (copy.review, copy.review_comment, copy.suggested_title) == (Review.NONE, "", None)


# -- the plan file -------------------------------------------------------------------------


def version_3_plan(path: Path) -> Path:
    """A plan as version 3 of the app left it, with one post."""
    conn = connect(path)
    for step in MIGRATIONS[:3]:
        step(writer(conn))
    conn.execute("PRAGMA application_id = 1129344110")
    conn.execute("PRAGMA user_version = 3")
    conn.execute("INSERT INTO plan (id, name, time_zone) VALUES (1, 'Client', 'Europe/Rome')")
    conn.execute("INSERT INTO channels (id, name) VALUES (1, 'Instagram')")
    conn.execute(
        "INSERT INTO posts (uid, channel_id, content_type, title, status, date) "
        "VALUES ('6e0d1f4c-1111-4c2b-9a44-0a7f1f3c9d11', 1, 'value', 'Old post', 'draft', "
        "'2026-11-24')"
    )
    conn.commit()
    conn.close()
    return path


def test_a_version_3_plan_gains_the_review_and_a_uid_after_a_backup(tmp_path) -> None:
    path = version_3_plan(tmp_path / "client.sqlite3")
    # Read in memory (a read-only open), the old plan already has the uid its file gets.
    with Plan.open(path, readonly=True) as read_only:
        uid_in_memory = read_only.uid
    with Plan.open(path) as plan:
        assert plan.uid == uid_in_memory
        assert plan.migration_backup is not None
        assert plan.migration_backup.name.startswith("client.v3-backup-")
        (old,) = plan.stored_posts()
        assert (old.review, old.review_comment, old.review_date, old.suggested_body) == (
            Review.NONE,
            "",
            None,
            None,
        )
        uid = plan.uid
        assert len(uid) == 36
    with Plan.open(path) as again:
        assert again.uid == uid  # stable, once given


def test_the_file_refuses_an_unknown_review_state(plan) -> None:
    make_post(plan, "value", TODAY)
    with pytest.raises(sqlite3.IntegrityError):
        plan.conn.execute("UPDATE posts SET review = 'maybe'")


def test_a_new_plan_has_its_own_uid(tmp_path) -> None:
    with Plan.create(tmp_path / "a.sqlite3") as first, Plan.create(tmp_path / "b.sqlite3") as b:
        assert first.uid
        assert b.uid
        assert first.uid != b.uid
    with Plan.in_memory() as memory:
        migrate(memory.conn, CURRENT_VERSION)  # nothing left to do
        assert memory.uid


# -- the command line ----------------------------------------------------------------------


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def client_plan(plan_path: Path) -> Path:
    with Plan.create(plan_path, time_zone="Europe/Rome") as plan:
        make_post(plan, "value", TODAY, title="How we bake rye")
        make_post(plan, "promotional", TODAY + dt.timedelta(days=2), title="Weekend pre-order")
        make_post(plan, "value", TODAY + dt.timedelta(days=9), title="Next week")
    return plan_path


def test_review_export_writes_the_pack_and_marks_the_week_awaiting(
    capsys, client_plan, tmp_path
) -> None:
    pack = tmp_path / "pack.xlsx"
    code, out, err = run(capsys, "review", "export", str(client_plan), "-o", str(pack))
    assert (code, out) == (0, "")
    assert err == (
        "Exported 2 posts to pack.xlsx for review, in English; "
        "2 posts now await the client's answer.\n"
    )
    with Plan.open(client_plan, readonly=True) as plan:
        states = {p.title: p.review for p in plan.stored_posts()}
    assert states == {
        "How we bake rye": Review.AWAITING,
        "Weekend pre-order": Review.AWAITING,
        "Next week": Review.NONE,
    }


def test_review_import_dry_run_then_for_real(capsys, client_plan, tmp_path) -> None:
    pack = tmp_path / "pack.xlsx"
    run(capsys, "review", "export", str(client_plan), "--week", "2026-11-23", "-o", str(pack))
    book = openpyxl.load_workbook(pack)
    book.active["G4"] = "Approve"
    book.active["H5"] = "Too pushy"
    book.active["G5"] = "change"
    book.active["E5"] = "Pre-order for the weekend"
    book.save(pack)
    before = client_plan.read_bytes()
    code, out, err = run(capsys, "review", "import", str(client_plan), str(pack), "--dry-run")
    assert (code, err) == (0, "")
    assert out.startswith(
        "Dry run: would read 2 new answers: 1 approved, 1 changes requested, "
        "1 with the client's own wording. Nothing was written.\n"
    )
    assert client_plan.read_bytes() == before
    code, out, _ = run(
        capsys, "review", "import", str(client_plan), str(pack), "--accept-suggestions"
    )
    assert code == 0
    assert "line 5: 2026-11-25 'Weekend pre-order': changes · 'Too pushy' · rewritten title" in out
    with Plan.open(client_plan, readonly=True) as plan:
        titles = {p.title: (p.review, p.review_comment) for p in plan.stored_posts()}
    assert titles["Pre-order for the weekend"] == (Review.CHANGES, "Too pushy")
    code, out, _ = run(capsys, "review", "import", str(client_plan), str(pack))
    assert (code, out) == (
        0,
        "Read 0 new answers: 0 approved, 0 changes requested, 2 already read.\n",
    )


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["-o", "pack.docx"], "a review pack is a .xlsx, .csv or .pdf file"),
        (
            ["-o", "p.csv", "--week", "2026-11-23", "--from", "2026-11-23", "--to", "2026-11-29"],
            "use --week or --from/--to",
        ),
        (["-o", "p.csv", "--week", "31/02/2026"], "argument --week"),
    ],
)
def test_review_export_usage_errors(capsys, client_plan, tmp_path, monkeypatch, argv, message):
    monkeypatch.chdir(tmp_path)
    code, _out, err = run(capsys, "review", "export", str(client_plan), *argv)
    assert code == 2
    assert message in err
    assert not list(tmp_path.glob("p*.*"))


def test_review_export_refuses_a_read_only_plan_and_an_empty_range(
    capsys, client_plan, tmp_path, monkeypatch
) -> None:
    code, _, err = run(
        capsys,
        "review",
        "export",
        str(client_plan),
        "--week",
        "2027-01-04",
        "-o",
        str(tmp_path / "p.xlsx"),
    )
    assert (code, err.count("\n")) == (1, 1)
    assert "no posts from 2027-01-04 to 2027-01-10: nothing to send for review" in err
    # A plan on read-only media (as root, a write-protected file is writable all the same).
    monkeypatch.setattr("planner.store._writable", lambda _path: False)
    code, _, err = run(capsys, "review", "export", str(client_plan), "-o", str(tmp_path / "p.xlsx"))
    assert code == 1
    assert "is read-only: sending posts for review marks them awaiting" in err
    assert not (tmp_path / "p.xlsx").exists()


def test_review_import_of_a_bad_pack_is_exit_1_and_writes_nothing(
    capsys, client_plan, tmp_path
) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text("date,title\n2026-11-23,Hi\n", encoding="utf-8")
    before = client_plan.read_bytes()
    code, out, err = run(capsys, "review", "import", str(client_plan), str(bad))
    assert (code, out) == (1, "")
    assert "no Decision column" in err
    assert client_plan.read_bytes() == before


def test_review_export_never_writes_over_the_plan(capsys, tmp_path) -> None:
    odd = tmp_path / "client.xlsx"  # a plan whose name looks like a pack
    with Plan.create(odd, time_zone="Europe/Rome") as plan:
        make_post(plan, "value", TODAY)
    before = odd.read_bytes()
    code, _out, err = run(capsys, "review", "export", str(odd), "-o", str(odd))
    assert code == 1
    assert "is the plan being read (client.xlsx)" in err
    assert odd.read_bytes() == before
    with Plan.open(odd, readonly=True) as plan:
        assert [p.review for p in plan.stored_posts()] == [Review.NONE]


def test_a_refused_pack_never_upgrades_an_older_plan(capsys, tmp_path) -> None:
    path = version_3_plan(tmp_path / "client.sqlite3")
    before = path.read_bytes()
    bad = tmp_path / "bad.csv"
    bad.write_text("Decision,uid\nmaybe,6e0d1f4c-1111-4c2b-9a44-0a7f1f3c9d11\n", encoding="utf-8")
    code, _out, err = run(capsys, "review", "import", str(path), str(bad))
    assert code == 1
    assert "line 2, decision: 'maybe' is not a decision" in err
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.csv", "client.sqlite3"]


def test_a_csv_pack_for_excel_where_decimals_take_a_comma(capsys, client_plan, tmp_path) -> None:
    pack = tmp_path / "pack.csv"
    argv = ["review", "export", str(client_plan), "-o", str(pack), "--delimiter", ";"]
    assert run(capsys, *argv, "--language", "it")[0] == 0
    header = pack.read_text(encoding="utf-8-sig").splitlines()[0]
    assert header.startswith('"Data";"Ora";"Canale";"Tipo";"Titolo";"Testo";"Decisione"')
    code, out, _ = run(capsys, "review", "import", str(client_plan), str(pack), "--dry-run")
    assert (code, out.splitlines()[0]) == (
        0,
        "Dry run: would read 0 new answers: 0 approved, 0 changes requested, "
        "2 not answered yet. Nothing was written.",
    )
