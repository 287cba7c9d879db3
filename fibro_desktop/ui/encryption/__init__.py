"""Encryption at rest, the windows: the passphrase asked at start and the
dialogs that protect the data, change the passphrase or remove protection.

These widgets know nothing of the store: they call the functions the
wiring (:mod:`fibro_desktop.wiring.encryption`) hands them.
"""
