"""The guard around each tool: permissions, hooks, a checkpoint before changes, the scrub after.

The agent loop is not touched: each tool is replaced by a tool of the same name, schema and policy
whose handler asks the guard first. A refusal (a deny rule, plan mode, an ask in headless mode, a
person's "no", a blocking hook) comes back to the model as the tool's error result, so it can adjust.
"""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal, Protocol

from agentkit.coding.events import HookBlocked, PermissionDecided, RuleAdded
from agentkit.coding.hooks import HookRunner
from agentkit.coding.permissions import CallView, Decision, PermissionPolicy, Rule, call_view, generalize
from agentkit.coding.settings import add_local_rule
from agentkit.tool import RunContext, Tool, ToolError


@dataclass(frozen=True)
class PermissionRequest:
    """A call the policy says to ask about: what it is, why it asks, and what "always" would add."""

    tool: str
    arguments: dict[str, Any]
    view: CallView
    decision: Decision
    always_rules: list[Rule] = field(default_factory=list)


@dataclass(frozen=True)
class PermissionAnswer:
    choice: Literal["allow_once", "allow_always", "deny"]
    message: str | None = None  # for a denial: what the model is told


AskCallback = Callable[[PermissionRequest], Awaitable[PermissionAnswer]]


class GuardHost(Protocol):
    """What the guard needs from its session."""

    @property
    def session_id(self) -> str: ...

    @property
    def repo(self) -> Path: ...

    def emit(self, event: Any) -> None: ...

    async def before_change(self, step: int) -> None: ...

    async def after_change(self, step: int) -> str | None: ...


class ToolGuard:
    def __init__(
        self,
        host: GuardHost,
        policy: PermissionPolicy,
        hooks: HookRunner,
        *,
        ask: AskCallback | None,
        log_path: Path,
    ) -> None:
        self.host = host
        self.policy = policy
        self.hooks = hooks
        self.ask = ask  # None: headless, an ask is a denial
        self.log_path = log_path

    def wrap(self, inner: Tool) -> Tool:
        async def guarded(arguments: dict[str, Any], ctx: RunContext[Any]) -> Any:
            return await self._call(inner, arguments, ctx)

        # An ask may wait for a person, so the wrapper has no timeout; the inner tool keeps its own.
        return Tool.from_schema(
            inner.name,
            inner.json_schema,
            guarded,
            description=inner.description,
            policy=inner.policy,
            timeout_s=None,
        )

    async def _call(self, inner: Tool, arguments: dict[str, Any], ctx: RunContext[Any]) -> Any:
        view = call_view(inner.name, arguments, read_only=inner.policy.read_only)
        await self._permit(inner.name, arguments, view, ctx)
        payload = {"session_id": self.host.session_id, "cwd": str(self.host.repo), "tool": inner.name,
                   "arguments": arguments, "step": ctx.step, "call_id": ctx.tool_call_id}  # fmt: skip
        before = await self.hooks.run("pre_tool_use", payload, tool=inner.name, category=view.category)
        if before.blocked:
            self._hook_blocked("pre_tool_use", before.hook, before.message)
            raise ToolError(f"Blocked by a pre_tool_use hook: {before.message}")
        if not inner.policy.read_only:
            await self.host.before_change(ctx.step)
        result = await inner.invoke(arguments, ctx, call_id=ctx.tool_call_id)
        notes: list[str] = []
        if not inner.policy.read_only:
            scrubbed = await self.host.after_change(ctx.step)
            if scrubbed:
                notes.append(f"Note: agentkit {scrubbed} (not allowed in the repository).")
        after = await self.hooks.run(
            "post_tool_use",
            {**payload, "result": result.content, "is_error": result.is_error},
            tool=inner.name,
            category=view.category,
        )
        if after.blocked:
            self._hook_blocked("post_tool_use", after.hook, after.message)
            shown = (
                result.content if isinstance(result.content, str) else json.dumps(result.content, default=str)
            )
            raise ToolError(f"{shown}\n\nA post_tool_use hook objected: {after.message}")
        if result.is_error:
            raise ToolError("\n".join([result.error_message or "the tool failed", *notes]))
        if notes:
            value = result.content
            if isinstance(value, dict):
                return {**value, "note": " ".join(notes)}
            if isinstance(value, str):
                return value + "\n" + " ".join(notes)
        return result.value if result.value is not None else result.content

    async def _permit(
        self, name: str, arguments: dict[str, Any], view: CallView, ctx: RunContext[Any]
    ) -> None:
        decision = self.policy.decide(view)
        answered: str | None = None
        message: str | None = None
        if decision.verdict == "ask":
            if self.ask is None:
                answered = "deny (headless)"
                message = (
                    f"Permission denied: this {view.category} call needs approval ({decision.reason}) and the "
                    "session is headless, so it was refused. Use the tools you are allowed, or finish."
                )
            else:
                request = PermissionRequest(
                    name, dict(arguments), view, decision, generalize(view, self.policy)
                )
                answer = await self.ask(request)
                answered = answer.choice
                if answer.choice == "deny":
                    message = "Permission denied by the user." + (
                        f" {answer.message}" if answer.message else ""
                    )
                elif answer.choice == "allow_always":
                    for rule in request.always_rules:
                        self.policy.add(rule)
                        path = add_local_rule(self.host.repo, rule)
                        self.host.emit(
                            RuleAdded(session_id=self.host.session_id, rule=rule.text, file=str(path))
                        )
        elif decision.verdict == "deny":
            message = f"Permission denied: {decision.reason}."
        self._log(decision, view, ctx, answered)
        if message is not None:
            raise ToolError(message)

    def _log(self, decision: Decision, view: CallView, ctx: RunContext[Any], answered: str | None) -> None:
        event = PermissionDecided(
            session_id=self.host.session_id,
            step=ctx.step,
            call_id=ctx.tool_call_id,
            tool=view.tool,
            verdict=decision.verdict,
            answered=answered,
            rule=str(decision.rule) if decision.rule else None,
            reason=decision.reason,
            subjects=list(view.subjects),
        )
        with self.log_path.open("a", encoding="utf-8") as log:
            log.write(event.model_dump_json() + "\n")
        self.host.emit(event)

    def _hook_blocked(self, event: str, hook: str | None, message: str) -> None:
        self.host.emit(HookBlocked(session_id=self.host.session_id, event=event, hook=hook, message=message))
