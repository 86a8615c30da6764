"""Paths written in a task file: environment variables expanded, relative to the task file's folder.

``${VAR}`` is the variable's value (an error when it is not set), ``${VAR:-default}`` falls back to
``default`` when it is unset or empty, ``~`` is the home directory. What remains, if relative, is
joined to the folder of the task file, so a task runs the same from any working directory.
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from pathlib import Path

_VARIABLE = re.compile(r"\$\{(?P<name>[A-Za-z_][A-Za-z0-9_]*)(?::-(?P<default>[^}]*))?\}")


def expand_variables(text: str, environ: Mapping[str, str] | None = None) -> str:
    """``text`` with each ``${VAR}`` / ``${VAR:-default}`` replaced; ValueError names an unset variable."""
    env = os.environ if environ is None else environ

    def substitute(match: re.Match[str]) -> str:
        name, default = match.group("name"), match.group("default")
        value = env.get(name)
        if value:
            return value
        if default is not None:
            return default
        if value is not None:  # set but empty, and no default: an empty path piece is never meant
            raise ValueError(
                f"environment variable {name} is empty (write ${{{name}:-default}} for a fallback)"
            )
        raise ValueError(
            f"environment variable {name} is not set (write ${{{name}:-default}} for a fallback)"
        )

    expanded = _VARIABLE.sub(substitute, text)
    if "${" in expanded:
        raise ValueError(f"{text!r}: write variables as ${{NAME}} or ${{NAME:-default}}")
    return expanded


def resolve_path(text: str, base_dir: Path | None, environ: Mapping[str, str] | None = None) -> str:
    """The absolute path ``text`` names, read as a task file path (see the module docstring)."""
    if not text.strip():
        raise ValueError("a path may not be empty")
    expanded = os.path.expanduser(expand_variables(text, environ))
    path = Path(expanded)
    if not path.is_absolute():
        path = (base_dir or Path.cwd()) / path
    return os.path.normpath(path)
