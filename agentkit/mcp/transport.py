"""The SDK transport for one configured server: a child process, or streamable HTTP.

A stdio server gets exactly the environment its config gives (``env`` plus the host variables named
in ``inherit_env``). The SDK's stdio client always adds a few host variables (HOME, PATH, USER...)
to whatever it is given, so the child is started through a tiny launcher (``python -I -S -c``) that
drops every variable not named and then ``exec``s the server: the server keeps the launcher's
process id, so the SDK's process-tree shutdown still reaches it.
"""

from __future__ import annotations

import os
import shutil
import sys
from collections.abc import Mapping
from contextlib import AbstractAsyncContextManager
from typing import Any, TextIO

import httpx2
from mcp.client.stdio import StdioServerParameters, stdio_client
from mcp.client.streamable_http import streamable_http_client

from agentkit.mcp.config import HTTPServer, StdioServer

# Runs in the launcher process: keep only the named variables, then become the server.
_LAUNCHER = (
    "import os,sys\n"
    "keep=set(filter(None,sys.argv[1].split(',')))\n"
    "env={k:v for k,v in os.environ.items() if k in keep}\n"
    "os.execve(sys.argv[2],sys.argv[2:],env)\n"
)


class ServerConfigError(ValueError):
    """A server's configuration cannot be used here (command not found, variable not set)."""


def child_environment(spec: StdioServer, environ: Mapping[str, str]) -> dict[str, str]:
    """The whole environment the server process gets."""
    env: dict[str, str] = {}
    for name in spec.inherit_env:
        if name in environ:
            env[name] = environ[name]
    env.update(spec.env)
    return env


def resolve_command(spec: StdioServer, environ: Mapping[str, str], server: str) -> str:
    """The executable's absolute path, looked up on the child's PATH (else the host's)."""
    path = child_environment(spec, environ).get("PATH", environ.get("PATH", os.defpath))
    found = shutil.which(spec.command, path=path)
    if found is None:
        raise ServerConfigError(
            f"MCP server {server!r}: command {spec.command!r} was not found"
            + ("" if os.sep in spec.command else f" on PATH ({path})")
        )
    return os.path.abspath(found)


def stdio_parameters(spec: StdioServer, environ: Mapping[str, str], server: str) -> StdioServerParameters:
    command = resolve_command(spec, environ, server)
    env = child_environment(spec, environ)
    return StdioServerParameters(
        command=sys.executable,
        args=["-I", "-S", "-c", _LAUNCHER, ",".join(env), command, *spec.args],
        env=env,
        cwd=spec.cwd,
    )


def http_headers(spec: HTTPServer, environ: Mapping[str, str], server: str) -> dict[str, str]:
    headers = dict(spec.headers)
    for header, variable in spec.headers_env.items():
        value = environ.get(variable)
        if not value:
            raise ServerConfigError(
                f"MCP server {server!r}: environment variable {variable} (for the {header} header) is not set"
            )
        headers[header] = value
    return headers


def open_transport(
    spec: StdioServer | HTTPServer,
    environ: Mapping[str, str],
    server: str,
    *,
    errlog: TextIO,
    http_client: httpx2.AsyncClient | None = None,
) -> AbstractAsyncContextManager[Any]:
    """The transport context the SDK ``Client`` enters (it yields the read and write streams)."""
    if isinstance(spec, StdioServer):
        return stdio_client(stdio_parameters(spec, environ, server), errlog=errlog)
    assert http_client is not None
    return streamable_http_client(spec.url, http_client=http_client)


def new_http_client(spec: HTTPServer, environ: Mapping[str, str], server: str) -> httpx2.AsyncClient:
    """An HTTP client with the server's headers; the read timeout covers the longest tool call."""
    timeout = httpx2.Timeout(spec.connect_timeout_s, read=max(spec.timeout_s, 300.0))
    return httpx2.AsyncClient(headers=http_headers(spec, environ, server), timeout=timeout)
