"""What the SDK templates are given per tag: the resource's names, its methods, their README examples and
the paginated operations, all in openapi-python-client's Python names."""

from __future__ import annotations

import dataclasses
from typing import Any

from contract_tests.openapi.extensions import Pagination
from contract_tests.openapi.model import ApiModel, Operation, deref
from contract_tests.openapi.relations import list_item_schema

from .errors import GenerationError

__all__ = ["CLIENT_ATTRIBUTES", "paginated_operations", "tag_resources"]

CLIENT_ATTRIBUTES = frozenset(
    [
        "auth_header_name",
        "base_url",
        "cookies",
        "credential_field",
        "follow_redirects",
        "get_async_httpx_client",
        "get_httpx_client",
        "header_format",
        "headers",
        "httpx_args",
        "max_retries",
        "max_retry_wait",
        "pagination",
        "prefix",
        "raise_on_unexpected_status",
        "retry_backoff",
        "server_url",
        "server_variables",
        "set_async_httpx_client",
        "set_httpx_client",
        "timeout",
        "token",
        "verify_ssl",
        "with_cookies",
        "with_headers",
        "with_timeout",
    ]
)


def tag_resources(
    project: Any, spec: dict[str, Any], paginated: list[dict[str, Any]], credential: str, variables: list[str]
) -> list[dict[str, Any]]:
    """One entry per tag: its attribute and class names, and its methods with their endpoints."""
    import builtins

    from openapi_python_client.strings import ClassName, PythonIdentifier

    prefix = project.config.field_prefix
    by_id = ApiModel.of(spec).by_id
    paging = {entry["name"]: entry for entry in paginated}
    reserved = CLIENT_ATTRIBUTES | {credential, *variables}
    tags = []
    for tag, collection in sorted(project.openapi.endpoint_collections_by_tag.items()):
        attr = str(tag)
        if attr in reserved or attr.startswith(("iter_", "aiter_", "_")):
            raise GenerationError(f"tag {attr!r} would hide the client's own attribute of that name")
        modules = [str(PythonIdentifier(endpoint.name, prefix)) for endpoint in collection.endpoints]
        names = _method_names(modules, attr)
        methods = []
        for endpoint, module in zip(collection.endpoints, modules, strict=True):
            method = names[module]
            pages = paging.get(module)
            iterator = None
            if pages:
                if len(endpoint.bodies) > 1:
                    raise GenerationError(f"{module}: a paginated operation with several request media types")
                iterator = f"{method}_all" if f"{method}_all" not in names.values() else f"iter_{module}"
                pages.update(endpoint=endpoint, resource=attr, iterator=iterator)
            methods.append(
                {
                    "endpoint": endpoint,
                    "module": module,
                    "name": method,
                    "iterator": iterator,
                    "paging": pages,
                    "summary": by_id[endpoint.name].summary.strip(),
                    "example": _example_call(spec, by_id[endpoint.name], prefix),
                }
            )
        imports = {
            line.replace("from ...", "from ..") for e in collection.endpoints for line in e.relative_imports
        }
        imported = {line.rsplit(" import ", 1)[-1] for line in imports}
        items = {m["paging"]["item"] for m in methods if m["paging"] and m["paging"]["item"]}
        imports |= {f"from ..models import {item}" for item in items - imported}
        tags.append(
            {
                "attr": attr,
                "class_name": f"{ClassName(attr, prefix)}Resource",
                "description": _tag_description(spec, by_id[collection.endpoints[0].name].tags[0]),
                "methods": methods,
                "imports": sorted(imports),
                "shadowed": sorted({m["name"] for m in methods} & set(dir(builtins))),
            }
        )
    return tags


def _method_names(modules: list[str], tag: str) -> dict[str, str]:
    """Each operation's method name: its operationId without the tag's words (`list_orders` on
    `orders` is `list`, `refresh_api_access_profile_secret` on `api_access_profiles` is
    `refresh_secret`), unless that leaves nothing, a keyword or a name two operations share."""
    import keyword

    tag_words = tag.split("_")
    last = tag_words[-1]
    singular = last[:-3] + "y" if last.endswith("ies") else last.removesuffix("s")
    forms = [tag_words, [*tag_words[:-1], singular]]
    names = {}
    for module in modules:
        words = module.split("_")
        short = module
        for form in forms:
            at = next((i for i in range(len(words)) if words[i : i + len(form)] == form), None)
            if at is not None:
                short = "_".join(words[:at] + words[at + len(form) :]) or module
                break
        names[module] = module if keyword.iskeyword(short) or short.startswith("_") else short
    taken = list(names.values())
    return {module: module if taken.count(short) > 1 else short for module, short in names.items()}


def _tag_description(spec: dict[str, Any], tag: str) -> str:
    found = next((t for t in spec.get("tags") or [] if t.get("name") == tag), {})
    return str(found.get("description", "")).strip()


def _example_call(spec: dict[str, Any], op: Operation, prefix: str) -> dict[str, Any]:
    """How a README shows a first call: required arguments with the spec's example values."""
    from openapi_python_client.strings import ClassName, PythonIdentifier

    positional, keywords, missing = [], [], []
    for parameter in op.parameters:  # the path's own too
        if not parameter.required:
            continue
        schema = parameter.schema
        value = parameter.example
        if value is None:
            value = schema.get("example", schema.get("default"))
        if value is None and schema.get("enum"):
            value = schema["enum"][0]
        if value is None or isinstance(value, (dict, list)) or schema.get("enum"):
            missing.append(parameter.name)
            continue
        literal = repr(value if schema.get("type") != "string" else str(value))
        name = str(PythonIdentifier(parameter.name, prefix))
        (positional if parameter.where == "path" else keywords).append((name, literal))
    body = None
    if op.request_required:
        content = op.request_content
        media = content.get("application/json") or next(iter(content.values()), {})
        ref = (media.get("schema") or {}).get("$ref", "")
        named = [deref(spec, found).get("value") for found in (media.get("examples") or {}).values()]
        example = media.get("example", named[0] if named else None)
        if example is None:
            example = deref(spec, media.get("schema") or {}).get("example")
        if not ref or example is None:
            missing.append("body")
        else:
            body = (str(ClassName(ref.rsplit("/", 1)[-1], prefix)), repr(example))
    arguments = [literal for _, literal in positional] + [f"{name}={literal}" for name, literal in keywords]
    if body:
        arguments.append(f"body={body[0]}.from_dict({body[1]})")
    return {"arguments": ", ".join(arguments), "model": body[0] if body else None, "missing": missing}


_DEFAULTS = {f.name: f.default for f in dataclasses.fields(Pagination)}


def paginated_operations(spec: dict[str, Any], prefix: str) -> list[dict[str, Any]]:
    """Every operation with `x-pagination`: its module, item model and paging in Python names.

    Parameter and field names go through openapi-python-client's own naming, so they match the
    generated keyword arguments and model attributes.
    """
    from openapi_python_client.strings import ClassName, PythonIdentifier

    found = []
    for op in sorted(ApiModel.of(spec).operations, key=lambda op: op.id):
        if op.pagination is None:
            continue
        ref = list_item_schema(spec, op).get("$ref")
        python_paging = {
            key: str(PythonIdentifier(value, prefix))
            if key.endswith(("_param", "_field", "items"))
            else value
            for key, value in dataclasses.asdict(op.pagination).items()
            if value != _DEFAULTS.get(key)
        }
        found.append(
            {
                "name": str(PythonIdentifier(op.id, prefix)),
                "tag": str(PythonIdentifier(op.tag or "default", "tag")),
                "item": str(ClassName(ref.rsplit("/", 1)[-1], prefix)) if ref else None,
                "paging": python_paging,
                "summary": op.summary,
            }
        )
    return found
