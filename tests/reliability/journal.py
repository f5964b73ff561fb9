"""What a crash worker's journal says the plan must hold."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from pathlib import Path

IMPORT_ROWS = 40
NAMESPACE = uuid.UUID("0f1c6a52-8d4e-4a55-9b7e-5d8c7f3e2a10")


def post_uid(seed: int, number: int) -> str:
    return str(uuid.uuid5(NAMESPACE, f"{seed}/{number}"))


@dataclass
class Action:
    number: int
    kind: str
    target: str
    done: bool = False


@dataclass
class Journal:
    actions: dict[int, Action] = field(default_factory=dict)

    @classmethod
    def read(cls, path: Path) -> Journal:
        journal = cls()
        for line in path.read_text(encoding="utf-8").splitlines():
            parts = line.split()
            if len(parts) == 4 and parts[0] == "begin":
                number = int(parts[1])
                journal.actions[number] = Action(number, parts[2], parts[3])
            elif len(parts) == 2 and parts[0] == "done" and int(parts[1]) in journal.actions:
                journal.actions[int(parts[1])].done = True
            # A line cut short by the kill is no report: it is ignored.
        return journal

    @property
    def reported(self) -> int:
        return sum(action.done for action in self.actions.values())

    def problems(self, seed: int, titles: dict[str, str], imports: dict[int, int]) -> list[str]:
        """What the plan (``titles`` by uid, ``imports`` row counts by action) gets wrong.
        An action begun and not done may have happened or not; a done one must have."""
        found = []
        later: dict[str, Action] = {
            a.target: a for a in self.actions.values() if a.kind in ("update", "delete")
        }
        for action in self.actions.values():
            if action.kind == "add":
                uid = post_uid(seed, action.number)
                touch = later.get(uid)
                allowed = (
                    {f"add-{action.number}"} if action.done else {f"add-{action.number}", None}
                )
                if touch is not None:
                    after = f"update-{touch.number}" if touch.kind == "update" else None
                    allowed = {after} if touch.done else allowed | {after}
                if titles.get(uid) not in allowed:
                    found.append(
                        f"post of action {action.number}: {titles.get(uid)!r}, not {allowed}"
                    )
            elif action.kind == "import":
                rows = imports.get(action.number, 0)
                allowed_rows = {IMPORT_ROWS} if action.done else {0, IMPORT_ROWS}
                if rows not in allowed_rows:
                    found.append(f"import {action.number}: {rows} rows, not {allowed_rows}")
        return found
