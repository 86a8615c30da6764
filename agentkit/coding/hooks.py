"""Hooks: commands or Python callables run at points of a coding session, able to block what happens.

Events: ``session_start``, ``user_prompt_submit`` (a prompt before the model sees it),
``pre_tool_use`` (a call before it runs; ``match`` filters by tool name or category glob),
``post_tool_use`` (after, with the result) and ``stop`` (the model is about to give its answer).

A command hook runs on the host with ``bash -c`` in the repository, gets the event as one JSON object on
stdin, and answers by its exit code: 0 lets it pass; 2 blocks, and its stderr (or stdout) is the
message (fed back to the model for tool and stop events: a blocked ``stop`` makes the model go on with
the message as its next instruction). Any other exit code, a crash or a timeout is a failure that
blocks too unless the hook says ``on_error: allow``: a hook that cannot run never passes silently.

A Python hook is ``callable(payload) -> None | str`` (sync or async): None passes, a string blocks
with that message, an exception is a failure as above.
"""

from __future__ import annotations

import inspect
import json
import os
import signal
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final, Literal, get_args

import anyio
from anyio.abc import Process

HookEvent = Literal["session_start", "user_prompt_submit", "pre_tool_use", "post_tool_use", "stop"]
HOOK_EVENTS: Final[tuple[str, ...]] = get_args(HookEvent)
BLOCK_EXIT_CODE: Final = 2
HookFunction = Callable[[dict[str, Any]], "str | None | Awaitable[str | None]"]


class HookConfigError(ValueError):
    """A hook entry that cannot be used; the message names the scope and the entry."""


@dataclass(frozen=True)
class Hook:
    event: HookEvent
    command: str | None = None
    function: HookFunction | None = None
    match: str | None = None
    timeout_s: float = 30.0
    on_error: Literal["block", "allow"] = "block"
    scope: str = "cli"

    @property
    def label(self) -> str:
        what = (
            self.command if self.command is not None else getattr(self.function, "__qualname__", "callable")
        )
        return f"{self.event} hook {what!r} ({self.scope})"

    def applies_to(self, tool: str | None, category: str | None) -> bool:
        if self.match is None or tool is None:
            return True
        from fnmatch import fnmatchcase

        return fnmatchcase(tool, self.match) or (category is not None and fnmatchcase(category, self.match))


@dataclass(frozen=True)
class HookOutcome:
    """The combined answer of the hooks for one event: blocked or not, and the messages."""

    blocked: bool = False
    message: str = ""
    hook: str | None = None
    failures: tuple[str, ...] = ()


def hook_from_config(event: str, entry: Mapping[str, Any], scope: str) -> Hook:
    where = f"{scope} config: hooks.{event}"
    if event not in HOOK_EVENTS:
        from agentkit.suggest import suggest

        raise HookConfigError(
            f"{where}: unknown hook event{suggest(event, HOOK_EVENTS)} (events: {', '.join(HOOK_EVENTS)})"
        )
    unknown = set(entry) - {"command", "match", "timeout", "on_error"}
    if unknown:
        raise HookConfigError(
            f"{where}: unknown keys {sorted(unknown)}; a hook has command, match, timeout, on_error"
        )
    command = entry.get("command")
    if not isinstance(command, str) or not command.strip():
        raise HookConfigError(f"{where}: each hook needs a command (a bash command line)")
    on_error = entry.get("on_error", "block")
    if on_error not in ("block", "allow"):
        raise HookConfigError(f"{where}: on_error must be 'block' (the default) or 'allow', not {on_error!r}")
    timeout = entry.get("timeout", 30.0)
    if not isinstance(timeout, int | float) or isinstance(timeout, bool) or timeout <= 0:
        raise HookConfigError(f"{where}: timeout must be a positive number of seconds, not {timeout!r}")
    match = entry.get("match")
    if match is not None and not isinstance(match, str):
        raise HookConfigError(f"{where}: match must be a tool name or glob, not {match!r}")
    return Hook(event, command=command, match=match, timeout_s=float(timeout), on_error=on_error, scope=scope)  # type: ignore[arg-type]


class HookRunner:
    """Runs the hooks of each event in order; the first that blocks stops the rest."""

    def __init__(self, hooks: list[Hook], *, cwd: Path, environ: Mapping[str, str] | None = None) -> None:
        self.hooks = hooks
        self.cwd = cwd
        self.environ = dict(os.environ if environ is None else environ)

    def for_event(self, event: HookEvent) -> list[Hook]:
        return [hook for hook in self.hooks if hook.event == event]

    async def run(
        self,
        event: HookEvent,
        payload: dict[str, Any],
        *,
        tool: str | None = None,
        category: str | None = None,
    ) -> HookOutcome:
        failures: list[str] = []
        for hook in self.for_event(event):
            if not hook.applies_to(tool, category):
                continue
            blocked, message = await self._one(hook, {"event": event, **payload})
            if blocked is None:  # the hook failed
                failures.append(message)
                if hook.on_error == "block":
                    return HookOutcome(True, message, hook.label, tuple(failures))
                continue
            if blocked:
                return HookOutcome(True, message, hook.label, tuple(failures))
        return HookOutcome(False, "", None, tuple(failures))

    async def _one(self, hook: Hook, payload: dict[str, Any]) -> tuple[bool | None, str]:
        """(True, message) blocks, (False, "") passes, (None, why) failed."""
        if hook.function is not None:
            try:
                with anyio.fail_after(hook.timeout_s):
                    value = hook.function(payload)
                    if inspect.isawaitable(value):
                        value = await value
            except TimeoutError:
                return None, f"{hook.label} did not finish within {hook.timeout_s:g}s"
            except Exception as exc:  # noqa: BLE001 - a hook's bug is a hook failure (it blocks by default)
                return None, f"{hook.label} raised {type(exc).__name__}: {exc}"
            if value is None:
                return False, ""
            return True, str(value) or f"blocked by {hook.label}"
        assert hook.command is not None
        return await self._command(hook, hook.command, payload)

    async def _command(self, hook: Hook, command: str, payload: dict[str, Any]) -> tuple[bool | None, str]:
        data = json.dumps(payload, default=str).encode()
        env = {**self.environ, "AGENTKIT_HOOK_EVENT": hook.event, "AGENTKIT_PROJECT_DIR": str(self.cwd)}
        try:
            process = await anyio.open_process(
                ["bash", "-c", command], cwd=self.cwd, env=env, start_new_session=True
            )
        except OSError as exc:
            return None, f"{hook.label} could not start: {exc}"
        try:
            with anyio.fail_after(hook.timeout_s):
                stdout, stderr = await _communicate(process, data)
                code = await process.wait()
        except TimeoutError:
            _kill_group(process)
            with anyio.CancelScope(shield=True):
                await process.wait()
            return None, f"{hook.label} did not finish within {hook.timeout_s:g}s and was killed"
        finally:
            if process.returncode is None:
                _kill_group(process)
        err = stderr.decode("utf-8", "replace").strip()
        out = stdout.decode("utf-8", "replace").strip()
        if code == 0:
            return False, ""
        if code == BLOCK_EXIT_CODE:
            return True, err or out or f"blocked by {hook.label}"
        detail = f": {err[-2000:]}" if err else ""
        return None, f"{hook.label} failed with exit code {code}{detail}"


async def _communicate(process: Process, data: bytes) -> tuple[bytes, bytes]:
    out: list[bytes] = []
    err: list[bytes] = []

    async def read(stream: Any, into: list[bytes]) -> None:
        if stream is None:
            return
        async for chunk in stream:
            into.append(chunk)

    async with anyio.create_task_group() as group:
        group.start_soon(read, process.stdout, out)
        group.start_soon(read, process.stderr, err)
        if process.stdin is not None:
            try:
                await process.stdin.send(data)
            except (anyio.BrokenResourceError, anyio.ClosedResourceError):
                pass  # the hook did not read its input: fine
            await process.stdin.aclose()
    return b"".join(out), b"".join(err)


def _kill_group(process: Process) -> None:
    try:
        os.killpg(process.pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass
