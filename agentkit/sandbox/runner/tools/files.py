"""File tools: read_file, write_file, list_dir, glob. Standard library only; runs inside the sandbox."""

from __future__ import annotations

import os
import re
import stat
from collections.abc import Iterator

from .common import (
    LISTING_MAX_CHARS,
    SNIFF_BYTES,
    BinaryFileError,
    ToolInputError,
    Workspace,
    clip_line,
    looks_binary,
    open_confined,
    require_regular_file,
)

READ_MAX_LINES = 2000  # lines shown per read_file call; the model pages on with start_line
READ_MAX_CHARS = 50_000  # characters shown per read_file call
LINE_MAX_CHARS = 2000  # a longer line is clipped with a marker
WRITE_MAX_BYTES = 10 * 1024 * 1024
LIST_MAX_ENTRIES = 1000
GLOB_MAX_RESULTS = 1000
BRACE_MAX_EXPANSIONS = 64
# Directories shown by list_dir/glob but never descended into: large, generated, rarely what the model wants.
NOT_DESCENDED = frozenset({".git", "node_modules", "__pycache__", ".venv", ".mypy_cache", ".pytest_cache"})


def _count_lines(real: str) -> int:
    """Lines in a file: newline count, plus one for a last line without a newline."""
    count = 0
    last = b"\n"
    with open(real, "rb") as handle:
        while chunk := handle.read(1 << 20):
            count += chunk.count(b"\n")
            last = chunk[-1:]
    return count + (0 if last == b"\n" else 1)


def _strip_newline(line: str) -> str:
    line = line.removesuffix("\n")
    line = line.removesuffix("\r")
    return line


def read_file(workspace: str, path: str, start_line: int = 1, end_line: int | None = None) -> str:
    ws = Workspace(workspace)
    res = ws.resolve(path)
    if not os.path.exists(res.real):
        raise ToolInputError(f"{res.shown} does not exist (use list_dir or glob to find the right path)")
    if os.path.isdir(res.real):
        raise ToolInputError(f"{res.shown} is a directory, not a file (use list_dir to see what it contains)")
    require_regular_file(res)
    if start_line < 1:
        raise ToolInputError(f"start_line must be 1 or more (lines are numbered from 1), got {start_line}")
    if end_line is not None and end_line < start_line:
        raise ToolInputError(f"end_line ({end_line}) is before start_line ({start_line})")
    size = os.path.getsize(res.real)
    if size == 0:
        return f"{res.shown} is empty (0 bytes)"
    with open_confined(res, "rb") as handle:
        if looks_binary(handle.read(SNIFF_BYTES)):
            raise BinaryFileError(
                f"{res.shown} is a binary file ({size} bytes, contains NUL bytes); read_file shows text only "
                "(use the shell tool, e.g. `file` or `xxd | head`)"
            )
    total = _count_lines(res.real)
    if start_line > total:
        raise ToolInputError(
            f"start_line {start_line} is past the end of {res.shown}, which has {total} lines"
        )
    last_wanted = total if end_line is None else min(end_line, total)
    shown_lines: list[str] = []
    chars = 0
    stopped_at: int | None = None
    with open_confined(res, "rb") as handle:
        for number, raw in enumerate(handle, start=1):
            if number < start_line:
                continue
            if number > last_wanted:
                break
            if len(shown_lines) >= READ_MAX_LINES or chars >= READ_MAX_CHARS:
                stopped_at = number
                break
            try:
                text = raw.decode("utf-8")
            except UnicodeDecodeError as exc:
                raise BinaryFileError(
                    f"{res.shown} is not UTF-8 text (invalid byte 0x{raw[exc.start]:02x} on line {number}); "
                    "read_file shows UTF-8 text only (use the shell tool, e.g. `iconv` or `xxd`)"
                ) from None
            rendered = f"{number:>6}\t{clip_line(_strip_newline(text), LINE_MAX_CHARS)}"
            shown_lines.append(rendered)
            chars += len(rendered) + 1
    last_shown = start_line + len(shown_lines) - 1
    header = f"{res.shown}: lines {start_line}-{last_shown} of {total}"
    body = "\n".join(shown_lines)
    if stopped_at is not None:
        body += (
            f"\n[... output limit reached; {last_wanted - last_shown} more lines requested. "
            f"Continue with start_line={stopped_at}]"
        )
    return f"{header}\n{body}"


def write_file(workspace: str, path: str, content: str, create_dirs: bool = True) -> str:
    ws = Workspace(workspace)
    res = ws.resolve(path)
    data = content.encode("utf-8")
    if len(data) > WRITE_MAX_BYTES:
        raise ToolInputError(
            f"content is {len(data)} bytes, over the {WRITE_MAX_BYTES}-byte limit of write_file"
        )
    if os.path.isdir(res.real):
        raise ToolInputError(f"{res.shown} is a directory; give the path of a file to write")
    parent = os.path.dirname(res.real)
    if not os.path.isdir(parent):
        if os.path.exists(parent):
            raise ToolInputError(
                f"cannot create {res.shown}: {ws.show(parent)} exists and is not a directory"
            )
        if not create_dirs:
            raise ToolInputError(
                f"the directory {ws.show(parent)} does not exist (pass create_dirs=true to create it)"
            )
        os.makedirs(parent, exist_ok=True)
    existed = os.path.exists(res.real)
    old_size = os.path.getsize(res.real) if existed else 0
    # Write in place (not replace) so an existing file keeps its mode, e.g. an executable script.
    with open_confined(res, "wb") as handle:
        handle.write(data)
    lines = content.count("\n") + (0 if content.endswith("\n") or content == "" else 1)
    if existed:
        return f"overwrote {res.shown}: {len(data)} bytes, {lines} lines (was {old_size} bytes)"
    return f"created {res.shown}: {len(data)} bytes, {lines} lines"


def _describe_entry(full: str, name: str) -> str:
    try:
        info = os.lstat(full)
    except OSError as exc:
        return f"{name}  (unreadable: {exc.strerror})"
    if stat.S_ISLNK(info.st_mode):
        return f"{name} -> {os.readlink(full)}"
    if stat.S_ISDIR(info.st_mode):
        return f"{name}/"
    return f"{name}  ({info.st_size} bytes)"


def list_dir(workspace: str, path: str = ".", depth: int = 1) -> str:
    ws = Workspace(workspace)
    res = ws.resolve(path)
    if not os.path.exists(res.real):
        raise ToolInputError(f"{res.shown} does not exist")
    if not os.path.isdir(res.real):
        raise ToolInputError(f"{res.shown} is a file, not a directory (use read_file to read it)")
    if not 1 <= depth <= 5:
        raise ToolInputError(f"depth must be between 1 and 5, got {depth}")
    lines: list[str] = []
    total = 0
    chars = 0

    def visit(directory: str, prefix: str, level: int) -> None:
        nonlocal total, chars
        try:
            names = sorted(os.listdir(directory))
        except OSError as exc:
            lines.append(f"{prefix}(cannot list: {exc.strerror})")
            return
        for name in names:
            total += 1
            full = os.path.join(directory, name)
            if len(lines) < LIST_MAX_ENTRIES and chars < LISTING_MAX_CHARS:
                lines.append(_describe_entry(full, prefix + name))
                chars += len(lines[-1]) + 1
            is_real_dir = os.path.isdir(full) and not os.path.islink(full)
            if is_real_dir and level < depth and name not in NOT_DESCENDED:
                visit(full, prefix + name + "/", level + 1)

    visit(res.real, "", 1)
    if not lines:
        return f"{res.shown}/ is empty"
    header = f"{res.shown}/ ({total} entries" + (f", depth {depth})" if depth > 1 else ")")
    if total > len(lines):
        lines.append(f"[... {total - len(lines)} more entries not shown; list a subdirectory or lower depth]")
    return header + "\n" + "\n".join(lines)


def _expand_braces(pattern: str) -> list[str]:
    """Expand shell-style alternatives: 'src/*.{ts,tsx}' -> ['src/*.ts', 'src/*.tsx'] (no nesting)."""
    results = [pattern]
    expanded: list[str] = []
    while results:
        current = results.pop()
        match = re.search(r"\{([^{}]*,[^{}]*)\}", current)
        if match is None:
            expanded.append(current)
        else:
            for option in match.group(1).split(","):
                results.append(current[: match.start()] + option + current[match.end() :])
        if len(expanded) + len(results) > BRACE_MAX_EXPANSIONS:
            raise ToolInputError(
                f"pattern {pattern!r} expands to more than {BRACE_MAX_EXPANSIONS} alternatives"
            )
    return sorted(set(expanded))


def glob_to_regex(pattern: str) -> re.Pattern[str]:
    """Translate a glob ('**' any depth, '*' and '?' within one path segment, '[...]') to a regex."""
    out: list[str] = []
    i = 0
    n = len(pattern)
    while i < n:
        char = pattern[i]
        if pattern.startswith("**", i):
            i += 2
            if i < n and pattern[i] == "/":
                out.append("(?:.*/)?")
                i += 1
            else:
                out.append(".*")
        elif char == "*":
            out.append("[^/]*")
            i += 1
        elif char == "?":
            out.append("[^/]")
            i += 1
        elif char == "[":
            close = pattern.find("]", i + 2 if pattern[i + 1 : i + 2] in ("!", "^") else i + 1)
            if close == -1:
                out.append(re.escape(char))
                i += 1
            else:
                inner = pattern[i + 1 : close]
                if inner[:1] in ("!", "^"):
                    inner = "^" + inner[1:]
                out.append("[" + inner.replace("\\", "\\\\") + "]")
                i = close + 1
        else:
            out.append(re.escape(char))
            i += 1
    return re.compile("(?s:" + "".join(out) + r")\Z")


def _walk(base: str, max_depth: int | None) -> Iterator[tuple[str, bool]]:
    """Yield (path relative to base with '/', is_dir) for everything under base, not following symlinks."""
    for directory, dirnames, filenames in os.walk(base, followlinks=False):
        rel_dir = os.path.relpath(directory, base)
        level = 0 if rel_dir == "." else rel_dir.count(os.sep) + 1
        prefix = "" if rel_dir == "." else rel_dir.replace(os.sep, "/") + "/"
        dirnames.sort()
        for name in dirnames:
            yield prefix + name, True
        # Prune after yielding so that e.g. 'node_modules' itself can still match.
        dirnames[:] = [
            d for d in dirnames if d not in NOT_DESCENDED and (max_depth is None or level + 1 < max_depth)
        ]
        for name in sorted(filenames):
            yield prefix + name, False


def glob(workspace: str, pattern: str, path: str = ".") -> str:
    ws = Workspace(workspace)
    res = ws.resolve(path)
    if not os.path.isdir(res.real):
        raise ToolInputError(f"{res.shown} is not a directory; path is the directory the pattern starts from")
    if pattern.strip() == "":
        raise ToolInputError("pattern is empty; give a glob such as '**/*.py'")
    if pattern.startswith("/") or ".." in pattern.split("/"):
        raise ToolInputError(
            f"pattern {pattern!r} must be relative to path and may not contain '..' "
            "(set path to choose the starting directory)"
        )
    # 'src/' means the directory itself: paths are matched without a trailing slash.
    patterns = _expand_braces(pattern.removeprefix("./").rstrip("/") or "*")
    regexes = [glob_to_regex(p) for p in patterns]
    max_depth = None if "**" in pattern else max(p.count("/") + 1 for p in patterns)
    matches: list[str] = []
    total = 0
    chars = 0
    for rel, is_dir in _walk(res.real, max_depth):
        if any(r.match(rel) for r in regexes):
            total += 1
            if len(matches) < GLOB_MAX_RESULTS and chars < LISTING_MAX_CHARS:
                shown = rel if res.shown == "." else f"{res.shown}/{rel}"
                matches.append(shown + ("/" if is_dir else ""))
                chars += len(matches[-1]) + 1
    if not matches:
        hint = ""
        if "/" not in pattern and "**" not in pattern:
            hint = f"; '*' does not cross directories, use '**/{pattern}' to search subdirectories too"
        return f"no paths under {res.shown} match {pattern!r}{hint}"
    out = "\n".join(matches)
    if total > len(matches):
        out += f"\n[... {total - len(matches)} more matches not shown; narrow the pattern]"
    return out
