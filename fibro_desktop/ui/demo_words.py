"""The demo data's words in the person's language (``--demo``, screenshots).

Made here, above Qt, and handed to ``fill_demo_data`` by the composition
root, since the demo itself may not translate (``demo/words.py``): the
toolkit's defaults as the real app seeds them (``ui/toolkit/texts.py``),
and the demo's sample texts (context ``Demo``) said by :func:`say`.
Call it once the catalogue is installed.
"""

from __future__ import annotations

from fibro_desktop.demo.words import DemoWords
from fibro_desktop.ui.toolkit.texts import translated_kit, translated_plan, translated_routine
from fibro_desktop.ui.translate import say


def demo_words() -> DemoWords:
    """The toolkit defaults and the sample texts in the language now installed."""
    return DemoWords(kit=translated_kit(), routine=translated_routine(), plan=translated_plan(), say=say)
