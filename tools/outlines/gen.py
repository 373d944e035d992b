#!/usr/bin/env python3
"""Generates data/catalogue/outlines.json: each muscle's outline (a calm silhouette, not an atlas) in the body views.

The muscles are authored once, as anatomy, in tools/outlines/muscles.json: per muscle one entry (or a list of
entries, one per view) in the normalised coordinates of a body view (as data/body/geometry.json and the trigger
point markers: the person's right side; the app mirrors for the left):

    {"view": "back", "kind": "band", "path": [[x, y], ...], "widths": [w, ...]}   # origin ... insertion
    {"view": "back", "kind": "sheet", "points": [[x, y], ...]}                     # a flat muscle's corners
    {"view": "soles", "kind": "ellipse", "centre": [x, y], "radii": [rx, ry], "angle": deg}
    optional: "deep": true  (lies under other muscles: drawn fainter, dashed)
              "midline": true (a muscle around the midline: not kept to the right half of a mirrored view)

A band is a smooth curve through its path (Catmull-Rom) with a width at each control point, as a fraction of the
view's height, and round ends: a spindle is [thin, wide, thin], a fan [wide, thin]. A sheet is a smooth closed
curve through its points. Every outline is then pulled inside the body outline (each point that lies outside,
or nearer the edge than MARGIN, moves toward the muscle's axis until it does not), so it never spills off the
figure.

    python3 tools/outlines/gen.py                 # write data/catalogue/outlines.json, then check
    python3 tools/outlines/gen.py --check         # only check the committed file against the markers
    python3 tools/outlines/gen.py --preview DIR [--crop VIEW:x0,y0,x1,y1] [--only id,id]
                                                  # PNGs of every view: figure, outlines, markers, a 0.05 grid

Checks: every muscle has an outline; each view exists; every trigger point's marker in an outline's view lies
inside that outline or within NEAR of it (the builder and tests/core check the same).
"""
import glob
import json
import math
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, '..', '..'))
SOURCE = os.path.join(HERE, 'muscles.json')
OUT = os.path.join(ROOT, 'data', 'catalogue', 'outlines.json')
MARGIN = 0.002  # how far inside the body outline an outline stays (of the view's height)
NEAR = 0.012  # how far outside its muscle's outline a marker may sit (of the view's height); tests use the same
ND = 4


def catmull(pts, closed=False, samples=8):
    """Points on a Catmull-Rom spline through pts (the ends kept)."""
    n = len(pts)
    if n < 3 and not closed:
        out = []
        for i in range(n - 1):
            for k in range(samples):
                t = k / samples
                out.append((pts[i][0] + (pts[i + 1][0] - pts[i][0]) * t, pts[i][1] + (pts[i + 1][1] - pts[i][1]) * t))
        return out + [pts[-1]]
    out = []
    segs = n if closed else n - 1
    for i in range(segs):
        p0 = pts[(i - 1) % n] if closed else pts[max(i - 1, 0)]
        p1 = pts[i % n]
        p2 = pts[(i + 1) % n] if closed else pts[min(i + 1, n - 1)]
        p3 = pts[(i + 2) % n] if closed else pts[min(i + 2, n - 1)]
        for k in range(samples):
            t = k / samples
            t2, t3 = t * t, t * t * t
            out.append(tuple(0.5 * (2 * p1[j] + (-p0[j] + p2[j]) * t + (2 * p0[j] - 5 * p1[j] + 4 * p2[j] - p3[j]) * t2
                                    + (-p0[j] + 3 * p1[j] - 3 * p2[j] + p3[j]) * t3) for j in range(2)))
    if not closed:
        out.append(tuple(pts[-1]))
    return out


# The crossing-number point-in-polygon test the marker tool uses (tools/markers/place.py).
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'markers'))
from place import inside  # noqa: E402


def seg_distance(poly, x, y, aspect):
    """Distance from (x, y) to the ring's edges, in units of the view's height."""
    best = 1e9
    n = len(poly)
    for i in range(n):
        x1, y1 = poly[i][0] * aspect, poly[i][1]
        x2, y2 = poly[(i + 1) % n][0] * aspect, poly[(i + 1) % n][1]
        px = x * aspect
        dx, dy = x2 - x1, y2 - y1
        t = 0 if dx == dy == 0 else max(0, min(1, ((px - x1) * dx + (y - y1) * dy) / (dx * dx + dy * dy)))
        best = min(best, math.hypot(px - x1 - t * dx, y - y1 - t * dy))
    return best


class View:
    def __init__(self, v):
        self.id, self.aspect, self.outline = v['id'], v['aspect'], v['outline']
        xs = [p[0] for r in self.outline for p in r]
        ys = [p[1] for r in self.outline for p in r]
        self.box = (min(xs), min(ys), max(xs), max(ys))

    def on_figure(self, x, y, margin=MARGIN):
        return sum(inside(r, x, y) for r in self.outline) % 2 == 1 and \
            min(seg_distance(r, x, y, self.aspect) for r in self.outline) >= margin


def load_views():
    with open(os.path.join(ROOT, 'data', 'body', 'geometry.json')) as f:
        return {v['id']: View(v) for v in json.load(f)['views']}


def band(spec, aspect):
    """A smooth band along the path with the given widths and round ends: (ring, anchors) in view coordinates."""
    path = [(x * aspect, y) for x, y in spec['path']]
    widths = spec['widths']
    if len(widths) != len(path):
        raise ValueError('widths and path differ in length')
    samples = 10
    line = catmull(path, samples=samples)
    # the width at each sample: linear between the control points' widths
    ws = []
    for i in range(len(path) - 1):
        for k in range(samples):
            ws.append(widths[i] + (widths[i + 1] - widths[i]) * k / samples)
    ws.append(widths[-1])
    left, right, anchors_l, anchors_r = [], [], [], []
    for i, (p, w) in enumerate(zip(line, ws)):
        q0 = line[max(i - 1, 0)]
        q1 = line[min(i + 1, len(line) - 1)]
        dx, dy = q1[0] - q0[0], q1[1] - q0[1]
        d = math.hypot(dx, dy) or 1
        nx, ny = -dy / d, dx / d
        left.append((p[0] + nx * w / 2, p[1] + ny * w / 2))
        right.append((p[0] - nx * w / 2, p[1] - ny * w / 2))
        anchors_l.append(p)
        anchors_r.append(p)

    def cap(p, q, w, a0):
        # a half circle around p, from the left side to the right, away from q
        ang = math.atan2(p[1] - q[1], p[0] - q[0])
        pts = []
        for k in range(1, 8):
            a = ang + a0 - math.pi * k / 8
            pts.append((p[0] + math.cos(a) * w / 2, p[1] + math.sin(a) * w / 2))
        return pts
    end = cap(line[-1], line[-2], ws[-1], math.pi / 2)
    start = cap(line[0], line[1], ws[0], math.pi / 2)
    ring = left + end + right[::-1] + start
    anchors = anchors_l + [line[-1]] * len(end) + anchors_r[::-1] + [line[0]] * len(start)
    return [(x / aspect, y) for x, y in ring], [(x / aspect, y) for x, y in anchors]


def sheet(spec, aspect):
    pts = [(x * aspect, y) for x, y in spec['points']]
    ring = catmull(pts, closed=True, samples=8)
    cx = sum(p[0] for p in pts) / len(pts)
    cy = sum(p[1] for p in pts) / len(pts)
    anchor = spec.get('anchor')
    a = (anchor[0], anchor[1]) if anchor else (cx / aspect, cy)
    return [(x / aspect, y) for x, y in ring], [a] * len(ring)


def ellipse(spec, aspect):
    cx, cy = spec['centre']
    rx, ry = spec['radii']
    ang = math.radians(spec.get('angle', 0))
    ring = []
    for k in range(32):
        t = 2 * math.pi * k / 32
        x, y = rx * math.cos(t), ry * math.sin(t)
        ring.append((cx + (x * math.cos(ang) - y * math.sin(ang)) / aspect, cy + x * math.sin(ang) + y * math.cos(ang)))
    return ring, [(cx, cy)] * len(ring)


def onto_figure(view, x, y, cache):
    """(x, y), or the nearest point on the figure when it lies off it (an axis point at a thin edge)."""
    if (x, y) in cache:
        return cache[(x, y)]
    best = (x, y)
    if not view.on_figure(x, y):
        for k in range(1, 60):
            r = 0.001 * k
            hits = [(x + r * math.cos(a) / view.aspect, y + r * math.sin(a)) for a in
                    (2 * math.pi * i / 24 for i in range(24))]
            hits = [p for p in hits if view.on_figure(*p)]
            if hits:
                best = hits[0]
                break
    cache[(x, y)] = best
    return best


def pull_inside(ring, anchors, view):
    out = []
    cache = {}
    for (x, y), anchor in zip(ring, anchors):
        ax, ay = onto_figure(view, anchor[0], anchor[1], cache)
        if not view.on_figure(x, y):
            for k in range(1, 41):
                t = k / 40
                px, py = x + (ax - x) * t, y + (ay - y) * t
                if view.on_figure(px, py):
                    x, y = px, py
                    break
            else:
                x, y = ax, ay
        out.append((round(x, ND), round(y, ND)))
    # drop repeats that pulling in can leave
    clean = [p for i, p in enumerate(out) if p != out[i - 1]]
    return clean


# The half of each mirrored view where the right side is drawn: an outline stays in it (the left is its mirror).
RIGHT_HALF = {'front': (0.0, 0.5), 'back': (0.5, 1.0), 'soles': (0.5, 1.0)}


def make(spec, view):
    kind = spec['kind']
    ring, anchors = {'band': band, 'sheet': sheet, 'ellipse': ellipse}[kind](spec, view.aspect)
    if view.id in RIGHT_HALF and not spec.get('midline'):
        lo, hi = RIGHT_HALF[view.id]
        ring = [(min(max(x, lo), hi), y) for x, y in ring]
    return pull_inside(ring, anchors, view)


def entries(spec):
    return spec if isinstance(spec, list) else [spec]


def markers():
    out = {}
    for f in sorted(glob.glob(os.path.join(ROOT, 'data', 'catalogue', 'muscles', '*.json'))):
        with open(f) as fh:
            m = json.load(fh)
        out[m['id']] = [(tp['id'], mk['view'], mk['x'], mk['y']) for tp in m['trigger_points']
                        for mk in tp.get('markers', [])]
    return out


def check(outlines, views):
    problems = []
    marks = markers()
    for mid in marks:
        if mid not in outlines:
            problems.append('%s: no outline' % mid)
    for mid, items in outlines.items():
        if mid not in marks:
            problems.append('%s: not a muscle of the catalogue' % mid)
            continue
        for item in items:
            view = views.get(item['view'])
            if view is None:
                problems.append('%s: unknown view %s' % (mid, item['view']))
                continue
            for ring in item['polygons']:
                for x, y in ring:
                    if not view.on_figure(x, y, 0):
                        problems.append('%s: %s: (%.4f, %.4f) outside the body' % (mid, item['view'], x, y))
                        break
            for tp, v, x, y in marks[mid]:
                if v != item['view']:
                    continue
                if any(inside(r, x, y) for r in item['polygons']):
                    continue
                d = min(seg_distance(r, x, y, view.aspect) for r in item['polygons'])
                if d > NEAR:
                    problems.append('%s: %s: marker %s (%.3f, %.3f) is %.3f from the outline' % (
                        mid, item['view'], tp, x, y, d))
    return problems


def generate(views):
    with open(SOURCE) as f:
        src = json.load(f)
    out = {}
    for mid, spec in sorted(src.items()):
        if mid.startswith('_'):
            continue
        items = []
        for e in entries(spec):
            view = views[e['view']]
            items.append({'view': e['view'], 'deep': bool(e.get('deep', False)), 'polygons': [make(e, view)]})
        out[mid] = items
    return out


def preview(outlines, views, folder, crop=None, only=None):
    from png import Canvas
    marks = markers()
    palette = [(200, 30, 30), (30, 120, 200), (20, 150, 60), (170, 60, 170), (210, 120, 0), (0, 140, 140)]
    for vid, view in views.items():
        if crop and crop[0] != vid:
            continue
        x0, y0, x1, y1 = crop[1] if crop else (0, 0, 1, 1)
        H = 1400 if not crop else 1000
        sy = H / (y1 - y0)
        sx = sy * view.aspect
        W = int((x1 - x0) * sx)

        def px(p):
            return ((p[0] - x0) * sx, (p[1] - y0) * sy)
        c = Canvas(W, H)
        c.fill([[px(p) for p in r] for r in view.outline], (235, 225, 212))
        for k in range(0, 41):
            g = k / 40
            col, a = ((120, 120, 120), 0.45) if k % 4 == 0 else ((170, 170, 170), 0.25)
            if x0 <= g <= x1:
                c.line(px((g, y0)), px((g, y1)), col, a)
            if y0 <= g <= y1:
                c.line(px((x0, g)), px((x1, g)), col, a)
        for r in view.outline:
            c.ring([px(p) for p in r], (120, 100, 90))
        for i, (mid, items) in enumerate(sorted(outlines.items())):
            if only and mid not in only:
                continue
            col = palette[i % len(palette)]
            for item in items:
                if item['view'] != vid:
                    continue
                for r in item['polygons']:
                    c.ring([px(p) for p in r], col, 1, 2, dashed=item['deep'])
                for tp, v, x, y in marks.get(mid, []):
                    if v == vid:
                        c.cross(*px((x, y)), 4, col)
        c.save(os.path.join(folder, 'outlines-%s.png' % vid))


def main(argv):
    views = load_views()
    views_m = views
    if '--check' in argv:
        with open(OUT) as f:
            outlines = json.load(f)['muscles']
    else:
        outlines = generate(views)
        tmp = OUT + '.tmp'
        with open(tmp, 'w') as f:
            json.dump({'_about': 'Generated by tools/outlines/gen.py from tools/outlines/muscles.json; do not edit.',
                       'version': 1, 'muscles': outlines}, f, separators=(',', ':'))
            f.write('\n')
        os.replace(tmp, OUT)
    problems = check(outlines, views_m)
    if '--preview' in argv:
        folder = argv[argv.index('--preview') + 1]
        crop = None
        if '--crop' in argv:
            v, box = argv[argv.index('--crop') + 1].split(':')
            crop = (v, tuple(float(t) for t in box.split(',')))
        only = set(argv[argv.index('--only') + 1].split(',')) if '--only' in argv else None
        preview(outlines, views_m, folder, crop, only)
    for p in problems:
        print(p)
    print('%d muscles, %d problems' % (len(outlines), len(problems)))
    return 1 if problems else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
