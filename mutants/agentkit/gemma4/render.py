"""Gemma 4 prompts, rendered natively and byte-identical to the checkpoint's official chat template.

Three ways in, for three needs:

``render(messages, tools, ...) -> str``
    The whole prompt, exactly what the official template renders for the same conversation (the
    OpenAI-format dicts of `agentkit.messages.to_openai`). Differential tests prove it against both
    template files.

``PromptBuilder(tools, ...).extend(new_messages) -> PromptDelta``
    The template-conformant prompt of a growing conversation, rendered step by step at O(new
    messages). Each step says how the prompt changed: keep ``delta.keep`` characters of the previous
    prompt, then append ``delta.text``. ``delta.extends`` is False when the template's re-render is
    not an extension of the previous prompt (a new user turn drops replayed reasoning; a thinking-off
    empty thought disappears once the model answers), so the loop can report it and re-tokenize from
    ``keep``. ``keep`` always sits on a token seam, so ``encode(prompt[:keep]) + encode(delta.text)``
    equals ``encode(new prompt)``.

``tool_results_text(calls, results, ...)`` and ``user_turn_text(message, ...)``
    For an append-only loop that keeps the model's own tokens: the text that follows the model's stop
    token ``<|tool_response>`` (the results, then the 2026-07-09 thinking cue) or ``<turn|>`` (the next
    user turn and the generation prompt).

Revisions: ``"2026-04-28"`` (default, the NVFP4 checkpoint's file) and ``"2026-07-09"``; see
`agentkit.gemma4.revisions` to detect one from a checkpoint.

Policies, where the typed conversation model and the raw template part ways (each one tested):

* **None values** render as the revision renders them: ``None`` under 2026-04-28 (the template's
  bug, kept because it is what that checkpoint's server produces), ``null`` under 2026-07-09.
* **String tool-call arguments** are decoded from JSON by `agentkit.messages.from_openai`, as vLLM
  does; the raw 2026-04-28 template would print them inside a second pair of braces.
* **A mapping tool result** (`ToolMessage.content` a dict) renders as ``response:NAME{k:v,...}``,
  the template's own mapping form (used for Gemma-native ``tool_responses``). Fed as an OpenAI
  ``role:"tool"`` content, both templates fail on it instead (or print an empty string for ``{}``).
* **A tool message without content** reads as the empty string (the template would print None).
* **OpenAI part types** ``image_url``, ``input_audio`` and ``video_url`` become image, audio and video
  parts (as vLLM hands them to the template), so they render as placeholders in both revisions; the
  raw 2026-04-28 template would drop them.
* **Unresolvable tool names** (no ``name``, no matching ``tool_call_id``): 2026-04-28 fails, so
  agentkit raises `RenderError`; 2026-07-09 writes ``unknown``, and so does agentkit.
* **An empty conversation**: 2026-04-28 fails (RenderError); 2026-07-09 renders the system block.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Final

from agentkit.gemma4.revisions import DEFAULT_REVISION, V2026_07_09, Revision, parse_revision
from agentkit.gemma4.syntax import (
    DeclarationError,
    format_declaration,
    format_tool_response,
    format_value,
    sorted_items,
    strip_thinking,
)
from agentkit.gemma4.tokens import TOKEN_IDS, TOOL_RESPONSE_OPEN
from agentkit.messages import (
    AssistantMessage,
    AudioPart,
    Content,
    ImagePart,
    Message,
    SystemMessage,
    TextPart,
    ToolCall,
    ToolMessage,
    UserMessage,
    VideoPart,
)

__all__ = [
    "PromptBuilder",
    "PromptDelta",
    "RenderError",
    "render",
    "tool_results_text",
    "user_turn_text",
]

_TURN_CLOSE: Final = "<turn|>\n"
_EMPTY_THOUGHT: Final = "<|channel>thought\n<channel|>"
_THOUGHT_CUE: Final = "<|channel>thought\n"
_PLACEHOLDERS: Final[dict[type, str]] = {
    ImagePart: "<|image|>",
    AudioPart: "<|audio|>",
    VideoPart: "<|video|>",
}
_MEDIA_KIND: Final[dict[type, str]] = {ImagePart: "image", AudioPart: "audio", VideoPart: "video"}


class RenderError(ValueError):
    """A conversation the official template cannot render (the text says which message and why)."""


@dataclass(frozen=True, slots=True)
class _Style:
    """The settings one render runs under."""

    revision: Revision
    canonical: bool  # the 2026-07-09 rules
    null: str
    thinking: bool
    preserve_thinking: bool
    generation_prompt: bool


def _style(
    revision: str, enable_thinking: bool, preserve_thinking: bool, add_generation_prompt: bool
) -> _Style:
    rev = parse_revision(revision)
    canonical = rev == V2026_07_09
    if preserve_thinking and not canonical:
        raise ValueError(
            "preserve_thinking is a 2026-07-09 template option; the 2026-04-28 template ignores it"
        )
    return _Style(
        revision=rev,
        canonical=canonical,
        null="null" if canonical else "None",
        thinking=bool(enable_thinking),
        preserve_thinking=bool(preserve_thinking),
        generation_prompt=bool(add_generation_prompt),
    )


@dataclass(frozen=True, slots=True)
class PromptDelta:
    """How one step changed the prompt: keep ``keep`` characters of the previous prompt, append ``text``.

    ``keep`` is a token seam: the ids of ``previous[:keep]`` are a prefix of the ids of the new prompt,
    and the ids after them are ``encode(text)``.
    """

    keep: int
    text: str
    previous_length: int

    @property
    def extends(self) -> bool:
        """True when the new prompt is the previous one plus ``text`` (every previous token kept)."""
        return self.keep == self.previous_length


@dataclass(slots=True)
class _Segment:
    """What one non-tool message renders, in the template's order, with what later messages can change."""

    role: str  # the message's own role: assistant, user, system or developer
    opener: str  # "<|turn>ROLE\n", or "" when it continues the model turn
    reasoning: str  # the replayed thought, or ""
    calls: str
    call_list: Sequence[ToolCall]
    accepts_results: bool  # later role:"tool" messages render here (has calls, no inline responses)
    results: list[str] = field(default_factory=list)
    content: str = ""
    has_content: bool = False
    media_kind: str | None = None  # 2026-04-28 lets a media part in the content set prev_message_type
    end: str = ""
    text: str = ""

    @property
    def has_results(self) -> bool:
        return bool(self.results)

    def prev_type(self) -> str | None:
        """The template's ``ns.prev_message_type`` after this message."""
        if self.media_kind is not None:
            return self.media_kind
        if self.results:
            return "tool_response"
        if self.call_list:
            return "tool_call"
        return None


class PromptBuilder:
    """The template-conformant prompt of one growing conversation, rendered one step at a time.

    ``extend`` takes the messages a step adds (not the whole conversation)::

        builder = PromptBuilder(tools, enable_thinking=True)
        ids = tokenizer.encode_prompt(builder.extend([system, user]).text)
        # ... the model answers with tool calls; the loop runs them ...
        previous = builder.text
        step = builder.extend([assistant, *tool_messages])
        if step.extends:
            ids += tokenizer.encode_continuation(step.text)
        else:  # the template rewrote part of the prompt: report it, re-encode from the seam
            ids = tokenizer.encode_prompt(previous[: step.keep]) + tokenizer.encode_continuation(step.text)

    ``builder.text`` is always ``render(builder.messages, tools, ...)``. A step costs time in
    proportion to the messages it adds (plus the previous message, whose ending may change), except
    when a new user message retracts reasoning replayed earlier in the turn.
    """

    def __init__(
        self,
        tools: Sequence[Mapping[str, Any]] | None = None,
        *,
        revision: str = DEFAULT_REVISION,
        enable_thinking: bool = False,
        preserve_thinking: bool = False,
        add_generation_prompt: bool = True,
    ) -> None:
        self._style = _style(revision, enable_thinking, preserve_thinking, add_generation_prompt)
        self._tools = list(tools or [])
        self._declarations = _declarations(self._tools, self._style)
        self._messages: list[Message] = []
        self._head = ""
        self._head_prev: str | None = None
        self._loop_start = 0
        self._segments: list[_Segment] = []
        self._starts: list[int] = []
        self._generation = ""
        self._length = 0
        self._droppable: list[int] = []  # segments whose reasoning a new user message would drop
        self._text_cache: str | None = ""

    @property
    def revision(self) -> Revision:
        return self._style.revision

    @property
    def messages(self) -> tuple[Message, ...]:
        return tuple(self._messages)

    @property
    def text(self) -> str:
        """The whole prompt so far."""
        if self._text_cache is None:
            self._text_cache = self._head + "".join(s.text for s in self._segments) + self._generation
        return self._text_cache

    def __len__(self) -> int:
        """Length of the prompt in characters."""
        return self._length

    def extend(self, messages: Iterable[Message]) -> PromptDelta:
        """Append ``messages`` to the conversation; return how the prompt changed."""
        new = list(messages)
        previous = self._length
        if not new:
            return PromptDelta(keep=previous, text="", previous_length=previous)
        self._check_results(new)  # fail before changing anything
        fresh = not self._messages
        if fresh:
            self._start(new[0])
        # Which rendered segments may change: the last one (its ending, its tool results), and any
        # whose replayed reasoning a new user message drops.
        first = len(self._segments) - 1 if self._segments else 0
        if self._droppable and any(isinstance(m, UserMessage) for m in new):
            first = min(first, self._droppable[0])
        tail_start = self._starts[first] if first < len(self._segments) else len(self._head)
        old_tail = "".join(s.text for s in self._segments[first:]) + self._generation

        for message in new:
            self._add(message)
        self._finish(first)

        new_tail = "".join(s.text for s in self._segments[first:]) + self._generation
        self._text_cache = None
        if fresh:
            return PromptDelta(keep=0, text=self.text, previous_length=0)
        return self._delta(previous, first, tail_start, old_tail, new_tail)

    def empty_conversation_prompt(self) -> str:
        """What the template renders for no messages at all (2026-07-09 only; 2026-04-28 fails)."""
        if not self._style.canonical:
            raise RenderError("the 2026-04-28 template cannot render an empty conversation")
        head, prev = self._system_block(None)
        return head + _generation_prompt(prev, self._style)

    # -- building ------------------------------------------------------------------------------

    def _start(self, first: Message) -> None:
        self._head, self._head_prev = self._system_block(first)
        self._loop_start = 1 if isinstance(first, SystemMessage) else 0

    def _system_block(self, first: Message | None) -> tuple[str, str | None]:
        """``<bos>`` and the system turn (thinking flag, system prompt, tool declarations), with the
        template's ``prev_message_type`` after it."""
        style = self._style
        head = "<bos>"
        prev: str | None = None
        if style.thinking or self._tools or isinstance(first, SystemMessage):
            head += "<|turn>system\n"
            if style.thinking:
                head += "<|think|>\n"
                prev = "think"
            if isinstance(first, SystemMessage):
                head += _system_text(first.content)
            if self._tools:
                head += self._declarations
                prev = "tool"
            head += _TURN_CLOSE
        return head, prev

    def _check_results(self, new: Sequence[Message]) -> None:
        """Raise RenderError if a tool result in ``new`` cannot be named (2026-04-28 only)."""
        if self._style.canonical:
            return
        last = self._segments[-1] if self._segments else None
        calls = last.call_list if last is not None and last.accepts_results else None
        for offset, message in enumerate(new):
            index = len(self._messages) + offset
            if index == 0 and isinstance(message, SystemMessage):
                continue  # the head, not a segment
            if isinstance(message, AssistantMessage) and message.tool_calls and not message.tool_responses:
                calls = message.tool_calls
            elif not isinstance(message, ToolMessage):
                calls = None
            elif calls is not None and _result_name(calls, message, self._style) is None:
                raise RenderError(
                    f"messages[{index}]: tool result without a name, and its tool_call_id "
                    f"{message.tool_call_id!r} matches no call of the assistant message before it; "
                    "the 2026-04-28 template cannot render that (give it a name or a matching id)"
                )

    def _add(self, message: Message) -> None:
        index = len(self._messages)
        self._messages.append(message)
        if index < self._loop_start:
            return  # the first system message lives in the head
        if isinstance(message, ToolMessage):
            # The template scans forward from an assistant message over the role:"tool" messages
            # that follow it; here the last segment is that assistant message, as any message in
            # between would have made a segment of its own.
            last = self._segments[-1] if self._segments else None
            if last is not None and last.accepts_results:
                name = _result_name(last.call_list, message, self._style)
                assert name is not None  # _check_results made sure
                last.results.append(_tool_result_text(name, message.content, self._style))
            return  # otherwise the template shows nothing for it
        if isinstance(message, UserMessage):
            for k in self._droppable:
                self._segments[k].reasoning = ""
            self._droppable.clear()
        self._segments.append(self._segment(message))
        self._starts.append(0)  # set in _finish

    def _segment(self, message: SystemMessage | UserMessage | AssistantMessage) -> _Segment:
        style = self._style
        role = message.role
        template_role = "model" if role == "assistant" else role
        prev_role = self._segments[-1].role if self._segments else None
        continues = template_role == "model" and prev_role == "assistant"
        opener = "" if continues else "<|turn>" + template_role + "\n"
        reasoning = ""
        droppable = False
        calls = ""
        call_list: Sequence[ToolCall] = ()
        accepts = False
        results: list[str] = []
        if isinstance(message, AssistantMessage):
            call_list = message.tool_calls
            thought = message.reasoning
            if thought:
                # Replayed only after the last user message (2026-04-28: and only with tool calls;
                # 2026-07-09: also with tool calls when preserve_thinking is on, wherever they are).
                kept_anyway = style.canonical and style.preserve_thinking and bool(call_list)
                if style.canonical or call_list:
                    reasoning = "<|channel>thought\n" + thought + "\n<channel|>"
                    droppable = not kept_anyway
            if call_list:
                calls = "".join(_call_text(call, style.null) for call in call_list)
            if message.tool_responses:
                for response in message.tool_responses:
                    name = response.name
                    if style.canonical:
                        name = name or "unknown"
                    elif name is None:
                        name = "unknown"
                    results.append(format_tool_response(name, response.response, null=style.null))
            elif call_list:
                accepts = True
        content, media_kind = _content_text(message.content, model=template_role == "model")
        segment = _Segment(
            role=role,
            opener=opener,
            reasoning=reasoning,
            calls=calls,
            call_list=call_list,
            accepts_results=accepts,
            results=results,
            content=content,
            has_content=bool(content.strip()),
            media_kind=None if style.canonical else media_kind,
        )
        if droppable:
            self._droppable.append(len(self._segments))
        return segment

    def _finish(self, first: int) -> None:
        """Recompute endings and texts of segments[first:], their offsets, and the generation prompt."""
        segments = self._segments
        style = self._style
        count = len(segments)
        offset = len(self._head) if first == 0 else self._starts[first]
        for k in range(first, count):
            segment = segments[k]
            following = segments[k + 1] if k + 1 < count else None
            segment.end = _ending(segment, following, style)
            segment.text = (
                segment.opener
                + segment.reasoning
                + segment.calls
                + "".join(segment.results)
                + segment.content
                + segment.end
            )
            self._starts[k] = offset
            offset += len(segment.text)
        prev = segments[-1].prev_type() if segments else self._head_prev
        self._generation = _generation_prompt(prev, style)
        self._length = offset + len(self._generation)

    # -- deltas --------------------------------------------------------------------------------

    def _delta(self, previous: int, first: int, tail_start: int, old_tail: str, new_tail: str) -> PromptDelta:
        if new_tail.startswith(old_tail):
            appended = new_tail[len(old_tail) :]
            if not appended:
                return PromptDelta(keep=previous, text="", previous_length=previous)
            left = self._left_context(first, old_tail)
            if _is_seam(left, appended):
                return PromptDelta(keep=previous, text=appended, previous_length=previous)
            common = len(old_tail)
        else:
            common = _common_prefix(old_tail, new_tail)
        # Slow path: back off from the first difference to the nearest token seam of both prompts.
        new_text = self.text
        old_text = new_text[:tail_start] + old_tail
        keep = _seam_at_or_before(old_text, new_text, tail_start + common)
        return PromptDelta(keep=keep, text=new_text[keep:], previous_length=previous)

    def _left_context(self, first: int, old_tail: str) -> str:
        """The last characters of the previous prompt (enough to see a whole special token)."""
        if len(old_tail) >= _CONTEXT:
            return old_tail[-_CONTEXT:]
        pieces = [old_tail]
        size = len(old_tail)
        k = min(first, len(self._segments)) - 1
        while size < _CONTEXT and k >= 0:
            pieces.append(self._segments[k].text)
            size += len(self._segments[k].text)
            k -= 1
        if size < _CONTEXT:
            pieces.append(self._head)
        return "".join(reversed(pieces))[-_CONTEXT:]


# -- pieces of a message ---------------------------------------------------------------------------


def _declarations(tools: Sequence[Mapping[str, Any]], style: _Style) -> str:
    out = []
    for index, tool in enumerate(tools):
        try:
            out.append(
                "<|tool>" + format_declaration(tool, null=style.null, where=f"tools[{index}]") + "<tool|>"
            )
        except DeclarationError as error:
            raise RenderError(str(error)) from error
    return "".join(out)


def _system_text(content: Content) -> str:
    if isinstance(content, str):
        return content.strip()
    # Each part's text, trimmed, plus one space (a non-text part contributes just the space).
    return "".join((part.text.strip() if isinstance(part, TextPart) else "") + " " for part in content)


def _call_text(call: ToolCall, null: str) -> str:
    arguments = ",".join(
        _key(key) + ":" + format_value(value, escape_keys=False, null=null)
        for key, value in sorted_items(call.arguments)
    )
    return "<|tool_call>call:" + call.name + "{" + arguments + "}<tool_call|>"


def _key(key: Any) -> str:
    return key if isinstance(key, str) else str(key)


def _content_text(content: Content | None, *, model: bool) -> tuple[str, str | None]:
    """The message content as the template captures it, and the kind of its last media part."""
    if content is None:
        return "", None
    if isinstance(content, str):
        return (strip_thinking(content) if model else content.strip()), None
    out = []
    media: str | None = None
    for part in content:
        if isinstance(part, TextPart):
            out.append(strip_thinking(part.text) if model else part.text.strip())
        else:
            out.append(_PLACEHOLDERS[type(part)])
            media = _MEDIA_KIND[type(part)]
    return "".join(out), media


def _result_name(calls: Sequence[ToolCall], result: ToolMessage, style: _Style) -> str | None:
    """The name a tool result renders under: the matching call's (the last match), else its own."""
    name = result.name
    if style.canonical:
        name = name or "unknown"
    for call in calls:
        if call.id == result.tool_call_id:
            name = call.name
    return name


def _tool_result_text(name: str, content: str | dict[str, Any] | list[Any], style: _Style) -> str:
    if isinstance(content, str):
        return format_tool_response(name, content, null=style.null)
    if isinstance(content, dict):
        return format_tool_response(name, content, null=style.null)  # policy: mapping form
    text = "".join(part.text for part in content if isinstance(part, TextPart))
    block = format_tool_response(name, text, null=style.null)
    if style.canonical:
        block += "".join(_PLACEHOLDERS.get(type(part), "") for part in content)
    return block


def _ending(segment: _Segment, following: _Segment | None, style: _Style) -> str:
    prev = segment.prev_type()
    has_results = segment.has_results
    if prev == "tool_call" and not has_results:
        return TOOL_RESPONSE_OPEN  # the model's own stop token: the results come next
    if style.canonical:
        next_role = following.role if following is not None else None
        continues = (
            segment.role == "assistant"
            and next_role == "assistant"
            and (not segment.call_list or has_results)
        )
        if continues:
            return ""
        if has_results and not segment.has_content and following is None:
            return ""
        return _TURN_CLOSE
    if has_results and not segment.has_content:
        return ""
    return _TURN_CLOSE


def _generation_prompt(prev: str | None, style: _Style) -> str:
    if not style.generation_prompt:
        return ""
    if prev != "tool_response" and prev != "tool_call":
        return "<|turn>model\n" + ("" if style.thinking else _EMPTY_THOUGHT)
    if style.canonical and prev == "tool_response" and style.thinking:
        return _THOUGHT_CUE
    return ""


# -- token seams -----------------------------------------------------------------------------------

# Special tokens are split out of the text before anything else, and runs of newlines are tokens of
# their own, so the ids of a text split at a special token, or where a newline run starts or ends,
# are the ids of the two halves. Nowhere else is that guaranteed.
_SPECIALS: Final = tuple(sorted({*TOKEN_IDS, "<|image|>", "<|audio|>", "<|video|>"}, key=len, reverse=True))
_CONTEXT: Final = max(len(s) for s in _SPECIALS)
_ENDS_WITH_SPECIAL: Final = re.compile("(?:" + "|".join(re.escape(s) for s in _SPECIALS) + r")\Z")
_SPECIAL: Final = re.compile("|".join(re.escape(s) for s in _SPECIALS))


def _is_seam(left: str, right: str) -> bool:
    """True when encode(left + right) == encode(left) + encode(right) is guaranteed."""
    if not left or not right:
        return True
    if _ENDS_WITH_SPECIAL.search(left) or right.startswith(_SPECIALS):
        return True
    return (left[-1] == "\n") != (right[0] == "\n") or (left[-1] == "\t") != (right[0] == "\t")


def _common_prefix(a: str, b: str) -> int:
    n = min(len(a), len(b))
    lo, hi = 0, n
    while lo < hi:  # binary search on slice equality: each comparison runs in C
        mid = (lo + hi + 1) // 2
        if a[:mid] == b[:mid]:
            lo = mid
        else:
            hi = mid - 1
    return lo


def _seam_at_or_before(old: str, new: str, limit: int) -> int:
    """The largest position <= limit that is a token seam of both texts (which agree before it)."""
    p = limit
    while p > 0:
        left = new[max(0, p - _CONTEXT) : p]
        if _is_seam(left, old[p : p + _CONTEXT]) and _is_seam(left, new[p : p + _CONTEXT]):
            return p
        p = _previous_candidate(new, p)
    return 0


def _previous_candidate(text: str, p: int) -> int:
    """The largest position < p next to a special token or a newline/tab: the only possible seams."""
    best = 0
    for special in _SPECIALS:
        start = text.rfind(special, 0, p - 1 + len(special))
        if start >= 0:
            end = start + len(special)
            best = max(best, end if end < p else start)
    for char in ("\n", "\t"):
        at = text.rfind(char, 0, p)
        if at >= 0:
            best = max(best, at + 1 if at + 1 < p else at)
    return best


# -- public functions --------------------------------------------------------------------------------


def render(
    messages: Sequence[Message],
    tools: Sequence[Mapping[str, Any]] | None = None,
    *,
    revision: str = DEFAULT_REVISION,
    enable_thinking: bool = False,
    preserve_thinking: bool = False,
    add_generation_prompt: bool = False,
) -> str:
    """The prompt the official template renders for ``messages`` and ``tools`` (OpenAI-format dicts).

    Same defaults as the template (``add_generation_prompt=False``). ``preserve_thinking`` exists
    only in the 2026-07-09 template. Raises `RenderError` where the template itself fails.
    """
    builder = PromptBuilder(
        tools,
        revision=revision,
        enable_thinking=enable_thinking,
        preserve_thinking=preserve_thinking,
        add_generation_prompt=add_generation_prompt,
    )
    if not messages:
        return builder.empty_conversation_prompt()
    builder.extend(messages)
    return builder.text


def tool_results_text(
    calls: Sequence[ToolCall],
    results: Sequence[ToolMessage],
    *,
    revision: str = DEFAULT_REVISION,
    enable_thinking: bool = False,
) -> str:
    """What an append-only loop writes after the model stopped on ``<|tool_response>`` (id 50).

    ``calls`` are the calls the model just made (their ids name the results); ``results`` one
    `ToolMessage` per result, in order. The text starts with ``response:NAME{`` because the opening
    ``<|tool_response>`` is the model's own stop token, already in the sequence::

        response:get_weather{value:<|"|>...<|"|>}<tool_response|><|tool_response>response:...<tool_response|>

    and ends, under 2026-07-09 with thinking on, with the template's post-tool cue
    ``<|channel>thought\\n``. These are the bytes the template renders after ``<|tool_response>`` for the
    same conversation.
    """
    if not results:
        raise ValueError("tool_results_text needs at least one tool result")
    style = _style(revision, enable_thinking, False, True)
    blocks = []
    for index, result in enumerate(results):
        name = _result_name(calls, result, style)
        if name is None:
            raise RenderError(
                f"results[{index}]: no name, and tool_call_id {result.tool_call_id!r} matches none of the calls"
            )
        blocks.append(_tool_result_text(name, result.content, style))
    text = "".join(blocks)[len(TOOL_RESPONSE_OPEN) :]
    if style.canonical and style.thinking:
        text += _THOUGHT_CUE
    return text


def user_turn_text(
    message: UserMessage,
    *,
    revision: str = DEFAULT_REVISION,
    enable_thinking: bool = False,
) -> str:
    """What an append-only loop writes after the model stopped on ``<turn|>`` (id 106).

    The newline that closes the model turn, the user turn, and the generation prompt::

        \\n<|turn>user\\nTEXT<turn|>\\n<|turn>model\\n          (thinking on)
        \\n<|turn>user\\nTEXT<turn|>\\n<|turn>model\\n<|channel>thought\\n<channel|>   (thinking off)
    """
    style = _style(revision, enable_thinking, False, True)
    content, _ = _content_text(message.content, model=False)
    return "\n<|turn>user\n" + content + _TURN_CLOSE + _generation_prompt(None, style)
