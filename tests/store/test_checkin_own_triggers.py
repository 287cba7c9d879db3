"""The user's own check-in triggers are offered again on later days."""

from datetime import timedelta

from fibro_desktop.core.journal.records import CheckIn
from fibro_desktop.store.checkins import save_checkin, used_own_triggers
from tests.conftest import TEST_NOW


def test_own_triggers_from_every_check_in_once_and_sorted(db):
    today = TEST_NOW.date()
    assert used_own_triggers(db) == []
    save_checkin(db, CheckIn(day=today, triggers=frozenset({"cold", "own:Long drive", "own:Büro"})), TEST_NOW)
    save_checkin(db, CheckIn(day=today - timedelta(days=1), triggers=frozenset({"own:Long drive"})), TEST_NOW)
    assert used_own_triggers(db) == ["own:Büro", "own:Long drive"]
