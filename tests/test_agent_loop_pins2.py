"""More behaviour of the loop's parts that mutation testing (mutmut, pyproject.toml) found unpinned:
generating a step, the trajectory file, media, compaction.

As in test_agent_loop_pins.py, each test pins through the module's own API something a user relies on:
the events a step streams, the usage it reports, what a trajectory file holds and how it is read back.
"""

from __future__ import annotations

import io
import re
from pathlib import Path
from typing import Any

import pytest

from agentkit.agent.events import (
    CompletionEvent,
    ErrorEvent,
    ExitReason,
    RunEvent,
    RunFinished,
    RunStarted,
    TextDelta,
    ThoughtDelta,
)
from agentkit.agent.generate import Generation
from agentkit.agent.media import MediaError, load_image, load_video
from agentkit.agent.step import Completion
from agentkit.agent.tool_choice import StepConstraint
from agentkit.agent.trajectory import (
    Trajectory,
    TrajectoryError,
    TrajectoryHeader,
    TrajectoryWriter,
    fresh_trajectory_path,
    latest_trajectory_path,
    read_trajectory,
    replay_engine_for,
    replay_outputs,
)
from agentkit.engines.base import SamplingParams
from agentkit.engines.replay import ReplayEngine
from agentkit.gemma4 import THOUGHT_CLOSE
from agentkit.messages import ImagePart, VideoPart

SCHEMAS = {"add": {"type": "object", "properties": {"a": {"type": "integer"}, "b": {"type": "integer"}}}}

# --------------------------------------------------------------------------------------- generation

PROMPT = "<bos><|turn>user\nHi<turn|>\n<|turn>model\n"


async def generate(
    tokenizer: Any, outputs: list[str], **options: Any
) -> tuple[list[RunEvent], Completion, ReplayEngine]:
    engine = ReplayEngine(outputs, tokenizer)
    generation = Generation(
        engine,
        run_id="r1",
        step=3,
        prompt_ids=tokenizer.encode(PROMPT),
        sampling=SamplingParams(max_tokens=200),
        tool_schemas=SCHEMAS,
        **options,
    )
    events = [event async for event in generation]
    return events, generation.completion, engine


@pytest.mark.anyio
async def test_a_one_request_step_reports_the_engines_usage(tokenizer: Any) -> None:
    events, done, _ = await generate(tokenizer, ["Hello there.<turn|>"])
    prompt_tokens = len(tokenizer.encode(PROMPT))
    generated = len(tokenizer.encode("Hello there.<turn|>"))  # the stop token counts as generated
    usage = done.usage
    assert (usage.prompt_tokens, usage.cached_prompt_tokens, usage.generated_tokens) == (
        prompt_tokens,
        0,
        generated,
    )
    assert usage.time_to_first_token_s is not None and usage.time_to_first_token_s >= 0
    assert usage.decode_tokens_per_s is not None and usage.decode_tokens_per_s > 0
    assert "".join(e.text for e in events if isinstance(e, TextDelta)) == "Hello there."
    assert {(e.run_id, e.step) for e in events} == {("r1", 3)}


@pytest.mark.anyio
async def test_the_thought_budget_counts_only_the_thought(tokenizer: Any) -> None:
    """A short thought followed by a long answer, or by a long call, stays under a small budget: the
    thought ends where the answer or the call begins."""
    answer = "This answer is far longer than the eight tokens the thinking budget allows."
    events, done, _ = await generate(
        tokenizer, [f"<|channel>thought\nOk.<channel|>{answer}<turn|>"], thought_budget=8
    )
    assert not [e for e in events if isinstance(e, ErrorEvent)]
    assert done.content == answer and done.request_lengths == (done.generated_tokens,)
    arguments = "a:123456789,b:987654321987654321"
    call = f"<|channel>thought\nOk.<channel|><|tool_call>call:add{{{arguments}}}<tool_call|><|tool_response>"
    events, done, _ = await generate(tokenizer, [call], thought_budget=8)
    assert not [e for e in events if isinstance(e, ErrorEvent)]
    assert done.request_lengths == (done.generated_tokens,) and THOUGHT_CLOSE.id in done.ids
    assert [c.name for c in done.parsed.tool_calls] == ["add"]


@pytest.mark.anyio
async def test_a_spent_thought_budget_is_reported_and_the_thought_closed(tokenizer: Any) -> None:
    thought = "<|channel>thought\n" + "hmm " * 30 + "<channel|>ignored<turn|>"
    events, done, engine = await generate(tokenizer, [thought, "The answer.<turn|>"], thought_budget=8)
    [error] = [e for e in events if isinstance(e, ErrorEvent)]
    assert (error.kind, error.run_id, error.step) == ("thought_budget", "r1", 3)
    assert error.message == "the thought was closed after 8 tokens (budget 8)"
    first, second = done.request_lengths
    # The "<|channel>thought\n" opener is 3 tokens before the thought's text, which the budget counts.
    assert first == 3 + 8 and done.generated_tokens == first + second
    assert done.ids[first] == THOUGHT_CLOSE.id and len(done.ids) == first + 1 + second
    assert done.content == "The answer." and engine.remaining == 0
    thoughts = [e for e in events if isinstance(e, ThoughtDelta)]
    assert [e.generated_tokens for e in thoughts] == list(range(4, 12))


@pytest.mark.anyio
@pytest.mark.parametrize("budget", range(3, 9))
async def test_a_thought_closed_by_the_model_is_not_closed_again(tokenizer: Any, budget: int) -> None:
    """The model closes its thought after 3 counted tokens ("Ok", ".", "<channel|>") and goes straight to
    a call, whose name the parser reads before it reports the call: the budget must not cut the call."""
    call = "<|channel>thought\nOk.<channel|><|tool_call>call:add{a:1}<tool_call|><|tool_response>"
    events, done, _ = await generate(tokenizer, [call], thought_budget=budget)
    assert not [e for e in events if isinstance(e, ErrorEvent)]
    assert done.ids.count(THOUGHT_CLOSE.id) == 1 and len(done.request_lengths) == 1
    assert [(c.name, c.arguments) for c in done.parsed.tool_calls] == [("add", {"a": 1})]


@pytest.mark.anyio
async def test_a_prompt_that_opens_a_thought_streams_the_output_as_thought(tokenizer: Any) -> None:
    engine = ReplayEngine(["Let me see.<channel|>Four.<turn|>"], tokenizer)
    generation = Generation(
        engine,
        run_id="r1",
        step=2,
        prompt_ids=tokenizer.encode(PROMPT + "<|channel>thought\n"),  # the post-tool cue
        sampling=SamplingParams(max_tokens=50),
        tool_schemas=SCHEMAS,
    )
    events = [event async for event in generation]
    assert "".join(e.text for e in events if isinstance(e, ThoughtDelta)) == "Let me see."
    assert "".join(e.text for e in events if isinstance(e, TextDelta)) == "Four."
    assert (generation.completion.reasoning, generation.completion.content) == ("Let me see.", "Four.")


@pytest.mark.anyio
async def test_a_grammar_refused_earlier_in_the_run_is_told_to_each_step(tokenizer: Any) -> None:
    seen: list[str | None] = []

    def constrain(sampling: SamplingParams, ids: list[int], refused: str | None) -> StepConstraint:
        seen.append(refused)
        return StepConstraint(sampling=sampling, choice="required", not_enforced=refused)

    events, _, _ = await generate(
        tokenizer, ["Hi.<turn|>"], constrain=constrain, grammar_refused="the engine refused the grammar (x)"
    )
    assert seen == ["the engine refused the grammar (x)"]
    [error] = [e for e in events if isinstance(e, ErrorEvent)]
    assert (error.kind, error.message) == (
        "tool_choice_not_enforced",
        "tool_choice 'required' was not enforced: the engine refused the grammar (x)",
    )


@pytest.mark.anyio
async def test_a_completion_is_read_only_after_the_generation_ran(tokenizer: Any) -> None:
    generation = Generation(
        ReplayEngine(["Hi.<turn|>"], tokenizer),
        run_id="r1",
        step=1,
        prompt_ids=tokenizer.encode(PROMPT),
        sampling=SamplingParams(max_tokens=10),
        tool_schemas=SCHEMAS,
    )
    with pytest.raises(RuntimeError, match="has not been iterated to its end"):
        _ = generation.completion


@pytest.mark.anyio
async def test_a_request_after_the_thought_closed_continues_within_the_step_budget(tokenizer: Any) -> None:
    """The second request continues the prompt and the ids so far, and may generate what the step's
    ``max_tokens`` leaves: here 13 - (3 + 8 thought tokens + the closer) = 1 token."""
    thought = "<|channel>thought\n" + "hmm " * 30 + "<channel|>ignored<turn|>"
    engine = ReplayEngine([thought, "The answer is long.<turn|>"], tokenizer)
    prompt = tokenizer.encode(PROMPT)
    generation = Generation(
        engine,
        run_id="r1",
        step=1,
        prompt_ids=prompt,
        sampling=SamplingParams(max_tokens=13),
        tool_schemas=SCHEMAS,
        thought_budget=8,
    )
    [event async for event in generation]
    done = generation.completion
    assert done.request_lengths == (11, 1) and done.finish_reason == "length" and done.timed_out is False
    assert done.usage.prompt_tokens == len(prompt) + 12  # the last request's prompt: prompt + ids so far


@pytest.mark.anyio
@pytest.mark.parametrize(("left", "timed_out"), [(0.0, True), (0.5, False)])
async def test_a_step_stops_when_no_time_is_left(tokenizer: Any, left: float, timed_out: bool) -> None:
    _, done, _ = await generate(tokenizer, ["One two three.<turn|>"], time_left=lambda: left)
    assert (done.timed_out, done.finish_reason) == (timed_out, "stop")
    assert done.generated_tokens == (1 if timed_out else len(tokenizer.encode("One two three.")))


def constraint(not_enforced: str | None) -> Any:
    def constrain(sampling: SamplingParams, ids: list[int], refused: str | None) -> StepConstraint:
        return StepConstraint(sampling=sampling, choice="auto", not_enforced=not_enforced)

    return constrain


@pytest.mark.anyio
async def test_a_choice_not_enforced_is_reported_once_per_step_and_an_enforced_one_never(
    tokenizer: Any,
) -> None:
    thought = "<|channel>thought\n" + "hmm " * 30 + "<channel|>ignored<turn|>"
    outputs = [thought, "The answer.<turn|>"]
    events, done, _ = await generate(
        tokenizer, outputs, thought_budget=8, constrain=constraint("no grammars")
    )
    errors = [(e.kind, e.message) for e in events if isinstance(e, ErrorEvent)]
    assert len(done.request_lengths) == 2
    assert errors == [
        ("tool_choice_not_enforced", "tool_choice 'auto' was not enforced: no grammars"),
        ("thought_budget", "the thought was closed after 8 tokens (budget 8)"),
    ]
    events, _, _ = await generate(tokenizer, outputs, thought_budget=8, constrain=constraint(None))
    assert [e.kind for e in events if isinstance(e, ErrorEvent)] == ["thought_budget"]


# -------------------------------------------------------------------------------------------- media


def png(colour: tuple[int, int, int] = (200, 10, 10), mode: str = "RGB") -> bytes:
    from PIL import Image

    out = io.BytesIO()
    Image.new(mode, (3, 2), colour if mode == "RGB" else 128).save(out, format="PNG")
    return out.getvalue()


def test_an_image_loads_from_bytes_or_a_file_as_rgb(tmp_path: Path) -> None:
    from PIL import Image

    image = load_image(ImagePart(data=png(mode="L")))
    assert (image.mode, image.size) == ("RGB", (3, 2))
    (tmp_path / "red.png").write_bytes(png())
    from_file = load_image(ImagePart(path=str(tmp_path / "red.png")))
    assert (from_file.mode, from_file.getpixel((0, 0))) == ("RGB", (200, 10, 10))
    already = Image.new("RGB", (1, 1))
    assert load_image(already) is already


@pytest.mark.parametrize(
    ("part", "message"),
    [
        ("not an image", "expected an ImagePart or a PIL image, not str"),
        (ImagePart(path="/nonexistent/x.png"), "image file /nonexistent/x.png does not exist"),
        (
            ImagePart(url="https://example.com/x.png"),
            (
                "image https://example.com/x.png: give the bytes (data=) or a local file (path=); agentkit "
                "does not download URLs"
            ),
        ),
        (ImagePart(), "image (empty): give the bytes"),
        (ImagePart(data=b"not a png"), "image (bytes) cannot be read: cannot identify image file"),
    ],
)
def test_an_image_that_cannot_be_loaded_is_explained(part: Any, message: str) -> None:
    with pytest.raises(MediaError) as error:
        load_image(part)
    assert str(error.value).startswith(message)


def test_an_unreadable_image_file_is_named(tmp_path: Path) -> None:
    (tmp_path / "bad.png").write_bytes(b"garbage")
    with pytest.raises(MediaError, match=r"^image .*bad\.png cannot be read: "):
        load_image(ImagePart(path=str(tmp_path / "bad.png")))


def test_a_video_is_its_frames_as_images() -> None:
    frames = load_video(VideoPart(frames=(png((1, 2, 3)), png((4, 5, 6)))))
    assert [(f.mode, f.getpixel((0, 0))) for f in frames] == [("RGB", (1, 2, 3)), ("RGB", (4, 5, 6))]
    already = [object(), object()]
    assert load_video(already) == already  # frames an engine decoded already pass through
    for part, name in [
        (VideoPart(path="clip.mp4"), "clip.mp4"),
        (VideoPart(url="u"), "u"),
        (VideoPart(), "(empty)"),
    ]:
        with pytest.raises(MediaError) as error:
            load_video(part)
        assert str(error.value) == (
            f"video {name}: give its frames (1 per second, at most 60) as encoded images; agentkit does "
            "not decode video files"
        )


# --------------------------------------------------------------------------------------- trajectory


def header(run_id: str) -> TrajectoryHeader:
    return TrajectoryHeader(run_id=run_id, agentkit_version="0", revision="2026-04-28", thinking=False)


def write_runs(path: Path, *run_ids: str) -> None:
    writer = TrajectoryWriter(path)
    for run_id in run_ids:
        writer.write_header(header(run_id))
        writer.append(RunStarted(run_id=run_id, prompt="hi", thinking=False))
    writer.close()


def test_a_writer_makes_the_folders_and_appends_flushed_lines(tmp_path: Path) -> None:
    path = tmp_path / "a" / "b" / "run.jsonl"
    TrajectoryWriter(path).close()  # a writer that wrote nothing closes without making the file
    assert path.parent.is_dir() and not path.exists()
    writer = TrajectoryWriter(path, fsync=True)
    writer.write_header(header("r1"))
    assert path.read_text().count("\n") == 1  # on disk before append returns
    writer.append(RunStarted(run_id="r1", prompt="hi", thinking=False))
    writer.close()
    writer.close()  # closing twice is harmless
    writer.append(RunFinished(run_id="r1", exit_reason=ExitReason.FINAL_ANSWER))  # reopens, appends
    writer.close()
    recorded = read_trajectory(path)
    assert [e.type for e in recorded.events] == ["run_started", "run_finished"] and recorded.finished


def test_a_writer_cuts_a_torn_last_line_before_appending(tmp_path: Path) -> None:
    path = tmp_path / "run.jsonl"
    write_runs(path, "r1")
    with path.open("a") as file:
        file.write('{"type": "run_fini')  # the process died mid-line
    assert read_trajectory(path).torn_lines == [3]
    writer = TrajectoryWriter(path)
    writer.append(RunFinished(run_id="r1", exit_reason=ExitReason.FINAL_ANSWER))
    writer.close()
    recorded = read_trajectory(path)
    assert recorded.torn_lines == [] and [e.type for e in recorded.events] == ["run_started", "run_finished"]


def test_a_run_is_chosen_by_number_or_id_and_a_missing_one_is_explained(tmp_path: Path) -> None:
    path = tmp_path / "runs.jsonl"
    write_runs(path, "first", "second")
    assert read_trajectory(path).header.run_id == "second"
    assert read_trajectory(path, 1).header.run_id == "first"
    assert read_trajectory(path, "2").header.run_id == "second"
    assert read_trajectory(path, "first").header.run_id == "first"
    for run in (0, 3, "3"):
        with pytest.raises(TrajectoryError) as error:
            read_trajectory(path, run)
        assert str(error.value) == f"{path}: there is no run {int(run)}; the file holds 2 runs"
    with pytest.raises(TrajectoryError) as error:
        read_trajectory(path, "third")
    assert str(error.value) == f"{path}: no run with id 'third'; the file holds 2 runs: first, second"
    write_runs(tmp_path / "one.jsonl", "only")
    with pytest.raises(TrajectoryError, match="there is no run 2; the file holds 1 run$"):
        read_trajectory(tmp_path / "one.jsonl", 2)


def test_numbered_trajectory_paths(tmp_path: Path) -> None:
    first = tmp_path / "run.jsonl"
    assert fresh_trajectory_path(first) == first and latest_trajectory_path(first) is None
    first.write_text("")
    assert latest_trajectory_path(first) == first
    assert fresh_trajectory_path(first) == tmp_path / "run.2.jsonl"
    (tmp_path / "run.2.jsonl").write_text("")
    assert fresh_trajectory_path(first) == tmp_path / "run.3.jsonl"
    assert latest_trajectory_path(first) == tmp_path / "run.2.jsonl"
    (tmp_path / "run.3.jsonl").write_text("")
    assert fresh_trajectory_path(first) == tmp_path / "run.4.jsonl"
    assert latest_trajectory_path(first) == tmp_path / "run.3.jsonl"


def test_replay_outputs_split_each_completion_into_its_requests(tokenizer: Any, tmp_path: Path) -> None:
    close = THOUGHT_CLOSE.id
    budgeted = CompletionEvent(
        run_id="r",
        step=1,
        completion_ids=[1, 2, 3, close, 4, close, 5, 6],
        text="",
        finish_reason="stop",
        stop_token_id=106,
        request_lengths=[3, 1, 2],
    )
    plain = CompletionEvent(run_id="r", step=2, completion_ids=[7, 8], text="", finish_reason="length")
    recorded = Trajectory(header=header("r"), events=[budgeted, plain])
    # The inserted closer is not replayed (agentkit inserts it again); the stop token ends the last request.
    assert replay_outputs(recorded) == [[1, 2, 3], [4], [5, 6, 106], [7, 8]]
    path = tmp_path / "run.jsonl"
    writer = TrajectoryWriter(path)
    writer.write_header(header("r"))
    writer.append(
        CompletionEvent(
            run_id="r", step=1, completion_ids=tokenizer.encode("Hi."), text="Hi.", finish_reason="stop"
        )
    )
    writer.close()
    engine = replay_engine_for(path, tokenizer, context_length=1000)
    assert (engine.remaining, engine.context_length) == (1, 1000) and engine.tokenizer is tokenizer


def test_a_complete_last_line_that_is_no_event_is_an_error_not_a_torn_line(tmp_path: Path) -> None:
    path = tmp_path / "run.jsonl"
    write_runs(path, "r1")
    with path.open("a") as file:
        file.write('{"type": "no_such_event"}')  # complete JSON, no newline: not torn, wrong
    with pytest.raises(TrajectoryError, match="^" + re.escape(f"{path}:3: not a run event: ")):
        read_trajectory(path)


def test_a_file_that_is_no_trajectory_is_explained_with_its_line(tmp_path: Path) -> None:
    path = tmp_path / "run.jsonl"
    with pytest.raises(TrajectoryError) as error:
        read_trajectory(path)
    assert str(error.value) == f"{path}: no such trajectory file"
    path.write_text("\n  \n")
    with pytest.raises(TrajectoryError) as error:
        read_trajectory(path)
    assert str(error.value) == f"{path}: empty trajectory (no header line)"
    path.write_text('{"type": "run_started"}\n')
    with pytest.raises(TrajectoryError) as error:
        read_trajectory(path)
    assert str(error.value).startswith(
        f"{path}:1: not an agentkit trajectory (the first line should be a run header: "
    )
    path.unlink()
    write_runs(path, "r1")
    with path.open("a") as file:
        file.write('{"type": "header", "format_version": 1}\n')
    with pytest.raises(TrajectoryError) as error:
        read_trajectory(path)
    assert str(error.value).startswith(
        f"{path}:3: not an agentkit trajectory (line 3 should be a run header: "
    )
    path.write_text(header("r1").model_copy(update={"format_version": 7}).model_dump_json() + "\n")
    with pytest.raises(TrajectoryError) as error:
        read_trajectory(path)
    assert str(error.value) == f"{path}:1: trajectory format 7 is not supported (expected 1)"


def test_blank_lines_and_a_torn_tail_keep_every_event_before_them(tmp_path: Path) -> None:
    path = tmp_path / "run.jsonl"
    write_runs(path, "r1")
    with path.open("a") as file:
        file.write("\n")
        file.write(RunFinished(run_id="r1", exit_reason=ExitReason.FINAL_ANSWER).model_dump_json() + "\n")
        file.write('{"type": "run_fini')
    recorded = read_trajectory(path)
    assert [e.type for e in recorded.events] == ["run_started", "run_finished"]
    assert (recorded.torn_lines, recorded.path) == ([5], path)


def test_a_writer_appends_to_an_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "run.jsonl"
    path.write_text("")
    write_runs(path, "r1")
    assert [e.type for e in read_trajectory(path).events] == ["run_started"]
