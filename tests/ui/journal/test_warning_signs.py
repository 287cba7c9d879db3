"""Warning signs as a person meets them: noted from the quick log or the
check-in, a very long spasm, an episode still going; the banner names the
signs with the forms' own labels and says to talk to a doctor."""

from datetime import timedelta

import pytest
from PySide6.QtCore import QDateTime, Qt

from fibro_desktop.core import vocabulary as v
from fibro_desktop.core.journal.records import Episode
from fibro_desktop.ops import journal as journal_ops
from fibro_desktop.store import checkins as checkin_store
from fibro_desktop.store import journal as journal_store
from fibro_desktop.store import red_flags
from fibro_desktop.ui.journal.checkin_form import CheckInForm
from fibro_desktop.ui.operations import run_for
from tests.conftest import TEST_NOW


def test_the_quick_log_row_is_folded_and_adds_no_step(qtbot, journal):
    page, dialogs, ctx = journal
    dialog = dialogs.quick_log()
    assert dialog.warning_row.toggle.isVisible()
    assert not dialog.warning_row.signs.isVisible()
    with qtbot.waitSignal(dialog.saved):
        qtbot.keyClick(dialog, Qt.Key.Key_5)
        qtbot.keyClick(dialog, Qt.Key.Key_Return)
    saved = journal_store.episodes_between(ctx.db, TEST_NOW.date(), TEST_NOW.date())
    assert [(e.intensity, e.warnings) for e in saved] == [(5, frozenset())]


def test_noting_numbness_from_the_quick_log_brings_the_banner(qtbot, journal):
    page, dialogs, ctx = journal
    dialog = dialogs.quick_log()
    qtbot.keyClick(dialog, Qt.Key.Key_6)
    qtbot.mouseClick(dialog.warning_row.toggle, Qt.MouseButton.LeftButton)
    assert dialog.warning_row.signs.isVisible()
    dialog.warning_row.boxes["numbness"].click()
    assert dialog.warning_row.note.isVisible() and "doctor" in dialog.warning_row.note.text()
    with qtbot.waitSignal(dialog.saved):
        dialog.save_button.click()
    saved = journal_store.episodes_between(ctx.db, TEST_NOW.date(), TEST_NOW.date())
    assert [e.warnings for e in saved] == [frozenset({"numbness"})]
    qtbot.waitUntil(page.banner.isVisible)
    assert "doctor" in page.banner.advice.text()
    assert "Numbness" in page.banner.detail.text()


def test_logging_a_very_long_spasm_brings_the_banner(qtbot, journal):
    page, dialogs, ctx = journal
    editor = dialogs.new_episode()
    editor.intensity.set_value(5)
    editor.started_edit.setDateTime(QDateTime(TEST_NOW.date(), TEST_NOW.time()).addSecs(-3 * 3600))
    editor.duration.setValue(150)  # minutes: two and a half hours of cramp
    with qtbot.waitSignal(editor.saved):
        editor.save_button.click()
    qtbot.waitUntil(page.banner.isVisible)
    assert page.banner.heading.text() == "Some spasms have been lasting a long time."
    assert "doctor" in page.banner.advice.text()
    assert "2 h 30 min" in page.banner.detail.text()


def test_an_episode_still_going_after_hours_is_noticed_without_a_new_entry(qtbot, journal):
    page, dialogs, ctx = journal
    run_for(ctx.data_events, lambda: journal_ops.save_episode(
        ctx.db, Episode(started=TEST_NOW, kind="tonic", intensity=6, ongoing=True), TEST_NOW), origin=None)
    page.check_red_flags()
    assert not page.banner.isVisible()
    ctx.clock.wall = TEST_NOW + timedelta(hours=3)
    page._flag_recheck.timeout.emit()  # the page's "look again" timer
    qtbot.waitUntil(page.banner.isVisible)
    assert "still going" in page.banner.heading.text()
    assert "3 h" in page.banner.detail.text()


def test_numbness_noted_on_the_check_in_is_kept_and_brings_the_banner(qtbot, journal):
    page, dialogs, ctx = journal
    form = CheckInForm(ctx.db, ctx.clock, ctx.data_events)
    qtbot.addWidget(form)
    form.show()
    form.day_chooser.today_button.click()
    assert not form.warning_row.signs.isVisible()
    form.warning_row.toggle.click()
    form.warning_row.boxes["numbness"].click()
    assert form.is_dirty()
    assert form.save()
    assert checkin_store.checkin_for_day(ctx.db, TEST_NOW.date()).warnings == {"numbness"}
    qtbot.waitUntil(page.banner.isVisible)
    assert "Numbness" in page.banner.detail.text()
    # Shown again, opened, when the day is loaded again.
    again = CheckInForm(ctx.db, ctx.clock, ctx.data_events)
    qtbot.addWidget(again)
    again.day_chooser.today_button.click()
    assert again.warning_row.selected() == {"numbness"}
    assert not again.warning_row.signs.isHidden()


def test_the_banner_and_every_form_use_the_same_labels(qtbot, journal):
    page, dialogs, ctx = journal
    editor = dialogs.new_episode()
    editor_labels = {sign: box.text() for sign, box in editor.warning_boxes.items()}
    editor.close()
    quick = dialogs.quick_log()
    quick_labels = {sign: box.text() for sign, box in quick.warning_row.boxes.items()}
    quick.close()
    form = CheckInForm(ctx.db, ctx.clock, ctx.data_events)
    qtbot.addWidget(form)
    checkin_labels = {sign: box.text() for sign, box in form.warning_row.boxes.items()}
    assert editor_labels == quick_labels == checkin_labels
    assert set(editor_labels) == {t.id for t in v.WARNING_SYMPTOMS}

    run_for(ctx.data_events, lambda: journal_ops.save_episode(
        ctx.db, Episode(started=TEST_NOW - timedelta(hours=1), kind="cramp", intensity=5,
                        warnings=frozenset({"rapid_heart_rate", "muscle_swelling"})), TEST_NOW), origin=None)
    page.check_red_flags()
    detail = page.banner.detail.text()
    assert editor_labels["rapid_heart_rate"] in detail and editor_labels["muscle_swelling"] in detail
    assert "rapid heart rate" not in detail.lower()
    assert len(red_flags.open_red_flags(ctx.db)) == 1


def test_the_provider_report_shows_the_detail_as_the_banner_does(qtbot, journal):
    from datetime import date

    from fibro_desktop.core.insights.periods import Period
    from fibro_desktop.ui.charts.report import ReportOptions, build_report

    page, dialogs, ctx = journal
    run_for(ctx.data_events, lambda: journal_ops.save_episode(
        ctx.db, Episode(started=TEST_NOW - timedelta(hours=1), kind="cramp", intensity=5,
                        warnings=frozenset({"rapid_heart_rate"})), TEST_NOW), origin=None)
    page.check_red_flags()
    text = build_report(ctx.db, ReportOptions(Period(date(2026, 11, 20), date(2026, 11, 24))), TEST_NOW).toPlainText()
    assert "An episode came with: Racing heart." in text
    assert "sentences" not in text  # never the stored form


FRENCH = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context><name>warning_signs</name>
<message><source>An episode came with: %1.</source><translation>Un épisode est venu avec : %1.</translation></message>
</context>
<context><name>vocabulary</name>
<message><source>Racing heart</source><translation>Cœur qui s'emballe</translation></message>
</context>
</TS>
"""


def test_the_detail_line_is_translated_with_the_translated_form_label(qapp, tmp_path):
    import subprocess
    import sys
    from pathlib import Path

    from PySide6.QtCore import QCoreApplication, QLocale

    from fibro_desktop.core.journal import flag_detail as d
    from fibro_desktop.ui.journal.flag_text import detail_text
    from fibro_desktop.ui.labels import term_label
    from fibro_desktop.ui.translations import install_translators

    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    if not lrelease.exists():
        pytest.skip("pyside6-lrelease is not installed")
    ts = tmp_path / "fibro_desktop_fr.ts"
    ts.write_text(FRENCH, encoding="utf-8")
    subprocess.run([str(lrelease), str(ts), "-qm", str(tmp_path / "fibro_desktop_fr.qm")], check=True,
                   capture_output=True)
    install_translators(qapp, tmp_path, QLocale(QLocale.Language.French, QLocale.Country.France))
    try:
        stored = d.detail(d.Sentence(d.CAME_WITH, (d.Terms(("rapid_heart_rate",)),)))
        assert term_label("rapid_heart_rate") == "Cœur qui s'emballe"
        assert detail_text(stored) == "Un épisode est venu avec : Cœur qui s'emballe."
    finally:
        for child in list(qapp.children()):
            if type(child).__name__ == "QTranslator":
                QCoreApplication.removeTranslator(child)
