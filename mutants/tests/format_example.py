"""FORMAT.md section 5, the worked example: its tools in the OpenAI format, exactly as the example
declares them (descriptions included), shared by the render tests and the parse tests."""

from __future__ import annotations

from typing import Any

E1_TOOLS: list[dict[str, Any]] = [
    {
        "type": "function",
        "function": {
            "name": "get_weather",
            "description": "Get the current weather for a location.",
            "parameters": {
                "type": "object",
                "properties": {
                    "location": {"type": "string", "description": "City and country, e.g. Paris, France"},
                    "unit": {
                        "type": "string",
                        "enum": ["celsius", "fahrenheit"],
                        "description": "Temperature unit",
                    },
                },
                "required": ["location"],
            },
        },
    },
    {
        "type": "function",
        "function": {
            "name": "convert_currency",
            "description": "Convert an amount between currencies.",
            "parameters": {
                "type": "object",
                "properties": {
                    "amount": {"type": "number", "description": "Amount to convert"},
                    "from_currency": {"type": "string", "description": "ISO 4217 code"},
                    "to_currency": {"type": "string", "description": "ISO 4217 code"},
                },
                "required": ["amount", "from_currency", "to_currency"],
            },
        },
    },
]
