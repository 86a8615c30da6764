"""`agentkit sandbox ...`: run a command in a fresh hardened sandbox; build the image; list and prune.

Heavy imports (docker, pydantic models, anyio) happen inside the commands: the CLI starts fast.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

if TYPE_CHECKING:
    from agentkit.sandbox.config import SandboxConfig

sandbox_app = typer.Typer(
    help="Hardened Docker sandboxes: run a command in one, build the image, list and prune containers.",
    no_args_is_help=True,
)

EXIT_TIMEOUT = 124  # as GNU timeout
EXIT_OOM = 137  # 128 + SIGKILL, as Docker reports an OOM kill
EXIT_SANDBOX_ERROR = 125  # as `docker run` for its own failures


def _fail(message: str, code: int = EXIT_SANDBOX_ERROR) -> typer.Exit:
    typer.echo(f"agentkit sandbox: {message}", err=True)
    return typer.Exit(code)


def _config(
    timeout: float, memory: str, network: str, cpus: float, pids_limit: int, image: str | None, env: list[str]
) -> SandboxConfig:
    from pydantic import ValidationError

    from agentkit.sandbox.config import SandboxConfig

    variables = {}
    for item in env:
        name, sep, value = item.partition("=")
        if not sep or not name:
            raise _fail(f"--env {item!r}: expected NAME=VALUE", 2)
        variables[name] = value
    fields: dict[str, object] = {
        "timeout": timeout,
        "memory": memory,
        "network": network,
        "cpus": cpus,
        "pids_limit": pids_limit,
        "env": variables,
    }
    if image:
        fields["image"] = image
    try:
        return SandboxConfig.model_validate(fields)
    except ValidationError as exc:
        problems = "; ".join(f"{'.'.join(map(str, e['loc'])) or 'config'}: {e['msg']}" for e in exc.errors())
        raise _fail(f"invalid sandbox options: {problems}", 2) from None


@sandbox_app.command("exec")
def exec_command(
    command: Annotated[
        list[str], typer.Argument(metavar="-- CMD [ARGS]...", help="The command and its arguments.")
    ],
    timeout: Annotated[
        float, typer.Option("--timeout", help="Seconds before the whole process tree is killed (exit 124).")
    ] = 60.0,
    memory: Annotated[
        str, typer.Option("--memory", help="Memory limit, e.g. 256m, 1g (exit 137 when exceeded).")
    ] = "512m",
    network: Annotated[str, typer.Option("--network", help="none (default) or bridge.")] = "none",
    cpus: Annotated[float, typer.Option("--cpus", help="CPU quota in cores.")] = 1.0,
    pids_limit: Annotated[int, typer.Option("--pids-limit", help="Maximum number of processes.")] = 256,
    image: Annotated[str | None, typer.Option("--image", help="Sandbox image (default: agentkit's).")] = None,
    env: Annotated[
        list[str] | None, typer.Option("--env", "-e", help="NAME=VALUE for the command (repeatable).")
    ] = None,
    stdin: Annotated[bool, typer.Option("--stdin", help="Pass this process's stdin to the command.")] = False,
    workdir: Annotated[
        str | None, typer.Option("--workdir", "-w", help="Working directory (default: the workspace).")
    ] = None,
) -> None:
    """Run one command in a fresh sandbox (hardened profile), stream its output, exit with its code.

    The container is removed afterwards, also on Ctrl-C.
    """
    import anyio

    from agentkit.sandbox.base import SandboxError
    from agentkit.sandbox.docker import DockerSandbox

    config = _config(timeout, memory, network, cpus, pids_limit, image, env or [])
    data = sys.stdin.buffer.read() if stdin else None

    def forward(stream: str, chunk: bytes) -> None:
        out = sys.stdout.buffer if stream == "stdout" else sys.stderr.buffer
        out.write(chunk)
        out.flush()

    async def run() -> int:
        async with await DockerSandbox.create(config) as sandbox:
            result = await sandbox.exec(command, timeout=timeout, cwd=workdir, stdin=data, on_output=forward)
        if result.timed_out:
            typer.echo(f"agentkit sandbox: timed out after {timeout:g}s; process tree killed", err=True)
            return EXIT_TIMEOUT
        if result.oom_killed:
            typer.echo(f"agentkit sandbox: killed: out of memory (limit {memory})", err=True)
            return EXIT_OOM
        return result.exit_code

    try:
        code = anyio.run(run)
    except SandboxError as exc:
        raise _fail(str(exc)) from None
    raise typer.Exit(code)


def _offline_builder() -> Path | None:
    import agentkit

    script = Path(agentkit.__file__).resolve().parent.parent / "sandboxes" / "build-offline.sh"
    return script if script.is_file() else None


@sandbox_app.command("build")
def build_command(
    base: Annotated[str | None, typer.Option("--base", help="Base image to layer the runner onto.")] = None,
    dockerfile: Annotated[
        Path | None, typer.Option("--dockerfile", help="Build this Dockerfile instead (registry).")
    ] = None,
    offline: Annotated[bool, typer.Option("--offline", help="Build the base too, with debootstrap.")] = False,
    force: Annotated[bool, typer.Option("--force", help="Rebuild the runner layer even if present.")] = False,
) -> None:
    """Build the sandbox image (reused when present; a changed runner gets a new tag)."""
    from agentkit.sandbox.base import SandboxError
    from agentkit.sandbox.client import connect_docker
    from agentkit.sandbox.image import ImageError, build_image, find_base_image

    try:
        client = connect_docker()
        if offline or (base is None and dockerfile is None and find_base_image(client) is None):
            script = _offline_builder()
            if script is None:
                raise _fail("no base image, and the offline builder (sandboxes/build-offline.sh) is not here")
            step = subprocess.run([str(script)], check=False)
            if step.returncode != 0:
                raise _fail(f"{script} failed (exit {step.returncode})", step.returncode)
        tag = build_image(client, base=base, dockerfile=dockerfile, force=force)
    except (ImageError, SandboxError) as exc:
        raise _fail(str(exc)) from None
    typer.echo(tag)


@sandbox_app.command("ls")
def ls_command(
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object per container.")] = False,
) -> None:
    """List agentkit's sandbox containers, with their owner process and whether it is alive."""
    from agentkit.sandbox.base import SandboxError
    from agentkit.sandbox.client import connect_docker
    from agentkit.sandbox.ownership import list_sandboxes

    try:
        found = list_sandboxes(connect_docker())
    except SandboxError as exc:
        raise _fail(str(exc)) from None
    if as_json:
        for info in found:
            typer.echo(json.dumps({**info.__dict__, "orphan": info.orphan}))
        return
    if not found:
        typer.echo("no agentkit sandboxes")
        return
    alive = {True: "alive", False: "dead", None: "elsewhere"}
    rows = [("NAME", "ID", "STATUS", "OWNER", "POOL", "RUN")]
    for info in found:
        owner = f"{info.owner_pid}@{info.owner_host} ({alive[info.owner_alive]})"
        rows.append((info.name, info.id[:12], info.status, owner, info.pool or "-", info.run or "-"))
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    for row in rows:
        typer.echo("  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip())


@sandbox_app.command("prune")
def prune_command(
    everything: Annotated[
        bool, typer.Option("--all", help="Remove every agentkit sandbox, owners alive or not.")
    ] = False,
    images: Annotated[
        bool, typer.Option("--images", help="Also remove agentkit images other than the current one.")
    ] = False,
) -> None:
    """Remove orphaned sandboxes: those whose owner process (on this host) no longer exists."""
    from agentkit.sandbox.base import SandboxError
    from agentkit.sandbox.client import connect_docker
    from agentkit.sandbox.image import prune_images
    from agentkit.sandbox.ownership import prune

    try:
        client = connect_docker()
        removed = prune(client, everything=everything)
        removed_images = prune_images(client) if images else []
    except SandboxError as exc:
        raise _fail(str(exc)) from None
    for info in removed:
        typer.echo(f"removed {info.name} ({info.id[:12]}), owner pid {info.owner_pid}")
    typer.echo(f"{len(removed)} sandbox container(s) removed")
    for tag in removed_images:
        typer.echo(f"removed image {tag}")
