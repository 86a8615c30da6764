"""The task file's JSON Schema, for editors (``agentkit schema > task.schema.json``).

Pydantic describes a field by its Python type; two kinds of field accept more in YAML than their
type says, and are described by what a person may write instead:

* sizes (`agentkit.sandbox.config.ByteSize`): bytes, or a string such as ``"512m"``;
* task paths: any string (``${VAR}`` expanded, relative to the task file).
"""

from __future__ import annotations

from typing import Any

from pydantic.json_schema import GenerateJsonSchema, JsonSchemaValue
from pydantic_core import core_schema

from agentkit.sandbox.config import parse_size
from agentkit.task.schema import TaskFile

DIALECT = "https://json-schema.org/draft/2020-12/schema"
SIZE_SCHEMA: dict[str, Any] = {
    "anyOf": [
        {"type": "integer", "minimum": 1},
        {"type": "string", "pattern": r"^\s*\d+(\.\d+)?\s*[kKmMgGtT]?([iI]?[bB])?\s*$"},
    ],
    "description": "Bytes, or a number with k, m, g, t (binary units, as Docker reads them), e.g. '512m'.",
}


class _TaskSchemaGenerator(GenerateJsonSchema):
    def function_before_schema(self, schema: core_schema.BeforeValidatorFunctionSchema) -> JsonSchemaValue:
        if schema["function"].get("function") is parse_size:
            return dict(SIZE_SCHEMA)
        return super().function_before_schema(schema)


def generate() -> dict[str, Any]:
    body = TaskFile.model_json_schema(by_alias=True, schema_generator=_TaskSchemaGenerator)
    # Shorthands the validators accept: `model: <name>` and a single `base_urls` string.
    model = body["properties"]["model"]
    body["properties"]["model"] = {
        "anyOf": [{"type": "string", "description": "Short for {name: ...}."}, {"$ref": "#/$defs/ModelSpec"}],
        **{key: value for key, value in model.items() if key != "$ref"},
    }
    urls = body["$defs"]["HTTPEngineSpec"]["properties"]["base_urls"]
    body["$defs"]["HTTPEngineSpec"]["properties"]["base_urls"] = {
        "anyOf": [{"type": "string"}, {key: value for key, value in urls.items() if key != "description"}],
        "description": urls.get("description", ""),
    }
    return {"$schema": DIALECT, **body, "title": "agentkit task file (version 1)"}
