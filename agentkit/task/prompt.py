"""The task's prompt and system prompt: Jinja templates with strict undefined values.

Values come from the task's ``vars:`` (defaults), ``--var name=value`` on the command line (which
win), and ``env`` (the environment: ``{{ env.USER }}``). A name without a value is an error naming
the line, never an empty string in the prompt. Templates run in Jinja's sandboxed environment.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from agentkit.task.errors import Problem, TaskError, problem_at
from agentkit.task.loader import LoadedTask

if TYPE_CHECKING:
    from jinja2 import Template

TEMPLATE_FIELDS = ("system_prompt", "prompt")
_ENV_ATTRIBUTE = re.compile(r"'[\w.]*Environment object' has no attribute '(\w+)'")


class Environment(dict[str, str]):
    """The environment as a template sees it (``{{ env.HOME }}``); a copy, read only by templates."""


@dataclass(frozen=True)
class RenderedPrompts:
    system_prompt: str | None
    prompt: str
    unused_vars: list[str]


def parse_var_options(options: Iterable[str]) -> dict[str, str]:
    """``["name=Ada", "n=3"]`` -> ``{"name": "Ada", "n": "3"}``; ValueError for a malformed one."""
    values: dict[str, str] = {}
    for option in options:
        name, sep, value = option.partition("=")
        name = name.strip()
        if not sep or not name.isidentifier():
            raise ValueError(f"--var {option!r}: expected NAME=VALUE with NAME a Python-style name")
        if name == "env":
            raise ValueError("--var env=...: 'env' is the environment in templates and cannot be set")
        values[name] = value
    return values


def render_prompts(task: LoadedTask, cli_vars: Mapping[str, str]) -> RenderedPrompts:
    """Render the system prompt and prompt, or raise `TaskError` with every problem located."""
    from jinja2 import TemplateSyntaxError, UndefinedError

    values: dict[str, Any] = {**task.spec.vars, **cli_vars, "env": Environment(task.environ)}
    problems: list[Problem] = []
    used: set[str] = set()
    rendered: dict[str, str | None] = {}
    for name in TEMPLATE_FIELDS:
        source = getattr(task.spec, name)
        if source is None:
            rendered[name] = None
            continue
        try:
            template, needed = _compiled(source)
        except TemplateSyntaxError as exc:
            problems.append(
                problem_at(task.located.text_line((name,), exc.lineno), (name,), f"template: {exc.message}")
            )
            continue
        used |= needed
        missing = sorted(needed - values.keys())
        if missing:
            for variable in missing:
                line = _first_line_using(source, variable)
                hint = (
                    f" (the environment variable is {{{{ env.{variable} }}}})"
                    if variable in task.environ
                    else ""
                )
                problems.append(
                    problem_at(
                        task.located.text_line((name,), line),
                        (name,),
                        f"template variable {variable!r} has no value; give it with --var {variable}=VALUE "
                        f"or under vars:{hint}",
                    )
                )
            continue
        try:
            rendered[name] = template.render(values)
        except UndefinedError as exc:
            message = str(exc.message)
            env_name = _ENV_ATTRIBUTE.search(message)
            if env_name:
                message = f"environment variable {env_name.group(1)} is not set"
            problems.append(problem_at(task.mark(name), (name,), f"template: {message}"))
        except Exception as exc:  # noqa: BLE001 - a template is code: any error in it is the task file's
            problems.append(problem_at(task.mark(name), (name,), f"template: {type(exc).__name__}: {exc}"))
    if problems:
        raise TaskError(task.source, problems)
    prompt = rendered["prompt"]
    assert prompt is not None
    if not prompt.strip():
        raise task.error(("prompt",), "the rendered prompt is empty")
    unused = sorted(set(cli_vars) - used)
    return RenderedPrompts(system_prompt=rendered["system_prompt"], prompt=prompt, unused_vars=unused)


@functools.lru_cache(maxsize=256)
def _compiled(source: str) -> tuple[Template, frozenset[str]]:
    """A template compiled once per process, with the variables it needs (a batch renders one task's
    prompt thousands of times)."""
    from jinja2 import StrictUndefined, meta
    from jinja2.sandbox import SandboxedEnvironment

    jinja = SandboxedEnvironment(undefined=StrictUndefined, autoescape=False, keep_trailing_newline=False)
    parsed = jinja.parse(source)
    return jinja.from_string(parsed), frozenset(meta.find_undeclared_variables(parsed))


def _first_line_using(source: str, variable: str) -> int:
    pattern = re.compile(rf"\b{re.escape(variable)}\b")
    for number, line in enumerate(source.splitlines(), start=1):
        if ("{{" in line or "{%" in line) and pattern.search(line):
            return number
    return 1
