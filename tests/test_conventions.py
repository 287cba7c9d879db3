"""One way to do each common thing, checked on the source (issue 14):

- a record's ``uid`` is made only by ``store.stamps.new_uid``: no other
  module calls ``uuid.uuid4``;
- an instant becomes its local calendar day only through
  ``core.instants.local_day``: no ``.date()`` call in ``core/``, ``ops/``,
  ``store/``, ``demo/``, ``commands/`` or ``wiring/`` (in ``ui/`` ``.date()`` is also
  Qt's, so widgets are left to review).
"""

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "fibro_desktop"

#: Modules that may call uuid.uuid4, and why.
UUID_ALLOWED = {
    "store/stamps.py": "the one maker of record uids",
    "ui/pacing/exercises_form.py": "an own exercise's key (own_<12 hex>), not a record uid",
}
DAY_LAYERS = ("core", "ops", "store", "demo", "commands", "wiring")
DAY_ALLOWED = {"core/instants.py": "local_day itself"}


def _calls(path: Path):
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    return [node for node in ast.walk(tree) if isinstance(node, ast.Call)]


def _sources(*layers: str) -> list[Path]:
    roots = [PACKAGE / layer for layer in layers] if layers else [PACKAGE]
    return sorted(p for root in roots for p in root.rglob("*.py"))


def _name(path: Path) -> str:
    return path.relative_to(PACKAGE).as_posix()


@pytest.mark.parametrize("path", _sources(), ids=_name)
def test_record_uids_come_from_stamps(path):
    if _name(path) in UUID_ALLOWED:
        return
    for call in _calls(path):
        func = call.func
        if isinstance(func, ast.Attribute) and func.attr == "uuid4":
            pytest.fail(f"{_name(path)}:{call.lineno} makes a uuid itself; use store.stamps.new_uid()")


@pytest.mark.parametrize("path", _sources(*DAY_LAYERS), ids=_name)
def test_local_days_come_from_local_day(path):
    if _name(path) in DAY_ALLOWED:
        return
    for call in _calls(path):
        func = call.func
        if isinstance(func, ast.Attribute) and func.attr == "date" and not call.args and not call.keywords:
            pytest.fail(f"{_name(path)}:{call.lineno} takes .date() of an instant; use core.instants.local_day()")


def test_each_helper_is_defined_once():
    # A second copy is how the conventions drifted before (issue 14).
    homes = {"local_day": "core/instants.py", "new_uid": "store/stamps.py", "utc_text": "core/instants.py"}
    found: dict[str, list[str]] = {name: [] for name in homes}
    for path in _sources():
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for node in ast.walk(tree):
            if isinstance(node, ast.FunctionDef) and node.name in homes:
                found[node.name].append(_name(path))
    assert found == {name: [home] for name, home in homes.items()}


def _intent_signals() -> dict[str, list[ast.expr]]:
    """The signals of ``ui/events.py:Intents`` with the types they carry."""
    tree = ast.parse((PACKAGE / "ui/events.py").read_text(encoding="utf-8"))
    intents = next(node for node in tree.body if isinstance(node, ast.ClassDef) and node.name == "Intents")
    return {target.id: node.value.args for node in intents.body if isinstance(node, ast.Assign)
            for target in node.targets if isinstance(target, ast.Name)
            and isinstance(node.value, ast.Call) and getattr(node.value.func, "id", "") == "Signal"}


def test_every_intent_carries_one_dataclass_or_nothing():
    import dataclasses

    from fibro_desktop.ui import events

    signals = _intent_signals()
    assert set(signals) >= {"quick_log", "new_episode", "play_session", "routine_progress", "learn"}
    for name, args in signals.items():
        assert len(args) <= 1, f"Intents.{name} carries loose arguments; give it one dataclass"
        if args:
            payload = getattr(events, ast.unparse(args[0]))
            assert dataclasses.is_dataclass(payload), f"Intents.{name} carries {payload}, not a dataclass"
            assert payload.__dataclass_params__.frozen, f"Intents.{name}: {payload.__name__} is not frozen"


@pytest.mark.parametrize("path", _sources(), ids=_name)
def test_intents_are_emitted_with_their_dataclass(path):
    signals = _intent_signals()
    for call in _calls(path):
        func = call.func
        if not (isinstance(func, ast.Attribute) and func.attr == "emit" and isinstance(func.value, ast.Attribute)
                and func.value.attr in signals and "intents" in ast.unparse(func.value.value)):
            continue
        expected = len(signals[func.value.attr])
        assert len(call.args) == expected and not call.keywords, \
            f"{_name(path)}:{call.lineno} emits {func.value.attr} with {ast.unparse(call)}"
        if expected:
            assert isinstance(call.args[0], (ast.Call, ast.Name)), \
                f"{_name(path)}:{call.lineno} emits {func.value.attr} with a literal, not its dataclass"


# -- one translation helper, one placeholder style ---------------------------------------
#: Modules whose translated texts still use str.format placeholders ({0}, {name}); each is
#: turned to %1 by its next change (``_tr("… %1 …", value)``). Never add one.
PLACEHOLDERS_PENDING: set[str] = set()


def _is_translate_of(node: ast.AST, params: set[str]) -> bool:
    return (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "translate"
            and len(node.args) >= 2 and isinstance(node.args[1], ast.Name) and node.args[1].id in params)


@pytest.mark.parametrize("path", _sources(), ids=_name)
def test_translation_goes_through_the_one_helper(path):
    """``_tr = translator("Context")`` (ui/translate.py), never a module's own
    ``def _tr(text)`` or lambda: one helper, one placeholder style, and every
    string found by packaging/extract_strings.py."""
    if _name(path) == "ui/translate.py":
        return
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    for node in ast.walk(tree):
        if isinstance(node, (ast.FunctionDef, ast.Lambda)):
            params = {arg.arg for arg in node.args.args}
            body = [node.body] if isinstance(node, ast.Lambda) else [
                stmt.value for stmt in ast.walk(node) if isinstance(stmt, ast.Return) and stmt.value is not None]
            if any(_is_translate_of(value, params) for value in body):
                pytest.fail(f"{_name(path)}:{node.lineno} defines its own translation helper; "
                            "use _tr = translator(\"Context\") from fibro_desktop.ui.translate")


def test_translated_texts_use_qt_placeholders():
    import re
    import sys

    sys.path.insert(0, str(PACKAGE.parent / "packaging"))
    import extract_strings

    paths = _sources()
    shared = {extract_strings._module_name(p): extract_strings._helpers(ast.parse(p.read_text(encoding="utf-8")))
              for p in paths}
    offending = []
    for path in paths:
        found: dict = __import__("collections").defaultdict(dict)
        extract_strings._scan_module(path, found, [], shared)
        texts = [text for context in found.values() for text in context]
        if any(re.search(r"\{[\w:.]*\}", text) for text in texts) and _name(path) not in PLACEHOLDERS_PENDING:
            offending.append(_name(path))
    assert offending == [], "translated text with {…} placeholders: write %1 and pass the value to _tr"
    still = {name for name in PLACEHOLDERS_PENDING if (PACKAGE / name).exists()}
    assert still == PLACEHOLDERS_PENDING, "a module listed as pending is gone: take it off the list"


def _is_english_one_test(node: ast.AST) -> bool:
    """``x == 1`` / ``x != 1`` / ``1 == x``."""
    return (isinstance(node, ast.Compare) and len(node.ops) == 1 and isinstance(node.ops[0], (ast.Eq, ast.NotEq))
            and any(isinstance(side, ast.Constant) and side.value == 1 for side in (node.left, *node.comparators)))


def _calls_a_helper(node: ast.AST) -> bool:
    return any(isinstance(n, ast.Call) and isinstance(n.func, (ast.Name, ast.Attribute))
               and getattr(n.func, "id", getattr(n.func, "attr", "")) in ("_tr", "tr", "say")
               for n in ast.walk(node))


@pytest.mark.parametrize("path", _sources("ui", "wiring", "commands") + [PACKAGE / "app.py", PACKAGE / "cli.py"],
                         ids=_name)
def test_counts_use_plural_forms_not_english_one_or_many(path):
    """``tr("1 item") if n == 1 else tr("%1 items")`` is English grammar: Polish
    has three forms, French counts 0 as one. A count is ``_tr("%n items", n=n,
    one="%n item")`` (ui/translate.py), and Qt picks the language's form."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    for node in ast.walk(tree):
        if isinstance(node, ast.IfExp) and _is_english_one_test(node.test) and (
                _calls_a_helper(node.body) or _calls_a_helper(node.orelse)):
            pytest.fail(f"{_name(path)}:{node.lineno} chooses English singular or plural; "
                        "pass the count: _tr(\"%n things\", n=count, one=\"%n thing\")")
    for node in tree.body:  # the old helper, count_text(n, tr(one), tr(many))
        if isinstance(node, ast.FunctionDef) and node.name in ("count_text", "plural"):
            pytest.fail(f"{_name(path)}:{node.lineno} defines an English plural helper; use _tr(..., n=count)")


#: Names an exception is caught as in the UI and the wiring.
_CAUGHT = {"exc", "error", "err", "problem", "failure"}


@pytest.mark.parametrize("path", _sources("ui", "wiring") + [PACKAGE / "app.py"], ids=_name)
def test_an_error_is_shown_through_say_error_not_str(path):
    """The store's and core's errors carry a ``Message`` (core/message.py);
    ``str(exc)`` is its English, for logs. What a person reads goes through
    ``say_error(exc)`` (ui/translate.py), in their language (issue 20). A
    test of the text (``"full" in str(exc)``) is no showing and is fine."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    compared = {id(n) for node in ast.walk(tree) if isinstance(node, ast.Compare)
                for n in ast.walk(node)}
    for node in ast.walk(tree):
        if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "str"
                and len(node.args) == 1 and isinstance(node.args[0], ast.Name) and node.args[0].id in _CAUGHT
                and id(node) not in compared):
            pytest.fail(f"{_name(path)}:{node.lineno} shows str({node.args[0].id}); use say_error(...) "
                        "from fibro_desktop.ui.translate")
