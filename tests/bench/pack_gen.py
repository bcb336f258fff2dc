#!/usr/bin/env python3
# SPDX-License-Identifier: EUPL-1.2
# Writes a valid content pack of N nodes spread over route files, for the large-pack benchmark
# (packs_bench) and the test that a pack of 50,000 nodes is accepted. Each route file holds one
# track: info steps, choices that branch and join again, a checklist and a scale, then an end, so
# the validator's graph checks (every end reachable, every node reachable) see real branching.
#   tests/bench/pack_gen.py NODES OUT_DIR [NODES_PER_FILE]
import os
import sys


def route(f, t, first, count):
    """Nodes first..first+count-1 of track t; the last is its end."""
    f.write("# SPDX-License-Identifier: EUPL-1.2\n# Generated route %d (tests/bench/pack_gen.py).\n" % t)
    f.write("tracks:\n  - id: route-%d\n    audience: {nl: twee mensen}\n    title: {nl: Route %d}\n"
            "    start: n%d\n" % (t, t, first))
    f.write("nodes:\n")
    last = first + count - 1
    for i in range(first, last + 1):
        nxt = "n%d" % (i + 1)
        if i == last:
            f.write("  - id: n%d\n    kind: end\n    title: {nl: Samenvatting %d}\n" % (i, t))
        elif i % 10 == 3 and i + 2 < last:
            # branches to the next node or skips it; both ways go on
            f.write("  - id: n%d\n    kind: choice\n    title: {nl: \"Vraag %d?\"}\n    choices:\n"
                    "      - {id: ja, label: {nl: Ja}, set: {v%d: true}, next: n%d}\n"
                    "      - {id: nee, label: {nl: Nee}, next: n%d}\n" % (i, i, t, i + 1, i + 2))
        elif i % 10 == 4:
            f.write("  - id: n%d\n    kind: info\n    when: v%d\n    title: {nl: Alleen bij ja %d}\n"
                    "    text: {nl: \"Een *korte* uitleg bij stap %d.\"}\n    next: %s\n" % (i, t, i, i, nxt))
        elif i % 10 == 6:
            f.write("  - id: n%d\n    kind: checklist\n    title: {nl: Onderwerpen %d}\n    choices:\n"
                    "      - {id: a, label: {nl: Een}}\n      - {id: b, label: {nl: Twee}}\n"
                    "    next: %s\n" % (i, i, nxt))
        elif i % 10 == 8:
            f.write("  - id: n%d\n    kind: scale\n    title: {nl: Stellingen %d}\n"
                    "    scale: {min: 1, max: 5, labels: {1: {nl: niet}, 5: {nl: wel}}}\n"
                    "    statements:\n      - {id: s, text: {nl: Ik heb steun.}}\n    next: %s\n" % (i, i, nxt))
        else:
            f.write("  - id: n%d\n    kind: info\n    title: {nl: Stap %d}\n"
                    "    text: {nl: \"Tekst van stap %d, met **nadruk** en een [link](https://example.org).\"}\n"
                    "    next: %s\n" % (i, i, i, nxt))


def main():
    if len(sys.argv) not in (3, 4):
        sys.exit("usage: pack_gen.py NODES OUT_DIR [NODES_PER_FILE]")
    total, out = int(sys.argv[1]), sys.argv[2]
    per = int(sys.argv[3]) if len(sys.argv) == 4 else 1000
    if total < 2 or per < 2:
        sys.exit("pack_gen.py: NODES and NODES_PER_FILE must be at least 2")
    os.makedirs(os.path.join(out, "routes"), exist_ok=True)
    files = []
    first, t = 0, 0
    while first < total:
        count = min(per, total - first)
        if count < 2:  # an end alone is no route: the last one takes the remainder
            break
        name = "routes/route-%03d.yaml" % t
        with open(os.path.join(out, name), "w") as f:
            route(f, t, first, count)
        files.append(name)
        first += count
        t += 1
    with open(os.path.join(out, "guide.yaml"), "w") as f:
        f.write("# SPDX-License-Identifier: EUPL-1.2\n# A generated pack of %d nodes (tests/bench/pack_gen.py).\n"
                "format: 1\nid: groot\nversion: 1.0.0\nlanguage: nl\nlanguages: [nl]\ntitle: Grote gids\n"
                "roles:\n  - {id: samen, title: Samen}\ninclude:\n" % first)
        for name in files:
            f.write("  - %s\n" % name)
    print(first)


if __name__ == "__main__":
    main()
