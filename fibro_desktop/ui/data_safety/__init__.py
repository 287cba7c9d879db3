"""Data-safety dialogs: backups and restore, export, import, and the
"your data could not be opened" dialog. They do no work themselves: they
ask a :class:`~fibro_desktop.wiring.data_safety.DataSafety` object, built by
the wiring, which calls the store."""
