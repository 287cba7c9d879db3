"""What a *tracked day* is: one definition for the Charts tab and the report.

Rates are per tracked day, so a day with no record at all is unknown, never
"a day without spasms" (issue 15: ten days of records in a 90-day report
must not read as 80 spasm-free days).

A tracked day is a day on which the person **wrote something in their
journal themselves**: a spasm entry, a daily check-in, a dose logged (taken
or skipped), a routine item ticked, or a relaxation session they started.
On such a day they had the journal open, so a spasm that day would most
likely have been written down too.

Not counted, because the app makes them by itself:

* Pacing's break records: the break timer writes one for every break it
  raises and watches the keyboard to tell how it went, whether or not the
  person ever opens the journal that day;
* warning signs: the app notices them in the other records (the record
  they come from already counts its own day);
* a routine item set back to zero (nothing done).

The store reads these records with one query
(:func:`fibro_desktop.store.charts_data.tracked_days`); the Charts data
(:attr:`fibro_desktop.core.insights.data.ChartData.tracked_days`) and the
provider report both use that set.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class TrackingRecord:
    """A kind of record that makes its local ``day`` tracked.

    ``only``: (column, allowed values) when only some rows count;
    ``at_least``: (column, minimum) when a number must reach a minimum.
    """

    table: str
    words: str
    only: tuple[str, tuple[str, ...]] | None = None
    at_least: tuple[str, int] | None = None


#: Every record the person makes themselves, with its table in the store.
TRACKING_RECORDS: tuple[TrackingRecord, ...] = (
    TrackingRecord("episode", "a spasm entry"),
    TrackingRecord("checkin", "a daily check-in"),
    TrackingRecord("dose", "a dose logged, taken or skipped", only=("status", ("taken", "skipped"))),
    TrackingRecord("routine_entry", "a routine item ticked", at_least=("amount", 1)),
    TrackingRecord("listen", "a relaxation session"),
)
