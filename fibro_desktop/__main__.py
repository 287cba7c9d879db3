"""Allows ``python -m fibro_desktop``."""

import sys

from fibro_desktop.cli import main

sys.exit(main())
