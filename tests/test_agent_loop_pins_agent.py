"""Behaviour of `Agent` (agentkit/agent/agent.py) and the run's result and stream that mutation testing
(mutmut, pyproject.toml) found unpinned.

Each test pins, through the public API, something a user relies on: the first prompt a dry run shows is
the one a run sends, tool sources open around a streamed run or once for an entered agent, a restored
interrupted run says so, a compaction needs a conversation. The ScriptedEngine stands in for the model.
"""

from __future__ import annotations

import json
import logging
import re
import warnings
from collections import Counter
from collections.abc import AsyncGenerator, AsyncIterator, Sequence
from contextlib import asynccontextmanager
from datetime import UTC, date, datetime
from pathlib import Path
from types import TracebackType
from typing import Any

import anyio
import pytest
from agent_echo_tool import echo  # a tool that runs in the sandbox
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter
from pydantic import BaseModel

from agentkit import Agent, ExitReason, Limits, RunResult, RunStream, ScriptedEngine, tool
from agentkit.agent import AgentError, LimitExceeded
from agentkit.agent.events import RunEvent, RunFinished, RunStarted, jsonable_output
from agentkit.agent.media import MediaError, prompt_media
from agentkit.agent.result import ResumeError, RunUsage
from agentkit.agent.trajectory import read_trajectory
from agentkit.engines.scripted import Conversation, Reply, call
from agentkit.gemma4 import (
    DEFAULT_REVISION,
    IMAGE_PLACEHOLDER_ID,
    MAX_VIDEO_FRAMES,
    REVISIONS,
    VIDEO_PLACEHOLDER_ID,
    renders_media_in_tool_results,
)
from agentkit.gemma4.tokenizer import Gemma4Tokenizer
from agentkit.messages import (
    AssistantMessage,
    ImagePart,
    Message,
    SystemMessage,
    TextPart,
    ToolMessage,
    UserMessage,
    VideoPart,
)
from agentkit.sandbox.config import SandboxConfig
from agentkit.sandbox.provider import FreshContainer
from agentkit.tool import RunContext
from agentkit.tool.core import Tool
from agentkit.tool.toolset import Toolset
from agentkit.tracing import TracingConfig

pytestmark = pytest.mark.anyio


@tool(runs_in="host")
def add(a: int, b: int) -> int:
    """Add two integers."""
    return a + b


@tool(runs_in="host", read_only=True)
def clock() -> str:
    """The time on the clock."""
    return "noon"


OTHER_REVISION = next(r for r in REVISIONS if r != DEFAULT_REVISION)


class Point(BaseModel):
    x: int


def recording(tokenizer: Gemma4Tokenizer, reply: Reply = "Done.") -> tuple[ScriptedEngine, list[str]]:
    """A scripted model that answers ``reply`` and keeps every prompt it was sent, as text."""
    prompts: list[str] = []

    def model(conversation: Conversation) -> Reply:
        prompts.append(conversation.prompt)
        return reply

    return ScriptedEngine(model, tokenizer), prompts


# -- the first prompt, rendered without running ------------------------------------------------------------


@pytest.mark.parametrize(
    ("options", "run_thinking", "prompt"),
    [
        ({}, None, "hi"),
        ({"system_prompt": "Terse."}, None, "hi"),
        ({"system_prompt": "Terse.", "output_type": Point}, True, "hi"),
        ({"thinking": True}, None, "hi"),
        ({"thinking": True}, False, [TextPart(text="look "), TextPart(text="twice")]),
        ({"revision": OTHER_REVISION, "thinking": True}, None, "hi"),
    ],
)
async def test_the_rendered_first_prompt_is_the_one_a_run_sends(
    tokenizer: Gemma4Tokenizer, options: dict[str, Any], run_thinking: bool | None, prompt: Any
) -> None:
    engine, prompts = recording(tokenizer, '{"x": 1}' if "output_type" in options else "Done.")
    agent = Agent(engine, [add], **options)
    rendered = agent.render_first_prompt(prompt, thinking=run_thinking)
    await agent.run(prompt, thinking=run_thinking)
    assert rendered == prompts[0]
    assert rendered.count("declaration:add") == 1
    thinking = options.get("thinking", False) if run_thinking is None else run_thinking
    assert ("<|think|>" in rendered) is thinking
    assert rendered.count("Terse.") == ("system_prompt" in options)
    assert ("JSON Schema" in rendered) is ("output_type" in options)


# -- tool sources: open around a run, or once for an entered agent -------------------------------------------


class ClockSource:
    """A tool source of host tools: its tools exist only while it is open (as an MCP server's do)."""

    def __init__(self) -> None:
        self.opened = 0
        self.closed = 0
        self.is_open = False
        self.closed_by: BaseException | None = None

    @asynccontextmanager
    async def open(self) -> AsyncIterator[None]:
        self.opened += 1
        self.is_open = True
        try:
            yield
        except BaseException as exc:  # what ended the block, as an MCP connection would see it
            self.closed_by = exc
            raise
        finally:
            self.is_open = False
            self.closed += 1

    async def current_tools(self) -> Sequence[Tool]:
        assert self.is_open, "tools asked for while closed"
        return [clock]


async def test_a_streamed_run_opens_its_tool_sources_around_itself(tokenizer: Gemma4Tokenizer) -> None:
    source = ClockSource()
    engine = ScriptedEngine([call("clock"), "It is noon."], tokenizer)
    agent = Agent(engine, [add, source], tool_choice="clock")  # named by a source: checked per step
    assert list(agent.tools) == ["add"] and source.opened == 0
    stream = agent.run_stream("Time?")
    assert isinstance(stream, RunStream) and source.opened == 0  # nothing opens before the first event
    events = [event async for event in stream]
    assert (source.opened, source.closed) == (1, 1)
    started = events[0]
    assert started.type == "run_started" and started.tools == ["add", "clock"]
    results = [e for e in events if e.type == "tool_result"]
    assert [(r.name, r.content, r.is_error) for r in results] == [("clock", "noon", False)]
    assert stream.result.output == "It is noon." and stream.result.run_id == started.run_id
    assert events[-1].type == "run_finished" and events[-1].run_id == started.run_id


async def test_a_streamed_run_with_sources_continues_a_history(tokenizer: Gemma4Tokenizer) -> None:
    source = ClockSource()
    engine, prompts = recording(tokenizer, "Still noon.")
    agent = Agent(engine, [source], system_prompt="Terse.")
    first = await agent.run("Time?")
    stream = agent.run_stream("And now?", history=first)
    events = [event async for event in stream]
    assert events[0].type == "run_started" and events[0].continued
    assert stream.result.run_id == first.run_id and stream.result.usage.steps == 2
    assert "Time?" in prompts[1] and prompts[1].count("Terse.") == 1
    with pytest.raises(TypeError, match="history= takes a RunResult or a list of messages"):
        agent.run_stream("x", history="not a history")  # refused at the call, sources or not


async def test_a_stream_with_sources_left_early_has_no_result(tokenizer: Gemma4Tokenizer) -> None:
    source = ClockSource()
    stream = Agent(ScriptedEngine(["one"], tokenizer), [source]).run_stream("hi")
    with pytest.raises(AgentError, match="before the stream ended"):
        stream.result  # noqa: B018
    await stream.aclose()  # closed before its first event: no run was made
    with pytest.raises(AgentError, match="closed before its run finished"):
        stream.result  # noqa: B018
    assert source.opened == 0


async def test_an_entered_agent_opens_its_sources_once_for_every_run(tokenizer: Gemma4Tokenizer) -> None:
    source = ClockSource()
    agent = Agent(ScriptedEngine([call("clock"), "Noon.", "Still noon."], tokenizer), [add, source])
    async with agent as entered:
        assert entered is agent
        assert list(agent.tools) == ["add", "clock"] and source.is_open
        first = await agent.run("Time?")
        assert [e async for e in agent.run_stream("Again?")][-1].type == "run_finished"
        assert (source.opened, source.closed) == (1, 0)
    assert (source.opened, source.closed) == (1, 1)
    assert list(agent.tools) == ["add"]  # the sources' tools leave with them
    assert first.output == "Noon." and first.usage.tool_calls == 1 and source.closed_by is None


async def test_an_error_that_leaves_an_entered_agent_reaches_its_sources(tokenizer: Gemma4Tokenizer) -> None:
    source = ClockSource()
    agent = Agent(ScriptedEngine([], tokenizer), [source])
    failure = KeyError("the application failed")
    with pytest.raises(KeyError):
        async with agent:
            raise failure
    assert source.closed_by is failure and (source.opened, source.closed) == (1, 1)


# -- restore, resume_stream ----------------------------------------------------------------------------------


async def test_a_restored_interrupted_run_counts_as_cancelled(
    tmp_path: Path, tokenizer: Gemma4Tokenizer
) -> None:
    path = tmp_path / "run.jsonl"
    await Agent(ScriptedEngine([call("add", a=2, b=3), "5"], tokenizer), [add]).run("2+3?", trajectory=path)
    lines = path.read_text().splitlines()
    assert json.loads(lines[-1])["type"] == "run_finished"
    path.write_text("\n".join(lines[:-1]) + "\n")  # the process died before the run ended
    restored = Agent(ScriptedEngine([], tokenizer), [add]).restore(path)
    assert restored.exit_reason is ExitReason.CANCELLED
    assert restored.error == "the run was interrupted"
    assert restored.output is None and restored.messages[-1].content == "5"


async def test_a_restored_run_that_ran_out_of_outputs_keeps_that_reason(
    tmp_path: Path, tokenizer: Gemma4Tokenizer
) -> None:
    path = tmp_path / "run.jsonl"
    stopped = await Agent(ScriptedEngine([call("add", a=2, b=3)], tokenizer), [add]).run(
        "2+3?", trajectory=path
    )
    assert stopped.exit_reason is ExitReason.OUTPUTS_EXHAUSTED
    restored = Agent(ScriptedEngine([], tokenizer), [add]).restore(path)
    assert (restored.exit_reason, restored.error) == (ExitReason.OUTPUTS_EXHAUSTED, stopped.error)
    assert restored.messages == stopped.messages
    # resumed and finished since: the end that counts is the last one
    await Agent(ScriptedEngine(["5"], tokenizer), [add]).resume(path)
    assert Agent(ScriptedEngine([], tokenizer), [add]).restore(path).exit_reason is ExitReason.FINAL_ANSWER


async def test_a_restored_finished_run_keeps_its_reason(tmp_path: Path, tokenizer: Gemma4Tokenizer) -> None:
    path = tmp_path / "run.jsonl"
    await Agent(ScriptedEngine(["5"], tokenizer), [add]).run("2+3?", trajectory=path)
    restored = Agent(ScriptedEngine([], tokenizer), [add]).restore(path)
    assert (
        restored.exit_reason is ExitReason.FINAL_ANSWER and restored.error is None and restored.output == "5"
    )


async def test_resume_stream_opens_the_sources_and_appends_to_the_trajectory(
    tmp_path: Path, tokenizer: Gemma4Tokenizer
) -> None:
    path = tmp_path / "run.jsonl"
    source = ClockSource()
    stopped = await Agent(ScriptedEngine([call("clock")], tokenizer), [source]).run("Time?", trajectory=path)
    assert stopped.exit_reason is ExitReason.OUTPUTS_EXHAUSTED
    agent = Agent(ScriptedEngine(["Noon."], tokenizer), [source])
    stream = agent.resume_stream(path)
    with pytest.raises(AgentError, match="before the stream ended"):
        stream.result  # noqa: B018
    events = [event async for event in stream]
    assert (source.opened, source.closed) == (2, 2)
    assert stream.result.output == "Noon." and stream.result.run_id == stopped.run_id
    assert read_trajectory(path).events[-1] == events[-1]
    unread = agent.resume_stream(path)
    await unread.aclose()  # closed before its first event: nothing was resumed
    with pytest.raises(AgentError, match="closed before its run finished"):
        unread.result  # noqa: B018
    assert source.opened == 2


# -- compact ------------------------------------------------------------------------------------------------


async def test_compacting_a_result_without_a_conversation_is_refused(tokenizer: Gemma4Tokenizer) -> None:
    bare = RunResult("r", ExitReason.FINAL_ANSWER, "x", "x", [], RunUsage())
    with pytest.raises(AgentError) as error:
        await Agent(ScriptedEngine([], tokenizer)).compact(bare)
    assert str(error.value) == "this result has no conversation state to compact"


async def test_a_result_without_a_trajectory_compacts_in_memory(tokenizer: Gemma4Tokenizer) -> None:
    engine = ScriptedEngine([call("add", a=2, b=3), "Five.", "Summary: 2+3 is five."], tokenizer)
    agent = Agent(engine, [add], limits=Limits(max_steps=5))
    first = await agent.run("2+3?")
    assert first.trajectory_path is None
    compacted = await agent.compact(first)
    assert compacted.usage.compactions == 1 and compacted.trajectory_path is None
    assert compacted.output == "Five." and compacted.exit_reason is ExitReason.FINAL_ANSWER
    assert first.usage.compactions == 0
    assert [m.role for m in compacted.messages] == ["user", "user", "assistant"]


# -- run_stream's options reach the run, with tool sources or without ------------------------------------


@tool(runs_in="host", read_only=True)
def whose(ctx: RunContext[str]) -> str:
    """Whose run this is."""
    return f"deps={ctx.deps}"


@pytest.mark.parametrize("with_source", [False, True])
async def test_run_stream_passes_deps_thinking_and_trajectory_to_the_run(
    tmp_path: Path, tokenizer: Gemma4Tokenizer, with_source: bool
) -> None:
    engine = ScriptedEngine(
        [call("whose"), "Yours.", call("whose"), "Also.", call("whose"), "Mine."], tokenizer
    )
    tools: list[Any] = [whose, ClockSource()] if with_source else [whose]
    agent = Agent(engine, tools, deps="agent's", system_prompt="Terse.")
    path = tmp_path / "run.jsonl"
    stream = agent.run_stream("Whose?", deps="run's", thinking=True, trajectory=path)
    events = [event async for event in stream]
    assert events[0].type == "run_started" and events[0].thinking and events[0].prompt == "Whose?"
    assert [e.content for e in events if e.type == "tool_result"] == ["deps=run's"]
    assert read_trajectory(path).events == events
    assert stream.result.trajectory_path == path and stream.result.output == "Yours."
    assert "<|think|>" in tokenizer.decode(stream.result.prompt_ids)
    ran = await agent.run("Whose?", deps="run's too", history=stream.result)
    assert [m.content for m in ran.messages if m.role == "tool"][-1] == "deps=run's too"
    # Without deps= the agent's own are used.
    again = agent.run_stream("Whose?", history=stream.result)
    assert [e.content async for e in again if e.type == "tool_result"] == ["deps=agent's"]


# -- RunStream: the events, then the result; where a limit raises ----------------------------------------------


def result_with(reason: ExitReason) -> RunResult:
    return RunResult("r1", reason, None, f"ended: {reason.value}", [], RunUsage(steps=1))


def started(prompt: str = "p") -> RunStarted:
    return RunStarted(run_id="r1", prompt=prompt, thinking=False)


class Events:
    """The events a run would yield (two of them), noting what was thrown in and whether it was closed."""

    def __init__(self, *, catch: bool = False) -> None:
        self.caught: list[BaseException] = []
        self.closed = False
        self.catch = catch

    async def events(self) -> AsyncGenerator[RunEvent, None]:
        try:
            try:
                yield started("one")
            except ValueError as exc:
                if not self.catch:
                    raise
                self.caught.append(exc)
                try:
                    yield started("after the error")
                except ValueError as again:  # caught too: the run ends (the generator returns)
                    self.caught.append(again)
                return
            yield started("two")
        finally:
            self.closed = True


def stream_of(
    events: AsyncGenerator[RunEvent, None], reason: ExitReason | None, *, raise_on_limit: bool
) -> tuple[RunStream, list[int]]:
    asked: list[int] = []

    def result_of() -> RunResult | None:
        asked.append(1)
        return None if reason is None else result_with(reason)

    return RunStream(events, result_of, raise_on_limit=raise_on_limit), asked


async def test_a_run_stream_ends_once_and_keeps_its_result() -> None:
    stream, asked = stream_of(Events().events(), ExitReason.FINAL_ANSWER, raise_on_limit=True)
    assert stream.__aiter__() is stream
    with pytest.raises(AgentError) as early:
        stream.result  # noqa: B018
    assert str(early.value) == (
        "RunStream.result was read before the stream ended: iterate it to the end first "
        "(async for event in stream: ...), then read .result"
    )
    assert [e.prompt async for e in stream if e.type == "run_started"] == ["one", "two"]
    assert asked == [1] and stream.result.exit_reason is ExitReason.FINAL_ANSWER
    with pytest.raises(StopAsyncIteration):
        await stream.__anext__()  # ended: the events are not asked again, nor the result
    with pytest.raises(StopAsyncIteration):
        await stream.asend(None)
    assert asked == [1] and stream.result is stream.result


@pytest.mark.parametrize("raise_on_limit", [False, True])
async def test_a_limit_raises_after_the_last_event_only_when_asked(raise_on_limit: bool) -> None:
    stream, _ = stream_of(Events().events(), ExitReason.MAX_STEPS, raise_on_limit=raise_on_limit)
    seen: list[str] = []
    if raise_on_limit:
        with pytest.raises(LimitExceeded) as raised:
            async for event in stream:
                seen.append(event.type)
        assert raised.value.result is stream.result and str(raised.value) == "ended: max_steps"
    else:
        seen = [event.type async for event in stream]
    assert seen == ["run_started", "run_started"] and stream.result.exit_reason is ExitReason.MAX_STEPS


async def test_a_final_answer_never_raises_and_a_run_without_a_result_says_so() -> None:
    stream, _ = stream_of(Events().events(), ExitReason.FINAL_ANSWER, raise_on_limit=True)
    assert len([e async for e in stream]) == 2
    stream, _ = stream_of(Events().events(), None, raise_on_limit=True)
    assert len([e async for e in stream]) == 2  # no result (never a RunFinished): nothing to raise
    with pytest.raises(AgentError) as error:
        stream.result  # noqa: B018
    assert str(error.value) == (
        "the stream was closed before its run finished, so there is no result: iterate it to the end "
        "(without break) to continue the conversation, or use agent.restore(trajectory)"
    )


async def test_an_error_from_the_run_passes_through_and_never_becomes_a_limit_error() -> None:
    async def failing() -> AsyncGenerator[RunEvent, None]:
        yield started()
        raise KeyError("engine gone")

    stream, asked = stream_of(failing(), ExitReason.MAX_STEPS, raise_on_limit=True)
    await stream.__anext__()
    with pytest.raises(KeyError, match="engine gone"):
        await stream.__anext__()
    assert asked == [1] and stream.result.exit_reason is ExitReason.MAX_STEPS
    with pytest.raises(StopAsyncIteration):
        await stream.__anext__()


@pytest.mark.parametrize("as_instance", [True, False])
async def test_athrow_reaches_the_run_and_ends_the_stream(as_instance: bool) -> None:
    source = Events(catch=True)
    stream, asked = stream_of(source.events(), ExitReason.MAX_STEPS, raise_on_limit=True)
    await stream.__anext__()
    error = ValueError("stop here")
    answer = await (stream.athrow(error) if as_instance else stream.athrow(ValueError, error, None))
    assert answer.type == "run_started" and answer.prompt == "after the error"
    assert [str(e) for e in source.caught] == ["stop here"] and asked == []  # not ended yet
    with pytest.raises(LimitExceeded):  # the run then ended by itself: as at any end, a limit raises
        await stream.athrow(ValueError("again"))
    assert asked == [1] and source.closed and len(source.caught) == 2


def origin() -> TracebackType:
    """A traceback from somewhere else (what athrow's three-argument form passes along)."""
    try:
        raise RuntimeError("elsewhere")
    except RuntimeError as exc:
        assert exc.__traceback__ is not None
        return exc.__traceback__


async def test_athrow_passes_the_traceback_it_is_given() -> None:
    source = Events(catch=True)
    stream, _ = stream_of(source.events(), ExitReason.FINAL_ANSWER, raise_on_limit=True)
    await stream.__anext__()
    error = ValueError("with a traceback")
    await stream.athrow(ValueError, error, origin())
    [caught] = source.caught
    assert caught is error
    frames = []
    trace = caught.__traceback__
    while trace is not None:
        frames.append(trace.tb_frame.f_code.co_name)
        trace = trace.tb_next
    assert "origin" in frames


async def test_an_athrow_the_run_does_not_catch_ends_the_stream_without_a_limit_error() -> None:
    source = Events()
    stream, asked = stream_of(source.events(), ExitReason.MAX_STEPS, raise_on_limit=True)
    await stream.__anext__()
    with pytest.raises(ValueError, match="unhandled"):
        await stream.athrow(ValueError("unhandled"))
    assert asked == [1] and source.closed and stream.result.exit_reason is ExitReason.MAX_STEPS


async def test_closing_a_stream_ends_it_without_a_limit_error() -> None:
    source = Events()
    stream, asked = stream_of(source.events(), ExitReason.MAX_STEPS, raise_on_limit=True)
    await stream.__anext__()
    await stream.aclose()
    assert source.closed and asked == [1] and stream.result.exit_reason is ExitReason.MAX_STEPS
    with pytest.raises(StopAsyncIteration):
        await stream.__anext__()


# -- every entry point is traced when tracing is on ----------------------------------------------------------


def tracing_to_memory() -> tuple[TracingConfig, InMemorySpanExporter]:
    exporter = InMemorySpanExporter()
    provider = TracerProvider()
    provider.add_span_processor(SimpleSpanProcessor(exporter))
    return TracingConfig(tracer_provider=provider), exporter


def traced_runs(exporter: InMemorySpanExporter) -> list[tuple[str, int]]:
    """(conversation id, chat spans under it) of each traced run, in the order they ended."""
    spans = exporter.get_finished_spans()
    chats = Counter(s.parent.span_id for s in spans if s.name.startswith("chat") and s.parent is not None)
    return [
        (str((s.attributes or {})["gen_ai.conversation.id"]), chats[s.context.span_id])
        for s in spans
        if s.name == "invoke_agent" and s.context is not None
    ]


@pytest.mark.parametrize("with_source", [False, True])
async def test_every_entry_point_traces_its_run(
    tmp_path: Path, tokenizer: Gemma4Tokenizer, with_source: bool
) -> None:
    tracing, exporter = tracing_to_memory()
    tools: list[Any] = [add, ClockSource()] if with_source else [add]
    path = tmp_path / "run.jsonl"
    agent = Agent(ScriptedEngine([call("add", a=1, b=2)], tokenizer), tools, tracing=tracing)
    stopped = await agent.run("1+2?", trajectory=path)  # the engine runs out after the call
    streamed = agent.run_stream("again?")
    assert [e async for e in streamed][-1].type == "run_finished"
    resumer = Agent(ScriptedEngine(["3", "3 again"], tokenizer), tools, tracing=tracing)
    resumed = await resumer.resume(path)
    stream = resumer.resume_stream(path)
    assert [e async for e in stream][-1].type == "run_finished"
    assert resumed.output == "3" and stream.result.exit_reason is ExitReason.FINAL_ANSWER
    assert traced_runs(exporter) == [
        (stopped.run_id, 2),  # the step of the call, then a step the engine had nothing for
        (streamed.result.run_id, 1),
        (stopped.run_id, 0),  # the resumed step was started (and traced) before the engine ran out
        (stopped.run_id, 0),  # already finished: nothing to generate
    ]


# -- the result and the events' helpers ------------------------------------------------------------------------


def test_limit_reasons_are_exactly_the_limits() -> None:
    limits = {r for r in ExitReason if r.is_limit}
    assert limits == {
        ExitReason.MAX_STEPS,
        ExitReason.MAX_GENERATED_TOKENS,
        ExitReason.MAX_CONTEXT_TOKENS,
        ExitReason.WALL_TIME,
        ExitReason.FORMAT_ERRORS,
        ExitReason.RETRIES_EXHAUSTED,
    }


def test_limit_exceeded_says_the_results_text_or_its_reason() -> None:
    with_text = result_with(ExitReason.WALL_TIME)
    assert (
        str(LimitExceeded(with_text)) == "ended: wall_time" and LimitExceeded(with_text).result is with_text
    )
    bare = RunResult("r1", ExitReason.MAX_STEPS, None, None, [], RunUsage())
    assert str(LimitExceeded(bare)) == str(ExitReason.MAX_STEPS)
    assert isinstance(LimitExceeded(bare), AgentError)


@pytest.mark.parametrize(
    ("steps", "stable", "share"), [(0, 0, 1.0), (1, 1, 1.0), (3, 3, 1.0), (3, 2, 0.5), (5, 1, 0.0)]
)
def test_prefix_stability_is_the_share_of_later_steps_that_extended_the_last(
    steps: int, stable: int, share: float
) -> None:
    assert RunUsage(steps=steps, prefix_stable_steps=stable).prefix_stability == share


async def test_a_results_messages_without_a_state_are_a_copy(tokenizer: Gemma4Tokenizer) -> None:
    bare = RunResult("r", ExitReason.FINAL_ANSWER, "x", "x", [UserMessage(content="hi")], RunUsage())
    full = bare.full_messages
    full.append(UserMessage(content="more"))
    assert bare.full_messages == [UserMessage(content="hi")] and bare.prompt_ids == []
    assert bare.ok and not result_with(ExitReason.OUTPUTS_EXHAUSTED).ok
    ran = await Agent(ScriptedEngine(["Hi."], tokenizer)).run("hi")
    assert ran.full_messages == ran.messages and ran.full_messages is not ran.full_messages
    assert (
        tokenizer.decode(ran.prompt_ids)
        == "<bos><|turn>user\nhi<turn|>\n<|turn>model\n<|channel>thought\n<channel|>Hi.<turn|>"
    )


class Stamp(BaseModel):
    at: datetime
    where: Path


def test_outputs_become_json_data_and_what_cannot_is_described() -> None:
    stamp = Stamp(at=datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC), where=Path("/tmp/x"))
    assert jsonable_output(stamp) == {"at": "2026-01-02T03:04:05Z", "where": "/tmp/x"}
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # serialised as data of any type: no "unexpected value" warning
        assert jsonable_output({"when": date(2026, 1, 2), "n": (1, 2)}) == {"when": "2026-01-02", "n": [1, 2]}
    odd = object()
    assert jsonable_output(odd) == repr(odd)
    finished = RunFinished(run_id="r", exit_reason=ExitReason.FINAL_ANSWER, output=stamp)
    assert finished.model_dump()["output"]["where"] == Path("/tmp/x")  # as Python: not made JSON
    assert json.loads(finished.model_dump_json())["output"] == {
        "at": "2026-01-02T03:04:05Z",
        "where": "/tmp/x",
    }


async def test_a_resume_by_a_different_agent_names_every_difference(
    tmp_path: Path, tokenizer: Gemma4Tokenizer
) -> None:
    path = tmp_path / "run.jsonl"
    await Agent(ScriptedEngine([call("add", a=1, b=2)], tokenizer), [add]).run("1+2?", trajectory=path)
    other = Agent(
        ScriptedEngine(["3"], tokenizer),
        [clock],
        revision=OTHER_REVISION,
        append_only=False,
        system_prompt="New.",
    )
    with pytest.raises(ResumeError) as error:
        await other.resume(path)
    assert str(error.value) == (
        f"{path}: cannot resume with this agent: "
        f"revision: trajectory has {DEFAULT_REVISION!r}, this agent {OTHER_REVISION!r}; "
        "append_only: trajectory has True, this agent False; "
        "tools: trajectory has ['add'], this agent ['clock']; "
        "system prompt: trajectory has None, this agent 'New.'"
    )


# -- media: which images and videos a prompt carries ---------------------------------------------------------


def ids_with(images: int, videos: int) -> list[int]:
    """Prompt ids holding that many image and video placeholders (among ordinary tokens)."""
    return [2, 105, *[IMAGE_PLACEHOLDER_ID] * images, 107, *[VIDEO_PLACEHOLDER_ID] * videos, 106]


def test_media_come_in_conversation_order_from_user_and_system_messages_only() -> None:
    red, blue, green = ImagePart(data=b"red"), ImagePart(data=b"blue"), ImagePart(data=b"green")
    clip = VideoPart(frames=(b"f1", b"f2"))
    messages: list[Message] = [
        SystemMessage(content=[TextPart(text="Look."), red]),
        UserMessage(content=[blue, TextPart(text="and"), clip]),
        AssistantMessage(content=[ImagePart(data=b"never sent")]),  # the model's own turn holds no input
        UserMessage(content="plain text"),
        UserMessage(content=[green]),
    ]
    media = prompt_media(messages, ids_with(3, 1), DEFAULT_REVISION)
    assert media is not None and media.images == [red, blue, green] and media.videos == [clip]
    assert prompt_media([UserMessage(content="no media")], ids_with(0, 0), DEFAULT_REVISION) is None


@pytest.mark.parametrize("revision", REVISIONS)
def test_media_in_tool_results_are_sent_only_where_the_template_renders_them(revision: str) -> None:
    shot, later = ImagePart(data=b"screenshot"), ImagePart(data=b"later")
    messages: list[Message] = [
        UserMessage(content="Take a screenshot."),
        ToolMessage(tool_call_id="call_1_0", name="screen", content=[TextPart(text="here"), shot]),
        UserMessage(content=[TextPart(text="And this one?"), later]),  # after a result left out: still sent
    ]
    rendered = renders_media_in_tool_results(revision)
    media = prompt_media(messages, ids_with(1 + rendered, 0), revision)
    assert media is not None and media.images == ([shot, later] if rendered else [later])


def test_counts_the_caller_kept_are_used_instead_of_a_scan() -> None:
    messages: list[Message] = [UserMessage(content=[ImagePart(data=b"x")])]
    media = prompt_media(messages, ids_with(0, 0), DEFAULT_REVISION, placeholders=(1, 0))
    assert media is not None and len(media.images) == 1
    with pytest.raises(MediaError):
        prompt_media(messages, ids_with(1, 0), DEFAULT_REVISION, placeholders=(0, 0))


def test_media_that_do_not_match_the_placeholders_are_refused_with_both_counts() -> None:
    messages: list[Message] = [UserMessage(content=[ImagePart(data=b"x"), VideoPart(frames=(b"f",))])]
    with pytest.raises(MediaError) as error:
        prompt_media(messages, ids_with(2, 3), DEFAULT_REVISION)
    assert str(error.value) == (
        "the prompt has 2 image and 3 video placeholders but the conversation carries 1 images and 1 videos "
        "(a literal placeholder token in a text part would cause this)"
    )


def test_a_video_longer_than_gemma_takes_is_refused() -> None:
    at_most = VideoPart(frames=(b"f",) * MAX_VIDEO_FRAMES)
    media = prompt_media([UserMessage(content=[at_most])], ids_with(0, 1), DEFAULT_REVISION)
    assert media is not None and media.videos == [at_most]
    too_long = VideoPart(frames=(b"f",) * (MAX_VIDEO_FRAMES + 1))
    with pytest.raises(MediaError) as error:
        prompt_media([UserMessage(content=[at_most, too_long])], ids_with(0, 2), DEFAULT_REVISION)
    assert str(error.value) == (
        f"a video has {MAX_VIDEO_FRAMES + 1} frames; Gemma 4 takes at most {MAX_VIDEO_FRAMES}"
    )


# -- Agent's construction: what reaches the runs ------------------------------------------------------------------


@tool(runs_in="host", read_only=True)
def note(ctx: RunContext[None], text: str) -> str:
    """Write a note to the run's log."""
    ctx.logger.warning("note: %s", text)
    return "noted"


@pytest.mark.parametrize("given", [None, "my.app"])
async def test_tools_log_to_the_agents_logger(
    tokenizer: Gemma4Tokenizer, caplog: pytest.LogCaptureFixture, given: str | None
) -> None:
    logger = logging.getLogger(given) if given else None
    agent = Agent(ScriptedEngine([call("note", text="hello"), "Noted."], tokenizer), [note], logger=logger)
    with caplog.at_level(logging.WARNING):
        result = await agent.run("Note hello.")
    assert result.output == "Noted."
    assert [(r.name, r.getMessage()) for r in caplog.records] == [(given or "agentkit.agent", "note: hello")]


@pytest.mark.parametrize("as_text", [False, True])
async def test_runs_are_recorded_in_the_trajectory_folder_by_run_id(
    tmp_path: Path, tokenizer: Gemma4Tokenizer, as_text: bool
) -> None:
    folder = tmp_path / "runs"
    agent = Agent(
        ScriptedEngine(["One.", "Two."], tokenizer), trajectory_dir=str(folder) if as_text else folder
    )
    first = await agent.run("1?")
    assert first.trajectory_path == folder / f"{first.run_id}.jsonl"
    assert read_trajectory(first.trajectory_path).events[-1].type == "run_finished"
    elsewhere = tmp_path / "chosen.jsonl"
    second = await agent.run("2?", trajectory=elsewhere)  # an explicit path wins over the folder
    assert second.trajectory_path == elsewhere and elsewhere.is_file()
    assert sorted(p.name for p in folder.iterdir()) == [f"{first.run_id}.jsonl"]
    assert (await Agent(ScriptedEngine(["3"], tokenizer)).run("3?")).trajectory_path is None


async def test_a_resumed_run_calls_its_tools_with_the_agents_deps(
    tmp_path: Path, tokenizer: Gemma4Tokenizer
) -> None:
    path = tmp_path / "run.jsonl"
    stopped = await Agent(ScriptedEngine([], tokenizer), [whose]).run("Whose?", trajectory=path)
    assert stopped.exit_reason is ExitReason.OUTPUTS_EXHAUSTED
    agent = Agent(ScriptedEngine([call("whose"), "Yours."], tokenizer), [whose], deps="the resumer's")
    resumed = await agent.resume(path)
    assert resumed.output == "Yours."
    assert [m.content for m in resumed.messages if m.role == "tool"] == ["deps=the resumer's"]
    assert kinds(path).count("header") == 1  # appended to: the header is not written again


async def test_a_resume_thinks_as_the_recorded_run_did(tmp_path: Path, tokenizer: Gemma4Tokenizer) -> None:
    path = tmp_path / "run.jsonl"
    stopped = await Agent(ScriptedEngine([], tokenizer)).run("Think.", thinking=True, trajectory=path)
    assert stopped.exit_reason is ExitReason.OUTPUTS_EXHAUSTED
    engine, prompts = recording(tokenizer, "Thought.")
    resumed = await Agent(engine).resume(path)  # this agent does not think by default; the run did
    assert resumed.output == "Thought." and "<|think|>" in prompts[0]


def test_the_sandbox_runs_get_is_the_given_one_or_a_fresh_container_when_a_tool_needs_one() -> None:
    engine = ScriptedEngine([])
    assert Agent(engine, [add]).spec.sandbox is None  # no tool needs one: no container is started
    default = Agent(engine, [add, echo]).spec.sandbox
    assert isinstance(default, FreshContainer) and default.config == SandboxConfig()
    config = SandboxConfig(memory="1g")
    for tools in ([add], [add, echo]):
        given = Agent(engine, tools, sandbox=config).spec.sandbox
        assert isinstance(given, FreshContainer) and given.config is config


@tool(runs_in="host", timeout_s=5.0)
def slow_add(a: int, b: int) -> int:
    """Add slowly."""
    return a + b


@tool(runs_in="host", timeout_s=0.5)
def quick_add(a: int, b: int) -> int:
    """Add quickly."""
    return a + b


def test_tool_timeouts_are_capped_by_the_limits() -> None:
    agent = Agent(ScriptedEngine([]), [slow_add, quick_add, add], limits=Limits(tool_timeout_s=1.0))
    assert {name: t.policy.timeout_s for name, t in agent.tools.items()} == {
        "slow_add": 1.0,
        "quick_add": 0.5,
        "add": 1.0,  # a tool without its own timeout gets the cap
    }
    assert agent.tools["quick_add"] is quick_add  # within the cap: the tool itself
    assert (
        Agent(ScriptedEngine([]), [quick_add], limits=Limits(tool_timeout_s=0.5)).tools["quick_add"]
        is quick_add
    )
    uncapped = Agent(ScriptedEngine([]), [slow_add], limits=Limits(tool_timeout_s=None))
    assert uncapped.tools["slow_add"] is slow_add


# -- continuing a conversation: which trajectory, which header, which counters ---------------------------------


def kinds(path: Path) -> list[str]:
    """The kind of each line of a trajectory file ("header" for a header line)."""
    return [json.loads(line).get("type", "header") for line in path.read_text().splitlines()]


async def test_a_continuation_goes_on_in_the_results_trajectory_or_a_new_one(
    tmp_path: Path, tokenizer: Gemma4Tokenizer
) -> None:
    agent = Agent(ScriptedEngine(["One.", "Two.", "Three.", "Four."], tokenizer))
    first_path = tmp_path / "first.jsonl"
    first = await agent.run("1?", trajectory=first_path)
    assert re.fullmatch(r"run-[0-9a-f]{12}", first.run_id)
    second = await agent.run("2?", history=first)  # into the result's own file: no second header
    assert second.trajectory_path == first_path and second.run_id == first.run_id
    assert kinds(first_path).count("header") == 1 and kinds(first_path).count("run_finished") == 2
    assert (first.usage.steps, second.usage.steps) == (1, 2)  # the earlier result's counters are its own
    elsewhere = tmp_path / "third.jsonl"
    third = await agent.run(
        "3?", history=second, trajectory=str(elsewhere)
    )  # a new file starts with a header
    assert third.trajectory_path == elsewhere and kinds(elsewhere)[:2] == ["header", "run_started"]
    first_path.unlink()  # the result's file is gone: it starts again, with a header
    fourth = await agent.run("4?", history=second)
    assert fourth.output == "Four." and kinds(first_path)[:2] == ["header", "run_started"]


async def test_a_result_without_a_conversation_cannot_be_continued(tokenizer: Gemma4Tokenizer) -> None:
    bare = RunResult("r", ExitReason.FINAL_ANSWER, "x", "x", [], RunUsage())
    with pytest.raises(AgentError) as error:
        await Agent(ScriptedEngine(["x"], tokenizer)).run("more", history=bare)
    assert str(error.value) == "history has no conversation state to continue"


async def test_a_run_from_messages_is_marked_continued_and_an_empty_history_is_a_new_run(
    tokenizer: Gemma4Tokenizer,
) -> None:
    agent = Agent(ScriptedEngine(["One.", "Two.", "Three."], tokenizer), system_prompt="Terse.")
    first = await agent.run("1?")
    from_messages = [e async for e in agent.run_stream("2?", history=first.messages)]
    assert from_messages[0].type == "run_started" and from_messages[0].continued
    assert from_messages[0].history == first.messages and from_messages[0].run_id != first.run_id
    fresh = [e async for e in agent.run_stream("3?", history=[])]
    assert fresh[0].type == "run_started" and not fresh[0].continued and fresh[0].history == []


@pytest.mark.parametrize(
    ("history", "message"),
    [
        (b"hi", "history= takes a RunResult or a list of messages (such as RunResult.messages), got bytes"),
        (
            (UserMessage(content="hi"), "hello"),
            (
                "history= takes a RunResult or a list of messages (such as RunResult.messages); history[1] is a "
                "str, not a SystemMessage, UserMessage, AssistantMessage or ToolMessage"
            ),
        ),
    ],
)
async def test_a_bad_history_is_explained_exactly(
    tokenizer: Gemma4Tokenizer, history: Any, message: str
) -> None:
    with pytest.raises(TypeError) as error:
        await Agent(ScriptedEngine(["x"], tokenizer)).run("go", history=history)
    assert str(error.value) == message


async def test_a_run_from_messages_calls_its_tools_with_the_runs_deps(tokenizer: Gemma4Tokenizer) -> None:
    first = await Agent(ScriptedEngine(["Hello."], tokenizer)).run("hi")
    engine = ScriptedEngine([call("whose"), "Yours.", call("whose"), "The agent's."], tokenizer)
    agent = Agent(engine, [whose], deps="the agent's")
    given = await agent.run("Whose?", history=first.messages, deps="the run's")
    default = await agent.run("Whose?", history=first.messages)
    assert [m.content for m in given.messages if m.role == "tool"] == ["deps=the run's"]
    assert [m.content for m in default.messages if m.role == "tool"] == ["deps=the agent's"]


async def test_an_agent_given_a_toolset_uses_that_toolset(tokenizer: Gemma4Tokenizer) -> None:
    toolset = Toolset([add, clock])
    agent = Agent(ScriptedEngine([call("add", a=2, b=3), "5"], tokenizer), toolset)
    assert agent.toolset is toolset and list(agent.tools) == ["add", "clock"]
    result = await agent.run("2+3?")
    assert [m.content for m in result.messages if m.role == "tool"] == [{"value": 5}]


TIMELINE: list[str] = []


@tool(runs_in="host", read_only=True)
async def nap(name: str) -> str:
    """Nap a little."""
    TIMELINE.append(f"start {name}")
    await anyio.sleep(0.05)
    TIMELINE.append(f"end {name}")
    return name


@pytest.mark.parametrize("parallel", [True, False])
async def test_parallel_tool_calls_false_runs_a_steps_calls_one_at_a_time(
    tokenizer: Gemma4Tokenizer, parallel: bool
) -> None:
    TIMELINE.clear()
    engine = ScriptedEngine([[call("nap", name="a"), call("nap", name="b")], "Rested."], tokenizer)
    result = await Agent(engine, [nap], parallel_tool_calls=parallel).run("Nap twice.")
    assert result.output == "Rested."
    if parallel:
        assert TIMELINE[:2] == ["start a", "start b"]
    else:
        assert TIMELINE == ["start a", "end a", "start b", "end b"]
