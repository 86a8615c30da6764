"""Parsing the two patch formats apply_patch accepts. Standard library only; runs inside the sandbox.

1. Unified diffs, as written by ``diff -u`` and ``git diff``: ``--- a/path`` / ``+++ b/path`` headers
   (``/dev/null`` for added and deleted files), ``@@ -l,s +l,s @@`` hunks, git extended headers
   (``new file mode``, ``deleted file mode``, ``rename from``/``rename to``) and the
   ``\\ No newline at end of file`` marker. Hunk line counts are used when they are right and
   tolerated when they are wrong (models miscount); a blank line inside a hunk is read as an empty
   context line (models drop the leading space).
2. The "Begin Patch" envelope, which needs no line numbers::

       *** Begin Patch
       *** Update File: src/app.py
       *** Move to: src/main.py          (optional rename)
       @@ def handler(request):           (optional: a line to find first; the hunk follows it)
        context line
       -removed line
       +added line
       *** End of File                    (optional: the hunk must end at the end of the file)
       *** Add File: docs/new.md
       +every line of the new file, each starting with '+'
       *** Delete File: old.txt
       *** End Patch
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Literal

from .common import ToolInputError

HUNK_HEADER = re.compile(r"^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@ ?(.*)$")
GIT_EXTENDED = (
    "index ",
    "similarity index",
    "dissimilarity index",
    "old mode",
    "new mode",
    "copy from",
    "copy to",
)

Op = Literal[" ", "-", "+"]


@dataclass
class Hunk:
    header: str  # as written, for error messages
    old_start: int | None  # 1-based line of the first old line; None when the format has no numbers
    old_count: int | None
    lines: list[tuple[Op, str]] = field(default_factory=list)
    anchor: str | None = None  # Begin Patch: a line that must be found before the hunk
    at_eof: bool = False  # Begin Patch: the hunk must end at the end of the file
    old_no_eol: bool = False  # the old text ends without a newline
    new_no_eol: bool = False  # the new text ends without a newline

    @property
    def old_lines(self) -> list[str]:
        return [text for op, text in self.lines if op != "+"]

    @property
    def new_lines(self) -> list[str]:
        return [text for op, text in self.lines if op != "-"]


@dataclass
class FilePatch:
    kind: Literal["add", "delete", "update"]
    path: str
    new_path: str | None = None  # set when the file is renamed
    hunks: list[Hunk] = field(default_factory=list)


def _error(line_number: int, message: str) -> ToolInputError:
    return ToolInputError(f"the patch is malformed at line {line_number}: {message}")


def split_patch_lines(patch: str) -> list[str]:
    """Lines of the patch without terminators or CRs, and without a surrounding Markdown fence."""
    lines = [line.rstrip("\r") for line in patch.split("\n")]
    while lines and lines[-1].strip() == "":
        lines.pop()
    while lines and lines[0].strip() == "":
        lines.pop(0)
    if lines and lines[0].startswith("```"):
        lines.pop(0)
        if lines and lines[-1].strip() == "```":
            lines.pop()
    return lines


def is_begin_patch(lines: list[str]) -> bool:
    return any(line.strip() == "*** Begin Patch" for line in lines[:5])


def _trim_blank_context(hunk: Hunk, blank_tail: int) -> None:
    """Drop context lines that were bare blank lines at the end of a hunk: they are patch spacing."""
    for _ in range(blank_tail):
        if hunk.lines and hunk.lines[-1] == (" ", ""):
            hunk.lines.pop()


def _mark_no_eol(hunk: Hunk, previous: Op | None, line_number: int) -> None:
    if previous is None:
        raise _error(line_number, "'\\ No newline at end of file' does not follow a hunk line")
    if previous in (" ", "-"):
        hunk.old_no_eol = True
    if previous in (" ", "+"):
        hunk.new_no_eol = True


# ---------------------------------------------------------------- unified diffs


def _diff_path(raw: str, prefix: str) -> str | None:
    """The path of a ---/+++ line: timestamp dropped, quotes removed, git's a/ or b/ stripped."""
    path = raw.split("\t", 1)[0].strip()
    if len(path) >= 2 and path[0] == path[-1] == '"':
        path = path[1:-1]
    if path == "/dev/null":
        return None
    return path.removeprefix(prefix)


def _parse_unified_hunk(lines: list[str], i: int) -> tuple[Hunk, int]:
    header = lines[i]
    match = HUNK_HEADER.match(header)
    if match is None:
        if header.strip().startswith("@@"):
            # '@@' without line numbers (a model's shorthand): located by its content.
            hunk = Hunk(header=header.strip(), old_start=None, old_count=None)
            old_count = new_count = None
        else:
            raise _error(i + 1, f"expected a hunk header like '@@ -12,5 +12,6 @@', found {header!r}")
    else:
        old_count = int(match.group(2)) if match.group(2) is not None else 1
        new_count = int(match.group(4)) if match.group(4) is not None else 1
        hunk = Hunk(header=header, old_start=int(match.group(1)), old_count=old_count)
    i += 1
    old_seen = new_seen = 0
    previous: Op | None = None
    blank_tail = 0
    while i < len(lines):
        line = lines[i]
        counts_done = old_count is not None and old_seen >= old_count and new_seen >= (new_count or 0)
        if line.startswith("\\"):
            _mark_no_eol(hunk, previous, i + 1)
            i += 1
            continue
        if counts_done and (line[:1] not in ("+", "-", " ") or line == "-- "):
            # Past the stated counts only more hunk lines continue it (models miscount); a blank
            # line or git format-patch's "-- " signature ends it.
            break
        if line.startswith(("@@", "diff --git ")):
            break
        if line.startswith("--- ") and i + 1 < len(lines) and lines[i + 1].startswith("+++ "):
            break
        op = line[:1]
        if op in (" ", "-", "+"):
            hunk.lines.append((op, line[1:]))  # type: ignore[arg-type]
            previous = op  # type: ignore[assignment]
            blank_tail = 0
        elif line == "":
            hunk.lines.append((" ", ""))
            previous = " "
            blank_tail += 1
        else:
            break
        if previous != "+":
            old_seen += 1
        if previous != "-":
            new_seen += 1
        i += 1
    _trim_blank_context(hunk, blank_tail)
    if not hunk.lines:
        raise _error(i + 1, f"the hunk {header!r} has no lines")
    return hunk, i


def parse_unified(lines: list[str]) -> list[FilePatch]:
    patches: list[FilePatch] = []
    git: dict[str, str] | None = None  # extended headers of the current `diff --git` block

    def flush_git_only() -> None:
        # A git block without ---/+++ lines: a rename, an empty new file or a deletion of an empty file.
        if git is None:
            return
        if "rename from" in git and "rename to" in git:
            patches.append(FilePatch("update", git["rename from"], new_path=git["rename to"]))
        elif "new file" in git:
            patches.append(FilePatch("add", git["new"]))
        elif "deleted file" in git:
            patches.append(FilePatch("delete", git["old"]))

    i = 0
    while i < len(lines):
        line = lines[i]
        if line.startswith("diff --git "):
            flush_git_only()
            names = line[len("diff --git ") :]
            old, sep, new = names.partition(" b/")
            git = {"old": old.removeprefix("a/"), "new": new if sep else old}
            i += 1
            continue
        if git is not None and line.startswith(("new file mode", "deleted file mode")):
            git["new file" if line.startswith("new") else "deleted file"] = "yes"
            i += 1
            continue
        if git is not None and line.startswith(("rename from ", "rename to ")):
            key, _, value = line.partition(" ")[2].partition(" ")
            git["rename " + key] = value.strip()
            i += 1
            continue
        if line.startswith(("Binary files ", "GIT binary patch")):
            raise _error(i + 1, "binary patches are not supported; write binary files with the shell tool")
        if line.startswith("--- ") and i + 1 < len(lines) and lines[i + 1].startswith("+++ "):
            old_path = _diff_path(line[4:], "a/")
            new_path = _diff_path(lines[i + 1][4:], "b/")
            i += 2
            hunks: list[Hunk] = []
            while i < len(lines) and lines[i].startswith("@@"):
                hunk, i = _parse_unified_hunk(lines, i)
                hunks.append(hunk)
            if not hunks:
                raise _error(
                    i + 1, f"the file header for {new_path or old_path!r} is not followed by a '@@' hunk"
                )
            if old_path is None and new_path is None:
                raise _error(i, "both sides of the file header are /dev/null")
            if old_path is None:
                patches.append(FilePatch("add", str(new_path), hunks=hunks))
            elif new_path is None:
                patches.append(FilePatch("delete", old_path, hunks=hunks))
            elif git is not None and "rename from" in git:
                patches.append(
                    FilePatch("update", git["rename from"], new_path=git.get("rename to"), hunks=hunks)
                )
            else:
                # Outside git renames, ---/+++ names may differ (file.orig vs file): the new name is the target.
                patches.append(FilePatch("update", new_path, hunks=hunks))
            git = None
            continue
        if line.startswith("@@"):
            raise _error(i + 1, "a '@@' hunk comes before any '--- a/path' and '+++ b/path' file header")
        if git is not None and not line.startswith(GIT_EXTENDED) and line.strip():
            raise _error(i + 1, f"unexpected line {line!r} in the git header of {git['new']!r}")
        i += 1  # commit messages and other text around a diff are ignored
    flush_git_only()
    if not patches:
        raise ToolInputError(
            "no file changes found: a unified diff needs '--- a/path' and '+++ b/path' lines followed by "
            "'@@ -start,count +start,count @@' hunks"
        )
    return patches


# ---------------------------------------------------------------- Begin Patch


def _is_file_op(line: str) -> bool:
    return line.startswith(("*** Add File:", "*** Update File:", "*** Delete File:")) or line.strip() == (
        "*** End Patch"
    )


def _parse_update_body(lines: list[str], i: int, path: str) -> tuple[list[Hunk], int]:
    hunks: list[Hunk] = []
    current: Hunk | None = None
    previous: Op | None = None
    blank_tail = 0
    while i < len(lines) and not _is_file_op(lines[i]):
        line = lines[i]
        if line.startswith("@@"):
            if current is not None:
                _trim_blank_context(current, blank_tail)
            anchor = line[2:].strip().removesuffix("@@").strip() or None
            current = Hunk(header=line.strip(), old_start=None, old_count=None, anchor=anchor)
            hunks.append(current)
            previous, blank_tail = None, 0
        elif line.strip() == "*** End of File":
            if current is None:
                raise _error(i + 1, "'*** End of File' comes before any hunk line")
            current.at_eof = True
        elif line.startswith("\\"):
            if current is None:
                raise _error(i + 1, "'\\ No newline at end of file' comes before any hunk line")
            _mark_no_eol(current, previous, i + 1)
        elif line[:1] in (" ", "-", "+") or line == "":
            if current is None:  # the first hunk may omit its '@@' line
                current = Hunk(header="@@", old_start=None, old_count=None)
                hunks.append(current)
            op: Op = line[:1] if line else " "  # type: ignore[assignment]
            current.lines.append((op, line[1:]))
            previous = op
            blank_tail = blank_tail + 1 if line == "" else 0
        else:
            raise _error(
                i + 1,
                f"unexpected line {line!r} in the update of {path!r}; hunk lines start with ' ' (context), "
                "'-' (remove) or '+' (add), and hunks start with '@@'",
            )
        i += 1
    if current is not None:
        _trim_blank_context(current, blank_tail)
    hunks = [h for h in hunks if h.lines]
    if not hunks:
        raise _error(i, f"'*** Update File: {path}' has no hunk lines")
    return hunks, i


def parse_begin_patch(lines: list[str]) -> list[FilePatch]:
    start = next(i for i, line in enumerate(lines) if line.strip() == "*** Begin Patch")
    patches: list[FilePatch] = []
    i = start + 1
    while i < len(lines):
        line = lines[i]
        if line.strip() == "*** End Patch":
            break
        if line.startswith("*** Add File:"):
            path = line[len("*** Add File:") :].strip()
            i += 1
            hunk = Hunk(header=f"*** Add File: {path}", old_start=None, old_count=None)
            while i < len(lines) and not _is_file_op(lines[i]):
                body = lines[i]
                if body.startswith("+"):
                    hunk.lines.append(("+", body[1:]))
                elif body == "":
                    hunk.lines.append(("+", ""))
                else:
                    raise _error(
                        i + 1, f"in '*** Add File: {path}' every line must start with '+', found {body!r}"
                    )
                i += 1
            patches.append(FilePatch("add", path, hunks=[hunk]))
        elif line.startswith("*** Delete File:"):
            patches.append(FilePatch("delete", line[len("*** Delete File:") :].strip()))
            i += 1
        elif line.startswith("*** Update File:"):
            path = line[len("*** Update File:") :].strip()
            i += 1
            new_path = None
            if i < len(lines) and lines[i].startswith("*** Move to:"):
                new_path = lines[i][len("*** Move to:") :].strip()
                i += 1
            hunks, i = _parse_update_body(lines, i, path)
            patches.append(FilePatch("update", path, new_path=new_path, hunks=hunks))
        elif line.strip() == "":
            i += 1
        else:
            raise _error(
                i + 1,
                f"expected '*** Add File: <path>', '*** Update File: <path>', '*** Delete File: <path>' "
                f"or '*** End Patch', found {line!r}",
            )
    if not patches:
        raise ToolInputError("the '*** Begin Patch' block contains no file operations")
    return patches


def parse_patch(patch: str) -> list[FilePatch]:
    """Parse either format into file patches; raise ToolInputError with a line number if malformed."""
    lines = split_patch_lines(patch)
    if not lines:
        raise ToolInputError("the patch is empty")
    if is_begin_patch(lines):
        return parse_begin_patch(lines)
    return parse_unified(lines)
