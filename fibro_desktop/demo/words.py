"""The words the demo data is written in: English unless the app gives others.

The demo sits below Qt (``tests/test_layers.py``), so it cannot translate.
Its sample texts, what a person would have typed (a kit item's name, a
medication's amount, a contact's note), are written as
:class:`~fibro_desktop.core.message.Message` in the context ``Demo``
(``_msg = messages("Demo")`` in each module; ``packaging/extract_strings.py``
finds them as it finds the store's sentences) and said through
:attr:`DemoWords.say`. The toolkit's defaults come in already made, as the
real app seeds them (``wiring/toolkit.seed``).

The composition root passes words in the person's language
(``ui/demo_words.demo_words``); without them (benchmarks, tests) the demo
stays English, the same data it always was.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from fibro_desktop.core.message import Message
from fibro_desktop.core.toolkit.kit import DEFAULT_KIT, KitDefault
from fibro_desktop.core.toolkit.rescue import DEFAULT_PLAN, StepDefault
from fibro_desktop.core.toolkit.routine import DEFAULT_ROUTINE, RoutineDefault


def english(message: Message) -> str:
    """A sample text as written: the English of the demo without a language."""
    return message.english()


@dataclass(frozen=True)
class DemoWords:
    """The toolkit defaults to seed, and ``say``: a sample text in the person's words."""

    kit: Sequence[KitDefault] = DEFAULT_KIT
    routine: Sequence[RoutineDefault] = DEFAULT_ROUTINE
    plan: Sequence[StepDefault] = DEFAULT_PLAN
    say: Callable[[Message], str] = english


#: The demo as it always was: English, the core's defaults.
ENGLISH = DemoWords()
