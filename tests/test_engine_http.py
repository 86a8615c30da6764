"""HTTPEngine against a real local completions server (starlette + uvicorn in a thread)."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from typing import Any

import anyio
import pytest
from engine_http_server import CompletionsServer
from tenacity import RetryCallState

from agentkit.engines.base import (
    Chunk,
    EngineConstraintRefused,
    EngineError,
    EngineRequestRejected,
    EngineStreamBroken,
    EngineUnavailable,
    MediaInput,
    SamplingParams,
    can_constrain,
)
from agentkit.engines.http import HTTPEngine, HTTPEngineConfig, build_request_body
from agentkit.engines.replay import ReplayEngine
from agentkit.gemma4.tokenizer import Gemma4Tokenizer

pytestmark = pytest.mark.anyio
PROMPT = [2, 105, 2364, 107, 9259, 106, 107, 105, 4368, 107]
ANSWER = '<|channel>thought\nhé 𓀀<channel|><|tool_call>call:echo{text:<|"|>hi<|"|>}<tool_call|>'


@pytest.fixture(params=["asyncio", "trio"])
def anyio_backend(request: pytest.FixtureRequest) -> str:
    # Every behaviour below holds under trio too: the engine uses anyio, never asyncio directly.
    return str(request.param)


def free_closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
def serve(tokenizer: Gemma4Tokenizer) -> Iterator[Any]:
    servers: list[CompletionsServer] = []

    def start(
        faults: tuple[str, ...] = (), outputs: tuple[str, ...] = (ANSWER + "<|tool_response>",), **kw: Any
    ):
        server = CompletionsServer(ReplayEngine(outputs, tokenizer, cycle=True, **kw), faults=faults)
        servers.append(server.__enter__())
        return server

    yield start
    for server in servers:
        server.__exit__(None, None, None)


def engine_for(tokenizer: Gemma4Tokenizer, *urls: str, **options: Any) -> HTTPEngine:
    options.setdefault("backoff_initial_s", 0.01)
    options.setdefault("backoff_max_s", 0.05)
    return HTTPEngine(HTTPEngineConfig(base_urls=urls, model="tiny", **options), tokenizer)


async def collect(engine: HTTPEngine, rid: str = "r", **sampling: Any) -> list[Chunk]:
    params = SamplingParams(**sampling)
    return [c async for c in engine.stream(PROMPT, params, request_id=rid)]


def assert_answer(chunks: list[Chunk], tokenizer: Gemma4Tokenizer) -> None:
    assert "".join(c.text for c in chunks) == ANSWER
    assert [i for c in chunks for i in c.token_ids] == tokenizer.encode(ANSWER)
    last = chunks[-1]
    assert (last.finish_reason, last.stop_token_id) == ("stop", 50)
    assert last.usage is not None and last.usage.prompt_tokens == len(PROMPT)
    assert last.usage.generated_tokens == len(tokenizer.encode(ANSWER)) + 1


async def test_streams_token_ids_and_sends_an_explicit_body(serve: Any, tokenizer: Gemma4Tokenizer) -> None:
    server = serve()
    engine = engine_for(tokenizer, server.url)
    chunks = await collect(engine, temperature=0.5, seed=7, max_tokens=100)
    assert_answer(chunks, tokenizer)
    assert len(chunks) > 10  # streamed token by token, not in one piece
    body = server.bodies[0]
    assert body["prompt"] == PROMPT
    assert body["stream"] is True and body["return_token_ids"] is True
    assert body["skip_special_tokens"] is False and body["spaces_between_special_tokens"] is False
    assert body["stop_token_ids"] == [1, 106, 50]
    assert (body["temperature"], body["top_p"], body["top_k"], body["seed"], body["max_tokens"]) == (
        0.5,
        0.95,
        64,
        7,
        100,
    )
    assert body["stream_options"] == {"include_usage": True}
    await engine.close()


async def test_cached_tokens_come_from_the_server_usage(serve: Any, tokenizer: Gemma4Tokenizer) -> None:
    server = serve(cache_block_size=4)
    engine = engine_for(tokenizer, server.url)
    await collect(engine, "first")
    last = (await collect(engine, "second"))[-1]
    assert last.usage is not None and last.usage.cached_prompt_tokens == 8  # 9 usable of 10, blocks of 4


async def test_text_mode_for_servers_without_token_ids(serve: Any, tokenizer: Gemma4Tokenizer) -> None:
    server = serve()
    server.return_token_ids = False
    engine = engine_for(tokenizer, server.url, prompt_format="text", request_token_ids=False)
    chunks = await collect(engine)
    assert server.bodies[0]["prompt"] == tokenizer.decode(PROMPT)
    assert "return_token_ids" not in server.bodies[0]
    assert_answer(chunks, tokenizer)


async def test_503_then_success_is_retried(serve: Any, tokenizer: Gemma4Tokenizer) -> None:
    server = serve(faults=("503", "503"))
    chunks = await collect(engine_for(tokenizer, server.url))
    assert_answer(chunks, tokenizer)
    assert len(server.bodies) == 3


async def test_429_is_retried(serve: Any, tokenizer: Gemma4Tokenizer) -> None:
    server = serve(faults=("429",))
    assert_answer(await collect(engine_for(tokenizer, server.url)), tokenizer)
    assert len(server.bodies) == 2


async def test_400_is_not_retried(serve: Any, tokenizer: Gemma4Tokenizer) -> None:
    server = serve(faults=("400",))
    with pytest.raises(EngineRequestRejected, match="HTTP 400: scripted 400"):
        await collect(engine_for(tokenizer, server.url))
    assert len(server.bodies) == 1


async def test_retries_are_bounded_and_every_failure_is_reported(
    serve: Any, tokenizer: Gemma4Tokenizer
) -> None:
    server = serve(faults=("503",) * 5)
    with pytest.raises(EngineUnavailable, match=r"after 3 attempt\(s\) over 1 URL.*503.*503.*503"):
        await collect(engine_for(tokenizer, server.url, max_attempts=3))
    assert len(server.bodies) == 3


async def test_dropped_connection_mid_stream_raises_and_is_not_retried(
    serve: Any, tokenizer: Gemma4Tokenizer
) -> None:
    server = serve(faults=("drop:4",))
    engine = engine_for(tokenizer, server.url)
    received: list[Chunk] = []
    with pytest.raises(EngineStreamBroken, match="broke after 4 tokens"):
        async for chunk in engine.stream(PROMPT, SamplingParams(), request_id="d"):
            received.append(chunk)
    assert [i for c in received for i in c.token_ids] == tokenizer.encode(ANSWER)[:4]
    assert len(server.bodies) == 1  # no duplicate output: a started stream is never re-requested


async def test_stall_mid_stream_hits_the_read_timeout(serve: Any, tokenizer: Gemma4Tokenizer) -> None:
    server = serve(faults=("stall:2:1.5",))
    with pytest.raises(EngineStreamBroken, match="ReadTimeout"):
        await collect(engine_for(tokenizer, server.url, read_timeout_s=0.3))


async def test_slow_first_byte_times_out(serve: Any, tokenizer: Gemma4Tokenizer) -> None:
    server = serve(faults=("slow:1.5",))
    with pytest.raises(EngineUnavailable, match="ReadTimeout"):
        await collect(engine_for(tokenizer, server.url, read_timeout_s=0.3, max_attempts=1))


async def test_slow_first_byte_is_retried_before_anything_was_delivered(
    serve: Any, tokenizer: Gemma4Tokenizer
) -> None:
    server = serve(faults=("slow:1.5",))
    chunks = await collect(engine_for(tokenizer, server.url, read_timeout_s=0.3, max_attempts=2))
    assert_answer(chunks, tokenizer)


async def test_failover_to_the_second_url_and_stay_there(serve: Any, tokenizer: Gemma4Tokenizer) -> None:
    dead = f"http://127.0.0.1:{free_closed_port()}/v1"
    server = serve()
    engine = engine_for(tokenizer, dead, server.url, max_attempts=2)
    assert_answer(await collect(engine, "a"), tokenizer)
    flaky, healthy = serve(faults=("503",) * 10), serve()
    engine = engine_for(tokenizer, flaky.url, healthy.url, max_attempts=2)
    assert_answer(await collect(engine, "b"), tokenizer)
    assert_answer(await collect(engine, "c"), tokenizer)
    assert len(flaky.bodies) == 1 and len(healthy.bodies) == 2  # the working URL is tried first next time


async def test_server_error_event_raises(serve: Any, tokenizer: Gemma4Tokenizer) -> None:
    server = serve(faults=("error_event",))
    with pytest.raises(EngineError, match="scripted engine failure"):
        await collect(engine_for(tokenizer, server.url))


async def test_abort_closes_the_connection(serve: Any, tokenizer: Gemma4Tokenizer) -> None:
    server = serve(delay_s=0.05)
    engine = engine_for(tokenizer, server.url)
    chunks: list[Chunk] = []
    async for chunk in engine.stream(PROMPT, SamplingParams(), request_id="x"):
        chunks.append(chunk)
        if len(chunks) == 2:
            await engine.abort("x")
    assert chunks[-1].finish_reason == "abort" and len(chunks) == 3
    with anyio.fail_after(5):
        while server.disconnects == 0:
            await anyio.sleep(0.02)


async def test_media_and_bad_config_are_refused(tokenizer: Gemma4Tokenizer) -> None:
    engine = engine_for(tokenizer, "http://127.0.0.1:9/v1")
    with pytest.raises(EngineRequestRejected, match="no images or video"):
        await collect_media(engine)
    with pytest.raises(ValueError, match="must start with http"):
        HTTPEngineConfig(base_urls=("localhost:8000",), model="m")
    with pytest.raises(ValueError, match="at least one base URL"):
        HTTPEngineConfig(base_urls=(), model="m")


async def collect_media(engine: HTTPEngine) -> None:
    media = MediaInput(images=["not sent"])
    async for _ in engine.stream(PROMPT, SamplingParams(), request_id="m", media=media):
        pass


def test_body_for_constrained_decoding_and_api_key_stays_out_of_repr(tokenizer: Gemma4Tokenizer) -> None:
    config = HTTPEngineConfig(base_urls=("http://h/v1",), model="m", api_key="sk-secret", context_length=50)
    body = build_request_body(config, tokenizer, PROMPT, SamplingParams(regex="a+", max_tokens=1000))
    assert body["structured_outputs"] == {"regex": "a+"}
    assert body["max_tokens"] == 40  # clipped to what the context leaves
    assert "sk-secret" not in repr(config)


def test_backoff_fails_over_at_once_and_waits_with_jitter_between_rounds(tokenizer: Gemma4Tokenizer) -> None:
    engine = engine_for(tokenizer, "http://a/v1", "http://b/v1", backoff_initial_s=1.0, backoff_max_s=3.0)

    def wait_after(attempt: int) -> float:
        state = RetryCallState(retry_object=None, fn=None, args=(), kwargs={})  # type: ignore[arg-type]
        state.attempt_number = attempt
        return engine._wait_s(state)

    assert wait_after(1) == 0.0 and wait_after(3) == 0.0  # next URL not yet tried in this round
    assert all(0.0 <= wait_after(2) <= 1.0 for _ in range(50))
    assert all(0.0 <= wait_after(6) <= 3.0 for _ in range(50))  # 1 * 2**2 = 4, capped at 3
    assert max(wait_after(6) for _ in range(200)) > 1.0  # grows with the rounds


async def test_a_refused_grammar_is_its_own_error_and_other_400s_are_not(
    serve: Any, tokenizer: Gemma4Tokenizer
) -> None:
    server = serve(faults=("400-grammar", "grammar_event", "400-grammar"))
    engine = engine_for(tokenizer, server.url)
    assert can_constrain(engine)
    with pytest.raises(EngineConstraintRefused, match="Invalid grammar specification"):
        await collect(engine, grammar='start: "a"')
    with pytest.raises(EngineConstraintRefused, match="refused the request's grammar: Grammar error"):
        await collect(engine, rid="r1", grammar='start: "a"')  # vllm serve: 200, then an error event
    with pytest.raises(EngineRequestRejected) as unconstrained:  # no constraint sent: a plain rejection
        await collect(engine, rid="r2")
    assert not isinstance(unconstrained.value, EngineConstraintRefused)
    off = engine_for(tokenizer, server.url, structured_outputs=False)
    assert not can_constrain(off)
    assert_answer(await collect(off, rid="r3", grammar='start: "a"'), tokenizer)
    assert "structured_outputs" not in server.bodies[-1]


async def test_agent_runs_unconstrained_when_the_server_refuses_the_grammar(
    serve: Any, tokenizer: Gemma4Tokenizer, tmp_path: Any
) -> None:
    from agentkit.agent import Agent
    from agentkit.agent.events import ErrorEvent, ExitReason
    from agentkit.tool import tool

    @tool(runs_in="host")
    def ping() -> str:
        """Ping."""
        return "pong"

    call = "<|tool_call>call:ping{}<tool_call|><|tool_response>"
    server = serve(faults=("400-grammar",), outputs=(call, "All good.<turn|>"))
    agent = Agent(engine_for(tokenizer, server.url), [ping], tool_choice="auto")
    events = [e async for e in agent.run_stream("Hi.", trajectory=tmp_path / "run.jsonl")]
    refused = [e for e in events if isinstance(e, ErrorEvent)]
    assert [(e.kind, e.step) for e in refused] == [
        ("tool_choice_not_enforced", 1),
        ("tool_choice_not_enforced", 2),
    ]
    message = refused[0].message
    assert "refused the grammar" in message and "Invalid grammar specification" in message
    assert events[-1].exit_reason is ExitReason.FINAL_ANSWER and events[-1].output == "All good."
    # Refused once; the rest of the run does not send it again.
    assert ["structured_outputs" in body for body in server.bodies] == [True, False, False]
    assert "tool_choice_not_enforced" in (tmp_path / "run.jsonl").read_text()
