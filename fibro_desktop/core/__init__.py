"""Pure domain logic: vocabulary, rules, statistics, validation.

Nothing in this package imports PySide6 or peewee (tests/test_layers.py
enforces it). Time, randomness and paths are always passed in.
"""
