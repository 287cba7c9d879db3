#!/usr/bin/env python3
"""Collect every translatable string of the app into a Qt ``.ts`` file.

``pyside6-lupdate`` only sees ``self.tr("…")`` and
``QCoreApplication.translate("Context", "…")`` written out in full. This
project wraps the second in small per-module helpers
(``def _tr(text): return QCoreApplication.translate("JournalPage", text)``)
and keeps the vocabulary and validation messages as English text in the pure
core. This script reads the source with :mod:`ast` and finds all of them:

* calls of the module's helper, ``_tr = translator("<context>")``
  (``ui/translate.py``) or, in the store and core, ``_msg = messages("<context>")``
  (``core/message.py``: a sentence raised with values, translated when shown),
  also imported from another module, and of a module-level function that passes its first parameter on to one
  (the command line's ``say``); a call with ``n=`` is a count, written as a
  Qt *numerus* message (``numerus="yes"``, one form per plural form of the
  language), its English singular (``one=``) shown to the translator
  as a comment;
* marks: ``QT_TRANSLATE_NOOP("<context>", "<text>")`` and ``_tr.mark("<text>")``
  (a helper given a variable is fine when the variable's text is marked
  where it is written);
* ``QCoreApplication.translate("<context>", "<text>")`` and ``self.tr("<text>")``
  (context: the enclosing class);
* the vocabulary (``core/vocabulary.py``, context ``vocabulary``) and the
  validation messages (string constants in ``core/**/validation.py``,
  context ``validation``), and the red flags' detail sentences
  (``core/journal/flag_detail.TEXTS``, context ``warning_signs``), and the
  bundled pacing exercises (``resources/pacing/exercises.json``, context
  ``exercises``) and relaxation sessions' titles and descriptions
  (``resources/audio/manifest.json``, context ``relax_sessions``), and the
  import checks' fixed sentences (``ImportProblem("…")``, context ``import_problems``).

Strings already in the ``.ts`` file keep their translations (matched by
context and source text, also across a change of form: ``{0}`` to ``%1``,
two "one"/"many" messages to one count); new ones are added as unfinished; those whose
source is gone are dropped (no obsolete entries). Locations name the file
only, without line numbers, so moving code does not change every catalogue.
Then translate with ``pyside6-linguist``; ``packaging/build_translations.py``
builds the ``.qm`` files with ``pyside6-lrelease`` (see docs/translating.md).

    python packaging/extract_strings.py resources/translations/fibro_desktop_fr.ts
"""

from __future__ import annotations

import argparse
import ast
import re
import sys
import xml.etree.ElementTree as ET
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "fibro_desktop"



@dataclass(frozen=True)
class Entry:
    """Where a source text was first found, and whether it is a count."""

    where: str                 # "fibro_desktop/ui/x.py"
    numerus: bool = False
    one: str | None = None     # the English singular of a count


Found = dict[str, dict[str, Entry]]  # context -> {source text: Entry}

#: Plural forms per language (Qt's rules, as Linguist shows them); two for
#: the rest (English-like). Add a language here when its forms differ.
PLURAL_FORMS = {"ja": 1, "ko": 1, "zh": 1, "vi": 1, "th": 1, "id": 1, "tr": 1,
                "pl": 3, "ru": 3, "uk": 3, "cs": 3, "sk": 3, "hr": 3, "sr": 3, "lt": 3, "lv": 3,
                "ro": 3, "sl": 4, "ga": 5, "ar": 6}


#: Functions that make a module's helper for a fixed context: the UI's
#: ``translator`` and the store's and core's ``messages`` (core/message.py,
#: a ``Message`` translated when the UI shows it); their calls are found alike.
MAKERS = ("translator", "messages")


def _is_translate_call(node: ast.AST) -> bool:
    return (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
            and node.func.attr == "translate" and len(node.args) >= 2)


def _const_str(node: ast.AST) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def _helpers(tree: ast.Module) -> dict[str, str]:
    """Module-level helpers with a fixed context: ``_tr = translator("<context>")``
    (``ui/translate.py``, the one way) or ``_msg = messages("<context>")``
    (``core/message.py``, below Qt), or a function that is ``translate``."""
    helpers = {}
    for node in tree.body:
        if (isinstance(node, ast.Assign) and isinstance(node.value, ast.Call)
                and getattr(node.value.func, "id", getattr(node.value.func, "attr", "")) in MAKERS
                and node.value.args and _const_str(node.value.args[0])):
            for target in node.targets:
                if isinstance(target, ast.Name):
                    helpers[target.id] = _const_str(node.value.args[0])
            continue
        if not isinstance(node, ast.FunctionDef) or not node.args.args:
            continue
        param = node.args.args[0].arg
        for stmt in ast.walk(node):
            if isinstance(stmt, ast.Return) and _is_translate_call(stmt.value):
                context = _const_str(stmt.value.args[0])
                text_arg = stmt.value.args[1]
                if context and isinstance(text_arg, ast.Name) and text_arg.id == param:
                    helpers[node.name] = context
    # A helper's marker by its own name: ``mark = _tr.mark``.
    for node in tree.body:
        if (isinstance(node, ast.Assign) and isinstance(node.value, ast.Attribute) and node.value.attr == "mark"
                and isinstance(node.value.value, ast.Name) and node.value.value.id in helpers):
            for target in node.targets:
                if isinstance(target, ast.Name):
                    helpers[target.id] = helpers[node.value.value.id]
    # A function passing its first parameter on to a helper: ``def say(text, …): return _tr(text, …)``.
    for node in tree.body:
        if isinstance(node, ast.FunctionDef) and node.args.args and node.name not in helpers:
            param = node.args.args[0].arg
            for stmt in ast.walk(node):
                if (isinstance(stmt, ast.Return) and isinstance(stmt.value, ast.Call)
                        and isinstance(stmt.value.func, ast.Name) and stmt.value.func.id in helpers
                        and stmt.value.args and isinstance(stmt.value.args[0], ast.Name)
                        and stmt.value.args[0].id == param):
                    helpers[node.name] = helpers[stmt.value.func.id]
    return helpers


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imported_helpers(tree: ast.Module, shared: dict[str, dict[str, str]]) -> dict[str, str]:
    """Helpers this module imports from another (``from …texts import tr``)."""
    helpers = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module in shared:
            for alias in node.names:
                if alias.name in shared[node.module]:
                    helpers[alias.asname or alias.name] = shared[node.module][alias.name]
    return helpers


def _scan_module(path: Path, found: Found, problems: list[str],
                 shared: dict[str, dict[str, str]] | None = None) -> None:
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    helpers = {**_imported_helpers(tree, shared or {}), **_helpers(tree)}
    where = path.relative_to(ROOT)

    def visit(node: ast.AST, class_name: str | None) -> None:
        if isinstance(node, ast.ClassDef):
            class_name = node.name
        if isinstance(node, ast.Call):
            func = node.func
            context = text = None
            numerus, one = False, None
            if isinstance(func, ast.Name) and func.id in helpers and node.args:
                context, text = helpers[func.id], _const_str(node.args[0])
                if isinstance(node.args[0], (ast.JoinedStr, ast.BinOp)):
                    # The text would be looked up after formatting: never found.
                    problems.append(f"{where}:{node.lineno}: {func.id}() is given a built string; "
                                    "translate the fixed text and pass the values: _tr('… %1', value)")
                keywords = {k.arg: k.value for k in node.keywords}
                if "n" in keywords:
                    numerus, one = True, _const_str(keywords["one"]) if "one" in keywords else None
                    if text and not re.search(r"%L?n", text + (one or "")):
                        problems.append(f"{where}:{node.lineno}: a count (n=) whose text has no %n")
            elif (isinstance(func, ast.Attribute) and func.attr == "mark" and isinstance(func.value, ast.Name)
                  and func.value.id in helpers and node.args):
                context, text = helpers[func.value.id], _const_str(node.args[0])
            elif isinstance(func, ast.Name) and func.id == "QT_TRANSLATE_NOOP" and len(node.args) == 2:
                context, text = _const_str(node.args[0]), _const_str(node.args[1])
            elif _is_translate_call(node):
                context, text = _const_str(node.args[0]), _const_str(node.args[1])
            elif (isinstance(func, ast.Attribute) and func.attr == "tr" and node.args
                  and isinstance(func.value, ast.Name) and func.value.id == "self" and class_name):
                context, text = class_name, _const_str(node.args[0])
            if context and text:
                found[context].setdefault(text, Entry(where.as_posix(), numerus, one))
        for child in ast.iter_child_nodes(node):
            visit(child, class_name)

    visit(tree, None)


def _core_texts(found: Found) -> None:
    from fibro_desktop.core import vocabulary
    from fibro_desktop.core.journal import flag_detail

    for text in flag_detail.TEXTS:
        found["warning_signs"].setdefault(text, Entry("fibro_desktop/core/journal/flag_detail.py"))
    _exercise_texts(found)
    _session_texts(found)
    _import_problem_texts(found)

    for name in dir(vocabulary):
        value = getattr(vocabulary, name)
        if isinstance(value, tuple) and value and all(isinstance(t, vocabulary.Term) for t in value):
            for term in value:
                found["vocabulary"].setdefault(term.label, Entry("fibro_desktop/core/vocabulary.py"))
                if term.hint:
                    found["vocabulary"].setdefault(term.hint, Entry("fibro_desktop/core/vocabulary.py"))
    for path in sorted(PACKAGE.glob("core/**/validation.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            text = _const_str(node)
            # Messages are sentences; skip docstrings' long text and ids.
            if text and text[:1].isupper() and text.rstrip().endswith((".", "?")) and len(text) < 200:
                found["validation"].setdefault(text, Entry(path.relative_to(ROOT).as_posix()))


def _session_texts(found: Found) -> None:
    """The bundled relaxation sessions' titles and descriptions (``ui/relax/library_panel.translated_sessions``)."""
    import json

    path = ROOT / "resources" / "audio" / "manifest.json"
    for session in json.loads(path.read_text(encoding="utf-8"))["sessions"]:
        for text in (session["title"], session.get("description", "")):
            if text:
                found["relax_sessions"].setdefault(text, Entry("resources/audio/manifest.json"))


#: Where the import checks write their sentences (shown by ``ui/data_safety/labels.problem_text``).
IMPORT_CHECKS = ("fibro_desktop/store/import_read.py", "fibro_desktop/store/import_write.py",
                 "fibro_desktop/store/audio_export.py", "fibro_desktop/core/data_safety/*.py")


def _is_sentence(text: str | None) -> bool:
    if not text or len(text) >= 300:
        return False
    return (text[:1].isupper() or text[:1] == '"') and text.rstrip().endswith((".", "?"))


def _import_problem_texts(found: Found) -> None:
    """The fixed sentences of the import checks: ``ImportProblem("…")`` (or
    a module constant), and the ``(field, "…")`` problems of the row checks.
    A sentence built with a value (an f-string) cannot be looked up, and stays English."""
    paths = sorted({p for pattern in IMPORT_CHECKS for p in ROOT.glob(pattern)})
    for path in paths:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        constants = {t.id: _const_str(n.value) for n in tree.body if isinstance(n, ast.Assign)
                     for t in n.targets if isinstance(t, ast.Name) and _const_str(n.value)}
        where = Entry(path.relative_to(ROOT).as_posix())
        for node in ast.walk(tree):
            texts: list[str | None] = []
            if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "ImportProblem" and node.args:
                first = node.args[0]
                texts.append(constants.get(first.id) if isinstance(first, ast.Name) else _const_str(first))
            elif isinstance(node, ast.Return) and isinstance(node.value, ast.Tuple) and len(node.value.elts) == 2:
                texts.append(_const_str(node.value.elts[1]))
            for text in texts:
                if text is not None and _is_sentence(text):
                    found["import_problems"].setdefault(text, where)


def _exercise_texts(found: Found) -> None:
    """The bundled exercises' titles and steps (shown through ``ui/pacing/texts.exercise_text``)."""
    import json

    path = ROOT / "resources" / "pacing" / "exercises.json"
    for exercise in json.loads(path.read_text(encoding="utf-8"))["exercises"]:
        for text in (exercise["title"], *exercise["steps"]):
            found["exercises"].setdefault(text, Entry("resources/pacing/exercises.json"))


def collect() -> tuple[Found, list[str]]:
    found: Found = defaultdict(dict)
    problems: list[str] = []
    paths = sorted(PACKAGE.rglob("*.py"))
    shared = {_module_name(path): _helpers(ast.parse(path.read_text(encoding="utf-8"))) for path in paths}
    for path in paths:
        _scan_module(path, found, problems, shared)
    _core_texts(found)
    return found, problems


_FORMAT_FIELD = re.compile(r"\{(\w*)(?:[:!][^{}]*)?\}")


def _to_qt_placeholders(text: str, order: dict[str, int]) -> str:
    """``{0}`` → ``%1``; ``{title}``, ``{rate:.1f}`` → ``%N`` by their order in
    ``order`` (filled from the source, then used for its translation)."""
    def place(match: re.Match[str]) -> str:
        name = match.group(1)
        if name.isdigit():
            return f"%{int(name) + 1}"
        order.setdefault(name, len(order) + 1)
        return f"%{order[name]}"

    return _FORMAT_FIELD.sub(place, text)


def _finished_text(message: ET.Element | None) -> str | None:
    translation = message.find("translation") if message is not None else None
    if translation is None or translation.get("type") or message.get("numerus") == "yes":
        return None
    return translation.text or None


def _carried_over(existing: dict[tuple[str, str], ET.Element], context: str, source: str, entry: Entry,
                  forms: int) -> ET.Element | None:
    """A translation made for the text before it changed form, so translators
    do not start again: a ``{0}``/``{name}`` text now written with ``%1``, or
    a count once kept as two messages ("%n day", "%n days") now one numerus
    message (for languages with two plural forms)."""
    if not entry.numerus:
        for (old_context, old_source), old in existing.items():
            if old_context != context or "{" not in old_source:
                continue
            order: dict[str, int] = {}
            text = _finished_text(old)
            if text and _to_qt_placeholders(old_source, order) == source:
                translation = ET.Element("translation")
                translation.text = _to_qt_placeholders(text, order)
                return translation
        return None
    if forms != 2 or not entry.one:
        return None
    many = _finished_text(existing.get((context, source)))
    one = _finished_text(existing.get((context, entry.one)))
    if many is None or one is None:
        return None
    translation = ET.Element("translation")
    for text in (one, many):
        ET.SubElement(translation, "numerusform").text = text
    return translation


def write_ts(found: Found, target: Path, language: str) -> tuple[int, int]:
    """Merge ``found`` into ``target``; returns (messages, new messages)."""
    existing: dict[tuple[str, str], ET.Element] = {}
    if target.exists():
        for context in ET.parse(target).getroot().iter("context"):
            name = context.findtext("name")
            for message in context.iter("message"):
                existing[(name, message.findtext("source"))] = message
    forms = PLURAL_FORMS.get(language.split("_")[0], 2)
    root = ET.Element("TS", version="2.1", language=language)
    total = new = 0
    for context_name in sorted(found):
        context = ET.SubElement(root, "context")
        ET.SubElement(context, "name").text = context_name
        for source, entry in sorted(found[context_name].items()):
            message = ET.SubElement(context, "message", numerus="yes") if entry.numerus else \
                ET.SubElement(context, "message")
            ET.SubElement(message, "location", filename="../../" + entry.where)
            ET.SubElement(message, "source").text = source
            if entry.numerus and entry.one:
                ET.SubElement(message, "extracomment").text = f"A count. English: {entry.one} / {source}"
            old = existing.get((context_name, source))
            translation = old.find("translation") if old is not None else None
            if translation is not None and (old.get("numerus") == "yes") == entry.numerus:
                if translation.get("type") in ("obsolete", "vanished"):
                    translation.set("type", "unfinished")
                message.append(translation)
            elif (carried := _carried_over(existing, context_name, source, entry, forms)) is not None:
                message.append(carried)
            else:
                translation = ET.SubElement(message, "translation", type="unfinished")
                for _ in range(forms if entry.numerus else 0):
                    ET.SubElement(translation, "numerusform")
                new += 1
            total += 1
    ET.indent(root)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
                      + ET.tostring(root, encoding="unicode") + "\n", encoding="utf-8")
    return total, new


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("ts_file", type=Path)
    parser.add_argument("--language", default=None, help="e.g. fr, pt_BR (default: from the file name)")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(ROOT))
    found, problems = collect()
    language = args.language or args.ts_file.stem.split("_", 2)[-1]
    total, new = write_ts(found, args.ts_file, language)
    print(f"{args.ts_file}: {total} strings in {len(found)} contexts, {new} new")
    for problem in problems:
        print("warning:", problem, file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
