"""The links a spec implies by its paths, beside those it writes down, for the stateful phase.

A POST to a collection (`/things`, `/parents/{parent_id}/things`) creates an item that
`/things/{thing_id}` names: every operation on that item and below it (read, update, delete, actions,
child collections) can take the new id from the response, and the parent ids from the request's own
path; the collection's list can show it. A list's first item is named the same way, so a scenario can start
from what the server holds. Written-down links are kept as they are; an implied link is
added only where none joins the same two operations and every path parameter of the target is
known. Schemathesis's own inference guesses joins from field names instead (it joins a list of API
clients to the creation of access profiles) and, by making the lists the only roots, keeps every
creation out of a scenario's first step; the suite turns it off and gives these links instead.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .model import ApiModel, Operation, deref, object_schema, per_spec

__all__ = ["IMPLIED", "ImpliedLink", "add_implied_links", "created_pointer", "implied_links", "is_implied"]


@dataclass(frozen=True)
class ImpliedLink:
    source: str  # operationId of the creating POST
    status: str
    target: str  # operationId of the operation on what it created, or of its collection's list
    parameters: dict[str, str]  # target path parameter -> runtime expression

    @property
    def name(self) -> str:
        return IMPLIED + self.target


# The name an implied link has in the run's spec, before its target's operationId: the checks that
# read written links (what a POST promises a GET shows) tell them apart by it.
IMPLIED = "implied_"


def is_implied(name: str) -> bool:
    return name.startswith(IMPLIED)


def path_parameters(path: str) -> list[str]:
    return [segment[1:-1] for segment in path.split("/") if segment.startswith("{") and segment.endswith("}")]


def _item_parameter(model: ApiModel, collection: str) -> str | None:
    """The parameter naming one item of `collection` (`/things` -> `thing_id`), from the paths below it."""
    names = {
        op.path[len(collection) + 1 :].split("/")[0][1:-1]
        for op in model.operations
        if op.path.startswith(collection + "/{")
    }
    return names.pop() if len(names) == 1 else None


def created_pointer(spec: dict[str, Any], op: Operation) -> str | None:
    """Where a creating POST's success body names what it created (see `_id_pointer`), else None."""
    model = ApiModel.of(spec)
    param = _item_parameter(model, op.path)
    if op.method != "post" or not op.success_statuses or param is None:
        return None
    return _id_pointer(spec, model, op, op.success_statuses[0], param)


def _id_pointer(spec: dict[str, Any], model: ApiModel, op: Operation, status: str, param: str) -> str | None:
    """Where `op`'s response names what it created: the pointer its own links use for `param`, else
    the item key (`x-resource-key` of the list, else `id`) at the top of the body or inside a one-object
    envelope (`{"result": {...}}`)."""
    for link in op.links:
        value = link.parameters.get(param)
        if link.status == status and isinstance(value, str) and value.startswith("$response.body#"):
            return value.partition("#")[2]
    listed = model.at(op.path, "get")
    key = (listed.resource_key if listed else None) or "id"
    properties, _ = object_schema(spec, op.json_schema(status))
    if key in properties:
        return f"/{key}"
    objects = [
        (name, inner) for name, inner in properties.items() if object_schema(spec, deref(spec, inner))[0]
    ]
    if (
        len(properties) == 1
        and len(objects) == 1
        and key in object_schema(spec, deref(spec, objects[0][1]))[0]
    ):
        return f"/{objects[0][0]}/{key}"
    return None


def _collection(model: ApiModel, path: str) -> bool:
    """Whether `path` names a collection (a GET lists it, or its items have operations): a POST to
    it creates; a POST elsewhere (`/things/batch_delete`) acts on what its body names, which a link
    from a creation does not give."""
    return model.at(path, "get") is not None or any(
        op.path.startswith(path + "/{") for op in model.operations
    )


@per_spec
def implied_links(spec: dict[str, Any]) -> list[ImpliedLink]:
    """The links a collection's paths imply, none where a written link joins the same two operations.

    A creating POST links to each operation on the item it created, to each list and creation of a
    collection below that item, and to its own collection's list. A list links to the operations on
    its first item and below it (deletions aside: a scenario must not take away what the next ones
    read) and to its collection's creation. Only targets whose path parameters are all known."""
    model = ApiModel.of(spec)
    found = []
    for op in model.operations:
        collection = op.path
        if op.method not in ("get", "post") or collection.endswith("}") or not op.success_statuses:
            continue
        param = _item_parameter(model, collection)
        status = op.success_statuses[0]
        pointer = _item_pointer(spec, model, op, status, param) if param else None
        if op.method == "get" and pointer is None:
            continue
        known = {name: f"$request.path.{name}" for name in path_parameters(collection)}
        if pointer is not None and param is not None:
            known[param] = f"$response.body#{pointer}"
        written = {link.operation_id for link in op.links}
        item = f"{collection}/{{{param}}}"
        for target in model.operations:
            below = pointer is not None and (
                target.path == item
                or (
                    target.path.startswith(item + "/")
                    and (target.method != "post" or _collection(model, target.path))
                )
            )
            if op.method == "get" and target.method == "delete":
                continue
            sibling = (
                target.path == collection and target.method != op.method and target.method in ("get", "post")
            )
            needed = path_parameters(target.path)
            if target is op or target.id in written or not (below or sibling) or not target.operation_id:
                continue
            if all(name in known for name in needed):
                found.append(
                    ImpliedLink(str(op.operation_id), status, target.id, {n: known[n] for n in needed})
                )
    return found


def _item_pointer(
    spec: dict[str, Any], model: ApiModel, op: Operation, status: str, param: str
) -> str | None:
    """Where a POST's body names what it created (`_id_pointer`), or a list's body its first item."""
    if op.method == "post":
        return _id_pointer(spec, model, op, status, param)
    from .relations import items_path, list_item_schema  # relations reads links: import when used

    listed = model.at(op.path, "get")
    key = (listed.resource_key if listed else None) or "id"
    at = items_path(spec, op)
    if at is None or key not in object_schema(spec, deref(spec, list_item_schema(spec, op)))[0]:
        return None
    return "/" + "/".join((*at, "0", key))


def add_implied_links(spec: dict[str, Any], view: dict[str, Any]) -> None:
    """Write `spec`'s implied links into `view` (a deep copy of it), in the responses they leave from."""
    model = ApiModel.of(spec)
    for link in implied_links(spec):
        source = model.by_id[link.source]
        responses = view["paths"][source.path][source.method]["responses"]
        response = responses[link.status] = dict(deref(view, responses[link.status]))
        links = response["links"] = dict(response.get("links") or {})
        links[link.name] = {"operationId": link.target, "parameters": dict(link.parameters)}
