"""Running the real `agentkit` entry point in a subprocess, and writing task files for it."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from dataclasses import dataclass
from pathlib import Path

from conftest import REPO_ROOT, SHARED, TOKENIZER_JSON

EXAMPLES = REPO_ROOT / "examples"


def entry_point() -> list[str]:
    """The installed console script when there is one (what users run), else ``python -m``."""
    script = Path(sys.executable).parent / "agentkit"
    if script.is_file():
        return [str(script)]
    return [sys.executable, "-m", "agentkit.cli.app"]


@dataclass
class Done:
    returncode: int
    stdout: str
    stderr: str


def cli_env(extra: dict[str, str] | None = None) -> dict[str, str]:
    # The code under test is this checkout's, wherever the venv's editable install points.
    paths = [str(REPO_ROOT), str(REPO_ROOT / "tools"), os.environ.get("PYTHONPATH", "")]
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join(path for path in paths if path),
        "AGENTKIT_SHARED": str(SHARED),
        "NO_COLOR": "1",
        "COLUMNS": "200",
    }
    env.pop("AGENTKIT_DEBUG", None)
    env.pop("AGENTKIT_TOKENIZER", None)
    return {**env, **(extra or {})}


def agentkit(
    *args: str | os.PathLike[str],
    cwd: Path | None = None,
    env: dict[str, str] | None = None,
    timeout: float = 180,
) -> Done:
    done = subprocess.run(
        [*entry_point(), *map(str, args)],
        cwd=cwd or REPO_ROOT,
        capture_output=True,
        text=True,
        timeout=timeout,
        env=cli_env(env),
        check=False,
    )
    return Done(done.returncode, done.stdout, done.stderr)


def tokenizer_line() -> str:
    return f"model: {{tokenizer: {TOKENIZER_JSON}}}"


def write_task(folder: Path, body: str, name: str = "task.yaml") -> Path:
    """Write ``body`` (dedented) as a task file; ``{tokenizer}`` becomes the real tokenizer's path."""
    path = folder / name
    path.write_text(
        textwrap.dedent(body).lstrip("\n").replace("{tokenizer}", str(TOKENIZER_JSON)), encoding="utf-8"
    )
    return path


def write_outputs(folder: Path, outputs: list[str], name: str = "outputs.jsonl") -> Path:
    import json

    path = folder / name
    path.write_text("".join(json.dumps({"completion": text}) + "\n" for text in outputs), encoding="utf-8")
    return path
