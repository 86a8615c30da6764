"""The one error type the runner reports to the host: a type name the host maps to an exception."""

from __future__ import annotations


class RunnerError(Exception):
    """``type_name`` is one of BadRequest, PathEscape, FileTooLarge, NotFound, SyntaxError, SpawnError."""

    def __init__(self, type_name: str, message: str) -> None:
        super().__init__(message)
        self.type_name = type_name
        self.message = message
