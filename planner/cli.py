"""The ``content-planner`` command line (window-free commands; no Qt is imported here).

Errors are one line on standard error and exit 1; usage errors exit 2. Commands that need
the window (opening it, ``selfcheck``, PDF export) are handed to the ``WindowCommands`` the
``ui`` side passes in, so this module never imports Qt.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from planner import __version__, clock
from planner.csv_format import CSV_DELIMITERS
from planner.date_order import (
    DateOrder,
    OrderChoice,
    choose,
    computer_order,
    explain,
    is_ambiguous,
    long_date,
    mismatch,
)
from planner.errors import CsvImportError, PlanExistsError, PlannerError
from planner.exports import Format, export_picture, export_to_file, export_to_stream
from planner.mix import MixReport, percent, report_json
from planner.model import ContentType, Status
from planner.review_pack import Language, PackFormat, computer_language
from planner.soundness import explained
from planner.store import Plan, writable_plan
from planner.weeks import Week, week_containing

if TYPE_CHECKING:
    from planner.csv_import import ImportPreview
    from planner.model import Post
    from planner.review_pack import Pack

PROG = "content-planner"
WINDOW_FREE = ("mix", "list", "export", "import", "check", "review")
COMMANDS = (*WINDOW_FREE, "selfcheck")
# The exit code of a command whose reader closed the pipe, as for a tool ended by SIGPIPE.
CLOSED_PIPE = 128 + 13
# Set to see the traceback of an unexpected error instead of its one-line summary.
DEBUG_VARIABLE = "CONTENT_PLANNER_DEBUG"


class WindowCommands(Protocol):
    """What the ``ui`` side provides for the commands that need Qt."""

    def open(self, plan: Path | None) -> int: ...

    def selfcheck(self, plan: Path | None) -> int: ...

    def write_pdf(self, plan: Plan, weeks: Sequence[Week], output: Path) -> int: ...

    def write_png(self, plan: Plan, view: str, day: dt.date, output: Path) -> int: ...

    def write_review_pdf(self, pack: Pack, output: Path) -> int: ...


class UsageError(Exception):
    """A mistake in how the command was called (exit 2)."""


def _add_date_order(parser: argparse.ArgumentParser) -> None:
    order = parser.add_mutually_exclusive_group()
    order.add_argument(
        "--dayfirst",
        dest="order",
        action="store_const",
        const=DateOrder.DAY_FIRST,
        help="read 01/02/2026 as 1 February",
    )
    order.add_argument(
        "--monthfirst",
        dest="order",
        action="store_const",
        const=DateOrder.MONTH_FIRST,
        help="read 01/02/2026 as January 2 (without either: as the dates themselves or "
        "the computer's language and region show)",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=PROG,
        description="Plan a balanced week of social-media posts. "
        f"Without a command, '{PROG} [PLAN]' opens the window on PLAN "
        "(the default plan if omitted).",
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    opener = commands.add_parser("open", help=argparse.SUPPRESS)
    opener.add_argument("plan", nargs="?", type=Path, metavar="PLAN")

    mix = commands.add_parser("mix", help="the content mix of a week and its warnings")
    mix.add_argument("plan", type=Path, metavar="PLAN")
    mix.add_argument("--week", metavar="DATE", help="the week holding DATE")
    mix.add_argument("--json", action="store_true", help="print one JSON object")
    _add_date_order(mix)

    listing = commands.add_parser("list", help="the plan's posts, filtered, as a table or JSON")
    listing.add_argument("plan", type=Path, metavar="PLAN")
    listing.add_argument(
        "--search", default="", metavar="TEXT", help="words in the title, body, tags or notes"
    )
    listing.add_argument(
        "--type", action="append", default=[], choices=[kind.value for kind in ContentType]
    )
    listing.add_argument("--channel", action="append", default=[], metavar="NAME")
    listing.add_argument(
        "--status", action="append", default=[], choices=[status.value for status in Status]
    )
    listing.add_argument("--from", dest="first", metavar="DATE")
    listing.add_argument("--to", dest="last", metavar="DATE")
    listing.add_argument("--json", action="store_true", help="print a JSON array of posts")
    _add_date_order(listing)

    export = commands.add_parser("export", help="write posts as CSV, calendar, PDF or a picture")
    export.add_argument("plan", type=Path, metavar="PLAN")
    export.add_argument("--week", metavar="DATE")
    export.add_argument("--from", dest="first", metavar="DATE")
    export.add_argument("--to", dest="last", metavar="DATE")
    export.add_argument("--format", choices=[kind.value for kind in Format], default="csv")
    export.add_argument(
        "-o", dest="output", metavar="FILE", help="the file to write (- for stdout)"
    )
    export.add_argument(
        "--view",
        choices=["week", "month"],
        help="what a picture (--format png) shows: the week (default) or its month",
    )
    export.add_argument("--no-bom", action="store_true", help="CSV without the UTF-8 BOM")
    export.add_argument(
        "--delimiter",
        choices=CSV_DELIMITERS,
        default=",",
        help="the CSV's separator (; for Excel where decimals are written with a comma)",
    )
    _add_date_order(export)

    importer = commands.add_parser("import", help="import posts from a CSV file (all or nothing)")
    importer.add_argument("plan", type=Path, metavar="PLAN")
    importer.add_argument("file", metavar="FILE", help="the CSV file (- for stdin)")
    importer.add_argument("--dry-run", action="store_true", help="check and report; write nothing")
    _add_date_order(importer)

    _add_review(commands)

    check = commands.add_parser("check", help="check a plan file's integrity; exit 0 when sound")
    check.add_argument("plan", type=Path, metavar="PLAN")

    selfcheck = commands.add_parser(
        "selfcheck", help="start the window offscreen, render this week, exit 0"
    )
    selfcheck.add_argument("plan", nargs="?", type=Path, metavar="PLAN")
    return parser


def near_miss(word: str) -> str | None:
    """The command ``word`` was probably meant to be (``chek``: ``check``), unless it may
    well name a plan: it exists, or it has a folder or a suffix in it."""
    if word in COMMANDS or Path(word).exists() or any(mark in word for mark in "./\\"):
        return None
    import difflib  # here: the window's start, which also passes here, does without it

    found = difflib.get_close_matches(word.lower(), COMMANDS, n=1, cutoff=0.8)
    return found[0] if found else None


def _add_review(commands: Any) -> None:
    review = commands.add_parser(
        "review", help="send posts to a client for review, and read the client's answers"
    )
    steps = review.add_subparsers(dest="review_command", metavar="export|import", required=True)
    export = steps.add_parser(
        "export",
        help="write a review pack (XLSX, CSV or PDF) and mark its posts awaiting",
        description="Write the posts of a week or range as a review pack for a client: "
        "an Excel sheet with a Decision drop-down, a CSV, or a PDF to print. "
        "The posts are marked awaiting the client's answer.",
    )
    export.add_argument("plan", type=Path, metavar="PLAN")
    export.add_argument("--week", metavar="DATE", help="the week holding DATE (default: this week)")
    export.add_argument("--from", dest="first", metavar="DATE")
    export.add_argument("--to", dest="last", metavar="DATE")
    export.add_argument(
        "-o", dest="output", metavar="FILE", required=True, help="FILE.xlsx, FILE.csv or FILE.pdf"
    )
    export.add_argument(
        "--delimiter",
        choices=CSV_DELIMITERS,
        default=",",
        help="a CSV pack's separator (; for Excel where decimals are written with a comma)",
    )
    export.add_argument(
        "--language",
        choices=[language.value for language in Language],
        help="the client's language (default: this computer's, English unless Italian)",
    )
    _add_date_order(export)
    read = steps.add_parser(
        "import",
        help="read a client's answers from a review pack (all or nothing)",
        description="Read the decisions, comments and rewritten texts of a review pack. "
        "A rewritten title or text waits beside the post's own as a suggestion, unless "
        "--accept-suggestions.",
    )
    read.add_argument("plan", type=Path, metavar="PLAN")
    read.add_argument("file", metavar="FILE", help="the pack as the client sent it back")
    read.add_argument("--dry-run", action="store_true", help="check and report; write nothing")
    read.add_argument(
        "--accept-suggestions",
        action="store_true",
        help="put the client's rewritten titles and texts in place of the posts' own",
    )


def with_command(argv: Sequence[str]) -> list[str]:
    """``content-planner [PLAN]`` means the hidden ``open`` command."""
    args = list(argv)
    if not args or (args[0] not in COMMANDS and not args[0].startswith("-")):
        return ["open", *args]
    return args


def parse(argv: Sequence[str]) -> argparse.Namespace:
    """Parse ``argv``; usage errors raise ``SystemExit(2)`` after printing the usage."""
    parser = build_parser()
    meant = near_miss(argv[0]) if argv else None
    if meant:
        parser.error(
            f"'{argv[0]}' is not a command; did you mean '{meant}'? "
            f"(To open a plan file called {argv[0]}, write ./{argv[0]})"
        )
    return parser.parse_args(with_command(argv))


def main(argv: Sequence[str] | None = None, window: WindowCommands | None = None) -> int:
    _configure_output()
    try:
        args = parse(sys.argv[1:] if argv is None else argv)
    except SystemExit as exit_:
        return int(exit_.code or 0)
    try:
        return run(args, window)
    except BrokenPipeError:
        # The reader went away (``| head``): what it did not read is not wanted. No message,
        # and nothing more for the interpreter to fail on while it flushes at exit.
        _discard_standard_output()
        return CLOSED_PIPE
    except CsvImportError as error:
        return fail(error.report())
    except PlannerError as error:
        return fail(str(error))
    except OSError as error:
        where = f"{error.filename}: " if error.filename else ""
        return fail(f"{where}{error.strerror or error}")
    except KeyboardInterrupt:
        return 130
    except Exception as error:
        if os.environ.get(DEBUG_VARIABLE):
            raise
        return fail(f"unexpected error ({type(error).__name__}: {error})")


def fail(message: str) -> int:
    print(f"{PROG}: {message}", file=sys.stderr)
    return 1


def usage_error(command: str, message: str) -> int:
    print(f"usage: {PROG} {command} ...\n{PROG} {command}: error: {message}", file=sys.stderr)
    return 2


def _discard_standard_output() -> None:
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, AttributeError, ValueError):  # no real stdout (tests, a windowed app)
        pass


def _configure_output() -> None:
    """Reports written to a file or a pipe are UTF-8 on every system, like the exports.

    Windows would write its ANSI code page there (cp1252): "☕" became "?" and the reader saw
    "·" and "–" garbled. A console keeps its own encoding (Windows' is Unicode already); one
    that cannot show "·" or an emoji must not turn a report into a crash.
    """
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is None:
            continue
        if stream.isatty():
            reconfigure(errors="replace")
        else:
            reconfigure(encoding="utf-8", errors="replace")


def run(args: argparse.Namespace, window: WindowCommands | None) -> int:
    command = args.command
    if command in ("open", "selfcheck"):
        if window is None:
            return fail(f"'{command}' needs the window, which this installation lacks")
        return window.open(args.plan) if command == "open" else window.selfcheck(args.plan)
    if command in ("mix", "export", "list"):
        try:
            _read_command_dates(args)
        except UsageError as error:
            return usage_error(command, str(error))
        if command == "list":
            return _list(args)
        return _mix(args) if command == "mix" else _export(args, window)
    if command == "import":
        return _import(args)
    if command == "review":
        return _review(args, window)
    return _check(args)


_DATE_OPTIONS = (("--week", "week"), ("--from", "first"), ("--to", "last"))


def _read_command_dates(args: argparse.Namespace) -> None:
    """Read ``--week``, ``--from`` and ``--to`` in the order PRODUCT.md §5 sets; say on
    standard error (so ``--json`` stays clean) how a date that reads both ways was read."""
    from planner.dateparse import parse_date

    given = [
        (flag, getattr(args, name)) for flag, name in _DATE_OPTIONS if getattr(args, name, None)
    ]
    choice = choose(args.order, given, computer_order())
    for flag, text in given:
        name = dict(_DATE_OPTIONS)[flag]
        try:
            day = parse_date(text, dayfirst=choice.dayfirst)
        except ValueError as error:
            raise UsageError(f"argument {flag}: {mismatch(text, choice) or error}") from None
        setattr(args, name, day)
        if is_ambiguous(text):
            print(f"{PROG}: read {flag} {text} as {_both_ways(text, day, choice)}", file=sys.stderr)


def _both_ways(text: str, day: dt.date, choice: OrderChoice) -> str:
    """``Tue 1 Dec 2026 (day first, as ...; --monthfirst reads it as Mon 12 Jan 2026)``."""
    from planner.dateparse import parse_date

    other = parse_date(text, dayfirst=not choice.dayfirst)
    flag = "--monthfirst" if choice.dayfirst else "--dayfirst"
    return f"{long_date(day)} ({explain(choice)}; {flag} reads it as {long_date(other)})"


def _week(plan: Plan, day: dt.date | None) -> Week:
    """The week holding ``day`` (default: today), by the plan's week start."""
    return week_containing(day, plan.settings().week_start) if day else plan.this_week()


def _mix(args: argparse.Namespace) -> int:
    with Plan.open(args.plan, readonly=True) as plan, explained(plan):
        now = clock.wall_now(plan.settings().time_zone)
        report = plan.week_mix(_week(plan, args.week), now).report
    if args.json:
        import json

        print(json.dumps(report_json(report), ensure_ascii=False))
    else:
        print(mix_text(report))
    return 0


def mix_text(report: MixReport) -> str:
    rule = report.rule
    lines = [
        f"{report.week.label()} · {report.total} posts · "
        f"{rule.label} (promotional limit {percent(rule.limit)})"
    ]
    for content_type in ContentType:
        share = percent(report.share(content_type))
        lines.append(f"  {content_type.value:<13} {report.counts[content_type]:>4}  {share:>4}")
    if report.warnings:
        lines += [f"{warning.code}: {warning.message}" for warning in report.warnings]
    else:
        lines.append("No warnings: the mix follows your rule.")
    return "\n".join(lines)


def _export_range(args: argparse.Namespace, plan: Plan) -> tuple[dt.date, dt.date] | None:
    if args.week and (args.first or args.last):
        raise UsageError("use --week or --from/--to, not both")
    if bool(args.first) != bool(args.last):
        raise UsageError("--from and --to go together")
    if args.first and args.last:
        if args.first > args.last:
            raise UsageError("--from must not be after --to")
        return args.first, args.last
    if args.week:
        week = _week(plan, args.week)
        return week.start, week.end
    return None


def _list(args: argparse.Namespace) -> int:
    from planner.post_list import ListFilter, PostList, post_json

    if bool(args.first) != bool(args.last):
        return usage_error("list", "--from and --to go together")
    if args.first and args.first > args.last:
        return usage_error("list", "--from must not be after --to")
    with Plan.open(args.plan, readonly=True) as plan, explained(plan):
        channels = plan.channel_map()
        by_name = {c.name.casefold(): c.id for c in channels.values()}
        unknown = [name for name in args.channel if name.casefold() not in by_name]
        if unknown:
            names = ", ".join(c.name for c in channels.values()) or "none yet"
            return fail(f"no channel called {unknown[0]!r} (the plan's channels: {names})")
        chosen = ListFilter(
            text=args.search,
            types=frozenset(ContentType(t) for t in args.type),
            channel_ids=frozenset(by_name[name.casefold()] for name in args.channel),
            statuses=frozenset(Status(s) for s in args.status),
            first=args.first,
            last=args.last,
        )
        listing = PostList(plan.conn)
        listing.set_series(plan.series(), clock.today(plan.settings().time_zone))
        posts = listing.posts(chosen)
        channel_names = {channel_id: channel.name for channel_id, channel in channels.items()}
        if args.json:
            import json  # here: the window's start, through this module, does without it

            print(
                json.dumps(
                    [post_json(p, channel_names.get(p.channel_id, "")) for p in posts],
                    ensure_ascii=False,
                )
            )
        else:
            _print_table(posts, channel_names)
    return 0


def _print_table(posts: Iterable[Post], names: dict[int, str]) -> None:
    """One line per post, in columns a person reads: date, time, channel, type, status, title."""
    count = 0
    for post in posts:
        date = long_date(post.date) if post.date else "idea"
        time = f"{post.time:%H:%M}" if post.time else ""
        title = post.title.replace("\n", " ")
        channel = names.get(post.channel_id, "")[:14]
        print(
            f"{date:<15} {time:<5} {channel:<14} {post.content_type.value:<12} "
            f"{post.status.value:<9} {title}"
        )
        count += 1
    print(f"{count} post{'' if count == 1 else 's'}")


def _export(args: argparse.Namespace, window: WindowCommands | None) -> int:
    kind = Format(args.format)
    if args.view and kind is not Format.PNG:
        return usage_error("export", "--view goes with --format png")
    if kind is Format.PNG and (args.first or args.last):
        return usage_error("export", "a picture shows one week or one month: use --week DATE")
    if kind in (Format.PDF, Format.PNG) and args.output in (None, "-"):
        return usage_error("export", f"a {kind.value.upper()} needs -o FILE")
    with Plan.open(args.plan, readonly=True) as plan, explained(plan):
        try:
            span = _export_range(args, plan)
        except UsageError as error:
            return usage_error("export", str(error))
        if kind in (Format.PDF, Format.PNG) and window is None:
            return fail(
                f"{kind.value.upper()} export needs the window, which this installation lacks"
            )
        csv = {"bom": not args.no_bom, "delimiter": args.delimiter}
        if args.output in (None, "-"):
            export_to_stream(plan, kind, span, sys.stdout.buffer, **csv)
            return 0
        if kind is Format.PNG:
            assert window is not None
            day = args.week or clock.today(plan.settings().time_zone)
            exported = export_picture(
                plan, args.view or "week", day, Path(args.output), window.write_png
            )
        else:
            pdf = window.write_pdf if window else None
            exported = export_to_file(plan, kind, span, Path(args.output), pdf=pdf, **csv)
    print(exported.message(args.output), file=sys.stderr)
    return 0


@contextmanager
def _input(name: str) -> Iterator[Path]:
    """The file to import; standard input is copied to a temporary file first (an import
    may read its dates or uids again, and memory must not grow with the input)."""
    if name != "-":
        Path(name).open("rb").close()  # a missing file is named before anything is done
        yield Path(name)
        return
    import shutil
    import tempfile

    with tempfile.TemporaryDirectory(prefix="content-planner-") as folder:
        copy = Path(folder) / "input.csv"
        with copy.open("wb") as stream:
            shutil.copyfileobj(sys.stdin.buffer, stream)
        yield copy


def _import(args: argparse.Namespace) -> int:
    from planner.csv_import import check_import

    with _input(args.file) as source:
        if args.dry_run:
            with _plan_to_check(args.plan) as plan:
                preview = check_import(plan, source, order=args.order)
            print(f"Dry run: would import {preview.summary()}. Nothing was written.")
            _print_lines(_dates_report(preview, every_date=True))
            return 0
        preview = _import_into(args.plan, source, args.order)
    print(f"Imported {preview.summary()}.")
    _print_lines(_dates_report(preview, every_date=False))
    return 0


def _import_into(path: Path, source: Path, order: DateOrder | None) -> ImportPreview:
    """Import ``source`` into the plan at ``path``, creating it if there is none."""
    from planner.csv_import import check_import, import_csv

    if not path.exists():
        made: list[ImportPreview] = []
        try:
            # Built beside and put in place once the whole file is in: a refused file
            # creates no plan.
            Plan.create(
                path, fill=lambda plan: made.append(import_csv(plan, source, order=order))
            ).close()
            return made[0]
        except PlanExistsError:
            pass  # another program made it meanwhile: the import goes into theirs
    with Plan.open(path, readonly=True) as plan:
        if plan.upgraded_in_memory:
            # Checked first, read-only: a refused file must not upgrade the plan.
            check_import(plan, source, order=order)
    with Plan.open(path) as plan:
        return import_csv(plan, source, order=order)


def _plan_to_check(path: Path) -> Plan:
    """The plan a dry run checks against, opened to read (an empty one if there is none)."""
    return Plan.open(path, readonly=True) if path.exists() else Plan.in_memory()


def _print_lines(lines: list[str]) -> None:
    if lines:
        print("\n".join(lines))


# How many dates as written a dry run lists (the rest are read the same way).
DATES_SHOWN = 12


def _dates_report(preview: ImportPreview, *, every_date: bool) -> list[str]:
    """How the file's dates were read: the order, if a date reads both ways; for a dry
    run, each date as written (other than ISO) and the day read from it."""
    lines = []
    dates = preview.dates
    if dates.order is not None and dates.ambiguous_day is not None:
        text = dates.ambiguous
        way = _both_ways(text, dates.ambiguous_day, dates.order)
        lines.append(f"Dates like {text} were read as {way}.")
    read = list(dates.dates.items())
    if every_date and read:
        lines.append("Dates as written, and as read:")
        lines += [f"  {text} → {long_date(day)}" for text, day in read[:DATES_SHOWN]]
        more = len(read) - DATES_SHOWN + dates.more
        if more > 0:
            lines.append(f"  … and {more} more, read the same way")
    return lines


def _review(args: argparse.Namespace, window: WindowCommands | None) -> int:
    if args.review_command == "import":
        return _review_import(args)
    try:
        _read_command_dates(args)
    except UsageError as error:
        return usage_error("review export", str(error))
    return _review_export(args, window)


def _review_export(args: argparse.Namespace, window: WindowCommands | None) -> int:
    from planner.actions import send_for_review
    from planner.review_pack import make_pack, pack_format, write_pack

    output = Path(args.output)
    try:
        kind = pack_format(output)
    except ValueError as error:
        return usage_error("review export", str(error))
    if kind is PackFormat.PDF and window is None:
        return fail("PDF export needs the window, which this installation lacks")
    if not writable_plan(args.plan):
        return fail(
            f"{args.plan.name} is read-only: sending posts for review marks them awaiting "
            "the client's answer, which needs a plan that can be changed"
        )
    # The pack is made and written from the plan as read: a refused range or file never
    # upgrades an older plan. Only then are its posts marked, in one transaction.
    with Plan.open(args.plan, readonly=True) as plan, explained(plan):
        try:
            span = _export_range(args, plan)
        except UsageError as error:
            return usage_error("review export", str(error))
        week = plan.this_week()
        first, last = span or (week.start, week.end)
        language = Language(args.language) if args.language else computer_language()
        pack = make_pack(plan, first, last, language)
        pdf = window.write_review_pdf if window else None
        written = write_pack(pack, kind, output, pdf, args.delimiter)
    with Plan.open(args.plan) as plan, plan.transaction():
        plan.apply(send_for_review(plan, pack.posts).change)
    unit = "page" if kind is PackFormat.PDF else "post"
    what = f"{written} {unit}" + ("" if written == 1 else "s")
    print(
        f"Exported {what} to {output.name} for review, in {language.name.title()}; "
        f"{len(pack.posts)} posts now await the client's answer.",
        file=sys.stderr,
    )
    return 0


def _review_import(args: argparse.Namespace) -> int:
    from planner.actions import read_answers
    from planner.approval import Rewrite
    from planner.review_answers import preview_answers, today_in
    from planner.review_pack import read_pack

    with _input(args.file) as path:
        pack = read_pack(path.read_bytes())
    # Checked first, read-only: a refused pack or a dry run never upgrades an older plan.
    with Plan.open(args.plan, readonly=True) as plan, explained(plan):
        preview = preview_answers(plan, pack)
    if not args.dry_run:
        with Plan.open(args.plan) as plan, plan.transaction():
            # Under the write lock: what it matched is what it writes over.
            preview = preview_answers(plan, pack)
            accepted = {
                (answer.post.uid, part)
                for answer in preview.suggestions
                for part in Rewrite
                if args.accept_suggestions
            }
            plan.apply(read_answers(plan, preview, today_in(plan), accepted).change)
    if args.dry_run:
        print(f"Dry run: would read {preview.summary()}. Nothing was written.")
    else:
        print(f"Read {preview.summary()}.")
    _print_lines(preview.lines() + [f"(the file was {note})" for note in preview.notes])
    waiting = len(preview.suggestions)
    if waiting and not args.accept_suggestions:
        posts = "1 post" if waiting == 1 else f"{waiting} posts"
        print(
            f"The client rewrote {posts}: the new wording waits beside the post's own; "
            "accept it in the window (Edit post), or read the pack again with "
            "--accept-suggestions."
        )
    return 0


def _check(args: argparse.Namespace) -> int:
    with Plan.open(args.plan, readonly=True) as plan:
        problems = plan.integrity_problems()
        if problems:  # the rows may not read at all: say what is wrong, count nothing
            for problem in problems:
                print(problem, file=sys.stderr)
            noun = "problem" if len(problems) == 1 else "problems"
            return fail(f"{plan.display_name} has {len(problems)} {noun}")
        posts, channels = plan.count_posts(), len(plan.channels())
    print(f"{plan.display_name} is sound: {posts} posts, {channels} channels.")
    return 0
