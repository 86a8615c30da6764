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

A tool is one of two small classes sharing :class:`Tool`'s declaration, policy and invocation:
:class:`FunctionTool` (``@tool``, :meth:`Tool.from_function`: a Python function, validated by the
argument model its signature gives) and :class:`SchemaTool` (:meth:`Tool.from_schema`: a raw JSON
Schema and a *handler* ``(arguments, ctx)`` that always runs in the agent's process; ``runs_in=
"sandbox"`` there means its effects happen through ``ctx.sandbox``, which is how the built-in tools
are made). The policy options are :class:`~agentkit.tool.policy.ToolPolicy`'s, given as keywords.

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
from typing import Any, Final, Literal, TypeVar, overload

import anyio
import anyio.to_thread
import jsonschema
import jsonschema.validators
from pydantic import BaseModel
from typing_extensions import Unpack

from agentkit.gemma4.schema import SchemaTranslation, SchemaTranslationError, to_gemma_declaration
from agentkit.problems import from_jsonschema
from agentkit.sandbox.base import RemoteError, SandboxTimeout
from agentkit.tool.context import RunContext
from agentkit.tool.policy import DEFAULT, PolicyOptions, RunsIn, ToolPolicy
from agentkit.tool.results import ToolError, ToolResult, error_result, ok_result
from agentkit.tool.shipping import (
    INSTALLED,
    ModuleInstaller,
    SandboxModule,
    prepare_sandbox_module,
    require_module_level_function,
)
from agentkit.tool.signature import (
    FunctionSpec,
    ToolArgumentsInvalid,
    ToolDefinitionError,
    ToolDefinitionWarning,
    inspect_function,
    not_a_mapping,
)

__all__ = [
    "DEFAULT",
    "FunctionTool",
    "RunContext",
    "RunsIn",
    "SchemaTool",
    "Tool",
    "ToolArgumentsInvalid",
    "ToolDefinitionError",
    "ToolError",
    "ToolPolicy",
    "ToolResult",
    "tool",
]

Handler = Callable[[dict[str, Any], RunContext[Any]], Any]
F = TypeVar("F", bound=Callable[..., Any])

#: Tool names the Gemma 4 call syntax and every known parser accept (``call:NAME{``).
TOOL_NAME_PATTERN: Final = re.compile(r"[A-Za-z_][A-Za-z0-9_.\-]{0,63}")

# A sandboxed call also has the sandbox's own timeout; this is how much longer the host waits for it.
_SANDBOX_GRACE_S: Final = 10.0


class Tool:
    """A tool the model can call: a :class:`FunctionTool` or a :class:`SchemaTool`.

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

    #: The Python function behind a function tool (None for schema tools).
    function: Callable[..., Any] | None = None
    #: What is installed in the sandbox for a sandboxed function tool.
    sandbox_module: SandboxModule | None = None

    def __init__(
        self, *, name: str, description: str, json_schema: dict[str, Any], policy: ToolPolicy
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

    @staticmethod
    def from_function(
        function: Callable[..., Any],
        *,
        name: str | None = None,
        description: str | None = None,
        policy: ToolPolicy | None = None,
        **options: Unpack[PolicyOptions],
    ) -> FunctionTool:
        """A tool from a sync or async function, method, staticmethod or classmethod.

        The arguments' schema comes from the type hints and the docstring; ``name`` and
        ``description`` override the function's name and docstring. Policy options given here
        override ``policy`` (default :class:`ToolPolicy`, which runs in the sandbox).
        """
        return FunctionTool.build(
            function, name=name, description=description, policy=_policy(policy, options, "@tool")
        )

    @staticmethod
    def from_schema(
        name: str,
        parameters: Mapping[str, Any],
        handler: Handler,
        *,
        description: str = "",
        policy: ToolPolicy | None = None,
        **options: Unpack[PolicyOptions],
    ) -> SchemaTool:
        """A tool from a raw JSON Schema for its arguments and a handler ``(arguments, ctx) -> value``.

        The schema is checked against its metaschema now; arguments are validated against it at call
        time (``format`` included where jsonschema can check it), and top-level ``default`` values
        are filled in before the handler sees them. The handler (sync or async) runs in the agent's
        process; ``runs_in`` (required unless ``policy`` is given) says where its effects happen:
        ``"sandbox"`` means it works through ``ctx.sandbox``, and a call without a sandbox fails
        with an error result.
        """
        if policy is None and options.get("runs_in", DEFAULT) is DEFAULT:
            raise ToolDefinitionError(
                f"tool {name}: Tool.from_schema needs runs_in='host' or runs_in='sandbox' (where the "
                "handler's effects happen), or a policy"
            )
        return SchemaTool.build(
            name,
            parameters,
            handler,
            description=description,
            policy=_policy(policy, options, f"tool {name}"),
        )

    def with_policy(self, **changes: Unpack[PolicyOptions]) -> Tool:
        """A copy with some policy options changed."""
        clone = copy.copy(self)
        clone.policy = _policy(self.policy, changes, f"tool {self.name}")
        return clone

    # ------------------------------------------------------------------------------- invocation

    def validate(self, arguments: Mapping[str, Any]) -> Any:
        """Validate ``arguments`` without running anything; :class:`ToolArgumentsInvalid` if they do
        not fit. Returns the validated argument model (function tools) or argument dict (schema tools)."""
        raise NotImplementedError

    async def _run(self, validated: Any, ctx: RunContext[Any]) -> Any:
        raise NotImplementedError

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
        shipped = self.sandbox_module is not None
        guard = None if timeout is None else timeout + (_SANDBOX_GRACE_S if shipped else 0.0)
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

    # -------------------------------------------------------------------------- python protocol

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        """Call the underlying function directly (no validation, no policy)."""
        raise NotImplementedError

    @property
    def is_bound(self) -> bool:
        """False only for a method tool taken from its class (it needs an instance to run)."""
        return True

    def __repr__(self) -> str:
        return f"{type(self).__name__}(name={self.name!r}, runs_in={self.policy.runs_in!r}, read_only={self.policy.read_only})"


class FunctionTool(Tool):
    """A tool backed by a Python function: the argument model comes from its signature and docstring;
    a sandboxed one is shipped into the sandbox and called there."""

    def __init__(
        self,
        *,
        name: str,
        description: str,
        policy: ToolPolicy,
        function: Callable[..., Any],
        spec: FunctionSpec,
        bind: Literal["instance", "class"] | None,
        sandbox_module: SandboxModule | None,
    ) -> None:
        super().__init__(name=name, description=description, json_schema=spec.json_schema, policy=policy)
        self.function = function
        self.spec = spec
        self.is_async = inspect.iscoroutinefunction(function)
        self.bind = bind
        self.bound_to: Any = None
        self.sandbox_module = sandbox_module

    @classmethod
    def build(
        cls, function: Callable[..., Any], *, name: str | None, description: str | None, policy: ToolPolicy
    ) -> FunctionTool:
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
        sandbox_module = None
        if policy.runs_in == "sandbox":
            if bind is not None:
                raise ToolDefinitionError(
                    f"tool {tool_name} runs in the sandbox (the default), but methods cannot be shipped there; "
                    "declare it with runs_in='host', or make it a module-level function"
                )
            require_module_level_function(function, tool_name)
        spec = inspect_function(function, tool_name=tool_name, skip_first=bind is not None)
        if policy.runs_in == "sandbox":
            sandbox_module = prepare_sandbox_module(
                function,
                tool_name=tool_name,
                hints=typing.get_type_hints(function, include_extras=True),
                sandbox_imports=policy.sandbox_imports,
            )
        text = spec.description if description is None else description
        if not text:
            warnings.warn(
                f"tool {tool_name} has no description: the model sees only its name; add a docstring",
                ToolDefinitionWarning,
                stacklevel=3,
            )
        made = cls(
            name=tool_name, description=text, policy=policy, function=function, spec=spec, bind=bind,
            sandbox_module=sandbox_module,
        )  # fmt: skip
        functools.update_wrapper(made, function, updated=())
        return made

    def with_policy(self, **changes: Unpack[PolicyOptions]) -> Tool:
        """A copy with some policy options changed (a ``runs_in`` change re-runs the placement checks)."""
        policy = _policy(self.policy, changes, f"tool {self.name}")
        if policy.runs_in == self.policy.runs_in:
            return super().with_policy(**changes)
        assert self.function is not None
        original: Any = classmethod(self.function) if self.bind == "class" else self.function
        rebuilt = FunctionTool.build(original, name=self.name, description=self.description, policy=policy)
        rebuilt.bound_to = self.bound_to
        return rebuilt

    def validate(self, arguments: Mapping[str, Any]) -> BaseModel:
        return self.spec.validate(self.name, arguments, self.translation.lookup_schema)

    def target(self) -> Callable[..., Any]:
        assert self.function is not None
        if self.bind is None:
            return self.function
        if self.bound_to is None:
            raise TypeError(
                f"{self.function.__qualname__} is a method tool used without an instance; "
                "take it from an instance (obj.method) or a class (for classmethods)"
            )
        return functools.partial(self.function, self.bound_to)

    async def _run(self, validated: Any, ctx: RunContext[Any]) -> Any:
        if self.sandbox_module is not None:
            return await self._run_in_sandbox(self.sandbox_module, validated, ctx)
        args, kwargs = self.spec.call_arguments(validated, ctx)
        target = self.target()
        if self.is_async:
            return await target(*args, **kwargs)
        value = await anyio.to_thread.run_sync(
            functools.partial(target, *args, **kwargs), abandon_on_cancel=True
        )
        if inspect.isawaitable(value):
            value = await value
        return value

    async def _run_in_sandbox(self, module: SandboxModule, validated: Any, ctx: RunContext[Any]) -> Any:
        sandbox = ctx.sandbox
        assert sandbox is not None  # checked by invoke
        if not isinstance(sandbox, ModuleInstaller):
            raise ToolError(
                f"Tool {self.name} needs its module installed in the sandbox, but this sandbox "
                f"({type(sandbox).__name__}) cannot install modules."
            )
        await INSTALLED.ensure(sandbox, module)
        return await sandbox.call_python(
            module.entry or module.module,
            module.function,
            self.spec.json_arguments(validated),
            timeout=self.policy.timeout_s,
        )

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        return self.target()(*args, **kwargs)

    def __get__(self, instance: Any, owner: type | None = None) -> Tool:
        """Method tools bind like methods: ``obj.search`` is a tool bound to ``obj``."""
        if self.bind is None:
            return self
        target = owner if self.bind == "class" else instance
        if target is None:
            return self
        bound = copy.copy(self)
        bound.bound_to = target
        return bound

    @property
    def is_bound(self) -> bool:
        return self.bind is None or self.bound_to is not None


class SchemaTool(Tool):
    """A tool backed by a raw JSON Schema and a handler ``(arguments, ctx)`` that runs in the agent's
    process, after jsonschema validation and with top-level defaults filled in."""

    def __init__(
        self,
        *,
        name: str,
        description: str,
        json_schema: dict[str, Any],
        policy: ToolPolicy,
        handler: Handler,
        validator: Any,  # a jsonschema validator instance
    ) -> None:
        super().__init__(name=name, description=description, json_schema=json_schema, policy=policy)
        self.handler = handler
        self.validator = validator
        self.defaults = {
            key: sub["default"]
            for key, sub in (json_schema.get("properties") or {}).items()
            if isinstance(sub, Mapping) and "default" in sub
        }

    @classmethod
    def build(
        cls,
        name: str,
        parameters: Mapping[str, Any],
        handler: Handler,
        *,
        description: str,
        policy: ToolPolicy,
    ) -> SchemaTool:
        schema = dict(parameters)
        validator_class = jsonschema.validators.validator_for(schema, default=jsonschema.Draft202012Validator)
        try:
            validator_class.check_schema(schema)
        except jsonschema.SchemaError as exc:
            where = "/".join(str(p) for p in exc.absolute_path) or "(root)"
            raise ToolDefinitionError(
                f"tool {name}: parameters is not a valid JSON Schema: {exc.message} (at {where})"
            ) from None
        if not callable(handler):
            raise ToolDefinitionError(f"tool {name}: handler must be callable, not {type(handler).__name__}")
        validator = validator_class(schema, format_checker=validator_class.FORMAT_CHECKER)
        return cls(
            name=name, description=description, json_schema=schema, policy=policy, handler=handler,
            validator=validator,
        )  # fmt: skip

    def validate(self, arguments: Mapping[str, Any]) -> dict[str, Any]:
        if not isinstance(arguments, Mapping):
            raise ToolArgumentsInvalid(self.name, [not_a_mapping(arguments)])
        errors = list(self.validator.iter_errors(dict(arguments)))
        if errors:
            raise ToolArgumentsInvalid(self.name, from_jsonschema(errors, self.translation.lookup_schema))
        return {**self.defaults, **arguments}

    async def _run(self, validated: Any, ctx: RunContext[Any]) -> Any:
        if inspect.iscoroutinefunction(self.handler):
            return await self.handler(dict(validated), ctx)
        value = await anyio.to_thread.run_sync(self.handler, dict(validated), ctx, abandon_on_cancel=True)
        return await value if inspect.isawaitable(value) else value

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        return self.handler(*args, **kwargs)


# ------------------------------------------------------------------------------------ decorator


@overload
def tool(function: F, /) -> FunctionTool: ...


@overload
def tool(
    *,
    name: str | None = None,
    description: str | None = None,
    policy: ToolPolicy | None = None,
    **options: Unpack[PolicyOptions],
) -> Callable[[F], FunctionTool]: ...


def tool(
    function: Any = None,
    /,
    *,
    name: str | None = None,
    description: str | None = None,
    policy: ToolPolicy | None = None,
    **options: Unpack[PolicyOptions],
) -> FunctionTool | Callable[[F], FunctionTool]:
    """Declare a function (sync or async), method, staticmethod or classmethod as a tool.

    Used bare (``@tool``) or with options (``@tool(runs_in="host", timeout_s=5)``); see
    :class:`ToolPolicy` for the options and the module docstring for where tools run. Without
    ``runs_in="host"`` the tool runs in the sandbox.
    """
    resolved = _policy(policy, options, "@tool")

    def decorate(target: F) -> FunctionTool:
        return FunctionTool.build(target, name=name, description=description, policy=resolved)

    if function is not None:
        return decorate(function)
    return decorate


# -------------------------------------------------------------------------------------- helpers


def _policy(base: ToolPolicy | None, options: Mapping[str, Any], where: str) -> ToolPolicy:
    """``base`` (default: ToolPolicy()) with ``options`` applied; a bad option is a ToolDefinitionError."""
    if base is not None and not isinstance(base, ToolPolicy):
        raise ToolDefinitionError(f"{where}: policy must be a ToolPolicy, not {type(base).__name__}")
    try:
        return (base or ToolPolicy()).updated(**options)
    except (TypeError, ValueError) as exc:
        raise ToolDefinitionError(f"{where}: {exc}") from None


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
