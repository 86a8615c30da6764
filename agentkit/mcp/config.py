"""How to reach an MCP server, and which of its tools to use: the task.yaml ``mcp:`` entries.

    mcp:
      files:                              # the server's name: its tools are mcp__files__<tool>
        command: node
        args: [server-filesystem/dist/index.js, /data]
        env: {LOG_LEVEL: warn}            # the child's whole environment, with inherit_env
        inherit_env: [PATH]               # host variables passed on by name
        include: [read_text_file, list_directory]
      search:
        url: https://search.example/mcp
        headers_env: {Authorization: SEARCH_TOKEN}   # header value read from $SEARCH_TOKEN
        timeout_s: 20
        on_failure: continue              # the run goes on without this server if it fails

This module imports nothing from the ``mcp`` SDK, so task files validate without the extra.
"""

from __future__ import annotations

import re
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Discriminator, Field, Tag, field_validator

#: A server name: it becomes part of tool names (``mcp__{server}__{tool}``), so it stays simple.
SERVER_NAME = re.compile(r"[A-Za-z][A-Za-z0-9_-]{0,31}")
_ENV_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_HEADER_NAME = re.compile(r"[!#$%&'*+.^_`|~0-9A-Za-z-]+")

OnFailure = Literal["continue", "stop"]


class _ServerBase(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    include: list[str] | None = Field(
        None, description="Only these tools of the server (its own names, before the mcp__ prefix)."
    )
    exclude: list[str] = Field(default_factory=list, description="Leave these tools of the server out.")
    timeout_s: float = Field(60.0, gt=0, description="Wall-clock limit for one tool call.")
    connect_timeout_s: float = Field(
        30.0, gt=0, description="Limit for starting the server, the handshake and listing its tools."
    )
    on_failure: OnFailure = Field(
        "stop",
        description=(
            "When the server cannot start or dies mid-run: stop the run with an error, or continue "
            "without its tools (each call to them then returns an error the model sees)."
        ),
    )
    read_only: bool = Field(
        False,
        description="Treat every tool as read-only (parallel calls) even where the server does not say so.",
    )


class StdioServer(_ServerBase):
    """A server started as a child process, speaking MCP over its stdin and stdout."""

    command: str = Field(min_length=1, description="The executable (looked up on PATH when not a path).")
    args: list[str] = Field(default_factory=list)
    env: dict[str, str] = Field(
        default_factory=dict,
        description="The child's environment. Nothing else from the host is passed, except inherit_env.",
    )
    inherit_env: list[str] = Field(
        default_factory=list, description="Names of host environment variables to pass on (e.g. PATH)."
    )
    cwd: str | None = Field(None, description="The child's working directory (default: the current one).")

    @field_validator("env")
    @classmethod
    def _env_names(cls, value: dict[str, str]) -> dict[str, str]:
        for name in value:
            _check_env_name(name)
        return value

    @field_validator("inherit_env")
    @classmethod
    def _inherit_names(cls, value: list[str]) -> list[str]:
        for name in value:
            _check_env_name(name)
        return value


class HTTPServer(_ServerBase):
    """A server reached over streamable HTTP."""

    url: str = Field(description="The MCP endpoint, e.g. https://host/mcp.")
    headers: dict[str, str] = Field(
        default_factory=dict, description="Headers sent as written (never put a secret here)."
    )
    headers_env: dict[str, str] = Field(
        default_factory=dict,
        description="Header name -> the environment variable its value is read from (for tokens).",
    )

    @field_validator("url")
    @classmethod
    def _url(cls, value: str) -> str:
        if not value.startswith(("http://", "https://")):
            raise ValueError(f"MCP server URL {value!r} must start with http:// or https://")
        return value

    @field_validator("headers", "headers_env")
    @classmethod
    def _header_names(cls, value: dict[str, str]) -> dict[str, str]:
        for name in value:
            if not _HEADER_NAME.fullmatch(name):
                raise ValueError(f"{name!r} is not an HTTP header name")
        return value

    @field_validator("headers_env")
    @classmethod
    def _header_vars(cls, value: dict[str, str]) -> dict[str, str]:
        for variable in value.values():
            _check_env_name(variable)
        return value


def _transport_of(value: Any) -> str:
    if isinstance(value, dict):
        return "http" if "url" in value else "stdio"
    return "http" if isinstance(value, HTTPServer) else "stdio"


#: One server entry: ``url`` makes it streamable HTTP, otherwise it is a stdio command.
ServerSpec = Annotated[
    Annotated[StdioServer, Tag("stdio")] | Annotated[HTTPServer, Tag("http")],
    Discriminator(_transport_of),
]


def check_server_name(name: str) -> str:
    if not SERVER_NAME.fullmatch(name) or "__" in name:
        raise ValueError(
            f"MCP server name {name!r}: use a letter then letters, digits, '_' or '-' (at most 32, "
            "no '__', which separates the parts of mcp__{server}__{tool})"
        )
    return name


def _check_env_name(name: str) -> None:
    if not _ENV_NAME.fullmatch(name):
        raise ValueError(f"{name!r} is not an environment variable name")
