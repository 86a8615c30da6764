"""Stand-in for typing_extensions inside the sandbox: the names come from typing.

On Python < 3.12 Pydantic needs ``typing_extensions.TypedDict`` on the host, so a sandboxed tool may
import it; the sandbox has no typing_extensions, and its Python's typing has what tools use.
"""

import typing
from typing import *
from typing import Any


def __getattr__(name: str) -> Any:
    return getattr(typing, name)
