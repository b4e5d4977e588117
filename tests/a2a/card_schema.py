"""The A2A 1.0 Agent Card JSON schema, derived from the SDK's protobuf descriptors (``lf.a2a.v1``).

The spec's normative source is the proto; this walks ``AgentCard``'s descriptor and writes the JSON schema its
JSON mapping implies: properties by their JSON (camelCase) names and nothing else (``additionalProperties:
false``), the fields marked ``(google.api.field_behavior) = REQUIRED`` required, enums by name, maps as objects.
"""

from __future__ import annotations

from typing import Any

from a2a.types import AgentCard
from google.api import field_behavior_pb2
from google.protobuf.descriptor import Descriptor, FieldDescriptor

_SCALARS: dict[int, dict[str, Any]] = {
    FieldDescriptor.TYPE_STRING: {"type": "string"},
    FieldDescriptor.TYPE_BYTES: {"type": "string"},
    FieldDescriptor.TYPE_BOOL: {"type": "boolean"},
    FieldDescriptor.TYPE_DOUBLE: {"type": "number"},
    FieldDescriptor.TYPE_FLOAT: {"type": "number"},
    FieldDescriptor.TYPE_INT32: {"type": "integer"},
    FieldDescriptor.TYPE_UINT32: {"type": "integer"},
    FieldDescriptor.TYPE_SINT32: {"type": "integer"},
    # 64-bit integers are strings in proto3 JSON, numbers are accepted on input
    FieldDescriptor.TYPE_INT64: {"type": ["string", "integer"]},
    FieldDescriptor.TYPE_UINT64: {"type": ["string", "integer"]},
}
_WELL_KNOWN: dict[str, dict[str, Any]] = {
    "google.protobuf.Struct": {"type": "object"},
    "google.protobuf.Value": {},
    "google.protobuf.ListValue": {"type": "array"},
    "google.protobuf.Timestamp": {"type": "string"},
}


def card_schema() -> dict[str, Any]:
    definitions: dict[str, Any] = {}
    root = _message(AgentCard.DESCRIPTOR, definitions)
    return {"$schema": "https://json-schema.org/draft/2020-12/schema", **root, "$defs": definitions}


def _message(descriptor: Descriptor, definitions: dict[str, Any]) -> dict[str, Any]:
    properties: dict[str, Any] = {}
    required: list[str] = []
    for field in descriptor.fields:
        properties[field.json_name] = _field(field, definitions)
        behaviours = field.GetOptions().Extensions[field_behavior_pb2.field_behavior]
        if field_behavior_pb2.REQUIRED in behaviours:
            required.append(field.json_name)
    schema: dict[str, Any] = {"type": "object", "properties": properties, "additionalProperties": False}
    if required:
        schema["required"] = required
    return schema


def _field(field: FieldDescriptor, definitions: dict[str, Any]) -> dict[str, Any]:
    message = field.message_type
    if message is not None and message.GetOptions().map_entry:
        return {"type": "object", "additionalProperties": _single(message.fields_by_name["value"], definitions)}
    single = _single(field, definitions)
    return {"type": "array", "items": single} if field.is_repeated else single


def _single(field: FieldDescriptor, definitions: dict[str, Any]) -> dict[str, Any]:
    if field.type == FieldDescriptor.TYPE_ENUM:
        return {"type": "string", "enum": [value.name for value in field.enum_type.values]}
    message = field.message_type
    if message is None:
        return dict(_SCALARS[field.type])
    if message.full_name in _WELL_KNOWN:
        return dict(_WELL_KNOWN[message.full_name])
    if message.full_name not in definitions:
        definitions[message.full_name] = {}  # placeholder first: messages may refer to themselves
        definitions[message.full_name] = _message(message, definitions)
    return {"$ref": f"#/$defs/{message.full_name}"}
