"""Tools: ``@tool`` functions and methods, ``Tool`` objects from a raw JSON Schema, and their policies.

Where a tool runs (``runs_in``) is part of its declaration, and the default is the sandbox::

    @tool(runs_in="host", read_only=True)      # explicit opt-in: runs in the agent's process
    async def weather(city: str, ctx: RunContext[Deps]) -> dict: ...

    @tool                                      # default: shipped into the sandbox and run there
    def count_lines(path: str) -> int: ...

A sandboxed function tool must be able to run there (module-level function, standard-library
imports, JSON-typed parameters; see :mod:`agentkit.tool.shipping`); when it cannot, declaring it
raises :class:`ToolDefinitionError` saying what to change, or to declare ``runs_in="host"``. So a
tool only ever runs on the host because someone wrote ``runs_in="host"``.

For a :meth:`Tool.from_schema` tool the code is a *handler* ``(arguments, ctx)`` that always runs in
the agent's process; ``runs_in="sandbox"`` there means its effects happen through ``ctx.sandbox``
(the run must have one). That is how the built-in tools are made.

The agent loop calls :meth:`Tool.invoke`, which validates the arguments (a failure never reaches the
function and comes back as an ``invalid_arguments`` result naming each field), runs the tool under
its timeout without blocking the event loop, and returns a :class:`~agentkit.tool.results.ToolResult`.
"""

from __future__ import annotations

import copy
import functools
import inspect
import re
import time
import typing
import warnings
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from typing import Any, Final, Literal, TypeVar, overload

import anyio
import anyio.to_thread
import jsonschema
import jsonschema.validators

from agentkit.gemma4.schema import SchemaTranslation, SchemaTranslationError, to_gemma_declaration
from agentkit.sandbox.base import RemoteError, SandboxTimeout
from agentkit.tool.context import RunContext
from agentkit.tool.results import ToolError, ToolResult, error_result, ok_result
from agentkit.tool.shipping import (
    INSTALLED,
    ModuleInstaller,
    SandboxModule,
    prepare_sandbox_module,
    require_module_level_function,
)
from agentkit.tool.signature import (
    ArgumentProblem,
    FunctionSpec,
    ToolArgumentsInvalid,
    ToolDefinitionError,
    ToolDefinitionWarning,
    inspect_function,
    jsonschema_problems,
)

__all__ = [
    "RunContext",
    "RunsIn",
    "Tool",
    "ToolArgumentsInvalid",
    "ToolDefinitionError",
    "ToolError",
    "ToolPolicy",
    "ToolResult",
    "tool",
]

RunsIn = Literal["host", "sandbox"]
Handler = Callable[[dict[str, Any], RunContext[Any]], Any]
F = TypeVar("F", bound=Callable[..., Any])

#: Tool names the Gemma 4 call syntax and every known parser accept (``call:NAME{``).
TOOL_NAME_PATTERN: Final = re.compile(r"[A-Za-z_][A-Za-z0-9_.\-]{0,63}")

# A sandboxed call also has the sandbox's own timeout; this is how much longer the host waits for it.
_SANDBOX_GRACE_S: Final = 10.0


@dataclass(frozen=True)
class ToolPolicy:
    """How a tool is run.

    * ``runs_in``: ``"sandbox"`` (default) or ``"host"`` (the agent's process; explicit opt-in).
    * ``timeout_s``: wall-clock limit per call (``None``: no limit). A host tool is cancelled (a sync
      function's thread cannot be killed: it is abandoned and its result discarded); a sandboxed
      call's processes are killed by the sandbox.
    * ``read_only``: the tool changes nothing, so calls may run in parallel (:attr:`parallel_safe`).
    * ``idempotent``: repeating a call has no further effect (safe to retry).
    * ``max_output_chars``: the model sees at most this many characters of output, head and tail
      kept around a visible marker (0: no limit).
    * ``sandbox_imports``: top-level packages the sandbox image has besides the standard library,
      which a sandboxed tool's module may import.
    """

    runs_in: RunsIn = "sandbox"
    timeout_s: float | None = 60.0
    read_only: bool = False
    idempotent: bool = False
    max_output_chars: int = 16_000
    sandbox_imports: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        if self.runs_in not in ("host", "sandbox"):
            raise ValueError(f"runs_in must be 'host' or 'sandbox', not {self.runs_in!r}")
        if self.timeout_s is not None and not self.timeout_s > 0:
            raise ValueError(f"timeout_s must be positive or None, not {self.timeout_s!r}")
        if self.max_output_chars < 0:
            raise ValueError(f"max_output_chars must be >= 0 (0 means no limit), not {self.max_output_chars}")

    @property
    def parallel_safe(self) -> bool:
        """Calls may be dispatched concurrently with other calls (the tool is read-only)."""
        return self.read_only


@dataclass
class _FunctionCall:
    """How a Python-function tool is called: the function, its argument spec, and its binding."""

    function: Callable[..., Any]
    spec: FunctionSpec
    is_async: bool
    bind: Literal["instance", "class"] | None = None
    bound_to: Any = None
    sandbox_module: SandboxModule | None = None

    def target(self) -> Callable[..., Any]:
        if self.bind is None:
            return self.function
        if self.bound_to is None:
            raise TypeError(
                f"{self.function.__qualname__} is a method tool used without an instance; "
                "take it from an instance (obj.method) or a class (for classmethods)"
            )
        return functools.partial(self.function, self.bound_to)


@dataclass
class _HandlerCall:
    """How a raw-schema tool is called: a handler ``(arguments, ctx)`` after jsonschema validation."""

    handler: Handler
    validator: Any  # a jsonschema validator instance
    defaults: dict[str, Any] = field(default_factory=dict)


class Tool:
    """A tool the model can call.

    Build one with :func:`tool` / :meth:`Tool.from_function` (from a Python function) or
    :meth:`Tool.from_schema` (from a JSON Schema and a handler). Attributes for the agent loop:

    * ``name``, ``description``: as declared to the model.
    * ``declaration``: the OpenAI-format tool dict after schema translation, what the renderer takes.
    * ``json_schema``: the arguments' original JSON Schema; ``translation`` the report of what was
      folded into descriptions; ``schema_for_parser``: the schema the output parser types values by
      (the original JSON Schema, which it reads in full).
    * ``policy``: a :class:`ToolPolicy`.

    Calling the tool object directly (``my_tool(x=1)``) calls the underlying function unchanged.
    """

    def __init__(
        self,
        *,
        name: str,
        description: str,
        json_schema: dict[str, Any],
        policy: ToolPolicy,
        call: _FunctionCall | _HandlerCall,
    ) -> None:
        if not isinstance(name, str) or not TOOL_NAME_PATTERN.fullmatch(name):
            raise ToolDefinitionError(
                f"tool name {name!r} is not usable in Gemma's call syntax: use letters, digits, '_', '-' or '.', "
                "starting with a letter or '_', at most 64 characters"
            )
        self.name = name
        self.description = description
        self.json_schema = json_schema
        self.policy = policy
        self._call = call
        try:
            self.declaration, translation = to_gemma_declaration(name, description, json_schema)
        except SchemaTranslationError as exc:
            raise ToolDefinitionError(f"tool {name}: {exc}") from None
        assert translation is not None
        self.translation: SchemaTranslation = translation
        # The output parser reads full JSON Schema (anyOf, $ref, prefixItems), so it gets the original:
        # `int | str` keeps both types there, where the Gemma subset shows one.
        self.schema_for_parser: dict[str, Any] = json_schema

    # ------------------------------------------------------------------------------ constructors

    @classmethod
    def from_function(
        cls,
        function: Callable[..., Any],
        *,
        name: str | None = None,
        description: str | None = None,
        policy: ToolPolicy | None = None,
        runs_in: RunsIn | None = None,
        timeout_s: float | None | Literal["default"] = "default",
        read_only: bool | None = None,
        idempotent: bool | None = None,
        max_output_chars: int | None = None,
        sandbox_imports: tuple[str, ...] | None = None,
    ) -> Tool:
        """A tool from a sync or async function, method, staticmethod or classmethod.

        The arguments' schema comes from the type hints and the docstring; ``name`` and
        ``description`` override the function's name and docstring. Policy fields given here
        override ``policy`` (default :class:`ToolPolicy`, which runs in the sandbox).
        """
        resolved = _merge_policy(
            policy, runs_in, timeout_s, read_only, idempotent, max_output_chars, sandbox_imports
        )
        bind: Literal["instance", "class"] | None = None
        if isinstance(function, staticmethod):
            function = function.__func__
        elif isinstance(function, classmethod):
            function, bind = function.__func__, "class"
        elif _looks_like_method(function):
            bind = "instance"
        if not callable(function):
            raise ToolDefinitionError(f"@tool needs a function, not {type(function).__name__}")
        tool_name: str = name or str(getattr(function, "__name__", ""))
        if resolved.runs_in == "sandbox":
            if bind is not None:
                raise ToolDefinitionError(
                    f"tool {tool_name} runs in the sandbox (the default), but methods cannot be shipped there; "
                    "declare it with runs_in='host', or make it a module-level function"
                )
            require_module_level_function(function, tool_name)
        spec = inspect_function(function, tool_name=tool_name, skip_first=bind is not None)
        sandbox_module = None
        if resolved.runs_in == "sandbox":
            sandbox_module = prepare_sandbox_module(
                function,
                tool_name=tool_name,
                hints=typing.get_type_hints(function, include_extras=True),
                sandbox_imports=resolved.sandbox_imports,
            )
        text = spec.description if description is None else description
        if not text:
            warnings.warn(
                f"tool {tool_name} has no description: the model sees only its name; add a docstring",
                ToolDefinitionWarning,
                stacklevel=3,
            )
        call = _FunctionCall(
            function=function,
            spec=spec,
            is_async=inspect.iscoroutinefunction(function),
            bind=bind,
            sandbox_module=sandbox_module,
        )
        made = cls(name=tool_name, description=text, json_schema=spec.json_schema, policy=resolved, call=call)
        functools.update_wrapper(made, function, updated=())
        return made

    @classmethod
    def from_schema(
        cls,
        name: str,
        parameters: Mapping[str, Any],
        handler: Handler,
        *,
        description: str = "",
        runs_in: RunsIn,
        timeout_s: float | None = 60.0,
        read_only: bool = False,
        idempotent: bool = False,
        max_output_chars: int = 16_000,
    ) -> Tool:
        """A tool from a raw JSON Schema for its arguments and a handler ``(arguments, ctx) -> value``.

        The schema is checked against its metaschema now; arguments are validated against it at call
        time (``format`` included where jsonschema can check it), and top-level ``default`` values
        are filled in before the handler sees them. The handler (sync or async) runs in the agent's
        process; ``runs_in`` (required) says where its effects happen: ``"sandbox"`` means it works
        through ``ctx.sandbox``, and a call without a sandbox fails with an error result.
        """
        policy = ToolPolicy(
            runs_in=runs_in,
            timeout_s=timeout_s,
            read_only=read_only,
            idempotent=idempotent,
            max_output_chars=max_output_chars,
        )
        schema = dict(parameters)
        validator_class = jsonschema.validators.validator_for(schema, default=jsonschema.Draft202012Validator)
        try:
            validator_class.check_schema(schema)
        except jsonschema.SchemaError as exc:
            where = "/".join(str(p) for p in exc.absolute_path) or "(root)"
            raise ToolDefinitionError(
                f"tool {name}: parameters is not a valid JSON Schema: {exc.message} (at {where})"
            ) from None
        validator = validator_class(schema, format_checker=validator_class.FORMAT_CHECKER)
        defaults = {
            key: sub["default"]
            for key, sub in (schema.get("properties") or {}).items()
            if isinstance(sub, Mapping) and "default" in sub
        }
        if not callable(handler):
            raise ToolDefinitionError(f"tool {name}: handler must be callable, not {type(handler).__name__}")
        return cls(
            name=name,
            description=description,
            json_schema=schema,
            policy=policy,
            call=_HandlerCall(handler=handler, validator=validator, defaults=defaults),
        )

    def with_policy(self, **changes: Any) -> Tool:
        """A copy with some policy fields changed (``runs_in`` changes re-run the placement checks)."""
        policy = replace(self.policy, **changes)
        if isinstance(self._call, _FunctionCall) and policy.runs_in != self.policy.runs_in:
            original = self._call.function
            wrapped: Any = classmethod(original) if self._call.bind == "class" else original
            rebuilt = Tool.from_function(wrapped, name=self.name, description=self.description, policy=policy)
            rebuilt._call.bound_to = self._call.bound_to  # type: ignore[union-attr]
            return rebuilt
        clone = copy.copy(self)
        clone.policy = policy
        return clone

    # ------------------------------------------------------------------------------- invocation

    def validate(self, arguments: Mapping[str, Any]) -> Any:
        """Validate ``arguments`` without running anything; :class:`ToolArgumentsInvalid` if they do
        not fit. Returns the validated argument model (function tools) or argument dict (schema tools)."""
        if isinstance(self._call, _FunctionCall):
            return self._call.spec.validate(self.name, arguments, self.translation.lookup_schema)
        if not isinstance(arguments, Mapping):
            problem = ArgumentProblem(
                "", "invalid", "object", arguments, "Arguments must be a mapping of names to values."
            )
            raise ToolArgumentsInvalid(self.name, [problem])
        errors = list(self._call.validator.iter_errors(dict(arguments)))
        if errors:
            raise ToolArgumentsInvalid(self.name, jsonschema_problems(errors, self.translation.lookup_schema))
        return {**self._call.defaults, **arguments}

    async def invoke(
        self, arguments: Mapping[str, Any], ctx: RunContext[Any] | None = None, *, call_id: str | None = None
    ) -> ToolResult:
        """Validate, then run the tool under its policy. Never raises for the tool's own failures:
        invalid arguments, exceptions, unshowable output and timeouts all come back as a
        :class:`ToolResult` with ``is_error`` set and a message for the model. (Cancellation of the
        caller propagates as usual.)"""
        started = time.perf_counter()
        limit = self.policy.max_output_chars
        context: RunContext[Any] = (ctx or RunContext(deps=None)).for_call(self.name, call_id)

        def failed(
            status: Literal["invalid_arguments", "error", "timeout"],
            message: str,
            exc: BaseException | None = None,
        ) -> ToolResult:
            return error_result(
                self.name, status, message, max_chars=limit, exception=exc,
                duration_s=time.perf_counter() - started, call_id=call_id,
            )  # fmt: skip

        try:
            validated = self.validate(arguments)
        except ToolArgumentsInvalid as exc:
            return failed("invalid_arguments", str(exc), exc)
        if self.policy.runs_in == "sandbox" and context.sandbox is None:
            return failed(
                "error",
                f"Tool {self.name} runs in the sandbox, but this run has no sandbox. "
                "(Configure the agent with a sandbox, or declare the tool with runs_in='host'.)",
            )
        timeout = self.policy.timeout_s
        guard = None if timeout is None else timeout + (_SANDBOX_GRACE_S if self._ships_to_sandbox else 0.0)
        try:
            with anyio.move_on_after(guard) as scope:
                value = await self._run(validated, context)
        except ToolError as exc:
            return failed("error", str(exc), exc)
        except SandboxTimeout as exc:  # the sandbox killed the call's processes at the timeout
            return failed(
                "timeout", f"Tool {self.name} did not finish within {timeout:g} s and was stopped.", exc
            )
        except RemoteError as exc:  # raised inside the sandbox (or could not be imported there)
            return failed("error", _remote_message(exc), exc)
        except Exception as exc:  # the tool's own failure: reported to the model, not raised
            context.logger.debug("tool %s raised %s", self.name, type(exc).__name__, exc_info=exc)
            return failed("error", _describe_exception(exc), exc)
        if scope.cancelled_caught:
            return failed("timeout", f"Tool {self.name} did not finish within {timeout:g} s and was stopped.")
        return ok_result(
            self.name, value, max_chars=limit, duration_s=time.perf_counter() - started, call_id=call_id
        )

    @property
    def _ships_to_sandbox(self) -> bool:
        return isinstance(self._call, _FunctionCall) and self._call.sandbox_module is not None

    async def _run(self, validated: Any, ctx: RunContext[Any]) -> Any:
        call = self._call
        if isinstance(call, _HandlerCall):
            if inspect.iscoroutinefunction(call.handler):
                return await call.handler(dict(validated), ctx)
            value = await anyio.to_thread.run_sync(call.handler, dict(validated), ctx, abandon_on_cancel=True)
            return await value if inspect.isawaitable(value) else value
        if call.sandbox_module is not None:
            return await self._run_in_sandbox(call, call.sandbox_module, validated, ctx)
        args, kwargs = call.spec.call_arguments(validated, ctx)
        target = call.target()
        if call.is_async:
            return await target(*args, **kwargs)
        value = await anyio.to_thread.run_sync(
            functools.partial(target, *args, **kwargs), abandon_on_cancel=True
        )
        if inspect.isawaitable(value):
            value = await value
        return value

    async def _run_in_sandbox(
        self, call: _FunctionCall, module: SandboxModule, validated: Any, ctx: RunContext[Any]
    ) -> Any:
        sandbox = ctx.sandbox
        assert sandbox is not None  # checked by invoke
        if not isinstance(sandbox, ModuleInstaller):
            raise ToolError(
                f"Tool {self.name} needs its module installed in the sandbox, but this sandbox "
                f"({type(sandbox).__name__}) cannot install modules."
            )
        await INSTALLED.ensure(sandbox, module)
        return await sandbox.call_python(
            module.module, module.function, call.spec.json_arguments(validated), timeout=self.policy.timeout_s
        )

    # -------------------------------------------------------------------------- python protocol

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        """Call the underlying function directly (no validation, no policy)."""
        if isinstance(self._call, _HandlerCall):
            return self._call.handler(*args, **kwargs)
        return self._call.target()(*args, **kwargs)

    def __get__(self, instance: Any, owner: type | None = None) -> Tool:
        """Method tools bind like methods: ``obj.search`` is a tool bound to ``obj``."""
        if not isinstance(self._call, _FunctionCall) or self._call.bind is None:
            return self
        target = owner if self._call.bind == "class" else instance
        if target is None:
            return self
        bound = copy.copy(self)
        bound._call = replace(self._call, bound_to=target)
        return bound

    @property
    def is_bound(self) -> bool:
        """False only for a method tool taken from its class (it needs an instance to run)."""
        return (
            not isinstance(self._call, _FunctionCall)
            or self._call.bind is None
            or self._call.bound_to is not None
        )

    @property
    def function(self) -> Callable[..., Any] | None:
        """The Python function behind a function tool (None for schema tools)."""
        return self._call.function if isinstance(self._call, _FunctionCall) else None

    @property
    def sandbox_module(self) -> SandboxModule | None:
        """What is installed in the sandbox for a sandboxed function tool."""
        return self._call.sandbox_module if isinstance(self._call, _FunctionCall) else None

    def __repr__(self) -> str:
        return f"Tool(name={self.name!r}, runs_in={self.policy.runs_in!r}, read_only={self.policy.read_only})"


# ------------------------------------------------------------------------------------ decorator


@overload
def tool(function: F, /) -> Tool: ...


@overload
def tool(
    *,
    name: str | None = None,
    description: str | None = None,
    runs_in: RunsIn | None = None,
    timeout_s: float | None | Literal["default"] = "default",
    read_only: bool | None = None,
    idempotent: bool | None = None,
    max_output_chars: int | None = None,
    sandbox_imports: tuple[str, ...] | None = None,
    policy: ToolPolicy | None = None,
) -> Callable[[F], Tool]: ...


def tool(
    function: Any = None,
    /,
    *,
    name: str | None = None,
    description: str | None = None,
    runs_in: RunsIn | None = None,
    timeout_s: float | None | Literal["default"] = "default",
    read_only: bool | None = None,
    idempotent: bool | None = None,
    max_output_chars: int | None = None,
    sandbox_imports: tuple[str, ...] | None = None,
    policy: ToolPolicy | None = None,
) -> Tool | Callable[[F], Tool]:
    """Declare a function (sync or async), method, staticmethod or classmethod as a tool.

    Used bare (``@tool``) or with options (``@tool(runs_in="host", timeout_s=5)``); see
    :class:`ToolPolicy` for the options and the module docstring for where tools run. Without
    ``runs_in="host"`` the tool runs in the sandbox.
    """

    def decorate(target: F) -> Tool:
        return Tool.from_function(
            target,
            name=name,
            description=description,
            policy=policy,
            runs_in=runs_in,
            timeout_s=timeout_s,
            read_only=read_only,
            idempotent=idempotent,
            max_output_chars=max_output_chars,
            sandbox_imports=sandbox_imports,
        )

    if function is not None:
        return decorate(function)
    return decorate


# -------------------------------------------------------------------------------------- helpers


def _merge_policy(
    policy: ToolPolicy | None,
    runs_in: RunsIn | None,
    timeout_s: float | None | Literal["default"],
    read_only: bool | None,
    idempotent: bool | None,
    max_output_chars: int | None,
    sandbox_imports: tuple[str, ...] | None,
) -> ToolPolicy:
    changes: dict[str, Any] = {}
    if runs_in is not None:
        changes["runs_in"] = runs_in
    if timeout_s != "default":
        changes["timeout_s"] = timeout_s
    if read_only is not None:
        changes["read_only"] = read_only
    if idempotent is not None:
        changes["idempotent"] = idempotent
    if max_output_chars is not None:
        changes["max_output_chars"] = max_output_chars
    if sandbox_imports is not None:
        changes["sandbox_imports"] = tuple(sandbox_imports)
    return replace(policy or ToolPolicy(), **changes)


def _looks_like_method(function: Any) -> bool:
    """A function defined in a class body whose first parameter is ``self``."""
    qualname = getattr(function, "__qualname__", "")
    parts = qualname.split(".")
    if len(parts) < 2 or parts[-2] == "<locals>":
        return False
    try:
        first = next(iter(inspect.signature(function).parameters), None)
    except (TypeError, ValueError):
        return False
    return first == "self"


def _remote_message(exc: RemoteError) -> str:
    """What the model sees of an exception raised inside the sandbox: ``Type: message`` as for a host
    tool (a ToolError: just its message). Import and lookup failures keep the sandbox's full text."""
    text = str(exc)
    marker = f"{exc.type_name}: "
    if exc.stage != "call" or marker not in text:
        return text
    message = text.split(marker, 1)[1]
    short_type = exc.type_name.rsplit(".", 1)[-1]
    return message if short_type == "ToolError" else f"{short_type}: {message}"


def _describe_exception(exc: BaseException) -> str:
    text = str(exc)
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__
