"""Keep the app's translations in step with its code (Qt Linguist, with PySide6's tools).

    python packaging/translations.py update       after adding or changing strings in ui/
    python packaging/translations.py check        fails if a .ts is behind the code or unfinished
    python packaging/translations.py build DIR    compiles every .ts into DIR (build.spec)

``update`` extracts every ``tr()`` and ``translate()`` string of ``ui/`` (and the core's
messages marked ``QT_TRANSLATE_NOOP`` in ``planner/``) with lupdate and
merges it into ``resources/translations/content_planner_<language>.ts``: translations of
strings still in the code stay, strings gone from the code go, new strings come in
unfinished. It then lists every string that still lacks a translation. Translate them in Qt
Linguist (``pyside6-linguist resources/translations/content_planner_it.ts``) or in a text
editor, and run ``check``.

A string with ``%n`` (or ``%Ln``, the number in the user's format) is a plural message: each
language gives one form per plural rule ("1 post" / "%n post"). lupdate marks only
``self.tr(text, "", n)`` calls as plural; here every string with ``%n`` is, so
``translate(context, text, "", n)`` works everywhere. English is the source language: its
file holds the plural forms only.

``check`` fails (exit 1) when ``update`` would change a file (a string added, changed or
removed in the code since), when a string lacks a translation, when lupdate cannot place a
string (a ``tr()`` outside a class), or when a translation loses or invents a
``{placeholder}`` or a menu mnemonic (``&File``).
"""

from __future__ import annotations

import ast
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ElementTree
from dataclasses import dataclass, field, replace
from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from ui.translations import (  # noqa: E402
    LANGUAGES,
    PREFIX,
    SOURCE_LANGUAGE,
    TranslationError,
    compile_file,
    qt_tool,
    source_file,
)

CODE = ROOT / "ui"
# The core marks its messages with QT_TRANSLATE_NOOP, for the window to say them translated.
CORE = ROOT / "planner"
PLURAL = re.compile(r"%L?n")
# A str.format field, {name} or {name:spec}; "{{" is a literal brace.
FIELD = re.compile(r"(?<!\{)\{(\w*)(?:[:!][^{}]*)?\}")
# A mnemonic: "&" before a character, not "&&" (a literal ampersand).
MNEMONIC = re.compile(r"(?<!&)&(?=[^&\s])")
# Plural forms per language, in Qt's order for it (numerus rules of Qt Linguist).
PLURAL_FORMS = {"en": 2, "it": 2}
XML_ESCAPES = {'"': "&quot;", "'": "&apos;"}


@dataclass
class Message:
    context: str
    source: str
    comment: str = ""
    numerus: bool = False
    forms: list[str] = field(default_factory=lambda: [""])
    finished: bool = False

    @property
    def key(self) -> tuple[str, str, str]:
        return self.context, self.source, self.comment


# -- reading and writing .ts files --------------------------------------------------------


def read_ts(path: Path) -> list[Message]:
    messages = []
    for context in ElementTree.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for element in context.iter("message"):
            translation = element.find("translation")
            kind = translation.get("type", "") if translation is not None else "unfinished"
            if kind in ("obsolete", "vanished"):
                continue
            numerus = element.get("numerus") == "yes"
            if translation is None:
                forms = [""]
            elif numerus:
                forms = [form.text or "" for form in translation.iter("numerusform")] or [""]
            else:
                forms = [translation.text or ""]
            messages.append(
                Message(
                    name,
                    element.findtext("source") or "",
                    element.findtext("comment") or "",
                    numerus,
                    forms,
                    kind != "unfinished" and all(forms),
                )
            )
    return messages


def _text(value: str) -> str:
    return escape(value, XML_ESCAPES)


def ts_text(messages: list[Message], language: str) -> str:
    """A .ts file as lupdate writes one: contexts by name, messages in the code's order."""
    source = "" if language == SOURCE_LANGUAGE else f' sourcelanguage="{SOURCE_LANGUAGE}"'
    lines = [
        '<?xml version="1.0" encoding="utf-8"?>',
        "<!DOCTYPE TS>",
        f'<TS version="2.1" language="{language}"{source}>',
    ]
    by_context: dict[str, list[Message]] = {}
    for message in messages:
        by_context.setdefault(message.context, []).append(message)
    for context in sorted(by_context):
        lines += ["<context>", f"    <name>{_text(context)}</name>"]
        for message in by_context[context]:
            lines.append('    <message numerus="yes">' if message.numerus else "    <message>")
            lines.append(f"        <source>{_text(message.source)}</source>")
            if message.comment:
                lines.append(f"        <comment>{_text(message.comment)}</comment>")
            kind = "" if message.finished else ' type="unfinished"'
            if message.numerus:
                lines.append(f"        <translation{kind}>")
                lines += [
                    f"            <numerusform>{_text(form)}</numerusform>"
                    for form in message.forms
                ]
                lines.append("        </translation>")
            else:
                lines.append(f"        <translation{kind}>{_text(message.forms[0])}</translation>")
            lines.append("    </message>")
        lines.append("</context>")
    lines.append("</TS>")
    return "\n".join(lines) + "\n"


# -- extracting and merging ---------------------------------------------------------------


def extract() -> tuple[list[Message], list[str]]:
    """Every string of the code (by lupdate), and lupdate's warnings."""
    with tempfile.TemporaryDirectory() as folder:
        ts = Path(folder) / "extracted.ts"
        command = [str(qt_tool("lupdate")), "-silent", "-extensions", "py", "-locations", "none"]
        result = subprocess.run(
            [*command, "-no-obsolete", str(CODE), str(CORE), "-ts", str(ts)],
            capture_output=True,
            text=True,
            check=False,
        )
        if result.returncode != 0 or not ts.is_file():
            raise SystemExit(f"translations: lupdate failed\n{result.stdout}{result.stderr}")
        messages = read_ts(ts)
    warnings = [line for line in (result.stdout + result.stderr).splitlines() if line.strip()]
    warnings += [
        f"{message.source!r}: no context (a tr() outside a class? use self.tr or translate)"
        for message in messages
        if not message.context
    ]
    for message in messages:
        message.numerus = message.numerus or bool(PLURAL.search(message.source))
    keys = {message.key for message in messages}
    for where, line, key in calls_in_code():
        if key is None:
            warnings.append(
                f"{where}:{line}: the text and context must be written out, and the count "
                "passed by position"
            )
        elif key not in keys:
            warnings.append(
                f"{where}:{line}: lupdate cannot read this call; pass the count as a plain "
                "name (count = len(posts), then translate(..., count))"
            )
    return messages, warnings


def calls_in_code() -> list[tuple[str, int, tuple[str, str, str] | None]]:
    """Every ``translate(...)`` and ``tr(...)`` call of the code: its file, line and key
    (None when its context or text is not written out, so no tool can extract it)."""
    found = []
    for path in sorted(CODE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node, context in _calls(tree, ""):
            found.append((str(path.relative_to(ROOT)), node.lineno, _key(node, context)))
    return found


def _calls(node: ast.AST, context: str):  # type: ignore[no-untyped-def]
    for child in ast.iter_child_nodes(node):
        inner = child.name if isinstance(child, ast.ClassDef) else context
        if isinstance(child, ast.Call) and _is_translation(child.func):
            yield child, context
        yield from _calls(child, inner)


def _is_translation(func: ast.expr) -> bool:
    if isinstance(func, ast.Name):
        return func.id == "translate"
    if isinstance(func, ast.Attribute):
        owner = func.value
        return func.attr == "tr" or (
            func.attr == "translate"
            and isinstance(owner, ast.Name)
            and owner.id == "QCoreApplication"
        )
    return False


def _literal(node: ast.expr | None) -> str | None:
    if node is None:
        return ""
    if isinstance(node, ast.Constant) and isinstance(node.value, str | type(None)):
        return node.value or ""
    return None


def _key(call: ast.Call, context: str) -> tuple[str, str, str] | None:
    args: list[ast.expr | None] = [*call.args, None, None, None]
    func = call.func
    if isinstance(func, ast.Attribute) and func.attr == "tr":
        owner = func.value
        if isinstance(owner, ast.Name) and owner.id != "self":
            context = owner.id
        args = [ast.Constant(context), *args]
    keys = [_literal(args[0]), _literal(args[1]), _literal(args[2])]
    if None in keys or not keys[1] or call.keywords:
        return None
    return (keys[0] or "", keys[1] or "", keys[2] or "")


def merged(extracted: list[Message], language: str) -> list[Message]:
    """The file ``language`` should hold for ``extracted``: its translations kept."""
    path = source_file(language)
    kept = {message.key: message for message in read_ts(path)} if path.is_file() else {}
    forms = PLURAL_FORMS[language]
    result = []
    for message in extracted:
        if language == SOURCE_LANGUAGE and not message.numerus:
            continue
        old = kept.get(message.key)
        if old is not None and old.numerus == message.numerus:
            wanted = forms if message.numerus else 1
            old_forms = (old.forms + [""] * wanted)[:wanted]
            result.append(replace(message, forms=old_forms, finished=old.finished))
        else:
            blank = [""] * (forms if message.numerus else 1)
            result.append(replace(message, forms=blank, finished=False))
    return result


# -- checking -----------------------------------------------------------------------------


def problems_of(message: Message) -> list[str]:
    """What is wrong with a message's translation."""
    if not message.finished or not all(message.forms):
        return ["no translation"]
    fields = set(FIELD.findall(message.source))
    found = [set(FIELD.findall(form)) for form in message.forms]
    problems = []
    unknown = set().union(*found) - fields
    if unknown:
        problems.append(f"placeholders not in the source: {', '.join(sorted(unknown))}")
    missing = fields - set().union(*found)
    if missing:
        problems.append(f"placeholders left out: {', '.join(sorted(missing))}")
    if not message.numerus and found[0] != fields:
        problems.append("placeholders differ from the source")
    wanted = len(MNEMONIC.findall(message.source))
    if any(len(MNEMONIC.findall(form)) != wanted for form in message.forms):
        problems.append(f"needs {wanted} mnemonic '&' (as the source has)")
    return problems


def describe(message: Message) -> str:
    return f"[{message.context}] {message.source}"


# -- the commands -------------------------------------------------------------------------


def update() -> int:
    extracted, warnings = extract()
    for warning in warnings:
        print(f"lupdate: {warning}")
    for language in LANGUAGES:
        messages = merged(extracted, language)
        path = source_file(language)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(ts_text(messages, language), encoding="utf-8", newline="\n")
        report(path, messages)
    return 0


def report(path: Path, messages: list[Message]) -> list[str]:
    """Print and return what ``messages`` still lack."""
    lines = [
        f"  {describe(message)}: {problem}"
        for message in messages
        for problem in problems_of(message)
    ]
    state = f"{len(lines)} to fix" if lines else "complete"
    print(f"{path.relative_to(ROOT)}: {len(messages)} strings, {state}")
    for line in lines:
        print(line)
    return lines


def check() -> int:
    extracted, warnings = extract()
    failed = bool(warnings)
    for warning in warnings:
        print(f"lupdate: {warning}")
    for language in LANGUAGES:
        path = source_file(language)
        messages = merged(extracted, language)
        current = path.read_text(encoding="utf-8") if path.is_file() else ""
        if ts_text(messages, language) != current:
            print(
                f"{path.relative_to(ROOT)}: behind the code; run packaging/translations.py update"
            )
            failed = True
        failed = bool(report(path, messages)) or failed
    if failed:
        print("translations: FAILED", file=sys.stderr)
    return 1 if failed else 0


def build(folder: Path) -> int:
    for language in LANGUAGES:
        try:
            compile_file(source_file(language), folder / f"{PREFIX}_{language}.qm")
        except TranslationError as error:
            print(f"translations: {error}", file=sys.stderr)
            return 1
    return 0


def main(argv: list[str]) -> int:
    if argv[:1] == ["update"] and len(argv) == 1:
        return update()
    if argv[:1] == ["check"] and len(argv) == 1:
        return check()
    if argv[:1] == ["build"] and len(argv) == 2:
        return build(Path(argv[1]))
    print(__doc__.split("\n\n")[1], file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
