"""A real OpenAI-compatible completions server for tests: starlette + uvicorn on a free local port.

It serves any agentkit `Engine` (usually a `ReplayEngine`) in vLLM's streaming completions dialect:
``prompt`` as ids or text, ``return_token_ids``, ``stop_reason`` = the stop token id, a final usage
event with ``prompt_tokens_details.cached_tokens``, then ``data: [DONE]``. Faults are scripted per
request so the HTTP engine's retry rules meet a real socket:

* ``"ok"``: answer normally.
* ``"503"``, ``"429"``, ``"400"``: answer with that status and a JSON error body.
* ``"400-grammar"``: a 400 with the message vLLM gives for a grammar it cannot take.
* ``"grammar_event"``: status 200, then (as vllm serve 0.32 does) a first event that is an error about
  the grammar.
* ``"drop:N"``: send N content events, then cut the connection (the chunked body never ends).
* ``"slow:S"``: wait S seconds before sending anything.
* ``"stall:N:S"``: send N content events, then wait S seconds before the next.
* ``"error_event"``: a vLLM-style ``{"error": ...}`` event after the first content event.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import socket
import threading
import time
from collections.abc import AsyncIterator, Iterable
from typing import Any, Self

import uvicorn
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response, StreamingResponse
from starlette.routing import Route

from agentkit.engines.base import Engine, SamplingParams
from agentkit.gemma4.tokens import STOP_TOKEN_IDS


class CutConnection(Exception):
    """Raised inside the response body to make uvicorn drop the connection mid-stream."""


class CompletionsServer:
    """Serve ``engine`` at ``self.url`` (``http://127.0.0.1:PORT/v1``) from a background thread."""

    def __init__(self, engine: Engine, *, faults: Iterable[str] = (), return_token_ids: bool = True) -> None:
        self.engine = engine
        self.faults: list[str] = list(faults)
        self.return_token_ids = return_token_ids
        self.bodies: list[dict[str, Any]] = []
        self.disconnects = 0
        self._ids = itertools.count()
        app = Starlette(routes=[Route("/v1/completions", self._completions, methods=["POST"])])
        self._socket = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._socket.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._socket.bind(("127.0.0.1", 0))
        self.port = self._socket.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}/v1"
        config = uvicorn.Config(app, log_level="critical", lifespan="off", timeout_graceful_shutdown=1)
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(target=self._run, name=f"completions-{self.port}", daemon=True)

    def _run(self) -> None:
        asyncio.run(self._server.serve(sockets=[self._socket]))

    def __enter__(self) -> Self:
        self._thread.start()
        deadline = time.monotonic() + 10
        while not self._server.started:
            if time.monotonic() > deadline or not self._thread.is_alive():
                raise RuntimeError("the test completions server did not start")
            time.sleep(0.01)
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.should_exit = True
        self._thread.join(timeout=10)
        self._socket.close()

    async def _completions(self, request: Request) -> Response:
        body = await request.json()
        self.bodies.append(body)
        fault = self.faults.pop(0) if self.faults else "ok"
        if fault in ("503", "429", "400"):
            headers = {"Retry-After": "0"} if fault == "429" else {}
            return JSONResponse(
                {"error": {"message": f"scripted {fault}"}}, status_code=int(fault), headers=headers
            )
        if fault == "400-grammar":
            return JSONResponse({"error": {"message": "Invalid grammar specification."}}, status_code=400)
        if fault.startswith("slow:"):
            await asyncio.sleep(float(fault.split(":")[1]))
        prompt = body["prompt"]
        prompt_ids = prompt if isinstance(prompt, list) else self.engine.tokenizer.encode(prompt)
        sampling = SamplingParams(
            temperature=body.get("temperature", 1.0),
            top_p=body.get("top_p", 1.0),
            top_k=body.get("top_k", 0),
            max_tokens=body.get("max_tokens", 16),
            seed=body.get("seed"),
            stop_token_ids=tuple(body.get("stop_token_ids", STOP_TOKEN_IDS)),
        )
        return StreamingResponse(
            self._events(prompt_ids, sampling, body, fault), media_type="text/event-stream"
        )

    async def _events(
        self, prompt_ids: list[int], sampling: SamplingParams, body: dict[str, Any], fault: str
    ) -> AsyncIterator[str]:
        request_id = f"cmpl-{next(self._ids)}"
        sent = 0
        finished = False
        if fault == "grammar_event":
            message = "Grammar error: 1(11): Expected token ')'"
            yield _sse({"error": {"message": message, "type": "BadRequestError", "code": 400}})
            yield "data: [DONE]\n\n"
            return
        try:
            async for chunk in self.engine.stream(prompt_ids, sampling, request_id=request_id):
                ids = list(chunk.token_ids)
                if chunk.stop_token_id is not None:
                    ids.append(chunk.stop_token_id)  # vLLM's token_ids include the stop token, its text not
                choice: dict[str, Any] = {
                    "index": 0,
                    "text": chunk.text,
                    "finish_reason": chunk.finish_reason,
                    "stop_reason": chunk.stop_token_id,
                }
                if self.return_token_ids and body.get("return_token_ids"):
                    choice["token_ids"] = ids
                yield _sse({"id": request_id, "object": "text_completion", "choices": [choice]})
                sent += 1
                if fault.startswith("drop:") and sent == int(fault.split(":")[1]):
                    raise CutConnection(f"scripted drop after {sent} events")
                if fault.startswith("stall:") and sent == int(fault.split(":")[1]):
                    await asyncio.sleep(float(fault.split(":")[2]))
                if fault == "error_event":
                    yield _sse({"error": {"message": "scripted engine failure", "code": 500}})
                    yield "data: [DONE]\n\n"
                    return
                if chunk.usage is not None:
                    usage = {
                        "prompt_tokens": chunk.usage.prompt_tokens,
                        "completion_tokens": chunk.usage.generated_tokens,
                        "total_tokens": chunk.usage.prompt_tokens + chunk.usage.generated_tokens,
                        "prompt_tokens_details": {"cached_tokens": chunk.usage.cached_prompt_tokens},
                    }
                    yield _sse({"id": request_id, "object": "text_completion", "choices": [], "usage": usage})
            yield "data: [DONE]\n\n"
            finished = True
        finally:
            if not finished:
                self.disconnects += 1


def _sse(payload: dict[str, Any]) -> str:
    return f"data: {json.dumps(payload)}\n\n"
