#!/usr/bin/python3
# SPDX-License-Identifier: EUPL-1.2
# Every bundled pack file passes content/schema/pack.schema.json (with Debian's python3-jsonschema,
# as an editor's yaml-language-server would check it), each names the schema in its first lines,
# and the schema refuses what the loader refuses: an unknown key, a wrong type, a key of another
# kind of step.
#   tests/schema/validate.py SCHEMA CONTENT-DIR
import os
import sys

import jsonschema
import json
import yaml

schema_path, content = sys.argv[1], sys.argv[2]
schema = json.load(open(schema_path, encoding="utf-8"))
jsonschema.Draft7Validator.check_schema(schema)
validator = jsonschema.Draft7Validator(schema)
failed = 0


def as_json(x):
    """YAML as an editor's JSON view sees it: mapping keys are strings (a scale label's 1: is "1")."""
    if isinstance(x, dict):
        return {str(k): as_json(v) for k, v in x.items()}
    if isinstance(x, list):
        return [as_json(i) for i in x]
    return x


def errors(doc):
    return [f"{'/'.join(map(str, e.absolute_path)) or '(top)'}: {e.message[:160]}" for e in validator.iter_errors(as_json(doc))]


files = []
for root, _, names in os.walk(content):
    files += [os.path.join(root, n) for n in names if n.endswith(".yaml") and "/ui/" not in os.path.join(root, n) + "/"]
for f in sorted(files):
    text = open(f, encoding="utf-8").read()
    lines = text.splitlines()
    want = "# yaml-language-server: $schema=" + os.path.relpath(schema_path, os.path.dirname(f))
    if len(lines) < 2 or lines[1] != want:
        print(f"{f}:2: the second line should be: {want}")
        failed = 1
    for e in errors(yaml.safe_load(text)):
        print(f"{f}: {e}")
        failed = 1
print(f"{len(files)} pack files pass the schema" if not failed else "some pack files fail the schema")

# The VS Code example: its association names this schema, its task runs check with $gcc.
def jsonc(path):
    return json.loads("\n".join(l for l in open(path, encoding="utf-8").read().splitlines() if not l.startswith("//")))


settings = jsonc(os.path.join(content, ".vscode", "settings.json"))
named = [os.path.normpath(os.path.join(content, k)) for k in settings["yaml.schemas"]]
if os.path.normpath(schema_path) not in named:
    print(f"content/.vscode/settings.json: yaml.schemas does not name {schema_path}")
    failed = 1
task = jsonc(os.path.join(content, ".vscode", "tasks.json"))["tasks"][0]
if task["args"][0] != "check" or task["problemMatcher"]["base"] != "$gcc":
    print("content/.vscode/tasks.json: the task should run 'handreiking check' with the $gcc problem matcher")
    failed = 1

node = {"id": "stap", "kind": "choice", "title": "Titel", "choices": [{"id": "a", "label": "A", "next": "b"}]}
guide = {"id": "gids", "version": "1", "language": "nl", "title": "Gids", "nodes": [node]}
cases = [
    ("a whole guide as it should be", guide, True),
    ("an unknown key (chioces)", {**guide, "nodes": [{**node, "chioces": node["choices"]}]}, False),
    ("a wrong type (private: ja)", {**guide, "nodes": [{**node, "private": "ja"}]}, False),
    ("a wrong type (title: a list)", {**guide, "title": ["Gids"]}, False),
    ("a key of another kind (suggest in a choice)", {**guide, "nodes": [{**node, "suggest": ["x"]}]}, False),
    ("next in a checklist item", {**guide, "nodes": [{**node, "kind": "checklist", "next": "b"}]}, False),
    ("an overlay's directive in a whole guide", {**guide, "nodes": [{**node, "remove": True}]}, False),
    ("an overlay changing one text", {"id": "eigen", "version": "1", "extends": "gids",
                                      "nodes": [{"id": "stap", "title": "Anders"}, {"id": "weg", "remove": True}]}, True),
    ("an unknown key in an overlay", {"id": "eigen", "version": "1", "extends": "gids", "nodes": [{"id": "stap", "titel": "x"}]}, False),
    ("language in an overlay", {"id": "eigen", "version": "1", "extends": "gids", "language": "nl"}, False),
    ("an included file with a route", {"tracks": [{"id": "r", "audience": "wie", "title": "R", "start": "stap"}]}, True),
    ("guide keys in an included file", {"title": "Gids", "nodes": [node]}, False),
]
for what, doc, ok in cases:
    got = errors(doc)
    if bool(got) == ok:
        print(f"schema: {what}: {'refused: ' + got[0] if got else 'accepted'}; expected the opposite")
        failed = 1
    else:
        print(f"schema: {what}: {'accepted' if ok else 'refused (' + got[0] + ')'}")
sys.exit(failed)
