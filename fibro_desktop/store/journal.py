"""Episodes of the spasm journal: save, load, delete (with undo), browse.

Every write is one transaction: an episode and its muscles, triggers,
reliefs and warning signs are stored together or not at all. Functions take
the database explicitly and return :mod:`fibro_desktop.core.journal.records`
dataclasses, never models.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

import peewee

from fibro_desktop.core.instants import from_stored, to_stored
from fibro_desktop.core.journal.live import LIVE_LOOKBACK
from fibro_desktop.core.journal.records import Episode, EpisodeFilter, EpisodeRow, ReliefTried
from fibro_desktop.core.journal.validation import InvalidEntry, clean_entry, validate_episode
from fibro_desktop.store.models.base import Expression
from fibro_desktop.store.models.journal import (
    EpisodeModel,
    EpisodeMuscleModel,
    EpisodeReliefModel,
    EpisodeTriggerModel,
    EpisodeWarningModel,
)
from fibro_desktop.store.stamps import new_uid, utc_text

_CHILDREN = (EpisodeMuscleModel, EpisodeTriggerModel, EpisodeReliefModel, EpisodeWarningModel)


def save_episode(db: peewee.SqliteDatabase, episode: Episode, now: datetime) -> Episode:
    """Insert ``episode`` (empty ``uid``) or replace the stored one with its uid.

    Text is cleaned and the whole entry validated first; on a problem
    :class:`InvalidEntry` is raised and nothing is written. Returns the
    stored episode (with its uid).
    """
    episode = clean_entry(episode)
    errors = validate_episode(episode, now)
    if errors:
        raise InvalidEntry(errors)
    episode = replace(episode, uid=episode.uid or new_uid())
    stamp = utc_text(now)
    with db.atomic():
        row = EpisodeModel.get_or_none(EpisodeModel.uid == episode.uid)
        values = _row_values(episode)
        if row is None:
            episode_id = EpisodeModel.insert(uid=episode.uid, created_utc=stamp, updated_utc=stamp,
                                             **values).execute()
        else:
            episode_id = row.id
            EpisodeModel.update(updated_utc=stamp, **values).where(EpisodeModel.id == row.id).execute()
            for child in _CHILDREN:
                child.delete().where(child.episode == row.id).execute()
        _insert_children(episode_id, episode)
    return episode


def insert_episodes(db: peewee.SqliteDatabase, episodes: list[Episode], now: datetime) -> None:
    """Insert many new, already valid episodes in one transaction (demo data,
    benchmarks). Each must carry a uid."""
    stamp = utc_text(now)
    with db.atomic():
        for episode in episodes:
            episode_id = EpisodeModel.insert(uid=episode.uid, created_utc=stamp, updated_utc=stamp,
                                             **_row_values(episode)).execute()
            _insert_children(episode_id, episode)


def _row_values(episode: Episode) -> dict[str, object]:
    started_utc, offset = to_stored(episode.started)
    return dict(
        started_utc=started_utc, started_offset_min=offset, day=episode.day.isoformat(),
        ongoing=episode.ongoing, kind=episode.kind, intensity=episode.intensity,
        duration_s=episode.duration_s, recovery_s=episode.recovery_s, activity=episode.activity,
        sleep_state=episode.sleep_state, doing=episode.doing, impact_sleep=episode.impact_sleep,
        impact_mood=episode.impact_mood, impact_mobility=episode.impact_mobility,
        notes=episode.notes, complete=episode.complete,
        search_text=search_text(episode),
    )


def search_text(episode: Episode) -> str:
    """What the timeline's text search looks in: the notes and "what I was
    doing", case-folded once at write time so a search needs no Python call
    per row (SQLite's own lower() folds ASCII only)."""
    return f"{episode.notes}\n{episode.doing}".casefold()


def _insert_children(episode_id: int, episode: Episode) -> None:
    if episode.muscles:
        EpisodeMuscleModel.insert_many(
            [{"episode": episode_id, "muscle": m, "side": s} for m, s in sorted(episode.muscles, key=str)]
        ).execute()
    if episode.triggers:
        EpisodeTriggerModel.insert_many(
            [{"episode": episode_id, "trigger": t} for t in sorted(episode.triggers)]).execute()
    if episode.reliefs:
        EpisodeReliefModel.insert_many(
            [{"episode": episode_id, "relief": r.relief, "helped": r.helped,
              "minutes_to_relief": r.minutes_to_relief} for r in episode.reliefs]).execute()
    if episode.warnings:
        EpisodeWarningModel.insert_many(
            [{"episode": episode_id, "symptom": w} for w in sorted(episode.warnings)]).execute()


_EPISODE_COLUMNS = (
    EpisodeModel.id, EpisodeModel.uid, EpisodeModel.started_utc, EpisodeModel.started_offset_min,
    EpisodeModel.kind, EpisodeModel.intensity, EpisodeModel.ongoing, EpisodeModel.duration_s,
    EpisodeModel.recovery_s, EpisodeModel.activity, EpisodeModel.sleep_state, EpisodeModel.doing,
    EpisodeModel.impact_sleep, EpisodeModel.impact_mood, EpisodeModel.impact_mobility,
    EpisodeModel.notes, EpisodeModel.complete,
)


def get_episode(db: peewee.SqliteDatabase, uid: str) -> Episode | None:
    """The stored episode with ``uid``, or ``None``."""
    found = _load_episodes(EpisodeModel.uid == uid)
    return found[0] if found else None


def _load_episodes(condition: Expression, details: bool = True) -> list[Episode]:
    """Episodes matching ``condition``, oldest first. Children are read in
    at most four queries in all (not four per episode), as plain tuples,
    because the red-flag rules load weeks of episodes after every save.
    Without ``details``, muscles, triggers and reliefs are left empty
    (warning signs are always read)."""
    ids = EpisodeModel.select(EpisodeModel.id).where(condition)
    muscles: dict[int, set[tuple[str, str | None]]] = {}
    triggers: dict[int, set[str]] = {}
    reliefs: dict[int, list[ReliefTried]] = {}
    warnings: dict[int, set[str]] = {}
    for episode_id, symptom in (EpisodeWarningModel.select(EpisodeWarningModel.episode, EpisodeWarningModel.symptom)
                                .where(EpisodeWarningModel.episode.in_(ids)).tuples()):
        warnings.setdefault(episode_id, set()).add(symptom)
    if details:
        for episode_id, muscle, side in (EpisodeMuscleModel.select(
                EpisodeMuscleModel.episode, EpisodeMuscleModel.muscle, EpisodeMuscleModel.side)
                .where(EpisodeMuscleModel.episode.in_(ids)).tuples()):
            muscles.setdefault(episode_id, set()).add((muscle, side))
        for episode_id, trigger in (EpisodeTriggerModel.select(EpisodeTriggerModel.episode, EpisodeTriggerModel.trigger)
                                    .where(EpisodeTriggerModel.episode.in_(ids)).tuples()):
            triggers.setdefault(episode_id, set()).add(trigger)
        for episode_id, relief, helped, minutes in (EpisodeReliefModel.select(
                EpisodeReliefModel.episode, EpisodeReliefModel.relief, EpisodeReliefModel.helped,
                EpisodeReliefModel.minutes_to_relief)
                .where(EpisodeReliefModel.episode.in_(ids)).order_by(EpisodeReliefModel.id).tuples()):
            reliefs.setdefault(episode_id, []).append(ReliefTried(relief, helped, minutes))
    rows = (EpisodeModel.select(*_EPISODE_COLUMNS).where(condition)
            .order_by(EpisodeModel.started_utc, EpisodeModel.id).tuples())
    return [
        Episode(
            started=from_stored(utc, offset), kind=kind, intensity=intensity, ongoing=bool(ongoing),
            duration_s=duration, recovery_s=recovery, muscles=frozenset(muscles.get(row_id, ())),
            activity=activity, sleep_state=sleep_state, doing=doing,
            triggers=frozenset(triggers.get(row_id, ())), reliefs=tuple(reliefs.get(row_id, ())),
            impact_sleep=impact_sleep, impact_mood=impact_mood, impact_mobility=impact_mobility,
            warnings=frozenset(warnings.get(row_id, ())), notes=notes, complete=bool(complete), uid=uid,
        )
        for (row_id, uid, utc, offset, kind, intensity, ongoing, duration, recovery, activity,
             sleep_state, doing, impact_sleep, impact_mood, impact_mobility, notes, complete) in rows
    ]


def delete_episode(db: peewee.SqliteDatabase, uid: str) -> Episode | None:
    """Delete the episode ``uid`` with everything attached; return what was
    deleted (so it can be put back with :func:`restore_episode`)."""
    with db.atomic():
        episode = get_episode(db, uid)
        if episode is not None:
            EpisodeModel.delete().where(EpisodeModel.uid == uid).execute()
    return episode


def restore_episode(db: peewee.SqliteDatabase, episode: Episode, now: datetime) -> None:
    """Put back a deleted episode exactly, with its uid (undo of delete)."""
    insert_episodes(db, [episode], now)


# -- browsing -------------------------------------------------------------------
def _filtered(db: peewee.SqliteDatabase, query_filter: EpisodeFilter) -> Expression:
    query = EpisodeModel.select()
    f = query_filter
    if f.first_day is not None:
        query = query.where(EpisodeModel.day >= f.first_day.isoformat())
    if f.last_day is not None:
        query = query.where(EpisodeModel.day <= f.last_day.isoformat())
    if f.kinds:
        query = query.where(EpisodeModel.kind.in_(sorted(f.kinds)))
    if f.muscle:
        query = query.where(EpisodeModel.id.in_(
            EpisodeMuscleModel.select(EpisodeMuscleModel.episode).where(EpisodeMuscleModel.muscle == f.muscle)))
    if f.trigger:
        query = query.where(EpisodeModel.id.in_(
            EpisodeTriggerModel.select(EpisodeTriggerModel.episode).where(EpisodeTriggerModel.trigger == f.trigger)))
    if f.text:
        needle = f.text.strip().casefold()
        query = query.where(peewee.fn.instr(EpisodeModel.search_text, needle) > 0)
    return query


def _newest_first(query_filter: EpisodeFilter) -> Expression:
    """The timeline's order. With a text search, the unary ``+`` keeps SQLite
    from walking the start-time index, which would look up every one of
    100,000 rows to find a few matches; scanning and sorting the matches is
    many times faster. Without one, the index gives the first page at once."""
    if query_filter.text:
        return peewee.NodeList((peewee.SQL("+"), EpisodeModel.started_utc)).desc()
    return EpisodeModel.started_utc.desc()


def count_episodes(db: peewee.SqliteDatabase, query_filter: EpisodeFilter = EpisodeFilter()) -> int:
    return int(_filtered(db, query_filter).count())


def episode_rows(db: peewee.SqliteDatabase, query_filter: EpisodeFilter, offset: int,
                 limit: int) -> list[EpisodeRow]:
    """One page of the timeline, newest first: rows ``offset`` to
    ``offset + limit`` of the filtered episodes."""
    query = (_filtered(db, query_filter)
             .order_by(_newest_first(query_filter), EpisodeModel.id.desc())
             .offset(offset).limit(limit))
    return _rows(query)


def _rows(query: Expression) -> list[EpisodeRow]:
    """The timeline's fields of the episodes ``query`` selects, in its order."""
    muscles = (EpisodeMuscleModel.select(peewee.fn.group_concat(EpisodeMuscleModel.muscle))
               .where(EpisodeMuscleModel.episode == EpisodeModel.id))
    warned = peewee.fn.EXISTS(EpisodeWarningModel.select(EpisodeWarningModel.id)
                              .where(EpisodeWarningModel.episode == EpisodeModel.id))
    query = query.select(EpisodeModel.uid, EpisodeModel.started_utc, EpisodeModel.started_offset_min,
                         EpisodeModel.kind, EpisodeModel.intensity, EpisodeModel.duration_s,
                         EpisodeModel.ongoing, EpisodeModel.complete, EpisodeModel.notes,
                         muscles.alias("muscles"), warned.alias("warned"), EpisodeModel.recovery_s).tuples()
    return [
        EpisodeRow(uid=uid, started=from_stored(utc, off), kind=kind, intensity=intensity,
                   duration_s=duration, ongoing=bool(ongoing), complete=bool(complete),
                   muscles=muscles_text or "", has_warning=bool(warned), notes=notes, recovery_s=recovery)
        for uid, utc, off, kind, intensity, duration, ongoing, complete, notes, muscles_text, warned, recovery
        in query
    ]


def episodes_in_progress(db: peewee.SqliteDatabase, now: datetime) -> list[EpisodeRow]:
    """Episodes started within :data:`~fibro_desktop.core.journal.live.LIVE_LOOKBACK`
    of ``now`` that are still going or have a length and no time until back
    to normal yet, newest first (``core.journal.live`` says which to offer).
    The start-time index serves it: a few rows a day, never the whole table."""
    return _rows(_in_progress(now))


def _in_progress(now: datetime) -> Expression:
    since = utc_text(now - LIVE_LOOKBACK)
    return (EpisodeModel.select()
            .where((EpisodeModel.started_utc >= since)
                   & ((EpisodeModel.ongoing == True)  # noqa: E712 (peewee expression)
                      | (EpisodeModel.duration_s.is_null(False) & EpisodeModel.recovery_s.is_null())))
            .order_by(EpisodeModel.started_utc.desc(), EpisodeModel.id.desc()))


def episodes_between(db: peewee.SqliteDatabase, first_day: date, last_day: date) -> list[Episode]:
    """Full episodes whose local day is within the inclusive range, oldest first."""
    return _load_episodes((EpisodeModel.day >= first_day.isoformat()) & (EpisodeModel.day <= last_day.isoformat()))


def episodes_for_rules(db: peewee.SqliteDatabase, first_day: date, last_day: date) -> list[Episode]:
    """Like :func:`episodes_between` but without muscles, triggers and
    reliefs, which the red-flag rules never read."""
    return _load_episodes((EpisodeModel.day >= first_day.isoformat()) & (EpisodeModel.day <= last_day.isoformat()),
                          details=False)


def own_range(column: Expression) -> Expression:
    """``column`` starts with "own:", as a range an index can serve (";" is
    the character after ":"); ``LIKE 'own:%'`` is case-insensitive in SQLite
    and so scans every row: ~55 ms with 100,000 episodes, against ~1 ms."""
    return (column >= "own:") & (column < "own;")


def used_own_terms(db: peewee.SqliteDatabase) -> tuple[list[str], list[str]]:
    """The user's own triggers and reliefs used so far (``own:`` ids), sorted,
    so the editor can offer them again."""
    triggers = sorted({t for (t,) in EpisodeTriggerModel.select(EpisodeTriggerModel.trigger)
                       .where(own_range(EpisodeTriggerModel.trigger)).distinct().tuples()})
    reliefs = sorted({r for (r,) in EpisodeReliefModel.select(EpisodeReliefModel.relief)
                      .where(own_range(EpisodeReliefModel.relief)).distinct().tuples()})
    return triggers, reliefs
