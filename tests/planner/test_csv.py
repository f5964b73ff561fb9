"""CSV exchange, PRODUCT.md §6: the exact format, lenient reading, all-or-nothing import."""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import io
from dataclasses import astuple, replace

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from planner.actions import import_posts
from planner.csv_export import write_to_binary, write_to_file
from planner.csv_format import COLUMNS, guard, unguard
from planner.csv_import import check_import, import_csv
from planner.date_order import DateOrder
from planner.errors import CsvImportError
from planner.model import ContentType, FollowUp, Post, Status
from planner.store import Plan
from tests.conftest import TODAY, add_channel, all_posts, ensure_channel, find_post, make_post

HEADER = ",".join(COLUMNS)


def export_bytes(plan: Plan, *, bom: bool = True) -> bytes:
    stream = io.BytesIO()
    write_to_binary(plan.export_rows(), plan.channel_map(), stream, bom=bom)
    return stream.getvalue()


def comparable(plan: Plan) -> list[tuple]:
    """The plan's posts with channel names instead of ids, to compare two plans."""
    names = {c.id: c.name for c in plan.channels()}
    return sorted(
        ((names[p.channel_id], *astuple(replace(p, channel_id=0))) for p in all_posts(plan)),
        key=repr,
    )


def import_text(plan: Plan, text: str, **options) -> None:
    import_csv(plan, text.encode("utf-8"), **options)


def only(plan: Plan) -> Post:
    (post,) = all_posts(plan)
    return post


# -- export --------------------------------------------------------------------------------


def test_export_is_excel_friendly(plan) -> None:
    make_post(plan, "promotional", time=dt.time(9), title="Sale", body="two\nlines")
    make_post(plan, "value", None, title="An idea", status=Status.IDEA)
    data = export_bytes(plan)
    quoted_header = ",".join(f'"{column}"' for column in COLUMNS)
    assert data.startswith(codecs.BOM_UTF8 + quoted_header.encode() + b"\r\n")
    assert data.count(b"\r\n") == 3  # header and two rows; the body's own newline stays \n
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    assert rows[1][1:] == [
        "2026-11-23",
        "09:00",
        "Instagram",
        "promotional",
        "Sale",
        "two\nlines",
        "draft",
        "",
        "",
        "no",
        "",
        "0",
    ]
    assert rows[2][1:4] == ["", "", "Instagram"]
    assert rows[2][7] == "idea"
    assert not export_bytes(plan, bom=False).startswith(codecs.BOM_UTF8)


def test_export_replaces_a_file_only_when_complete(plan, tmp_path) -> None:
    target = tmp_path / "week.csv"
    target.write_text("the client's old copy")
    make_post(plan, "value")
    broken = [*plan.export_rows(), ("not", "a", "post")]
    with pytest.raises(ValueError, match="not enough values to unpack"):
        write_to_file(broken, plan.channel_map(), target)
    assert target.read_text() == "the client's old copy"
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "bakery.sqlite3",
        "bakery.sqlite3-shm",
        "bakery.sqlite3-wal",
        "week.csv",
    ]
    assert write_to_file(plan.export_rows(), plan.channel_map(), target) == 1


@pytest.mark.parametrize("start", ["=", "+", "-", "@", "\t", "\r"])
def test_formula_guard_on_every_text_cell(plan, start) -> None:
    text = f'{start}HYPERLINK("http://x")'
    channel = add_channel(plan, f"{start}chan")
    plan.put_posts([Post(channel.id, ContentType.VALUE, text, body=text, tags=(text,), notes=text)])
    row = next(csv.DictReader(io.StringIO(export_bytes(plan).decode("utf-8-sig"), newline="")))
    for column in ("title", "body", "notes"):
        assert row[column] == "'" + text
    # Channel names and tags are trimmed, so a tab or CR cannot lead them.
    guarded = bool(start.strip())
    assert row["channel"] == ("'" if guarded else "") + f"{start}chan".strip()
    assert row["tags"] == ("'" if guarded else "") + text.strip()


@pytest.mark.parametrize(
    ("stored", "exported"),
    [
        ("=1+1", "'=1+1"),
        ("'=1+1", "''=1+1"),
        ("''-5", "'''-5"),
        ("'quoted'", "'quoted'"),
        ("it's fine", "it's fine"),
        ("'", "'"),
        ("", ""),
    ],
)
def test_guard_and_its_exact_reversal(stored, exported) -> None:
    assert guard(stored) == exported
    assert unguard(exported) == stored


def test_import_removes_exactly_one_apostrophe_before_a_guarded_start() -> None:
    assert unguard("'=SUM(A1)") == "=SUM(A1)"
    assert unguard("'@user") == "@user"
    assert unguard("'hello'") == "'hello'"


# -- round trip ----------------------------------------------------------------------------


def test_round_trip_is_exact(plan, tmp_path) -> None:
    texts = [
        "multi\nline\r\nbody\rwith all three line ends",
        "emoji 🥐🍞👩‍🍳 and accents: crème brûlée",
        'quotes "inside", and, commas',
        "semi;colons;everywhere;",
        *[f"{start}guarded start" for start in "=+-@\t\r"],
        "'=already quoted",
        "   leading and trailing spaces   ",
    ]
    for i, text in enumerate(texts):
        make_post(
            plan,
            list(ContentType)[i % 3],
            TODAY + dt.timedelta(days=i) if i % 4 else None,
            channel=["Instagram", "X", "=odd channel", "Café; Bar"][i % 4],
            time=dt.time(i, 30) if i % 4 and i % 2 else None,
            title=text,
            body=text,
            notes=text,
            tags=(text.replace(",", ""), "second tag"),
            status=Status.PUBLISHED if i % 4 else Status.IDEA,
        )
    exported = export_bytes(plan)
    with Plan.create(tmp_path / "copy.sqlite3") as copy:
        import_csv(copy, exported)
        assert comparable(copy) == comparable(plan)
        assert export_bytes(copy) == exported


text_cells = st.text(st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=40)
titles = text_cells.filter(lambda t: t.strip() != "")
post_data = st.fixed_dictionaries(
    {
        "title": titles,
        "body": text_cells,
        "notes": text_cells,
        "tags": st.lists(text_cells, max_size=3),
        "content_type": st.sampled_from(ContentType),
        "channel": st.sampled_from(["Instagram", "=Sales", "LinkedIn", 'Café; "Bar"']),
        "date": st.none() | st.dates(dt.date(1990, 1, 1), dt.date(2100, 12, 31)),
        "time": st.none() | st.times().map(lambda t: t.replace(second=0, microsecond=0)),
        "status": st.sampled_from(Status),
        "followup": st.builds(FollowUp, st.booleans(), text_cells, st.integers(0, 10_000)),
    }
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(post_data, max_size=6), st.booleans())
def test_round_trip_property(posts, bom) -> None:
    with Plan.in_memory() as plan, Plan.in_memory() as copy:
        for data in posts:
            date = data["date"]
            status = data["status"]
            if date is None and status in (Status.SCHEDULED, Status.PUBLISHED):
                status = Status.DRAFT
            plan.put_posts(
                [
                    Post(
                        channel_id=ensure_channel(plan, data["channel"]).id,
                        content_type=data["content_type"],
                        title=data["title"],
                        body=data["body"],
                        notes=data["notes"],
                        tags=tuple(data["tags"]),
                        date=date,
                        time=data["time"] if date else None,
                        status=status,
                        followup=data["followup"],
                    )
                ]
            )
        stream = io.BytesIO()
        write_to_binary(plan.export_rows(), plan.channel_map(), stream, bom=bom)
        import_csv(copy, stream.getvalue())
        assert comparable(copy) == comparable(plan)
        import_csv(copy, stream.getvalue())  # a second import changes nothing
        assert comparable(copy) == comparable(plan)


# -- reading leniently ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("promo", ContentType.PROMOTIONAL),
        ("Promotion", ContentType.PROMOTIONAL),
        ("SALES", ContentType.PROMOTIONAL),
        ("offer", ContentType.PROMOTIONAL),
        ("educational", ContentType.VALUE),
        ("Education", ContentType.VALUE),
        ("tip", ContentType.VALUE),
        ("info", ContentType.VALUE),
        ("informative", ContentType.VALUE),
        ("entertaining", ContentType.VALUE),
        ("engagement", ContentType.CONVERSATION),
        ("Question", ContentType.CONVERSATION),
        ("community", ContentType.CONVERSATION),
        (" personal ", ContentType.CONVERSATION),
        ("Conversation", ContentType.CONVERSATION),
    ],
)
def test_content_type_synonyms(plan, cell, expected) -> None:
    import_text(plan, f"date,channel,content_type,title\n2026-11-24,X,{cell},Hi\n")
    assert only(plan).content_type is expected


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("09:00", dt.time(9)),
        ("9:05", dt.time(9, 5)),
        ("9am", dt.time(9)),
        ("9 AM", dt.time(9)),
        ("9:30 pm", dt.time(21, 30)),
        ("12am", dt.time(0)),
        ("12:15pm", dt.time(12, 15)),
        ("", None),
    ],
)
def test_times_in_24_and_12_hour_forms(plan, cell, expected) -> None:
    import_text(plan, f"date,time,channel,content_type,title\n2026-11-24,{cell},X,value,Hi\n")
    assert only(plan).time == expected


@pytest.mark.parametrize(
    ("cell", "order", "expected"),
    [
        ("2026-11-24", None, dt.date(2026, 11, 24)),
        ("24/11/2026", None, dt.date(2026, 11, 24)),
        ("Nov 24 2026", None, dt.date(2026, 11, 24)),
        ("24 November 2026", None, dt.date(2026, 11, 24)),
        ("01/02/2026", None, dt.date(2026, 1, 2)),
        ("01/02/2026", DateOrder.DAY_FIRST, dt.date(2026, 2, 1)),
        ("2026-02-01", DateOrder.DAY_FIRST, dt.date(2026, 2, 1)),
    ],
)
def test_dates_in_common_forms(plan, cell, order, expected) -> None:
    import_text(plan, f'date,channel,content_type,title\n"{cell}",X,value,Hi\n', order=order)
    assert only(plan).date == expected


def test_semicolons_bom_crlf_and_any_column_order(plan) -> None:
    text = (
        "\ufeffTitle;Content type;Channel;Date;Status\r\n"
        "Open day;Promo;Facebook;24/11/2026;Scheduled\r\n"
        '"Which loaf; and why?";question;Facebook;2026-11-25;\r\n'
    )
    import_text(plan, text)
    first, second = all_posts(plan)
    assert (first.title, first.status) == ("Open day", Status.SCHEDULED)
    assert (second.title, second.status) == ("Which loaf; and why?", Status.DRAFT)


def test_utf16_files_from_excel_are_read(plan) -> None:
    text = "date\tchannel\tcontent_type\ttitle\r\n2026-11-24\tX\tvalue\tBrötchen 🥨\r\n"
    import_csv(plan, text.encode("utf-16"))
    assert only(plan).title == "Brötchen 🥨"


def test_empty_status_means_draft_or_idea(plan) -> None:
    import_text(
        plan, "date,channel,content_type,title,status\n2026-11-24,X,value,A,\n,X,value,B,\n"
    )
    assert [(p.title, p.status) for p in all_posts(plan)] == [
        ("A", Status.DRAFT),
        ("B", Status.IDEA),
    ]


def test_unknown_channels_are_created_and_known_ones_matched(plan) -> None:
    add_channel(plan, "Instagram", 2200)
    import_text(
        plan,
        "date,channel,content_type,title\n"
        "2026-11-24,INSTAGRAM,value,A\n"
        "2026-11-24,linkedin,value,B\n"
        "2026-11-24,Shop window,value,C\n",
    )
    assert [(c.name, c.char_limit) for c in plan.channels()] == [
        ("Instagram", 2200),
        ("LinkedIn", 3000),
        ("Shop window", None),
    ]


def test_unknown_columns_are_ignored_and_reported(plan) -> None:
    data = b"date,channel,content_type,title,likes\n2026-11-24,X,value,A,12\n"
    preview = check_import(plan, data)
    assert preview.ignored_columns == ["likes"]
    assert "ignored columns: likes" in preview.summary()


# -- identity and idempotence --------------------------------------------------------------


def test_a_known_uid_updates_and_an_unknown_one_creates_with_that_uid(plan) -> None:
    post = make_post(plan, "value", title="Old title")
    new_uid = "0b9ee0e4-61ac-4d3c-8d3b-4f3a0e7c9a11"
    import_text(
        plan,
        f"uid,date,channel,content_type,title\n"
        f"{post.uid.upper()},2026-11-25,Instagram,value,New title\n"
        f"{new_uid},2026-11-26,Instagram,value,Brand new\n",
    )
    assert find_post(plan, post.uid) == replace(post, title="New title", date=dt.date(2026, 11, 25))
    assert find_post(plan, new_uid).title == "Brand new"
    assert plan.count_posts() == 2


def test_an_update_keeps_the_columns_the_file_lacks(plan) -> None:
    post = make_post(plan, "value", body="Keep me", notes="and me", tags=("t",), time=dt.time(9))
    import_text(plan, f"uid,channel,content_type,title\n{post.uid},Instagram,promo,Retitled\n")
    assert find_post(plan, post.uid) == replace(
        post, title="Retitled", content_type=ContentType.PROMOTIONAL
    )


def test_reimporting_the_same_file_changes_nothing(plan) -> None:
    text = (
        "date,time,channel,content_type,title\n"
        "2026-11-24,9am,X,value,Same\n2026-11-24,9am,X,value,Same\n,,Blog,value,Idea\n"
    )
    import_text(plan, text)
    before = comparable(plan)
    preview = check_import(plan, text.encode())
    assert (preview.created, preview.updated, preview.unchanged) == (0, 0, 3)
    import_text(plan, text)
    assert comparable(plan) == before


def test_reimporting_an_export_changes_nothing(plan) -> None:
    for kind in ContentType:
        make_post(plan, kind)
    exported = export_bytes(plan)
    preview = check_import(plan, exported)
    assert preview.unchanged == 3
    import_csv(plan, exported)
    assert export_bytes(plan) == exported


# -- all or nothing ------------------------------------------------------------------------


def problems_of(plan: Plan, text: str | bytes, **options) -> list[str]:
    data = text.encode() if isinstance(text, str) else text
    before = comparable(plan), [c.name for c in plan.channels()]
    with pytest.raises(CsvImportError) as raised:
        import_csv(plan, data, **options)
    assert (comparable(plan), [c.name for c in plan.channels()]) == before
    assert str(raised.value).startswith("Nothing was imported")
    return [str(problem) for problem in raised.value.problems]


def test_every_bad_row_is_reported_by_line_column_and_reason(plan) -> None:
    make_post(plan, "value")
    text = (
        "date,time,channel,content_type,title,status,uid\n"  # line 1
        "2026-11-24,9am,NewChannel,value,Fine,,\n"  # line 2: good, but not written
        "31/02/2026,,X,value,Bad date,,\n"  # line 3
        '2026-11-24,25:00,X,value,"Title over\n'  # line 4 (a cell over two lines)
        'two lines",,\n'
        "2026-11-24,,X,gossip,Bad type,,\n"  # line 6
        "2026-11-24,,,value,No channel,,\n"  # line 7
        "2026-11-24,,X,value,  ,,\n"  # line 8
        ",9am,X,value,Time without date,,\n"  # line 9
        ",,X,value,Scheduled idea,scheduled,\n"  # line 10
        "2026-11-24,,X,value,Odd status,pending,\n"  # line 11
        "2026-11-24,,X,value,Bad uid,,not-a-uid\n"  # line 12
    )
    assert problems_of(plan, text) == [
        "line 3, date: '31/02/2026' is not a valid date",
        "line 4, time: '25:00' is not a valid time",
        "line 6, content_type: 'gossip' is not a content type (promotional, value or conversation)",
        "line 7, channel: a channel is required",
        "line 8, title: a title is required",
        "line 9, time: a post without a date cannot have a time",
        "line 10, status: a scheduled post needs a date",
        "line 11, status: 'pending' is not a status (idea, draft, scheduled or published)",
        "line 12, uid: 'not-a-uid' is not a uid (leave it empty for a new post)",
    ]


def test_repeated_uid_in_one_file(plan) -> None:
    uid = "0b9ee0e4-61ac-4d3c-8d3b-4f3a0e7c9a11"
    text = f"uid,channel,content_type,title\n{uid},X,value,A\n{uid},X,value,B\n"
    assert problems_of(plan, text) == ["line 3, uid: the same uid is already on line 2"]


@pytest.mark.parametrize(
    ("data", "problem"),
    [
        (b"", "line 1: the file is empty"),
        (b"\xef\xbb\xbf\r\n  \r\n", "line 1: the file is empty"),
        (b"date,title\n2026-11-24,Hi\n", "line 1: missing columns channel, content_type;"),
        (
            b"title,channel,content_type,title\n",
            "line 1, title: this column appears more than once",
        ),
        (
            "channel,content_type,title\nX,value,Caf\xe9\n".encode("latin-1"),
            "line 2: the file is not UTF-8 text (byte 0xE9);",
        ),
        (b'channel,content_type,title\nX,value,"unclosed\n', "line 2: the file is not valid CSV"),
        (b'channel,content_type,title\nX,value,"a"b\n', "line 2: the file is not valid CSV"),
        (
            b"channel,content_type,title\nX,value,A,surprise\n",
            "line 2: 4 cells, but the header names 3 columns",
        ),
        (
            b"channel,content_type,title\nX,value," + b"x" * 200_000 + b"\n",
            "line 2, title: a cell is longer than 131,072 characters",
        ),
    ],
)
def test_bad_files_are_refused_whole(plan, data, problem) -> None:
    (found,) = problems_of(plan, data)
    assert found.startswith(problem)


def test_only_a_header_imports_nothing_and_says_so(plan) -> None:
    preview = check_import(plan, HEADER.encode())
    assert preview.total == 0
    assert preview.summary().startswith("0 posts")


def test_trailing_empty_cells_and_blank_rows_are_fine(plan) -> None:
    import_text(plan, "channel,content_type,title,,\nX,value,A,,\n,,,,\n\nX,value,B\n")
    assert [p.title for p in all_posts(plan)] == ["A", "B"]


def test_a_large_cell_within_the_limit_is_kept_whole(plan) -> None:
    body = "word " * 20_000
    import_text(plan, f'channel,content_type,title,body\nX,value,Long,"{body}"\n')
    assert only(plan).body == body


def test_import_undo_and_redo(plan) -> None:
    post = make_post(plan, "value", title="Before")
    data = f"uid,channel,content_type,title\n{post.uid},Instagram,value,After\n,TikTok,value,New\n"
    change = import_posts(plan, data.encode()).change
    plan.apply(change)
    after = comparable(plan), [c.name for c in plan.channels()]
    plan.apply(change.reversed())
    assert all_posts(plan) == [post]
    assert [c.name for c in plan.channels()] == ["Instagram"]
    plan.apply(change)
    assert (comparable(plan), [c.name for c in plan.channels()]) == after


def test_follow_up_columns(plan) -> None:
    import_text(
        plan,
        "date,channel,content_type,title,status,followup_done,followup_note,conversations\n"
        "2026-11-23,X,value,A,published,yes,'=6 comments,6\n"
        "2026-11-23,X,value,B,published,,,\n"
        "2026-11-23,X,value,C,published,Done,,0\n",
    )
    followups = {p.title: p.followup for p in all_posts(plan)}
    assert followups == {
        "A": FollowUp(True, "=6 comments", 6),
        "B": FollowUp(),
        "C": FollowUp(True, "", 0),
    }
    row = export_bytes(plan).decode("utf-8-sig").splitlines()[1]
    assert row.endswith(',"yes","\'=6 comments","6"')


def test_bad_follow_up_cells_are_reported(plan) -> None:
    text = (
        "channel,content_type,title,followup_done,conversations\n"
        "X,value,A,maybe,1\nX,value,B,no,-2\n"
    )
    assert problems_of(plan, text) == [
        "line 2, followup_done: 'maybe' is not yes or no",
        "line 3, conversations: '-2' is not a number of conversations (0 or more)",
    ]


def test_a_file_without_follow_up_columns_keeps_them(plan) -> None:
    post = make_post(plan, "value", status=Status.PUBLISHED, followup=FollowUp(True, "ok", 3))
    import_text(plan, f"uid,channel,content_type,title\n{post.uid},Instagram,value,Renamed\n")
    assert find_post(plan, post.uid).followup == FollowUp(True, "ok", 3)


class StopError(Exception):
    pass


def test_progress_follows_the_file_and_stopping_it_writes_nothing(plan, tmp_path) -> None:
    source = tmp_path / "posts.csv"
    rows = [f"2026-11-{24 + i % 5},Instagram,value,Post {i}" for i in range(5_000)]
    source.write_text("date,channel,content_type,title\n" + "\n".join(rows) + "\n")
    shares: list[float] = []
    assert check_import(plan, source, progress=shares.append).created == 5_000
    assert len(shares) == 5  # after each thousand rows
    assert shares == sorted(shares)
    assert shares[0] < 0.5
    assert shares[-1] == 1.0

    def stop_half_way(share: float) -> None:
        if share > 0.5:
            raise StopError

    with pytest.raises(StopError):
        import_posts(plan, source, progress=stop_half_way)
    assert all_posts(plan) == []
    assert plan.channels() == []
