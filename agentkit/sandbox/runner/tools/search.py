"""grep: regex search over the workspace. Standard library only; runs inside the sandbox."""

from __future__ import annotations

import os
import re
import stat
from collections.abc import Iterator
from dataclasses import dataclass, field

from .common import (
    LISTING_MAX_CHARS,
    SNIFF_BYTES,
    ToolInputError,
    Workspace,
    clip_line,
    looks_binary,
)
from .files import NOT_DESCENDED, glob_to_regex

GREP_MAX_FILE_BYTES = 5 * 1024 * 1024  # larger files are skipped (and counted as skipped)
GREP_DEFAULT_RESULTS = 200
GREP_MAX_RESULTS = 2000
MATCH_LINE_CHARS = 300


@dataclass
class _Tally:
    files: int = 0
    binary: int = 0
    large: int = 0
    unreadable: int = 0
    matched_files: int = 0
    chars: int = 0
    stopped: bool = False  # the result cap (count or characters) was reached
    lines: list[str] = field(default_factory=list)


def _count(n: int, noun: str) -> str:
    plural = noun + ("es" if noun.endswith("ch") else "s")
    return f"{n} {noun if n == 1 else plural}"


def _compile(pattern: str, ignore_case: bool) -> re.Pattern[str]:
    if pattern == "":
        raise ToolInputError("pattern is empty; give a regular expression such as 'def main' or 'TODO|FIXME'")
    try:
        return re.compile(pattern, re.IGNORECASE if ignore_case else 0)
    except re.error as exc:
        where = f" at position {exc.pos}" if exc.pos is not None else ""
        raise ToolInputError(
            f"invalid regular expression {pattern!r}: {exc.msg}{where} "
            "(this is Python `re` syntax; escape literal ( [ { . * + ? | \\ with a backslash)"
        ) from None


def _include_matcher(include: str | None) -> re.Pattern[str] | None:
    if include is None or include.strip() == "":
        return None
    return glob_to_regex(include)


def _files_under(base: str) -> Iterator[str]:
    for directory, dirnames, filenames in os.walk(base, followlinks=False):
        dirnames[:] = sorted(d for d in dirnames if d not in NOT_DESCENDED)
        for name in sorted(filenames):
            yield os.path.join(directory, name)


def _search_file(
    ws: Workspace, real: str, shown: str, regex: re.Pattern[str], tally: _Tally, cap: int
) -> None:
    if os.path.islink(real) and not ws.contains(os.path.realpath(real)):
        return  # a symlink out of the workspace is not followed
    try:
        info = os.stat(real)
        if not stat.S_ISREG(info.st_mode):
            return  # a FIFO or device would block or never end
        size = info.st_size
        if size > GREP_MAX_FILE_BYTES:
            tally.large += 1
            return
        with open(real, "rb") as handle:
            data = handle.read()
    except OSError:
        tally.unreadable += 1
        return
    if looks_binary(data[:SNIFF_BYTES]):
        tally.binary += 1
        return
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        tally.binary += 1
        return
    tally.files += 1
    found = False
    for number, line in enumerate(text.splitlines(), start=1):
        if regex.search(line):
            found = True
            if len(tally.lines) < cap and tally.chars < LISTING_MAX_CHARS:
                tally.lines.append(f"{shown}:{number}:{clip_line(line, MATCH_LINE_CHARS)}")
                tally.chars += len(tally.lines[-1]) + 1
            else:
                tally.stopped = True
                break
    if found:
        tally.matched_files += 1


def grep(
    workspace: str,
    pattern: str,
    path: str = ".",
    include: str | None = None,
    ignore_case: bool = False,
    max_results: int = GREP_DEFAULT_RESULTS,
) -> str:
    ws = Workspace(workspace)
    res = ws.resolve(path)
    regex = _compile(pattern, ignore_case)
    if not 1 <= max_results <= GREP_MAX_RESULTS:
        raise ToolInputError(f"max_results must be between 1 and {GREP_MAX_RESULTS}, got {max_results}")
    if not os.path.exists(res.real):
        raise ToolInputError(f"{res.shown} does not exist")
    include_re = _include_matcher(include)
    tally = _Tally()
    if os.path.isfile(res.real):
        _search_file(ws, res.real, res.shown, regex, tally, max_results)
        if tally.binary:
            raise ToolInputError(f"{res.shown} is a binary file; grep searches text files only")
        if tally.large:
            raise ToolInputError(
                f"{res.shown} is larger than {GREP_MAX_FILE_BYTES} bytes; use the shell tool"
            )
    else:
        for real in _files_under(res.real):
            rel = os.path.relpath(real, res.real).replace(os.sep, "/")
            if include_re is not None:
                # Like ripgrep's -g: a pattern without '/' matches the file name at any depth.
                subject = rel if "/" in (include or "") else rel.rsplit("/", 1)[-1]
                if not include_re.match(subject):
                    continue
            _search_file(ws, real, ws.show(real), regex, tally, max_results)
            if tally.stopped:
                break
    skipped = []
    if tally.binary:
        skipped.append(f"{tally.binary} binary")
    if tally.large:
        skipped.append(f"{tally.large} over {GREP_MAX_FILE_BYTES // (1024 * 1024)} MiB")
    if tally.unreadable:
        skipped.append(f"{tally.unreadable} unreadable")
    skipped_note = f"; skipped {', '.join(skipped)} file(s)" if skipped else ""
    if not tally.lines:
        return (
            f"no matches for {pattern!r} under {res.shown} ({tally.files} text files searched{skipped_note})"
        )
    lines = tally.lines
    if tally.stopped:
        footer = f"[stopped after {len(lines)} matches; narrow the pattern, path or include to see the rest]"
    else:
        footer = f"[{_count(len(lines), 'match')} in {_count(tally.matched_files, 'file')}{skipped_note}]"
    return "\n".join(lines) + "\n" + footer
