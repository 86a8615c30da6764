"""The runner's event loop: one thread, one selector over stdin, stdout, child pipes and a signal pipe.

Requests are parsed from stdin lines and dispatched; long operations (exec, call) become jobs that
answer when they finish, so many can run at once. Replies are queued and written without blocking, so a
host that is slow to read never stalls the children.
"""

from __future__ import annotations

import base64
import json
import os
import selectors
import signal
import sys
import time
from collections.abc import Callable
from typing import Any

import akr_files
import akr_jobs
import akr_pycall
import akr_workers
from akr_errors import RunnerError

PROTOCOL_VERSION = 1
MAX_REQUEST_BYTES = 512 * 1024 * 1024


class Server:
    def __init__(self, runner_dir: str) -> None:
        self.runner_dir = runner_dir
        self.workspace = os.environ.get("AGENTKIT_WORKSPACE", "/workspace")
        self.selector = selectors.DefaultSelector()
        self.inbuf = bytearray()
        self.outbuf = bytearray()
        self.stdin_open = True
        self.jobs: dict[Any, akr_jobs.Job] = {}
        self.jobs_by_pid: dict[int, akr_jobs.Job] = {}
        self.modules: dict[str, str] = {}
        self.modules_version = 0
        self.workers = akr_workers.WorkerPool(self)
        self.nonce = os.urandom(6).hex()
        self.stopping = False

    # ---- the loop -------------------------------------------------------------------------------

    def run(self) -> int:
        os.set_blocking(0, False)
        os.set_blocking(1, False)
        wake_r, wake_w = os.pipe()
        os.set_blocking(wake_r, False)
        os.set_blocking(wake_w, False)
        signal.set_wakeup_fd(wake_w, warn_on_full_buffer=False)
        signal.signal(signal.SIGCHLD, lambda signum, frame: None)
        signal.signal(signal.SIGTERM, self._on_stop_signal)
        signal.signal(signal.SIGINT, self._on_stop_signal)
        akr_jobs.become_subreaper()
        self.selector.register(0, selectors.EVENT_READ, self._on_stdin)
        self.selector.register(wake_r, selectors.EVENT_READ, lambda: _drain(wake_r))
        self.send(
            {
                "event": "hello",
                "protocol": PROTOCOL_VERSION,
                "pid": os.getpid(),
                "uid": os.getuid(),
                "python": sys.version.split()[0],
                "workspace": self.workspace,
            }
        )
        while True:
            for key, _mask in self.selector.select(self._select_timeout()):
                handler: Callable[[], None] = key.data
                handler()
            self._reap()
            now = time.monotonic()
            for job in list(self.jobs.values()):
                deadline = job.next_deadline()
                if deadline is not None and deadline <= now:
                    job.on_deadline(now)
            if not self.stdin_open or self.stopping:
                break
            self.workers.ensure_spare()
        for job in list(self.jobs.values()):
            job.kill()
        self.workers.kill_all()
        return 0

    def _on_stop_signal(self, signum: int, frame: object) -> None:
        self.stopping = True

    def _select_timeout(self) -> float | None:
        deadlines = [d for job in self.jobs.values() if (d := job.next_deadline()) is not None]
        if not deadlines:
            return None
        return max(0.0, float(min(deadlines)) - time.monotonic())

    def _reap(self) -> None:
        while True:
            try:
                pid, status = os.waitpid(-1, os.WNOHANG)
            except ChildProcessError:
                return
            if pid == 0:
                return
            job = self.jobs_by_pid.pop(pid, None)
            if job is not None:
                job.on_exit(status)
            self.workers.on_exit(pid)

    # ---- input ----------------------------------------------------------------------------------

    def _on_stdin(self) -> None:
        try:
            chunk = os.read(0, 1 << 20)
        except BlockingIOError:
            return
        if not chunk:
            self.stdin_open = False
            self.selector.unregister(0)
            return
        self.inbuf += chunk
        if len(self.inbuf) > MAX_REQUEST_BYTES:
            self.send({"id": None, "ok": False, "error": _error("BadRequest", "request line too long")})
            self.inbuf.clear()
            return
        while True:
            end = self.inbuf.find(b"\n")
            if end < 0:
                return
            line = bytes(self.inbuf[:end])
            del self.inbuf[: end + 1]
            if line.strip():
                self._handle_line(line)

    def _handle_line(self, line: bytes) -> None:
        try:
            request = json.loads(line)
        except ValueError as exc:
            self.send({"id": None, "ok": False, "error": _error("BadRequest", f"invalid JSON: {exc}")})
            return
        if not isinstance(request, dict):
            self.send({"id": None, "ok": False, "error": _error("BadRequest", "a request is a JSON object")})
            return
        req_id = request.get("id")
        try:
            result = self._dispatch(req_id, request)
        except RunnerError as exc:
            self.reply_error(req_id, exc.type_name, exc.message)
        except Exception as exc:  # noqa: BLE001 - report a bug or OS error, keep serving the rest
            self.reply_error(req_id, type(exc).__name__, str(exc))
        else:
            if result is not None:
                self.send({"id": req_id, "ok": True, "result": result})

    def _dispatch(self, req_id: Any, request: dict[str, Any]) -> dict[str, Any] | None:
        op = request.get("op")
        if req_id in self.jobs:
            raise RunnerError("BadRequest", f"request id {req_id!r} is already running")
        if op == "ping":
            return {"pid": os.getpid(), "jobs": len(self.jobs)}
        if op == "exec":
            try:
                job: akr_jobs.Job = akr_jobs.ExecJob(
                    self,
                    req_id,
                    argv=_str_list(request.get("argv"), "argv"),
                    env=_str_dict(request.get("env") or {}, "env"),
                    cwd=_str(request.get("cwd") or self.workspace, "cwd"),
                    stdin=_b64(request["stdin"]) if request.get("stdin") is not None else None,
                    timeout=_opt_float(request.get("timeout"), "timeout"),
                    max_output=int(request.get("max_output", 1 << 20)),
                    stream=bool(request.get("stream", False)),
                )
            except akr_jobs.SpawnFailed as exc:
                failed: dict[str, Any] = exc.result()
                return failed
            self._start(job)
            return None
        if op == "call":
            arguments = request.get("arguments") or {}
            if not isinstance(arguments, dict):
                raise RunnerError("BadRequest", "call: 'arguments' must be a JSON object")
            self._start(
                akr_jobs.CallJob(
                    self,
                    req_id,
                    module=_str(request.get("module"), "module"),
                    function=_str(request.get("function"), "function"),
                    arguments=arguments,
                    timeout=_opt_float(request.get("timeout"), "timeout"),
                    max_output=int(request.get("max_output", 1 << 20)),
                )
            )
            return None
        if op == "cancel":
            job = self.jobs.get(request.get("target"))
            if job is not None:
                job.cancel()
            return {"found": job is not None}
        if op == "install_module":
            name = _str(request.get("name"), "name")
            source = _str(request.get("source"), "source")
            akr_pycall.check_module(name, source)
            self.modules[name] = source
            self.modules_version += 1
            self.workers.retire_idle()  # a spare with the new module is forked after this request
            return {}
        max_bytes = int(request.get("max_bytes", 16 << 20))
        if op == "read_file":
            data = akr_files.read_file(self.workspace, _str(request.get("path"), "path"), max_bytes)
            return {"data": base64.b64encode(data).decode("ascii")}
        if op == "write_file":
            data = _b64(request.get("data"))
            size = akr_files.write_file(self.workspace, _str(request.get("path"), "path"), data, max_bytes)
            return {"size": size}
        if op == "put_archive":
            data = _b64(request.get("data"))
            count = akr_files.put_archive(self.workspace, _str(request.get("path"), "path"), data, max_bytes)
            return {"members": count}
        if op == "get_archive":
            data = akr_files.get_archive(self.workspace, _str(request.get("path"), "path"), max_bytes)
            return {"data": base64.b64encode(data).decode("ascii")}
        raise RunnerError("BadRequest", f"unknown op {op!r}")

    def _start(self, job: akr_jobs.Job) -> None:
        self.jobs[job.req_id] = job
        self.jobs_by_pid[job.pid] = job

    # ---- called by jobs -------------------------------------------------------------------------

    def job_finished(
        self, job: akr_jobs.Job, result: dict[str, Any] | None = None, raw_result: bytes | None = None
    ) -> None:
        self.jobs.pop(job.req_id, None)
        self.jobs_by_pid.pop(job.pid, None)
        if raw_result is None:
            self.send({"id": job.req_id, "ok": True, "result": result})
            return
        # A call worker already produced the result as JSON: splice it in, do not parse it again.
        head = json.dumps({"id": job.req_id, "ok": True}).encode()
        self._write(head[:-1] + b', "result": ' + raw_result + b"}\n")

    def reply_error(self, req_id: Any, type_name: str, message: str) -> None:
        self.send({"id": req_id, "ok": False, "error": _error(type_name, message)})

    def send(self, message: dict[str, Any]) -> None:
        self._write(json.dumps(message).encode() + b"\n")

    def watch(self, fd: int, handler: Callable[[], None]) -> None:
        self.selector.register(fd, selectors.EVENT_READ, handler)

    def watch_write(self, fd: int, handler: Callable[[], None]) -> None:
        self.selector.register(fd, selectors.EVENT_WRITE, handler)

    def unwatch(self, fd: int) -> None:
        try:
            self.selector.unregister(fd)
        except (KeyError, ValueError):
            pass

    # ---- output ---------------------------------------------------------------------------------

    def _write(self, data: bytes) -> None:
        was_empty = not self.outbuf
        self.outbuf += data
        self._flush()
        if was_empty and self.outbuf:
            self.selector.register(1, selectors.EVENT_WRITE, self._flush_ready)

    def _flush_ready(self) -> None:
        self._flush()
        if not self.outbuf:
            self.selector.unregister(1)

    def _flush(self) -> None:
        while self.outbuf:
            try:
                written = os.write(1, self.outbuf)
            except BlockingIOError:
                return
            except BrokenPipeError:  # the host is gone: nobody to answer any more
                self.outbuf.clear()
                self.stopping = True
                return
            del self.outbuf[:written]


def _drain(fd: int) -> None:
    try:
        while os.read(fd, 4096):
            pass
    except BlockingIOError:
        pass


def _error(type_name: str, message: str) -> dict[str, str]:
    return {"type": type_name, "message": message}


def _str(value: Any, field: str) -> str:
    if not isinstance(value, str):
        raise RunnerError("BadRequest", f"{field!r} must be a string, got {type(value).__name__}")
    return value


def _str_list(value: Any, field: str) -> list[str]:
    if not isinstance(value, list) or not value or not all(isinstance(v, str) for v in value):
        raise RunnerError("BadRequest", f"{field!r} must be a non-empty list of strings")
    return value


def _str_dict(value: Any, field: str) -> dict[str, str]:
    if not isinstance(value, dict) or not all(isinstance(v, str) for v in value.values()):
        raise RunnerError("BadRequest", f"{field!r} must map names to strings")
    return value


def _opt_float(value: Any, field: str) -> float | None:
    if value is None:
        return None
    if not isinstance(value, (int, float)) or value <= 0:
        raise RunnerError("BadRequest", f"{field!r} must be a positive number of seconds")
    return float(value)


def _b64(value: Any) -> bytes:
    if not isinstance(value, str):
        raise RunnerError("BadRequest", "binary data must be a base64 string")
    return base64.b64decode(value, validate=True)
