"""The Pacing tab: a break timer for desk work that runs from the tray.

``driver`` owns the pure machine and the one timer; ``page`` is the tab;
``panel`` the non-modal break window; ``settings_form`` the settings;
``config`` maps preferences to a :class:`PacingConfig`.
"""
