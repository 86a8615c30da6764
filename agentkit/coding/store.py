"""Where coding sessions live: one folder per session, under the user's state directory.

``$AGENTKIT_CODE_HOME`` (default ``$XDG_STATE_HOME/agentkit/code``, i.e. ``~/.local/state/agentkit/code``)
holds a folder per repository (its name and a hash of its path), and in it a folder per session:

    meta.json          id, repository, created/updated, title (the first prompt), parent (for forks)
    trajectory.jsonl   the conversation: the agent loop's write-ahead log, resumable and replayable
    permissions.jsonl  every permission decision with the rule (or mode) that made it
    checkpoints/       the workspace snapshots (a git object store of the session's own)

Sessions are kept outside the repository on purpose: the sandbox can write anywhere in the repository,
and must not be able to edit the log of what it did or the snapshots undo relies on.
"""

from __future__ import annotations

import hashlib
import json
import os
import secrets
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

from agentkit.agent.events import ExitReason, RunFinished, RunStarted, StepStarted, UserMessageEvent
from agentkit.agent.trajectory import TrajectoryWriter, read_trajectory


class SessionNotFound(LookupError):
    """No session with that id (the message lists the ones there are)."""

    def __str__(self) -> str:
        return str(self.args[0])


@dataclass
class SessionMeta:
    id: str
    repo: str
    created: float = field(default_factory=time.time)
    updated: float = field(default_factory=time.time)
    title: str = ""
    parent: str | None = None
    forked_at_step: int | None = None


def sessions_root() -> Path:
    home = os.environ.get("AGENTKIT_CODE_HOME")
    if home:
        return Path(home)
    state = os.environ.get("XDG_STATE_HOME") or str(Path.home() / ".local" / "state")
    return Path(state) / "agentkit" / "code"


def repo_folder(repo: Path) -> Path:
    resolved = repo.resolve()
    digest = hashlib.sha256(str(resolved).encode()).hexdigest()[:10]
    return sessions_root() / f"{resolved.name or 'root'}-{digest}"


class SessionFolder:
    def __init__(self, path: Path, meta: SessionMeta) -> None:
        self.path = path
        self.meta = meta

    @property
    def id(self) -> str:
        return self.meta.id

    @property
    def trajectory(self) -> Path:
        return self.path / "trajectory.jsonl"

    @property
    def permission_log(self) -> Path:
        return self.path / "permissions.jsonl"

    @property
    def checkpoints(self) -> Path:
        return self.path / "checkpoints"

    def save(self) -> None:
        self.meta.updated = time.time()
        self.path.mkdir(parents=True, exist_ok=True)
        tmp = self.path / "meta.json.tmp"
        tmp.write_text(json.dumps(asdict(self.meta), indent=1))
        tmp.replace(self.path / "meta.json")


def new_session(repo: Path, *, parent: str | None = None, forked_at_step: int | None = None) -> SessionFolder:
    session_id = time.strftime("%Y%m%d-%H%M%S-") + secrets.token_hex(3)
    folder = SessionFolder(
        repo_folder(repo) / session_id,
        SessionMeta(id=session_id, repo=str(repo.resolve()), parent=parent, forked_at_step=forked_at_step),
    )
    folder.save()
    return folder


def list_sessions(repo: Path) -> list[SessionFolder]:
    """The repository's sessions, most recently updated last."""
    base = repo_folder(repo)
    found: list[SessionFolder] = []
    if base.is_dir():
        for child in base.iterdir():
            meta_file = child / "meta.json"
            if meta_file.is_file():
                found.append(SessionFolder(child, SessionMeta(**json.loads(meta_file.read_text()))))
    return sorted(found, key=lambda s: s.meta.updated)


def open_session(repo: Path, session_id: str | None) -> SessionFolder:
    """The session ``session_id`` (a unique prefix is enough), or the latest one when None."""
    sessions = list_sessions(repo)
    if not sessions:
        raise SessionNotFound(f"no saved sessions for {repo.resolve()}")
    if session_id is None:
        return sessions[-1]
    matches = [s for s in sessions if s.id.startswith(session_id)]
    if len(matches) == 1:
        return matches[0]
    ids = ", ".join(s.id for s in sessions[-10:])
    what = "is ambiguous" if matches else "matches no session"
    raise SessionNotFound(f"session id {session_id!r} {what}; recent sessions: {ids}")


def cut_trajectory(source: Path, target: Path, step: int) -> int:
    """Write to ``target`` the part of ``source`` up to the end of step ``step`` (0: before the first
    step); a cut inside a turn ends with a cancelled RunFinished. Returns the last step kept."""
    recorded = read_trajectory(source)
    kept = []
    last_step = 0
    for event in recorded.events:
        event_step = getattr(event, "step", None)
        if isinstance(event, StepStarted) and event.step > step:
            break
        if event_step is not None and event_step > step:
            break
        if isinstance(event, StepStarted):
            last_step = event.step
        kept.append(event)
    while kept and isinstance(kept[-1], RunStarted | UserMessageEvent):
        kept.pop()  # the start of a turn none of whose steps is kept
    if kept and not isinstance(kept[-1], RunFinished):
        kept.append(
            RunFinished(
                run_id=recorded.header.run_id,
                exit_reason=ExitReason.CANCELLED,
                error=f"cut at step {last_step}",
                steps=last_step,
            )
        )
    writer = TrajectoryWriter(target)
    try:
        writer.write_header(recorded.header)
        for event in kept:
            writer.append(event)
    finally:
        writer.close()
    return last_step
