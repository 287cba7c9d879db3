"""The composition root, one module per feature.

``app.py`` builds the shared objects and the window; each module here builds
one feature's tab and connects it to the rest. A feature module may define:

* ``tab(ctx) -> TabSpec``: its tab (pages are created lazily by the factory);
* ``wire(shell, ctx) -> None``: menu entries, tray actions, shortcuts,
  cross-tab connections (through ``ctx.intents``), start/quit hooks;
* ``smoke_check(shell, ctx) -> None``: an extra ``--smoke-test`` check that
  raises on failure.

The order of :data:`FEATURES` is the order of the tabs.
"""

from __future__ import annotations

from fibro_desktop.wiring import charts, data_safety, encryption, journal, learn, pacing, relax, toolkit

FEATURES = (journal, pacing, relax, toolkit, charts, data_safety, encryption, learn)
