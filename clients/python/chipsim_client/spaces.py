"""Observation and action spaces described from chipsim's decision schemas (JSON Schema subsets).

chipsim sends, in its welcome, every decision point's observation and decision schema: records are
objects with fixed properties, maps are objects with `additionalProperties`, lists are arrays,
numbers carry `minimum`/`maximum` where docs/decisions.md gives a range. A SchemaSpace checks a
value against one (`contains`) and draws one (`sample`). Map keys (chips, customers) depend on the
observation, so a sampled map is empty: a valid but idle decision for most points.
"""

import random as _random

_BOUND = 1e6  # the scale of a sampled number with no finite maximum


class SchemaSpace:
    def __init__(self, schema):
        self.schema = schema

    def contains(self, value):
        return not problems(self.schema, value)

    def __contains__(self, value):
        return self.contains(value)

    def sample(self, rng=None):
        return _sample(self.schema, rng or _random)

    def __repr__(self):
        return "SchemaSpace(%s)" % self.schema.get("title", self.schema.get("type", "any"))


class PointSpaces(dict):
    """A space per decision point of a role: the action of a step is a decision of `info["point"]`."""

    def contains(self, point_and_value):
        point, value = point_and_value
        return point in self and self[point].contains(value)


def problems(schema, value, path="$"):
    """Where `value` does not fit `schema`, as a list of strings; empty when it fits."""
    kind = schema.get("type")
    if isinstance(kind, list):
        if value is None and "null" in kind:
            return []
        kind = next(k for k in kind if k != "null")
    found = []
    if kind == "number":
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            return ["%s: expected a number" % path]
    elif kind == "integer":
        if isinstance(value, bool) or not isinstance(value, int):
            return ["%s: expected an integer" % path]
    elif kind == "boolean":
        if not isinstance(value, bool):
            return ["%s: expected true or false" % path]
    elif kind == "string":
        if not isinstance(value, str):
            return ["%s: expected a string" % path]
        if "enum" in schema and value not in schema["enum"]:
            return ["%s: expected one of %s" % (path, schema["enum"])]
    elif kind == "array":
        if not isinstance(value, list):
            return ["%s: expected a list" % path]
        for i, item in enumerate(value):
            found += problems(schema.get("items", {}), item, "%s[%d]" % (path, i))
    elif kind == "object":
        if not isinstance(value, dict):
            return ["%s: expected an object" % path]
        properties = schema.get("properties")
        if properties is not None:
            for name in schema.get("required", []):
                if name not in value:
                    found.append("%s.%s: missing" % (path, name))
            for name, item in value.items():
                if name in properties:
                    found += problems(properties[name], item, "%s.%s" % (path, name))
                elif schema.get("additionalProperties") is False:
                    found.append("%s.%s: unknown field" % (path, name))
        elif isinstance(schema.get("additionalProperties"), dict):
            for name, item in value.items():
                found += problems(schema["additionalProperties"], item, "%s.%s" % (path, name))
    if kind in ("number", "integer"):
        if "minimum" in schema and value < schema["minimum"]:
            found.append("%s: %s is below %s" % (path, value, schema["minimum"]))
        if "maximum" in schema and value > schema["maximum"]:
            found.append("%s: %s is above %s" % (path, value, schema["maximum"]))
    return found


def _sample(schema, rng):
    kind = schema.get("type")
    if isinstance(kind, list):
        kind = next(k for k in kind if k != "null")
    low = schema.get("minimum", 0.0)
    high = min(schema.get("maximum", _BOUND), max(low, 0.0) + _BOUND)
    if kind == "number":
        return rng.uniform(low, high)
    if kind == "integer":
        return rng.randint(int(low), int(high))
    if kind == "boolean":
        return rng.random() < 0.5
    if kind == "string":
        return rng.choice(schema["enum"]) if "enum" in schema else ""
    if kind == "array":
        return []
    if kind == "object":
        properties = schema.get("properties")
        if properties is None:
            return {}
        return {name: _sample(item, rng) for name, item in properties.items()}
    return None
