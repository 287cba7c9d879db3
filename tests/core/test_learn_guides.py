"""Reading and searching the guides, without Qt."""

from pathlib import Path

from fibro_desktop.core.learn.guides import GUIDE_KEYS, load_guides, read_guide, search
from fibro_desktop.core.learn.markdown import blocks_html, parse_blocks

ROOT = Path(__file__).resolve().parents[2] / "resources" / "guides"


def test_headings_keep_their_anchor_and_lists_become_html_lists():
    blocks = parse_blocks("# Title\n\nIntro\nruns on.\n\n## Warmth {#warmth}\n\n- **one**\n- two\n\n1. step\n")
    assert [(b.kind, b.text, b.anchor) for b in blocks] == [
        ("h1", "Title", ""), ("p", "Intro runs on.", ""), ("h2", "Warmth", "warmth"),
        ("li", "**one**", ""), ("li", "two", ""), ("step", "step", "")]
    html = blocks_html(blocks)
    assert '<h2><a name="warmth"></a>Warmth</h2>' in html
    assert "<ul>\n<li><b>one</b></li>\n<li>two</li>\n</ul>\n<ol>\n<li>step</li>\n</ol>" in html


def test_text_is_escaped_in_html():
    assert "&lt;script&gt;" in blocks_html(parse_blocks("A <script> tag"))


def test_search_finds_sections_in_any_guide_with_whole_word_snippets():
    guides = load_guides(ROOT)
    hits = search(guides, "Epsom")
    assert [(h.guide_key, h.anchor) for h in hits] == [("daily-prevention", "warmth")]
    assert "Epsom" in hits[0].snippet
    sections = {(g.key, s.anchor): s.text for g in guides for s in g.sections()}
    for hit in search(guides, "heat"):
        words = sections[(hit.guide_key, hit.anchor)].split()
        shown = hit.snippet.strip("…").split()
        assert shown[0] in words and shown[-1] in words  # never cut inside a word
    assert search(guides, "   ") == []
    assert search(guides, "zebra") == []


def test_a_translated_guide_replaces_the_english_one_and_the_rest_fall_back(tmp_path):
    english = tmp_path / "en"
    english.mkdir()
    for number, key in enumerate(GUIDE_KEYS, start=1):
        (english / f"{number:02d}-{key}.md").write_text(f"# English {key}\n\nText.\n", encoding="utf-8")
    french = tmp_path / "fr"
    french.mkdir()
    (french / "04-daily-prevention.md").write_text("# Prévenir les spasmes\n\n## Chaleur {#warmth}\n\nTexte.\n",
                                                     encoding="utf-8")
    guides = load_guides(tmp_path, "fr_CA")
    assert [g.key for g in guides] == list(GUIDE_KEYS)
    assert guides[3].title == "Prévenir les spasmes" and guides[3].anchors() == ["warmth"]
    assert guides[0].title == "English why-spasms"


def test_the_summary_of_when_to_see_a_doctor_is_its_own_section():
    guide = read_guide(ROOT / "en" / "08-when-to-see-a-doctor.md")
    assert guide.section("in-short").text.startswith("See a doctor soon")
