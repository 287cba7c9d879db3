"""Models of the journal tables created by migration 2 (see that module) and 11."""

import peewee

from fibro_desktop.store.models.base import BaseModel


class EpisodeModel(BaseModel):
    uid = peewee.TextField(unique=True)
    started_utc = peewee.TextField()
    started_offset_min = peewee.IntegerField()
    day = peewee.TextField()
    ongoing = peewee.BooleanField(default=False)
    kind = peewee.TextField()
    intensity = peewee.IntegerField()
    duration_s = peewee.IntegerField(null=True)
    recovery_s = peewee.IntegerField(null=True)
    activity = peewee.TextField(null=True)
    sleep_state = peewee.TextField(null=True)
    doing = peewee.TextField(default="")
    impact_sleep = peewee.IntegerField(null=True)
    impact_mood = peewee.IntegerField(null=True)
    impact_mobility = peewee.IntegerField(null=True)
    notes = peewee.TextField(default="")
    complete = peewee.BooleanField(default=True)
    search_text = peewee.TextField(default="")
    created_utc = peewee.TextField()
    updated_utc = peewee.TextField()

    class Meta:
        table_name = "episode"


class EpisodeMuscleModel(BaseModel):
    episode = peewee.ForeignKeyField(EpisodeModel, column_name="episode_id", on_delete="CASCADE")
    muscle = peewee.TextField()
    side = peewee.TextField(null=True)

    class Meta:
        table_name = "episode_muscle"


class EpisodeTriggerModel(BaseModel):
    episode = peewee.ForeignKeyField(EpisodeModel, column_name="episode_id", on_delete="CASCADE")
    trigger = peewee.TextField()

    class Meta:
        table_name = "episode_trigger"


class EpisodeReliefModel(BaseModel):
    episode = peewee.ForeignKeyField(EpisodeModel, column_name="episode_id", on_delete="CASCADE")
    relief = peewee.TextField()
    helped = peewee.TextField(null=True)
    minutes_to_relief = peewee.IntegerField(null=True)

    class Meta:
        table_name = "episode_relief"


class EpisodeWarningModel(BaseModel):
    episode = peewee.ForeignKeyField(EpisodeModel, column_name="episode_id", on_delete="CASCADE")
    symptom = peewee.TextField()

    class Meta:
        table_name = "episode_warning"


class CheckInModel(BaseModel):
    uid = peewee.TextField(unique=True)
    day = peewee.TextField(unique=True)
    sleep_hours = peewee.FloatField(null=True)
    sleep_quality = peewee.IntegerField(null=True)
    mood = peewee.IntegerField(null=True)
    energy = peewee.IntegerField(null=True)
    overall_pain = peewee.IntegerField(null=True)
    mobility = peewee.IntegerField(null=True)
    stress = peewee.IntegerField(null=True)
    water_glasses = peewee.IntegerField(null=True)
    daily_activities = peewee.TextField(null=True)
    activity = peewee.TextField(default="")
    notes = peewee.TextField(default="")
    created_utc = peewee.TextField()
    updated_utc = peewee.TextField()

    class Meta:
        table_name = "checkin"


class CheckInTriggerModel(BaseModel):
    checkin = peewee.ForeignKeyField(CheckInModel, column_name="checkin_id", on_delete="CASCADE")
    trigger = peewee.TextField()

    class Meta:
        table_name = "checkin_trigger"


class CheckInWarningModel(BaseModel):
    """A warning sign noted on a check-in (migration 10)."""

    checkin = peewee.ForeignKeyField(CheckInModel, column_name="checkin_id", on_delete="CASCADE")
    symptom = peewee.TextField()

    class Meta:
        table_name = "checkin_warning"


class MedicationModel(BaseModel):
    uid = peewee.TextField(unique=True)
    name = peewee.TextField()
    form = peewee.TextField(default="")
    usual_amount = peewee.TextField(default="")
    archived = peewee.BooleanField(default=False)
    created_utc = peewee.TextField()
    updated_utc = peewee.TextField()

    class Meta:
        table_name = "medication"


class DoseModel(BaseModel):
    uid = peewee.TextField(unique=True)
    medication = peewee.ForeignKeyField(MedicationModel, column_name="medication_id", on_delete="CASCADE")
    taken_utc = peewee.TextField()
    taken_offset_min = peewee.IntegerField()
    day = peewee.TextField()
    amount = peewee.TextField(default="")
    status = peewee.TextField(default="taken")
    side_effects = peewee.TextField(default="")
    helped = peewee.TextField(null=True)
    created_utc = peewee.TextField()
    updated_utc = peewee.TextField()

    class Meta:
        table_name = "dose"


class RedFlagModel(BaseModel):
    uid = peewee.TextField(unique=True)
    rule = peewee.TextField()
    event_key = peewee.TextField(unique=True)
    noticed_utc = peewee.TextField()
    day = peewee.TextField()
    detail = peewee.TextField()
    acknowledged_utc = peewee.TextField(null=True)

    class Meta:
        table_name = "red_flag"
