#!/usr/bin/env python3
"""Check a translation the way the tests do, before committing it.

    python packaging/check_translations.py de        # or es, fr, pt_BR…

Each check is a function returning plain sentences (one per problem), so
``tests/test_translations_complete.py`` runs them on every shipped language
and ``tests/test_translation_checks.py`` proves each on small made-up files:

* :func:`coverage_problems`: the ``.ts`` holds exactly the strings a fresh
  extraction finds (``extract_strings.py``), none missing, unfinished or obsolete;
* :func:`placeholder_problems`: every translation keeps the source's
  ``%1``…, its count (``%n``/``%Ln``) in each plural form, and its HTML tags;
* :func:`plural_problems`: a count has as many forms as the language has;
* :func:`mnemonic_problems`: as many Alt-letters (``&``) as the source;
* :func:`identical_problems`: no translation left in English, except the
  allowed names and units (:data:`SAME_IN_EVERY_LANGUAGE`, :data:`SAME_IN`);
* :func:`guide_problems`: every Learn guide exists in the language, with the
  same ``{#anchors}`` as the English one.
"""

from __future__ import annotations

import re
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
GUIDES = ROOT / "resources" / "guides"

_PLACE = re.compile(r"%(\d+)")
_COUNT = re.compile(r"%L?n")
_TAG = re.compile(r"</?\s*([a-zA-Z][a-zA-Z0-9]*)[^>]*>")
_ANCHOR = re.compile(r"\{#([A-Za-z0-9_-]+)\}")

#: Texts spelt the same in every language: names, licences, units, symbols.
#: Compared without Alt-letters, placeholders, digits and punctuation, in
#: any case: "&Name:" is "name", "Details: %1" is "details".
SAME_IN_EVERY_LANGUAGE = frozenset({
    "fibro desktop", "ok", "pdf", "csv", "json", "a4", "us letter", "min", "h", "s", "h min",
    "apache license openssl", "gnu lesser general public license ffmpeg",
    "gnu lesser general public license qt", "fibro desktop gnu general public license",
})
#: Per language: words really spelt as in English (add one with a reason when a check says so).
SAME_IN: dict[str, frozenset[str]] = {
    "de": frozenset({"name", "start", "pause", "stress", "export", "import", "format", "form", "normal",
                     "details", "passphrase", "check-in", "check-ins", "team", "trigger", "routine", "hobby",
                     "minimum", "maximum", "tipps"}),
    "es": frozenset({"general", "abdomen", "total", "normal", "no", "error"}),
    "fr": frozenset({"journal", "pause", "notes", "note", "routine", "minimum", "maximum", "total", "message",
                     "important", "normal", "actions", "options", "type", "date", "source", "sessions",
                     "relaxation", "licences", "minutes", "stress", "format", "guides", "sections",
                     "injection", "spray", "volume", "point", "points", "description", "export"}),
    "pt_BR": frozenset({"total", "normal", "hobby", "check-in", "check-ins", "spray", "volume", "logs"}),
}
#: Plural forms per language (Qt's rules); the extractor writes as many (PLURAL_FORMS there).
PLURAL_FORMS = {"de": 2, "es": 2, "fr": 2, "pt_BR": 2, "pt": 2, "it": 2, "nl": 2, "en": 2}


@dataclass
class Message:
    context: str
    source: str
    numerus: bool = False
    kind: str = ""                       # the translation's type: "", "unfinished", "obsolete", "vanished"
    forms: list[str] = field(default_factory=list)  # one text, or one per plural form

    @property
    def where(self) -> str:
        return f"[{self.context}] {self.source[:70]!r}"


def read_ts(path: Path) -> list[Message]:
    messages = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            numerus = message.get("numerus") == "yes"
            if translation is None:
                forms, kind = [], "unfinished"
            elif numerus:
                forms, kind = [f.text or "" for f in translation.iter("numerusform")], translation.get("type", "")
            else:
                forms, kind = [translation.text or ""], translation.get("type", "")
            messages.append(Message(name, message.findtext("source") or "", numerus, kind, forms))
    return messages


def language_of(path: Path) -> str:
    """``fibro_desktop_pt_BR.ts`` → ``pt_BR``."""
    return path.stem.removeprefix("fibro_desktop_")


# -- the checks --------------------------------------------------------------------------------
def coverage_problems(messages: list[Message], found: dict) -> list[str]:
    """Missing, obsolete and unfinished entries against a fresh extraction
    (``found``: context → {source: entry with ``.numerus``})."""
    problems = []
    have = {(m.context, m.source): m for m in messages}
    for context, texts in found.items():
        for source, entry in texts.items():
            message = have.get((context, source))
            if message is None:
                problems.append(f"missing: [{context}] {source[:70]!r} (run packaging/extract_strings.py)")
            elif message.numerus != getattr(entry, "numerus", False):
                problems.append(f"{message.where}: numerus differs from the source (run extract_strings.py)")
    wanted = {(context, source) for context, texts in found.items() for source in texts}
    for message in messages:
        if (message.context, message.source) not in wanted or message.kind in ("obsolete", "vanished"):
            problems.append(f"obsolete: {message.where} (run packaging/extract_strings.py)")
        elif message.kind == "unfinished" or not message.forms or not all(f.strip() for f in message.forms):
            problems.append(f"unfinished: {message.where}")
    return problems


def _tags(text: str) -> Counter:
    return Counter(("/" if match.group(0).startswith("</") else "") + match.group(1).lower()
                   for match in _TAG.finditer(text))


def placeholder_problems(message: Message, one: str | None = None) -> list[str]:
    """``%1``… and HTML tags as in the source, in every form; a count's
    ``%n`` in every plural form (the singular may say it in words, as
    English "once" does, when ``one`` has no ``%n`` either)."""
    problems = []
    places = Counter(_PLACE.findall(message.source))
    tags = _tags(message.source)
    for index, form in enumerate(message.forms):
        if not form.strip():
            continue
        if set(_PLACE.findall(form)) != set(places):
            problems.append(f"{message.where}: placeholders {sorted(set(_PLACE.findall(form)))} "
                            f"instead of {sorted(places)} in {form[:60]!r}")
        if _tags(form) != tags:
            problems.append(f"{message.where}: HTML tags differ in {form[:60]!r}")
        if message.numerus and _COUNT.search(message.source) and not _COUNT.search(form):
            singular_in_words = index == 0 and one is not None and not _COUNT.search(one)
            if not singular_in_words:
                problems.append(f"{message.where}: plural form {index + 1} has no %n: {form[:60]!r}")
    return problems


def plural_problems(message: Message, language: str) -> list[str]:
    if not message.numerus or message.kind == "unfinished":
        return []
    wanted = PLURAL_FORMS.get(language, PLURAL_FORMS.get(language.split("_")[0], 2))
    if len(message.forms) != wanted:
        return [f"{message.where}: {len(message.forms)} plural forms, {language} has {wanted}"]
    return []


def _mnemonics(text: str) -> int:
    return len(re.findall(r"&(?!&)", text.replace("&&", "")))


def mnemonic_problems(message: Message) -> list[str]:
    wanted = _mnemonics(message.source)
    return [f"{message.where}: {_mnemonics(form)} Alt-letters (&) instead of {wanted} in {form[:60]!r}"
            for form in message.forms if form.strip() and _mnemonics(form) != wanted]


def _plain(text: str) -> str:
    """Letters, hyphens and spaces only, lower case: "&Name:" → "name"."""
    text = _COUNT.sub(" ", _PLACE.sub(" ", text.replace("&", "")))
    return " ".join(re.sub(r"[^\w\s-]|[\d_]", " ", text).split()).strip(" -").casefold()


def identical_problems(message: Message, language: str) -> list[str]:
    """A translation spelt like the English source (still untranslated?)."""
    plain = _plain(message.source)
    if len(plain) < 2 or plain in SAME_IN_EVERY_LANGUAGE | SAME_IN.get(language, frozenset()):
        return []
    forms = message.forms[-1:] if message.numerus else message.forms
    return [f"{message.where}: the same as the English" for form in forms if form.strip() == message.source.strip()]


def guide_problems(language: str, guides: Path = GUIDES) -> list[str]:
    """Every English guide exists in ``language`` with the same anchors, in the same order."""
    problems = []
    english = sorted((guides / "en").glob("*.md"))
    for guide in english:
        translated = guides / language / guide.name
        if not translated.is_file():
            problems.append(f"guide missing: {language}/{guide.name}")
            continue
        want = _ANCHOR.findall(guide.read_text(encoding="utf-8"))
        got = _ANCHOR.findall(translated.read_text(encoding="utf-8"))
        if got != want:
            problems.append(f"{language}/{guide.name}: anchors {got} instead of {want}")
    extra = {p.name for p in (guides / language).glob("*.md")} - {p.name for p in english}
    problems.extend(f"{language}/{name}: no English guide of that name" for name in sorted(extra))
    return problems


def all_problems(ts: Path, found: dict, guides: Path = GUIDES) -> list[str]:
    language = language_of(ts)
    messages = read_ts(ts)
    ones = {(context, source): getattr(entry, "one", None)
            for context, texts in found.items() for source, entry in texts.items()}
    problems = coverage_problems(messages, found)
    for message in messages:
        problems += placeholder_problems(message, ones.get((message.context, message.source)))
        problems += plural_problems(message, language)
        problems += mnemonic_problems(message)
        problems += identical_problems(message, language)
    return problems + guide_problems(language, guides)


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__)
        return 2
    sys.path.insert(0, str(ROOT))
    sys.path.insert(0, str(ROOT / "packaging"))
    import extract_strings

    found, _ = extract_strings.collect()
    problems = all_problems(TRANSLATIONS / f"fibro_desktop_{argv[0]}.ts", found)
    for problem in problems:
        print(problem)
    print(f"{len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
