#!/usr/bin/env python3
"""Writes each trigger point's "markers" (where its X goes, per view) into data/catalogue/muscles/*.json.

The committed truth is the JSON; this script is how the markers were placed, kept so that a change of the body
geometry can place them again. Each point's position comes from its own "location" text and the references'
charts (Travell & Simons; Davies), written below in PLACES as a fraction of the bounding box of its site region
in a view:

    "temporalis-1": {"side": (0.15, 0.55)}                # u, v in the first site region drawn in that view
    "masseter-4":   {"side": ("head.jaw_joint", 0.4, 0.5)} # or in a named region

u runs from medial to lateral in the front, back and soles views (from the midline to the right edge for a
midline region) and from front to back in the side view; v from top to bottom. A point that lands outside its
region (by more than AT_EDGE, or outside the figure) is pulled toward the region's inner point until it is not. Views a point's entry does not name get the
same v at the middle of u; a point without an entry sits at its region's inner point. Markers are the right
side's; the app mirrors them for the left.

    python3 tools/markers/place.py           # rewrite the markers, then check them
    python3 tools/markers/place.py --check   # only check: separation within a muscle, inside the outline
"""
import glob
import json
import math
import os
import re
import sys

ROOT = os.path.normpath(os.path.join(os.path.dirname(__file__), "..", ".."))
MIN_APART = 0.012  # of the view's height; the app's test fails below 0.01
AT_EDGE = 0.008  # how far outside its region a marker may sit (the builder allows 0.01)

# Positions from the "location" texts and the charts. Keys are trigger point ids.
PLACES = {}
PROBLEMS = []


def load_places():
    # The table lives beside the script so that it reads as data.
    with open(os.path.join(os.path.dirname(__file__), "places.json")) as f:
        raw = json.load(f)
    for tp, views in raw.items():
        if tp.startswith("_"):
            continue
        PLACES[tp] = {v: tuple(p) for v, p in views.items()}


def inside(poly, x, y):
    c = False
    n = len(poly)
    for i in range(n):
        x1, y1 = poly[i]
        x2, y2 = poly[(i + 1) % n]
        if (y1 > y) != (y2 > y) and x < (x2 - x1) * (y - y1) / (y2 - y1) + x1:
            c = not c
    return c


def inside_any(polys, x, y):
    return any(inside(p, x, y) for p in polys)


def edge_distance(polys, x, y):
    best = 1e9
    for poly in polys:
        n = len(poly)
        for i in range(n):
            x1, y1 = poly[i]
            x2, y2 = poly[(i + 1) % n]
            dx, dy = x2 - x1, y2 - y1
            t = 0 if dx == dy == 0 else max(0, min(1, ((x - x1) * dx + (y - y1) * dy) / (dx * dx + dy * dy)))
            best = min(best, math.hypot(x - x1 - t * dx, y - y1 - t * dy))
    return best


class Region:
    def __init__(self, view, rid, polys, outline):
        self.view, self.id, self.polys, self.outline = view, rid, polys, outline
        xs = [p[0] for poly in polys for p in poly]
        ys = [p[1] for poly in polys for p in poly]
        self.box = (min(xs), min(ys), max(xs), max(ys))
        self._inner = None

    def inner(self):
        # The grid point farthest from the edges: well inside even a bent region.
        if self._inner is None:
            x0, y0, x1, y1 = self.box
            best = (-1, (x0 + x1) / 2, (y0 + y1) / 2)
            for i in range(1, 40):
                for j in range(1, 40):
                    x, y = x0 + (x1 - x0) * i / 40, y0 + (y1 - y0) * j / 40
                    if inside_any(self.polys, x, y):
                        best = max(best, (edge_distance(self.polys, x, y), x, y))
            self._inner = best[1:]
        return self._inner

    def at(self, u, v, midline):
        x0, y0, x1, y1 = self.box
        if self.view == "side":
            x = x1 - u * (x1 - x0)  # the figure faces +x: u = 0 at the front
        elif self.view == "front":
            x = (0.5 if midline else x1) - u * ((0.5 if midline else x1) - x0)  # the right side is at x < 0.5
        else:
            x = (0.5 if midline else x0) + u * (x1 - (0.5 if midline else x0))  # back, soles: right at x > 0.5
        y = y0 + v * (y1 - y0)
        return self.pull_in(x, y)

    def ok(self, x, y):
        # On the figure, and inside the region or just at its edge (thin regions: the top of the shoulder seen
        # from behind is a band a few thousandths high).
        if not inside_any(self.outline, x, y) or edge_distance(self.outline, x, y) < 0.001:
            return False
        return inside_any(self.polys, x, y) or edge_distance(self.polys, x, y) <= AT_EDGE

    def pull_in(self, x, y):
        if self.ok(x, y):
            return x, y
        cx, cy = self.inner()
        for k in range(1, 101):
            t = k / 100
            px, py = x + (cx - x) * t, y + (cy - y) * t
            if self.ok(px, py):
                return px, py
        return cx, cy


def load_views():
    with open(os.path.join(ROOT, "data", "body", "geometry.json")) as f:
        geometry = json.load(f)
    views = {}
    for v in geometry["views"]:
        regions = {r["id"]: Region(v["id"], r["id"], r["polygons"], v["outline"]) for r in v["regions"]}
        views[v["id"]] = {"aspect": v["aspect"], "outline": v["outline"], "regions": regions}
    return views


def instance(views, region):
    for v in views.values():
        if region in v["regions"]:
            return region, True
    return region + ":right", False


def place(tp, views):
    spec = PLACES.get(tp["id"], {})
    any_v = next((p[-1] for p in spec.values() if p), None)
    markers = []
    for view_id, view in views.items():
        entry = spec.get(view_id)
        if entry is not None and entry == ():
            continue  # () leaves a view out: the point is not seen there
        region = None
        if entry is not None and len(entry) == 3:
            if entry[0] not in tp["site"]:
                PROBLEMS.append(f"{tp['id']}: {view_id}: {entry[0]} is not one of its sites")
            inst, midline = instance(views, entry[0])
            region = view["regions"].get(inst)
        if region is None:
            for site in tp["site"]:
                inst, midline = instance(views, site)
                if inst in view["regions"]:
                    region = view["regions"][inst]
                    break
        if region is None:
            if entry:
                PROBLEMS.append(f"{tp['id']}: none of its sites is drawn in view {view_id}")
            continue
        if entry is not None:
            x, y = region.at(entry[-2], entry[-1], midline)
        elif any_v is not None:
            x, y = region.at(0.5, any_v, midline)
        else:
            x, y = region.inner()
        markers.append({"view": view_id, "x": round(x, 4), "y": round(y, 4)})
    return markers


def compact_markers(text):
    # One marker a line: {"view": "side", "x": 0.5034, "y": 0.0735}.
    return re.sub(
        r'\{\s*"view": ("[^"]*"),\s*"x": ([-0-9.e]+),\s*"y": ([-0-9.e]+)\s*\}',
        r'{"view": \1, "x": \2, "y": \3}',
        text,
    )


def check(muscles, views):
    problems = []
    for m in muscles:
        points = m["trigger_points"]
        for tp in points:
            for mk in tp.get("markers", []):
                v = views[mk["view"]]
                if not inside_any(v["outline"], mk["x"], mk["y"]):
                    problems.append(f"{tp['id']}: {mk['view']} marker outside the body outline")
        for i, a in enumerate(points):
            for b in points[i + 1:]:
                for ma in a.get("markers", []):
                    for mb in b.get("markers", []):
                        if ma["view"] != mb["view"]:
                            continue
                        aspect = views[ma["view"]]["aspect"]
                        d = math.hypot((ma["x"] - mb["x"]) * aspect, ma["y"] - mb["y"])
                        if d < MIN_APART:
                            problems.append(f"{a['id']} and {b['id']}: {d:.4f} apart in {ma['view']}")
    return problems


def main():
    load_places()
    views = load_views()
    files = sorted(glob.glob(os.path.join(ROOT, "data", "catalogue", "muscles", "*.json")))
    muscles = []
    for path in files:
        with open(path, encoding="utf-8") as f:
            m = json.load(f)
        if "--check" not in sys.argv:
            for i, tp in enumerate(m["trigger_points"]):
                rebuilt = {}
                for k, val in tp.items():
                    if k == "markers":
                        continue
                    rebuilt[k] = val
                    if k == "site":
                        rebuilt["markers"] = place(tp, views)
                m["trigger_points"][i] = rebuilt
            with open(path, "w", encoding="utf-8") as f:
                f.write(compact_markers(json.dumps(m, indent=2, ensure_ascii=False)) + "\n")
        muscles.append(m)
    unknown = set(PLACES) - {tp["id"] for m in muscles for tp in m["trigger_points"]}
    problems = PROBLEMS + check(muscles, views) + [f"places.json: unknown trigger point {u}" for u in sorted(unknown)]
    for p in problems:
        print(p)
    placed = sum(1 for m in muscles for tp in m["trigger_points"] if tp["id"] in PLACES)
    total = sum(len(m["trigger_points"]) for m in muscles)
    print(f"{total} trigger points, {placed} placed from their location text, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
