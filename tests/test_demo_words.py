"""The demo's sample texts reach a translator and the person: every text
the demo writes in context ``Demo`` is in the catalogues (the extractor
finds it) and goes through ``DemoWords.say``, and the defaults come from
``DemoWords``; without words it is the English demo it always was."""

import sys
from dataclasses import replace

from fibro_desktop.core.message import Message
from fibro_desktop.core.toolkit.kit import DEFAULT_KIT
from fibro_desktop.demo import fill_demo_data
from fibro_desktop.demo.words import ENGLISH
from fibro_desktop.store import toolkit
from tests.conftest import REPO_ROOT, TEST_NOW

sys.path.insert(0, str(REPO_ROOT / "packaging"))
import extract_strings  # noqa: E402


def test_every_sample_text_is_said_and_found_by_the_extractor(db):
    asked: list[Message] = []

    def say(message: Message) -> str:
        asked.append(message)
        return message.english().upper()

    kit = [replace(d, name=d.name.upper()) for d in DEFAULT_KIT]
    fill_demo_data(db, TEST_NOW, words=replace(ENGLISH, kit=kit, say=say))
    found, _problems = extract_strings.collect()
    assert {m.context for m in asked} == {"Demo"}
    assert {m.text for m in asked} == set(found["Demo"])
    names = {i.name for i in toolkit.list_kit_items(db, include_archived=True)}
    assert "TENNIS BALL FOR KNOTS" in names and "HEATING PAD" in names  # said, and the defaults given
    assert "Heating pad" not in names


def test_without_words_the_sample_texts_are_english(db):
    fill_demo_data(db, TEST_NOW)
    names = {i.name for i in toolkit.list_kit_items(db, include_archived=True)}
    assert {"Heating pad", "Tennis ball for knots", "Ice pack"} <= names
