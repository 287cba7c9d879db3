"""Sign the Windows program and installer with ``signtool``, when the
certificate is there.

Environment (all unset = unsigned; SmartScreen then asks people to choose
"More info → Run anyway", as the README explains):

``WINDOWS_CERTIFICATE_PFX_BASE64``
    the code-signing certificate with its key, a ``.pfx`` in base64
    (a GitHub secret);
``WINDOWS_CERTIFICATE_PASSWORD``
    its password;
``WINDOWS_TIMESTAMP_URL``
    an RFC 3161 time-stamp server (default DigiCert's), so signatures stay
    valid after the certificate expires.

``packaging/build.py package`` signs ``fibro-desktop.exe`` and
``fibro-desktop-cli.exe`` before Inno Setup packs them, then the installer.
"""

from __future__ import annotations

import base64
import os
import shutil
import subprocess
import tempfile
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

DEFAULT_TIMESTAMP_URL = "http://timestamp.digicert.com"
Runner = Callable[[list[str]], object]


def signtool_command(signtool: str, pfx: Path, password: str, files: Sequence[Path],
                     timestamp_url: str = DEFAULT_TIMESTAMP_URL) -> list[str]:
    """SHA-256 file digest and SHA-256 RFC 3161 time stamp, all files at once."""
    return [signtool, "sign", "/fd", "SHA256", "/tr", timestamp_url, "/td", "SHA256",
            "/f", str(pfx), "/p", password, *(str(f) for f in files)]


def find_signtool() -> str:
    found = shutil.which("signtool")
    if found:
        return found
    kits = Path(os.environ.get("ProgramFiles(x86)", r"C:\Program Files (x86)")) / "Windows Kits" / "10" / "bin"
    candidates = sorted(kits.glob("10.*/x64/signtool.exe"))
    if not candidates:
        raise SystemExit("signtool.exe not found: install the Windows SDK")
    return str(candidates[-1])


def sign(files: Sequence[Path], environ: Mapping[str, str] = os.environ,
         run: Runner = lambda cmd: subprocess.run(cmd, check=True),
         signtool: Callable[[], str] = find_signtool) -> bool:
    """Sign ``files`` when the certificate is set; ``False`` (and a note)
    when it is not. The certificate lives in a temporary file only while
    signtool runs."""
    encoded = environ.get("WINDOWS_CERTIFICATE_PFX_BASE64", "")
    if not encoded:
        print("[sign] WINDOWS_CERTIFICATE_PFX_BASE64 not set: not signed (SmartScreen will ask once)")
        return False
    with tempfile.TemporaryDirectory() as tmp:
        pfx = Path(tmp) / "certificate.pfx"
        pfx.write_bytes(base64.b64decode(encoded))
        run(signtool_command(signtool(), pfx, environ.get("WINDOWS_CERTIFICATE_PASSWORD", ""), files,
                             environ.get("WINDOWS_TIMESTAMP_URL") or DEFAULT_TIMESTAMP_URL))
    return True
