"""Every "Learn" link a tab can show leads to a guide section that exists,
and every kind, routine item and rescue step the app ships has one."""

from pathlib import Path

import pytest

from fibro_desktop.core import vocabulary
from fibro_desktop.core.learn import links
from fibro_desktop.core.learn.guides import load_guides
from fibro_desktop.core.toolkit.rescue import DEFAULT_PLAN
from fibro_desktop.core.toolkit.routine import DEFAULT_ROUTINE

GUIDES = {g.key: g for g in load_guides(Path(__file__).resolve().parents[2] / "resources" / "guides")}
ALL_LINKS = [*links.SPASM_KIND_LINKS.values(), *links.ROUTINE_KIND_LINKS.values(),
             *links.RESCUE_STEP_LINKS.values(), *links.PLACE_LINKS.values()]


@pytest.mark.parametrize("guide_key, anchor", sorted(set(ALL_LINKS)))
def test_each_link_leads_to_a_real_section(guide_key, anchor):
    assert guide_key in GUIDES
    assert anchor == "" or anchor in GUIDES[guide_key].anchors()


def test_every_kind_routine_item_and_rescue_step_has_a_link():
    assert {t.id for t in vocabulary.SPASM_KINDS} <= set(links.SPASM_KIND_LINKS)
    assert {d.kind for d in DEFAULT_ROUTINE} <= set(links.ROUTINE_KIND_LINKS)
    assert {s.relief for s in DEFAULT_PLAN} <= set(links.RESCUE_STEP_LINKS)
    assert {t.id for t in vocabulary.RELIEFS} - {"custom"} <= set(links.RESCUE_STEP_LINKS)
