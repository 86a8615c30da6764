"""Compaction: making room in a long run's context, between steps, reversibly.

Stage 1 replaces old tool results (all but the most recent ``keep_tool_tokens`` of them) by a one-line
placeholder naming the tool, the call id and the size of what was elided. If the prompt is still over
the threshold, stage 2 asks the same engine for a summary (`SUMMARY_INSTRUCTION`, a request made and
recorded like a step) and the conversation becomes: the system message (the template renders the
tool declarations with it), one user message holding the project memory and the summary, and the last
user request verbatim. The template drops earlier turns' thoughts, as it always does.

Events, each logged before the next thing happens: `CompactionStarted`; for stage 2 the summary's
`CompletionEvent`; `CompactionEvent`, which records exactly what changed. `apply` is the one function
that turns a conversation and a `CompactionEvent` into the compacted conversation: the live loop and a
resume both use it, so they reach the same prompt ids.
"""

from __future__ import annotations

from collections.abc import AsyncGenerator, Callable, Sequence
from dataclasses import dataclass, replace
from typing import Literal

from agentkit.agent.context import ContextBudget, ContextPolicy
from agentkit.agent.counters import Counters
from agentkit.agent.events import CompactionEvent, CompactionStarted, ElidedResult, RunEvent
from agentkit.agent.generate import Generation
from agentkit.agent.media import prompt_media
from agentkit.agent.prompt_state import PromptState
from agentkit.agent.spec import RunSpec
from agentkit.agent.step import Completion
from agentkit.engines.base import SamplingParams
from agentkit.messages import AssistantMessage, Message, SystemMessage, ToolMessage, UserMessage, text_of

#: What stage 2 asks the model for. Fixed, so a recorded compaction can be replayed; a focus given to
#: `Agent.compact` is appended after it.
SUMMARY_INSTRUCTION = (
    "Context compaction: the conversation above is about to be replaced by a summary you write now. "
    "Do not call tools. Write a structured summary with these sections:\n"
    "1. Goal: what the user asked for, and any constraints they set.\n"
    "2. Done: the steps taken so far and their results (files, commands, values, decisions).\n"
    "3. State: what is true now (what works, what fails, open errors, exact names and paths).\n"
    "4. Next: what remains to be done, in order.\n"
    "Keep every fact needed to continue; leave out everything else."
)

#: What stands in for an elided tool result.
ELIDED_RESULT = "[tool result elided to save context: {name}, call {call_id}, {tokens} tokens]"

#: The heads of the parts of the user message that carries memory and summary after stage 2.
MEMORY_HEADING = "Project memory:"
SUMMARY_HEADING = "Summary of the conversation so far (earlier messages were compacted):"

Reason = Literal["threshold", "requested"]

_MIN_SUMMARY_TOKENS = 16  # a summary request that cannot leave this much room is not made


@dataclass(frozen=True)
class Plan:
    """Stage 2 of a compaction, before the summary is written."""

    summarised: list[tuple[int, int]]
    kept: list[int]


def elide(messages: Sequence[Message], tokens: Callable[[ToolMessage], int], keep: int) -> list[ElidedResult]:
    """Tool results to elide: all but the newest ones whose tokens add up to at most ``keep``."""
    elided: list[ElidedResult] = []
    kept = 0
    for index in range(len(messages) - 1, -1, -1):
        message = messages[index]
        if not isinstance(message, ToolMessage) or _is_placeholder(message):
            continue
        size = tokens(message)
        if not elided and kept + size <= keep:
            kept += size
            continue
        elided.append(
            ElidedResult(
                index=index, call_id=message.tool_call_id or "", name=message.name or "", tokens=size
            )
        )
    return elided[::-1]


def plan_summary(messages: Sequence[Message]) -> Plan | None:
    """What stage 2 replaces: everything but the system message, the last user request and a final answer
    after it. None when there is nothing to summarise."""
    requests = [i for i, m in enumerate(messages) if isinstance(m, UserMessage)]
    if not requests:
        return None
    last = requests[-1]
    start = 1 if messages and isinstance(messages[0], SystemMessage) else 0
    end = len(messages)
    kept = [last]
    final = messages[-1]
    if end - 1 > last and isinstance(final, AssistantMessage) and not final.tool_calls:
        kept.append(end - 1)  # a finished conversation keeps its answer
        end -= 1
    summarised = [(a, b) for a, b in ((start, last), (last + 1, end)) if b > a]
    return Plan(summarised, kept) if summarised else None


def apply(messages: Sequence[Message], event: CompactionEvent) -> list[Message]:
    """The conversation after the compaction ``event`` records (the one definition of its result)."""
    out = list(messages)
    for elided in event.elided:
        out[elided.index] = _placeholder(elided)
    if event.stage == 1:
        return out
    head: list[Message] = [out[0]] if out and isinstance(out[0], SystemMessage) else []
    parts = [f"{MEMORY_HEADING}\n{event.memory}"] if event.memory else []
    parts.append(f"{SUMMARY_HEADING}\n{event.summary or ''}")
    return [*head, UserMessage(content="\n\n".join(parts)), *(out[i] for i in event.kept)]


def summary_request(focus: str | None) -> UserMessage:
    text = SUMMARY_INSTRUCTION if not focus else f"{SUMMARY_INSTRUCTION}\nFocus on: {focus}"
    return UserMessage(content=text)


def summary_text(completion: Completion) -> str:
    """The summary a completion wrote: its answer, or (cut short while thinking) its thought, or its text."""
    return (completion.content or completion.reasoning or completion.text).strip()


def count_summary(counters: Counters, completion: Completion) -> None:
    """A summary request is engine work: it counts in the run's usage (live and on resume alike)."""
    usage = counters.usage
    usage.generated_tokens += completion.generated_tokens
    usage.prompt_tokens += completion.usage.prompt_tokens
    usage.cached_prompt_tokens += completion.usage.cached_prompt_tokens
    usage.engine_time_s += completion.duration_s


def restart(state: PromptState, event: CompactionEvent) -> None:
    """Apply ``event`` to the state's conversation and continue from the result."""
    state.restart(apply(state.messages, event))


class Compactor:
    """Runs one compaction of a run's state; iterate `events` (each must be logged before the next)."""

    def __init__(
        self,
        spec: RunSpec,
        policy: ContextPolicy,
        budget: ContextBudget,
        *,
        run_id: str,
        step: int,
        time_left: Callable[[], float],
        record_completion: Callable[[str, Completion], RunEvent],
    ) -> None:
        self.spec, self.policy, self.budget = spec, policy, budget
        self.run_id, self.step, self.time_left = run_id, step, time_left
        self.record_completion = record_completion  # the loop's CompletionEvent, for the summary request
        self.summary: Completion | None = None  # stage 2's completion, once generated

    async def events(
        self, state: PromptState, reason: Reason, focus: str | None = None
    ) -> AsyncGenerator[RunEvent, None]:
        before = state.prompt_length()
        messages = list(state.messages)
        plan = plan_summary(messages)
        tokenizer = self.spec.engine.tokenizer
        elided = elide(messages, lambda m: len(tokenizer.encode(_text(m))), self.policy.keep_tool_tokens)
        if not elided and plan is None:
            return  # nothing can be compacted; the window check decides what happens
        budget = self.budget
        yield CompactionStarted(
            run_id=self.run_id,
            step=self.step,
            reason=reason,
            prompt_tokens=before,
            window=budget.window,
            threshold=budget.threshold,
            reserve=budget.reserve,
        )
        record = CompactionEvent(
            run_id=self.run_id,
            step=self.step,
            stage=1,
            reason=reason,
            tokens_before=before,
            tokens_after=before,
            messages_before=len(messages),
            messages_after=len(messages),
            elided=elided,
        )
        stage1 = apply(messages, record)
        ids = state.render_ids(stage1)
        # Stage 1 is a fresh render too, so it drops earlier thoughts even with nothing elided.
        stage1_done = replace_record(record, tokens_after=len(ids), messages_after=len(stage1))
        if plan is None or (reason == "threshold" and not budget.over(len(ids))):
            yield stage1_done
            state.restart(stage1, ids)
            return
        start, summarised_input, prompt_ids = self._summary_prompt(state, stage1, focus)
        if len(prompt_ids) + _MIN_SUMMARY_TOKENS > budget.window:  # no room to ask for a summary at all
            yield stage1_done
            state.restart(stage1, ids)
            return
        generation = Generation(
            self.spec.engine,
            run_id=f"{self.run_id}-summary",  # its own request ids: the next step's are not reused
            step=self.step,
            prompt_ids=prompt_ids,
            sampling=self._sampling(len(prompt_ids)),
            tool_schemas=self.spec.tool_schemas,
            media=prompt_media(summarised_input, prompt_ids, self.spec.prompt.revision),
            time_left=self.time_left,
        )
        async for _ in generation:  # the summary is not streamed as the run's text
            pass
        self.summary = generation.completion
        yield self.record_completion(self.run_id, generation.completion)
        record = replace_record(
            record,
            stage=2,
            summarised=plan.summarised,
            kept=plan.kept,
            summary_input_from=start,
            summary=summary_text(generation.completion),
            memory=self.policy.memory,
        )
        compacted = apply(messages, record)
        ids = state.render_ids(compacted)
        yield replace_record(record, tokens_after=len(ids), messages_after=len(compacted))
        state.restart(compacted, ids)

    def _summary_prompt(
        self, state: PromptState, messages: list[Message], focus: str | None
    ) -> tuple[int, list[Message], list[int]]:
        """The summary request's prompt: the conversation and the instruction, cut at the front (after the
        system message) where it would not leave room for the summary. Returns where the conversation
        starts, the messages and their ids."""
        request = summary_request(focus)
        head = [messages[0]] if messages and isinstance(messages[0], SystemMessage) else []
        cuts = [len(head)] + [
            i
            for i in range(len(head) + 1, len(messages))
            if isinstance(messages[i], UserMessage | AssistantMessage)
        ]
        room = self.budget.window - self.policy.summary_max_tokens

        def ids_from(cut: int) -> list[int]:
            return state.render_ids([*head, *messages[cut:], request])

        low, high = 0, len(cuts) - 1
        cut, ids = cuts[high], ids_from(cuts[high])
        if len(ids) <= room:  # else even the last turn alone is too long: the summary gets what is left
            while low < high:  # the earliest cut that leaves room (each later cut is shorter)
                middle = (low + high) // 2
                tried = ids_from(cuts[middle])
                if len(tried) <= room:
                    high, cut, ids = middle, cuts[middle], tried
                else:
                    low = middle + 1
        return cut, [*head, *messages[cut:], request], ids

    def _sampling(self, prompt_tokens: int) -> SamplingParams:
        sampling = self.spec.sampling_for(self.step)
        room = max(1, self.budget.window - prompt_tokens)
        return replace(
            sampling, regex=None, grammar=None, max_tokens=min(self.policy.summary_max_tokens, room)
        )


def replace_record(record: CompactionEvent, **changes: object) -> CompactionEvent:
    return record.model_copy(update=changes)


def _placeholder(elided: ElidedResult) -> ToolMessage:
    text = ELIDED_RESULT.format(name=elided.name, call_id=elided.call_id, tokens=elided.tokens)
    return ToolMessage(tool_call_id=elided.call_id or None, name=elided.name or None, content=text)


def _is_placeholder(message: ToolMessage) -> bool:
    return isinstance(message.content, str) and message.content.startswith(ELIDED_RESULT.split("{", 1)[0])


def _text(message: ToolMessage) -> str:
    """What a tool result is weighed by: its text. Of a list of parts only the text parts: the prompt
    holds a placeholder for a media part, never its bytes (which the engine gets apart)."""
    import json

    content = message.content
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        return text_of(content)
    return json.dumps(content, default=str, ensure_ascii=False)
