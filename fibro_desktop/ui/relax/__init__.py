"""The Relax tab: guided audio player, own recordings, ambient layer, sleep
timer, breathing pacer and the listening log. QtMultimedia is imported only
by :mod:`player`, which the page imports when the tab is first opened."""
