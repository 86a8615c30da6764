"""Streaming through the public SDK: `run_stream` returns a `RunStream` whose ``.result`` continues the
conversation, ``history=`` takes a result or its messages, ``run_finished.output`` is ``RunResult.output``,
``on_limit="error"`` raises from the stream as from ``run``, an engine with no output left ends the run
with its reason, and the deltas count the step's generated tokens (the live view shows them)."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import pytest
from cli_helpers import agentkit, write_task
from pydantic import BaseModel
from rich.console import Console

from agentkit import (
    Agent,
    ExitReason,
    LimitExceeded,
    Limits,
    ReplayEngine,
    RunResult,
    RunStream,
    ScriptedEngine,
    tool,
)
from agentkit.agent import AgentError
from agentkit.agent.events import RunEvent
from agentkit.agent.trajectory import read_trajectory
from agentkit.cli.live import EventPrinter
from agentkit.engines.scripted import Conversation, Reply, Turn, call
from agentkit.gemma4.tokenizer import Gemma4Tokenizer

pytestmark = pytest.mark.anyio


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@tool(runs_in="host")
def add(a: int, b: int) -> int:
    """Add two integers."""
    return a + b


class Sum(BaseModel):
    total: int
    note: str = ""


async def drain(stream: RunStream) -> list[RunEvent]:
    return [event async for event in stream]


# -- RunStream: events, then .result ---------------------------------------------------------------------


async def test_the_stream_ends_with_a_result_that_continues_the_conversation(
    tokenizer: Gemma4Tokenizer,
) -> None:
    engine = ScriptedEngine([call("add", a=2, b=3), "5", "And 5 again."], tokenizer)
    agent = Agent(engine, [add])
    stream = agent.run_stream("2+3?")
    assert isinstance(stream, RunStream)
    with pytest.raises(AgentError, match=r"before the stream ended: iterate it to the end first"):
        stream.result  # noqa: B018
    events = await drain(stream)
    first = stream.result
    assert isinstance(first, RunResult) and first.output == "5" and first.usage.steps == 2
    assert events[-1].type == "run_finished" and events[-1].run_id == first.run_id
    before = list(first.messages)

    later = agent.run_stream("Again?", history=first)
    assert [e.type for e in await drain(later)][-1] == "run_finished"
    assert later.result.output == "And 5 again." and later.result.usage.steps == 3
    assert later.result.messages[: len(before)] == before and first.messages == before  # first unchanged


async def test_a_stream_left_early_says_it_has_no_result(tokenizer: Gemma4Tokenizer) -> None:
    stream = Agent(ScriptedEngine(["one", "two"], tokenizer)).run_stream("hi")
    async for event in stream:
        if event.type == "step_started":
            break
    await stream.aclose()
    with pytest.raises(AgentError, match="closed before its run finished"):
        stream.result  # noqa: B018


async def test_resume_stream_has_the_same_shape(tmp_path: Path, tokenizer: Gemma4Tokenizer) -> None:
    path = tmp_path / "run.jsonl"
    outputs = tmp_path / "outputs.jsonl"
    outputs.write_text(
        json.dumps({"completion": "<|tool_call>call:add{a:2,b:3}<tool_call|><|tool_response>"}) + "\n"
    )
    # The recording runs out after the tool call: the run ends there, with the reason, and no exception.
    stream = Agent(ReplayEngine.from_jsonl(outputs, tokenizer), [add]).run_stream("2+3?", trajectory=path)
    events = await drain(stream)
    assert stream.result.exit_reason is ExitReason.OUTPUTS_EXHAUSTED
    assert stream.result.error == (
        f"the engine ran out at step 2: ReplayEngine has no output left: all 1 outputs of {outputs} were "
        "played; give it more outputs (or cycle=True)"
    )
    assert events[-1].type == "run_finished" and events[-1].exit_reason is ExitReason.OUTPUTS_EXHAUSTED
    assert read_trajectory(path).events[-1] == events[-1]
    # With more outputs the run goes on from the step that had none; the finished call is not run again.
    resumed = Agent(ReplayEngine(["5<turn|>"], tokenizer), [add]).resume_stream(path)
    assert isinstance(resumed, RunStream)
    more = await drain(resumed)
    assert [e.type for e in more if e.type in ("tool_result", "run_finished")] == ["run_finished"]
    assert resumed.result.output == "5" and resumed.result.usage.steps == 2


# -- history= --------------------------------------------------------------------------------------------


async def test_history_takes_a_results_messages_and_never_changes_them(
    tmp_path: Path, tokenizer: Gemma4Tokenizer
) -> None:
    seen: list[Conversation] = []

    def model(conversation: Conversation) -> Reply:
        seen.append(conversation)
        return "It was 5." if "Which sum" in conversation.user_message else call("add", a=2, b=3)

    first = await Agent(
        ScriptedEngine([call("add", a=2, b=3), "5"], tokenizer), [add], system_prompt="Terse."
    ).run("2+3?")
    messages = first.messages
    snapshot = [m.model_copy(deep=True) for m in messages]
    path = tmp_path / "from-messages.jsonl"
    agent = Agent(ScriptedEngine(model, tokenizer), [add], system_prompt="Terse.")
    later = await agent.run("Which sum was it?", history=messages, trajectory=path)
    assert later.output == "It was 5."
    assert first.messages is messages and messages == snapshot  # the list and the messages are unchanged
    assert later.messages[: len(messages)] == messages and len(later.messages) == len(messages) + 2
    prompt = seen[0].prompt  # the model saw the earlier conversation, once, with one system prompt
    assert prompt.count("Terse.") == 1 and "2+3?" in prompt and "response:add{value:5}" in prompt
    # The trajectory records the messages, so it alone rebuilds the run.
    started = read_trajectory(path).events[0]
    assert started.type == "run_started" and started.history == messages
    restored = Agent(ScriptedEngine([], tokenizer), [add], system_prompt="Terse.").restore(path)
    assert restored.messages == later.messages


async def test_history_as_messages_without_a_system_prompt_gets_the_agents(
    tokenizer: Gemma4Tokenizer,
) -> None:
    first = await Agent(ScriptedEngine(["Hello."], tokenizer)).run("hi")
    seen: list[str] = []

    def model(conversation: Conversation) -> Reply:
        seen.append(conversation.prompt)
        return "Bye."

    later = await Agent(ScriptedEngine(model, tokenizer), system_prompt="Be kind.").run(
        "bye", history=first.messages
    )
    assert later.messages[0].role == "system" and later.messages[0].content == "Be kind."
    assert seen[0].count("Be kind.") == 1 and seen[0].index("hi") < seen[0].index("bye")


async def test_a_run_from_messages_resumes_from_its_trajectory(
    tmp_path: Path, tokenizer: Gemma4Tokenizer
) -> None:
    first = await Agent(ScriptedEngine(["Hello."], tokenizer), [add]).run("hi")
    path = tmp_path / "run.jsonl"
    agent = Agent(ScriptedEngine([call("add", a=1, b=1)], tokenizer), [add])
    stopped = await agent.run("1+1?", history=first.messages, trajectory=path)
    assert stopped.exit_reason is ExitReason.OUTPUTS_EXHAUSTED
    resumed = await Agent(ScriptedEngine(["2"], tokenizer), [add]).resume(path)
    assert resumed.output == "2" and resumed.messages[: len(first.messages)] == first.messages


@pytest.mark.parametrize(
    ("history", "message"),
    [
        ("hi", r"history= takes a RunResult or a list of messages \(such as RunResult.messages\), got str"),
        (42, r"got int"),
        ([{"role": "user", "content": "hi"}], r"history\[0\] is a dict, not a SystemMessage, UserMessage"),
    ],
)
async def test_a_bad_history_is_a_type_error_at_the_call(
    history: Any, message: str, tokenizer: Gemma4Tokenizer
) -> None:
    agent = Agent(ScriptedEngine(["x"], tokenizer))
    with pytest.raises(TypeError, match=message):
        agent.run_stream("go", history=history)  # not iterated: the call itself refuses it
    with pytest.raises(TypeError, match=message):
        await agent.run("go", history=history)


# -- run_finished.output is RunResult.output ---------------------------------------------------------------


async def test_run_finished_output_is_the_output_type_instance(
    tmp_path: Path, tokenizer: Gemma4Tokenizer
) -> None:
    path = tmp_path / "typed.jsonl"
    agent = Agent(ScriptedEngine(['{"total": 5, "note": "sum"}'], tokenizer), output_type=Sum)
    stream = agent.run_stream("2+3 as JSON", trajectory=path)
    finished = (await drain(stream))[-1]
    assert finished.type == "run_finished"
    assert isinstance(finished.output, Sum) and finished.output == stream.result.output == Sum(
        total=5, note="sum"
    )
    # The trajectory holds JSON; read back it is that JSON, and a resume gives the typed value again.
    last = json.loads(path.read_text(encoding="utf-8").splitlines()[-1])
    assert last["output"] == {"total": 5, "note": "sum"}
    assert read_trajectory(path).events[-1].output == {"total": 5, "note": "sum"}
    assert (await agent.resume(path)).output == Sum(total=5, note="sum")
    shown = agentkit("replay", path)
    assert shown.returncode == 0 and "✓ final_answer · 1 step" in shown.stdout, shown.stderr


# -- on_limit="error" --------------------------------------------------------------------------------------


async def test_on_limit_error_raises_from_the_stream_as_from_run(
    tmp_path: Path, tokenizer: Gemma4Tokenizer
) -> None:
    def agent() -> Agent[None]:
        replies = [call("add", a=1, b=1), call("add", a=2, b=2)]
        return Agent(ScriptedEngine(replies, tokenizer), [add], limits=Limits(max_steps=1, on_limit="error"))

    with pytest.raises(LimitExceeded) as from_run:
        await agent().run("go")
    path = tmp_path / "limited.jsonl"
    stream = agent().run_stream("go", trajectory=path)
    seen: list[RunEvent] = []
    with pytest.raises(LimitExceeded) as from_stream:
        async for event in stream:
            seen.append(event)
    assert str(from_stream.value) == str(from_run.value)
    assert from_stream.value.result.exit_reason is ExitReason.MAX_STEPS
    assert seen[-1].type == "run_finished" and seen[-1].exit_reason is ExitReason.MAX_STEPS  # yielded first
    assert read_trajectory(path).events[-1] == seen[-1]  # and logged
    assert stream.result.exit_reason is ExitReason.MAX_STEPS
    # The default, on_limit="final_message", still just ends the stream.
    plain = Agent(ScriptedEngine([call("add", a=1, b=1)], tokenizer), [add], limits=Limits(max_steps=1))
    quiet = plain.run_stream("go")
    assert (await drain(quiet))[-1].exit_reason is ExitReason.MAX_STEPS and quiet.result.usage.steps == 1


# -- generated tokens while a thought streams --------------------------------------------------------------


async def test_deltas_count_the_steps_generated_tokens_and_the_status_shows_them(
    tokenizer: Gemma4Tokenizer,
) -> None:
    thought = "Let me think about this sum carefully, one digit at a time, before I answer."
    engine = ScriptedEngine([Turn(thought=thought, text="It is 5.")], tokenizer, chunk_tokens=1)
    console = Console(file=io.StringIO(), width=200, force_terminal=False, color_system=None)
    printer = EventPrinter(console)
    counts: list[int] = []
    shown: list[str] = []
    async for event in Agent(engine, thinking=True).run_stream("2+3?"):
        printer.handle(event)
        if event.type == "thought_delta":
            counts.append(event.generated_tokens)
            with console.capture() as capture:
                console.print(printer.status())
            shown.append(capture.get())
        if event.type == "usage":
            total = event.generated_tokens
    assert len(counts) > 5 and counts == sorted(counts) and counts[0] >= 1 and counts[-1] < total
    assert f"+ {counts[-1]:,} generated tokens" in shown[-1]  # while the thought streams, not at the end
    assert f"+ {counts[2]:,} generated tokens" in shown[2] and counts[2] < counts[-1]
    with console.capture() as capture:
        console.print(printer.status())
    assert f"+ {total:,} generated tokens" in capture.get()  # the step's usage, counted once


def test_the_cli_exits_3_when_a_limit_ends_the_run_with_on_limit_error(tmp_path: Path) -> None:
    path = write_task(
        tmp_path,
        "version: 1\nengine: {kind: replay, outputs: ['<|tool_call>call:nothing{}<tool_call|><|tool_response>']}\n"
        "model: {tokenizer: '{tokenizer}'}\nprompt: go\nlimits: {max_steps: 1, on_limit: error}\n",
    )
    done = agentkit("run", path, "--quiet")
    assert done.returncode == 3, done.stderr
    assert "error: max_steps: the step limit (1) was reached" in done.stderr
    assert "LimitExceeded" not in done.stderr and "the run failed" not in done.stderr
