"""The CSV format shared by export and import: columns, value names, the injection guard."""

from __future__ import annotations

from planner.model import ContentType, Status

COLUMNS = (
    "uid",
    "date",
    "time",
    "channel",
    "content_type",
    "title",
    "body",
    "status",
    "tags",
    "notes",
    # Added with follow-ups, after the columns of PRODUCT.md §6, so older files still read.
    "followup_done",
    "followup_note",
    "conversations",
)
# Cells a spreadsheet could take for a formula (OWASP CSV injection).
TEXT_COLUMNS = frozenset({"title", "body", "notes", "tags", "channel", "followup_note"})
REQUIRED_COLUMNS = ("channel", "content_type", "title")
DELIMITERS = (",", ";", "\t")
# What an export may separate cells with: the comma, or the semicolon that Excel expects
# where decimals are written with a comma (Italy, Germany, France...).
CSV_DELIMITERS = (",", ";")

# A line feed too: a spreadsheet that opens a cell starting with a carriage return saves it
# back starting with a line feed, and the guard must still come off on import.
GUARDED_STARTS = frozenset("=+-@\t\r\n")
GUARD = "'"
# First characters of the cells the guard has to look at more closely.
MAY_NEED_GUARD = GUARDED_STARTS | {GUARD}

# The names import reads (in lower case), English and Italian (PRODUCT.md §6), with the
# names the window shows in Italian ("di valore").
CONTENT_TYPE_NAMES: dict[str, ContentType] = {
    **{t.value: t for t in ContentType},
    **dict.fromkeys(
        (
            "promo",
            "promotion",
            "sales",
            "offer",
            "promozionale",
            "promozione",
            "offerta",
            "vendita",
        ),
        ContentType.PROMOTIONAL,
    ),
    **dict.fromkeys(
        (
            "educational",
            "education",
            "tip",
            "info",
            "informative",
            "entertaining",
            "valore",
            "di valore",
            "consiglio",
            "informativo",
        ),
        ContentType.VALUE,
    ),
    **dict.fromkeys(
        (
            "engagement",
            "question",
            "community",
            "personal",
            "conversazione",
            "domanda",
            "sondaggio",
        ),
        ContentType.CONVERSATION,
    ),
}
STATUS_NAMES: dict[str, Status] = {
    **{s.value: s for s in Status},
    "bozza": Status.DRAFT,
    "programmato": Status.SCHEDULED,
    "pubblicato": Status.PUBLISHED,
}
YES, NO = "yes", "no"
DONE_NAMES = {
    **dict.fromkeys(("yes", "y", "true", "1", "done", "x", "sì", "si", "fatto"), True),
    **dict.fromkeys(("no", "n", "false", "0", ""), False),
}
COLUMN_ALIASES = {"type": "content_type", "contenttype": "content_type"}
# The longest cell read (Python's csv default limit): far over any channel's longest post.
MAX_CELL = 131_072


def _needs_guard(text: str) -> bool:
    # Apostrophes already in front of a guarded character count as part of the guard's
    # reach: "'=x" exports as "''=x", so that import gives back exactly "'=x".
    if text[:1] not in MAY_NEED_GUARD:
        return False  # the usual case, decided by the first character alone
    rest = text.lstrip(GUARD)
    return bool(rest) and rest[0] in GUARDED_STARTS


def guard(text: str) -> str:
    """A text cell as exported: a leading ``'`` keeps a spreadsheet from running it."""
    return GUARD + text if _needs_guard(text) else text


def unguard(text: str) -> str:
    """The exact inverse of :func:`guard`: drops one leading ``'`` before a guarded start."""
    return text[1:] if text.startswith(GUARD) and _needs_guard(text) else text


def column_key(header_cell: str) -> str:
    """A header cell as a column name: ``Content type`` and ``content-type`` → content_type."""
    key = header_cell.strip().lower().replace(" ", "_").replace("-", "_")
    return COLUMN_ALIASES.get(key, key)


def column_label(index: int) -> str:
    """A column by its position, as a person and a spreadsheet name it: ``column 4 (D)``."""
    letters, number = "", index + 1
    while number:
        number, rest = divmod(number - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return f"column {index + 1} ({letters})"
