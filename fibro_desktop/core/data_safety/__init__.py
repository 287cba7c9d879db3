"""Pure rules of data safety: backup schedule and retention, the export
format's constants, CSV cell encoding. No Qt, no peewee; time is passed in."""
