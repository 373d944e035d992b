#!/usr/bin/env python3
"""Lists a muscle's descriptions and steps that a language does not translate yet.

A muscle's text (other names, overview, where it lies, what it does, how to find it, how sure, its trigger points' locations, the
notes on its symptoms and causes, its techniques' tools, positions, steps and doses) is translated whole or not at
all: the builder refuses a muscle file under data/catalogue/i18n/LANG/muscles/ that translates only some of it
(catalogue::proseOf in src/core/catalogue/translations.cpp is the list this script mirrors). Each file carries every
one of its muscle's strings, even those another muscle shares.

    python3 tools/i18n/prose.py de                   # per muscle: translated or how many strings are missing
    python3 tools/i18n/prose.py de quadratus-lumborum # the missing strings as JSON {"English": ""}, to fill in
"""
import json
import os
import sys

ROOT = os.path.normpath(os.path.join(os.path.dirname(__file__), "..", ".."))
CAT = os.path.join(ROOT, "data", "catalogue")


def evidence():
    doc = json.load(open(os.path.join(CAT, "evidence.json")))
    default = doc["default"]
    own = {e["muscle"]: e for e in doc.get("muscles", [])}
    return default, own


def prose(muscle_id):
    m = json.load(open(os.path.join(CAT, "muscles", muscle_id + ".json")))
    default, own = evidence()
    texts = []

    def add(t):
        if t and t not in texts:
            texts.append(t)

    for name in m.get("other_names", []):
        add(name)
    for field in ("overview", "location", "action", "palpation"):
        add(m.get(field, ""))
    mine = own.get(muscle_id, {})
    add(mine.get("pattern", default["pattern"]))
    add(mine.get("technique", default["technique"]))
    for tp in m.get("trigger_points", []):
        add(tp.get("location", ""))
    for s in m.get("symptoms", []):
        add(s.get("note", "") if isinstance(s, dict) else "")
    for f in m.get("factors", []):
        add(f.get("note", "") if isinstance(f, dict) else "")
    for t in m.get("techniques", []):
        add(t.get("tool", ""))
        add(t.get("position", ""))
        for step in t.get("steps", []):
            add(step)
        for field in ("duration", "frequency", "intensity"):
            add(t.get(field, ""))
    return texts


def missing(lang, muscle_id):
    path = os.path.join(CAT, "i18n", lang, "muscles", muscle_id + ".json")
    have = json.load(open(path)).get("texts", {}) if os.path.exists(path) else {}
    return [t for t in prose(muscle_id) if t not in have]


def main():
    lang = sys.argv[1] if len(sys.argv) > 1 else "de"
    ids = sys.argv[2:]
    if ids:
        out = {}
        for i in ids:
            for t in missing(lang, i):
                out[t] = ""
        print(json.dumps(out, ensure_ascii=False, indent=2))
        return
    done = 0
    names = sorted(f[:-5] for f in os.listdir(os.path.join(CAT, "muscles")) if f.endswith(".json"))
    for i in names:
        n = len(missing(lang, i))
        done += n == 0
        print(f"{i}: {'translated' if n == 0 else str(n) + ' of ' + str(len(prose(i))) + ' missing'}")
    print(f"{done} of {len(names)} muscles translated into {lang}")


if __name__ == "__main__":
    main()
