"""Spans from a run's events: imported only when tracing is on (it imports OpenTelemetry).

`RunSpans.wrap` sits between a run's event generator and whoever reads it. It opens ``invoke_agent``
when the run starts, a ``chat`` child per step (StepStarted to Completion) and an ``execute_tool`` child
per tool call, and ends each with the times the events carry. While the loop generates a step, the
``chat`` span is the current OpenTelemetry context (so an instrumented HTTP engine's requests nest under
it); otherwise the ``invoke_agent`` span is.

Tool results are logged once a step's calls have all finished, each with its duration; dispatch runs
read-only calls together and the others one after another, so each ``execute_tool`` span is placed by
replaying that schedule (`agentkit.agent.dispatch`'s own batching) from the moment dispatch began.

A failure inside tracing is logged and never breaks the run.
"""

from __future__ import annotations

import contextlib
import logging
import time
import traceback
from collections.abc import AsyncGenerator
from typing import Any

from opentelemetry import context as otel_context
from opentelemetry import trace
from opentelemetry.trace import Span, SpanKind, Status, StatusCode

from agentkit.agent.events import (
    CompletionEvent,
    ErrorEvent,
    ExitReason,
    RunEvent,
    RunFinished,
    RunStarted,
    StepStarted,
    ToolCallEvent,
    ToolResultEvent,
    UsageEvent,
)
from agentkit.tracing import attributes as A
from agentkit.tracing.config import ActiveTracing
from agentkit.tracing.content import Content
from agentkit.tracing.engine_info import describe_engine
from agentkit.tracing.redact import Redactor

log = logging.getLogger("agentkit.tracing")


def _ns(seconds: float) -> int:
    return int(seconds * 1_000_000_000)


class RunSpans:
    """The spans of one run, built from its events."""

    def __init__(self, active: ActiveTracing, agent: Any, run: Any) -> None:
        self.tracer = active.tracer
        self.agent = agent
        self.run = run
        config = active.config
        info = describe_engine(agent.engine)
        self.provider = config.provider_name or info.provider
        self.model = config.model or info.model
        self.chat_kind = SpanKind.CLIENT if info.remote else SpanKind.INTERNAL
        self.server = info.server
        self.agent_name = config.agent_name
        self.redactor = Redactor(secrets=info.secrets)
        self.content = Content(self.redactor, config.max_content_chars) if active.capture else None
        self.root: Span | None = None
        self.root_context: Any = None
        # The step being generated or just generated; ended when the next step or the results come.
        self.chat: Span | None = None
        self.chat_context: Any = None
        self.generating = False
        self.chat_end_ns: int | None = None
        self.chat_output: list[dict[str, Any]] = []
        self.chat_repairs: list[str] = []
        # The step's tool calls, in call order, and their results as they are logged.
        self.calls: list[ToolCallEvent] = []
        self.call_errors: dict[str, str] = {}
        self.results: dict[str, ToolResultEvent] = {}
        self.dispatch_ns: int | None = None
        self.requested_ns = 0
        self.stepped = False
        self.totals = {"input": 0, "cached": 0, "output": 0, "repairs": 0, "tool_calls": 0, "failed": 0}
        self.finished: RunFinished | None = None
        self.broken = False

    # -- the wrapper ------------------------------------------------------------------------------------

    async def wrap(self, events: AsyncGenerator[RunEvent, None]) -> AsyncGenerator[RunEvent, None]:
        self._guard(self._start_root)
        failure: BaseException | None = None
        try:
            while True:
                self.requested_ns = time.time_ns()
                current = self.chat_context if self.generating else self.root_context
                token = otel_context.attach(current) if current is not None and not self.broken else None
                try:
                    event = await events.__anext__()
                except StopAsyncIteration:
                    break
                finally:
                    if token is not None:
                        otel_context.detach(token)
                self._guard(self._on_event, event)
                yield event
        except GeneratorExit:
            raise  # the reader stopped early: not an error of the run
        except BaseException as error:
            failure = error
            raise
        finally:
            try:
                await events.aclose()
            finally:
                self._guard(self._finish, failure)

    def _guard(self, method: Any, *args: Any) -> None:
        if self.broken:
            return
        try:
            method(*args)
        except Exception:  # tracing must never break a run: say so once and stop tracing it
            self.broken = True
            log.exception("agentkit tracing failed for run %s; no more spans for this run", self.run.run_id)
            for span in (self.chat, self.root):  # end what is open, so no span is left dangling
                if span is not None:
                    with contextlib.suppress(Exception):
                        span.end()

    # -- spans ------------------------------------------------------------------------------------------

    def _common(self, operation: str) -> dict[str, Any]:
        attributes: dict[str, Any] = {A.OPERATION_NAME: operation, A.PROVIDER_NAME: self.provider}
        if self.model:
            attributes[A.REQUEST_MODEL] = self.model
        return attributes

    def _start_root(self) -> None:
        attributes = self._common(A.OP_INVOKE_AGENT)
        attributes[A.CONVERSATION_ID] = self.run.run_id
        if self.agent_name:
            attributes[A.AGENT_NAME] = self.agent_name
        name = f"{A.OP_INVOKE_AGENT} {self.agent_name}" if self.agent_name else A.OP_INVOKE_AGENT
        self.root = self.tracer.start_span(name, kind=SpanKind.INTERNAL, attributes=attributes)
        self.root_context = trace.set_span_in_context(self.root)

    def _on_event(self, event: RunEvent) -> None:
        if isinstance(event, StepStarted):
            self._end_step()
            self._start_chat(event)
        elif isinstance(event, CompletionEvent):
            self._completion(event)
        elif isinstance(event, UsageEvent):
            self._usage(event)
        elif isinstance(event, ToolCallEvent):
            self.calls.append(event)
            self.chat_repairs.extend(event.repairs)
            if self.content is not None:
                self.chat_output.append(self.content.tool_call(event.call_id, event.name, event.arguments))
        elif isinstance(event, ErrorEvent):
            self._error(event)
        elif isinstance(event, ToolResultEvent):
            self._tool_result(event)
        elif isinstance(event, RunStarted):
            assert self.root is not None
            self.root.set_attribute(A.AK_TOOLS, event.tools)
            if self.content is not None:
                self.root.set_attribute(
                    A.INPUT_MESSAGES, self.content.dumps([self.content.user(event.prompt)])
                )
        elif isinstance(event, RunFinished):
            self.finished = event

    def _start_chat(self, event: StepStarted) -> None:
        assert self.root is not None
        if not self.stepped and self._uses_sandbox():
            # Between asking for the run's first step and getting it, the loop leases the sandbox (and
            # renders the first prompt, which takes microseconds next to a lease).
            self.root.set_attribute(A.AK_SANDBOX_LEASE_S, max(0, _ns(event.at) - self.requested_ns) / 1e9)
        self.stepped = True
        sampling = self.run.spec.sampling_for(event.step)
        attributes = self._common(A.OP_CHAT)
        attributes.update(
            {
                A.CONVERSATION_ID: self.run.run_id,
                A.REQUEST_STREAM: True,
                A.REQUEST_TEMPERATURE: float(sampling.temperature),
                A.REQUEST_TOP_P: float(sampling.top_p),
                A.REQUEST_TOP_K: int(sampling.top_k),
                A.REQUEST_MAX_TOKENS: int(sampling.max_tokens),
                A.AK_STEP: event.step,
                A.AK_PREFIX_STABLE: event.prefix_stable,
            }
        )
        if sampling.seed is not None:
            attributes[A.REQUEST_SEED] = sampling.seed
        if self.server is not None:
            attributes[A.SERVER_ADDRESS], attributes[A.SERVER_PORT] = self.server
        name = f"{A.OP_CHAT} {self.model}" if self.model else A.OP_CHAT
        self.chat = self.tracer.start_span(
            name,
            context=self.root_context,
            kind=self.chat_kind,
            attributes=attributes,
            start_time=_ns(event.at),
        )
        self.chat_context = trace.set_span_in_context(self.chat)
        self.generating = True
        self.chat_end_ns = None
        self.chat_output = []
        self.chat_repairs = []
        if self.content is not None:
            messages = list(self.run.state.messages)
            system = [m for m in messages[:1] if m.role == "system"]
            if system:
                self.chat.set_attribute(
                    A.SYSTEM_INSTRUCTIONS, self.content.dumps(self.content.system(system[0]))
                )
            rest = messages[len(system) :]
            self.chat.set_attribute(A.INPUT_MESSAGES, self.content.dumps(self.content.messages(rest)))

    def _uses_sandbox(self) -> bool:
        return self.agent.sandbox is not None or bool(self.agent.toolset.needs_sandbox)

    def _completion(self, event: CompletionEvent) -> None:
        self.generating = False
        self.chat_end_ns = _ns(event.at)
        if self.chat is None:
            return
        self.chat.set_attribute(A.RESPONSE_FINISH_REASONS, [event.finish_reason])
        self.chat.set_attribute(A.AK_ENGINE_REQUESTS, len(event.request_lengths) or 1)
        if self.content is not None:
            self.chat_output = self.content.completion(event.reasoning, event.content)

    def _usage(self, event: UsageEvent) -> None:
        self.totals["input"] += event.prompt_tokens
        self.totals["cached"] += event.cached_prompt_tokens
        self.totals["output"] += event.generated_tokens
        if self.chat is None:
            return
        self.chat.set_attributes(
            {
                A.USAGE_INPUT_TOKENS: event.prompt_tokens,
                A.USAGE_CACHE_READ_INPUT_TOKENS: event.cached_prompt_tokens,
                A.USAGE_OUTPUT_TOKENS: event.generated_tokens,
                A.AK_PREFIX_CACHE_HIT: event.cached_prompt_tokens > 0,
            }
        )
        if event.time_to_first_token_s is not None:
            self.chat.set_attribute(A.AK_TTFT_S, event.time_to_first_token_s)
        if event.decode_tokens_per_s is not None:
            self.chat.set_attribute(A.AK_DECODE_TPS, event.decode_tokens_per_s)

    def _error(self, event: ErrorEvent) -> None:
        attributes: dict[str, str | int] = {A.AK_ERROR_KIND: event.kind, A.AK_STEP: event.step}
        if self.calls and self.calls[-1].error is not None and self.calls[-1].call_id not in self.call_errors:
            # The error the loop logs right after a call it could not use (parse error, unknown tool).
            self.call_errors[self.calls[-1].call_id] = event.kind
            return
        target = self.chat if self.chat is not None and event.kind == "thought_budget" else self.root
        if target is not None:
            target.add_event(A.AK_ERROR_EVENT, attributes)

    def _tool_result(self, event: ToolResultEvent) -> None:
        if self.dispatch_ns is None:
            self.dispatch_ns = self.requested_ns  # the read that waited for dispatch to run the calls
            self._end_chat()
        self.results[event.call_id] = event
        if all(call.call_id in self.results for call in self.calls):
            self._emit_tools(self.dispatch_ns, time.time_ns())

    def _end_chat(self) -> None:
        if self.chat is None:
            return
        if self.chat_repairs:
            self.chat.set_attribute(A.AK_REPAIRS, list(self.chat_repairs))
            self.totals["repairs"] += len(self.chat_repairs)
        if self.content is not None and self.chat_output:
            self.chat.set_attribute(
                A.OUTPUT_MESSAGES, self.content.dumps([self.content.assistant(self.chat_output)])
            )
        self.chat.end(end_time=self.chat_end_ns or time.time_ns())
        self.chat = None
        self.chat_context = None
        self.generating = False

    def _end_step(self, interrupted: str | None = None) -> None:
        self._end_chat()
        if self.calls:
            start = self.dispatch_ns or time.time_ns()
            self._emit_tools(start, time.time_ns(), interrupted=interrupted)

    def _emit_tools(self, dispatch_ns: int, now_ns: int, interrupted: str | None = None) -> None:
        """One ``execute_tool`` span per call, placed where dispatch ran it."""
        from agentkit.agent.dispatch import _batches
        from agentkit.agent.step import PlannedCall
        from agentkit.messages import ToolCall

        planned = [
            PlannedCall(call=ToolCall(id=c.call_id, name=c.name, arguments=c.arguments), error=c.error)
            for c in self.calls
        ]
        start = dispatch_ns
        for batch in _batches(planned, self.agent.tools, self.agent.parallel_tool_calls):
            batch_end = start
            for index in batch:
                call = self.calls[index]
                result = self.results.get(call.call_id)
                end = start + _ns(result.duration_s) if result is not None else now_ns
                self._tool_span(call, result, start, end, interrupted)
                batch_end = max(batch_end, end)
            start = batch_end
        self.calls = []
        self.results = {}
        self.call_errors = {}
        self.dispatch_ns = None

    def _tool_span(
        self,
        call: ToolCallEvent,
        result: ToolResultEvent | None,
        start: int,
        end: int,
        interrupted: str | None,
    ) -> None:
        tool = self.agent.tools.get(call.name)
        attributes: dict[str, Any] = {
            A.OPERATION_NAME: A.OP_EXECUTE_TOOL,
            A.TOOL_NAME: call.name,
            A.TOOL_CALL_ID: call.call_id,
            A.TOOL_TYPE: "function",
            A.AK_STEP: call.step,
        }
        if tool is not None:
            attributes[A.TOOL_DESCRIPTION] = tool.description
            attributes[A.AK_TOOL_RUNS_IN] = tool.policy.runs_in
        if call.repairs:
            attributes[A.AK_REPAIRS] = list(call.repairs)
        if result is not None:
            attributes[A.AK_TOOL_DURATION_S] = result.duration_s
        if self.content is not None:
            attributes[A.TOOL_CALL_ARGUMENTS] = self.content.dumps(self.content.clean(call.arguments))
            if result is not None and not result.is_error:
                attributes[A.TOOL_CALL_RESULT] = self.content.dumps(self.content.clean(result.content))
        span = self.tracer.start_span(
            f"{A.OP_EXECUTE_TOOL} {call.name}",
            context=self.root_context,
            kind=SpanKind.INTERNAL,
            attributes=attributes,
            start_time=start,
        )
        self.totals["tool_calls"] += 1
        error_type: str | None = None
        description = ""
        if call.error is not None:
            error_type = self.call_errors.get(call.call_id, "invalid_call")
            description = "the model's call could not be used"
        elif result is None:
            error_type = interrupted or "interrupted"
            description = "the run ended before the call finished"
        elif result.is_error:
            error_type = A.TOOL_ERROR
            description = "the tool returned an error"
        if error_type is not None:
            self.totals["failed"] += 1
            span.set_attribute(A.ERROR_TYPE, error_type)
            span.set_status(Status(StatusCode.ERROR, description))
            if self.content is not None and result is not None:
                span.add_event(
                    "exception",
                    {A.EXCEPTION_TYPE: error_type, A.EXCEPTION_MESSAGE: self.content.text_of(result.content)},
                )
        span.end(end_time=end)

    # -- the end ----------------------------------------------------------------------------------------

    def _finish(self, failure: BaseException | None) -> None:
        root = self.root
        if root is None:
            return
        reason = self.finished.exit_reason if self.finished is not None else self.run.exit_reason
        if failure is not None and self.chat is not None and self.generating:
            self._record(self.chat, failure)
        self._end_step(interrupted=reason.value if isinstance(reason, ExitReason) else None)
        root.set_attributes(
            {
                A.USAGE_INPUT_TOKENS: self.totals["input"],
                A.USAGE_CACHE_READ_INPUT_TOKENS: self.totals["cached"],
                A.USAGE_OUTPUT_TOKENS: self.totals["output"],
                A.AK_STEPS: int(self.run.counters.usage.steps),
                A.AK_TOOL_CALLS: self.totals["tool_calls"],
                A.AK_FAILED_TOOL_CALLS: self.totals["failed"],
                A.AK_REPAIRS_TOTAL: self.totals["repairs"],
            }
        )
        if isinstance(reason, ExitReason):
            root.set_attribute(A.AK_EXIT_REASON, reason.value)
        if failure is not None and reason is not ExitReason.CANCELLED:
            self._record(root, failure)
        elif isinstance(reason, ExitReason) and reason is not ExitReason.FINAL_ANSWER:
            why = self.finished.error if self.finished is not None else None
            root.set_attribute(A.ERROR_TYPE, reason.value)
            root.set_status(Status(StatusCode.ERROR, self.redactor.text(why or reason.value)))
        if self.content is not None and self.finished is not None and self.finished.output is not None:
            output = self.content.clean(self.finished.output)
            root.set_attribute(
                A.OUTPUT_MESSAGES,
                self.content.dumps([self.content.assistant([self.content.text_part(output)])]),
            )
        root.end()
        self.root = None

    def _record(self, span: Span, failure: BaseException) -> None:
        message = self.redactor.text(str(failure))
        # The stack trace repeats the message (and may hold more): redact it too.
        stack = self.redactor.text("".join(traceback.format_exception(failure)))
        span.record_exception(
            failure, attributes={A.EXCEPTION_MESSAGE: message, A.EXCEPTION_STACKTRACE: stack}
        )
        span.set_attribute(A.ERROR_TYPE, type(failure).__qualname__)
        span.set_status(Status(StatusCode.ERROR, f"{type(failure).__name__}: {message}"))
