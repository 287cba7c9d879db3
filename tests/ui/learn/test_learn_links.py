"""The small "Learn" links in the tabs (issue 19): each one, clicked or
pressed with Space, asks ``intents.learn`` for the guide section that
explains what it sits beside. Built through the real app (the ``shell``)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from fibro_desktop.core.intents import OpenGuide
from fibro_desktop.core.learn.links import PLACE_LINKS, SPASM_KIND_LINKS
from fibro_desktop.ui.learn.link import MIN_HEIGHT_PX, LearnLink, learn_link
from fibro_desktop.ui.learn.window import LearnWindow
from fibro_desktop.wiring import journal as journal_wiring


@pytest.fixture(autouse=True)
def close_learn_windows(qapp):
    yield
    for widget in qapp.topLevelWidgets():
        if isinstance(widget, LearnWindow):
            widget.close()
            widget.deleteLater()


def opens(qtbot, intents, link: LearnLink, expected: tuple[str, str]) -> None:
    """A click, then focus and Space, each emit ``learn(*expected)``."""
    assert isinstance(link, LearnLink)
    assert link.accessibleName().startswith("Learn: ")
    with qtbot.waitSignal(intents.learn, check_params_cb=lambda *args: args == (OpenGuide(*expected),)):
        qtbot.mouseClick(link, Qt.MouseButton.LeftButton)
    link.window().activateWindow()
    link.setFocus(Qt.FocusReason.TabFocusReason)
    with qtbot.waitSignal(intents.learn, check_params_cb=lambda *args: args == (OpenGuide(*expected),)):
        qtbot.keyClick(link, Qt.Key.Key_Space)


# -- the widget itself -----------------------------------------------------------

def test_a_link_is_a_named_focusable_button_big_enough_for_sore_hands(qtbot):
    asked = []
    link = LearnLink("What do these mean?", ("kinds-of-spasm", "cramps"), lambda *a: asked.append(a),
                     topic="the kinds of spasm")
    qtbot.addWidget(link)
    link.show()
    assert link.accessibleName() == "Learn: the kinds of spasm"
    assert link.focusPolicy() & Qt.FocusPolicy.TabFocus
    assert link.sizeHint().height() >= MIN_HEIGHT_PX or link.minimumHeight() >= MIN_HEIGHT_PX
    assert not link.autoDefault()  # Enter stays with the dialog's main button
    link.click()
    link.set_link(("kinds-of-spasm", "knots"))
    link.click()
    assert asked == [("kinds-of-spasm", "cramps"), ("kinds-of-spasm", "knots")]


def test_without_a_way_to_open_guides_there_is_no_link():
    assert learn_link("Anything", ("why-spasms", ""), None) is None


# -- journal ----------------------------------------------------------------------

@pytest.fixture
def journal(shell):
    return shell.window.show_tab("journal")


@pytest.fixture
def dialogs(shell, app_context, journal):
    return shell.state(journal_wiring.FEATURE).dialogs


def test_journal_header_links_to_what_to_note(qtbot, app_context, journal):
    opens(qtbot, app_context.intents, journal.learn_link, PLACE_LINKS["journal"])


def test_red_flag_banner_links_to_the_warning_signs(qtbot, app_context, journal):
    journal.banner.show()
    opens(qtbot, app_context.intents, journal.banner.learn_link, PLACE_LINKS["red_flags"])


def test_checkin_links_to_how_spasms_affect_the_day(qtbot, app_context, journal):
    journal.show_checkin()
    opens(qtbot, app_context.intents, journal.checkin_form.learn_link, PLACE_LINKS["checkin"])


def test_medications_link_to_how_medicines_fit_in(qtbot, app_context, journal):
    journal.sections.setCurrentIndex(2)
    from fibro_desktop.ui.journal.medications import MedicationsPanel

    panel = journal.findChild(MedicationsPanel)
    opens(qtbot, app_context.intents, panel.learn_link, PLACE_LINKS["medications"])


def test_quick_log_explains_the_kind_chosen(qtbot, app_context, dialogs):
    dialog = dialogs.quick_log()
    qtbot.addWidget(dialog)
    knot = next(b for b in dialog.kind_group.buttons() if b.property("kind_id") == "trigger_point")
    knot.click()
    opens(qtbot, app_context.intents, dialog.kind_link, SPASM_KIND_LINKS["trigger_point"])
    dialog.close()


def test_quick_log_without_a_kind_opens_the_top_of_the_guide(qtbot, app_context, dialogs):
    dialog = dialogs.quick_log()
    qtbot.addWidget(dialog)
    dialog.kind_group.setExclusive(False)
    for button in dialog.kind_group.buttons():
        button.setChecked(False)
    opens(qtbot, app_context.intents, dialog.kind_link, ("kinds-of-spasm", ""))
    dialog.close()


def test_episode_editor_explains_the_kind_in_the_box(qtbot, app_context, dialogs):
    from fibro_desktop.core.journal.prefill import EpisodePrefill

    editor = dialogs.new_episode(EpisodePrefill(kind="nocturnal"))
    assert editor.focusWidget() is not editor.kind_link
    opens(qtbot, app_context.intents, editor.kind_link, SPASM_KIND_LINKS["nocturnal"])
    # Choosing another kind points the link there (the entry then has changes:
    # closed without the "keep your changes?" question).
    editor.kind.setCurrentIndex(editor.kind.findData("fasciculation"))
    assert editor.kind_link.link == SPASM_KIND_LINKS["fasciculation"]
    editor.kind.setCurrentIndex(editor.kind.findData("nocturnal"))
    editor.done(0)


# -- end to end ---------------------------------------------------------------------

def test_a_click_opens_the_learn_window_at_that_section(qtbot, qapp, journal):
    journal.banner.show()
    qtbot.mouseClick(journal.banner.learn_link, Qt.MouseButton.LeftButton)
    (window,) = [w for w in qapp.topLevelWidgets() if isinstance(w, LearnWindow) and w.isVisible()]
    assert window.current_key() == "when-to-see-a-doctor"
    assert window.reader.top_line() == "The signs to watch for"


# -- toolkit ---------------------------------------------------------------------------

@pytest.fixture
def toolkit(shell):
    return shell.window.show_tab("toolkit")


def test_routine_rows_each_have_a_small_question_mark(qtbot, app_context, toolkit):
    from fibro_desktop.core.learn.links import ROUTINE_KIND_LINKS

    rows = toolkit.routine.rows
    assert rows
    for row in rows:
        assert row.learn_link.accessibleName() == f"Learn: {row.line.item.name}"
    water = next(row for row in rows if row.line.item.kind == "water")
    opens(qtbot, app_context.intents, water.learn_link, ROUTINE_KIND_LINKS["water"])


@pytest.mark.parametrize("panel, place", [("kit", PLACE_LINKS["rescue_kit"]), ("care", PLACE_LINKS["care_team"])])
def test_kit_and_care_team_link_to_their_guides(qtbot, app_context, toolkit, panel, place):
    widget = getattr(toolkit, panel)
    toolkit.sections.setCurrentWidget(widget if panel == "care" else toolkit.sections.widget(0))
    opens(qtbot, app_context.intents, widget.learn_link, place)


def test_plan_editor_links_to_what_helps_in_the_moment(qtbot, app_context, toolkit):
    from fibro_desktop.core.learn.links import RESCUE_STEP_LINKS

    toolkit.sections.setCurrentWidget(toolkit.plan)
    opens(qtbot, app_context.intents, toolkit.plan.learn_link, RESCUE_STEP_LINKS[None])


def test_rescue_plan_links_follow_the_step_shown(qtbot, app_context, shell):
    from fibro_desktop.core.learn.links import RESCUE_STEP_LINKS
    from fibro_desktop.ui.toolkit.launcher import RescuePlanLauncher

    app_context.intents.rescue_plan.emit()
    dialog = shell.window.findChild(RescuePlanLauncher).dialog
    first = dialog.stepper.current
    qtbot.waitUntil(lambda: dialog.focusWidget() is not None)
    assert dialog.focusWidget() is dialog.tried  # Space mid-spasm ticks the step, never opens a guide
    opens(qtbot, app_context.intents, dialog.step_link, RESCUE_STEP_LINKS[first.relief])
    assert dialog.step_link.accessibleName() == f"Learn: {first.title}"
    dialog.go_next()
    second = dialog.stepper.current
    assert second.relief != first.relief
    opens(qtbot, app_context.intents, dialog.step_link, RESCUE_STEP_LINKS[second.relief])
    opens(qtbot, app_context.intents, dialog.safety_link, PLACE_LINKS["rescue_plan_safety"])
    dialog.close()


# -- charts, pacing, relax ----------------------------------------------------------------

def test_insights_link_to_reading_the_charts(qtbot, app_context, shell):
    page = shell.window.show_tab("charts")
    links = page.insights_card.learn_links
    assert set(links) == {"difference", "triggers", "reliefs", "groups"}
    page.insights_card.show()
    opens(qtbot, app_context.intents, links["difference"], PLACE_LINKS["charts"])
    opens(qtbot, app_context.intents, links["triggers"], PLACE_LINKS["charts_patterns"])
    assert links["reliefs"].link == links["groups"].link == PLACE_LINKS["charts_patterns"]


@pytest.mark.parametrize("tab, place", [("pacing", "pacing"), ("relax", "relax")])
def test_pacing_and_relax_link_to_their_guides(qtbot, app_context, shell, tab, place):
    page = shell.window.show_tab(tab)
    opens(qtbot, app_context.intents, page.learn_link, PLACE_LINKS[place])
