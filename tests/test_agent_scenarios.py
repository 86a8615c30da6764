"""Agent loop scenarios with the ReplayEngine (the named stand-in for the GPU model) and host tools.

The engine's outputs are scripted; everything else is real: rendering, tokenization, the streaming
parser, validation, dispatch, the trajectory. Sandboxed scenarios are in test_agent_docker.py.
"""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import anyio
import pytest
from pydantic import BaseModel
from request_log import RequestLog

from agentkit.agent.agent import Agent, LimitExceeded
from agentkit.agent.events import (
    ExitReason,
    RunFinished,
    TextDelta,
    ThoughtDelta,
    ToolCallEvent,
    ToolResultEvent,
)
from agentkit.agent.limits import Limits
from agentkit.agent.trajectory import read_trajectory
from agentkit.engines.replay import ReplayEngine
from agentkit.gemma4.render import render
from agentkit.tool.core import ToolError, tool

pytestmark = pytest.mark.anyio

CALLS: list[tuple[str, dict[str, Any]]] = []


@tool(runs_in="host", read_only=True)
def add(a: int, b: int) -> int:
    """Add two integers.

    Args:
        a: The first integer to add.
        b: The second integer to add.
    """
    CALLS.append(("add", {"a": a, "b": b}))
    return a + b


@tool(runs_in="host")
def explode(reason: str) -> str:
    """Always fails.

    Args:
        reason: What the failure message should say.
    """
    raise ToolError(f"exploded: {reason}")


@tool(runs_in="host", timeout_s=0.2)
async def sleepy(seconds: float) -> str:
    """Sleep for a while.

    Args:
        seconds: How long to sleep, in seconds.
    """
    await anyio.sleep(seconds)
    return "woke up"


def call(name: str, args: str) -> str:
    return f"<|tool_call>call:{name}{{{args}}}<tool_call|>"


def tool_messages(result: Any) -> list[Any]:
    return [m for m in result.messages if m.role == "tool"]


def agent_for(
    tokenizer: Any, outputs: list[str], tools: list[Any] | None = None, **options: Any
) -> Agent[Any]:
    return Agent(ReplayEngine(outputs, tokenizer), tools if tools is not None else [add], **options)


@pytest.fixture(autouse=True)
def _clear_calls() -> None:
    CALLS.clear()


async def test_one_call_then_answer(tokenizer: Any) -> None:
    agent = agent_for(tokenizer, [call("add", "a:2,b:3") + "<|tool_response>", "It is 5.<turn|>"])
    result = await agent.run("What is 2+3?")
    assert result.exit_reason is ExitReason.FINAL_ANSWER
    assert result.output == "It is 5."
    assert CALLS == [("add", {"a": 2, "b": 3})]
    assert result.usage.steps == 2 and result.usage.tool_calls == 1
    # The tool result went back to the model inside the same model turn.
    prompt = tokenizer.decode(result.prompt_ids)
    assert "<|tool_response>response:add{value:5}<tool_response|>It is 5.<turn|>" in prompt
    assert prompt.count("<|turn>model") == 1


async def test_parallel_calls_run_concurrently(tokenizer: Any) -> None:
    both_started = anyio.Event()
    started: list[str] = []

    @tool(runs_in="host", read_only=True)
    async def wait_for_peer(name: str) -> str:
        """Wait until the other call has started too (deadlocks if calls run one at a time).

        Args:
            name: A label for this call.
        """
        started.append(name)
        if len(started) == 2:
            both_started.set()
        with anyio.fail_after(5):
            await both_started.wait()
        return f"{name} done"

    outputs = [
        call("wait_for_peer", 'name:<|"|>a<|"|>')
        + call("wait_for_peer", 'name:<|"|>b<|"|>')
        + "<|tool_response>",
        "Both done.<turn|>",
    ]
    result = await agent_for(tokenizer, outputs, [wait_for_peer]).run("go")
    assert result.ok and sorted(started) == ["a", "b"]
    results = tool_messages(result)
    assert [m.content for m in results] == ["a done", "b done"]


async def test_sequential_tools_never_overlap(tokenizer: Any) -> None:
    running = 0
    overlaps = 0

    @tool(runs_in="host")  # not read-only: runs alone
    async def write(name: str) -> str:
        """Write something.

        Args:
            name: What to write.
        """
        nonlocal running, overlaps
        running += 1
        overlaps += running > 1
        await anyio.sleep(0.05)
        running -= 1
        return name

    outputs = [call("write", 'name:<|"|>x<|"|>') * 3 + "<|tool_response>", "ok<turn|>"]
    result = await agent_for(tokenizer, outputs, [write]).run("go")
    assert result.ok and overlaps == 0


async def test_chained_calls_over_several_rounds(tokenizer: Any) -> None:
    outputs = [
        call("add", "a:1,b:2") + "<|tool_response>",
        call("add", "a:3,b:3") + "<|tool_response>",
        call("add", "a:6,b:4") + "<|tool_response>",
        "The total is 10.<turn|>",
    ]
    result = await agent_for(tokenizer, outputs).run("sum 1..4")
    assert result.output == "The total is 10."
    assert [c[1] for c in CALLS] == [{"a": 1, "b": 2}, {"a": 3, "b": 3}, {"a": 6, "b": 4}]
    assert result.usage.steps == 4
    assert result.usage.prefix_stability == 1.0  # append-only: every prompt extends the last


async def test_malformed_call_is_fed_back_then_corrected(tokenizer: Any) -> None:
    outputs = [
        "<|tool_call>call:add{a:2,b:}<tool_call|><|tool_response>",
        call("add", "a:2,b:2") + "<|tool_response>",
        "4<turn|>",
    ]
    events = [e async for e in agent_for(tokenizer, outputs).run_stream("2+2")]
    bad = [e for e in events if isinstance(e, ToolCallEvent) and e.error]
    assert len(bad) == 1 and "call:" in bad[0].error  # the message shows the correct form
    feedback = [e for e in events if isinstance(e, ToolResultEvent) and e.is_error]
    assert len(feedback) == 1 and feedback[0].content["error"] == bad[0].error
    assert CALLS == [("add", {"a": 2, "b": 2})]
    assert isinstance(events[-1], RunFinished) and events[-1].output == "4"


async def test_unknown_tool_is_reported_with_the_names_there_are(tokenizer: Any) -> None:
    outputs = [
        call("multiply", "a:2,b:3") + "<|tool_response>",
        call("add", "a:2,b:3") + "<|tool_response>",
        "5<turn|>",
    ]
    result = await agent_for(tokenizer, outputs).run("2*3")
    error = tool_messages(result)[0].content["error"]
    assert "multiply" in error and "add" in error
    assert result.ok


async def test_tool_raising_goes_back_to_the_model(tokenizer: Any) -> None:
    outputs = [call("explode", 'reason:<|"|>disk full<|"|>') + "<|tool_response>", "Sorry, it failed.<turn|>"]
    result = await agent_for(tokenizer, outputs, [explode]).run("do it")
    assert result.ok
    assert tool_messages(result)[0].content == {"error": "exploded: disk full"}
    assert result.usage.failed_tool_calls == 1


async def test_tool_timing_out(tokenizer: Any) -> None:
    outputs = [call("sleepy", "seconds:5") + "<|tool_response>", "Too slow.<turn|>"]
    with anyio.fail_after(4):
        result = await agent_for(tokenizer, outputs, [sleepy]).run("sleep")
    error = tool_messages(result)[0].content["error"]
    assert "did not finish within 0.2 s" in error


async def test_validation_error_then_retry(tokenizer: Any) -> None:
    outputs = [
        call("add", 'a:<|"|>two<|"|>,b:3') + "<|tool_response>",
        call("add", "a:2,b:3") + "<|tool_response>",
        "5<turn|>",
    ]
    result = await agent_for(tokenizer, outputs).run("2+3")
    first = tool_messages(result)[0].content["error"]
    assert "a" in first and "two" in first  # names the field and the value received
    assert CALLS == [("add", {"a": 2, "b": 3})]  # the invalid call never reached the function
    assert result.ok


async def test_tool_retry_budget_ends_the_run(tokenizer: Any) -> None:
    outputs = [call("explode", 'reason:<|"|>x<|"|>') + "<|tool_response>"] * 3
    agent = agent_for(tokenizer, outputs, [explode], limits=Limits(max_tool_retries=1))
    result = await agent.run("go")
    assert result.exit_reason is ExitReason.RETRIES_EXHAUSTED
    assert result.usage.failed_tool_calls == 2


async def test_consecutive_format_errors_end_the_run(tokenizer: Any) -> None:
    outputs = ["<|tool_call>call:add{a:}<tool_call|><|tool_response>"] * 2
    agent = agent_for(tokenizer, outputs, limits=Limits(max_consecutive_format_errors=2))
    result = await agent.run("go")
    assert result.exit_reason is ExitReason.FORMAT_ERRORS


async def test_steps_exhausted_final_message_and_error(tokenizer: Any) -> None:
    looping = [call("add", "a:1,b:1") + "<|tool_response>"]
    agent = Agent(ReplayEngine(looping, tokenizer, cycle=True), [add], limits=Limits(max_steps=3))
    result = await agent.run("loop")
    assert result.exit_reason is ExitReason.MAX_STEPS and result.exit_reason.is_limit
    assert result.usage.steps == 3 and "step limit (3)" in (result.text or "")
    strict = Agent(
        ReplayEngine(looping, tokenizer, cycle=True), [add], limits=Limits(max_steps=2, on_limit="error")
    )
    with pytest.raises(LimitExceeded) as raised:
        await strict.run("loop")
    assert raised.value.result.exit_reason is ExitReason.MAX_STEPS


async def test_generated_token_limit(tokenizer: Any) -> None:
    outputs = ["word " * 50 + "<turn|>"]
    agent = agent_for(tokenizer, outputs, limits=Limits(max_generated_tokens=10))
    result = await agent.run("talk")
    assert result.exit_reason is ExitReason.MAX_GENERATED_TOKENS
    assert result.usage.generated_tokens == 10


async def test_context_limit(tokenizer: Any) -> None:
    agent = agent_for(tokenizer, ["hi<turn|>"], limits=Limits(max_context_tokens=20))
    result = await agent.run("a long question " * 10)
    assert result.exit_reason is ExitReason.MAX_CONTEXT_TOKENS


async def test_wall_time_limit(tokenizer: Any) -> None:
    engine = ReplayEngine(["slow " * 100 + "<turn|>"], tokenizer, delay_s=0.02)
    result = await Agent(engine, [], limits=Limits(max_wall_time_s=0.2)).run("go")
    assert result.exit_reason is ExitReason.WALL_TIME


class Weather(BaseModel):
    city: str
    celsius: float


async def test_structured_output_succeeds(tokenizer: Any) -> None:
    outputs = ['```json\n{"city": "Paris", "celsius": 18.5}\n```<turn|>']
    agent = agent_for(tokenizer, outputs, output_type=Weather, system_prompt="Be brief.")
    result = await agent.run("weather?")
    assert result.output == Weather(city="Paris", celsius=18.5)
    # The schema was shown to the model in the system prompt; tool calls stay unconstrained.
    assert '"celsius"' in tokenizer.decode(result.prompt_ids)


async def test_structured_output_needs_a_retry(tokenizer: Any) -> None:
    outputs = ['{"city": "Paris"}<turn|>', '{"city": "Paris", "celsius": 18}<turn|>']
    result = await agent_for(tokenizer, outputs, output_type=Weather).run("weather?")
    assert result.output == Weather(city="Paris", celsius=18)
    feedback = [m for m in result.messages if m.role == "user"][1]
    assert "\n- celsius: missing required field (expected number).\n" in str(feedback.content)


async def test_structured_output_gives_up(tokenizer: Any) -> None:
    outputs = ["not json<turn|>"] * 2
    agent = agent_for(tokenizer, outputs, output_type=Weather, limits=Limits(max_output_retries=1))
    result = await agent.run("weather?")
    assert result.exit_reason is ExitReason.OUTPUT_INVALID and "not valid JSON" in (result.error or "")


async def test_thinking_events_and_history(tokenizer: Any) -> None:
    outputs = [
        "<|channel>thought\nI should add.<channel|>" + call("add", "a:1,b:1") + "<|tool_response>",
        "<|channel>thought\nDone.<channel|>2<turn|>",
    ]
    agent = agent_for(tokenizer, outputs, thinking=True)
    events = [e async for e in agent.run_stream("1+1")]
    thoughts = "".join(e.text for e in events if isinstance(e, ThoughtDelta))
    assert thoughts == "I should add.Done."
    assert "".join(e.text for e in events if isinstance(e, TextDelta)) == "2"
    prompt_start = tokenizer.decode(read_ids(events))
    assert prompt_start.startswith("<bos><|turn>system\n<|think|>\n")


def read_ids(events: list[Any]) -> list[int]:
    return next(e.appended_ids for e in events if e.type == "step_started")


async def test_thought_budget_closes_the_thought(tokenizer: Any) -> None:
    long_thought = "<|channel>thought\n" + "hmm " * 40 + "<channel|>answer<turn|>"
    engine = ReplayEngine([long_thought, "The answer.<turn|>"], tokenizer)
    agent = Agent(engine, [], thinking=True, limits=Limits(max_thought_tokens_per_step=8))
    result = await agent.run("think")
    assert result.ok and result.output == "The answer."
    completion = tokenizer.decode(result.prompt_ids)
    assert completion.count("<channel|>") == 1  # agentkit closed the thought; the model then answered


async def test_continuing_a_conversation(tokenizer: Any) -> None:
    agent = agent_for(tokenizer, ["Hello!<turn|>", "Goodbye!<turn|>"])
    first = await agent.run("hi")
    second = await agent.run("bye", history=first)
    assert second.output == "Goodbye!"
    prompt = tokenizer.decode(second.prompt_ids)
    assert prompt.endswith(
        "<|turn>user\nbye<turn|>\n<|turn>model\n<|channel>thought\n<channel|>Goodbye!<turn|>"
    )
    assert second.usage.steps == 2


async def test_template_conformant_mode_matches_the_renderer(tokenizer: Any) -> None:
    outputs = [call("add", "a:2,b:3") + "<|tool_response>", "It is 5.<turn|>"]
    agent = agent_for(tokenizer, outputs, append_only=False, system_prompt="Sys.")
    result = await agent.run("2+3?")
    # The last prompt equals what the official template renders for the conversation so far.
    messages = result.messages[:-1]
    expected = render(messages, agent.declarations, add_generation_prompt=True, enable_thinking=False)
    last_prompt = result.prompt_ids[: -len(tokenizer.encode("It is 5.")) - 1]
    assert tokenizer.decode(last_prompt) == expected
    assert result.usage.prefix_stability < 1.0  # the empty thought of the generation prompt is dropped


async def test_trajectory_is_written_and_replays_exactly(tokenizer: Any, tmp_path: Path) -> None:
    from agentkit.agent.trajectory import replay_engine_for

    outputs = [call("add", "a:2,b:3") + "<|tool_response>", "It is 5.<turn|>"]
    path = tmp_path / "run.jsonl"
    first = await agent_for(tokenizer, outputs).run("2+3?", trajectory=path)
    recorded = read_trajectory(path)
    kinds = [e.type for e in recorded.events]
    assert kinds[0] == "run_started" and kinds[-1] == "run_finished"
    assert kinds.index("tool_call") < kinds.index("tool_result")  # written before acting
    again = await Agent(replay_engine_for(path, tokenizer), [add]).run("2+3?")
    assert again.prompt_ids == first.prompt_ids and again.output == first.output


async def test_resume_from_truncated_trajectory(tokenizer: Any, tmp_path: Path) -> None:
    outputs = [
        call("add", "a:1,b:2") + "<|tool_response>",
        call("add", "a:3,b:4") + "<|tool_response>",
        "Done: 3 and 7.<turn|>",
    ]
    path = tmp_path / "full.jsonl"
    full = await agent_for(tokenizer, outputs).run("go", trajectory=path)
    lines = path.read_text().splitlines()
    # Cut right after the second tool call was logged (its result missing), plus a torn line.
    cut = next(i for i, line in enumerate(lines) if '"tool_call"' in line and '"call_2_0"' in line)
    truncated = tmp_path / "cut.jsonl"
    truncated.write_text("\n".join(lines[: cut + 1]) + "\n" + lines[cut + 1][:20])
    CALLS.clear()
    resumed_agent = Agent(ReplayEngine(outputs[2:], tokenizer), [add])
    resumed = await resumed_agent.resume(truncated)
    assert CALLS == [("add", {"a": 3, "b": 4})]  # only the call whose result was missing ran again
    assert resumed.output == full.output
    assert resumed.prompt_ids == full.prompt_ids
    assert read_trajectory(truncated).finished


async def test_resume_of_a_finished_run_does_nothing(tokenizer: Any, tmp_path: Path) -> None:
    path = tmp_path / "done.jsonl"
    await agent_for(tokenizer, ["Hi.<turn|>"]).run("hi", trajectory=path)
    result = await Agent(ReplayEngine([], tokenizer), [add]).resume(path)
    assert result.exit_reason is ExitReason.FINAL_ANSWER and result.output == "Hi."


async def test_resume_refuses_a_different_agent(tokenizer: Any, tmp_path: Path) -> None:
    from agentkit.agent.agent import ResumeError

    path = tmp_path / "t.jsonl"
    await agent_for(tokenizer, ["Hi.<turn|>"]).run("hi", trajectory=path)
    with pytest.raises(ResumeError, match="tools"):
        await Agent(ReplayEngine([], tokenizer), [explode]).resume(path)


async def test_cancellation_aborts_generation(tokenizer: Any, tmp_path: Path) -> None:
    engine = ReplayEngine(["x " * 1000 + "<turn|>"], tokenizer, delay_s=0.01)
    path = tmp_path / "c.jsonl"
    with anyio.move_on_after(0.3):
        await Agent(engine, []).run("go", trajectory=path)
    recorded = read_trajectory(path)
    finished = [e for e in recorded.events if isinstance(e, RunFinished)]
    assert finished and finished[-1].exit_reason is ExitReason.CANCELLED


async def test_hundred_concurrent_runs(tokenizer: Any) -> None:
    results: list[Any] = []

    async def one(n: int) -> None:
        outputs = [call("add", f"a:{n},b:1") + "<|tool_response>", f"{n + 1}<turn|>"]
        results.append(await agent_for(tokenizer, outputs).run(f"{n}+1"))

    with anyio.fail_after(60):
        async with anyio.create_task_group() as group:
            for n in range(100):
                group.start_soon(one, n)
    assert sorted(int(r.output) for r in results) == list(range(1, 101))
    assert len({r.run_id for r in results}) == 100


def test_run_sync(tokenizer: Any) -> None:
    result = agent_for(tokenizer, ["sync ok<turn|>"]).run_sync("hi")
    assert result.output == "sync ok"


async def test_events_are_json_round_trippable(tokenizer: Any) -> None:
    from pydantic import TypeAdapter

    from agentkit.agent.events import RunEvent

    adapter: TypeAdapter[Any] = TypeAdapter(RunEvent)
    outputs = [call("add", "a:2,b:3") + "<|tool_response>", "5<turn|>"]
    async for event in agent_for(tokenizer, outputs).run_stream("2+3"):
        again = adapter.validate_json(event.model_dump_json())
        assert again == event
        json.loads(event.model_dump_json())


def png(color: str) -> bytes:
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (4, 4), color).save(buffer, format="PNG")
    return buffer.getvalue()


async def test_images_in_user_messages_reach_the_engine_in_order(tokenizer: Any) -> None:
    from agentkit.agent.media import load_image
    from agentkit.messages import ImagePart, TextPart

    engine = RequestLog(
        [call("add", "a:1,b:1") + "<|tool_response>", "A red and a blue square.<turn|>"], tokenizer
    )
    prompt = [
        TextPart(text="What is in "),
        ImagePart(data=png("red")),
        TextPart(text=" and "),
        ImagePart(data=png("blue")),
    ]
    result = await Agent(engine, [add]).run(prompt)
    assert result.ok
    assert tokenizer.decode(result.prompt_ids).count("<|image|>") == 2
    for media in engine.media:  # every step's prompt carries both images, in placeholder order
        assert [load_image(image).getpixel((0, 0)) for image in media.images] == [(255, 0, 0), (0, 0, 255)]


async def test_a_placeholder_without_its_image_is_refused(tokenizer: Any) -> None:
    from agentkit.agent.media import MediaError

    with pytest.raises(MediaError, match="1 image and 0 video placeholders"):
        await agent_for(tokenizer, ["x<turn|>"]).run("look: <|image|>")
