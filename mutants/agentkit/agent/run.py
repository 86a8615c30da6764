"""One run: the step loop. `Run` takes a `RunSpec` and knows nothing of `Agent`.

    while the run goes on:
        between steps (hooks), check the limits, build the prompt     -> StepStarted
        generate                                                       -> deltas, then a Completion
        plan the calls (pure), dispatch them                           -> ToolCall / ToolResult events
        conclude: the step's record moves the prompt state and the counters

Every event is appended to the trajectory before the loop acts on it (`_log`), and then yielded.
A resume (`agentkit.agent.resume`) rebuilds the state and counters from the trajectory through the same
`PromptState.add_step` and `counters.apply_step`, then continues here.
"""

from __future__ import annotations

import time
from collections.abc import AsyncGenerator, Mapping
from contextlib import AsyncExitStack, aclosing
from dataclasses import replace
from pathlib import Path
from typing import Any

import anyio

from agentkit._version import __version__
from agentkit.agent import limits
from agentkit.agent.counters import Counters, apply_step
from agentkit.agent.dispatch import dispatch, plan_calls
from agentkit.agent.events import (
    CompletionEvent,
    ErrorEvent,
    ExitReason,
    RunEvent,
    RunFinished,
    RunStarted,
    StepStarted,
    ToolCallEvent,
    ToolResultEvent,
    UsageEvent,
    UserMessageEvent,
)
from agentkit.agent.generate import Generation
from agentkit.agent.media import prompt_media
from agentkit.agent.prompt_state import NextPrompt, PromptState
from agentkit.agent.result import AgentError, RunResult
from agentkit.agent.spec import RunSpec, StepView
from agentkit.agent.step import Completion, PlannedCall, StepRecord
from agentkit.agent.structured import OutputInvalid
from agentkit.agent.trajectory import TrajectoryHeader, TrajectoryWriter
from agentkit.messages import UserMessage, text_of
from agentkit.sandbox.base import Sandbox
from agentkit.tool.context import RunContext
from agentkit.tool.results import ToolResult


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict
mutants_xǁRunǁ__init____mutmut: MutantDict = {}  # type: ignore
mutants_xǁRunǁevents__mutmut: MutantDict = {}  # type: ignore
mutants_xǁRunǁcontinue_events__mutmut: MutantDict = {}  # type: ignore
mutants_xǁRunǁ_steps__mutmut: MutantDict = {}  # type: ignore
mutants_xǁRunǁ_between_steps__mutmut: MutantDict = {}  # type: ignore
mutants_xǁRunǁ_start_step__mutmut: MutantDict = {}  # type: ignore
mutants_xǁRunǁ_generation__mutmut: MutantDict = {}  # type: ignore
mutants_xǁRunǁ_completion_events__mutmut: MutantDict = {}  # type: ignore
mutants_xǁRunǁ_act__mutmut: MutantDict = {}  # type: ignore
mutants_xǁRunǁ_answer__mutmut: MutantDict = {}  # type: ignore
mutants_xǁRunǁ_conclude__mutmut: MutantDict = {}  # type: ignore
mutants_xǁRunǁ_context__mutmut: MutantDict = {}  # type: ignore
mutants_xǁRunǁ_elapsed__mutmut: MutantDict = {}  # type: ignore
mutants_xǁRunǁ_time_left__mutmut: MutantDict = {}  # type: ignore
mutants_xǁRunǁ_log__mutmut: MutantDict = {}  # type: ignore
mutants_xǁRunǁ_header__mutmut: MutantDict = {}  # type: ignore
mutants_xǁRunǁ_stop_if__mutmut: MutantDict = {}  # type: ignore
mutants_xǁRunǁ_end__mutmut: MutantDict = {}  # type: ignore
mutants_xǁRunǁ_finished_event__mutmut: MutantDict = {}  # type: ignore
mutants_xǁRunǁresult__mutmut: MutantDict = {}  # type: ignore


class Run:
    """One conversation being run: its state, its counters, and the step in flight."""

    @_mutmut_mutated(mutants_xǁRunǁ__init____mutmut)
    def __init__(
        self,
        spec: RunSpec,
        run_id: str,
        state: PromptState,
        deps: Any = None,
        *,
        counters: Counters | None = None,
        trajectory_path: Path | None = None,
        header_written: bool = False,
        continued: bool = False,
    ) -> None:
        self.spec = spec
        self.run_id = run_id
        self.state = state
        self.deps = deps
        self.counters = counters or Counters()
        self.trajectory_path = trajectory_path
        self.header_written = header_written
        self.continued = continued
        self.exit_reason: ExitReason | None = None
        self.output: Any = None
        self.text: str | None = None
        self.error: str | None = None
        self.started = time.monotonic()
        self.step: StepRecord | None = None  # the step in flight: not yet applied to the counters
        self.known_results: dict[str, ToolResult] = {}  # resume: results recorded for the step in flight
        self.prompt: NextPrompt | None = None  # the prompt of the step in flight, until it is generated
        self._writer: TrajectoryWriter | None = None

    def xǁRunǁ__init____mutmut_orig(
        self,
        spec: RunSpec,
        run_id: str,
        state: PromptState,
        deps: Any = None,
        *,
        counters: Counters | None = None,
        trajectory_path: Path | None = None,
        header_written: bool = False,
        continued: bool = False,
    ) -> None:
        self.spec = spec
        self.run_id = run_id
        self.state = state
        self.deps = deps
        self.counters = counters or Counters()
        self.trajectory_path = trajectory_path
        self.header_written = header_written
        self.continued = continued
        self.exit_reason: ExitReason | None = None
        self.output: Any = None
        self.text: str | None = None
        self.error: str | None = None
        self.started = time.monotonic()
        self.step: StepRecord | None = None  # the step in flight: not yet applied to the counters
        self.known_results: dict[str, ToolResult] = {}  # resume: results recorded for the step in flight
        self.prompt: NextPrompt | None = None  # the prompt of the step in flight, until it is generated
        self._writer: TrajectoryWriter | None = None

    def xǁRunǁ__init____mutmut_1(
        self,
        spec: RunSpec,
        run_id: str,
        state: PromptState,
        deps: Any = None,
        *,
        counters: Counters | None = None,
        trajectory_path: Path | None = None,
        header_written: bool = True,
        continued: bool = False,
    ) -> None:
        self.spec = spec
        self.run_id = run_id
        self.state = state
        self.deps = deps
        self.counters = counters or Counters()
        self.trajectory_path = trajectory_path
        self.header_written = header_written
        self.continued = continued
        self.exit_reason: ExitReason | None = None
        self.output: Any = None
        self.text: str | None = None
        self.error: str | None = None
        self.started = time.monotonic()
        self.step: StepRecord | None = None  # the step in flight: not yet applied to the counters
        self.known_results: dict[str, ToolResult] = {}  # resume: results recorded for the step in flight
        self.prompt: NextPrompt | None = None  # the prompt of the step in flight, until it is generated
        self._writer: TrajectoryWriter | None = None

    def xǁRunǁ__init____mutmut_2(
        self,
        spec: RunSpec,
        run_id: str,
        state: PromptState,
        deps: Any = None,
        *,
        counters: Counters | None = None,
        trajectory_path: Path | None = None,
        header_written: bool = False,
        continued: bool = True,
    ) -> None:
        self.spec = spec
        self.run_id = run_id
        self.state = state
        self.deps = deps
        self.counters = counters or Counters()
        self.trajectory_path = trajectory_path
        self.header_written = header_written
        self.continued = continued
        self.exit_reason: ExitReason | None = None
        self.output: Any = None
        self.text: str | None = None
        self.error: str | None = None
        self.started = time.monotonic()
        self.step: StepRecord | None = None  # the step in flight: not yet applied to the counters
        self.known_results: dict[str, ToolResult] = {}  # resume: results recorded for the step in flight
        self.prompt: NextPrompt | None = None  # the prompt of the step in flight, until it is generated
        self._writer: TrajectoryWriter | None = None

    def xǁRunǁ__init____mutmut_3(
        self,
        spec: RunSpec,
        run_id: str,
        state: PromptState,
        deps: Any = None,
        *,
        counters: Counters | None = None,
        trajectory_path: Path | None = None,
        header_written: bool = False,
        continued: bool = False,
    ) -> None:
        self.spec = None
        self.run_id = run_id
        self.state = state
        self.deps = deps
        self.counters = counters or Counters()
        self.trajectory_path = trajectory_path
        self.header_written = header_written
        self.continued = continued
        self.exit_reason: ExitReason | None = None
        self.output: Any = None
        self.text: str | None = None
        self.error: str | None = None
        self.started = time.monotonic()
        self.step: StepRecord | None = None  # the step in flight: not yet applied to the counters
        self.known_results: dict[str, ToolResult] = {}  # resume: results recorded for the step in flight
        self.prompt: NextPrompt | None = None  # the prompt of the step in flight, until it is generated
        self._writer: TrajectoryWriter | None = None

    def xǁRunǁ__init____mutmut_4(
        self,
        spec: RunSpec,
        run_id: str,
        state: PromptState,
        deps: Any = None,
        *,
        counters: Counters | None = None,
        trajectory_path: Path | None = None,
        header_written: bool = False,
        continued: bool = False,
    ) -> None:
        self.spec = spec
        self.run_id = None
        self.state = state
        self.deps = deps
        self.counters = counters or Counters()
        self.trajectory_path = trajectory_path
        self.header_written = header_written
        self.continued = continued
        self.exit_reason: ExitReason | None = None
        self.output: Any = None
        self.text: str | None = None
        self.error: str | None = None
        self.started = time.monotonic()
        self.step: StepRecord | None = None  # the step in flight: not yet applied to the counters
        self.known_results: dict[str, ToolResult] = {}  # resume: results recorded for the step in flight
        self.prompt: NextPrompt | None = None  # the prompt of the step in flight, until it is generated
        self._writer: TrajectoryWriter | None = None

    def xǁRunǁ__init____mutmut_5(
        self,
        spec: RunSpec,
        run_id: str,
        state: PromptState,
        deps: Any = None,
        *,
        counters: Counters | None = None,
        trajectory_path: Path | None = None,
        header_written: bool = False,
        continued: bool = False,
    ) -> None:
        self.spec = spec
        self.run_id = run_id
        self.state = None
        self.deps = deps
        self.counters = counters or Counters()
        self.trajectory_path = trajectory_path
        self.header_written = header_written
        self.continued = continued
        self.exit_reason: ExitReason | None = None
        self.output: Any = None
        self.text: str | None = None
        self.error: str | None = None
        self.started = time.monotonic()
        self.step: StepRecord | None = None  # the step in flight: not yet applied to the counters
        self.known_results: dict[str, ToolResult] = {}  # resume: results recorded for the step in flight
        self.prompt: NextPrompt | None = None  # the prompt of the step in flight, until it is generated
        self._writer: TrajectoryWriter | None = None

    def xǁRunǁ__init____mutmut_6(
        self,
        spec: RunSpec,
        run_id: str,
        state: PromptState,
        deps: Any = None,
        *,
        counters: Counters | None = None,
        trajectory_path: Path | None = None,
        header_written: bool = False,
        continued: bool = False,
    ) -> None:
        self.spec = spec
        self.run_id = run_id
        self.state = state
        self.deps = None
        self.counters = counters or Counters()
        self.trajectory_path = trajectory_path
        self.header_written = header_written
        self.continued = continued
        self.exit_reason: ExitReason | None = None
        self.output: Any = None
        self.text: str | None = None
        self.error: str | None = None
        self.started = time.monotonic()
        self.step: StepRecord | None = None  # the step in flight: not yet applied to the counters
        self.known_results: dict[str, ToolResult] = {}  # resume: results recorded for the step in flight
        self.prompt: NextPrompt | None = None  # the prompt of the step in flight, until it is generated
        self._writer: TrajectoryWriter | None = None

    def xǁRunǁ__init____mutmut_7(
        self,
        spec: RunSpec,
        run_id: str,
        state: PromptState,
        deps: Any = None,
        *,
        counters: Counters | None = None,
        trajectory_path: Path | None = None,
        header_written: bool = False,
        continued: bool = False,
    ) -> None:
        self.spec = spec
        self.run_id = run_id
        self.state = state
        self.deps = deps
        self.counters = None
        self.trajectory_path = trajectory_path
        self.header_written = header_written
        self.continued = continued
        self.exit_reason: ExitReason | None = None
        self.output: Any = None
        self.text: str | None = None
        self.error: str | None = None
        self.started = time.monotonic()
        self.step: StepRecord | None = None  # the step in flight: not yet applied to the counters
        self.known_results: dict[str, ToolResult] = {}  # resume: results recorded for the step in flight
        self.prompt: NextPrompt | None = None  # the prompt of the step in flight, until it is generated
        self._writer: TrajectoryWriter | None = None

    def xǁRunǁ__init____mutmut_8(
        self,
        spec: RunSpec,
        run_id: str,
        state: PromptState,
        deps: Any = None,
        *,
        counters: Counters | None = None,
        trajectory_path: Path | None = None,
        header_written: bool = False,
        continued: bool = False,
    ) -> None:
        self.spec = spec
        self.run_id = run_id
        self.state = state
        self.deps = deps
        self.counters = counters and Counters()
        self.trajectory_path = trajectory_path
        self.header_written = header_written
        self.continued = continued
        self.exit_reason: ExitReason | None = None
        self.output: Any = None
        self.text: str | None = None
        self.error: str | None = None
        self.started = time.monotonic()
        self.step: StepRecord | None = None  # the step in flight: not yet applied to the counters
        self.known_results: dict[str, ToolResult] = {}  # resume: results recorded for the step in flight
        self.prompt: NextPrompt | None = None  # the prompt of the step in flight, until it is generated
        self._writer: TrajectoryWriter | None = None

    def xǁRunǁ__init____mutmut_9(
        self,
        spec: RunSpec,
        run_id: str,
        state: PromptState,
        deps: Any = None,
        *,
        counters: Counters | None = None,
        trajectory_path: Path | None = None,
        header_written: bool = False,
        continued: bool = False,
    ) -> None:
        self.spec = spec
        self.run_id = run_id
        self.state = state
        self.deps = deps
        self.counters = counters or Counters()
        self.trajectory_path = None
        self.header_written = header_written
        self.continued = continued
        self.exit_reason: ExitReason | None = None
        self.output: Any = None
        self.text: str | None = None
        self.error: str | None = None
        self.started = time.monotonic()
        self.step: StepRecord | None = None  # the step in flight: not yet applied to the counters
        self.known_results: dict[str, ToolResult] = {}  # resume: results recorded for the step in flight
        self.prompt: NextPrompt | None = None  # the prompt of the step in flight, until it is generated
        self._writer: TrajectoryWriter | None = None

    def xǁRunǁ__init____mutmut_10(
        self,
        spec: RunSpec,
        run_id: str,
        state: PromptState,
        deps: Any = None,
        *,
        counters: Counters | None = None,
        trajectory_path: Path | None = None,
        header_written: bool = False,
        continued: bool = False,
    ) -> None:
        self.spec = spec
        self.run_id = run_id
        self.state = state
        self.deps = deps
        self.counters = counters or Counters()
        self.trajectory_path = trajectory_path
        self.header_written = None
        self.continued = continued
        self.exit_reason: ExitReason | None = None
        self.output: Any = None
        self.text: str | None = None
        self.error: str | None = None
        self.started = time.monotonic()
        self.step: StepRecord | None = None  # the step in flight: not yet applied to the counters
        self.known_results: dict[str, ToolResult] = {}  # resume: results recorded for the step in flight
        self.prompt: NextPrompt | None = None  # the prompt of the step in flight, until it is generated
        self._writer: TrajectoryWriter | None = None

    def xǁRunǁ__init____mutmut_11(
        self,
        spec: RunSpec,
        run_id: str,
        state: PromptState,
        deps: Any = None,
        *,
        counters: Counters | None = None,
        trajectory_path: Path | None = None,
        header_written: bool = False,
        continued: bool = False,
    ) -> None:
        self.spec = spec
        self.run_id = run_id
        self.state = state
        self.deps = deps
        self.counters = counters or Counters()
        self.trajectory_path = trajectory_path
        self.header_written = header_written
        self.continued = None
        self.exit_reason: ExitReason | None = None
        self.output: Any = None
        self.text: str | None = None
        self.error: str | None = None
        self.started = time.monotonic()
        self.step: StepRecord | None = None  # the step in flight: not yet applied to the counters
        self.known_results: dict[str, ToolResult] = {}  # resume: results recorded for the step in flight
        self.prompt: NextPrompt | None = None  # the prompt of the step in flight, until it is generated
        self._writer: TrajectoryWriter | None = None

    def xǁRunǁ__init____mutmut_12(
        self,
        spec: RunSpec,
        run_id: str,
        state: PromptState,
        deps: Any = None,
        *,
        counters: Counters | None = None,
        trajectory_path: Path | None = None,
        header_written: bool = False,
        continued: bool = False,
    ) -> None:
        self.spec = spec
        self.run_id = run_id
        self.state = state
        self.deps = deps
        self.counters = counters or Counters()
        self.trajectory_path = trajectory_path
        self.header_written = header_written
        self.continued = continued
        self.exit_reason: ExitReason | None = ""
        self.output: Any = None
        self.text: str | None = None
        self.error: str | None = None
        self.started = time.monotonic()
        self.step: StepRecord | None = None  # the step in flight: not yet applied to the counters
        self.known_results: dict[str, ToolResult] = {}  # resume: results recorded for the step in flight
        self.prompt: NextPrompt | None = None  # the prompt of the step in flight, until it is generated
        self._writer: TrajectoryWriter | None = None

    def xǁRunǁ__init____mutmut_13(
        self,
        spec: RunSpec,
        run_id: str,
        state: PromptState,
        deps: Any = None,
        *,
        counters: Counters | None = None,
        trajectory_path: Path | None = None,
        header_written: bool = False,
        continued: bool = False,
    ) -> None:
        self.spec = spec
        self.run_id = run_id
        self.state = state
        self.deps = deps
        self.counters = counters or Counters()
        self.trajectory_path = trajectory_path
        self.header_written = header_written
        self.continued = continued
        self.exit_reason: ExitReason | None = None
        self.output: Any = ""
        self.text: str | None = None
        self.error: str | None = None
        self.started = time.monotonic()
        self.step: StepRecord | None = None  # the step in flight: not yet applied to the counters
        self.known_results: dict[str, ToolResult] = {}  # resume: results recorded for the step in flight
        self.prompt: NextPrompt | None = None  # the prompt of the step in flight, until it is generated
        self._writer: TrajectoryWriter | None = None

    def xǁRunǁ__init____mutmut_14(
        self,
        spec: RunSpec,
        run_id: str,
        state: PromptState,
        deps: Any = None,
        *,
        counters: Counters | None = None,
        trajectory_path: Path | None = None,
        header_written: bool = False,
        continued: bool = False,
    ) -> None:
        self.spec = spec
        self.run_id = run_id
        self.state = state
        self.deps = deps
        self.counters = counters or Counters()
        self.trajectory_path = trajectory_path
        self.header_written = header_written
        self.continued = continued
        self.exit_reason: ExitReason | None = None
        self.output: Any = None
        self.text: str | None = ""
        self.error: str | None = None
        self.started = time.monotonic()
        self.step: StepRecord | None = None  # the step in flight: not yet applied to the counters
        self.known_results: dict[str, ToolResult] = {}  # resume: results recorded for the step in flight
        self.prompt: NextPrompt | None = None  # the prompt of the step in flight, until it is generated
        self._writer: TrajectoryWriter | None = None

    def xǁRunǁ__init____mutmut_15(
        self,
        spec: RunSpec,
        run_id: str,
        state: PromptState,
        deps: Any = None,
        *,
        counters: Counters | None = None,
        trajectory_path: Path | None = None,
        header_written: bool = False,
        continued: bool = False,
    ) -> None:
        self.spec = spec
        self.run_id = run_id
        self.state = state
        self.deps = deps
        self.counters = counters or Counters()
        self.trajectory_path = trajectory_path
        self.header_written = header_written
        self.continued = continued
        self.exit_reason: ExitReason | None = None
        self.output: Any = None
        self.text: str | None = None
        self.error: str | None = ""
        self.started = time.monotonic()
        self.step: StepRecord | None = None  # the step in flight: not yet applied to the counters
        self.known_results: dict[str, ToolResult] = {}  # resume: results recorded for the step in flight
        self.prompt: NextPrompt | None = None  # the prompt of the step in flight, until it is generated
        self._writer: TrajectoryWriter | None = None

    def xǁRunǁ__init____mutmut_16(
        self,
        spec: RunSpec,
        run_id: str,
        state: PromptState,
        deps: Any = None,
        *,
        counters: Counters | None = None,
        trajectory_path: Path | None = None,
        header_written: bool = False,
        continued: bool = False,
    ) -> None:
        self.spec = spec
        self.run_id = run_id
        self.state = state
        self.deps = deps
        self.counters = counters or Counters()
        self.trajectory_path = trajectory_path
        self.header_written = header_written
        self.continued = continued
        self.exit_reason: ExitReason | None = None
        self.output: Any = None
        self.text: str | None = None
        self.error: str | None = None
        self.started = None
        self.step: StepRecord | None = None  # the step in flight: not yet applied to the counters
        self.known_results: dict[str, ToolResult] = {}  # resume: results recorded for the step in flight
        self.prompt: NextPrompt | None = None  # the prompt of the step in flight, until it is generated
        self._writer: TrajectoryWriter | None = None

    def xǁRunǁ__init____mutmut_17(
        self,
        spec: RunSpec,
        run_id: str,
        state: PromptState,
        deps: Any = None,
        *,
        counters: Counters | None = None,
        trajectory_path: Path | None = None,
        header_written: bool = False,
        continued: bool = False,
    ) -> None:
        self.spec = spec
        self.run_id = run_id
        self.state = state
        self.deps = deps
        self.counters = counters or Counters()
        self.trajectory_path = trajectory_path
        self.header_written = header_written
        self.continued = continued
        self.exit_reason: ExitReason | None = None
        self.output: Any = None
        self.text: str | None = None
        self.error: str | None = None
        self.started = time.monotonic()
        self.step: StepRecord | None = ""  # the step in flight: not yet applied to the counters
        self.known_results: dict[str, ToolResult] = {}  # resume: results recorded for the step in flight
        self.prompt: NextPrompt | None = None  # the prompt of the step in flight, until it is generated
        self._writer: TrajectoryWriter | None = None

    def xǁRunǁ__init____mutmut_18(
        self,
        spec: RunSpec,
        run_id: str,
        state: PromptState,
        deps: Any = None,
        *,
        counters: Counters | None = None,
        trajectory_path: Path | None = None,
        header_written: bool = False,
        continued: bool = False,
    ) -> None:
        self.spec = spec
        self.run_id = run_id
        self.state = state
        self.deps = deps
        self.counters = counters or Counters()
        self.trajectory_path = trajectory_path
        self.header_written = header_written
        self.continued = continued
        self.exit_reason: ExitReason | None = None
        self.output: Any = None
        self.text: str | None = None
        self.error: str | None = None
        self.started = time.monotonic()
        self.step: StepRecord | None = None  # the step in flight: not yet applied to the counters
        self.known_results: dict[str, ToolResult] = None  # resume: results recorded for the step in flight
        self.prompt: NextPrompt | None = None  # the prompt of the step in flight, until it is generated
        self._writer: TrajectoryWriter | None = None

    def xǁRunǁ__init____mutmut_19(
        self,
        spec: RunSpec,
        run_id: str,
        state: PromptState,
        deps: Any = None,
        *,
        counters: Counters | None = None,
        trajectory_path: Path | None = None,
        header_written: bool = False,
        continued: bool = False,
    ) -> None:
        self.spec = spec
        self.run_id = run_id
        self.state = state
        self.deps = deps
        self.counters = counters or Counters()
        self.trajectory_path = trajectory_path
        self.header_written = header_written
        self.continued = continued
        self.exit_reason: ExitReason | None = None
        self.output: Any = None
        self.text: str | None = None
        self.error: str | None = None
        self.started = time.monotonic()
        self.step: StepRecord | None = None  # the step in flight: not yet applied to the counters
        self.known_results: dict[str, ToolResult] = {}  # resume: results recorded for the step in flight
        self.prompt: NextPrompt | None = ""  # the prompt of the step in flight, until it is generated
        self._writer: TrajectoryWriter | None = None

    def xǁRunǁ__init____mutmut_20(
        self,
        spec: RunSpec,
        run_id: str,
        state: PromptState,
        deps: Any = None,
        *,
        counters: Counters | None = None,
        trajectory_path: Path | None = None,
        header_written: bool = False,
        continued: bool = False,
    ) -> None:
        self.spec = spec
        self.run_id = run_id
        self.state = state
        self.deps = deps
        self.counters = counters or Counters()
        self.trajectory_path = trajectory_path
        self.header_written = header_written
        self.continued = continued
        self.exit_reason: ExitReason | None = None
        self.output: Any = None
        self.text: str | None = None
        self.error: str | None = None
        self.started = time.monotonic()
        self.step: StepRecord | None = None  # the step in flight: not yet applied to the counters
        self.known_results: dict[str, ToolResult] = {}  # resume: results recorded for the step in flight
        self.prompt: NextPrompt | None = None  # the prompt of the step in flight, until it is generated
        self._writer: TrajectoryWriter | None = ""

    # -- the loop ---------------------------------------------------------------------------------------

    @_mutmut_mutated(mutants_xǁRunǁevents__mutmut)
    async def events(self, message: UserMessage) -> AsyncGenerator[RunEvent, None]:
        """A new user message, then the loop to the end of the run."""
        yield self._log(
            RunStarted(
                run_id=self.run_id,
                prompt=text_of(message.content),
                thinking=self.state.thinking,
                tools=list(self.spec.tools),
                continued=self.continued,
            )
        )
        yield self._log(UserMessageEvent(run_id=self.run_id, content=_jsonable_content(message.content)))
        self.state.add_user(message)
        async with aclosing(self.continue_events()) as more:
            async for event in more:
                yield event

    # -- the loop ---------------------------------------------------------------------------------------

    async def xǁRunǁevents__mutmut_orig(self, message: UserMessage) -> AsyncGenerator[RunEvent, None]:
        """A new user message, then the loop to the end of the run."""
        yield self._log(
            RunStarted(
                run_id=self.run_id,
                prompt=text_of(message.content),
                thinking=self.state.thinking,
                tools=list(self.spec.tools),
                continued=self.continued,
            )
        )
        yield self._log(UserMessageEvent(run_id=self.run_id, content=_jsonable_content(message.content)))
        self.state.add_user(message)
        async with aclosing(self.continue_events()) as more:
            async for event in more:
                yield event

    # -- the loop ---------------------------------------------------------------------------------------

    async def xǁRunǁevents__mutmut_1(self, message: UserMessage) -> AsyncGenerator[RunEvent, None]:
        """A new user message, then the loop to the end of the run."""
        yield self._log(
            None
        )
        yield self._log(UserMessageEvent(run_id=self.run_id, content=_jsonable_content(message.content)))
        self.state.add_user(message)
        async with aclosing(self.continue_events()) as more:
            async for event in more:
                yield event

    # -- the loop ---------------------------------------------------------------------------------------

    async def xǁRunǁevents__mutmut_2(self, message: UserMessage) -> AsyncGenerator[RunEvent, None]:
        """A new user message, then the loop to the end of the run."""
        yield self._log(
            RunStarted(
                run_id=None,
                prompt=text_of(message.content),
                thinking=self.state.thinking,
                tools=list(self.spec.tools),
                continued=self.continued,
            )
        )
        yield self._log(UserMessageEvent(run_id=self.run_id, content=_jsonable_content(message.content)))
        self.state.add_user(message)
        async with aclosing(self.continue_events()) as more:
            async for event in more:
                yield event

    # -- the loop ---------------------------------------------------------------------------------------

    async def xǁRunǁevents__mutmut_3(self, message: UserMessage) -> AsyncGenerator[RunEvent, None]:
        """A new user message, then the loop to the end of the run."""
        yield self._log(
            RunStarted(
                run_id=self.run_id,
                prompt=None,
                thinking=self.state.thinking,
                tools=list(self.spec.tools),
                continued=self.continued,
            )
        )
        yield self._log(UserMessageEvent(run_id=self.run_id, content=_jsonable_content(message.content)))
        self.state.add_user(message)
        async with aclosing(self.continue_events()) as more:
            async for event in more:
                yield event

    # -- the loop ---------------------------------------------------------------------------------------

    async def xǁRunǁevents__mutmut_4(self, message: UserMessage) -> AsyncGenerator[RunEvent, None]:
        """A new user message, then the loop to the end of the run."""
        yield self._log(
            RunStarted(
                run_id=self.run_id,
                prompt=text_of(message.content),
                thinking=None,
                tools=list(self.spec.tools),
                continued=self.continued,
            )
        )
        yield self._log(UserMessageEvent(run_id=self.run_id, content=_jsonable_content(message.content)))
        self.state.add_user(message)
        async with aclosing(self.continue_events()) as more:
            async for event in more:
                yield event

    # -- the loop ---------------------------------------------------------------------------------------

    async def xǁRunǁevents__mutmut_5(self, message: UserMessage) -> AsyncGenerator[RunEvent, None]:
        """A new user message, then the loop to the end of the run."""
        yield self._log(
            RunStarted(
                run_id=self.run_id,
                prompt=text_of(message.content),
                thinking=self.state.thinking,
                tools=None,
                continued=self.continued,
            )
        )
        yield self._log(UserMessageEvent(run_id=self.run_id, content=_jsonable_content(message.content)))
        self.state.add_user(message)
        async with aclosing(self.continue_events()) as more:
            async for event in more:
                yield event

    # -- the loop ---------------------------------------------------------------------------------------

    async def xǁRunǁevents__mutmut_6(self, message: UserMessage) -> AsyncGenerator[RunEvent, None]:
        """A new user message, then the loop to the end of the run."""
        yield self._log(
            RunStarted(
                run_id=self.run_id,
                prompt=text_of(message.content),
                thinking=self.state.thinking,
                tools=list(self.spec.tools),
                continued=None,
            )
        )
        yield self._log(UserMessageEvent(run_id=self.run_id, content=_jsonable_content(message.content)))
        self.state.add_user(message)
        async with aclosing(self.continue_events()) as more:
            async for event in more:
                yield event

    # -- the loop ---------------------------------------------------------------------------------------

    async def xǁRunǁevents__mutmut_7(self, message: UserMessage) -> AsyncGenerator[RunEvent, None]:
        """A new user message, then the loop to the end of the run."""
        yield self._log(
            RunStarted(
                prompt=text_of(message.content),
                thinking=self.state.thinking,
                tools=list(self.spec.tools),
                continued=self.continued,
            )
        )
        yield self._log(UserMessageEvent(run_id=self.run_id, content=_jsonable_content(message.content)))
        self.state.add_user(message)
        async with aclosing(self.continue_events()) as more:
            async for event in more:
                yield event

    # -- the loop ---------------------------------------------------------------------------------------

    async def xǁRunǁevents__mutmut_8(self, message: UserMessage) -> AsyncGenerator[RunEvent, None]:
        """A new user message, then the loop to the end of the run."""
        yield self._log(
            RunStarted(
                run_id=self.run_id,
                thinking=self.state.thinking,
                tools=list(self.spec.tools),
                continued=self.continued,
            )
        )
        yield self._log(UserMessageEvent(run_id=self.run_id, content=_jsonable_content(message.content)))
        self.state.add_user(message)
        async with aclosing(self.continue_events()) as more:
            async for event in more:
                yield event

    # -- the loop ---------------------------------------------------------------------------------------

    async def xǁRunǁevents__mutmut_9(self, message: UserMessage) -> AsyncGenerator[RunEvent, None]:
        """A new user message, then the loop to the end of the run."""
        yield self._log(
            RunStarted(
                run_id=self.run_id,
                prompt=text_of(message.content),
                tools=list(self.spec.tools),
                continued=self.continued,
            )
        )
        yield self._log(UserMessageEvent(run_id=self.run_id, content=_jsonable_content(message.content)))
        self.state.add_user(message)
        async with aclosing(self.continue_events()) as more:
            async for event in more:
                yield event

    # -- the loop ---------------------------------------------------------------------------------------

    async def xǁRunǁevents__mutmut_10(self, message: UserMessage) -> AsyncGenerator[RunEvent, None]:
        """A new user message, then the loop to the end of the run."""
        yield self._log(
            RunStarted(
                run_id=self.run_id,
                prompt=text_of(message.content),
                thinking=self.state.thinking,
                continued=self.continued,
            )
        )
        yield self._log(UserMessageEvent(run_id=self.run_id, content=_jsonable_content(message.content)))
        self.state.add_user(message)
        async with aclosing(self.continue_events()) as more:
            async for event in more:
                yield event

    # -- the loop ---------------------------------------------------------------------------------------

    async def xǁRunǁevents__mutmut_11(self, message: UserMessage) -> AsyncGenerator[RunEvent, None]:
        """A new user message, then the loop to the end of the run."""
        yield self._log(
            RunStarted(
                run_id=self.run_id,
                prompt=text_of(message.content),
                thinking=self.state.thinking,
                tools=list(self.spec.tools),
                )
        )
        yield self._log(UserMessageEvent(run_id=self.run_id, content=_jsonable_content(message.content)))
        self.state.add_user(message)
        async with aclosing(self.continue_events()) as more:
            async for event in more:
                yield event

    # -- the loop ---------------------------------------------------------------------------------------

    async def xǁRunǁevents__mutmut_12(self, message: UserMessage) -> AsyncGenerator[RunEvent, None]:
        """A new user message, then the loop to the end of the run."""
        yield self._log(
            RunStarted(
                run_id=self.run_id,
                prompt=text_of(None),
                thinking=self.state.thinking,
                tools=list(self.spec.tools),
                continued=self.continued,
            )
        )
        yield self._log(UserMessageEvent(run_id=self.run_id, content=_jsonable_content(message.content)))
        self.state.add_user(message)
        async with aclosing(self.continue_events()) as more:
            async for event in more:
                yield event

    # -- the loop ---------------------------------------------------------------------------------------

    async def xǁRunǁevents__mutmut_13(self, message: UserMessage) -> AsyncGenerator[RunEvent, None]:
        """A new user message, then the loop to the end of the run."""
        yield self._log(
            RunStarted(
                run_id=self.run_id,
                prompt=text_of(message.content),
                thinking=self.state.thinking,
                tools=list(None),
                continued=self.continued,
            )
        )
        yield self._log(UserMessageEvent(run_id=self.run_id, content=_jsonable_content(message.content)))
        self.state.add_user(message)
        async with aclosing(self.continue_events()) as more:
            async for event in more:
                yield event

    # -- the loop ---------------------------------------------------------------------------------------

    async def xǁRunǁevents__mutmut_14(self, message: UserMessage) -> AsyncGenerator[RunEvent, None]:
        """A new user message, then the loop to the end of the run."""
        yield self._log(
            RunStarted(
                run_id=self.run_id,
                prompt=text_of(message.content),
                thinking=self.state.thinking,
                tools=list(self.spec.tools),
                continued=self.continued,
            )
        )
        yield self._log(None)
        self.state.add_user(message)
        async with aclosing(self.continue_events()) as more:
            async for event in more:
                yield event

    # -- the loop ---------------------------------------------------------------------------------------

    async def xǁRunǁevents__mutmut_15(self, message: UserMessage) -> AsyncGenerator[RunEvent, None]:
        """A new user message, then the loop to the end of the run."""
        yield self._log(
            RunStarted(
                run_id=self.run_id,
                prompt=text_of(message.content),
                thinking=self.state.thinking,
                tools=list(self.spec.tools),
                continued=self.continued,
            )
        )
        yield self._log(UserMessageEvent(run_id=None, content=_jsonable_content(message.content)))
        self.state.add_user(message)
        async with aclosing(self.continue_events()) as more:
            async for event in more:
                yield event

    # -- the loop ---------------------------------------------------------------------------------------

    async def xǁRunǁevents__mutmut_16(self, message: UserMessage) -> AsyncGenerator[RunEvent, None]:
        """A new user message, then the loop to the end of the run."""
        yield self._log(
            RunStarted(
                run_id=self.run_id,
                prompt=text_of(message.content),
                thinking=self.state.thinking,
                tools=list(self.spec.tools),
                continued=self.continued,
            )
        )
        yield self._log(UserMessageEvent(run_id=self.run_id, content=None))
        self.state.add_user(message)
        async with aclosing(self.continue_events()) as more:
            async for event in more:
                yield event

    # -- the loop ---------------------------------------------------------------------------------------

    async def xǁRunǁevents__mutmut_17(self, message: UserMessage) -> AsyncGenerator[RunEvent, None]:
        """A new user message, then the loop to the end of the run."""
        yield self._log(
            RunStarted(
                run_id=self.run_id,
                prompt=text_of(message.content),
                thinking=self.state.thinking,
                tools=list(self.spec.tools),
                continued=self.continued,
            )
        )
        yield self._log(UserMessageEvent(content=_jsonable_content(message.content)))
        self.state.add_user(message)
        async with aclosing(self.continue_events()) as more:
            async for event in more:
                yield event

    # -- the loop ---------------------------------------------------------------------------------------

    async def xǁRunǁevents__mutmut_18(self, message: UserMessage) -> AsyncGenerator[RunEvent, None]:
        """A new user message, then the loop to the end of the run."""
        yield self._log(
            RunStarted(
                run_id=self.run_id,
                prompt=text_of(message.content),
                thinking=self.state.thinking,
                tools=list(self.spec.tools),
                continued=self.continued,
            )
        )
        yield self._log(UserMessageEvent(run_id=self.run_id, ))
        self.state.add_user(message)
        async with aclosing(self.continue_events()) as more:
            async for event in more:
                yield event

    # -- the loop ---------------------------------------------------------------------------------------

    async def xǁRunǁevents__mutmut_19(self, message: UserMessage) -> AsyncGenerator[RunEvent, None]:
        """A new user message, then the loop to the end of the run."""
        yield self._log(
            RunStarted(
                run_id=self.run_id,
                prompt=text_of(message.content),
                thinking=self.state.thinking,
                tools=list(self.spec.tools),
                continued=self.continued,
            )
        )
        yield self._log(UserMessageEvent(run_id=self.run_id, content=_jsonable_content(None)))
        self.state.add_user(message)
        async with aclosing(self.continue_events()) as more:
            async for event in more:
                yield event

    # -- the loop ---------------------------------------------------------------------------------------

    async def xǁRunǁevents__mutmut_20(self, message: UserMessage) -> AsyncGenerator[RunEvent, None]:
        """A new user message, then the loop to the end of the run."""
        yield self._log(
            RunStarted(
                run_id=self.run_id,
                prompt=text_of(message.content),
                thinking=self.state.thinking,
                tools=list(self.spec.tools),
                continued=self.continued,
            )
        )
        yield self._log(UserMessageEvent(run_id=self.run_id, content=_jsonable_content(message.content)))
        self.state.add_user(None)
        async with aclosing(self.continue_events()) as more:
            async for event in more:
                yield event

    # -- the loop ---------------------------------------------------------------------------------------

    async def xǁRunǁevents__mutmut_21(self, message: UserMessage) -> AsyncGenerator[RunEvent, None]:
        """A new user message, then the loop to the end of the run."""
        yield self._log(
            RunStarted(
                run_id=self.run_id,
                prompt=text_of(message.content),
                thinking=self.state.thinking,
                tools=list(self.spec.tools),
                continued=self.continued,
            )
        )
        yield self._log(UserMessageEvent(run_id=self.run_id, content=_jsonable_content(message.content)))
        self.state.add_user(message)
        async with aclosing(None) as more:
            async for event in more:
                yield event

    @_mutmut_mutated(mutants_xǁRunǁcontinue_events__mutmut)
    async def continue_events(self) -> AsyncGenerator[RunEvent, None]:
        """The loop from the current state to the end of the run (also where a resume picks up)."""
        self.started = time.monotonic()
        try:
            async with AsyncExitStack() as stack:
                ctx = await self._context(stack)
                async with aclosing(self._steps(ctx)) as steps:
                    async for event in steps:
                        yield event
        except anyio.get_cancelled_exc_class():
            self._end(ExitReason.CANCELLED, error="the run was cancelled")
            self._finished_event()
            raise
        except Exception as exc:
            if self.exit_reason is None:
                self._end(ExitReason.ERROR, error=f"{type(exc).__name__}: {exc}")
                self._finished_event()
            raise
        finally:
            if self._writer is not None:
                self._writer.close()
                self._writer = None
        yield self._finished_event()

    async def xǁRunǁcontinue_events__mutmut_orig(self) -> AsyncGenerator[RunEvent, None]:
        """The loop from the current state to the end of the run (also where a resume picks up)."""
        self.started = time.monotonic()
        try:
            async with AsyncExitStack() as stack:
                ctx = await self._context(stack)
                async with aclosing(self._steps(ctx)) as steps:
                    async for event in steps:
                        yield event
        except anyio.get_cancelled_exc_class():
            self._end(ExitReason.CANCELLED, error="the run was cancelled")
            self._finished_event()
            raise
        except Exception as exc:
            if self.exit_reason is None:
                self._end(ExitReason.ERROR, error=f"{type(exc).__name__}: {exc}")
                self._finished_event()
            raise
        finally:
            if self._writer is not None:
                self._writer.close()
                self._writer = None
        yield self._finished_event()

    async def xǁRunǁcontinue_events__mutmut_1(self) -> AsyncGenerator[RunEvent, None]:
        """The loop from the current state to the end of the run (also where a resume picks up)."""
        self.started = None
        try:
            async with AsyncExitStack() as stack:
                ctx = await self._context(stack)
                async with aclosing(self._steps(ctx)) as steps:
                    async for event in steps:
                        yield event
        except anyio.get_cancelled_exc_class():
            self._end(ExitReason.CANCELLED, error="the run was cancelled")
            self._finished_event()
            raise
        except Exception as exc:
            if self.exit_reason is None:
                self._end(ExitReason.ERROR, error=f"{type(exc).__name__}: {exc}")
                self._finished_event()
            raise
        finally:
            if self._writer is not None:
                self._writer.close()
                self._writer = None
        yield self._finished_event()

    async def xǁRunǁcontinue_events__mutmut_2(self) -> AsyncGenerator[RunEvent, None]:
        """The loop from the current state to the end of the run (also where a resume picks up)."""
        self.started = time.monotonic()
        try:
            async with AsyncExitStack() as stack:
                ctx = None
                async with aclosing(self._steps(ctx)) as steps:
                    async for event in steps:
                        yield event
        except anyio.get_cancelled_exc_class():
            self._end(ExitReason.CANCELLED, error="the run was cancelled")
            self._finished_event()
            raise
        except Exception as exc:
            if self.exit_reason is None:
                self._end(ExitReason.ERROR, error=f"{type(exc).__name__}: {exc}")
                self._finished_event()
            raise
        finally:
            if self._writer is not None:
                self._writer.close()
                self._writer = None
        yield self._finished_event()

    async def xǁRunǁcontinue_events__mutmut_3(self) -> AsyncGenerator[RunEvent, None]:
        """The loop from the current state to the end of the run (also where a resume picks up)."""
        self.started = time.monotonic()
        try:
            async with AsyncExitStack() as stack:
                ctx = await self._context(None)
                async with aclosing(self._steps(ctx)) as steps:
                    async for event in steps:
                        yield event
        except anyio.get_cancelled_exc_class():
            self._end(ExitReason.CANCELLED, error="the run was cancelled")
            self._finished_event()
            raise
        except Exception as exc:
            if self.exit_reason is None:
                self._end(ExitReason.ERROR, error=f"{type(exc).__name__}: {exc}")
                self._finished_event()
            raise
        finally:
            if self._writer is not None:
                self._writer.close()
                self._writer = None
        yield self._finished_event()

    async def xǁRunǁcontinue_events__mutmut_4(self) -> AsyncGenerator[RunEvent, None]:
        """The loop from the current state to the end of the run (also where a resume picks up)."""
        self.started = time.monotonic()
        try:
            async with AsyncExitStack() as stack:
                ctx = await self._context(stack)
                async with aclosing(None) as steps:
                    async for event in steps:
                        yield event
        except anyio.get_cancelled_exc_class():
            self._end(ExitReason.CANCELLED, error="the run was cancelled")
            self._finished_event()
            raise
        except Exception as exc:
            if self.exit_reason is None:
                self._end(ExitReason.ERROR, error=f"{type(exc).__name__}: {exc}")
                self._finished_event()
            raise
        finally:
            if self._writer is not None:
                self._writer.close()
                self._writer = None
        yield self._finished_event()

    async def xǁRunǁcontinue_events__mutmut_5(self) -> AsyncGenerator[RunEvent, None]:
        """The loop from the current state to the end of the run (also where a resume picks up)."""
        self.started = time.monotonic()
        try:
            async with AsyncExitStack() as stack:
                ctx = await self._context(stack)
                async with aclosing(self._steps(None)) as steps:
                    async for event in steps:
                        yield event
        except anyio.get_cancelled_exc_class():
            self._end(ExitReason.CANCELLED, error="the run was cancelled")
            self._finished_event()
            raise
        except Exception as exc:
            if self.exit_reason is None:
                self._end(ExitReason.ERROR, error=f"{type(exc).__name__}: {exc}")
                self._finished_event()
            raise
        finally:
            if self._writer is not None:
                self._writer.close()
                self._writer = None
        yield self._finished_event()

    async def xǁRunǁcontinue_events__mutmut_6(self) -> AsyncGenerator[RunEvent, None]:
        """The loop from the current state to the end of the run (also where a resume picks up)."""
        self.started = time.monotonic()
        try:
            async with AsyncExitStack() as stack:
                ctx = await self._context(stack)
                async with aclosing(self._steps(ctx)) as steps:
                    async for event in steps:
                        yield event
        except anyio.get_cancelled_exc_class():
            self._end(None, error="the run was cancelled")
            self._finished_event()
            raise
        except Exception as exc:
            if self.exit_reason is None:
                self._end(ExitReason.ERROR, error=f"{type(exc).__name__}: {exc}")
                self._finished_event()
            raise
        finally:
            if self._writer is not None:
                self._writer.close()
                self._writer = None
        yield self._finished_event()

    async def xǁRunǁcontinue_events__mutmut_7(self) -> AsyncGenerator[RunEvent, None]:
        """The loop from the current state to the end of the run (also where a resume picks up)."""
        self.started = time.monotonic()
        try:
            async with AsyncExitStack() as stack:
                ctx = await self._context(stack)
                async with aclosing(self._steps(ctx)) as steps:
                    async for event in steps:
                        yield event
        except anyio.get_cancelled_exc_class():
            self._end(ExitReason.CANCELLED, error=None)
            self._finished_event()
            raise
        except Exception as exc:
            if self.exit_reason is None:
                self._end(ExitReason.ERROR, error=f"{type(exc).__name__}: {exc}")
                self._finished_event()
            raise
        finally:
            if self._writer is not None:
                self._writer.close()
                self._writer = None
        yield self._finished_event()

    async def xǁRunǁcontinue_events__mutmut_8(self) -> AsyncGenerator[RunEvent, None]:
        """The loop from the current state to the end of the run (also where a resume picks up)."""
        self.started = time.monotonic()
        try:
            async with AsyncExitStack() as stack:
                ctx = await self._context(stack)
                async with aclosing(self._steps(ctx)) as steps:
                    async for event in steps:
                        yield event
        except anyio.get_cancelled_exc_class():
            self._end(error="the run was cancelled")
            self._finished_event()
            raise
        except Exception as exc:
            if self.exit_reason is None:
                self._end(ExitReason.ERROR, error=f"{type(exc).__name__}: {exc}")
                self._finished_event()
            raise
        finally:
            if self._writer is not None:
                self._writer.close()
                self._writer = None
        yield self._finished_event()

    async def xǁRunǁcontinue_events__mutmut_9(self) -> AsyncGenerator[RunEvent, None]:
        """The loop from the current state to the end of the run (also where a resume picks up)."""
        self.started = time.monotonic()
        try:
            async with AsyncExitStack() as stack:
                ctx = await self._context(stack)
                async with aclosing(self._steps(ctx)) as steps:
                    async for event in steps:
                        yield event
        except anyio.get_cancelled_exc_class():
            self._end(ExitReason.CANCELLED, )
            self._finished_event()
            raise
        except Exception as exc:
            if self.exit_reason is None:
                self._end(ExitReason.ERROR, error=f"{type(exc).__name__}: {exc}")
                self._finished_event()
            raise
        finally:
            if self._writer is not None:
                self._writer.close()
                self._writer = None
        yield self._finished_event()

    async def xǁRunǁcontinue_events__mutmut_10(self) -> AsyncGenerator[RunEvent, None]:
        """The loop from the current state to the end of the run (also where a resume picks up)."""
        self.started = time.monotonic()
        try:
            async with AsyncExitStack() as stack:
                ctx = await self._context(stack)
                async with aclosing(self._steps(ctx)) as steps:
                    async for event in steps:
                        yield event
        except anyio.get_cancelled_exc_class():
            self._end(ExitReason.CANCELLED, error="XXthe run was cancelledXX")
            self._finished_event()
            raise
        except Exception as exc:
            if self.exit_reason is None:
                self._end(ExitReason.ERROR, error=f"{type(exc).__name__}: {exc}")
                self._finished_event()
            raise
        finally:
            if self._writer is not None:
                self._writer.close()
                self._writer = None
        yield self._finished_event()

    async def xǁRunǁcontinue_events__mutmut_11(self) -> AsyncGenerator[RunEvent, None]:
        """The loop from the current state to the end of the run (also where a resume picks up)."""
        self.started = time.monotonic()
        try:
            async with AsyncExitStack() as stack:
                ctx = await self._context(stack)
                async with aclosing(self._steps(ctx)) as steps:
                    async for event in steps:
                        yield event
        except anyio.get_cancelled_exc_class():
            self._end(ExitReason.CANCELLED, error="THE RUN WAS CANCELLED")
            self._finished_event()
            raise
        except Exception as exc:
            if self.exit_reason is None:
                self._end(ExitReason.ERROR, error=f"{type(exc).__name__}: {exc}")
                self._finished_event()
            raise
        finally:
            if self._writer is not None:
                self._writer.close()
                self._writer = None
        yield self._finished_event()

    async def xǁRunǁcontinue_events__mutmut_12(self) -> AsyncGenerator[RunEvent, None]:
        """The loop from the current state to the end of the run (also where a resume picks up)."""
        self.started = time.monotonic()
        try:
            async with AsyncExitStack() as stack:
                ctx = await self._context(stack)
                async with aclosing(self._steps(ctx)) as steps:
                    async for event in steps:
                        yield event
        except anyio.get_cancelled_exc_class():
            self._end(ExitReason.CANCELLED, error="the run was cancelled")
            self._finished_event()
            raise
        except Exception as exc:
            if self.exit_reason is not None:
                self._end(ExitReason.ERROR, error=f"{type(exc).__name__}: {exc}")
                self._finished_event()
            raise
        finally:
            if self._writer is not None:
                self._writer.close()
                self._writer = None
        yield self._finished_event()

    async def xǁRunǁcontinue_events__mutmut_13(self) -> AsyncGenerator[RunEvent, None]:
        """The loop from the current state to the end of the run (also where a resume picks up)."""
        self.started = time.monotonic()
        try:
            async with AsyncExitStack() as stack:
                ctx = await self._context(stack)
                async with aclosing(self._steps(ctx)) as steps:
                    async for event in steps:
                        yield event
        except anyio.get_cancelled_exc_class():
            self._end(ExitReason.CANCELLED, error="the run was cancelled")
            self._finished_event()
            raise
        except Exception as exc:
            if self.exit_reason is None:
                self._end(None, error=f"{type(exc).__name__}: {exc}")
                self._finished_event()
            raise
        finally:
            if self._writer is not None:
                self._writer.close()
                self._writer = None
        yield self._finished_event()

    async def xǁRunǁcontinue_events__mutmut_14(self) -> AsyncGenerator[RunEvent, None]:
        """The loop from the current state to the end of the run (also where a resume picks up)."""
        self.started = time.monotonic()
        try:
            async with AsyncExitStack() as stack:
                ctx = await self._context(stack)
                async with aclosing(self._steps(ctx)) as steps:
                    async for event in steps:
                        yield event
        except anyio.get_cancelled_exc_class():
            self._end(ExitReason.CANCELLED, error="the run was cancelled")
            self._finished_event()
            raise
        except Exception as exc:
            if self.exit_reason is None:
                self._end(ExitReason.ERROR, error=None)
                self._finished_event()
            raise
        finally:
            if self._writer is not None:
                self._writer.close()
                self._writer = None
        yield self._finished_event()

    async def xǁRunǁcontinue_events__mutmut_15(self) -> AsyncGenerator[RunEvent, None]:
        """The loop from the current state to the end of the run (also where a resume picks up)."""
        self.started = time.monotonic()
        try:
            async with AsyncExitStack() as stack:
                ctx = await self._context(stack)
                async with aclosing(self._steps(ctx)) as steps:
                    async for event in steps:
                        yield event
        except anyio.get_cancelled_exc_class():
            self._end(ExitReason.CANCELLED, error="the run was cancelled")
            self._finished_event()
            raise
        except Exception as exc:
            if self.exit_reason is None:
                self._end(error=f"{type(exc).__name__}: {exc}")
                self._finished_event()
            raise
        finally:
            if self._writer is not None:
                self._writer.close()
                self._writer = None
        yield self._finished_event()

    async def xǁRunǁcontinue_events__mutmut_16(self) -> AsyncGenerator[RunEvent, None]:
        """The loop from the current state to the end of the run (also where a resume picks up)."""
        self.started = time.monotonic()
        try:
            async with AsyncExitStack() as stack:
                ctx = await self._context(stack)
                async with aclosing(self._steps(ctx)) as steps:
                    async for event in steps:
                        yield event
        except anyio.get_cancelled_exc_class():
            self._end(ExitReason.CANCELLED, error="the run was cancelled")
            self._finished_event()
            raise
        except Exception as exc:
            if self.exit_reason is None:
                self._end(ExitReason.ERROR, )
                self._finished_event()
            raise
        finally:
            if self._writer is not None:
                self._writer.close()
                self._writer = None
        yield self._finished_event()

    async def xǁRunǁcontinue_events__mutmut_17(self) -> AsyncGenerator[RunEvent, None]:
        """The loop from the current state to the end of the run (also where a resume picks up)."""
        self.started = time.monotonic()
        try:
            async with AsyncExitStack() as stack:
                ctx = await self._context(stack)
                async with aclosing(self._steps(ctx)) as steps:
                    async for event in steps:
                        yield event
        except anyio.get_cancelled_exc_class():
            self._end(ExitReason.CANCELLED, error="the run was cancelled")
            self._finished_event()
            raise
        except Exception as exc:
            if self.exit_reason is None:
                self._end(ExitReason.ERROR, error=f"{type(None).__name__}: {exc}")
                self._finished_event()
            raise
        finally:
            if self._writer is not None:
                self._writer.close()
                self._writer = None
        yield self._finished_event()

    async def xǁRunǁcontinue_events__mutmut_18(self) -> AsyncGenerator[RunEvent, None]:
        """The loop from the current state to the end of the run (also where a resume picks up)."""
        self.started = time.monotonic()
        try:
            async with AsyncExitStack() as stack:
                ctx = await self._context(stack)
                async with aclosing(self._steps(ctx)) as steps:
                    async for event in steps:
                        yield event
        except anyio.get_cancelled_exc_class():
            self._end(ExitReason.CANCELLED, error="the run was cancelled")
            self._finished_event()
            raise
        except Exception as exc:
            if self.exit_reason is None:
                self._end(ExitReason.ERROR, error=f"{type(exc).__name__}: {exc}")
                self._finished_event()
            raise
        finally:
            if self._writer is None:
                self._writer.close()
                self._writer = None
        yield self._finished_event()

    async def xǁRunǁcontinue_events__mutmut_19(self) -> AsyncGenerator[RunEvent, None]:
        """The loop from the current state to the end of the run (also where a resume picks up)."""
        self.started = time.monotonic()
        try:
            async with AsyncExitStack() as stack:
                ctx = await self._context(stack)
                async with aclosing(self._steps(ctx)) as steps:
                    async for event in steps:
                        yield event
        except anyio.get_cancelled_exc_class():
            self._end(ExitReason.CANCELLED, error="the run was cancelled")
            self._finished_event()
            raise
        except Exception as exc:
            if self.exit_reason is None:
                self._end(ExitReason.ERROR, error=f"{type(exc).__name__}: {exc}")
                self._finished_event()
            raise
        finally:
            if self._writer is not None:
                self._writer.close()
                self._writer = ""
        yield self._finished_event()

    @_mutmut_mutated(mutants_xǁRunǁ_steps__mutmut)
    async def _steps(self, ctx: RunContext[Any]) -> AsyncGenerator[RunEvent, None]:
        """The step loop."""
        if self.step is not None and self.step.completion is not None:  # resume: the calls are left
            async for event in self._act(ctx, self.step.completion):
                yield event
        while self.exit_reason is None:
            async for event in self._between_steps():
                yield event
            for event in self._start_step():  # the limits, then the prompt
                yield self._log(event)
            if self.exit_reason is not None:
                break
            generation = self._generation()
            async for event in generation:
                yield self._log(event)
            for event in self._completion_events(generation.completion):
                yield self._log(event)
            async for event in self._act(ctx, generation.completion):
                yield event

    async def xǁRunǁ_steps__mutmut_orig(self, ctx: RunContext[Any]) -> AsyncGenerator[RunEvent, None]:
        """The step loop."""
        if self.step is not None and self.step.completion is not None:  # resume: the calls are left
            async for event in self._act(ctx, self.step.completion):
                yield event
        while self.exit_reason is None:
            async for event in self._between_steps():
                yield event
            for event in self._start_step():  # the limits, then the prompt
                yield self._log(event)
            if self.exit_reason is not None:
                break
            generation = self._generation()
            async for event in generation:
                yield self._log(event)
            for event in self._completion_events(generation.completion):
                yield self._log(event)
            async for event in self._act(ctx, generation.completion):
                yield event

    async def xǁRunǁ_steps__mutmut_1(self, ctx: RunContext[Any]) -> AsyncGenerator[RunEvent, None]:
        """The step loop."""
        if self.step is not None or self.step.completion is not None:  # resume: the calls are left
            async for event in self._act(ctx, self.step.completion):
                yield event
        while self.exit_reason is None:
            async for event in self._between_steps():
                yield event
            for event in self._start_step():  # the limits, then the prompt
                yield self._log(event)
            if self.exit_reason is not None:
                break
            generation = self._generation()
            async for event in generation:
                yield self._log(event)
            for event in self._completion_events(generation.completion):
                yield self._log(event)
            async for event in self._act(ctx, generation.completion):
                yield event

    async def xǁRunǁ_steps__mutmut_2(self, ctx: RunContext[Any]) -> AsyncGenerator[RunEvent, None]:
        """The step loop."""
        if self.step is None and self.step.completion is not None:  # resume: the calls are left
            async for event in self._act(ctx, self.step.completion):
                yield event
        while self.exit_reason is None:
            async for event in self._between_steps():
                yield event
            for event in self._start_step():  # the limits, then the prompt
                yield self._log(event)
            if self.exit_reason is not None:
                break
            generation = self._generation()
            async for event in generation:
                yield self._log(event)
            for event in self._completion_events(generation.completion):
                yield self._log(event)
            async for event in self._act(ctx, generation.completion):
                yield event

    async def xǁRunǁ_steps__mutmut_3(self, ctx: RunContext[Any]) -> AsyncGenerator[RunEvent, None]:
        """The step loop."""
        if self.step is not None and self.step.completion is None:  # resume: the calls are left
            async for event in self._act(ctx, self.step.completion):
                yield event
        while self.exit_reason is None:
            async for event in self._between_steps():
                yield event
            for event in self._start_step():  # the limits, then the prompt
                yield self._log(event)
            if self.exit_reason is not None:
                break
            generation = self._generation()
            async for event in generation:
                yield self._log(event)
            for event in self._completion_events(generation.completion):
                yield self._log(event)
            async for event in self._act(ctx, generation.completion):
                yield event

    async def xǁRunǁ_steps__mutmut_4(self, ctx: RunContext[Any]) -> AsyncGenerator[RunEvent, None]:
        """The step loop."""
        if self.step is not None and self.step.completion is not None:  # resume: the calls are left
            async for event in self._act(None, self.step.completion):
                yield event
        while self.exit_reason is None:
            async for event in self._between_steps():
                yield event
            for event in self._start_step():  # the limits, then the prompt
                yield self._log(event)
            if self.exit_reason is not None:
                break
            generation = self._generation()
            async for event in generation:
                yield self._log(event)
            for event in self._completion_events(generation.completion):
                yield self._log(event)
            async for event in self._act(ctx, generation.completion):
                yield event

    async def xǁRunǁ_steps__mutmut_5(self, ctx: RunContext[Any]) -> AsyncGenerator[RunEvent, None]:
        """The step loop."""
        if self.step is not None and self.step.completion is not None:  # resume: the calls are left
            async for event in self._act(ctx, None):
                yield event
        while self.exit_reason is None:
            async for event in self._between_steps():
                yield event
            for event in self._start_step():  # the limits, then the prompt
                yield self._log(event)
            if self.exit_reason is not None:
                break
            generation = self._generation()
            async for event in generation:
                yield self._log(event)
            for event in self._completion_events(generation.completion):
                yield self._log(event)
            async for event in self._act(ctx, generation.completion):
                yield event

    async def xǁRunǁ_steps__mutmut_6(self, ctx: RunContext[Any]) -> AsyncGenerator[RunEvent, None]:
        """The step loop."""
        if self.step is not None and self.step.completion is not None:  # resume: the calls are left
            async for event in self._act(self.step.completion):
                yield event
        while self.exit_reason is None:
            async for event in self._between_steps():
                yield event
            for event in self._start_step():  # the limits, then the prompt
                yield self._log(event)
            if self.exit_reason is not None:
                break
            generation = self._generation()
            async for event in generation:
                yield self._log(event)
            for event in self._completion_events(generation.completion):
                yield self._log(event)
            async for event in self._act(ctx, generation.completion):
                yield event

    async def xǁRunǁ_steps__mutmut_7(self, ctx: RunContext[Any]) -> AsyncGenerator[RunEvent, None]:
        """The step loop."""
        if self.step is not None and self.step.completion is not None:  # resume: the calls are left
            async for event in self._act(ctx, ):
                yield event
        while self.exit_reason is None:
            async for event in self._between_steps():
                yield event
            for event in self._start_step():  # the limits, then the prompt
                yield self._log(event)
            if self.exit_reason is not None:
                break
            generation = self._generation()
            async for event in generation:
                yield self._log(event)
            for event in self._completion_events(generation.completion):
                yield self._log(event)
            async for event in self._act(ctx, generation.completion):
                yield event

    async def xǁRunǁ_steps__mutmut_8(self, ctx: RunContext[Any]) -> AsyncGenerator[RunEvent, None]:
        """The step loop."""
        if self.step is not None and self.step.completion is not None:  # resume: the calls are left
            async for event in self._act(ctx, self.step.completion):
                yield event
        while self.exit_reason is not None:
            async for event in self._between_steps():
                yield event
            for event in self._start_step():  # the limits, then the prompt
                yield self._log(event)
            if self.exit_reason is not None:
                break
            generation = self._generation()
            async for event in generation:
                yield self._log(event)
            for event in self._completion_events(generation.completion):
                yield self._log(event)
            async for event in self._act(ctx, generation.completion):
                yield event

    async def xǁRunǁ_steps__mutmut_9(self, ctx: RunContext[Any]) -> AsyncGenerator[RunEvent, None]:
        """The step loop."""
        if self.step is not None and self.step.completion is not None:  # resume: the calls are left
            async for event in self._act(ctx, self.step.completion):
                yield event
        while self.exit_reason is None:
            async for event in self._between_steps():
                yield event
            for event in self._start_step():  # the limits, then the prompt
                yield self._log(None)
            if self.exit_reason is not None:
                break
            generation = self._generation()
            async for event in generation:
                yield self._log(event)
            for event in self._completion_events(generation.completion):
                yield self._log(event)
            async for event in self._act(ctx, generation.completion):
                yield event

    async def xǁRunǁ_steps__mutmut_10(self, ctx: RunContext[Any]) -> AsyncGenerator[RunEvent, None]:
        """The step loop."""
        if self.step is not None and self.step.completion is not None:  # resume: the calls are left
            async for event in self._act(ctx, self.step.completion):
                yield event
        while self.exit_reason is None:
            async for event in self._between_steps():
                yield event
            for event in self._start_step():  # the limits, then the prompt
                yield self._log(event)
            if self.exit_reason is None:
                break
            generation = self._generation()
            async for event in generation:
                yield self._log(event)
            for event in self._completion_events(generation.completion):
                yield self._log(event)
            async for event in self._act(ctx, generation.completion):
                yield event

    async def xǁRunǁ_steps__mutmut_11(self, ctx: RunContext[Any]) -> AsyncGenerator[RunEvent, None]:
        """The step loop."""
        if self.step is not None and self.step.completion is not None:  # resume: the calls are left
            async for event in self._act(ctx, self.step.completion):
                yield event
        while self.exit_reason is None:
            async for event in self._between_steps():
                yield event
            for event in self._start_step():  # the limits, then the prompt
                yield self._log(event)
            if self.exit_reason is not None:
                return
            generation = self._generation()
            async for event in generation:
                yield self._log(event)
            for event in self._completion_events(generation.completion):
                yield self._log(event)
            async for event in self._act(ctx, generation.completion):
                yield event

    async def xǁRunǁ_steps__mutmut_12(self, ctx: RunContext[Any]) -> AsyncGenerator[RunEvent, None]:
        """The step loop."""
        if self.step is not None and self.step.completion is not None:  # resume: the calls are left
            async for event in self._act(ctx, self.step.completion):
                yield event
        while self.exit_reason is None:
            async for event in self._between_steps():
                yield event
            for event in self._start_step():  # the limits, then the prompt
                yield self._log(event)
            if self.exit_reason is not None:
                break
            generation = None
            async for event in generation:
                yield self._log(event)
            for event in self._completion_events(generation.completion):
                yield self._log(event)
            async for event in self._act(ctx, generation.completion):
                yield event

    async def xǁRunǁ_steps__mutmut_13(self, ctx: RunContext[Any]) -> AsyncGenerator[RunEvent, None]:
        """The step loop."""
        if self.step is not None and self.step.completion is not None:  # resume: the calls are left
            async for event in self._act(ctx, self.step.completion):
                yield event
        while self.exit_reason is None:
            async for event in self._between_steps():
                yield event
            for event in self._start_step():  # the limits, then the prompt
                yield self._log(event)
            if self.exit_reason is not None:
                break
            generation = self._generation()
            async for event in generation:
                yield self._log(None)
            for event in self._completion_events(generation.completion):
                yield self._log(event)
            async for event in self._act(ctx, generation.completion):
                yield event

    async def xǁRunǁ_steps__mutmut_14(self, ctx: RunContext[Any]) -> AsyncGenerator[RunEvent, None]:
        """The step loop."""
        if self.step is not None and self.step.completion is not None:  # resume: the calls are left
            async for event in self._act(ctx, self.step.completion):
                yield event
        while self.exit_reason is None:
            async for event in self._between_steps():
                yield event
            for event in self._start_step():  # the limits, then the prompt
                yield self._log(event)
            if self.exit_reason is not None:
                break
            generation = self._generation()
            async for event in generation:
                yield self._log(event)
            for event in self._completion_events(None):
                yield self._log(event)
            async for event in self._act(ctx, generation.completion):
                yield event

    async def xǁRunǁ_steps__mutmut_15(self, ctx: RunContext[Any]) -> AsyncGenerator[RunEvent, None]:
        """The step loop."""
        if self.step is not None and self.step.completion is not None:  # resume: the calls are left
            async for event in self._act(ctx, self.step.completion):
                yield event
        while self.exit_reason is None:
            async for event in self._between_steps():
                yield event
            for event in self._start_step():  # the limits, then the prompt
                yield self._log(event)
            if self.exit_reason is not None:
                break
            generation = self._generation()
            async for event in generation:
                yield self._log(event)
            for event in self._completion_events(generation.completion):
                yield self._log(None)
            async for event in self._act(ctx, generation.completion):
                yield event

    async def xǁRunǁ_steps__mutmut_16(self, ctx: RunContext[Any]) -> AsyncGenerator[RunEvent, None]:
        """The step loop."""
        if self.step is not None and self.step.completion is not None:  # resume: the calls are left
            async for event in self._act(ctx, self.step.completion):
                yield event
        while self.exit_reason is None:
            async for event in self._between_steps():
                yield event
            for event in self._start_step():  # the limits, then the prompt
                yield self._log(event)
            if self.exit_reason is not None:
                break
            generation = self._generation()
            async for event in generation:
                yield self._log(event)
            for event in self._completion_events(generation.completion):
                yield self._log(event)
            async for event in self._act(None, generation.completion):
                yield event

    async def xǁRunǁ_steps__mutmut_17(self, ctx: RunContext[Any]) -> AsyncGenerator[RunEvent, None]:
        """The step loop."""
        if self.step is not None and self.step.completion is not None:  # resume: the calls are left
            async for event in self._act(ctx, self.step.completion):
                yield event
        while self.exit_reason is None:
            async for event in self._between_steps():
                yield event
            for event in self._start_step():  # the limits, then the prompt
                yield self._log(event)
            if self.exit_reason is not None:
                break
            generation = self._generation()
            async for event in generation:
                yield self._log(event)
            for event in self._completion_events(generation.completion):
                yield self._log(event)
            async for event in self._act(ctx, None):
                yield event

    async def xǁRunǁ_steps__mutmut_18(self, ctx: RunContext[Any]) -> AsyncGenerator[RunEvent, None]:
        """The step loop."""
        if self.step is not None and self.step.completion is not None:  # resume: the calls are left
            async for event in self._act(ctx, self.step.completion):
                yield event
        while self.exit_reason is None:
            async for event in self._between_steps():
                yield event
            for event in self._start_step():  # the limits, then the prompt
                yield self._log(event)
            if self.exit_reason is not None:
                break
            generation = self._generation()
            async for event in generation:
                yield self._log(event)
            for event in self._completion_events(generation.completion):
                yield self._log(event)
            async for event in self._act(generation.completion):
                yield event

    async def xǁRunǁ_steps__mutmut_19(self, ctx: RunContext[Any]) -> AsyncGenerator[RunEvent, None]:
        """The step loop."""
        if self.step is not None and self.step.completion is not None:  # resume: the calls are left
            async for event in self._act(ctx, self.step.completion):
                yield event
        while self.exit_reason is None:
            async for event in self._between_steps():
                yield event
            for event in self._start_step():  # the limits, then the prompt
                yield self._log(event)
            if self.exit_reason is not None:
                break
            generation = self._generation()
            async for event in generation:
                yield self._log(event)
            for event in self._completion_events(generation.completion):
                yield self._log(event)
            async for event in self._act(ctx, ):
                yield event

    # -- the steps of a step ------------------------------------------------------------------------------

    @_mutmut_mutated(mutants_xǁRunǁ_between_steps__mutmut)
    async def _between_steps(self) -> AsyncGenerator[RunEvent, None]:
        view = StepView(self.run_id, self.counters.usage.steps + 1, self.state, self.counters, self.spec)
        for hook in self.spec.between_steps:
            for event in await hook(view):
                yield self._log(event)

    # -- the steps of a step ------------------------------------------------------------------------------

    async def xǁRunǁ_between_steps__mutmut_orig(self) -> AsyncGenerator[RunEvent, None]:
        view = StepView(self.run_id, self.counters.usage.steps + 1, self.state, self.counters, self.spec)
        for hook in self.spec.between_steps:
            for event in await hook(view):
                yield self._log(event)

    # -- the steps of a step ------------------------------------------------------------------------------

    async def xǁRunǁ_between_steps__mutmut_1(self) -> AsyncGenerator[RunEvent, None]:
        view = None
        for hook in self.spec.between_steps:
            for event in await hook(view):
                yield self._log(event)

    # -- the steps of a step ------------------------------------------------------------------------------

    async def xǁRunǁ_between_steps__mutmut_2(self) -> AsyncGenerator[RunEvent, None]:
        view = StepView(None, self.counters.usage.steps + 1, self.state, self.counters, self.spec)
        for hook in self.spec.between_steps:
            for event in await hook(view):
                yield self._log(event)

    # -- the steps of a step ------------------------------------------------------------------------------

    async def xǁRunǁ_between_steps__mutmut_3(self) -> AsyncGenerator[RunEvent, None]:
        view = StepView(self.run_id, None, self.state, self.counters, self.spec)
        for hook in self.spec.between_steps:
            for event in await hook(view):
                yield self._log(event)

    # -- the steps of a step ------------------------------------------------------------------------------

    async def xǁRunǁ_between_steps__mutmut_4(self) -> AsyncGenerator[RunEvent, None]:
        view = StepView(self.run_id, self.counters.usage.steps + 1, None, self.counters, self.spec)
        for hook in self.spec.between_steps:
            for event in await hook(view):
                yield self._log(event)

    # -- the steps of a step ------------------------------------------------------------------------------

    async def xǁRunǁ_between_steps__mutmut_5(self) -> AsyncGenerator[RunEvent, None]:
        view = StepView(self.run_id, self.counters.usage.steps + 1, self.state, None, self.spec)
        for hook in self.spec.between_steps:
            for event in await hook(view):
                yield self._log(event)

    # -- the steps of a step ------------------------------------------------------------------------------

    async def xǁRunǁ_between_steps__mutmut_6(self) -> AsyncGenerator[RunEvent, None]:
        view = StepView(self.run_id, self.counters.usage.steps + 1, self.state, self.counters, None)
        for hook in self.spec.between_steps:
            for event in await hook(view):
                yield self._log(event)

    # -- the steps of a step ------------------------------------------------------------------------------

    async def xǁRunǁ_between_steps__mutmut_7(self) -> AsyncGenerator[RunEvent, None]:
        view = StepView(self.counters.usage.steps + 1, self.state, self.counters, self.spec)
        for hook in self.spec.between_steps:
            for event in await hook(view):
                yield self._log(event)

    # -- the steps of a step ------------------------------------------------------------------------------

    async def xǁRunǁ_between_steps__mutmut_8(self) -> AsyncGenerator[RunEvent, None]:
        view = StepView(self.run_id, self.state, self.counters, self.spec)
        for hook in self.spec.between_steps:
            for event in await hook(view):
                yield self._log(event)

    # -- the steps of a step ------------------------------------------------------------------------------

    async def xǁRunǁ_between_steps__mutmut_9(self) -> AsyncGenerator[RunEvent, None]:
        view = StepView(self.run_id, self.counters.usage.steps + 1, self.counters, self.spec)
        for hook in self.spec.between_steps:
            for event in await hook(view):
                yield self._log(event)

    # -- the steps of a step ------------------------------------------------------------------------------

    async def xǁRunǁ_between_steps__mutmut_10(self) -> AsyncGenerator[RunEvent, None]:
        view = StepView(self.run_id, self.counters.usage.steps + 1, self.state, self.spec)
        for hook in self.spec.between_steps:
            for event in await hook(view):
                yield self._log(event)

    # -- the steps of a step ------------------------------------------------------------------------------

    async def xǁRunǁ_between_steps__mutmut_11(self) -> AsyncGenerator[RunEvent, None]:
        view = StepView(self.run_id, self.counters.usage.steps + 1, self.state, self.counters, )
        for hook in self.spec.between_steps:
            for event in await hook(view):
                yield self._log(event)

    # -- the steps of a step ------------------------------------------------------------------------------

    async def xǁRunǁ_between_steps__mutmut_12(self) -> AsyncGenerator[RunEvent, None]:
        view = StepView(self.run_id, self.counters.usage.steps - 1, self.state, self.counters, self.spec)
        for hook in self.spec.between_steps:
            for event in await hook(view):
                yield self._log(event)

    # -- the steps of a step ------------------------------------------------------------------------------

    async def xǁRunǁ_between_steps__mutmut_13(self) -> AsyncGenerator[RunEvent, None]:
        view = StepView(self.run_id, self.counters.usage.steps + 2, self.state, self.counters, self.spec)
        for hook in self.spec.between_steps:
            for event in await hook(view):
                yield self._log(event)

    # -- the steps of a step ------------------------------------------------------------------------------

    async def xǁRunǁ_between_steps__mutmut_14(self) -> AsyncGenerator[RunEvent, None]:
        view = StepView(self.run_id, self.counters.usage.steps + 1, self.state, self.counters, self.spec)
        for hook in self.spec.between_steps:
            for event in await hook(None):
                yield self._log(event)

    # -- the steps of a step ------------------------------------------------------------------------------

    async def xǁRunǁ_between_steps__mutmut_15(self) -> AsyncGenerator[RunEvent, None]:
        view = StepView(self.run_id, self.counters.usage.steps + 1, self.state, self.counters, self.spec)
        for hook in self.spec.between_steps:
            for event in await hook(view):
                yield self._log(None)

    @_mutmut_mutated(mutants_xǁRunǁ_start_step__mutmut)
    def _start_step(self) -> list[RunEvent]:
        """Check the limits and build the next prompt: a StepStarted event, or none when the run ends."""
        if self._stop_if(limits.check(self.spec.limits, self.counters.limit_state(self._elapsed()))):
            return []
        if self.prompt is not None:  # resume: the step was started and recorded already
            return []
        prompt = self.state.next_prompt()
        state = self.counters.limit_state(
            self._elapsed(), prompt_tokens=len(prompt.ids), context_limit=self.spec.context_limit
        )
        if self._stop_if(limits.check(self.spec.limits, state)):
            return []
        number = self.counters.usage.steps + 1
        self.prompt, self.step = prompt, StepRecord(number, prefix_stable=prompt.prefix_stable)
        started = StepStarted(
            run_id=self.run_id,
            step=number,
            prompt_tokens=len(prompt.ids),
            keep_tokens=prompt.keep,
            appended_ids=prompt.appended,
            prefix_stable=prompt.prefix_stable,
        )
        return [started]

    def xǁRunǁ_start_step__mutmut_orig(self) -> list[RunEvent]:
        """Check the limits and build the next prompt: a StepStarted event, or none when the run ends."""
        if self._stop_if(limits.check(self.spec.limits, self.counters.limit_state(self._elapsed()))):
            return []
        if self.prompt is not None:  # resume: the step was started and recorded already
            return []
        prompt = self.state.next_prompt()
        state = self.counters.limit_state(
            self._elapsed(), prompt_tokens=len(prompt.ids), context_limit=self.spec.context_limit
        )
        if self._stop_if(limits.check(self.spec.limits, state)):
            return []
        number = self.counters.usage.steps + 1
        self.prompt, self.step = prompt, StepRecord(number, prefix_stable=prompt.prefix_stable)
        started = StepStarted(
            run_id=self.run_id,
            step=number,
            prompt_tokens=len(prompt.ids),
            keep_tokens=prompt.keep,
            appended_ids=prompt.appended,
            prefix_stable=prompt.prefix_stable,
        )
        return [started]

    def xǁRunǁ_start_step__mutmut_1(self) -> list[RunEvent]:
        """Check the limits and build the next prompt: a StepStarted event, or none when the run ends."""
        if self._stop_if(None):
            return []
        if self.prompt is not None:  # resume: the step was started and recorded already
            return []
        prompt = self.state.next_prompt()
        state = self.counters.limit_state(
            self._elapsed(), prompt_tokens=len(prompt.ids), context_limit=self.spec.context_limit
        )
        if self._stop_if(limits.check(self.spec.limits, state)):
            return []
        number = self.counters.usage.steps + 1
        self.prompt, self.step = prompt, StepRecord(number, prefix_stable=prompt.prefix_stable)
        started = StepStarted(
            run_id=self.run_id,
            step=number,
            prompt_tokens=len(prompt.ids),
            keep_tokens=prompt.keep,
            appended_ids=prompt.appended,
            prefix_stable=prompt.prefix_stable,
        )
        return [started]

    def xǁRunǁ_start_step__mutmut_2(self) -> list[RunEvent]:
        """Check the limits and build the next prompt: a StepStarted event, or none when the run ends."""
        if self._stop_if(limits.check(None, self.counters.limit_state(self._elapsed()))):
            return []
        if self.prompt is not None:  # resume: the step was started and recorded already
            return []
        prompt = self.state.next_prompt()
        state = self.counters.limit_state(
            self._elapsed(), prompt_tokens=len(prompt.ids), context_limit=self.spec.context_limit
        )
        if self._stop_if(limits.check(self.spec.limits, state)):
            return []
        number = self.counters.usage.steps + 1
        self.prompt, self.step = prompt, StepRecord(number, prefix_stable=prompt.prefix_stable)
        started = StepStarted(
            run_id=self.run_id,
            step=number,
            prompt_tokens=len(prompt.ids),
            keep_tokens=prompt.keep,
            appended_ids=prompt.appended,
            prefix_stable=prompt.prefix_stable,
        )
        return [started]

    def xǁRunǁ_start_step__mutmut_3(self) -> list[RunEvent]:
        """Check the limits and build the next prompt: a StepStarted event, or none when the run ends."""
        if self._stop_if(limits.check(self.spec.limits, None)):
            return []
        if self.prompt is not None:  # resume: the step was started and recorded already
            return []
        prompt = self.state.next_prompt()
        state = self.counters.limit_state(
            self._elapsed(), prompt_tokens=len(prompt.ids), context_limit=self.spec.context_limit
        )
        if self._stop_if(limits.check(self.spec.limits, state)):
            return []
        number = self.counters.usage.steps + 1
        self.prompt, self.step = prompt, StepRecord(number, prefix_stable=prompt.prefix_stable)
        started = StepStarted(
            run_id=self.run_id,
            step=number,
            prompt_tokens=len(prompt.ids),
            keep_tokens=prompt.keep,
            appended_ids=prompt.appended,
            prefix_stable=prompt.prefix_stable,
        )
        return [started]

    def xǁRunǁ_start_step__mutmut_4(self) -> list[RunEvent]:
        """Check the limits and build the next prompt: a StepStarted event, or none when the run ends."""
        if self._stop_if(limits.check(self.counters.limit_state(self._elapsed()))):
            return []
        if self.prompt is not None:  # resume: the step was started and recorded already
            return []
        prompt = self.state.next_prompt()
        state = self.counters.limit_state(
            self._elapsed(), prompt_tokens=len(prompt.ids), context_limit=self.spec.context_limit
        )
        if self._stop_if(limits.check(self.spec.limits, state)):
            return []
        number = self.counters.usage.steps + 1
        self.prompt, self.step = prompt, StepRecord(number, prefix_stable=prompt.prefix_stable)
        started = StepStarted(
            run_id=self.run_id,
            step=number,
            prompt_tokens=len(prompt.ids),
            keep_tokens=prompt.keep,
            appended_ids=prompt.appended,
            prefix_stable=prompt.prefix_stable,
        )
        return [started]

    def xǁRunǁ_start_step__mutmut_5(self) -> list[RunEvent]:
        """Check the limits and build the next prompt: a StepStarted event, or none when the run ends."""
        if self._stop_if(limits.check(self.spec.limits, )):
            return []
        if self.prompt is not None:  # resume: the step was started and recorded already
            return []
        prompt = self.state.next_prompt()
        state = self.counters.limit_state(
            self._elapsed(), prompt_tokens=len(prompt.ids), context_limit=self.spec.context_limit
        )
        if self._stop_if(limits.check(self.spec.limits, state)):
            return []
        number = self.counters.usage.steps + 1
        self.prompt, self.step = prompt, StepRecord(number, prefix_stable=prompt.prefix_stable)
        started = StepStarted(
            run_id=self.run_id,
            step=number,
            prompt_tokens=len(prompt.ids),
            keep_tokens=prompt.keep,
            appended_ids=prompt.appended,
            prefix_stable=prompt.prefix_stable,
        )
        return [started]

    def xǁRunǁ_start_step__mutmut_6(self) -> list[RunEvent]:
        """Check the limits and build the next prompt: a StepStarted event, or none when the run ends."""
        if self._stop_if(limits.check(self.spec.limits, self.counters.limit_state(None))):
            return []
        if self.prompt is not None:  # resume: the step was started and recorded already
            return []
        prompt = self.state.next_prompt()
        state = self.counters.limit_state(
            self._elapsed(), prompt_tokens=len(prompt.ids), context_limit=self.spec.context_limit
        )
        if self._stop_if(limits.check(self.spec.limits, state)):
            return []
        number = self.counters.usage.steps + 1
        self.prompt, self.step = prompt, StepRecord(number, prefix_stable=prompt.prefix_stable)
        started = StepStarted(
            run_id=self.run_id,
            step=number,
            prompt_tokens=len(prompt.ids),
            keep_tokens=prompt.keep,
            appended_ids=prompt.appended,
            prefix_stable=prompt.prefix_stable,
        )
        return [started]

    def xǁRunǁ_start_step__mutmut_7(self) -> list[RunEvent]:
        """Check the limits and build the next prompt: a StepStarted event, or none when the run ends."""
        if self._stop_if(limits.check(self.spec.limits, self.counters.limit_state(self._elapsed()))):
            return []
        if self.prompt is None:  # resume: the step was started and recorded already
            return []
        prompt = self.state.next_prompt()
        state = self.counters.limit_state(
            self._elapsed(), prompt_tokens=len(prompt.ids), context_limit=self.spec.context_limit
        )
        if self._stop_if(limits.check(self.spec.limits, state)):
            return []
        number = self.counters.usage.steps + 1
        self.prompt, self.step = prompt, StepRecord(number, prefix_stable=prompt.prefix_stable)
        started = StepStarted(
            run_id=self.run_id,
            step=number,
            prompt_tokens=len(prompt.ids),
            keep_tokens=prompt.keep,
            appended_ids=prompt.appended,
            prefix_stable=prompt.prefix_stable,
        )
        return [started]

    def xǁRunǁ_start_step__mutmut_8(self) -> list[RunEvent]:
        """Check the limits and build the next prompt: a StepStarted event, or none when the run ends."""
        if self._stop_if(limits.check(self.spec.limits, self.counters.limit_state(self._elapsed()))):
            return []
        if self.prompt is not None:  # resume: the step was started and recorded already
            return []
        prompt = None
        state = self.counters.limit_state(
            self._elapsed(), prompt_tokens=len(prompt.ids), context_limit=self.spec.context_limit
        )
        if self._stop_if(limits.check(self.spec.limits, state)):
            return []
        number = self.counters.usage.steps + 1
        self.prompt, self.step = prompt, StepRecord(number, prefix_stable=prompt.prefix_stable)
        started = StepStarted(
            run_id=self.run_id,
            step=number,
            prompt_tokens=len(prompt.ids),
            keep_tokens=prompt.keep,
            appended_ids=prompt.appended,
            prefix_stable=prompt.prefix_stable,
        )
        return [started]

    def xǁRunǁ_start_step__mutmut_9(self) -> list[RunEvent]:
        """Check the limits and build the next prompt: a StepStarted event, or none when the run ends."""
        if self._stop_if(limits.check(self.spec.limits, self.counters.limit_state(self._elapsed()))):
            return []
        if self.prompt is not None:  # resume: the step was started and recorded already
            return []
        prompt = self.state.next_prompt()
        state = None
        if self._stop_if(limits.check(self.spec.limits, state)):
            return []
        number = self.counters.usage.steps + 1
        self.prompt, self.step = prompt, StepRecord(number, prefix_stable=prompt.prefix_stable)
        started = StepStarted(
            run_id=self.run_id,
            step=number,
            prompt_tokens=len(prompt.ids),
            keep_tokens=prompt.keep,
            appended_ids=prompt.appended,
            prefix_stable=prompt.prefix_stable,
        )
        return [started]

    def xǁRunǁ_start_step__mutmut_10(self) -> list[RunEvent]:
        """Check the limits and build the next prompt: a StepStarted event, or none when the run ends."""
        if self._stop_if(limits.check(self.spec.limits, self.counters.limit_state(self._elapsed()))):
            return []
        if self.prompt is not None:  # resume: the step was started and recorded already
            return []
        prompt = self.state.next_prompt()
        state = self.counters.limit_state(
            None, prompt_tokens=len(prompt.ids), context_limit=self.spec.context_limit
        )
        if self._stop_if(limits.check(self.spec.limits, state)):
            return []
        number = self.counters.usage.steps + 1
        self.prompt, self.step = prompt, StepRecord(number, prefix_stable=prompt.prefix_stable)
        started = StepStarted(
            run_id=self.run_id,
            step=number,
            prompt_tokens=len(prompt.ids),
            keep_tokens=prompt.keep,
            appended_ids=prompt.appended,
            prefix_stable=prompt.prefix_stable,
        )
        return [started]

    def xǁRunǁ_start_step__mutmut_11(self) -> list[RunEvent]:
        """Check the limits and build the next prompt: a StepStarted event, or none when the run ends."""
        if self._stop_if(limits.check(self.spec.limits, self.counters.limit_state(self._elapsed()))):
            return []
        if self.prompt is not None:  # resume: the step was started and recorded already
            return []
        prompt = self.state.next_prompt()
        state = self.counters.limit_state(
            self._elapsed(), prompt_tokens=None, context_limit=self.spec.context_limit
        )
        if self._stop_if(limits.check(self.spec.limits, state)):
            return []
        number = self.counters.usage.steps + 1
        self.prompt, self.step = prompt, StepRecord(number, prefix_stable=prompt.prefix_stable)
        started = StepStarted(
            run_id=self.run_id,
            step=number,
            prompt_tokens=len(prompt.ids),
            keep_tokens=prompt.keep,
            appended_ids=prompt.appended,
            prefix_stable=prompt.prefix_stable,
        )
        return [started]

    def xǁRunǁ_start_step__mutmut_12(self) -> list[RunEvent]:
        """Check the limits and build the next prompt: a StepStarted event, or none when the run ends."""
        if self._stop_if(limits.check(self.spec.limits, self.counters.limit_state(self._elapsed()))):
            return []
        if self.prompt is not None:  # resume: the step was started and recorded already
            return []
        prompt = self.state.next_prompt()
        state = self.counters.limit_state(
            self._elapsed(), prompt_tokens=len(prompt.ids), context_limit=None
        )
        if self._stop_if(limits.check(self.spec.limits, state)):
            return []
        number = self.counters.usage.steps + 1
        self.prompt, self.step = prompt, StepRecord(number, prefix_stable=prompt.prefix_stable)
        started = StepStarted(
            run_id=self.run_id,
            step=number,
            prompt_tokens=len(prompt.ids),
            keep_tokens=prompt.keep,
            appended_ids=prompt.appended,
            prefix_stable=prompt.prefix_stable,
        )
        return [started]

    def xǁRunǁ_start_step__mutmut_13(self) -> list[RunEvent]:
        """Check the limits and build the next prompt: a StepStarted event, or none when the run ends."""
        if self._stop_if(limits.check(self.spec.limits, self.counters.limit_state(self._elapsed()))):
            return []
        if self.prompt is not None:  # resume: the step was started and recorded already
            return []
        prompt = self.state.next_prompt()
        state = self.counters.limit_state(
            prompt_tokens=len(prompt.ids), context_limit=self.spec.context_limit
        )
        if self._stop_if(limits.check(self.spec.limits, state)):
            return []
        number = self.counters.usage.steps + 1
        self.prompt, self.step = prompt, StepRecord(number, prefix_stable=prompt.prefix_stable)
        started = StepStarted(
            run_id=self.run_id,
            step=number,
            prompt_tokens=len(prompt.ids),
            keep_tokens=prompt.keep,
            appended_ids=prompt.appended,
            prefix_stable=prompt.prefix_stable,
        )
        return [started]

    def xǁRunǁ_start_step__mutmut_14(self) -> list[RunEvent]:
        """Check the limits and build the next prompt: a StepStarted event, or none when the run ends."""
        if self._stop_if(limits.check(self.spec.limits, self.counters.limit_state(self._elapsed()))):
            return []
        if self.prompt is not None:  # resume: the step was started and recorded already
            return []
        prompt = self.state.next_prompt()
        state = self.counters.limit_state(
            self._elapsed(), context_limit=self.spec.context_limit
        )
        if self._stop_if(limits.check(self.spec.limits, state)):
            return []
        number = self.counters.usage.steps + 1
        self.prompt, self.step = prompt, StepRecord(number, prefix_stable=prompt.prefix_stable)
        started = StepStarted(
            run_id=self.run_id,
            step=number,
            prompt_tokens=len(prompt.ids),
            keep_tokens=prompt.keep,
            appended_ids=prompt.appended,
            prefix_stable=prompt.prefix_stable,
        )
        return [started]

    def xǁRunǁ_start_step__mutmut_15(self) -> list[RunEvent]:
        """Check the limits and build the next prompt: a StepStarted event, or none when the run ends."""
        if self._stop_if(limits.check(self.spec.limits, self.counters.limit_state(self._elapsed()))):
            return []
        if self.prompt is not None:  # resume: the step was started and recorded already
            return []
        prompt = self.state.next_prompt()
        state = self.counters.limit_state(
            self._elapsed(), prompt_tokens=len(prompt.ids), )
        if self._stop_if(limits.check(self.spec.limits, state)):
            return []
        number = self.counters.usage.steps + 1
        self.prompt, self.step = prompt, StepRecord(number, prefix_stable=prompt.prefix_stable)
        started = StepStarted(
            run_id=self.run_id,
            step=number,
            prompt_tokens=len(prompt.ids),
            keep_tokens=prompt.keep,
            appended_ids=prompt.appended,
            prefix_stable=prompt.prefix_stable,
        )
        return [started]

    def xǁRunǁ_start_step__mutmut_16(self) -> list[RunEvent]:
        """Check the limits and build the next prompt: a StepStarted event, or none when the run ends."""
        if self._stop_if(limits.check(self.spec.limits, self.counters.limit_state(self._elapsed()))):
            return []
        if self.prompt is not None:  # resume: the step was started and recorded already
            return []
        prompt = self.state.next_prompt()
        state = self.counters.limit_state(
            self._elapsed(), prompt_tokens=len(prompt.ids), context_limit=self.spec.context_limit
        )
        if self._stop_if(None):
            return []
        number = self.counters.usage.steps + 1
        self.prompt, self.step = prompt, StepRecord(number, prefix_stable=prompt.prefix_stable)
        started = StepStarted(
            run_id=self.run_id,
            step=number,
            prompt_tokens=len(prompt.ids),
            keep_tokens=prompt.keep,
            appended_ids=prompt.appended,
            prefix_stable=prompt.prefix_stable,
        )
        return [started]

    def xǁRunǁ_start_step__mutmut_17(self) -> list[RunEvent]:
        """Check the limits and build the next prompt: a StepStarted event, or none when the run ends."""
        if self._stop_if(limits.check(self.spec.limits, self.counters.limit_state(self._elapsed()))):
            return []
        if self.prompt is not None:  # resume: the step was started and recorded already
            return []
        prompt = self.state.next_prompt()
        state = self.counters.limit_state(
            self._elapsed(), prompt_tokens=len(prompt.ids), context_limit=self.spec.context_limit
        )
        if self._stop_if(limits.check(None, state)):
            return []
        number = self.counters.usage.steps + 1
        self.prompt, self.step = prompt, StepRecord(number, prefix_stable=prompt.prefix_stable)
        started = StepStarted(
            run_id=self.run_id,
            step=number,
            prompt_tokens=len(prompt.ids),
            keep_tokens=prompt.keep,
            appended_ids=prompt.appended,
            prefix_stable=prompt.prefix_stable,
        )
        return [started]

    def xǁRunǁ_start_step__mutmut_18(self) -> list[RunEvent]:
        """Check the limits and build the next prompt: a StepStarted event, or none when the run ends."""
        if self._stop_if(limits.check(self.spec.limits, self.counters.limit_state(self._elapsed()))):
            return []
        if self.prompt is not None:  # resume: the step was started and recorded already
            return []
        prompt = self.state.next_prompt()
        state = self.counters.limit_state(
            self._elapsed(), prompt_tokens=len(prompt.ids), context_limit=self.spec.context_limit
        )
        if self._stop_if(limits.check(self.spec.limits, None)):
            return []
        number = self.counters.usage.steps + 1
        self.prompt, self.step = prompt, StepRecord(number, prefix_stable=prompt.prefix_stable)
        started = StepStarted(
            run_id=self.run_id,
            step=number,
            prompt_tokens=len(prompt.ids),
            keep_tokens=prompt.keep,
            appended_ids=prompt.appended,
            prefix_stable=prompt.prefix_stable,
        )
        return [started]

    def xǁRunǁ_start_step__mutmut_19(self) -> list[RunEvent]:
        """Check the limits and build the next prompt: a StepStarted event, or none when the run ends."""
        if self._stop_if(limits.check(self.spec.limits, self.counters.limit_state(self._elapsed()))):
            return []
        if self.prompt is not None:  # resume: the step was started and recorded already
            return []
        prompt = self.state.next_prompt()
        state = self.counters.limit_state(
            self._elapsed(), prompt_tokens=len(prompt.ids), context_limit=self.spec.context_limit
        )
        if self._stop_if(limits.check(state)):
            return []
        number = self.counters.usage.steps + 1
        self.prompt, self.step = prompt, StepRecord(number, prefix_stable=prompt.prefix_stable)
        started = StepStarted(
            run_id=self.run_id,
            step=number,
            prompt_tokens=len(prompt.ids),
            keep_tokens=prompt.keep,
            appended_ids=prompt.appended,
            prefix_stable=prompt.prefix_stable,
        )
        return [started]

    def xǁRunǁ_start_step__mutmut_20(self) -> list[RunEvent]:
        """Check the limits and build the next prompt: a StepStarted event, or none when the run ends."""
        if self._stop_if(limits.check(self.spec.limits, self.counters.limit_state(self._elapsed()))):
            return []
        if self.prompt is not None:  # resume: the step was started and recorded already
            return []
        prompt = self.state.next_prompt()
        state = self.counters.limit_state(
            self._elapsed(), prompt_tokens=len(prompt.ids), context_limit=self.spec.context_limit
        )
        if self._stop_if(limits.check(self.spec.limits, )):
            return []
        number = self.counters.usage.steps + 1
        self.prompt, self.step = prompt, StepRecord(number, prefix_stable=prompt.prefix_stable)
        started = StepStarted(
            run_id=self.run_id,
            step=number,
            prompt_tokens=len(prompt.ids),
            keep_tokens=prompt.keep,
            appended_ids=prompt.appended,
            prefix_stable=prompt.prefix_stable,
        )
        return [started]

    def xǁRunǁ_start_step__mutmut_21(self) -> list[RunEvent]:
        """Check the limits and build the next prompt: a StepStarted event, or none when the run ends."""
        if self._stop_if(limits.check(self.spec.limits, self.counters.limit_state(self._elapsed()))):
            return []
        if self.prompt is not None:  # resume: the step was started and recorded already
            return []
        prompt = self.state.next_prompt()
        state = self.counters.limit_state(
            self._elapsed(), prompt_tokens=len(prompt.ids), context_limit=self.spec.context_limit
        )
        if self._stop_if(limits.check(self.spec.limits, state)):
            return []
        number = None
        self.prompt, self.step = prompt, StepRecord(number, prefix_stable=prompt.prefix_stable)
        started = StepStarted(
            run_id=self.run_id,
            step=number,
            prompt_tokens=len(prompt.ids),
            keep_tokens=prompt.keep,
            appended_ids=prompt.appended,
            prefix_stable=prompt.prefix_stable,
        )
        return [started]

    def xǁRunǁ_start_step__mutmut_22(self) -> list[RunEvent]:
        """Check the limits and build the next prompt: a StepStarted event, or none when the run ends."""
        if self._stop_if(limits.check(self.spec.limits, self.counters.limit_state(self._elapsed()))):
            return []
        if self.prompt is not None:  # resume: the step was started and recorded already
            return []
        prompt = self.state.next_prompt()
        state = self.counters.limit_state(
            self._elapsed(), prompt_tokens=len(prompt.ids), context_limit=self.spec.context_limit
        )
        if self._stop_if(limits.check(self.spec.limits, state)):
            return []
        number = self.counters.usage.steps - 1
        self.prompt, self.step = prompt, StepRecord(number, prefix_stable=prompt.prefix_stable)
        started = StepStarted(
            run_id=self.run_id,
            step=number,
            prompt_tokens=len(prompt.ids),
            keep_tokens=prompt.keep,
            appended_ids=prompt.appended,
            prefix_stable=prompt.prefix_stable,
        )
        return [started]

    def xǁRunǁ_start_step__mutmut_23(self) -> list[RunEvent]:
        """Check the limits and build the next prompt: a StepStarted event, or none when the run ends."""
        if self._stop_if(limits.check(self.spec.limits, self.counters.limit_state(self._elapsed()))):
            return []
        if self.prompt is not None:  # resume: the step was started and recorded already
            return []
        prompt = self.state.next_prompt()
        state = self.counters.limit_state(
            self._elapsed(), prompt_tokens=len(prompt.ids), context_limit=self.spec.context_limit
        )
        if self._stop_if(limits.check(self.spec.limits, state)):
            return []
        number = self.counters.usage.steps + 2
        self.prompt, self.step = prompt, StepRecord(number, prefix_stable=prompt.prefix_stable)
        started = StepStarted(
            run_id=self.run_id,
            step=number,
            prompt_tokens=len(prompt.ids),
            keep_tokens=prompt.keep,
            appended_ids=prompt.appended,
            prefix_stable=prompt.prefix_stable,
        )
        return [started]

    def xǁRunǁ_start_step__mutmut_24(self) -> list[RunEvent]:
        """Check the limits and build the next prompt: a StepStarted event, or none when the run ends."""
        if self._stop_if(limits.check(self.spec.limits, self.counters.limit_state(self._elapsed()))):
            return []
        if self.prompt is not None:  # resume: the step was started and recorded already
            return []
        prompt = self.state.next_prompt()
        state = self.counters.limit_state(
            self._elapsed(), prompt_tokens=len(prompt.ids), context_limit=self.spec.context_limit
        )
        if self._stop_if(limits.check(self.spec.limits, state)):
            return []
        number = self.counters.usage.steps + 1
        self.prompt, self.step = None
        started = StepStarted(
            run_id=self.run_id,
            step=number,
            prompt_tokens=len(prompt.ids),
            keep_tokens=prompt.keep,
            appended_ids=prompt.appended,
            prefix_stable=prompt.prefix_stable,
        )
        return [started]

    def xǁRunǁ_start_step__mutmut_25(self) -> list[RunEvent]:
        """Check the limits and build the next prompt: a StepStarted event, or none when the run ends."""
        if self._stop_if(limits.check(self.spec.limits, self.counters.limit_state(self._elapsed()))):
            return []
        if self.prompt is not None:  # resume: the step was started and recorded already
            return []
        prompt = self.state.next_prompt()
        state = self.counters.limit_state(
            self._elapsed(), prompt_tokens=len(prompt.ids), context_limit=self.spec.context_limit
        )
        if self._stop_if(limits.check(self.spec.limits, state)):
            return []
        number = self.counters.usage.steps + 1
        self.prompt, self.step = prompt, StepRecord(None, prefix_stable=prompt.prefix_stable)
        started = StepStarted(
            run_id=self.run_id,
            step=number,
            prompt_tokens=len(prompt.ids),
            keep_tokens=prompt.keep,
            appended_ids=prompt.appended,
            prefix_stable=prompt.prefix_stable,
        )
        return [started]

    def xǁRunǁ_start_step__mutmut_26(self) -> list[RunEvent]:
        """Check the limits and build the next prompt: a StepStarted event, or none when the run ends."""
        if self._stop_if(limits.check(self.spec.limits, self.counters.limit_state(self._elapsed()))):
            return []
        if self.prompt is not None:  # resume: the step was started and recorded already
            return []
        prompt = self.state.next_prompt()
        state = self.counters.limit_state(
            self._elapsed(), prompt_tokens=len(prompt.ids), context_limit=self.spec.context_limit
        )
        if self._stop_if(limits.check(self.spec.limits, state)):
            return []
        number = self.counters.usage.steps + 1
        self.prompt, self.step = prompt, StepRecord(number, prefix_stable=None)
        started = StepStarted(
            run_id=self.run_id,
            step=number,
            prompt_tokens=len(prompt.ids),
            keep_tokens=prompt.keep,
            appended_ids=prompt.appended,
            prefix_stable=prompt.prefix_stable,
        )
        return [started]

    def xǁRunǁ_start_step__mutmut_27(self) -> list[RunEvent]:
        """Check the limits and build the next prompt: a StepStarted event, or none when the run ends."""
        if self._stop_if(limits.check(self.spec.limits, self.counters.limit_state(self._elapsed()))):
            return []
        if self.prompt is not None:  # resume: the step was started and recorded already
            return []
        prompt = self.state.next_prompt()
        state = self.counters.limit_state(
            self._elapsed(), prompt_tokens=len(prompt.ids), context_limit=self.spec.context_limit
        )
        if self._stop_if(limits.check(self.spec.limits, state)):
            return []
        number = self.counters.usage.steps + 1
        self.prompt, self.step = prompt, StepRecord(prefix_stable=prompt.prefix_stable)
        started = StepStarted(
            run_id=self.run_id,
            step=number,
            prompt_tokens=len(prompt.ids),
            keep_tokens=prompt.keep,
            appended_ids=prompt.appended,
            prefix_stable=prompt.prefix_stable,
        )
        return [started]

    def xǁRunǁ_start_step__mutmut_28(self) -> list[RunEvent]:
        """Check the limits and build the next prompt: a StepStarted event, or none when the run ends."""
        if self._stop_if(limits.check(self.spec.limits, self.counters.limit_state(self._elapsed()))):
            return []
        if self.prompt is not None:  # resume: the step was started and recorded already
            return []
        prompt = self.state.next_prompt()
        state = self.counters.limit_state(
            self._elapsed(), prompt_tokens=len(prompt.ids), context_limit=self.spec.context_limit
        )
        if self._stop_if(limits.check(self.spec.limits, state)):
            return []
        number = self.counters.usage.steps + 1
        self.prompt, self.step = prompt, StepRecord(number, )
        started = StepStarted(
            run_id=self.run_id,
            step=number,
            prompt_tokens=len(prompt.ids),
            keep_tokens=prompt.keep,
            appended_ids=prompt.appended,
            prefix_stable=prompt.prefix_stable,
        )
        return [started]

    def xǁRunǁ_start_step__mutmut_29(self) -> list[RunEvent]:
        """Check the limits and build the next prompt: a StepStarted event, or none when the run ends."""
        if self._stop_if(limits.check(self.spec.limits, self.counters.limit_state(self._elapsed()))):
            return []
        if self.prompt is not None:  # resume: the step was started and recorded already
            return []
        prompt = self.state.next_prompt()
        state = self.counters.limit_state(
            self._elapsed(), prompt_tokens=len(prompt.ids), context_limit=self.spec.context_limit
        )
        if self._stop_if(limits.check(self.spec.limits, state)):
            return []
        number = self.counters.usage.steps + 1
        self.prompt, self.step = prompt, StepRecord(number, prefix_stable=prompt.prefix_stable)
        started = None
        return [started]

    def xǁRunǁ_start_step__mutmut_30(self) -> list[RunEvent]:
        """Check the limits and build the next prompt: a StepStarted event, or none when the run ends."""
        if self._stop_if(limits.check(self.spec.limits, self.counters.limit_state(self._elapsed()))):
            return []
        if self.prompt is not None:  # resume: the step was started and recorded already
            return []
        prompt = self.state.next_prompt()
        state = self.counters.limit_state(
            self._elapsed(), prompt_tokens=len(prompt.ids), context_limit=self.spec.context_limit
        )
        if self._stop_if(limits.check(self.spec.limits, state)):
            return []
        number = self.counters.usage.steps + 1
        self.prompt, self.step = prompt, StepRecord(number, prefix_stable=prompt.prefix_stable)
        started = StepStarted(
            run_id=None,
            step=number,
            prompt_tokens=len(prompt.ids),
            keep_tokens=prompt.keep,
            appended_ids=prompt.appended,
            prefix_stable=prompt.prefix_stable,
        )
        return [started]

    def xǁRunǁ_start_step__mutmut_31(self) -> list[RunEvent]:
        """Check the limits and build the next prompt: a StepStarted event, or none when the run ends."""
        if self._stop_if(limits.check(self.spec.limits, self.counters.limit_state(self._elapsed()))):
            return []
        if self.prompt is not None:  # resume: the step was started and recorded already
            return []
        prompt = self.state.next_prompt()
        state = self.counters.limit_state(
            self._elapsed(), prompt_tokens=len(prompt.ids), context_limit=self.spec.context_limit
        )
        if self._stop_if(limits.check(self.spec.limits, state)):
            return []
        number = self.counters.usage.steps + 1
        self.prompt, self.step = prompt, StepRecord(number, prefix_stable=prompt.prefix_stable)
        started = StepStarted(
            run_id=self.run_id,
            step=None,
            prompt_tokens=len(prompt.ids),
            keep_tokens=prompt.keep,
            appended_ids=prompt.appended,
            prefix_stable=prompt.prefix_stable,
        )
        return [started]

    def xǁRunǁ_start_step__mutmut_32(self) -> list[RunEvent]:
        """Check the limits and build the next prompt: a StepStarted event, or none when the run ends."""
        if self._stop_if(limits.check(self.spec.limits, self.counters.limit_state(self._elapsed()))):
            return []
        if self.prompt is not None:  # resume: the step was started and recorded already
            return []
        prompt = self.state.next_prompt()
        state = self.counters.limit_state(
            self._elapsed(), prompt_tokens=len(prompt.ids), context_limit=self.spec.context_limit
        )
        if self._stop_if(limits.check(self.spec.limits, state)):
            return []
        number = self.counters.usage.steps + 1
        self.prompt, self.step = prompt, StepRecord(number, prefix_stable=prompt.prefix_stable)
        started = StepStarted(
            run_id=self.run_id,
            step=number,
            prompt_tokens=None,
            keep_tokens=prompt.keep,
            appended_ids=prompt.appended,
            prefix_stable=prompt.prefix_stable,
        )
        return [started]

    def xǁRunǁ_start_step__mutmut_33(self) -> list[RunEvent]:
        """Check the limits and build the next prompt: a StepStarted event, or none when the run ends."""
        if self._stop_if(limits.check(self.spec.limits, self.counters.limit_state(self._elapsed()))):
            return []
        if self.prompt is not None:  # resume: the step was started and recorded already
            return []
        prompt = self.state.next_prompt()
        state = self.counters.limit_state(
            self._elapsed(), prompt_tokens=len(prompt.ids), context_limit=self.spec.context_limit
        )
        if self._stop_if(limits.check(self.spec.limits, state)):
            return []
        number = self.counters.usage.steps + 1
        self.prompt, self.step = prompt, StepRecord(number, prefix_stable=prompt.prefix_stable)
        started = StepStarted(
            run_id=self.run_id,
            step=number,
            prompt_tokens=len(prompt.ids),
            keep_tokens=None,
            appended_ids=prompt.appended,
            prefix_stable=prompt.prefix_stable,
        )
        return [started]

    def xǁRunǁ_start_step__mutmut_34(self) -> list[RunEvent]:
        """Check the limits and build the next prompt: a StepStarted event, or none when the run ends."""
        if self._stop_if(limits.check(self.spec.limits, self.counters.limit_state(self._elapsed()))):
            return []
        if self.prompt is not None:  # resume: the step was started and recorded already
            return []
        prompt = self.state.next_prompt()
        state = self.counters.limit_state(
            self._elapsed(), prompt_tokens=len(prompt.ids), context_limit=self.spec.context_limit
        )
        if self._stop_if(limits.check(self.spec.limits, state)):
            return []
        number = self.counters.usage.steps + 1
        self.prompt, self.step = prompt, StepRecord(number, prefix_stable=prompt.prefix_stable)
        started = StepStarted(
            run_id=self.run_id,
            step=number,
            prompt_tokens=len(prompt.ids),
            keep_tokens=prompt.keep,
            appended_ids=None,
            prefix_stable=prompt.prefix_stable,
        )
        return [started]

    def xǁRunǁ_start_step__mutmut_35(self) -> list[RunEvent]:
        """Check the limits and build the next prompt: a StepStarted event, or none when the run ends."""
        if self._stop_if(limits.check(self.spec.limits, self.counters.limit_state(self._elapsed()))):
            return []
        if self.prompt is not None:  # resume: the step was started and recorded already
            return []
        prompt = self.state.next_prompt()
        state = self.counters.limit_state(
            self._elapsed(), prompt_tokens=len(prompt.ids), context_limit=self.spec.context_limit
        )
        if self._stop_if(limits.check(self.spec.limits, state)):
            return []
        number = self.counters.usage.steps + 1
        self.prompt, self.step = prompt, StepRecord(number, prefix_stable=prompt.prefix_stable)
        started = StepStarted(
            run_id=self.run_id,
            step=number,
            prompt_tokens=len(prompt.ids),
            keep_tokens=prompt.keep,
            appended_ids=prompt.appended,
            prefix_stable=None,
        )
        return [started]

    def xǁRunǁ_start_step__mutmut_36(self) -> list[RunEvent]:
        """Check the limits and build the next prompt: a StepStarted event, or none when the run ends."""
        if self._stop_if(limits.check(self.spec.limits, self.counters.limit_state(self._elapsed()))):
            return []
        if self.prompt is not None:  # resume: the step was started and recorded already
            return []
        prompt = self.state.next_prompt()
        state = self.counters.limit_state(
            self._elapsed(), prompt_tokens=len(prompt.ids), context_limit=self.spec.context_limit
        )
        if self._stop_if(limits.check(self.spec.limits, state)):
            return []
        number = self.counters.usage.steps + 1
        self.prompt, self.step = prompt, StepRecord(number, prefix_stable=prompt.prefix_stable)
        started = StepStarted(
            step=number,
            prompt_tokens=len(prompt.ids),
            keep_tokens=prompt.keep,
            appended_ids=prompt.appended,
            prefix_stable=prompt.prefix_stable,
        )
        return [started]

    def xǁRunǁ_start_step__mutmut_37(self) -> list[RunEvent]:
        """Check the limits and build the next prompt: a StepStarted event, or none when the run ends."""
        if self._stop_if(limits.check(self.spec.limits, self.counters.limit_state(self._elapsed()))):
            return []
        if self.prompt is not None:  # resume: the step was started and recorded already
            return []
        prompt = self.state.next_prompt()
        state = self.counters.limit_state(
            self._elapsed(), prompt_tokens=len(prompt.ids), context_limit=self.spec.context_limit
        )
        if self._stop_if(limits.check(self.spec.limits, state)):
            return []
        number = self.counters.usage.steps + 1
        self.prompt, self.step = prompt, StepRecord(number, prefix_stable=prompt.prefix_stable)
        started = StepStarted(
            run_id=self.run_id,
            prompt_tokens=len(prompt.ids),
            keep_tokens=prompt.keep,
            appended_ids=prompt.appended,
            prefix_stable=prompt.prefix_stable,
        )
        return [started]

    def xǁRunǁ_start_step__mutmut_38(self) -> list[RunEvent]:
        """Check the limits and build the next prompt: a StepStarted event, or none when the run ends."""
        if self._stop_if(limits.check(self.spec.limits, self.counters.limit_state(self._elapsed()))):
            return []
        if self.prompt is not None:  # resume: the step was started and recorded already
            return []
        prompt = self.state.next_prompt()
        state = self.counters.limit_state(
            self._elapsed(), prompt_tokens=len(prompt.ids), context_limit=self.spec.context_limit
        )
        if self._stop_if(limits.check(self.spec.limits, state)):
            return []
        number = self.counters.usage.steps + 1
        self.prompt, self.step = prompt, StepRecord(number, prefix_stable=prompt.prefix_stable)
        started = StepStarted(
            run_id=self.run_id,
            step=number,
            keep_tokens=prompt.keep,
            appended_ids=prompt.appended,
            prefix_stable=prompt.prefix_stable,
        )
        return [started]

    def xǁRunǁ_start_step__mutmut_39(self) -> list[RunEvent]:
        """Check the limits and build the next prompt: a StepStarted event, or none when the run ends."""
        if self._stop_if(limits.check(self.spec.limits, self.counters.limit_state(self._elapsed()))):
            return []
        if self.prompt is not None:  # resume: the step was started and recorded already
            return []
        prompt = self.state.next_prompt()
        state = self.counters.limit_state(
            self._elapsed(), prompt_tokens=len(prompt.ids), context_limit=self.spec.context_limit
        )
        if self._stop_if(limits.check(self.spec.limits, state)):
            return []
        number = self.counters.usage.steps + 1
        self.prompt, self.step = prompt, StepRecord(number, prefix_stable=prompt.prefix_stable)
        started = StepStarted(
            run_id=self.run_id,
            step=number,
            prompt_tokens=len(prompt.ids),
            appended_ids=prompt.appended,
            prefix_stable=prompt.prefix_stable,
        )
        return [started]

    def xǁRunǁ_start_step__mutmut_40(self) -> list[RunEvent]:
        """Check the limits and build the next prompt: a StepStarted event, or none when the run ends."""
        if self._stop_if(limits.check(self.spec.limits, self.counters.limit_state(self._elapsed()))):
            return []
        if self.prompt is not None:  # resume: the step was started and recorded already
            return []
        prompt = self.state.next_prompt()
        state = self.counters.limit_state(
            self._elapsed(), prompt_tokens=len(prompt.ids), context_limit=self.spec.context_limit
        )
        if self._stop_if(limits.check(self.spec.limits, state)):
            return []
        number = self.counters.usage.steps + 1
        self.prompt, self.step = prompt, StepRecord(number, prefix_stable=prompt.prefix_stable)
        started = StepStarted(
            run_id=self.run_id,
            step=number,
            prompt_tokens=len(prompt.ids),
            keep_tokens=prompt.keep,
            prefix_stable=prompt.prefix_stable,
        )
        return [started]

    def xǁRunǁ_start_step__mutmut_41(self) -> list[RunEvent]:
        """Check the limits and build the next prompt: a StepStarted event, or none when the run ends."""
        if self._stop_if(limits.check(self.spec.limits, self.counters.limit_state(self._elapsed()))):
            return []
        if self.prompt is not None:  # resume: the step was started and recorded already
            return []
        prompt = self.state.next_prompt()
        state = self.counters.limit_state(
            self._elapsed(), prompt_tokens=len(prompt.ids), context_limit=self.spec.context_limit
        )
        if self._stop_if(limits.check(self.spec.limits, state)):
            return []
        number = self.counters.usage.steps + 1
        self.prompt, self.step = prompt, StepRecord(number, prefix_stable=prompt.prefix_stable)
        started = StepStarted(
            run_id=self.run_id,
            step=number,
            prompt_tokens=len(prompt.ids),
            keep_tokens=prompt.keep,
            appended_ids=prompt.appended,
            )
        return [started]

    @_mutmut_mutated(mutants_xǁRunǁ_generation__mutmut)
    def _generation(self) -> Generation:
        assert self.step is not None and self.prompt is not None
        prompt, self.prompt = self.prompt, None
        spec, usage = self.spec, self.counters.usage
        budget = limits.step_token_budget(
            spec.limits,
            prompt_tokens=len(prompt.ids),
            context_limit=spec.context_limit,
            generated_tokens=usage.generated_tokens,
        )
        sampling = spec.sampling_for(self.step.number)
        return Generation(
            spec.engine,
            run_id=self.run_id,
            step=self.step.number,
            prompt_ids=prompt.ids,
            sampling=replace(sampling, max_tokens=min(budget, sampling.max_tokens)),
            tool_schemas=spec.tool_schemas,
            media=prompt_media(self.state.messages, prompt.ids, spec.prompt.revision),
            thought_budget=spec.limits.max_thought_tokens_per_step if self.state.thinking else None,
            time_left=self._time_left,
        )

    def xǁRunǁ_generation__mutmut_orig(self) -> Generation:
        assert self.step is not None and self.prompt is not None
        prompt, self.prompt = self.prompt, None
        spec, usage = self.spec, self.counters.usage
        budget = limits.step_token_budget(
            spec.limits,
            prompt_tokens=len(prompt.ids),
            context_limit=spec.context_limit,
            generated_tokens=usage.generated_tokens,
        )
        sampling = spec.sampling_for(self.step.number)
        return Generation(
            spec.engine,
            run_id=self.run_id,
            step=self.step.number,
            prompt_ids=prompt.ids,
            sampling=replace(sampling, max_tokens=min(budget, sampling.max_tokens)),
            tool_schemas=spec.tool_schemas,
            media=prompt_media(self.state.messages, prompt.ids, spec.prompt.revision),
            thought_budget=spec.limits.max_thought_tokens_per_step if self.state.thinking else None,
            time_left=self._time_left,
        )

    def xǁRunǁ_generation__mutmut_1(self) -> Generation:
        assert self.step is not None or self.prompt is not None
        prompt, self.prompt = self.prompt, None
        spec, usage = self.spec, self.counters.usage
        budget = limits.step_token_budget(
            spec.limits,
            prompt_tokens=len(prompt.ids),
            context_limit=spec.context_limit,
            generated_tokens=usage.generated_tokens,
        )
        sampling = spec.sampling_for(self.step.number)
        return Generation(
            spec.engine,
            run_id=self.run_id,
            step=self.step.number,
            prompt_ids=prompt.ids,
            sampling=replace(sampling, max_tokens=min(budget, sampling.max_tokens)),
            tool_schemas=spec.tool_schemas,
            media=prompt_media(self.state.messages, prompt.ids, spec.prompt.revision),
            thought_budget=spec.limits.max_thought_tokens_per_step if self.state.thinking else None,
            time_left=self._time_left,
        )

    def xǁRunǁ_generation__mutmut_2(self) -> Generation:
        assert self.step is None and self.prompt is not None
        prompt, self.prompt = self.prompt, None
        spec, usage = self.spec, self.counters.usage
        budget = limits.step_token_budget(
            spec.limits,
            prompt_tokens=len(prompt.ids),
            context_limit=spec.context_limit,
            generated_tokens=usage.generated_tokens,
        )
        sampling = spec.sampling_for(self.step.number)
        return Generation(
            spec.engine,
            run_id=self.run_id,
            step=self.step.number,
            prompt_ids=prompt.ids,
            sampling=replace(sampling, max_tokens=min(budget, sampling.max_tokens)),
            tool_schemas=spec.tool_schemas,
            media=prompt_media(self.state.messages, prompt.ids, spec.prompt.revision),
            thought_budget=spec.limits.max_thought_tokens_per_step if self.state.thinking else None,
            time_left=self._time_left,
        )

    def xǁRunǁ_generation__mutmut_3(self) -> Generation:
        assert self.step is not None and self.prompt is None
        prompt, self.prompt = self.prompt, None
        spec, usage = self.spec, self.counters.usage
        budget = limits.step_token_budget(
            spec.limits,
            prompt_tokens=len(prompt.ids),
            context_limit=spec.context_limit,
            generated_tokens=usage.generated_tokens,
        )
        sampling = spec.sampling_for(self.step.number)
        return Generation(
            spec.engine,
            run_id=self.run_id,
            step=self.step.number,
            prompt_ids=prompt.ids,
            sampling=replace(sampling, max_tokens=min(budget, sampling.max_tokens)),
            tool_schemas=spec.tool_schemas,
            media=prompt_media(self.state.messages, prompt.ids, spec.prompt.revision),
            thought_budget=spec.limits.max_thought_tokens_per_step if self.state.thinking else None,
            time_left=self._time_left,
        )

    def xǁRunǁ_generation__mutmut_4(self) -> Generation:
        assert self.step is not None and self.prompt is not None
        prompt, self.prompt = None
        spec, usage = self.spec, self.counters.usage
        budget = limits.step_token_budget(
            spec.limits,
            prompt_tokens=len(prompt.ids),
            context_limit=spec.context_limit,
            generated_tokens=usage.generated_tokens,
        )
        sampling = spec.sampling_for(self.step.number)
        return Generation(
            spec.engine,
            run_id=self.run_id,
            step=self.step.number,
            prompt_ids=prompt.ids,
            sampling=replace(sampling, max_tokens=min(budget, sampling.max_tokens)),
            tool_schemas=spec.tool_schemas,
            media=prompt_media(self.state.messages, prompt.ids, spec.prompt.revision),
            thought_budget=spec.limits.max_thought_tokens_per_step if self.state.thinking else None,
            time_left=self._time_left,
        )

    def xǁRunǁ_generation__mutmut_5(self) -> Generation:
        assert self.step is not None and self.prompt is not None
        prompt, self.prompt = self.prompt, None
        spec, usage = None
        budget = limits.step_token_budget(
            spec.limits,
            prompt_tokens=len(prompt.ids),
            context_limit=spec.context_limit,
            generated_tokens=usage.generated_tokens,
        )
        sampling = spec.sampling_for(self.step.number)
        return Generation(
            spec.engine,
            run_id=self.run_id,
            step=self.step.number,
            prompt_ids=prompt.ids,
            sampling=replace(sampling, max_tokens=min(budget, sampling.max_tokens)),
            tool_schemas=spec.tool_schemas,
            media=prompt_media(self.state.messages, prompt.ids, spec.prompt.revision),
            thought_budget=spec.limits.max_thought_tokens_per_step if self.state.thinking else None,
            time_left=self._time_left,
        )

    def xǁRunǁ_generation__mutmut_6(self) -> Generation:
        assert self.step is not None and self.prompt is not None
        prompt, self.prompt = self.prompt, None
        spec, usage = self.spec, self.counters.usage
        budget = None
        sampling = spec.sampling_for(self.step.number)
        return Generation(
            spec.engine,
            run_id=self.run_id,
            step=self.step.number,
            prompt_ids=prompt.ids,
            sampling=replace(sampling, max_tokens=min(budget, sampling.max_tokens)),
            tool_schemas=spec.tool_schemas,
            media=prompt_media(self.state.messages, prompt.ids, spec.prompt.revision),
            thought_budget=spec.limits.max_thought_tokens_per_step if self.state.thinking else None,
            time_left=self._time_left,
        )

    def xǁRunǁ_generation__mutmut_7(self) -> Generation:
        assert self.step is not None and self.prompt is not None
        prompt, self.prompt = self.prompt, None
        spec, usage = self.spec, self.counters.usage
        budget = limits.step_token_budget(
            None,
            prompt_tokens=len(prompt.ids),
            context_limit=spec.context_limit,
            generated_tokens=usage.generated_tokens,
        )
        sampling = spec.sampling_for(self.step.number)
        return Generation(
            spec.engine,
            run_id=self.run_id,
            step=self.step.number,
            prompt_ids=prompt.ids,
            sampling=replace(sampling, max_tokens=min(budget, sampling.max_tokens)),
            tool_schemas=spec.tool_schemas,
            media=prompt_media(self.state.messages, prompt.ids, spec.prompt.revision),
            thought_budget=spec.limits.max_thought_tokens_per_step if self.state.thinking else None,
            time_left=self._time_left,
        )

    def xǁRunǁ_generation__mutmut_8(self) -> Generation:
        assert self.step is not None and self.prompt is not None
        prompt, self.prompt = self.prompt, None
        spec, usage = self.spec, self.counters.usage
        budget = limits.step_token_budget(
            spec.limits,
            prompt_tokens=None,
            context_limit=spec.context_limit,
            generated_tokens=usage.generated_tokens,
        )
        sampling = spec.sampling_for(self.step.number)
        return Generation(
            spec.engine,
            run_id=self.run_id,
            step=self.step.number,
            prompt_ids=prompt.ids,
            sampling=replace(sampling, max_tokens=min(budget, sampling.max_tokens)),
            tool_schemas=spec.tool_schemas,
            media=prompt_media(self.state.messages, prompt.ids, spec.prompt.revision),
            thought_budget=spec.limits.max_thought_tokens_per_step if self.state.thinking else None,
            time_left=self._time_left,
        )

    def xǁRunǁ_generation__mutmut_9(self) -> Generation:
        assert self.step is not None and self.prompt is not None
        prompt, self.prompt = self.prompt, None
        spec, usage = self.spec, self.counters.usage
        budget = limits.step_token_budget(
            spec.limits,
            prompt_tokens=len(prompt.ids),
            context_limit=None,
            generated_tokens=usage.generated_tokens,
        )
        sampling = spec.sampling_for(self.step.number)
        return Generation(
            spec.engine,
            run_id=self.run_id,
            step=self.step.number,
            prompt_ids=prompt.ids,
            sampling=replace(sampling, max_tokens=min(budget, sampling.max_tokens)),
            tool_schemas=spec.tool_schemas,
            media=prompt_media(self.state.messages, prompt.ids, spec.prompt.revision),
            thought_budget=spec.limits.max_thought_tokens_per_step if self.state.thinking else None,
            time_left=self._time_left,
        )

    def xǁRunǁ_generation__mutmut_10(self) -> Generation:
        assert self.step is not None and self.prompt is not None
        prompt, self.prompt = self.prompt, None
        spec, usage = self.spec, self.counters.usage
        budget = limits.step_token_budget(
            spec.limits,
            prompt_tokens=len(prompt.ids),
            context_limit=spec.context_limit,
            generated_tokens=None,
        )
        sampling = spec.sampling_for(self.step.number)
        return Generation(
            spec.engine,
            run_id=self.run_id,
            step=self.step.number,
            prompt_ids=prompt.ids,
            sampling=replace(sampling, max_tokens=min(budget, sampling.max_tokens)),
            tool_schemas=spec.tool_schemas,
            media=prompt_media(self.state.messages, prompt.ids, spec.prompt.revision),
            thought_budget=spec.limits.max_thought_tokens_per_step if self.state.thinking else None,
            time_left=self._time_left,
        )

    def xǁRunǁ_generation__mutmut_11(self) -> Generation:
        assert self.step is not None and self.prompt is not None
        prompt, self.prompt = self.prompt, None
        spec, usage = self.spec, self.counters.usage
        budget = limits.step_token_budget(
            prompt_tokens=len(prompt.ids),
            context_limit=spec.context_limit,
            generated_tokens=usage.generated_tokens,
        )
        sampling = spec.sampling_for(self.step.number)
        return Generation(
            spec.engine,
            run_id=self.run_id,
            step=self.step.number,
            prompt_ids=prompt.ids,
            sampling=replace(sampling, max_tokens=min(budget, sampling.max_tokens)),
            tool_schemas=spec.tool_schemas,
            media=prompt_media(self.state.messages, prompt.ids, spec.prompt.revision),
            thought_budget=spec.limits.max_thought_tokens_per_step if self.state.thinking else None,
            time_left=self._time_left,
        )

    def xǁRunǁ_generation__mutmut_12(self) -> Generation:
        assert self.step is not None and self.prompt is not None
        prompt, self.prompt = self.prompt, None
        spec, usage = self.spec, self.counters.usage
        budget = limits.step_token_budget(
            spec.limits,
            context_limit=spec.context_limit,
            generated_tokens=usage.generated_tokens,
        )
        sampling = spec.sampling_for(self.step.number)
        return Generation(
            spec.engine,
            run_id=self.run_id,
            step=self.step.number,
            prompt_ids=prompt.ids,
            sampling=replace(sampling, max_tokens=min(budget, sampling.max_tokens)),
            tool_schemas=spec.tool_schemas,
            media=prompt_media(self.state.messages, prompt.ids, spec.prompt.revision),
            thought_budget=spec.limits.max_thought_tokens_per_step if self.state.thinking else None,
            time_left=self._time_left,
        )

    def xǁRunǁ_generation__mutmut_13(self) -> Generation:
        assert self.step is not None and self.prompt is not None
        prompt, self.prompt = self.prompt, None
        spec, usage = self.spec, self.counters.usage
        budget = limits.step_token_budget(
            spec.limits,
            prompt_tokens=len(prompt.ids),
            generated_tokens=usage.generated_tokens,
        )
        sampling = spec.sampling_for(self.step.number)
        return Generation(
            spec.engine,
            run_id=self.run_id,
            step=self.step.number,
            prompt_ids=prompt.ids,
            sampling=replace(sampling, max_tokens=min(budget, sampling.max_tokens)),
            tool_schemas=spec.tool_schemas,
            media=prompt_media(self.state.messages, prompt.ids, spec.prompt.revision),
            thought_budget=spec.limits.max_thought_tokens_per_step if self.state.thinking else None,
            time_left=self._time_left,
        )

    def xǁRunǁ_generation__mutmut_14(self) -> Generation:
        assert self.step is not None and self.prompt is not None
        prompt, self.prompt = self.prompt, None
        spec, usage = self.spec, self.counters.usage
        budget = limits.step_token_budget(
            spec.limits,
            prompt_tokens=len(prompt.ids),
            context_limit=spec.context_limit,
            )
        sampling = spec.sampling_for(self.step.number)
        return Generation(
            spec.engine,
            run_id=self.run_id,
            step=self.step.number,
            prompt_ids=prompt.ids,
            sampling=replace(sampling, max_tokens=min(budget, sampling.max_tokens)),
            tool_schemas=spec.tool_schemas,
            media=prompt_media(self.state.messages, prompt.ids, spec.prompt.revision),
            thought_budget=spec.limits.max_thought_tokens_per_step if self.state.thinking else None,
            time_left=self._time_left,
        )

    def xǁRunǁ_generation__mutmut_15(self) -> Generation:
        assert self.step is not None and self.prompt is not None
        prompt, self.prompt = self.prompt, None
        spec, usage = self.spec, self.counters.usage
        budget = limits.step_token_budget(
            spec.limits,
            prompt_tokens=len(prompt.ids),
            context_limit=spec.context_limit,
            generated_tokens=usage.generated_tokens,
        )
        sampling = None
        return Generation(
            spec.engine,
            run_id=self.run_id,
            step=self.step.number,
            prompt_ids=prompt.ids,
            sampling=replace(sampling, max_tokens=min(budget, sampling.max_tokens)),
            tool_schemas=spec.tool_schemas,
            media=prompt_media(self.state.messages, prompt.ids, spec.prompt.revision),
            thought_budget=spec.limits.max_thought_tokens_per_step if self.state.thinking else None,
            time_left=self._time_left,
        )

    def xǁRunǁ_generation__mutmut_16(self) -> Generation:
        assert self.step is not None and self.prompt is not None
        prompt, self.prompt = self.prompt, None
        spec, usage = self.spec, self.counters.usage
        budget = limits.step_token_budget(
            spec.limits,
            prompt_tokens=len(prompt.ids),
            context_limit=spec.context_limit,
            generated_tokens=usage.generated_tokens,
        )
        sampling = spec.sampling_for(None)
        return Generation(
            spec.engine,
            run_id=self.run_id,
            step=self.step.number,
            prompt_ids=prompt.ids,
            sampling=replace(sampling, max_tokens=min(budget, sampling.max_tokens)),
            tool_schemas=spec.tool_schemas,
            media=prompt_media(self.state.messages, prompt.ids, spec.prompt.revision),
            thought_budget=spec.limits.max_thought_tokens_per_step if self.state.thinking else None,
            time_left=self._time_left,
        )

    def xǁRunǁ_generation__mutmut_17(self) -> Generation:
        assert self.step is not None and self.prompt is not None
        prompt, self.prompt = self.prompt, None
        spec, usage = self.spec, self.counters.usage
        budget = limits.step_token_budget(
            spec.limits,
            prompt_tokens=len(prompt.ids),
            context_limit=spec.context_limit,
            generated_tokens=usage.generated_tokens,
        )
        sampling = spec.sampling_for(self.step.number)
        return Generation(
            None,
            run_id=self.run_id,
            step=self.step.number,
            prompt_ids=prompt.ids,
            sampling=replace(sampling, max_tokens=min(budget, sampling.max_tokens)),
            tool_schemas=spec.tool_schemas,
            media=prompt_media(self.state.messages, prompt.ids, spec.prompt.revision),
            thought_budget=spec.limits.max_thought_tokens_per_step if self.state.thinking else None,
            time_left=self._time_left,
        )

    def xǁRunǁ_generation__mutmut_18(self) -> Generation:
        assert self.step is not None and self.prompt is not None
        prompt, self.prompt = self.prompt, None
        spec, usage = self.spec, self.counters.usage
        budget = limits.step_token_budget(
            spec.limits,
            prompt_tokens=len(prompt.ids),
            context_limit=spec.context_limit,
            generated_tokens=usage.generated_tokens,
        )
        sampling = spec.sampling_for(self.step.number)
        return Generation(
            spec.engine,
            run_id=None,
            step=self.step.number,
            prompt_ids=prompt.ids,
            sampling=replace(sampling, max_tokens=min(budget, sampling.max_tokens)),
            tool_schemas=spec.tool_schemas,
            media=prompt_media(self.state.messages, prompt.ids, spec.prompt.revision),
            thought_budget=spec.limits.max_thought_tokens_per_step if self.state.thinking else None,
            time_left=self._time_left,
        )

    def xǁRunǁ_generation__mutmut_19(self) -> Generation:
        assert self.step is not None and self.prompt is not None
        prompt, self.prompt = self.prompt, None
        spec, usage = self.spec, self.counters.usage
        budget = limits.step_token_budget(
            spec.limits,
            prompt_tokens=len(prompt.ids),
            context_limit=spec.context_limit,
            generated_tokens=usage.generated_tokens,
        )
        sampling = spec.sampling_for(self.step.number)
        return Generation(
            spec.engine,
            run_id=self.run_id,
            step=None,
            prompt_ids=prompt.ids,
            sampling=replace(sampling, max_tokens=min(budget, sampling.max_tokens)),
            tool_schemas=spec.tool_schemas,
            media=prompt_media(self.state.messages, prompt.ids, spec.prompt.revision),
            thought_budget=spec.limits.max_thought_tokens_per_step if self.state.thinking else None,
            time_left=self._time_left,
        )

    def xǁRunǁ_generation__mutmut_20(self) -> Generation:
        assert self.step is not None and self.prompt is not None
        prompt, self.prompt = self.prompt, None
        spec, usage = self.spec, self.counters.usage
        budget = limits.step_token_budget(
            spec.limits,
            prompt_tokens=len(prompt.ids),
            context_limit=spec.context_limit,
            generated_tokens=usage.generated_tokens,
        )
        sampling = spec.sampling_for(self.step.number)
        return Generation(
            spec.engine,
            run_id=self.run_id,
            step=self.step.number,
            prompt_ids=None,
            sampling=replace(sampling, max_tokens=min(budget, sampling.max_tokens)),
            tool_schemas=spec.tool_schemas,
            media=prompt_media(self.state.messages, prompt.ids, spec.prompt.revision),
            thought_budget=spec.limits.max_thought_tokens_per_step if self.state.thinking else None,
            time_left=self._time_left,
        )

    def xǁRunǁ_generation__mutmut_21(self) -> Generation:
        assert self.step is not None and self.prompt is not None
        prompt, self.prompt = self.prompt, None
        spec, usage = self.spec, self.counters.usage
        budget = limits.step_token_budget(
            spec.limits,
            prompt_tokens=len(prompt.ids),
            context_limit=spec.context_limit,
            generated_tokens=usage.generated_tokens,
        )
        sampling = spec.sampling_for(self.step.number)
        return Generation(
            spec.engine,
            run_id=self.run_id,
            step=self.step.number,
            prompt_ids=prompt.ids,
            sampling=None,
            tool_schemas=spec.tool_schemas,
            media=prompt_media(self.state.messages, prompt.ids, spec.prompt.revision),
            thought_budget=spec.limits.max_thought_tokens_per_step if self.state.thinking else None,
            time_left=self._time_left,
        )

    def xǁRunǁ_generation__mutmut_22(self) -> Generation:
        assert self.step is not None and self.prompt is not None
        prompt, self.prompt = self.prompt, None
        spec, usage = self.spec, self.counters.usage
        budget = limits.step_token_budget(
            spec.limits,
            prompt_tokens=len(prompt.ids),
            context_limit=spec.context_limit,
            generated_tokens=usage.generated_tokens,
        )
        sampling = spec.sampling_for(self.step.number)
        return Generation(
            spec.engine,
            run_id=self.run_id,
            step=self.step.number,
            prompt_ids=prompt.ids,
            sampling=replace(sampling, max_tokens=min(budget, sampling.max_tokens)),
            tool_schemas=None,
            media=prompt_media(self.state.messages, prompt.ids, spec.prompt.revision),
            thought_budget=spec.limits.max_thought_tokens_per_step if self.state.thinking else None,
            time_left=self._time_left,
        )

    def xǁRunǁ_generation__mutmut_23(self) -> Generation:
        assert self.step is not None and self.prompt is not None
        prompt, self.prompt = self.prompt, None
        spec, usage = self.spec, self.counters.usage
        budget = limits.step_token_budget(
            spec.limits,
            prompt_tokens=len(prompt.ids),
            context_limit=spec.context_limit,
            generated_tokens=usage.generated_tokens,
        )
        sampling = spec.sampling_for(self.step.number)
        return Generation(
            spec.engine,
            run_id=self.run_id,
            step=self.step.number,
            prompt_ids=prompt.ids,
            sampling=replace(sampling, max_tokens=min(budget, sampling.max_tokens)),
            tool_schemas=spec.tool_schemas,
            media=None,
            thought_budget=spec.limits.max_thought_tokens_per_step if self.state.thinking else None,
            time_left=self._time_left,
        )

    def xǁRunǁ_generation__mutmut_24(self) -> Generation:
        assert self.step is not None and self.prompt is not None
        prompt, self.prompt = self.prompt, None
        spec, usage = self.spec, self.counters.usage
        budget = limits.step_token_budget(
            spec.limits,
            prompt_tokens=len(prompt.ids),
            context_limit=spec.context_limit,
            generated_tokens=usage.generated_tokens,
        )
        sampling = spec.sampling_for(self.step.number)
        return Generation(
            spec.engine,
            run_id=self.run_id,
            step=self.step.number,
            prompt_ids=prompt.ids,
            sampling=replace(sampling, max_tokens=min(budget, sampling.max_tokens)),
            tool_schemas=spec.tool_schemas,
            media=prompt_media(self.state.messages, prompt.ids, spec.prompt.revision),
            thought_budget=None,
            time_left=self._time_left,
        )

    def xǁRunǁ_generation__mutmut_25(self) -> Generation:
        assert self.step is not None and self.prompt is not None
        prompt, self.prompt = self.prompt, None
        spec, usage = self.spec, self.counters.usage
        budget = limits.step_token_budget(
            spec.limits,
            prompt_tokens=len(prompt.ids),
            context_limit=spec.context_limit,
            generated_tokens=usage.generated_tokens,
        )
        sampling = spec.sampling_for(self.step.number)
        return Generation(
            spec.engine,
            run_id=self.run_id,
            step=self.step.number,
            prompt_ids=prompt.ids,
            sampling=replace(sampling, max_tokens=min(budget, sampling.max_tokens)),
            tool_schemas=spec.tool_schemas,
            media=prompt_media(self.state.messages, prompt.ids, spec.prompt.revision),
            thought_budget=spec.limits.max_thought_tokens_per_step if self.state.thinking else None,
            time_left=None,
        )

    def xǁRunǁ_generation__mutmut_26(self) -> Generation:
        assert self.step is not None and self.prompt is not None
        prompt, self.prompt = self.prompt, None
        spec, usage = self.spec, self.counters.usage
        budget = limits.step_token_budget(
            spec.limits,
            prompt_tokens=len(prompt.ids),
            context_limit=spec.context_limit,
            generated_tokens=usage.generated_tokens,
        )
        sampling = spec.sampling_for(self.step.number)
        return Generation(
            run_id=self.run_id,
            step=self.step.number,
            prompt_ids=prompt.ids,
            sampling=replace(sampling, max_tokens=min(budget, sampling.max_tokens)),
            tool_schemas=spec.tool_schemas,
            media=prompt_media(self.state.messages, prompt.ids, spec.prompt.revision),
            thought_budget=spec.limits.max_thought_tokens_per_step if self.state.thinking else None,
            time_left=self._time_left,
        )

    def xǁRunǁ_generation__mutmut_27(self) -> Generation:
        assert self.step is not None and self.prompt is not None
        prompt, self.prompt = self.prompt, None
        spec, usage = self.spec, self.counters.usage
        budget = limits.step_token_budget(
            spec.limits,
            prompt_tokens=len(prompt.ids),
            context_limit=spec.context_limit,
            generated_tokens=usage.generated_tokens,
        )
        sampling = spec.sampling_for(self.step.number)
        return Generation(
            spec.engine,
            step=self.step.number,
            prompt_ids=prompt.ids,
            sampling=replace(sampling, max_tokens=min(budget, sampling.max_tokens)),
            tool_schemas=spec.tool_schemas,
            media=prompt_media(self.state.messages, prompt.ids, spec.prompt.revision),
            thought_budget=spec.limits.max_thought_tokens_per_step if self.state.thinking else None,
            time_left=self._time_left,
        )

    def xǁRunǁ_generation__mutmut_28(self) -> Generation:
        assert self.step is not None and self.prompt is not None
        prompt, self.prompt = self.prompt, None
        spec, usage = self.spec, self.counters.usage
        budget = limits.step_token_budget(
            spec.limits,
            prompt_tokens=len(prompt.ids),
            context_limit=spec.context_limit,
            generated_tokens=usage.generated_tokens,
        )
        sampling = spec.sampling_for(self.step.number)
        return Generation(
            spec.engine,
            run_id=self.run_id,
            prompt_ids=prompt.ids,
            sampling=replace(sampling, max_tokens=min(budget, sampling.max_tokens)),
            tool_schemas=spec.tool_schemas,
            media=prompt_media(self.state.messages, prompt.ids, spec.prompt.revision),
            thought_budget=spec.limits.max_thought_tokens_per_step if self.state.thinking else None,
            time_left=self._time_left,
        )

    def xǁRunǁ_generation__mutmut_29(self) -> Generation:
        assert self.step is not None and self.prompt is not None
        prompt, self.prompt = self.prompt, None
        spec, usage = self.spec, self.counters.usage
        budget = limits.step_token_budget(
            spec.limits,
            prompt_tokens=len(prompt.ids),
            context_limit=spec.context_limit,
            generated_tokens=usage.generated_tokens,
        )
        sampling = spec.sampling_for(self.step.number)
        return Generation(
            spec.engine,
            run_id=self.run_id,
            step=self.step.number,
            sampling=replace(sampling, max_tokens=min(budget, sampling.max_tokens)),
            tool_schemas=spec.tool_schemas,
            media=prompt_media(self.state.messages, prompt.ids, spec.prompt.revision),
            thought_budget=spec.limits.max_thought_tokens_per_step if self.state.thinking else None,
            time_left=self._time_left,
        )

    def xǁRunǁ_generation__mutmut_30(self) -> Generation:
        assert self.step is not None and self.prompt is not None
        prompt, self.prompt = self.prompt, None
        spec, usage = self.spec, self.counters.usage
        budget = limits.step_token_budget(
            spec.limits,
            prompt_tokens=len(prompt.ids),
            context_limit=spec.context_limit,
            generated_tokens=usage.generated_tokens,
        )
        sampling = spec.sampling_for(self.step.number)
        return Generation(
            spec.engine,
            run_id=self.run_id,
            step=self.step.number,
            prompt_ids=prompt.ids,
            tool_schemas=spec.tool_schemas,
            media=prompt_media(self.state.messages, prompt.ids, spec.prompt.revision),
            thought_budget=spec.limits.max_thought_tokens_per_step if self.state.thinking else None,
            time_left=self._time_left,
        )

    def xǁRunǁ_generation__mutmut_31(self) -> Generation:
        assert self.step is not None and self.prompt is not None
        prompt, self.prompt = self.prompt, None
        spec, usage = self.spec, self.counters.usage
        budget = limits.step_token_budget(
            spec.limits,
            prompt_tokens=len(prompt.ids),
            context_limit=spec.context_limit,
            generated_tokens=usage.generated_tokens,
        )
        sampling = spec.sampling_for(self.step.number)
        return Generation(
            spec.engine,
            run_id=self.run_id,
            step=self.step.number,
            prompt_ids=prompt.ids,
            sampling=replace(sampling, max_tokens=min(budget, sampling.max_tokens)),
            media=prompt_media(self.state.messages, prompt.ids, spec.prompt.revision),
            thought_budget=spec.limits.max_thought_tokens_per_step if self.state.thinking else None,
            time_left=self._time_left,
        )

    def xǁRunǁ_generation__mutmut_32(self) -> Generation:
        assert self.step is not None and self.prompt is not None
        prompt, self.prompt = self.prompt, None
        spec, usage = self.spec, self.counters.usage
        budget = limits.step_token_budget(
            spec.limits,
            prompt_tokens=len(prompt.ids),
            context_limit=spec.context_limit,
            generated_tokens=usage.generated_tokens,
        )
        sampling = spec.sampling_for(self.step.number)
        return Generation(
            spec.engine,
            run_id=self.run_id,
            step=self.step.number,
            prompt_ids=prompt.ids,
            sampling=replace(sampling, max_tokens=min(budget, sampling.max_tokens)),
            tool_schemas=spec.tool_schemas,
            thought_budget=spec.limits.max_thought_tokens_per_step if self.state.thinking else None,
            time_left=self._time_left,
        )

    def xǁRunǁ_generation__mutmut_33(self) -> Generation:
        assert self.step is not None and self.prompt is not None
        prompt, self.prompt = self.prompt, None
        spec, usage = self.spec, self.counters.usage
        budget = limits.step_token_budget(
            spec.limits,
            prompt_tokens=len(prompt.ids),
            context_limit=spec.context_limit,
            generated_tokens=usage.generated_tokens,
        )
        sampling = spec.sampling_for(self.step.number)
        return Generation(
            spec.engine,
            run_id=self.run_id,
            step=self.step.number,
            prompt_ids=prompt.ids,
            sampling=replace(sampling, max_tokens=min(budget, sampling.max_tokens)),
            tool_schemas=spec.tool_schemas,
            media=prompt_media(self.state.messages, prompt.ids, spec.prompt.revision),
            time_left=self._time_left,
        )

    def xǁRunǁ_generation__mutmut_34(self) -> Generation:
        assert self.step is not None and self.prompt is not None
        prompt, self.prompt = self.prompt, None
        spec, usage = self.spec, self.counters.usage
        budget = limits.step_token_budget(
            spec.limits,
            prompt_tokens=len(prompt.ids),
            context_limit=spec.context_limit,
            generated_tokens=usage.generated_tokens,
        )
        sampling = spec.sampling_for(self.step.number)
        return Generation(
            spec.engine,
            run_id=self.run_id,
            step=self.step.number,
            prompt_ids=prompt.ids,
            sampling=replace(sampling, max_tokens=min(budget, sampling.max_tokens)),
            tool_schemas=spec.tool_schemas,
            media=prompt_media(self.state.messages, prompt.ids, spec.prompt.revision),
            thought_budget=spec.limits.max_thought_tokens_per_step if self.state.thinking else None,
            )

    def xǁRunǁ_generation__mutmut_35(self) -> Generation:
        assert self.step is not None and self.prompt is not None
        prompt, self.prompt = self.prompt, None
        spec, usage = self.spec, self.counters.usage
        budget = limits.step_token_budget(
            spec.limits,
            prompt_tokens=len(prompt.ids),
            context_limit=spec.context_limit,
            generated_tokens=usage.generated_tokens,
        )
        sampling = spec.sampling_for(self.step.number)
        return Generation(
            spec.engine,
            run_id=self.run_id,
            step=self.step.number,
            prompt_ids=prompt.ids,
            sampling=replace(None, max_tokens=min(budget, sampling.max_tokens)),
            tool_schemas=spec.tool_schemas,
            media=prompt_media(self.state.messages, prompt.ids, spec.prompt.revision),
            thought_budget=spec.limits.max_thought_tokens_per_step if self.state.thinking else None,
            time_left=self._time_left,
        )

    def xǁRunǁ_generation__mutmut_36(self) -> Generation:
        assert self.step is not None and self.prompt is not None
        prompt, self.prompt = self.prompt, None
        spec, usage = self.spec, self.counters.usage
        budget = limits.step_token_budget(
            spec.limits,
            prompt_tokens=len(prompt.ids),
            context_limit=spec.context_limit,
            generated_tokens=usage.generated_tokens,
        )
        sampling = spec.sampling_for(self.step.number)
        return Generation(
            spec.engine,
            run_id=self.run_id,
            step=self.step.number,
            prompt_ids=prompt.ids,
            sampling=replace(sampling, max_tokens=None),
            tool_schemas=spec.tool_schemas,
            media=prompt_media(self.state.messages, prompt.ids, spec.prompt.revision),
            thought_budget=spec.limits.max_thought_tokens_per_step if self.state.thinking else None,
            time_left=self._time_left,
        )

    def xǁRunǁ_generation__mutmut_37(self) -> Generation:
        assert self.step is not None and self.prompt is not None
        prompt, self.prompt = self.prompt, None
        spec, usage = self.spec, self.counters.usage
        budget = limits.step_token_budget(
            spec.limits,
            prompt_tokens=len(prompt.ids),
            context_limit=spec.context_limit,
            generated_tokens=usage.generated_tokens,
        )
        sampling = spec.sampling_for(self.step.number)
        return Generation(
            spec.engine,
            run_id=self.run_id,
            step=self.step.number,
            prompt_ids=prompt.ids,
            sampling=replace(max_tokens=min(budget, sampling.max_tokens)),
            tool_schemas=spec.tool_schemas,
            media=prompt_media(self.state.messages, prompt.ids, spec.prompt.revision),
            thought_budget=spec.limits.max_thought_tokens_per_step if self.state.thinking else None,
            time_left=self._time_left,
        )

    def xǁRunǁ_generation__mutmut_38(self) -> Generation:
        assert self.step is not None and self.prompt is not None
        prompt, self.prompt = self.prompt, None
        spec, usage = self.spec, self.counters.usage
        budget = limits.step_token_budget(
            spec.limits,
            prompt_tokens=len(prompt.ids),
            context_limit=spec.context_limit,
            generated_tokens=usage.generated_tokens,
        )
        sampling = spec.sampling_for(self.step.number)
        return Generation(
            spec.engine,
            run_id=self.run_id,
            step=self.step.number,
            prompt_ids=prompt.ids,
            sampling=replace(sampling, ),
            tool_schemas=spec.tool_schemas,
            media=prompt_media(self.state.messages, prompt.ids, spec.prompt.revision),
            thought_budget=spec.limits.max_thought_tokens_per_step if self.state.thinking else None,
            time_left=self._time_left,
        )

    def xǁRunǁ_generation__mutmut_39(self) -> Generation:
        assert self.step is not None and self.prompt is not None
        prompt, self.prompt = self.prompt, None
        spec, usage = self.spec, self.counters.usage
        budget = limits.step_token_budget(
            spec.limits,
            prompt_tokens=len(prompt.ids),
            context_limit=spec.context_limit,
            generated_tokens=usage.generated_tokens,
        )
        sampling = spec.sampling_for(self.step.number)
        return Generation(
            spec.engine,
            run_id=self.run_id,
            step=self.step.number,
            prompt_ids=prompt.ids,
            sampling=replace(sampling, max_tokens=min(None, sampling.max_tokens)),
            tool_schemas=spec.tool_schemas,
            media=prompt_media(self.state.messages, prompt.ids, spec.prompt.revision),
            thought_budget=spec.limits.max_thought_tokens_per_step if self.state.thinking else None,
            time_left=self._time_left,
        )

    def xǁRunǁ_generation__mutmut_40(self) -> Generation:
        assert self.step is not None and self.prompt is not None
        prompt, self.prompt = self.prompt, None
        spec, usage = self.spec, self.counters.usage
        budget = limits.step_token_budget(
            spec.limits,
            prompt_tokens=len(prompt.ids),
            context_limit=spec.context_limit,
            generated_tokens=usage.generated_tokens,
        )
        sampling = spec.sampling_for(self.step.number)
        return Generation(
            spec.engine,
            run_id=self.run_id,
            step=self.step.number,
            prompt_ids=prompt.ids,
            sampling=replace(sampling, max_tokens=min(budget, None)),
            tool_schemas=spec.tool_schemas,
            media=prompt_media(self.state.messages, prompt.ids, spec.prompt.revision),
            thought_budget=spec.limits.max_thought_tokens_per_step if self.state.thinking else None,
            time_left=self._time_left,
        )

    def xǁRunǁ_generation__mutmut_41(self) -> Generation:
        assert self.step is not None and self.prompt is not None
        prompt, self.prompt = self.prompt, None
        spec, usage = self.spec, self.counters.usage
        budget = limits.step_token_budget(
            spec.limits,
            prompt_tokens=len(prompt.ids),
            context_limit=spec.context_limit,
            generated_tokens=usage.generated_tokens,
        )
        sampling = spec.sampling_for(self.step.number)
        return Generation(
            spec.engine,
            run_id=self.run_id,
            step=self.step.number,
            prompt_ids=prompt.ids,
            sampling=replace(sampling, max_tokens=min(sampling.max_tokens)),
            tool_schemas=spec.tool_schemas,
            media=prompt_media(self.state.messages, prompt.ids, spec.prompt.revision),
            thought_budget=spec.limits.max_thought_tokens_per_step if self.state.thinking else None,
            time_left=self._time_left,
        )

    def xǁRunǁ_generation__mutmut_42(self) -> Generation:
        assert self.step is not None and self.prompt is not None
        prompt, self.prompt = self.prompt, None
        spec, usage = self.spec, self.counters.usage
        budget = limits.step_token_budget(
            spec.limits,
            prompt_tokens=len(prompt.ids),
            context_limit=spec.context_limit,
            generated_tokens=usage.generated_tokens,
        )
        sampling = spec.sampling_for(self.step.number)
        return Generation(
            spec.engine,
            run_id=self.run_id,
            step=self.step.number,
            prompt_ids=prompt.ids,
            sampling=replace(sampling, max_tokens=min(budget, )),
            tool_schemas=spec.tool_schemas,
            media=prompt_media(self.state.messages, prompt.ids, spec.prompt.revision),
            thought_budget=spec.limits.max_thought_tokens_per_step if self.state.thinking else None,
            time_left=self._time_left,
        )

    def xǁRunǁ_generation__mutmut_43(self) -> Generation:
        assert self.step is not None and self.prompt is not None
        prompt, self.prompt = self.prompt, None
        spec, usage = self.spec, self.counters.usage
        budget = limits.step_token_budget(
            spec.limits,
            prompt_tokens=len(prompt.ids),
            context_limit=spec.context_limit,
            generated_tokens=usage.generated_tokens,
        )
        sampling = spec.sampling_for(self.step.number)
        return Generation(
            spec.engine,
            run_id=self.run_id,
            step=self.step.number,
            prompt_ids=prompt.ids,
            sampling=replace(sampling, max_tokens=min(budget, sampling.max_tokens)),
            tool_schemas=spec.tool_schemas,
            media=prompt_media(None, prompt.ids, spec.prompt.revision),
            thought_budget=spec.limits.max_thought_tokens_per_step if self.state.thinking else None,
            time_left=self._time_left,
        )

    def xǁRunǁ_generation__mutmut_44(self) -> Generation:
        assert self.step is not None and self.prompt is not None
        prompt, self.prompt = self.prompt, None
        spec, usage = self.spec, self.counters.usage
        budget = limits.step_token_budget(
            spec.limits,
            prompt_tokens=len(prompt.ids),
            context_limit=spec.context_limit,
            generated_tokens=usage.generated_tokens,
        )
        sampling = spec.sampling_for(self.step.number)
        return Generation(
            spec.engine,
            run_id=self.run_id,
            step=self.step.number,
            prompt_ids=prompt.ids,
            sampling=replace(sampling, max_tokens=min(budget, sampling.max_tokens)),
            tool_schemas=spec.tool_schemas,
            media=prompt_media(self.state.messages, None, spec.prompt.revision),
            thought_budget=spec.limits.max_thought_tokens_per_step if self.state.thinking else None,
            time_left=self._time_left,
        )

    def xǁRunǁ_generation__mutmut_45(self) -> Generation:
        assert self.step is not None and self.prompt is not None
        prompt, self.prompt = self.prompt, None
        spec, usage = self.spec, self.counters.usage
        budget = limits.step_token_budget(
            spec.limits,
            prompt_tokens=len(prompt.ids),
            context_limit=spec.context_limit,
            generated_tokens=usage.generated_tokens,
        )
        sampling = spec.sampling_for(self.step.number)
        return Generation(
            spec.engine,
            run_id=self.run_id,
            step=self.step.number,
            prompt_ids=prompt.ids,
            sampling=replace(sampling, max_tokens=min(budget, sampling.max_tokens)),
            tool_schemas=spec.tool_schemas,
            media=prompt_media(self.state.messages, prompt.ids, None),
            thought_budget=spec.limits.max_thought_tokens_per_step if self.state.thinking else None,
            time_left=self._time_left,
        )

    def xǁRunǁ_generation__mutmut_46(self) -> Generation:
        assert self.step is not None and self.prompt is not None
        prompt, self.prompt = self.prompt, None
        spec, usage = self.spec, self.counters.usage
        budget = limits.step_token_budget(
            spec.limits,
            prompt_tokens=len(prompt.ids),
            context_limit=spec.context_limit,
            generated_tokens=usage.generated_tokens,
        )
        sampling = spec.sampling_for(self.step.number)
        return Generation(
            spec.engine,
            run_id=self.run_id,
            step=self.step.number,
            prompt_ids=prompt.ids,
            sampling=replace(sampling, max_tokens=min(budget, sampling.max_tokens)),
            tool_schemas=spec.tool_schemas,
            media=prompt_media(prompt.ids, spec.prompt.revision),
            thought_budget=spec.limits.max_thought_tokens_per_step if self.state.thinking else None,
            time_left=self._time_left,
        )

    def xǁRunǁ_generation__mutmut_47(self) -> Generation:
        assert self.step is not None and self.prompt is not None
        prompt, self.prompt = self.prompt, None
        spec, usage = self.spec, self.counters.usage
        budget = limits.step_token_budget(
            spec.limits,
            prompt_tokens=len(prompt.ids),
            context_limit=spec.context_limit,
            generated_tokens=usage.generated_tokens,
        )
        sampling = spec.sampling_for(self.step.number)
        return Generation(
            spec.engine,
            run_id=self.run_id,
            step=self.step.number,
            prompt_ids=prompt.ids,
            sampling=replace(sampling, max_tokens=min(budget, sampling.max_tokens)),
            tool_schemas=spec.tool_schemas,
            media=prompt_media(self.state.messages, spec.prompt.revision),
            thought_budget=spec.limits.max_thought_tokens_per_step if self.state.thinking else None,
            time_left=self._time_left,
        )

    def xǁRunǁ_generation__mutmut_48(self) -> Generation:
        assert self.step is not None and self.prompt is not None
        prompt, self.prompt = self.prompt, None
        spec, usage = self.spec, self.counters.usage
        budget = limits.step_token_budget(
            spec.limits,
            prompt_tokens=len(prompt.ids),
            context_limit=spec.context_limit,
            generated_tokens=usage.generated_tokens,
        )
        sampling = spec.sampling_for(self.step.number)
        return Generation(
            spec.engine,
            run_id=self.run_id,
            step=self.step.number,
            prompt_ids=prompt.ids,
            sampling=replace(sampling, max_tokens=min(budget, sampling.max_tokens)),
            tool_schemas=spec.tool_schemas,
            media=prompt_media(self.state.messages, prompt.ids, ),
            thought_budget=spec.limits.max_thought_tokens_per_step if self.state.thinking else None,
            time_left=self._time_left,
        )

    def xǁRunǁ_generation__mutmut_49(self) -> Generation:
        assert self.step is not None and self.prompt is not None
        prompt, self.prompt = self.prompt, None
        spec, usage = self.spec, self.counters.usage
        budget = limits.step_token_budget(
            spec.limits,
            prompt_tokens=len(prompt.ids),
            context_limit=spec.context_limit,
            generated_tokens=usage.generated_tokens,
        )
        sampling = spec.sampling_for(self.step.number)
        return Generation(
            spec.engine,
            run_id=self.run_id,
            step=self.step.number,
            prompt_ids=prompt.ids,
            sampling=replace(sampling, max_tokens=min(budget, sampling.max_tokens)),
            tool_schemas=spec.tool_schemas,
            media=prompt_media(self.state.messages, prompt.ids, spec.prompt.revision),
            thought_budget=spec.limits.max_thought_tokens_per_step if (self.state.thinking) and False else None,
            time_left=self._time_left,
        )

    def xǁRunǁ_generation__mutmut_50(self) -> Generation:
        assert self.step is not None and self.prompt is not None
        prompt, self.prompt = self.prompt, None
        spec, usage = self.spec, self.counters.usage
        budget = limits.step_token_budget(
            spec.limits,
            prompt_tokens=len(prompt.ids),
            context_limit=spec.context_limit,
            generated_tokens=usage.generated_tokens,
        )
        sampling = spec.sampling_for(self.step.number)
        return Generation(
            spec.engine,
            run_id=self.run_id,
            step=self.step.number,
            prompt_ids=prompt.ids,
            sampling=replace(sampling, max_tokens=min(budget, sampling.max_tokens)),
            tool_schemas=spec.tool_schemas,
            media=prompt_media(self.state.messages, prompt.ids, spec.prompt.revision),
            thought_budget=spec.limits.max_thought_tokens_per_step if (self.state.thinking) or True else None,
            time_left=self._time_left,
        )

    @_mutmut_mutated(mutants_xǁRunǁ_completion_events__mutmut)
    def _completion_events(self, completion: Completion) -> list[RunEvent]:
        return [completion_event(self.run_id, completion), usage_event(self.run_id, completion)]

    def xǁRunǁ_completion_events__mutmut_orig(self, completion: Completion) -> list[RunEvent]:
        return [completion_event(self.run_id, completion), usage_event(self.run_id, completion)]

    def xǁRunǁ_completion_events__mutmut_1(self, completion: Completion) -> list[RunEvent]:
        return [completion_event(None, completion), usage_event(self.run_id, completion)]

    def xǁRunǁ_completion_events__mutmut_2(self, completion: Completion) -> list[RunEvent]:
        return [completion_event(self.run_id, None), usage_event(self.run_id, completion)]

    def xǁRunǁ_completion_events__mutmut_3(self, completion: Completion) -> list[RunEvent]:
        return [completion_event(completion), usage_event(self.run_id, completion)]

    def xǁRunǁ_completion_events__mutmut_4(self, completion: Completion) -> list[RunEvent]:
        return [completion_event(self.run_id, ), usage_event(self.run_id, completion)]

    def xǁRunǁ_completion_events__mutmut_5(self, completion: Completion) -> list[RunEvent]:
        return [completion_event(self.run_id, completion), usage_event(None, completion)]

    def xǁRunǁ_completion_events__mutmut_6(self, completion: Completion) -> list[RunEvent]:
        return [completion_event(self.run_id, completion), usage_event(self.run_id, None)]

    def xǁRunǁ_completion_events__mutmut_7(self, completion: Completion) -> list[RunEvent]:
        return [completion_event(self.run_id, completion), usage_event(completion)]

    def xǁRunǁ_completion_events__mutmut_8(self, completion: Completion) -> list[RunEvent]:
        return [completion_event(self.run_id, completion), usage_event(self.run_id, )]

    @_mutmut_mutated(mutants_xǁRunǁ_act__mutmut)
    async def _act(self, ctx: RunContext[Any], completion: Completion) -> AsyncGenerator[RunEvent, None]:
        """Take the step's answer, or run its calls; then conclude the step."""
        assert self.step is not None
        calls = plan_calls(completion.step, completion.parsed)
        self.step = replace(self.step, completion=completion, calls=calls)
        if completion.timed_out:
            self._conclude()
            self._stop_if(limits.wall_time_stop(self.spec.limits))
            return
        if not calls:
            async for event in self._answer(completion):
                yield event
            return
        known, self.known_results = self.known_results, {}
        for event in _call_events(self.run_id, completion.step, calls, known):
            yield self._log(event)
        to_run = [p for p in calls if p.call_id not in known]
        with anyio.move_on_after(self._time_left()) as scope:
            fresh = await dispatch(
                to_run, self.spec.tools, ctx, step=completion.step, parallel=self.spec.parallel_tool_calls
            )
        if scope.cancelled_caught:
            self._conclude()
            self._stop_if(limits.wall_time_stop(self.spec.limits, " during tool calls"))
            return
        for planned, result in zip(to_run, fresh, strict=True):
            yield self._log(
                result_event(self.run_id, completion.step, planned.call_id, planned.call.name, result)
            )
        self.step = replace(self.step, results={**known, **{p.call_id: r for p, r in zip(to_run, fresh)}})
        self._conclude()

    async def xǁRunǁ_act__mutmut_orig(self, ctx: RunContext[Any], completion: Completion) -> AsyncGenerator[RunEvent, None]:
        """Take the step's answer, or run its calls; then conclude the step."""
        assert self.step is not None
        calls = plan_calls(completion.step, completion.parsed)
        self.step = replace(self.step, completion=completion, calls=calls)
        if completion.timed_out:
            self._conclude()
            self._stop_if(limits.wall_time_stop(self.spec.limits))
            return
        if not calls:
            async for event in self._answer(completion):
                yield event
            return
        known, self.known_results = self.known_results, {}
        for event in _call_events(self.run_id, completion.step, calls, known):
            yield self._log(event)
        to_run = [p for p in calls if p.call_id not in known]
        with anyio.move_on_after(self._time_left()) as scope:
            fresh = await dispatch(
                to_run, self.spec.tools, ctx, step=completion.step, parallel=self.spec.parallel_tool_calls
            )
        if scope.cancelled_caught:
            self._conclude()
            self._stop_if(limits.wall_time_stop(self.spec.limits, " during tool calls"))
            return
        for planned, result in zip(to_run, fresh, strict=True):
            yield self._log(
                result_event(self.run_id, completion.step, planned.call_id, planned.call.name, result)
            )
        self.step = replace(self.step, results={**known, **{p.call_id: r for p, r in zip(to_run, fresh)}})
        self._conclude()

    async def xǁRunǁ_act__mutmut_1(self, ctx: RunContext[Any], completion: Completion) -> AsyncGenerator[RunEvent, None]:
        """Take the step's answer, or run its calls; then conclude the step."""
        assert self.step is None
        calls = plan_calls(completion.step, completion.parsed)
        self.step = replace(self.step, completion=completion, calls=calls)
        if completion.timed_out:
            self._conclude()
            self._stop_if(limits.wall_time_stop(self.spec.limits))
            return
        if not calls:
            async for event in self._answer(completion):
                yield event
            return
        known, self.known_results = self.known_results, {}
        for event in _call_events(self.run_id, completion.step, calls, known):
            yield self._log(event)
        to_run = [p for p in calls if p.call_id not in known]
        with anyio.move_on_after(self._time_left()) as scope:
            fresh = await dispatch(
                to_run, self.spec.tools, ctx, step=completion.step, parallel=self.spec.parallel_tool_calls
            )
        if scope.cancelled_caught:
            self._conclude()
            self._stop_if(limits.wall_time_stop(self.spec.limits, " during tool calls"))
            return
        for planned, result in zip(to_run, fresh, strict=True):
            yield self._log(
                result_event(self.run_id, completion.step, planned.call_id, planned.call.name, result)
            )
        self.step = replace(self.step, results={**known, **{p.call_id: r for p, r in zip(to_run, fresh)}})
        self._conclude()

    async def xǁRunǁ_act__mutmut_2(self, ctx: RunContext[Any], completion: Completion) -> AsyncGenerator[RunEvent, None]:
        """Take the step's answer, or run its calls; then conclude the step."""
        assert self.step is not None
        calls = None
        self.step = replace(self.step, completion=completion, calls=calls)
        if completion.timed_out:
            self._conclude()
            self._stop_if(limits.wall_time_stop(self.spec.limits))
            return
        if not calls:
            async for event in self._answer(completion):
                yield event
            return
        known, self.known_results = self.known_results, {}
        for event in _call_events(self.run_id, completion.step, calls, known):
            yield self._log(event)
        to_run = [p for p in calls if p.call_id not in known]
        with anyio.move_on_after(self._time_left()) as scope:
            fresh = await dispatch(
                to_run, self.spec.tools, ctx, step=completion.step, parallel=self.spec.parallel_tool_calls
            )
        if scope.cancelled_caught:
            self._conclude()
            self._stop_if(limits.wall_time_stop(self.spec.limits, " during tool calls"))
            return
        for planned, result in zip(to_run, fresh, strict=True):
            yield self._log(
                result_event(self.run_id, completion.step, planned.call_id, planned.call.name, result)
            )
        self.step = replace(self.step, results={**known, **{p.call_id: r for p, r in zip(to_run, fresh)}})
        self._conclude()

    async def xǁRunǁ_act__mutmut_3(self, ctx: RunContext[Any], completion: Completion) -> AsyncGenerator[RunEvent, None]:
        """Take the step's answer, or run its calls; then conclude the step."""
        assert self.step is not None
        calls = plan_calls(None, completion.parsed)
        self.step = replace(self.step, completion=completion, calls=calls)
        if completion.timed_out:
            self._conclude()
            self._stop_if(limits.wall_time_stop(self.spec.limits))
            return
        if not calls:
            async for event in self._answer(completion):
                yield event
            return
        known, self.known_results = self.known_results, {}
        for event in _call_events(self.run_id, completion.step, calls, known):
            yield self._log(event)
        to_run = [p for p in calls if p.call_id not in known]
        with anyio.move_on_after(self._time_left()) as scope:
            fresh = await dispatch(
                to_run, self.spec.tools, ctx, step=completion.step, parallel=self.spec.parallel_tool_calls
            )
        if scope.cancelled_caught:
            self._conclude()
            self._stop_if(limits.wall_time_stop(self.spec.limits, " during tool calls"))
            return
        for planned, result in zip(to_run, fresh, strict=True):
            yield self._log(
                result_event(self.run_id, completion.step, planned.call_id, planned.call.name, result)
            )
        self.step = replace(self.step, results={**known, **{p.call_id: r for p, r in zip(to_run, fresh)}})
        self._conclude()

    async def xǁRunǁ_act__mutmut_4(self, ctx: RunContext[Any], completion: Completion) -> AsyncGenerator[RunEvent, None]:
        """Take the step's answer, or run its calls; then conclude the step."""
        assert self.step is not None
        calls = plan_calls(completion.step, None)
        self.step = replace(self.step, completion=completion, calls=calls)
        if completion.timed_out:
            self._conclude()
            self._stop_if(limits.wall_time_stop(self.spec.limits))
            return
        if not calls:
            async for event in self._answer(completion):
                yield event
            return
        known, self.known_results = self.known_results, {}
        for event in _call_events(self.run_id, completion.step, calls, known):
            yield self._log(event)
        to_run = [p for p in calls if p.call_id not in known]
        with anyio.move_on_after(self._time_left()) as scope:
            fresh = await dispatch(
                to_run, self.spec.tools, ctx, step=completion.step, parallel=self.spec.parallel_tool_calls
            )
        if scope.cancelled_caught:
            self._conclude()
            self._stop_if(limits.wall_time_stop(self.spec.limits, " during tool calls"))
            return
        for planned, result in zip(to_run, fresh, strict=True):
            yield self._log(
                result_event(self.run_id, completion.step, planned.call_id, planned.call.name, result)
            )
        self.step = replace(self.step, results={**known, **{p.call_id: r for p, r in zip(to_run, fresh)}})
        self._conclude()

    async def xǁRunǁ_act__mutmut_5(self, ctx: RunContext[Any], completion: Completion) -> AsyncGenerator[RunEvent, None]:
        """Take the step's answer, or run its calls; then conclude the step."""
        assert self.step is not None
        calls = plan_calls(completion.parsed)
        self.step = replace(self.step, completion=completion, calls=calls)
        if completion.timed_out:
            self._conclude()
            self._stop_if(limits.wall_time_stop(self.spec.limits))
            return
        if not calls:
            async for event in self._answer(completion):
                yield event
            return
        known, self.known_results = self.known_results, {}
        for event in _call_events(self.run_id, completion.step, calls, known):
            yield self._log(event)
        to_run = [p for p in calls if p.call_id not in known]
        with anyio.move_on_after(self._time_left()) as scope:
            fresh = await dispatch(
                to_run, self.spec.tools, ctx, step=completion.step, parallel=self.spec.parallel_tool_calls
            )
        if scope.cancelled_caught:
            self._conclude()
            self._stop_if(limits.wall_time_stop(self.spec.limits, " during tool calls"))
            return
        for planned, result in zip(to_run, fresh, strict=True):
            yield self._log(
                result_event(self.run_id, completion.step, planned.call_id, planned.call.name, result)
            )
        self.step = replace(self.step, results={**known, **{p.call_id: r for p, r in zip(to_run, fresh)}})
        self._conclude()

    async def xǁRunǁ_act__mutmut_6(self, ctx: RunContext[Any], completion: Completion) -> AsyncGenerator[RunEvent, None]:
        """Take the step's answer, or run its calls; then conclude the step."""
        assert self.step is not None
        calls = plan_calls(completion.step, )
        self.step = replace(self.step, completion=completion, calls=calls)
        if completion.timed_out:
            self._conclude()
            self._stop_if(limits.wall_time_stop(self.spec.limits))
            return
        if not calls:
            async for event in self._answer(completion):
                yield event
            return
        known, self.known_results = self.known_results, {}
        for event in _call_events(self.run_id, completion.step, calls, known):
            yield self._log(event)
        to_run = [p for p in calls if p.call_id not in known]
        with anyio.move_on_after(self._time_left()) as scope:
            fresh = await dispatch(
                to_run, self.spec.tools, ctx, step=completion.step, parallel=self.spec.parallel_tool_calls
            )
        if scope.cancelled_caught:
            self._conclude()
            self._stop_if(limits.wall_time_stop(self.spec.limits, " during tool calls"))
            return
        for planned, result in zip(to_run, fresh, strict=True):
            yield self._log(
                result_event(self.run_id, completion.step, planned.call_id, planned.call.name, result)
            )
        self.step = replace(self.step, results={**known, **{p.call_id: r for p, r in zip(to_run, fresh)}})
        self._conclude()

    async def xǁRunǁ_act__mutmut_7(self, ctx: RunContext[Any], completion: Completion) -> AsyncGenerator[RunEvent, None]:
        """Take the step's answer, or run its calls; then conclude the step."""
        assert self.step is not None
        calls = plan_calls(completion.step, completion.parsed)
        self.step = None
        if completion.timed_out:
            self._conclude()
            self._stop_if(limits.wall_time_stop(self.spec.limits))
            return
        if not calls:
            async for event in self._answer(completion):
                yield event
            return
        known, self.known_results = self.known_results, {}
        for event in _call_events(self.run_id, completion.step, calls, known):
            yield self._log(event)
        to_run = [p for p in calls if p.call_id not in known]
        with anyio.move_on_after(self._time_left()) as scope:
            fresh = await dispatch(
                to_run, self.spec.tools, ctx, step=completion.step, parallel=self.spec.parallel_tool_calls
            )
        if scope.cancelled_caught:
            self._conclude()
            self._stop_if(limits.wall_time_stop(self.spec.limits, " during tool calls"))
            return
        for planned, result in zip(to_run, fresh, strict=True):
            yield self._log(
                result_event(self.run_id, completion.step, planned.call_id, planned.call.name, result)
            )
        self.step = replace(self.step, results={**known, **{p.call_id: r for p, r in zip(to_run, fresh)}})
        self._conclude()

    async def xǁRunǁ_act__mutmut_8(self, ctx: RunContext[Any], completion: Completion) -> AsyncGenerator[RunEvent, None]:
        """Take the step's answer, or run its calls; then conclude the step."""
        assert self.step is not None
        calls = plan_calls(completion.step, completion.parsed)
        self.step = replace(None, completion=completion, calls=calls)
        if completion.timed_out:
            self._conclude()
            self._stop_if(limits.wall_time_stop(self.spec.limits))
            return
        if not calls:
            async for event in self._answer(completion):
                yield event
            return
        known, self.known_results = self.known_results, {}
        for event in _call_events(self.run_id, completion.step, calls, known):
            yield self._log(event)
        to_run = [p for p in calls if p.call_id not in known]
        with anyio.move_on_after(self._time_left()) as scope:
            fresh = await dispatch(
                to_run, self.spec.tools, ctx, step=completion.step, parallel=self.spec.parallel_tool_calls
            )
        if scope.cancelled_caught:
            self._conclude()
            self._stop_if(limits.wall_time_stop(self.spec.limits, " during tool calls"))
            return
        for planned, result in zip(to_run, fresh, strict=True):
            yield self._log(
                result_event(self.run_id, completion.step, planned.call_id, planned.call.name, result)
            )
        self.step = replace(self.step, results={**known, **{p.call_id: r for p, r in zip(to_run, fresh)}})
        self._conclude()

    async def xǁRunǁ_act__mutmut_9(self, ctx: RunContext[Any], completion: Completion) -> AsyncGenerator[RunEvent, None]:
        """Take the step's answer, or run its calls; then conclude the step."""
        assert self.step is not None
        calls = plan_calls(completion.step, completion.parsed)
        self.step = replace(self.step, completion=None, calls=calls)
        if completion.timed_out:
            self._conclude()
            self._stop_if(limits.wall_time_stop(self.spec.limits))
            return
        if not calls:
            async for event in self._answer(completion):
                yield event
            return
        known, self.known_results = self.known_results, {}
        for event in _call_events(self.run_id, completion.step, calls, known):
            yield self._log(event)
        to_run = [p for p in calls if p.call_id not in known]
        with anyio.move_on_after(self._time_left()) as scope:
            fresh = await dispatch(
                to_run, self.spec.tools, ctx, step=completion.step, parallel=self.spec.parallel_tool_calls
            )
        if scope.cancelled_caught:
            self._conclude()
            self._stop_if(limits.wall_time_stop(self.spec.limits, " during tool calls"))
            return
        for planned, result in zip(to_run, fresh, strict=True):
            yield self._log(
                result_event(self.run_id, completion.step, planned.call_id, planned.call.name, result)
            )
        self.step = replace(self.step, results={**known, **{p.call_id: r for p, r in zip(to_run, fresh)}})
        self._conclude()

    async def xǁRunǁ_act__mutmut_10(self, ctx: RunContext[Any], completion: Completion) -> AsyncGenerator[RunEvent, None]:
        """Take the step's answer, or run its calls; then conclude the step."""
        assert self.step is not None
        calls = plan_calls(completion.step, completion.parsed)
        self.step = replace(self.step, completion=completion, calls=None)
        if completion.timed_out:
            self._conclude()
            self._stop_if(limits.wall_time_stop(self.spec.limits))
            return
        if not calls:
            async for event in self._answer(completion):
                yield event
            return
        known, self.known_results = self.known_results, {}
        for event in _call_events(self.run_id, completion.step, calls, known):
            yield self._log(event)
        to_run = [p for p in calls if p.call_id not in known]
        with anyio.move_on_after(self._time_left()) as scope:
            fresh = await dispatch(
                to_run, self.spec.tools, ctx, step=completion.step, parallel=self.spec.parallel_tool_calls
            )
        if scope.cancelled_caught:
            self._conclude()
            self._stop_if(limits.wall_time_stop(self.spec.limits, " during tool calls"))
            return
        for planned, result in zip(to_run, fresh, strict=True):
            yield self._log(
                result_event(self.run_id, completion.step, planned.call_id, planned.call.name, result)
            )
        self.step = replace(self.step, results={**known, **{p.call_id: r for p, r in zip(to_run, fresh)}})
        self._conclude()

    async def xǁRunǁ_act__mutmut_11(self, ctx: RunContext[Any], completion: Completion) -> AsyncGenerator[RunEvent, None]:
        """Take the step's answer, or run its calls; then conclude the step."""
        assert self.step is not None
        calls = plan_calls(completion.step, completion.parsed)
        self.step = replace(completion=completion, calls=calls)
        if completion.timed_out:
            self._conclude()
            self._stop_if(limits.wall_time_stop(self.spec.limits))
            return
        if not calls:
            async for event in self._answer(completion):
                yield event
            return
        known, self.known_results = self.known_results, {}
        for event in _call_events(self.run_id, completion.step, calls, known):
            yield self._log(event)
        to_run = [p for p in calls if p.call_id not in known]
        with anyio.move_on_after(self._time_left()) as scope:
            fresh = await dispatch(
                to_run, self.spec.tools, ctx, step=completion.step, parallel=self.spec.parallel_tool_calls
            )
        if scope.cancelled_caught:
            self._conclude()
            self._stop_if(limits.wall_time_stop(self.spec.limits, " during tool calls"))
            return
        for planned, result in zip(to_run, fresh, strict=True):
            yield self._log(
                result_event(self.run_id, completion.step, planned.call_id, planned.call.name, result)
            )
        self.step = replace(self.step, results={**known, **{p.call_id: r for p, r in zip(to_run, fresh)}})
        self._conclude()

    async def xǁRunǁ_act__mutmut_12(self, ctx: RunContext[Any], completion: Completion) -> AsyncGenerator[RunEvent, None]:
        """Take the step's answer, or run its calls; then conclude the step."""
        assert self.step is not None
        calls = plan_calls(completion.step, completion.parsed)
        self.step = replace(self.step, calls=calls)
        if completion.timed_out:
            self._conclude()
            self._stop_if(limits.wall_time_stop(self.spec.limits))
            return
        if not calls:
            async for event in self._answer(completion):
                yield event
            return
        known, self.known_results = self.known_results, {}
        for event in _call_events(self.run_id, completion.step, calls, known):
            yield self._log(event)
        to_run = [p for p in calls if p.call_id not in known]
        with anyio.move_on_after(self._time_left()) as scope:
            fresh = await dispatch(
                to_run, self.spec.tools, ctx, step=completion.step, parallel=self.spec.parallel_tool_calls
            )
        if scope.cancelled_caught:
            self._conclude()
            self._stop_if(limits.wall_time_stop(self.spec.limits, " during tool calls"))
            return
        for planned, result in zip(to_run, fresh, strict=True):
            yield self._log(
                result_event(self.run_id, completion.step, planned.call_id, planned.call.name, result)
            )
        self.step = replace(self.step, results={**known, **{p.call_id: r for p, r in zip(to_run, fresh)}})
        self._conclude()

    async def xǁRunǁ_act__mutmut_13(self, ctx: RunContext[Any], completion: Completion) -> AsyncGenerator[RunEvent, None]:
        """Take the step's answer, or run its calls; then conclude the step."""
        assert self.step is not None
        calls = plan_calls(completion.step, completion.parsed)
        self.step = replace(self.step, completion=completion, )
        if completion.timed_out:
            self._conclude()
            self._stop_if(limits.wall_time_stop(self.spec.limits))
            return
        if not calls:
            async for event in self._answer(completion):
                yield event
            return
        known, self.known_results = self.known_results, {}
        for event in _call_events(self.run_id, completion.step, calls, known):
            yield self._log(event)
        to_run = [p for p in calls if p.call_id not in known]
        with anyio.move_on_after(self._time_left()) as scope:
            fresh = await dispatch(
                to_run, self.spec.tools, ctx, step=completion.step, parallel=self.spec.parallel_tool_calls
            )
        if scope.cancelled_caught:
            self._conclude()
            self._stop_if(limits.wall_time_stop(self.spec.limits, " during tool calls"))
            return
        for planned, result in zip(to_run, fresh, strict=True):
            yield self._log(
                result_event(self.run_id, completion.step, planned.call_id, planned.call.name, result)
            )
        self.step = replace(self.step, results={**known, **{p.call_id: r for p, r in zip(to_run, fresh)}})
        self._conclude()

    async def xǁRunǁ_act__mutmut_14(self, ctx: RunContext[Any], completion: Completion) -> AsyncGenerator[RunEvent, None]:
        """Take the step's answer, or run its calls; then conclude the step."""
        assert self.step is not None
        calls = plan_calls(completion.step, completion.parsed)
        self.step = replace(self.step, completion=completion, calls=calls)
        if completion.timed_out:
            self._conclude()
            self._stop_if(None)
            return
        if not calls:
            async for event in self._answer(completion):
                yield event
            return
        known, self.known_results = self.known_results, {}
        for event in _call_events(self.run_id, completion.step, calls, known):
            yield self._log(event)
        to_run = [p for p in calls if p.call_id not in known]
        with anyio.move_on_after(self._time_left()) as scope:
            fresh = await dispatch(
                to_run, self.spec.tools, ctx, step=completion.step, parallel=self.spec.parallel_tool_calls
            )
        if scope.cancelled_caught:
            self._conclude()
            self._stop_if(limits.wall_time_stop(self.spec.limits, " during tool calls"))
            return
        for planned, result in zip(to_run, fresh, strict=True):
            yield self._log(
                result_event(self.run_id, completion.step, planned.call_id, planned.call.name, result)
            )
        self.step = replace(self.step, results={**known, **{p.call_id: r for p, r in zip(to_run, fresh)}})
        self._conclude()

    async def xǁRunǁ_act__mutmut_15(self, ctx: RunContext[Any], completion: Completion) -> AsyncGenerator[RunEvent, None]:
        """Take the step's answer, or run its calls; then conclude the step."""
        assert self.step is not None
        calls = plan_calls(completion.step, completion.parsed)
        self.step = replace(self.step, completion=completion, calls=calls)
        if completion.timed_out:
            self._conclude()
            self._stop_if(limits.wall_time_stop(None))
            return
        if not calls:
            async for event in self._answer(completion):
                yield event
            return
        known, self.known_results = self.known_results, {}
        for event in _call_events(self.run_id, completion.step, calls, known):
            yield self._log(event)
        to_run = [p for p in calls if p.call_id not in known]
        with anyio.move_on_after(self._time_left()) as scope:
            fresh = await dispatch(
                to_run, self.spec.tools, ctx, step=completion.step, parallel=self.spec.parallel_tool_calls
            )
        if scope.cancelled_caught:
            self._conclude()
            self._stop_if(limits.wall_time_stop(self.spec.limits, " during tool calls"))
            return
        for planned, result in zip(to_run, fresh, strict=True):
            yield self._log(
                result_event(self.run_id, completion.step, planned.call_id, planned.call.name, result)
            )
        self.step = replace(self.step, results={**known, **{p.call_id: r for p, r in zip(to_run, fresh)}})
        self._conclude()

    async def xǁRunǁ_act__mutmut_16(self, ctx: RunContext[Any], completion: Completion) -> AsyncGenerator[RunEvent, None]:
        """Take the step's answer, or run its calls; then conclude the step."""
        assert self.step is not None
        calls = plan_calls(completion.step, completion.parsed)
        self.step = replace(self.step, completion=completion, calls=calls)
        if completion.timed_out:
            self._conclude()
            self._stop_if(limits.wall_time_stop(self.spec.limits))
            return
        if calls:
            async for event in self._answer(completion):
                yield event
            return
        known, self.known_results = self.known_results, {}
        for event in _call_events(self.run_id, completion.step, calls, known):
            yield self._log(event)
        to_run = [p for p in calls if p.call_id not in known]
        with anyio.move_on_after(self._time_left()) as scope:
            fresh = await dispatch(
                to_run, self.spec.tools, ctx, step=completion.step, parallel=self.spec.parallel_tool_calls
            )
        if scope.cancelled_caught:
            self._conclude()
            self._stop_if(limits.wall_time_stop(self.spec.limits, " during tool calls"))
            return
        for planned, result in zip(to_run, fresh, strict=True):
            yield self._log(
                result_event(self.run_id, completion.step, planned.call_id, planned.call.name, result)
            )
        self.step = replace(self.step, results={**known, **{p.call_id: r for p, r in zip(to_run, fresh)}})
        self._conclude()

    async def xǁRunǁ_act__mutmut_17(self, ctx: RunContext[Any], completion: Completion) -> AsyncGenerator[RunEvent, None]:
        """Take the step's answer, or run its calls; then conclude the step."""
        assert self.step is not None
        calls = plan_calls(completion.step, completion.parsed)
        self.step = replace(self.step, completion=completion, calls=calls)
        if completion.timed_out:
            self._conclude()
            self._stop_if(limits.wall_time_stop(self.spec.limits))
            return
        if not calls:
            async for event in self._answer(None):
                yield event
            return
        known, self.known_results = self.known_results, {}
        for event in _call_events(self.run_id, completion.step, calls, known):
            yield self._log(event)
        to_run = [p for p in calls if p.call_id not in known]
        with anyio.move_on_after(self._time_left()) as scope:
            fresh = await dispatch(
                to_run, self.spec.tools, ctx, step=completion.step, parallel=self.spec.parallel_tool_calls
            )
        if scope.cancelled_caught:
            self._conclude()
            self._stop_if(limits.wall_time_stop(self.spec.limits, " during tool calls"))
            return
        for planned, result in zip(to_run, fresh, strict=True):
            yield self._log(
                result_event(self.run_id, completion.step, planned.call_id, planned.call.name, result)
            )
        self.step = replace(self.step, results={**known, **{p.call_id: r for p, r in zip(to_run, fresh)}})
        self._conclude()

    async def xǁRunǁ_act__mutmut_18(self, ctx: RunContext[Any], completion: Completion) -> AsyncGenerator[RunEvent, None]:
        """Take the step's answer, or run its calls; then conclude the step."""
        assert self.step is not None
        calls = plan_calls(completion.step, completion.parsed)
        self.step = replace(self.step, completion=completion, calls=calls)
        if completion.timed_out:
            self._conclude()
            self._stop_if(limits.wall_time_stop(self.spec.limits))
            return
        if not calls:
            async for event in self._answer(completion):
                yield event
            return
        known, self.known_results = None
        for event in _call_events(self.run_id, completion.step, calls, known):
            yield self._log(event)
        to_run = [p for p in calls if p.call_id not in known]
        with anyio.move_on_after(self._time_left()) as scope:
            fresh = await dispatch(
                to_run, self.spec.tools, ctx, step=completion.step, parallel=self.spec.parallel_tool_calls
            )
        if scope.cancelled_caught:
            self._conclude()
            self._stop_if(limits.wall_time_stop(self.spec.limits, " during tool calls"))
            return
        for planned, result in zip(to_run, fresh, strict=True):
            yield self._log(
                result_event(self.run_id, completion.step, planned.call_id, planned.call.name, result)
            )
        self.step = replace(self.step, results={**known, **{p.call_id: r for p, r in zip(to_run, fresh)}})
        self._conclude()

    async def xǁRunǁ_act__mutmut_19(self, ctx: RunContext[Any], completion: Completion) -> AsyncGenerator[RunEvent, None]:
        """Take the step's answer, or run its calls; then conclude the step."""
        assert self.step is not None
        calls = plan_calls(completion.step, completion.parsed)
        self.step = replace(self.step, completion=completion, calls=calls)
        if completion.timed_out:
            self._conclude()
            self._stop_if(limits.wall_time_stop(self.spec.limits))
            return
        if not calls:
            async for event in self._answer(completion):
                yield event
            return
        known, self.known_results = self.known_results, {}
        for event in _call_events(None, completion.step, calls, known):
            yield self._log(event)
        to_run = [p for p in calls if p.call_id not in known]
        with anyio.move_on_after(self._time_left()) as scope:
            fresh = await dispatch(
                to_run, self.spec.tools, ctx, step=completion.step, parallel=self.spec.parallel_tool_calls
            )
        if scope.cancelled_caught:
            self._conclude()
            self._stop_if(limits.wall_time_stop(self.spec.limits, " during tool calls"))
            return
        for planned, result in zip(to_run, fresh, strict=True):
            yield self._log(
                result_event(self.run_id, completion.step, planned.call_id, planned.call.name, result)
            )
        self.step = replace(self.step, results={**known, **{p.call_id: r for p, r in zip(to_run, fresh)}})
        self._conclude()

    async def xǁRunǁ_act__mutmut_20(self, ctx: RunContext[Any], completion: Completion) -> AsyncGenerator[RunEvent, None]:
        """Take the step's answer, or run its calls; then conclude the step."""
        assert self.step is not None
        calls = plan_calls(completion.step, completion.parsed)
        self.step = replace(self.step, completion=completion, calls=calls)
        if completion.timed_out:
            self._conclude()
            self._stop_if(limits.wall_time_stop(self.spec.limits))
            return
        if not calls:
            async for event in self._answer(completion):
                yield event
            return
        known, self.known_results = self.known_results, {}
        for event in _call_events(self.run_id, None, calls, known):
            yield self._log(event)
        to_run = [p for p in calls if p.call_id not in known]
        with anyio.move_on_after(self._time_left()) as scope:
            fresh = await dispatch(
                to_run, self.spec.tools, ctx, step=completion.step, parallel=self.spec.parallel_tool_calls
            )
        if scope.cancelled_caught:
            self._conclude()
            self._stop_if(limits.wall_time_stop(self.spec.limits, " during tool calls"))
            return
        for planned, result in zip(to_run, fresh, strict=True):
            yield self._log(
                result_event(self.run_id, completion.step, planned.call_id, planned.call.name, result)
            )
        self.step = replace(self.step, results={**known, **{p.call_id: r for p, r in zip(to_run, fresh)}})
        self._conclude()

    async def xǁRunǁ_act__mutmut_21(self, ctx: RunContext[Any], completion: Completion) -> AsyncGenerator[RunEvent, None]:
        """Take the step's answer, or run its calls; then conclude the step."""
        assert self.step is not None
        calls = plan_calls(completion.step, completion.parsed)
        self.step = replace(self.step, completion=completion, calls=calls)
        if completion.timed_out:
            self._conclude()
            self._stop_if(limits.wall_time_stop(self.spec.limits))
            return
        if not calls:
            async for event in self._answer(completion):
                yield event
            return
        known, self.known_results = self.known_results, {}
        for event in _call_events(self.run_id, completion.step, None, known):
            yield self._log(event)
        to_run = [p for p in calls if p.call_id not in known]
        with anyio.move_on_after(self._time_left()) as scope:
            fresh = await dispatch(
                to_run, self.spec.tools, ctx, step=completion.step, parallel=self.spec.parallel_tool_calls
            )
        if scope.cancelled_caught:
            self._conclude()
            self._stop_if(limits.wall_time_stop(self.spec.limits, " during tool calls"))
            return
        for planned, result in zip(to_run, fresh, strict=True):
            yield self._log(
                result_event(self.run_id, completion.step, planned.call_id, planned.call.name, result)
            )
        self.step = replace(self.step, results={**known, **{p.call_id: r for p, r in zip(to_run, fresh)}})
        self._conclude()

    async def xǁRunǁ_act__mutmut_22(self, ctx: RunContext[Any], completion: Completion) -> AsyncGenerator[RunEvent, None]:
        """Take the step's answer, or run its calls; then conclude the step."""
        assert self.step is not None
        calls = plan_calls(completion.step, completion.parsed)
        self.step = replace(self.step, completion=completion, calls=calls)
        if completion.timed_out:
            self._conclude()
            self._stop_if(limits.wall_time_stop(self.spec.limits))
            return
        if not calls:
            async for event in self._answer(completion):
                yield event
            return
        known, self.known_results = self.known_results, {}
        for event in _call_events(self.run_id, completion.step, calls, None):
            yield self._log(event)
        to_run = [p for p in calls if p.call_id not in known]
        with anyio.move_on_after(self._time_left()) as scope:
            fresh = await dispatch(
                to_run, self.spec.tools, ctx, step=completion.step, parallel=self.spec.parallel_tool_calls
            )
        if scope.cancelled_caught:
            self._conclude()
            self._stop_if(limits.wall_time_stop(self.spec.limits, " during tool calls"))
            return
        for planned, result in zip(to_run, fresh, strict=True):
            yield self._log(
                result_event(self.run_id, completion.step, planned.call_id, planned.call.name, result)
            )
        self.step = replace(self.step, results={**known, **{p.call_id: r for p, r in zip(to_run, fresh)}})
        self._conclude()

    async def xǁRunǁ_act__mutmut_23(self, ctx: RunContext[Any], completion: Completion) -> AsyncGenerator[RunEvent, None]:
        """Take the step's answer, or run its calls; then conclude the step."""
        assert self.step is not None
        calls = plan_calls(completion.step, completion.parsed)
        self.step = replace(self.step, completion=completion, calls=calls)
        if completion.timed_out:
            self._conclude()
            self._stop_if(limits.wall_time_stop(self.spec.limits))
            return
        if not calls:
            async for event in self._answer(completion):
                yield event
            return
        known, self.known_results = self.known_results, {}
        for event in _call_events(completion.step, calls, known):
            yield self._log(event)
        to_run = [p for p in calls if p.call_id not in known]
        with anyio.move_on_after(self._time_left()) as scope:
            fresh = await dispatch(
                to_run, self.spec.tools, ctx, step=completion.step, parallel=self.spec.parallel_tool_calls
            )
        if scope.cancelled_caught:
            self._conclude()
            self._stop_if(limits.wall_time_stop(self.spec.limits, " during tool calls"))
            return
        for planned, result in zip(to_run, fresh, strict=True):
            yield self._log(
                result_event(self.run_id, completion.step, planned.call_id, planned.call.name, result)
            )
        self.step = replace(self.step, results={**known, **{p.call_id: r for p, r in zip(to_run, fresh)}})
        self._conclude()

    async def xǁRunǁ_act__mutmut_24(self, ctx: RunContext[Any], completion: Completion) -> AsyncGenerator[RunEvent, None]:
        """Take the step's answer, or run its calls; then conclude the step."""
        assert self.step is not None
        calls = plan_calls(completion.step, completion.parsed)
        self.step = replace(self.step, completion=completion, calls=calls)
        if completion.timed_out:
            self._conclude()
            self._stop_if(limits.wall_time_stop(self.spec.limits))
            return
        if not calls:
            async for event in self._answer(completion):
                yield event
            return
        known, self.known_results = self.known_results, {}
        for event in _call_events(self.run_id, calls, known):
            yield self._log(event)
        to_run = [p for p in calls if p.call_id not in known]
        with anyio.move_on_after(self._time_left()) as scope:
            fresh = await dispatch(
                to_run, self.spec.tools, ctx, step=completion.step, parallel=self.spec.parallel_tool_calls
            )
        if scope.cancelled_caught:
            self._conclude()
            self._stop_if(limits.wall_time_stop(self.spec.limits, " during tool calls"))
            return
        for planned, result in zip(to_run, fresh, strict=True):
            yield self._log(
                result_event(self.run_id, completion.step, planned.call_id, planned.call.name, result)
            )
        self.step = replace(self.step, results={**known, **{p.call_id: r for p, r in zip(to_run, fresh)}})
        self._conclude()

    async def xǁRunǁ_act__mutmut_25(self, ctx: RunContext[Any], completion: Completion) -> AsyncGenerator[RunEvent, None]:
        """Take the step's answer, or run its calls; then conclude the step."""
        assert self.step is not None
        calls = plan_calls(completion.step, completion.parsed)
        self.step = replace(self.step, completion=completion, calls=calls)
        if completion.timed_out:
            self._conclude()
            self._stop_if(limits.wall_time_stop(self.spec.limits))
            return
        if not calls:
            async for event in self._answer(completion):
                yield event
            return
        known, self.known_results = self.known_results, {}
        for event in _call_events(self.run_id, completion.step, known):
            yield self._log(event)
        to_run = [p for p in calls if p.call_id not in known]
        with anyio.move_on_after(self._time_left()) as scope:
            fresh = await dispatch(
                to_run, self.spec.tools, ctx, step=completion.step, parallel=self.spec.parallel_tool_calls
            )
        if scope.cancelled_caught:
            self._conclude()
            self._stop_if(limits.wall_time_stop(self.spec.limits, " during tool calls"))
            return
        for planned, result in zip(to_run, fresh, strict=True):
            yield self._log(
                result_event(self.run_id, completion.step, planned.call_id, planned.call.name, result)
            )
        self.step = replace(self.step, results={**known, **{p.call_id: r for p, r in zip(to_run, fresh)}})
        self._conclude()

    async def xǁRunǁ_act__mutmut_26(self, ctx: RunContext[Any], completion: Completion) -> AsyncGenerator[RunEvent, None]:
        """Take the step's answer, or run its calls; then conclude the step."""
        assert self.step is not None
        calls = plan_calls(completion.step, completion.parsed)
        self.step = replace(self.step, completion=completion, calls=calls)
        if completion.timed_out:
            self._conclude()
            self._stop_if(limits.wall_time_stop(self.spec.limits))
            return
        if not calls:
            async for event in self._answer(completion):
                yield event
            return
        known, self.known_results = self.known_results, {}
        for event in _call_events(self.run_id, completion.step, calls, ):
            yield self._log(event)
        to_run = [p for p in calls if p.call_id not in known]
        with anyio.move_on_after(self._time_left()) as scope:
            fresh = await dispatch(
                to_run, self.spec.tools, ctx, step=completion.step, parallel=self.spec.parallel_tool_calls
            )
        if scope.cancelled_caught:
            self._conclude()
            self._stop_if(limits.wall_time_stop(self.spec.limits, " during tool calls"))
            return
        for planned, result in zip(to_run, fresh, strict=True):
            yield self._log(
                result_event(self.run_id, completion.step, planned.call_id, planned.call.name, result)
            )
        self.step = replace(self.step, results={**known, **{p.call_id: r for p, r in zip(to_run, fresh)}})
        self._conclude()

    async def xǁRunǁ_act__mutmut_27(self, ctx: RunContext[Any], completion: Completion) -> AsyncGenerator[RunEvent, None]:
        """Take the step's answer, or run its calls; then conclude the step."""
        assert self.step is not None
        calls = plan_calls(completion.step, completion.parsed)
        self.step = replace(self.step, completion=completion, calls=calls)
        if completion.timed_out:
            self._conclude()
            self._stop_if(limits.wall_time_stop(self.spec.limits))
            return
        if not calls:
            async for event in self._answer(completion):
                yield event
            return
        known, self.known_results = self.known_results, {}
        for event in _call_events(self.run_id, completion.step, calls, known):
            yield self._log(None)
        to_run = [p for p in calls if p.call_id not in known]
        with anyio.move_on_after(self._time_left()) as scope:
            fresh = await dispatch(
                to_run, self.spec.tools, ctx, step=completion.step, parallel=self.spec.parallel_tool_calls
            )
        if scope.cancelled_caught:
            self._conclude()
            self._stop_if(limits.wall_time_stop(self.spec.limits, " during tool calls"))
            return
        for planned, result in zip(to_run, fresh, strict=True):
            yield self._log(
                result_event(self.run_id, completion.step, planned.call_id, planned.call.name, result)
            )
        self.step = replace(self.step, results={**known, **{p.call_id: r for p, r in zip(to_run, fresh)}})
        self._conclude()

    async def xǁRunǁ_act__mutmut_28(self, ctx: RunContext[Any], completion: Completion) -> AsyncGenerator[RunEvent, None]:
        """Take the step's answer, or run its calls; then conclude the step."""
        assert self.step is not None
        calls = plan_calls(completion.step, completion.parsed)
        self.step = replace(self.step, completion=completion, calls=calls)
        if completion.timed_out:
            self._conclude()
            self._stop_if(limits.wall_time_stop(self.spec.limits))
            return
        if not calls:
            async for event in self._answer(completion):
                yield event
            return
        known, self.known_results = self.known_results, {}
        for event in _call_events(self.run_id, completion.step, calls, known):
            yield self._log(event)
        to_run = None
        with anyio.move_on_after(self._time_left()) as scope:
            fresh = await dispatch(
                to_run, self.spec.tools, ctx, step=completion.step, parallel=self.spec.parallel_tool_calls
            )
        if scope.cancelled_caught:
            self._conclude()
            self._stop_if(limits.wall_time_stop(self.spec.limits, " during tool calls"))
            return
        for planned, result in zip(to_run, fresh, strict=True):
            yield self._log(
                result_event(self.run_id, completion.step, planned.call_id, planned.call.name, result)
            )
        self.step = replace(self.step, results={**known, **{p.call_id: r for p, r in zip(to_run, fresh)}})
        self._conclude()

    async def xǁRunǁ_act__mutmut_29(self, ctx: RunContext[Any], completion: Completion) -> AsyncGenerator[RunEvent, None]:
        """Take the step's answer, or run its calls; then conclude the step."""
        assert self.step is not None
        calls = plan_calls(completion.step, completion.parsed)
        self.step = replace(self.step, completion=completion, calls=calls)
        if completion.timed_out:
            self._conclude()
            self._stop_if(limits.wall_time_stop(self.spec.limits))
            return
        if not calls:
            async for event in self._answer(completion):
                yield event
            return
        known, self.known_results = self.known_results, {}
        for event in _call_events(self.run_id, completion.step, calls, known):
            yield self._log(event)
        to_run = [p for p in calls if p.call_id in known]
        with anyio.move_on_after(self._time_left()) as scope:
            fresh = await dispatch(
                to_run, self.spec.tools, ctx, step=completion.step, parallel=self.spec.parallel_tool_calls
            )
        if scope.cancelled_caught:
            self._conclude()
            self._stop_if(limits.wall_time_stop(self.spec.limits, " during tool calls"))
            return
        for planned, result in zip(to_run, fresh, strict=True):
            yield self._log(
                result_event(self.run_id, completion.step, planned.call_id, planned.call.name, result)
            )
        self.step = replace(self.step, results={**known, **{p.call_id: r for p, r in zip(to_run, fresh)}})
        self._conclude()

    async def xǁRunǁ_act__mutmut_30(self, ctx: RunContext[Any], completion: Completion) -> AsyncGenerator[RunEvent, None]:
        """Take the step's answer, or run its calls; then conclude the step."""
        assert self.step is not None
        calls = plan_calls(completion.step, completion.parsed)
        self.step = replace(self.step, completion=completion, calls=calls)
        if completion.timed_out:
            self._conclude()
            self._stop_if(limits.wall_time_stop(self.spec.limits))
            return
        if not calls:
            async for event in self._answer(completion):
                yield event
            return
        known, self.known_results = self.known_results, {}
        for event in _call_events(self.run_id, completion.step, calls, known):
            yield self._log(event)
        to_run = [p for p in calls if p.call_id not in known]
        with anyio.move_on_after(None) as scope:
            fresh = await dispatch(
                to_run, self.spec.tools, ctx, step=completion.step, parallel=self.spec.parallel_tool_calls
            )
        if scope.cancelled_caught:
            self._conclude()
            self._stop_if(limits.wall_time_stop(self.spec.limits, " during tool calls"))
            return
        for planned, result in zip(to_run, fresh, strict=True):
            yield self._log(
                result_event(self.run_id, completion.step, planned.call_id, planned.call.name, result)
            )
        self.step = replace(self.step, results={**known, **{p.call_id: r for p, r in zip(to_run, fresh)}})
        self._conclude()

    async def xǁRunǁ_act__mutmut_31(self, ctx: RunContext[Any], completion: Completion) -> AsyncGenerator[RunEvent, None]:
        """Take the step's answer, or run its calls; then conclude the step."""
        assert self.step is not None
        calls = plan_calls(completion.step, completion.parsed)
        self.step = replace(self.step, completion=completion, calls=calls)
        if completion.timed_out:
            self._conclude()
            self._stop_if(limits.wall_time_stop(self.spec.limits))
            return
        if not calls:
            async for event in self._answer(completion):
                yield event
            return
        known, self.known_results = self.known_results, {}
        for event in _call_events(self.run_id, completion.step, calls, known):
            yield self._log(event)
        to_run = [p for p in calls if p.call_id not in known]
        with anyio.move_on_after(self._time_left()) as scope:
            fresh = None
        if scope.cancelled_caught:
            self._conclude()
            self._stop_if(limits.wall_time_stop(self.spec.limits, " during tool calls"))
            return
        for planned, result in zip(to_run, fresh, strict=True):
            yield self._log(
                result_event(self.run_id, completion.step, planned.call_id, planned.call.name, result)
            )
        self.step = replace(self.step, results={**known, **{p.call_id: r for p, r in zip(to_run, fresh)}})
        self._conclude()

    async def xǁRunǁ_act__mutmut_32(self, ctx: RunContext[Any], completion: Completion) -> AsyncGenerator[RunEvent, None]:
        """Take the step's answer, or run its calls; then conclude the step."""
        assert self.step is not None
        calls = plan_calls(completion.step, completion.parsed)
        self.step = replace(self.step, completion=completion, calls=calls)
        if completion.timed_out:
            self._conclude()
            self._stop_if(limits.wall_time_stop(self.spec.limits))
            return
        if not calls:
            async for event in self._answer(completion):
                yield event
            return
        known, self.known_results = self.known_results, {}
        for event in _call_events(self.run_id, completion.step, calls, known):
            yield self._log(event)
        to_run = [p for p in calls if p.call_id not in known]
        with anyio.move_on_after(self._time_left()) as scope:
            fresh = await dispatch(
                None, self.spec.tools, ctx, step=completion.step, parallel=self.spec.parallel_tool_calls
            )
        if scope.cancelled_caught:
            self._conclude()
            self._stop_if(limits.wall_time_stop(self.spec.limits, " during tool calls"))
            return
        for planned, result in zip(to_run, fresh, strict=True):
            yield self._log(
                result_event(self.run_id, completion.step, planned.call_id, planned.call.name, result)
            )
        self.step = replace(self.step, results={**known, **{p.call_id: r for p, r in zip(to_run, fresh)}})
        self._conclude()

    async def xǁRunǁ_act__mutmut_33(self, ctx: RunContext[Any], completion: Completion) -> AsyncGenerator[RunEvent, None]:
        """Take the step's answer, or run its calls; then conclude the step."""
        assert self.step is not None
        calls = plan_calls(completion.step, completion.parsed)
        self.step = replace(self.step, completion=completion, calls=calls)
        if completion.timed_out:
            self._conclude()
            self._stop_if(limits.wall_time_stop(self.spec.limits))
            return
        if not calls:
            async for event in self._answer(completion):
                yield event
            return
        known, self.known_results = self.known_results, {}
        for event in _call_events(self.run_id, completion.step, calls, known):
            yield self._log(event)
        to_run = [p for p in calls if p.call_id not in known]
        with anyio.move_on_after(self._time_left()) as scope:
            fresh = await dispatch(
                to_run, None, ctx, step=completion.step, parallel=self.spec.parallel_tool_calls
            )
        if scope.cancelled_caught:
            self._conclude()
            self._stop_if(limits.wall_time_stop(self.spec.limits, " during tool calls"))
            return
        for planned, result in zip(to_run, fresh, strict=True):
            yield self._log(
                result_event(self.run_id, completion.step, planned.call_id, planned.call.name, result)
            )
        self.step = replace(self.step, results={**known, **{p.call_id: r for p, r in zip(to_run, fresh)}})
        self._conclude()

    async def xǁRunǁ_act__mutmut_34(self, ctx: RunContext[Any], completion: Completion) -> AsyncGenerator[RunEvent, None]:
        """Take the step's answer, or run its calls; then conclude the step."""
        assert self.step is not None
        calls = plan_calls(completion.step, completion.parsed)
        self.step = replace(self.step, completion=completion, calls=calls)
        if completion.timed_out:
            self._conclude()
            self._stop_if(limits.wall_time_stop(self.spec.limits))
            return
        if not calls:
            async for event in self._answer(completion):
                yield event
            return
        known, self.known_results = self.known_results, {}
        for event in _call_events(self.run_id, completion.step, calls, known):
            yield self._log(event)
        to_run = [p for p in calls if p.call_id not in known]
        with anyio.move_on_after(self._time_left()) as scope:
            fresh = await dispatch(
                to_run, self.spec.tools, None, step=completion.step, parallel=self.spec.parallel_tool_calls
            )
        if scope.cancelled_caught:
            self._conclude()
            self._stop_if(limits.wall_time_stop(self.spec.limits, " during tool calls"))
            return
        for planned, result in zip(to_run, fresh, strict=True):
            yield self._log(
                result_event(self.run_id, completion.step, planned.call_id, planned.call.name, result)
            )
        self.step = replace(self.step, results={**known, **{p.call_id: r for p, r in zip(to_run, fresh)}})
        self._conclude()

    async def xǁRunǁ_act__mutmut_35(self, ctx: RunContext[Any], completion: Completion) -> AsyncGenerator[RunEvent, None]:
        """Take the step's answer, or run its calls; then conclude the step."""
        assert self.step is not None
        calls = plan_calls(completion.step, completion.parsed)
        self.step = replace(self.step, completion=completion, calls=calls)
        if completion.timed_out:
            self._conclude()
            self._stop_if(limits.wall_time_stop(self.spec.limits))
            return
        if not calls:
            async for event in self._answer(completion):
                yield event
            return
        known, self.known_results = self.known_results, {}
        for event in _call_events(self.run_id, completion.step, calls, known):
            yield self._log(event)
        to_run = [p for p in calls if p.call_id not in known]
        with anyio.move_on_after(self._time_left()) as scope:
            fresh = await dispatch(
                to_run, self.spec.tools, ctx, step=None, parallel=self.spec.parallel_tool_calls
            )
        if scope.cancelled_caught:
            self._conclude()
            self._stop_if(limits.wall_time_stop(self.spec.limits, " during tool calls"))
            return
        for planned, result in zip(to_run, fresh, strict=True):
            yield self._log(
                result_event(self.run_id, completion.step, planned.call_id, planned.call.name, result)
            )
        self.step = replace(self.step, results={**known, **{p.call_id: r for p, r in zip(to_run, fresh)}})
        self._conclude()

    async def xǁRunǁ_act__mutmut_36(self, ctx: RunContext[Any], completion: Completion) -> AsyncGenerator[RunEvent, None]:
        """Take the step's answer, or run its calls; then conclude the step."""
        assert self.step is not None
        calls = plan_calls(completion.step, completion.parsed)
        self.step = replace(self.step, completion=completion, calls=calls)
        if completion.timed_out:
            self._conclude()
            self._stop_if(limits.wall_time_stop(self.spec.limits))
            return
        if not calls:
            async for event in self._answer(completion):
                yield event
            return
        known, self.known_results = self.known_results, {}
        for event in _call_events(self.run_id, completion.step, calls, known):
            yield self._log(event)
        to_run = [p for p in calls if p.call_id not in known]
        with anyio.move_on_after(self._time_left()) as scope:
            fresh = await dispatch(
                to_run, self.spec.tools, ctx, step=completion.step, parallel=None
            )
        if scope.cancelled_caught:
            self._conclude()
            self._stop_if(limits.wall_time_stop(self.spec.limits, " during tool calls"))
            return
        for planned, result in zip(to_run, fresh, strict=True):
            yield self._log(
                result_event(self.run_id, completion.step, planned.call_id, planned.call.name, result)
            )
        self.step = replace(self.step, results={**known, **{p.call_id: r for p, r in zip(to_run, fresh)}})
        self._conclude()

    async def xǁRunǁ_act__mutmut_37(self, ctx: RunContext[Any], completion: Completion) -> AsyncGenerator[RunEvent, None]:
        """Take the step's answer, or run its calls; then conclude the step."""
        assert self.step is not None
        calls = plan_calls(completion.step, completion.parsed)
        self.step = replace(self.step, completion=completion, calls=calls)
        if completion.timed_out:
            self._conclude()
            self._stop_if(limits.wall_time_stop(self.spec.limits))
            return
        if not calls:
            async for event in self._answer(completion):
                yield event
            return
        known, self.known_results = self.known_results, {}
        for event in _call_events(self.run_id, completion.step, calls, known):
            yield self._log(event)
        to_run = [p for p in calls if p.call_id not in known]
        with anyio.move_on_after(self._time_left()) as scope:
            fresh = await dispatch(
                self.spec.tools, ctx, step=completion.step, parallel=self.spec.parallel_tool_calls
            )
        if scope.cancelled_caught:
            self._conclude()
            self._stop_if(limits.wall_time_stop(self.spec.limits, " during tool calls"))
            return
        for planned, result in zip(to_run, fresh, strict=True):
            yield self._log(
                result_event(self.run_id, completion.step, planned.call_id, planned.call.name, result)
            )
        self.step = replace(self.step, results={**known, **{p.call_id: r for p, r in zip(to_run, fresh)}})
        self._conclude()

    async def xǁRunǁ_act__mutmut_38(self, ctx: RunContext[Any], completion: Completion) -> AsyncGenerator[RunEvent, None]:
        """Take the step's answer, or run its calls; then conclude the step."""
        assert self.step is not None
        calls = plan_calls(completion.step, completion.parsed)
        self.step = replace(self.step, completion=completion, calls=calls)
        if completion.timed_out:
            self._conclude()
            self._stop_if(limits.wall_time_stop(self.spec.limits))
            return
        if not calls:
            async for event in self._answer(completion):
                yield event
            return
        known, self.known_results = self.known_results, {}
        for event in _call_events(self.run_id, completion.step, calls, known):
            yield self._log(event)
        to_run = [p for p in calls if p.call_id not in known]
        with anyio.move_on_after(self._time_left()) as scope:
            fresh = await dispatch(
                to_run, ctx, step=completion.step, parallel=self.spec.parallel_tool_calls
            )
        if scope.cancelled_caught:
            self._conclude()
            self._stop_if(limits.wall_time_stop(self.spec.limits, " during tool calls"))
            return
        for planned, result in zip(to_run, fresh, strict=True):
            yield self._log(
                result_event(self.run_id, completion.step, planned.call_id, planned.call.name, result)
            )
        self.step = replace(self.step, results={**known, **{p.call_id: r for p, r in zip(to_run, fresh)}})
        self._conclude()

    async def xǁRunǁ_act__mutmut_39(self, ctx: RunContext[Any], completion: Completion) -> AsyncGenerator[RunEvent, None]:
        """Take the step's answer, or run its calls; then conclude the step."""
        assert self.step is not None
        calls = plan_calls(completion.step, completion.parsed)
        self.step = replace(self.step, completion=completion, calls=calls)
        if completion.timed_out:
            self._conclude()
            self._stop_if(limits.wall_time_stop(self.spec.limits))
            return
        if not calls:
            async for event in self._answer(completion):
                yield event
            return
        known, self.known_results = self.known_results, {}
        for event in _call_events(self.run_id, completion.step, calls, known):
            yield self._log(event)
        to_run = [p for p in calls if p.call_id not in known]
        with anyio.move_on_after(self._time_left()) as scope:
            fresh = await dispatch(
                to_run, self.spec.tools, step=completion.step, parallel=self.spec.parallel_tool_calls
            )
        if scope.cancelled_caught:
            self._conclude()
            self._stop_if(limits.wall_time_stop(self.spec.limits, " during tool calls"))
            return
        for planned, result in zip(to_run, fresh, strict=True):
            yield self._log(
                result_event(self.run_id, completion.step, planned.call_id, planned.call.name, result)
            )
        self.step = replace(self.step, results={**known, **{p.call_id: r for p, r in zip(to_run, fresh)}})
        self._conclude()

    async def xǁRunǁ_act__mutmut_40(self, ctx: RunContext[Any], completion: Completion) -> AsyncGenerator[RunEvent, None]:
        """Take the step's answer, or run its calls; then conclude the step."""
        assert self.step is not None
        calls = plan_calls(completion.step, completion.parsed)
        self.step = replace(self.step, completion=completion, calls=calls)
        if completion.timed_out:
            self._conclude()
            self._stop_if(limits.wall_time_stop(self.spec.limits))
            return
        if not calls:
            async for event in self._answer(completion):
                yield event
            return
        known, self.known_results = self.known_results, {}
        for event in _call_events(self.run_id, completion.step, calls, known):
            yield self._log(event)
        to_run = [p for p in calls if p.call_id not in known]
        with anyio.move_on_after(self._time_left()) as scope:
            fresh = await dispatch(
                to_run, self.spec.tools, ctx, parallel=self.spec.parallel_tool_calls
            )
        if scope.cancelled_caught:
            self._conclude()
            self._stop_if(limits.wall_time_stop(self.spec.limits, " during tool calls"))
            return
        for planned, result in zip(to_run, fresh, strict=True):
            yield self._log(
                result_event(self.run_id, completion.step, planned.call_id, planned.call.name, result)
            )
        self.step = replace(self.step, results={**known, **{p.call_id: r for p, r in zip(to_run, fresh)}})
        self._conclude()

    async def xǁRunǁ_act__mutmut_41(self, ctx: RunContext[Any], completion: Completion) -> AsyncGenerator[RunEvent, None]:
        """Take the step's answer, or run its calls; then conclude the step."""
        assert self.step is not None
        calls = plan_calls(completion.step, completion.parsed)
        self.step = replace(self.step, completion=completion, calls=calls)
        if completion.timed_out:
            self._conclude()
            self._stop_if(limits.wall_time_stop(self.spec.limits))
            return
        if not calls:
            async for event in self._answer(completion):
                yield event
            return
        known, self.known_results = self.known_results, {}
        for event in _call_events(self.run_id, completion.step, calls, known):
            yield self._log(event)
        to_run = [p for p in calls if p.call_id not in known]
        with anyio.move_on_after(self._time_left()) as scope:
            fresh = await dispatch(
                to_run, self.spec.tools, ctx, step=completion.step, )
        if scope.cancelled_caught:
            self._conclude()
            self._stop_if(limits.wall_time_stop(self.spec.limits, " during tool calls"))
            return
        for planned, result in zip(to_run, fresh, strict=True):
            yield self._log(
                result_event(self.run_id, completion.step, planned.call_id, planned.call.name, result)
            )
        self.step = replace(self.step, results={**known, **{p.call_id: r for p, r in zip(to_run, fresh)}})
        self._conclude()

    async def xǁRunǁ_act__mutmut_42(self, ctx: RunContext[Any], completion: Completion) -> AsyncGenerator[RunEvent, None]:
        """Take the step's answer, or run its calls; then conclude the step."""
        assert self.step is not None
        calls = plan_calls(completion.step, completion.parsed)
        self.step = replace(self.step, completion=completion, calls=calls)
        if completion.timed_out:
            self._conclude()
            self._stop_if(limits.wall_time_stop(self.spec.limits))
            return
        if not calls:
            async for event in self._answer(completion):
                yield event
            return
        known, self.known_results = self.known_results, {}
        for event in _call_events(self.run_id, completion.step, calls, known):
            yield self._log(event)
        to_run = [p for p in calls if p.call_id not in known]
        with anyio.move_on_after(self._time_left()) as scope:
            fresh = await dispatch(
                to_run, self.spec.tools, ctx, step=completion.step, parallel=self.spec.parallel_tool_calls
            )
        if scope.cancelled_caught:
            self._conclude()
            self._stop_if(None)
            return
        for planned, result in zip(to_run, fresh, strict=True):
            yield self._log(
                result_event(self.run_id, completion.step, planned.call_id, planned.call.name, result)
            )
        self.step = replace(self.step, results={**known, **{p.call_id: r for p, r in zip(to_run, fresh)}})
        self._conclude()

    async def xǁRunǁ_act__mutmut_43(self, ctx: RunContext[Any], completion: Completion) -> AsyncGenerator[RunEvent, None]:
        """Take the step's answer, or run its calls; then conclude the step."""
        assert self.step is not None
        calls = plan_calls(completion.step, completion.parsed)
        self.step = replace(self.step, completion=completion, calls=calls)
        if completion.timed_out:
            self._conclude()
            self._stop_if(limits.wall_time_stop(self.spec.limits))
            return
        if not calls:
            async for event in self._answer(completion):
                yield event
            return
        known, self.known_results = self.known_results, {}
        for event in _call_events(self.run_id, completion.step, calls, known):
            yield self._log(event)
        to_run = [p for p in calls if p.call_id not in known]
        with anyio.move_on_after(self._time_left()) as scope:
            fresh = await dispatch(
                to_run, self.spec.tools, ctx, step=completion.step, parallel=self.spec.parallel_tool_calls
            )
        if scope.cancelled_caught:
            self._conclude()
            self._stop_if(limits.wall_time_stop(None, " during tool calls"))
            return
        for planned, result in zip(to_run, fresh, strict=True):
            yield self._log(
                result_event(self.run_id, completion.step, planned.call_id, planned.call.name, result)
            )
        self.step = replace(self.step, results={**known, **{p.call_id: r for p, r in zip(to_run, fresh)}})
        self._conclude()

    async def xǁRunǁ_act__mutmut_44(self, ctx: RunContext[Any], completion: Completion) -> AsyncGenerator[RunEvent, None]:
        """Take the step's answer, or run its calls; then conclude the step."""
        assert self.step is not None
        calls = plan_calls(completion.step, completion.parsed)
        self.step = replace(self.step, completion=completion, calls=calls)
        if completion.timed_out:
            self._conclude()
            self._stop_if(limits.wall_time_stop(self.spec.limits))
            return
        if not calls:
            async for event in self._answer(completion):
                yield event
            return
        known, self.known_results = self.known_results, {}
        for event in _call_events(self.run_id, completion.step, calls, known):
            yield self._log(event)
        to_run = [p for p in calls if p.call_id not in known]
        with anyio.move_on_after(self._time_left()) as scope:
            fresh = await dispatch(
                to_run, self.spec.tools, ctx, step=completion.step, parallel=self.spec.parallel_tool_calls
            )
        if scope.cancelled_caught:
            self._conclude()
            self._stop_if(limits.wall_time_stop(self.spec.limits, None))
            return
        for planned, result in zip(to_run, fresh, strict=True):
            yield self._log(
                result_event(self.run_id, completion.step, planned.call_id, planned.call.name, result)
            )
        self.step = replace(self.step, results={**known, **{p.call_id: r for p, r in zip(to_run, fresh)}})
        self._conclude()

    async def xǁRunǁ_act__mutmut_45(self, ctx: RunContext[Any], completion: Completion) -> AsyncGenerator[RunEvent, None]:
        """Take the step's answer, or run its calls; then conclude the step."""
        assert self.step is not None
        calls = plan_calls(completion.step, completion.parsed)
        self.step = replace(self.step, completion=completion, calls=calls)
        if completion.timed_out:
            self._conclude()
            self._stop_if(limits.wall_time_stop(self.spec.limits))
            return
        if not calls:
            async for event in self._answer(completion):
                yield event
            return
        known, self.known_results = self.known_results, {}
        for event in _call_events(self.run_id, completion.step, calls, known):
            yield self._log(event)
        to_run = [p for p in calls if p.call_id not in known]
        with anyio.move_on_after(self._time_left()) as scope:
            fresh = await dispatch(
                to_run, self.spec.tools, ctx, step=completion.step, parallel=self.spec.parallel_tool_calls
            )
        if scope.cancelled_caught:
            self._conclude()
            self._stop_if(limits.wall_time_stop(" during tool calls"))
            return
        for planned, result in zip(to_run, fresh, strict=True):
            yield self._log(
                result_event(self.run_id, completion.step, planned.call_id, planned.call.name, result)
            )
        self.step = replace(self.step, results={**known, **{p.call_id: r for p, r in zip(to_run, fresh)}})
        self._conclude()

    async def xǁRunǁ_act__mutmut_46(self, ctx: RunContext[Any], completion: Completion) -> AsyncGenerator[RunEvent, None]:
        """Take the step's answer, or run its calls; then conclude the step."""
        assert self.step is not None
        calls = plan_calls(completion.step, completion.parsed)
        self.step = replace(self.step, completion=completion, calls=calls)
        if completion.timed_out:
            self._conclude()
            self._stop_if(limits.wall_time_stop(self.spec.limits))
            return
        if not calls:
            async for event in self._answer(completion):
                yield event
            return
        known, self.known_results = self.known_results, {}
        for event in _call_events(self.run_id, completion.step, calls, known):
            yield self._log(event)
        to_run = [p for p in calls if p.call_id not in known]
        with anyio.move_on_after(self._time_left()) as scope:
            fresh = await dispatch(
                to_run, self.spec.tools, ctx, step=completion.step, parallel=self.spec.parallel_tool_calls
            )
        if scope.cancelled_caught:
            self._conclude()
            self._stop_if(limits.wall_time_stop(self.spec.limits, ))
            return
        for planned, result in zip(to_run, fresh, strict=True):
            yield self._log(
                result_event(self.run_id, completion.step, planned.call_id, planned.call.name, result)
            )
        self.step = replace(self.step, results={**known, **{p.call_id: r for p, r in zip(to_run, fresh)}})
        self._conclude()

    async def xǁRunǁ_act__mutmut_47(self, ctx: RunContext[Any], completion: Completion) -> AsyncGenerator[RunEvent, None]:
        """Take the step's answer, or run its calls; then conclude the step."""
        assert self.step is not None
        calls = plan_calls(completion.step, completion.parsed)
        self.step = replace(self.step, completion=completion, calls=calls)
        if completion.timed_out:
            self._conclude()
            self._stop_if(limits.wall_time_stop(self.spec.limits))
            return
        if not calls:
            async for event in self._answer(completion):
                yield event
            return
        known, self.known_results = self.known_results, {}
        for event in _call_events(self.run_id, completion.step, calls, known):
            yield self._log(event)
        to_run = [p for p in calls if p.call_id not in known]
        with anyio.move_on_after(self._time_left()) as scope:
            fresh = await dispatch(
                to_run, self.spec.tools, ctx, step=completion.step, parallel=self.spec.parallel_tool_calls
            )
        if scope.cancelled_caught:
            self._conclude()
            self._stop_if(limits.wall_time_stop(self.spec.limits, "XX during tool callsXX"))
            return
        for planned, result in zip(to_run, fresh, strict=True):
            yield self._log(
                result_event(self.run_id, completion.step, planned.call_id, planned.call.name, result)
            )
        self.step = replace(self.step, results={**known, **{p.call_id: r for p, r in zip(to_run, fresh)}})
        self._conclude()

    async def xǁRunǁ_act__mutmut_48(self, ctx: RunContext[Any], completion: Completion) -> AsyncGenerator[RunEvent, None]:
        """Take the step's answer, or run its calls; then conclude the step."""
        assert self.step is not None
        calls = plan_calls(completion.step, completion.parsed)
        self.step = replace(self.step, completion=completion, calls=calls)
        if completion.timed_out:
            self._conclude()
            self._stop_if(limits.wall_time_stop(self.spec.limits))
            return
        if not calls:
            async for event in self._answer(completion):
                yield event
            return
        known, self.known_results = self.known_results, {}
        for event in _call_events(self.run_id, completion.step, calls, known):
            yield self._log(event)
        to_run = [p for p in calls if p.call_id not in known]
        with anyio.move_on_after(self._time_left()) as scope:
            fresh = await dispatch(
                to_run, self.spec.tools, ctx, step=completion.step, parallel=self.spec.parallel_tool_calls
            )
        if scope.cancelled_caught:
            self._conclude()
            self._stop_if(limits.wall_time_stop(self.spec.limits, " DURING TOOL CALLS"))
            return
        for planned, result in zip(to_run, fresh, strict=True):
            yield self._log(
                result_event(self.run_id, completion.step, planned.call_id, planned.call.name, result)
            )
        self.step = replace(self.step, results={**known, **{p.call_id: r for p, r in zip(to_run, fresh)}})
        self._conclude()

    async def xǁRunǁ_act__mutmut_49(self, ctx: RunContext[Any], completion: Completion) -> AsyncGenerator[RunEvent, None]:
        """Take the step's answer, or run its calls; then conclude the step."""
        assert self.step is not None
        calls = plan_calls(completion.step, completion.parsed)
        self.step = replace(self.step, completion=completion, calls=calls)
        if completion.timed_out:
            self._conclude()
            self._stop_if(limits.wall_time_stop(self.spec.limits))
            return
        if not calls:
            async for event in self._answer(completion):
                yield event
            return
        known, self.known_results = self.known_results, {}
        for event in _call_events(self.run_id, completion.step, calls, known):
            yield self._log(event)
        to_run = [p for p in calls if p.call_id not in known]
        with anyio.move_on_after(self._time_left()) as scope:
            fresh = await dispatch(
                to_run, self.spec.tools, ctx, step=completion.step, parallel=self.spec.parallel_tool_calls
            )
        if scope.cancelled_caught:
            self._conclude()
            self._stop_if(limits.wall_time_stop(self.spec.limits, " during tool calls"))
            return
        for planned, result in zip(None, fresh, strict=True):
            yield self._log(
                result_event(self.run_id, completion.step, planned.call_id, planned.call.name, result)
            )
        self.step = replace(self.step, results={**known, **{p.call_id: r for p, r in zip(to_run, fresh)}})
        self._conclude()

    async def xǁRunǁ_act__mutmut_50(self, ctx: RunContext[Any], completion: Completion) -> AsyncGenerator[RunEvent, None]:
        """Take the step's answer, or run its calls; then conclude the step."""
        assert self.step is not None
        calls = plan_calls(completion.step, completion.parsed)
        self.step = replace(self.step, completion=completion, calls=calls)
        if completion.timed_out:
            self._conclude()
            self._stop_if(limits.wall_time_stop(self.spec.limits))
            return
        if not calls:
            async for event in self._answer(completion):
                yield event
            return
        known, self.known_results = self.known_results, {}
        for event in _call_events(self.run_id, completion.step, calls, known):
            yield self._log(event)
        to_run = [p for p in calls if p.call_id not in known]
        with anyio.move_on_after(self._time_left()) as scope:
            fresh = await dispatch(
                to_run, self.spec.tools, ctx, step=completion.step, parallel=self.spec.parallel_tool_calls
            )
        if scope.cancelled_caught:
            self._conclude()
            self._stop_if(limits.wall_time_stop(self.spec.limits, " during tool calls"))
            return
        for planned, result in zip(to_run, None, strict=True):
            yield self._log(
                result_event(self.run_id, completion.step, planned.call_id, planned.call.name, result)
            )
        self.step = replace(self.step, results={**known, **{p.call_id: r for p, r in zip(to_run, fresh)}})
        self._conclude()

    async def xǁRunǁ_act__mutmut_51(self, ctx: RunContext[Any], completion: Completion) -> AsyncGenerator[RunEvent, None]:
        """Take the step's answer, or run its calls; then conclude the step."""
        assert self.step is not None
        calls = plan_calls(completion.step, completion.parsed)
        self.step = replace(self.step, completion=completion, calls=calls)
        if completion.timed_out:
            self._conclude()
            self._stop_if(limits.wall_time_stop(self.spec.limits))
            return
        if not calls:
            async for event in self._answer(completion):
                yield event
            return
        known, self.known_results = self.known_results, {}
        for event in _call_events(self.run_id, completion.step, calls, known):
            yield self._log(event)
        to_run = [p for p in calls if p.call_id not in known]
        with anyio.move_on_after(self._time_left()) as scope:
            fresh = await dispatch(
                to_run, self.spec.tools, ctx, step=completion.step, parallel=self.spec.parallel_tool_calls
            )
        if scope.cancelled_caught:
            self._conclude()
            self._stop_if(limits.wall_time_stop(self.spec.limits, " during tool calls"))
            return
        for planned, result in zip(to_run, fresh, strict=None):
            yield self._log(
                result_event(self.run_id, completion.step, planned.call_id, planned.call.name, result)
            )
        self.step = replace(self.step, results={**known, **{p.call_id: r for p, r in zip(to_run, fresh)}})
        self._conclude()

    async def xǁRunǁ_act__mutmut_52(self, ctx: RunContext[Any], completion: Completion) -> AsyncGenerator[RunEvent, None]:
        """Take the step's answer, or run its calls; then conclude the step."""
        assert self.step is not None
        calls = plan_calls(completion.step, completion.parsed)
        self.step = replace(self.step, completion=completion, calls=calls)
        if completion.timed_out:
            self._conclude()
            self._stop_if(limits.wall_time_stop(self.spec.limits))
            return
        if not calls:
            async for event in self._answer(completion):
                yield event
            return
        known, self.known_results = self.known_results, {}
        for event in _call_events(self.run_id, completion.step, calls, known):
            yield self._log(event)
        to_run = [p for p in calls if p.call_id not in known]
        with anyio.move_on_after(self._time_left()) as scope:
            fresh = await dispatch(
                to_run, self.spec.tools, ctx, step=completion.step, parallel=self.spec.parallel_tool_calls
            )
        if scope.cancelled_caught:
            self._conclude()
            self._stop_if(limits.wall_time_stop(self.spec.limits, " during tool calls"))
            return
        for planned, result in zip(fresh, strict=True):
            yield self._log(
                result_event(self.run_id, completion.step, planned.call_id, planned.call.name, result)
            )
        self.step = replace(self.step, results={**known, **{p.call_id: r for p, r in zip(to_run, fresh)}})
        self._conclude()

    async def xǁRunǁ_act__mutmut_53(self, ctx: RunContext[Any], completion: Completion) -> AsyncGenerator[RunEvent, None]:
        """Take the step's answer, or run its calls; then conclude the step."""
        assert self.step is not None
        calls = plan_calls(completion.step, completion.parsed)
        self.step = replace(self.step, completion=completion, calls=calls)
        if completion.timed_out:
            self._conclude()
            self._stop_if(limits.wall_time_stop(self.spec.limits))
            return
        if not calls:
            async for event in self._answer(completion):
                yield event
            return
        known, self.known_results = self.known_results, {}
        for event in _call_events(self.run_id, completion.step, calls, known):
            yield self._log(event)
        to_run = [p for p in calls if p.call_id not in known]
        with anyio.move_on_after(self._time_left()) as scope:
            fresh = await dispatch(
                to_run, self.spec.tools, ctx, step=completion.step, parallel=self.spec.parallel_tool_calls
            )
        if scope.cancelled_caught:
            self._conclude()
            self._stop_if(limits.wall_time_stop(self.spec.limits, " during tool calls"))
            return
        for planned, result in zip(to_run, strict=True):
            yield self._log(
                result_event(self.run_id, completion.step, planned.call_id, planned.call.name, result)
            )
        self.step = replace(self.step, results={**known, **{p.call_id: r for p, r in zip(to_run, fresh)}})
        self._conclude()

    async def xǁRunǁ_act__mutmut_54(self, ctx: RunContext[Any], completion: Completion) -> AsyncGenerator[RunEvent, None]:
        """Take the step's answer, or run its calls; then conclude the step."""
        assert self.step is not None
        calls = plan_calls(completion.step, completion.parsed)
        self.step = replace(self.step, completion=completion, calls=calls)
        if completion.timed_out:
            self._conclude()
            self._stop_if(limits.wall_time_stop(self.spec.limits))
            return
        if not calls:
            async for event in self._answer(completion):
                yield event
            return
        known, self.known_results = self.known_results, {}
        for event in _call_events(self.run_id, completion.step, calls, known):
            yield self._log(event)
        to_run = [p for p in calls if p.call_id not in known]
        with anyio.move_on_after(self._time_left()) as scope:
            fresh = await dispatch(
                to_run, self.spec.tools, ctx, step=completion.step, parallel=self.spec.parallel_tool_calls
            )
        if scope.cancelled_caught:
            self._conclude()
            self._stop_if(limits.wall_time_stop(self.spec.limits, " during tool calls"))
            return
        for planned, result in zip(to_run, fresh, ):
            yield self._log(
                result_event(self.run_id, completion.step, planned.call_id, planned.call.name, result)
            )
        self.step = replace(self.step, results={**known, **{p.call_id: r for p, r in zip(to_run, fresh)}})
        self._conclude()

    async def xǁRunǁ_act__mutmut_55(self, ctx: RunContext[Any], completion: Completion) -> AsyncGenerator[RunEvent, None]:
        """Take the step's answer, or run its calls; then conclude the step."""
        assert self.step is not None
        calls = plan_calls(completion.step, completion.parsed)
        self.step = replace(self.step, completion=completion, calls=calls)
        if completion.timed_out:
            self._conclude()
            self._stop_if(limits.wall_time_stop(self.spec.limits))
            return
        if not calls:
            async for event in self._answer(completion):
                yield event
            return
        known, self.known_results = self.known_results, {}
        for event in _call_events(self.run_id, completion.step, calls, known):
            yield self._log(event)
        to_run = [p for p in calls if p.call_id not in known]
        with anyio.move_on_after(self._time_left()) as scope:
            fresh = await dispatch(
                to_run, self.spec.tools, ctx, step=completion.step, parallel=self.spec.parallel_tool_calls
            )
        if scope.cancelled_caught:
            self._conclude()
            self._stop_if(limits.wall_time_stop(self.spec.limits, " during tool calls"))
            return
        for planned, result in zip(to_run, fresh, strict=False):
            yield self._log(
                result_event(self.run_id, completion.step, planned.call_id, planned.call.name, result)
            )
        self.step = replace(self.step, results={**known, **{p.call_id: r for p, r in zip(to_run, fresh)}})
        self._conclude()

    async def xǁRunǁ_act__mutmut_56(self, ctx: RunContext[Any], completion: Completion) -> AsyncGenerator[RunEvent, None]:
        """Take the step's answer, or run its calls; then conclude the step."""
        assert self.step is not None
        calls = plan_calls(completion.step, completion.parsed)
        self.step = replace(self.step, completion=completion, calls=calls)
        if completion.timed_out:
            self._conclude()
            self._stop_if(limits.wall_time_stop(self.spec.limits))
            return
        if not calls:
            async for event in self._answer(completion):
                yield event
            return
        known, self.known_results = self.known_results, {}
        for event in _call_events(self.run_id, completion.step, calls, known):
            yield self._log(event)
        to_run = [p for p in calls if p.call_id not in known]
        with anyio.move_on_after(self._time_left()) as scope:
            fresh = await dispatch(
                to_run, self.spec.tools, ctx, step=completion.step, parallel=self.spec.parallel_tool_calls
            )
        if scope.cancelled_caught:
            self._conclude()
            self._stop_if(limits.wall_time_stop(self.spec.limits, " during tool calls"))
            return
        for planned, result in zip(to_run, fresh, strict=True):
            yield self._log(
                None
            )
        self.step = replace(self.step, results={**known, **{p.call_id: r for p, r in zip(to_run, fresh)}})
        self._conclude()

    async def xǁRunǁ_act__mutmut_57(self, ctx: RunContext[Any], completion: Completion) -> AsyncGenerator[RunEvent, None]:
        """Take the step's answer, or run its calls; then conclude the step."""
        assert self.step is not None
        calls = plan_calls(completion.step, completion.parsed)
        self.step = replace(self.step, completion=completion, calls=calls)
        if completion.timed_out:
            self._conclude()
            self._stop_if(limits.wall_time_stop(self.spec.limits))
            return
        if not calls:
            async for event in self._answer(completion):
                yield event
            return
        known, self.known_results = self.known_results, {}
        for event in _call_events(self.run_id, completion.step, calls, known):
            yield self._log(event)
        to_run = [p for p in calls if p.call_id not in known]
        with anyio.move_on_after(self._time_left()) as scope:
            fresh = await dispatch(
                to_run, self.spec.tools, ctx, step=completion.step, parallel=self.spec.parallel_tool_calls
            )
        if scope.cancelled_caught:
            self._conclude()
            self._stop_if(limits.wall_time_stop(self.spec.limits, " during tool calls"))
            return
        for planned, result in zip(to_run, fresh, strict=True):
            yield self._log(
                result_event(None, completion.step, planned.call_id, planned.call.name, result)
            )
        self.step = replace(self.step, results={**known, **{p.call_id: r for p, r in zip(to_run, fresh)}})
        self._conclude()

    async def xǁRunǁ_act__mutmut_58(self, ctx: RunContext[Any], completion: Completion) -> AsyncGenerator[RunEvent, None]:
        """Take the step's answer, or run its calls; then conclude the step."""
        assert self.step is not None
        calls = plan_calls(completion.step, completion.parsed)
        self.step = replace(self.step, completion=completion, calls=calls)
        if completion.timed_out:
            self._conclude()
            self._stop_if(limits.wall_time_stop(self.spec.limits))
            return
        if not calls:
            async for event in self._answer(completion):
                yield event
            return
        known, self.known_results = self.known_results, {}
        for event in _call_events(self.run_id, completion.step, calls, known):
            yield self._log(event)
        to_run = [p for p in calls if p.call_id not in known]
        with anyio.move_on_after(self._time_left()) as scope:
            fresh = await dispatch(
                to_run, self.spec.tools, ctx, step=completion.step, parallel=self.spec.parallel_tool_calls
            )
        if scope.cancelled_caught:
            self._conclude()
            self._stop_if(limits.wall_time_stop(self.spec.limits, " during tool calls"))
            return
        for planned, result in zip(to_run, fresh, strict=True):
            yield self._log(
                result_event(self.run_id, None, planned.call_id, planned.call.name, result)
            )
        self.step = replace(self.step, results={**known, **{p.call_id: r for p, r in zip(to_run, fresh)}})
        self._conclude()

    async def xǁRunǁ_act__mutmut_59(self, ctx: RunContext[Any], completion: Completion) -> AsyncGenerator[RunEvent, None]:
        """Take the step's answer, or run its calls; then conclude the step."""
        assert self.step is not None
        calls = plan_calls(completion.step, completion.parsed)
        self.step = replace(self.step, completion=completion, calls=calls)
        if completion.timed_out:
            self._conclude()
            self._stop_if(limits.wall_time_stop(self.spec.limits))
            return
        if not calls:
            async for event in self._answer(completion):
                yield event
            return
        known, self.known_results = self.known_results, {}
        for event in _call_events(self.run_id, completion.step, calls, known):
            yield self._log(event)
        to_run = [p for p in calls if p.call_id not in known]
        with anyio.move_on_after(self._time_left()) as scope:
            fresh = await dispatch(
                to_run, self.spec.tools, ctx, step=completion.step, parallel=self.spec.parallel_tool_calls
            )
        if scope.cancelled_caught:
            self._conclude()
            self._stop_if(limits.wall_time_stop(self.spec.limits, " during tool calls"))
            return
        for planned, result in zip(to_run, fresh, strict=True):
            yield self._log(
                result_event(self.run_id, completion.step, None, planned.call.name, result)
            )
        self.step = replace(self.step, results={**known, **{p.call_id: r for p, r in zip(to_run, fresh)}})
        self._conclude()

    async def xǁRunǁ_act__mutmut_60(self, ctx: RunContext[Any], completion: Completion) -> AsyncGenerator[RunEvent, None]:
        """Take the step's answer, or run its calls; then conclude the step."""
        assert self.step is not None
        calls = plan_calls(completion.step, completion.parsed)
        self.step = replace(self.step, completion=completion, calls=calls)
        if completion.timed_out:
            self._conclude()
            self._stop_if(limits.wall_time_stop(self.spec.limits))
            return
        if not calls:
            async for event in self._answer(completion):
                yield event
            return
        known, self.known_results = self.known_results, {}
        for event in _call_events(self.run_id, completion.step, calls, known):
            yield self._log(event)
        to_run = [p for p in calls if p.call_id not in known]
        with anyio.move_on_after(self._time_left()) as scope:
            fresh = await dispatch(
                to_run, self.spec.tools, ctx, step=completion.step, parallel=self.spec.parallel_tool_calls
            )
        if scope.cancelled_caught:
            self._conclude()
            self._stop_if(limits.wall_time_stop(self.spec.limits, " during tool calls"))
            return
        for planned, result in zip(to_run, fresh, strict=True):
            yield self._log(
                result_event(self.run_id, completion.step, planned.call_id, None, result)
            )
        self.step = replace(self.step, results={**known, **{p.call_id: r for p, r in zip(to_run, fresh)}})
        self._conclude()

    async def xǁRunǁ_act__mutmut_61(self, ctx: RunContext[Any], completion: Completion) -> AsyncGenerator[RunEvent, None]:
        """Take the step's answer, or run its calls; then conclude the step."""
        assert self.step is not None
        calls = plan_calls(completion.step, completion.parsed)
        self.step = replace(self.step, completion=completion, calls=calls)
        if completion.timed_out:
            self._conclude()
            self._stop_if(limits.wall_time_stop(self.spec.limits))
            return
        if not calls:
            async for event in self._answer(completion):
                yield event
            return
        known, self.known_results = self.known_results, {}
        for event in _call_events(self.run_id, completion.step, calls, known):
            yield self._log(event)
        to_run = [p for p in calls if p.call_id not in known]
        with anyio.move_on_after(self._time_left()) as scope:
            fresh = await dispatch(
                to_run, self.spec.tools, ctx, step=completion.step, parallel=self.spec.parallel_tool_calls
            )
        if scope.cancelled_caught:
            self._conclude()
            self._stop_if(limits.wall_time_stop(self.spec.limits, " during tool calls"))
            return
        for planned, result in zip(to_run, fresh, strict=True):
            yield self._log(
                result_event(self.run_id, completion.step, planned.call_id, planned.call.name, None)
            )
        self.step = replace(self.step, results={**known, **{p.call_id: r for p, r in zip(to_run, fresh)}})
        self._conclude()

    async def xǁRunǁ_act__mutmut_62(self, ctx: RunContext[Any], completion: Completion) -> AsyncGenerator[RunEvent, None]:
        """Take the step's answer, or run its calls; then conclude the step."""
        assert self.step is not None
        calls = plan_calls(completion.step, completion.parsed)
        self.step = replace(self.step, completion=completion, calls=calls)
        if completion.timed_out:
            self._conclude()
            self._stop_if(limits.wall_time_stop(self.spec.limits))
            return
        if not calls:
            async for event in self._answer(completion):
                yield event
            return
        known, self.known_results = self.known_results, {}
        for event in _call_events(self.run_id, completion.step, calls, known):
            yield self._log(event)
        to_run = [p for p in calls if p.call_id not in known]
        with anyio.move_on_after(self._time_left()) as scope:
            fresh = await dispatch(
                to_run, self.spec.tools, ctx, step=completion.step, parallel=self.spec.parallel_tool_calls
            )
        if scope.cancelled_caught:
            self._conclude()
            self._stop_if(limits.wall_time_stop(self.spec.limits, " during tool calls"))
            return
        for planned, result in zip(to_run, fresh, strict=True):
            yield self._log(
                result_event(completion.step, planned.call_id, planned.call.name, result)
            )
        self.step = replace(self.step, results={**known, **{p.call_id: r for p, r in zip(to_run, fresh)}})
        self._conclude()

    async def xǁRunǁ_act__mutmut_63(self, ctx: RunContext[Any], completion: Completion) -> AsyncGenerator[RunEvent, None]:
        """Take the step's answer, or run its calls; then conclude the step."""
        assert self.step is not None
        calls = plan_calls(completion.step, completion.parsed)
        self.step = replace(self.step, completion=completion, calls=calls)
        if completion.timed_out:
            self._conclude()
            self._stop_if(limits.wall_time_stop(self.spec.limits))
            return
        if not calls:
            async for event in self._answer(completion):
                yield event
            return
        known, self.known_results = self.known_results, {}
        for event in _call_events(self.run_id, completion.step, calls, known):
            yield self._log(event)
        to_run = [p for p in calls if p.call_id not in known]
        with anyio.move_on_after(self._time_left()) as scope:
            fresh = await dispatch(
                to_run, self.spec.tools, ctx, step=completion.step, parallel=self.spec.parallel_tool_calls
            )
        if scope.cancelled_caught:
            self._conclude()
            self._stop_if(limits.wall_time_stop(self.spec.limits, " during tool calls"))
            return
        for planned, result in zip(to_run, fresh, strict=True):
            yield self._log(
                result_event(self.run_id, planned.call_id, planned.call.name, result)
            )
        self.step = replace(self.step, results={**known, **{p.call_id: r for p, r in zip(to_run, fresh)}})
        self._conclude()

    async def xǁRunǁ_act__mutmut_64(self, ctx: RunContext[Any], completion: Completion) -> AsyncGenerator[RunEvent, None]:
        """Take the step's answer, or run its calls; then conclude the step."""
        assert self.step is not None
        calls = plan_calls(completion.step, completion.parsed)
        self.step = replace(self.step, completion=completion, calls=calls)
        if completion.timed_out:
            self._conclude()
            self._stop_if(limits.wall_time_stop(self.spec.limits))
            return
        if not calls:
            async for event in self._answer(completion):
                yield event
            return
        known, self.known_results = self.known_results, {}
        for event in _call_events(self.run_id, completion.step, calls, known):
            yield self._log(event)
        to_run = [p for p in calls if p.call_id not in known]
        with anyio.move_on_after(self._time_left()) as scope:
            fresh = await dispatch(
                to_run, self.spec.tools, ctx, step=completion.step, parallel=self.spec.parallel_tool_calls
            )
        if scope.cancelled_caught:
            self._conclude()
            self._stop_if(limits.wall_time_stop(self.spec.limits, " during tool calls"))
            return
        for planned, result in zip(to_run, fresh, strict=True):
            yield self._log(
                result_event(self.run_id, completion.step, planned.call.name, result)
            )
        self.step = replace(self.step, results={**known, **{p.call_id: r for p, r in zip(to_run, fresh)}})
        self._conclude()

    async def xǁRunǁ_act__mutmut_65(self, ctx: RunContext[Any], completion: Completion) -> AsyncGenerator[RunEvent, None]:
        """Take the step's answer, or run its calls; then conclude the step."""
        assert self.step is not None
        calls = plan_calls(completion.step, completion.parsed)
        self.step = replace(self.step, completion=completion, calls=calls)
        if completion.timed_out:
            self._conclude()
            self._stop_if(limits.wall_time_stop(self.spec.limits))
            return
        if not calls:
            async for event in self._answer(completion):
                yield event
            return
        known, self.known_results = self.known_results, {}
        for event in _call_events(self.run_id, completion.step, calls, known):
            yield self._log(event)
        to_run = [p for p in calls if p.call_id not in known]
        with anyio.move_on_after(self._time_left()) as scope:
            fresh = await dispatch(
                to_run, self.spec.tools, ctx, step=completion.step, parallel=self.spec.parallel_tool_calls
            )
        if scope.cancelled_caught:
            self._conclude()
            self._stop_if(limits.wall_time_stop(self.spec.limits, " during tool calls"))
            return
        for planned, result in zip(to_run, fresh, strict=True):
            yield self._log(
                result_event(self.run_id, completion.step, planned.call_id, result)
            )
        self.step = replace(self.step, results={**known, **{p.call_id: r for p, r in zip(to_run, fresh)}})
        self._conclude()

    async def xǁRunǁ_act__mutmut_66(self, ctx: RunContext[Any], completion: Completion) -> AsyncGenerator[RunEvent, None]:
        """Take the step's answer, or run its calls; then conclude the step."""
        assert self.step is not None
        calls = plan_calls(completion.step, completion.parsed)
        self.step = replace(self.step, completion=completion, calls=calls)
        if completion.timed_out:
            self._conclude()
            self._stop_if(limits.wall_time_stop(self.spec.limits))
            return
        if not calls:
            async for event in self._answer(completion):
                yield event
            return
        known, self.known_results = self.known_results, {}
        for event in _call_events(self.run_id, completion.step, calls, known):
            yield self._log(event)
        to_run = [p for p in calls if p.call_id not in known]
        with anyio.move_on_after(self._time_left()) as scope:
            fresh = await dispatch(
                to_run, self.spec.tools, ctx, step=completion.step, parallel=self.spec.parallel_tool_calls
            )
        if scope.cancelled_caught:
            self._conclude()
            self._stop_if(limits.wall_time_stop(self.spec.limits, " during tool calls"))
            return
        for planned, result in zip(to_run, fresh, strict=True):
            yield self._log(
                result_event(self.run_id, completion.step, planned.call_id, planned.call.name, )
            )
        self.step = replace(self.step, results={**known, **{p.call_id: r for p, r in zip(to_run, fresh)}})
        self._conclude()

    async def xǁRunǁ_act__mutmut_67(self, ctx: RunContext[Any], completion: Completion) -> AsyncGenerator[RunEvent, None]:
        """Take the step's answer, or run its calls; then conclude the step."""
        assert self.step is not None
        calls = plan_calls(completion.step, completion.parsed)
        self.step = replace(self.step, completion=completion, calls=calls)
        if completion.timed_out:
            self._conclude()
            self._stop_if(limits.wall_time_stop(self.spec.limits))
            return
        if not calls:
            async for event in self._answer(completion):
                yield event
            return
        known, self.known_results = self.known_results, {}
        for event in _call_events(self.run_id, completion.step, calls, known):
            yield self._log(event)
        to_run = [p for p in calls if p.call_id not in known]
        with anyio.move_on_after(self._time_left()) as scope:
            fresh = await dispatch(
                to_run, self.spec.tools, ctx, step=completion.step, parallel=self.spec.parallel_tool_calls
            )
        if scope.cancelled_caught:
            self._conclude()
            self._stop_if(limits.wall_time_stop(self.spec.limits, " during tool calls"))
            return
        for planned, result in zip(to_run, fresh, strict=True):
            yield self._log(
                result_event(self.run_id, completion.step, planned.call_id, planned.call.name, result)
            )
        self.step = None
        self._conclude()

    async def xǁRunǁ_act__mutmut_68(self, ctx: RunContext[Any], completion: Completion) -> AsyncGenerator[RunEvent, None]:
        """Take the step's answer, or run its calls; then conclude the step."""
        assert self.step is not None
        calls = plan_calls(completion.step, completion.parsed)
        self.step = replace(self.step, completion=completion, calls=calls)
        if completion.timed_out:
            self._conclude()
            self._stop_if(limits.wall_time_stop(self.spec.limits))
            return
        if not calls:
            async for event in self._answer(completion):
                yield event
            return
        known, self.known_results = self.known_results, {}
        for event in _call_events(self.run_id, completion.step, calls, known):
            yield self._log(event)
        to_run = [p for p in calls if p.call_id not in known]
        with anyio.move_on_after(self._time_left()) as scope:
            fresh = await dispatch(
                to_run, self.spec.tools, ctx, step=completion.step, parallel=self.spec.parallel_tool_calls
            )
        if scope.cancelled_caught:
            self._conclude()
            self._stop_if(limits.wall_time_stop(self.spec.limits, " during tool calls"))
            return
        for planned, result in zip(to_run, fresh, strict=True):
            yield self._log(
                result_event(self.run_id, completion.step, planned.call_id, planned.call.name, result)
            )
        self.step = replace(None, results={**known, **{p.call_id: r for p, r in zip(to_run, fresh)}})
        self._conclude()

    async def xǁRunǁ_act__mutmut_69(self, ctx: RunContext[Any], completion: Completion) -> AsyncGenerator[RunEvent, None]:
        """Take the step's answer, or run its calls; then conclude the step."""
        assert self.step is not None
        calls = plan_calls(completion.step, completion.parsed)
        self.step = replace(self.step, completion=completion, calls=calls)
        if completion.timed_out:
            self._conclude()
            self._stop_if(limits.wall_time_stop(self.spec.limits))
            return
        if not calls:
            async for event in self._answer(completion):
                yield event
            return
        known, self.known_results = self.known_results, {}
        for event in _call_events(self.run_id, completion.step, calls, known):
            yield self._log(event)
        to_run = [p for p in calls if p.call_id not in known]
        with anyio.move_on_after(self._time_left()) as scope:
            fresh = await dispatch(
                to_run, self.spec.tools, ctx, step=completion.step, parallel=self.spec.parallel_tool_calls
            )
        if scope.cancelled_caught:
            self._conclude()
            self._stop_if(limits.wall_time_stop(self.spec.limits, " during tool calls"))
            return
        for planned, result in zip(to_run, fresh, strict=True):
            yield self._log(
                result_event(self.run_id, completion.step, planned.call_id, planned.call.name, result)
            )
        self.step = replace(self.step, results=None)
        self._conclude()

    async def xǁRunǁ_act__mutmut_70(self, ctx: RunContext[Any], completion: Completion) -> AsyncGenerator[RunEvent, None]:
        """Take the step's answer, or run its calls; then conclude the step."""
        assert self.step is not None
        calls = plan_calls(completion.step, completion.parsed)
        self.step = replace(self.step, completion=completion, calls=calls)
        if completion.timed_out:
            self._conclude()
            self._stop_if(limits.wall_time_stop(self.spec.limits))
            return
        if not calls:
            async for event in self._answer(completion):
                yield event
            return
        known, self.known_results = self.known_results, {}
        for event in _call_events(self.run_id, completion.step, calls, known):
            yield self._log(event)
        to_run = [p for p in calls if p.call_id not in known]
        with anyio.move_on_after(self._time_left()) as scope:
            fresh = await dispatch(
                to_run, self.spec.tools, ctx, step=completion.step, parallel=self.spec.parallel_tool_calls
            )
        if scope.cancelled_caught:
            self._conclude()
            self._stop_if(limits.wall_time_stop(self.spec.limits, " during tool calls"))
            return
        for planned, result in zip(to_run, fresh, strict=True):
            yield self._log(
                result_event(self.run_id, completion.step, planned.call_id, planned.call.name, result)
            )
        self.step = replace(results={**known, **{p.call_id: r for p, r in zip(to_run, fresh)}})
        self._conclude()

    async def xǁRunǁ_act__mutmut_71(self, ctx: RunContext[Any], completion: Completion) -> AsyncGenerator[RunEvent, None]:
        """Take the step's answer, or run its calls; then conclude the step."""
        assert self.step is not None
        calls = plan_calls(completion.step, completion.parsed)
        self.step = replace(self.step, completion=completion, calls=calls)
        if completion.timed_out:
            self._conclude()
            self._stop_if(limits.wall_time_stop(self.spec.limits))
            return
        if not calls:
            async for event in self._answer(completion):
                yield event
            return
        known, self.known_results = self.known_results, {}
        for event in _call_events(self.run_id, completion.step, calls, known):
            yield self._log(event)
        to_run = [p for p in calls if p.call_id not in known]
        with anyio.move_on_after(self._time_left()) as scope:
            fresh = await dispatch(
                to_run, self.spec.tools, ctx, step=completion.step, parallel=self.spec.parallel_tool_calls
            )
        if scope.cancelled_caught:
            self._conclude()
            self._stop_if(limits.wall_time_stop(self.spec.limits, " during tool calls"))
            return
        for planned, result in zip(to_run, fresh, strict=True):
            yield self._log(
                result_event(self.run_id, completion.step, planned.call_id, planned.call.name, result)
            )
        self.step = replace(self.step, )
        self._conclude()

    async def xǁRunǁ_act__mutmut_72(self, ctx: RunContext[Any], completion: Completion) -> AsyncGenerator[RunEvent, None]:
        """Take the step's answer, or run its calls; then conclude the step."""
        assert self.step is not None
        calls = plan_calls(completion.step, completion.parsed)
        self.step = replace(self.step, completion=completion, calls=calls)
        if completion.timed_out:
            self._conclude()
            self._stop_if(limits.wall_time_stop(self.spec.limits))
            return
        if not calls:
            async for event in self._answer(completion):
                yield event
            return
        known, self.known_results = self.known_results, {}
        for event in _call_events(self.run_id, completion.step, calls, known):
            yield self._log(event)
        to_run = [p for p in calls if p.call_id not in known]
        with anyio.move_on_after(self._time_left()) as scope:
            fresh = await dispatch(
                to_run, self.spec.tools, ctx, step=completion.step, parallel=self.spec.parallel_tool_calls
            )
        if scope.cancelled_caught:
            self._conclude()
            self._stop_if(limits.wall_time_stop(self.spec.limits, " during tool calls"))
            return
        for planned, result in zip(to_run, fresh, strict=True):
            yield self._log(
                result_event(self.run_id, completion.step, planned.call_id, planned.call.name, result)
            )
        self.step = replace(self.step, results={**known, **{p.call_id: r for p, r in zip(None, fresh)}})
        self._conclude()

    async def xǁRunǁ_act__mutmut_73(self, ctx: RunContext[Any], completion: Completion) -> AsyncGenerator[RunEvent, None]:
        """Take the step's answer, or run its calls; then conclude the step."""
        assert self.step is not None
        calls = plan_calls(completion.step, completion.parsed)
        self.step = replace(self.step, completion=completion, calls=calls)
        if completion.timed_out:
            self._conclude()
            self._stop_if(limits.wall_time_stop(self.spec.limits))
            return
        if not calls:
            async for event in self._answer(completion):
                yield event
            return
        known, self.known_results = self.known_results, {}
        for event in _call_events(self.run_id, completion.step, calls, known):
            yield self._log(event)
        to_run = [p for p in calls if p.call_id not in known]
        with anyio.move_on_after(self._time_left()) as scope:
            fresh = await dispatch(
                to_run, self.spec.tools, ctx, step=completion.step, parallel=self.spec.parallel_tool_calls
            )
        if scope.cancelled_caught:
            self._conclude()
            self._stop_if(limits.wall_time_stop(self.spec.limits, " during tool calls"))
            return
        for planned, result in zip(to_run, fresh, strict=True):
            yield self._log(
                result_event(self.run_id, completion.step, planned.call_id, planned.call.name, result)
            )
        self.step = replace(self.step, results={**known, **{p.call_id: r for p, r in zip(to_run, None)}})
        self._conclude()

    async def xǁRunǁ_act__mutmut_74(self, ctx: RunContext[Any], completion: Completion) -> AsyncGenerator[RunEvent, None]:
        """Take the step's answer, or run its calls; then conclude the step."""
        assert self.step is not None
        calls = plan_calls(completion.step, completion.parsed)
        self.step = replace(self.step, completion=completion, calls=calls)
        if completion.timed_out:
            self._conclude()
            self._stop_if(limits.wall_time_stop(self.spec.limits))
            return
        if not calls:
            async for event in self._answer(completion):
                yield event
            return
        known, self.known_results = self.known_results, {}
        for event in _call_events(self.run_id, completion.step, calls, known):
            yield self._log(event)
        to_run = [p for p in calls if p.call_id not in known]
        with anyio.move_on_after(self._time_left()) as scope:
            fresh = await dispatch(
                to_run, self.spec.tools, ctx, step=completion.step, parallel=self.spec.parallel_tool_calls
            )
        if scope.cancelled_caught:
            self._conclude()
            self._stop_if(limits.wall_time_stop(self.spec.limits, " during tool calls"))
            return
        for planned, result in zip(to_run, fresh, strict=True):
            yield self._log(
                result_event(self.run_id, completion.step, planned.call_id, planned.call.name, result)
            )
        self.step = replace(self.step, results={**known, **{p.call_id: r for p, r in zip(fresh)}})
        self._conclude()

    async def xǁRunǁ_act__mutmut_75(self, ctx: RunContext[Any], completion: Completion) -> AsyncGenerator[RunEvent, None]:
        """Take the step's answer, or run its calls; then conclude the step."""
        assert self.step is not None
        calls = plan_calls(completion.step, completion.parsed)
        self.step = replace(self.step, completion=completion, calls=calls)
        if completion.timed_out:
            self._conclude()
            self._stop_if(limits.wall_time_stop(self.spec.limits))
            return
        if not calls:
            async for event in self._answer(completion):
                yield event
            return
        known, self.known_results = self.known_results, {}
        for event in _call_events(self.run_id, completion.step, calls, known):
            yield self._log(event)
        to_run = [p for p in calls if p.call_id not in known]
        with anyio.move_on_after(self._time_left()) as scope:
            fresh = await dispatch(
                to_run, self.spec.tools, ctx, step=completion.step, parallel=self.spec.parallel_tool_calls
            )
        if scope.cancelled_caught:
            self._conclude()
            self._stop_if(limits.wall_time_stop(self.spec.limits, " during tool calls"))
            return
        for planned, result in zip(to_run, fresh, strict=True):
            yield self._log(
                result_event(self.run_id, completion.step, planned.call_id, planned.call.name, result)
            )
        self.step = replace(self.step, results={**known, **{p.call_id: r for p, r in zip(to_run, )}})
        self._conclude()

    @_mutmut_mutated(mutants_xǁRunǁ_answer__mutmut)
    async def _answer(self, completion: Completion) -> AsyncGenerator[RunEvent, None]:
        assert self.step is not None
        answer = completion.content
        spec = self.spec
        generated = self.counters.usage.generated_tokens + completion.generated_tokens
        cut = limits.answer_cut_stop(spec.limits, generated, completion.finish_reason)
        if cut is not None or spec.output is None:
            self._conclude()
            if not self._stop_if(cut):
                self._end(ExitReason.FINAL_ANSWER, output=answer or "", text=answer)
            return
        try:
            value = spec.output.validate(answer)
        except OutputInvalid as invalid:
            yield self._log(
                ErrorEvent(
                    run_id=self.run_id, step=completion.step, kind="output_invalid", message=str(invalid)
                )
            )
            if self.counters.output_retries >= spec.limits.max_output_retries:
                self._conclude()
                self._end(ExitReason.OUTPUT_INVALID, text=answer, error=str(invalid))
                return
            self.step = replace(self.step, output_invalid=True)
            self._conclude()
            feedback = UserMessage(content=str(invalid))
            yield self._log(UserMessageEvent(run_id=self.run_id, content=feedback.content))
            self.state.add_user(feedback)
            return
        self._conclude()
        self._end(ExitReason.FINAL_ANSWER, output=value, text=answer)

    async def xǁRunǁ_answer__mutmut_orig(self, completion: Completion) -> AsyncGenerator[RunEvent, None]:
        assert self.step is not None
        answer = completion.content
        spec = self.spec
        generated = self.counters.usage.generated_tokens + completion.generated_tokens
        cut = limits.answer_cut_stop(spec.limits, generated, completion.finish_reason)
        if cut is not None or spec.output is None:
            self._conclude()
            if not self._stop_if(cut):
                self._end(ExitReason.FINAL_ANSWER, output=answer or "", text=answer)
            return
        try:
            value = spec.output.validate(answer)
        except OutputInvalid as invalid:
            yield self._log(
                ErrorEvent(
                    run_id=self.run_id, step=completion.step, kind="output_invalid", message=str(invalid)
                )
            )
            if self.counters.output_retries >= spec.limits.max_output_retries:
                self._conclude()
                self._end(ExitReason.OUTPUT_INVALID, text=answer, error=str(invalid))
                return
            self.step = replace(self.step, output_invalid=True)
            self._conclude()
            feedback = UserMessage(content=str(invalid))
            yield self._log(UserMessageEvent(run_id=self.run_id, content=feedback.content))
            self.state.add_user(feedback)
            return
        self._conclude()
        self._end(ExitReason.FINAL_ANSWER, output=value, text=answer)

    async def xǁRunǁ_answer__mutmut_1(self, completion: Completion) -> AsyncGenerator[RunEvent, None]:
        assert self.step is None
        answer = completion.content
        spec = self.spec
        generated = self.counters.usage.generated_tokens + completion.generated_tokens
        cut = limits.answer_cut_stop(spec.limits, generated, completion.finish_reason)
        if cut is not None or spec.output is None:
            self._conclude()
            if not self._stop_if(cut):
                self._end(ExitReason.FINAL_ANSWER, output=answer or "", text=answer)
            return
        try:
            value = spec.output.validate(answer)
        except OutputInvalid as invalid:
            yield self._log(
                ErrorEvent(
                    run_id=self.run_id, step=completion.step, kind="output_invalid", message=str(invalid)
                )
            )
            if self.counters.output_retries >= spec.limits.max_output_retries:
                self._conclude()
                self._end(ExitReason.OUTPUT_INVALID, text=answer, error=str(invalid))
                return
            self.step = replace(self.step, output_invalid=True)
            self._conclude()
            feedback = UserMessage(content=str(invalid))
            yield self._log(UserMessageEvent(run_id=self.run_id, content=feedback.content))
            self.state.add_user(feedback)
            return
        self._conclude()
        self._end(ExitReason.FINAL_ANSWER, output=value, text=answer)

    async def xǁRunǁ_answer__mutmut_2(self, completion: Completion) -> AsyncGenerator[RunEvent, None]:
        assert self.step is not None
        answer = None
        spec = self.spec
        generated = self.counters.usage.generated_tokens + completion.generated_tokens
        cut = limits.answer_cut_stop(spec.limits, generated, completion.finish_reason)
        if cut is not None or spec.output is None:
            self._conclude()
            if not self._stop_if(cut):
                self._end(ExitReason.FINAL_ANSWER, output=answer or "", text=answer)
            return
        try:
            value = spec.output.validate(answer)
        except OutputInvalid as invalid:
            yield self._log(
                ErrorEvent(
                    run_id=self.run_id, step=completion.step, kind="output_invalid", message=str(invalid)
                )
            )
            if self.counters.output_retries >= spec.limits.max_output_retries:
                self._conclude()
                self._end(ExitReason.OUTPUT_INVALID, text=answer, error=str(invalid))
                return
            self.step = replace(self.step, output_invalid=True)
            self._conclude()
            feedback = UserMessage(content=str(invalid))
            yield self._log(UserMessageEvent(run_id=self.run_id, content=feedback.content))
            self.state.add_user(feedback)
            return
        self._conclude()
        self._end(ExitReason.FINAL_ANSWER, output=value, text=answer)

    async def xǁRunǁ_answer__mutmut_3(self, completion: Completion) -> AsyncGenerator[RunEvent, None]:
        assert self.step is not None
        answer = completion.content
        spec = None
        generated = self.counters.usage.generated_tokens + completion.generated_tokens
        cut = limits.answer_cut_stop(spec.limits, generated, completion.finish_reason)
        if cut is not None or spec.output is None:
            self._conclude()
            if not self._stop_if(cut):
                self._end(ExitReason.FINAL_ANSWER, output=answer or "", text=answer)
            return
        try:
            value = spec.output.validate(answer)
        except OutputInvalid as invalid:
            yield self._log(
                ErrorEvent(
                    run_id=self.run_id, step=completion.step, kind="output_invalid", message=str(invalid)
                )
            )
            if self.counters.output_retries >= spec.limits.max_output_retries:
                self._conclude()
                self._end(ExitReason.OUTPUT_INVALID, text=answer, error=str(invalid))
                return
            self.step = replace(self.step, output_invalid=True)
            self._conclude()
            feedback = UserMessage(content=str(invalid))
            yield self._log(UserMessageEvent(run_id=self.run_id, content=feedback.content))
            self.state.add_user(feedback)
            return
        self._conclude()
        self._end(ExitReason.FINAL_ANSWER, output=value, text=answer)

    async def xǁRunǁ_answer__mutmut_4(self, completion: Completion) -> AsyncGenerator[RunEvent, None]:
        assert self.step is not None
        answer = completion.content
        spec = self.spec
        generated = None
        cut = limits.answer_cut_stop(spec.limits, generated, completion.finish_reason)
        if cut is not None or spec.output is None:
            self._conclude()
            if not self._stop_if(cut):
                self._end(ExitReason.FINAL_ANSWER, output=answer or "", text=answer)
            return
        try:
            value = spec.output.validate(answer)
        except OutputInvalid as invalid:
            yield self._log(
                ErrorEvent(
                    run_id=self.run_id, step=completion.step, kind="output_invalid", message=str(invalid)
                )
            )
            if self.counters.output_retries >= spec.limits.max_output_retries:
                self._conclude()
                self._end(ExitReason.OUTPUT_INVALID, text=answer, error=str(invalid))
                return
            self.step = replace(self.step, output_invalid=True)
            self._conclude()
            feedback = UserMessage(content=str(invalid))
            yield self._log(UserMessageEvent(run_id=self.run_id, content=feedback.content))
            self.state.add_user(feedback)
            return
        self._conclude()
        self._end(ExitReason.FINAL_ANSWER, output=value, text=answer)

    async def xǁRunǁ_answer__mutmut_5(self, completion: Completion) -> AsyncGenerator[RunEvent, None]:
        assert self.step is not None
        answer = completion.content
        spec = self.spec
        generated = self.counters.usage.generated_tokens - completion.generated_tokens
        cut = limits.answer_cut_stop(spec.limits, generated, completion.finish_reason)
        if cut is not None or spec.output is None:
            self._conclude()
            if not self._stop_if(cut):
                self._end(ExitReason.FINAL_ANSWER, output=answer or "", text=answer)
            return
        try:
            value = spec.output.validate(answer)
        except OutputInvalid as invalid:
            yield self._log(
                ErrorEvent(
                    run_id=self.run_id, step=completion.step, kind="output_invalid", message=str(invalid)
                )
            )
            if self.counters.output_retries >= spec.limits.max_output_retries:
                self._conclude()
                self._end(ExitReason.OUTPUT_INVALID, text=answer, error=str(invalid))
                return
            self.step = replace(self.step, output_invalid=True)
            self._conclude()
            feedback = UserMessage(content=str(invalid))
            yield self._log(UserMessageEvent(run_id=self.run_id, content=feedback.content))
            self.state.add_user(feedback)
            return
        self._conclude()
        self._end(ExitReason.FINAL_ANSWER, output=value, text=answer)

    async def xǁRunǁ_answer__mutmut_6(self, completion: Completion) -> AsyncGenerator[RunEvent, None]:
        assert self.step is not None
        answer = completion.content
        spec = self.spec
        generated = self.counters.usage.generated_tokens + completion.generated_tokens
        cut = None
        if cut is not None or spec.output is None:
            self._conclude()
            if not self._stop_if(cut):
                self._end(ExitReason.FINAL_ANSWER, output=answer or "", text=answer)
            return
        try:
            value = spec.output.validate(answer)
        except OutputInvalid as invalid:
            yield self._log(
                ErrorEvent(
                    run_id=self.run_id, step=completion.step, kind="output_invalid", message=str(invalid)
                )
            )
            if self.counters.output_retries >= spec.limits.max_output_retries:
                self._conclude()
                self._end(ExitReason.OUTPUT_INVALID, text=answer, error=str(invalid))
                return
            self.step = replace(self.step, output_invalid=True)
            self._conclude()
            feedback = UserMessage(content=str(invalid))
            yield self._log(UserMessageEvent(run_id=self.run_id, content=feedback.content))
            self.state.add_user(feedback)
            return
        self._conclude()
        self._end(ExitReason.FINAL_ANSWER, output=value, text=answer)

    async def xǁRunǁ_answer__mutmut_7(self, completion: Completion) -> AsyncGenerator[RunEvent, None]:
        assert self.step is not None
        answer = completion.content
        spec = self.spec
        generated = self.counters.usage.generated_tokens + completion.generated_tokens
        cut = limits.answer_cut_stop(None, generated, completion.finish_reason)
        if cut is not None or spec.output is None:
            self._conclude()
            if not self._stop_if(cut):
                self._end(ExitReason.FINAL_ANSWER, output=answer or "", text=answer)
            return
        try:
            value = spec.output.validate(answer)
        except OutputInvalid as invalid:
            yield self._log(
                ErrorEvent(
                    run_id=self.run_id, step=completion.step, kind="output_invalid", message=str(invalid)
                )
            )
            if self.counters.output_retries >= spec.limits.max_output_retries:
                self._conclude()
                self._end(ExitReason.OUTPUT_INVALID, text=answer, error=str(invalid))
                return
            self.step = replace(self.step, output_invalid=True)
            self._conclude()
            feedback = UserMessage(content=str(invalid))
            yield self._log(UserMessageEvent(run_id=self.run_id, content=feedback.content))
            self.state.add_user(feedback)
            return
        self._conclude()
        self._end(ExitReason.FINAL_ANSWER, output=value, text=answer)

    async def xǁRunǁ_answer__mutmut_8(self, completion: Completion) -> AsyncGenerator[RunEvent, None]:
        assert self.step is not None
        answer = completion.content
        spec = self.spec
        generated = self.counters.usage.generated_tokens + completion.generated_tokens
        cut = limits.answer_cut_stop(spec.limits, None, completion.finish_reason)
        if cut is not None or spec.output is None:
            self._conclude()
            if not self._stop_if(cut):
                self._end(ExitReason.FINAL_ANSWER, output=answer or "", text=answer)
            return
        try:
            value = spec.output.validate(answer)
        except OutputInvalid as invalid:
            yield self._log(
                ErrorEvent(
                    run_id=self.run_id, step=completion.step, kind="output_invalid", message=str(invalid)
                )
            )
            if self.counters.output_retries >= spec.limits.max_output_retries:
                self._conclude()
                self._end(ExitReason.OUTPUT_INVALID, text=answer, error=str(invalid))
                return
            self.step = replace(self.step, output_invalid=True)
            self._conclude()
            feedback = UserMessage(content=str(invalid))
            yield self._log(UserMessageEvent(run_id=self.run_id, content=feedback.content))
            self.state.add_user(feedback)
            return
        self._conclude()
        self._end(ExitReason.FINAL_ANSWER, output=value, text=answer)

    async def xǁRunǁ_answer__mutmut_9(self, completion: Completion) -> AsyncGenerator[RunEvent, None]:
        assert self.step is not None
        answer = completion.content
        spec = self.spec
        generated = self.counters.usage.generated_tokens + completion.generated_tokens
        cut = limits.answer_cut_stop(spec.limits, generated, None)
        if cut is not None or spec.output is None:
            self._conclude()
            if not self._stop_if(cut):
                self._end(ExitReason.FINAL_ANSWER, output=answer or "", text=answer)
            return
        try:
            value = spec.output.validate(answer)
        except OutputInvalid as invalid:
            yield self._log(
                ErrorEvent(
                    run_id=self.run_id, step=completion.step, kind="output_invalid", message=str(invalid)
                )
            )
            if self.counters.output_retries >= spec.limits.max_output_retries:
                self._conclude()
                self._end(ExitReason.OUTPUT_INVALID, text=answer, error=str(invalid))
                return
            self.step = replace(self.step, output_invalid=True)
            self._conclude()
            feedback = UserMessage(content=str(invalid))
            yield self._log(UserMessageEvent(run_id=self.run_id, content=feedback.content))
            self.state.add_user(feedback)
            return
        self._conclude()
        self._end(ExitReason.FINAL_ANSWER, output=value, text=answer)

    async def xǁRunǁ_answer__mutmut_10(self, completion: Completion) -> AsyncGenerator[RunEvent, None]:
        assert self.step is not None
        answer = completion.content
        spec = self.spec
        generated = self.counters.usage.generated_tokens + completion.generated_tokens
        cut = limits.answer_cut_stop(generated, completion.finish_reason)
        if cut is not None or spec.output is None:
            self._conclude()
            if not self._stop_if(cut):
                self._end(ExitReason.FINAL_ANSWER, output=answer or "", text=answer)
            return
        try:
            value = spec.output.validate(answer)
        except OutputInvalid as invalid:
            yield self._log(
                ErrorEvent(
                    run_id=self.run_id, step=completion.step, kind="output_invalid", message=str(invalid)
                )
            )
            if self.counters.output_retries >= spec.limits.max_output_retries:
                self._conclude()
                self._end(ExitReason.OUTPUT_INVALID, text=answer, error=str(invalid))
                return
            self.step = replace(self.step, output_invalid=True)
            self._conclude()
            feedback = UserMessage(content=str(invalid))
            yield self._log(UserMessageEvent(run_id=self.run_id, content=feedback.content))
            self.state.add_user(feedback)
            return
        self._conclude()
        self._end(ExitReason.FINAL_ANSWER, output=value, text=answer)

    async def xǁRunǁ_answer__mutmut_11(self, completion: Completion) -> AsyncGenerator[RunEvent, None]:
        assert self.step is not None
        answer = completion.content
        spec = self.spec
        generated = self.counters.usage.generated_tokens + completion.generated_tokens
        cut = limits.answer_cut_stop(spec.limits, completion.finish_reason)
        if cut is not None or spec.output is None:
            self._conclude()
            if not self._stop_if(cut):
                self._end(ExitReason.FINAL_ANSWER, output=answer or "", text=answer)
            return
        try:
            value = spec.output.validate(answer)
        except OutputInvalid as invalid:
            yield self._log(
                ErrorEvent(
                    run_id=self.run_id, step=completion.step, kind="output_invalid", message=str(invalid)
                )
            )
            if self.counters.output_retries >= spec.limits.max_output_retries:
                self._conclude()
                self._end(ExitReason.OUTPUT_INVALID, text=answer, error=str(invalid))
                return
            self.step = replace(self.step, output_invalid=True)
            self._conclude()
            feedback = UserMessage(content=str(invalid))
            yield self._log(UserMessageEvent(run_id=self.run_id, content=feedback.content))
            self.state.add_user(feedback)
            return
        self._conclude()
        self._end(ExitReason.FINAL_ANSWER, output=value, text=answer)

    async def xǁRunǁ_answer__mutmut_12(self, completion: Completion) -> AsyncGenerator[RunEvent, None]:
        assert self.step is not None
        answer = completion.content
        spec = self.spec
        generated = self.counters.usage.generated_tokens + completion.generated_tokens
        cut = limits.answer_cut_stop(spec.limits, generated, )
        if cut is not None or spec.output is None:
            self._conclude()
            if not self._stop_if(cut):
                self._end(ExitReason.FINAL_ANSWER, output=answer or "", text=answer)
            return
        try:
            value = spec.output.validate(answer)
        except OutputInvalid as invalid:
            yield self._log(
                ErrorEvent(
                    run_id=self.run_id, step=completion.step, kind="output_invalid", message=str(invalid)
                )
            )
            if self.counters.output_retries >= spec.limits.max_output_retries:
                self._conclude()
                self._end(ExitReason.OUTPUT_INVALID, text=answer, error=str(invalid))
                return
            self.step = replace(self.step, output_invalid=True)
            self._conclude()
            feedback = UserMessage(content=str(invalid))
            yield self._log(UserMessageEvent(run_id=self.run_id, content=feedback.content))
            self.state.add_user(feedback)
            return
        self._conclude()
        self._end(ExitReason.FINAL_ANSWER, output=value, text=answer)

    async def xǁRunǁ_answer__mutmut_13(self, completion: Completion) -> AsyncGenerator[RunEvent, None]:
        assert self.step is not None
        answer = completion.content
        spec = self.spec
        generated = self.counters.usage.generated_tokens + completion.generated_tokens
        cut = limits.answer_cut_stop(spec.limits, generated, completion.finish_reason)
        if cut is not None and spec.output is None:
            self._conclude()
            if not self._stop_if(cut):
                self._end(ExitReason.FINAL_ANSWER, output=answer or "", text=answer)
            return
        try:
            value = spec.output.validate(answer)
        except OutputInvalid as invalid:
            yield self._log(
                ErrorEvent(
                    run_id=self.run_id, step=completion.step, kind="output_invalid", message=str(invalid)
                )
            )
            if self.counters.output_retries >= spec.limits.max_output_retries:
                self._conclude()
                self._end(ExitReason.OUTPUT_INVALID, text=answer, error=str(invalid))
                return
            self.step = replace(self.step, output_invalid=True)
            self._conclude()
            feedback = UserMessage(content=str(invalid))
            yield self._log(UserMessageEvent(run_id=self.run_id, content=feedback.content))
            self.state.add_user(feedback)
            return
        self._conclude()
        self._end(ExitReason.FINAL_ANSWER, output=value, text=answer)

    async def xǁRunǁ_answer__mutmut_14(self, completion: Completion) -> AsyncGenerator[RunEvent, None]:
        assert self.step is not None
        answer = completion.content
        spec = self.spec
        generated = self.counters.usage.generated_tokens + completion.generated_tokens
        cut = limits.answer_cut_stop(spec.limits, generated, completion.finish_reason)
        if cut is None or spec.output is None:
            self._conclude()
            if not self._stop_if(cut):
                self._end(ExitReason.FINAL_ANSWER, output=answer or "", text=answer)
            return
        try:
            value = spec.output.validate(answer)
        except OutputInvalid as invalid:
            yield self._log(
                ErrorEvent(
                    run_id=self.run_id, step=completion.step, kind="output_invalid", message=str(invalid)
                )
            )
            if self.counters.output_retries >= spec.limits.max_output_retries:
                self._conclude()
                self._end(ExitReason.OUTPUT_INVALID, text=answer, error=str(invalid))
                return
            self.step = replace(self.step, output_invalid=True)
            self._conclude()
            feedback = UserMessage(content=str(invalid))
            yield self._log(UserMessageEvent(run_id=self.run_id, content=feedback.content))
            self.state.add_user(feedback)
            return
        self._conclude()
        self._end(ExitReason.FINAL_ANSWER, output=value, text=answer)

    async def xǁRunǁ_answer__mutmut_15(self, completion: Completion) -> AsyncGenerator[RunEvent, None]:
        assert self.step is not None
        answer = completion.content
        spec = self.spec
        generated = self.counters.usage.generated_tokens + completion.generated_tokens
        cut = limits.answer_cut_stop(spec.limits, generated, completion.finish_reason)
        if cut is not None or spec.output is not None:
            self._conclude()
            if not self._stop_if(cut):
                self._end(ExitReason.FINAL_ANSWER, output=answer or "", text=answer)
            return
        try:
            value = spec.output.validate(answer)
        except OutputInvalid as invalid:
            yield self._log(
                ErrorEvent(
                    run_id=self.run_id, step=completion.step, kind="output_invalid", message=str(invalid)
                )
            )
            if self.counters.output_retries >= spec.limits.max_output_retries:
                self._conclude()
                self._end(ExitReason.OUTPUT_INVALID, text=answer, error=str(invalid))
                return
            self.step = replace(self.step, output_invalid=True)
            self._conclude()
            feedback = UserMessage(content=str(invalid))
            yield self._log(UserMessageEvent(run_id=self.run_id, content=feedback.content))
            self.state.add_user(feedback)
            return
        self._conclude()
        self._end(ExitReason.FINAL_ANSWER, output=value, text=answer)

    async def xǁRunǁ_answer__mutmut_16(self, completion: Completion) -> AsyncGenerator[RunEvent, None]:
        assert self.step is not None
        answer = completion.content
        spec = self.spec
        generated = self.counters.usage.generated_tokens + completion.generated_tokens
        cut = limits.answer_cut_stop(spec.limits, generated, completion.finish_reason)
        if cut is not None or spec.output is None:
            self._conclude()
            if self._stop_if(cut):
                self._end(ExitReason.FINAL_ANSWER, output=answer or "", text=answer)
            return
        try:
            value = spec.output.validate(answer)
        except OutputInvalid as invalid:
            yield self._log(
                ErrorEvent(
                    run_id=self.run_id, step=completion.step, kind="output_invalid", message=str(invalid)
                )
            )
            if self.counters.output_retries >= spec.limits.max_output_retries:
                self._conclude()
                self._end(ExitReason.OUTPUT_INVALID, text=answer, error=str(invalid))
                return
            self.step = replace(self.step, output_invalid=True)
            self._conclude()
            feedback = UserMessage(content=str(invalid))
            yield self._log(UserMessageEvent(run_id=self.run_id, content=feedback.content))
            self.state.add_user(feedback)
            return
        self._conclude()
        self._end(ExitReason.FINAL_ANSWER, output=value, text=answer)

    async def xǁRunǁ_answer__mutmut_17(self, completion: Completion) -> AsyncGenerator[RunEvent, None]:
        assert self.step is not None
        answer = completion.content
        spec = self.spec
        generated = self.counters.usage.generated_tokens + completion.generated_tokens
        cut = limits.answer_cut_stop(spec.limits, generated, completion.finish_reason)
        if cut is not None or spec.output is None:
            self._conclude()
            if not self._stop_if(None):
                self._end(ExitReason.FINAL_ANSWER, output=answer or "", text=answer)
            return
        try:
            value = spec.output.validate(answer)
        except OutputInvalid as invalid:
            yield self._log(
                ErrorEvent(
                    run_id=self.run_id, step=completion.step, kind="output_invalid", message=str(invalid)
                )
            )
            if self.counters.output_retries >= spec.limits.max_output_retries:
                self._conclude()
                self._end(ExitReason.OUTPUT_INVALID, text=answer, error=str(invalid))
                return
            self.step = replace(self.step, output_invalid=True)
            self._conclude()
            feedback = UserMessage(content=str(invalid))
            yield self._log(UserMessageEvent(run_id=self.run_id, content=feedback.content))
            self.state.add_user(feedback)
            return
        self._conclude()
        self._end(ExitReason.FINAL_ANSWER, output=value, text=answer)

    async def xǁRunǁ_answer__mutmut_18(self, completion: Completion) -> AsyncGenerator[RunEvent, None]:
        assert self.step is not None
        answer = completion.content
        spec = self.spec
        generated = self.counters.usage.generated_tokens + completion.generated_tokens
        cut = limits.answer_cut_stop(spec.limits, generated, completion.finish_reason)
        if cut is not None or spec.output is None:
            self._conclude()
            if not self._stop_if(cut):
                self._end(None, output=answer or "", text=answer)
            return
        try:
            value = spec.output.validate(answer)
        except OutputInvalid as invalid:
            yield self._log(
                ErrorEvent(
                    run_id=self.run_id, step=completion.step, kind="output_invalid", message=str(invalid)
                )
            )
            if self.counters.output_retries >= spec.limits.max_output_retries:
                self._conclude()
                self._end(ExitReason.OUTPUT_INVALID, text=answer, error=str(invalid))
                return
            self.step = replace(self.step, output_invalid=True)
            self._conclude()
            feedback = UserMessage(content=str(invalid))
            yield self._log(UserMessageEvent(run_id=self.run_id, content=feedback.content))
            self.state.add_user(feedback)
            return
        self._conclude()
        self._end(ExitReason.FINAL_ANSWER, output=value, text=answer)

    async def xǁRunǁ_answer__mutmut_19(self, completion: Completion) -> AsyncGenerator[RunEvent, None]:
        assert self.step is not None
        answer = completion.content
        spec = self.spec
        generated = self.counters.usage.generated_tokens + completion.generated_tokens
        cut = limits.answer_cut_stop(spec.limits, generated, completion.finish_reason)
        if cut is not None or spec.output is None:
            self._conclude()
            if not self._stop_if(cut):
                self._end(ExitReason.FINAL_ANSWER, output=None, text=answer)
            return
        try:
            value = spec.output.validate(answer)
        except OutputInvalid as invalid:
            yield self._log(
                ErrorEvent(
                    run_id=self.run_id, step=completion.step, kind="output_invalid", message=str(invalid)
                )
            )
            if self.counters.output_retries >= spec.limits.max_output_retries:
                self._conclude()
                self._end(ExitReason.OUTPUT_INVALID, text=answer, error=str(invalid))
                return
            self.step = replace(self.step, output_invalid=True)
            self._conclude()
            feedback = UserMessage(content=str(invalid))
            yield self._log(UserMessageEvent(run_id=self.run_id, content=feedback.content))
            self.state.add_user(feedback)
            return
        self._conclude()
        self._end(ExitReason.FINAL_ANSWER, output=value, text=answer)

    async def xǁRunǁ_answer__mutmut_20(self, completion: Completion) -> AsyncGenerator[RunEvent, None]:
        assert self.step is not None
        answer = completion.content
        spec = self.spec
        generated = self.counters.usage.generated_tokens + completion.generated_tokens
        cut = limits.answer_cut_stop(spec.limits, generated, completion.finish_reason)
        if cut is not None or spec.output is None:
            self._conclude()
            if not self._stop_if(cut):
                self._end(ExitReason.FINAL_ANSWER, output=answer or "", text=None)
            return
        try:
            value = spec.output.validate(answer)
        except OutputInvalid as invalid:
            yield self._log(
                ErrorEvent(
                    run_id=self.run_id, step=completion.step, kind="output_invalid", message=str(invalid)
                )
            )
            if self.counters.output_retries >= spec.limits.max_output_retries:
                self._conclude()
                self._end(ExitReason.OUTPUT_INVALID, text=answer, error=str(invalid))
                return
            self.step = replace(self.step, output_invalid=True)
            self._conclude()
            feedback = UserMessage(content=str(invalid))
            yield self._log(UserMessageEvent(run_id=self.run_id, content=feedback.content))
            self.state.add_user(feedback)
            return
        self._conclude()
        self._end(ExitReason.FINAL_ANSWER, output=value, text=answer)

    async def xǁRunǁ_answer__mutmut_21(self, completion: Completion) -> AsyncGenerator[RunEvent, None]:
        assert self.step is not None
        answer = completion.content
        spec = self.spec
        generated = self.counters.usage.generated_tokens + completion.generated_tokens
        cut = limits.answer_cut_stop(spec.limits, generated, completion.finish_reason)
        if cut is not None or spec.output is None:
            self._conclude()
            if not self._stop_if(cut):
                self._end(output=answer or "", text=answer)
            return
        try:
            value = spec.output.validate(answer)
        except OutputInvalid as invalid:
            yield self._log(
                ErrorEvent(
                    run_id=self.run_id, step=completion.step, kind="output_invalid", message=str(invalid)
                )
            )
            if self.counters.output_retries >= spec.limits.max_output_retries:
                self._conclude()
                self._end(ExitReason.OUTPUT_INVALID, text=answer, error=str(invalid))
                return
            self.step = replace(self.step, output_invalid=True)
            self._conclude()
            feedback = UserMessage(content=str(invalid))
            yield self._log(UserMessageEvent(run_id=self.run_id, content=feedback.content))
            self.state.add_user(feedback)
            return
        self._conclude()
        self._end(ExitReason.FINAL_ANSWER, output=value, text=answer)

    async def xǁRunǁ_answer__mutmut_22(self, completion: Completion) -> AsyncGenerator[RunEvent, None]:
        assert self.step is not None
        answer = completion.content
        spec = self.spec
        generated = self.counters.usage.generated_tokens + completion.generated_tokens
        cut = limits.answer_cut_stop(spec.limits, generated, completion.finish_reason)
        if cut is not None or spec.output is None:
            self._conclude()
            if not self._stop_if(cut):
                self._end(ExitReason.FINAL_ANSWER, text=answer)
            return
        try:
            value = spec.output.validate(answer)
        except OutputInvalid as invalid:
            yield self._log(
                ErrorEvent(
                    run_id=self.run_id, step=completion.step, kind="output_invalid", message=str(invalid)
                )
            )
            if self.counters.output_retries >= spec.limits.max_output_retries:
                self._conclude()
                self._end(ExitReason.OUTPUT_INVALID, text=answer, error=str(invalid))
                return
            self.step = replace(self.step, output_invalid=True)
            self._conclude()
            feedback = UserMessage(content=str(invalid))
            yield self._log(UserMessageEvent(run_id=self.run_id, content=feedback.content))
            self.state.add_user(feedback)
            return
        self._conclude()
        self._end(ExitReason.FINAL_ANSWER, output=value, text=answer)

    async def xǁRunǁ_answer__mutmut_23(self, completion: Completion) -> AsyncGenerator[RunEvent, None]:
        assert self.step is not None
        answer = completion.content
        spec = self.spec
        generated = self.counters.usage.generated_tokens + completion.generated_tokens
        cut = limits.answer_cut_stop(spec.limits, generated, completion.finish_reason)
        if cut is not None or spec.output is None:
            self._conclude()
            if not self._stop_if(cut):
                self._end(ExitReason.FINAL_ANSWER, output=answer or "", )
            return
        try:
            value = spec.output.validate(answer)
        except OutputInvalid as invalid:
            yield self._log(
                ErrorEvent(
                    run_id=self.run_id, step=completion.step, kind="output_invalid", message=str(invalid)
                )
            )
            if self.counters.output_retries >= spec.limits.max_output_retries:
                self._conclude()
                self._end(ExitReason.OUTPUT_INVALID, text=answer, error=str(invalid))
                return
            self.step = replace(self.step, output_invalid=True)
            self._conclude()
            feedback = UserMessage(content=str(invalid))
            yield self._log(UserMessageEvent(run_id=self.run_id, content=feedback.content))
            self.state.add_user(feedback)
            return
        self._conclude()
        self._end(ExitReason.FINAL_ANSWER, output=value, text=answer)

    async def xǁRunǁ_answer__mutmut_24(self, completion: Completion) -> AsyncGenerator[RunEvent, None]:
        assert self.step is not None
        answer = completion.content
        spec = self.spec
        generated = self.counters.usage.generated_tokens + completion.generated_tokens
        cut = limits.answer_cut_stop(spec.limits, generated, completion.finish_reason)
        if cut is not None or spec.output is None:
            self._conclude()
            if not self._stop_if(cut):
                self._end(ExitReason.FINAL_ANSWER, output=answer and "", text=answer)
            return
        try:
            value = spec.output.validate(answer)
        except OutputInvalid as invalid:
            yield self._log(
                ErrorEvent(
                    run_id=self.run_id, step=completion.step, kind="output_invalid", message=str(invalid)
                )
            )
            if self.counters.output_retries >= spec.limits.max_output_retries:
                self._conclude()
                self._end(ExitReason.OUTPUT_INVALID, text=answer, error=str(invalid))
                return
            self.step = replace(self.step, output_invalid=True)
            self._conclude()
            feedback = UserMessage(content=str(invalid))
            yield self._log(UserMessageEvent(run_id=self.run_id, content=feedback.content))
            self.state.add_user(feedback)
            return
        self._conclude()
        self._end(ExitReason.FINAL_ANSWER, output=value, text=answer)

    async def xǁRunǁ_answer__mutmut_25(self, completion: Completion) -> AsyncGenerator[RunEvent, None]:
        assert self.step is not None
        answer = completion.content
        spec = self.spec
        generated = self.counters.usage.generated_tokens + completion.generated_tokens
        cut = limits.answer_cut_stop(spec.limits, generated, completion.finish_reason)
        if cut is not None or spec.output is None:
            self._conclude()
            if not self._stop_if(cut):
                self._end(ExitReason.FINAL_ANSWER, output=answer or "XXXX", text=answer)
            return
        try:
            value = spec.output.validate(answer)
        except OutputInvalid as invalid:
            yield self._log(
                ErrorEvent(
                    run_id=self.run_id, step=completion.step, kind="output_invalid", message=str(invalid)
                )
            )
            if self.counters.output_retries >= spec.limits.max_output_retries:
                self._conclude()
                self._end(ExitReason.OUTPUT_INVALID, text=answer, error=str(invalid))
                return
            self.step = replace(self.step, output_invalid=True)
            self._conclude()
            feedback = UserMessage(content=str(invalid))
            yield self._log(UserMessageEvent(run_id=self.run_id, content=feedback.content))
            self.state.add_user(feedback)
            return
        self._conclude()
        self._end(ExitReason.FINAL_ANSWER, output=value, text=answer)

    async def xǁRunǁ_answer__mutmut_26(self, completion: Completion) -> AsyncGenerator[RunEvent, None]:
        assert self.step is not None
        answer = completion.content
        spec = self.spec
        generated = self.counters.usage.generated_tokens + completion.generated_tokens
        cut = limits.answer_cut_stop(spec.limits, generated, completion.finish_reason)
        if cut is not None or spec.output is None:
            self._conclude()
            if not self._stop_if(cut):
                self._end(ExitReason.FINAL_ANSWER, output=answer or "", text=answer)
            return
        try:
            value = None
        except OutputInvalid as invalid:
            yield self._log(
                ErrorEvent(
                    run_id=self.run_id, step=completion.step, kind="output_invalid", message=str(invalid)
                )
            )
            if self.counters.output_retries >= spec.limits.max_output_retries:
                self._conclude()
                self._end(ExitReason.OUTPUT_INVALID, text=answer, error=str(invalid))
                return
            self.step = replace(self.step, output_invalid=True)
            self._conclude()
            feedback = UserMessage(content=str(invalid))
            yield self._log(UserMessageEvent(run_id=self.run_id, content=feedback.content))
            self.state.add_user(feedback)
            return
        self._conclude()
        self._end(ExitReason.FINAL_ANSWER, output=value, text=answer)

    async def xǁRunǁ_answer__mutmut_27(self, completion: Completion) -> AsyncGenerator[RunEvent, None]:
        assert self.step is not None
        answer = completion.content
        spec = self.spec
        generated = self.counters.usage.generated_tokens + completion.generated_tokens
        cut = limits.answer_cut_stop(spec.limits, generated, completion.finish_reason)
        if cut is not None or spec.output is None:
            self._conclude()
            if not self._stop_if(cut):
                self._end(ExitReason.FINAL_ANSWER, output=answer or "", text=answer)
            return
        try:
            value = spec.output.validate(None)
        except OutputInvalid as invalid:
            yield self._log(
                ErrorEvent(
                    run_id=self.run_id, step=completion.step, kind="output_invalid", message=str(invalid)
                )
            )
            if self.counters.output_retries >= spec.limits.max_output_retries:
                self._conclude()
                self._end(ExitReason.OUTPUT_INVALID, text=answer, error=str(invalid))
                return
            self.step = replace(self.step, output_invalid=True)
            self._conclude()
            feedback = UserMessage(content=str(invalid))
            yield self._log(UserMessageEvent(run_id=self.run_id, content=feedback.content))
            self.state.add_user(feedback)
            return
        self._conclude()
        self._end(ExitReason.FINAL_ANSWER, output=value, text=answer)

    async def xǁRunǁ_answer__mutmut_28(self, completion: Completion) -> AsyncGenerator[RunEvent, None]:
        assert self.step is not None
        answer = completion.content
        spec = self.spec
        generated = self.counters.usage.generated_tokens + completion.generated_tokens
        cut = limits.answer_cut_stop(spec.limits, generated, completion.finish_reason)
        if cut is not None or spec.output is None:
            self._conclude()
            if not self._stop_if(cut):
                self._end(ExitReason.FINAL_ANSWER, output=answer or "", text=answer)
            return
        try:
            value = spec.output.validate(answer)
        except OutputInvalid as invalid:
            yield self._log(
                None
            )
            if self.counters.output_retries >= spec.limits.max_output_retries:
                self._conclude()
                self._end(ExitReason.OUTPUT_INVALID, text=answer, error=str(invalid))
                return
            self.step = replace(self.step, output_invalid=True)
            self._conclude()
            feedback = UserMessage(content=str(invalid))
            yield self._log(UserMessageEvent(run_id=self.run_id, content=feedback.content))
            self.state.add_user(feedback)
            return
        self._conclude()
        self._end(ExitReason.FINAL_ANSWER, output=value, text=answer)

    async def xǁRunǁ_answer__mutmut_29(self, completion: Completion) -> AsyncGenerator[RunEvent, None]:
        assert self.step is not None
        answer = completion.content
        spec = self.spec
        generated = self.counters.usage.generated_tokens + completion.generated_tokens
        cut = limits.answer_cut_stop(spec.limits, generated, completion.finish_reason)
        if cut is not None or spec.output is None:
            self._conclude()
            if not self._stop_if(cut):
                self._end(ExitReason.FINAL_ANSWER, output=answer or "", text=answer)
            return
        try:
            value = spec.output.validate(answer)
        except OutputInvalid as invalid:
            yield self._log(
                ErrorEvent(
                    run_id=None, step=completion.step, kind="output_invalid", message=str(invalid)
                )
            )
            if self.counters.output_retries >= spec.limits.max_output_retries:
                self._conclude()
                self._end(ExitReason.OUTPUT_INVALID, text=answer, error=str(invalid))
                return
            self.step = replace(self.step, output_invalid=True)
            self._conclude()
            feedback = UserMessage(content=str(invalid))
            yield self._log(UserMessageEvent(run_id=self.run_id, content=feedback.content))
            self.state.add_user(feedback)
            return
        self._conclude()
        self._end(ExitReason.FINAL_ANSWER, output=value, text=answer)

    async def xǁRunǁ_answer__mutmut_30(self, completion: Completion) -> AsyncGenerator[RunEvent, None]:
        assert self.step is not None
        answer = completion.content
        spec = self.spec
        generated = self.counters.usage.generated_tokens + completion.generated_tokens
        cut = limits.answer_cut_stop(spec.limits, generated, completion.finish_reason)
        if cut is not None or spec.output is None:
            self._conclude()
            if not self._stop_if(cut):
                self._end(ExitReason.FINAL_ANSWER, output=answer or "", text=answer)
            return
        try:
            value = spec.output.validate(answer)
        except OutputInvalid as invalid:
            yield self._log(
                ErrorEvent(
                    run_id=self.run_id, step=None, kind="output_invalid", message=str(invalid)
                )
            )
            if self.counters.output_retries >= spec.limits.max_output_retries:
                self._conclude()
                self._end(ExitReason.OUTPUT_INVALID, text=answer, error=str(invalid))
                return
            self.step = replace(self.step, output_invalid=True)
            self._conclude()
            feedback = UserMessage(content=str(invalid))
            yield self._log(UserMessageEvent(run_id=self.run_id, content=feedback.content))
            self.state.add_user(feedback)
            return
        self._conclude()
        self._end(ExitReason.FINAL_ANSWER, output=value, text=answer)

    async def xǁRunǁ_answer__mutmut_31(self, completion: Completion) -> AsyncGenerator[RunEvent, None]:
        assert self.step is not None
        answer = completion.content
        spec = self.spec
        generated = self.counters.usage.generated_tokens + completion.generated_tokens
        cut = limits.answer_cut_stop(spec.limits, generated, completion.finish_reason)
        if cut is not None or spec.output is None:
            self._conclude()
            if not self._stop_if(cut):
                self._end(ExitReason.FINAL_ANSWER, output=answer or "", text=answer)
            return
        try:
            value = spec.output.validate(answer)
        except OutputInvalid as invalid:
            yield self._log(
                ErrorEvent(
                    run_id=self.run_id, step=completion.step, kind=None, message=str(invalid)
                )
            )
            if self.counters.output_retries >= spec.limits.max_output_retries:
                self._conclude()
                self._end(ExitReason.OUTPUT_INVALID, text=answer, error=str(invalid))
                return
            self.step = replace(self.step, output_invalid=True)
            self._conclude()
            feedback = UserMessage(content=str(invalid))
            yield self._log(UserMessageEvent(run_id=self.run_id, content=feedback.content))
            self.state.add_user(feedback)
            return
        self._conclude()
        self._end(ExitReason.FINAL_ANSWER, output=value, text=answer)

    async def xǁRunǁ_answer__mutmut_32(self, completion: Completion) -> AsyncGenerator[RunEvent, None]:
        assert self.step is not None
        answer = completion.content
        spec = self.spec
        generated = self.counters.usage.generated_tokens + completion.generated_tokens
        cut = limits.answer_cut_stop(spec.limits, generated, completion.finish_reason)
        if cut is not None or spec.output is None:
            self._conclude()
            if not self._stop_if(cut):
                self._end(ExitReason.FINAL_ANSWER, output=answer or "", text=answer)
            return
        try:
            value = spec.output.validate(answer)
        except OutputInvalid as invalid:
            yield self._log(
                ErrorEvent(
                    run_id=self.run_id, step=completion.step, kind="output_invalid", message=None
                )
            )
            if self.counters.output_retries >= spec.limits.max_output_retries:
                self._conclude()
                self._end(ExitReason.OUTPUT_INVALID, text=answer, error=str(invalid))
                return
            self.step = replace(self.step, output_invalid=True)
            self._conclude()
            feedback = UserMessage(content=str(invalid))
            yield self._log(UserMessageEvent(run_id=self.run_id, content=feedback.content))
            self.state.add_user(feedback)
            return
        self._conclude()
        self._end(ExitReason.FINAL_ANSWER, output=value, text=answer)

    async def xǁRunǁ_answer__mutmut_33(self, completion: Completion) -> AsyncGenerator[RunEvent, None]:
        assert self.step is not None
        answer = completion.content
        spec = self.spec
        generated = self.counters.usage.generated_tokens + completion.generated_tokens
        cut = limits.answer_cut_stop(spec.limits, generated, completion.finish_reason)
        if cut is not None or spec.output is None:
            self._conclude()
            if not self._stop_if(cut):
                self._end(ExitReason.FINAL_ANSWER, output=answer or "", text=answer)
            return
        try:
            value = spec.output.validate(answer)
        except OutputInvalid as invalid:
            yield self._log(
                ErrorEvent(
                    step=completion.step, kind="output_invalid", message=str(invalid)
                )
            )
            if self.counters.output_retries >= spec.limits.max_output_retries:
                self._conclude()
                self._end(ExitReason.OUTPUT_INVALID, text=answer, error=str(invalid))
                return
            self.step = replace(self.step, output_invalid=True)
            self._conclude()
            feedback = UserMessage(content=str(invalid))
            yield self._log(UserMessageEvent(run_id=self.run_id, content=feedback.content))
            self.state.add_user(feedback)
            return
        self._conclude()
        self._end(ExitReason.FINAL_ANSWER, output=value, text=answer)

    async def xǁRunǁ_answer__mutmut_34(self, completion: Completion) -> AsyncGenerator[RunEvent, None]:
        assert self.step is not None
        answer = completion.content
        spec = self.spec
        generated = self.counters.usage.generated_tokens + completion.generated_tokens
        cut = limits.answer_cut_stop(spec.limits, generated, completion.finish_reason)
        if cut is not None or spec.output is None:
            self._conclude()
            if not self._stop_if(cut):
                self._end(ExitReason.FINAL_ANSWER, output=answer or "", text=answer)
            return
        try:
            value = spec.output.validate(answer)
        except OutputInvalid as invalid:
            yield self._log(
                ErrorEvent(
                    run_id=self.run_id, kind="output_invalid", message=str(invalid)
                )
            )
            if self.counters.output_retries >= spec.limits.max_output_retries:
                self._conclude()
                self._end(ExitReason.OUTPUT_INVALID, text=answer, error=str(invalid))
                return
            self.step = replace(self.step, output_invalid=True)
            self._conclude()
            feedback = UserMessage(content=str(invalid))
            yield self._log(UserMessageEvent(run_id=self.run_id, content=feedback.content))
            self.state.add_user(feedback)
            return
        self._conclude()
        self._end(ExitReason.FINAL_ANSWER, output=value, text=answer)

    async def xǁRunǁ_answer__mutmut_35(self, completion: Completion) -> AsyncGenerator[RunEvent, None]:
        assert self.step is not None
        answer = completion.content
        spec = self.spec
        generated = self.counters.usage.generated_tokens + completion.generated_tokens
        cut = limits.answer_cut_stop(spec.limits, generated, completion.finish_reason)
        if cut is not None or spec.output is None:
            self._conclude()
            if not self._stop_if(cut):
                self._end(ExitReason.FINAL_ANSWER, output=answer or "", text=answer)
            return
        try:
            value = spec.output.validate(answer)
        except OutputInvalid as invalid:
            yield self._log(
                ErrorEvent(
                    run_id=self.run_id, step=completion.step, message=str(invalid)
                )
            )
            if self.counters.output_retries >= spec.limits.max_output_retries:
                self._conclude()
                self._end(ExitReason.OUTPUT_INVALID, text=answer, error=str(invalid))
                return
            self.step = replace(self.step, output_invalid=True)
            self._conclude()
            feedback = UserMessage(content=str(invalid))
            yield self._log(UserMessageEvent(run_id=self.run_id, content=feedback.content))
            self.state.add_user(feedback)
            return
        self._conclude()
        self._end(ExitReason.FINAL_ANSWER, output=value, text=answer)

    async def xǁRunǁ_answer__mutmut_36(self, completion: Completion) -> AsyncGenerator[RunEvent, None]:
        assert self.step is not None
        answer = completion.content
        spec = self.spec
        generated = self.counters.usage.generated_tokens + completion.generated_tokens
        cut = limits.answer_cut_stop(spec.limits, generated, completion.finish_reason)
        if cut is not None or spec.output is None:
            self._conclude()
            if not self._stop_if(cut):
                self._end(ExitReason.FINAL_ANSWER, output=answer or "", text=answer)
            return
        try:
            value = spec.output.validate(answer)
        except OutputInvalid as invalid:
            yield self._log(
                ErrorEvent(
                    run_id=self.run_id, step=completion.step, kind="output_invalid", )
            )
            if self.counters.output_retries >= spec.limits.max_output_retries:
                self._conclude()
                self._end(ExitReason.OUTPUT_INVALID, text=answer, error=str(invalid))
                return
            self.step = replace(self.step, output_invalid=True)
            self._conclude()
            feedback = UserMessage(content=str(invalid))
            yield self._log(UserMessageEvent(run_id=self.run_id, content=feedback.content))
            self.state.add_user(feedback)
            return
        self._conclude()
        self._end(ExitReason.FINAL_ANSWER, output=value, text=answer)

    async def xǁRunǁ_answer__mutmut_37(self, completion: Completion) -> AsyncGenerator[RunEvent, None]:
        assert self.step is not None
        answer = completion.content
        spec = self.spec
        generated = self.counters.usage.generated_tokens + completion.generated_tokens
        cut = limits.answer_cut_stop(spec.limits, generated, completion.finish_reason)
        if cut is not None or spec.output is None:
            self._conclude()
            if not self._stop_if(cut):
                self._end(ExitReason.FINAL_ANSWER, output=answer or "", text=answer)
            return
        try:
            value = spec.output.validate(answer)
        except OutputInvalid as invalid:
            yield self._log(
                ErrorEvent(
                    run_id=self.run_id, step=completion.step, kind="XXoutput_invalidXX", message=str(invalid)
                )
            )
            if self.counters.output_retries >= spec.limits.max_output_retries:
                self._conclude()
                self._end(ExitReason.OUTPUT_INVALID, text=answer, error=str(invalid))
                return
            self.step = replace(self.step, output_invalid=True)
            self._conclude()
            feedback = UserMessage(content=str(invalid))
            yield self._log(UserMessageEvent(run_id=self.run_id, content=feedback.content))
            self.state.add_user(feedback)
            return
        self._conclude()
        self._end(ExitReason.FINAL_ANSWER, output=value, text=answer)

    async def xǁRunǁ_answer__mutmut_38(self, completion: Completion) -> AsyncGenerator[RunEvent, None]:
        assert self.step is not None
        answer = completion.content
        spec = self.spec
        generated = self.counters.usage.generated_tokens + completion.generated_tokens
        cut = limits.answer_cut_stop(spec.limits, generated, completion.finish_reason)
        if cut is not None or spec.output is None:
            self._conclude()
            if not self._stop_if(cut):
                self._end(ExitReason.FINAL_ANSWER, output=answer or "", text=answer)
            return
        try:
            value = spec.output.validate(answer)
        except OutputInvalid as invalid:
            yield self._log(
                ErrorEvent(
                    run_id=self.run_id, step=completion.step, kind="OUTPUT_INVALID", message=str(invalid)
                )
            )
            if self.counters.output_retries >= spec.limits.max_output_retries:
                self._conclude()
                self._end(ExitReason.OUTPUT_INVALID, text=answer, error=str(invalid))
                return
            self.step = replace(self.step, output_invalid=True)
            self._conclude()
            feedback = UserMessage(content=str(invalid))
            yield self._log(UserMessageEvent(run_id=self.run_id, content=feedback.content))
            self.state.add_user(feedback)
            return
        self._conclude()
        self._end(ExitReason.FINAL_ANSWER, output=value, text=answer)

    async def xǁRunǁ_answer__mutmut_39(self, completion: Completion) -> AsyncGenerator[RunEvent, None]:
        assert self.step is not None
        answer = completion.content
        spec = self.spec
        generated = self.counters.usage.generated_tokens + completion.generated_tokens
        cut = limits.answer_cut_stop(spec.limits, generated, completion.finish_reason)
        if cut is not None or spec.output is None:
            self._conclude()
            if not self._stop_if(cut):
                self._end(ExitReason.FINAL_ANSWER, output=answer or "", text=answer)
            return
        try:
            value = spec.output.validate(answer)
        except OutputInvalid as invalid:
            yield self._log(
                ErrorEvent(
                    run_id=self.run_id, step=completion.step, kind="output_invalid", message=str(None)
                )
            )
            if self.counters.output_retries >= spec.limits.max_output_retries:
                self._conclude()
                self._end(ExitReason.OUTPUT_INVALID, text=answer, error=str(invalid))
                return
            self.step = replace(self.step, output_invalid=True)
            self._conclude()
            feedback = UserMessage(content=str(invalid))
            yield self._log(UserMessageEvent(run_id=self.run_id, content=feedback.content))
            self.state.add_user(feedback)
            return
        self._conclude()
        self._end(ExitReason.FINAL_ANSWER, output=value, text=answer)

    async def xǁRunǁ_answer__mutmut_40(self, completion: Completion) -> AsyncGenerator[RunEvent, None]:
        assert self.step is not None
        answer = completion.content
        spec = self.spec
        generated = self.counters.usage.generated_tokens + completion.generated_tokens
        cut = limits.answer_cut_stop(spec.limits, generated, completion.finish_reason)
        if cut is not None or spec.output is None:
            self._conclude()
            if not self._stop_if(cut):
                self._end(ExitReason.FINAL_ANSWER, output=answer or "", text=answer)
            return
        try:
            value = spec.output.validate(answer)
        except OutputInvalid as invalid:
            yield self._log(
                ErrorEvent(
                    run_id=self.run_id, step=completion.step, kind="output_invalid", message=str(invalid)
                )
            )
            if self.counters.output_retries > spec.limits.max_output_retries:
                self._conclude()
                self._end(ExitReason.OUTPUT_INVALID, text=answer, error=str(invalid))
                return
            self.step = replace(self.step, output_invalid=True)
            self._conclude()
            feedback = UserMessage(content=str(invalid))
            yield self._log(UserMessageEvent(run_id=self.run_id, content=feedback.content))
            self.state.add_user(feedback)
            return
        self._conclude()
        self._end(ExitReason.FINAL_ANSWER, output=value, text=answer)

    async def xǁRunǁ_answer__mutmut_41(self, completion: Completion) -> AsyncGenerator[RunEvent, None]:
        assert self.step is not None
        answer = completion.content
        spec = self.spec
        generated = self.counters.usage.generated_tokens + completion.generated_tokens
        cut = limits.answer_cut_stop(spec.limits, generated, completion.finish_reason)
        if cut is not None or spec.output is None:
            self._conclude()
            if not self._stop_if(cut):
                self._end(ExitReason.FINAL_ANSWER, output=answer or "", text=answer)
            return
        try:
            value = spec.output.validate(answer)
        except OutputInvalid as invalid:
            yield self._log(
                ErrorEvent(
                    run_id=self.run_id, step=completion.step, kind="output_invalid", message=str(invalid)
                )
            )
            if self.counters.output_retries >= spec.limits.max_output_retries:
                self._conclude()
                self._end(None, text=answer, error=str(invalid))
                return
            self.step = replace(self.step, output_invalid=True)
            self._conclude()
            feedback = UserMessage(content=str(invalid))
            yield self._log(UserMessageEvent(run_id=self.run_id, content=feedback.content))
            self.state.add_user(feedback)
            return
        self._conclude()
        self._end(ExitReason.FINAL_ANSWER, output=value, text=answer)

    async def xǁRunǁ_answer__mutmut_42(self, completion: Completion) -> AsyncGenerator[RunEvent, None]:
        assert self.step is not None
        answer = completion.content
        spec = self.spec
        generated = self.counters.usage.generated_tokens + completion.generated_tokens
        cut = limits.answer_cut_stop(spec.limits, generated, completion.finish_reason)
        if cut is not None or spec.output is None:
            self._conclude()
            if not self._stop_if(cut):
                self._end(ExitReason.FINAL_ANSWER, output=answer or "", text=answer)
            return
        try:
            value = spec.output.validate(answer)
        except OutputInvalid as invalid:
            yield self._log(
                ErrorEvent(
                    run_id=self.run_id, step=completion.step, kind="output_invalid", message=str(invalid)
                )
            )
            if self.counters.output_retries >= spec.limits.max_output_retries:
                self._conclude()
                self._end(ExitReason.OUTPUT_INVALID, text=None, error=str(invalid))
                return
            self.step = replace(self.step, output_invalid=True)
            self._conclude()
            feedback = UserMessage(content=str(invalid))
            yield self._log(UserMessageEvent(run_id=self.run_id, content=feedback.content))
            self.state.add_user(feedback)
            return
        self._conclude()
        self._end(ExitReason.FINAL_ANSWER, output=value, text=answer)

    async def xǁRunǁ_answer__mutmut_43(self, completion: Completion) -> AsyncGenerator[RunEvent, None]:
        assert self.step is not None
        answer = completion.content
        spec = self.spec
        generated = self.counters.usage.generated_tokens + completion.generated_tokens
        cut = limits.answer_cut_stop(spec.limits, generated, completion.finish_reason)
        if cut is not None or spec.output is None:
            self._conclude()
            if not self._stop_if(cut):
                self._end(ExitReason.FINAL_ANSWER, output=answer or "", text=answer)
            return
        try:
            value = spec.output.validate(answer)
        except OutputInvalid as invalid:
            yield self._log(
                ErrorEvent(
                    run_id=self.run_id, step=completion.step, kind="output_invalid", message=str(invalid)
                )
            )
            if self.counters.output_retries >= spec.limits.max_output_retries:
                self._conclude()
                self._end(ExitReason.OUTPUT_INVALID, text=answer, error=None)
                return
            self.step = replace(self.step, output_invalid=True)
            self._conclude()
            feedback = UserMessage(content=str(invalid))
            yield self._log(UserMessageEvent(run_id=self.run_id, content=feedback.content))
            self.state.add_user(feedback)
            return
        self._conclude()
        self._end(ExitReason.FINAL_ANSWER, output=value, text=answer)

    async def xǁRunǁ_answer__mutmut_44(self, completion: Completion) -> AsyncGenerator[RunEvent, None]:
        assert self.step is not None
        answer = completion.content
        spec = self.spec
        generated = self.counters.usage.generated_tokens + completion.generated_tokens
        cut = limits.answer_cut_stop(spec.limits, generated, completion.finish_reason)
        if cut is not None or spec.output is None:
            self._conclude()
            if not self._stop_if(cut):
                self._end(ExitReason.FINAL_ANSWER, output=answer or "", text=answer)
            return
        try:
            value = spec.output.validate(answer)
        except OutputInvalid as invalid:
            yield self._log(
                ErrorEvent(
                    run_id=self.run_id, step=completion.step, kind="output_invalid", message=str(invalid)
                )
            )
            if self.counters.output_retries >= spec.limits.max_output_retries:
                self._conclude()
                self._end(text=answer, error=str(invalid))
                return
            self.step = replace(self.step, output_invalid=True)
            self._conclude()
            feedback = UserMessage(content=str(invalid))
            yield self._log(UserMessageEvent(run_id=self.run_id, content=feedback.content))
            self.state.add_user(feedback)
            return
        self._conclude()
        self._end(ExitReason.FINAL_ANSWER, output=value, text=answer)

    async def xǁRunǁ_answer__mutmut_45(self, completion: Completion) -> AsyncGenerator[RunEvent, None]:
        assert self.step is not None
        answer = completion.content
        spec = self.spec
        generated = self.counters.usage.generated_tokens + completion.generated_tokens
        cut = limits.answer_cut_stop(spec.limits, generated, completion.finish_reason)
        if cut is not None or spec.output is None:
            self._conclude()
            if not self._stop_if(cut):
                self._end(ExitReason.FINAL_ANSWER, output=answer or "", text=answer)
            return
        try:
            value = spec.output.validate(answer)
        except OutputInvalid as invalid:
            yield self._log(
                ErrorEvent(
                    run_id=self.run_id, step=completion.step, kind="output_invalid", message=str(invalid)
                )
            )
            if self.counters.output_retries >= spec.limits.max_output_retries:
                self._conclude()
                self._end(ExitReason.OUTPUT_INVALID, error=str(invalid))
                return
            self.step = replace(self.step, output_invalid=True)
            self._conclude()
            feedback = UserMessage(content=str(invalid))
            yield self._log(UserMessageEvent(run_id=self.run_id, content=feedback.content))
            self.state.add_user(feedback)
            return
        self._conclude()
        self._end(ExitReason.FINAL_ANSWER, output=value, text=answer)

    async def xǁRunǁ_answer__mutmut_46(self, completion: Completion) -> AsyncGenerator[RunEvent, None]:
        assert self.step is not None
        answer = completion.content
        spec = self.spec
        generated = self.counters.usage.generated_tokens + completion.generated_tokens
        cut = limits.answer_cut_stop(spec.limits, generated, completion.finish_reason)
        if cut is not None or spec.output is None:
            self._conclude()
            if not self._stop_if(cut):
                self._end(ExitReason.FINAL_ANSWER, output=answer or "", text=answer)
            return
        try:
            value = spec.output.validate(answer)
        except OutputInvalid as invalid:
            yield self._log(
                ErrorEvent(
                    run_id=self.run_id, step=completion.step, kind="output_invalid", message=str(invalid)
                )
            )
            if self.counters.output_retries >= spec.limits.max_output_retries:
                self._conclude()
                self._end(ExitReason.OUTPUT_INVALID, text=answer, )
                return
            self.step = replace(self.step, output_invalid=True)
            self._conclude()
            feedback = UserMessage(content=str(invalid))
            yield self._log(UserMessageEvent(run_id=self.run_id, content=feedback.content))
            self.state.add_user(feedback)
            return
        self._conclude()
        self._end(ExitReason.FINAL_ANSWER, output=value, text=answer)

    async def xǁRunǁ_answer__mutmut_47(self, completion: Completion) -> AsyncGenerator[RunEvent, None]:
        assert self.step is not None
        answer = completion.content
        spec = self.spec
        generated = self.counters.usage.generated_tokens + completion.generated_tokens
        cut = limits.answer_cut_stop(spec.limits, generated, completion.finish_reason)
        if cut is not None or spec.output is None:
            self._conclude()
            if not self._stop_if(cut):
                self._end(ExitReason.FINAL_ANSWER, output=answer or "", text=answer)
            return
        try:
            value = spec.output.validate(answer)
        except OutputInvalid as invalid:
            yield self._log(
                ErrorEvent(
                    run_id=self.run_id, step=completion.step, kind="output_invalid", message=str(invalid)
                )
            )
            if self.counters.output_retries >= spec.limits.max_output_retries:
                self._conclude()
                self._end(ExitReason.OUTPUT_INVALID, text=answer, error=str(None))
                return
            self.step = replace(self.step, output_invalid=True)
            self._conclude()
            feedback = UserMessage(content=str(invalid))
            yield self._log(UserMessageEvent(run_id=self.run_id, content=feedback.content))
            self.state.add_user(feedback)
            return
        self._conclude()
        self._end(ExitReason.FINAL_ANSWER, output=value, text=answer)

    async def xǁRunǁ_answer__mutmut_48(self, completion: Completion) -> AsyncGenerator[RunEvent, None]:
        assert self.step is not None
        answer = completion.content
        spec = self.spec
        generated = self.counters.usage.generated_tokens + completion.generated_tokens
        cut = limits.answer_cut_stop(spec.limits, generated, completion.finish_reason)
        if cut is not None or spec.output is None:
            self._conclude()
            if not self._stop_if(cut):
                self._end(ExitReason.FINAL_ANSWER, output=answer or "", text=answer)
            return
        try:
            value = spec.output.validate(answer)
        except OutputInvalid as invalid:
            yield self._log(
                ErrorEvent(
                    run_id=self.run_id, step=completion.step, kind="output_invalid", message=str(invalid)
                )
            )
            if self.counters.output_retries >= spec.limits.max_output_retries:
                self._conclude()
                self._end(ExitReason.OUTPUT_INVALID, text=answer, error=str(invalid))
                return
            self.step = None
            self._conclude()
            feedback = UserMessage(content=str(invalid))
            yield self._log(UserMessageEvent(run_id=self.run_id, content=feedback.content))
            self.state.add_user(feedback)
            return
        self._conclude()
        self._end(ExitReason.FINAL_ANSWER, output=value, text=answer)

    async def xǁRunǁ_answer__mutmut_49(self, completion: Completion) -> AsyncGenerator[RunEvent, None]:
        assert self.step is not None
        answer = completion.content
        spec = self.spec
        generated = self.counters.usage.generated_tokens + completion.generated_tokens
        cut = limits.answer_cut_stop(spec.limits, generated, completion.finish_reason)
        if cut is not None or spec.output is None:
            self._conclude()
            if not self._stop_if(cut):
                self._end(ExitReason.FINAL_ANSWER, output=answer or "", text=answer)
            return
        try:
            value = spec.output.validate(answer)
        except OutputInvalid as invalid:
            yield self._log(
                ErrorEvent(
                    run_id=self.run_id, step=completion.step, kind="output_invalid", message=str(invalid)
                )
            )
            if self.counters.output_retries >= spec.limits.max_output_retries:
                self._conclude()
                self._end(ExitReason.OUTPUT_INVALID, text=answer, error=str(invalid))
                return
            self.step = replace(None, output_invalid=True)
            self._conclude()
            feedback = UserMessage(content=str(invalid))
            yield self._log(UserMessageEvent(run_id=self.run_id, content=feedback.content))
            self.state.add_user(feedback)
            return
        self._conclude()
        self._end(ExitReason.FINAL_ANSWER, output=value, text=answer)

    async def xǁRunǁ_answer__mutmut_50(self, completion: Completion) -> AsyncGenerator[RunEvent, None]:
        assert self.step is not None
        answer = completion.content
        spec = self.spec
        generated = self.counters.usage.generated_tokens + completion.generated_tokens
        cut = limits.answer_cut_stop(spec.limits, generated, completion.finish_reason)
        if cut is not None or spec.output is None:
            self._conclude()
            if not self._stop_if(cut):
                self._end(ExitReason.FINAL_ANSWER, output=answer or "", text=answer)
            return
        try:
            value = spec.output.validate(answer)
        except OutputInvalid as invalid:
            yield self._log(
                ErrorEvent(
                    run_id=self.run_id, step=completion.step, kind="output_invalid", message=str(invalid)
                )
            )
            if self.counters.output_retries >= spec.limits.max_output_retries:
                self._conclude()
                self._end(ExitReason.OUTPUT_INVALID, text=answer, error=str(invalid))
                return
            self.step = replace(self.step, output_invalid=None)
            self._conclude()
            feedback = UserMessage(content=str(invalid))
            yield self._log(UserMessageEvent(run_id=self.run_id, content=feedback.content))
            self.state.add_user(feedback)
            return
        self._conclude()
        self._end(ExitReason.FINAL_ANSWER, output=value, text=answer)

    async def xǁRunǁ_answer__mutmut_51(self, completion: Completion) -> AsyncGenerator[RunEvent, None]:
        assert self.step is not None
        answer = completion.content
        spec = self.spec
        generated = self.counters.usage.generated_tokens + completion.generated_tokens
        cut = limits.answer_cut_stop(spec.limits, generated, completion.finish_reason)
        if cut is not None or spec.output is None:
            self._conclude()
            if not self._stop_if(cut):
                self._end(ExitReason.FINAL_ANSWER, output=answer or "", text=answer)
            return
        try:
            value = spec.output.validate(answer)
        except OutputInvalid as invalid:
            yield self._log(
                ErrorEvent(
                    run_id=self.run_id, step=completion.step, kind="output_invalid", message=str(invalid)
                )
            )
            if self.counters.output_retries >= spec.limits.max_output_retries:
                self._conclude()
                self._end(ExitReason.OUTPUT_INVALID, text=answer, error=str(invalid))
                return
            self.step = replace(output_invalid=True)
            self._conclude()
            feedback = UserMessage(content=str(invalid))
            yield self._log(UserMessageEvent(run_id=self.run_id, content=feedback.content))
            self.state.add_user(feedback)
            return
        self._conclude()
        self._end(ExitReason.FINAL_ANSWER, output=value, text=answer)

    async def xǁRunǁ_answer__mutmut_52(self, completion: Completion) -> AsyncGenerator[RunEvent, None]:
        assert self.step is not None
        answer = completion.content
        spec = self.spec
        generated = self.counters.usage.generated_tokens + completion.generated_tokens
        cut = limits.answer_cut_stop(spec.limits, generated, completion.finish_reason)
        if cut is not None or spec.output is None:
            self._conclude()
            if not self._stop_if(cut):
                self._end(ExitReason.FINAL_ANSWER, output=answer or "", text=answer)
            return
        try:
            value = spec.output.validate(answer)
        except OutputInvalid as invalid:
            yield self._log(
                ErrorEvent(
                    run_id=self.run_id, step=completion.step, kind="output_invalid", message=str(invalid)
                )
            )
            if self.counters.output_retries >= spec.limits.max_output_retries:
                self._conclude()
                self._end(ExitReason.OUTPUT_INVALID, text=answer, error=str(invalid))
                return
            self.step = replace(self.step, )
            self._conclude()
            feedback = UserMessage(content=str(invalid))
            yield self._log(UserMessageEvent(run_id=self.run_id, content=feedback.content))
            self.state.add_user(feedback)
            return
        self._conclude()
        self._end(ExitReason.FINAL_ANSWER, output=value, text=answer)

    async def xǁRunǁ_answer__mutmut_53(self, completion: Completion) -> AsyncGenerator[RunEvent, None]:
        assert self.step is not None
        answer = completion.content
        spec = self.spec
        generated = self.counters.usage.generated_tokens + completion.generated_tokens
        cut = limits.answer_cut_stop(spec.limits, generated, completion.finish_reason)
        if cut is not None or spec.output is None:
            self._conclude()
            if not self._stop_if(cut):
                self._end(ExitReason.FINAL_ANSWER, output=answer or "", text=answer)
            return
        try:
            value = spec.output.validate(answer)
        except OutputInvalid as invalid:
            yield self._log(
                ErrorEvent(
                    run_id=self.run_id, step=completion.step, kind="output_invalid", message=str(invalid)
                )
            )
            if self.counters.output_retries >= spec.limits.max_output_retries:
                self._conclude()
                self._end(ExitReason.OUTPUT_INVALID, text=answer, error=str(invalid))
                return
            self.step = replace(self.step, output_invalid=False)
            self._conclude()
            feedback = UserMessage(content=str(invalid))
            yield self._log(UserMessageEvent(run_id=self.run_id, content=feedback.content))
            self.state.add_user(feedback)
            return
        self._conclude()
        self._end(ExitReason.FINAL_ANSWER, output=value, text=answer)

    async def xǁRunǁ_answer__mutmut_54(self, completion: Completion) -> AsyncGenerator[RunEvent, None]:
        assert self.step is not None
        answer = completion.content
        spec = self.spec
        generated = self.counters.usage.generated_tokens + completion.generated_tokens
        cut = limits.answer_cut_stop(spec.limits, generated, completion.finish_reason)
        if cut is not None or spec.output is None:
            self._conclude()
            if not self._stop_if(cut):
                self._end(ExitReason.FINAL_ANSWER, output=answer or "", text=answer)
            return
        try:
            value = spec.output.validate(answer)
        except OutputInvalid as invalid:
            yield self._log(
                ErrorEvent(
                    run_id=self.run_id, step=completion.step, kind="output_invalid", message=str(invalid)
                )
            )
            if self.counters.output_retries >= spec.limits.max_output_retries:
                self._conclude()
                self._end(ExitReason.OUTPUT_INVALID, text=answer, error=str(invalid))
                return
            self.step = replace(self.step, output_invalid=True)
            self._conclude()
            feedback = None
            yield self._log(UserMessageEvent(run_id=self.run_id, content=feedback.content))
            self.state.add_user(feedback)
            return
        self._conclude()
        self._end(ExitReason.FINAL_ANSWER, output=value, text=answer)

    async def xǁRunǁ_answer__mutmut_55(self, completion: Completion) -> AsyncGenerator[RunEvent, None]:
        assert self.step is not None
        answer = completion.content
        spec = self.spec
        generated = self.counters.usage.generated_tokens + completion.generated_tokens
        cut = limits.answer_cut_stop(spec.limits, generated, completion.finish_reason)
        if cut is not None or spec.output is None:
            self._conclude()
            if not self._stop_if(cut):
                self._end(ExitReason.FINAL_ANSWER, output=answer or "", text=answer)
            return
        try:
            value = spec.output.validate(answer)
        except OutputInvalid as invalid:
            yield self._log(
                ErrorEvent(
                    run_id=self.run_id, step=completion.step, kind="output_invalid", message=str(invalid)
                )
            )
            if self.counters.output_retries >= spec.limits.max_output_retries:
                self._conclude()
                self._end(ExitReason.OUTPUT_INVALID, text=answer, error=str(invalid))
                return
            self.step = replace(self.step, output_invalid=True)
            self._conclude()
            feedback = UserMessage(content=None)
            yield self._log(UserMessageEvent(run_id=self.run_id, content=feedback.content))
            self.state.add_user(feedback)
            return
        self._conclude()
        self._end(ExitReason.FINAL_ANSWER, output=value, text=answer)

    async def xǁRunǁ_answer__mutmut_56(self, completion: Completion) -> AsyncGenerator[RunEvent, None]:
        assert self.step is not None
        answer = completion.content
        spec = self.spec
        generated = self.counters.usage.generated_tokens + completion.generated_tokens
        cut = limits.answer_cut_stop(spec.limits, generated, completion.finish_reason)
        if cut is not None or spec.output is None:
            self._conclude()
            if not self._stop_if(cut):
                self._end(ExitReason.FINAL_ANSWER, output=answer or "", text=answer)
            return
        try:
            value = spec.output.validate(answer)
        except OutputInvalid as invalid:
            yield self._log(
                ErrorEvent(
                    run_id=self.run_id, step=completion.step, kind="output_invalid", message=str(invalid)
                )
            )
            if self.counters.output_retries >= spec.limits.max_output_retries:
                self._conclude()
                self._end(ExitReason.OUTPUT_INVALID, text=answer, error=str(invalid))
                return
            self.step = replace(self.step, output_invalid=True)
            self._conclude()
            feedback = UserMessage(content=str(None))
            yield self._log(UserMessageEvent(run_id=self.run_id, content=feedback.content))
            self.state.add_user(feedback)
            return
        self._conclude()
        self._end(ExitReason.FINAL_ANSWER, output=value, text=answer)

    async def xǁRunǁ_answer__mutmut_57(self, completion: Completion) -> AsyncGenerator[RunEvent, None]:
        assert self.step is not None
        answer = completion.content
        spec = self.spec
        generated = self.counters.usage.generated_tokens + completion.generated_tokens
        cut = limits.answer_cut_stop(spec.limits, generated, completion.finish_reason)
        if cut is not None or spec.output is None:
            self._conclude()
            if not self._stop_if(cut):
                self._end(ExitReason.FINAL_ANSWER, output=answer or "", text=answer)
            return
        try:
            value = spec.output.validate(answer)
        except OutputInvalid as invalid:
            yield self._log(
                ErrorEvent(
                    run_id=self.run_id, step=completion.step, kind="output_invalid", message=str(invalid)
                )
            )
            if self.counters.output_retries >= spec.limits.max_output_retries:
                self._conclude()
                self._end(ExitReason.OUTPUT_INVALID, text=answer, error=str(invalid))
                return
            self.step = replace(self.step, output_invalid=True)
            self._conclude()
            feedback = UserMessage(content=str(invalid))
            yield self._log(None)
            self.state.add_user(feedback)
            return
        self._conclude()
        self._end(ExitReason.FINAL_ANSWER, output=value, text=answer)

    async def xǁRunǁ_answer__mutmut_58(self, completion: Completion) -> AsyncGenerator[RunEvent, None]:
        assert self.step is not None
        answer = completion.content
        spec = self.spec
        generated = self.counters.usage.generated_tokens + completion.generated_tokens
        cut = limits.answer_cut_stop(spec.limits, generated, completion.finish_reason)
        if cut is not None or spec.output is None:
            self._conclude()
            if not self._stop_if(cut):
                self._end(ExitReason.FINAL_ANSWER, output=answer or "", text=answer)
            return
        try:
            value = spec.output.validate(answer)
        except OutputInvalid as invalid:
            yield self._log(
                ErrorEvent(
                    run_id=self.run_id, step=completion.step, kind="output_invalid", message=str(invalid)
                )
            )
            if self.counters.output_retries >= spec.limits.max_output_retries:
                self._conclude()
                self._end(ExitReason.OUTPUT_INVALID, text=answer, error=str(invalid))
                return
            self.step = replace(self.step, output_invalid=True)
            self._conclude()
            feedback = UserMessage(content=str(invalid))
            yield self._log(UserMessageEvent(run_id=None, content=feedback.content))
            self.state.add_user(feedback)
            return
        self._conclude()
        self._end(ExitReason.FINAL_ANSWER, output=value, text=answer)

    async def xǁRunǁ_answer__mutmut_59(self, completion: Completion) -> AsyncGenerator[RunEvent, None]:
        assert self.step is not None
        answer = completion.content
        spec = self.spec
        generated = self.counters.usage.generated_tokens + completion.generated_tokens
        cut = limits.answer_cut_stop(spec.limits, generated, completion.finish_reason)
        if cut is not None or spec.output is None:
            self._conclude()
            if not self._stop_if(cut):
                self._end(ExitReason.FINAL_ANSWER, output=answer or "", text=answer)
            return
        try:
            value = spec.output.validate(answer)
        except OutputInvalid as invalid:
            yield self._log(
                ErrorEvent(
                    run_id=self.run_id, step=completion.step, kind="output_invalid", message=str(invalid)
                )
            )
            if self.counters.output_retries >= spec.limits.max_output_retries:
                self._conclude()
                self._end(ExitReason.OUTPUT_INVALID, text=answer, error=str(invalid))
                return
            self.step = replace(self.step, output_invalid=True)
            self._conclude()
            feedback = UserMessage(content=str(invalid))
            yield self._log(UserMessageEvent(run_id=self.run_id, content=None))
            self.state.add_user(feedback)
            return
        self._conclude()
        self._end(ExitReason.FINAL_ANSWER, output=value, text=answer)

    async def xǁRunǁ_answer__mutmut_60(self, completion: Completion) -> AsyncGenerator[RunEvent, None]:
        assert self.step is not None
        answer = completion.content
        spec = self.spec
        generated = self.counters.usage.generated_tokens + completion.generated_tokens
        cut = limits.answer_cut_stop(spec.limits, generated, completion.finish_reason)
        if cut is not None or spec.output is None:
            self._conclude()
            if not self._stop_if(cut):
                self._end(ExitReason.FINAL_ANSWER, output=answer or "", text=answer)
            return
        try:
            value = spec.output.validate(answer)
        except OutputInvalid as invalid:
            yield self._log(
                ErrorEvent(
                    run_id=self.run_id, step=completion.step, kind="output_invalid", message=str(invalid)
                )
            )
            if self.counters.output_retries >= spec.limits.max_output_retries:
                self._conclude()
                self._end(ExitReason.OUTPUT_INVALID, text=answer, error=str(invalid))
                return
            self.step = replace(self.step, output_invalid=True)
            self._conclude()
            feedback = UserMessage(content=str(invalid))
            yield self._log(UserMessageEvent(content=feedback.content))
            self.state.add_user(feedback)
            return
        self._conclude()
        self._end(ExitReason.FINAL_ANSWER, output=value, text=answer)

    async def xǁRunǁ_answer__mutmut_61(self, completion: Completion) -> AsyncGenerator[RunEvent, None]:
        assert self.step is not None
        answer = completion.content
        spec = self.spec
        generated = self.counters.usage.generated_tokens + completion.generated_tokens
        cut = limits.answer_cut_stop(spec.limits, generated, completion.finish_reason)
        if cut is not None or spec.output is None:
            self._conclude()
            if not self._stop_if(cut):
                self._end(ExitReason.FINAL_ANSWER, output=answer or "", text=answer)
            return
        try:
            value = spec.output.validate(answer)
        except OutputInvalid as invalid:
            yield self._log(
                ErrorEvent(
                    run_id=self.run_id, step=completion.step, kind="output_invalid", message=str(invalid)
                )
            )
            if self.counters.output_retries >= spec.limits.max_output_retries:
                self._conclude()
                self._end(ExitReason.OUTPUT_INVALID, text=answer, error=str(invalid))
                return
            self.step = replace(self.step, output_invalid=True)
            self._conclude()
            feedback = UserMessage(content=str(invalid))
            yield self._log(UserMessageEvent(run_id=self.run_id, ))
            self.state.add_user(feedback)
            return
        self._conclude()
        self._end(ExitReason.FINAL_ANSWER, output=value, text=answer)

    async def xǁRunǁ_answer__mutmut_62(self, completion: Completion) -> AsyncGenerator[RunEvent, None]:
        assert self.step is not None
        answer = completion.content
        spec = self.spec
        generated = self.counters.usage.generated_tokens + completion.generated_tokens
        cut = limits.answer_cut_stop(spec.limits, generated, completion.finish_reason)
        if cut is not None or spec.output is None:
            self._conclude()
            if not self._stop_if(cut):
                self._end(ExitReason.FINAL_ANSWER, output=answer or "", text=answer)
            return
        try:
            value = spec.output.validate(answer)
        except OutputInvalid as invalid:
            yield self._log(
                ErrorEvent(
                    run_id=self.run_id, step=completion.step, kind="output_invalid", message=str(invalid)
                )
            )
            if self.counters.output_retries >= spec.limits.max_output_retries:
                self._conclude()
                self._end(ExitReason.OUTPUT_INVALID, text=answer, error=str(invalid))
                return
            self.step = replace(self.step, output_invalid=True)
            self._conclude()
            feedback = UserMessage(content=str(invalid))
            yield self._log(UserMessageEvent(run_id=self.run_id, content=feedback.content))
            self.state.add_user(None)
            return
        self._conclude()
        self._end(ExitReason.FINAL_ANSWER, output=value, text=answer)

    async def xǁRunǁ_answer__mutmut_63(self, completion: Completion) -> AsyncGenerator[RunEvent, None]:
        assert self.step is not None
        answer = completion.content
        spec = self.spec
        generated = self.counters.usage.generated_tokens + completion.generated_tokens
        cut = limits.answer_cut_stop(spec.limits, generated, completion.finish_reason)
        if cut is not None or spec.output is None:
            self._conclude()
            if not self._stop_if(cut):
                self._end(ExitReason.FINAL_ANSWER, output=answer or "", text=answer)
            return
        try:
            value = spec.output.validate(answer)
        except OutputInvalid as invalid:
            yield self._log(
                ErrorEvent(
                    run_id=self.run_id, step=completion.step, kind="output_invalid", message=str(invalid)
                )
            )
            if self.counters.output_retries >= spec.limits.max_output_retries:
                self._conclude()
                self._end(ExitReason.OUTPUT_INVALID, text=answer, error=str(invalid))
                return
            self.step = replace(self.step, output_invalid=True)
            self._conclude()
            feedback = UserMessage(content=str(invalid))
            yield self._log(UserMessageEvent(run_id=self.run_id, content=feedback.content))
            self.state.add_user(feedback)
            return
        self._conclude()
        self._end(None, output=value, text=answer)

    async def xǁRunǁ_answer__mutmut_64(self, completion: Completion) -> AsyncGenerator[RunEvent, None]:
        assert self.step is not None
        answer = completion.content
        spec = self.spec
        generated = self.counters.usage.generated_tokens + completion.generated_tokens
        cut = limits.answer_cut_stop(spec.limits, generated, completion.finish_reason)
        if cut is not None or spec.output is None:
            self._conclude()
            if not self._stop_if(cut):
                self._end(ExitReason.FINAL_ANSWER, output=answer or "", text=answer)
            return
        try:
            value = spec.output.validate(answer)
        except OutputInvalid as invalid:
            yield self._log(
                ErrorEvent(
                    run_id=self.run_id, step=completion.step, kind="output_invalid", message=str(invalid)
                )
            )
            if self.counters.output_retries >= spec.limits.max_output_retries:
                self._conclude()
                self._end(ExitReason.OUTPUT_INVALID, text=answer, error=str(invalid))
                return
            self.step = replace(self.step, output_invalid=True)
            self._conclude()
            feedback = UserMessage(content=str(invalid))
            yield self._log(UserMessageEvent(run_id=self.run_id, content=feedback.content))
            self.state.add_user(feedback)
            return
        self._conclude()
        self._end(ExitReason.FINAL_ANSWER, output=None, text=answer)

    async def xǁRunǁ_answer__mutmut_65(self, completion: Completion) -> AsyncGenerator[RunEvent, None]:
        assert self.step is not None
        answer = completion.content
        spec = self.spec
        generated = self.counters.usage.generated_tokens + completion.generated_tokens
        cut = limits.answer_cut_stop(spec.limits, generated, completion.finish_reason)
        if cut is not None or spec.output is None:
            self._conclude()
            if not self._stop_if(cut):
                self._end(ExitReason.FINAL_ANSWER, output=answer or "", text=answer)
            return
        try:
            value = spec.output.validate(answer)
        except OutputInvalid as invalid:
            yield self._log(
                ErrorEvent(
                    run_id=self.run_id, step=completion.step, kind="output_invalid", message=str(invalid)
                )
            )
            if self.counters.output_retries >= spec.limits.max_output_retries:
                self._conclude()
                self._end(ExitReason.OUTPUT_INVALID, text=answer, error=str(invalid))
                return
            self.step = replace(self.step, output_invalid=True)
            self._conclude()
            feedback = UserMessage(content=str(invalid))
            yield self._log(UserMessageEvent(run_id=self.run_id, content=feedback.content))
            self.state.add_user(feedback)
            return
        self._conclude()
        self._end(ExitReason.FINAL_ANSWER, output=value, text=None)

    async def xǁRunǁ_answer__mutmut_66(self, completion: Completion) -> AsyncGenerator[RunEvent, None]:
        assert self.step is not None
        answer = completion.content
        spec = self.spec
        generated = self.counters.usage.generated_tokens + completion.generated_tokens
        cut = limits.answer_cut_stop(spec.limits, generated, completion.finish_reason)
        if cut is not None or spec.output is None:
            self._conclude()
            if not self._stop_if(cut):
                self._end(ExitReason.FINAL_ANSWER, output=answer or "", text=answer)
            return
        try:
            value = spec.output.validate(answer)
        except OutputInvalid as invalid:
            yield self._log(
                ErrorEvent(
                    run_id=self.run_id, step=completion.step, kind="output_invalid", message=str(invalid)
                )
            )
            if self.counters.output_retries >= spec.limits.max_output_retries:
                self._conclude()
                self._end(ExitReason.OUTPUT_INVALID, text=answer, error=str(invalid))
                return
            self.step = replace(self.step, output_invalid=True)
            self._conclude()
            feedback = UserMessage(content=str(invalid))
            yield self._log(UserMessageEvent(run_id=self.run_id, content=feedback.content))
            self.state.add_user(feedback)
            return
        self._conclude()
        self._end(output=value, text=answer)

    async def xǁRunǁ_answer__mutmut_67(self, completion: Completion) -> AsyncGenerator[RunEvent, None]:
        assert self.step is not None
        answer = completion.content
        spec = self.spec
        generated = self.counters.usage.generated_tokens + completion.generated_tokens
        cut = limits.answer_cut_stop(spec.limits, generated, completion.finish_reason)
        if cut is not None or spec.output is None:
            self._conclude()
            if not self._stop_if(cut):
                self._end(ExitReason.FINAL_ANSWER, output=answer or "", text=answer)
            return
        try:
            value = spec.output.validate(answer)
        except OutputInvalid as invalid:
            yield self._log(
                ErrorEvent(
                    run_id=self.run_id, step=completion.step, kind="output_invalid", message=str(invalid)
                )
            )
            if self.counters.output_retries >= spec.limits.max_output_retries:
                self._conclude()
                self._end(ExitReason.OUTPUT_INVALID, text=answer, error=str(invalid))
                return
            self.step = replace(self.step, output_invalid=True)
            self._conclude()
            feedback = UserMessage(content=str(invalid))
            yield self._log(UserMessageEvent(run_id=self.run_id, content=feedback.content))
            self.state.add_user(feedback)
            return
        self._conclude()
        self._end(ExitReason.FINAL_ANSWER, text=answer)

    async def xǁRunǁ_answer__mutmut_68(self, completion: Completion) -> AsyncGenerator[RunEvent, None]:
        assert self.step is not None
        answer = completion.content
        spec = self.spec
        generated = self.counters.usage.generated_tokens + completion.generated_tokens
        cut = limits.answer_cut_stop(spec.limits, generated, completion.finish_reason)
        if cut is not None or spec.output is None:
            self._conclude()
            if not self._stop_if(cut):
                self._end(ExitReason.FINAL_ANSWER, output=answer or "", text=answer)
            return
        try:
            value = spec.output.validate(answer)
        except OutputInvalid as invalid:
            yield self._log(
                ErrorEvent(
                    run_id=self.run_id, step=completion.step, kind="output_invalid", message=str(invalid)
                )
            )
            if self.counters.output_retries >= spec.limits.max_output_retries:
                self._conclude()
                self._end(ExitReason.OUTPUT_INVALID, text=answer, error=str(invalid))
                return
            self.step = replace(self.step, output_invalid=True)
            self._conclude()
            feedback = UserMessage(content=str(invalid))
            yield self._log(UserMessageEvent(run_id=self.run_id, content=feedback.content))
            self.state.add_user(feedback)
            return
        self._conclude()
        self._end(ExitReason.FINAL_ANSWER, output=value, )

    @_mutmut_mutated(mutants_xǁRunǁ_conclude__mutmut)
    def _conclude(self) -> None:
        """The step in flight is over: it moves the prompt state and the counters, once."""
        if self.step is not None:
            self.state.add_step(self.step)
            apply_step(self.counters, self.step)
            self.step = None

    def xǁRunǁ_conclude__mutmut_orig(self) -> None:
        """The step in flight is over: it moves the prompt state and the counters, once."""
        if self.step is not None:
            self.state.add_step(self.step)
            apply_step(self.counters, self.step)
            self.step = None

    def xǁRunǁ_conclude__mutmut_1(self) -> None:
        """The step in flight is over: it moves the prompt state and the counters, once."""
        if self.step is None:
            self.state.add_step(self.step)
            apply_step(self.counters, self.step)
            self.step = None

    def xǁRunǁ_conclude__mutmut_2(self) -> None:
        """The step in flight is over: it moves the prompt state and the counters, once."""
        if self.step is not None:
            self.state.add_step(None)
            apply_step(self.counters, self.step)
            self.step = None

    def xǁRunǁ_conclude__mutmut_3(self) -> None:
        """The step in flight is over: it moves the prompt state and the counters, once."""
        if self.step is not None:
            self.state.add_step(self.step)
            apply_step(None, self.step)
            self.step = None

    def xǁRunǁ_conclude__mutmut_4(self) -> None:
        """The step in flight is over: it moves the prompt state and the counters, once."""
        if self.step is not None:
            self.state.add_step(self.step)
            apply_step(self.counters, None)
            self.step = None

    def xǁRunǁ_conclude__mutmut_5(self) -> None:
        """The step in flight is over: it moves the prompt state and the counters, once."""
        if self.step is not None:
            self.state.add_step(self.step)
            apply_step(self.step)
            self.step = None

    def xǁRunǁ_conclude__mutmut_6(self) -> None:
        """The step in flight is over: it moves the prompt state and the counters, once."""
        if self.step is not None:
            self.state.add_step(self.step)
            apply_step(self.counters, )
            self.step = None

    def xǁRunǁ_conclude__mutmut_7(self) -> None:
        """The step in flight is over: it moves the prompt state and the counters, once."""
        if self.step is not None:
            self.state.add_step(self.step)
            apply_step(self.counters, self.step)
            self.step = ""

    # -- the context: sandbox, deps, time ---------------------------------------------------------------

    @_mutmut_mutated(mutants_xǁRunǁ_context__mutmut)
    async def _context(self, stack: AsyncExitStack) -> RunContext[Any]:
        sandbox: Sandbox | None = None
        if self.spec.sandbox is not None:
            sandbox = await stack.enter_async_context(self.spec.sandbox.lease(run_id=self.run_id))
        return RunContext(deps=self.deps, sandbox=sandbox, run_id=self.run_id, logger=self.spec.logger)

    # -- the context: sandbox, deps, time ---------------------------------------------------------------

    async def xǁRunǁ_context__mutmut_orig(self, stack: AsyncExitStack) -> RunContext[Any]:
        sandbox: Sandbox | None = None
        if self.spec.sandbox is not None:
            sandbox = await stack.enter_async_context(self.spec.sandbox.lease(run_id=self.run_id))
        return RunContext(deps=self.deps, sandbox=sandbox, run_id=self.run_id, logger=self.spec.logger)

    # -- the context: sandbox, deps, time ---------------------------------------------------------------

    async def xǁRunǁ_context__mutmut_1(self, stack: AsyncExitStack) -> RunContext[Any]:
        sandbox: Sandbox | None = ""
        if self.spec.sandbox is not None:
            sandbox = await stack.enter_async_context(self.spec.sandbox.lease(run_id=self.run_id))
        return RunContext(deps=self.deps, sandbox=sandbox, run_id=self.run_id, logger=self.spec.logger)

    # -- the context: sandbox, deps, time ---------------------------------------------------------------

    async def xǁRunǁ_context__mutmut_2(self, stack: AsyncExitStack) -> RunContext[Any]:
        sandbox: Sandbox | None = None
        if self.spec.sandbox is None:
            sandbox = await stack.enter_async_context(self.spec.sandbox.lease(run_id=self.run_id))
        return RunContext(deps=self.deps, sandbox=sandbox, run_id=self.run_id, logger=self.spec.logger)

    # -- the context: sandbox, deps, time ---------------------------------------------------------------

    async def xǁRunǁ_context__mutmut_3(self, stack: AsyncExitStack) -> RunContext[Any]:
        sandbox: Sandbox | None = None
        if self.spec.sandbox is not None:
            sandbox = None
        return RunContext(deps=self.deps, sandbox=sandbox, run_id=self.run_id, logger=self.spec.logger)

    # -- the context: sandbox, deps, time ---------------------------------------------------------------

    async def xǁRunǁ_context__mutmut_4(self, stack: AsyncExitStack) -> RunContext[Any]:
        sandbox: Sandbox | None = None
        if self.spec.sandbox is not None:
            sandbox = await stack.enter_async_context(None)
        return RunContext(deps=self.deps, sandbox=sandbox, run_id=self.run_id, logger=self.spec.logger)

    # -- the context: sandbox, deps, time ---------------------------------------------------------------

    async def xǁRunǁ_context__mutmut_5(self, stack: AsyncExitStack) -> RunContext[Any]:
        sandbox: Sandbox | None = None
        if self.spec.sandbox is not None:
            sandbox = await stack.enter_async_context(self.spec.sandbox.lease(run_id=None))
        return RunContext(deps=self.deps, sandbox=sandbox, run_id=self.run_id, logger=self.spec.logger)

    # -- the context: sandbox, deps, time ---------------------------------------------------------------

    async def xǁRunǁ_context__mutmut_6(self, stack: AsyncExitStack) -> RunContext[Any]:
        sandbox: Sandbox | None = None
        if self.spec.sandbox is not None:
            sandbox = await stack.enter_async_context(self.spec.sandbox.lease(run_id=self.run_id))
        return RunContext(deps=None, sandbox=sandbox, run_id=self.run_id, logger=self.spec.logger)

    # -- the context: sandbox, deps, time ---------------------------------------------------------------

    async def xǁRunǁ_context__mutmut_7(self, stack: AsyncExitStack) -> RunContext[Any]:
        sandbox: Sandbox | None = None
        if self.spec.sandbox is not None:
            sandbox = await stack.enter_async_context(self.spec.sandbox.lease(run_id=self.run_id))
        return RunContext(deps=self.deps, sandbox=None, run_id=self.run_id, logger=self.spec.logger)

    # -- the context: sandbox, deps, time ---------------------------------------------------------------

    async def xǁRunǁ_context__mutmut_8(self, stack: AsyncExitStack) -> RunContext[Any]:
        sandbox: Sandbox | None = None
        if self.spec.sandbox is not None:
            sandbox = await stack.enter_async_context(self.spec.sandbox.lease(run_id=self.run_id))
        return RunContext(deps=self.deps, sandbox=sandbox, run_id=None, logger=self.spec.logger)

    # -- the context: sandbox, deps, time ---------------------------------------------------------------

    async def xǁRunǁ_context__mutmut_9(self, stack: AsyncExitStack) -> RunContext[Any]:
        sandbox: Sandbox | None = None
        if self.spec.sandbox is not None:
            sandbox = await stack.enter_async_context(self.spec.sandbox.lease(run_id=self.run_id))
        return RunContext(deps=self.deps, sandbox=sandbox, run_id=self.run_id, logger=None)

    # -- the context: sandbox, deps, time ---------------------------------------------------------------

    async def xǁRunǁ_context__mutmut_10(self, stack: AsyncExitStack) -> RunContext[Any]:
        sandbox: Sandbox | None = None
        if self.spec.sandbox is not None:
            sandbox = await stack.enter_async_context(self.spec.sandbox.lease(run_id=self.run_id))
        return RunContext(sandbox=sandbox, run_id=self.run_id, logger=self.spec.logger)

    # -- the context: sandbox, deps, time ---------------------------------------------------------------

    async def xǁRunǁ_context__mutmut_11(self, stack: AsyncExitStack) -> RunContext[Any]:
        sandbox: Sandbox | None = None
        if self.spec.sandbox is not None:
            sandbox = await stack.enter_async_context(self.spec.sandbox.lease(run_id=self.run_id))
        return RunContext(deps=self.deps, run_id=self.run_id, logger=self.spec.logger)

    # -- the context: sandbox, deps, time ---------------------------------------------------------------

    async def xǁRunǁ_context__mutmut_12(self, stack: AsyncExitStack) -> RunContext[Any]:
        sandbox: Sandbox | None = None
        if self.spec.sandbox is not None:
            sandbox = await stack.enter_async_context(self.spec.sandbox.lease(run_id=self.run_id))
        return RunContext(deps=self.deps, sandbox=sandbox, logger=self.spec.logger)

    # -- the context: sandbox, deps, time ---------------------------------------------------------------

    async def xǁRunǁ_context__mutmut_13(self, stack: AsyncExitStack) -> RunContext[Any]:
        sandbox: Sandbox | None = None
        if self.spec.sandbox is not None:
            sandbox = await stack.enter_async_context(self.spec.sandbox.lease(run_id=self.run_id))
        return RunContext(deps=self.deps, sandbox=sandbox, run_id=self.run_id, )

    @_mutmut_mutated(mutants_xǁRunǁ_elapsed__mutmut)
    def _elapsed(self) -> float:
        return time.monotonic() - self.started

    def xǁRunǁ_elapsed__mutmut_orig(self) -> float:
        return time.monotonic() - self.started

    def xǁRunǁ_elapsed__mutmut_1(self) -> float:
        return time.monotonic() + self.started

    @_mutmut_mutated(mutants_xǁRunǁ_time_left__mutmut)
    def _time_left(self) -> float:
        return limits.time_left(self.spec.limits, self._elapsed())

    def xǁRunǁ_time_left__mutmut_orig(self) -> float:
        return limits.time_left(self.spec.limits, self._elapsed())

    def xǁRunǁ_time_left__mutmut_1(self) -> float:
        return limits.time_left(None, self._elapsed())

    def xǁRunǁ_time_left__mutmut_2(self) -> float:
        return limits.time_left(self.spec.limits, None)

    def xǁRunǁ_time_left__mutmut_3(self) -> float:
        return limits.time_left(self._elapsed())

    def xǁRunǁ_time_left__mutmut_4(self) -> float:
        return limits.time_left(self.spec.limits, )

    # -- the trajectory and the end ---------------------------------------------------------------------

    @_mutmut_mutated(mutants_xǁRunǁ_log__mutmut)
    def _log(self, event: RunEvent) -> RunEvent:
        """Append ``event`` to the trajectory (before the loop acts on it) and show it to the observers."""
        if self.trajectory_path is not None:
            if self._writer is None:
                self._writer = TrajectoryWriter(self.trajectory_path)
                if not self.header_written:
                    self._writer.write_header(self._header())
                    self.header_written = True
            self._writer.append(event)
        for observer in self.spec.observers:
            observer(event)
        return event

    # -- the trajectory and the end ---------------------------------------------------------------------

    def xǁRunǁ_log__mutmut_orig(self, event: RunEvent) -> RunEvent:
        """Append ``event`` to the trajectory (before the loop acts on it) and show it to the observers."""
        if self.trajectory_path is not None:
            if self._writer is None:
                self._writer = TrajectoryWriter(self.trajectory_path)
                if not self.header_written:
                    self._writer.write_header(self._header())
                    self.header_written = True
            self._writer.append(event)
        for observer in self.spec.observers:
            observer(event)
        return event

    # -- the trajectory and the end ---------------------------------------------------------------------

    def xǁRunǁ_log__mutmut_1(self, event: RunEvent) -> RunEvent:
        """Append ``event`` to the trajectory (before the loop acts on it) and show it to the observers."""
        if self.trajectory_path is None:
            if self._writer is None:
                self._writer = TrajectoryWriter(self.trajectory_path)
                if not self.header_written:
                    self._writer.write_header(self._header())
                    self.header_written = True
            self._writer.append(event)
        for observer in self.spec.observers:
            observer(event)
        return event

    # -- the trajectory and the end ---------------------------------------------------------------------

    def xǁRunǁ_log__mutmut_2(self, event: RunEvent) -> RunEvent:
        """Append ``event`` to the trajectory (before the loop acts on it) and show it to the observers."""
        if self.trajectory_path is not None:
            if self._writer is not None:
                self._writer = TrajectoryWriter(self.trajectory_path)
                if not self.header_written:
                    self._writer.write_header(self._header())
                    self.header_written = True
            self._writer.append(event)
        for observer in self.spec.observers:
            observer(event)
        return event

    # -- the trajectory and the end ---------------------------------------------------------------------

    def xǁRunǁ_log__mutmut_3(self, event: RunEvent) -> RunEvent:
        """Append ``event`` to the trajectory (before the loop acts on it) and show it to the observers."""
        if self.trajectory_path is not None:
            if self._writer is None:
                self._writer = None
                if not self.header_written:
                    self._writer.write_header(self._header())
                    self.header_written = True
            self._writer.append(event)
        for observer in self.spec.observers:
            observer(event)
        return event

    # -- the trajectory and the end ---------------------------------------------------------------------

    def xǁRunǁ_log__mutmut_4(self, event: RunEvent) -> RunEvent:
        """Append ``event`` to the trajectory (before the loop acts on it) and show it to the observers."""
        if self.trajectory_path is not None:
            if self._writer is None:
                self._writer = TrajectoryWriter(None)
                if not self.header_written:
                    self._writer.write_header(self._header())
                    self.header_written = True
            self._writer.append(event)
        for observer in self.spec.observers:
            observer(event)
        return event

    # -- the trajectory and the end ---------------------------------------------------------------------

    def xǁRunǁ_log__mutmut_5(self, event: RunEvent) -> RunEvent:
        """Append ``event`` to the trajectory (before the loop acts on it) and show it to the observers."""
        if self.trajectory_path is not None:
            if self._writer is None:
                self._writer = TrajectoryWriter(self.trajectory_path)
                if self.header_written:
                    self._writer.write_header(self._header())
                    self.header_written = True
            self._writer.append(event)
        for observer in self.spec.observers:
            observer(event)
        return event

    # -- the trajectory and the end ---------------------------------------------------------------------

    def xǁRunǁ_log__mutmut_6(self, event: RunEvent) -> RunEvent:
        """Append ``event`` to the trajectory (before the loop acts on it) and show it to the observers."""
        if self.trajectory_path is not None:
            if self._writer is None:
                self._writer = TrajectoryWriter(self.trajectory_path)
                if not self.header_written:
                    self._writer.write_header(None)
                    self.header_written = True
            self._writer.append(event)
        for observer in self.spec.observers:
            observer(event)
        return event

    # -- the trajectory and the end ---------------------------------------------------------------------

    def xǁRunǁ_log__mutmut_7(self, event: RunEvent) -> RunEvent:
        """Append ``event`` to the trajectory (before the loop acts on it) and show it to the observers."""
        if self.trajectory_path is not None:
            if self._writer is None:
                self._writer = TrajectoryWriter(self.trajectory_path)
                if not self.header_written:
                    self._writer.write_header(self._header())
                    self.header_written = None
            self._writer.append(event)
        for observer in self.spec.observers:
            observer(event)
        return event

    # -- the trajectory and the end ---------------------------------------------------------------------

    def xǁRunǁ_log__mutmut_8(self, event: RunEvent) -> RunEvent:
        """Append ``event`` to the trajectory (before the loop acts on it) and show it to the observers."""
        if self.trajectory_path is not None:
            if self._writer is None:
                self._writer = TrajectoryWriter(self.trajectory_path)
                if not self.header_written:
                    self._writer.write_header(self._header())
                    self.header_written = False
            self._writer.append(event)
        for observer in self.spec.observers:
            observer(event)
        return event

    # -- the trajectory and the end ---------------------------------------------------------------------

    def xǁRunǁ_log__mutmut_9(self, event: RunEvent) -> RunEvent:
        """Append ``event`` to the trajectory (before the loop acts on it) and show it to the observers."""
        if self.trajectory_path is not None:
            if self._writer is None:
                self._writer = TrajectoryWriter(self.trajectory_path)
                if not self.header_written:
                    self._writer.write_header(self._header())
                    self.header_written = True
            self._writer.append(None)
        for observer in self.spec.observers:
            observer(event)
        return event

    # -- the trajectory and the end ---------------------------------------------------------------------

    def xǁRunǁ_log__mutmut_10(self, event: RunEvent) -> RunEvent:
        """Append ``event`` to the trajectory (before the loop acts on it) and show it to the observers."""
        if self.trajectory_path is not None:
            if self._writer is None:
                self._writer = TrajectoryWriter(self.trajectory_path)
                if not self.header_written:
                    self._writer.write_header(self._header())
                    self.header_written = True
            self._writer.append(event)
        for observer in self.spec.observers:
            observer(None)
        return event

    @_mutmut_mutated(mutants_xǁRunǁ_header__mutmut)
    def _header(self) -> TrajectoryHeader:
        prompt = self.spec.prompt
        return TrajectoryHeader(
            run_id=self.run_id,
            agentkit_version=__version__,
            revision=prompt.revision,
            thinking=self.state.thinking,
            system_prompt=prompt.system_prompt,
            tools=[dict(d) for d in self.spec.declarations],
            append_only=prompt.append_only,
        )

    def xǁRunǁ_header__mutmut_orig(self) -> TrajectoryHeader:
        prompt = self.spec.prompt
        return TrajectoryHeader(
            run_id=self.run_id,
            agentkit_version=__version__,
            revision=prompt.revision,
            thinking=self.state.thinking,
            system_prompt=prompt.system_prompt,
            tools=[dict(d) for d in self.spec.declarations],
            append_only=prompt.append_only,
        )

    def xǁRunǁ_header__mutmut_1(self) -> TrajectoryHeader:
        prompt = None
        return TrajectoryHeader(
            run_id=self.run_id,
            agentkit_version=__version__,
            revision=prompt.revision,
            thinking=self.state.thinking,
            system_prompt=prompt.system_prompt,
            tools=[dict(d) for d in self.spec.declarations],
            append_only=prompt.append_only,
        )

    def xǁRunǁ_header__mutmut_2(self) -> TrajectoryHeader:
        prompt = self.spec.prompt
        return TrajectoryHeader(
            run_id=None,
            agentkit_version=__version__,
            revision=prompt.revision,
            thinking=self.state.thinking,
            system_prompt=prompt.system_prompt,
            tools=[dict(d) for d in self.spec.declarations],
            append_only=prompt.append_only,
        )

    def xǁRunǁ_header__mutmut_3(self) -> TrajectoryHeader:
        prompt = self.spec.prompt
        return TrajectoryHeader(
            run_id=self.run_id,
            agentkit_version=None,
            revision=prompt.revision,
            thinking=self.state.thinking,
            system_prompt=prompt.system_prompt,
            tools=[dict(d) for d in self.spec.declarations],
            append_only=prompt.append_only,
        )

    def xǁRunǁ_header__mutmut_4(self) -> TrajectoryHeader:
        prompt = self.spec.prompt
        return TrajectoryHeader(
            run_id=self.run_id,
            agentkit_version=__version__,
            revision=None,
            thinking=self.state.thinking,
            system_prompt=prompt.system_prompt,
            tools=[dict(d) for d in self.spec.declarations],
            append_only=prompt.append_only,
        )

    def xǁRunǁ_header__mutmut_5(self) -> TrajectoryHeader:
        prompt = self.spec.prompt
        return TrajectoryHeader(
            run_id=self.run_id,
            agentkit_version=__version__,
            revision=prompt.revision,
            thinking=None,
            system_prompt=prompt.system_prompt,
            tools=[dict(d) for d in self.spec.declarations],
            append_only=prompt.append_only,
        )

    def xǁRunǁ_header__mutmut_6(self) -> TrajectoryHeader:
        prompt = self.spec.prompt
        return TrajectoryHeader(
            run_id=self.run_id,
            agentkit_version=__version__,
            revision=prompt.revision,
            thinking=self.state.thinking,
            system_prompt=None,
            tools=[dict(d) for d in self.spec.declarations],
            append_only=prompt.append_only,
        )

    def xǁRunǁ_header__mutmut_7(self) -> TrajectoryHeader:
        prompt = self.spec.prompt
        return TrajectoryHeader(
            run_id=self.run_id,
            agentkit_version=__version__,
            revision=prompt.revision,
            thinking=self.state.thinking,
            system_prompt=prompt.system_prompt,
            tools=None,
            append_only=prompt.append_only,
        )

    def xǁRunǁ_header__mutmut_8(self) -> TrajectoryHeader:
        prompt = self.spec.prompt
        return TrajectoryHeader(
            run_id=self.run_id,
            agentkit_version=__version__,
            revision=prompt.revision,
            thinking=self.state.thinking,
            system_prompt=prompt.system_prompt,
            tools=[dict(d) for d in self.spec.declarations],
            append_only=None,
        )

    def xǁRunǁ_header__mutmut_9(self) -> TrajectoryHeader:
        prompt = self.spec.prompt
        return TrajectoryHeader(
            agentkit_version=__version__,
            revision=prompt.revision,
            thinking=self.state.thinking,
            system_prompt=prompt.system_prompt,
            tools=[dict(d) for d in self.spec.declarations],
            append_only=prompt.append_only,
        )

    def xǁRunǁ_header__mutmut_10(self) -> TrajectoryHeader:
        prompt = self.spec.prompt
        return TrajectoryHeader(
            run_id=self.run_id,
            revision=prompt.revision,
            thinking=self.state.thinking,
            system_prompt=prompt.system_prompt,
            tools=[dict(d) for d in self.spec.declarations],
            append_only=prompt.append_only,
        )

    def xǁRunǁ_header__mutmut_11(self) -> TrajectoryHeader:
        prompt = self.spec.prompt
        return TrajectoryHeader(
            run_id=self.run_id,
            agentkit_version=__version__,
            thinking=self.state.thinking,
            system_prompt=prompt.system_prompt,
            tools=[dict(d) for d in self.spec.declarations],
            append_only=prompt.append_only,
        )

    def xǁRunǁ_header__mutmut_12(self) -> TrajectoryHeader:
        prompt = self.spec.prompt
        return TrajectoryHeader(
            run_id=self.run_id,
            agentkit_version=__version__,
            revision=prompt.revision,
            system_prompt=prompt.system_prompt,
            tools=[dict(d) for d in self.spec.declarations],
            append_only=prompt.append_only,
        )

    def xǁRunǁ_header__mutmut_13(self) -> TrajectoryHeader:
        prompt = self.spec.prompt
        return TrajectoryHeader(
            run_id=self.run_id,
            agentkit_version=__version__,
            revision=prompt.revision,
            thinking=self.state.thinking,
            tools=[dict(d) for d in self.spec.declarations],
            append_only=prompt.append_only,
        )

    def xǁRunǁ_header__mutmut_14(self) -> TrajectoryHeader:
        prompt = self.spec.prompt
        return TrajectoryHeader(
            run_id=self.run_id,
            agentkit_version=__version__,
            revision=prompt.revision,
            thinking=self.state.thinking,
            system_prompt=prompt.system_prompt,
            append_only=prompt.append_only,
        )

    def xǁRunǁ_header__mutmut_15(self) -> TrajectoryHeader:
        prompt = self.spec.prompt
        return TrajectoryHeader(
            run_id=self.run_id,
            agentkit_version=__version__,
            revision=prompt.revision,
            thinking=self.state.thinking,
            system_prompt=prompt.system_prompt,
            tools=[dict(d) for d in self.spec.declarations],
            )

    def xǁRunǁ_header__mutmut_16(self) -> TrajectoryHeader:
        prompt = self.spec.prompt
        return TrajectoryHeader(
            run_id=self.run_id,
            agentkit_version=__version__,
            revision=prompt.revision,
            thinking=self.state.thinking,
            system_prompt=prompt.system_prompt,
            tools=[dict(None) for d in self.spec.declarations],
            append_only=prompt.append_only,
        )

    @_mutmut_mutated(mutants_xǁRunǁ_stop_if__mutmut)
    def _stop_if(self, stop: limits.Stop | None) -> bool:
        if stop is not None:
            self._end(stop.reason, text=f"The run stopped before a final answer: {stop.why}.", error=stop.why)
        return stop is not None

    def xǁRunǁ_stop_if__mutmut_orig(self, stop: limits.Stop | None) -> bool:
        if stop is not None:
            self._end(stop.reason, text=f"The run stopped before a final answer: {stop.why}.", error=stop.why)
        return stop is not None

    def xǁRunǁ_stop_if__mutmut_1(self, stop: limits.Stop | None) -> bool:
        if stop is None:
            self._end(stop.reason, text=f"The run stopped before a final answer: {stop.why}.", error=stop.why)
        return stop is not None

    def xǁRunǁ_stop_if__mutmut_2(self, stop: limits.Stop | None) -> bool:
        if stop is not None:
            self._end(None, text=f"The run stopped before a final answer: {stop.why}.", error=stop.why)
        return stop is not None

    def xǁRunǁ_stop_if__mutmut_3(self, stop: limits.Stop | None) -> bool:
        if stop is not None:
            self._end(stop.reason, text=None, error=stop.why)
        return stop is not None

    def xǁRunǁ_stop_if__mutmut_4(self, stop: limits.Stop | None) -> bool:
        if stop is not None:
            self._end(stop.reason, text=f"The run stopped before a final answer: {stop.why}.", error=None)
        return stop is not None

    def xǁRunǁ_stop_if__mutmut_5(self, stop: limits.Stop | None) -> bool:
        if stop is not None:
            self._end(text=f"The run stopped before a final answer: {stop.why}.", error=stop.why)
        return stop is not None

    def xǁRunǁ_stop_if__mutmut_6(self, stop: limits.Stop | None) -> bool:
        if stop is not None:
            self._end(stop.reason, error=stop.why)
        return stop is not None

    def xǁRunǁ_stop_if__mutmut_7(self, stop: limits.Stop | None) -> bool:
        if stop is not None:
            self._end(stop.reason, text=f"The run stopped before a final answer: {stop.why}.", )
        return stop is not None

    def xǁRunǁ_stop_if__mutmut_8(self, stop: limits.Stop | None) -> bool:
        if stop is not None:
            self._end(stop.reason, text=f"The run stopped before a final answer: {stop.why}.", error=stop.why)
        return stop is None

    @_mutmut_mutated(mutants_xǁRunǁ_end__mutmut)
    def _end(
        self, reason: ExitReason, *, output: Any = None, text: str | None = None, error: str | None = None
    ) -> None:
        if self.step is not None:  # a step cut short (cancelled, failed) still counts what it spent
            apply_step(self.counters, self.step)
            self.step = None
        self.exit_reason = reason
        self.output = output
        self.text = text
        self.error = error

    def xǁRunǁ_end__mutmut_orig(
        self, reason: ExitReason, *, output: Any = None, text: str | None = None, error: str | None = None
    ) -> None:
        if self.step is not None:  # a step cut short (cancelled, failed) still counts what it spent
            apply_step(self.counters, self.step)
            self.step = None
        self.exit_reason = reason
        self.output = output
        self.text = text
        self.error = error

    def xǁRunǁ_end__mutmut_1(
        self, reason: ExitReason, *, output: Any = None, text: str | None = None, error: str | None = None
    ) -> None:
        if self.step is None:  # a step cut short (cancelled, failed) still counts what it spent
            apply_step(self.counters, self.step)
            self.step = None
        self.exit_reason = reason
        self.output = output
        self.text = text
        self.error = error

    def xǁRunǁ_end__mutmut_2(
        self, reason: ExitReason, *, output: Any = None, text: str | None = None, error: str | None = None
    ) -> None:
        if self.step is not None:  # a step cut short (cancelled, failed) still counts what it spent
            apply_step(None, self.step)
            self.step = None
        self.exit_reason = reason
        self.output = output
        self.text = text
        self.error = error

    def xǁRunǁ_end__mutmut_3(
        self, reason: ExitReason, *, output: Any = None, text: str | None = None, error: str | None = None
    ) -> None:
        if self.step is not None:  # a step cut short (cancelled, failed) still counts what it spent
            apply_step(self.counters, None)
            self.step = None
        self.exit_reason = reason
        self.output = output
        self.text = text
        self.error = error

    def xǁRunǁ_end__mutmut_4(
        self, reason: ExitReason, *, output: Any = None, text: str | None = None, error: str | None = None
    ) -> None:
        if self.step is not None:  # a step cut short (cancelled, failed) still counts what it spent
            apply_step(self.step)
            self.step = None
        self.exit_reason = reason
        self.output = output
        self.text = text
        self.error = error

    def xǁRunǁ_end__mutmut_5(
        self, reason: ExitReason, *, output: Any = None, text: str | None = None, error: str | None = None
    ) -> None:
        if self.step is not None:  # a step cut short (cancelled, failed) still counts what it spent
            apply_step(self.counters, )
            self.step = None
        self.exit_reason = reason
        self.output = output
        self.text = text
        self.error = error

    def xǁRunǁ_end__mutmut_6(
        self, reason: ExitReason, *, output: Any = None, text: str | None = None, error: str | None = None
    ) -> None:
        if self.step is not None:  # a step cut short (cancelled, failed) still counts what it spent
            apply_step(self.counters, self.step)
            self.step = ""
        self.exit_reason = reason
        self.output = output
        self.text = text
        self.error = error

    def xǁRunǁ_end__mutmut_7(
        self, reason: ExitReason, *, output: Any = None, text: str | None = None, error: str | None = None
    ) -> None:
        if self.step is not None:  # a step cut short (cancelled, failed) still counts what it spent
            apply_step(self.counters, self.step)
            self.step = None
        self.exit_reason = None
        self.output = output
        self.text = text
        self.error = error

    def xǁRunǁ_end__mutmut_8(
        self, reason: ExitReason, *, output: Any = None, text: str | None = None, error: str | None = None
    ) -> None:
        if self.step is not None:  # a step cut short (cancelled, failed) still counts what it spent
            apply_step(self.counters, self.step)
            self.step = None
        self.exit_reason = reason
        self.output = None
        self.text = text
        self.error = error

    def xǁRunǁ_end__mutmut_9(
        self, reason: ExitReason, *, output: Any = None, text: str | None = None, error: str | None = None
    ) -> None:
        if self.step is not None:  # a step cut short (cancelled, failed) still counts what it spent
            apply_step(self.counters, self.step)
            self.step = None
        self.exit_reason = reason
        self.output = output
        self.text = None
        self.error = error

    def xǁRunǁ_end__mutmut_10(
        self, reason: ExitReason, *, output: Any = None, text: str | None = None, error: str | None = None
    ) -> None:
        if self.step is not None:  # a step cut short (cancelled, failed) still counts what it spent
            apply_step(self.counters, self.step)
            self.step = None
        self.exit_reason = reason
        self.output = output
        self.text = text
        self.error = None

    @_mutmut_mutated(mutants_xǁRunǁ_finished_event__mutmut)
    def _finished_event(self) -> RunEvent:
        assert self.exit_reason is not None
        usage = self.counters.usage
        return self._log(
            RunFinished(
                run_id=self.run_id,
                exit_reason=self.exit_reason,
                output=_jsonable_output(self.output),
                error=self.error,
                steps=usage.steps,
                prompt_tokens=usage.prompt_tokens,
                generated_tokens=usage.generated_tokens,
                duration_s=self._elapsed(),
            )
        )

    def xǁRunǁ_finished_event__mutmut_orig(self) -> RunEvent:
        assert self.exit_reason is not None
        usage = self.counters.usage
        return self._log(
            RunFinished(
                run_id=self.run_id,
                exit_reason=self.exit_reason,
                output=_jsonable_output(self.output),
                error=self.error,
                steps=usage.steps,
                prompt_tokens=usage.prompt_tokens,
                generated_tokens=usage.generated_tokens,
                duration_s=self._elapsed(),
            )
        )

    def xǁRunǁ_finished_event__mutmut_1(self) -> RunEvent:
        assert self.exit_reason is None
        usage = self.counters.usage
        return self._log(
            RunFinished(
                run_id=self.run_id,
                exit_reason=self.exit_reason,
                output=_jsonable_output(self.output),
                error=self.error,
                steps=usage.steps,
                prompt_tokens=usage.prompt_tokens,
                generated_tokens=usage.generated_tokens,
                duration_s=self._elapsed(),
            )
        )

    def xǁRunǁ_finished_event__mutmut_2(self) -> RunEvent:
        assert self.exit_reason is not None
        usage = None
        return self._log(
            RunFinished(
                run_id=self.run_id,
                exit_reason=self.exit_reason,
                output=_jsonable_output(self.output),
                error=self.error,
                steps=usage.steps,
                prompt_tokens=usage.prompt_tokens,
                generated_tokens=usage.generated_tokens,
                duration_s=self._elapsed(),
            )
        )

    def xǁRunǁ_finished_event__mutmut_3(self) -> RunEvent:
        assert self.exit_reason is not None
        usage = self.counters.usage
        return self._log(
            None
        )

    def xǁRunǁ_finished_event__mutmut_4(self) -> RunEvent:
        assert self.exit_reason is not None
        usage = self.counters.usage
        return self._log(
            RunFinished(
                run_id=None,
                exit_reason=self.exit_reason,
                output=_jsonable_output(self.output),
                error=self.error,
                steps=usage.steps,
                prompt_tokens=usage.prompt_tokens,
                generated_tokens=usage.generated_tokens,
                duration_s=self._elapsed(),
            )
        )

    def xǁRunǁ_finished_event__mutmut_5(self) -> RunEvent:
        assert self.exit_reason is not None
        usage = self.counters.usage
        return self._log(
            RunFinished(
                run_id=self.run_id,
                exit_reason=None,
                output=_jsonable_output(self.output),
                error=self.error,
                steps=usage.steps,
                prompt_tokens=usage.prompt_tokens,
                generated_tokens=usage.generated_tokens,
                duration_s=self._elapsed(),
            )
        )

    def xǁRunǁ_finished_event__mutmut_6(self) -> RunEvent:
        assert self.exit_reason is not None
        usage = self.counters.usage
        return self._log(
            RunFinished(
                run_id=self.run_id,
                exit_reason=self.exit_reason,
                output=None,
                error=self.error,
                steps=usage.steps,
                prompt_tokens=usage.prompt_tokens,
                generated_tokens=usage.generated_tokens,
                duration_s=self._elapsed(),
            )
        )

    def xǁRunǁ_finished_event__mutmut_7(self) -> RunEvent:
        assert self.exit_reason is not None
        usage = self.counters.usage
        return self._log(
            RunFinished(
                run_id=self.run_id,
                exit_reason=self.exit_reason,
                output=_jsonable_output(self.output),
                error=None,
                steps=usage.steps,
                prompt_tokens=usage.prompt_tokens,
                generated_tokens=usage.generated_tokens,
                duration_s=self._elapsed(),
            )
        )

    def xǁRunǁ_finished_event__mutmut_8(self) -> RunEvent:
        assert self.exit_reason is not None
        usage = self.counters.usage
        return self._log(
            RunFinished(
                run_id=self.run_id,
                exit_reason=self.exit_reason,
                output=_jsonable_output(self.output),
                error=self.error,
                steps=None,
                prompt_tokens=usage.prompt_tokens,
                generated_tokens=usage.generated_tokens,
                duration_s=self._elapsed(),
            )
        )

    def xǁRunǁ_finished_event__mutmut_9(self) -> RunEvent:
        assert self.exit_reason is not None
        usage = self.counters.usage
        return self._log(
            RunFinished(
                run_id=self.run_id,
                exit_reason=self.exit_reason,
                output=_jsonable_output(self.output),
                error=self.error,
                steps=usage.steps,
                prompt_tokens=None,
                generated_tokens=usage.generated_tokens,
                duration_s=self._elapsed(),
            )
        )

    def xǁRunǁ_finished_event__mutmut_10(self) -> RunEvent:
        assert self.exit_reason is not None
        usage = self.counters.usage
        return self._log(
            RunFinished(
                run_id=self.run_id,
                exit_reason=self.exit_reason,
                output=_jsonable_output(self.output),
                error=self.error,
                steps=usage.steps,
                prompt_tokens=usage.prompt_tokens,
                generated_tokens=None,
                duration_s=self._elapsed(),
            )
        )

    def xǁRunǁ_finished_event__mutmut_11(self) -> RunEvent:
        assert self.exit_reason is not None
        usage = self.counters.usage
        return self._log(
            RunFinished(
                run_id=self.run_id,
                exit_reason=self.exit_reason,
                output=_jsonable_output(self.output),
                error=self.error,
                steps=usage.steps,
                prompt_tokens=usage.prompt_tokens,
                generated_tokens=usage.generated_tokens,
                duration_s=None,
            )
        )

    def xǁRunǁ_finished_event__mutmut_12(self) -> RunEvent:
        assert self.exit_reason is not None
        usage = self.counters.usage
        return self._log(
            RunFinished(
                exit_reason=self.exit_reason,
                output=_jsonable_output(self.output),
                error=self.error,
                steps=usage.steps,
                prompt_tokens=usage.prompt_tokens,
                generated_tokens=usage.generated_tokens,
                duration_s=self._elapsed(),
            )
        )

    def xǁRunǁ_finished_event__mutmut_13(self) -> RunEvent:
        assert self.exit_reason is not None
        usage = self.counters.usage
        return self._log(
            RunFinished(
                run_id=self.run_id,
                output=_jsonable_output(self.output),
                error=self.error,
                steps=usage.steps,
                prompt_tokens=usage.prompt_tokens,
                generated_tokens=usage.generated_tokens,
                duration_s=self._elapsed(),
            )
        )

    def xǁRunǁ_finished_event__mutmut_14(self) -> RunEvent:
        assert self.exit_reason is not None
        usage = self.counters.usage
        return self._log(
            RunFinished(
                run_id=self.run_id,
                exit_reason=self.exit_reason,
                error=self.error,
                steps=usage.steps,
                prompt_tokens=usage.prompt_tokens,
                generated_tokens=usage.generated_tokens,
                duration_s=self._elapsed(),
            )
        )

    def xǁRunǁ_finished_event__mutmut_15(self) -> RunEvent:
        assert self.exit_reason is not None
        usage = self.counters.usage
        return self._log(
            RunFinished(
                run_id=self.run_id,
                exit_reason=self.exit_reason,
                output=_jsonable_output(self.output),
                steps=usage.steps,
                prompt_tokens=usage.prompt_tokens,
                generated_tokens=usage.generated_tokens,
                duration_s=self._elapsed(),
            )
        )

    def xǁRunǁ_finished_event__mutmut_16(self) -> RunEvent:
        assert self.exit_reason is not None
        usage = self.counters.usage
        return self._log(
            RunFinished(
                run_id=self.run_id,
                exit_reason=self.exit_reason,
                output=_jsonable_output(self.output),
                error=self.error,
                prompt_tokens=usage.prompt_tokens,
                generated_tokens=usage.generated_tokens,
                duration_s=self._elapsed(),
            )
        )

    def xǁRunǁ_finished_event__mutmut_17(self) -> RunEvent:
        assert self.exit_reason is not None
        usage = self.counters.usage
        return self._log(
            RunFinished(
                run_id=self.run_id,
                exit_reason=self.exit_reason,
                output=_jsonable_output(self.output),
                error=self.error,
                steps=usage.steps,
                generated_tokens=usage.generated_tokens,
                duration_s=self._elapsed(),
            )
        )

    def xǁRunǁ_finished_event__mutmut_18(self) -> RunEvent:
        assert self.exit_reason is not None
        usage = self.counters.usage
        return self._log(
            RunFinished(
                run_id=self.run_id,
                exit_reason=self.exit_reason,
                output=_jsonable_output(self.output),
                error=self.error,
                steps=usage.steps,
                prompt_tokens=usage.prompt_tokens,
                duration_s=self._elapsed(),
            )
        )

    def xǁRunǁ_finished_event__mutmut_19(self) -> RunEvent:
        assert self.exit_reason is not None
        usage = self.counters.usage
        return self._log(
            RunFinished(
                run_id=self.run_id,
                exit_reason=self.exit_reason,
                output=_jsonable_output(self.output),
                error=self.error,
                steps=usage.steps,
                prompt_tokens=usage.prompt_tokens,
                generated_tokens=usage.generated_tokens,
                )
        )

    def xǁRunǁ_finished_event__mutmut_20(self) -> RunEvent:
        assert self.exit_reason is not None
        usage = self.counters.usage
        return self._log(
            RunFinished(
                run_id=self.run_id,
                exit_reason=self.exit_reason,
                output=_jsonable_output(None),
                error=self.error,
                steps=usage.steps,
                prompt_tokens=usage.prompt_tokens,
                generated_tokens=usage.generated_tokens,
                duration_s=self._elapsed(),
            )
        )

    @_mutmut_mutated(mutants_xǁRunǁresult__mutmut)
    def result(self) -> RunResult:
        if self.exit_reason is None:
            raise AgentError("the run has not finished")
        return RunResult(
            run_id=self.run_id,
            exit_reason=self.exit_reason,
            output=self.output,
            text=self.text,
            messages=list(self.state.messages),
            usage=self.counters.usage,
            trajectory_path=self.trajectory_path,
            error=self.error,
            duration_s=self._elapsed(),
            _state=self.state,
        )

    def xǁRunǁresult__mutmut_orig(self) -> RunResult:
        if self.exit_reason is None:
            raise AgentError("the run has not finished")
        return RunResult(
            run_id=self.run_id,
            exit_reason=self.exit_reason,
            output=self.output,
            text=self.text,
            messages=list(self.state.messages),
            usage=self.counters.usage,
            trajectory_path=self.trajectory_path,
            error=self.error,
            duration_s=self._elapsed(),
            _state=self.state,
        )

    def xǁRunǁresult__mutmut_1(self) -> RunResult:
        if self.exit_reason is not None:
            raise AgentError("the run has not finished")
        return RunResult(
            run_id=self.run_id,
            exit_reason=self.exit_reason,
            output=self.output,
            text=self.text,
            messages=list(self.state.messages),
            usage=self.counters.usage,
            trajectory_path=self.trajectory_path,
            error=self.error,
            duration_s=self._elapsed(),
            _state=self.state,
        )

    def xǁRunǁresult__mutmut_2(self) -> RunResult:
        if self.exit_reason is None:
            raise AgentError(None)
        return RunResult(
            run_id=self.run_id,
            exit_reason=self.exit_reason,
            output=self.output,
            text=self.text,
            messages=list(self.state.messages),
            usage=self.counters.usage,
            trajectory_path=self.trajectory_path,
            error=self.error,
            duration_s=self._elapsed(),
            _state=self.state,
        )

    def xǁRunǁresult__mutmut_3(self) -> RunResult:
        if self.exit_reason is None:
            raise AgentError("XXthe run has not finishedXX")
        return RunResult(
            run_id=self.run_id,
            exit_reason=self.exit_reason,
            output=self.output,
            text=self.text,
            messages=list(self.state.messages),
            usage=self.counters.usage,
            trajectory_path=self.trajectory_path,
            error=self.error,
            duration_s=self._elapsed(),
            _state=self.state,
        )

    def xǁRunǁresult__mutmut_4(self) -> RunResult:
        if self.exit_reason is None:
            raise AgentError("THE RUN HAS NOT FINISHED")
        return RunResult(
            run_id=self.run_id,
            exit_reason=self.exit_reason,
            output=self.output,
            text=self.text,
            messages=list(self.state.messages),
            usage=self.counters.usage,
            trajectory_path=self.trajectory_path,
            error=self.error,
            duration_s=self._elapsed(),
            _state=self.state,
        )

    def xǁRunǁresult__mutmut_5(self) -> RunResult:
        if self.exit_reason is None:
            raise AgentError("the run has not finished")
        return RunResult(
            run_id=None,
            exit_reason=self.exit_reason,
            output=self.output,
            text=self.text,
            messages=list(self.state.messages),
            usage=self.counters.usage,
            trajectory_path=self.trajectory_path,
            error=self.error,
            duration_s=self._elapsed(),
            _state=self.state,
        )

    def xǁRunǁresult__mutmut_6(self) -> RunResult:
        if self.exit_reason is None:
            raise AgentError("the run has not finished")
        return RunResult(
            run_id=self.run_id,
            exit_reason=None,
            output=self.output,
            text=self.text,
            messages=list(self.state.messages),
            usage=self.counters.usage,
            trajectory_path=self.trajectory_path,
            error=self.error,
            duration_s=self._elapsed(),
            _state=self.state,
        )

    def xǁRunǁresult__mutmut_7(self) -> RunResult:
        if self.exit_reason is None:
            raise AgentError("the run has not finished")
        return RunResult(
            run_id=self.run_id,
            exit_reason=self.exit_reason,
            output=None,
            text=self.text,
            messages=list(self.state.messages),
            usage=self.counters.usage,
            trajectory_path=self.trajectory_path,
            error=self.error,
            duration_s=self._elapsed(),
            _state=self.state,
        )

    def xǁRunǁresult__mutmut_8(self) -> RunResult:
        if self.exit_reason is None:
            raise AgentError("the run has not finished")
        return RunResult(
            run_id=self.run_id,
            exit_reason=self.exit_reason,
            output=self.output,
            text=None,
            messages=list(self.state.messages),
            usage=self.counters.usage,
            trajectory_path=self.trajectory_path,
            error=self.error,
            duration_s=self._elapsed(),
            _state=self.state,
        )

    def xǁRunǁresult__mutmut_9(self) -> RunResult:
        if self.exit_reason is None:
            raise AgentError("the run has not finished")
        return RunResult(
            run_id=self.run_id,
            exit_reason=self.exit_reason,
            output=self.output,
            text=self.text,
            messages=None,
            usage=self.counters.usage,
            trajectory_path=self.trajectory_path,
            error=self.error,
            duration_s=self._elapsed(),
            _state=self.state,
        )

    def xǁRunǁresult__mutmut_10(self) -> RunResult:
        if self.exit_reason is None:
            raise AgentError("the run has not finished")
        return RunResult(
            run_id=self.run_id,
            exit_reason=self.exit_reason,
            output=self.output,
            text=self.text,
            messages=list(self.state.messages),
            usage=None,
            trajectory_path=self.trajectory_path,
            error=self.error,
            duration_s=self._elapsed(),
            _state=self.state,
        )

    def xǁRunǁresult__mutmut_11(self) -> RunResult:
        if self.exit_reason is None:
            raise AgentError("the run has not finished")
        return RunResult(
            run_id=self.run_id,
            exit_reason=self.exit_reason,
            output=self.output,
            text=self.text,
            messages=list(self.state.messages),
            usage=self.counters.usage,
            trajectory_path=None,
            error=self.error,
            duration_s=self._elapsed(),
            _state=self.state,
        )

    def xǁRunǁresult__mutmut_12(self) -> RunResult:
        if self.exit_reason is None:
            raise AgentError("the run has not finished")
        return RunResult(
            run_id=self.run_id,
            exit_reason=self.exit_reason,
            output=self.output,
            text=self.text,
            messages=list(self.state.messages),
            usage=self.counters.usage,
            trajectory_path=self.trajectory_path,
            error=None,
            duration_s=self._elapsed(),
            _state=self.state,
        )

    def xǁRunǁresult__mutmut_13(self) -> RunResult:
        if self.exit_reason is None:
            raise AgentError("the run has not finished")
        return RunResult(
            run_id=self.run_id,
            exit_reason=self.exit_reason,
            output=self.output,
            text=self.text,
            messages=list(self.state.messages),
            usage=self.counters.usage,
            trajectory_path=self.trajectory_path,
            error=self.error,
            duration_s=None,
            _state=self.state,
        )

    def xǁRunǁresult__mutmut_14(self) -> RunResult:
        if self.exit_reason is None:
            raise AgentError("the run has not finished")
        return RunResult(
            run_id=self.run_id,
            exit_reason=self.exit_reason,
            output=self.output,
            text=self.text,
            messages=list(self.state.messages),
            usage=self.counters.usage,
            trajectory_path=self.trajectory_path,
            error=self.error,
            duration_s=self._elapsed(),
            _state=None,
        )

    def xǁRunǁresult__mutmut_15(self) -> RunResult:
        if self.exit_reason is None:
            raise AgentError("the run has not finished")
        return RunResult(
            exit_reason=self.exit_reason,
            output=self.output,
            text=self.text,
            messages=list(self.state.messages),
            usage=self.counters.usage,
            trajectory_path=self.trajectory_path,
            error=self.error,
            duration_s=self._elapsed(),
            _state=self.state,
        )

    def xǁRunǁresult__mutmut_16(self) -> RunResult:
        if self.exit_reason is None:
            raise AgentError("the run has not finished")
        return RunResult(
            run_id=self.run_id,
            output=self.output,
            text=self.text,
            messages=list(self.state.messages),
            usage=self.counters.usage,
            trajectory_path=self.trajectory_path,
            error=self.error,
            duration_s=self._elapsed(),
            _state=self.state,
        )

    def xǁRunǁresult__mutmut_17(self) -> RunResult:
        if self.exit_reason is None:
            raise AgentError("the run has not finished")
        return RunResult(
            run_id=self.run_id,
            exit_reason=self.exit_reason,
            text=self.text,
            messages=list(self.state.messages),
            usage=self.counters.usage,
            trajectory_path=self.trajectory_path,
            error=self.error,
            duration_s=self._elapsed(),
            _state=self.state,
        )

    def xǁRunǁresult__mutmut_18(self) -> RunResult:
        if self.exit_reason is None:
            raise AgentError("the run has not finished")
        return RunResult(
            run_id=self.run_id,
            exit_reason=self.exit_reason,
            output=self.output,
            messages=list(self.state.messages),
            usage=self.counters.usage,
            trajectory_path=self.trajectory_path,
            error=self.error,
            duration_s=self._elapsed(),
            _state=self.state,
        )

    def xǁRunǁresult__mutmut_19(self) -> RunResult:
        if self.exit_reason is None:
            raise AgentError("the run has not finished")
        return RunResult(
            run_id=self.run_id,
            exit_reason=self.exit_reason,
            output=self.output,
            text=self.text,
            usage=self.counters.usage,
            trajectory_path=self.trajectory_path,
            error=self.error,
            duration_s=self._elapsed(),
            _state=self.state,
        )

    def xǁRunǁresult__mutmut_20(self) -> RunResult:
        if self.exit_reason is None:
            raise AgentError("the run has not finished")
        return RunResult(
            run_id=self.run_id,
            exit_reason=self.exit_reason,
            output=self.output,
            text=self.text,
            messages=list(self.state.messages),
            trajectory_path=self.trajectory_path,
            error=self.error,
            duration_s=self._elapsed(),
            _state=self.state,
        )

    def xǁRunǁresult__mutmut_21(self) -> RunResult:
        if self.exit_reason is None:
            raise AgentError("the run has not finished")
        return RunResult(
            run_id=self.run_id,
            exit_reason=self.exit_reason,
            output=self.output,
            text=self.text,
            messages=list(self.state.messages),
            usage=self.counters.usage,
            error=self.error,
            duration_s=self._elapsed(),
            _state=self.state,
        )

    def xǁRunǁresult__mutmut_22(self) -> RunResult:
        if self.exit_reason is None:
            raise AgentError("the run has not finished")
        return RunResult(
            run_id=self.run_id,
            exit_reason=self.exit_reason,
            output=self.output,
            text=self.text,
            messages=list(self.state.messages),
            usage=self.counters.usage,
            trajectory_path=self.trajectory_path,
            duration_s=self._elapsed(),
            _state=self.state,
        )

    def xǁRunǁresult__mutmut_23(self) -> RunResult:
        if self.exit_reason is None:
            raise AgentError("the run has not finished")
        return RunResult(
            run_id=self.run_id,
            exit_reason=self.exit_reason,
            output=self.output,
            text=self.text,
            messages=list(self.state.messages),
            usage=self.counters.usage,
            trajectory_path=self.trajectory_path,
            error=self.error,
            _state=self.state,
        )

    def xǁRunǁresult__mutmut_24(self) -> RunResult:
        if self.exit_reason is None:
            raise AgentError("the run has not finished")
        return RunResult(
            run_id=self.run_id,
            exit_reason=self.exit_reason,
            output=self.output,
            text=self.text,
            messages=list(self.state.messages),
            usage=self.counters.usage,
            trajectory_path=self.trajectory_path,
            error=self.error,
            duration_s=self._elapsed(),
            )

    def xǁRunǁresult__mutmut_25(self) -> RunResult:
        if self.exit_reason is None:
            raise AgentError("the run has not finished")
        return RunResult(
            run_id=self.run_id,
            exit_reason=self.exit_reason,
            output=self.output,
            text=self.text,
            messages=list(None),
            usage=self.counters.usage,
            trajectory_path=self.trajectory_path,
            error=self.error,
            duration_s=self._elapsed(),
            _state=self.state,
        )

mutants_xǁRunǁ__init____mutmut['_mutmut_orig'] = Run.xǁRunǁ__init____mutmut_orig # type: ignore # mutmut generated
mutants_xǁRunǁ__init____mutmut['xǁRunǁ__init____mutmut_1'] = Run.xǁRunǁ__init____mutmut_1 # type: ignore # mutmut generated
mutants_xǁRunǁ__init____mutmut['xǁRunǁ__init____mutmut_2'] = Run.xǁRunǁ__init____mutmut_2 # type: ignore # mutmut generated
mutants_xǁRunǁ__init____mutmut['xǁRunǁ__init____mutmut_3'] = Run.xǁRunǁ__init____mutmut_3 # type: ignore # mutmut generated
mutants_xǁRunǁ__init____mutmut['xǁRunǁ__init____mutmut_4'] = Run.xǁRunǁ__init____mutmut_4 # type: ignore # mutmut generated
mutants_xǁRunǁ__init____mutmut['xǁRunǁ__init____mutmut_5'] = Run.xǁRunǁ__init____mutmut_5 # type: ignore # mutmut generated
mutants_xǁRunǁ__init____mutmut['xǁRunǁ__init____mutmut_6'] = Run.xǁRunǁ__init____mutmut_6 # type: ignore # mutmut generated
mutants_xǁRunǁ__init____mutmut['xǁRunǁ__init____mutmut_7'] = Run.xǁRunǁ__init____mutmut_7 # type: ignore # mutmut generated
mutants_xǁRunǁ__init____mutmut['xǁRunǁ__init____mutmut_8'] = Run.xǁRunǁ__init____mutmut_8 # type: ignore # mutmut generated
mutants_xǁRunǁ__init____mutmut['xǁRunǁ__init____mutmut_9'] = Run.xǁRunǁ__init____mutmut_9 # type: ignore # mutmut generated
mutants_xǁRunǁ__init____mutmut['xǁRunǁ__init____mutmut_10'] = Run.xǁRunǁ__init____mutmut_10 # type: ignore # mutmut generated
mutants_xǁRunǁ__init____mutmut['xǁRunǁ__init____mutmut_11'] = Run.xǁRunǁ__init____mutmut_11 # type: ignore # mutmut generated
mutants_xǁRunǁ__init____mutmut['xǁRunǁ__init____mutmut_12'] = Run.xǁRunǁ__init____mutmut_12 # type: ignore # mutmut generated
mutants_xǁRunǁ__init____mutmut['xǁRunǁ__init____mutmut_13'] = Run.xǁRunǁ__init____mutmut_13 # type: ignore # mutmut generated
mutants_xǁRunǁ__init____mutmut['xǁRunǁ__init____mutmut_14'] = Run.xǁRunǁ__init____mutmut_14 # type: ignore # mutmut generated
mutants_xǁRunǁ__init____mutmut['xǁRunǁ__init____mutmut_15'] = Run.xǁRunǁ__init____mutmut_15 # type: ignore # mutmut generated
mutants_xǁRunǁ__init____mutmut['xǁRunǁ__init____mutmut_16'] = Run.xǁRunǁ__init____mutmut_16 # type: ignore # mutmut generated
mutants_xǁRunǁ__init____mutmut['xǁRunǁ__init____mutmut_17'] = Run.xǁRunǁ__init____mutmut_17 # type: ignore # mutmut generated
mutants_xǁRunǁ__init____mutmut['xǁRunǁ__init____mutmut_18'] = Run.xǁRunǁ__init____mutmut_18 # type: ignore # mutmut generated
mutants_xǁRunǁ__init____mutmut['xǁRunǁ__init____mutmut_19'] = Run.xǁRunǁ__init____mutmut_19 # type: ignore # mutmut generated
mutants_xǁRunǁ__init____mutmut['xǁRunǁ__init____mutmut_20'] = Run.xǁRunǁ__init____mutmut_20 # type: ignore # mutmut generated

mutants_xǁRunǁevents__mutmut['_mutmut_orig'] = Run.xǁRunǁevents__mutmut_orig # type: ignore # mutmut generated
mutants_xǁRunǁevents__mutmut['xǁRunǁevents__mutmut_1'] = Run.xǁRunǁevents__mutmut_1 # type: ignore # mutmut generated
mutants_xǁRunǁevents__mutmut['xǁRunǁevents__mutmut_2'] = Run.xǁRunǁevents__mutmut_2 # type: ignore # mutmut generated
mutants_xǁRunǁevents__mutmut['xǁRunǁevents__mutmut_3'] = Run.xǁRunǁevents__mutmut_3 # type: ignore # mutmut generated
mutants_xǁRunǁevents__mutmut['xǁRunǁevents__mutmut_4'] = Run.xǁRunǁevents__mutmut_4 # type: ignore # mutmut generated
mutants_xǁRunǁevents__mutmut['xǁRunǁevents__mutmut_5'] = Run.xǁRunǁevents__mutmut_5 # type: ignore # mutmut generated
mutants_xǁRunǁevents__mutmut['xǁRunǁevents__mutmut_6'] = Run.xǁRunǁevents__mutmut_6 # type: ignore # mutmut generated
mutants_xǁRunǁevents__mutmut['xǁRunǁevents__mutmut_7'] = Run.xǁRunǁevents__mutmut_7 # type: ignore # mutmut generated
mutants_xǁRunǁevents__mutmut['xǁRunǁevents__mutmut_8'] = Run.xǁRunǁevents__mutmut_8 # type: ignore # mutmut generated
mutants_xǁRunǁevents__mutmut['xǁRunǁevents__mutmut_9'] = Run.xǁRunǁevents__mutmut_9 # type: ignore # mutmut generated
mutants_xǁRunǁevents__mutmut['xǁRunǁevents__mutmut_10'] = Run.xǁRunǁevents__mutmut_10 # type: ignore # mutmut generated
mutants_xǁRunǁevents__mutmut['xǁRunǁevents__mutmut_11'] = Run.xǁRunǁevents__mutmut_11 # type: ignore # mutmut generated
mutants_xǁRunǁevents__mutmut['xǁRunǁevents__mutmut_12'] = Run.xǁRunǁevents__mutmut_12 # type: ignore # mutmut generated
mutants_xǁRunǁevents__mutmut['xǁRunǁevents__mutmut_13'] = Run.xǁRunǁevents__mutmut_13 # type: ignore # mutmut generated
mutants_xǁRunǁevents__mutmut['xǁRunǁevents__mutmut_14'] = Run.xǁRunǁevents__mutmut_14 # type: ignore # mutmut generated
mutants_xǁRunǁevents__mutmut['xǁRunǁevents__mutmut_15'] = Run.xǁRunǁevents__mutmut_15 # type: ignore # mutmut generated
mutants_xǁRunǁevents__mutmut['xǁRunǁevents__mutmut_16'] = Run.xǁRunǁevents__mutmut_16 # type: ignore # mutmut generated
mutants_xǁRunǁevents__mutmut['xǁRunǁevents__mutmut_17'] = Run.xǁRunǁevents__mutmut_17 # type: ignore # mutmut generated
mutants_xǁRunǁevents__mutmut['xǁRunǁevents__mutmut_18'] = Run.xǁRunǁevents__mutmut_18 # type: ignore # mutmut generated
mutants_xǁRunǁevents__mutmut['xǁRunǁevents__mutmut_19'] = Run.xǁRunǁevents__mutmut_19 # type: ignore # mutmut generated
mutants_xǁRunǁevents__mutmut['xǁRunǁevents__mutmut_20'] = Run.xǁRunǁevents__mutmut_20 # type: ignore # mutmut generated
mutants_xǁRunǁevents__mutmut['xǁRunǁevents__mutmut_21'] = Run.xǁRunǁevents__mutmut_21 # type: ignore # mutmut generated

mutants_xǁRunǁcontinue_events__mutmut['_mutmut_orig'] = Run.xǁRunǁcontinue_events__mutmut_orig # type: ignore # mutmut generated
mutants_xǁRunǁcontinue_events__mutmut['xǁRunǁcontinue_events__mutmut_1'] = Run.xǁRunǁcontinue_events__mutmut_1 # type: ignore # mutmut generated
mutants_xǁRunǁcontinue_events__mutmut['xǁRunǁcontinue_events__mutmut_2'] = Run.xǁRunǁcontinue_events__mutmut_2 # type: ignore # mutmut generated
mutants_xǁRunǁcontinue_events__mutmut['xǁRunǁcontinue_events__mutmut_3'] = Run.xǁRunǁcontinue_events__mutmut_3 # type: ignore # mutmut generated
mutants_xǁRunǁcontinue_events__mutmut['xǁRunǁcontinue_events__mutmut_4'] = Run.xǁRunǁcontinue_events__mutmut_4 # type: ignore # mutmut generated
mutants_xǁRunǁcontinue_events__mutmut['xǁRunǁcontinue_events__mutmut_5'] = Run.xǁRunǁcontinue_events__mutmut_5 # type: ignore # mutmut generated
mutants_xǁRunǁcontinue_events__mutmut['xǁRunǁcontinue_events__mutmut_6'] = Run.xǁRunǁcontinue_events__mutmut_6 # type: ignore # mutmut generated
mutants_xǁRunǁcontinue_events__mutmut['xǁRunǁcontinue_events__mutmut_7'] = Run.xǁRunǁcontinue_events__mutmut_7 # type: ignore # mutmut generated
mutants_xǁRunǁcontinue_events__mutmut['xǁRunǁcontinue_events__mutmut_8'] = Run.xǁRunǁcontinue_events__mutmut_8 # type: ignore # mutmut generated
mutants_xǁRunǁcontinue_events__mutmut['xǁRunǁcontinue_events__mutmut_9'] = Run.xǁRunǁcontinue_events__mutmut_9 # type: ignore # mutmut generated
mutants_xǁRunǁcontinue_events__mutmut['xǁRunǁcontinue_events__mutmut_10'] = Run.xǁRunǁcontinue_events__mutmut_10 # type: ignore # mutmut generated
mutants_xǁRunǁcontinue_events__mutmut['xǁRunǁcontinue_events__mutmut_11'] = Run.xǁRunǁcontinue_events__mutmut_11 # type: ignore # mutmut generated
mutants_xǁRunǁcontinue_events__mutmut['xǁRunǁcontinue_events__mutmut_12'] = Run.xǁRunǁcontinue_events__mutmut_12 # type: ignore # mutmut generated
mutants_xǁRunǁcontinue_events__mutmut['xǁRunǁcontinue_events__mutmut_13'] = Run.xǁRunǁcontinue_events__mutmut_13 # type: ignore # mutmut generated
mutants_xǁRunǁcontinue_events__mutmut['xǁRunǁcontinue_events__mutmut_14'] = Run.xǁRunǁcontinue_events__mutmut_14 # type: ignore # mutmut generated
mutants_xǁRunǁcontinue_events__mutmut['xǁRunǁcontinue_events__mutmut_15'] = Run.xǁRunǁcontinue_events__mutmut_15 # type: ignore # mutmut generated
mutants_xǁRunǁcontinue_events__mutmut['xǁRunǁcontinue_events__mutmut_16'] = Run.xǁRunǁcontinue_events__mutmut_16 # type: ignore # mutmut generated
mutants_xǁRunǁcontinue_events__mutmut['xǁRunǁcontinue_events__mutmut_17'] = Run.xǁRunǁcontinue_events__mutmut_17 # type: ignore # mutmut generated
mutants_xǁRunǁcontinue_events__mutmut['xǁRunǁcontinue_events__mutmut_18'] = Run.xǁRunǁcontinue_events__mutmut_18 # type: ignore # mutmut generated
mutants_xǁRunǁcontinue_events__mutmut['xǁRunǁcontinue_events__mutmut_19'] = Run.xǁRunǁcontinue_events__mutmut_19 # type: ignore # mutmut generated

mutants_xǁRunǁ_steps__mutmut['_mutmut_orig'] = Run.xǁRunǁ_steps__mutmut_orig # type: ignore # mutmut generated
mutants_xǁRunǁ_steps__mutmut['xǁRunǁ_steps__mutmut_1'] = Run.xǁRunǁ_steps__mutmut_1 # type: ignore # mutmut generated
mutants_xǁRunǁ_steps__mutmut['xǁRunǁ_steps__mutmut_2'] = Run.xǁRunǁ_steps__mutmut_2 # type: ignore # mutmut generated
mutants_xǁRunǁ_steps__mutmut['xǁRunǁ_steps__mutmut_3'] = Run.xǁRunǁ_steps__mutmut_3 # type: ignore # mutmut generated
mutants_xǁRunǁ_steps__mutmut['xǁRunǁ_steps__mutmut_4'] = Run.xǁRunǁ_steps__mutmut_4 # type: ignore # mutmut generated
mutants_xǁRunǁ_steps__mutmut['xǁRunǁ_steps__mutmut_5'] = Run.xǁRunǁ_steps__mutmut_5 # type: ignore # mutmut generated
mutants_xǁRunǁ_steps__mutmut['xǁRunǁ_steps__mutmut_6'] = Run.xǁRunǁ_steps__mutmut_6 # type: ignore # mutmut generated
mutants_xǁRunǁ_steps__mutmut['xǁRunǁ_steps__mutmut_7'] = Run.xǁRunǁ_steps__mutmut_7 # type: ignore # mutmut generated
mutants_xǁRunǁ_steps__mutmut['xǁRunǁ_steps__mutmut_8'] = Run.xǁRunǁ_steps__mutmut_8 # type: ignore # mutmut generated
mutants_xǁRunǁ_steps__mutmut['xǁRunǁ_steps__mutmut_9'] = Run.xǁRunǁ_steps__mutmut_9 # type: ignore # mutmut generated
mutants_xǁRunǁ_steps__mutmut['xǁRunǁ_steps__mutmut_10'] = Run.xǁRunǁ_steps__mutmut_10 # type: ignore # mutmut generated
mutants_xǁRunǁ_steps__mutmut['xǁRunǁ_steps__mutmut_11'] = Run.xǁRunǁ_steps__mutmut_11 # type: ignore # mutmut generated
mutants_xǁRunǁ_steps__mutmut['xǁRunǁ_steps__mutmut_12'] = Run.xǁRunǁ_steps__mutmut_12 # type: ignore # mutmut generated
mutants_xǁRunǁ_steps__mutmut['xǁRunǁ_steps__mutmut_13'] = Run.xǁRunǁ_steps__mutmut_13 # type: ignore # mutmut generated
mutants_xǁRunǁ_steps__mutmut['xǁRunǁ_steps__mutmut_14'] = Run.xǁRunǁ_steps__mutmut_14 # type: ignore # mutmut generated
mutants_xǁRunǁ_steps__mutmut['xǁRunǁ_steps__mutmut_15'] = Run.xǁRunǁ_steps__mutmut_15 # type: ignore # mutmut generated
mutants_xǁRunǁ_steps__mutmut['xǁRunǁ_steps__mutmut_16'] = Run.xǁRunǁ_steps__mutmut_16 # type: ignore # mutmut generated
mutants_xǁRunǁ_steps__mutmut['xǁRunǁ_steps__mutmut_17'] = Run.xǁRunǁ_steps__mutmut_17 # type: ignore # mutmut generated
mutants_xǁRunǁ_steps__mutmut['xǁRunǁ_steps__mutmut_18'] = Run.xǁRunǁ_steps__mutmut_18 # type: ignore # mutmut generated
mutants_xǁRunǁ_steps__mutmut['xǁRunǁ_steps__mutmut_19'] = Run.xǁRunǁ_steps__mutmut_19 # type: ignore # mutmut generated

mutants_xǁRunǁ_between_steps__mutmut['_mutmut_orig'] = Run.xǁRunǁ_between_steps__mutmut_orig # type: ignore # mutmut generated
mutants_xǁRunǁ_between_steps__mutmut['xǁRunǁ_between_steps__mutmut_1'] = Run.xǁRunǁ_between_steps__mutmut_1 # type: ignore # mutmut generated
mutants_xǁRunǁ_between_steps__mutmut['xǁRunǁ_between_steps__mutmut_2'] = Run.xǁRunǁ_between_steps__mutmut_2 # type: ignore # mutmut generated
mutants_xǁRunǁ_between_steps__mutmut['xǁRunǁ_between_steps__mutmut_3'] = Run.xǁRunǁ_between_steps__mutmut_3 # type: ignore # mutmut generated
mutants_xǁRunǁ_between_steps__mutmut['xǁRunǁ_between_steps__mutmut_4'] = Run.xǁRunǁ_between_steps__mutmut_4 # type: ignore # mutmut generated
mutants_xǁRunǁ_between_steps__mutmut['xǁRunǁ_between_steps__mutmut_5'] = Run.xǁRunǁ_between_steps__mutmut_5 # type: ignore # mutmut generated
mutants_xǁRunǁ_between_steps__mutmut['xǁRunǁ_between_steps__mutmut_6'] = Run.xǁRunǁ_between_steps__mutmut_6 # type: ignore # mutmut generated
mutants_xǁRunǁ_between_steps__mutmut['xǁRunǁ_between_steps__mutmut_7'] = Run.xǁRunǁ_between_steps__mutmut_7 # type: ignore # mutmut generated
mutants_xǁRunǁ_between_steps__mutmut['xǁRunǁ_between_steps__mutmut_8'] = Run.xǁRunǁ_between_steps__mutmut_8 # type: ignore # mutmut generated
mutants_xǁRunǁ_between_steps__mutmut['xǁRunǁ_between_steps__mutmut_9'] = Run.xǁRunǁ_between_steps__mutmut_9 # type: ignore # mutmut generated
mutants_xǁRunǁ_between_steps__mutmut['xǁRunǁ_between_steps__mutmut_10'] = Run.xǁRunǁ_between_steps__mutmut_10 # type: ignore # mutmut generated
mutants_xǁRunǁ_between_steps__mutmut['xǁRunǁ_between_steps__mutmut_11'] = Run.xǁRunǁ_between_steps__mutmut_11 # type: ignore # mutmut generated
mutants_xǁRunǁ_between_steps__mutmut['xǁRunǁ_between_steps__mutmut_12'] = Run.xǁRunǁ_between_steps__mutmut_12 # type: ignore # mutmut generated
mutants_xǁRunǁ_between_steps__mutmut['xǁRunǁ_between_steps__mutmut_13'] = Run.xǁRunǁ_between_steps__mutmut_13 # type: ignore # mutmut generated
mutants_xǁRunǁ_between_steps__mutmut['xǁRunǁ_between_steps__mutmut_14'] = Run.xǁRunǁ_between_steps__mutmut_14 # type: ignore # mutmut generated
mutants_xǁRunǁ_between_steps__mutmut['xǁRunǁ_between_steps__mutmut_15'] = Run.xǁRunǁ_between_steps__mutmut_15 # type: ignore # mutmut generated

mutants_xǁRunǁ_start_step__mutmut['_mutmut_orig'] = Run.xǁRunǁ_start_step__mutmut_orig # type: ignore # mutmut generated
mutants_xǁRunǁ_start_step__mutmut['xǁRunǁ_start_step__mutmut_1'] = Run.xǁRunǁ_start_step__mutmut_1 # type: ignore # mutmut generated
mutants_xǁRunǁ_start_step__mutmut['xǁRunǁ_start_step__mutmut_2'] = Run.xǁRunǁ_start_step__mutmut_2 # type: ignore # mutmut generated
mutants_xǁRunǁ_start_step__mutmut['xǁRunǁ_start_step__mutmut_3'] = Run.xǁRunǁ_start_step__mutmut_3 # type: ignore # mutmut generated
mutants_xǁRunǁ_start_step__mutmut['xǁRunǁ_start_step__mutmut_4'] = Run.xǁRunǁ_start_step__mutmut_4 # type: ignore # mutmut generated
mutants_xǁRunǁ_start_step__mutmut['xǁRunǁ_start_step__mutmut_5'] = Run.xǁRunǁ_start_step__mutmut_5 # type: ignore # mutmut generated
mutants_xǁRunǁ_start_step__mutmut['xǁRunǁ_start_step__mutmut_6'] = Run.xǁRunǁ_start_step__mutmut_6 # type: ignore # mutmut generated
mutants_xǁRunǁ_start_step__mutmut['xǁRunǁ_start_step__mutmut_7'] = Run.xǁRunǁ_start_step__mutmut_7 # type: ignore # mutmut generated
mutants_xǁRunǁ_start_step__mutmut['xǁRunǁ_start_step__mutmut_8'] = Run.xǁRunǁ_start_step__mutmut_8 # type: ignore # mutmut generated
mutants_xǁRunǁ_start_step__mutmut['xǁRunǁ_start_step__mutmut_9'] = Run.xǁRunǁ_start_step__mutmut_9 # type: ignore # mutmut generated
mutants_xǁRunǁ_start_step__mutmut['xǁRunǁ_start_step__mutmut_10'] = Run.xǁRunǁ_start_step__mutmut_10 # type: ignore # mutmut generated
mutants_xǁRunǁ_start_step__mutmut['xǁRunǁ_start_step__mutmut_11'] = Run.xǁRunǁ_start_step__mutmut_11 # type: ignore # mutmut generated
mutants_xǁRunǁ_start_step__mutmut['xǁRunǁ_start_step__mutmut_12'] = Run.xǁRunǁ_start_step__mutmut_12 # type: ignore # mutmut generated
mutants_xǁRunǁ_start_step__mutmut['xǁRunǁ_start_step__mutmut_13'] = Run.xǁRunǁ_start_step__mutmut_13 # type: ignore # mutmut generated
mutants_xǁRunǁ_start_step__mutmut['xǁRunǁ_start_step__mutmut_14'] = Run.xǁRunǁ_start_step__mutmut_14 # type: ignore # mutmut generated
mutants_xǁRunǁ_start_step__mutmut['xǁRunǁ_start_step__mutmut_15'] = Run.xǁRunǁ_start_step__mutmut_15 # type: ignore # mutmut generated
mutants_xǁRunǁ_start_step__mutmut['xǁRunǁ_start_step__mutmut_16'] = Run.xǁRunǁ_start_step__mutmut_16 # type: ignore # mutmut generated
mutants_xǁRunǁ_start_step__mutmut['xǁRunǁ_start_step__mutmut_17'] = Run.xǁRunǁ_start_step__mutmut_17 # type: ignore # mutmut generated
mutants_xǁRunǁ_start_step__mutmut['xǁRunǁ_start_step__mutmut_18'] = Run.xǁRunǁ_start_step__mutmut_18 # type: ignore # mutmut generated
mutants_xǁRunǁ_start_step__mutmut['xǁRunǁ_start_step__mutmut_19'] = Run.xǁRunǁ_start_step__mutmut_19 # type: ignore # mutmut generated
mutants_xǁRunǁ_start_step__mutmut['xǁRunǁ_start_step__mutmut_20'] = Run.xǁRunǁ_start_step__mutmut_20 # type: ignore # mutmut generated
mutants_xǁRunǁ_start_step__mutmut['xǁRunǁ_start_step__mutmut_21'] = Run.xǁRunǁ_start_step__mutmut_21 # type: ignore # mutmut generated
mutants_xǁRunǁ_start_step__mutmut['xǁRunǁ_start_step__mutmut_22'] = Run.xǁRunǁ_start_step__mutmut_22 # type: ignore # mutmut generated
mutants_xǁRunǁ_start_step__mutmut['xǁRunǁ_start_step__mutmut_23'] = Run.xǁRunǁ_start_step__mutmut_23 # type: ignore # mutmut generated
mutants_xǁRunǁ_start_step__mutmut['xǁRunǁ_start_step__mutmut_24'] = Run.xǁRunǁ_start_step__mutmut_24 # type: ignore # mutmut generated
mutants_xǁRunǁ_start_step__mutmut['xǁRunǁ_start_step__mutmut_25'] = Run.xǁRunǁ_start_step__mutmut_25 # type: ignore # mutmut generated
mutants_xǁRunǁ_start_step__mutmut['xǁRunǁ_start_step__mutmut_26'] = Run.xǁRunǁ_start_step__mutmut_26 # type: ignore # mutmut generated
mutants_xǁRunǁ_start_step__mutmut['xǁRunǁ_start_step__mutmut_27'] = Run.xǁRunǁ_start_step__mutmut_27 # type: ignore # mutmut generated
mutants_xǁRunǁ_start_step__mutmut['xǁRunǁ_start_step__mutmut_28'] = Run.xǁRunǁ_start_step__mutmut_28 # type: ignore # mutmut generated
mutants_xǁRunǁ_start_step__mutmut['xǁRunǁ_start_step__mutmut_29'] = Run.xǁRunǁ_start_step__mutmut_29 # type: ignore # mutmut generated
mutants_xǁRunǁ_start_step__mutmut['xǁRunǁ_start_step__mutmut_30'] = Run.xǁRunǁ_start_step__mutmut_30 # type: ignore # mutmut generated
mutants_xǁRunǁ_start_step__mutmut['xǁRunǁ_start_step__mutmut_31'] = Run.xǁRunǁ_start_step__mutmut_31 # type: ignore # mutmut generated
mutants_xǁRunǁ_start_step__mutmut['xǁRunǁ_start_step__mutmut_32'] = Run.xǁRunǁ_start_step__mutmut_32 # type: ignore # mutmut generated
mutants_xǁRunǁ_start_step__mutmut['xǁRunǁ_start_step__mutmut_33'] = Run.xǁRunǁ_start_step__mutmut_33 # type: ignore # mutmut generated
mutants_xǁRunǁ_start_step__mutmut['xǁRunǁ_start_step__mutmut_34'] = Run.xǁRunǁ_start_step__mutmut_34 # type: ignore # mutmut generated
mutants_xǁRunǁ_start_step__mutmut['xǁRunǁ_start_step__mutmut_35'] = Run.xǁRunǁ_start_step__mutmut_35 # type: ignore # mutmut generated
mutants_xǁRunǁ_start_step__mutmut['xǁRunǁ_start_step__mutmut_36'] = Run.xǁRunǁ_start_step__mutmut_36 # type: ignore # mutmut generated
mutants_xǁRunǁ_start_step__mutmut['xǁRunǁ_start_step__mutmut_37'] = Run.xǁRunǁ_start_step__mutmut_37 # type: ignore # mutmut generated
mutants_xǁRunǁ_start_step__mutmut['xǁRunǁ_start_step__mutmut_38'] = Run.xǁRunǁ_start_step__mutmut_38 # type: ignore # mutmut generated
mutants_xǁRunǁ_start_step__mutmut['xǁRunǁ_start_step__mutmut_39'] = Run.xǁRunǁ_start_step__mutmut_39 # type: ignore # mutmut generated
mutants_xǁRunǁ_start_step__mutmut['xǁRunǁ_start_step__mutmut_40'] = Run.xǁRunǁ_start_step__mutmut_40 # type: ignore # mutmut generated
mutants_xǁRunǁ_start_step__mutmut['xǁRunǁ_start_step__mutmut_41'] = Run.xǁRunǁ_start_step__mutmut_41 # type: ignore # mutmut generated

mutants_xǁRunǁ_generation__mutmut['_mutmut_orig'] = Run.xǁRunǁ_generation__mutmut_orig # type: ignore # mutmut generated
mutants_xǁRunǁ_generation__mutmut['xǁRunǁ_generation__mutmut_1'] = Run.xǁRunǁ_generation__mutmut_1 # type: ignore # mutmut generated
mutants_xǁRunǁ_generation__mutmut['xǁRunǁ_generation__mutmut_2'] = Run.xǁRunǁ_generation__mutmut_2 # type: ignore # mutmut generated
mutants_xǁRunǁ_generation__mutmut['xǁRunǁ_generation__mutmut_3'] = Run.xǁRunǁ_generation__mutmut_3 # type: ignore # mutmut generated
mutants_xǁRunǁ_generation__mutmut['xǁRunǁ_generation__mutmut_4'] = Run.xǁRunǁ_generation__mutmut_4 # type: ignore # mutmut generated
mutants_xǁRunǁ_generation__mutmut['xǁRunǁ_generation__mutmut_5'] = Run.xǁRunǁ_generation__mutmut_5 # type: ignore # mutmut generated
mutants_xǁRunǁ_generation__mutmut['xǁRunǁ_generation__mutmut_6'] = Run.xǁRunǁ_generation__mutmut_6 # type: ignore # mutmut generated
mutants_xǁRunǁ_generation__mutmut['xǁRunǁ_generation__mutmut_7'] = Run.xǁRunǁ_generation__mutmut_7 # type: ignore # mutmut generated
mutants_xǁRunǁ_generation__mutmut['xǁRunǁ_generation__mutmut_8'] = Run.xǁRunǁ_generation__mutmut_8 # type: ignore # mutmut generated
mutants_xǁRunǁ_generation__mutmut['xǁRunǁ_generation__mutmut_9'] = Run.xǁRunǁ_generation__mutmut_9 # type: ignore # mutmut generated
mutants_xǁRunǁ_generation__mutmut['xǁRunǁ_generation__mutmut_10'] = Run.xǁRunǁ_generation__mutmut_10 # type: ignore # mutmut generated
mutants_xǁRunǁ_generation__mutmut['xǁRunǁ_generation__mutmut_11'] = Run.xǁRunǁ_generation__mutmut_11 # type: ignore # mutmut generated
mutants_xǁRunǁ_generation__mutmut['xǁRunǁ_generation__mutmut_12'] = Run.xǁRunǁ_generation__mutmut_12 # type: ignore # mutmut generated
mutants_xǁRunǁ_generation__mutmut['xǁRunǁ_generation__mutmut_13'] = Run.xǁRunǁ_generation__mutmut_13 # type: ignore # mutmut generated
mutants_xǁRunǁ_generation__mutmut['xǁRunǁ_generation__mutmut_14'] = Run.xǁRunǁ_generation__mutmut_14 # type: ignore # mutmut generated
mutants_xǁRunǁ_generation__mutmut['xǁRunǁ_generation__mutmut_15'] = Run.xǁRunǁ_generation__mutmut_15 # type: ignore # mutmut generated
mutants_xǁRunǁ_generation__mutmut['xǁRunǁ_generation__mutmut_16'] = Run.xǁRunǁ_generation__mutmut_16 # type: ignore # mutmut generated
mutants_xǁRunǁ_generation__mutmut['xǁRunǁ_generation__mutmut_17'] = Run.xǁRunǁ_generation__mutmut_17 # type: ignore # mutmut generated
mutants_xǁRunǁ_generation__mutmut['xǁRunǁ_generation__mutmut_18'] = Run.xǁRunǁ_generation__mutmut_18 # type: ignore # mutmut generated
mutants_xǁRunǁ_generation__mutmut['xǁRunǁ_generation__mutmut_19'] = Run.xǁRunǁ_generation__mutmut_19 # type: ignore # mutmut generated
mutants_xǁRunǁ_generation__mutmut['xǁRunǁ_generation__mutmut_20'] = Run.xǁRunǁ_generation__mutmut_20 # type: ignore # mutmut generated
mutants_xǁRunǁ_generation__mutmut['xǁRunǁ_generation__mutmut_21'] = Run.xǁRunǁ_generation__mutmut_21 # type: ignore # mutmut generated
mutants_xǁRunǁ_generation__mutmut['xǁRunǁ_generation__mutmut_22'] = Run.xǁRunǁ_generation__mutmut_22 # type: ignore # mutmut generated
mutants_xǁRunǁ_generation__mutmut['xǁRunǁ_generation__mutmut_23'] = Run.xǁRunǁ_generation__mutmut_23 # type: ignore # mutmut generated
mutants_xǁRunǁ_generation__mutmut['xǁRunǁ_generation__mutmut_24'] = Run.xǁRunǁ_generation__mutmut_24 # type: ignore # mutmut generated
mutants_xǁRunǁ_generation__mutmut['xǁRunǁ_generation__mutmut_25'] = Run.xǁRunǁ_generation__mutmut_25 # type: ignore # mutmut generated
mutants_xǁRunǁ_generation__mutmut['xǁRunǁ_generation__mutmut_26'] = Run.xǁRunǁ_generation__mutmut_26 # type: ignore # mutmut generated
mutants_xǁRunǁ_generation__mutmut['xǁRunǁ_generation__mutmut_27'] = Run.xǁRunǁ_generation__mutmut_27 # type: ignore # mutmut generated
mutants_xǁRunǁ_generation__mutmut['xǁRunǁ_generation__mutmut_28'] = Run.xǁRunǁ_generation__mutmut_28 # type: ignore # mutmut generated
mutants_xǁRunǁ_generation__mutmut['xǁRunǁ_generation__mutmut_29'] = Run.xǁRunǁ_generation__mutmut_29 # type: ignore # mutmut generated
mutants_xǁRunǁ_generation__mutmut['xǁRunǁ_generation__mutmut_30'] = Run.xǁRunǁ_generation__mutmut_30 # type: ignore # mutmut generated
mutants_xǁRunǁ_generation__mutmut['xǁRunǁ_generation__mutmut_31'] = Run.xǁRunǁ_generation__mutmut_31 # type: ignore # mutmut generated
mutants_xǁRunǁ_generation__mutmut['xǁRunǁ_generation__mutmut_32'] = Run.xǁRunǁ_generation__mutmut_32 # type: ignore # mutmut generated
mutants_xǁRunǁ_generation__mutmut['xǁRunǁ_generation__mutmut_33'] = Run.xǁRunǁ_generation__mutmut_33 # type: ignore # mutmut generated
mutants_xǁRunǁ_generation__mutmut['xǁRunǁ_generation__mutmut_34'] = Run.xǁRunǁ_generation__mutmut_34 # type: ignore # mutmut generated
mutants_xǁRunǁ_generation__mutmut['xǁRunǁ_generation__mutmut_35'] = Run.xǁRunǁ_generation__mutmut_35 # type: ignore # mutmut generated
mutants_xǁRunǁ_generation__mutmut['xǁRunǁ_generation__mutmut_36'] = Run.xǁRunǁ_generation__mutmut_36 # type: ignore # mutmut generated
mutants_xǁRunǁ_generation__mutmut['xǁRunǁ_generation__mutmut_37'] = Run.xǁRunǁ_generation__mutmut_37 # type: ignore # mutmut generated
mutants_xǁRunǁ_generation__mutmut['xǁRunǁ_generation__mutmut_38'] = Run.xǁRunǁ_generation__mutmut_38 # type: ignore # mutmut generated
mutants_xǁRunǁ_generation__mutmut['xǁRunǁ_generation__mutmut_39'] = Run.xǁRunǁ_generation__mutmut_39 # type: ignore # mutmut generated
mutants_xǁRunǁ_generation__mutmut['xǁRunǁ_generation__mutmut_40'] = Run.xǁRunǁ_generation__mutmut_40 # type: ignore # mutmut generated
mutants_xǁRunǁ_generation__mutmut['xǁRunǁ_generation__mutmut_41'] = Run.xǁRunǁ_generation__mutmut_41 # type: ignore # mutmut generated
mutants_xǁRunǁ_generation__mutmut['xǁRunǁ_generation__mutmut_42'] = Run.xǁRunǁ_generation__mutmut_42 # type: ignore # mutmut generated
mutants_xǁRunǁ_generation__mutmut['xǁRunǁ_generation__mutmut_43'] = Run.xǁRunǁ_generation__mutmut_43 # type: ignore # mutmut generated
mutants_xǁRunǁ_generation__mutmut['xǁRunǁ_generation__mutmut_44'] = Run.xǁRunǁ_generation__mutmut_44 # type: ignore # mutmut generated
mutants_xǁRunǁ_generation__mutmut['xǁRunǁ_generation__mutmut_45'] = Run.xǁRunǁ_generation__mutmut_45 # type: ignore # mutmut generated
mutants_xǁRunǁ_generation__mutmut['xǁRunǁ_generation__mutmut_46'] = Run.xǁRunǁ_generation__mutmut_46 # type: ignore # mutmut generated
mutants_xǁRunǁ_generation__mutmut['xǁRunǁ_generation__mutmut_47'] = Run.xǁRunǁ_generation__mutmut_47 # type: ignore # mutmut generated
mutants_xǁRunǁ_generation__mutmut['xǁRunǁ_generation__mutmut_48'] = Run.xǁRunǁ_generation__mutmut_48 # type: ignore # mutmut generated
mutants_xǁRunǁ_generation__mutmut['xǁRunǁ_generation__mutmut_49'] = Run.xǁRunǁ_generation__mutmut_49 # type: ignore # mutmut generated
mutants_xǁRunǁ_generation__mutmut['xǁRunǁ_generation__mutmut_50'] = Run.xǁRunǁ_generation__mutmut_50 # type: ignore # mutmut generated

mutants_xǁRunǁ_completion_events__mutmut['_mutmut_orig'] = Run.xǁRunǁ_completion_events__mutmut_orig # type: ignore # mutmut generated
mutants_xǁRunǁ_completion_events__mutmut['xǁRunǁ_completion_events__mutmut_1'] = Run.xǁRunǁ_completion_events__mutmut_1 # type: ignore # mutmut generated
mutants_xǁRunǁ_completion_events__mutmut['xǁRunǁ_completion_events__mutmut_2'] = Run.xǁRunǁ_completion_events__mutmut_2 # type: ignore # mutmut generated
mutants_xǁRunǁ_completion_events__mutmut['xǁRunǁ_completion_events__mutmut_3'] = Run.xǁRunǁ_completion_events__mutmut_3 # type: ignore # mutmut generated
mutants_xǁRunǁ_completion_events__mutmut['xǁRunǁ_completion_events__mutmut_4'] = Run.xǁRunǁ_completion_events__mutmut_4 # type: ignore # mutmut generated
mutants_xǁRunǁ_completion_events__mutmut['xǁRunǁ_completion_events__mutmut_5'] = Run.xǁRunǁ_completion_events__mutmut_5 # type: ignore # mutmut generated
mutants_xǁRunǁ_completion_events__mutmut['xǁRunǁ_completion_events__mutmut_6'] = Run.xǁRunǁ_completion_events__mutmut_6 # type: ignore # mutmut generated
mutants_xǁRunǁ_completion_events__mutmut['xǁRunǁ_completion_events__mutmut_7'] = Run.xǁRunǁ_completion_events__mutmut_7 # type: ignore # mutmut generated
mutants_xǁRunǁ_completion_events__mutmut['xǁRunǁ_completion_events__mutmut_8'] = Run.xǁRunǁ_completion_events__mutmut_8 # type: ignore # mutmut generated

mutants_xǁRunǁ_act__mutmut['_mutmut_orig'] = Run.xǁRunǁ_act__mutmut_orig # type: ignore # mutmut generated
mutants_xǁRunǁ_act__mutmut['xǁRunǁ_act__mutmut_1'] = Run.xǁRunǁ_act__mutmut_1 # type: ignore # mutmut generated
mutants_xǁRunǁ_act__mutmut['xǁRunǁ_act__mutmut_2'] = Run.xǁRunǁ_act__mutmut_2 # type: ignore # mutmut generated
mutants_xǁRunǁ_act__mutmut['xǁRunǁ_act__mutmut_3'] = Run.xǁRunǁ_act__mutmut_3 # type: ignore # mutmut generated
mutants_xǁRunǁ_act__mutmut['xǁRunǁ_act__mutmut_4'] = Run.xǁRunǁ_act__mutmut_4 # type: ignore # mutmut generated
mutants_xǁRunǁ_act__mutmut['xǁRunǁ_act__mutmut_5'] = Run.xǁRunǁ_act__mutmut_5 # type: ignore # mutmut generated
mutants_xǁRunǁ_act__mutmut['xǁRunǁ_act__mutmut_6'] = Run.xǁRunǁ_act__mutmut_6 # type: ignore # mutmut generated
mutants_xǁRunǁ_act__mutmut['xǁRunǁ_act__mutmut_7'] = Run.xǁRunǁ_act__mutmut_7 # type: ignore # mutmut generated
mutants_xǁRunǁ_act__mutmut['xǁRunǁ_act__mutmut_8'] = Run.xǁRunǁ_act__mutmut_8 # type: ignore # mutmut generated
mutants_xǁRunǁ_act__mutmut['xǁRunǁ_act__mutmut_9'] = Run.xǁRunǁ_act__mutmut_9 # type: ignore # mutmut generated
mutants_xǁRunǁ_act__mutmut['xǁRunǁ_act__mutmut_10'] = Run.xǁRunǁ_act__mutmut_10 # type: ignore # mutmut generated
mutants_xǁRunǁ_act__mutmut['xǁRunǁ_act__mutmut_11'] = Run.xǁRunǁ_act__mutmut_11 # type: ignore # mutmut generated
mutants_xǁRunǁ_act__mutmut['xǁRunǁ_act__mutmut_12'] = Run.xǁRunǁ_act__mutmut_12 # type: ignore # mutmut generated
mutants_xǁRunǁ_act__mutmut['xǁRunǁ_act__mutmut_13'] = Run.xǁRunǁ_act__mutmut_13 # type: ignore # mutmut generated
mutants_xǁRunǁ_act__mutmut['xǁRunǁ_act__mutmut_14'] = Run.xǁRunǁ_act__mutmut_14 # type: ignore # mutmut generated
mutants_xǁRunǁ_act__mutmut['xǁRunǁ_act__mutmut_15'] = Run.xǁRunǁ_act__mutmut_15 # type: ignore # mutmut generated
mutants_xǁRunǁ_act__mutmut['xǁRunǁ_act__mutmut_16'] = Run.xǁRunǁ_act__mutmut_16 # type: ignore # mutmut generated
mutants_xǁRunǁ_act__mutmut['xǁRunǁ_act__mutmut_17'] = Run.xǁRunǁ_act__mutmut_17 # type: ignore # mutmut generated
mutants_xǁRunǁ_act__mutmut['xǁRunǁ_act__mutmut_18'] = Run.xǁRunǁ_act__mutmut_18 # type: ignore # mutmut generated
mutants_xǁRunǁ_act__mutmut['xǁRunǁ_act__mutmut_19'] = Run.xǁRunǁ_act__mutmut_19 # type: ignore # mutmut generated
mutants_xǁRunǁ_act__mutmut['xǁRunǁ_act__mutmut_20'] = Run.xǁRunǁ_act__mutmut_20 # type: ignore # mutmut generated
mutants_xǁRunǁ_act__mutmut['xǁRunǁ_act__mutmut_21'] = Run.xǁRunǁ_act__mutmut_21 # type: ignore # mutmut generated
mutants_xǁRunǁ_act__mutmut['xǁRunǁ_act__mutmut_22'] = Run.xǁRunǁ_act__mutmut_22 # type: ignore # mutmut generated
mutants_xǁRunǁ_act__mutmut['xǁRunǁ_act__mutmut_23'] = Run.xǁRunǁ_act__mutmut_23 # type: ignore # mutmut generated
mutants_xǁRunǁ_act__mutmut['xǁRunǁ_act__mutmut_24'] = Run.xǁRunǁ_act__mutmut_24 # type: ignore # mutmut generated
mutants_xǁRunǁ_act__mutmut['xǁRunǁ_act__mutmut_25'] = Run.xǁRunǁ_act__mutmut_25 # type: ignore # mutmut generated
mutants_xǁRunǁ_act__mutmut['xǁRunǁ_act__mutmut_26'] = Run.xǁRunǁ_act__mutmut_26 # type: ignore # mutmut generated
mutants_xǁRunǁ_act__mutmut['xǁRunǁ_act__mutmut_27'] = Run.xǁRunǁ_act__mutmut_27 # type: ignore # mutmut generated
mutants_xǁRunǁ_act__mutmut['xǁRunǁ_act__mutmut_28'] = Run.xǁRunǁ_act__mutmut_28 # type: ignore # mutmut generated
mutants_xǁRunǁ_act__mutmut['xǁRunǁ_act__mutmut_29'] = Run.xǁRunǁ_act__mutmut_29 # type: ignore # mutmut generated
mutants_xǁRunǁ_act__mutmut['xǁRunǁ_act__mutmut_30'] = Run.xǁRunǁ_act__mutmut_30 # type: ignore # mutmut generated
mutants_xǁRunǁ_act__mutmut['xǁRunǁ_act__mutmut_31'] = Run.xǁRunǁ_act__mutmut_31 # type: ignore # mutmut generated
mutants_xǁRunǁ_act__mutmut['xǁRunǁ_act__mutmut_32'] = Run.xǁRunǁ_act__mutmut_32 # type: ignore # mutmut generated
mutants_xǁRunǁ_act__mutmut['xǁRunǁ_act__mutmut_33'] = Run.xǁRunǁ_act__mutmut_33 # type: ignore # mutmut generated
mutants_xǁRunǁ_act__mutmut['xǁRunǁ_act__mutmut_34'] = Run.xǁRunǁ_act__mutmut_34 # type: ignore # mutmut generated
mutants_xǁRunǁ_act__mutmut['xǁRunǁ_act__mutmut_35'] = Run.xǁRunǁ_act__mutmut_35 # type: ignore # mutmut generated
mutants_xǁRunǁ_act__mutmut['xǁRunǁ_act__mutmut_36'] = Run.xǁRunǁ_act__mutmut_36 # type: ignore # mutmut generated
mutants_xǁRunǁ_act__mutmut['xǁRunǁ_act__mutmut_37'] = Run.xǁRunǁ_act__mutmut_37 # type: ignore # mutmut generated
mutants_xǁRunǁ_act__mutmut['xǁRunǁ_act__mutmut_38'] = Run.xǁRunǁ_act__mutmut_38 # type: ignore # mutmut generated
mutants_xǁRunǁ_act__mutmut['xǁRunǁ_act__mutmut_39'] = Run.xǁRunǁ_act__mutmut_39 # type: ignore # mutmut generated
mutants_xǁRunǁ_act__mutmut['xǁRunǁ_act__mutmut_40'] = Run.xǁRunǁ_act__mutmut_40 # type: ignore # mutmut generated
mutants_xǁRunǁ_act__mutmut['xǁRunǁ_act__mutmut_41'] = Run.xǁRunǁ_act__mutmut_41 # type: ignore # mutmut generated
mutants_xǁRunǁ_act__mutmut['xǁRunǁ_act__mutmut_42'] = Run.xǁRunǁ_act__mutmut_42 # type: ignore # mutmut generated
mutants_xǁRunǁ_act__mutmut['xǁRunǁ_act__mutmut_43'] = Run.xǁRunǁ_act__mutmut_43 # type: ignore # mutmut generated
mutants_xǁRunǁ_act__mutmut['xǁRunǁ_act__mutmut_44'] = Run.xǁRunǁ_act__mutmut_44 # type: ignore # mutmut generated
mutants_xǁRunǁ_act__mutmut['xǁRunǁ_act__mutmut_45'] = Run.xǁRunǁ_act__mutmut_45 # type: ignore # mutmut generated
mutants_xǁRunǁ_act__mutmut['xǁRunǁ_act__mutmut_46'] = Run.xǁRunǁ_act__mutmut_46 # type: ignore # mutmut generated
mutants_xǁRunǁ_act__mutmut['xǁRunǁ_act__mutmut_47'] = Run.xǁRunǁ_act__mutmut_47 # type: ignore # mutmut generated
mutants_xǁRunǁ_act__mutmut['xǁRunǁ_act__mutmut_48'] = Run.xǁRunǁ_act__mutmut_48 # type: ignore # mutmut generated
mutants_xǁRunǁ_act__mutmut['xǁRunǁ_act__mutmut_49'] = Run.xǁRunǁ_act__mutmut_49 # type: ignore # mutmut generated
mutants_xǁRunǁ_act__mutmut['xǁRunǁ_act__mutmut_50'] = Run.xǁRunǁ_act__mutmut_50 # type: ignore # mutmut generated
mutants_xǁRunǁ_act__mutmut['xǁRunǁ_act__mutmut_51'] = Run.xǁRunǁ_act__mutmut_51 # type: ignore # mutmut generated
mutants_xǁRunǁ_act__mutmut['xǁRunǁ_act__mutmut_52'] = Run.xǁRunǁ_act__mutmut_52 # type: ignore # mutmut generated
mutants_xǁRunǁ_act__mutmut['xǁRunǁ_act__mutmut_53'] = Run.xǁRunǁ_act__mutmut_53 # type: ignore # mutmut generated
mutants_xǁRunǁ_act__mutmut['xǁRunǁ_act__mutmut_54'] = Run.xǁRunǁ_act__mutmut_54 # type: ignore # mutmut generated
mutants_xǁRunǁ_act__mutmut['xǁRunǁ_act__mutmut_55'] = Run.xǁRunǁ_act__mutmut_55 # type: ignore # mutmut generated
mutants_xǁRunǁ_act__mutmut['xǁRunǁ_act__mutmut_56'] = Run.xǁRunǁ_act__mutmut_56 # type: ignore # mutmut generated
mutants_xǁRunǁ_act__mutmut['xǁRunǁ_act__mutmut_57'] = Run.xǁRunǁ_act__mutmut_57 # type: ignore # mutmut generated
mutants_xǁRunǁ_act__mutmut['xǁRunǁ_act__mutmut_58'] = Run.xǁRunǁ_act__mutmut_58 # type: ignore # mutmut generated
mutants_xǁRunǁ_act__mutmut['xǁRunǁ_act__mutmut_59'] = Run.xǁRunǁ_act__mutmut_59 # type: ignore # mutmut generated
mutants_xǁRunǁ_act__mutmut['xǁRunǁ_act__mutmut_60'] = Run.xǁRunǁ_act__mutmut_60 # type: ignore # mutmut generated
mutants_xǁRunǁ_act__mutmut['xǁRunǁ_act__mutmut_61'] = Run.xǁRunǁ_act__mutmut_61 # type: ignore # mutmut generated
mutants_xǁRunǁ_act__mutmut['xǁRunǁ_act__mutmut_62'] = Run.xǁRunǁ_act__mutmut_62 # type: ignore # mutmut generated
mutants_xǁRunǁ_act__mutmut['xǁRunǁ_act__mutmut_63'] = Run.xǁRunǁ_act__mutmut_63 # type: ignore # mutmut generated
mutants_xǁRunǁ_act__mutmut['xǁRunǁ_act__mutmut_64'] = Run.xǁRunǁ_act__mutmut_64 # type: ignore # mutmut generated
mutants_xǁRunǁ_act__mutmut['xǁRunǁ_act__mutmut_65'] = Run.xǁRunǁ_act__mutmut_65 # type: ignore # mutmut generated
mutants_xǁRunǁ_act__mutmut['xǁRunǁ_act__mutmut_66'] = Run.xǁRunǁ_act__mutmut_66 # type: ignore # mutmut generated
mutants_xǁRunǁ_act__mutmut['xǁRunǁ_act__mutmut_67'] = Run.xǁRunǁ_act__mutmut_67 # type: ignore # mutmut generated
mutants_xǁRunǁ_act__mutmut['xǁRunǁ_act__mutmut_68'] = Run.xǁRunǁ_act__mutmut_68 # type: ignore # mutmut generated
mutants_xǁRunǁ_act__mutmut['xǁRunǁ_act__mutmut_69'] = Run.xǁRunǁ_act__mutmut_69 # type: ignore # mutmut generated
mutants_xǁRunǁ_act__mutmut['xǁRunǁ_act__mutmut_70'] = Run.xǁRunǁ_act__mutmut_70 # type: ignore # mutmut generated
mutants_xǁRunǁ_act__mutmut['xǁRunǁ_act__mutmut_71'] = Run.xǁRunǁ_act__mutmut_71 # type: ignore # mutmut generated
mutants_xǁRunǁ_act__mutmut['xǁRunǁ_act__mutmut_72'] = Run.xǁRunǁ_act__mutmut_72 # type: ignore # mutmut generated
mutants_xǁRunǁ_act__mutmut['xǁRunǁ_act__mutmut_73'] = Run.xǁRunǁ_act__mutmut_73 # type: ignore # mutmut generated
mutants_xǁRunǁ_act__mutmut['xǁRunǁ_act__mutmut_74'] = Run.xǁRunǁ_act__mutmut_74 # type: ignore # mutmut generated
mutants_xǁRunǁ_act__mutmut['xǁRunǁ_act__mutmut_75'] = Run.xǁRunǁ_act__mutmut_75 # type: ignore # mutmut generated

mutants_xǁRunǁ_answer__mutmut['_mutmut_orig'] = Run.xǁRunǁ_answer__mutmut_orig # type: ignore # mutmut generated
mutants_xǁRunǁ_answer__mutmut['xǁRunǁ_answer__mutmut_1'] = Run.xǁRunǁ_answer__mutmut_1 # type: ignore # mutmut generated
mutants_xǁRunǁ_answer__mutmut['xǁRunǁ_answer__mutmut_2'] = Run.xǁRunǁ_answer__mutmut_2 # type: ignore # mutmut generated
mutants_xǁRunǁ_answer__mutmut['xǁRunǁ_answer__mutmut_3'] = Run.xǁRunǁ_answer__mutmut_3 # type: ignore # mutmut generated
mutants_xǁRunǁ_answer__mutmut['xǁRunǁ_answer__mutmut_4'] = Run.xǁRunǁ_answer__mutmut_4 # type: ignore # mutmut generated
mutants_xǁRunǁ_answer__mutmut['xǁRunǁ_answer__mutmut_5'] = Run.xǁRunǁ_answer__mutmut_5 # type: ignore # mutmut generated
mutants_xǁRunǁ_answer__mutmut['xǁRunǁ_answer__mutmut_6'] = Run.xǁRunǁ_answer__mutmut_6 # type: ignore # mutmut generated
mutants_xǁRunǁ_answer__mutmut['xǁRunǁ_answer__mutmut_7'] = Run.xǁRunǁ_answer__mutmut_7 # type: ignore # mutmut generated
mutants_xǁRunǁ_answer__mutmut['xǁRunǁ_answer__mutmut_8'] = Run.xǁRunǁ_answer__mutmut_8 # type: ignore # mutmut generated
mutants_xǁRunǁ_answer__mutmut['xǁRunǁ_answer__mutmut_9'] = Run.xǁRunǁ_answer__mutmut_9 # type: ignore # mutmut generated
mutants_xǁRunǁ_answer__mutmut['xǁRunǁ_answer__mutmut_10'] = Run.xǁRunǁ_answer__mutmut_10 # type: ignore # mutmut generated
mutants_xǁRunǁ_answer__mutmut['xǁRunǁ_answer__mutmut_11'] = Run.xǁRunǁ_answer__mutmut_11 # type: ignore # mutmut generated
mutants_xǁRunǁ_answer__mutmut['xǁRunǁ_answer__mutmut_12'] = Run.xǁRunǁ_answer__mutmut_12 # type: ignore # mutmut generated
mutants_xǁRunǁ_answer__mutmut['xǁRunǁ_answer__mutmut_13'] = Run.xǁRunǁ_answer__mutmut_13 # type: ignore # mutmut generated
mutants_xǁRunǁ_answer__mutmut['xǁRunǁ_answer__mutmut_14'] = Run.xǁRunǁ_answer__mutmut_14 # type: ignore # mutmut generated
mutants_xǁRunǁ_answer__mutmut['xǁRunǁ_answer__mutmut_15'] = Run.xǁRunǁ_answer__mutmut_15 # type: ignore # mutmut generated
mutants_xǁRunǁ_answer__mutmut['xǁRunǁ_answer__mutmut_16'] = Run.xǁRunǁ_answer__mutmut_16 # type: ignore # mutmut generated
mutants_xǁRunǁ_answer__mutmut['xǁRunǁ_answer__mutmut_17'] = Run.xǁRunǁ_answer__mutmut_17 # type: ignore # mutmut generated
mutants_xǁRunǁ_answer__mutmut['xǁRunǁ_answer__mutmut_18'] = Run.xǁRunǁ_answer__mutmut_18 # type: ignore # mutmut generated
mutants_xǁRunǁ_answer__mutmut['xǁRunǁ_answer__mutmut_19'] = Run.xǁRunǁ_answer__mutmut_19 # type: ignore # mutmut generated
mutants_xǁRunǁ_answer__mutmut['xǁRunǁ_answer__mutmut_20'] = Run.xǁRunǁ_answer__mutmut_20 # type: ignore # mutmut generated
mutants_xǁRunǁ_answer__mutmut['xǁRunǁ_answer__mutmut_21'] = Run.xǁRunǁ_answer__mutmut_21 # type: ignore # mutmut generated
mutants_xǁRunǁ_answer__mutmut['xǁRunǁ_answer__mutmut_22'] = Run.xǁRunǁ_answer__mutmut_22 # type: ignore # mutmut generated
mutants_xǁRunǁ_answer__mutmut['xǁRunǁ_answer__mutmut_23'] = Run.xǁRunǁ_answer__mutmut_23 # type: ignore # mutmut generated
mutants_xǁRunǁ_answer__mutmut['xǁRunǁ_answer__mutmut_24'] = Run.xǁRunǁ_answer__mutmut_24 # type: ignore # mutmut generated
mutants_xǁRunǁ_answer__mutmut['xǁRunǁ_answer__mutmut_25'] = Run.xǁRunǁ_answer__mutmut_25 # type: ignore # mutmut generated
mutants_xǁRunǁ_answer__mutmut['xǁRunǁ_answer__mutmut_26'] = Run.xǁRunǁ_answer__mutmut_26 # type: ignore # mutmut generated
mutants_xǁRunǁ_answer__mutmut['xǁRunǁ_answer__mutmut_27'] = Run.xǁRunǁ_answer__mutmut_27 # type: ignore # mutmut generated
mutants_xǁRunǁ_answer__mutmut['xǁRunǁ_answer__mutmut_28'] = Run.xǁRunǁ_answer__mutmut_28 # type: ignore # mutmut generated
mutants_xǁRunǁ_answer__mutmut['xǁRunǁ_answer__mutmut_29'] = Run.xǁRunǁ_answer__mutmut_29 # type: ignore # mutmut generated
mutants_xǁRunǁ_answer__mutmut['xǁRunǁ_answer__mutmut_30'] = Run.xǁRunǁ_answer__mutmut_30 # type: ignore # mutmut generated
mutants_xǁRunǁ_answer__mutmut['xǁRunǁ_answer__mutmut_31'] = Run.xǁRunǁ_answer__mutmut_31 # type: ignore # mutmut generated
mutants_xǁRunǁ_answer__mutmut['xǁRunǁ_answer__mutmut_32'] = Run.xǁRunǁ_answer__mutmut_32 # type: ignore # mutmut generated
mutants_xǁRunǁ_answer__mutmut['xǁRunǁ_answer__mutmut_33'] = Run.xǁRunǁ_answer__mutmut_33 # type: ignore # mutmut generated
mutants_xǁRunǁ_answer__mutmut['xǁRunǁ_answer__mutmut_34'] = Run.xǁRunǁ_answer__mutmut_34 # type: ignore # mutmut generated
mutants_xǁRunǁ_answer__mutmut['xǁRunǁ_answer__mutmut_35'] = Run.xǁRunǁ_answer__mutmut_35 # type: ignore # mutmut generated
mutants_xǁRunǁ_answer__mutmut['xǁRunǁ_answer__mutmut_36'] = Run.xǁRunǁ_answer__mutmut_36 # type: ignore # mutmut generated
mutants_xǁRunǁ_answer__mutmut['xǁRunǁ_answer__mutmut_37'] = Run.xǁRunǁ_answer__mutmut_37 # type: ignore # mutmut generated
mutants_xǁRunǁ_answer__mutmut['xǁRunǁ_answer__mutmut_38'] = Run.xǁRunǁ_answer__mutmut_38 # type: ignore # mutmut generated
mutants_xǁRunǁ_answer__mutmut['xǁRunǁ_answer__mutmut_39'] = Run.xǁRunǁ_answer__mutmut_39 # type: ignore # mutmut generated
mutants_xǁRunǁ_answer__mutmut['xǁRunǁ_answer__mutmut_40'] = Run.xǁRunǁ_answer__mutmut_40 # type: ignore # mutmut generated
mutants_xǁRunǁ_answer__mutmut['xǁRunǁ_answer__mutmut_41'] = Run.xǁRunǁ_answer__mutmut_41 # type: ignore # mutmut generated
mutants_xǁRunǁ_answer__mutmut['xǁRunǁ_answer__mutmut_42'] = Run.xǁRunǁ_answer__mutmut_42 # type: ignore # mutmut generated
mutants_xǁRunǁ_answer__mutmut['xǁRunǁ_answer__mutmut_43'] = Run.xǁRunǁ_answer__mutmut_43 # type: ignore # mutmut generated
mutants_xǁRunǁ_answer__mutmut['xǁRunǁ_answer__mutmut_44'] = Run.xǁRunǁ_answer__mutmut_44 # type: ignore # mutmut generated
mutants_xǁRunǁ_answer__mutmut['xǁRunǁ_answer__mutmut_45'] = Run.xǁRunǁ_answer__mutmut_45 # type: ignore # mutmut generated
mutants_xǁRunǁ_answer__mutmut['xǁRunǁ_answer__mutmut_46'] = Run.xǁRunǁ_answer__mutmut_46 # type: ignore # mutmut generated
mutants_xǁRunǁ_answer__mutmut['xǁRunǁ_answer__mutmut_47'] = Run.xǁRunǁ_answer__mutmut_47 # type: ignore # mutmut generated
mutants_xǁRunǁ_answer__mutmut['xǁRunǁ_answer__mutmut_48'] = Run.xǁRunǁ_answer__mutmut_48 # type: ignore # mutmut generated
mutants_xǁRunǁ_answer__mutmut['xǁRunǁ_answer__mutmut_49'] = Run.xǁRunǁ_answer__mutmut_49 # type: ignore # mutmut generated
mutants_xǁRunǁ_answer__mutmut['xǁRunǁ_answer__mutmut_50'] = Run.xǁRunǁ_answer__mutmut_50 # type: ignore # mutmut generated
mutants_xǁRunǁ_answer__mutmut['xǁRunǁ_answer__mutmut_51'] = Run.xǁRunǁ_answer__mutmut_51 # type: ignore # mutmut generated
mutants_xǁRunǁ_answer__mutmut['xǁRunǁ_answer__mutmut_52'] = Run.xǁRunǁ_answer__mutmut_52 # type: ignore # mutmut generated
mutants_xǁRunǁ_answer__mutmut['xǁRunǁ_answer__mutmut_53'] = Run.xǁRunǁ_answer__mutmut_53 # type: ignore # mutmut generated
mutants_xǁRunǁ_answer__mutmut['xǁRunǁ_answer__mutmut_54'] = Run.xǁRunǁ_answer__mutmut_54 # type: ignore # mutmut generated
mutants_xǁRunǁ_answer__mutmut['xǁRunǁ_answer__mutmut_55'] = Run.xǁRunǁ_answer__mutmut_55 # type: ignore # mutmut generated
mutants_xǁRunǁ_answer__mutmut['xǁRunǁ_answer__mutmut_56'] = Run.xǁRunǁ_answer__mutmut_56 # type: ignore # mutmut generated
mutants_xǁRunǁ_answer__mutmut['xǁRunǁ_answer__mutmut_57'] = Run.xǁRunǁ_answer__mutmut_57 # type: ignore # mutmut generated
mutants_xǁRunǁ_answer__mutmut['xǁRunǁ_answer__mutmut_58'] = Run.xǁRunǁ_answer__mutmut_58 # type: ignore # mutmut generated
mutants_xǁRunǁ_answer__mutmut['xǁRunǁ_answer__mutmut_59'] = Run.xǁRunǁ_answer__mutmut_59 # type: ignore # mutmut generated
mutants_xǁRunǁ_answer__mutmut['xǁRunǁ_answer__mutmut_60'] = Run.xǁRunǁ_answer__mutmut_60 # type: ignore # mutmut generated
mutants_xǁRunǁ_answer__mutmut['xǁRunǁ_answer__mutmut_61'] = Run.xǁRunǁ_answer__mutmut_61 # type: ignore # mutmut generated
mutants_xǁRunǁ_answer__mutmut['xǁRunǁ_answer__mutmut_62'] = Run.xǁRunǁ_answer__mutmut_62 # type: ignore # mutmut generated
mutants_xǁRunǁ_answer__mutmut['xǁRunǁ_answer__mutmut_63'] = Run.xǁRunǁ_answer__mutmut_63 # type: ignore # mutmut generated
mutants_xǁRunǁ_answer__mutmut['xǁRunǁ_answer__mutmut_64'] = Run.xǁRunǁ_answer__mutmut_64 # type: ignore # mutmut generated
mutants_xǁRunǁ_answer__mutmut['xǁRunǁ_answer__mutmut_65'] = Run.xǁRunǁ_answer__mutmut_65 # type: ignore # mutmut generated
mutants_xǁRunǁ_answer__mutmut['xǁRunǁ_answer__mutmut_66'] = Run.xǁRunǁ_answer__mutmut_66 # type: ignore # mutmut generated
mutants_xǁRunǁ_answer__mutmut['xǁRunǁ_answer__mutmut_67'] = Run.xǁRunǁ_answer__mutmut_67 # type: ignore # mutmut generated
mutants_xǁRunǁ_answer__mutmut['xǁRunǁ_answer__mutmut_68'] = Run.xǁRunǁ_answer__mutmut_68 # type: ignore # mutmut generated

mutants_xǁRunǁ_conclude__mutmut['_mutmut_orig'] = Run.xǁRunǁ_conclude__mutmut_orig # type: ignore # mutmut generated
mutants_xǁRunǁ_conclude__mutmut['xǁRunǁ_conclude__mutmut_1'] = Run.xǁRunǁ_conclude__mutmut_1 # type: ignore # mutmut generated
mutants_xǁRunǁ_conclude__mutmut['xǁRunǁ_conclude__mutmut_2'] = Run.xǁRunǁ_conclude__mutmut_2 # type: ignore # mutmut generated
mutants_xǁRunǁ_conclude__mutmut['xǁRunǁ_conclude__mutmut_3'] = Run.xǁRunǁ_conclude__mutmut_3 # type: ignore # mutmut generated
mutants_xǁRunǁ_conclude__mutmut['xǁRunǁ_conclude__mutmut_4'] = Run.xǁRunǁ_conclude__mutmut_4 # type: ignore # mutmut generated
mutants_xǁRunǁ_conclude__mutmut['xǁRunǁ_conclude__mutmut_5'] = Run.xǁRunǁ_conclude__mutmut_5 # type: ignore # mutmut generated
mutants_xǁRunǁ_conclude__mutmut['xǁRunǁ_conclude__mutmut_6'] = Run.xǁRunǁ_conclude__mutmut_6 # type: ignore # mutmut generated
mutants_xǁRunǁ_conclude__mutmut['xǁRunǁ_conclude__mutmut_7'] = Run.xǁRunǁ_conclude__mutmut_7 # type: ignore # mutmut generated

mutants_xǁRunǁ_context__mutmut['_mutmut_orig'] = Run.xǁRunǁ_context__mutmut_orig # type: ignore # mutmut generated
mutants_xǁRunǁ_context__mutmut['xǁRunǁ_context__mutmut_1'] = Run.xǁRunǁ_context__mutmut_1 # type: ignore # mutmut generated
mutants_xǁRunǁ_context__mutmut['xǁRunǁ_context__mutmut_2'] = Run.xǁRunǁ_context__mutmut_2 # type: ignore # mutmut generated
mutants_xǁRunǁ_context__mutmut['xǁRunǁ_context__mutmut_3'] = Run.xǁRunǁ_context__mutmut_3 # type: ignore # mutmut generated
mutants_xǁRunǁ_context__mutmut['xǁRunǁ_context__mutmut_4'] = Run.xǁRunǁ_context__mutmut_4 # type: ignore # mutmut generated
mutants_xǁRunǁ_context__mutmut['xǁRunǁ_context__mutmut_5'] = Run.xǁRunǁ_context__mutmut_5 # type: ignore # mutmut generated
mutants_xǁRunǁ_context__mutmut['xǁRunǁ_context__mutmut_6'] = Run.xǁRunǁ_context__mutmut_6 # type: ignore # mutmut generated
mutants_xǁRunǁ_context__mutmut['xǁRunǁ_context__mutmut_7'] = Run.xǁRunǁ_context__mutmut_7 # type: ignore # mutmut generated
mutants_xǁRunǁ_context__mutmut['xǁRunǁ_context__mutmut_8'] = Run.xǁRunǁ_context__mutmut_8 # type: ignore # mutmut generated
mutants_xǁRunǁ_context__mutmut['xǁRunǁ_context__mutmut_9'] = Run.xǁRunǁ_context__mutmut_9 # type: ignore # mutmut generated
mutants_xǁRunǁ_context__mutmut['xǁRunǁ_context__mutmut_10'] = Run.xǁRunǁ_context__mutmut_10 # type: ignore # mutmut generated
mutants_xǁRunǁ_context__mutmut['xǁRunǁ_context__mutmut_11'] = Run.xǁRunǁ_context__mutmut_11 # type: ignore # mutmut generated
mutants_xǁRunǁ_context__mutmut['xǁRunǁ_context__mutmut_12'] = Run.xǁRunǁ_context__mutmut_12 # type: ignore # mutmut generated
mutants_xǁRunǁ_context__mutmut['xǁRunǁ_context__mutmut_13'] = Run.xǁRunǁ_context__mutmut_13 # type: ignore # mutmut generated

mutants_xǁRunǁ_elapsed__mutmut['_mutmut_orig'] = Run.xǁRunǁ_elapsed__mutmut_orig # type: ignore # mutmut generated
mutants_xǁRunǁ_elapsed__mutmut['xǁRunǁ_elapsed__mutmut_1'] = Run.xǁRunǁ_elapsed__mutmut_1 # type: ignore # mutmut generated

mutants_xǁRunǁ_time_left__mutmut['_mutmut_orig'] = Run.xǁRunǁ_time_left__mutmut_orig # type: ignore # mutmut generated
mutants_xǁRunǁ_time_left__mutmut['xǁRunǁ_time_left__mutmut_1'] = Run.xǁRunǁ_time_left__mutmut_1 # type: ignore # mutmut generated
mutants_xǁRunǁ_time_left__mutmut['xǁRunǁ_time_left__mutmut_2'] = Run.xǁRunǁ_time_left__mutmut_2 # type: ignore # mutmut generated
mutants_xǁRunǁ_time_left__mutmut['xǁRunǁ_time_left__mutmut_3'] = Run.xǁRunǁ_time_left__mutmut_3 # type: ignore # mutmut generated
mutants_xǁRunǁ_time_left__mutmut['xǁRunǁ_time_left__mutmut_4'] = Run.xǁRunǁ_time_left__mutmut_4 # type: ignore # mutmut generated

mutants_xǁRunǁ_log__mutmut['_mutmut_orig'] = Run.xǁRunǁ_log__mutmut_orig # type: ignore # mutmut generated
mutants_xǁRunǁ_log__mutmut['xǁRunǁ_log__mutmut_1'] = Run.xǁRunǁ_log__mutmut_1 # type: ignore # mutmut generated
mutants_xǁRunǁ_log__mutmut['xǁRunǁ_log__mutmut_2'] = Run.xǁRunǁ_log__mutmut_2 # type: ignore # mutmut generated
mutants_xǁRunǁ_log__mutmut['xǁRunǁ_log__mutmut_3'] = Run.xǁRunǁ_log__mutmut_3 # type: ignore # mutmut generated
mutants_xǁRunǁ_log__mutmut['xǁRunǁ_log__mutmut_4'] = Run.xǁRunǁ_log__mutmut_4 # type: ignore # mutmut generated
mutants_xǁRunǁ_log__mutmut['xǁRunǁ_log__mutmut_5'] = Run.xǁRunǁ_log__mutmut_5 # type: ignore # mutmut generated
mutants_xǁRunǁ_log__mutmut['xǁRunǁ_log__mutmut_6'] = Run.xǁRunǁ_log__mutmut_6 # type: ignore # mutmut generated
mutants_xǁRunǁ_log__mutmut['xǁRunǁ_log__mutmut_7'] = Run.xǁRunǁ_log__mutmut_7 # type: ignore # mutmut generated
mutants_xǁRunǁ_log__mutmut['xǁRunǁ_log__mutmut_8'] = Run.xǁRunǁ_log__mutmut_8 # type: ignore # mutmut generated
mutants_xǁRunǁ_log__mutmut['xǁRunǁ_log__mutmut_9'] = Run.xǁRunǁ_log__mutmut_9 # type: ignore # mutmut generated
mutants_xǁRunǁ_log__mutmut['xǁRunǁ_log__mutmut_10'] = Run.xǁRunǁ_log__mutmut_10 # type: ignore # mutmut generated

mutants_xǁRunǁ_header__mutmut['_mutmut_orig'] = Run.xǁRunǁ_header__mutmut_orig # type: ignore # mutmut generated
mutants_xǁRunǁ_header__mutmut['xǁRunǁ_header__mutmut_1'] = Run.xǁRunǁ_header__mutmut_1 # type: ignore # mutmut generated
mutants_xǁRunǁ_header__mutmut['xǁRunǁ_header__mutmut_2'] = Run.xǁRunǁ_header__mutmut_2 # type: ignore # mutmut generated
mutants_xǁRunǁ_header__mutmut['xǁRunǁ_header__mutmut_3'] = Run.xǁRunǁ_header__mutmut_3 # type: ignore # mutmut generated
mutants_xǁRunǁ_header__mutmut['xǁRunǁ_header__mutmut_4'] = Run.xǁRunǁ_header__mutmut_4 # type: ignore # mutmut generated
mutants_xǁRunǁ_header__mutmut['xǁRunǁ_header__mutmut_5'] = Run.xǁRunǁ_header__mutmut_5 # type: ignore # mutmut generated
mutants_xǁRunǁ_header__mutmut['xǁRunǁ_header__mutmut_6'] = Run.xǁRunǁ_header__mutmut_6 # type: ignore # mutmut generated
mutants_xǁRunǁ_header__mutmut['xǁRunǁ_header__mutmut_7'] = Run.xǁRunǁ_header__mutmut_7 # type: ignore # mutmut generated
mutants_xǁRunǁ_header__mutmut['xǁRunǁ_header__mutmut_8'] = Run.xǁRunǁ_header__mutmut_8 # type: ignore # mutmut generated
mutants_xǁRunǁ_header__mutmut['xǁRunǁ_header__mutmut_9'] = Run.xǁRunǁ_header__mutmut_9 # type: ignore # mutmut generated
mutants_xǁRunǁ_header__mutmut['xǁRunǁ_header__mutmut_10'] = Run.xǁRunǁ_header__mutmut_10 # type: ignore # mutmut generated
mutants_xǁRunǁ_header__mutmut['xǁRunǁ_header__mutmut_11'] = Run.xǁRunǁ_header__mutmut_11 # type: ignore # mutmut generated
mutants_xǁRunǁ_header__mutmut['xǁRunǁ_header__mutmut_12'] = Run.xǁRunǁ_header__mutmut_12 # type: ignore # mutmut generated
mutants_xǁRunǁ_header__mutmut['xǁRunǁ_header__mutmut_13'] = Run.xǁRunǁ_header__mutmut_13 # type: ignore # mutmut generated
mutants_xǁRunǁ_header__mutmut['xǁRunǁ_header__mutmut_14'] = Run.xǁRunǁ_header__mutmut_14 # type: ignore # mutmut generated
mutants_xǁRunǁ_header__mutmut['xǁRunǁ_header__mutmut_15'] = Run.xǁRunǁ_header__mutmut_15 # type: ignore # mutmut generated
mutants_xǁRunǁ_header__mutmut['xǁRunǁ_header__mutmut_16'] = Run.xǁRunǁ_header__mutmut_16 # type: ignore # mutmut generated

mutants_xǁRunǁ_stop_if__mutmut['_mutmut_orig'] = Run.xǁRunǁ_stop_if__mutmut_orig # type: ignore # mutmut generated
mutants_xǁRunǁ_stop_if__mutmut['xǁRunǁ_stop_if__mutmut_1'] = Run.xǁRunǁ_stop_if__mutmut_1 # type: ignore # mutmut generated
mutants_xǁRunǁ_stop_if__mutmut['xǁRunǁ_stop_if__mutmut_2'] = Run.xǁRunǁ_stop_if__mutmut_2 # type: ignore # mutmut generated
mutants_xǁRunǁ_stop_if__mutmut['xǁRunǁ_stop_if__mutmut_3'] = Run.xǁRunǁ_stop_if__mutmut_3 # type: ignore # mutmut generated
mutants_xǁRunǁ_stop_if__mutmut['xǁRunǁ_stop_if__mutmut_4'] = Run.xǁRunǁ_stop_if__mutmut_4 # type: ignore # mutmut generated
mutants_xǁRunǁ_stop_if__mutmut['xǁRunǁ_stop_if__mutmut_5'] = Run.xǁRunǁ_stop_if__mutmut_5 # type: ignore # mutmut generated
mutants_xǁRunǁ_stop_if__mutmut['xǁRunǁ_stop_if__mutmut_6'] = Run.xǁRunǁ_stop_if__mutmut_6 # type: ignore # mutmut generated
mutants_xǁRunǁ_stop_if__mutmut['xǁRunǁ_stop_if__mutmut_7'] = Run.xǁRunǁ_stop_if__mutmut_7 # type: ignore # mutmut generated
mutants_xǁRunǁ_stop_if__mutmut['xǁRunǁ_stop_if__mutmut_8'] = Run.xǁRunǁ_stop_if__mutmut_8 # type: ignore # mutmut generated

mutants_xǁRunǁ_end__mutmut['_mutmut_orig'] = Run.xǁRunǁ_end__mutmut_orig # type: ignore # mutmut generated
mutants_xǁRunǁ_end__mutmut['xǁRunǁ_end__mutmut_1'] = Run.xǁRunǁ_end__mutmut_1 # type: ignore # mutmut generated
mutants_xǁRunǁ_end__mutmut['xǁRunǁ_end__mutmut_2'] = Run.xǁRunǁ_end__mutmut_2 # type: ignore # mutmut generated
mutants_xǁRunǁ_end__mutmut['xǁRunǁ_end__mutmut_3'] = Run.xǁRunǁ_end__mutmut_3 # type: ignore # mutmut generated
mutants_xǁRunǁ_end__mutmut['xǁRunǁ_end__mutmut_4'] = Run.xǁRunǁ_end__mutmut_4 # type: ignore # mutmut generated
mutants_xǁRunǁ_end__mutmut['xǁRunǁ_end__mutmut_5'] = Run.xǁRunǁ_end__mutmut_5 # type: ignore # mutmut generated
mutants_xǁRunǁ_end__mutmut['xǁRunǁ_end__mutmut_6'] = Run.xǁRunǁ_end__mutmut_6 # type: ignore # mutmut generated
mutants_xǁRunǁ_end__mutmut['xǁRunǁ_end__mutmut_7'] = Run.xǁRunǁ_end__mutmut_7 # type: ignore # mutmut generated
mutants_xǁRunǁ_end__mutmut['xǁRunǁ_end__mutmut_8'] = Run.xǁRunǁ_end__mutmut_8 # type: ignore # mutmut generated
mutants_xǁRunǁ_end__mutmut['xǁRunǁ_end__mutmut_9'] = Run.xǁRunǁ_end__mutmut_9 # type: ignore # mutmut generated
mutants_xǁRunǁ_end__mutmut['xǁRunǁ_end__mutmut_10'] = Run.xǁRunǁ_end__mutmut_10 # type: ignore # mutmut generated

mutants_xǁRunǁ_finished_event__mutmut['_mutmut_orig'] = Run.xǁRunǁ_finished_event__mutmut_orig # type: ignore # mutmut generated
mutants_xǁRunǁ_finished_event__mutmut['xǁRunǁ_finished_event__mutmut_1'] = Run.xǁRunǁ_finished_event__mutmut_1 # type: ignore # mutmut generated
mutants_xǁRunǁ_finished_event__mutmut['xǁRunǁ_finished_event__mutmut_2'] = Run.xǁRunǁ_finished_event__mutmut_2 # type: ignore # mutmut generated
mutants_xǁRunǁ_finished_event__mutmut['xǁRunǁ_finished_event__mutmut_3'] = Run.xǁRunǁ_finished_event__mutmut_3 # type: ignore # mutmut generated
mutants_xǁRunǁ_finished_event__mutmut['xǁRunǁ_finished_event__mutmut_4'] = Run.xǁRunǁ_finished_event__mutmut_4 # type: ignore # mutmut generated
mutants_xǁRunǁ_finished_event__mutmut['xǁRunǁ_finished_event__mutmut_5'] = Run.xǁRunǁ_finished_event__mutmut_5 # type: ignore # mutmut generated
mutants_xǁRunǁ_finished_event__mutmut['xǁRunǁ_finished_event__mutmut_6'] = Run.xǁRunǁ_finished_event__mutmut_6 # type: ignore # mutmut generated
mutants_xǁRunǁ_finished_event__mutmut['xǁRunǁ_finished_event__mutmut_7'] = Run.xǁRunǁ_finished_event__mutmut_7 # type: ignore # mutmut generated
mutants_xǁRunǁ_finished_event__mutmut['xǁRunǁ_finished_event__mutmut_8'] = Run.xǁRunǁ_finished_event__mutmut_8 # type: ignore # mutmut generated
mutants_xǁRunǁ_finished_event__mutmut['xǁRunǁ_finished_event__mutmut_9'] = Run.xǁRunǁ_finished_event__mutmut_9 # type: ignore # mutmut generated
mutants_xǁRunǁ_finished_event__mutmut['xǁRunǁ_finished_event__mutmut_10'] = Run.xǁRunǁ_finished_event__mutmut_10 # type: ignore # mutmut generated
mutants_xǁRunǁ_finished_event__mutmut['xǁRunǁ_finished_event__mutmut_11'] = Run.xǁRunǁ_finished_event__mutmut_11 # type: ignore # mutmut generated
mutants_xǁRunǁ_finished_event__mutmut['xǁRunǁ_finished_event__mutmut_12'] = Run.xǁRunǁ_finished_event__mutmut_12 # type: ignore # mutmut generated
mutants_xǁRunǁ_finished_event__mutmut['xǁRunǁ_finished_event__mutmut_13'] = Run.xǁRunǁ_finished_event__mutmut_13 # type: ignore # mutmut generated
mutants_xǁRunǁ_finished_event__mutmut['xǁRunǁ_finished_event__mutmut_14'] = Run.xǁRunǁ_finished_event__mutmut_14 # type: ignore # mutmut generated
mutants_xǁRunǁ_finished_event__mutmut['xǁRunǁ_finished_event__mutmut_15'] = Run.xǁRunǁ_finished_event__mutmut_15 # type: ignore # mutmut generated
mutants_xǁRunǁ_finished_event__mutmut['xǁRunǁ_finished_event__mutmut_16'] = Run.xǁRunǁ_finished_event__mutmut_16 # type: ignore # mutmut generated
mutants_xǁRunǁ_finished_event__mutmut['xǁRunǁ_finished_event__mutmut_17'] = Run.xǁRunǁ_finished_event__mutmut_17 # type: ignore # mutmut generated
mutants_xǁRunǁ_finished_event__mutmut['xǁRunǁ_finished_event__mutmut_18'] = Run.xǁRunǁ_finished_event__mutmut_18 # type: ignore # mutmut generated
mutants_xǁRunǁ_finished_event__mutmut['xǁRunǁ_finished_event__mutmut_19'] = Run.xǁRunǁ_finished_event__mutmut_19 # type: ignore # mutmut generated
mutants_xǁRunǁ_finished_event__mutmut['xǁRunǁ_finished_event__mutmut_20'] = Run.xǁRunǁ_finished_event__mutmut_20 # type: ignore # mutmut generated

mutants_xǁRunǁresult__mutmut['_mutmut_orig'] = Run.xǁRunǁresult__mutmut_orig # type: ignore # mutmut generated
mutants_xǁRunǁresult__mutmut['xǁRunǁresult__mutmut_1'] = Run.xǁRunǁresult__mutmut_1 # type: ignore # mutmut generated
mutants_xǁRunǁresult__mutmut['xǁRunǁresult__mutmut_2'] = Run.xǁRunǁresult__mutmut_2 # type: ignore # mutmut generated
mutants_xǁRunǁresult__mutmut['xǁRunǁresult__mutmut_3'] = Run.xǁRunǁresult__mutmut_3 # type: ignore # mutmut generated
mutants_xǁRunǁresult__mutmut['xǁRunǁresult__mutmut_4'] = Run.xǁRunǁresult__mutmut_4 # type: ignore # mutmut generated
mutants_xǁRunǁresult__mutmut['xǁRunǁresult__mutmut_5'] = Run.xǁRunǁresult__mutmut_5 # type: ignore # mutmut generated
mutants_xǁRunǁresult__mutmut['xǁRunǁresult__mutmut_6'] = Run.xǁRunǁresult__mutmut_6 # type: ignore # mutmut generated
mutants_xǁRunǁresult__mutmut['xǁRunǁresult__mutmut_7'] = Run.xǁRunǁresult__mutmut_7 # type: ignore # mutmut generated
mutants_xǁRunǁresult__mutmut['xǁRunǁresult__mutmut_8'] = Run.xǁRunǁresult__mutmut_8 # type: ignore # mutmut generated
mutants_xǁRunǁresult__mutmut['xǁRunǁresult__mutmut_9'] = Run.xǁRunǁresult__mutmut_9 # type: ignore # mutmut generated
mutants_xǁRunǁresult__mutmut['xǁRunǁresult__mutmut_10'] = Run.xǁRunǁresult__mutmut_10 # type: ignore # mutmut generated
mutants_xǁRunǁresult__mutmut['xǁRunǁresult__mutmut_11'] = Run.xǁRunǁresult__mutmut_11 # type: ignore # mutmut generated
mutants_xǁRunǁresult__mutmut['xǁRunǁresult__mutmut_12'] = Run.xǁRunǁresult__mutmut_12 # type: ignore # mutmut generated
mutants_xǁRunǁresult__mutmut['xǁRunǁresult__mutmut_13'] = Run.xǁRunǁresult__mutmut_13 # type: ignore # mutmut generated
mutants_xǁRunǁresult__mutmut['xǁRunǁresult__mutmut_14'] = Run.xǁRunǁresult__mutmut_14 # type: ignore # mutmut generated
mutants_xǁRunǁresult__mutmut['xǁRunǁresult__mutmut_15'] = Run.xǁRunǁresult__mutmut_15 # type: ignore # mutmut generated
mutants_xǁRunǁresult__mutmut['xǁRunǁresult__mutmut_16'] = Run.xǁRunǁresult__mutmut_16 # type: ignore # mutmut generated
mutants_xǁRunǁresult__mutmut['xǁRunǁresult__mutmut_17'] = Run.xǁRunǁresult__mutmut_17 # type: ignore # mutmut generated
mutants_xǁRunǁresult__mutmut['xǁRunǁresult__mutmut_18'] = Run.xǁRunǁresult__mutmut_18 # type: ignore # mutmut generated
mutants_xǁRunǁresult__mutmut['xǁRunǁresult__mutmut_19'] = Run.xǁRunǁresult__mutmut_19 # type: ignore # mutmut generated
mutants_xǁRunǁresult__mutmut['xǁRunǁresult__mutmut_20'] = Run.xǁRunǁresult__mutmut_20 # type: ignore # mutmut generated
mutants_xǁRunǁresult__mutmut['xǁRunǁresult__mutmut_21'] = Run.xǁRunǁresult__mutmut_21 # type: ignore # mutmut generated
mutants_xǁRunǁresult__mutmut['xǁRunǁresult__mutmut_22'] = Run.xǁRunǁresult__mutmut_22 # type: ignore # mutmut generated
mutants_xǁRunǁresult__mutmut['xǁRunǁresult__mutmut_23'] = Run.xǁRunǁresult__mutmut_23 # type: ignore # mutmut generated
mutants_xǁRunǁresult__mutmut['xǁRunǁresult__mutmut_24'] = Run.xǁRunǁresult__mutmut_24 # type: ignore # mutmut generated
mutants_xǁRunǁresult__mutmut['xǁRunǁresult__mutmut_25'] = Run.xǁRunǁresult__mutmut_25 # type: ignore # mutmut generated
mutants_x_completion_event__mutmut: MutantDict = {}  # type: ignore


# -- events of a step ------------------------------------------------------------------------------------


@_mutmut_mutated(mutants_x_completion_event__mutmut)
def completion_event(run_id: str, completion: Completion) -> CompletionEvent:
    return CompletionEvent(
        run_id=run_id,
        step=completion.step,
        completion_ids=list(completion.ids),
        text=completion.text,
        finish_reason=completion.finish_reason,
        stop_token_id=completion.stop_token_id,
        reasoning=completion.reasoning,
        content=completion.content,
        request_lengths=list(completion.request_lengths),
        duration_s=completion.duration_s,
        prompt_tokens=completion.usage.prompt_tokens,
        cached_prompt_tokens=completion.usage.cached_prompt_tokens,
    )


# -- events of a step ------------------------------------------------------------------------------------


def x_completion_event__mutmut_orig(run_id: str, completion: Completion) -> CompletionEvent:
    return CompletionEvent(
        run_id=run_id,
        step=completion.step,
        completion_ids=list(completion.ids),
        text=completion.text,
        finish_reason=completion.finish_reason,
        stop_token_id=completion.stop_token_id,
        reasoning=completion.reasoning,
        content=completion.content,
        request_lengths=list(completion.request_lengths),
        duration_s=completion.duration_s,
        prompt_tokens=completion.usage.prompt_tokens,
        cached_prompt_tokens=completion.usage.cached_prompt_tokens,
    )


# -- events of a step ------------------------------------------------------------------------------------


def x_completion_event__mutmut_1(run_id: str, completion: Completion) -> CompletionEvent:
    return CompletionEvent(
        run_id=None,
        step=completion.step,
        completion_ids=list(completion.ids),
        text=completion.text,
        finish_reason=completion.finish_reason,
        stop_token_id=completion.stop_token_id,
        reasoning=completion.reasoning,
        content=completion.content,
        request_lengths=list(completion.request_lengths),
        duration_s=completion.duration_s,
        prompt_tokens=completion.usage.prompt_tokens,
        cached_prompt_tokens=completion.usage.cached_prompt_tokens,
    )


# -- events of a step ------------------------------------------------------------------------------------


def x_completion_event__mutmut_2(run_id: str, completion: Completion) -> CompletionEvent:
    return CompletionEvent(
        run_id=run_id,
        step=None,
        completion_ids=list(completion.ids),
        text=completion.text,
        finish_reason=completion.finish_reason,
        stop_token_id=completion.stop_token_id,
        reasoning=completion.reasoning,
        content=completion.content,
        request_lengths=list(completion.request_lengths),
        duration_s=completion.duration_s,
        prompt_tokens=completion.usage.prompt_tokens,
        cached_prompt_tokens=completion.usage.cached_prompt_tokens,
    )


# -- events of a step ------------------------------------------------------------------------------------


def x_completion_event__mutmut_3(run_id: str, completion: Completion) -> CompletionEvent:
    return CompletionEvent(
        run_id=run_id,
        step=completion.step,
        completion_ids=None,
        text=completion.text,
        finish_reason=completion.finish_reason,
        stop_token_id=completion.stop_token_id,
        reasoning=completion.reasoning,
        content=completion.content,
        request_lengths=list(completion.request_lengths),
        duration_s=completion.duration_s,
        prompt_tokens=completion.usage.prompt_tokens,
        cached_prompt_tokens=completion.usage.cached_prompt_tokens,
    )


# -- events of a step ------------------------------------------------------------------------------------


def x_completion_event__mutmut_4(run_id: str, completion: Completion) -> CompletionEvent:
    return CompletionEvent(
        run_id=run_id,
        step=completion.step,
        completion_ids=list(completion.ids),
        text=None,
        finish_reason=completion.finish_reason,
        stop_token_id=completion.stop_token_id,
        reasoning=completion.reasoning,
        content=completion.content,
        request_lengths=list(completion.request_lengths),
        duration_s=completion.duration_s,
        prompt_tokens=completion.usage.prompt_tokens,
        cached_prompt_tokens=completion.usage.cached_prompt_tokens,
    )


# -- events of a step ------------------------------------------------------------------------------------


def x_completion_event__mutmut_5(run_id: str, completion: Completion) -> CompletionEvent:
    return CompletionEvent(
        run_id=run_id,
        step=completion.step,
        completion_ids=list(completion.ids),
        text=completion.text,
        finish_reason=None,
        stop_token_id=completion.stop_token_id,
        reasoning=completion.reasoning,
        content=completion.content,
        request_lengths=list(completion.request_lengths),
        duration_s=completion.duration_s,
        prompt_tokens=completion.usage.prompt_tokens,
        cached_prompt_tokens=completion.usage.cached_prompt_tokens,
    )


# -- events of a step ------------------------------------------------------------------------------------


def x_completion_event__mutmut_6(run_id: str, completion: Completion) -> CompletionEvent:
    return CompletionEvent(
        run_id=run_id,
        step=completion.step,
        completion_ids=list(completion.ids),
        text=completion.text,
        finish_reason=completion.finish_reason,
        stop_token_id=None,
        reasoning=completion.reasoning,
        content=completion.content,
        request_lengths=list(completion.request_lengths),
        duration_s=completion.duration_s,
        prompt_tokens=completion.usage.prompt_tokens,
        cached_prompt_tokens=completion.usage.cached_prompt_tokens,
    )


# -- events of a step ------------------------------------------------------------------------------------


def x_completion_event__mutmut_7(run_id: str, completion: Completion) -> CompletionEvent:
    return CompletionEvent(
        run_id=run_id,
        step=completion.step,
        completion_ids=list(completion.ids),
        text=completion.text,
        finish_reason=completion.finish_reason,
        stop_token_id=completion.stop_token_id,
        reasoning=None,
        content=completion.content,
        request_lengths=list(completion.request_lengths),
        duration_s=completion.duration_s,
        prompt_tokens=completion.usage.prompt_tokens,
        cached_prompt_tokens=completion.usage.cached_prompt_tokens,
    )


# -- events of a step ------------------------------------------------------------------------------------


def x_completion_event__mutmut_8(run_id: str, completion: Completion) -> CompletionEvent:
    return CompletionEvent(
        run_id=run_id,
        step=completion.step,
        completion_ids=list(completion.ids),
        text=completion.text,
        finish_reason=completion.finish_reason,
        stop_token_id=completion.stop_token_id,
        reasoning=completion.reasoning,
        content=None,
        request_lengths=list(completion.request_lengths),
        duration_s=completion.duration_s,
        prompt_tokens=completion.usage.prompt_tokens,
        cached_prompt_tokens=completion.usage.cached_prompt_tokens,
    )


# -- events of a step ------------------------------------------------------------------------------------


def x_completion_event__mutmut_9(run_id: str, completion: Completion) -> CompletionEvent:
    return CompletionEvent(
        run_id=run_id,
        step=completion.step,
        completion_ids=list(completion.ids),
        text=completion.text,
        finish_reason=completion.finish_reason,
        stop_token_id=completion.stop_token_id,
        reasoning=completion.reasoning,
        content=completion.content,
        request_lengths=None,
        duration_s=completion.duration_s,
        prompt_tokens=completion.usage.prompt_tokens,
        cached_prompt_tokens=completion.usage.cached_prompt_tokens,
    )


# -- events of a step ------------------------------------------------------------------------------------


def x_completion_event__mutmut_10(run_id: str, completion: Completion) -> CompletionEvent:
    return CompletionEvent(
        run_id=run_id,
        step=completion.step,
        completion_ids=list(completion.ids),
        text=completion.text,
        finish_reason=completion.finish_reason,
        stop_token_id=completion.stop_token_id,
        reasoning=completion.reasoning,
        content=completion.content,
        request_lengths=list(completion.request_lengths),
        duration_s=None,
        prompt_tokens=completion.usage.prompt_tokens,
        cached_prompt_tokens=completion.usage.cached_prompt_tokens,
    )


# -- events of a step ------------------------------------------------------------------------------------


def x_completion_event__mutmut_11(run_id: str, completion: Completion) -> CompletionEvent:
    return CompletionEvent(
        run_id=run_id,
        step=completion.step,
        completion_ids=list(completion.ids),
        text=completion.text,
        finish_reason=completion.finish_reason,
        stop_token_id=completion.stop_token_id,
        reasoning=completion.reasoning,
        content=completion.content,
        request_lengths=list(completion.request_lengths),
        duration_s=completion.duration_s,
        prompt_tokens=None,
        cached_prompt_tokens=completion.usage.cached_prompt_tokens,
    )


# -- events of a step ------------------------------------------------------------------------------------


def x_completion_event__mutmut_12(run_id: str, completion: Completion) -> CompletionEvent:
    return CompletionEvent(
        run_id=run_id,
        step=completion.step,
        completion_ids=list(completion.ids),
        text=completion.text,
        finish_reason=completion.finish_reason,
        stop_token_id=completion.stop_token_id,
        reasoning=completion.reasoning,
        content=completion.content,
        request_lengths=list(completion.request_lengths),
        duration_s=completion.duration_s,
        prompt_tokens=completion.usage.prompt_tokens,
        cached_prompt_tokens=None,
    )


# -- events of a step ------------------------------------------------------------------------------------


def x_completion_event__mutmut_13(run_id: str, completion: Completion) -> CompletionEvent:
    return CompletionEvent(
        step=completion.step,
        completion_ids=list(completion.ids),
        text=completion.text,
        finish_reason=completion.finish_reason,
        stop_token_id=completion.stop_token_id,
        reasoning=completion.reasoning,
        content=completion.content,
        request_lengths=list(completion.request_lengths),
        duration_s=completion.duration_s,
        prompt_tokens=completion.usage.prompt_tokens,
        cached_prompt_tokens=completion.usage.cached_prompt_tokens,
    )


# -- events of a step ------------------------------------------------------------------------------------


def x_completion_event__mutmut_14(run_id: str, completion: Completion) -> CompletionEvent:
    return CompletionEvent(
        run_id=run_id,
        completion_ids=list(completion.ids),
        text=completion.text,
        finish_reason=completion.finish_reason,
        stop_token_id=completion.stop_token_id,
        reasoning=completion.reasoning,
        content=completion.content,
        request_lengths=list(completion.request_lengths),
        duration_s=completion.duration_s,
        prompt_tokens=completion.usage.prompt_tokens,
        cached_prompt_tokens=completion.usage.cached_prompt_tokens,
    )


# -- events of a step ------------------------------------------------------------------------------------


def x_completion_event__mutmut_15(run_id: str, completion: Completion) -> CompletionEvent:
    return CompletionEvent(
        run_id=run_id,
        step=completion.step,
        text=completion.text,
        finish_reason=completion.finish_reason,
        stop_token_id=completion.stop_token_id,
        reasoning=completion.reasoning,
        content=completion.content,
        request_lengths=list(completion.request_lengths),
        duration_s=completion.duration_s,
        prompt_tokens=completion.usage.prompt_tokens,
        cached_prompt_tokens=completion.usage.cached_prompt_tokens,
    )


# -- events of a step ------------------------------------------------------------------------------------


def x_completion_event__mutmut_16(run_id: str, completion: Completion) -> CompletionEvent:
    return CompletionEvent(
        run_id=run_id,
        step=completion.step,
        completion_ids=list(completion.ids),
        finish_reason=completion.finish_reason,
        stop_token_id=completion.stop_token_id,
        reasoning=completion.reasoning,
        content=completion.content,
        request_lengths=list(completion.request_lengths),
        duration_s=completion.duration_s,
        prompt_tokens=completion.usage.prompt_tokens,
        cached_prompt_tokens=completion.usage.cached_prompt_tokens,
    )


# -- events of a step ------------------------------------------------------------------------------------


def x_completion_event__mutmut_17(run_id: str, completion: Completion) -> CompletionEvent:
    return CompletionEvent(
        run_id=run_id,
        step=completion.step,
        completion_ids=list(completion.ids),
        text=completion.text,
        stop_token_id=completion.stop_token_id,
        reasoning=completion.reasoning,
        content=completion.content,
        request_lengths=list(completion.request_lengths),
        duration_s=completion.duration_s,
        prompt_tokens=completion.usage.prompt_tokens,
        cached_prompt_tokens=completion.usage.cached_prompt_tokens,
    )


# -- events of a step ------------------------------------------------------------------------------------


def x_completion_event__mutmut_18(run_id: str, completion: Completion) -> CompletionEvent:
    return CompletionEvent(
        run_id=run_id,
        step=completion.step,
        completion_ids=list(completion.ids),
        text=completion.text,
        finish_reason=completion.finish_reason,
        reasoning=completion.reasoning,
        content=completion.content,
        request_lengths=list(completion.request_lengths),
        duration_s=completion.duration_s,
        prompt_tokens=completion.usage.prompt_tokens,
        cached_prompt_tokens=completion.usage.cached_prompt_tokens,
    )


# -- events of a step ------------------------------------------------------------------------------------


def x_completion_event__mutmut_19(run_id: str, completion: Completion) -> CompletionEvent:
    return CompletionEvent(
        run_id=run_id,
        step=completion.step,
        completion_ids=list(completion.ids),
        text=completion.text,
        finish_reason=completion.finish_reason,
        stop_token_id=completion.stop_token_id,
        content=completion.content,
        request_lengths=list(completion.request_lengths),
        duration_s=completion.duration_s,
        prompt_tokens=completion.usage.prompt_tokens,
        cached_prompt_tokens=completion.usage.cached_prompt_tokens,
    )


# -- events of a step ------------------------------------------------------------------------------------


def x_completion_event__mutmut_20(run_id: str, completion: Completion) -> CompletionEvent:
    return CompletionEvent(
        run_id=run_id,
        step=completion.step,
        completion_ids=list(completion.ids),
        text=completion.text,
        finish_reason=completion.finish_reason,
        stop_token_id=completion.stop_token_id,
        reasoning=completion.reasoning,
        request_lengths=list(completion.request_lengths),
        duration_s=completion.duration_s,
        prompt_tokens=completion.usage.prompt_tokens,
        cached_prompt_tokens=completion.usage.cached_prompt_tokens,
    )


# -- events of a step ------------------------------------------------------------------------------------


def x_completion_event__mutmut_21(run_id: str, completion: Completion) -> CompletionEvent:
    return CompletionEvent(
        run_id=run_id,
        step=completion.step,
        completion_ids=list(completion.ids),
        text=completion.text,
        finish_reason=completion.finish_reason,
        stop_token_id=completion.stop_token_id,
        reasoning=completion.reasoning,
        content=completion.content,
        duration_s=completion.duration_s,
        prompt_tokens=completion.usage.prompt_tokens,
        cached_prompt_tokens=completion.usage.cached_prompt_tokens,
    )


# -- events of a step ------------------------------------------------------------------------------------


def x_completion_event__mutmut_22(run_id: str, completion: Completion) -> CompletionEvent:
    return CompletionEvent(
        run_id=run_id,
        step=completion.step,
        completion_ids=list(completion.ids),
        text=completion.text,
        finish_reason=completion.finish_reason,
        stop_token_id=completion.stop_token_id,
        reasoning=completion.reasoning,
        content=completion.content,
        request_lengths=list(completion.request_lengths),
        prompt_tokens=completion.usage.prompt_tokens,
        cached_prompt_tokens=completion.usage.cached_prompt_tokens,
    )


# -- events of a step ------------------------------------------------------------------------------------


def x_completion_event__mutmut_23(run_id: str, completion: Completion) -> CompletionEvent:
    return CompletionEvent(
        run_id=run_id,
        step=completion.step,
        completion_ids=list(completion.ids),
        text=completion.text,
        finish_reason=completion.finish_reason,
        stop_token_id=completion.stop_token_id,
        reasoning=completion.reasoning,
        content=completion.content,
        request_lengths=list(completion.request_lengths),
        duration_s=completion.duration_s,
        cached_prompt_tokens=completion.usage.cached_prompt_tokens,
    )


# -- events of a step ------------------------------------------------------------------------------------


def x_completion_event__mutmut_24(run_id: str, completion: Completion) -> CompletionEvent:
    return CompletionEvent(
        run_id=run_id,
        step=completion.step,
        completion_ids=list(completion.ids),
        text=completion.text,
        finish_reason=completion.finish_reason,
        stop_token_id=completion.stop_token_id,
        reasoning=completion.reasoning,
        content=completion.content,
        request_lengths=list(completion.request_lengths),
        duration_s=completion.duration_s,
        prompt_tokens=completion.usage.prompt_tokens,
        )


# -- events of a step ------------------------------------------------------------------------------------


def x_completion_event__mutmut_25(run_id: str, completion: Completion) -> CompletionEvent:
    return CompletionEvent(
        run_id=run_id,
        step=completion.step,
        completion_ids=list(None),
        text=completion.text,
        finish_reason=completion.finish_reason,
        stop_token_id=completion.stop_token_id,
        reasoning=completion.reasoning,
        content=completion.content,
        request_lengths=list(completion.request_lengths),
        duration_s=completion.duration_s,
        prompt_tokens=completion.usage.prompt_tokens,
        cached_prompt_tokens=completion.usage.cached_prompt_tokens,
    )


# -- events of a step ------------------------------------------------------------------------------------


def x_completion_event__mutmut_26(run_id: str, completion: Completion) -> CompletionEvent:
    return CompletionEvent(
        run_id=run_id,
        step=completion.step,
        completion_ids=list(completion.ids),
        text=completion.text,
        finish_reason=completion.finish_reason,
        stop_token_id=completion.stop_token_id,
        reasoning=completion.reasoning,
        content=completion.content,
        request_lengths=list(None),
        duration_s=completion.duration_s,
        prompt_tokens=completion.usage.prompt_tokens,
        cached_prompt_tokens=completion.usage.cached_prompt_tokens,
    )

mutants_x_completion_event__mutmut['_mutmut_orig'] = x_completion_event__mutmut_orig # type: ignore # mutmut generated
mutants_x_completion_event__mutmut['x_completion_event__mutmut_1'] = x_completion_event__mutmut_1 # type: ignore # mutmut generated
mutants_x_completion_event__mutmut['x_completion_event__mutmut_2'] = x_completion_event__mutmut_2 # type: ignore # mutmut generated
mutants_x_completion_event__mutmut['x_completion_event__mutmut_3'] = x_completion_event__mutmut_3 # type: ignore # mutmut generated
mutants_x_completion_event__mutmut['x_completion_event__mutmut_4'] = x_completion_event__mutmut_4 # type: ignore # mutmut generated
mutants_x_completion_event__mutmut['x_completion_event__mutmut_5'] = x_completion_event__mutmut_5 # type: ignore # mutmut generated
mutants_x_completion_event__mutmut['x_completion_event__mutmut_6'] = x_completion_event__mutmut_6 # type: ignore # mutmut generated
mutants_x_completion_event__mutmut['x_completion_event__mutmut_7'] = x_completion_event__mutmut_7 # type: ignore # mutmut generated
mutants_x_completion_event__mutmut['x_completion_event__mutmut_8'] = x_completion_event__mutmut_8 # type: ignore # mutmut generated
mutants_x_completion_event__mutmut['x_completion_event__mutmut_9'] = x_completion_event__mutmut_9 # type: ignore # mutmut generated
mutants_x_completion_event__mutmut['x_completion_event__mutmut_10'] = x_completion_event__mutmut_10 # type: ignore # mutmut generated
mutants_x_completion_event__mutmut['x_completion_event__mutmut_11'] = x_completion_event__mutmut_11 # type: ignore # mutmut generated
mutants_x_completion_event__mutmut['x_completion_event__mutmut_12'] = x_completion_event__mutmut_12 # type: ignore # mutmut generated
mutants_x_completion_event__mutmut['x_completion_event__mutmut_13'] = x_completion_event__mutmut_13 # type: ignore # mutmut generated
mutants_x_completion_event__mutmut['x_completion_event__mutmut_14'] = x_completion_event__mutmut_14 # type: ignore # mutmut generated
mutants_x_completion_event__mutmut['x_completion_event__mutmut_15'] = x_completion_event__mutmut_15 # type: ignore # mutmut generated
mutants_x_completion_event__mutmut['x_completion_event__mutmut_16'] = x_completion_event__mutmut_16 # type: ignore # mutmut generated
mutants_x_completion_event__mutmut['x_completion_event__mutmut_17'] = x_completion_event__mutmut_17 # type: ignore # mutmut generated
mutants_x_completion_event__mutmut['x_completion_event__mutmut_18'] = x_completion_event__mutmut_18 # type: ignore # mutmut generated
mutants_x_completion_event__mutmut['x_completion_event__mutmut_19'] = x_completion_event__mutmut_19 # type: ignore # mutmut generated
mutants_x_completion_event__mutmut['x_completion_event__mutmut_20'] = x_completion_event__mutmut_20 # type: ignore # mutmut generated
mutants_x_completion_event__mutmut['x_completion_event__mutmut_21'] = x_completion_event__mutmut_21 # type: ignore # mutmut generated
mutants_x_completion_event__mutmut['x_completion_event__mutmut_22'] = x_completion_event__mutmut_22 # type: ignore # mutmut generated
mutants_x_completion_event__mutmut['x_completion_event__mutmut_23'] = x_completion_event__mutmut_23 # type: ignore # mutmut generated
mutants_x_completion_event__mutmut['x_completion_event__mutmut_24'] = x_completion_event__mutmut_24 # type: ignore # mutmut generated
mutants_x_completion_event__mutmut['x_completion_event__mutmut_25'] = x_completion_event__mutmut_25 # type: ignore # mutmut generated
mutants_x_completion_event__mutmut['x_completion_event__mutmut_26'] = x_completion_event__mutmut_26 # type: ignore # mutmut generated
mutants_x_usage_event__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_usage_event__mutmut)
def usage_event(run_id: str, completion: Completion) -> UsageEvent:
    usage = completion.usage
    return UsageEvent(
        run_id=run_id,
        step=completion.step,
        prompt_tokens=usage.prompt_tokens,
        cached_prompt_tokens=usage.cached_prompt_tokens,
        generated_tokens=completion.generated_tokens,
        time_to_first_token_s=usage.time_to_first_token_s,
        decode_tokens_per_s=usage.decode_tokens_per_s,
    )


def x_usage_event__mutmut_orig(run_id: str, completion: Completion) -> UsageEvent:
    usage = completion.usage
    return UsageEvent(
        run_id=run_id,
        step=completion.step,
        prompt_tokens=usage.prompt_tokens,
        cached_prompt_tokens=usage.cached_prompt_tokens,
        generated_tokens=completion.generated_tokens,
        time_to_first_token_s=usage.time_to_first_token_s,
        decode_tokens_per_s=usage.decode_tokens_per_s,
    )


def x_usage_event__mutmut_1(run_id: str, completion: Completion) -> UsageEvent:
    usage = None
    return UsageEvent(
        run_id=run_id,
        step=completion.step,
        prompt_tokens=usage.prompt_tokens,
        cached_prompt_tokens=usage.cached_prompt_tokens,
        generated_tokens=completion.generated_tokens,
        time_to_first_token_s=usage.time_to_first_token_s,
        decode_tokens_per_s=usage.decode_tokens_per_s,
    )


def x_usage_event__mutmut_2(run_id: str, completion: Completion) -> UsageEvent:
    usage = completion.usage
    return UsageEvent(
        run_id=None,
        step=completion.step,
        prompt_tokens=usage.prompt_tokens,
        cached_prompt_tokens=usage.cached_prompt_tokens,
        generated_tokens=completion.generated_tokens,
        time_to_first_token_s=usage.time_to_first_token_s,
        decode_tokens_per_s=usage.decode_tokens_per_s,
    )


def x_usage_event__mutmut_3(run_id: str, completion: Completion) -> UsageEvent:
    usage = completion.usage
    return UsageEvent(
        run_id=run_id,
        step=None,
        prompt_tokens=usage.prompt_tokens,
        cached_prompt_tokens=usage.cached_prompt_tokens,
        generated_tokens=completion.generated_tokens,
        time_to_first_token_s=usage.time_to_first_token_s,
        decode_tokens_per_s=usage.decode_tokens_per_s,
    )


def x_usage_event__mutmut_4(run_id: str, completion: Completion) -> UsageEvent:
    usage = completion.usage
    return UsageEvent(
        run_id=run_id,
        step=completion.step,
        prompt_tokens=None,
        cached_prompt_tokens=usage.cached_prompt_tokens,
        generated_tokens=completion.generated_tokens,
        time_to_first_token_s=usage.time_to_first_token_s,
        decode_tokens_per_s=usage.decode_tokens_per_s,
    )


def x_usage_event__mutmut_5(run_id: str, completion: Completion) -> UsageEvent:
    usage = completion.usage
    return UsageEvent(
        run_id=run_id,
        step=completion.step,
        prompt_tokens=usage.prompt_tokens,
        cached_prompt_tokens=None,
        generated_tokens=completion.generated_tokens,
        time_to_first_token_s=usage.time_to_first_token_s,
        decode_tokens_per_s=usage.decode_tokens_per_s,
    )


def x_usage_event__mutmut_6(run_id: str, completion: Completion) -> UsageEvent:
    usage = completion.usage
    return UsageEvent(
        run_id=run_id,
        step=completion.step,
        prompt_tokens=usage.prompt_tokens,
        cached_prompt_tokens=usage.cached_prompt_tokens,
        generated_tokens=None,
        time_to_first_token_s=usage.time_to_first_token_s,
        decode_tokens_per_s=usage.decode_tokens_per_s,
    )


def x_usage_event__mutmut_7(run_id: str, completion: Completion) -> UsageEvent:
    usage = completion.usage
    return UsageEvent(
        run_id=run_id,
        step=completion.step,
        prompt_tokens=usage.prompt_tokens,
        cached_prompt_tokens=usage.cached_prompt_tokens,
        generated_tokens=completion.generated_tokens,
        time_to_first_token_s=None,
        decode_tokens_per_s=usage.decode_tokens_per_s,
    )


def x_usage_event__mutmut_8(run_id: str, completion: Completion) -> UsageEvent:
    usage = completion.usage
    return UsageEvent(
        run_id=run_id,
        step=completion.step,
        prompt_tokens=usage.prompt_tokens,
        cached_prompt_tokens=usage.cached_prompt_tokens,
        generated_tokens=completion.generated_tokens,
        time_to_first_token_s=usage.time_to_first_token_s,
        decode_tokens_per_s=None,
    )


def x_usage_event__mutmut_9(run_id: str, completion: Completion) -> UsageEvent:
    usage = completion.usage
    return UsageEvent(
        step=completion.step,
        prompt_tokens=usage.prompt_tokens,
        cached_prompt_tokens=usage.cached_prompt_tokens,
        generated_tokens=completion.generated_tokens,
        time_to_first_token_s=usage.time_to_first_token_s,
        decode_tokens_per_s=usage.decode_tokens_per_s,
    )


def x_usage_event__mutmut_10(run_id: str, completion: Completion) -> UsageEvent:
    usage = completion.usage
    return UsageEvent(
        run_id=run_id,
        prompt_tokens=usage.prompt_tokens,
        cached_prompt_tokens=usage.cached_prompt_tokens,
        generated_tokens=completion.generated_tokens,
        time_to_first_token_s=usage.time_to_first_token_s,
        decode_tokens_per_s=usage.decode_tokens_per_s,
    )


def x_usage_event__mutmut_11(run_id: str, completion: Completion) -> UsageEvent:
    usage = completion.usage
    return UsageEvent(
        run_id=run_id,
        step=completion.step,
        cached_prompt_tokens=usage.cached_prompt_tokens,
        generated_tokens=completion.generated_tokens,
        time_to_first_token_s=usage.time_to_first_token_s,
        decode_tokens_per_s=usage.decode_tokens_per_s,
    )


def x_usage_event__mutmut_12(run_id: str, completion: Completion) -> UsageEvent:
    usage = completion.usage
    return UsageEvent(
        run_id=run_id,
        step=completion.step,
        prompt_tokens=usage.prompt_tokens,
        generated_tokens=completion.generated_tokens,
        time_to_first_token_s=usage.time_to_first_token_s,
        decode_tokens_per_s=usage.decode_tokens_per_s,
    )


def x_usage_event__mutmut_13(run_id: str, completion: Completion) -> UsageEvent:
    usage = completion.usage
    return UsageEvent(
        run_id=run_id,
        step=completion.step,
        prompt_tokens=usage.prompt_tokens,
        cached_prompt_tokens=usage.cached_prompt_tokens,
        time_to_first_token_s=usage.time_to_first_token_s,
        decode_tokens_per_s=usage.decode_tokens_per_s,
    )


def x_usage_event__mutmut_14(run_id: str, completion: Completion) -> UsageEvent:
    usage = completion.usage
    return UsageEvent(
        run_id=run_id,
        step=completion.step,
        prompt_tokens=usage.prompt_tokens,
        cached_prompt_tokens=usage.cached_prompt_tokens,
        generated_tokens=completion.generated_tokens,
        decode_tokens_per_s=usage.decode_tokens_per_s,
    )


def x_usage_event__mutmut_15(run_id: str, completion: Completion) -> UsageEvent:
    usage = completion.usage
    return UsageEvent(
        run_id=run_id,
        step=completion.step,
        prompt_tokens=usage.prompt_tokens,
        cached_prompt_tokens=usage.cached_prompt_tokens,
        generated_tokens=completion.generated_tokens,
        time_to_first_token_s=usage.time_to_first_token_s,
        )

mutants_x_usage_event__mutmut['_mutmut_orig'] = x_usage_event__mutmut_orig # type: ignore # mutmut generated
mutants_x_usage_event__mutmut['x_usage_event__mutmut_1'] = x_usage_event__mutmut_1 # type: ignore # mutmut generated
mutants_x_usage_event__mutmut['x_usage_event__mutmut_2'] = x_usage_event__mutmut_2 # type: ignore # mutmut generated
mutants_x_usage_event__mutmut['x_usage_event__mutmut_3'] = x_usage_event__mutmut_3 # type: ignore # mutmut generated
mutants_x_usage_event__mutmut['x_usage_event__mutmut_4'] = x_usage_event__mutmut_4 # type: ignore # mutmut generated
mutants_x_usage_event__mutmut['x_usage_event__mutmut_5'] = x_usage_event__mutmut_5 # type: ignore # mutmut generated
mutants_x_usage_event__mutmut['x_usage_event__mutmut_6'] = x_usage_event__mutmut_6 # type: ignore # mutmut generated
mutants_x_usage_event__mutmut['x_usage_event__mutmut_7'] = x_usage_event__mutmut_7 # type: ignore # mutmut generated
mutants_x_usage_event__mutmut['x_usage_event__mutmut_8'] = x_usage_event__mutmut_8 # type: ignore # mutmut generated
mutants_x_usage_event__mutmut['x_usage_event__mutmut_9'] = x_usage_event__mutmut_9 # type: ignore # mutmut generated
mutants_x_usage_event__mutmut['x_usage_event__mutmut_10'] = x_usage_event__mutmut_10 # type: ignore # mutmut generated
mutants_x_usage_event__mutmut['x_usage_event__mutmut_11'] = x_usage_event__mutmut_11 # type: ignore # mutmut generated
mutants_x_usage_event__mutmut['x_usage_event__mutmut_12'] = x_usage_event__mutmut_12 # type: ignore # mutmut generated
mutants_x_usage_event__mutmut['x_usage_event__mutmut_13'] = x_usage_event__mutmut_13 # type: ignore # mutmut generated
mutants_x_usage_event__mutmut['x_usage_event__mutmut_14'] = x_usage_event__mutmut_14 # type: ignore # mutmut generated
mutants_x_usage_event__mutmut['x_usage_event__mutmut_15'] = x_usage_event__mutmut_15 # type: ignore # mutmut generated
mutants_x__call_events__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__call_events__mutmut)
def _call_events(
    run_id: str, step: int, calls: tuple[PlannedCall, ...], known: Mapping[str, ToolResult]
) -> list[RunEvent]:
    events: list[RunEvent] = []
    for planned in calls:
        if planned.call_id in known:
            continue
        call = planned.call
        events.append(
            ToolCallEvent(
                run_id=run_id,
                step=step,
                call_id=planned.call_id,
                name=call.name,
                arguments=call.arguments,
                repairs=list(planned.repairs),
                error=planned.error,
            )
        )
        if planned.error is not None:
            events.append(
                ErrorEvent(
                    run_id=run_id, step=step, kind=planned.error_kind or "parse", message=planned.error
                )
            )
    return events


def x__call_events__mutmut_orig(
    run_id: str, step: int, calls: tuple[PlannedCall, ...], known: Mapping[str, ToolResult]
) -> list[RunEvent]:
    events: list[RunEvent] = []
    for planned in calls:
        if planned.call_id in known:
            continue
        call = planned.call
        events.append(
            ToolCallEvent(
                run_id=run_id,
                step=step,
                call_id=planned.call_id,
                name=call.name,
                arguments=call.arguments,
                repairs=list(planned.repairs),
                error=planned.error,
            )
        )
        if planned.error is not None:
            events.append(
                ErrorEvent(
                    run_id=run_id, step=step, kind=planned.error_kind or "parse", message=planned.error
                )
            )
    return events


def x__call_events__mutmut_1(
    run_id: str, step: int, calls: tuple[PlannedCall, ...], known: Mapping[str, ToolResult]
) -> list[RunEvent]:
    events: list[RunEvent] = None
    for planned in calls:
        if planned.call_id in known:
            continue
        call = planned.call
        events.append(
            ToolCallEvent(
                run_id=run_id,
                step=step,
                call_id=planned.call_id,
                name=call.name,
                arguments=call.arguments,
                repairs=list(planned.repairs),
                error=planned.error,
            )
        )
        if planned.error is not None:
            events.append(
                ErrorEvent(
                    run_id=run_id, step=step, kind=planned.error_kind or "parse", message=planned.error
                )
            )
    return events


def x__call_events__mutmut_2(
    run_id: str, step: int, calls: tuple[PlannedCall, ...], known: Mapping[str, ToolResult]
) -> list[RunEvent]:
    events: list[RunEvent] = []
    for planned in calls:
        if planned.call_id not in known:
            continue
        call = planned.call
        events.append(
            ToolCallEvent(
                run_id=run_id,
                step=step,
                call_id=planned.call_id,
                name=call.name,
                arguments=call.arguments,
                repairs=list(planned.repairs),
                error=planned.error,
            )
        )
        if planned.error is not None:
            events.append(
                ErrorEvent(
                    run_id=run_id, step=step, kind=planned.error_kind or "parse", message=planned.error
                )
            )
    return events


def x__call_events__mutmut_3(
    run_id: str, step: int, calls: tuple[PlannedCall, ...], known: Mapping[str, ToolResult]
) -> list[RunEvent]:
    events: list[RunEvent] = []
    for planned in calls:
        if planned.call_id in known:
            break
        call = planned.call
        events.append(
            ToolCallEvent(
                run_id=run_id,
                step=step,
                call_id=planned.call_id,
                name=call.name,
                arguments=call.arguments,
                repairs=list(planned.repairs),
                error=planned.error,
            )
        )
        if planned.error is not None:
            events.append(
                ErrorEvent(
                    run_id=run_id, step=step, kind=planned.error_kind or "parse", message=planned.error
                )
            )
    return events


def x__call_events__mutmut_4(
    run_id: str, step: int, calls: tuple[PlannedCall, ...], known: Mapping[str, ToolResult]
) -> list[RunEvent]:
    events: list[RunEvent] = []
    for planned in calls:
        if planned.call_id in known:
            continue
        call = None
        events.append(
            ToolCallEvent(
                run_id=run_id,
                step=step,
                call_id=planned.call_id,
                name=call.name,
                arguments=call.arguments,
                repairs=list(planned.repairs),
                error=planned.error,
            )
        )
        if planned.error is not None:
            events.append(
                ErrorEvent(
                    run_id=run_id, step=step, kind=planned.error_kind or "parse", message=planned.error
                )
            )
    return events


def x__call_events__mutmut_5(
    run_id: str, step: int, calls: tuple[PlannedCall, ...], known: Mapping[str, ToolResult]
) -> list[RunEvent]:
    events: list[RunEvent] = []
    for planned in calls:
        if planned.call_id in known:
            continue
        call = planned.call
        events.append(
            None
        )
        if planned.error is not None:
            events.append(
                ErrorEvent(
                    run_id=run_id, step=step, kind=planned.error_kind or "parse", message=planned.error
                )
            )
    return events


def x__call_events__mutmut_6(
    run_id: str, step: int, calls: tuple[PlannedCall, ...], known: Mapping[str, ToolResult]
) -> list[RunEvent]:
    events: list[RunEvent] = []
    for planned in calls:
        if planned.call_id in known:
            continue
        call = planned.call
        events.append(
            ToolCallEvent(
                run_id=None,
                step=step,
                call_id=planned.call_id,
                name=call.name,
                arguments=call.arguments,
                repairs=list(planned.repairs),
                error=planned.error,
            )
        )
        if planned.error is not None:
            events.append(
                ErrorEvent(
                    run_id=run_id, step=step, kind=planned.error_kind or "parse", message=planned.error
                )
            )
    return events


def x__call_events__mutmut_7(
    run_id: str, step: int, calls: tuple[PlannedCall, ...], known: Mapping[str, ToolResult]
) -> list[RunEvent]:
    events: list[RunEvent] = []
    for planned in calls:
        if planned.call_id in known:
            continue
        call = planned.call
        events.append(
            ToolCallEvent(
                run_id=run_id,
                step=None,
                call_id=planned.call_id,
                name=call.name,
                arguments=call.arguments,
                repairs=list(planned.repairs),
                error=planned.error,
            )
        )
        if planned.error is not None:
            events.append(
                ErrorEvent(
                    run_id=run_id, step=step, kind=planned.error_kind or "parse", message=planned.error
                )
            )
    return events


def x__call_events__mutmut_8(
    run_id: str, step: int, calls: tuple[PlannedCall, ...], known: Mapping[str, ToolResult]
) -> list[RunEvent]:
    events: list[RunEvent] = []
    for planned in calls:
        if planned.call_id in known:
            continue
        call = planned.call
        events.append(
            ToolCallEvent(
                run_id=run_id,
                step=step,
                call_id=None,
                name=call.name,
                arguments=call.arguments,
                repairs=list(planned.repairs),
                error=planned.error,
            )
        )
        if planned.error is not None:
            events.append(
                ErrorEvent(
                    run_id=run_id, step=step, kind=planned.error_kind or "parse", message=planned.error
                )
            )
    return events


def x__call_events__mutmut_9(
    run_id: str, step: int, calls: tuple[PlannedCall, ...], known: Mapping[str, ToolResult]
) -> list[RunEvent]:
    events: list[RunEvent] = []
    for planned in calls:
        if planned.call_id in known:
            continue
        call = planned.call
        events.append(
            ToolCallEvent(
                run_id=run_id,
                step=step,
                call_id=planned.call_id,
                name=None,
                arguments=call.arguments,
                repairs=list(planned.repairs),
                error=planned.error,
            )
        )
        if planned.error is not None:
            events.append(
                ErrorEvent(
                    run_id=run_id, step=step, kind=planned.error_kind or "parse", message=planned.error
                )
            )
    return events


def x__call_events__mutmut_10(
    run_id: str, step: int, calls: tuple[PlannedCall, ...], known: Mapping[str, ToolResult]
) -> list[RunEvent]:
    events: list[RunEvent] = []
    for planned in calls:
        if planned.call_id in known:
            continue
        call = planned.call
        events.append(
            ToolCallEvent(
                run_id=run_id,
                step=step,
                call_id=planned.call_id,
                name=call.name,
                arguments=None,
                repairs=list(planned.repairs),
                error=planned.error,
            )
        )
        if planned.error is not None:
            events.append(
                ErrorEvent(
                    run_id=run_id, step=step, kind=planned.error_kind or "parse", message=planned.error
                )
            )
    return events


def x__call_events__mutmut_11(
    run_id: str, step: int, calls: tuple[PlannedCall, ...], known: Mapping[str, ToolResult]
) -> list[RunEvent]:
    events: list[RunEvent] = []
    for planned in calls:
        if planned.call_id in known:
            continue
        call = planned.call
        events.append(
            ToolCallEvent(
                run_id=run_id,
                step=step,
                call_id=planned.call_id,
                name=call.name,
                arguments=call.arguments,
                repairs=None,
                error=planned.error,
            )
        )
        if planned.error is not None:
            events.append(
                ErrorEvent(
                    run_id=run_id, step=step, kind=planned.error_kind or "parse", message=planned.error
                )
            )
    return events


def x__call_events__mutmut_12(
    run_id: str, step: int, calls: tuple[PlannedCall, ...], known: Mapping[str, ToolResult]
) -> list[RunEvent]:
    events: list[RunEvent] = []
    for planned in calls:
        if planned.call_id in known:
            continue
        call = planned.call
        events.append(
            ToolCallEvent(
                run_id=run_id,
                step=step,
                call_id=planned.call_id,
                name=call.name,
                arguments=call.arguments,
                repairs=list(planned.repairs),
                error=None,
            )
        )
        if planned.error is not None:
            events.append(
                ErrorEvent(
                    run_id=run_id, step=step, kind=planned.error_kind or "parse", message=planned.error
                )
            )
    return events


def x__call_events__mutmut_13(
    run_id: str, step: int, calls: tuple[PlannedCall, ...], known: Mapping[str, ToolResult]
) -> list[RunEvent]:
    events: list[RunEvent] = []
    for planned in calls:
        if planned.call_id in known:
            continue
        call = planned.call
        events.append(
            ToolCallEvent(
                step=step,
                call_id=planned.call_id,
                name=call.name,
                arguments=call.arguments,
                repairs=list(planned.repairs),
                error=planned.error,
            )
        )
        if planned.error is not None:
            events.append(
                ErrorEvent(
                    run_id=run_id, step=step, kind=planned.error_kind or "parse", message=planned.error
                )
            )
    return events


def x__call_events__mutmut_14(
    run_id: str, step: int, calls: tuple[PlannedCall, ...], known: Mapping[str, ToolResult]
) -> list[RunEvent]:
    events: list[RunEvent] = []
    for planned in calls:
        if planned.call_id in known:
            continue
        call = planned.call
        events.append(
            ToolCallEvent(
                run_id=run_id,
                call_id=planned.call_id,
                name=call.name,
                arguments=call.arguments,
                repairs=list(planned.repairs),
                error=planned.error,
            )
        )
        if planned.error is not None:
            events.append(
                ErrorEvent(
                    run_id=run_id, step=step, kind=planned.error_kind or "parse", message=planned.error
                )
            )
    return events


def x__call_events__mutmut_15(
    run_id: str, step: int, calls: tuple[PlannedCall, ...], known: Mapping[str, ToolResult]
) -> list[RunEvent]:
    events: list[RunEvent] = []
    for planned in calls:
        if planned.call_id in known:
            continue
        call = planned.call
        events.append(
            ToolCallEvent(
                run_id=run_id,
                step=step,
                name=call.name,
                arguments=call.arguments,
                repairs=list(planned.repairs),
                error=planned.error,
            )
        )
        if planned.error is not None:
            events.append(
                ErrorEvent(
                    run_id=run_id, step=step, kind=planned.error_kind or "parse", message=planned.error
                )
            )
    return events


def x__call_events__mutmut_16(
    run_id: str, step: int, calls: tuple[PlannedCall, ...], known: Mapping[str, ToolResult]
) -> list[RunEvent]:
    events: list[RunEvent] = []
    for planned in calls:
        if planned.call_id in known:
            continue
        call = planned.call
        events.append(
            ToolCallEvent(
                run_id=run_id,
                step=step,
                call_id=planned.call_id,
                arguments=call.arguments,
                repairs=list(planned.repairs),
                error=planned.error,
            )
        )
        if planned.error is not None:
            events.append(
                ErrorEvent(
                    run_id=run_id, step=step, kind=planned.error_kind or "parse", message=planned.error
                )
            )
    return events


def x__call_events__mutmut_17(
    run_id: str, step: int, calls: tuple[PlannedCall, ...], known: Mapping[str, ToolResult]
) -> list[RunEvent]:
    events: list[RunEvent] = []
    for planned in calls:
        if planned.call_id in known:
            continue
        call = planned.call
        events.append(
            ToolCallEvent(
                run_id=run_id,
                step=step,
                call_id=planned.call_id,
                name=call.name,
                repairs=list(planned.repairs),
                error=planned.error,
            )
        )
        if planned.error is not None:
            events.append(
                ErrorEvent(
                    run_id=run_id, step=step, kind=planned.error_kind or "parse", message=planned.error
                )
            )
    return events


def x__call_events__mutmut_18(
    run_id: str, step: int, calls: tuple[PlannedCall, ...], known: Mapping[str, ToolResult]
) -> list[RunEvent]:
    events: list[RunEvent] = []
    for planned in calls:
        if planned.call_id in known:
            continue
        call = planned.call
        events.append(
            ToolCallEvent(
                run_id=run_id,
                step=step,
                call_id=planned.call_id,
                name=call.name,
                arguments=call.arguments,
                error=planned.error,
            )
        )
        if planned.error is not None:
            events.append(
                ErrorEvent(
                    run_id=run_id, step=step, kind=planned.error_kind or "parse", message=planned.error
                )
            )
    return events


def x__call_events__mutmut_19(
    run_id: str, step: int, calls: tuple[PlannedCall, ...], known: Mapping[str, ToolResult]
) -> list[RunEvent]:
    events: list[RunEvent] = []
    for planned in calls:
        if planned.call_id in known:
            continue
        call = planned.call
        events.append(
            ToolCallEvent(
                run_id=run_id,
                step=step,
                call_id=planned.call_id,
                name=call.name,
                arguments=call.arguments,
                repairs=list(planned.repairs),
                )
        )
        if planned.error is not None:
            events.append(
                ErrorEvent(
                    run_id=run_id, step=step, kind=planned.error_kind or "parse", message=planned.error
                )
            )
    return events


def x__call_events__mutmut_20(
    run_id: str, step: int, calls: tuple[PlannedCall, ...], known: Mapping[str, ToolResult]
) -> list[RunEvent]:
    events: list[RunEvent] = []
    for planned in calls:
        if planned.call_id in known:
            continue
        call = planned.call
        events.append(
            ToolCallEvent(
                run_id=run_id,
                step=step,
                call_id=planned.call_id,
                name=call.name,
                arguments=call.arguments,
                repairs=list(None),
                error=planned.error,
            )
        )
        if planned.error is not None:
            events.append(
                ErrorEvent(
                    run_id=run_id, step=step, kind=planned.error_kind or "parse", message=planned.error
                )
            )
    return events


def x__call_events__mutmut_21(
    run_id: str, step: int, calls: tuple[PlannedCall, ...], known: Mapping[str, ToolResult]
) -> list[RunEvent]:
    events: list[RunEvent] = []
    for planned in calls:
        if planned.call_id in known:
            continue
        call = planned.call
        events.append(
            ToolCallEvent(
                run_id=run_id,
                step=step,
                call_id=planned.call_id,
                name=call.name,
                arguments=call.arguments,
                repairs=list(planned.repairs),
                error=planned.error,
            )
        )
        if planned.error is None:
            events.append(
                ErrorEvent(
                    run_id=run_id, step=step, kind=planned.error_kind or "parse", message=planned.error
                )
            )
    return events


def x__call_events__mutmut_22(
    run_id: str, step: int, calls: tuple[PlannedCall, ...], known: Mapping[str, ToolResult]
) -> list[RunEvent]:
    events: list[RunEvent] = []
    for planned in calls:
        if planned.call_id in known:
            continue
        call = planned.call
        events.append(
            ToolCallEvent(
                run_id=run_id,
                step=step,
                call_id=planned.call_id,
                name=call.name,
                arguments=call.arguments,
                repairs=list(planned.repairs),
                error=planned.error,
            )
        )
        if planned.error is not None:
            events.append(
                None
            )
    return events


def x__call_events__mutmut_23(
    run_id: str, step: int, calls: tuple[PlannedCall, ...], known: Mapping[str, ToolResult]
) -> list[RunEvent]:
    events: list[RunEvent] = []
    for planned in calls:
        if planned.call_id in known:
            continue
        call = planned.call
        events.append(
            ToolCallEvent(
                run_id=run_id,
                step=step,
                call_id=planned.call_id,
                name=call.name,
                arguments=call.arguments,
                repairs=list(planned.repairs),
                error=planned.error,
            )
        )
        if planned.error is not None:
            events.append(
                ErrorEvent(
                    run_id=None, step=step, kind=planned.error_kind or "parse", message=planned.error
                )
            )
    return events


def x__call_events__mutmut_24(
    run_id: str, step: int, calls: tuple[PlannedCall, ...], known: Mapping[str, ToolResult]
) -> list[RunEvent]:
    events: list[RunEvent] = []
    for planned in calls:
        if planned.call_id in known:
            continue
        call = planned.call
        events.append(
            ToolCallEvent(
                run_id=run_id,
                step=step,
                call_id=planned.call_id,
                name=call.name,
                arguments=call.arguments,
                repairs=list(planned.repairs),
                error=planned.error,
            )
        )
        if planned.error is not None:
            events.append(
                ErrorEvent(
                    run_id=run_id, step=None, kind=planned.error_kind or "parse", message=planned.error
                )
            )
    return events


def x__call_events__mutmut_25(
    run_id: str, step: int, calls: tuple[PlannedCall, ...], known: Mapping[str, ToolResult]
) -> list[RunEvent]:
    events: list[RunEvent] = []
    for planned in calls:
        if planned.call_id in known:
            continue
        call = planned.call
        events.append(
            ToolCallEvent(
                run_id=run_id,
                step=step,
                call_id=planned.call_id,
                name=call.name,
                arguments=call.arguments,
                repairs=list(planned.repairs),
                error=planned.error,
            )
        )
        if planned.error is not None:
            events.append(
                ErrorEvent(
                    run_id=run_id, step=step, kind=None, message=planned.error
                )
            )
    return events


def x__call_events__mutmut_26(
    run_id: str, step: int, calls: tuple[PlannedCall, ...], known: Mapping[str, ToolResult]
) -> list[RunEvent]:
    events: list[RunEvent] = []
    for planned in calls:
        if planned.call_id in known:
            continue
        call = planned.call
        events.append(
            ToolCallEvent(
                run_id=run_id,
                step=step,
                call_id=planned.call_id,
                name=call.name,
                arguments=call.arguments,
                repairs=list(planned.repairs),
                error=planned.error,
            )
        )
        if planned.error is not None:
            events.append(
                ErrorEvent(
                    run_id=run_id, step=step, kind=planned.error_kind or "parse", message=None
                )
            )
    return events


def x__call_events__mutmut_27(
    run_id: str, step: int, calls: tuple[PlannedCall, ...], known: Mapping[str, ToolResult]
) -> list[RunEvent]:
    events: list[RunEvent] = []
    for planned in calls:
        if planned.call_id in known:
            continue
        call = planned.call
        events.append(
            ToolCallEvent(
                run_id=run_id,
                step=step,
                call_id=planned.call_id,
                name=call.name,
                arguments=call.arguments,
                repairs=list(planned.repairs),
                error=planned.error,
            )
        )
        if planned.error is not None:
            events.append(
                ErrorEvent(
                    step=step, kind=planned.error_kind or "parse", message=planned.error
                )
            )
    return events


def x__call_events__mutmut_28(
    run_id: str, step: int, calls: tuple[PlannedCall, ...], known: Mapping[str, ToolResult]
) -> list[RunEvent]:
    events: list[RunEvent] = []
    for planned in calls:
        if planned.call_id in known:
            continue
        call = planned.call
        events.append(
            ToolCallEvent(
                run_id=run_id,
                step=step,
                call_id=planned.call_id,
                name=call.name,
                arguments=call.arguments,
                repairs=list(planned.repairs),
                error=planned.error,
            )
        )
        if planned.error is not None:
            events.append(
                ErrorEvent(
                    run_id=run_id, kind=planned.error_kind or "parse", message=planned.error
                )
            )
    return events


def x__call_events__mutmut_29(
    run_id: str, step: int, calls: tuple[PlannedCall, ...], known: Mapping[str, ToolResult]
) -> list[RunEvent]:
    events: list[RunEvent] = []
    for planned in calls:
        if planned.call_id in known:
            continue
        call = planned.call
        events.append(
            ToolCallEvent(
                run_id=run_id,
                step=step,
                call_id=planned.call_id,
                name=call.name,
                arguments=call.arguments,
                repairs=list(planned.repairs),
                error=planned.error,
            )
        )
        if planned.error is not None:
            events.append(
                ErrorEvent(
                    run_id=run_id, step=step, message=planned.error
                )
            )
    return events


def x__call_events__mutmut_30(
    run_id: str, step: int, calls: tuple[PlannedCall, ...], known: Mapping[str, ToolResult]
) -> list[RunEvent]:
    events: list[RunEvent] = []
    for planned in calls:
        if planned.call_id in known:
            continue
        call = planned.call
        events.append(
            ToolCallEvent(
                run_id=run_id,
                step=step,
                call_id=planned.call_id,
                name=call.name,
                arguments=call.arguments,
                repairs=list(planned.repairs),
                error=planned.error,
            )
        )
        if planned.error is not None:
            events.append(
                ErrorEvent(
                    run_id=run_id, step=step, kind=planned.error_kind or "parse", )
            )
    return events


def x__call_events__mutmut_31(
    run_id: str, step: int, calls: tuple[PlannedCall, ...], known: Mapping[str, ToolResult]
) -> list[RunEvent]:
    events: list[RunEvent] = []
    for planned in calls:
        if planned.call_id in known:
            continue
        call = planned.call
        events.append(
            ToolCallEvent(
                run_id=run_id,
                step=step,
                call_id=planned.call_id,
                name=call.name,
                arguments=call.arguments,
                repairs=list(planned.repairs),
                error=planned.error,
            )
        )
        if planned.error is not None:
            events.append(
                ErrorEvent(
                    run_id=run_id, step=step, kind=planned.error_kind and "parse", message=planned.error
                )
            )
    return events


def x__call_events__mutmut_32(
    run_id: str, step: int, calls: tuple[PlannedCall, ...], known: Mapping[str, ToolResult]
) -> list[RunEvent]:
    events: list[RunEvent] = []
    for planned in calls:
        if planned.call_id in known:
            continue
        call = planned.call
        events.append(
            ToolCallEvent(
                run_id=run_id,
                step=step,
                call_id=planned.call_id,
                name=call.name,
                arguments=call.arguments,
                repairs=list(planned.repairs),
                error=planned.error,
            )
        )
        if planned.error is not None:
            events.append(
                ErrorEvent(
                    run_id=run_id, step=step, kind=planned.error_kind or "XXparseXX", message=planned.error
                )
            )
    return events


def x__call_events__mutmut_33(
    run_id: str, step: int, calls: tuple[PlannedCall, ...], known: Mapping[str, ToolResult]
) -> list[RunEvent]:
    events: list[RunEvent] = []
    for planned in calls:
        if planned.call_id in known:
            continue
        call = planned.call
        events.append(
            ToolCallEvent(
                run_id=run_id,
                step=step,
                call_id=planned.call_id,
                name=call.name,
                arguments=call.arguments,
                repairs=list(planned.repairs),
                error=planned.error,
            )
        )
        if planned.error is not None:
            events.append(
                ErrorEvent(
                    run_id=run_id, step=step, kind=planned.error_kind or "PARSE", message=planned.error
                )
            )
    return events

mutants_x__call_events__mutmut['_mutmut_orig'] = x__call_events__mutmut_orig # type: ignore # mutmut generated
mutants_x__call_events__mutmut['x__call_events__mutmut_1'] = x__call_events__mutmut_1 # type: ignore # mutmut generated
mutants_x__call_events__mutmut['x__call_events__mutmut_2'] = x__call_events__mutmut_2 # type: ignore # mutmut generated
mutants_x__call_events__mutmut['x__call_events__mutmut_3'] = x__call_events__mutmut_3 # type: ignore # mutmut generated
mutants_x__call_events__mutmut['x__call_events__mutmut_4'] = x__call_events__mutmut_4 # type: ignore # mutmut generated
mutants_x__call_events__mutmut['x__call_events__mutmut_5'] = x__call_events__mutmut_5 # type: ignore # mutmut generated
mutants_x__call_events__mutmut['x__call_events__mutmut_6'] = x__call_events__mutmut_6 # type: ignore # mutmut generated
mutants_x__call_events__mutmut['x__call_events__mutmut_7'] = x__call_events__mutmut_7 # type: ignore # mutmut generated
mutants_x__call_events__mutmut['x__call_events__mutmut_8'] = x__call_events__mutmut_8 # type: ignore # mutmut generated
mutants_x__call_events__mutmut['x__call_events__mutmut_9'] = x__call_events__mutmut_9 # type: ignore # mutmut generated
mutants_x__call_events__mutmut['x__call_events__mutmut_10'] = x__call_events__mutmut_10 # type: ignore # mutmut generated
mutants_x__call_events__mutmut['x__call_events__mutmut_11'] = x__call_events__mutmut_11 # type: ignore # mutmut generated
mutants_x__call_events__mutmut['x__call_events__mutmut_12'] = x__call_events__mutmut_12 # type: ignore # mutmut generated
mutants_x__call_events__mutmut['x__call_events__mutmut_13'] = x__call_events__mutmut_13 # type: ignore # mutmut generated
mutants_x__call_events__mutmut['x__call_events__mutmut_14'] = x__call_events__mutmut_14 # type: ignore # mutmut generated
mutants_x__call_events__mutmut['x__call_events__mutmut_15'] = x__call_events__mutmut_15 # type: ignore # mutmut generated
mutants_x__call_events__mutmut['x__call_events__mutmut_16'] = x__call_events__mutmut_16 # type: ignore # mutmut generated
mutants_x__call_events__mutmut['x__call_events__mutmut_17'] = x__call_events__mutmut_17 # type: ignore # mutmut generated
mutants_x__call_events__mutmut['x__call_events__mutmut_18'] = x__call_events__mutmut_18 # type: ignore # mutmut generated
mutants_x__call_events__mutmut['x__call_events__mutmut_19'] = x__call_events__mutmut_19 # type: ignore # mutmut generated
mutants_x__call_events__mutmut['x__call_events__mutmut_20'] = x__call_events__mutmut_20 # type: ignore # mutmut generated
mutants_x__call_events__mutmut['x__call_events__mutmut_21'] = x__call_events__mutmut_21 # type: ignore # mutmut generated
mutants_x__call_events__mutmut['x__call_events__mutmut_22'] = x__call_events__mutmut_22 # type: ignore # mutmut generated
mutants_x__call_events__mutmut['x__call_events__mutmut_23'] = x__call_events__mutmut_23 # type: ignore # mutmut generated
mutants_x__call_events__mutmut['x__call_events__mutmut_24'] = x__call_events__mutmut_24 # type: ignore # mutmut generated
mutants_x__call_events__mutmut['x__call_events__mutmut_25'] = x__call_events__mutmut_25 # type: ignore # mutmut generated
mutants_x__call_events__mutmut['x__call_events__mutmut_26'] = x__call_events__mutmut_26 # type: ignore # mutmut generated
mutants_x__call_events__mutmut['x__call_events__mutmut_27'] = x__call_events__mutmut_27 # type: ignore # mutmut generated
mutants_x__call_events__mutmut['x__call_events__mutmut_28'] = x__call_events__mutmut_28 # type: ignore # mutmut generated
mutants_x__call_events__mutmut['x__call_events__mutmut_29'] = x__call_events__mutmut_29 # type: ignore # mutmut generated
mutants_x__call_events__mutmut['x__call_events__mutmut_30'] = x__call_events__mutmut_30 # type: ignore # mutmut generated
mutants_x__call_events__mutmut['x__call_events__mutmut_31'] = x__call_events__mutmut_31 # type: ignore # mutmut generated
mutants_x__call_events__mutmut['x__call_events__mutmut_32'] = x__call_events__mutmut_32 # type: ignore # mutmut generated
mutants_x__call_events__mutmut['x__call_events__mutmut_33'] = x__call_events__mutmut_33 # type: ignore # mutmut generated
mutants_x_result_event__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_result_event__mutmut)
def result_event(run_id: str, step: int, call_id: str, name: str, result: ToolResult) -> ToolResultEvent:
    return ToolResultEvent(
        run_id=run_id,
        step=step,
        call_id=call_id,
        name=name,
        content=_jsonable_content(result.content),
        is_error=result.is_error,
        duration_s=result.duration_s,
    )


def x_result_event__mutmut_orig(run_id: str, step: int, call_id: str, name: str, result: ToolResult) -> ToolResultEvent:
    return ToolResultEvent(
        run_id=run_id,
        step=step,
        call_id=call_id,
        name=name,
        content=_jsonable_content(result.content),
        is_error=result.is_error,
        duration_s=result.duration_s,
    )


def x_result_event__mutmut_1(run_id: str, step: int, call_id: str, name: str, result: ToolResult) -> ToolResultEvent:
    return ToolResultEvent(
        run_id=None,
        step=step,
        call_id=call_id,
        name=name,
        content=_jsonable_content(result.content),
        is_error=result.is_error,
        duration_s=result.duration_s,
    )


def x_result_event__mutmut_2(run_id: str, step: int, call_id: str, name: str, result: ToolResult) -> ToolResultEvent:
    return ToolResultEvent(
        run_id=run_id,
        step=None,
        call_id=call_id,
        name=name,
        content=_jsonable_content(result.content),
        is_error=result.is_error,
        duration_s=result.duration_s,
    )


def x_result_event__mutmut_3(run_id: str, step: int, call_id: str, name: str, result: ToolResult) -> ToolResultEvent:
    return ToolResultEvent(
        run_id=run_id,
        step=step,
        call_id=None,
        name=name,
        content=_jsonable_content(result.content),
        is_error=result.is_error,
        duration_s=result.duration_s,
    )


def x_result_event__mutmut_4(run_id: str, step: int, call_id: str, name: str, result: ToolResult) -> ToolResultEvent:
    return ToolResultEvent(
        run_id=run_id,
        step=step,
        call_id=call_id,
        name=None,
        content=_jsonable_content(result.content),
        is_error=result.is_error,
        duration_s=result.duration_s,
    )


def x_result_event__mutmut_5(run_id: str, step: int, call_id: str, name: str, result: ToolResult) -> ToolResultEvent:
    return ToolResultEvent(
        run_id=run_id,
        step=step,
        call_id=call_id,
        name=name,
        content=None,
        is_error=result.is_error,
        duration_s=result.duration_s,
    )


def x_result_event__mutmut_6(run_id: str, step: int, call_id: str, name: str, result: ToolResult) -> ToolResultEvent:
    return ToolResultEvent(
        run_id=run_id,
        step=step,
        call_id=call_id,
        name=name,
        content=_jsonable_content(result.content),
        is_error=None,
        duration_s=result.duration_s,
    )


def x_result_event__mutmut_7(run_id: str, step: int, call_id: str, name: str, result: ToolResult) -> ToolResultEvent:
    return ToolResultEvent(
        run_id=run_id,
        step=step,
        call_id=call_id,
        name=name,
        content=_jsonable_content(result.content),
        is_error=result.is_error,
        duration_s=None,
    )


def x_result_event__mutmut_8(run_id: str, step: int, call_id: str, name: str, result: ToolResult) -> ToolResultEvent:
    return ToolResultEvent(
        step=step,
        call_id=call_id,
        name=name,
        content=_jsonable_content(result.content),
        is_error=result.is_error,
        duration_s=result.duration_s,
    )


def x_result_event__mutmut_9(run_id: str, step: int, call_id: str, name: str, result: ToolResult) -> ToolResultEvent:
    return ToolResultEvent(
        run_id=run_id,
        call_id=call_id,
        name=name,
        content=_jsonable_content(result.content),
        is_error=result.is_error,
        duration_s=result.duration_s,
    )


def x_result_event__mutmut_10(run_id: str, step: int, call_id: str, name: str, result: ToolResult) -> ToolResultEvent:
    return ToolResultEvent(
        run_id=run_id,
        step=step,
        name=name,
        content=_jsonable_content(result.content),
        is_error=result.is_error,
        duration_s=result.duration_s,
    )


def x_result_event__mutmut_11(run_id: str, step: int, call_id: str, name: str, result: ToolResult) -> ToolResultEvent:
    return ToolResultEvent(
        run_id=run_id,
        step=step,
        call_id=call_id,
        content=_jsonable_content(result.content),
        is_error=result.is_error,
        duration_s=result.duration_s,
    )


def x_result_event__mutmut_12(run_id: str, step: int, call_id: str, name: str, result: ToolResult) -> ToolResultEvent:
    return ToolResultEvent(
        run_id=run_id,
        step=step,
        call_id=call_id,
        name=name,
        is_error=result.is_error,
        duration_s=result.duration_s,
    )


def x_result_event__mutmut_13(run_id: str, step: int, call_id: str, name: str, result: ToolResult) -> ToolResultEvent:
    return ToolResultEvent(
        run_id=run_id,
        step=step,
        call_id=call_id,
        name=name,
        content=_jsonable_content(result.content),
        duration_s=result.duration_s,
    )


def x_result_event__mutmut_14(run_id: str, step: int, call_id: str, name: str, result: ToolResult) -> ToolResultEvent:
    return ToolResultEvent(
        run_id=run_id,
        step=step,
        call_id=call_id,
        name=name,
        content=_jsonable_content(result.content),
        is_error=result.is_error,
        )


def x_result_event__mutmut_15(run_id: str, step: int, call_id: str, name: str, result: ToolResult) -> ToolResultEvent:
    return ToolResultEvent(
        run_id=run_id,
        step=step,
        call_id=call_id,
        name=name,
        content=_jsonable_content(None),
        is_error=result.is_error,
        duration_s=result.duration_s,
    )

mutants_x_result_event__mutmut['_mutmut_orig'] = x_result_event__mutmut_orig # type: ignore # mutmut generated
mutants_x_result_event__mutmut['x_result_event__mutmut_1'] = x_result_event__mutmut_1 # type: ignore # mutmut generated
mutants_x_result_event__mutmut['x_result_event__mutmut_2'] = x_result_event__mutmut_2 # type: ignore # mutmut generated
mutants_x_result_event__mutmut['x_result_event__mutmut_3'] = x_result_event__mutmut_3 # type: ignore # mutmut generated
mutants_x_result_event__mutmut['x_result_event__mutmut_4'] = x_result_event__mutmut_4 # type: ignore # mutmut generated
mutants_x_result_event__mutmut['x_result_event__mutmut_5'] = x_result_event__mutmut_5 # type: ignore # mutmut generated
mutants_x_result_event__mutmut['x_result_event__mutmut_6'] = x_result_event__mutmut_6 # type: ignore # mutmut generated
mutants_x_result_event__mutmut['x_result_event__mutmut_7'] = x_result_event__mutmut_7 # type: ignore # mutmut generated
mutants_x_result_event__mutmut['x_result_event__mutmut_8'] = x_result_event__mutmut_8 # type: ignore # mutmut generated
mutants_x_result_event__mutmut['x_result_event__mutmut_9'] = x_result_event__mutmut_9 # type: ignore # mutmut generated
mutants_x_result_event__mutmut['x_result_event__mutmut_10'] = x_result_event__mutmut_10 # type: ignore # mutmut generated
mutants_x_result_event__mutmut['x_result_event__mutmut_11'] = x_result_event__mutmut_11 # type: ignore # mutmut generated
mutants_x_result_event__mutmut['x_result_event__mutmut_12'] = x_result_event__mutmut_12 # type: ignore # mutmut generated
mutants_x_result_event__mutmut['x_result_event__mutmut_13'] = x_result_event__mutmut_13 # type: ignore # mutmut generated
mutants_x_result_event__mutmut['x_result_event__mutmut_14'] = x_result_event__mutmut_14 # type: ignore # mutmut generated
mutants_x_result_event__mutmut['x_result_event__mutmut_15'] = x_result_event__mutmut_15 # type: ignore # mutmut generated
mutants_x__jsonable_content__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__jsonable_content__mutmut)
def _jsonable_content(content: Any) -> Any:
    if isinstance(content, list):
        return [part.model_dump(mode="json") if hasattr(part, "model_dump") else part for part in content]
    return content


def x__jsonable_content__mutmut_orig(content: Any) -> Any:
    if isinstance(content, list):
        return [part.model_dump(mode="json") if hasattr(part, "model_dump") else part for part in content]
    return content


def x__jsonable_content__mutmut_1(content: Any) -> Any:
    if isinstance(content, list):
        return [part.model_dump(mode="json") if (hasattr(part, "model_dump")) and False else part for part in content]
    return content


def x__jsonable_content__mutmut_2(content: Any) -> Any:
    if isinstance(content, list):
        return [part.model_dump(mode="json") if (hasattr(part, "model_dump")) or True else part for part in content]
    return content


def x__jsonable_content__mutmut_3(content: Any) -> Any:
    if isinstance(content, list):
        return [part.model_dump(mode=None) if hasattr(part, "model_dump") else part for part in content]
    return content


def x__jsonable_content__mutmut_4(content: Any) -> Any:
    if isinstance(content, list):
        return [part.model_dump(mode="XXjsonXX") if hasattr(part, "model_dump") else part for part in content]
    return content


def x__jsonable_content__mutmut_5(content: Any) -> Any:
    if isinstance(content, list):
        return [part.model_dump(mode="JSON") if hasattr(part, "model_dump") else part for part in content]
    return content


def x__jsonable_content__mutmut_6(content: Any) -> Any:
    if isinstance(content, list):
        return [part.model_dump(mode="json") if hasattr(None, "model_dump") else part for part in content]
    return content


def x__jsonable_content__mutmut_7(content: Any) -> Any:
    if isinstance(content, list):
        return [part.model_dump(mode="json") if hasattr(part, None) else part for part in content]
    return content


def x__jsonable_content__mutmut_8(content: Any) -> Any:
    if isinstance(content, list):
        return [part.model_dump(mode="json") if hasattr("model_dump") else part for part in content]
    return content


def x__jsonable_content__mutmut_9(content: Any) -> Any:
    if isinstance(content, list):
        return [part.model_dump(mode="json") if hasattr(part, ) else part for part in content]
    return content


def x__jsonable_content__mutmut_10(content: Any) -> Any:
    if isinstance(content, list):
        return [part.model_dump(mode="json") if hasattr(part, "XXmodel_dumpXX") else part for part in content]
    return content


def x__jsonable_content__mutmut_11(content: Any) -> Any:
    if isinstance(content, list):
        return [part.model_dump(mode="json") if hasattr(part, "MODEL_DUMP") else part for part in content]
    return content

mutants_x__jsonable_content__mutmut['_mutmut_orig'] = x__jsonable_content__mutmut_orig # type: ignore # mutmut generated
mutants_x__jsonable_content__mutmut['x__jsonable_content__mutmut_1'] = x__jsonable_content__mutmut_1 # type: ignore # mutmut generated
mutants_x__jsonable_content__mutmut['x__jsonable_content__mutmut_2'] = x__jsonable_content__mutmut_2 # type: ignore # mutmut generated
mutants_x__jsonable_content__mutmut['x__jsonable_content__mutmut_3'] = x__jsonable_content__mutmut_3 # type: ignore # mutmut generated
mutants_x__jsonable_content__mutmut['x__jsonable_content__mutmut_4'] = x__jsonable_content__mutmut_4 # type: ignore # mutmut generated
mutants_x__jsonable_content__mutmut['x__jsonable_content__mutmut_5'] = x__jsonable_content__mutmut_5 # type: ignore # mutmut generated
mutants_x__jsonable_content__mutmut['x__jsonable_content__mutmut_6'] = x__jsonable_content__mutmut_6 # type: ignore # mutmut generated
mutants_x__jsonable_content__mutmut['x__jsonable_content__mutmut_7'] = x__jsonable_content__mutmut_7 # type: ignore # mutmut generated
mutants_x__jsonable_content__mutmut['x__jsonable_content__mutmut_8'] = x__jsonable_content__mutmut_8 # type: ignore # mutmut generated
mutants_x__jsonable_content__mutmut['x__jsonable_content__mutmut_9'] = x__jsonable_content__mutmut_9 # type: ignore # mutmut generated
mutants_x__jsonable_content__mutmut['x__jsonable_content__mutmut_10'] = x__jsonable_content__mutmut_10 # type: ignore # mutmut generated
mutants_x__jsonable_content__mutmut['x__jsonable_content__mutmut_11'] = x__jsonable_content__mutmut_11 # type: ignore # mutmut generated
mutants_x__jsonable_output__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__jsonable_output__mutmut)
def _jsonable_output(value: Any) -> Any:
    from pydantic import BaseModel, TypeAdapter

    if isinstance(value, BaseModel):
        return value.model_dump(mode="json")
    try:
        return TypeAdapter(Any).dump_python(value, mode="json")
    except Exception:  # noqa: BLE001  an output that is not JSON-able is described rather than lost
        return repr(value)


def x__jsonable_output__mutmut_orig(value: Any) -> Any:
    from pydantic import BaseModel, TypeAdapter

    if isinstance(value, BaseModel):
        return value.model_dump(mode="json")
    try:
        return TypeAdapter(Any).dump_python(value, mode="json")
    except Exception:  # noqa: BLE001  an output that is not JSON-able is described rather than lost
        return repr(value)


def x__jsonable_output__mutmut_1(value: Any) -> Any:
    from pydantic import BaseModel, TypeAdapter

    if isinstance(value, BaseModel):
        return value.model_dump(mode=None)
    try:
        return TypeAdapter(Any).dump_python(value, mode="json")
    except Exception:  # noqa: BLE001  an output that is not JSON-able is described rather than lost
        return repr(value)


def x__jsonable_output__mutmut_2(value: Any) -> Any:
    from pydantic import BaseModel, TypeAdapter

    if isinstance(value, BaseModel):
        return value.model_dump(mode="XXjsonXX")
    try:
        return TypeAdapter(Any).dump_python(value, mode="json")
    except Exception:  # noqa: BLE001  an output that is not JSON-able is described rather than lost
        return repr(value)


def x__jsonable_output__mutmut_3(value: Any) -> Any:
    from pydantic import BaseModel, TypeAdapter

    if isinstance(value, BaseModel):
        return value.model_dump(mode="JSON")
    try:
        return TypeAdapter(Any).dump_python(value, mode="json")
    except Exception:  # noqa: BLE001  an output that is not JSON-able is described rather than lost
        return repr(value)


def x__jsonable_output__mutmut_4(value: Any) -> Any:
    from pydantic import BaseModel, TypeAdapter

    if isinstance(value, BaseModel):
        return value.model_dump(mode="json")
    try:
        return TypeAdapter(Any).dump_python(None, mode="json")
    except Exception:  # noqa: BLE001  an output that is not JSON-able is described rather than lost
        return repr(value)


def x__jsonable_output__mutmut_5(value: Any) -> Any:
    from pydantic import BaseModel, TypeAdapter

    if isinstance(value, BaseModel):
        return value.model_dump(mode="json")
    try:
        return TypeAdapter(Any).dump_python(value, mode=None)
    except Exception:  # noqa: BLE001  an output that is not JSON-able is described rather than lost
        return repr(value)


def x__jsonable_output__mutmut_6(value: Any) -> Any:
    from pydantic import BaseModel, TypeAdapter

    if isinstance(value, BaseModel):
        return value.model_dump(mode="json")
    try:
        return TypeAdapter(Any).dump_python(mode="json")
    except Exception:  # noqa: BLE001  an output that is not JSON-able is described rather than lost
        return repr(value)


def x__jsonable_output__mutmut_7(value: Any) -> Any:
    from pydantic import BaseModel, TypeAdapter

    if isinstance(value, BaseModel):
        return value.model_dump(mode="json")
    try:
        return TypeAdapter(Any).dump_python(value, )
    except Exception:  # noqa: BLE001  an output that is not JSON-able is described rather than lost
        return repr(value)


def x__jsonable_output__mutmut_8(value: Any) -> Any:
    from pydantic import BaseModel, TypeAdapter

    if isinstance(value, BaseModel):
        return value.model_dump(mode="json")
    try:
        return TypeAdapter(None).dump_python(value, mode="json")
    except Exception:  # noqa: BLE001  an output that is not JSON-able is described rather than lost
        return repr(value)


def x__jsonable_output__mutmut_9(value: Any) -> Any:
    from pydantic import BaseModel, TypeAdapter

    if isinstance(value, BaseModel):
        return value.model_dump(mode="json")
    try:
        return TypeAdapter(Any).dump_python(value, mode="XXjsonXX")
    except Exception:  # noqa: BLE001  an output that is not JSON-able is described rather than lost
        return repr(value)


def x__jsonable_output__mutmut_10(value: Any) -> Any:
    from pydantic import BaseModel, TypeAdapter

    if isinstance(value, BaseModel):
        return value.model_dump(mode="json")
    try:
        return TypeAdapter(Any).dump_python(value, mode="JSON")
    except Exception:  # noqa: BLE001  an output that is not JSON-able is described rather than lost
        return repr(value)


def x__jsonable_output__mutmut_11(value: Any) -> Any:
    from pydantic import BaseModel, TypeAdapter

    if isinstance(value, BaseModel):
        return value.model_dump(mode="json")
    try:
        return TypeAdapter(Any).dump_python(value, mode="json")
    except Exception:  # noqa: BLE001  an output that is not JSON-able is described rather than lost
        return repr(None)

mutants_x__jsonable_output__mutmut['_mutmut_orig'] = x__jsonable_output__mutmut_orig # type: ignore # mutmut generated
mutants_x__jsonable_output__mutmut['x__jsonable_output__mutmut_1'] = x__jsonable_output__mutmut_1 # type: ignore # mutmut generated
mutants_x__jsonable_output__mutmut['x__jsonable_output__mutmut_2'] = x__jsonable_output__mutmut_2 # type: ignore # mutmut generated
mutants_x__jsonable_output__mutmut['x__jsonable_output__mutmut_3'] = x__jsonable_output__mutmut_3 # type: ignore # mutmut generated
mutants_x__jsonable_output__mutmut['x__jsonable_output__mutmut_4'] = x__jsonable_output__mutmut_4 # type: ignore # mutmut generated
mutants_x__jsonable_output__mutmut['x__jsonable_output__mutmut_5'] = x__jsonable_output__mutmut_5 # type: ignore # mutmut generated
mutants_x__jsonable_output__mutmut['x__jsonable_output__mutmut_6'] = x__jsonable_output__mutmut_6 # type: ignore # mutmut generated
mutants_x__jsonable_output__mutmut['x__jsonable_output__mutmut_7'] = x__jsonable_output__mutmut_7 # type: ignore # mutmut generated
mutants_x__jsonable_output__mutmut['x__jsonable_output__mutmut_8'] = x__jsonable_output__mutmut_8 # type: ignore # mutmut generated
mutants_x__jsonable_output__mutmut['x__jsonable_output__mutmut_9'] = x__jsonable_output__mutmut_9 # type: ignore # mutmut generated
mutants_x__jsonable_output__mutmut['x__jsonable_output__mutmut_10'] = x__jsonable_output__mutmut_10 # type: ignore # mutmut generated
mutants_x__jsonable_output__mutmut['x__jsonable_output__mutmut_11'] = x__jsonable_output__mutmut_11 # type: ignore # mutmut generated
