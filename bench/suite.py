"""The benchmark suite behind `bench/run`: every timing target, each against the system a user would
pick instead, measured in the same run, in one table.

Baselines: vLLM's Gemma 4 parser engine (the class behind `--tool-call-parser gemma4 --reasoning-parser
gemma4`) fed the same deltas; transformers' `apply_chat_template` and vLLM's chat-template path (its
OpenAI server's HfRenderer) for rendering; `docker exec` and a raw
`docker run` for the sandbox; re-render + re-tokenize for the loop. The machine is shared, so each pair
is measured in interleaved rounds (agentkit, baseline, agentkit, baseline...) and the best (throughput)
or median (latency) of the rounds is kept, so a burst of load hits both sides alike.
"""

from __future__ import annotations

import argparse
import gc
import json
import math
import os
import platform
import sys
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))
SHARED = Path(os.environ.get("AGENTKIT_SHARED", BENCH.parents[1] / "shared")) / "gemma4"
RESULTS = BENCH / "results"
SECTIONS = ("parse", "render", "agent", "sandbox")


@dataclass
class Row:
    """One line of the table: a figure, its baseline from this run, and the target it is held to."""

    section: str
    figure: str
    value: float
    unit: str
    baseline: str = ""
    baseline_value: float | None = None
    ratio: float | None = None
    target: str = ""
    met: bool | None = None
    note: str = ""


@dataclass
class Suite:
    quick: bool
    scale: float
    vllm: bool
    rounds: int
    rows: list[Row] = field(default_factory=list)
    curves: dict[str, dict[str, list[float]]] = field(default_factory=dict)
    differences: list[dict[str, Any]] = field(default_factory=list)
    skipped: dict[str, str] = field(default_factory=dict)

    def add(self, row: Row) -> None:
        self.rows.append(row)
        flag = {True: "met", False: "MISSED", None: ""}[row.met]
        print(f"  {row.figure}: {row.value:.4g} {row.unit} {flag}", flush=True)


def interleaved(
    actions: dict[str, Callable[[], object]],
    rounds: int,
    pick: Callable[[list[float]], float] = min,
    setup: dict[str, Callable[[], None]] | None = None,
    calibrate: bool = False,
) -> dict[str, float]:
    """Time each action once per round, alternating, and keep `pick` of each side's rounds.

    ``setup[name]`` runs before each timing of ``name``, untimed (vLLM builds a fresh parser there: its
    constructor reads the 262k-entry vocabulary, which a server does once per request, not per token).
    A collection before each timing keeps one side's garbage from being charged to the other.
    """
    samples: dict[str, list[float]] = {name: [] for name in actions}
    # A call under a millisecond is timed as a batch of ~20 ms (calibrated by one untimed call): a
    # single one would be measured just after the collection, with cold caches.
    batch = {name: 1 for name in actions}
    if calibrate:
        for name, action in actions.items():
            began = time.perf_counter()
            action()
            batch[name] = max(1, int(0.02 / max(time.perf_counter() - began, 1e-7)))
    for _ in range(rounds):
        for name, action in actions.items():
            if setup and name in setup:
                setup[name]()
            gc.collect()
            number = batch[name]
            began = time.perf_counter()
            for _ in range(number):
                action()
            samples[name].append((time.perf_counter() - began) / number)
    return {name: pick(times) for name, times in samples.items()}


# ---------------------------------------------------------------- parse


def _tokenizer() -> Any:
    from agentkit.gemma4.tokenizer import Gemma4Tokenizer

    return Gemma4Tokenizer.from_file(SHARED / "tokenizer.json")


def token_deltas(tokenizer: Any, text: str) -> list[tuple[str, list[int]]]:
    """The text as the engine streams it: one (decoded piece, [token id]) per real token."""
    from tokenizers.decoders import DecodeStream

    stream = DecodeStream(skip_special_tokens=False)
    return [(stream.step(tokenizer.backend, i) or "", [i]) for i in tokenizer.encode(text)]


def chunk_deltas(text: str, size: int) -> list[tuple[str, list[int]]]:
    return [(text[i : i + size], []) for i in range(0, len(text), size)]


def agentkit_feed(tools: dict[str, Any], deltas: list[tuple[str, list[int]]]) -> list[Any]:
    from agentkit.gemma4.parse import StreamParser

    parser = StreamParser(tools)
    events: list[Any] = []
    for piece, _ in deltas:
        events.extend(parser.feed(piece))
    events.extend(parser.finish(106, "stop"))
    return events


class VllmParser:
    """vLLM's Gemma 4 parser engine, driven as its OpenAI server drives it (one parse_delta per delta)."""

    def __init__(self, tools: dict[str, Any]) -> None:
        os.environ.setdefault("VLLM_TARGET_DEVICE", "cpu")
        from transformers import PreTrainedTokenizerFast
        from vllm.entrypoints.openai.chat_completion.protocol import ChatCompletionRequest
        from vllm.parser.gemma4 import Gemma4Parser

        self.hf_tokenizer = PreTrainedTokenizerFast(tokenizer_file=str(SHARED / "tokenizer.json"))
        declared = [
            {"type": "function", "function": {"name": name, "parameters": schema}}
            for name, schema in tools.items()
        ]
        self.request = ChatCompletionRequest(
            model="gemma-4", messages=[{"role": "user", "content": "go"}], tools=declared
        )
        self.engine_cls = Gemma4Parser
        self.fresh: Any = None

    def prepare(self) -> None:
        """Build the parser engine the next `feed` uses (once per request in vLLM's server)."""
        self.fresh = self.engine_cls(
            self.hf_tokenizer, self.request.tools, chat_template_kwargs={"enable_thinking": True}
        )

    def feed(self, deltas: list[tuple[str, list[int]]]) -> dict[str, Any]:
        """Parse the deltas with a fresh engine; the accumulated reasoning, content and calls."""
        if self.fresh is None:
            self.prepare()
        parser, self.fresh = self.fresh, None
        reasoning: list[str] = []
        content: list[str] = []
        calls: dict[int, dict[str, str]] = {}
        last = len(deltas) - 1
        for n, (piece, ids) in enumerate(deltas):
            delta = parser.parse_delta(piece, ids, self.request, finished=n == last)
            if delta is None:
                continue
            if delta.reasoning:
                reasoning.append(delta.reasoning)
            if delta.content:
                content.append(delta.content)
            for call in delta.tool_calls or []:
                entry = calls.setdefault(call.index, {"name": "", "arguments": ""})
                if call.function and call.function.name:
                    entry["name"] = call.function.name
                if call.function and call.function.arguments:
                    entry["arguments"] += call.function.arguments
        return {
            "reasoning": "".join(reasoning) or None,
            "content": "".join(content).strip() or None,
            "tool_calls": [
                {"name": c["name"], "arguments": _json_or_raw(c["arguments"])}
                for _, c in sorted(calls.items())
            ],
        }


def _json_or_raw(text: str) -> Any:
    try:
        return json.loads(text)
    except ValueError:
        return text


def long_argument(chars: int) -> str:
    from bench_parse import CODE, Q

    body = (CODE * (chars // len(CODE) + 1))[:chars]
    return f"<|tool_call>call:write_file{{content:{Q}{body}{Q},path:{Q}big.py{Q}}}<tool_call|>"


def bench_parse(suite: Suite) -> None:
    from bench_parse import TOOLS, build

    tokenizer = _tokenizer()
    base_chars = int((8_000 if suite.quick else 64_000) * suite.scale)
    base = build(base_chars)
    long_chars = int((2_000 if suite.quick else 8_000) * suite.scale)
    vllm = _vllm_or_skip(suite, TOOLS)
    rounds = suite.rounds

    # Throughput on real tokens and 64-char chunks, agentkit and vLLM interleaved.
    tokens = token_deltas(tokenizer, base)
    chunks = chunk_deltas(base, 64)
    megabytes = len(base.encode()) / 1e6
    for label, deltas in (("real tokens", tokens), ("64-char chunks", chunks)):
        actions: dict[str, Callable[[], object]] = {"agentkit": lambda d=deltas: agentkit_feed(TOOLS, d)}
        if vllm:
            actions["vllm"] = lambda d=deltas: vllm.feed(d)
        best = interleaved(actions, rounds, setup=_vllm_setup(vllm))
        ours = best["agentkit"]
        unit, per_s = ("tokens/s", len(deltas)) if label == "real tokens" else ("MB/s", megabytes)
        theirs = best.get("vllm")
        suite.add(
            Row(
                "parse",
                f"stream parse, {label}",
                per_s / ours,
                unit,
                "vLLM gemma4 parser, same deltas" if theirs else "(vLLM not available)",
                per_s / theirs if theirs else None,
                theirs / ours if theirs else None,
                ">= 15x vLLM" if label == "real tokens" else "",
                (theirs / ours >= 15) if theirs and label == "real tokens" else None,
            )
        )
        if label == "real tokens":
            suite.add(
                Row(
                    "parse",
                    "stream parse token by token",
                    megabytes / ours,
                    "MB/s",
                    "vLLM, same deltas" if theirs else "",
                    megabytes / theirs if theirs else None,
                    theirs / ours if theirs else None,
                    ">= 2 MB/s",
                    megabytes / ours >= 2,
                )
            )

    whole = [(base, [])]
    actions = {"agentkit": lambda: agentkit_feed(TOOLS, whole)}
    if vllm:
        actions["vllm"] = lambda: vllm.feed(whole)
    best = interleaved(actions, rounds, setup=_vllm_setup(vllm))
    theirs = best.get("vllm")
    suite.add(
        Row(
            "parse",
            "whole-text parse",
            megabytes / best["agentkit"],
            "MB/s",
            "vLLM, one delta" if theirs else "",
            megabytes / theirs if theirs else None,
            theirs / best["agentkit"] if theirs else None,
            ">= 20 MB/s",
            megabytes / best["agentkit"] >= 20,
        )
    )

    # Linearity: 1x, 2x, 4x the length, token by token; and one long argument at 1x..4x.
    for label, make in (
        ("mixed output", lambda f: base * f),
        ("one long argument", lambda f: long_argument(long_chars * f)),
    ):
        # The sizes of one side are interleaved with each other, so load hits 1x and 4x alike.
        texts = [make(factor) for factor in (1, 2, 4)]
        deltas = [token_deltas(tokenizer, text) for text in texts]
        ours_s = interleaved(
            {str(k): (lambda d=d: agentkit_feed(TOOLS, d)) for k, d in enumerate(deltas)}, rounds * 3
        )
        theirs_s: dict[str, float] = {}
        if vllm:  # vLLM's cost grows with the square of a long argument: fewer rounds keep the run short
            theirs_s = interleaved(
                {str(k): (lambda d=d: vllm.feed(d)) for k, d in enumerate(deltas)},
                max(1, rounds // 2),
                setup={str(k): vllm.prepare for k in range(3)},
            )
        curve = {
            "chars": [float(len(text)) for text in texts],
            "agentkit_s": [ours_s[str(k)] for k in range(3)],
            "vllm_s": [theirs_s.get(str(k), float("nan")) for k in range(3)],
        }
        suite.curves[f"parse: {label}"] = curve
        ours = curve["agentkit_s"][2] / curve["agentkit_s"][0]
        theirs_ratio = curve["vllm_s"][2] / curve["vllm_s"][0] if vllm else None
        suite.add(
            Row(
                "parse",
                f"linearity, {label}: time(4x) / time(1x)",
                ours,
                "x",
                "vLLM's own 4x/1x" if vllm else "",
                theirs_ratio,
                None,
                "<= 4.4",
                ours <= 4.4,
                f"1x = {curve['chars'][0]:,.0f} chars, real tokens",
            )
        )
    if vllm:
        compare_outputs(suite, vllm, tokenizer)


def _vllm_setup(vllm: VllmParser | None) -> dict[str, Callable[[], None]]:
    return {"vllm": vllm.prepare} if vllm else {}


def _vllm_or_skip(suite: Suite, tools: dict[str, Any]) -> VllmParser | None:
    if not suite.vllm:
        suite.skipped["vllm"] = "--no-vllm"
        return None
    try:
        return VllmParser(tools)
    except ImportError as error:
        suite.skipped["vllm"] = f"vLLM not importable: {error}"
        print(f"  (vLLM baseline skipped: {error})")
        return None


# Where the two parsers disagree: the case, and what ../shared/gemma4/FORMAT.md says about it.
DIFFERENCE_CASES: list[tuple[str, str, str]] = [
    (
        "content after a tool call, in one delta",
        '<|tool_call>call:get_weather{city:<|"|>Paris<|"|>}<tool_call|>Checking the weather now.',
        "FORMAT.md 6.1: OUTPUT := [THOUGHT] (TEXT | CALL)* [STOP], so text may follow a call",
    ),
    (
        "bare values under an undeclared key",
        '<|tool_call>call:get_weather{city:<|"|>Paris<|"|>,days:3,metric:true}<tool_call|>',
        (
            "FORMAT.md 6.1: VALUE := NUMBER | true | false | null ..., typed as JSON would (2.5 / 6.2: vLLM"
            " >= 0.24 keeps bare values as strings unless the schema says otherwise, issue #47906)"
        ),
    ),
    (
        "several thought blocks",
        "<|channel>thought\nFirst idea.<channel|>Let me look.<|channel>thought\nSecond idea.<channel|>Done.",
        (
            "FORMAT.md 6.1: one optional THOUGHT at the start; a later channel is drift, neither side is "
            "backed by the grammar (agentkit keeps both thoughts out of the content)"
        ),
    ),
]


def compare_outputs(suite: Suite, vllm: VllmParser, tokenizer: Any) -> None:
    from agentkit.gemma4.parse import collect

    tools = {"get_weather": {"type": "object", "properties": {"city": {"type": "string"}}}}
    other = VllmParser(tools)
    print("\n  where vLLM's output differs from agentkit's (same real-token deltas):")
    for label, text, verdict in DIFFERENCE_CASES:
        for mode, deltas in (("one delta", [(text, [])]), ("real tokens", token_deltas(tokenizer, text))):
            ours = collect(agentkit_feed(tools, deltas)).to_json()
            ours = {k: ours[k] for k in ("reasoning", "content", "tool_calls")}
            theirs = other.feed(deltas)
            if ours != theirs:
                suite.differences.append(
                    {"case": label, "deltas": mode, "agentkit": ours, "vllm": theirs, "format_md": verdict}
                )
                print(f"  - {label} ({mode}):\n      agentkit: {json.dumps(ours)}\n      vLLM:     "
                      f"{json.dumps(theirs)}\n      {verdict}")  # fmt: skip
    del vllm


# ---------------------------------------------------------------- render


def bench_render(suite: Suite) -> None:
    from bench_render import TEMPLATES, conversation, tools
    from transformers import PreTrainedTokenizerFast

    from agentkit.gemma4.render import PromptBuilder, render
    from agentkit.messages import AssistantMessage, to_openai

    declared = tools()
    messages = conversation(max(6, int(100 * suite.scale)))
    dicts = [to_openai(m) for m in messages]
    hf = PreTrainedTokenizerFast(tokenizer_file=str(SHARED / "tokenizer.json"), bos_token="<bos>")
    template = (SHARED / TEMPLATES["2026-04-28"]).read_text(encoding="utf-8")

    def transformers_render() -> str:
        out = hf.apply_chat_template(
            dicts,
            tools=declared,
            chat_template=template,
            tokenize=False,
            add_generation_prompt=True,
            enable_thinking=True,
        )
        return str(out)

    def native() -> str:
        return render(
            messages, declared, revision="2026-04-28", enable_thinking=True, add_generation_prompt=True
        )

    equal = transformers_render() == native()
    best = interleaved(
        {"agentkit": native, "transformers": transformers_render}, suite.rounds * 3, calibrate=True
    )
    ratio = best["transformers"] / best["agentkit"]
    suite.add(
        Row(
            "render",
            f"full render, {len(messages)} messages",
            best["agentkit"] * 1e3,
            "ms",
            "transformers apply_chat_template",
            best["transformers"] * 1e3,
            ratio,
            ">= 40x, byte-equal",
            ratio >= 40 and equal,
            "byte-equal" if equal else "RENDERS DIFFER",
        )
    )

    if suite.vllm:
        vllm_render(suite, dicts, declared, template, native)

    cut = max(i for i, m in enumerate(messages) if isinstance(m, AssistantMessage) and m.tool_calls)
    head, step = messages[:cut], messages[cut : cut + 2]
    # Each extend needs a builder holding the rest; the pool is built first, then timed in chunks of 50,
    # as many chunks as the full render gets rounds (the best of each side is kept, so both sides get the
    # same number of chances to miss a burst of load), each after a collection as in `interleaved`.
    size, samples = 50, suite.rounds * 3
    builders = []
    for _ in range(size * samples):
        builder = PromptBuilder(declared, revision="2026-04-28", enable_thinking=True)
        builder.extend(head)
        builders.append(builder)
    chunks = []
    for r in range(samples):
        gc.collect()
        began = time.perf_counter()
        for builder in builders[r * size : (r + 1) * size]:
            builder.extend(step)
        chunks.append((time.perf_counter() - began) / size)
    t_step = min(chunks)
    prefix = messages[: cut + 2]
    t_full = interleaved(
        {
            "full": lambda: render(
                prefix, declared, revision="2026-04-28", enable_thinking=True, add_generation_prompt=True
            )
        },
        suite.rounds * 3,
        calibrate=True,
    )["full"]
    share = t_step / t_full
    suite.add(
        Row(
            "render",
            "one step's suffix (PromptBuilder.extend)",
            t_step * 1e6,
            "us",
            "full agentkit render",
            t_full * 1e6,
            share,
            "<= 5% of a full render",
            share <= 0.05,
        )
    )


class VllmRenderer:
    """vLLM's chat-template path as its OpenAI server runs it for a chat request with tools.

    The server (OnlineRenderer.preprocess_chat) builds ChatParams from the request with the tool
    declarations as template arguments, then `HfRenderer.render_messages`: parse_chat_messages (content
    format auto-detected; `openai` for Gemma 4's template) and safe_apply_chat_template. The renderer is
    built on a real ModelConfig of the tiny Gemma 4 folder (agentkit.testing.tiny_gemma4): rendering
    reads only its tokenizer and template, which are the real ones here.
    """

    def __init__(self, dicts: list[dict[str, Any]], declared: list[dict[str, Any]], template: str) -> None:
        os.environ.setdefault("VLLM_TARGET_DEVICE", "cpu")
        from transformers import PreTrainedTokenizerFast
        from vllm.config import ModelConfig, VllmConfig
        from vllm.entrypoints.openai.chat_completion.protocol import ChatCompletionRequest
        from vllm.renderers.hf import HfRenderer

        from agentkit.testing.tiny_gemma4 import tiny_gemma4_dir

        folder = str(tiny_gemma4_dir())
        config = VllmConfig(model_config=ModelConfig(model=folder, tokenizer=folder))
        tokenizer = PreTrainedTokenizerFast(tokenizer_file=str(SHARED / "tokenizer.json"), bos_token="<bos>")
        self.renderer = HfRenderer(config, tokenizer)
        wire = json.loads(json.dumps(dicts))  # the request as it arrives: arguments as JSON strings
        for message in wire:
            for call in message.get("tool_calls") or []:
                call["function"]["arguments"] = json.dumps(call["function"]["arguments"])
        self.request = ChatCompletionRequest(
            model="gemma-4", messages=wire, tools=declared, chat_template_kwargs={"enable_thinking": True}
        )
        self.template = template

    def params(self, content_format: str) -> Any:
        tools = [tool.model_dump() for tool in self.request.tools or []]
        return self.request.build_chat_params(self.template, content_format).with_defaults(
            {"tools": tools, "tokenize": False}
        )

    def render(self, params: Any) -> str:
        _, prompt = self.renderer.render_messages(self.request.messages, params)
        return str(prompt["prompt"])


def vllm_render(
    suite: Suite,
    dicts: list[dict[str, Any]],
    declared: list[dict[str, Any]],
    template: str,
    native: Callable[[], str],
) -> None:
    try:
        vllm = VllmRenderer(dicts, declared, template)
    except ImportError as error:
        suite.skipped["vllm render"] = f"vLLM not importable: {error}"
        print(f"  (vLLM render baseline skipped: {error})")
        return
    server_params = vllm.params("auto")  # the server's default: --chat-template-content-format auto
    ours, theirs = native(), vllm.render(server_params)
    string_equal = vllm.render(vllm.params("string")) == ours
    if theirs == ours:
        note = "byte-equal"
    else:
        note = _render_difference(suite, ours, theirs, string_equal)
    best = interleaved(
        {"agentkit": native, "vllm": lambda: vllm.render(server_params)}, suite.rounds * 3, calibrate=True
    )
    suite.add(
        Row(
            "render",
            "full render vs vLLM's chat-template path",
            best["agentkit"] * 1e3,
            "ms",
            "vLLM HfRenderer.render_messages (server defaults)",
            best["vllm"] * 1e3,
            best["vllm"] / best["agentkit"],
            "",
            None,
            note,
        )
    )


def _render_difference(suite: Suite, ours: str, theirs: str, string_equal: bool) -> str:
    """Say where vLLM's render first differs from ours, and what FORMAT.md says about it."""
    import difflib

    changes = [
        op
        for op in difflib.SequenceMatcher(None, ours, theirs, autojunk=False).get_opcodes()
        if op[0] != "equal"
    ]
    first = changes[0]
    where = {
        "agentkit": ours[max(0, first[1] - 40) : first[2] + 20],
        "vllm": theirs[max(0, first[3] - 40) : first[4] + 20],
    }
    space_only = len(changes) == 1 and first[0] == "insert" and theirs[first[3] : first[4]] == " "
    verdict = (
        "FORMAT.md 4 and 'vLLM differences' 1: vLLM's server detects the `openai` content format for this "
        "template, so a string system prompt becomes one text part and the template's `part.text | trim + ' '` "
        "adds a trailing space; transformers' apply_chat_template (and agentkit) render the string as is"
        if space_only
        else "not described in FORMAT.md: see 'first'"
    )
    suite.differences.append(
        {
            "case": "full render, server defaults",
            "changes": len(changes),
            "first": where,
            "byte_equal_with_string_content_format": string_equal,
            "format_md": verdict,
        }
    )
    print(f"  - vLLM's render differs in {len(changes)} place(s); first: agentkit {where['agentkit']!r} vs vLLM "
          f"{where['vllm']!r}; byte-equal with --chat-template-content-format string: {string_equal}")  # fmt: skip
    what = " (the system prompt's trailing space)" if space_only else ""
    return f"{len(changes)} difference(s){what}; byte-equal with the string content format: {string_equal}"


# ---------------------------------------------------------------- agent loop


def bench_agent(suite: Suite) -> None:
    import anyio
    from bench_agent import StepCost, best_costs, calls_per_step, framework_time

    tokenizer = _tokenizer()
    steps = max(5, int((20 if suite.quick else 100) * suite.scale))

    async def measure() -> tuple[StepCost, tuple[float, float]]:
        await framework_time(tokenizer, 3)
        costs = [await framework_time(tokenizer, steps) for _ in range(max(3, suite.rounds // 2))]
        return best_costs(costs), await calls_per_step(tokenizer, steps)

    # CPU time: the replay engine and the tool run in this process, so the process's CPU time less
    # theirs is agentkit's work whatever the load (bench_agent.py); wall time and calls are beside it.
    cost, (calls, all_calls) = anyio.run(measure)
    full = steps >= 100
    load = f"load average {os.getloadavg()[0]:.1f}"
    suite.add(
        Row(
            "agent",
            f"framework CPU time per step, {steps} steps",
            cost.cpu_s * 1e3,
            "ms",
            "re-render (Jinja) + re-tokenize per step",
            cost.naive_s * 1e3,
            cost.naive_s / cost.cpu_s,
            "<= 0.5 ms at 100 steps",
            cost.cpu_s <= 0.0005 if full else None,
            load if full else f"target applies at 100 steps (not a full run); {load}",
        )
    )
    suite.add(
        Row(
            "agent",
            f"framework wall time per step, {steps} steps",
            cost.wall_s * 1e3,
            "ms",
            note=f"CPU time is the figure held to the target; wall time counts the load ({load})",
        )
    )
    suite.add(
        Row(
            "agent",
            f"Python calls per step in agentkit, {steps} steps",
            calls,
            "calls",
            note=f"cProfile, engine excluded; {all_calls:.0f} calls per step with the engine, anyio, asyncio",
        )
    )


# ---------------------------------------------------------------- sandbox


def bench_sandbox(suite: Suite) -> None:
    import anyio

    try:
        from agentkit.sandbox import connect_docker

        client = connect_docker()
        client.ping()
    except Exception as error:  # noqa: BLE001 - Docker absent or unreachable: say so, measure the rest
        suite.skipped["sandbox"] = f"Docker not reachable: {error}"
        print(f"  (sandbox skipped: {error})")
        return
    anyio.run(_sandbox, suite, client)


async def _sandbox(suite: Suite, client: Any) -> None:
    import anyio.to_thread
    from bench_sandbox import BASELINE_CODE, docker_exec, percentile

    from agentkit.sandbox import DockerSandbox, SandboxConfig, SandboxPool

    config = SandboxConfig()
    n = max(5, int((10 if suite.quick else 30) * suite.scale))

    def raw_docker_run() -> None:
        container = client.containers.create(config.image, ["python3", "-c", "pass"], user="1000:1000")
        try:
            container.start()
            container.wait()
        finally:
            container.remove(force=True)

    cold: list[float] = []
    raw: list[float] = []
    for _ in range(max(3, n // 3)):  # interleaved: one sandbox, one raw run
        began = time.perf_counter()
        sandbox = await DockerSandbox.create(config, client=client)
        cold.append(time.perf_counter() - began)
        await sandbox.close()
        began = time.perf_counter()
        await anyio.to_thread.run_sync(raw_docker_run)
        raw.append(time.perf_counter() - began)
    c50, r50 = percentile(cold, 0.5), percentile(raw, 0.5)
    suite.add(
        Row("sandbox", "cold start p50 (create + start + runner ready)", c50 * 1e3, "ms",
            "raw docker run (create, start, python3 exits)", r50 * 1e3, c50 / r50, "<= 1.2x raw docker run",
            c50 / r50 <= 1.2)
    )  # fmt: skip

    async with SandboxPool(config, size=2, client=client) as pool:
        warm = []
        for _ in range(n):
            while pool.stats().ready < pool.size:
                await anyio.sleep(0.01)
            began = time.perf_counter()
            sandbox = await pool.acquire(run_id="bench")
            warm.append(time.perf_counter() - began)
            pool.release(sandbox)
    w50 = percentile(warm, 0.5)
    suite.add(
        Row("sandbox", "warm lease p50", w50 * 1e3, "ms", "cold start p50", c50 * 1e3, c50 / w50,
            "<= 1 ms", w50 <= 0.001)
    )  # fmt: skip

    async with await DockerSandbox.create(config, client=client) as sandbox:
        ours: list[float] = []
        theirs: list[float] = []
        for _ in range(3):
            await sandbox.call_python("posixpath", "basename", {"p": "/a/b.txt"})
        # Interleaved in blocks, not call by call: a `docker exec` leaves dockerd and the shim cleaning up
        # for a few milliseconds on these 2 cores, and a runner call timed right after it measured that
        # cleanup (p50 2.2-2.7 ms against ~1 ms in a steady run of calls, which is what an agent makes).
        block = 10
        for _ in range(max(1, n // block)):
            for _ in range(block):
                began = time.perf_counter()
                await sandbox.call_python("posixpath", "basename", {"p": "/a/b.txt"})
                ours.append(time.perf_counter() - began)
            for _ in range(block):
                began = time.perf_counter()
                await anyio.to_thread.run_sync(
                    docker_exec, client, sandbox.id, ["python3", "-c", BASELINE_CODE]
                )
                theirs.append(time.perf_counter() - began)
    o50, t50 = percentile(ours, 0.5), percentile(theirs, 0.5)
    suite.add(
        Row("sandbox", "runner call p50 (call_python)", o50 * 1e3, "ms", "docker exec python3 -c <same call>",
            t50 * 1e3, t50 / o50, "<= 2 ms and >= 30x", o50 <= 0.002 and t50 / o50 >= 30)
    )  # fmt: skip
    suite.curves["sandbox: latency samples"] = {
        "runner_call_ms": [x * 1e3 for x in sorted(ours)],
        "docker_exec_ms": [x * 1e3 for x in sorted(theirs)],
        "cold_start_ms": [x * 1e3 for x in sorted(cold)],
        "raw_docker_run_ms": [x * 1e3 for x in sorted(raw)],
    }


# ---------------------------------------------------------------- output


def table(rows: list[Row]) -> str:
    head = f"{'figure':<50}{'agentkit':>14}{'baseline':>14}  {'ratio':>8}  {'target':<24}{'':<7}baseline is"
    lines = [head, "-" * len(head)]
    for r in rows:
        base = f"{r.baseline_value:.4g}" if r.baseline_value is not None else "-"
        ratio = f"{r.ratio:.3g}" + ("x" if r.ratio is not None and r.ratio >= 1 else "") if r.ratio else "-"
        verdict = {True: "met", False: "MISSED", None: "-"}[r.met]
        lines.append(
            f"{r.figure:<50}{r.value:>10.4g} {r.unit:<3}{base:>14}  {ratio:>8}  {r.target:<24}{verdict:<7}"
            f"{'; '.join(part for part in (r.baseline, r.note) if part)}"
        )
    return "\n".join(lines)


def plot(curves: dict[str, dict[str, list[float]]], path: Path) -> bool:
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        return False
    panels = list(curves.items())
    if not panels:
        return False  # nothing to draw (no parse or sandbox section in this run)
    fig, axes = plt.subplots(1, len(panels), figsize=(5 * len(panels), 4), squeeze=False)
    for ax, (title, data) in zip(axes[0], panels, strict=True):
        if "chars" in data:
            for key, label in (("agentkit_s", "agentkit"), ("vllm_s", "vLLM gemma4")):
                ys = data[key]
                if not any(math.isnan(y) for y in ys):  # measured
                    ax.plot(data["chars"], ys, marker="o", label=label)
            ax.set_xlabel("output length (chars), fed token by token")
            ax.set_ylabel("parse time (s)")
            ax.set_yscale("log")
        else:
            for key, ys in data.items():
                ax.plot([i / max(1, len(ys) - 1) for i in range(len(ys))], ys, marker=".", label=key)
            ax.set_xlabel("quantile")
            ax.set_ylabel("latency (ms)")
            ax.set_yscale("log")
        ax.set_title(title)
        ax.legend()
    fig.tight_layout()
    fig.savefig(path, dpi=90)
    plt.close(fig)
    return True


def main(argv: list[str] | None = None) -> int:
    options = argparse.ArgumentParser(prog="bench/run", description=__doc__.splitlines()[0])
    options.add_argument("--quick", action="store_true", help="about one minute: smaller sizes, fewer rounds")
    options.add_argument("--only", default="", help=f"comma-separated sections of {', '.join(SECTIONS)}")
    options.add_argument("--scale", type=float, default=1.0, help="multiply every size (the smoke test: 0.1)")
    options.add_argument("--rounds", type=int, default=0, help="interleaved rounds per pair (default 3/5)")
    options.add_argument("--no-vllm", action="store_true", help="skip the vLLM baselines")
    options.add_argument("--out", type=Path, default=RESULTS, help="where latest.json and the PNG go")
    args = options.parse_args(argv)
    only = [s.strip() for s in args.only.split(",") if s.strip()] or list(SECTIONS)
    unknown = set(only) - set(SECTIONS)
    if unknown:
        options.error(f"--only: unknown section(s) {sorted(unknown)}; choose from {', '.join(SECTIONS)}")
    suite = Suite(args.quick, args.scale, not args.no_vllm, args.rounds or (2 if args.quick else 5))
    began = time.perf_counter()
    runners = {"parse": bench_parse, "render": bench_render, "agent": bench_agent, "sandbox": bench_sandbox}
    for name in only:
        print(f"[{name}]", flush=True)
        runners[name](suite)
    print()
    print(table(suite.rows))
    args.out.mkdir(parents=True, exist_ok=True)
    png = args.out / "scaling.png"
    plotted = plot(suite.curves, png)
    missed = [r.figure for r in suite.rows if r.met is False]
    report = {
        "when": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
        "machine": {"python": platform.python_version(), "cpus": os.cpu_count(), "load": os.getloadavg()},
        "quick": args.quick,
        "scale": args.scale,
        "rounds": suite.rounds,
        "seconds": time.perf_counter() - began,
        "rows": [asdict(r) for r in suite.rows],
        "curves": suite.curves,
        "differences": suite.differences,
        "skipped": suite.skipped,
        "missed": missed,
        "png": str(png) if plotted else None,
    }
    (args.out / "latest.json").write_text(json.dumps(report, indent=2, default=str) + "\n", encoding="utf-8")
    print(f"\n{len(suite.rows) - len(missed)}/{len(suite.rows)} rows without a miss; load average "
          f"{os.getloadavg()[0]:.1f} on {os.cpu_count()} cores; wrote {args.out / 'latest.json'}"
          + (f" and {png}" if plotted else " (no PNG: no curves in this run, or no matplotlib)"))  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
