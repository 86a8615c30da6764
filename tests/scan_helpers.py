"""What the scanner tests share: a scan's order-free view, a folder an unprivileged child may use, and
running a scenario without root (root reads a folder whatever its mode). A plugin of the suite (conftest)."""

from __future__ import annotations

import os
import shutil
import stat
import tempfile
import traceback
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from agentkit.coding.scan import WorkspaceScan

NOBODY = 65534


def view(scan: WorkspaceScan) -> dict[str, object]:
    """What a scan says, in a form that does not depend on listing order."""
    return {
        "files": scan.files,
        "unsafe": sorted(scan.unsafe),
        "nested": sorted(scan.nested_repositories),
        "listings": {at: (x.ino, sorted(x.files), x.subdirs) for at, x in scan.listings.items()},
        "multi_linked": scan.multi_linked,
    }


def give_to_nobody(top: Path) -> None:
    """Make ``top`` and everything below it the unprivileged user's, when the suite runs as root."""
    if os.geteuid() == 0:
        for path in [top, *top.rglob("*")]:
            os.chown(path, NOBODY, NOBODY)


def run_unprivileged(scenario: Callable[[], None]) -> None:
    """Run ``scenario`` in a child that has dropped root, if the suite runs as root: root reads a folder
    whatever its mode, so an unreadable folder exists only for an ordinary user."""
    if os.geteuid() != 0:
        scenario()
        return
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child reports through its exit status
        code = 1
        try:
            os.setgid(NOBODY)
            os.setuid(NOBODY)
            scenario()
            code = 0
        except BaseException:  # noqa: BLE001 - the child reports any failure through its exit status
            traceback.print_exc()
        finally:
            os._exit(code)
    _, status = os.waitpid(pid, 0)
    assert os.waitstatus_to_exitcode(status) == 0, "the unprivileged scenario failed (traceback above)"


@pytest.fixture
def base() -> Iterator[Path]:
    """A folder an unprivileged child may use (pytest's own is private to root when it runs as root)."""
    folder = Path(tempfile.mkdtemp(prefix="scan-"))
    if os.geteuid() == 0:
        os.chown(folder, NOBODY, NOBODY)
    yield folder
    for path in [folder, *folder.rglob("*")]:
        if path.is_dir() and not path.is_symlink():
            os.chmod(path, stat.S_IRWXU)
    shutil.rmtree(folder)
