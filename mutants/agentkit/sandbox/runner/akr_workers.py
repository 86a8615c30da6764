"""Call workers: children of the runner, forked ahead of need, that run ``call`` requests one at a time.

A call is one JSON line to an idle worker and one JSON line back, so it costs no fork (the fork happens
between calls, to keep a spare ready). Each worker runs in its own session with its own job marker:
a timeout kills the worker's whole process tree, a crash or an OOM kill takes only the worker. A worker
serves calls with the installed modules it was forked with; installing a module retires idle workers
so the next call sees it. Modules imported by earlier calls stay imported (as in one Python process).
"""

from __future__ import annotations

import itertools
import json
import os
import signal
import socket
from typing import TYPE_CHECKING, Any

from akr_jobs import kill_tree

if TYPE_CHECKING:
    from akr_jobs import CallJob
    from akr_server import Server

MAX_IDLE = 2
MAX_WORKERS = 64
REPLY_CAP = 256 * 1024 * 1024
_numbers = itertools.count(1)


class Worker:
    def __init__(self, server: Server) -> None:
        self.server = server
        self.marker = f"{server.nonce}-w{next(_numbers)}"
        self.version = server.modules_version
        parent, child = socket.socketpair()
        pid = os.fork()
        if pid == 0:  # never returns
            parent.close()
            _run_worker(server, child, self.marker)
        child.close()
        parent.setblocking(False)
        self.pid = pid
        self.sock = parent
        self.inbuf = bytearray()
        self.job: CallJob | None = None
        self.dead = False
        server.watch(parent.fileno(), self._on_readable)

    def send(self, request: dict[str, Any]) -> None:
        # The worker is idle in readline(): it takes even a large request promptly.
        self.sock.setblocking(True)
        try:
            self.sock.sendall(json.dumps(request).encode() + b"\n")
        except OSError:
            self.kill()  # it died just now: the reaper reports it to the job
        finally:
            self.sock.setblocking(False)

    def _on_readable(self) -> None:
        try:
            data = self.sock.recv(1 << 20)
        except BlockingIOError:
            return
        except OSError:
            data = b""
        if not data:
            self.close()  # it exited or died; its status comes through the reaper
            return
        self.inbuf += data
        if len(self.inbuf) > REPLY_CAP:
            self.inbuf.clear()
            self.kill()
            return
        end = self.inbuf.find(b"\n")
        if end >= 0:
            line = bytes(self.inbuf[:end])
            del self.inbuf[: end + 1]
            job, self.job = self.job, None
            if job is not None:
                job.on_reply(line)

    def kill(self) -> None:
        kill_tree(self.pid, self.marker)

    def close(self) -> None:
        """Closing our end makes an idle worker's readline() see EOF: it exits on its own."""
        if self.sock.fileno() >= 0:
            self.server.unwatch(self.sock.fileno())
            self.sock.close()


class WorkerPool:
    def __init__(self, server: Server) -> None:
        self.server = server
        self.idle: list[Worker] = []
        self.workers: dict[int, Worker] = {}

    def take(self) -> Worker:
        while self.idle:
            worker = self.idle.pop()
            if (
                not worker.dead
                and worker.sock.fileno() >= 0
                and worker.version == self.server.modules_version
            ):
                return worker
            worker.close()
        worker = Worker(self.server)
        self.workers[worker.pid] = worker
        return worker

    def give_back(self, worker: Worker) -> None:
        current = worker.version == self.server.modules_version
        if worker.dead or not current or len(self.idle) >= MAX_IDLE:
            worker.close()
        else:
            self.idle.append(worker)

    def retire_idle(self) -> None:
        for worker in self.idle:
            worker.close()
        self.idle.clear()

    def ensure_spare(self) -> None:
        """Keep one idle worker forked ahead of the next call."""
        if not self.idle and len(self.workers) < MAX_WORKERS:
            worker = Worker(self.server)
            self.workers[worker.pid] = worker
            self.idle.append(worker)

    def on_exit(self, pid: int) -> None:
        worker = self.workers.pop(pid, None)
        if worker is None:
            return
        worker.dead = True
        worker.close()
        if worker in self.idle:
            self.idle.remove(worker)

    def kill_all(self) -> None:
        for worker in list(self.workers.values()):
            worker.kill()


def _run_worker(server: Server, sock: socket.socket, marker: str) -> None:
    code = 70
    try:
        os.setsid()
        signal.set_wakeup_fd(-1)
        for signum in (signal.SIGCHLD, signal.SIGTERM, signal.SIGINT):
            signal.signal(signum, signal.SIG_DFL)
        devnull = os.open(os.devnull, os.O_RDWR)
        os.dup2(devnull, 0)
        os.dup2(2, 1)  # output below the Python level (subprocesses) joins the runner's diagnostics
        os.dup2(sock.fileno(), 3)
        os.closerange(4, os.sysconf("SC_OPEN_MAX"))  # the runner's selector, pipes and sockets
        os.environ["AGENTKIT_JOB"] = marker
        import akr_pycall

        code = akr_pycall.worker_loop(3, server.modules, server.runner_dir, server.workspace)
    finally:
        os._exit(code)
