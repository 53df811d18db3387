"""The spec as the generator reads it: a copy of the published spec, reworded where openapi-python-client
would otherwise generate the wrong call (the published spec is left as written)."""

from __future__ import annotations

import copy
import json
from collections.abc import Iterator
from typing import Any

from contract_tests.openapi.model import ApiModel

__all__ = ["generator_view"]


def generator_view(spec: dict[str, Any]) -> dict[str, Any]:
    """`spec` with refusals described and schema defaults turned into words."""
    view = copy.deepcopy(spec)
    _describe_refusals(view)
    for schema in _schemas(view):
        _default_in_words(schema)
    return view


def _describe_refusals(view: dict[str, Any]) -> None:
    """Each operation's description ends with the refusals of valid calls its `x-refusals` documents,
    so a method's docstring says why a correct call can still raise."""
    for op in ApiModel.of(view).operations:
        if not op.refusals:
            continue
        lines = [
            f"- {r.status}" + (f" ({', '.join(r.fields)})" if r.fields else "") + f": {r.when}"
            for r in op.refusals
        ]
        raw = view["paths"][op.path][op.method]
        text = str(raw.get("description") or "").rstrip()
        raw["description"] = "\n\n".join(filter(None, [text, "Refused although valid:\n" + "\n".join(lines)]))


def _default_in_words(schema: dict[str, Any]) -> None:
    """A schema's `default` is what the server assumes when the value is absent, so a client must not
    send it on the caller's behalf: openapi-python-client would make it the argument's (or attribute's)
    default value and send it on every call. The argument stays unset; its docstring keeps the default.
    Parsing a response likewise reports a field the server left out as unset, not as the default."""
    if "default" not in schema:
        return
    said = f"Default: `{json.dumps(schema.pop('default'))}` (the server's, when not sent)."
    schema["description"] = " ".join(filter(None, [str(schema.get("description") or "").strip(), said]))


_NESTED = ("properties", "patternProperties", "$defs")
_LISTS = ("allOf", "oneOf", "anyOf", "prefixItems")
_SINGLE = ("items", "additionalProperties", "not", "contains")


def _schemas(view: dict[str, Any]) -> Iterator[dict[str, Any]]:
    """Every schema node of the spec: components, parameters, request and response bodies, nested."""
    roots: list[Any] = list((view.get("components", {}).get("schemas") or {}).values())
    parameters = list((view.get("components", {}).get("parameters") or {}).values())
    bodies = [*(view.get("components", {}).get("requestBodies") or {}).values()]
    bodies += (view.get("components", {}).get("responses") or {}).values()
    for item in (view.get("paths") or {}).values():
        parameters += item.get("parameters") or []
        for method, op in item.items():
            if not isinstance(op, dict) or method == "parameters":
                continue
            parameters += op.get("parameters") or []
            bodies += [op.get("requestBody") or {}, *(op.get("responses") or {}).values()]
    roots += [p.get("schema") for p in parameters if isinstance(p, dict)]
    media = [c for b in bodies if isinstance(b, dict) for c in (b.get("content") or {}).values()]
    roots += [c.get("schema") for c in media if isinstance(c, dict)]
    stack = [node for node in roots if isinstance(node, dict)]
    while stack:
        node = stack.pop()
        yield node
        for key in _NESTED:
            stack += [v for v in (node.get(key) or {}).values() if isinstance(v, dict)]
        for key in _LISTS:
            stack += [v for v in node.get(key) or [] if isinstance(v, dict)]
        stack += [node[key] for key in _SINGLE if isinstance(node.get(key), dict)]
