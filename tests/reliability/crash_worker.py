"""Edits and imports a plan without pause, noting each one in a journal, until killed.

    python -m tests.reliability.crash_worker PLAN JOURNAL SEED

Before an action the journal gets "begin K KIND TARGET", after its commit "done K"; both
lines are flushed to disk, so after a kill the journal says which actions were reported
saved (done), which one was under way (begun, not done), and which never started.
"""

from __future__ import annotations

import os
import random
import sys
from dataclasses import replace
from pathlib import Path

from planner.csv_import import import_csv
from planner.model import Change, ContentType, Post
from planner.store import Plan
from tests.conftest import ensure_channel, find_post
from tests.reliability.journal import IMPORT_ROWS, post_uid

KINDS = ("add", "add", "update", "delete", "import")


def main(plan_path: str, journal_path: str, seed: int) -> None:
    rng = random.Random(seed)
    plan = Plan.open(plan_path)
    channel = ensure_channel(plan, "Instagram")
    untouched: list[str] = []  # added posts that no later action has touched yet
    with Path(journal_path).open("a", encoding="utf-8") as journal:

        def note(line: str) -> None:
            journal.write(line + "\n")
            journal.flush()
            os.fsync(journal.fileno())

        for number in range(1_000_000):
            kind = rng.choice(KINDS)
            if kind in ("update", "delete") and not untouched:
                kind = "add"
            target = (
                untouched.pop(rng.randrange(len(untouched)))
                if kind in ("update", "delete")
                else "-"
            )
            note(f"begin {number} {kind} {target}")
            if kind == "add":
                uid = post_uid(seed, number)
                plan.put_posts([Post(channel.id, ContentType.VALUE, f"add-{number}", uid=uid)])
                untouched.append(uid)
            elif kind == "update":
                post = find_post(plan, target)
                assert post is not None
                plan.apply(Change((post,), (replace(post, title=f"update-{number}"),)))
            elif kind == "delete":
                post = find_post(plan, target)
                assert post is not None
                plan.apply(Change(posts_before=(post,)))
            else:
                rows = "".join(f"Instagram,value,import-{number}-{i}\n" for i in range(IMPORT_ROWS))
                import_csv(plan, ("channel,content_type,title\n" + rows).encode())
            note(f"done {number}")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], int(sys.argv[3]))
