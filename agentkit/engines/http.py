"""HTTPEngine: the streaming completions endpoint of an OpenAI-compatible server, with raw prompts.

Targets ``vllm serve`` first (token ids in and out), and works with any server that speaks
``POST {base_url}/completions`` with ``"stream": true`` (llama.cpp's server, Ollama) in text mode.

What is sent (``build_request_body``), and why:

* ``prompt``: agentkit's own ids as a list of ints (``prompt_format="token_ids"``, vLLM and llama.cpp
  accept it; no re-tokenization, no second BOS), or their decoded text with special tokens kept
  (``prompt_format="text"``, for servers that only take strings) plus ``add_special_tokens: false``.
* Sampling: ``max_tokens`` (clipped to the context), ``temperature``, ``top_p``, ``top_k``, ``seed``,
  ``stop_token_ids`` (vLLM), ``skip_special_tokens: false`` and ``spaces_between_special_tokens: false``
  (keep ``<|tool_call>`` and friends verbatim), ``include_stop_str_in_output: false``.
* ``return_token_ids: true`` (vLLM >= 0.10): each event carries the generated ids, which agentkit decodes
  itself so text is identical to the other engines. Without ids in the reply (other servers), the
  event's text is used and re-tokenized for ``Chunk.token_ids`` (an approximation, said here once).
* ``stream_options.include_usage``: the last event carries usage, including
  ``prompt_tokens_details.cached_tokens`` when the server reports it (vLLM:
  ``--enable-prompt-tokens-details``).
* ``structured_outputs: {"regex"|"grammar": ...}`` when the sampling asks for it (vLLM >= 0.11;
  ``HTTPEngineConfig.structured_outputs=False`` for servers without it, which then count as engines
  that cannot constrain). A 4xx about the constraint, or an error event about it before any output
  (vLLM 0.32 compiles a grammar after answering 200), raises `EngineConstraintRefused`.

Failures:

* Connection errors, timeouts, 429 and 5xx are retried with exponential backoff and full jitter
  (tenacity), up to ``max_attempts`` in total. Each retry goes to the next base URL (failover); a
  retry to a URL not yet tried in the current round goes at once, a new round waits. ``Retry-After``
  is honoured up to ``backoff_max_s``. Other 4xx raise `EngineRequestRejected` at once.
* Retrying is safe only while nothing was delivered, so retries happen only **before the first
  chunk is yielded** (the first event is read inside the attempt). A connection that drops or stalls
  after that raises `EngineStreamBroken` saying how many tokens arrived; the caller decides whether
  to re-run the step. Resuming silently (re-requesting with prompt + partial output) was rejected:
  it changes the sampling and hides a failing server.
* ``connect_timeout_s`` bounds connecting; ``read_timeout_s`` bounds every wait for bytes, the first
  byte included (a server that never answers fails over).

Abort closes the connection; vLLM aborts a request whose client disconnects.
"""

from __future__ import annotations

import json
import random
import re
from collections.abc import AsyncGenerator, AsyncIterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

import anyio
import anyio.lowlevel
import httpx
from httpx_sse import EventSource, SSEError
from tenacity import AsyncRetrying, RetryCallState, retry_if_exception_type, stop_after_attempt

from agentkit.engines.base import (
    Chunk,
    EngineConstraintRefused,
    EngineError,
    EngineRequestRejected,
    EngineStreamBroken,
    EngineUnavailable,
    FinishReason,
    MediaInput,
    SamplingParams,
)
from agentkit.engines.output import OutputAssembler, check_prompt, check_request_id
from agentkit.engines.replay import GEMMA4_CONTEXT_LENGTH
from agentkit.gemma4.tokenizer import Gemma4Tokenizer

PromptFormat = Literal["token_ids", "text"]
# A 4xx about these, on a request that carries a constraint, is the server refusing the constraint.
_CONSTRAINT_WORDS = re.compile(r"structured|grammar|guided|regex|xgrammar|lark|guidance", re.IGNORECASE)


@dataclass(frozen=True)
class HTTPEngineConfig:
    """Where and how to reach the servers. ``base_urls`` end before ``/completions`` (``.../v1``)."""

    base_urls: tuple[str, ...]
    model: str
    api_key: str | None = field(default=None, repr=False)
    prompt_format: PromptFormat = "token_ids"
    request_token_ids: bool = True
    connect_timeout_s: float = 5.0
    read_timeout_s: float = 120.0
    max_attempts: int = 4
    backoff_initial_s: float = 0.25
    backoff_max_s: float = 8.0
    context_length: int = GEMMA4_CONTEXT_LENGTH
    extra_body: Mapping[str, Any] = field(default_factory=dict)
    # The servers enforce ``structured_outputs`` (vLLM >= 0.11). False: constraints are not sent.
    structured_outputs: bool = True

    def __post_init__(self) -> None:
        urls = (self.base_urls,) if isinstance(self.base_urls, str) else tuple(self.base_urls)
        if not urls:
            raise ValueError("HTTPEngineConfig needs at least one base URL")
        for url in urls:
            if not url.startswith(("http://", "https://")):
                raise ValueError(f"base URL {url!r} must start with http:// or https://")
        object.__setattr__(self, "base_urls", tuple(url.rstrip("/") for url in urls))
        if self.max_attempts < 1:
            raise ValueError(f"max_attempts must be >= 1, got {self.max_attempts}")
        if self.prompt_format not in ("token_ids", "text"):
            raise ValueError(f"prompt_format must be 'token_ids' or 'text', got {self.prompt_format!r}")


def build_request_body(
    config: HTTPEngineConfig, tokenizer: Gemma4Tokenizer, prompt_ids: Sequence[int], sampling: SamplingParams
) -> dict[str, Any]:
    """The JSON body of one streaming completions request (see the module docstring)."""
    body: dict[str, Any] = {
        "model": config.model,
        "prompt": list(prompt_ids) if config.prompt_format == "token_ids" else tokenizer.decode(prompt_ids),
        "max_tokens": min(sampling.max_tokens, config.context_length - len(prompt_ids)),
        "temperature": sampling.temperature,
        "top_p": sampling.top_p,
        "top_k": sampling.top_k,
        "stop_token_ids": list(sampling.stop_token_ids),
        "skip_special_tokens": False,
        "spaces_between_special_tokens": False,
        "include_stop_str_in_output": False,
        "add_special_tokens": False,
        "stream": True,
        "stream_options": {"include_usage": True},
    }
    if sampling.seed is not None:
        body["seed"] = sampling.seed
    if config.request_token_ids:
        body["return_token_ids"] = True
    if config.structured_outputs and sampling.regex is not None:
        body["structured_outputs"] = {"regex": sampling.regex}
    elif config.structured_outputs and sampling.grammar is not None:
        body["structured_outputs"] = {"grammar": sampling.grammar}
    body.update(config.extra_body)
    return body


def _refused_constraint(first: dict[str, Any] | None, body: Mapping[str, Any]) -> str | None:
    """The server's message when the first event of a constrained request is an error about it."""
    if first is None or "error" not in first or "structured_outputs" not in body:
        return None
    error = first["error"]
    message = str(error.get("message", error)) if isinstance(error, dict) else str(error)
    return message if _CONSTRAINT_WORDS.search(message) else None


class _Retryable(Exception):
    """One attempt failed in a way another attempt (or another server) may not."""

    def __init__(self, message: str, retry_after_s: float | None = None) -> None:
        super().__init__(message)
        self.retry_after_s = retry_after_s


@dataclass
class _Active:
    aborted: anyio.Event = field(default_factory=anyio.Event)


@dataclass
class _Opened:
    response: httpx.Response
    events: AsyncGenerator[dict[str, Any], None]
    first: dict[str, Any] | None


async def _sse_events(response: httpx.Response) -> AsyncGenerator[dict[str, Any], None]:
    """The JSON payloads of a server-sent event stream (parsed by httpx-sse), until ``[DONE]`` or the end."""
    try:
        async for sse in EventSource(response).aiter_sse():
            if sse.data == "[DONE]":
                return
            if not sse.data:
                continue  # an event with no data (a keep-alive)
            try:
                event = json.loads(sse.data)
            except json.JSONDecodeError as error:
                raise EngineError(f"the server sent an event that is not JSON: {sse.data[:200]!r}") from error
            if not isinstance(event, dict):
                raise EngineError(f"the server sent an event that is not an object: {sse.data[:200]!r}")
            yield event
    except SSEError as error:
        raise EngineError(f"the server did not answer with an event stream: {error}") from error


async def _cancel_when_set(event: anyio.Event, scope: anyio.CancelScope) -> None:
    await event.wait()
    scope.cancel()


def _error_message(raw: bytes) -> str:
    text = raw.decode("utf-8", "replace")
    try:
        payload = json.loads(text)
    except json.JSONDecodeError:
        return text[:500]
    if isinstance(payload, dict):
        error = payload.get("error", payload)
        if isinstance(error, dict):
            for key in ("message", "detail", "msg"):
                if isinstance(error.get(key), str):
                    return str(error[key])[:500]
        elif isinstance(error, str):
            return error[:500]
    return text[:500]


def _retry_after(response: httpx.Response) -> float | None:
    value = response.headers.get("retry-after")
    try:
        return None if value is None else max(0.0, float(value))
    except ValueError:
        return None  # an HTTP date: ignore it and use the backoff


class HTTPEngine:
    """An `Engine` over one or more OpenAI-compatible servers; see the module docstring."""

    def __init__(self, config: HTTPEngineConfig, tokenizer: Gemma4Tokenizer) -> None:
        self.config = config
        self._tokenizer = tokenizer
        self._client: httpx.AsyncClient | None = None
        self._client_loop: object = None  # the event loop (asyncio) or run (trio) the client belongs to
        self._active: dict[str, _Active] = {}
        self._preferred = 0  # index of the URL that answered last: start there next time

    @property
    def constrains_output(self) -> bool:
        """True when constraints are sent (``HTTPEngineConfig.structured_outputs``); a server that then
        refuses one raises `EngineConstraintRefused`."""
        return self.config.structured_outputs

    @property
    def tokenizer(self) -> Gemma4Tokenizer:
        return self._tokenizer

    @property
    def context_length(self) -> int:
        return self.config.context_length

    def _http(self) -> httpx.AsyncClient:
        # An AsyncClient's pool belongs to the event loop that made it; make a new one per loop.
        loop = anyio.lowlevel.current_token().native_token
        if self._client is None or self._client_loop is not loop:
            headers = {"Authorization": f"Bearer {self.config.api_key}"} if self.config.api_key else {}
            timeout = httpx.Timeout(
                connect=self.config.connect_timeout_s,
                read=self.config.read_timeout_s,
                write=self.config.connect_timeout_s,
                pool=self.config.connect_timeout_s,
            )
            self._client = httpx.AsyncClient(headers=headers, timeout=timeout)
            self._client_loop = loop
        return self._client

    def _wait_s(self, state: RetryCallState) -> float:
        urls = len(self.config.base_urls)
        failure = state.outcome.exception() if state.outcome else None
        retry_after = failure.retry_after_s if isinstance(failure, _Retryable) else None
        if retry_after is not None:
            return min(retry_after, self.config.backoff_max_s)
        if state.attempt_number % urls:
            return 0.0  # fail over to a server not yet tried in this round, now
        rounds = state.attempt_number // urls
        ceiling = min(self.config.backoff_max_s, self.config.backoff_initial_s * 2 ** (rounds - 1))
        return random.uniform(0.0, ceiling)  # full jitter keeps many clients from retrying in step

    async def _open(self, url: str, body: dict[str, Any]) -> _Opened:
        """One attempt: connect, check the status, read the first event. Raises `_Retryable`."""
        http = self._http()
        try:
            request = http.build_request("POST", f"{url}/completions", json=body)
            response = await http.send(request, stream=True)
        except httpx.TransportError as error:
            raise _Retryable(f"{url}: {type(error).__name__}: {error}") from error
        try:
            if response.status_code != 200:
                message = _error_message(await response.aread())
                if response.status_code == 429 or response.status_code >= 500:
                    raise _Retryable(f"{url}: HTTP {response.status_code}: {message}", _retry_after(response))
                rejected = (
                    EngineConstraintRefused
                    if "structured_outputs" in body and _CONSTRAINT_WORDS.search(message)
                    else EngineRequestRejected
                )
                raise rejected(f"{url} refused the request: HTTP {response.status_code}: {message}")
            events = _sse_events(response)
            first = await anext(events, None)
            refused = _refused_constraint(first, body)
            if refused is not None:
                # vLLM compiles the grammar after accepting the request: its refusal is the first event.
                raise EngineConstraintRefused(f"{url} refused the request's grammar: {refused}")
        except httpx.TransportError as error:
            await response.aclose()
            raise _Retryable(f"{url}: {type(error).__name__} before the first event: {error}") from error
        except BaseException:
            await response.aclose()
            raise
        return _Opened(response, events, first)

    async def _open_with_retries(self, body: dict[str, Any]) -> _Opened:
        urls = self.config.base_urls
        failures: list[str] = []
        retrying = AsyncRetrying(
            stop=stop_after_attempt(self.config.max_attempts),
            wait=self._wait_s,
            retry=retry_if_exception_type(_Retryable),
            reraise=True,
            sleep=anyio.sleep,
        )
        try:
            async for attempt in retrying:
                with attempt:
                    index = (self._preferred + attempt.retry_state.attempt_number - 1) % len(urls)
                    try:
                        opened = await self._open(urls[index], body)
                    except _Retryable as failure:
                        failures.append(str(failure))
                        raise
                    self._preferred = index
                    return opened
        except _Retryable:
            pass
        raise EngineUnavailable(
            f"no server answered after {len(failures)} attempt(s) over {len(urls)} URL(s): "
            + "; ".join(failures)
        )

    async def stream(
        self,
        prompt_ids: Sequence[int],
        sampling: SamplingParams,
        *,
        request_id: str,
        media: MediaInput | None = None,
    ) -> AsyncIterator[Chunk]:
        check_prompt(prompt_ids, self.context_length, self._tokenizer.vocab_size)
        if media is not None and (media.images or media.videos):
            raise EngineRequestRejected(
                "HTTPEngine sends raw prompts to /completions, which takes no images or video; "
                "use VLLMEngine for multi-modal prompts"
            )
        check_request_id(request_id, self._active)
        active = self._active[request_id] = _Active()
        out = OutputAssembler(
            self._tokenizer, sampling, prompt_tokens=len(prompt_ids), context_length=self.context_length
        )
        opened: _Opened | None = None
        try:
            opened = await self._open_with_retries(
                build_request_body(self.config, self._tokenizer, prompt_ids, sampling)
            )
            async for chunk in self._read(opened, out, active):
                yield chunk
        finally:
            self._active.pop(request_id, None)
            if opened is not None:
                await opened.events.aclose()
                await opened.response.aclose()

    async def _read(self, opened: _Opened, out: OutputAssembler, active: _Active) -> AsyncIterator[Chunk]:
        reason: str | None = None
        stop_reason: object = None
        cached = 0
        server_generated: int | None = None
        event = opened.first
        while event is not None:
            if "error" in event:
                raise EngineError(f"the server reported an error mid-stream: {event['error']}")
            usage = event.get("usage")
            if isinstance(usage, dict):
                details = usage.get("prompt_tokens_details")
                if isinstance(details, dict) and isinstance(details.get("cached_tokens"), int):
                    cached = details["cached_tokens"]
                if isinstance(usage.get("completion_tokens"), int):
                    server_generated = usage["completion_tokens"]
            for choice in event.get("choices") or ():
                ids = choice.get("token_ids")
                if ids is None:
                    ids = self._tokenizer.encode(choice.get("text") or "")
                out.feed(ids)
                if choice.get("finish_reason") is not None:
                    reason, stop_reason = choice["finish_reason"], choice.get("stop_reason")
            if not out.done:
                chunk = out.take()
                if chunk is not None:
                    yield chunk
            event = await self._next_event(opened, out, active)
        if active.aborted.is_set():
            yield out.final("abort", cached_prompt_tokens=cached)
            return
        if reason is None and not out.done:
            raise EngineStreamBroken(
                f"the server ended the stream without a finish reason after {out.generated} tokens"
            )
        finish: FinishReason = "length" if reason == "length" else "abort" if reason == "abort" else "stop"
        yield out.final(
            finish,
            stop_token_id=stop_reason if isinstance(stop_reason, int) else None,
            cached_prompt_tokens=cached,
            generated_tokens=None if self.config.request_token_ids else server_generated,
        )

    async def _next_event(
        self, opened: _Opened, out: OutputAssembler, active: _Active
    ) -> dict[str, Any] | None:
        """The next event, or None at the end of the stream or on abort."""
        event: dict[str, Any] | None = None
        failure: Exception | None = None
        read = False
        async with anyio.create_task_group() as group:
            group.start_soon(_cancel_when_set, active.aborted, group.cancel_scope)
            try:
                event = await anext(opened.events, None)
                read = True
            except Exception as error:  # noqa: BLE001 - raised below, outside the task group's exception group
                failure = error
            group.cancel_scope.cancel()
        if isinstance(failure, httpx.TransportError):
            raise EngineStreamBroken(
                f"the connection to the server broke after {out.generated} tokens "
                f"({type(failure).__name__}: {failure}); the request did not complete"
            ) from failure
        if failure is not None:
            raise failure
        return event if read else None  # not read: aborted while waiting

    async def abort(self, request_id: str) -> None:
        active = self._active.get(request_id)
        if active is not None:
            active.aborted.set()

    async def close(self) -> None:
        client, self._client = self._client, None
        if client is not None and self._client_loop is anyio.lowlevel.current_token().native_token:
            await client.aclose()
