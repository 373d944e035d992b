#!/usr/bin/env python3
"""Writes the referral pattern shapes of every trigger point: data/catalogue/pattern-shapes/<muscle>.json.

A pattern is drawn as smooth shapes, not as the body-map regions its zones name: per view, one shape for the
essential (main) zones and one for the spillover zones, each a set of closed rings in normalised view coordinates
(the right side's; the app mirrors them for a left point, as it does the markers).

Where a shape comes from:
- by default, from the regions themselves: the union of the zones' regions of that kind in that view, rounded and
  inset a little (the union blurred, then its contour above LEVEL), so that a pattern reads as one shape and two
  neighbouring patterns as two shapes, not as tiles;
- where tools/patterns/charts.json has an entry for the point, from the reference chart it cites: strokes (a smooth
  centre line with half-widths, e.g. a stripe down the outer leg) and blobs (a smooth closed outline through a few
  points) in normalised view coordinates, clipped to the same regions.
Either way a shape stays inside the regions its zones name, and every region a zone names gets a visible part of
it (at least COVER of the region's area in that view): a region the chart shape leaves (nearly) bare gets the
default shape of that region added, and the script says so, since it means the chart and the zones disagree.
The builder reads the files; tests/core/test_pattern_shapes.cpp proves both rules on the built catalogue.

    python3 tools/patterns/gen.py            # rewrite data/catalogue/pattern-shapes/
    python3 tools/patterns/gen.py --check    # only report what would change
    python3 tools/patterns/gen.py temporalis # one muscle (for authoring)
"""
import glob
import json
import math
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import raster  # noqa: E402

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
OUT = os.path.join(ROOT, "data", "catalogue", "pattern-shapes")
H = 0.002  # cell size, in view heights
SIGMA = 0.006  # blur of the default shape: how round its corners are
LEVEL = 0.68  # the contour level of the blurred shape: above one half insets it (about 0.45 SIGMA)
COVER = 0.35  # every zone region gets at least this share of its area in each view it is drawn in
COVER_CHART = 0.27  # a chart's stripe may cover less of a wide region (tests/core: at least 25%)
SIMPLIFY = 0.0005


def load_views():
    with open(os.path.join(ROOT, "data", "body", "geometry.json")) as f:
        geometry = json.load(f)
    views = {}
    for v in geometry["views"]:
        a = v["aspect"]
        regions = {r["id"]: [[(x * a, y) for x, y in poly] for poly in r["polygons"]] for r in v["regions"]}
        views[v["id"]] = {"aspect": a, "regions": regions}
    return views


def sided():
    out = {}
    with open(os.path.join(ROOT, "data", "body", "regions.tsv")) as f:
        for line in f.read().splitlines()[1:]:
            cols = line.split("\t")
            if len(cols) >= 2:
                out[cols[0]] = cols[1] == "yes"
    return out


def instances(zone, is_sided):
    """The right-side point's instances of a zone (both sides for a zone felt on both; a midline region once)."""
    if not is_sided.get(zone["region"], False):
        return [zone["region"]]
    out = [zone["region"] + ":right"]
    if zone.get("side") == "both":
        out.append(zone["region"] + ":left")
    return out


def bbox(polys):
    xs = [p[0] for poly in polys for p in poly]
    ys = [p[1] for poly in polys for p in poly]
    return min(xs), min(ys), max(xs), max(ys)


def shape_of(view, region_ids, authored, messages, label):
    """The rings of one shape (physical units) for the regions `region_ids` of a view."""
    regions = [view["regions"][r] for r in region_ids]
    x0, y0, x1, y1 = bbox([p for polys in regions for p in polys])
    m = 4 * H
    grid = raster.Grid(x0 - m, y0 - m, x1 + m, y1 + m, H)
    masks = [raster.fill(grid, polys) for polys in regions]
    union = [max(v) for v in zip(*masks)]
    base = raster.blur(grid, union, SIGMA)
    if authored:
        drawn = grid.field()
        for piece in authored:
            pts = [(x * view["aspect"], y) for x, y in piece.get("stroke", piece.get("blob", []))]
            if "stroke" in piece:
                raster.stroke(grid, pts, piece["widths"], drawn)
            else:
                raster.fill(grid, [raster.catmull(pts, closed=True, samples=10)], 1.0, drawn)
        drawn = raster.blur(grid, drawn, SIGMA * 0.6)
        # Clipped to the regions with a smaller inset than the default's, so that a thin region keeps its part.
        clip = raster.blur(grid, union, SIGMA / 3)
        field = [min(a, b) * u for a, b, u in zip(drawn, clip, union)]
    else:
        field = [b * u for b, u in zip(base, union)]
    # Every region visibly covered: a thin region the blur wiped out, or one the chart shape leaves bare, gets its
    # own shape (less blurred, so that a thin strip survives).
    for rid, mask in zip(region_ids, masks):
        cells = sum(mask)
        if not cells:
            continue
        covered = sum(1 for f, k in zip(field, mask) if k and f > LEVEL)
        if covered >= (COVER_CHART if authored else COVER) * cells:
            continue
        if authored:
            messages.append("%s: the chart shape covers %.0f%% of %s; its own shape is added"
                            % (label, 100.0 * covered / cells, rid))
        for sigma, level in ((SIGMA, LEVEL), (SIGMA / 2, 0.6), (H, 0.55)):
            own = raster.blur(grid, mask, sigma)
            own = [o * k * (LEVEL / level) for o, k in zip(own, mask)]
            merged = [max(f, o) for f, o in zip(field, own)]
            # Well above COVER: the check samples the shape differently from this grid.
            if sum(1 for f, k in zip(merged, mask) if k and f > LEVEL) >= 0.5 * cells:
                field = merged
                break
        else:
            field = [max(f, k * 1.0) for f, k in zip(field, mask)]
            messages.append("%s: %s is too small to round; drawn whole" % (label, rid))
    rings = raster.contour(grid, field, LEVEL)
    rings = [raster.simplify(r, SIMPLIFY) for r in rings]
    return [r for r in rings if abs(raster.ring_area(r)) > (2 * H) ** 2]


def muscle_shapes(muscle, views, is_sided, charts, messages):
    out = {}
    for tp in muscle["trigger_points"]:
        chart = charts.get(tp["id"], {})
        shapes = []
        for view_id, view in views.items():
            for kind in ("main", "spillover"):
                ids = [i for z in tp["zones"] if z["kind"] == kind for i in instances(z, is_sided)
                       if i in view["regions"]]
                if not ids:
                    continue
                authored = [p for p in chart.get("shapes", []) if p["view"] == view_id and p["kind"] == kind]
                rings = shape_of(view, ids, authored, messages, "%s %s %s" % (tp["id"], view_id, kind))
                a = view["aspect"]
                shape = {"view": view_id, "kind": kind,
                         "polygons": [[[round(x / a, 5), round(y, 5)] for x, y in r] for r in rings]}
                if authored:
                    shape["chart"] = chart["chart"]
                shapes.append(shape)
        out[tp["id"]] = shapes
    return out


def main(argv):
    check = "--check" in argv
    only = [a for a in argv if not a.startswith("--")]
    views = load_views()
    is_sided = sided()
    with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "charts.json")) as f:
        charts = {k: v for k, v in json.load(f).items() if not k.startswith("_")}
    os.makedirs(OUT, exist_ok=True)
    messages = []
    changed = 0
    for path in sorted(glob.glob(os.path.join(ROOT, "data", "catalogue", "muscles", "*.json"))):
        with open(path) as f:
            muscle = json.load(f)
        if only and muscle["id"] not in only:
            continue
        doc = {"_comment": "Generated by tools/patterns/gen.py from data/body/geometry.json, the zones of "
                           "data/catalogue/muscles/%s.json and tools/patterns/charts.json: do not edit."
                           % muscle["id"],
               "muscle": muscle["id"],
               "trigger_points": muscle_shapes(muscle, views, is_sided, charts, messages)}
        text = json.dumps(doc, separators=(",", ":")).replace('{"view"', '\n{"view"') + "\n"
        target = os.path.join(OUT, muscle["id"] + ".json")
        old = open(target).read() if os.path.exists(target) else None
        if old != text:
            changed += 1
            if not check:
                with open(target + ".tmp", "w") as f:
                    f.write(text)
                os.replace(target + ".tmp", target)
    unknown = [k for k in charts if not any(k.startswith(os.path.basename(p)[:-5] + "-")
                                            for p in glob.glob(os.path.join(ROOT, "data", "catalogue", "muscles",
                                                                            "*.json")))]
    for m in messages:
        print(m)
    for k in unknown:
        print("charts.json: %s is no trigger point" % k)
    print("%d file(s) %s" % (changed, "would change" if check else "written"))
    return 1 if (check and changed) or unknown else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
