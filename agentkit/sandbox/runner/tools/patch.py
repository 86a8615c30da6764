"""apply_patch: apply a unified diff or a Begin Patch block. Standard library only; runs inside the sandbox.

The patch is applied all-or-nothing: every hunk of every file is checked in memory first; if any
fails, nothing is written and the error names each failing hunk (file, hunk header) and the first
line where the file differs from what the hunk expects. A hunk whose line numbers are off is still
applied where its context matches (nearest to the stated position), and whitespace-only
differences in context lines are tolerated; both are reported.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, field

from .common import Resolved, ToolInputError, Workspace, read_text_file
from .edit import CLOSEST_MIN_RATIO, closest_region
from .patch_parse import FilePatch, Hunk, parse_patch

PATCH_MAX_FILE_BYTES = 10 * 1024 * 1024

_NORMALIZERS: list[tuple[str, Callable[[str], str]]] = [
    ("exact", lambda s: s),
    ("ignoring trailing whitespace", str.rstrip),
    ("ignoring whitespace", str.strip),
]


@dataclass
class _Text:
    """A file's content as lines, with what it takes to write it back byte-faithfully."""

    lines: list[str]
    final_newline: bool = True
    crlf: bool = False

    @classmethod
    def parse(cls, text: str) -> _Text:
        crlf = "\r\n" in text and text.count("\r\n") * 2 >= text.count("\n")
        body = text.replace("\r\n", "\n") if crlf else text
        final_newline = body.endswith("\n") or body == ""
        lines = body.split("\n")
        if final_newline:
            lines.pop()
        return cls(lines, final_newline, crlf)

    def render(self) -> str:
        if not self.lines:
            return ""
        newline = "\r\n" if self.crlf else "\n"
        return newline.join(self.lines) + (newline if self.final_newline else "")


@dataclass
class _Outcome:
    added: int = 0
    removed: int = 0
    notes: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


def _matches_at(lines: list[str], block: list[str], pos: int, norm: Callable[[str], str]) -> bool:
    if pos < 0 or pos + len(block) > len(lines):
        return False
    return all(norm(lines[pos + j]) == norm(block[j]) for j in range(len(block)))


def _locate(
    lines: list[str], block: list[str], start_at: int, expected: int | None, at_eof: bool
) -> tuple[int, str] | None:
    """Where block occurs at or after start_at: nearest to expected (or first), strictest match first."""
    for mode, norm in _NORMALIZERS:
        if at_eof:
            pos = len(lines) - len(block)
            if pos >= start_at and _matches_at(lines, block, pos, norm):
                return pos, mode
            continue
        first = norm(block[0])
        hits = [
            pos
            for pos in range(start_at, len(lines) - len(block) + 1)
            if norm(lines[pos]) == first and _matches_at(lines, block, pos, norm)
        ]
        if hits:
            if expected is None:
                return hits[0], mode
            return min(hits, key=lambda pos: (abs(pos - expected), pos)), mode
    return None


def _best_alignment(lines: list[str], block: list[str], expected: int | None) -> tuple[int, int] | None:
    """(start, matching lines) of the placement of block that matches the most lines exactly,
    nearest to the stated position on ties; None when no line of block is in the file."""
    where: dict[str, list[int]] = {}
    for index, line in enumerate(lines):
        where.setdefault(line.strip(), []).append(index)
    starts = {
        index - offset
        for offset, line in enumerate(block)
        if line.strip()
        for index in where.get(line.strip(), ())
    }
    if expected is not None:
        starts.add(expected)

    def score(start: int) -> int:
        return sum(
            1
            for j, line in enumerate(block)
            if 0 <= start + j < len(lines) and lines[start + j].strip() == line.strip()
        )

    ranked = [(score(start), -abs(start - (expected or 0)), start) for start in starts]
    if not ranked:
        return None
    best = max(ranked)
    return (best[2], best[0]) if best[0] > 0 else None


def _diagnose(lines: list[str], block: list[str], expected: int | None) -> str:
    """Say where the hunk comes closest to matching and which line differs first."""
    aligned = _best_alignment(lines, block, expected)
    if aligned is not None:
        start, matching = aligned
        stated = expected is not None and start == expected
        where = (
            f"at its stated position (line {start + 1})"
            if stated
            else f"its best placement, at line {start + 1}, matches {matching} of its {len(block)} lines"
        )
    else:
        region = closest_region(lines, "\n".join(block))
        if region is None or region[2] < CLOSEST_MIN_RATIO:
            return "none of its context or '-' lines were found in the file"
        start = region[0] - 1
        where = f"the closest region is lines {region[0]}-{region[1]} ({region[2]:.0%} similar)"
    for j, wanted in enumerate(block):
        if start + j < 0:
            continue
        if start + j >= len(lines):
            return f"{where}; the file ends at line {len(lines)} but the hunk expects more lines: {wanted!r}"
        if lines[start + j] != wanted:
            return (
                f"{where}; there the file's line {start + j + 1} is {lines[start + j]!r} "
                f"but the hunk expects {wanted!r}"
            )
    return f"{where}, but the match is not exact"


def _apply_hunk(text: _Text, hunk: Hunk, start_at: int, delta: int) -> tuple[int, int, str | None]:
    """Apply one hunk in place. Returns (end position, line-count change, note); raises on failure."""
    block = hunk.old_lines
    expected: int | None = None
    if hunk.old_start is not None:
        base = hunk.old_start if hunk.old_count == 0 else hunk.old_start - 1
        expected = max(base + delta, 0)
    if hunk.anchor is not None:
        anchor = hunk.anchor.strip()
        found = next((k for k in range(start_at, len(text.lines)) if text.lines[k].strip() == anchor), None)
        if found is None:
            raise ToolInputError(
                f"its '@@ {hunk.anchor}' line was not found in the file after line {start_at}"
            )
        start_at = found + 1
    if not block:  # a pure insertion
        if expected is not None:
            pos = min(max(expected, start_at), len(text.lines))
        elif hunk.anchor is not None and not hunk.at_eof:
            pos = start_at
        else:
            pos = len(text.lines)
        mode = "exact"
    else:
        located = _locate(text.lines, block, start_at, expected, hunk.at_eof)
        if located is None:
            raise ToolInputError(_diagnose(text.lines, block, expected))
        pos, mode = located
    # Context lines keep the file's own text, so whitespace tolerance never rewrites them.
    replacement: list[str] = []
    cursor = pos
    for op, line in hunk.lines:
        if op == " ":
            replacement.append(text.lines[cursor])
            cursor += 1
        elif op == "-":
            cursor += 1
        else:
            replacement.append(line)
    reaches_end = pos + len(block) == len(text.lines)
    text.lines[pos : pos + len(block)] = replacement
    if reaches_end or hunk.at_eof:
        if hunk.new_no_eol:
            text.final_newline = False
        elif hunk.old_no_eol:
            text.final_newline = True
    notes = []
    if expected is not None and pos != expected:
        notes.append(f"applied at line {pos + 1} instead of {expected + 1}")
    if mode != "exact":
        notes.append(f"matched {mode}")
    return pos + len(replacement), len(replacement) - len(block), "; ".join(notes) or None


def _apply_hunks(text: _Text, patch: FilePatch, shown: str, outcome: _Outcome) -> None:
    start_at = 0
    delta = 0
    for number, hunk in enumerate(patch.hunks, start=1):
        label = f"{shown}: hunk {number} of {len(patch.hunks)} ({hunk.header})"
        try:
            start_at, change, note = _apply_hunk(text, hunk, start_at, delta)
        except ToolInputError as exc:
            outcome.errors.append(f"{label} does not apply: {exc}")
            continue
        delta += change
        outcome.added += sum(1 for op, _ in hunk.lines if op == "+")
        outcome.removed += sum(1 for op, _ in hunk.lines if op == "-")
        if note:
            outcome.notes.append(f"{label} {note}")


class _Files:
    """The in-memory state of every file the patch touches; nothing is written until all hunks apply."""

    def __init__(self, ws: Workspace) -> None:
        self.ws = ws
        self.content: dict[str, str | None] = {}
        self.original: dict[str, bool] = {}

    def resolve(self, path: str) -> Resolved:
        return self.ws.resolve(path, what="patch path")

    def get(self, res: Resolved) -> str | None:
        if res.real not in self.content:
            exists = os.path.exists(res.real)
            self.original[res.real] = exists
            self.content[res.real] = read_text_file(res, max_bytes=PATCH_MAX_FILE_BYTES) if exists else None
        return self.content[res.real]

    def set(self, res: Resolved, text: str | None) -> None:
        self.get(res)
        self.content[res.real] = text

    def write_all(self) -> None:
        for real, text in self.content.items():
            if text is None:
                if self.original[real]:
                    os.remove(real)
                continue
            os.makedirs(os.path.dirname(real), exist_ok=True)
            with open(real, "wb") as handle:
                handle.write(text.encode("utf-8"))


def _apply_file(files: _Files, patch: FilePatch) -> tuple[str, _Outcome]:
    outcome = _Outcome()
    res = files.resolve(patch.path)
    current = files.get(res)
    if patch.kind == "add":
        if current is not None:
            outcome.errors.append(f"cannot add {res.shown}: it already exists (patch it, or use write_file)")
            return "", outcome
        bad = [h.header for h in patch.hunks if any(op != "+" for op, _ in h.lines)]
        if bad:
            outcome.errors.append(
                f"cannot add {res.shown}: a new file's hunk may only have '+' lines ({bad[0]})"
            )
            return "", outcome
        new = _Text([line for h in patch.hunks for line in h.new_lines])
        new.final_newline = not any(h.new_no_eol for h in patch.hunks)
        files.set(res, new.render())
        return f"A {res.shown} (+{len(new.lines)})", outcome
    if current is None:
        hint = " (to create it use '--- /dev/null' or '*** Add File:')" if patch.kind == "update" else ""
        outcome.errors.append(f"cannot {patch.kind} {res.shown}: it does not exist{hint}")
        return "", outcome
    text = _Text.parse(current)
    _apply_hunks(text, patch, res.shown, outcome)
    if outcome.errors:
        return "", outcome
    if patch.kind == "delete":
        if patch.hunks and text.lines:
            outcome.errors.append(
                f"cannot delete {res.shown}: the patch's '-' lines leave {len(text.lines)} lines of it unaccounted for"
            )
            return "", outcome
        files.set(res, None)
        return f"D {res.shown}", outcome
    counts = f"(+{outcome.added} -{outcome.removed})"
    if patch.new_path is not None:
        target = files.resolve(patch.new_path)
        if target.real != res.real and files.get(target) is not None:
            outcome.errors.append(f"cannot rename {res.shown} to {target.shown}: the target already exists")
            return "", outcome
        files.set(res, None)
        files.set(target, text.render())
        return f"R {res.shown} -> {target.shown} {counts}", outcome
    if not patch.hunks:
        outcome.errors.append(f"the patch for {res.shown} has no hunks")
        return "", outcome
    files.set(res, text.render())
    return f"M {res.shown} {counts}", outcome


def apply_patch(workspace: str, patch: str) -> str:
    files = _Files(Workspace(workspace))
    file_patches = parse_patch(patch)
    summaries: list[str] = []
    notes: list[str] = []
    errors: list[str] = []
    for file_patch in file_patches:
        summary, outcome = _apply_file(files, file_patch)
        errors.extend(outcome.errors)
        notes.extend(outcome.notes)
        if summary:
            summaries.append(summary)
    if errors:
        raise ToolInputError(
            "apply_patch failed; no file was changed.\n"
            + "\n".join(f"- {error}" for error in errors)
            + "\nFix the failing parts (context and '-' lines must match the file exactly; read_file shows "
            "its current text) and send the whole patch again."
        )
    files.write_all()
    out = [f"applied the patch: {len(summaries)} file(s) changed", *summaries]
    if notes:
        out.append("notes:")
        out.extend(f"- {note}" for note in notes)
    return "\n".join(out)
