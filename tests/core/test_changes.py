"""What an operation reports: areas, ids, and who must look again."""

from fibro_desktop.core.changes import TOOLKIT_AREAS, Area, Changes


def test_a_change_touches_its_own_areas_only():
    changes = Changes.record(Area.CHECKINS, "abc")
    assert changes.touches(Area.CHECKINS)
    assert changes.touches(Area.EPISODES, Area.CHECKINS)
    assert not changes.touches(Area.EPISODES)
    assert changes.ids_in(Area.CHECKINS) == ("abc",)


def test_an_import_or_a_restore_touches_everything():
    assert all(Changes.everything().touches(area) for area in Area)


def test_nothing_changed_is_empty_and_touches_nothing():
    assert Changes().empty and not Changes().touches(*Area)
    assert Changes.record(Area.BREAKS, None) == Changes.of(Area.BREAKS)


def test_changes_add_up_and_stay_comparable():
    both = Changes.record(Area.BREAKS, "b1") | Changes.record(Area.ROUTINE, 7)
    assert both.areas == {Area.BREAKS, Area.ROUTINE}
    assert both.ids_in(Area.ROUTINE) == (7,)
    assert hash(both) == hash(Changes.record(Area.BREAKS, "b1") | Changes.record(Area.ROUTINE, 7))


def test_the_toolkit_tab_shows_four_areas():
    assert set(TOOLKIT_AREAS) == {Area.KIT, Area.ROUTINE, Area.RESCUE_PLAN, Area.CONTACTS}
