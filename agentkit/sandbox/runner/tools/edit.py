"""edit: replace one exact, unique string in a file. Standard library only; runs inside the sandbox.

When the string is not found, the error shows the most similar region of the file (with line
numbers and a diff against what was asked), so the model can correct its next attempt without
re-reading the whole file. When it is found several times, the error lists where.
"""

from __future__ import annotations

import difflib
import re
from collections import defaultdict

from .common import ToolInputError, Workspace, open_confined, read_text_file

EDIT_MAX_BYTES = 5 * 1024 * 1024
SNIPPET_CONTEXT = 3  # lines of context around an edit or a near miss
SNIPPET_MAX_LINES = 40
CLOSEST_MIN_RATIO = 0.4  # below this, nothing in the file is "close"
FINAL_CANDIDATES = 24  # windows scored with the full (slow) similarity
READ_FILE_PREFIX = re.compile(r"^\s*\d+\t")


def _line_of(text: str, offset: int) -> int:
    return text.count("\n", 0, offset) + 1


def _numbered(lines: list[str], first: int, last: int) -> str:
    """Lines first..last (1-based, inclusive, clamped) in read_file's numbered format."""
    first = max(first, 1)
    last = min(last, len(lines))
    if last - first + 1 > SNIPPET_MAX_LINES:
        last = first + SNIPPET_MAX_LINES - 1
    return "\n".join(f"{n:>6}\t{lines[n - 1]}" for n in range(first, last + 1))


def _span(first: int, last: int) -> str:
    return f"line {first}" if first == last else f"lines {first}-{last}"


def _all_offsets(text: str, needle: str) -> list[int]:
    offsets = []
    start = text.find(needle)
    while start != -1:
        offsets.append(start)
        start = text.find(needle, start + 1)
    return offsets


def _candidate_starts(file_lines: list[str], old_lines: list[str]) -> set[int]:
    """Window starts worth scoring: where some line of old_string appears (exactly or nearly)."""
    stripped = [line.strip() for line in file_lines]
    where: dict[str, list[int]] = defaultdict(list)
    for index, line in enumerate(stripped):
        if line:
            where[line].append(index)
    starts: set[int] = set()
    for offset, old_line in enumerate(old_lines):
        key = old_line.strip()
        if not key:
            continue
        for index in where.get(key, ()):
            starts.add(index - offset)
    if len(starts) < FINAL_CANDIDATES:
        # Every line may carry a typo: look for near matches of the longest lines of old_string.
        longest = sorted(
            ((line.strip(), offset) for offset, line in enumerate(old_lines) if line.strip()),
            key=lambda item: -len(item[0]),
        )[:4]
        unique_lines = list(where)
        for key, offset in longest:
            for close in difflib.get_close_matches(key, unique_lines, n=4, cutoff=0.5):
                for index in where[close][:20]:
                    starts.add(index - offset)
    return {s for s in starts if -len(old_lines) < s < len(file_lines)}


def closest_region(file_lines: list[str], old: str) -> tuple[int, int, float] | None:
    """(first line, last line, similarity) of the region most like old, 1-based inclusive."""
    old_lines = old.splitlines() or [old]
    k = len(old_lines)
    starts = _candidate_starts(file_lines, old_lines)
    if not starts:
        return None
    matcher = difflib.SequenceMatcher(autojunk=False)
    # Compare line content only: a trailing newline in old must not pull in an extra blank line.
    matcher.set_seq2("\n".join(old_lines))
    # Cheap ranking first: how many of old's lines the window contains verbatim (ignoring indentation).
    old_keys = {line.strip() for line in old_lines if line.strip()}

    def overlap(start: int) -> int:
        window = file_lines[max(start, 0) : start + k]
        return sum(1 for line in window if line.strip() in old_keys)

    ranked = sorted(starts, key=lambda s: (-overlap(s), s))[:FINAL_CANDIDATES]
    best: tuple[int, int, float] | None = None
    for start in ranked:
        for size in (k - 1, k, k + 1):
            first = max(start, 0)
            last = min(start + size, len(file_lines))
            if last <= first:
                continue
            matcher.set_seq1("\n".join(file_lines[first:last]))
            if best is not None and matcher.real_quick_ratio() <= best[2]:
                continue
            if best is not None and matcher.quick_ratio() <= best[2]:
                continue
            ratio = matcher.ratio()
            if best is None or ratio > best[2]:
                best = (first + 1, last, ratio)
    return best


def _no_match_error(shown: str, text: str, old: str) -> ToolInputError:
    file_lines = text.splitlines()
    old_lines = old.splitlines()
    hints: list[str] = []
    if old_lines and all(READ_FILE_PREFIX.match(line) for line in old_lines if line.strip()):
        hints.append(
            "old_string seems to include the line-number prefixes that read_file shows; "
            "those are not part of the file, leave them out"
        )
    region = closest_region(file_lines, old)
    if region is None or region[2] < CLOSEST_MIN_RATIO:
        message = (
            f"old_string was not found in {shown}, and no similar region exists in the file; "
            "read the file again (read_file) to see its current content"
        )
        return ToolInputError("\n".join([message, *hints]))
    first, last, ratio = region
    found = file_lines[first - 1 : last]
    if [line.strip() for line in found] == [line.strip() for line in old_lines]:
        hints.append(
            "the region matches except for whitespace (indentation, tabs versus spaces or trailing "
            "spaces); copy it exactly as shown"
        )
    diff = list(
        difflib.unified_diff(
            old_lines, found, "old_string", f"{shown} lines {first}-{last}", n=1, lineterm=""
        )
    )[:SNIPPET_MAX_LINES]
    parts = [
        (
            f"old_string was not found in {shown}. The closest region is lines {first}-{last} "
            f"({ratio:.0%} similar):"
        ),
        _numbered(file_lines, first - SNIPPET_CONTEXT, last + SNIPPET_CONTEXT),
        "Differences (- your old_string, + the file):",
        "\n".join(diff),
        *hints,
        "Retry with old_string copied exactly from the file (without the line-number prefixes).",
    ]
    return ToolInputError("\n".join(parts))


def edit(workspace: str, path: str, old_string: str, new_string: str) -> str:
    ws = Workspace(workspace)
    res = ws.resolve(path)
    if old_string == "":
        raise ToolInputError(
            "old_string is empty; to create a file use write_file, to insert text include an existing "
            "neighbouring line in old_string and repeat it in new_string"
        )
    if old_string == new_string:
        raise ToolInputError("old_string and new_string are identical; nothing would change")
    text = read_text_file(res, max_bytes=EDIT_MAX_BYTES)
    offsets = _all_offsets(text, old_string)
    old, new = old_string, new_string
    if not offsets and "\r\n" in text and "\r\n" not in old_string:
        # A CRLF file edited with LF text: match and write in the file's own line endings.
        old, new = old_string.replace("\n", "\r\n"), new_string.replace("\n", "\r\n")
        offsets = _all_offsets(text, old)
    if not offsets:
        raise _no_match_error(res.shown, text, old_string)
    if len(offsets) > 1:
        lines = ", ".join(str(_line_of(text, offset)) for offset in offsets[:50])
        more = f" (and {len(offsets) - 50} more)" if len(offsets) > 50 else ""
        raise ToolInputError(
            f"old_string occurs {len(offsets)} times in {res.shown}, starting at lines {lines}{more}; "
            "it must be unique: include more surrounding lines in old_string so that it matches one place"
        )
    offset = offsets[0]
    updated = text[:offset] + new + text[offset + len(old) :]
    with open_confined(res, "wb") as handle:
        handle.write(updated.encode("utf-8"))
    first = _line_of(text, offset)
    old_last = first + old.count("\n")
    new_last = first + new.count("\n")
    new_lines = updated.splitlines()
    snippet = _numbered(new_lines, first - SNIPPET_CONTEXT, new_last + SNIPPET_CONTEXT)
    return f"edited {res.shown}: replaced {_span(first, old_last)} with {_span(first, new_last)}; now:\n{snippet}"
