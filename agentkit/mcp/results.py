"""An MCP ``CallToolResult`` as an agentkit tool return value, or a `ToolError` the model sees.

* text blocks join into one string; structured content (a JSON object) is preferred over its text
  copy when the server sends both, since it is the typed form;
* images (and audio) become content parts next to the text;
* resource links and embedded resources are shown as text (their URI, and the text of a text
  resource), a binary resource by its type and size;
* ``isError`` results raise `ToolError` with the server's text, so the model reads what went wrong.
"""

from __future__ import annotations

import base64
import binascii
import json
from typing import Any

import mcp.types as mt

from agentkit.messages import AudioPart, ContentPart, ImagePart, TextPart
from agentkit.tool.results import ToolError


def tool_value(server: str, tool: str, result: mt.CallToolResult) -> Any:
    """What the tool call returned, for `agentkit.tool.results.ok_result` to show."""
    parts = [part for block in result.content for part in _parts(block)]
    if result.is_error:
        text = "\n".join(part.text for part in parts if isinstance(part, TextPart)).strip()
        raise ToolError(f"MCP tool {tool!r} on server {server!r} reported an error: {text or '(no message)'}")
    if result.structured_content is not None and all(isinstance(part, TextPart) for part in parts):
        return result.structured_content
    if not parts:
        return None
    if all(isinstance(part, TextPart) for part in parts):
        return "\n".join(part.text for part in parts if isinstance(part, TextPart))
    return parts


def _parts(block: Any) -> list[ContentPart]:
    if isinstance(block, mt.TextContent):
        return [TextPart(text=block.text)]
    if isinstance(block, mt.ImageContent):
        return [ImagePart(data=_decode(block.data, "image"), mime_type=block.mime_type)]
    if isinstance(block, mt.AudioContent):
        return [AudioPart(data=_decode(block.data, "audio"))]
    if isinstance(block, mt.ResourceLink):
        described = f" ({block.description})" if block.description else ""
        return [TextPart(text=f"[resource link: {block.name} <{block.uri}>{described}]")]
    if isinstance(block, mt.EmbeddedResource):
        resource = block.resource
        if isinstance(resource, mt.TextResourceContents):
            return [TextPart(text=f"[resource <{resource.uri}>]\n{resource.text}")]
        if isinstance(resource, mt.BlobResourceContents):
            raw = _decode(resource.blob, "resource")
            if (resource.mime_type or "").startswith("image/"):
                return [ImagePart(data=raw, mime_type=resource.mime_type)]
            return [
                TextPart(text=f"[binary resource <{resource.uri}>: {resource.mime_type}, {len(raw)} bytes]")
            ]
    # A block type newer than this code: show its JSON rather than drop it.
    dumped = block.model_dump(mode="json") if hasattr(block, "model_dump") else block
    return [TextPart(text=json.dumps(dumped, ensure_ascii=False))]


def _decode(data: str, what: str) -> bytes:
    try:
        return base64.b64decode(data, validate=True)
    except (binascii.Error, ValueError):
        raise ToolError(f"the MCP server sent {what} data that is not valid base64") from None
