"""The Journal tab: quick log, episode editor, timeline, check-in, medications."""
