"""agentkit SDK quickstart: declare tools, see what Gemma 4 sees, and call them the way the agent loop does.

    python examples/sdk_quickstart.py             # host tools only
    python examples/sdk_quickstart.py --sandbox   # also run the sandboxed tool in a Docker sandbox

Where a tool runs is part of its declaration. ``@tool`` alone means *in the sandbox*: the function's
module is shipped into the container and called there, so this file imports only the standard
library and agentkit (the sandbox has nothing else). Running in this process is an explicit
``runs_in="host"``.
"""

from __future__ import annotations

import argparse
import asyncio
import dataclasses
import json
import os
from pathlib import Path
from typing import Literal

from agentkit.tool import RunContext, ToolError, Toolset, tool


@dataclasses.dataclass
class Deps:
    """What the run hands to tools: never shown to the model."""

    user: str
    temperatures_c: dict[str, float]


@dataclasses.dataclass
class Reminder:
    text: str
    in_minutes: int = 10


@tool(runs_in="host", read_only=True, timeout_s=5)
def weather(
    ctx: RunContext[Deps], city: str, units: Literal["celsius", "fahrenheit"] = "celsius"
) -> dict[str, object]:
    """Current temperature in a city.

    Args:
        city: City name, e.g. "Paris".
        units: Temperature units.
    """
    celsius = ctx.deps.temperatures_c.get(city.lower())
    if celsius is None:
        raise ToolError(
            f"No weather data for {city}; known cities: {', '.join(sorted(ctx.deps.temperatures_c))}."
        )
    value = celsius if units == "celsius" else celsius * 9 / 5 + 32
    return {"city": city, "temperature": round(value, 1), "units": units}


@tool(runs_in="host")
async def schedule(ctx: RunContext[Deps], reminders: list[Reminder]) -> str:
    """Schedule reminders for the user.

    Args:
        reminders: What to remind the user of, and when.
    """
    lines = [f"in {r.in_minutes} min: {r.text}" for r in reminders]
    return f"Scheduled for {ctx.deps.user}: " + "; ".join(lines)


@tool(timeout_s=30)
def word_count(path: str) -> dict[str, int]:
    """Count the lines, words and characters of a file in the workspace.

    Args:
        path: File path relative to the workspace.
    """
    with open(path, encoding="utf-8") as handle:
        text = handle.read()
    return {"lines": len(text.splitlines()), "words": len(text.split()), "characters": len(text)}


TOOLS = Toolset([weather, schedule], group="assistant")
TOOLS.add(word_count, group="files")


def show_prompt() -> None:
    """The prompt the model gets: the tool declarations live in the system turn."""
    from agentkit.gemma4.render import render
    from agentkit.messages import SystemMessage, UserMessage

    messages = [
        SystemMessage(content="You are a helpful assistant."),
        UserMessage(content="Weather in Paris?"),
    ]
    print(render(messages, TOOLS.declarations, add_generation_prompt=True))


async def call(ctx: RunContext[Deps], name: str, arguments: dict[str, object]) -> None:
    # What the agent loop does with each parsed tool call: look the tool up, invoke, feed back the result.
    result = await TOOLS[name].invoke(arguments, ctx, call_id=f"call-{name}")
    print(f"{name}({json.dumps(arguments)}) -> {result.status}: {json.dumps(result.content, default=repr)}")


async def main(use_sandbox: bool) -> None:
    show_prompt()
    deps = Deps(user="ada", temperatures_c={"paris": 18.5, "oslo": 4.0})
    ctx: RunContext[Deps] = RunContext(deps=deps, run_id="quickstart")
    await call(ctx, "weather", {"city": "Paris"})
    await call(ctx, "weather", {"city": "Oslo", "units": "fahrenheit"})
    await call(ctx, "weather", {"city": "Lima"})  # the tool's own error, for the model
    await call(ctx, "weather", {"units": "kelvin"})  # invalid: never reaches the function
    await call(ctx, "schedule", {"reminders": [{"text": "stretch"}, {"text": "call Bob", "in_minutes": 30}]})
    await call(ctx, "word_count", {"path": "notes.txt"})  # no sandbox in this run: an error result
    if use_sandbox:
        from agentkit.sandbox.docker import DockerSandbox

        async with await DockerSandbox.create() as sandbox:
            await sandbox.write_file("notes.txt", "Gemma 4 runs tools\nin a sandbox.\n")
            await call(dataclasses.replace(ctx, sandbox=sandbox), "word_count", {"path": "notes.txt"})
    await run_agent(deps, use_sandbox)


# What a model would write, for the ReplayEngine to play back: a thought, two parallel calls, then the answer.
SCRIPT = [
    (
        "<|channel>thought\nI need both temperatures.<channel|>"
        '<|tool_call>call:weather{city:<|"|>Paris<|"|>}<tool_call|>'
        '<|tool_call>call:weather{city:<|"|>Oslo<|"|>,units:<|"|>fahrenheit<|"|>}<tool_call|><|tool_response>'
    ),
    "<|channel>thought\nParis is warmer.<channel|>Paris is 18.5 °C; Oslo is 39.2 °F.<turn|>",
]


def tokenizer_path() -> Path:
    """The Gemma 4 tokenizer: $AGENTKIT_TOKENIZER, or ../shared/gemma4/tokenizer.json beside the repository."""
    found = os.environ.get("AGENTKIT_TOKENIZER")
    return (
        Path(found) if found else Path(__file__).resolve().parents[2] / "shared" / "gemma4" / "tokenizer.json"
    )


async def run_agent(deps: Deps, use_sandbox: bool) -> None:
    """The same tools driven by the agent loop. The ReplayEngine stands in for the GPU model."""
    from agentkit.agent import Agent
    from agentkit.engines.replay import ReplayEngine
    from agentkit.gemma4.tokenizer import Gemma4Tokenizer

    engine = ReplayEngine(SCRIPT, Gemma4Tokenizer.from_file(tokenizer_path()))
    tools = TOOLS if use_sandbox else TOOLS.select(groups=["assistant"])
    agent: Agent[Deps] = Agent(
        engine, tools, system_prompt="You are a helpful assistant.", thinking=True, deps=deps
    )
    async for event in agent.run_stream("Compare the weather in Paris and Oslo."):
        if event.type == "completion" and event.reasoning:  # thoughts also stream as thought_delta events
            print(f"[thinking] {event.reasoning}")
        elif event.type == "tool_call":
            print(f"[call] {event.name} {json.dumps(event.arguments)}")
        elif event.type == "tool_result":
            print(f"[result] {json.dumps(event.content)}")
        elif event.type == "run_finished":
            print(f"[answer] {event.output} ({event.exit_reason.value}, {event.steps} steps)")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sandbox", action="store_true", help="also run the sandboxed tool in Docker")
    asyncio.run(main(parser.parse_args().sandbox))
