"""Persistence on SQLite through peewee; never imports Qt.

Use :func:`fibro_desktop.store.database.open_database` to get a ready
database (pragmas set, migrated, models bound). Query functions live in the
feature modules of this package, take the database as their first argument,
and return plain dataclasses so that widgets never touch the ORM.
"""
