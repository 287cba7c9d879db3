"""The calm page of a tab that could not be built shows all of its words."""

from fibro_desktop.ui.broken_page import BrokenPage


def test_the_explanation_is_never_clipped(qtbot):
    page = BrokenPage("Journal", [("Restore a backup", lambda: None), ("Export what can be read", lambda: None)])
    qtbot.addWidget(page)
    for width in (834, 600, 1366):
        page.resize(width, 560)
        page.show()
        qtbot.waitExposed(page)
        body = page.body_label
        assert body.height() >= body.heightForWidth(body.width()), width
        assert "Journal" in body.text()
