"""Structured output: the final answer must be JSON that fits ``output_type``.

Only the answer is constrained, never the tool calls: the model is told the schema in the system
prompt, its answer is validated after it is written, and a failure is sent back as a user message
that says what was wrong (one line per problem, by the writer tool arguments use too), up to
``Limits.max_output_retries`` times.
"""

from __future__ import annotations

import json
import re
from typing import Any

import jsonschema
from pydantic import TypeAdapter, ValidationError

from agentkit.problems import Problem, from_jsonschema, from_pydantic, report

_FENCE = re.compile(r"^\s*```(?:json)?\s*\n(.*?)\n\s*```\s*$", re.DOTALL)


class OutputInvalid(ValueError):
    """The answer is not JSON of the expected shape; the message is written for the model."""


class OutputSpec:
    """``output_type`` as given to the Agent: a type Pydantic can validate (a model class, a
    dataclass, ``list[int]``...) or a JSON Schema dict."""

    def __init__(self, output_type: Any) -> None:
        self.output_type = output_type
        if isinstance(output_type, dict):
            jsonschema.validators.validator_for(output_type).check_schema(output_type)
            self._validator: Any = jsonschema.validators.validator_for(output_type)(output_type)
            self._adapter: TypeAdapter[Any] | None = None
            self.json_schema: dict[str, Any] = output_type
        else:
            self._adapter = TypeAdapter(output_type)
            self._validator = None
            self.json_schema = self._adapter.json_schema()

    def instruction(self) -> str:
        schema = json.dumps(self.json_schema, ensure_ascii=False, separators=(",", ":"))
        return (
            "When you give your final answer, reply with only a JSON value (no prose, no code fence) "
            f"that matches this JSON Schema: {schema}"
        )

    def validate(self, answer: str | None) -> Any:
        """The validated value of ``answer``, or `OutputInvalid` saying what is wrong."""
        text = (answer or "").strip()
        fenced = _FENCE.match(text)
        if fenced:
            text = fenced.group(1).strip()
        if not text:
            raise OutputInvalid("Your final answer was empty. Reply with only the JSON value.")
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise OutputInvalid(
                f"Your final answer is not valid JSON ({exc.msg} at line {exc.lineno} column {exc.colno}). "
                "Reply with only the JSON value, nothing else."
            ) from None
        if self._adapter is not None:
            try:
                return self._adapter.validate_python(data)
            except ValidationError as exc:
                raise OutputInvalid(_mismatch(from_pydantic(exc, self.json_schema))) from None
        errors = list(self._validator.iter_errors(data))
        if errors:
            raise OutputInvalid(_mismatch(from_jsonschema(errors, self.json_schema)))
        return data


def _mismatch(problems: list[Problem]) -> str:
    head = "Your final answer does not match the required schema:"
    body = report(head, problems, noun="field", whole="answer")
    return f"{body}\nReply again with only the corrected JSON value."
