"""CodingSession: an agent working on a repository, with its safety net. The CLI and the UI drive it.

    async with CodingSession.new(repo, engine, ask=my_prompt_callback) as session:
        async for event in session.run("make the tests pass"):   # run events + coding events
            ...
        print(session.diff())                                      # everything the session changed
        print(session.preview_undo().changes); await session.undo()

A turn is one continuation of the session's conversation (`Agent.run_stream` with the previous turns
as history), written to the session's trajectory. Every tool is wrapped by a `ToolGuard`: permissions,
hooks, a workspace checkpoint before the first change of each step, the scrub after. ``interrupt()``
cancels the running turn (its sandbox work is killed; the conversation keeps its complete steps).

Steps are numbered across the session's turns. ``state_at(N)`` is the workspace as it was at the end of
step N; ``rewind(N)`` returns the code, the conversation or both there; ``undo()`` reverts the last step
that changed files. Each takes a safety snapshot first (``preview_*`` shows what it would change).
"""

from __future__ import annotations

import contextlib
import json
import time
from collections.abc import AsyncGenerator, Sequence
from contextlib import aclosing
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, Literal, Self

import anyio
import anyio.to_thread

from agentkit.agent import Agent
from agentkit.agent.context import ContextPolicy
from agentkit.agent.events import CompactionEvent, ExitReason, RunFinished
from agentkit.agent.limits import Limits
from agentkit.agent.result import AgentError, RunResult
from agentkit.agent.trajectory import read_trajectory
from agentkit.coding.checkpoints import Checkpoint, CheckpointStore, FileChange, RestoreReport
from agentkit.coding.events import CheckpointTaken, HookBlocked, Notice, SessionStarted, WorkspaceScrubbed
from agentkit.coding.guard import AskCallback, ToolGuard
from agentkit.coding.hooks import HookRunner
from agentkit.coding.memory import ProjectMemory, load_memory
from agentkit.coding.permissions import PermissionPolicy
from agentkit.coding.settings import PROJECT_DIR, CodingSettings, load_settings
from agentkit.coding.store import SessionFolder, cut_trajectory, new_session, open_session
from agentkit.coding.workspace import find_unsafe, scrub, workspace_sandbox_config
from agentkit.engines.base import Engine, SamplingParams
from agentkit.gemma4.revisions import DEFAULT_REVISION
from agentkit.sandbox.config import SandboxConfig
from agentkit.tool import Tool

MAX_STOP_RETRIES = 3
CODING_SYSTEM_PROMPT = """You are a coding agent working in a software repository, mounted at /workspace in a \
sandbox (no network). Use the tools to read, search and change files and to run commands (tests, linters). \
Make focused changes, run the relevant tests to check them, and end with a short summary of what you changed. \
A tool call may be refused by the user's permission rules or hooks: the result says why; adapt and go on."""
RewindWhat = Literal["code", "conversation", "both"]


@dataclass
class SessionOptions:
    """Everything about a session but the engine: tools, prompt, limits, sandbox, settings."""

    tools: Sequence[Tool] | None = None  # default: the built-in tool pack
    system_prompt: str | None = None  # added after the coding prompt and before project memory
    limits: Limits | None = None
    sandbox: SandboxConfig | None = None  # the base profile; the repository becomes its workspace
    sampling: SamplingParams | None = None
    revision: str = DEFAULT_REVISION
    thinking: bool = False
    settings: CodingSettings | None = None
    path: Path | None = None  # where in the repository the person works (project memory down to it)
    ask: AskCallback | None = None  # None: headless (an ask is a denial the model sees)
    max_turns: int | None = None  # model steps per `run`
    context: ContextPolicy | None = None  # the window and when turns compact (default: the agent's)


class CodingSession:
    def __init__(
        self, repo: Path, engine: Engine, folder: SessionFolder, options: SessionOptions, *, resumed: bool
    ) -> None:
        self.repo = repo.resolve()
        self.engine = engine
        self.folder = folder
        self.options = options
        self.settings = options.settings or load_settings(self.repo)
        self.resumed = resumed
        self.policy = PermissionPolicy(self.settings.mode, list(self.settings.rules))
        self.hooks = HookRunner(self.settings.hooks, cwd=self.repo)
        self.checkpoints = CheckpointStore(
            self.repo,
            folder.checkpoints,
            max_ignored_bytes=self.settings.max_ignored_bytes,
            exclude=(f"{PROJECT_DIR}/",),
        )
        self.memory: ProjectMemory = load_memory(
            self.repo, options.path, max_bytes=self.settings.memory_max_bytes
        )
        self.guard = ToolGuard(self, self.policy, self.hooks, ask=options.ask, log_path=folder.permission_log)
        self.sandbox: Any = None
        self._pending: list[Any] = []
        self._history: RunResult | None = None
        self._changed_steps: set[int] = set()
        self._unsafe_before: set[str] = set()
        self._made_settings_dir = False
        self._recorded_system_prompt: str | None = None
        self._cancel: anyio.CancelScope | None = None
        self.last_finished: RunFinished | None = None

    # -- opening and closing -----------------------------------------------------------------------

    @classmethod
    def new(cls, repo: Path, engine: Engine, options: SessionOptions | None = None) -> CodingSession:
        return cls(repo, engine, new_session(repo), options or SessionOptions(), resumed=False)

    @classmethod
    def resume(
        cls, repo: Path, engine: Engine, session_id: str | None = None, options: SessionOptions | None = None
    ) -> CodingSession:
        """The saved session ``session_id`` (a prefix is enough; None: the latest), to go on with."""
        return cls(repo, engine, open_session(repo, session_id), options or SessionOptions(), resumed=True)

    def fork(self, step: int) -> CodingSession:
        """A new session whose conversation is this one's up to the end of ``step`` (code untouched)."""
        folder = new_session(self.repo, parent=self.id, forked_at_step=step)
        if self.folder.trajectory.is_file():
            cut_trajectory(self.folder.trajectory, folder.trajectory, step)
        folder.meta.title = self.folder.meta.title
        folder.save()
        return CodingSession(self.repo, self.engine, folder, self.options, resumed=True)

    @property
    def id(self) -> str:
        return self.folder.id

    @property
    def session_id(self) -> str:
        return self.folder.id

    @property
    def history(self) -> RunResult | None:
        """The conversation so far (messages and usage), None before the first turn."""
        return self._history

    @property
    def system_prompt(self) -> str:
        """The system prompt the session's turns use (the recorded one when resumed)."""
        return self._recorded_system_prompt or self._system_prompt()

    async def __aenter__(self) -> Self:
        await self.start()
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.close()

    async def start(self) -> None:
        from agentkit.sandbox.docker import DockerSandbox

        scanner = self.checkpoints.scanner
        self._unsafe_before = await anyio.to_thread.run_sync(
            lambda: find_unsafe(self.repo, scan=scanner.scan())
        )
        # .agentkit holds the rules and hooks the host obeys: it exists (created empty if need be) so the
        # sandbox always sees it read-only, and cannot plant a settings file for the next session.
        settings_dir = self.repo / PROJECT_DIR
        self._made_settings_dir = not settings_dir.exists() and not settings_dir.is_symlink()
        if self._made_settings_dir:
            settings_dir.mkdir()
        await self._snapshot("session start" if not self.resumed else "resumed", step=self._steps_done())
        config = workspace_sandbox_config(self.repo, self.options.sandbox)
        self.sandbox = await DockerSandbox.create(config, labels={"agentkit.run": f"code-{self.id}"})
        if self.resumed and self.folder.trajectory.is_file():
            # The conversation goes on with the system prompt it began with, even if AGENTS.md changed.
            recorded = read_trajectory(self.folder.trajectory).header.system_prompt
            if recorded is not None and recorded != self._system_prompt():
                self.emit(
                    Notice(
                        session_id=self.id,
                        message="the project memory or system prompt changed since this session began; "
                        "the session keeps the one it began with (start a new session to use the new one)",
                    )
                )
            self._recorded_system_prompt = recorded
            self._history = self._agent().restore(self.folder.trajectory)
        self.emit(
            SessionStarted(
                session_id=self.id,
                repo=str(self.repo),
                mode=self.policy.mode,
                resumed=self.resumed,
                memory_files=[str(f.relative_to(self.repo)) for f in self.memory.files],
                memory_truncated=self.memory.truncated,
            )
        )
        if self.memory.truncated:
            self.emit(
                Notice(
                    session_id=self.id,
                    message="project memory over its cap: " + "; ".join(self.memory.truncated),
                )
            )
        outcome = await self.hooks.run("session_start", {"session_id": self.id, "cwd": str(self.repo)})
        if outcome.blocked:
            await self.close()
            raise SessionBlocked(f"a session_start hook refused the session: {outcome.message}")

    async def close(self) -> None:
        """Remove the sandbox, then scrub the repository (nothing can race the scrub any more)."""
        if self.sandbox is not None:
            with anyio.CancelScope(shield=True):
                await self.sandbox.close()
            self.sandbox = None
        await self._scrub()
        self.checkpoints.close()
        if self._made_settings_dir:
            with contextlib.suppress(OSError):  # kept when it has content (a rule added by "always")
                (self.repo / PROJECT_DIR).rmdir()
        self.folder.save()

    # -- events ------------------------------------------------------------------------------------

    def emit(self, event: Any) -> None:
        self._pending.append(event)

    def drain(self) -> list[Any]:
        """Coding events not yet yielded by `run` (for callers between turns)."""
        events, self._pending = self._pending, []
        return events

    # -- turns -------------------------------------------------------------------------------------

    def _system_prompt(self) -> str:
        parts = (CODING_SYSTEM_PROMPT, self.options.system_prompt, self.memory.prompt_section)
        return "\n\n".join(p for p in parts if p)

    def _agent(self, extra_steps: int | None = None) -> Agent[None]:
        from agentkit_tools import default_toolset

        tools = list(self.options.tools) if self.options.tools is not None else list(default_toolset())
        limits = self.options.limits or Limits()
        if extra_steps is not None:
            done = self._history.usage.steps if self._history is not None else 0
            limits = limits.model_copy(update={"max_steps": done + extra_steps})
        prompt = self._recorded_system_prompt or self._system_prompt()
        return Agent(
            self.engine,
            [self.guard.wrap(t) for t in tools],
            system_prompt=prompt,
            thinking=self.options.thinking,
            limits=limits,
            sandbox=self.sandbox,
            sampling=replace(self.options.sampling, max_tokens=limits.max_tokens_per_step)
            if self.options.sampling
            else None,
            revision=self.options.revision,
            context=self.options.context,
        )

    async def run(self, prompt: str) -> AsyncGenerator[Any, None]:
        """One turn: the run's events and the session's, in order. A blocked prompt runs nothing."""
        if self.sandbox is None:
            raise RuntimeError("start the session first (async with CodingSession.new(...) as session)")
        for event in self.drain():
            yield event
        submitted = await self.hooks.run(
            "user_prompt_submit", {"session_id": self.id, "cwd": str(self.repo), "prompt": prompt}
        )
        if submitted.blocked:
            yield HookBlocked(
                session_id=self.id, event="user_prompt_submit", hook=submitted.hook, message=submitted.message
            )
            return
        if not self.folder.meta.title:
            self.folder.meta.title = prompt[:200]
            self.folder.save()
        for _ in range(MAX_STOP_RETRIES + 1):
            finished: RunFinished | None = None
            with anyio.CancelScope() as scope:
                self._cancel = scope
                agent = self._agent(self.options.max_turns)
                stream = agent.run_stream(prompt, history=self._history, trajectory=self.folder.trajectory)
                async with aclosing(stream) as events:
                    async for event in events:
                        for pending in self.drain():
                            yield pending
                        yield event
                        if isinstance(event, RunFinished):
                            finished = event
            self._cancel = None
            self._history = self._restore_history(agent)
            await self._snapshot("end of turn", step=self._steps_done())
            for pending in self.drain():
                yield pending
            if finished is None:
                finished = RunFinished(
                    run_id=self._history.run_id, exit_reason=ExitReason.CANCELLED, error="interrupted"
                )
                yield finished
            self.last_finished = finished
            if finished.exit_reason is not ExitReason.FINAL_ANSWER:
                return
            stop = await self.hooks.run(
                "stop", {"session_id": self.id, "cwd": str(self.repo), "answer": finished.output}
            )
            if not stop.blocked:
                return
            yield HookBlocked(session_id=self.id, event="stop", hook=stop.hook, message=stop.message)
            prompt = f"A stop hook did not accept the answer yet: {stop.message}"

    def interrupt(self) -> None:
        """Cancel the running turn (from another task, e.g. the UI's Escape key)."""
        if self._cancel is not None:
            self._cancel.cancel()

    async def compact(self, focus: str | None = None) -> CompactReport:
        """Compact the conversation now, as ``/compact [focus]`` does: the agent's compaction (stage 2: the
        engine summarises it, ``focus`` appended to the instruction). The compaction is appended to the
        trajectory, so ``--resume`` goes on from the compacted conversation. The system prompt, which holds
        the project memory, is kept as it is: only the turns are summarised."""
        if self._cancel is not None:
            raise CompactError("a turn is running; interrupt it first")
        if self._history is None:
            raise CompactError("nothing to compact: the session has no conversation yet")
        trajectory = self.folder.trajectory
        recorded = len(read_trajectory(trajectory).events)
        compacted = await self._agent().compact(self._history, focus=focus)
        # The trajectory is the record of what was done: the report is read back from it.
        done = [e for e in read_trajectory(trajectory).events[recorded:] if isinstance(e, CompactionEvent)]
        if not done:
            raise CompactError(
                "nothing to compact: the conversation has no earlier turns or tool results to summarise"
            )
        self._history = compacted
        event = done[-1]
        return CompactReport(
            tokens_before=event.tokens_before,
            tokens_after=event.tokens_after,
            messages_before=event.messages_before,
            messages_after=event.messages_after,
            stage=event.stage,
            summary=event.summary,
        )

    def _restore_history(self, agent: Agent[None]) -> RunResult:
        # An interrupted step (no completion, or calls without results) is dropped before the restore: kept,
        # it would be left out of this restore but put back by the next user message of a later one, so the
        # next turn's prompt would not be the one a resume rebuilds (two interruptions in a row did that).
        path = self.folder.trajectory
        if _last_step(path) > _last_complete_step(path):
            self._drop_interrupted_step()
        try:
            return agent.restore(path)
        except (KeyError, AgentError):  # a damaged end: keep the complete steps
            self._drop_interrupted_step()
            return agent.restore(path)

    def _drop_interrupted_step(self) -> None:
        last = _last_complete_step(self.folder.trajectory)
        self._replace_trajectory(last)
        self.emit(
            Notice(
                session_id=self.id,
                message=f"the interrupted step was dropped; the conversation ends at step {last}",
            )
        )

    def _replace_trajectory(self, step: int) -> None:
        path = self.folder.trajectory
        kept = path.with_name(f"trajectory.{time.strftime('%Y%m%d-%H%M%S')}.{time.monotonic_ns()}.jsonl")
        cut_trajectory(path, kept.with_suffix(".cut"), step)
        path.replace(kept)  # the full record stays beside the session
        kept.with_suffix(".cut").replace(path)

    def _steps_done(self) -> int:
        if self._history is not None:
            return self._history.usage.steps
        if self.folder.trajectory.is_file():
            return _last_step(self.folder.trajectory)
        return 0

    # -- checkpoints (the GuardHost side) ----------------------------------------------------------

    async def before_change(self, step: int) -> None:
        if step in self._changed_steps:
            return
        self._changed_steps.add(step)
        await self._snapshot(f"before step {step}", step=step - 1)

    async def after_change(self, step: int) -> str | None:
        return await self._scrub()

    async def _snapshot(self, label: str, *, step: int) -> Checkpoint:
        checkpoint = await anyio.to_thread.run_sync(lambda: self.checkpoints.snapshot(label, step=step))
        self._timeline_add(checkpoint)
        self.emit(
            CheckpointTaken(
                session_id=self.id,
                number=checkpoint.number,
                label=label,
                step=step,
                commit=checkpoint.commit,
                duration_s=checkpoint.duration_s,
            )
        )
        return checkpoint

    async def _scrub(self) -> str | None:
        scanner = self.checkpoints.scanner
        report = await anyio.to_thread.run_sync(
            lambda: scrub(self.repo, keep=self._unsafe_before, scan=scanner.scan())
        )
        if not report:
            return None
        self.emit(WorkspaceScrubbed(session_id=self.id, description=report.describe()))
        return report.describe()

    # The timeline: the checkpoints of the current line of work (a rewind drops what came after).
    @property
    def _timeline_file(self) -> Path:
        return self.folder.path / "timeline.json"

    def timeline(self) -> list[Checkpoint]:
        numbers: list[int] = (
            json.loads(self._timeline_file.read_text()) if self._timeline_file.is_file() else []
        )
        by_number = {c.number: c for c in self.checkpoints.checkpoints()}
        return [by_number[n] for n in numbers if n in by_number]

    def _timeline_add(self, checkpoint: Checkpoint) -> None:
        self._timeline_write([c.number for c in self.timeline()] + [checkpoint.number])

    def _timeline_write(self, numbers: list[int]) -> None:
        self._timeline_file.write_text(json.dumps(numbers))

    def state_at(self, step: int) -> Checkpoint | None:
        """The checkpoint holding the workspace as it was at the end of ``step`` (None: as it is now)."""
        timeline = self.timeline()
        exact = [c for c in timeline if c.step == step]
        if exact:
            return exact[-1]
        later = [c for c in timeline if c.step is not None and c.step > step]
        return later[0] if later else None

    def _last_change_step(self) -> int | None:
        # A "before step N" mark is taken before the step's first non-read-only call, which may change
        # nothing (a test run, a refused call): the step changed files only if the next snapshot differs.
        timeline = self.timeline()
        steps = [
            c.step + 1
            for i, c in enumerate(timeline)
            if c.label.startswith("before step")
            and c.step is not None
            and (i + 1 == len(timeline) or timeline[i + 1].tree != c.tree)
        ]
        return steps[-1] if steps else None

    # -- undo, rewind, diff ------------------------------------------------------------------------

    def preview_rewind(self, step: int) -> RestoreReport:
        target = self.state_at(step)
        if target is None:
            raise RewindError(f"no checkpoint for step {step}: the session has {self._steps_done()} steps")
        return self.checkpoints.preview(target)

    def preview_undo(self) -> RestoreReport:
        return self.preview_rewind(self._undo_step())

    def _undo_step(self) -> int:
        step = self._last_change_step()
        if step is None:
            raise RewindError("nothing to undo: no step of this session changed the workspace")
        return step - 1

    async def undo(self, *, conversation: bool = False) -> RestoreReport:
        """Revert the files of the last step that changed any (and, with ``conversation``, the turn too)."""
        return await self.rewind(self._undo_step(), "both" if conversation else "code")

    async def rewind(self, step: int, what: RewindWhat = "both") -> RestoreReport:
        """Return the code, the conversation or both to the end of ``step`` (0: the session's start)."""
        if self._cancel is not None:
            raise RewindError("a turn is running; interrupt it first")
        if not self.timeline():
            raise RewindError(f"session {self.id} has no checkpoints yet: nothing to rewind")
        report = RestoreReport(target=self.timeline()[0], changes=[])
        if what in ("code", "both"):
            target = self.state_at(step)
            if target is None:
                raise RewindError(
                    f"no checkpoint for step {step}: the session has {self._steps_done()} steps"
                )
            report = await anyio.to_thread.run_sync(self.checkpoints.restore, target)
            # The line of work now ends at step N: what came after (and the target's own "before step"
            # mark, so a second undo goes further back) leaves the timeline; the restored state joins it.
            numbers = [c.number for c in self.timeline()]
            self._timeline_write(numbers[: numbers.index(target.number)])
            await self._snapshot(f"rewound to step {step}", step=step)
            self._changed_steps = {s for s in self._changed_steps if s <= step}
        if what in ("conversation", "both") and self.folder.trajectory.is_file():
            self._replace_trajectory(step)
            self._history = self._agent().restore(self.folder.trajectory)
            self._changed_steps = {s for s in self._changed_steps if s <= step}
        self.emit(
            Notice(
                session_id=self.id,
                message=f"rewound {what} to step {step}: {len(report.changes)} files changed",
            )
        )
        return report

    def changes(self, step: int | None = None) -> list[FileChange]:
        old, new = self._diff_ends(step)
        return self.checkpoints.changes(old, new)

    def diff(self, step: int | None = None) -> str:
        """The session's changes as a unified diff: of one step, or overall (start to now)."""
        old, new = self._diff_ends(step)
        return self.checkpoints.diff(old, new)

    def _diff_ends(self, step: int | None) -> tuple[Checkpoint, Checkpoint]:
        timeline = self.timeline()
        if not timeline:
            raise RewindError(f"session {self.id} has no checkpoints yet: nothing to compare")
        if step is None:
            return timeline[0], self.checkpoints.snapshot("diff", step=None)
        old = self.state_at(step - 1) or self.checkpoints.snapshot("diff", step=None)
        new = self.state_at(step) or self.checkpoints.snapshot("diff", step=None)
        return old, new


@dataclass(frozen=True)
class CompactReport:
    """What `CodingSession.compact` did (from its `compaction` event in the trajectory)."""

    tokens_before: int  # the prompt the next turn would have sent
    tokens_after: int
    messages_before: int
    messages_after: int
    stage: int  # 1: old tool results elided; 2: the turns summarised
    summary: str | None


class CompactError(RuntimeError):
    """A compaction that cannot be done; the message says why."""


class SessionBlocked(RuntimeError):
    """A session_start hook refused the session."""


class RewindError(RuntimeError):
    """A rewind or undo that cannot be done; the message says why."""


def _last_step(path: Path) -> int:
    steps = [e.step for e in read_trajectory(path).events if e.type == "step_started"]
    return steps[-1] if steps else 0


def _last_complete_step(path: Path) -> int:
    """The last step whose completion and every tool result are recorded."""
    calls: dict[int, int] = {}
    results: dict[int, int] = {}
    completed: set[int] = set()
    for event in read_trajectory(path).events:
        if event.type == "completion":
            completed.add(event.step)
        elif event.type == "tool_call":
            calls[event.step] = calls.get(event.step, 0) + 1
        elif event.type == "tool_result":
            results[event.step] = results.get(event.step, 0) + 1
    done = [s for s in completed if results.get(s, 0) >= calls.get(s, 0)]
    return max(done, default=0)
