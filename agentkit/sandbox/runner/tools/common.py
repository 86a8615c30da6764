"""Shared pieces of the in-sandbox tools: workspace confinement, text/binary sniffing, truncation.

Standard library only (see the package docstring).
"""

from __future__ import annotations

import os
import stat
from typing import BinaryIO, NamedTuple, cast

# How many leading bytes are inspected to decide whether a file is binary.
SNIFF_BYTES = 8192
# Listings (list_dir, glob, grep) stop adding lines past this many characters.
LISTING_MAX_CHARS = 50_000


class ToolInputError(ValueError):
    """The request cannot be carried out; the message says what was wrong and how to fix it.

    These errors are meant for the model: they are returned as the tool's error text, not raised
    as crashes of the runner.
    """


class PathOutsideWorkspace(ToolInputError):
    """A path resolves outside the workspace (through ``..``, an absolute path or a symlink)."""


class BinaryFileError(ToolInputError):
    """A text operation was asked of a file that is not UTF-8 text."""


class Resolved(NamedTuple):
    real: str  # the absolute path with symlinks resolved: what the operation touches
    shown: str  # the path as the model should see it: relative to the workspace, '/'-separated
    root: str = os.sep  # the workspace's real root, where `open_confined` starts its walk


class Workspace:
    """A directory that every path of a tool call must stay inside."""

    def __init__(self, root: str) -> None:
        real_root = os.path.realpath(root)
        if not os.path.isdir(real_root):
            raise ToolInputError(f"the workspace {root!r} is not a directory")
        self.root = real_root

    def contains(self, real_path: str) -> bool:
        if self.root == os.sep:
            return True
        return real_path == self.root or real_path.startswith(self.root + os.sep)

    def show(self, real_or_normalized: str) -> str:
        rel = os.path.relpath(real_or_normalized, self.root)
        return "." if rel == "." else rel.replace(os.sep, "/")

    def resolve(self, path: str, *, what: str = "path") -> Resolved:
        """Map a model-given path to a real path inside the workspace, or raise a clear error.

        Relative paths are taken from the workspace root. ``..`` is allowed while the result stays
        inside (``src/../README.md``); anything that ends up outside, including through a symlink,
        is refused.
        """
        if not isinstance(path, str) or path.strip() == "":
            raise ToolInputError(
                f"{what} is empty; give a path relative to the workspace, e.g. 'src/main.py'"
            )
        if "\0" in path:
            raise ToolInputError(f"{what} {path!r} contains a NUL character")
        joined = path if os.path.isabs(path) else os.path.join(self.root, path)
        normalized = os.path.normpath(joined)
        if not self.contains(normalized):
            raise PathOutsideWorkspace(
                f"{what} {path!r} is outside the workspace {self.root} (it points to {normalized}); "
                "only files under the workspace can be used"
            )
        real = os.path.realpath(normalized)
        if not self.contains(real):
            raise PathOutsideWorkspace(
                f"{what} {path!r} leads outside the workspace {self.root} through a symlink "
                f"(it resolves to {real}); only files under the workspace can be used"
            )
        return Resolved(real=real, shown=self.show(normalized), root=self.root)


def open_confined(res: Resolved, mode: str) -> BinaryIO:
    """Open ``res`` ("rb" or "wb") without trusting the path a second time.

    ``resolve()`` checked the path, but code in the sandbox may swap a directory on it for a symlink
    before the open. So the open walks from a descriptor of the workspace one component at a time with
    O_NOFOLLOW (``res.real`` has no symlinks left, so meeting one means it was swapped in), and the
    file is opened non-blocking and checked with fstat: a FIFO or device is refused, never waited on.
    """
    relative = os.path.relpath(res.real, res.root)
    parts = [] if relative == "." else relative.split(os.sep)
    if not parts:
        raise ToolInputError(f"{res.shown} is a directory, not a file")
    base = os.O_NOFOLLOW | os.O_CLOEXEC
    fd = os.open(res.root, os.O_RDONLY | os.O_DIRECTORY | os.O_CLOEXEC)
    try:
        for part in parts[:-1]:
            try:
                child = os.open(part, os.O_RDONLY | os.O_DIRECTORY | base, dir_fd=fd)
            except (NotADirectoryError, OSError) as exc:
                if isinstance(exc, FileNotFoundError):
                    raise ToolInputError(f"{res.shown}: the directory {part!r} does not exist") from None
                raise PathOutsideWorkspace(
                    f"{res.shown}: {part!r} changed into a symlink or a non-directory while in use; refused"
                ) from None
            os.close(fd)
            fd = child
        flags = (os.O_WRONLY | os.O_CREAT if mode == "wb" else os.O_RDONLY) | base | os.O_NONBLOCK
        try:
            file_fd = os.open(parts[-1], flags, 0o644, dir_fd=fd)
        except OSError as exc:
            if exc.errno == 40:  # ELOOP: the file itself became a symlink
                raise PathOutsideWorkspace(
                    f"{res.shown} changed into a symlink while in use; refused"
                ) from None
            if exc.errno == 6:  # ENXIO: a FIFO nobody reads
                raise ToolInputError(
                    f"{res.shown} is a FIFO, not a regular file; use the shell tool"
                ) from None
            raise
    finally:
        os.close(fd)
    if not stat.S_ISREG(os.fstat(file_fd).st_mode):
        os.close(file_fd)
        raise ToolInputError(
            f"{res.shown} is not a regular file (a FIFO, socket or device); use the shell tool"
        )
    os.set_blocking(file_fd, True)
    handle = cast(BinaryIO, os.fdopen(file_fd, mode))  # mode is 'rb' or 'wb': binary
    if mode == "wb":
        handle.truncate(0)
    return handle


def looks_binary(head: bytes) -> bool:
    """True when the leading bytes contain a NUL byte, the usual sign of a binary file."""
    return b"\0" in head


def decode_text(data: bytes, shown: str) -> str:
    """Decode UTF-8 text, or raise BinaryFileError naming the file and the first bad byte."""
    if looks_binary(data[:SNIFF_BYTES]):
        raise BinaryFileError(
            f"{shown} is a binary file ({len(data)} bytes, contains NUL bytes); "
            "text tools cannot show or edit it (use the shell tool, e.g. `xxd` or `file`)"
        )
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise BinaryFileError(
            f"{shown} is not UTF-8 text (invalid byte 0x{data[exc.start]:02x} at offset {exc.start}); "
            "text tools cannot show or edit it (use the shell tool, e.g. `iconv` or `xxd`)"
        ) from None


def require_regular_file(res: Resolved) -> None:
    """Refuse FIFOs, sockets and devices: reading one could block forever or never end."""
    if not stat.S_ISREG(os.stat(res.real).st_mode):
        raise ToolInputError(
            f"{res.shown} is not a regular file (a FIFO, socket or device); use the shell tool"
        )


def read_text_file(res: Resolved, *, max_bytes: int) -> str:
    """Read a whole text file with the usual checks: exists, is a file, size cap, binary."""
    if not os.path.exists(res.real):
        raise ToolInputError(f"{res.shown} does not exist")
    if os.path.isdir(res.real):
        raise ToolInputError(f"{res.shown} is a directory, not a file")
    require_regular_file(res)
    size = os.path.getsize(res.real)
    if size > max_bytes:
        raise ToolInputError(
            f"{res.shown} is {size} bytes, over the {max_bytes}-byte limit of this tool; "
            "work on it with the shell tool (sed, head, tail) instead"
        )
    with open_confined(res, "rb") as handle:
        data = handle.read()
    return decode_text(data, res.shown)


def truncate_middle(text: str, limit: int, *, what: str = "output") -> tuple[str, bool]:
    """Keep the head and the tail of a long text with a marker saying how much was cut.

    The tail gets the larger share because the end of a command's output (the error, the
    summary) is usually what matters. Cuts fall on line boundaries when that loses little.
    Returns the text and whether it was truncated.
    """
    if len(text) <= limit:
        return text, False
    head_budget = max(limit * 2 // 5, 1)
    tail_budget = max(limit - head_budget, 1)
    head = text[:head_budget]
    newline = head.rfind("\n")
    if newline >= head_budget // 2:
        head = head[: newline + 1]
    tail = text[len(text) - tail_budget :]
    newline = tail.find("\n")
    if 0 <= newline < tail_budget // 2:
        tail = tail[newline + 1 :]
    omitted = text[len(head) : len(text) - len(tail)]
    omitted_lines = omitted.count("\n")
    marker = (
        f"\n[... {len(omitted)} characters ({omitted_lines} lines) omitted from the middle of the {what}; "
        f"{len(text)} characters in total ...]\n"
    )
    return head + marker + tail, True


def clip_line(line: str, limit: int) -> str:
    """Shorten one very long line (minified code, data) with a marker."""
    if len(line) <= limit:
        return line
    return line[:limit] + f" [... {len(line) - limit} more characters on this line]"
