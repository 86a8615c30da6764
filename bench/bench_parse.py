"""Throughput and linearity of the streaming Gemma 4 output parser.

Builds a realistic output (a thought, prose, and tool calls with code strings, nested objects and
number arrays), repeats it to 1x, 2x, 4x and 8x its length, and parses each:

* whole: one feed() of the entire text;
* chunks of 64 and of 4 characters (4 is about one token of English text);
* real tokens: the real Gemma 4 tokenizer's pieces, decoded one token at a time (if ../shared is there).

Prints MB/s and the time for each length with its ratio against 1x, measured in this run: a linear
parser shows ratios near 2, 4 and 8. Run: /work/venv/bin/python bench/bench_parse.py [--base-kb 256]
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

from agentkit.gemma4.parse.stream import StreamParser

Q = '<|"|>'
TOOLS = {
    "write_file": {
        "type": "object",
        "properties": {"path": {"type": "string"}, "content": {"type": "string"}},
    },
    "plot": {
        "type": "object",
        "properties": {
            "points": {"type": "array", "items": {"type": "number"}},
            "style": {
                "type": "object",
                "properties": {"width": {"type": "integer"}, "dashed": {"type": "boolean"}},
            },
        },
    },
}
CODE = (
    "def fib(n: int) -> int:\n"
    '    """Return the n-th Fibonacci number (fib(0) == 0)."""\n'
    "    a, b = 0, 1\n"
    "    for _ in range(n):\n"
    "        a, b = b, a + b\n"
    "    return a\n\n"
    'print({"fib": [fib(i) for i in range(10)]}, "<b>done</b>")\n'
)


def unit() -> str:
    """One block of output; repeated to build longer outputs (no stop token inside)."""
    thought = "I need to write the file, then plot the series. " * 8
    prose = "Here is the plan: write fib.py, run it, and plot the values with a dashed line. " * 4
    points = ",".join(f"{i * 1.5:.1f}" for i in range(40))
    return (
        f"<|channel>thought\n{thought}<channel|>{prose}"
        f"<|tool_call>call:write_file{{content:{Q}{CODE * 6}{Q},path:{Q}src/fib.py{Q}}}<tool_call|>"
        f"<|tool_call>call:plot{{points:[{points}],style:{{dashed:true,width:2}}}}<tool_call|>"
    )


def build(target_chars: int) -> str:
    block = unit()
    return block * max(1, target_chars // len(block))


def run_whole(text: str) -> None:
    parser = StreamParser(TOOLS)
    parser.feed(text)
    parser.finish(50, "stop")


def run_pieces(pieces: list[str]) -> None:
    parser = StreamParser(TOOLS)
    feed = parser.feed
    for piece in pieces:
        feed(piece)
    parser.finish(50, "stop")


def best_time(action: Callable[[], None], repeats: int) -> float:
    best = float("inf")
    for _ in range(repeats):
        start = time.perf_counter()
        action()
        best = min(best, time.perf_counter() - start)
    return best


def fixed_chunks(text: str, size: int) -> list[str]:
    return [text[i : i + size] for i in range(0, len(text), size)]


def token_pieces(text: str) -> list[str] | None:
    tokenizer_json = Path(__file__).resolve().parent.parent.parent / "shared" / "gemma4" / "tokenizer.json"
    if not tokenizer_json.is_file():
        return None
    from tokenizers.decoders import DecodeStream

    from agentkit.gemma4.tokenizer import Gemma4Tokenizer

    tokenizer = Gemma4Tokenizer.from_file(tokenizer_json)
    stream = DecodeStream(skip_special_tokens=False)
    return [stream.step(tokenizer.backend, token_id) or "" for token_id in tokenizer.encode(text)]


def main() -> None:
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument("--base-kb", type=int, default=256, help="size of the 1x output in KiB")
    options.add_argument("--repeats", type=int, default=3, help="runs per measurement (best is kept)")
    args = options.parse_args()

    base = build(args.base_kb * 1024)
    texts = {factor: base * factor for factor in (1, 2, 4, 8)}
    print(f"1x output: {len(base):,} characters ({len(base.encode()) / 1e6:.2f} MB UTF-8)")
    # Each mode turns a text into the pieces fed to the parser (None: one feed of the whole text).
    modes: list[tuple[str, Callable[[str], list[str] | None]]] = [
        ("whole", lambda text: None),
        ("64-char chunks", lambda text: fixed_chunks(text, 64)),
        ("4-char chunks", lambda text: fixed_chunks(text, 4)),
    ]
    base_tokens = token_pieces(base)
    if base_tokens is not None:
        print(
            f"1x output: {len(base_tokens):,} Gemma 4 tokens ({len(base) / len(base_tokens):.2f} chars/token)"
        )
        modes.append(("real tokens", lambda text: base_tokens * (len(text) // len(base))))
    else:
        print("(../shared/gemma4/tokenizer.json not found: skipping the real-token mode)")

    print(f"\n{'mode':<16}{'length':>8}{'time (s)':>11}{'ratio vs 1x':>14}{'MB/s':>9}")
    for label, prepare in modes:
        baseline = None
        for factor, text in texts.items():
            pieces = prepare(text)
            action = partial(run_whole, text) if pieces is None else partial(run_pieces, pieces)
            seconds = best_time(action, args.repeats)
            baseline = baseline or seconds
            megabytes = len(text.encode()) / 1e6
            print(
                f"{label:<16}{factor:>7}x{seconds:>11.4f}{seconds / baseline:>14.2f}{megabytes / seconds:>9.1f}"
            )


if __name__ == "__main__":
    main()
