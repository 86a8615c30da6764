"""DockerSandbox: a hardened container with agentkit's runner inside; implements the Sandbox protocol.

The container is created with the profile in SandboxConfig (no network, read-only root, tmpfs /tmp,
the workspace as the only other writable place, a non-root user, no capabilities, no-new-privileges,
Docker's default seccomp, pids/memory/CPU limits). One ``docker exec`` starts the runner with stdin
attached; every later operation (commands, Python calls, files) is a round trip on that stream.

The Docker SDK is blocking: its calls run in worker threads (``anyio.to_thread``); the runner stream
itself is a non-blocking socket awaited on the event loop.
"""

from __future__ import annotations

import base64
import contextlib
import secrets
import socket
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Self

import anyio
import anyio.to_thread

from agentkit.sandbox import cleanup
from agentkit.sandbox.base import (
    ExecResult,
    FileTooLarge,
    PathEscape,
    RemoteError,
    SandboxDead,
    SandboxError,
    SandboxTimeout,
)
from agentkit.sandbox.channel import ChannelClosed, RunnerChannel, RunnerReplyError
from agentkit.sandbox.client import connect_docker
from agentkit.sandbox.config import SandboxConfig, format_size
from agentkit.sandbox.image import RUNNER_SCRIPT, ImageError, build_image, default_image
from agentkit.sandbox.ownership import Owner

if TYPE_CHECKING:
    import docker

OutputHandler = Callable[[str, bytes], None]
REPLY_GRACE_S = 15.0
CONTAINER_SETTLE_CHECKS = 15  # x 0.1 s: how long a dying container may still look "running"  # how long past a timeout we wait for the runner's own answer before giving up

_images_present: set[tuple[int, str]] = set()


async def ensure_image(client: docker.DockerClient, image: str) -> None:
    """Check once per process that ``image`` exists; the default image is built if a base exists."""
    key = (id(client), image)
    if key in _images_present:
        return

    def check() -> None:
        import docker.errors

        try:
            client.api.inspect_image(image)
        except docker.errors.ImageNotFound:
            if image != default_image():
                raise ImageError(
                    f"sandbox image {image!r} is not present on the Docker host (agentkit never pulls)"
                ) from None
            build_image(client)  # layers the runner onto the local base image, or says what to run

    await anyio.to_thread.run_sync(check)
    _images_present.add(key)


def host_config_kwargs(config: SandboxConfig) -> dict[str, Any]:
    """The hardened HostConfig for ``config`` (arguments of ``APIClient.create_host_config``)."""
    from docker.types import Mount

    workspace = config.workspace
    tmpfs = {"/tmp": f"rw,nosuid,nodev,size={config.tmp_size},mode=1777"}
    mounts = []
    if workspace.kind == "tmpfs":
        uid, _, gid = config.user.partition(":")
        tmpfs[workspace.path] = f"rw,nosuid,nodev,size={workspace.size},mode=0755,uid={uid},gid={gid or uid}"
    elif workspace.kind == "bind":
        mounts.append(Mount(workspace.path, workspace.host_path, type="bind", read_only=False))
    else:  # a named volume, or an anonymous one (removed with the container)
        mounts.append(Mount(workspace.path, workspace.volume or "", type="volume", read_only=False))
    for mount in config.mounts:
        mounts.append(Mount(mount.target, mount.source, type=mount.kind, read_only=mount.read_only))
    return {
        "network_mode": config.network,
        "read_only": config.read_only_root,
        "tmpfs": tmpfs,
        "mounts": mounts,
        "cap_drop": ["ALL"],
        "security_opt": ["no-new-privileges:true"],  # and Docker's default seccomp profile: never unset
        "pids_limit": config.pids_limit,
        "mem_limit": config.memory,
        "memswap_limit": config.memory,  # no swap: a memory hog is killed, not slowed to a crawl
        "nano_cpus": int(config.cpus * 1e9),
        "ipc_mode": "private",
        "privileged": False,
    }


def _unwrap_socket(obj: Any) -> socket.socket:
    for _ in range(3):
        if isinstance(obj, socket.socket):
            return obj
        obj = getattr(obj, "_sock", None)
    raise SandboxError(
        "the Docker connection does not expose a socket for the runner stream; use a unix:// or tcp:// DOCKER_HOST"
    )


class DockerSandbox:
    """One sandbox container. Create with ``await DockerSandbox.create(config)`` (or ``async with``)."""

    def __init__(
        self,
        client: docker.DockerClient,
        config: SandboxConfig,
        container_id: str,
        name: str,
        labels: dict[str, str],
    ) -> None:
        self._client = client
        self.config = config
        self.id = container_id
        self.name = name
        self.labels = labels
        self.run_id: str | None = None
        self._channel: RunnerChannel | None = None
        self._channel_lock = anyio.Lock()
        self._modules: dict[str, str] = {}
        self._closed = False
        self._dead: str | None = None

    # ---- lifecycle ------------------------------------------------------------------------------

    @classmethod
    async def create(
        cls,
        config: SandboxConfig | None = None,
        *,
        client: docker.DockerClient | None = None,
        labels: Mapping[str, str] | None = None,
        name: str | None = None,
    ) -> DockerSandbox:
        """Start a container and its runner; on any failure (or cancellation) nothing is left behind."""
        config = config or SandboxConfig()
        cleanup.install_signal_handlers()
        if client is None:
            client = await anyio.to_thread.run_sync(connect_docker)
        await ensure_image(client, config.image)
        owner = Owner.current()
        all_labels = {**config.labels, **(labels or {}), **owner.labels()}
        name = name or f"agentkit-{owner.pid}-{secrets.token_hex(4)}"
        created: list[str] = []  # filled by the worker thread even if we are cancelled meanwhile
        try:
            await anyio.to_thread.run_sync(_create_and_start, client, config, all_labels, name, created)
            sandbox = cls(client, config, created[0], name, all_labels)
            with anyio.fail_after(config.start_timeout):
                await sandbox._open_channel()
        except BaseException as exc:
            if created:
                with anyio.CancelScope(shield=True):
                    await anyio.to_thread.run_sync(_remove_container, client, created[0])
            if isinstance(exc, TimeoutError):
                raise SandboxError(
                    f"sandbox {name} did not start within {config.start_timeout:.0f}s (container and runner)"
                ) from exc
            raise
        return sandbox

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.close()

    async def close(self) -> None:
        """Remove the container and its anonymous volumes. Idempotent; not interrupted by cancellation."""
        if self._closed:
            return
        self._closed = True
        with anyio.CancelScope(shield=True):
            if self._channel is not None:
                self._channel.close()
            await anyio.to_thread.run_sync(_remove_container, self._client, self.id)

    async def rename(self, name: str) -> None:
        """Rename the container (what `docker ps` and `agentkit sandbox ls` show)."""

        def rename() -> None:
            import docker.errors

            try:
                self._client.api.rename(self.id, name)
            except docker.errors.APIError as exc:
                raise SandboxError(
                    f"cannot rename sandbox {self.name} to {name!r}: {exc.explanation or exc}"
                ) from exc

        await anyio.to_thread.run_sync(rename)
        self.name = name

    @property
    def workspace(self) -> str:
        return self.config.workspace.path

    @property
    def short_id(self) -> str:
        return self.id[:12]

    @property
    def alive(self) -> bool:
        """No round trip: False once closed, known dead, or the runner's stream has ended."""
        if self._closed or self._dead is not None:
            return False
        return self._channel is not None and not self._channel.peek_closed()

    # ---- the runner stream ----------------------------------------------------------------------

    async def _open_channel(self) -> RunnerChannel:
        sock, keepalive, early = await anyio.to_thread.run_sync(
            _start_runner_exec, self._client, self.id, self.config
        )
        channel = RunnerChannel(sock, name=self.name, keepalive=keepalive)
        channel.feed(early)
        try:
            await channel.wait_hello()
            for module, source in self._modules.items():  # a restarted runner gets the modules again
                await channel.request("install_module", {"name": module, "source": source})
        except ChannelClosed:
            channel.close()
            raise SandboxError(
                f"the runner in sandbox {self.name} exited during startup: {channel.stderr_tail()[-2000:]}"
            ) from None
        self._channel = channel
        return channel

    async def _get_channel(self) -> RunnerChannel:
        if self._closed:
            raise SandboxError(f"sandbox {self.name} is closed")
        if self._dead is not None:
            raise SandboxDead(self._dead)
        channel = self._channel
        if channel is not None and channel.closed_reason is None:
            return channel
        async with self._channel_lock:
            if self._channel is not None and self._channel.closed_reason is None:
                return self._channel
            await self._raise_if_container_gone()
            return await self._open_channel()

    async def _raise_if_container_gone(self, *, settle: bool = False) -> None:
        """SandboxDead if the container is not running. With ``settle`` (the stream just ended: the
        runner's stream may end a moment before Docker reports the container's death), a running
        container is asked again for a while."""
        checks = CONTAINER_SETTLE_CHECKS if settle else 1
        for attempt in range(checks):
            state = await anyio.to_thread.run_sync(_container_state, self._client, self.id)
            if state is None or not state.get("Running"):
                break
            if attempt + 1 < checks:
                await anyio.sleep(0.1)
        else:
            return
        if state is None:
            self._dead = f"sandbox {self.name} ({self.short_id}) is gone: its container was removed"
        else:
            detail = f"exit code {state.get('ExitCode')}"
            if state.get("OOMKilled"):
                detail += ", killed for exceeding its memory limit"
            elif state.get("ExitCode") == 137:
                detail += ", killed (SIGKILL)"
            if state.get("Error"):
                detail += f", {state['Error']}"
            self._dead = f"sandbox {self.name} ({self.short_id}) died: its container is {state.get('Status')} ({detail})"
        raise SandboxDead(self._dead)

    async def _request(
        self, op: str, fields: dict[str, Any], *, timeout: float | None = None, on_event: Any = None
    ) -> dict[str, Any]:
        channel = await self._get_channel()
        try:
            if timeout is None:
                return await channel.request(op, fields, on_event=on_event)
            with anyio.fail_after(timeout + REPLY_GRACE_S):
                return await channel.request(op, fields, on_event=on_event)
        except ChannelClosed:
            await self._raise_if_container_gone(settle=True)
            raise SandboxError(
                f"the runner in sandbox {self.name} exited during {op!r} (it is restarted on the next call); "
                f"its last words: {channel.stderr_tail()[-1000:]!r}"
            ) from None
        except TimeoutError:
            channel.close("the runner stopped answering")
            raise SandboxError(
                f"the runner in sandbox {self.name} did not answer {op!r} within {timeout:.0f}s + "
                f"{REPLY_GRACE_S:.0f}s grace; it is restarted on the next call"
            ) from None
        except RunnerReplyError as exc:
            raise _map_reply_error(exc) from None

    async def ping(self) -> dict[str, Any]:
        """One round trip to the runner (nothing else): its pid and number of running jobs."""
        return await self._request("ping", {})

    # ---- commands -------------------------------------------------------------------------------

    async def exec(
        self,
        cmd: str | Sequence[str],
        *,
        timeout: float | None = None,
        env: Mapping[str, str] | None = None,
        cwd: str | None = None,
        stdin: bytes | None = None,
        on_output: OutputHandler | None = None,
    ) -> ExecResult:
        """Run ``cmd`` (a string runs under ``bash -lc``) in the workspace (or ``cwd``).

        The timeout (default ``config.timeout``) kills the whole process tree and gives exit code 124 and
        ``timed_out``; a kill by the OOM killer gives 137 and ``oom_killed``. stdout and stderr are capped
        at ``config.max_output_bytes`` each, keeping head and tail around a truncation marker.
        ``on_output(stream, data)`` receives the output live as well.
        """
        argv = ["bash", "-lc", cmd] if isinstance(cmd, str) else [str(part) for part in cmd]
        if not argv:
            raise SandboxError("exec: empty command")
        timeout = self.config.timeout if timeout is None else timeout
        fields: dict[str, Any] = {
            "argv": argv,
            "env": dict(env or {}),
            "cwd": cwd,
            "timeout": timeout,
            "max_output": self.config.max_output_bytes,
            "stream": on_output is not None,
        }
        if stdin is not None:
            fields["stdin"] = base64.b64encode(stdin).decode("ascii")
        handler = None
        if on_output is not None:
            output = on_output

            def handler(message: dict[str, Any]) -> None:
                output(str(message.get("stream")), base64.b64decode(message.get("data", "")))

        result = await self._request("exec", fields, timeout=timeout, on_event=handler)
        return ExecResult(
            exit_code=int(result["exit_code"]),
            stdout=base64.b64decode(result["stdout"]).decode("utf-8", "replace"),
            stderr=base64.b64decode(result["stderr"]).decode("utf-8", "replace"),
            duration_s=float(result["duration_s"]),
            timed_out=bool(result["timed_out"]),
            oom_killed=bool(result["oom_killed"]),
            stdout_truncated=bool(result["stdout_truncated"]),
            stderr_truncated=bool(result["stderr_truncated"]),
        )

    # ---- Python calls ---------------------------------------------------------------------------

    async def call_python(
        self,
        module: str,
        function: str,
        arguments: Mapping[str, Any],
        *,
        timeout: float | None = None,
    ) -> Any:
        """``module.function(**arguments)`` in one of the runner's call workers; returns the JSON result.

        Raises RemoteError (import failed, or the function raised: type, message, traceback),
        SandboxTimeout (process tree killed), or SandboxError (killed, e.g. out of memory).
        """
        timeout = self.config.call_timeout if timeout is None else timeout
        fields = {
            "module": module,
            "function": function,
            "arguments": dict(arguments),
            "timeout": timeout,
            "max_output": self.config.max_output_bytes,
        }
        result = await self._request("call", fields, timeout=timeout)
        outcome = result.get("call")
        where = f"{module}.{function}"
        if isinstance(outcome, dict):
            if outcome.get("ok"):
                return outcome.get("value")
            error = outcome.get("error") or {}
            stderr = base64.b64decode(result.get("stderr", "")).decode("utf-8", "replace")
            traceback = str(error.get("traceback", ""))
            if stderr.strip():
                traceback += f"\n[stderr]\n{stderr}"
            raise RemoteError(
                f"{where}: {error.get('type')}: {error.get('message')}",
                type_name=str(error.get("type")),
                stage=str(error.get("stage")),
                traceback=traceback,
            )
        if result.get("timed_out"):
            raise SandboxTimeout(f"{where} ran past its {timeout:g}s timeout and was killed")
        if result.get("oom_killed"):
            raise SandboxError(
                f"{where} was killed for exceeding the sandbox memory limit ({format_size(self.config.memory)})"
            )
        stderr = base64.b64decode(result.get("stderr", "")).decode("utf-8", "replace")
        raise SandboxError(
            f"{where} ended without a result (exit code {result.get('exit_code')})"
            + (f": {result['error']}" if result.get("error") else "")
            + (f"; stderr: {stderr[-2000:]}" if stderr.strip() else "")
        )

    async def install_module(self, name: str, source: str) -> None:
        """Make ``source`` importable as ``name`` by ``call_python`` (kept in the runner's memory).

        A dotted name makes its parents packages. A syntax error is reported now, with its line.
        """
        await self._request("install_module", {"name": name, "source": source})
        self._modules[name] = source

    async def install_module_from_path(self, path: str | Path, name: str | None = None) -> list[str]:
        """Install a host ``.py`` file, or a package directory (every ``.py`` under it); returns the names."""
        path = Path(path)
        if path.is_file():
            module = name or path.stem
            await self.install_module(module, path.read_text())
            return [module]
        if not path.is_dir():
            raise SandboxError(f"install_module_from_path: {path} is neither a .py file nor a directory")
        package = name or path.name
        installed = []
        for file in sorted(path.rglob("*.py")):
            parts = list(file.relative_to(path).with_suffix("").parts)
            if parts[-1] == "__init__":
                parts.pop()
            module = ".".join([package, *parts])
            await self.install_module(module, file.read_text())
            installed.append(module)
        return installed

    # ---- files ----------------------------------------------------------------------------------

    async def read_file(self, path: str, *, max_bytes: int | None = None) -> bytes:
        cap = self.config.max_file_bytes if max_bytes is None else max_bytes
        result = await self._request("read_file", {"path": path, "max_bytes": cap})
        return base64.b64decode(result["data"])

    async def write_file(self, path: str, data: bytes | str) -> None:
        await self._upload("write_file", path, data.encode() if isinstance(data, str) else data)

    async def put_archive(self, path: str, data: bytes) -> None:
        """Extract a tar archive into ``path`` (a workspace directory, created if missing)."""
        await self._upload("put_archive", path, data)

    async def _upload(self, op: str, path: str, payload: bytes) -> None:
        """Send ``payload`` to the runner's ``op`` for ``path``: refused here when over the file cap; the cap
        also goes along as ``max_bytes``, which the runner enforces on its side."""
        _check_size(path, len(payload), self.config.max_file_bytes)
        await self._request(
            op,
            {
                "path": path,
                "data": base64.b64encode(payload).decode("ascii"),
                "max_bytes": self.config.max_file_bytes,
            },
        )

    async def get_archive(self, path: str) -> bytes:
        """A tar archive of ``path`` (file or directory; symlinks kept as links)."""
        result = await self._request("get_archive", {"path": path, "max_bytes": self.config.max_file_bytes})
        return base64.b64decode(result["data"])


def _check_size(path: str, size: int, cap: int) -> None:
    if size > cap:
        raise FileTooLarge(f"{path!r}: {size} bytes is over the sandbox's {format_size(cap)} file cap")


def _map_reply_error(exc: RunnerReplyError) -> Exception:
    if exc.type_name == "PathEscape":
        return PathEscape(exc.message)
    if exc.type_name == "FileTooLarge":
        return FileTooLarge(exc.message)
    if exc.type_name == "NotFound":
        return FileNotFoundError(exc.message)
    return SandboxError(f"{exc.type_name}: {exc.message}")


# ---- blocking helpers (run in worker threads) -----------------------------------------------------


def _create_and_start(
    client: docker.DockerClient, config: SandboxConfig, labels: dict[str, str], name: str, created: list[str]
) -> None:
    import docker.errors

    api = client.api
    host_config = api.create_host_config(**host_config_kwargs(config))
    environment = {"AGENTKIT_WORKSPACE": config.workspace.path, **config.env}
    try:
        response = api.create_container(
            image=config.image,
            user=config.user,
            environment=environment,
            labels=labels,
            host_config=host_config,
            working_dir=config.workspace.path,
            hostname="sandbox",
            name=name,
        )
        container_id = response["Id"]
        created.append(container_id)
        cleanup.track(container_id, _base_url(client))
        api.start(container_id)
    except docker.errors.APIError as exc:
        step = "start" if created else "create"
        raise SandboxError(f"cannot {step} sandbox container {name}: {exc.explanation or exc}") from exc


def _base_url(client: docker.DockerClient) -> str | None:
    # What connect_docker was given (None: the environment); the cleanup handler reconnects the same way.
    return getattr(client, "agentkit_base_url", None)


def _start_runner_exec(
    client: docker.DockerClient, container_id: str, config: SandboxConfig
) -> tuple[socket.socket, Any, bytes]:
    """``docker exec -i`` the runner; return its raw socket (and bytes the HTTP client already read)."""
    import docker.errors

    api = client.api
    try:
        exec_id = api.exec_create(
            container_id,
            ["python3", "-I", RUNNER_SCRIPT, "serve"],
            stdin=True,
            stdout=True,
            stderr=True,
            tty=False,
            user=config.user,
            workdir=config.workspace.path,
        )["Id"]
        # exec_start(socket=True) minus the SDK's wrapper, so we can reach the HTTP client's read buffer.
        response = api._post_json(
            api._url("/exec/{0}/start", exec_id),
            headers={"Connection": "Upgrade", "Upgrade": "tcp"},
            data={"Tty": False, "Detach": False},
            stream=True,
        )
        api._raise_for_status(response)
    except docker.errors.NotFound as exc:
        raise SandboxDead(f"container {container_id[:12]} is gone: {exc.explanation}") from exc
    except docker.errors.APIError as exc:
        raise SandboxError(
            f"cannot start the runner in {container_id[:12]}: {exc.explanation or exc}"
        ) from exc
    buffered = response.raw._fp.fp
    sock = _unwrap_socket(buffered.raw)
    sock.setblocking(False)
    early = b""
    with contextlib.suppress(BlockingIOError, OSError, ValueError):
        peeked = buffered.peek(1 << 16) or b""
        early = buffered.read(len(peeked)) if peeked else b""
    return sock, response, early or b""


def _container_state(client: docker.DockerClient, container_id: str) -> dict[str, Any] | None:
    import docker.errors

    try:
        return client.api.inspect_container(container_id)["State"]  # type: ignore[no-any-return]
    except docker.errors.NotFound:
        return None


def _remove_container(client: docker.DockerClient, container_id: str) -> None:
    import docker.errors

    try:
        client.api.remove_container(container_id, force=True, v=True)
    except docker.errors.NotFound:
        pass
    except docker.errors.APIError as exc:
        if "already in progress" not in str(exc):
            raise SandboxError(
                f"cannot remove sandbox container {container_id[:12]}: {exc.explanation or exc}"
            ) from exc
    finally:
        cleanup.untrack(container_id)
