"""Before a run starts: does the task have what it needs on this machine (Docker and the sandbox image
for sandboxed tools)? Checked in well under a second, so a fresh machine learns the one command to
run at once instead of after the engine has loaded.

`agentkit run` exits with `EXIT_NEEDS_SETUP` and that command; ``./scripts/agentkit`` (the README's
wrapper) catches the code, runs the command itself with its progress visible, and runs the task again.
`agentkit doctor` names the same command (`BOOTSTRAP_COMMAND`).
"""

from __future__ import annotations

from pathlib import Path

EXIT_NEEDS_SETUP = 4
BOOTSTRAP_COMMAND = "./scripts/docker-bootstrap.sh"
BOOTSTRAP_WHAT = "installs Docker if missing, starts dockerd, builds the sandbox image"


def task_setup_problem(task_file: Path, engine_override: str | None = None) -> str | None:
    """What this machine lacks for the task file, with the command that fixes it; None when it is ready
    or when the file has problems of its own (the full load reports those, located).

    Only the file and its tools are loaded (not the tokenizer): the answer comes before the slow part.
    """
    from agentkit.task import TaskError, load_task
    from agentkit.task.build import tools_need_sandbox
    from agentkit.task.resolve import resolve_tools

    try:
        task = load_task(task_file, engine_override=engine_override)
        needs_sandbox = tools_need_sandbox(resolve_tools(task))
    except TaskError:
        return None
    if not needs_sandbox:
        return None
    return sandbox_problem(task.spec.sandbox.image if task.spec.sandbox is not None else None)


def sandbox_problem(image: str | None = None) -> str | None:
    """Why sandboxed tools cannot run here (Docker, or the sandbox image: agentkit's own unless
    ``image`` is given), with the command that fixes it; None if they can."""
    from agentkit.cli.doctor import Needs, check_docker, check_sandbox_image

    needs = Needs(docker=True)
    for check in (check_docker(needs), check_sandbox_image(needs, image)):
        if check.status != "ok":
            return (
                f"this task runs tools in a Docker sandbox, but {check.name}: {check.detail}.\n"
                f"  Run: {check.fix or BOOTSTRAP_COMMAND}, then run the task again"
            )
    return None
