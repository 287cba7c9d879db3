"""Rules of the Relax tab: the session library, the listening log, the
breathing pacer and the sleep-timer fade. Pure Python: time and paths are
passed in."""
