"""What the schema checks share: a schema must reject each deliberately broken document."""
import copy


def count_accepted_breakages(validator, base, broken):
    """Applies each breakage of `broken` (name -> function editing a copy of `base`) and
    prints whether the schema rejects it; returns how many it wrongly accepts."""
    failures = 0
    for name, breaks in broken.items():
        doc = copy.deepcopy(base)
        breaks(doc)
        if validator.is_valid(doc):
            print(f"FAIL schema accepts: {name}")
            failures += 1
        else:
            print(f"PASS schema rejects: {name}")
    return failures


def load_schema(path):
    """The schema at `path`, itself checked against draft 2020-12 first."""
    import json
    import jsonschema

    schema = json.loads(path.read_text())
    jsonschema.Draft202012Validator.check_schema(schema)
    return schema


def definition_validator(schema, name):
    """A validator for one `$defs` entry of `schema`: one command's output."""
    import jsonschema

    return jsonschema.Draft202012Validator(
        {"$schema": schema["$schema"], "$defs": schema["$defs"], "$ref": f"#/$defs/{name}"})
