"""A grammar for Gemma 4's tool-call syntax, built from the tools' JSON Schemas (FORMAT.md 3.3, 6.1).

The grammar is Lark text in the dialect vLLM's structured outputs (xgrammar) accept, where ``<[48]>``
matches the single token with id 48 and ``<[^1,48]>`` any one token but those. It demands the real
special tokens: a call is ``<|tool_call>`` (48) ``call:NAME{ARGS}`` ``<tool_call|>`` (49), and every
string is wrapped in the ``<|"|>`` token (52), so text that merely spells those markers never counts.

What a call's arguments may be, per tool schema:

* keys are bare, written in the order the chat template writes them (sorted), each at most once;
  required keys must be present; keys the schema does not declare are refused (an object without
  ``properties`` takes any bare key, its values by ``additionalProperties``);
* values: strings between ``<|"|>`` (any tokens but the markers the parser stops at), integers and
  numbers in JSON syntax (an exponent has at most two digits so every number stays finite), ``true``,
  ``false``, ``null``, objects, arrays (``items``, ``prefixItems``), ``enum``/``const`` values,
  ``nullable``, type lists, ``anyOf``/``oneOf`` and local ``$ref`` (recursive schemas included);
  a schema with no type (or one this builder does not read) takes any value.
* Not expressed: numeric bounds, string length/pattern/format, array length, ``allOf``, ``not``.
  The tool's own validation still checks them (the constraint makes calls well-formed and typed, not
  correct).

Around the calls, what a step may write depends on `tool_choice` (see `ToolGrammar.constraint`):
``auto`` (free text, then optionally calls), ``required`` (calls only), ``none`` (free text, no
``<|tool_call>`` token), or a tool name (calls of that tool only). A thought (``<|channel>...<channel|>``)
is free wherever the prompt leaves room for one. Free text is any token but the call markers, the
channel markers and ``<|turn>``; the stop tokens end it wherever the grammar may end (the engine stops
on them), never inside a call or a thought.

`ToolGrammar.for_tools` builds the argument rules once per set of schemas and caches the grammar text
of each (choice, start) combination; `ToolGrammar.stats` reports the size and build time.
"""

from __future__ import annotations

import hashlib
import json
import re
import threading
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, ClassVar, Final, Literal

from agentkit.gemma4 import tokens
from agentkit.gemma4.syntax import format_value
from agentkit.schema_walk import SchemaRefError, SchemaWalker

ToolChoice = str
"""``"auto"``, ``"required"``, ``"none"`` or the name of one tool."""
CHOICES: Final = ("auto", "required", "none")
Start = Literal["open", "in_thought", "after_thought"]
"""Where the prompt leaves the model: free to think first, inside an open thought, or past the thought."""

_CALL_OPEN: Final = tokens.TOKEN_IDS[tokens.TOOL_CALL_OPEN]
_CALL_CLOSE: Final = tokens.TOKEN_IDS[tokens.TOOL_CALL_CLOSE]
_DELIM: Final = tokens.TOKEN_IDS[tokens.STRING_DELIM]
_CHANNEL_OPEN: Final = tokens.TOKEN_IDS[tokens.CHANNEL_OPEN]
_CHANNEL_CLOSE: Final = tokens.TOKEN_IDS[tokens.CHANNEL_CLOSE]
_TURN_OPEN: Final = tokens.TOKEN_IDS[tokens.TURN_OPEN]
_STOPS: Final = tokens.STOP_TOKEN_IDS
# Tokens a region may not contain: the markers the output parser acts on there (parse_markers.py).
_NOT_IN_STRING: Final = (*_STOPS, _TURN_OPEN, _CALL_OPEN, _CALL_CLOSE, _DELIM)
_NOT_IN_TEXT: Final = (*_STOPS, _TURN_OPEN, _CALL_OPEN, _CALL_CLOSE, _CHANNEL_OPEN, _CHANNEL_CLOSE)
# Bare keys the parser reads back as written (parse_args._BARE_KEY, without whitespace).
_KEY_TEXT: Final = re.compile(r"[^:,{}\[\]<\s]+")
_KEY_PATTERN: Final = r"/[A-Za-z_][A-Za-z0-9_\-.]{0,63}/"

INTEGER: Final = r"/-?(0|[1-9][0-9]{0,18})/"
NUMBER: Final = r"/-?(0|[1-9][0-9]{0,18})(\.[0-9]{1,17})?([eE][-+]?[0-9]{1,2})?/"


class GrammarError(ValueError):
    """The tools cannot be expressed as a call grammar; the message names the tool and the place."""


def token(*ids: int) -> str:
    return f"<[{','.join(str(i) for i in ids)}]>"


def not_token(ids: Sequence[int]) -> str:
    return f"<[^{','.join(str(i) for i in sorted(set(ids)))}]>"


def literal(text: str) -> str:
    """A Lark string literal matching ``text`` exactly."""
    return json.dumps(text, ensure_ascii=False)


def value_literal(value: Any) -> str:
    """A Lark sequence matching ``value`` as the chat template writes it (strings in ``<|"|>`` tokens)."""
    text = format_value(value, escape_keys=False, null="null")
    parts = text.split(tokens.STRING_DELIM)
    pieces: list[str] = []
    for index, part in enumerate(parts):
        if index:
            pieces.append(token(_DELIM))
        if part:
            pieces.append(literal(part))
    return " ".join(pieces) or '""'


@dataclass(frozen=True)
class GrammarStats:
    tools: int
    rules: int
    chars: int
    build_s: float


class _Rules:
    """Lark rules for the argument values of a set of tools; one rule per schema node reached."""

    def __init__(self, max_string_tokens: int | None = None) -> None:
        self.rules: dict[str, str] = {}
        self._by_schema: dict[str, str] = {}
        self._walkers: dict[int, SchemaWalker] = {}  # $ref resolution, one per tool schema (root)
        self._string_repeat = "*" if max_string_tokens is None else f"{{0,{max_string_tokens}}}"

    def add(self, name: str, body: str) -> str:
        self.rules[name] = body
        return name

    def value(self, schema: Any, root: Mapping[str, Any], where: str) -> str:
        """The name of a rule matching a value of ``schema`` (memoised by the schema's JSON text)."""
        if schema is True or schema is None or schema == {}:
            return self.any_value()
        if schema is False:
            raise GrammarError(f"{where}: the schema allows no value (false)")
        if not isinstance(schema, Mapping):
            raise GrammarError(
                f"{where}: a schema must be an object or a boolean, got {type(schema).__name__}"
            )
        key = _fingerprint(schema, root)
        known = self._by_schema.get(key)
        if known is not None:
            return known
        name = f"v{len(self._by_schema)}"
        self._by_schema[key] = name  # before the body: a recursive $ref finds the rule being built
        self.rules[name] = ""
        self.rules[name] = self._body(schema, root, where)
        return name

    def _body(self, schema: Mapping[str, Any], root: Mapping[str, Any], where: str) -> str:
        ref = schema.get("$ref")
        if isinstance(ref, str):
            return self.value(self._resolve(ref, root, where), root, where)
        if "const" in schema:
            return value_literal(schema["const"])
        alternatives: list[str] = []
        if isinstance(schema.get("enum"), list):
            alternatives = [value_literal(v) for v in schema["enum"]]
            if not alternatives:
                raise GrammarError(f"{where}: enum is empty, so no value is allowed")
        else:
            for key in ("anyOf", "oneOf"):
                branches = schema.get(key)
                if isinstance(branches, list) and branches:
                    merged = [
                        {**_without(schema, key), **b} if isinstance(b, Mapping) else b for b in branches
                    ]
                    alternatives += [self.value(b, root, f"{where}.{key}[{i}]") for i, b in enumerate(merged)]
            if not alternatives:
                alternatives = self._typed(schema, root, where)
        if schema.get("nullable") is True and '"null"' not in alternatives:
            alternatives.append('"null"')
        return " | ".join(alternatives)

    def _resolve(self, ref: str, root: Mapping[str, Any], where: str) -> Any:
        walker = self._walkers.get(id(root))
        if walker is None or walker.root is not root:
            walker = self._walkers[id(root)] = SchemaWalker(root)
        try:
            return walker.resolve(ref, where=where)
        except SchemaRefError as exc:
            raise GrammarError(str(exc)) from None

    def _typed(self, schema: Mapping[str, Any], root: Mapping[str, Any], where: str) -> list[str]:
        declared = schema.get("type")
        if isinstance(declared, str):
            kinds = [declared]
        elif isinstance(declared, list) and declared:
            kinds = [k for k in declared if isinstance(k, str)]
        elif "properties" in schema or "additionalProperties" in schema:
            kinds = ["object"]
        elif "items" in schema or "prefixItems" in schema:
            kinds = ["array"]
        else:
            return [self.any_value()]
        out: list[str] = []
        for kind in kinds:
            kind = kind.lower()
            if kind == "string":
                out.append(self.string())
            elif kind == "integer":
                out.append(INTEGER)
            elif kind == "number":
                out.append(NUMBER)
            elif kind == "boolean":
                out.append('"true" | "false"')
            elif kind == "null":
                out.append('"null"')
            elif kind == "object":
                out.append(self.object(schema, root, where))
            elif kind == "array":
                out.append(self.array(schema, root, where))
            else:
                raise GrammarError(f"{where}: unknown type {kind!r}")
        return out

    def string(self) -> str:
        if "string" not in self.rules:
            body = f"{not_token(_NOT_IN_STRING)}{self._string_repeat}"
            self.add("string", f"{token(_DELIM)} {body} {token(_DELIM)}")
        return "string"

    def any_value(self) -> str:
        """Any value the call syntax can write (a schema that says nothing, or says what is not read)."""
        if "any" not in self.rules:
            self.add(
                "any", f'{self.string()} | {NUMBER} | "true" | "false" | "null" | any_object | any_array'
            )
            self.add("any_object", '"{" [any_member ("," any_member)*] "}"')
            self.add("any_member", f'{_KEY_PATTERN} ":" any')
            self.add("any_array", '"[" [any ("," any)*] "]"')
        return "any"

    def object(self, schema: Mapping[str, Any], root: Mapping[str, Any], where: str) -> str:
        properties = schema.get("properties")
        if not isinstance(properties, Mapping) or not properties:
            extra = schema.get("additionalProperties", True)
            if extra is False:
                return '"{" "}"'
            value = self.value(extra, root, f"{where}.additionalProperties")
            name = self.add(f"map_{value}", f'{_KEY_PATTERN} ":" {value}')
            return f'"{{" [{name} ("," {name})*] "}}"'
        listed = schema.get("required")
        required: list[Any] = listed if isinstance(listed, list) else []
        keys = sorted(properties)
        unknown = sorted(set(required) - set(keys))
        if unknown:
            raise GrammarError(f"{where}: required keys {unknown} are not among the properties")
        members: list[tuple[str, bool]] = []
        for key in keys:
            if not _KEY_TEXT.fullmatch(key):
                raise GrammarError(
                    f"{where}: property {key!r} cannot be written as a bare key in Gemma's call syntax"
                )
            value = self.value(properties[key], root, f"{where}.{key}")
            members.append((f"{literal(key + ':')} {value}", key in required))
        return '"{" ' + self._members(members) + ' "}"'

    def _members(self, members: list[tuple[str, bool]]) -> str:
        """Keys in order, optional ones skippable, commas only between the ones written.

        ``rest_i``: members i.. after at least one was written (each with its comma); ``first``: the
        alternatives for the first member written. Linear in the number of keys.
        """
        base = f"m{len(self.rules)}"
        rest_names: list[str] = []
        for index in range(len(members)):
            rest_names.append(f"{base}_r{index}")
        for index, (member, required) in enumerate(members):
            if index == 0:
                continue  # the first member is never preceded by a comma
            tail = f" {rest_names[index + 1]}" if index + 1 < len(members) else ""
            item = f'"," {member}'
            self.add(rest_names[index], f"{item}{tail}" if required else f"[{item}]{tail}")
        firsts: list[str] = []
        for index, (member, required) in enumerate(members):
            tail = f" {rest_names[index + 1]}" if index + 1 < len(members) else ""
            firsts.append(f"{member}{tail}")
            if required:
                break
        else:
            firsts.append('""')  # every key optional: the object may be empty
        return "(" + " | ".join(f"({first})" for first in firsts) + ")"

    def array(self, schema: Mapping[str, Any], root: Mapping[str, Any], where: str) -> str:
        prefix = schema.get("prefixItems")
        if isinstance(prefix, list) and prefix:
            names = [self.value(item, root, f"{where}.prefixItems[{i}]") for i, item in enumerate(prefix)]
            # Only the exact tuple: enough for `tuple[int, str]`; longer or shorter tuples are not expressed.
            return '"[" ' + ' "," '.join(names) + ' "]"'
        item = self.value(schema.get("items", True), root, f"{where}.items")
        return f'"[" [{item} ("," {item})*] "]"'


def _without(schema: Mapping[str, Any], key: str) -> dict[str, Any]:
    return {k: v for k, v in schema.items() if k != key}


def _fingerprint(schema: Mapping[str, Any], root: Mapping[str, Any]) -> str:
    # A $ref means different things under different roots; everything else is context-free.
    text = json.dumps(schema, sort_keys=True, default=str)
    if "$ref" in text:
        text += json.dumps(root, sort_keys=True, default=str)
    return hashlib.sha1(text.encode()).hexdigest()


class ToolGrammar:
    """The call grammar of one set of tools; `for_tools` shares one per distinct set of schemas."""

    _cache: ClassVar[dict[str, ToolGrammar]] = {}
    _by_identity: ClassVar[dict[tuple[int, int | None], tuple[object, ToolGrammar]]] = {}
    _lock: ClassVar[threading.Lock] = threading.Lock()

    def __init__(
        self, schemas: Mapping[str, Mapping[str, Any] | None], *, max_string_tokens: int | None = None
    ) -> None:
        if max_string_tokens is not None and max_string_tokens < 0:
            raise ValueError(f"max_string_tokens must be >= 0 or None, got {max_string_tokens}")
        began = time.perf_counter()
        self.names = list(schemas)
        rules = _Rules(max_string_tokens)
        self._call_rules: dict[str, str] = {}
        for index, (name, schema) in enumerate(schemas.items()):
            where = f"tool {name}"
            parameters: Mapping[str, Any] = schema or {"type": "object"}
            if not _is_object(parameters):
                raise GrammarError(f"{where}: the parameters schema must describe an object")
            if not parameters.get("properties") and "additionalProperties" not in parameters:
                args = '"{" "}"'  # a tool without parameters takes no arguments
            else:
                args = rules.object(parameters, parameters, where)
            self._call_rules[name] = rules.add(f"call{index}", f"{literal('call:' + name)} {args}")
        self._rules = rules.rules
        self._tools_text = "\n".join(f"{name}: {body}" for name, body in self._rules.items())
        self._texts: dict[tuple[str, Start, bool, str], str] = {}
        self.build_s = time.perf_counter() - began

    @classmethod
    def for_tools(
        cls, schemas: Mapping[str, Mapping[str, Any] | None], *, max_string_tokens: int | None = None
    ) -> ToolGrammar:
        """The grammar of these tools, built on first use. ``max_string_tokens`` caps every string
        value at that many tokens (None: no cap), for models that would never close a string."""
        # The same mapping object (an Agent keeps one) skips the fingerprint: one dict lookup per step.
        with cls._lock:
            seen = cls._by_identity.get((id(schemas), max_string_tokens))
        if seen is not None and seen[0] is schemas:
            return seen[1]
        text = json.dumps([schemas, max_string_tokens], sort_keys=True, default=str)
        key = hashlib.sha1(text.encode()).hexdigest()
        with cls._lock:
            found = cls._cache.get(key)
        if found is None:
            found = cls(schemas, max_string_tokens=max_string_tokens)
            with cls._lock:
                found = cls._cache.setdefault(key, found)
        with cls._lock:
            cls._by_identity[(id(schemas), max_string_tokens)] = (schemas, found)
        return found

    @property
    def stats(self) -> GrammarStats:
        return GrammarStats(
            tools=len(self.names), rules=len(self._rules), chars=len(self._tools_text), build_s=self.build_s
        )

    def constraint(
        self,
        choice: ToolChoice,
        *,
        start: Start = "after_thought",
        parallel: bool = True,
        answer_schema: Mapping[str, Any] | None = None,
    ) -> str:
        """The whole grammar of one step: ``choice`` as above; ``answer_schema`` (the run's
        ``output_type``) makes a step that does not call a tool answer with such JSON."""
        answer = json.dumps(answer_schema, sort_keys=True) if answer_schema is not None else ""
        key = (choice, start, parallel, answer)
        with self._lock:
            found = self._texts.get(key)
        if found is not None:
            return found
        text = self._build(choice, start, parallel, answer_schema)
        with self._lock:
            self._texts[key] = text
        return text

    def _build(
        self, choice: ToolChoice, start: Start, parallel: bool, answer_schema: Mapping[str, Any] | None
    ) -> str:
        if choice not in CHOICES and choice not in self._call_rules:
            raise GrammarError(
                f"tool_choice {choice!r} is neither auto, required, none nor a tool name; tools: "
                + (", ".join(self.names) or "none")
            )
        text_token = not_token(_NOT_IN_TEXT)
        thought_token = not_token(_NOT_IN_TEXT)
        head = {
            "open": "[thought]",
            "in_thought": f"{thought_token}* {token(_CHANNEL_CLOSE)}",
            "after_thought": "",
        }[start]
        if choice in CHOICES:
            targets = list(self._call_rules.values())
        else:
            targets = [self._call_rules[choice]]
        lines = [
            f"thought: {token(_CHANNEL_OPEN)} {thought_token}* {token(_CHANNEL_CLOSE)}",
            f"text: {text_token}*",
        ]
        if targets:
            lines.append(f"call: {token(_CALL_OPEN)} ({' | '.join(targets)}) {token(_CALL_CLOSE)}")
            lines.append("calls: call+" if parallel else "calls: call")
        if answer_schema is not None:
            lines.append(f"answer: %json {json.dumps(answer_schema, sort_keys=True)}")
        free = "answer" if answer_schema is not None else "text"
        if choice == "none" or not targets:
            if choice in ("required",) or (choice not in CHOICES):
                raise GrammarError(f"tool_choice {choice!r} needs at least one tool")
            body = free
        elif choice == "auto":
            body = "(text calls | answer)" if answer_schema is not None else "text [calls]"
        else:
            body = "calls"
        lines.insert(0, f"start: {head} {body}".replace("  ", " "))
        return "\n".join(lines) + "\n" + self._tools_text + "\n"


def _is_object(schema: Mapping[str, Any]) -> bool:
    kind = schema.get("type")
    return kind in (None, "object") or (isinstance(kind, list) and "object" in kind)


def prompt_start(prompt_ids: Sequence[int], *, thinking: bool) -> Start:
    """Where a prompt leaves the model, for `ToolGrammar.constraint`'s ``start``."""
    from agentkit.gemma4.parse import prompt_ends_in_thought

    if prompt_ends_in_thought(prompt_ids):
        return "in_thought"
    if not thinking or (prompt_ids and prompt_ids[-1] == _CHANNEL_CLOSE):
        return "after_thought"
    return "open"
