"""Captured content in the GenAI conventions' JSON message format (only when capture is on).

Messages become ``{"role", "parts": [...]}`` with text, reasoning, tool_call and tool_call_response
parts; media parts are named by type and location, never inlined. Every value passes through the
`Redactor`, and strings longer than the configured limit are cut, keeping the JSON structure.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from agentkit.tracing.redact import Redactor


class Content:
    def __init__(self, redactor: Redactor, max_chars: int) -> None:
        self.redactor = redactor
        self.max_chars = max_chars

    def clean(self, value: Any) -> Any:
        return self._cut(self.redactor.value(_jsonable(value)))

    def _cut(self, value: Any) -> Any:
        if isinstance(value, str) and len(value) > self.max_chars:
            return value[: self.max_chars] + f"...[{len(value) - self.max_chars} more chars]"
        if isinstance(value, dict):
            return {k: self._cut(v) for k, v in value.items()}
        if isinstance(value, list):
            return [self._cut(v) for v in value]
        return value

    def dumps(self, value: Any) -> str:
        return json.dumps(value, ensure_ascii=False, default=str)

    def text_of(self, value: Any) -> str:
        cleaned = self.clean(value)
        return cleaned if isinstance(cleaned, str) else self.dumps(cleaned)

    def text_part(self, value: Any) -> dict[str, Any]:
        return {"type": "text", "content": value if isinstance(value, str) else self.dumps(value)}

    def user(self, text: str) -> dict[str, Any]:
        return {"role": "user", "parts": [self.text_part(self.clean(text))]}

    def assistant(self, parts: list[dict[str, Any]]) -> dict[str, Any]:
        return {"role": "assistant", "parts": parts}

    def tool_call(self, call_id: str, name: str, arguments: Any) -> dict[str, Any]:
        return {"type": "tool_call", "id": call_id, "name": name, "arguments": self.clean(arguments)}

    def completion(self, reasoning: str | None, text: str | None) -> list[dict[str, Any]]:
        parts: list[dict[str, Any]] = []
        if reasoning:
            parts.append({"type": "reasoning", "content": self.clean(reasoning)})
        if text:
            parts.append(self.text_part(self.clean(text)))
        return parts

    def system(self, message: Any) -> list[dict[str, Any]]:
        return self._parts(message.content)

    def messages(self, messages: Sequence[Any]) -> list[dict[str, Any]]:
        out: list[dict[str, Any]] = []
        for message in messages:
            role = "system" if message.role == "developer" else message.role
            parts: list[dict[str, Any]] = []
            if role == "assistant":
                parts += self.completion(message.reasoning, None)
                parts += self._parts(message.content)
                parts += [self.tool_call(c.id or "", c.name, c.arguments) for c in message.tool_calls]
            elif role == "tool":
                parts.append(
                    {
                        "type": "tool_call_response",
                        "id": message.tool_call_id,
                        "response": self.clean(message.content),
                    }
                )
            else:
                parts += self._parts(message.content)
            out.append({"role": role, "parts": parts})
        return out

    def _parts(self, content: Any) -> list[dict[str, Any]]:
        if content is None or content == "":
            return []
        if isinstance(content, str):
            return [self.text_part(self.clean(content))]
        parts: list[dict[str, Any]] = []
        for part in content:
            if part.type == "text":
                parts.append(self.text_part(self.clean(part.text)))
            else:  # media: say what and where, never the bytes
                where = getattr(part, "url", None) or getattr(part, "path", None)
                parts.append(
                    {"type": "uri", "modality": part.type, "uri": where} if where else {"type": part.type}
                )
        return parts


def _jsonable(value: Any) -> Any:
    if hasattr(value, "model_dump"):
        return value.model_dump(mode="json")
    if isinstance(value, list | tuple):
        return [_jsonable(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    return value
