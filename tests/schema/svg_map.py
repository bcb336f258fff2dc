#!/usr/bin/python3
# SPDX-License-Identifier: EUPL-1.2
# `handreiking graph --format svg` of the bundled guide (and of one track, into a file) is SVG that
# parses as XML, with one drawn node per step the DOT names and the steps' titles as text.
#   tests/schema/svg_map.py BINARY
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

binary = sys.argv[1]
SVG = "{http://www.w3.org/2000/svg}"
failed = 0


def run(*args):
    return subprocess.run([binary, *args], capture_output=True, text=True)


dot = run("graph")
svg = run("graph", "--format", "svg")
if dot.returncode != 0 or svg.returncode != 0 or svg.stderr:
    sys.exit(f"graph failed: {dot.returncode} {svg.returncode} {svg.stderr}")
root = ET.fromstring(svg.stdout)
assert root.tag == SVG + "svg", root.tag
nodes = [g for g in root.iter(SVG + "g") if g.get("class") == "node"]
edges = [g for g in root.iter(SVG + "g") if g.get("class") == "edge"]
want_nodes = len(re.findall(r'^  "[^"]+" \[label=', dot.stdout, re.M))
want_edges = dot.stdout.count(" -> ")
texts = " ".join(t.text or "" for t in root.iter(SVG + "text"))
print(f"svg: {len(nodes)} nodes (DOT {want_nodes}), {len(edges)} edges (DOT {want_edges}), {len(svg.stdout)} bytes")
if len(nodes) != want_nodes or len(edges) != want_edges:
    failed = 1
if "Is het nu veilig?" not in texts:
    print("svg: the title 'Is het nu veilig?' is not drawn")
    failed = 1
with tempfile.TemporaryDirectory() as d:
    out = d + "/zelf.svg"
    r = run("graph", "--track", "zelfreflectie", "--format", "svg", "-o", out)
    one = ET.parse(out).getroot()
    n = len([g for g in one.iter(SVG + "g") if g.get("class") == "node"])
    print(f"svg --track zelfreflectie -o FILE: {n} nodes")
    if r.returncode != 0 or not 1 < n < len(nodes):
        failed = 1
    keep = d + "/guide.yaml"
    open(keep, "w").write("id: x\n")
    r = run("graph", "-o", keep)
    if r.returncode == 0 or open(keep).read() != "id: x\n":
        print("graph -o guide.yaml replaced a file that is not a map")
        failed = 1
    if run("graph", "--format", "png").returncode != 2 or run("graph", "--track", "geen").returncode != 2:
        print("graph: a wrong --format or --track does not exit with status 2")
        failed = 1
sys.exit(failed)
