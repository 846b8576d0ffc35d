"""Atomic file writes: write a temporary file in the target's directory, then ``os.replace`` it.

A reader never sees a half-written output, and an interrupted build leaves the
previous file intact.
"""
from __future__ import annotations

import os
import tempfile
from pathlib import Path

from .errors import OutputError


def atomic_write_bytes(path: str | os.PathLike[str], data: bytes) -> Path:
    """Write ``data`` to ``path`` atomically (creating parent directories); return the path."""
    target = Path(path)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    except OSError as exc:
        raise OutputError(f"{target}: cannot write ({exc.strerror or exc})") from exc
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, 0o644)
        os.replace(tmp, target)
    except OSError as exc:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise OutputError(f"{target}: cannot write ({exc.strerror or exc})") from exc
    return target


def atomic_write_text(path: str | os.PathLike[str], text: str) -> Path:
    """Write ``text`` as UTF-8 to ``path`` atomically; ``\\n`` line endings are kept as is."""
    return atomic_write_bytes(path, text.encode("utf-8"))
