"""The application's identity: names used for settings, paths and the OS.

Kept free of Qt so the CLI can print ``--version`` without importing it; the
Qt side applies these through :func:`fibro_desktop.ui.bootstrap.apply_identity`.
"""

ORGANIZATION_NAME = "FibroDesktop"
ORGANIZATION_DOMAIN = "fibrodesktop.org"
APPLICATION_NAME = "fibro-desktop"
DISPLAY_NAME = "Fibro Desktop"
BUNDLE_ID = "org.fibrodesktop.FibroDesktop"
