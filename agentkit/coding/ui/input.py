"""The prompt: multiline input, history across sessions, completion of /commands and @paths.

Enter sends; Esc then Enter (or Alt-Enter) and Ctrl-J insert a newline, and so does a line ending in
a backslash; a long paste arrives whole (bracketed paste). ``@path`` attaches a repository file to the
message (`expand_mentions`); ``!cmd`` runs a shell command in the sandbox (handled by the app).
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from prompt_toolkit import PromptSession
from prompt_toolkit.completion import CompleteEvent, Completer, Completion
from prompt_toolkit.document import Document
from prompt_toolkit.history import FileHistory
from prompt_toolkit.input import Input
from prompt_toolkit.key_binding import KeyBindings, KeyPressEvent
from prompt_toolkit.output import Output

MAX_ATTACH_BYTES = 256 * 1024
MAX_PATHS = 2000
_MENTION = re.compile(r"(?<![\w@])@([^\s@]+)")
_SKIP_DIRS = frozenset({".git", "node_modules", ".venv", "__pycache__", ".mypy_cache", ".ruff_cache"})


class CodeCompleter(Completer):
    """``/`` at the start completes a command; ``@`` anywhere completes a repository path."""

    def __init__(self, repo: Path, commands: Sequence[tuple[str, str]]) -> None:
        self.repo = repo
        self.commands = commands

    def get_completions(self, document: Document, complete_event: CompleteEvent) -> Iterable[Completion]:
        before = document.text_before_cursor
        if before.startswith("/") and " " not in before:
            for name, help_text in self.commands:
                if name.startswith(before[1:]):
                    yield Completion("/" + name, start_position=-len(before), display_meta=help_text)
            return
        word = before.split()[-1] if before and not before[-1].isspace() else ""
        if word.startswith("@"):
            typed = word[1:]
            for path in self._paths(typed):
                yield Completion("@" + path, start_position=-len(word))

    def _paths(self, typed: str) -> Iterable[str]:
        folder, _, stem = typed.rpartition("/")
        base = (self.repo / folder).resolve()
        if not base.is_dir() or not base.is_relative_to(self.repo):
            return
        try:
            entries = sorted(os.scandir(base), key=lambda e: e.name)
        except OSError:
            return
        for entry in entries[:MAX_PATHS]:
            if entry.name in _SKIP_DIRS or not entry.name.startswith(stem):
                continue
            if entry.name.startswith(".") and not stem.startswith("."):
                continue
            shown = f"{folder}/{entry.name}" if folder else entry.name
            yield shown + "/" if entry.is_dir() else shown


def key_bindings() -> KeyBindings:
    bindings = KeyBindings()

    @bindings.add("enter")
    def _send(event: KeyPressEvent) -> None:
        buffer = event.current_buffer
        if buffer.complete_state is not None and buffer.complete_state.current_completion is not None:
            buffer.complete_state = None  # Enter on a chosen completion keeps it (already in the text)
            return
        if buffer.document.text_before_cursor.endswith("\\"):
            buffer.delete_before_cursor()
            buffer.insert_text("\n")
            return
        buffer.validate_and_handle()

    @bindings.add("escape", "enter")
    @bindings.add("c-j")
    def _newline(event: KeyPressEvent) -> None:
        event.current_buffer.insert_text("\n")

    return bindings


def prompt_session(
    repo: Path,
    history: Path,
    commands: Sequence[tuple[str, str]],
    *,
    input: Input | None = None,
    output: Output | None = None,
) -> PromptSession[str]:
    history.parent.mkdir(parents=True, exist_ok=True)
    return PromptSession(
        history=FileHistory(str(history)),
        completer=CodeCompleter(repo, commands),
        complete_while_typing=True,
        multiline=True,  # Enter is bound to send; the newline keys above insert one
        key_bindings=key_bindings(),
        prompt_continuation=lambda width, line, wrap: "… ".rjust(width),
        input=input,
        output=output,
        enable_history_search=False,
    )


@dataclass(frozen=True)
class Attached:
    path: str
    problem: str | None = None  # why it was not attached


def expand_mentions(text: str, repo: Path) -> tuple[str, list[Attached]]:
    """The message with each ``@path`` file's content appended (files in the repository only)."""
    blocks: list[str] = []
    attached: list[Attached] = []
    for name in dict.fromkeys(_MENTION.findall(text)):
        name = name.rstrip(".,;:)")
        target = (repo / name).resolve()
        if not target.is_relative_to(repo):
            attached.append(Attached(name, "outside the repository"))
            continue
        if not target.is_file():
            attached.append(Attached(name, "no such file"))
            continue
        data = target.read_bytes()
        if len(data) > MAX_ATTACH_BYTES:
            attached.append(Attached(name, f"{len(data)} bytes, over {MAX_ATTACH_BYTES}"))
            continue
        content = data.decode("utf-8", errors="replace")
        blocks.append(f'<file path="{name}">\n{content}{"" if content.endswith(chr(10)) else chr(10)}</file>')
        attached.append(Attached(name))
    if not blocks:
        return text, attached
    return text + "\n\nAttached files:\n" + "\n".join(blocks), attached


def history_path(root: Path) -> Path:
    return root / "prompt-history"
