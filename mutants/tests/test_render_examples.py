"""Named cases: FORMAT.md's worked example (E1-E3), each render policy, revisions, and bad input."""

from __future__ import annotations

import ast
import copy
import json
import re
from pathlib import Path
from typing import Any

import pytest
from format_example import E1_TOOLS
from render_reference import TemplateFailed, render_openai, render_typed, template_path

from agentkit.gemma4 import tokens
from agentkit.gemma4.render import PromptBuilder, RenderError, render, tool_results_text, user_turn_text
from agentkit.gemma4.revisions import (
    DEFAULT_REVISION,
    REVISIONS,
    TEMPLATE_SHA256,
    UnknownTemplate,
    parse_revision,
    revision_of_checkpoint,
    revision_of_template,
)
from agentkit.gemma4.tokenizer import Gemma4Tokenizer
from agentkit.messages import (
    AssistantMessage,
    ImagePart,
    InlineToolResponse,
    MessageFormatError,
    SystemMessage,
    TextPart,
    ToolCall,
    ToolMessage,
    UserMessage,
    from_openai,
    from_openai_messages,
)

V3, V5 = REVISIONS

# -- FORMAT.md section 5: the worked example ---------------------------------------------------------

REASONING = "The user wants two things. I will call get_weather and convert_currency."
CALLS_JSON = [
    {"id": "c1", "type": "function",
     "function": {"name": "get_weather", "arguments": '{"location": "Paris, France", "unit": "celsius"}'}},
    {"id": "c2", "type": "function",
     "function": {"name": "convert_currency",
                  "arguments": '{"amount": 20, "from_currency": "EUR", "to_currency": "USD"}'}},
]  # fmt: skip
EXAMPLE: list[dict[str, Any]] = [
    {"role": "system", "content": "You are a helpful travel assistant."},
    {"role": "user", "content": "What's the weather in Paris in celsius, and how much is 20 EUR in USD?"},
    {"role": "assistant", "reasoning_content": REASONING, "content": None, "tool_calls": CALLS_JSON},
    {"role": "tool", "tool_call_id": "c1", "content": '{"temperature": 18, "condition": "cloudy"}'},
    {"role": "tool", "tool_call_id": "c2", "content": '{"result": 21.7}'},
    {"role": "assistant", "content": "It is 18 °C and cloudy in Paris. 20 EUR is about 21.70 USD."},
]


def format_example(gemma4_dir: Path, name: str) -> str:
    """The Python repr block under FORMAT.md's heading '#### NAME.', evaluated to the exact string."""
    text = (gemma4_dir / "FORMAT.md").read_text(encoding="utf-8")
    start = text.index(f"#### {name}.")
    block = re.search(r"```python\n(.*?)\n```", text[start:], re.DOTALL)
    assert block is not None
    value = ast.literal_eval(block.group(1))
    assert isinstance(value, str)
    return value


@pytest.fixture(scope="module")
def example_messages() -> list[Any]:
    return from_openai_messages(EXAMPLE)


@pytest.mark.parametrize("revision", REVISIONS)
def test_worked_example_renders_exactly(gemma4_dir: Path, example_messages: list[Any], revision: str) -> None:
    e1, e2, e3 = (format_example(gemma4_dir, n) for n in ("E1", "E2", "E3"))
    flags = {"revision": revision, "enable_thinking": True}
    assert render(example_messages[:2], E1_TOOLS, add_generation_prompt=True, **flags) == e1
    # 2026-07-09 adds its post-tool thought cue; otherwise the revisions agree here (FORMAT.md 3.9).
    cue = "<|channel>thought\n" if revision == V5 else ""
    assert render(example_messages[:5], E1_TOOLS, add_generation_prompt=True, **flags) == e2 + cue
    assert render(example_messages, E1_TOOLS, add_generation_prompt=False, **flags) == e3


def test_worked_example_tokenizes_with_one_bos(gemma4_dir: Path, tokenizer: Gemma4Tokenizer) -> None:
    for name in ("E1", "E2", "E3"):
        text = format_example(gemma4_dir, name)
        ids = tokenizer.encode_prompt(text)
        assert ids == list(tokenizer.backend.encode(text, add_special_tokens=False).ids)
        assert ids[0] == tokens.BOS_ID and ids.count(tokens.BOS_ID) == 1
        assert tokenizer.decode(ids) == text


def test_worked_example_step_by_step(
    gemma4_dir: Path, example_messages: list[Any], tokenizer: Gemma4Tokenizer
) -> None:
    """The loop's view: E1, then the step to E2 extends it, then the final answer; ids append."""
    e1, e2 = format_example(gemma4_dir, "E1"), format_example(gemma4_dir, "E2")
    builder = PromptBuilder(E1_TOOLS, enable_thinking=True)
    first = builder.extend(example_messages[:2])
    assert first.text == e1 and first.extends
    ids = tokenizer.encode_prompt(first.text)
    step = builder.extend(example_messages[2:5])
    assert step.extends and e1 + step.text == e2
    ids += tokenizer.encode_continuation(step.text)
    assert ids == tokenizer.encode_prompt(e2)


def test_worked_example_append_only(gemma4_dir: Path, example_messages: list[Any]) -> None:
    """Append-only: E1 + the model's generation + its stop token + tool_results_text is E2 when the
    model wrote its thought the way the template replays it."""
    e1, e2 = format_example(gemma4_dir, "E1"), format_example(gemma4_dir, "E2")
    generated = (
        "<|channel>thought\n" + REASONING + "\n<channel|>"
        '<|tool_call>call:get_weather{location:<|"|>Paris, France<|"|>,unit:<|"|>celsius<|"|>}<tool_call|>'
        '<|tool_call>call:convert_currency{amount:20,from_currency:<|"|>EUR<|"|>,to_currency:<|"|>USD<|"|>}<tool_call|>'
    )
    calls, results = example_messages[2].tool_calls, example_messages[3:5]
    appended = tool_results_text(calls, results, enable_thinking=True)
    assert e1 + generated + "<|tool_response>" + appended == e2
    assert (
        tool_results_text(calls, results, revision=V5, enable_thinking=True)
        == appended + "<|channel>thought\n"
    )
    assert tool_results_text(calls, results, revision=V5, enable_thinking=False) == appended


# -- policies ----------------------------------------------------------------------------------------


def _call_round(arguments: dict[str, Any], result: Any) -> list[Any]:
    return [
        UserMessage(content="go"),
        AssistantMessage(tool_calls=[ToolCall(id="a", name="f", arguments=arguments)]),
        ToolMessage(tool_call_id="a", content=result),
    ]


def test_policy_none_renders_as_each_revision_does() -> None:
    messages = _call_round({"x": None, "nested": {"y": [None]}}, "ok")
    v3, v5 = (render(messages, revision=r) for r in REVISIONS)
    assert "call:f{nested:{y:[None]},x:None}" in v3
    assert "call:f{nested:{y:[null]},x:null}" in v5
    for revision, text in zip(REVISIONS, (v3, v5), strict=True):
        assert text == render_typed(revision, messages)
    inline = [
        UserMessage(content="q"),
        AssistantMessage(tool_responses=[InlineToolResponse(name="f", response=None)]),
    ]
    assert "response:f{value:None}" in render(inline, revision=V3)
    assert "response:f{value:null}" in render(inline, revision=V5)


def test_policy_string_arguments_are_decoded_like_vllm() -> None:
    raw = [
        {"role": "user", "content": "go"},
        {
            "role": "assistant",
            "tool_calls": [{"id": "a", "function": {"name": "f", "arguments": '{"b": 1, "a": "x"}'}}],
        },
    ]
    ours = render(from_openai_messages(raw), revision=V3)
    assert 'call:f{a:<|"|>x<|"|>,b:1}' in ours
    # The raw 2026-04-28 template prints the string inside a second pair of braces; 2026-07-09 refuses it.
    assert 'call:f{{"b": 1, "a": "x"}}' in render_openai(V3, raw)
    with pytest.raises(TemplateFailed, match="must be a JSON object"):
        render_openai(V5, raw)
    decoded = copy.deepcopy(raw)
    decoded[1]["tool_calls"][0]["function"]["arguments"] = {"b": 1, "a": "x"}
    assert ours == render_openai(V3, decoded)


@pytest.mark.parametrize("revision", REVISIONS)
def test_policy_mapping_tool_result_uses_the_templates_mapping_form(revision: str) -> None:
    result = {"temperature": 15, "weather": "sunny", "Extra": None}
    ours = render(_call_round({}, result), revision=revision)
    null = "null" if revision == V5 else "None"
    assert f'response:f{{Extra:{null},temperature:15,weather:<|"|>sunny<|"|>}}<tool_response|>' in ours
    # Identical to what the template renders for the same mapping given Gemma-native inline.
    native = [
        UserMessage(content="go"),
        AssistantMessage(
            tool_calls=[ToolCall(id="a", name="f", arguments={})],
            tool_responses=[InlineToolResponse(name="f", response=result)],
        ),
    ]
    assert ours == render_typed(revision, native)
    # As an OpenAI role:"tool" content, the template itself fails on a mapping.
    with pytest.raises(TemplateFailed):
        render_typed(revision, _call_round({}, result))


def test_policy_openai_part_types_are_normalized_like_vllm() -> None:
    raw = [{"role": "user", "content": [{"type": "text", "text": "see"},
                                        {"type": "image_url", "image_url": {"url": "data:image/png;base64,AA=="}}]}]  # fmt: skip
    for revision in REVISIONS:
        assert "<|turn>user\nsee<|image|><turn|>" in render(from_openai_messages(raw), revision=revision)
    # The raw 2026-04-28 template knows only "image"; 2026-07-09 accepts image_url too.
    assert "<|turn>user\nsee<turn|>" in render_openai(V3, raw)
    assert "<|turn>user\nsee<|image|><turn|>" in render_openai(V5, raw)


def test_policy_tool_message_without_content_is_an_empty_string() -> None:
    message = from_openai({"role": "tool", "tool_call_id": "a", "content": None})
    assert isinstance(message, ToolMessage) and message.content == ""
    assert 'response:f{value:<|"|><|"|>}' in render(_call_round({}, ""), revision=V3)


def test_policy_unresolvable_tool_name() -> None:
    messages = [
        UserMessage(content="go"),
        AssistantMessage(tool_calls=[ToolCall(id="a", name="f")]),
        ToolMessage(tool_call_id="zzz", content="r"),
    ]
    with pytest.raises(TemplateFailed):
        render_typed(V3, messages)
    with pytest.raises(RenderError, match=r"messages\[2\]: tool result without a name"):
        render(messages, revision=V3)
    assert "response:unknown{" in render(messages, revision=V5) == render_typed(V5, messages)
    # A call without an id matches a result without tool_call_id (None == None), the last such call winning.
    anonymous = [
        UserMessage(content="go"),
        AssistantMessage(tool_calls=[ToolCall(name="f"), ToolCall(name="g")]),
        ToolMessage(content="r"),
    ]
    for revision in REVISIONS:
        text = render(anonymous, revision=revision)
        assert "response:g{" in text and text == render_typed(revision, anonymous)


def test_policy_empty_conversation() -> None:
    with pytest.raises(RenderError, match="empty conversation"):
        render([], revision=V3)
    assert render(
        [], E1_TOOLS[:1], revision=V5, enable_thinking=True, add_generation_prompt=True
    ) == render_openai(V5, [], E1_TOOLS[:1], enable_thinking=True, add_generation_prompt=True)


def test_preserve_thinking_only_exists_in_2026_07_09() -> None:
    messages = [
        UserMessage(content="q"),
        AssistantMessage(reasoning="why", tool_calls=[ToolCall(id="a", name="f")]),
        ToolMessage(tool_call_id="a", content="r"),
        AssistantMessage(content="done"),
        UserMessage(content="again"),
    ]
    kept = render(messages, revision=V5, preserve_thinking=True)
    assert "<|channel>thought\nwhy\n<channel|>" in kept
    assert kept == render_typed(V5, messages, preserve_thinking=True)
    assert "why" not in render(messages, revision=V5)
    with pytest.raises(ValueError, match="preserve_thinking"):
        render(messages, revision=V3, preserve_thinking=True)


# -- the revisions differ where FORMAT.md says -----------------------------------------------------------


def test_revisions_differ_on_reasoning_replay_and_turn_tags() -> None:
    final_with_thought = [UserMessage(content="q"), AssistantMessage(reasoning="think", content="answer")]
    assert "think" not in render(final_with_thought, revision=V3)  # v3: only with tool calls
    assert "<|channel>thought\nthink\n<channel|>answer" in render(final_with_thought, revision=V5)
    b8 = [
        UserMessage(content="Weather?"),
        AssistantMessage(content="Let me check.", tool_calls=[ToolCall(id="a", name="w")]),
        ToolMessage(tool_call_id="a", content="18"),
        AssistantMessage(content="It is 18 °C."),
    ]
    assert "<tool_response|>Let me check.<turn|>\nIt is 18 °C.<turn|>\n" in render(b8, revision=V3)
    assert "<tool_response|>Let me check.It is 18 °C.<turn|>\n" in render(b8, revision=V5)
    for revision in REVISIONS:
        assert render(b8, revision=revision) == render_typed(revision, b8)


def test_media_parts_render_as_placeholders() -> None:
    messages = [
        SystemMessage(content=[TextPart(text=" Be brief. "), ImagePart()]),
        UserMessage(content=[TextPart(text=" look "), ImagePart(), TextPart(text="and this")]),
        AssistantMessage(tool_calls=[ToolCall(id="a", name="see")]),
        ToolMessage(tool_call_id="a", content=[TextPart(text="a cat"), ImagePart()]),
    ]
    v3, v5 = (render(messages, revision=r, add_generation_prompt=True) for r in REVISIONS)
    assert v3.startswith(
        "<bos><|turn>system\nBe brief.  <turn|>\n<|turn>user\nlook<|image|>and this<turn|>\n"
    )
    assert v3.endswith('response:see{value:<|"|>a cat<|"|>}<tool_response|>')
    assert v5.endswith('response:see{value:<|"|>a cat<|"|>}<tool_response|><|image|>')
    for revision, text in zip(REVISIONS, (v3, v5), strict=True):
        assert text == render_typed(revision, messages, add_generation_prompt=True)


def test_append_only_user_turn(example_messages: list[Any]) -> None:
    final = example_messages  # ends with the final answer
    user = UserMessage(content="  And in Rome?  ")
    for revision in REVISIONS:
        for thinking in (True, False):
            before = render(final, E1_TOOLS, revision=revision, enable_thinking=thinking)
            after = render(
                [*final, user],
                E1_TOOLS,
                revision=revision,
                enable_thinking=thinking,
                add_generation_prompt=True,
            )
            text = user_turn_text(user, revision=revision, enable_thinking=thinking)
            assert before.endswith("<turn|>\n") and after.endswith(text)
            # The reasoning replayed for the tool round is dropped once a new user message follows,
            # so the template's re-render is no extension there: the append-only text is the same tail.
            assert text.startswith("\n<|turn>user\nAnd in Rome?<turn|>\n<|turn>model\n")


# -- revisions --------------------------------------------------------------------------------------------


def test_revision_detection_by_sha256(tmp_path: Path) -> None:
    assert revision_of_template(template_path(V3).read_bytes()) == V3
    assert revision_of_template(template_path(V5).read_text(encoding="utf-8")) == V5
    assert revision_of_checkpoint(template_path(V3)) == V3
    checkpoint = tmp_path / "ckpt"
    checkpoint.mkdir()
    (checkpoint / "chat_template.jinja").write_bytes(template_path(V5).read_bytes())
    assert revision_of_checkpoint(checkpoint) == V5
    legacy = tmp_path / "legacy"
    legacy.mkdir()
    config = {"chat_template": template_path(V3).read_text(encoding="utf-8")}
    (legacy / "tokenizer_config.json").write_text(json.dumps(config), encoding="utf-8")
    assert revision_of_checkpoint(legacy) == V3
    assert DEFAULT_REVISION == V3 and sorted(set(TEMPLATE_SHA256.values())) == sorted(REVISIONS)


def test_unknown_template_is_named_never_guessed(tmp_path: Path) -> None:
    edited = template_path(V3).read_text(encoding="utf-8") + "\n"
    with pytest.raises(UnknownTemplate) as caught:
        revision_of_template(edited)
    message = str(caught.value)
    assert "sha256" in message and "94899c0f917d93f6" in message and "2026-07-09" in message
    import hashlib

    assert hashlib.sha256(edited.encode()).hexdigest() in message
    with pytest.raises(FileNotFoundError, match="no chat_template.jinja"):
        revision_of_checkpoint(tmp_path)
    with pytest.raises(ValueError, match="supported: 2026-04-28, 2026-07-09"):
        parse_revision("v3")


# -- bad input ---------------------------------------------------------------------------------------------


def test_bad_tool_declaration_is_named() -> None:
    with pytest.raises(RenderError, match=r"tools\[1\]: expected an OpenAI-format declaration"):
        render([UserMessage(content="hi")], [E1_TOOLS[0], {"name": "flat"}])


def test_bad_openai_messages_are_located() -> None:
    with pytest.raises(
        MessageFormatError, match=r"messages\[1\]: tool_calls\[0\]\.function\.arguments is not valid JSON"
    ):
        from_openai_messages([{"role": "user", "content": "x"},
                              {"role": "assistant", "tool_calls": [{"function": {"name": "f", "arguments": "{"}}]}])  # fmt: skip
    with pytest.raises(MessageFormatError, match=r"messages\[0\]: .*must be a JSON object, not list"):
        from_openai_messages(
            [{"role": "assistant", "tool_calls": [{"function": {"name": "f", "arguments": "[1]"}}]}]
        )
    with pytest.raises(MessageFormatError, match=r"messages\[0\]: unknown message role 'bot'"):
        from_openai_messages([{"role": "bot", "content": "x"}])
    with pytest.raises(
        MessageFormatError, match=r"messages\[0\]: content\[0\] is a text part without a string"
    ):
        from_openai_messages([{"role": "user", "content": [{"type": "text"}]}])
