"""The Toolkit feature's pure rules: the personal rescue kit, the daily
prevention routine, the "a spasm is starting" plan and the care team.

Nothing here imports Qt or peewee; time is always passed in. Default
content is English source text; the UI translates it before seeding.
"""
