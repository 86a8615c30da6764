"""Jobs: a command (`ExecJob`) or a Python call in a call worker (`CallJob`), watched by the server loop.

Both run in a new session. When a job ends (normally, at its timeout or by a cancel) its process group
is killed, then every process still carrying the job's marker in its environment (detached grandchildren
included), then every process in a session nobody accounts for (one that escaped with setsid and a
cleared environment): code in the sandbox keeps nothing running between calls unless ``exec`` was asked
for a background service. Output is captured with a size cap that keeps the head and the tail.
"""

from __future__ import annotations

import base64
import itertools
import os
import signal
import subprocess
import time
from typing import TYPE_CHECKING, Any

import akr_files
from akr_capture import Capture
from akr_errors import RunnerError

if TYPE_CHECKING:
    from akr_server import Server
    from akr_workers import Worker

STREAM_BACKLOG = 4 << 20  # a streaming job's pipes are not read while this much is unsent to the host
DRAIN_GRACE_S = 0.2  # after the main process exits, how long to wait for pipes held by leftovers
_job_numbers = itertools.count(1)


def become_subreaper() -> None:
    """Orphans of our jobs are re-parented to the runner (not PID 1), so we can reap them promptly."""
    try:
        import ctypes

        ctypes.CDLL(None, use_errno=True).prctl(36, 1, 0, 0, 0)  # PR_SET_CHILD_SUBREAPER
    except (OSError, AttributeError, ImportError):
        pass


def oom_kill_count() -> int | None:
    """How many processes the kernel's OOM killer has killed in this container's memory cgroup."""
    for path in ("/sys/fs/cgroup/memory/memory.oom_control", "/sys/fs/cgroup/memory.events"):
        try:
            with open(path) as f:
                for line in f:
                    key, _, value = line.partition(" ")
                    if key == "oom_kill":
                        return int(value)
        except (OSError, ValueError):
            continue
    return None


def kill_tree(pgid: int, marker: str) -> None:
    """SIGKILL the process group, then every process whose environment carries ``marker``."""
    try:
        os.killpg(pgid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass
    needle = b"\0AGENTKIT_JOB=" + marker.encode() + b"\0"
    me = os.getpid()
    for _ in range(200):  # each round kills all it finds; survivors' new children are found next round
        killed = 0
        for name in os.listdir("/proc"):
            if not name.isdigit() or int(name) == me:
                continue
            try:
                with open(f"/proc/{name}/environ", "rb") as f:
                    environ = b"\0" + f.read()
            except OSError:
                continue
            if needle in environ:
                try:
                    os.kill(int(name), signal.SIGKILL)
                    killed += 1
                except (ProcessLookupError, PermissionError):
                    pass
        if not killed:
            return


def _proc_stat(pid: int) -> tuple[str, int, int] | None:
    """(state, ppid, session id) of a process, or None once it is gone."""
    try:
        with open(f"/proc/{pid}/stat", "rb") as f:
            data = f.read()
    except OSError:
        return None
    fields = data[data.rindex(b")") + 2 :].split()
    return fields[0].decode(), int(fields[1]), int(fields[3])


def sweep(
    keep_sids: set[int],
    kill_sids: frozenset[int] | set[int] = frozenset(),
    keep_pids: frozenset[int] | set[int] = frozenset(),
    *,
    everything: bool = False,
) -> int:
    """SIGKILL every process of this container that is not accounted for; returns how many were sent.

    Kept: the runner, PID 1, sessions in ``keep_sids`` (running jobs, call workers, services) and
    processes the host started with ``docker exec`` (parent 0, outside our pid namespace: only the host
    can make those) with their sessions. ``kill_sids`` are killed even if kept. ``everything`` keeps only
    the runner and PID 1 (the runner's start: whoever is there could hold our descriptors)."""
    me = os.getpid()
    # The runner's own session holds only its children that have not yet called setsid (a call worker
    # just forked, on a loaded machine, may not have run yet): they are ours, not strays. Code in the
    # sandbox cannot enter this session; it runs in the sessions of workers and jobs.
    own_sid = os.getsid(0)
    entries = []
    host_sids: set[int] = set()
    for name in os.listdir("/proc"):
        if not name.isdigit():
            continue
        pid = int(name)
        if pid in (me, 1) or pid in keep_pids:
            continue
        info = _proc_stat(pid)
        if info is None or info[0] == "Z":
            continue
        entries.append((pid, info[2]))
        if info[1] == 0 and not everything:
            host_sids.add(info[2])
    sent = 0
    for pid, sid in entries:
        if sid == own_sid and not everything:
            continue
        if everything or sid in kill_sids or (sid not in keep_sids and sid not in host_sids):
            try:
                os.kill(pid, signal.SIGKILL)
                sent += 1
            except (ProcessLookupError, PermissionError):
                pass
    return sent


def sweep_all_others(timeout: float = 5.0) -> None:
    """At the runner's start: kill every other process of our uid (PID 1 aside) and wait until they
    are gone, so none still holds a descriptor it opened before we became non-dumpable."""
    deadline = time.monotonic() + timeout
    while sweep(set(), everything=True) and time.monotonic() < deadline:
        time.sleep(0.01)


class Job:
    """A process (and its descendants) the server watches; answers once when it is over."""

    def __init__(self, server: Server, req_id: Any, timeout: float | None, max_output: int) -> None:
        self.server = server
        self.req_id = req_id
        self.pid = 0
        self.marker = f"{server.nonce}-{next(_job_numbers)}"
        self.started = time.monotonic()
        self.deadline = self.started + timeout if timeout else None
        self.max_output = max_output
        self.open_fds: dict[int, str] = {}
        self.captures: dict[str, Capture] = {}
        self.status: int | None = None
        self.ended = 0.0
        self.drain_until: float | None = None
        self.timed_out = False
        self.cancelled = False
        self.finished = False
        self.oom_before = oom_kill_count()
        self.background = False
        self.stream = False

    # ---- pipes ----------------------------------------------------------------------------------

    def watch_output(self, fd: int, name: str) -> None:
        os.set_blocking(fd, False)
        self.open_fds[fd] = name
        if name in ("stdout", "stderr"):
            self.captures[name] = Capture(self.max_output)
        self.server.watch(fd, lambda: self._on_readable(fd))

    def _on_readable(self, fd: int) -> None:
        try:
            data = os.read(fd, 1 << 16)
        except BlockingIOError:
            return
        if not data:
            self._close(fd)
            if self.status is not None and not self.open_fds:
                self._finish()
            return
        self.on_data(self.open_fds[fd], data)
        if self.stream and len(self.server.outbuf) > STREAM_BACKLOG:
            # The host reads slower than the command writes: stop reading (the command blocks on its
            # full pipe) until the backlog is sent, instead of buffering without bound.
            self.server.unwatch(fd)
            self.server.paused.append((self, fd))

    def resume(self, fd: int) -> None:
        if fd in self.open_fds and not self.finished:
            self.server.watch(fd, lambda: self._on_readable(fd))

    def on_data(self, name: str, data: bytes) -> None:
        self.captures[name].add(data)

    def _close(self, fd: int) -> None:
        if self.open_fds.pop(fd, None) is not None:
            self.server.unwatch(fd)
            os.close(fd)

    # ---- lifecycle (called by the server) -------------------------------------------------------

    def next_deadline(self) -> float | None:
        return self.deadline if self.status is None else self.drain_until

    def on_deadline(self, now: float) -> None:
        if self.status is None:
            self.timed_out = True
            self.kill()
            self.deadline = now + 1.0  # kill again later if something survived (it should not)
        else:
            self._finish()

    def on_exit(self, status: int) -> None:
        self.status = status
        self.ended = time.monotonic()
        if not self.background:
            # Whatever it left running dies now: its pipes then close and the drain below is short.
            kill_tree(self.pid, self.marker)
        if self.open_fds:
            self.drain_until = self.ended + DRAIN_GRACE_S
        else:
            self._finish()

    def cancel(self) -> None:
        self.cancelled = True
        self.kill()

    def kill(self) -> None:
        if self.pid and not self.finished:
            kill_tree(self.pid, self.marker)

    def _finish(self) -> None:
        if self.finished:
            return
        self.finished = True
        for fd in list(self.open_fds):
            self._drain(fd)
            self._close(fd)
        self.complete()

    def _drain(self, fd: int) -> None:
        """What is still in a pipe (a paused one holds up to its buffer) is output too."""
        for _ in range(64):
            try:
                data = os.read(fd, 1 << 16)
            except OSError:
                return
            if not data:
                return
            self.on_data(self.open_fds[fd], data)

    # ---- results --------------------------------------------------------------------------------

    def exit_code(self) -> int:
        if self.timed_out:
            return 124
        status = self.status or 0
        if os.WIFSIGNALED(status):
            return 128 + os.WTERMSIG(status)
        return os.WEXITSTATUS(status)

    def oom_killed(self) -> bool:
        status = self.status or 0
        if self.timed_out or self.cancelled or not os.WIFSIGNALED(status):
            return False
        if os.WTERMSIG(status) != signal.SIGKILL:
            return False
        after = oom_kill_count()
        return after is not None and self.oom_before is not None and after > self.oom_before

    def common_result(self) -> dict[str, Any]:
        result: dict[str, Any] = {
            "exit_code": self.exit_code(),
            "duration_s": round(self.ended - self.started, 6),
            "timed_out": self.timed_out,
            "cancelled": self.cancelled,
            "oom_killed": self.oom_killed(),
        }
        for name in ("stdout", "stderr"):
            data, truncated = self.captures[name].value()
            result[name] = base64.b64encode(data).decode("ascii")
            result[f"{name}_truncated"] = truncated
        return result

    def complete(self) -> None:
        raise NotImplementedError


class ExecJob(Job):
    def __init__(
        self,
        server: Server,
        req_id: Any,
        *,
        argv: list[str],
        env: dict[str, str],
        cwd: str,
        stdin: bytes | None,
        timeout: float | None,
        max_output: int,
        stream: bool,
        background: bool = False,
    ) -> None:
        super().__init__(server, req_id, timeout, max_output)
        self.stream = stream
        self.background = background
        cwd_fd = _open_cwd(server.workspace, cwd)
        full_env = dict(os.environ)
        full_env.update(env)
        full_env["AGENTKIT_JOB"] = self.marker
        try:
            # The child changes into the directory we opened and checked, not into a path that could
            # be swapped for a symlink in between.
            proc = subprocess.Popen(
                argv,
                stdin=subprocess.PIPE if stdin is not None else subprocess.DEVNULL,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                cwd=f"/proc/self/fd/{cwd_fd}",
                pass_fds=(cwd_fd,),
                env=full_env,
                start_new_session=True,
            )
        except FileNotFoundError:
            raise SpawnFailed(127, f"{argv[0]}: command not found\n") from None
        except PermissionError:
            raise SpawnFailed(126, f"{argv[0]}: permission denied\n") from None
        except OSError as exc:
            raise SpawnFailed(126, f"{argv[0]}: cannot execute: {exc.strerror}\n") from None
        finally:
            os.close(cwd_fd)
        self.proc = proc
        self.pid = proc.pid
        assert proc.stdout is not None and proc.stderr is not None
        # Take the raw descriptors: the loop reads them without Python's buffered file objects.
        self.watch_output(os.dup(proc.stdout.fileno()), "stdout")
        self.watch_output(os.dup(proc.stderr.fileno()), "stderr")
        proc.stdout.close()
        proc.stderr.close()
        self.stdin_data = memoryview(stdin or b"")
        self.stdin_fd: int | None = None
        if proc.stdin is not None:
            self.stdin_fd = os.dup(proc.stdin.fileno())
            proc.stdin.close()
            os.set_blocking(self.stdin_fd, False)
            server.watch_write(self.stdin_fd, self._on_writable)

    def _on_writable(self) -> None:
        assert self.stdin_fd is not None
        try:
            written = os.write(self.stdin_fd, self.stdin_data[: 1 << 16]) if self.stdin_data else 0
        except BlockingIOError:
            return
        except BrokenPipeError:  # the command stopped reading: that is its business
            written, self.stdin_data = 0, memoryview(b"")
        self.stdin_data = self.stdin_data[written:]
        if not self.stdin_data:
            self.server.unwatch(self.stdin_fd)
            os.close(self.stdin_fd)
            self.stdin_fd = None

    def on_data(self, name: str, data: bytes) -> None:
        super().on_data(name, data)
        if self.stream:
            self.server.send(
                {
                    "id": self.req_id,
                    "event": "output",
                    "stream": name,
                    "data": base64.b64encode(data).decode(),
                }
            )

    def complete(self) -> None:
        if self.stdin_fd is not None:
            self.server.unwatch(self.stdin_fd)
            os.close(self.stdin_fd)
            self.stdin_fd = None
        self.proc.returncode = self.exit_code()  # reaped by the server; keep Popen from waiting again
        self.server.job_finished(self, self.common_result())


def _open_cwd(workspace: str, cwd: str) -> int:
    """A descriptor of the working directory. Inside the workspace it is resolved like a file path
    (a symlink leading out is PathEscape) and opened without following links; elsewhere (e.g. /tmp, an
    SDK caller's choice) it is opened as given."""
    root = os.path.realpath(workspace)
    lexical = os.path.normpath(os.path.join(root, cwd))
    try:
        if lexical == root or lexical.startswith(root + "/"):
            fd: int = akr_files.open_dir_beneath(workspace, akr_files.confine(workspace, cwd), cwd)
            return fd
        return os.open(cwd, os.O_RDONLY | os.O_DIRECTORY | os.O_CLOEXEC)
    except (FileNotFoundError, NotADirectoryError):
        raise RunnerError("NotFound", f"exec: working directory {cwd!r} does not exist") from None


class SpawnFailed(Exception):
    """The command could not be started; answered like a shell would (127 or 126 and a message)."""

    def __init__(self, exit_code: int, message: str) -> None:
        super().__init__(message)
        self.exit_code = exit_code
        self.message = message

    def result(self) -> dict[str, Any]:
        return {
            "exit_code": self.exit_code,
            "duration_s": 0.0,
            "timed_out": False,
            "cancelled": False,
            "oom_killed": False,
            "stdout": "",
            "stderr": base64.b64encode(self.message.encode()).decode("ascii"),
            "stdout_truncated": False,
            "stderr_truncated": False,
        }


class CallJob(Job):
    """``module.function(**arguments)`` in a call worker (see akr_workers): one round trip to a process
    that is already running, so a call costs no fork. A timeout or a crash takes the worker (and its
    process tree) down, never the runner."""

    def __init__(
        self,
        server: Server,
        req_id: Any,
        *,
        module: str,
        function: str,
        arguments: dict[str, Any],
        timeout: float | None,
        max_output: int,
    ) -> None:
        super().__init__(server, req_id, timeout, max_output)
        self.worker: Worker | None = None  # queued until a worker is free (see Server.start_pending_calls)
        self.captures = {"stdout": Capture(0), "stderr": Capture(0)}
        self.request = {
            "module": module,
            "function": function,
            "arguments": arguments,
            "max_output": max_output,
        }

    def start(self, worker: Worker) -> None:
        self.worker = worker
        self.pid = worker.pid
        self.marker = worker.marker
        worker.job = self
        worker.send(self.request)

    def on_reply(self, line: bytes) -> None:
        """The worker's whole result object, already JSON: passed through without parsing it again."""
        if self.finished:
            return
        self.finished = True
        assert self.worker is not None
        self.server.workers.give_back(self.worker)
        self.server.job_finished(self, raw_result=line)
        self.server.start_pending_calls()

    def on_exit(self, status: int) -> None:
        """The worker died during the call: killed at the timeout, by the OOM killer, or it crashed."""
        if self.finished:
            return
        self.status = status
        self.ended = time.monotonic()
        self.finished = True
        result = self.common_result()
        result["call"] = None
        self.server.job_finished(self, result)
        self.server.start_pending_calls()

    def kill(self) -> None:
        if self.finished:
            return
        if self.worker is not None:
            self.worker.kill()
        else:  # still queued: nothing runs, answer now
            self.on_exit(signal.SIGKILL)

    def complete(self) -> None:  # finishing goes through on_reply / on_exit
        pass
