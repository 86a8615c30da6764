"""Project memory: the AGENTS.md files from the repository root down to the working directory.

Each directory from the root to PATH contributes its ``AGENTS.md``, or its ``CLAUDE.md`` where it has no
AGENTS.md; the root's comes first, so the more specific instructions come last. The whole is capped at
``max_bytes``: files past the cap are cut (at a line) or left out, and `ProjectMemory.truncated` says
which, so the session can report it instead of silently giving the model less.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Final

MEMORY_FILES: Final = ("AGENTS.md", "CLAUDE.md")
DEFAULT_MAX_BYTES: Final = 32 * 1024


@dataclass(frozen=True)
class ProjectMemory:
    text: str
    files: list[Path] = field(default_factory=list)
    truncated: list[str] = field(default_factory=list)  # what the cap cut, in words
    total_bytes: int = 0

    @property
    def prompt_section(self) -> str | None:
        if not self.text:
            return None
        return "Project instructions (from AGENTS.md files; the more specific come last):\n\n" + self.text


def load_memory(repo: Path, path: Path | None = None, *, max_bytes: int = DEFAULT_MAX_BYTES) -> ProjectMemory:
    """The memory files for ``path`` (a directory inside ``repo``; default the root), capped."""
    repo = repo.resolve()
    target = (path or repo).resolve()
    if target.is_file():
        target = target.parent
    try:
        relative = target.relative_to(repo)
    except ValueError:
        relative = Path()
    directories = [repo]
    for part in relative.parts:
        directories.append(directories[-1] / part)
    files = [found for directory in directories if (found := _memory_file(directory)) is not None]
    pieces: list[str] = []
    truncated: list[str] = []
    used = 0
    total = 0
    for file in files:
        data = file.read_bytes()
        total += len(data)
        name = str(file.relative_to(repo))
        header = f"--- {name} ---\n"
        room = max_bytes - used - len(header)
        if room <= 0:
            truncated.append(f"{name} left out ({len(data)} bytes)")
            continue
        if len(data) > room:
            cut = data[:room]
            cut = cut[: cut.rfind(b"\n") + 1] or cut
            truncated.append(f"{name} cut to {len(cut)} of {len(data)} bytes")
            data = cut
        text = data.decode("utf-8", "replace")
        pieces.append(header + text + ("" if text.endswith("\n") else "\n"))
        used += len(header) + len(data)
    return ProjectMemory("".join(pieces), files, truncated, total)


def _memory_file(directory: Path) -> Path | None:
    for name in MEMORY_FILES:
        candidate = directory / name
        if candidate.is_file():
            return candidate
    return None
