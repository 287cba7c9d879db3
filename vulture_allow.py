"""Names the dead-code scan cannot see being used, each with the reason.

The scan (``vulture``, run by ``tests/test_gates.py``)::

    vulture fibro_desktop tests vulture_allow.py --min-confidence 60

reports definitions nothing refers to. The names below are used all the
same: called by Qt, read by peewee or pytest, or used from outside the
scanned folders (benchmarks, screenshot scripts, the installer spec). Listing
a name here marks every definition of that name as used, so keep the list
short and give each entry its reason; remove code rather than list it when
nothing uses it.

This file is never imported; it is only read by the scan.
"""

# Each line below is a bare name on purpose: that is what the scan reads.
# ruff: noqa: B018


class _Anything:
    """Answers any attribute, so the file also runs without error."""

    def __getattr__(self, name: str) -> None:
        return None


_ = _Anything()

# -- Qt calls these overrides of its virtual methods by name --------------------------
_.eventFilter  # app.py, ui/pacing/page.py, ui/wheel_guard.py: installed event filters
_.hitButton  # ui/body_map/region_button.py: the click area of a region's shape
_.hasHeightForWidth  # ui/body_map/widget.py: keeps the map's aspect ratio
_.mouseReleaseEvent  # ui/body_map/widget.py
_.canFetchMore  # ui/journal/timeline.py: the timeline model loads rows in pages
_.fetchMore  # ui/journal/timeline.py
_.readinto  # store/import_read.py: io.RawIOBase reads through it (zip member reader)
_._on_active_changed  # ui/pacing/session_lock.py: connected by its SLOT() signature to D-Bus

# -- read by other libraries ------------------------------------------------------------
_.Meta  # store/models: peewee reads each model's inner Meta class
_.table_name  # store/models: peewee's Meta option, the table a model maps
_.legacy_table_names  # store/models/base.py: peewee's Meta option
_.updated_at  # store/models/meta.py: a column of app_meta, written by store/meta.py
_.cbSize  # ui/pacing/idle.py: ctypes field Windows' GetLastInputInfo reads

# -- used from outside the scanned folders ----------------------------------------------
_.BUNDLE_ID  # identity.py: the macOS bundle id, read by packaging/fibro_desktop.spec
_.last_load_ms  # ui/charts/page.py: read by benchmarks/charts.py
_.draw_all_cards  # ui/charts/page.py: docs/make_charts_screenshots.py
_.set_focused_region  # ui/body_map/widget.py: docs/make_body_map_screenshots.py, docs/body_map.md
_.null_discoveries  # tests/core/insights/planted.py: read by benchmarks/insights_planted.py
_.episodes_only_old_no_effect  # tests/core/insights/planted.py: benchmarks/insights_planted.py
_.unchanged  # tests/core/insights/planted.py SeedOutcome: benchmarks/insights_planted.py

# -- dataclass fields: part of the value (its ==, repr and constructor) --------------------
_.phase_elapsed_s  # core/relax/pacer.py PacerState: seconds into the current phase
_.log_ratio  # core/insights/poisson_model.py: the fitted estimate behind ratio, low and high
_.habit  # tests/core/insights/planted.py PlantedJournal: which logging habit it shows
_.baseline_spasms  # tests/core/insights/planted.py WindowRecord: the windows' totals, beside
_.recent_spasms  # day_counts (issue 15's generator; its owner may drop them)
_.desktop_watch  # wiring/pacing.py PacingState: holds the desktop watcher for the whole run

# -- a result's reading, kept beside its twin ------------------------------------------------
_.other_rate  # core/insights/rates.py: the comparison group's rate, beside .rate (issue 15)

# -- the vocabulary of a stored field, kept beside its record -----------------------------
# core/pacing/record.py: the values of BreakEntry.kind and .outcome (with what they
# mean); issue 14 turns them into enums.
_.BREAK_KINDS
_.OUTCOMES

# -- pytest finds these by name --------------------------------------------------------------
_.pytestmark  # module-wide markers
_.pytest_collection_modifyitems  # tests/data_safety/conftest.py: a pytest hook
_.pytest_runtest_teardown  # tests/conftest.py: a pytest hook (deletes the windows a test closed)
_.collect_cycles_between_events  # tests/conftest.py: an autouse fixture
_.close_windows_left_modal  # tests/conftest.py: an autouse fixture
_.language_as_the_run_began  # tests/conftest.py: an autouse fixture (each Qt test in the language the run began with)
_.first_locale  # tests/conftest.py: a fixture that language_as_the_run_began asks for by name (getfixturevalue)
_._forget_session_key  # tests/encryption/conftest.py: an autouse fixture
_.close_learn_windows  # tests/ui/learn/: an autouse fixture (closes the Learn window a test opened)
_.guarded  # tests/ui/test_wheel_guard.py: a fixture the tests ask for by argument name
_.restore_language  # tests/ui/test_language_choice.py: a fixture the tests ask for by argument name
_.me  # tests/ui/test_idle_gc.py: node.me = node makes the reference cycle under test

# -- called by Qt or D-Bus, never by our code --------------------------------------------------
_.nativeEventFilter  # ui/global_hotkey.py: QAbstractNativeEventFilter's override (issue 22)
# ui/relax/mpris.py: the MPRIS interface's properties and methods, read and called by
# the desktop over D-Bus (issue 22)
_.Identity
_.DesktopEntry
_.CanRaise
_.CanQuit
_.HasTrackList
_.SupportedUriSchemes
_.SupportedMimeTypes
_.Raise
_.Quit
_.Metadata
_.CanControl
_.CanGoNext
_.CanGoPrevious
_.CanSeek
_.Play
_.Pause
_.PlayPause
_.Stop
_.Next
_.Previous
_.media_keys  # ui/relax/page.py: the page keeps its MPRIS host alive (None off Linux)
_.optionxform  # tests/packaging/test_desktop_file.py: configparser reads this hook to keep key case
