"""Structured output: the final answer must be JSON that fits ``output_type``.

Only the answer is constrained, never the tool calls: the model is told the schema in the system
prompt, its answer is validated after it is written, and a failure is sent back as a user message
that says what was wrong, up to ``Limits.max_output_retries`` times.
"""

from __future__ import annotations

import json
import re
from typing import Any

import jsonschema
from pydantic import TypeAdapter, ValidationError

_FENCE = re.compile(r"^\s*```(?:json)?\s*\n(.*?)\n\s*```\s*$", re.DOTALL)


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict


class OutputInvalid(ValueError):
    """The answer is not JSON of the expected shape; the message is written for the model."""
mutants_xǁOutputSpecǁ__init____mutmut: MutantDict = {}  # type: ignore
mutants_xǁOutputSpecǁinstruction__mutmut: MutantDict = {}  # type: ignore
mutants_xǁOutputSpecǁvalidate__mutmut: MutantDict = {}  # type: ignore


class OutputSpec:
    """``output_type`` as given to the Agent: a type Pydantic can validate (a model class, a
    dataclass, ``list[int]``...) or a JSON Schema dict."""

    @_mutmut_mutated(mutants_xǁOutputSpecǁ__init____mutmut)
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

    def xǁOutputSpecǁ__init____mutmut_orig(self, output_type: Any) -> None:
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

    def xǁOutputSpecǁ__init____mutmut_1(self, output_type: Any) -> None:
        self.output_type = None
        if isinstance(output_type, dict):
            jsonschema.validators.validator_for(output_type).check_schema(output_type)
            self._validator: Any = jsonschema.validators.validator_for(output_type)(output_type)
            self._adapter: TypeAdapter[Any] | None = None
            self.json_schema: dict[str, Any] = output_type
        else:
            self._adapter = TypeAdapter(output_type)
            self._validator = None
            self.json_schema = self._adapter.json_schema()

    def xǁOutputSpecǁ__init____mutmut_2(self, output_type: Any) -> None:
        self.output_type = output_type
        if isinstance(output_type, dict):
            jsonschema.validators.validator_for(output_type).check_schema(None)
            self._validator: Any = jsonschema.validators.validator_for(output_type)(output_type)
            self._adapter: TypeAdapter[Any] | None = None
            self.json_schema: dict[str, Any] = output_type
        else:
            self._adapter = TypeAdapter(output_type)
            self._validator = None
            self.json_schema = self._adapter.json_schema()

    def xǁOutputSpecǁ__init____mutmut_3(self, output_type: Any) -> None:
        self.output_type = output_type
        if isinstance(output_type, dict):
            jsonschema.validators.validator_for(None).check_schema(output_type)
            self._validator: Any = jsonschema.validators.validator_for(output_type)(output_type)
            self._adapter: TypeAdapter[Any] | None = None
            self.json_schema: dict[str, Any] = output_type
        else:
            self._adapter = TypeAdapter(output_type)
            self._validator = None
            self.json_schema = self._adapter.json_schema()

    def xǁOutputSpecǁ__init____mutmut_4(self, output_type: Any) -> None:
        self.output_type = output_type
        if isinstance(output_type, dict):
            jsonschema.validators.validator_for(output_type).check_schema(output_type)
            self._validator: Any = None
            self._adapter: TypeAdapter[Any] | None = None
            self.json_schema: dict[str, Any] = output_type
        else:
            self._adapter = TypeAdapter(output_type)
            self._validator = None
            self.json_schema = self._adapter.json_schema()

    def xǁOutputSpecǁ__init____mutmut_5(self, output_type: Any) -> None:
        self.output_type = output_type
        if isinstance(output_type, dict):
            jsonschema.validators.validator_for(output_type).check_schema(output_type)
            self._validator: Any = jsonschema.validators.validator_for(output_type)(None)
            self._adapter: TypeAdapter[Any] | None = None
            self.json_schema: dict[str, Any] = output_type
        else:
            self._adapter = TypeAdapter(output_type)
            self._validator = None
            self.json_schema = self._adapter.json_schema()

    def xǁOutputSpecǁ__init____mutmut_6(self, output_type: Any) -> None:
        self.output_type = output_type
        if isinstance(output_type, dict):
            jsonschema.validators.validator_for(output_type).check_schema(output_type)
            self._validator: Any = jsonschema.validators.validator_for(None)(output_type)
            self._adapter: TypeAdapter[Any] | None = None
            self.json_schema: dict[str, Any] = output_type
        else:
            self._adapter = TypeAdapter(output_type)
            self._validator = None
            self.json_schema = self._adapter.json_schema()

    def xǁOutputSpecǁ__init____mutmut_7(self, output_type: Any) -> None:
        self.output_type = output_type
        if isinstance(output_type, dict):
            jsonschema.validators.validator_for(output_type).check_schema(output_type)
            self._validator: Any = jsonschema.validators.validator_for(output_type)(output_type)
            self._adapter: TypeAdapter[Any] | None = ""
            self.json_schema: dict[str, Any] = output_type
        else:
            self._adapter = TypeAdapter(output_type)
            self._validator = None
            self.json_schema = self._adapter.json_schema()

    def xǁOutputSpecǁ__init____mutmut_8(self, output_type: Any) -> None:
        self.output_type = output_type
        if isinstance(output_type, dict):
            jsonschema.validators.validator_for(output_type).check_schema(output_type)
            self._validator: Any = jsonschema.validators.validator_for(output_type)(output_type)
            self._adapter: TypeAdapter[Any] | None = None
            self.json_schema: dict[str, Any] = None
        else:
            self._adapter = TypeAdapter(output_type)
            self._validator = None
            self.json_schema = self._adapter.json_schema()

    def xǁOutputSpecǁ__init____mutmut_9(self, output_type: Any) -> None:
        self.output_type = output_type
        if isinstance(output_type, dict):
            jsonschema.validators.validator_for(output_type).check_schema(output_type)
            self._validator: Any = jsonschema.validators.validator_for(output_type)(output_type)
            self._adapter: TypeAdapter[Any] | None = None
            self.json_schema: dict[str, Any] = output_type
        else:
            self._adapter = None
            self._validator = None
            self.json_schema = self._adapter.json_schema()

    def xǁOutputSpecǁ__init____mutmut_10(self, output_type: Any) -> None:
        self.output_type = output_type
        if isinstance(output_type, dict):
            jsonschema.validators.validator_for(output_type).check_schema(output_type)
            self._validator: Any = jsonschema.validators.validator_for(output_type)(output_type)
            self._adapter: TypeAdapter[Any] | None = None
            self.json_schema: dict[str, Any] = output_type
        else:
            self._adapter = TypeAdapter(None)
            self._validator = None
            self.json_schema = self._adapter.json_schema()

    def xǁOutputSpecǁ__init____mutmut_11(self, output_type: Any) -> None:
        self.output_type = output_type
        if isinstance(output_type, dict):
            jsonschema.validators.validator_for(output_type).check_schema(output_type)
            self._validator: Any = jsonschema.validators.validator_for(output_type)(output_type)
            self._adapter: TypeAdapter[Any] | None = None
            self.json_schema: dict[str, Any] = output_type
        else:
            self._adapter = TypeAdapter(output_type)
            self._validator = ""
            self.json_schema = self._adapter.json_schema()

    def xǁOutputSpecǁ__init____mutmut_12(self, output_type: Any) -> None:
        self.output_type = output_type
        if isinstance(output_type, dict):
            jsonschema.validators.validator_for(output_type).check_schema(output_type)
            self._validator: Any = jsonschema.validators.validator_for(output_type)(output_type)
            self._adapter: TypeAdapter[Any] | None = None
            self.json_schema: dict[str, Any] = output_type
        else:
            self._adapter = TypeAdapter(output_type)
            self._validator = None
            self.json_schema = None

    @_mutmut_mutated(mutants_xǁOutputSpecǁinstruction__mutmut)
    def instruction(self) -> str:
        schema = json.dumps(self.json_schema, ensure_ascii=False, separators=(",", ":"))
        return (
            "When you give your final answer, reply with only a JSON value (no prose, no code fence) "
            f"that matches this JSON Schema: {schema}"
        )

    def xǁOutputSpecǁinstruction__mutmut_orig(self) -> str:
        schema = json.dumps(self.json_schema, ensure_ascii=False, separators=(",", ":"))
        return (
            "When you give your final answer, reply with only a JSON value (no prose, no code fence) "
            f"that matches this JSON Schema: {schema}"
        )

    def xǁOutputSpecǁinstruction__mutmut_1(self) -> str:
        schema = None
        return (
            "When you give your final answer, reply with only a JSON value (no prose, no code fence) "
            f"that matches this JSON Schema: {schema}"
        )

    def xǁOutputSpecǁinstruction__mutmut_2(self) -> str:
        schema = json.dumps(None, ensure_ascii=False, separators=(",", ":"))
        return (
            "When you give your final answer, reply with only a JSON value (no prose, no code fence) "
            f"that matches this JSON Schema: {schema}"
        )

    def xǁOutputSpecǁinstruction__mutmut_3(self) -> str:
        schema = json.dumps(self.json_schema, ensure_ascii=None, separators=(",", ":"))
        return (
            "When you give your final answer, reply with only a JSON value (no prose, no code fence) "
            f"that matches this JSON Schema: {schema}"
        )

    def xǁOutputSpecǁinstruction__mutmut_4(self) -> str:
        schema = json.dumps(self.json_schema, ensure_ascii=False, separators=None)
        return (
            "When you give your final answer, reply with only a JSON value (no prose, no code fence) "
            f"that matches this JSON Schema: {schema}"
        )

    def xǁOutputSpecǁinstruction__mutmut_5(self) -> str:
        schema = json.dumps(ensure_ascii=False, separators=(",", ":"))
        return (
            "When you give your final answer, reply with only a JSON value (no prose, no code fence) "
            f"that matches this JSON Schema: {schema}"
        )

    def xǁOutputSpecǁinstruction__mutmut_6(self) -> str:
        schema = json.dumps(self.json_schema, separators=(",", ":"))
        return (
            "When you give your final answer, reply with only a JSON value (no prose, no code fence) "
            f"that matches this JSON Schema: {schema}"
        )

    def xǁOutputSpecǁinstruction__mutmut_7(self) -> str:
        schema = json.dumps(self.json_schema, ensure_ascii=False, )
        return (
            "When you give your final answer, reply with only a JSON value (no prose, no code fence) "
            f"that matches this JSON Schema: {schema}"
        )

    def xǁOutputSpecǁinstruction__mutmut_8(self) -> str:
        schema = json.dumps(self.json_schema, ensure_ascii=True, separators=(",", ":"))
        return (
            "When you give your final answer, reply with only a JSON value (no prose, no code fence) "
            f"that matches this JSON Schema: {schema}"
        )

    def xǁOutputSpecǁinstruction__mutmut_9(self) -> str:
        schema = json.dumps(self.json_schema, ensure_ascii=False, separators=("XX,XX", ":"))
        return (
            "When you give your final answer, reply with only a JSON value (no prose, no code fence) "
            f"that matches this JSON Schema: {schema}"
        )

    def xǁOutputSpecǁinstruction__mutmut_10(self) -> str:
        schema = json.dumps(self.json_schema, ensure_ascii=False, separators=(",", "XX:XX"))
        return (
            "When you give your final answer, reply with only a JSON value (no prose, no code fence) "
            f"that matches this JSON Schema: {schema}"
        )

    def xǁOutputSpecǁinstruction__mutmut_11(self) -> str:
        schema = json.dumps(self.json_schema, ensure_ascii=False, separators=(",", ":"))
        return (
            "XXWhen you give your final answer, reply with only a JSON value (no prose, no code fence) XX"
            f"that matches this JSON Schema: {schema}"
        )

    def xǁOutputSpecǁinstruction__mutmut_12(self) -> str:
        schema = json.dumps(self.json_schema, ensure_ascii=False, separators=(",", ":"))
        return (
            "when you give your final answer, reply with only a json value (no prose, no code fence) "
            f"that matches this JSON Schema: {schema}"
        )

    def xǁOutputSpecǁinstruction__mutmut_13(self) -> str:
        schema = json.dumps(self.json_schema, ensure_ascii=False, separators=(",", ":"))
        return (
            "WHEN YOU GIVE YOUR FINAL ANSWER, REPLY WITH ONLY A JSON VALUE (NO PROSE, NO CODE FENCE) "
            f"that matches this JSON Schema: {schema}"
        )

    @_mutmut_mutated(mutants_xǁOutputSpecǁvalidate__mutmut)
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
                problems = "; ".join(
                    f"{'.'.join(str(p) for p in err['loc']) or '(root)'}: {err['msg']}"
                    for err in exc.errors()
                )
                raise OutputInvalid(
                    f"Your final answer does not match the required schema: {problems}. "
                    "Reply again with only the corrected JSON value."
                ) from None
        errors = sorted(self._validator.iter_errors(data), key=lambda e: list(e.absolute_path))
        if errors:
            problems = "; ".join(
                f"{'.'.join(str(p) for p in e.absolute_path) or '(root)'}: {e.message}" for e in errors
            )
            raise OutputInvalid(
                f"Your final answer does not match the required schema: {problems}. "
                "Reply again with only the corrected JSON value."
            )
        return data

    def xǁOutputSpecǁvalidate__mutmut_orig(self, answer: str | None) -> Any:
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
                problems = "; ".join(
                    f"{'.'.join(str(p) for p in err['loc']) or '(root)'}: {err['msg']}"
                    for err in exc.errors()
                )
                raise OutputInvalid(
                    f"Your final answer does not match the required schema: {problems}. "
                    "Reply again with only the corrected JSON value."
                ) from None
        errors = sorted(self._validator.iter_errors(data), key=lambda e: list(e.absolute_path))
        if errors:
            problems = "; ".join(
                f"{'.'.join(str(p) for p in e.absolute_path) or '(root)'}: {e.message}" for e in errors
            )
            raise OutputInvalid(
                f"Your final answer does not match the required schema: {problems}. "
                "Reply again with only the corrected JSON value."
            )
        return data

    def xǁOutputSpecǁvalidate__mutmut_1(self, answer: str | None) -> Any:
        """The validated value of ``answer``, or `OutputInvalid` saying what is wrong."""
        text = None
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
                problems = "; ".join(
                    f"{'.'.join(str(p) for p in err['loc']) or '(root)'}: {err['msg']}"
                    for err in exc.errors()
                )
                raise OutputInvalid(
                    f"Your final answer does not match the required schema: {problems}. "
                    "Reply again with only the corrected JSON value."
                ) from None
        errors = sorted(self._validator.iter_errors(data), key=lambda e: list(e.absolute_path))
        if errors:
            problems = "; ".join(
                f"{'.'.join(str(p) for p in e.absolute_path) or '(root)'}: {e.message}" for e in errors
            )
            raise OutputInvalid(
                f"Your final answer does not match the required schema: {problems}. "
                "Reply again with only the corrected JSON value."
            )
        return data

    def xǁOutputSpecǁvalidate__mutmut_2(self, answer: str | None) -> Any:
        """The validated value of ``answer``, or `OutputInvalid` saying what is wrong."""
        text = (answer and "").strip()
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
                problems = "; ".join(
                    f"{'.'.join(str(p) for p in err['loc']) or '(root)'}: {err['msg']}"
                    for err in exc.errors()
                )
                raise OutputInvalid(
                    f"Your final answer does not match the required schema: {problems}. "
                    "Reply again with only the corrected JSON value."
                ) from None
        errors = sorted(self._validator.iter_errors(data), key=lambda e: list(e.absolute_path))
        if errors:
            problems = "; ".join(
                f"{'.'.join(str(p) for p in e.absolute_path) or '(root)'}: {e.message}" for e in errors
            )
            raise OutputInvalid(
                f"Your final answer does not match the required schema: {problems}. "
                "Reply again with only the corrected JSON value."
            )
        return data

    def xǁOutputSpecǁvalidate__mutmut_3(self, answer: str | None) -> Any:
        """The validated value of ``answer``, or `OutputInvalid` saying what is wrong."""
        text = (answer or "XXXX").strip()
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
                problems = "; ".join(
                    f"{'.'.join(str(p) for p in err['loc']) or '(root)'}: {err['msg']}"
                    for err in exc.errors()
                )
                raise OutputInvalid(
                    f"Your final answer does not match the required schema: {problems}. "
                    "Reply again with only the corrected JSON value."
                ) from None
        errors = sorted(self._validator.iter_errors(data), key=lambda e: list(e.absolute_path))
        if errors:
            problems = "; ".join(
                f"{'.'.join(str(p) for p in e.absolute_path) or '(root)'}: {e.message}" for e in errors
            )
            raise OutputInvalid(
                f"Your final answer does not match the required schema: {problems}. "
                "Reply again with only the corrected JSON value."
            )
        return data

    def xǁOutputSpecǁvalidate__mutmut_4(self, answer: str | None) -> Any:
        """The validated value of ``answer``, or `OutputInvalid` saying what is wrong."""
        text = (answer or "").strip()
        fenced = None
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
                problems = "; ".join(
                    f"{'.'.join(str(p) for p in err['loc']) or '(root)'}: {err['msg']}"
                    for err in exc.errors()
                )
                raise OutputInvalid(
                    f"Your final answer does not match the required schema: {problems}. "
                    "Reply again with only the corrected JSON value."
                ) from None
        errors = sorted(self._validator.iter_errors(data), key=lambda e: list(e.absolute_path))
        if errors:
            problems = "; ".join(
                f"{'.'.join(str(p) for p in e.absolute_path) or '(root)'}: {e.message}" for e in errors
            )
            raise OutputInvalid(
                f"Your final answer does not match the required schema: {problems}. "
                "Reply again with only the corrected JSON value."
            )
        return data

    def xǁOutputSpecǁvalidate__mutmut_5(self, answer: str | None) -> Any:
        """The validated value of ``answer``, or `OutputInvalid` saying what is wrong."""
        text = (answer or "").strip()
        fenced = _FENCE.match(None)
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
                problems = "; ".join(
                    f"{'.'.join(str(p) for p in err['loc']) or '(root)'}: {err['msg']}"
                    for err in exc.errors()
                )
                raise OutputInvalid(
                    f"Your final answer does not match the required schema: {problems}. "
                    "Reply again with only the corrected JSON value."
                ) from None
        errors = sorted(self._validator.iter_errors(data), key=lambda e: list(e.absolute_path))
        if errors:
            problems = "; ".join(
                f"{'.'.join(str(p) for p in e.absolute_path) or '(root)'}: {e.message}" for e in errors
            )
            raise OutputInvalid(
                f"Your final answer does not match the required schema: {problems}. "
                "Reply again with only the corrected JSON value."
            )
        return data

    def xǁOutputSpecǁvalidate__mutmut_6(self, answer: str | None) -> Any:
        """The validated value of ``answer``, or `OutputInvalid` saying what is wrong."""
        text = (answer or "").strip()
        fenced = _FENCE.match(text)
        if fenced:
            text = None
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
                problems = "; ".join(
                    f"{'.'.join(str(p) for p in err['loc']) or '(root)'}: {err['msg']}"
                    for err in exc.errors()
                )
                raise OutputInvalid(
                    f"Your final answer does not match the required schema: {problems}. "
                    "Reply again with only the corrected JSON value."
                ) from None
        errors = sorted(self._validator.iter_errors(data), key=lambda e: list(e.absolute_path))
        if errors:
            problems = "; ".join(
                f"{'.'.join(str(p) for p in e.absolute_path) or '(root)'}: {e.message}" for e in errors
            )
            raise OutputInvalid(
                f"Your final answer does not match the required schema: {problems}. "
                "Reply again with only the corrected JSON value."
            )
        return data

    def xǁOutputSpecǁvalidate__mutmut_7(self, answer: str | None) -> Any:
        """The validated value of ``answer``, or `OutputInvalid` saying what is wrong."""
        text = (answer or "").strip()
        fenced = _FENCE.match(text)
        if fenced:
            text = fenced.group(None).strip()
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
                problems = "; ".join(
                    f"{'.'.join(str(p) for p in err['loc']) or '(root)'}: {err['msg']}"
                    for err in exc.errors()
                )
                raise OutputInvalid(
                    f"Your final answer does not match the required schema: {problems}. "
                    "Reply again with only the corrected JSON value."
                ) from None
        errors = sorted(self._validator.iter_errors(data), key=lambda e: list(e.absolute_path))
        if errors:
            problems = "; ".join(
                f"{'.'.join(str(p) for p in e.absolute_path) or '(root)'}: {e.message}" for e in errors
            )
            raise OutputInvalid(
                f"Your final answer does not match the required schema: {problems}. "
                "Reply again with only the corrected JSON value."
            )
        return data

    def xǁOutputSpecǁvalidate__mutmut_8(self, answer: str | None) -> Any:
        """The validated value of ``answer``, or `OutputInvalid` saying what is wrong."""
        text = (answer or "").strip()
        fenced = _FENCE.match(text)
        if fenced:
            text = fenced.group(2).strip()
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
                problems = "; ".join(
                    f"{'.'.join(str(p) for p in err['loc']) or '(root)'}: {err['msg']}"
                    for err in exc.errors()
                )
                raise OutputInvalid(
                    f"Your final answer does not match the required schema: {problems}. "
                    "Reply again with only the corrected JSON value."
                ) from None
        errors = sorted(self._validator.iter_errors(data), key=lambda e: list(e.absolute_path))
        if errors:
            problems = "; ".join(
                f"{'.'.join(str(p) for p in e.absolute_path) or '(root)'}: {e.message}" for e in errors
            )
            raise OutputInvalid(
                f"Your final answer does not match the required schema: {problems}. "
                "Reply again with only the corrected JSON value."
            )
        return data

    def xǁOutputSpecǁvalidate__mutmut_9(self, answer: str | None) -> Any:
        """The validated value of ``answer``, or `OutputInvalid` saying what is wrong."""
        text = (answer or "").strip()
        fenced = _FENCE.match(text)
        if fenced:
            text = fenced.group(1).strip()
        if text:
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
                problems = "; ".join(
                    f"{'.'.join(str(p) for p in err['loc']) or '(root)'}: {err['msg']}"
                    for err in exc.errors()
                )
                raise OutputInvalid(
                    f"Your final answer does not match the required schema: {problems}. "
                    "Reply again with only the corrected JSON value."
                ) from None
        errors = sorted(self._validator.iter_errors(data), key=lambda e: list(e.absolute_path))
        if errors:
            problems = "; ".join(
                f"{'.'.join(str(p) for p in e.absolute_path) or '(root)'}: {e.message}" for e in errors
            )
            raise OutputInvalid(
                f"Your final answer does not match the required schema: {problems}. "
                "Reply again with only the corrected JSON value."
            )
        return data

    def xǁOutputSpecǁvalidate__mutmut_10(self, answer: str | None) -> Any:
        """The validated value of ``answer``, or `OutputInvalid` saying what is wrong."""
        text = (answer or "").strip()
        fenced = _FENCE.match(text)
        if fenced:
            text = fenced.group(1).strip()
        if not text:
            raise OutputInvalid(None)
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
                problems = "; ".join(
                    f"{'.'.join(str(p) for p in err['loc']) or '(root)'}: {err['msg']}"
                    for err in exc.errors()
                )
                raise OutputInvalid(
                    f"Your final answer does not match the required schema: {problems}. "
                    "Reply again with only the corrected JSON value."
                ) from None
        errors = sorted(self._validator.iter_errors(data), key=lambda e: list(e.absolute_path))
        if errors:
            problems = "; ".join(
                f"{'.'.join(str(p) for p in e.absolute_path) or '(root)'}: {e.message}" for e in errors
            )
            raise OutputInvalid(
                f"Your final answer does not match the required schema: {problems}. "
                "Reply again with only the corrected JSON value."
            )
        return data

    def xǁOutputSpecǁvalidate__mutmut_11(self, answer: str | None) -> Any:
        """The validated value of ``answer``, or `OutputInvalid` saying what is wrong."""
        text = (answer or "").strip()
        fenced = _FENCE.match(text)
        if fenced:
            text = fenced.group(1).strip()
        if not text:
            raise OutputInvalid("XXYour final answer was empty. Reply with only the JSON value.XX")
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
                problems = "; ".join(
                    f"{'.'.join(str(p) for p in err['loc']) or '(root)'}: {err['msg']}"
                    for err in exc.errors()
                )
                raise OutputInvalid(
                    f"Your final answer does not match the required schema: {problems}. "
                    "Reply again with only the corrected JSON value."
                ) from None
        errors = sorted(self._validator.iter_errors(data), key=lambda e: list(e.absolute_path))
        if errors:
            problems = "; ".join(
                f"{'.'.join(str(p) for p in e.absolute_path) or '(root)'}: {e.message}" for e in errors
            )
            raise OutputInvalid(
                f"Your final answer does not match the required schema: {problems}. "
                "Reply again with only the corrected JSON value."
            )
        return data

    def xǁOutputSpecǁvalidate__mutmut_12(self, answer: str | None) -> Any:
        """The validated value of ``answer``, or `OutputInvalid` saying what is wrong."""
        text = (answer or "").strip()
        fenced = _FENCE.match(text)
        if fenced:
            text = fenced.group(1).strip()
        if not text:
            raise OutputInvalid("your final answer was empty. reply with only the json value.")
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
                problems = "; ".join(
                    f"{'.'.join(str(p) for p in err['loc']) or '(root)'}: {err['msg']}"
                    for err in exc.errors()
                )
                raise OutputInvalid(
                    f"Your final answer does not match the required schema: {problems}. "
                    "Reply again with only the corrected JSON value."
                ) from None
        errors = sorted(self._validator.iter_errors(data), key=lambda e: list(e.absolute_path))
        if errors:
            problems = "; ".join(
                f"{'.'.join(str(p) for p in e.absolute_path) or '(root)'}: {e.message}" for e in errors
            )
            raise OutputInvalid(
                f"Your final answer does not match the required schema: {problems}. "
                "Reply again with only the corrected JSON value."
            )
        return data

    def xǁOutputSpecǁvalidate__mutmut_13(self, answer: str | None) -> Any:
        """The validated value of ``answer``, or `OutputInvalid` saying what is wrong."""
        text = (answer or "").strip()
        fenced = _FENCE.match(text)
        if fenced:
            text = fenced.group(1).strip()
        if not text:
            raise OutputInvalid("YOUR FINAL ANSWER WAS EMPTY. REPLY WITH ONLY THE JSON VALUE.")
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
                problems = "; ".join(
                    f"{'.'.join(str(p) for p in err['loc']) or '(root)'}: {err['msg']}"
                    for err in exc.errors()
                )
                raise OutputInvalid(
                    f"Your final answer does not match the required schema: {problems}. "
                    "Reply again with only the corrected JSON value."
                ) from None
        errors = sorted(self._validator.iter_errors(data), key=lambda e: list(e.absolute_path))
        if errors:
            problems = "; ".join(
                f"{'.'.join(str(p) for p in e.absolute_path) or '(root)'}: {e.message}" for e in errors
            )
            raise OutputInvalid(
                f"Your final answer does not match the required schema: {problems}. "
                "Reply again with only the corrected JSON value."
            )
        return data

    def xǁOutputSpecǁvalidate__mutmut_14(self, answer: str | None) -> Any:
        """The validated value of ``answer``, or `OutputInvalid` saying what is wrong."""
        text = (answer or "").strip()
        fenced = _FENCE.match(text)
        if fenced:
            text = fenced.group(1).strip()
        if not text:
            raise OutputInvalid("Your final answer was empty. Reply with only the JSON value.")
        try:
            data = None
        except json.JSONDecodeError as exc:
            raise OutputInvalid(
                f"Your final answer is not valid JSON ({exc.msg} at line {exc.lineno} column {exc.colno}). "
                "Reply with only the JSON value, nothing else."
            ) from None
        if self._adapter is not None:
            try:
                return self._adapter.validate_python(data)
            except ValidationError as exc:
                problems = "; ".join(
                    f"{'.'.join(str(p) for p in err['loc']) or '(root)'}: {err['msg']}"
                    for err in exc.errors()
                )
                raise OutputInvalid(
                    f"Your final answer does not match the required schema: {problems}. "
                    "Reply again with only the corrected JSON value."
                ) from None
        errors = sorted(self._validator.iter_errors(data), key=lambda e: list(e.absolute_path))
        if errors:
            problems = "; ".join(
                f"{'.'.join(str(p) for p in e.absolute_path) or '(root)'}: {e.message}" for e in errors
            )
            raise OutputInvalid(
                f"Your final answer does not match the required schema: {problems}. "
                "Reply again with only the corrected JSON value."
            )
        return data

    def xǁOutputSpecǁvalidate__mutmut_15(self, answer: str | None) -> Any:
        """The validated value of ``answer``, or `OutputInvalid` saying what is wrong."""
        text = (answer or "").strip()
        fenced = _FENCE.match(text)
        if fenced:
            text = fenced.group(1).strip()
        if not text:
            raise OutputInvalid("Your final answer was empty. Reply with only the JSON value.")
        try:
            data = json.loads(None)
        except json.JSONDecodeError as exc:
            raise OutputInvalid(
                f"Your final answer is not valid JSON ({exc.msg} at line {exc.lineno} column {exc.colno}). "
                "Reply with only the JSON value, nothing else."
            ) from None
        if self._adapter is not None:
            try:
                return self._adapter.validate_python(data)
            except ValidationError as exc:
                problems = "; ".join(
                    f"{'.'.join(str(p) for p in err['loc']) or '(root)'}: {err['msg']}"
                    for err in exc.errors()
                )
                raise OutputInvalid(
                    f"Your final answer does not match the required schema: {problems}. "
                    "Reply again with only the corrected JSON value."
                ) from None
        errors = sorted(self._validator.iter_errors(data), key=lambda e: list(e.absolute_path))
        if errors:
            problems = "; ".join(
                f"{'.'.join(str(p) for p in e.absolute_path) or '(root)'}: {e.message}" for e in errors
            )
            raise OutputInvalid(
                f"Your final answer does not match the required schema: {problems}. "
                "Reply again with only the corrected JSON value."
            )
        return data

    def xǁOutputSpecǁvalidate__mutmut_16(self, answer: str | None) -> Any:
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
                None
            ) from None
        if self._adapter is not None:
            try:
                return self._adapter.validate_python(data)
            except ValidationError as exc:
                problems = "; ".join(
                    f"{'.'.join(str(p) for p in err['loc']) or '(root)'}: {err['msg']}"
                    for err in exc.errors()
                )
                raise OutputInvalid(
                    f"Your final answer does not match the required schema: {problems}. "
                    "Reply again with only the corrected JSON value."
                ) from None
        errors = sorted(self._validator.iter_errors(data), key=lambda e: list(e.absolute_path))
        if errors:
            problems = "; ".join(
                f"{'.'.join(str(p) for p in e.absolute_path) or '(root)'}: {e.message}" for e in errors
            )
            raise OutputInvalid(
                f"Your final answer does not match the required schema: {problems}. "
                "Reply again with only the corrected JSON value."
            )
        return data

    def xǁOutputSpecǁvalidate__mutmut_17(self, answer: str | None) -> Any:
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
                "XXReply with only the JSON value, nothing else.XX"
            ) from None
        if self._adapter is not None:
            try:
                return self._adapter.validate_python(data)
            except ValidationError as exc:
                problems = "; ".join(
                    f"{'.'.join(str(p) for p in err['loc']) or '(root)'}: {err['msg']}"
                    for err in exc.errors()
                )
                raise OutputInvalid(
                    f"Your final answer does not match the required schema: {problems}. "
                    "Reply again with only the corrected JSON value."
                ) from None
        errors = sorted(self._validator.iter_errors(data), key=lambda e: list(e.absolute_path))
        if errors:
            problems = "; ".join(
                f"{'.'.join(str(p) for p in e.absolute_path) or '(root)'}: {e.message}" for e in errors
            )
            raise OutputInvalid(
                f"Your final answer does not match the required schema: {problems}. "
                "Reply again with only the corrected JSON value."
            )
        return data

    def xǁOutputSpecǁvalidate__mutmut_18(self, answer: str | None) -> Any:
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
                "reply with only the json value, nothing else."
            ) from None
        if self._adapter is not None:
            try:
                return self._adapter.validate_python(data)
            except ValidationError as exc:
                problems = "; ".join(
                    f"{'.'.join(str(p) for p in err['loc']) or '(root)'}: {err['msg']}"
                    for err in exc.errors()
                )
                raise OutputInvalid(
                    f"Your final answer does not match the required schema: {problems}. "
                    "Reply again with only the corrected JSON value."
                ) from None
        errors = sorted(self._validator.iter_errors(data), key=lambda e: list(e.absolute_path))
        if errors:
            problems = "; ".join(
                f"{'.'.join(str(p) for p in e.absolute_path) or '(root)'}: {e.message}" for e in errors
            )
            raise OutputInvalid(
                f"Your final answer does not match the required schema: {problems}. "
                "Reply again with only the corrected JSON value."
            )
        return data

    def xǁOutputSpecǁvalidate__mutmut_19(self, answer: str | None) -> Any:
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
                "REPLY WITH ONLY THE JSON VALUE, NOTHING ELSE."
            ) from None
        if self._adapter is not None:
            try:
                return self._adapter.validate_python(data)
            except ValidationError as exc:
                problems = "; ".join(
                    f"{'.'.join(str(p) for p in err['loc']) or '(root)'}: {err['msg']}"
                    for err in exc.errors()
                )
                raise OutputInvalid(
                    f"Your final answer does not match the required schema: {problems}. "
                    "Reply again with only the corrected JSON value."
                ) from None
        errors = sorted(self._validator.iter_errors(data), key=lambda e: list(e.absolute_path))
        if errors:
            problems = "; ".join(
                f"{'.'.join(str(p) for p in e.absolute_path) or '(root)'}: {e.message}" for e in errors
            )
            raise OutputInvalid(
                f"Your final answer does not match the required schema: {problems}. "
                "Reply again with only the corrected JSON value."
            )
        return data

    def xǁOutputSpecǁvalidate__mutmut_20(self, answer: str | None) -> Any:
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
        if self._adapter is None:
            try:
                return self._adapter.validate_python(data)
            except ValidationError as exc:
                problems = "; ".join(
                    f"{'.'.join(str(p) for p in err['loc']) or '(root)'}: {err['msg']}"
                    for err in exc.errors()
                )
                raise OutputInvalid(
                    f"Your final answer does not match the required schema: {problems}. "
                    "Reply again with only the corrected JSON value."
                ) from None
        errors = sorted(self._validator.iter_errors(data), key=lambda e: list(e.absolute_path))
        if errors:
            problems = "; ".join(
                f"{'.'.join(str(p) for p in e.absolute_path) or '(root)'}: {e.message}" for e in errors
            )
            raise OutputInvalid(
                f"Your final answer does not match the required schema: {problems}. "
                "Reply again with only the corrected JSON value."
            )
        return data

    def xǁOutputSpecǁvalidate__mutmut_21(self, answer: str | None) -> Any:
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
                return self._adapter.validate_python(None)
            except ValidationError as exc:
                problems = "; ".join(
                    f"{'.'.join(str(p) for p in err['loc']) or '(root)'}: {err['msg']}"
                    for err in exc.errors()
                )
                raise OutputInvalid(
                    f"Your final answer does not match the required schema: {problems}. "
                    "Reply again with only the corrected JSON value."
                ) from None
        errors = sorted(self._validator.iter_errors(data), key=lambda e: list(e.absolute_path))
        if errors:
            problems = "; ".join(
                f"{'.'.join(str(p) for p in e.absolute_path) or '(root)'}: {e.message}" for e in errors
            )
            raise OutputInvalid(
                f"Your final answer does not match the required schema: {problems}. "
                "Reply again with only the corrected JSON value."
            )
        return data

    def xǁOutputSpecǁvalidate__mutmut_22(self, answer: str | None) -> Any:
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
                problems = None
                raise OutputInvalid(
                    f"Your final answer does not match the required schema: {problems}. "
                    "Reply again with only the corrected JSON value."
                ) from None
        errors = sorted(self._validator.iter_errors(data), key=lambda e: list(e.absolute_path))
        if errors:
            problems = "; ".join(
                f"{'.'.join(str(p) for p in e.absolute_path) or '(root)'}: {e.message}" for e in errors
            )
            raise OutputInvalid(
                f"Your final answer does not match the required schema: {problems}. "
                "Reply again with only the corrected JSON value."
            )
        return data

    def xǁOutputSpecǁvalidate__mutmut_23(self, answer: str | None) -> Any:
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
                problems = "; ".join(
                    None
                )
                raise OutputInvalid(
                    f"Your final answer does not match the required schema: {problems}. "
                    "Reply again with only the corrected JSON value."
                ) from None
        errors = sorted(self._validator.iter_errors(data), key=lambda e: list(e.absolute_path))
        if errors:
            problems = "; ".join(
                f"{'.'.join(str(p) for p in e.absolute_path) or '(root)'}: {e.message}" for e in errors
            )
            raise OutputInvalid(
                f"Your final answer does not match the required schema: {problems}. "
                "Reply again with only the corrected JSON value."
            )
        return data

    def xǁOutputSpecǁvalidate__mutmut_24(self, answer: str | None) -> Any:
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
                problems = "XX; XX".join(
                    f"{'.'.join(str(p) for p in err['loc']) or '(root)'}: {err['msg']}"
                    for err in exc.errors()
                )
                raise OutputInvalid(
                    f"Your final answer does not match the required schema: {problems}. "
                    "Reply again with only the corrected JSON value."
                ) from None
        errors = sorted(self._validator.iter_errors(data), key=lambda e: list(e.absolute_path))
        if errors:
            problems = "; ".join(
                f"{'.'.join(str(p) for p in e.absolute_path) or '(root)'}: {e.message}" for e in errors
            )
            raise OutputInvalid(
                f"Your final answer does not match the required schema: {problems}. "
                "Reply again with only the corrected JSON value."
            )
        return data

    def xǁOutputSpecǁvalidate__mutmut_25(self, answer: str | None) -> Any:
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
                problems = "; ".join(
                    f"{'.'.join(str(p) for p in err['loc']) and '(root)'}: {err['msg']}"
                    for err in exc.errors()
                )
                raise OutputInvalid(
                    f"Your final answer does not match the required schema: {problems}. "
                    "Reply again with only the corrected JSON value."
                ) from None
        errors = sorted(self._validator.iter_errors(data), key=lambda e: list(e.absolute_path))
        if errors:
            problems = "; ".join(
                f"{'.'.join(str(p) for p in e.absolute_path) or '(root)'}: {e.message}" for e in errors
            )
            raise OutputInvalid(
                f"Your final answer does not match the required schema: {problems}. "
                "Reply again with only the corrected JSON value."
            )
        return data

    def xǁOutputSpecǁvalidate__mutmut_26(self, answer: str | None) -> Any:
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
                problems = "; ".join(
                    f"{'.'.join(None) or '(root)'}: {err['msg']}"
                    for err in exc.errors()
                )
                raise OutputInvalid(
                    f"Your final answer does not match the required schema: {problems}. "
                    "Reply again with only the corrected JSON value."
                ) from None
        errors = sorted(self._validator.iter_errors(data), key=lambda e: list(e.absolute_path))
        if errors:
            problems = "; ".join(
                f"{'.'.join(str(p) for p in e.absolute_path) or '(root)'}: {e.message}" for e in errors
            )
            raise OutputInvalid(
                f"Your final answer does not match the required schema: {problems}. "
                "Reply again with only the corrected JSON value."
            )
        return data

    def xǁOutputSpecǁvalidate__mutmut_27(self, answer: str | None) -> Any:
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
                problems = "; ".join(
                    f"{'XX.XX'.join(str(p) for p in err['loc']) or '(root)'}: {err['msg']}"
                    for err in exc.errors()
                )
                raise OutputInvalid(
                    f"Your final answer does not match the required schema: {problems}. "
                    "Reply again with only the corrected JSON value."
                ) from None
        errors = sorted(self._validator.iter_errors(data), key=lambda e: list(e.absolute_path))
        if errors:
            problems = "; ".join(
                f"{'.'.join(str(p) for p in e.absolute_path) or '(root)'}: {e.message}" for e in errors
            )
            raise OutputInvalid(
                f"Your final answer does not match the required schema: {problems}. "
                "Reply again with only the corrected JSON value."
            )
        return data

    def xǁOutputSpecǁvalidate__mutmut_28(self, answer: str | None) -> Any:
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
                problems = "; ".join(
                    f"{'.'.join(str(None) for p in err['loc']) or '(root)'}: {err['msg']}"
                    for err in exc.errors()
                )
                raise OutputInvalid(
                    f"Your final answer does not match the required schema: {problems}. "
                    "Reply again with only the corrected JSON value."
                ) from None
        errors = sorted(self._validator.iter_errors(data), key=lambda e: list(e.absolute_path))
        if errors:
            problems = "; ".join(
                f"{'.'.join(str(p) for p in e.absolute_path) or '(root)'}: {e.message}" for e in errors
            )
            raise OutputInvalid(
                f"Your final answer does not match the required schema: {problems}. "
                "Reply again with only the corrected JSON value."
            )
        return data

    def xǁOutputSpecǁvalidate__mutmut_29(self, answer: str | None) -> Any:
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
                problems = "; ".join(
                    f"{'.'.join(str(p) for p in err['XXlocXX']) or '(root)'}: {err['msg']}"
                    for err in exc.errors()
                )
                raise OutputInvalid(
                    f"Your final answer does not match the required schema: {problems}. "
                    "Reply again with only the corrected JSON value."
                ) from None
        errors = sorted(self._validator.iter_errors(data), key=lambda e: list(e.absolute_path))
        if errors:
            problems = "; ".join(
                f"{'.'.join(str(p) for p in e.absolute_path) or '(root)'}: {e.message}" for e in errors
            )
            raise OutputInvalid(
                f"Your final answer does not match the required schema: {problems}. "
                "Reply again with only the corrected JSON value."
            )
        return data

    def xǁOutputSpecǁvalidate__mutmut_30(self, answer: str | None) -> Any:
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
                problems = "; ".join(
                    f"{'.'.join(str(p) for p in err['LOC']) or '(root)'}: {err['msg']}"
                    for err in exc.errors()
                )
                raise OutputInvalid(
                    f"Your final answer does not match the required schema: {problems}. "
                    "Reply again with only the corrected JSON value."
                ) from None
        errors = sorted(self._validator.iter_errors(data), key=lambda e: list(e.absolute_path))
        if errors:
            problems = "; ".join(
                f"{'.'.join(str(p) for p in e.absolute_path) or '(root)'}: {e.message}" for e in errors
            )
            raise OutputInvalid(
                f"Your final answer does not match the required schema: {problems}. "
                "Reply again with only the corrected JSON value."
            )
        return data

    def xǁOutputSpecǁvalidate__mutmut_31(self, answer: str | None) -> Any:
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
                problems = "; ".join(
                    f"{'.'.join(str(p) for p in err['loc']) or 'XX(root)XX'}: {err['msg']}"
                    for err in exc.errors()
                )
                raise OutputInvalid(
                    f"Your final answer does not match the required schema: {problems}. "
                    "Reply again with only the corrected JSON value."
                ) from None
        errors = sorted(self._validator.iter_errors(data), key=lambda e: list(e.absolute_path))
        if errors:
            problems = "; ".join(
                f"{'.'.join(str(p) for p in e.absolute_path) or '(root)'}: {e.message}" for e in errors
            )
            raise OutputInvalid(
                f"Your final answer does not match the required schema: {problems}. "
                "Reply again with only the corrected JSON value."
            )
        return data

    def xǁOutputSpecǁvalidate__mutmut_32(self, answer: str | None) -> Any:
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
                problems = "; ".join(
                    f"{'.'.join(str(p) for p in err['loc']) or '(ROOT)'}: {err['msg']}"
                    for err in exc.errors()
                )
                raise OutputInvalid(
                    f"Your final answer does not match the required schema: {problems}. "
                    "Reply again with only the corrected JSON value."
                ) from None
        errors = sorted(self._validator.iter_errors(data), key=lambda e: list(e.absolute_path))
        if errors:
            problems = "; ".join(
                f"{'.'.join(str(p) for p in e.absolute_path) or '(root)'}: {e.message}" for e in errors
            )
            raise OutputInvalid(
                f"Your final answer does not match the required schema: {problems}. "
                "Reply again with only the corrected JSON value."
            )
        return data

    def xǁOutputSpecǁvalidate__mutmut_33(self, answer: str | None) -> Any:
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
                problems = "; ".join(
                    f"{'.'.join(str(p) for p in err['loc']) or '(root)'}: {err['XXmsgXX']}"
                    for err in exc.errors()
                )
                raise OutputInvalid(
                    f"Your final answer does not match the required schema: {problems}. "
                    "Reply again with only the corrected JSON value."
                ) from None
        errors = sorted(self._validator.iter_errors(data), key=lambda e: list(e.absolute_path))
        if errors:
            problems = "; ".join(
                f"{'.'.join(str(p) for p in e.absolute_path) or '(root)'}: {e.message}" for e in errors
            )
            raise OutputInvalid(
                f"Your final answer does not match the required schema: {problems}. "
                "Reply again with only the corrected JSON value."
            )
        return data

    def xǁOutputSpecǁvalidate__mutmut_34(self, answer: str | None) -> Any:
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
                problems = "; ".join(
                    f"{'.'.join(str(p) for p in err['loc']) or '(root)'}: {err['MSG']}"
                    for err in exc.errors()
                )
                raise OutputInvalid(
                    f"Your final answer does not match the required schema: {problems}. "
                    "Reply again with only the corrected JSON value."
                ) from None
        errors = sorted(self._validator.iter_errors(data), key=lambda e: list(e.absolute_path))
        if errors:
            problems = "; ".join(
                f"{'.'.join(str(p) for p in e.absolute_path) or '(root)'}: {e.message}" for e in errors
            )
            raise OutputInvalid(
                f"Your final answer does not match the required schema: {problems}. "
                "Reply again with only the corrected JSON value."
            )
        return data

    def xǁOutputSpecǁvalidate__mutmut_35(self, answer: str | None) -> Any:
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
                problems = "; ".join(
                    f"{'.'.join(str(p) for p in err['loc']) or '(root)'}: {err['msg']}"
                    for err in exc.errors()
                )
                raise OutputInvalid(
                    None
                ) from None
        errors = sorted(self._validator.iter_errors(data), key=lambda e: list(e.absolute_path))
        if errors:
            problems = "; ".join(
                f"{'.'.join(str(p) for p in e.absolute_path) or '(root)'}: {e.message}" for e in errors
            )
            raise OutputInvalid(
                f"Your final answer does not match the required schema: {problems}. "
                "Reply again with only the corrected JSON value."
            )
        return data

    def xǁOutputSpecǁvalidate__mutmut_36(self, answer: str | None) -> Any:
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
                problems = "; ".join(
                    f"{'.'.join(str(p) for p in err['loc']) or '(root)'}: {err['msg']}"
                    for err in exc.errors()
                )
                raise OutputInvalid(
                    f"Your final answer does not match the required schema: {problems}. "
                    "XXReply again with only the corrected JSON value.XX"
                ) from None
        errors = sorted(self._validator.iter_errors(data), key=lambda e: list(e.absolute_path))
        if errors:
            problems = "; ".join(
                f"{'.'.join(str(p) for p in e.absolute_path) or '(root)'}: {e.message}" for e in errors
            )
            raise OutputInvalid(
                f"Your final answer does not match the required schema: {problems}. "
                "Reply again with only the corrected JSON value."
            )
        return data

    def xǁOutputSpecǁvalidate__mutmut_37(self, answer: str | None) -> Any:
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
                problems = "; ".join(
                    f"{'.'.join(str(p) for p in err['loc']) or '(root)'}: {err['msg']}"
                    for err in exc.errors()
                )
                raise OutputInvalid(
                    f"Your final answer does not match the required schema: {problems}. "
                    "reply again with only the corrected json value."
                ) from None
        errors = sorted(self._validator.iter_errors(data), key=lambda e: list(e.absolute_path))
        if errors:
            problems = "; ".join(
                f"{'.'.join(str(p) for p in e.absolute_path) or '(root)'}: {e.message}" for e in errors
            )
            raise OutputInvalid(
                f"Your final answer does not match the required schema: {problems}. "
                "Reply again with only the corrected JSON value."
            )
        return data

    def xǁOutputSpecǁvalidate__mutmut_38(self, answer: str | None) -> Any:
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
                problems = "; ".join(
                    f"{'.'.join(str(p) for p in err['loc']) or '(root)'}: {err['msg']}"
                    for err in exc.errors()
                )
                raise OutputInvalid(
                    f"Your final answer does not match the required schema: {problems}. "
                    "REPLY AGAIN WITH ONLY THE CORRECTED JSON VALUE."
                ) from None
        errors = sorted(self._validator.iter_errors(data), key=lambda e: list(e.absolute_path))
        if errors:
            problems = "; ".join(
                f"{'.'.join(str(p) for p in e.absolute_path) or '(root)'}: {e.message}" for e in errors
            )
            raise OutputInvalid(
                f"Your final answer does not match the required schema: {problems}. "
                "Reply again with only the corrected JSON value."
            )
        return data

    def xǁOutputSpecǁvalidate__mutmut_39(self, answer: str | None) -> Any:
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
                problems = "; ".join(
                    f"{'.'.join(str(p) for p in err['loc']) or '(root)'}: {err['msg']}"
                    for err in exc.errors()
                )
                raise OutputInvalid(
                    f"Your final answer does not match the required schema: {problems}. "
                    "Reply again with only the corrected JSON value."
                ) from None
        errors = None
        if errors:
            problems = "; ".join(
                f"{'.'.join(str(p) for p in e.absolute_path) or '(root)'}: {e.message}" for e in errors
            )
            raise OutputInvalid(
                f"Your final answer does not match the required schema: {problems}. "
                "Reply again with only the corrected JSON value."
            )
        return data

    def xǁOutputSpecǁvalidate__mutmut_40(self, answer: str | None) -> Any:
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
                problems = "; ".join(
                    f"{'.'.join(str(p) for p in err['loc']) or '(root)'}: {err['msg']}"
                    for err in exc.errors()
                )
                raise OutputInvalid(
                    f"Your final answer does not match the required schema: {problems}. "
                    "Reply again with only the corrected JSON value."
                ) from None
        errors = sorted(None, key=lambda e: list(e.absolute_path))
        if errors:
            problems = "; ".join(
                f"{'.'.join(str(p) for p in e.absolute_path) or '(root)'}: {e.message}" for e in errors
            )
            raise OutputInvalid(
                f"Your final answer does not match the required schema: {problems}. "
                "Reply again with only the corrected JSON value."
            )
        return data

    def xǁOutputSpecǁvalidate__mutmut_41(self, answer: str | None) -> Any:
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
                problems = "; ".join(
                    f"{'.'.join(str(p) for p in err['loc']) or '(root)'}: {err['msg']}"
                    for err in exc.errors()
                )
                raise OutputInvalid(
                    f"Your final answer does not match the required schema: {problems}. "
                    "Reply again with only the corrected JSON value."
                ) from None
        errors = sorted(self._validator.iter_errors(data), key=None)
        if errors:
            problems = "; ".join(
                f"{'.'.join(str(p) for p in e.absolute_path) or '(root)'}: {e.message}" for e in errors
            )
            raise OutputInvalid(
                f"Your final answer does not match the required schema: {problems}. "
                "Reply again with only the corrected JSON value."
            )
        return data

    def xǁOutputSpecǁvalidate__mutmut_42(self, answer: str | None) -> Any:
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
                problems = "; ".join(
                    f"{'.'.join(str(p) for p in err['loc']) or '(root)'}: {err['msg']}"
                    for err in exc.errors()
                )
                raise OutputInvalid(
                    f"Your final answer does not match the required schema: {problems}. "
                    "Reply again with only the corrected JSON value."
                ) from None
        errors = sorted(key=lambda e: list(e.absolute_path))
        if errors:
            problems = "; ".join(
                f"{'.'.join(str(p) for p in e.absolute_path) or '(root)'}: {e.message}" for e in errors
            )
            raise OutputInvalid(
                f"Your final answer does not match the required schema: {problems}. "
                "Reply again with only the corrected JSON value."
            )
        return data

    def xǁOutputSpecǁvalidate__mutmut_43(self, answer: str | None) -> Any:
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
                problems = "; ".join(
                    f"{'.'.join(str(p) for p in err['loc']) or '(root)'}: {err['msg']}"
                    for err in exc.errors()
                )
                raise OutputInvalid(
                    f"Your final answer does not match the required schema: {problems}. "
                    "Reply again with only the corrected JSON value."
                ) from None
        errors = sorted(self._validator.iter_errors(data), )
        if errors:
            problems = "; ".join(
                f"{'.'.join(str(p) for p in e.absolute_path) or '(root)'}: {e.message}" for e in errors
            )
            raise OutputInvalid(
                f"Your final answer does not match the required schema: {problems}. "
                "Reply again with only the corrected JSON value."
            )
        return data

    def xǁOutputSpecǁvalidate__mutmut_44(self, answer: str | None) -> Any:
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
                problems = "; ".join(
                    f"{'.'.join(str(p) for p in err['loc']) or '(root)'}: {err['msg']}"
                    for err in exc.errors()
                )
                raise OutputInvalid(
                    f"Your final answer does not match the required schema: {problems}. "
                    "Reply again with only the corrected JSON value."
                ) from None
        errors = sorted(self._validator.iter_errors(None), key=lambda e: list(e.absolute_path))
        if errors:
            problems = "; ".join(
                f"{'.'.join(str(p) for p in e.absolute_path) or '(root)'}: {e.message}" for e in errors
            )
            raise OutputInvalid(
                f"Your final answer does not match the required schema: {problems}. "
                "Reply again with only the corrected JSON value."
            )
        return data

    def xǁOutputSpecǁvalidate__mutmut_45(self, answer: str | None) -> Any:
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
                problems = "; ".join(
                    f"{'.'.join(str(p) for p in err['loc']) or '(root)'}: {err['msg']}"
                    for err in exc.errors()
                )
                raise OutputInvalid(
                    f"Your final answer does not match the required schema: {problems}. "
                    "Reply again with only the corrected JSON value."
                ) from None
        errors = sorted(self._validator.iter_errors(data), key=lambda e: None)
        if errors:
            problems = "; ".join(
                f"{'.'.join(str(p) for p in e.absolute_path) or '(root)'}: {e.message}" for e in errors
            )
            raise OutputInvalid(
                f"Your final answer does not match the required schema: {problems}. "
                "Reply again with only the corrected JSON value."
            )
        return data

    def xǁOutputSpecǁvalidate__mutmut_46(self, answer: str | None) -> Any:
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
                problems = "; ".join(
                    f"{'.'.join(str(p) for p in err['loc']) or '(root)'}: {err['msg']}"
                    for err in exc.errors()
                )
                raise OutputInvalid(
                    f"Your final answer does not match the required schema: {problems}. "
                    "Reply again with only the corrected JSON value."
                ) from None
        errors = sorted(self._validator.iter_errors(data), key=lambda e: list(None))
        if errors:
            problems = "; ".join(
                f"{'.'.join(str(p) for p in e.absolute_path) or '(root)'}: {e.message}" for e in errors
            )
            raise OutputInvalid(
                f"Your final answer does not match the required schema: {problems}. "
                "Reply again with only the corrected JSON value."
            )
        return data

    def xǁOutputSpecǁvalidate__mutmut_47(self, answer: str | None) -> Any:
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
                problems = "; ".join(
                    f"{'.'.join(str(p) for p in err['loc']) or '(root)'}: {err['msg']}"
                    for err in exc.errors()
                )
                raise OutputInvalid(
                    f"Your final answer does not match the required schema: {problems}. "
                    "Reply again with only the corrected JSON value."
                ) from None
        errors = sorted(self._validator.iter_errors(data), key=lambda e: list(e.absolute_path))
        if errors:
            problems = None
            raise OutputInvalid(
                f"Your final answer does not match the required schema: {problems}. "
                "Reply again with only the corrected JSON value."
            )
        return data

    def xǁOutputSpecǁvalidate__mutmut_48(self, answer: str | None) -> Any:
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
                problems = "; ".join(
                    f"{'.'.join(str(p) for p in err['loc']) or '(root)'}: {err['msg']}"
                    for err in exc.errors()
                )
                raise OutputInvalid(
                    f"Your final answer does not match the required schema: {problems}. "
                    "Reply again with only the corrected JSON value."
                ) from None
        errors = sorted(self._validator.iter_errors(data), key=lambda e: list(e.absolute_path))
        if errors:
            problems = "; ".join(
                None
            )
            raise OutputInvalid(
                f"Your final answer does not match the required schema: {problems}. "
                "Reply again with only the corrected JSON value."
            )
        return data

    def xǁOutputSpecǁvalidate__mutmut_49(self, answer: str | None) -> Any:
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
                problems = "; ".join(
                    f"{'.'.join(str(p) for p in err['loc']) or '(root)'}: {err['msg']}"
                    for err in exc.errors()
                )
                raise OutputInvalid(
                    f"Your final answer does not match the required schema: {problems}. "
                    "Reply again with only the corrected JSON value."
                ) from None
        errors = sorted(self._validator.iter_errors(data), key=lambda e: list(e.absolute_path))
        if errors:
            problems = "XX; XX".join(
                f"{'.'.join(str(p) for p in e.absolute_path) or '(root)'}: {e.message}" for e in errors
            )
            raise OutputInvalid(
                f"Your final answer does not match the required schema: {problems}. "
                "Reply again with only the corrected JSON value."
            )
        return data

    def xǁOutputSpecǁvalidate__mutmut_50(self, answer: str | None) -> Any:
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
                problems = "; ".join(
                    f"{'.'.join(str(p) for p in err['loc']) or '(root)'}: {err['msg']}"
                    for err in exc.errors()
                )
                raise OutputInvalid(
                    f"Your final answer does not match the required schema: {problems}. "
                    "Reply again with only the corrected JSON value."
                ) from None
        errors = sorted(self._validator.iter_errors(data), key=lambda e: list(e.absolute_path))
        if errors:
            problems = "; ".join(
                f"{'.'.join(str(p) for p in e.absolute_path) and '(root)'}: {e.message}" for e in errors
            )
            raise OutputInvalid(
                f"Your final answer does not match the required schema: {problems}. "
                "Reply again with only the corrected JSON value."
            )
        return data

    def xǁOutputSpecǁvalidate__mutmut_51(self, answer: str | None) -> Any:
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
                problems = "; ".join(
                    f"{'.'.join(str(p) for p in err['loc']) or '(root)'}: {err['msg']}"
                    for err in exc.errors()
                )
                raise OutputInvalid(
                    f"Your final answer does not match the required schema: {problems}. "
                    "Reply again with only the corrected JSON value."
                ) from None
        errors = sorted(self._validator.iter_errors(data), key=lambda e: list(e.absolute_path))
        if errors:
            problems = "; ".join(
                f"{'.'.join(None) or '(root)'}: {e.message}" for e in errors
            )
            raise OutputInvalid(
                f"Your final answer does not match the required schema: {problems}. "
                "Reply again with only the corrected JSON value."
            )
        return data

    def xǁOutputSpecǁvalidate__mutmut_52(self, answer: str | None) -> Any:
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
                problems = "; ".join(
                    f"{'.'.join(str(p) for p in err['loc']) or '(root)'}: {err['msg']}"
                    for err in exc.errors()
                )
                raise OutputInvalid(
                    f"Your final answer does not match the required schema: {problems}. "
                    "Reply again with only the corrected JSON value."
                ) from None
        errors = sorted(self._validator.iter_errors(data), key=lambda e: list(e.absolute_path))
        if errors:
            problems = "; ".join(
                f"{'XX.XX'.join(str(p) for p in e.absolute_path) or '(root)'}: {e.message}" for e in errors
            )
            raise OutputInvalid(
                f"Your final answer does not match the required schema: {problems}. "
                "Reply again with only the corrected JSON value."
            )
        return data

    def xǁOutputSpecǁvalidate__mutmut_53(self, answer: str | None) -> Any:
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
                problems = "; ".join(
                    f"{'.'.join(str(p) for p in err['loc']) or '(root)'}: {err['msg']}"
                    for err in exc.errors()
                )
                raise OutputInvalid(
                    f"Your final answer does not match the required schema: {problems}. "
                    "Reply again with only the corrected JSON value."
                ) from None
        errors = sorted(self._validator.iter_errors(data), key=lambda e: list(e.absolute_path))
        if errors:
            problems = "; ".join(
                f"{'.'.join(str(None) for p in e.absolute_path) or '(root)'}: {e.message}" for e in errors
            )
            raise OutputInvalid(
                f"Your final answer does not match the required schema: {problems}. "
                "Reply again with only the corrected JSON value."
            )
        return data

    def xǁOutputSpecǁvalidate__mutmut_54(self, answer: str | None) -> Any:
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
                problems = "; ".join(
                    f"{'.'.join(str(p) for p in err['loc']) or '(root)'}: {err['msg']}"
                    for err in exc.errors()
                )
                raise OutputInvalid(
                    f"Your final answer does not match the required schema: {problems}. "
                    "Reply again with only the corrected JSON value."
                ) from None
        errors = sorted(self._validator.iter_errors(data), key=lambda e: list(e.absolute_path))
        if errors:
            problems = "; ".join(
                f"{'.'.join(str(p) for p in e.absolute_path) or 'XX(root)XX'}: {e.message}" for e in errors
            )
            raise OutputInvalid(
                f"Your final answer does not match the required schema: {problems}. "
                "Reply again with only the corrected JSON value."
            )
        return data

    def xǁOutputSpecǁvalidate__mutmut_55(self, answer: str | None) -> Any:
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
                problems = "; ".join(
                    f"{'.'.join(str(p) for p in err['loc']) or '(root)'}: {err['msg']}"
                    for err in exc.errors()
                )
                raise OutputInvalid(
                    f"Your final answer does not match the required schema: {problems}. "
                    "Reply again with only the corrected JSON value."
                ) from None
        errors = sorted(self._validator.iter_errors(data), key=lambda e: list(e.absolute_path))
        if errors:
            problems = "; ".join(
                f"{'.'.join(str(p) for p in e.absolute_path) or '(ROOT)'}: {e.message}" for e in errors
            )
            raise OutputInvalid(
                f"Your final answer does not match the required schema: {problems}. "
                "Reply again with only the corrected JSON value."
            )
        return data

    def xǁOutputSpecǁvalidate__mutmut_56(self, answer: str | None) -> Any:
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
                problems = "; ".join(
                    f"{'.'.join(str(p) for p in err['loc']) or '(root)'}: {err['msg']}"
                    for err in exc.errors()
                )
                raise OutputInvalid(
                    f"Your final answer does not match the required schema: {problems}. "
                    "Reply again with only the corrected JSON value."
                ) from None
        errors = sorted(self._validator.iter_errors(data), key=lambda e: list(e.absolute_path))
        if errors:
            problems = "; ".join(
                f"{'.'.join(str(p) for p in e.absolute_path) or '(root)'}: {e.message}" for e in errors
            )
            raise OutputInvalid(
                None
            )
        return data

    def xǁOutputSpecǁvalidate__mutmut_57(self, answer: str | None) -> Any:
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
                problems = "; ".join(
                    f"{'.'.join(str(p) for p in err['loc']) or '(root)'}: {err['msg']}"
                    for err in exc.errors()
                )
                raise OutputInvalid(
                    f"Your final answer does not match the required schema: {problems}. "
                    "Reply again with only the corrected JSON value."
                ) from None
        errors = sorted(self._validator.iter_errors(data), key=lambda e: list(e.absolute_path))
        if errors:
            problems = "; ".join(
                f"{'.'.join(str(p) for p in e.absolute_path) or '(root)'}: {e.message}" for e in errors
            )
            raise OutputInvalid(
                f"Your final answer does not match the required schema: {problems}. "
                "XXReply again with only the corrected JSON value.XX"
            )
        return data

    def xǁOutputSpecǁvalidate__mutmut_58(self, answer: str | None) -> Any:
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
                problems = "; ".join(
                    f"{'.'.join(str(p) for p in err['loc']) or '(root)'}: {err['msg']}"
                    for err in exc.errors()
                )
                raise OutputInvalid(
                    f"Your final answer does not match the required schema: {problems}. "
                    "Reply again with only the corrected JSON value."
                ) from None
        errors = sorted(self._validator.iter_errors(data), key=lambda e: list(e.absolute_path))
        if errors:
            problems = "; ".join(
                f"{'.'.join(str(p) for p in e.absolute_path) or '(root)'}: {e.message}" for e in errors
            )
            raise OutputInvalid(
                f"Your final answer does not match the required schema: {problems}. "
                "reply again with only the corrected json value."
            )
        return data

    def xǁOutputSpecǁvalidate__mutmut_59(self, answer: str | None) -> Any:
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
                problems = "; ".join(
                    f"{'.'.join(str(p) for p in err['loc']) or '(root)'}: {err['msg']}"
                    for err in exc.errors()
                )
                raise OutputInvalid(
                    f"Your final answer does not match the required schema: {problems}. "
                    "Reply again with only the corrected JSON value."
                ) from None
        errors = sorted(self._validator.iter_errors(data), key=lambda e: list(e.absolute_path))
        if errors:
            problems = "; ".join(
                f"{'.'.join(str(p) for p in e.absolute_path) or '(root)'}: {e.message}" for e in errors
            )
            raise OutputInvalid(
                f"Your final answer does not match the required schema: {problems}. "
                "REPLY AGAIN WITH ONLY THE CORRECTED JSON VALUE."
            )
        return data

mutants_xǁOutputSpecǁ__init____mutmut['_mutmut_orig'] = OutputSpec.xǁOutputSpecǁ__init____mutmut_orig # type: ignore # mutmut generated
mutants_xǁOutputSpecǁ__init____mutmut['xǁOutputSpecǁ__init____mutmut_1'] = OutputSpec.xǁOutputSpecǁ__init____mutmut_1 # type: ignore # mutmut generated
mutants_xǁOutputSpecǁ__init____mutmut['xǁOutputSpecǁ__init____mutmut_2'] = OutputSpec.xǁOutputSpecǁ__init____mutmut_2 # type: ignore # mutmut generated
mutants_xǁOutputSpecǁ__init____mutmut['xǁOutputSpecǁ__init____mutmut_3'] = OutputSpec.xǁOutputSpecǁ__init____mutmut_3 # type: ignore # mutmut generated
mutants_xǁOutputSpecǁ__init____mutmut['xǁOutputSpecǁ__init____mutmut_4'] = OutputSpec.xǁOutputSpecǁ__init____mutmut_4 # type: ignore # mutmut generated
mutants_xǁOutputSpecǁ__init____mutmut['xǁOutputSpecǁ__init____mutmut_5'] = OutputSpec.xǁOutputSpecǁ__init____mutmut_5 # type: ignore # mutmut generated
mutants_xǁOutputSpecǁ__init____mutmut['xǁOutputSpecǁ__init____mutmut_6'] = OutputSpec.xǁOutputSpecǁ__init____mutmut_6 # type: ignore # mutmut generated
mutants_xǁOutputSpecǁ__init____mutmut['xǁOutputSpecǁ__init____mutmut_7'] = OutputSpec.xǁOutputSpecǁ__init____mutmut_7 # type: ignore # mutmut generated
mutants_xǁOutputSpecǁ__init____mutmut['xǁOutputSpecǁ__init____mutmut_8'] = OutputSpec.xǁOutputSpecǁ__init____mutmut_8 # type: ignore # mutmut generated
mutants_xǁOutputSpecǁ__init____mutmut['xǁOutputSpecǁ__init____mutmut_9'] = OutputSpec.xǁOutputSpecǁ__init____mutmut_9 # type: ignore # mutmut generated
mutants_xǁOutputSpecǁ__init____mutmut['xǁOutputSpecǁ__init____mutmut_10'] = OutputSpec.xǁOutputSpecǁ__init____mutmut_10 # type: ignore # mutmut generated
mutants_xǁOutputSpecǁ__init____mutmut['xǁOutputSpecǁ__init____mutmut_11'] = OutputSpec.xǁOutputSpecǁ__init____mutmut_11 # type: ignore # mutmut generated
mutants_xǁOutputSpecǁ__init____mutmut['xǁOutputSpecǁ__init____mutmut_12'] = OutputSpec.xǁOutputSpecǁ__init____mutmut_12 # type: ignore # mutmut generated

mutants_xǁOutputSpecǁinstruction__mutmut['_mutmut_orig'] = OutputSpec.xǁOutputSpecǁinstruction__mutmut_orig # type: ignore # mutmut generated
mutants_xǁOutputSpecǁinstruction__mutmut['xǁOutputSpecǁinstruction__mutmut_1'] = OutputSpec.xǁOutputSpecǁinstruction__mutmut_1 # type: ignore # mutmut generated
mutants_xǁOutputSpecǁinstruction__mutmut['xǁOutputSpecǁinstruction__mutmut_2'] = OutputSpec.xǁOutputSpecǁinstruction__mutmut_2 # type: ignore # mutmut generated
mutants_xǁOutputSpecǁinstruction__mutmut['xǁOutputSpecǁinstruction__mutmut_3'] = OutputSpec.xǁOutputSpecǁinstruction__mutmut_3 # type: ignore # mutmut generated
mutants_xǁOutputSpecǁinstruction__mutmut['xǁOutputSpecǁinstruction__mutmut_4'] = OutputSpec.xǁOutputSpecǁinstruction__mutmut_4 # type: ignore # mutmut generated
mutants_xǁOutputSpecǁinstruction__mutmut['xǁOutputSpecǁinstruction__mutmut_5'] = OutputSpec.xǁOutputSpecǁinstruction__mutmut_5 # type: ignore # mutmut generated
mutants_xǁOutputSpecǁinstruction__mutmut['xǁOutputSpecǁinstruction__mutmut_6'] = OutputSpec.xǁOutputSpecǁinstruction__mutmut_6 # type: ignore # mutmut generated
mutants_xǁOutputSpecǁinstruction__mutmut['xǁOutputSpecǁinstruction__mutmut_7'] = OutputSpec.xǁOutputSpecǁinstruction__mutmut_7 # type: ignore # mutmut generated
mutants_xǁOutputSpecǁinstruction__mutmut['xǁOutputSpecǁinstruction__mutmut_8'] = OutputSpec.xǁOutputSpecǁinstruction__mutmut_8 # type: ignore # mutmut generated
mutants_xǁOutputSpecǁinstruction__mutmut['xǁOutputSpecǁinstruction__mutmut_9'] = OutputSpec.xǁOutputSpecǁinstruction__mutmut_9 # type: ignore # mutmut generated
mutants_xǁOutputSpecǁinstruction__mutmut['xǁOutputSpecǁinstruction__mutmut_10'] = OutputSpec.xǁOutputSpecǁinstruction__mutmut_10 # type: ignore # mutmut generated
mutants_xǁOutputSpecǁinstruction__mutmut['xǁOutputSpecǁinstruction__mutmut_11'] = OutputSpec.xǁOutputSpecǁinstruction__mutmut_11 # type: ignore # mutmut generated
mutants_xǁOutputSpecǁinstruction__mutmut['xǁOutputSpecǁinstruction__mutmut_12'] = OutputSpec.xǁOutputSpecǁinstruction__mutmut_12 # type: ignore # mutmut generated
mutants_xǁOutputSpecǁinstruction__mutmut['xǁOutputSpecǁinstruction__mutmut_13'] = OutputSpec.xǁOutputSpecǁinstruction__mutmut_13 # type: ignore # mutmut generated

mutants_xǁOutputSpecǁvalidate__mutmut['_mutmut_orig'] = OutputSpec.xǁOutputSpecǁvalidate__mutmut_orig # type: ignore # mutmut generated
mutants_xǁOutputSpecǁvalidate__mutmut['xǁOutputSpecǁvalidate__mutmut_1'] = OutputSpec.xǁOutputSpecǁvalidate__mutmut_1 # type: ignore # mutmut generated
mutants_xǁOutputSpecǁvalidate__mutmut['xǁOutputSpecǁvalidate__mutmut_2'] = OutputSpec.xǁOutputSpecǁvalidate__mutmut_2 # type: ignore # mutmut generated
mutants_xǁOutputSpecǁvalidate__mutmut['xǁOutputSpecǁvalidate__mutmut_3'] = OutputSpec.xǁOutputSpecǁvalidate__mutmut_3 # type: ignore # mutmut generated
mutants_xǁOutputSpecǁvalidate__mutmut['xǁOutputSpecǁvalidate__mutmut_4'] = OutputSpec.xǁOutputSpecǁvalidate__mutmut_4 # type: ignore # mutmut generated
mutants_xǁOutputSpecǁvalidate__mutmut['xǁOutputSpecǁvalidate__mutmut_5'] = OutputSpec.xǁOutputSpecǁvalidate__mutmut_5 # type: ignore # mutmut generated
mutants_xǁOutputSpecǁvalidate__mutmut['xǁOutputSpecǁvalidate__mutmut_6'] = OutputSpec.xǁOutputSpecǁvalidate__mutmut_6 # type: ignore # mutmut generated
mutants_xǁOutputSpecǁvalidate__mutmut['xǁOutputSpecǁvalidate__mutmut_7'] = OutputSpec.xǁOutputSpecǁvalidate__mutmut_7 # type: ignore # mutmut generated
mutants_xǁOutputSpecǁvalidate__mutmut['xǁOutputSpecǁvalidate__mutmut_8'] = OutputSpec.xǁOutputSpecǁvalidate__mutmut_8 # type: ignore # mutmut generated
mutants_xǁOutputSpecǁvalidate__mutmut['xǁOutputSpecǁvalidate__mutmut_9'] = OutputSpec.xǁOutputSpecǁvalidate__mutmut_9 # type: ignore # mutmut generated
mutants_xǁOutputSpecǁvalidate__mutmut['xǁOutputSpecǁvalidate__mutmut_10'] = OutputSpec.xǁOutputSpecǁvalidate__mutmut_10 # type: ignore # mutmut generated
mutants_xǁOutputSpecǁvalidate__mutmut['xǁOutputSpecǁvalidate__mutmut_11'] = OutputSpec.xǁOutputSpecǁvalidate__mutmut_11 # type: ignore # mutmut generated
mutants_xǁOutputSpecǁvalidate__mutmut['xǁOutputSpecǁvalidate__mutmut_12'] = OutputSpec.xǁOutputSpecǁvalidate__mutmut_12 # type: ignore # mutmut generated
mutants_xǁOutputSpecǁvalidate__mutmut['xǁOutputSpecǁvalidate__mutmut_13'] = OutputSpec.xǁOutputSpecǁvalidate__mutmut_13 # type: ignore # mutmut generated
mutants_xǁOutputSpecǁvalidate__mutmut['xǁOutputSpecǁvalidate__mutmut_14'] = OutputSpec.xǁOutputSpecǁvalidate__mutmut_14 # type: ignore # mutmut generated
mutants_xǁOutputSpecǁvalidate__mutmut['xǁOutputSpecǁvalidate__mutmut_15'] = OutputSpec.xǁOutputSpecǁvalidate__mutmut_15 # type: ignore # mutmut generated
mutants_xǁOutputSpecǁvalidate__mutmut['xǁOutputSpecǁvalidate__mutmut_16'] = OutputSpec.xǁOutputSpecǁvalidate__mutmut_16 # type: ignore # mutmut generated
mutants_xǁOutputSpecǁvalidate__mutmut['xǁOutputSpecǁvalidate__mutmut_17'] = OutputSpec.xǁOutputSpecǁvalidate__mutmut_17 # type: ignore # mutmut generated
mutants_xǁOutputSpecǁvalidate__mutmut['xǁOutputSpecǁvalidate__mutmut_18'] = OutputSpec.xǁOutputSpecǁvalidate__mutmut_18 # type: ignore # mutmut generated
mutants_xǁOutputSpecǁvalidate__mutmut['xǁOutputSpecǁvalidate__mutmut_19'] = OutputSpec.xǁOutputSpecǁvalidate__mutmut_19 # type: ignore # mutmut generated
mutants_xǁOutputSpecǁvalidate__mutmut['xǁOutputSpecǁvalidate__mutmut_20'] = OutputSpec.xǁOutputSpecǁvalidate__mutmut_20 # type: ignore # mutmut generated
mutants_xǁOutputSpecǁvalidate__mutmut['xǁOutputSpecǁvalidate__mutmut_21'] = OutputSpec.xǁOutputSpecǁvalidate__mutmut_21 # type: ignore # mutmut generated
mutants_xǁOutputSpecǁvalidate__mutmut['xǁOutputSpecǁvalidate__mutmut_22'] = OutputSpec.xǁOutputSpecǁvalidate__mutmut_22 # type: ignore # mutmut generated
mutants_xǁOutputSpecǁvalidate__mutmut['xǁOutputSpecǁvalidate__mutmut_23'] = OutputSpec.xǁOutputSpecǁvalidate__mutmut_23 # type: ignore # mutmut generated
mutants_xǁOutputSpecǁvalidate__mutmut['xǁOutputSpecǁvalidate__mutmut_24'] = OutputSpec.xǁOutputSpecǁvalidate__mutmut_24 # type: ignore # mutmut generated
mutants_xǁOutputSpecǁvalidate__mutmut['xǁOutputSpecǁvalidate__mutmut_25'] = OutputSpec.xǁOutputSpecǁvalidate__mutmut_25 # type: ignore # mutmut generated
mutants_xǁOutputSpecǁvalidate__mutmut['xǁOutputSpecǁvalidate__mutmut_26'] = OutputSpec.xǁOutputSpecǁvalidate__mutmut_26 # type: ignore # mutmut generated
mutants_xǁOutputSpecǁvalidate__mutmut['xǁOutputSpecǁvalidate__mutmut_27'] = OutputSpec.xǁOutputSpecǁvalidate__mutmut_27 # type: ignore # mutmut generated
mutants_xǁOutputSpecǁvalidate__mutmut['xǁOutputSpecǁvalidate__mutmut_28'] = OutputSpec.xǁOutputSpecǁvalidate__mutmut_28 # type: ignore # mutmut generated
mutants_xǁOutputSpecǁvalidate__mutmut['xǁOutputSpecǁvalidate__mutmut_29'] = OutputSpec.xǁOutputSpecǁvalidate__mutmut_29 # type: ignore # mutmut generated
mutants_xǁOutputSpecǁvalidate__mutmut['xǁOutputSpecǁvalidate__mutmut_30'] = OutputSpec.xǁOutputSpecǁvalidate__mutmut_30 # type: ignore # mutmut generated
mutants_xǁOutputSpecǁvalidate__mutmut['xǁOutputSpecǁvalidate__mutmut_31'] = OutputSpec.xǁOutputSpecǁvalidate__mutmut_31 # type: ignore # mutmut generated
mutants_xǁOutputSpecǁvalidate__mutmut['xǁOutputSpecǁvalidate__mutmut_32'] = OutputSpec.xǁOutputSpecǁvalidate__mutmut_32 # type: ignore # mutmut generated
mutants_xǁOutputSpecǁvalidate__mutmut['xǁOutputSpecǁvalidate__mutmut_33'] = OutputSpec.xǁOutputSpecǁvalidate__mutmut_33 # type: ignore # mutmut generated
mutants_xǁOutputSpecǁvalidate__mutmut['xǁOutputSpecǁvalidate__mutmut_34'] = OutputSpec.xǁOutputSpecǁvalidate__mutmut_34 # type: ignore # mutmut generated
mutants_xǁOutputSpecǁvalidate__mutmut['xǁOutputSpecǁvalidate__mutmut_35'] = OutputSpec.xǁOutputSpecǁvalidate__mutmut_35 # type: ignore # mutmut generated
mutants_xǁOutputSpecǁvalidate__mutmut['xǁOutputSpecǁvalidate__mutmut_36'] = OutputSpec.xǁOutputSpecǁvalidate__mutmut_36 # type: ignore # mutmut generated
mutants_xǁOutputSpecǁvalidate__mutmut['xǁOutputSpecǁvalidate__mutmut_37'] = OutputSpec.xǁOutputSpecǁvalidate__mutmut_37 # type: ignore # mutmut generated
mutants_xǁOutputSpecǁvalidate__mutmut['xǁOutputSpecǁvalidate__mutmut_38'] = OutputSpec.xǁOutputSpecǁvalidate__mutmut_38 # type: ignore # mutmut generated
mutants_xǁOutputSpecǁvalidate__mutmut['xǁOutputSpecǁvalidate__mutmut_39'] = OutputSpec.xǁOutputSpecǁvalidate__mutmut_39 # type: ignore # mutmut generated
mutants_xǁOutputSpecǁvalidate__mutmut['xǁOutputSpecǁvalidate__mutmut_40'] = OutputSpec.xǁOutputSpecǁvalidate__mutmut_40 # type: ignore # mutmut generated
mutants_xǁOutputSpecǁvalidate__mutmut['xǁOutputSpecǁvalidate__mutmut_41'] = OutputSpec.xǁOutputSpecǁvalidate__mutmut_41 # type: ignore # mutmut generated
mutants_xǁOutputSpecǁvalidate__mutmut['xǁOutputSpecǁvalidate__mutmut_42'] = OutputSpec.xǁOutputSpecǁvalidate__mutmut_42 # type: ignore # mutmut generated
mutants_xǁOutputSpecǁvalidate__mutmut['xǁOutputSpecǁvalidate__mutmut_43'] = OutputSpec.xǁOutputSpecǁvalidate__mutmut_43 # type: ignore # mutmut generated
mutants_xǁOutputSpecǁvalidate__mutmut['xǁOutputSpecǁvalidate__mutmut_44'] = OutputSpec.xǁOutputSpecǁvalidate__mutmut_44 # type: ignore # mutmut generated
mutants_xǁOutputSpecǁvalidate__mutmut['xǁOutputSpecǁvalidate__mutmut_45'] = OutputSpec.xǁOutputSpecǁvalidate__mutmut_45 # type: ignore # mutmut generated
mutants_xǁOutputSpecǁvalidate__mutmut['xǁOutputSpecǁvalidate__mutmut_46'] = OutputSpec.xǁOutputSpecǁvalidate__mutmut_46 # type: ignore # mutmut generated
mutants_xǁOutputSpecǁvalidate__mutmut['xǁOutputSpecǁvalidate__mutmut_47'] = OutputSpec.xǁOutputSpecǁvalidate__mutmut_47 # type: ignore # mutmut generated
mutants_xǁOutputSpecǁvalidate__mutmut['xǁOutputSpecǁvalidate__mutmut_48'] = OutputSpec.xǁOutputSpecǁvalidate__mutmut_48 # type: ignore # mutmut generated
mutants_xǁOutputSpecǁvalidate__mutmut['xǁOutputSpecǁvalidate__mutmut_49'] = OutputSpec.xǁOutputSpecǁvalidate__mutmut_49 # type: ignore # mutmut generated
mutants_xǁOutputSpecǁvalidate__mutmut['xǁOutputSpecǁvalidate__mutmut_50'] = OutputSpec.xǁOutputSpecǁvalidate__mutmut_50 # type: ignore # mutmut generated
mutants_xǁOutputSpecǁvalidate__mutmut['xǁOutputSpecǁvalidate__mutmut_51'] = OutputSpec.xǁOutputSpecǁvalidate__mutmut_51 # type: ignore # mutmut generated
mutants_xǁOutputSpecǁvalidate__mutmut['xǁOutputSpecǁvalidate__mutmut_52'] = OutputSpec.xǁOutputSpecǁvalidate__mutmut_52 # type: ignore # mutmut generated
mutants_xǁOutputSpecǁvalidate__mutmut['xǁOutputSpecǁvalidate__mutmut_53'] = OutputSpec.xǁOutputSpecǁvalidate__mutmut_53 # type: ignore # mutmut generated
mutants_xǁOutputSpecǁvalidate__mutmut['xǁOutputSpecǁvalidate__mutmut_54'] = OutputSpec.xǁOutputSpecǁvalidate__mutmut_54 # type: ignore # mutmut generated
mutants_xǁOutputSpecǁvalidate__mutmut['xǁOutputSpecǁvalidate__mutmut_55'] = OutputSpec.xǁOutputSpecǁvalidate__mutmut_55 # type: ignore # mutmut generated
mutants_xǁOutputSpecǁvalidate__mutmut['xǁOutputSpecǁvalidate__mutmut_56'] = OutputSpec.xǁOutputSpecǁvalidate__mutmut_56 # type: ignore # mutmut generated
mutants_xǁOutputSpecǁvalidate__mutmut['xǁOutputSpecǁvalidate__mutmut_57'] = OutputSpec.xǁOutputSpecǁvalidate__mutmut_57 # type: ignore # mutmut generated
mutants_xǁOutputSpecǁvalidate__mutmut['xǁOutputSpecǁvalidate__mutmut_58'] = OutputSpec.xǁOutputSpecǁvalidate__mutmut_58 # type: ignore # mutmut generated
mutants_xǁOutputSpecǁvalidate__mutmut['xǁOutputSpecǁvalidate__mutmut_59'] = OutputSpec.xǁOutputSpecǁvalidate__mutmut_59 # type: ignore # mutmut generated
