"""`praktikmatch serve` warns when it is reachable from other machines but mail links point to loopback."""

import os
import subprocess
import sys
import time
from pathlib import Path

from tests.conftest import free_port

ALL_ADDRESSES = "0.0.0.0"  # noqa: S104 - the case under test
WORDS = "PRAKTIKMATCH_BASE_URL is http://127.0.0.1:8000"


def _serve_until(host: str, base_url: str | None, wanted: str) -> str:
    """Starts the real command, reads stderr until `wanted` appears (or 60 s), then stops it."""
    env = dict(os.environ)
    env.pop("PRAKTIKMATCH_BASE_URL", None)
    if base_url:
        env["PRAKTIKMATCH_BASE_URL"] = base_url
    executable = Path(sys.executable).with_name("praktikmatch")
    command = [executable, "serve", "--host", host, "--port", str(free_port())]
    proc = subprocess.Popen(command, env=env, stderr=subprocess.PIPE, text=True)
    seen = ""
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            line = proc.stderr.readline()
            if not line:
                break
            seen += line
            if wanted in line:
                break
    finally:
        proc.terminate()
        proc.wait(timeout=20)
    return seen


def test_serve_on_all_addresses_with_a_loopback_base_url_warns_on_stderr():
    seen = _serve_until(ALL_ADDRESSES, None, "warning: serve listens")
    assert "warning: serve listens on 0.0.0.0" in seen
    assert WORDS in seen and "would point to" in seen
    assert seen.count("serve listens on 0.0.0.0") == 2  # the log record and the stderr line


def test_no_warning_when_the_base_url_is_public():
    seen = _serve_until(ALL_ADDRESSES, "https://praktik.example.se", "Uvicorn running")
    assert "Uvicorn running" in seen, seen
    assert "warning: serve listens" not in seen
