"""Tar archives that come out of a sandbox: checked member by member, extracted only safely.

An archive from ``get_archive`` was written by code the sandbox ran, so it is treated like any
untrusted tarball: each member must pass the standard library's ``data`` extraction filter
(``tarfile.data_filter``: no absolute names, no ``..``, no link pointing outside the destination or to
an absolute path, no devices or FIFOs, no setuid bits). `validate_archive` applies it without writing
anything; `safe_extract` extracts with the same filter.
"""

from __future__ import annotations

import io
import os
import tarfile
from pathlib import Path

from agentkit.sandbox.base import PathEscape, SandboxError

# A destination that exists nowhere: the filter only compares paths against it.
_PROBE_DEST = "/agentkit-archive-check"


def validate_archive(data: bytes, *, where: str = "archive") -> None:
    """PathEscape naming the first member the ``data`` filter refuses; SandboxError if not a tar."""
    try:
        with tarfile.open(fileobj=io.BytesIO(data), mode="r:*") as archive:
            for member in archive:
                try:
                    tarfile.data_filter(member, _PROBE_DEST)
                except tarfile.FilterError as exc:
                    raise PathEscape(f"{where}: unsafe archive member {member.name!r}: {exc}") from None
    except tarfile.TarError as exc:
        raise SandboxError(f"{where}: not a valid tar archive: {exc}") from None


def safe_extract(data: bytes, dest: str | os.PathLike[str]) -> list[str]:
    """Extract a tar archive (e.g. from ``get_archive``) under ``dest`` with the ``data`` filter;
    returns the member names. Nothing is written if any member is refused."""
    validate_archive(data, where=f"extracting into {dest}")
    Path(dest).mkdir(parents=True, exist_ok=True)
    with tarfile.open(fileobj=io.BytesIO(data), mode="r:*") as archive:
        archive.extractall(dest, filter="data")
        return archive.getnames()
