"""Child process for the crash test: protect a data folder, say when done.

    python tests/encryption/convert_child.py DATA_DIR PASSPHRASE
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from fibro_desktop.store.database import database_path  # noqa: E402
from fibro_desktop.store.protection import convert_database  # noqa: E402

print("start", flush=True)
convert_database(database_path(Path(sys.argv[1])), None, sys.argv[2])
print("done", flush=True)
