"""The words of the Learn guides are safe, plain and short.

A person on a bad day reads these guides, maybe with a new diagnosis, maybe a
family member. So every guide is checked as text, not by hand:

* no dose: no number (in digits or words) with a unit such as mg, IU, ml,
  tablets or drops;
* no instruction about a medicine: no "take", "stop taking", "increase",
  "start", "switch"… within a few words of a drug or supplement word;
* the same closing line in every guide;
* a reading level a 12-year-old can follow (Flesch–Kincaid grade, computed
  here: at most 8 on average and 9 for any single guide);
* readable in two or three minutes (350 to 550 words).

The scan itself is proved on bad sample sentences, so a pass means something.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from fibro_desktop.core.learn.guides import GUIDE_KEYS, load_guides

GUIDES_ROOT = Path(__file__).resolve().parent.parent / "resources" / "guides"
GUIDES = load_guides(GUIDES_ROOT, "en")
CLOSING_LINE = "This is general information, not medical advice. Talk to your care team about your own health."

# --- the dose scan ---------------------------------------------------------

_NUMBER = (r"(?:\d+(?:[.,]\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|twelve|"
           r"fifteen|twenty|fifty|hundred|half|a|an|a couple of|several|few)")
_UNIT = r"(?:mg|milligrams?|g|grams?|mcg|µg|micrograms?|iu|units?|ml|millilit(?:er|re)s?|" \
        r"tablets?|pills?|capsules?|drops?|doses?|sachets?|scoops?|teaspoons?|tsp)"
# "a pill case" names a box, not an amount.
DOSE = re.compile(rf"\b{_NUMBER}[\s-]*{_UNIT}\b(?![\s-]+(?:case|box|organi[sz]er))", re.IGNORECASE)
# Units glued to digits ("400mg") are caught by the pattern above too.

# --- the imperative-near-a-medicine scan ------------------------------------

MEDICINE_WORDS = (
    "magnesium", "potassium", "calcium", "zinc", "iron", "vitamin", "vitamins", "supplement",
    "supplements", "electrolyte", "electrolytes", "melatonin", "muscle relaxant", "muscle relaxants",
    "relaxant", "relaxants", "cyclobenzaprine", "tizanidine", "baclofen", "methocarbamol",
    "carisoprodol", "gabapentin", "pregabalin", "gabapentinoid", "gabapentinoids", "duloxetine",
    "milnacipran", "amitriptyline", "snri", "snris", "ibuprofen", "naproxen", "paracetamol",
    "acetaminophen", "aspirin", "tramadol", "opioid", "opioids", "cbd", "cannabis", "quinine",
    "medicine", "medicines", "medication", "medications", "drug", "drugs", "pill", "pills",
    "tablet", "tablets", "dose", "doses", "dosage", "prescription",
)
INSTRUCTIONS = (
    "take", "takes", "taking", "took", "stop taking", "increase", "increasing", "decrease",
    "decreasing", "double", "doubling", "start", "starting", "switch", "switching", "add", "adding",
    "cut down", "skip", "try", "use more", "use less", "raise", "lower",
)
NEAR_WORDS = 5  # how many words apart still counts as "near"

_WORD = re.compile(r"[a-z0-9]+(?:['’][a-z]+)?")


def _phrase_positions(words: list[str], phrases) -> list[int]:
    positions = []
    for phrase in phrases:
        parts = phrase.split()
        for i in range(len(words) - len(parts) + 1):
            if words[i:i + len(parts)] == parts:
                positions.append(i)
    return positions


def instruction_hits(text: str) -> list[str]:
    """Each sentence where an instruction word comes within NEAR_WORDS words
    of a medicine word."""
    hits = []
    for sentence in re.split(r"(?<=[.!?:;])\s+|\n", text):
        words = _WORD.findall(sentence.lower())
        verbs = _phrase_positions(words, INSTRUCTIONS)
        medicines = _phrase_positions(words, MEDICINE_WORDS)
        if any(abs(v - m) <= NEAR_WORDS for v in verbs for m in medicines):
            hits.append(sentence.strip())
    return hits


def dose_hits(text: str) -> list[str]:
    return [m.group(0) for m in DOSE.finditer(text)]


# --- reading level ----------------------------------------------------------

def syllables(word: str) -> int:
    """A plain estimate: groups of vowels, less a silent final e."""
    word = word.lower()
    groups = re.findall(r"[aeiouy]+", word)
    count = len(groups)
    if word.endswith("e") and not word.endswith(("le", "ee", "ye")) and count > 1:
        count -= 1
    if word.endswith(("ed", "es")) and count > 1 and not word.endswith(("ted", "ded", "ses", "zes", "ces", "ges")):
        count -= 1
    return max(1, count)


def grade_level(text: str) -> float:
    """Flesch–Kincaid grade: 0.39 × words per sentence + 11.8 × syllables
    per word − 15.59. Each line (paragraph or list item) ends a sentence."""
    sentences = [s for s in re.split(r"(?<=[.!?])\s+|\n", text) if _WORD.search(s.lower())]
    words = [w for s in sentences for w in re.findall(r"[A-Za-z]+(?:['’][a-z]+)?", s)]
    syllable_count = sum(syllables(w) for w in words)
    return 0.39 * len(words) / len(sentences) + 11.8 * syllable_count / len(words) - 15.59


def word_count(text: str) -> int:
    return len(re.findall(r"\S+", text))


# --- the scan, proved -------------------------------------------------------

@pytest.mark.parametrize("bad", [
    "Take 400 mg of magnesium at night.",
    "Most people need two tablets a day.",
    "A dose of 1000 IU helps.",
    "Put 5 drops under your tongue.",
    "Use 10ml before bed.",
    "Half a tablet is often enough.",
])
def test_the_dose_scan_catches_doses(bad):
    assert dose_hits(bad), bad


@pytest.mark.parametrize("bad", [
    "If cramps wake you, take magnesium before bed.",
    "Stop taking your muscle relaxant when you feel better.",
    "You can increase the gabapentin on bad days.",
    "Try switching to duloxetine.",
    "It may help to start a vitamin D supplement.",
    "Double your dose of ibuprofen on a flare day.",
])
def test_the_instruction_scan_catches_advice_about_medicines(bad):
    assert instruction_hits(bad), bad


@pytest.mark.parametrize("fine", [
    "Any change to a medicine goes through your doctor or pharmacist first.",
    "Take a few slow breaths. Then stretch your calf.",
    "Minerals such as magnesium help muscles relax.",
    "Keep a pill case with what your doctor prescribed.",
])
def test_the_scan_leaves_plain_safe_sentences_alone(fine):
    assert not dose_hits(fine) and not instruction_hits(fine)


def test_grade_level_tells_plain_from_dense_text():
    plain = "The cat sat on the mat. It was warm. The sun came in."
    dense = ("Fibromyalgia-associated neuromuscular hyperexcitability necessitates individualized "
             "pharmacological consideration alongside comprehensive physiotherapeutic intervention.")
    assert grade_level(plain) < 3
    assert grade_level(dense) > 14


# --- the guides -------------------------------------------------------------

def test_all_nine_guides_ship_in_english():
    assert [g.key for g in GUIDES] == list(GUIDE_KEYS)


@pytest.mark.parametrize("guide", GUIDES, ids=lambda g: g.key)
def test_no_dose_in_any_guide(guide):
    assert dose_hits(guide.title + "\n" + guide.body_text()) == []


@pytest.mark.parametrize("guide", GUIDES, ids=lambda g: g.key)
def test_no_instruction_about_medicines_in_any_guide(guide):
    text = guide.title + "\n" + "\n".join(s.title + "\n" + s.text for s in guide.sections())
    assert instruction_hits(text) == []


@pytest.mark.parametrize("guide", GUIDES, ids=lambda g: g.key)
def test_every_guide_ends_with_the_same_closing_line(guide):
    assert guide.body_text().splitlines()[-1] == CLOSING_LINE


@pytest.mark.parametrize("guide", GUIDES, ids=lambda g: g.key)
def test_each_guide_is_a_two_or_three_minute_read(guide):
    assert 350 <= word_count(guide.body_text()) <= 550


@pytest.mark.parametrize("guide", GUIDES, ids=lambda g: g.key)
def test_each_guide_is_plain_enough(guide):
    assert grade_level(guide.body_text()) <= 9


def test_the_guides_are_plain_on_average():
    grades = [grade_level(g.body_text()) for g in GUIDES]
    assert sum(grades) / len(grades) <= 8


@pytest.mark.parametrize("guide", GUIDES, ids=lambda g: g.key)
def test_each_section_has_its_own_anchor(guide):
    anchors = guide.anchors()
    assert len(anchors) >= 4 and len(anchors) == len(set(anchors))
    assert all(re.fullmatch(r"[a-z0-9-]+", a) for a in anchors)


if __name__ == "__main__":  # a quick report while writing: python tests/test_guides_safety.py
    for g in GUIDES:
        print(f"{g.number} {g.key:28} {word_count(g.body_text()):4} words  grade {grade_level(g.body_text()):.1f}")
