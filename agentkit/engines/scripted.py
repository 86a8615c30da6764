"""A scripted engine for tests and examples: the model's replies written as calls and text.

    from agentkit.engines.scripted import ScriptedEngine, call

    engine = ScriptedEngine([call("add", a=2, b=3), "2 + 3 = 5."])
    engine = ScriptedEngine(lambda conversation: "It is " + conversation.tool_responses[-1])

Each reply becomes the exact Gemma 4 completion (thought channel, text, calls and the stop token) that
agentkit itself renders, then streams like the `ReplayEngine` it is built on: token by token, with
prefix-cache accounting. Like the replay engine, it is the named stand-in for the GPU model; nothing
here is generated. In the spirit of pydantic-ai's TestModel/FunctionModel.

A reply is a string (the final answer), a `Call` (one tool call), a list of calls (parallel calls), or a
`Turn` (thought, text and calls together). A function receives a `Conversation` (the prompt as text,
the request number, the last user message and the tool responses after it) and returns a reply.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from agentkit.engines.replay import ReplayEngine
from agentkit.gemma4.completion import completion_text, last_exchange
from agentkit.gemma4.tokenizer import Gemma4Tokenizer


@dataclass(frozen=True)
class Call:
    """One tool call the scripted model makes."""

    name: str
    arguments: dict[str, Any] = field(default_factory=dict)


def call(name: str, /, **arguments: Any) -> Call:
    """``call("add", a=2, b=3)``: a tool call with keyword arguments."""
    return Call(name, arguments)


@dataclass(frozen=True)
class Turn:
    """A whole step: an optional thought, text, and calls (which end the step at the tool response)."""

    text: str = ""
    calls: Sequence[Call] = ()
    thought: str | None = None


Reply = str | Call | Sequence[Call] | Turn


@dataclass(frozen=True)
class Conversation:
    """What a script function sees of the request."""

    prompt: str
    request: int  # 1 for the first request this engine answers
    user_message: str
    tool_responses: list[str]


def completion_of(reply: Reply) -> str:
    """The exact Gemma 4 completion (with its stop token) of a reply."""
    if isinstance(reply, str):
        return completion_text(text=reply)
    if isinstance(reply, Call):
        reply = Turn(calls=(reply,))
    elif not isinstance(reply, Turn):
        calls = list(reply)
        if not calls or not all(isinstance(item, Call) for item in calls):
            raise TypeError(f"a reply is a str, a Call, a list of Calls or a Turn, not {reply!r}")
        reply = Turn(calls=calls)
    return completion_text(
        text=reply.text, calls=[(c.name, c.arguments) for c in reply.calls], thought=reply.thought
    )


class ScriptedEngine(ReplayEngine):
    """Replies from a script (a list, played in order) or from a function of the conversation.

    ``tokenizer`` defaults to `Gemma4Tokenizer.default` ($AGENTKIT_SHARED); the other options are the
    replay engine's (``chunk_tokens``, ``delay_s``, ``cycle``, ...).
    """

    def __init__(
        self,
        script: Iterable[Reply] | Callable[[Conversation], Reply],
        tokenizer: Gemma4Tokenizer | None = None,
        **options: Any,
    ) -> None:
        tokenizer = tokenizer or Gemma4Tokenizer.default()
        self._function = script if callable(script) else None
        replies = [] if callable(script) else [completion_of(reply) for reply in script]
        super().__init__(replies, tokenizer, **options)
        self._requests = 0

    def _next_output(self, prompt_ids: Sequence[int]) -> list[int]:
        self._requests += 1
        if self._function is None:
            return super()._next_output(prompt_ids)
        prompt = self.tokenizer.decode(prompt_ids)
        user, responses = last_exchange(prompt)
        reply = self._function(Conversation(prompt, self._requests, user, responses))
        return self._to_ids(self._requests - 1, completion_of(reply))
