#!/usr/bin/env python3
"""Generate data/body/geometry.json for Trigger Map.

Each view is authored in "head" units (see figure.py).  Front, back and soles are authored
for one half (x <= 0) plus the midline and mirrored, so symmetry is exact.  A view's regions
come from cutting its silhouette with an ordered list of layers (geom.tile): first layer wins.

Run: tools/bodygen/run   (or python3 tools/bodygen/gen.py [--check-only])
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from shapely.geometry import Polygon, box  # noqa: E402
from shapely.ops import unary_union  # noqa: E402

import geom  # noqa: E402
import figure  # noqa: E402
import views_fb  # noqa: E402
import views_side  # noqa: E402
import views_soles  # noqa: E402
import strokes as strokes_mod  # noqa: E402
import check  # noqa: E402

ROOT = os.path.abspath(os.path.join(HERE, '..', '..'))
REGIONS_TSV = os.path.join(ROOT, 'data', 'body', 'regions.tsv')
OUT = os.path.join(ROOT, 'data', 'body', 'geometry.json')
ND = 5  # decimals

# canvas of each view in head units: x0, y0, width, height
CANVAS = {
    'front': (-2.1, -0.15, 4.2, 8.4),
    'back': (-2.1, -0.15, 4.2, 8.4),
    'side': (-1.35, -0.15, 3.1, 8.4),
    'soles': (-0.8, -0.02, 1.6, 1.52),
}
TITLES = {'front': 'Front', 'back': 'Back', 'side': 'Right side', 'soles': 'Soles'}
# which side the authored half (x <= 0) is, for the mirrored views
OWN_SIDE = {'front': 'right', 'back': 'left', 'soles': 'left'}
LABELS = {
    'front': [('R', 0.08, 0.05), ('L', 0.92, 0.05)],
    'back': [('L', 0.08, 0.05), ('R', 0.92, 0.05)],
    'side': [('Right side', 0.12, 0.04)],
    'soles': [('L', 0.06, 0.06), ('R', 0.94, 0.06)],
}


# views added to regions.tsv because the drawing shows the region there (never removed)
EXTRA_VIEWS = {
    'head.ear': ['front', 'back'],
    'head.nose': ['side'], 'head.chin': ['side'],
    'chest.pectoral': ['side'], 'chest.lower': ['side'], 'back.scapula': ['side'], 'back.mid': ['side'],
    'back.lumbar': ['side'], 'buttock.middle': ['side'], 'buttock.lower': ['side'],
    'forearm.back_pinky': ['side'], 'wrist.back': ['side'], 'hand.back': ['side'],
    'hand.thumb_back': ['side'], 'hand.index_back': ['side'], 'hand.middle_back': ['side'],
    'hand.ring_back': ['side'], 'hand.little_back': ['side'],
    'thigh.front_upper': ['side'], 'thigh.front_lower': ['side'], 'thigh.back_upper': ['side'],
    'thigh.back_lower': ['side'], 'knee.front': ['side'], 'knee.back': ['side'],
    'leg.calf_upper': ['side'], 'leg.calf_lower': ['side'], 'ankle.front': ['side'],
    'foot.top': ['side'], 'foot.toes': ['side'],
}
VIEW_ORDER = ['front', 'back', 'side', 'soles']


def update_tsv():
    """Append EXTRA_VIEWS to the views column of regions.tsv (nothing renamed or removed)."""
    with open(REGIONS_TSV) as f:
        lines = f.read().split('\n')
    header = lines[0].split('\t')
    iv, iid = header.index('views'), header.index('id')
    changed = 0
    for k in range(1, len(lines)):
        if not lines[k].strip():
            continue
        cols = lines[k].split('\t')
        extra = EXTRA_VIEWS.get(cols[iid], [])
        have = [x for x in cols[iv].split(',') if x]
        new = have + [v for v in VIEW_ORDER if v in extra and v not in have]
        if new != have:
            cols[iv] = ','.join(new)
            lines[k] = '\t'.join(cols)
            changed += 1
    if changed:
        mode = os.stat(REGIONS_TSV).st_mode
        os.chmod(REGIONS_TSV, mode | 0o200)
        with open(REGIONS_TSV, 'w') as f:
            f.write('\n'.join(lines))
        os.chmod(REGIONS_TSV, mode)
        print('regions.tsv: added views to %d rows' % changed)


def read_regions():
    rows = []
    with open(REGIONS_TSV) as f:
        header = f.readline().rstrip('\n').split('\t')
        for line in f:
            if not line.strip():
                continue
            cols = dict(zip(header, line.rstrip('\n').split('\t')))
            rows.append(cols)
    return rows


def to_canvas(view, pts):
    x0, y0, W, H = CANVAS[view]
    return [(round((x - x0) / W, ND), round((y - y0) / H, ND)) for x, y in pts]


def ring_out(view, coords):
    pts = to_canvas(view, list(coords)[:-1])
    return clean_ring(pts)


def clean_ring(pts):
    """Drop repeated points and zero-width spikes (A, B, A) that rounding can leave."""
    ring = list(pts)
    changed = True
    while changed and len(ring) >= 3:
        changed = False
        out = []
        for p in ring:
            if out and p == out[-1]:
                changed = True
                continue
            out.append(p)
        while len(out) > 1 and out[0] == out[-1]:
            out.pop()
            changed = True
        n = len(out)
        if n >= 3:
            for i in range(n):
                if out[(i - 1) % n] == out[(i + 1) % n]:
                    # remove the spike tip and one copy of its base
                    drop = {i, (i + 1) % n}
                    out = [p for k, p in enumerate(out) if k not in drop]
                    changed = True
                    break
        ring = out
    return ring


def geom_rings(view, g):
    rings = []
    for p in geom.polys_of(g):
        for q in geom.split_holes(p):
            if q.area < 1e-9:
                continue
            q = geom.Polygon(q.exterior.coords)
            from shapely.geometry.polygon import orient
            q = orient(q, 1.0)
            r = ring_out(view, q.exterior.coords)
            if len(r) >= 3:
                rings.append(r)
    return rings


def mirror_ring(r):
    return [(round(1.0 - x, ND) + 0.0, y) for x, y in reversed(r)]


def build_view(view, sided):
    if view in ('front', 'back'):
        L, d = views_fb.layers(view)
        sil = figure.silhouette_half(view)
    elif view == 'side':
        L, sil = views_side.layers()
    else:
        L, sil = views_soles.layers()
    pieces, orphans = geom.tile(sil, L)
    if orphans:
        print('  %s: %d orphan faces' % (view, orphans))
    regions = {}
    if view == 'side':
        for base, g in pieces.items():
            inst = base + ':right' if sided[base] else base
            regions[inst] = geom_rings(view, g)
    else:
        own = OWN_SIDE[view]
        other = 'left' if own == 'right' else 'right'
        for base, g in pieces.items():
            rings = geom_rings(view, g)
            if sided[base]:
                regions['%s:%s' % (base, own)] = rings
                regions['%s:%s' % (base, other)] = [mirror_ring(r) for r in rings]
            else:
                full = unary_union([Polygon(r) for r in rings] + [Polygon(mirror_ring(r)) for r in rings])
                out = []
                for p in geom.polys_of(full):
                    for q in geom.split_holes(p):
                        from shapely.geometry.polygon import orient
                        q = orient(geom.Polygon(q.exterior.coords), 1.0)
                        r = [(round(x, ND), round(y, ND)) for x, y in list(q.exterior.coords)[:-1]]
                        out.append(r)
                regions[base] = out
    return regions


def fix_tjunctions(regions):
    """Insert into every edge the vertices of other rings that lie on it (shared borders then
    have identical vertex lists)."""
    cell = 0.01
    grid = {}
    allpts = set()
    for rings in regions.values():
        for r in rings:
            allpts.update(r)
    for p in allpts:
        grid.setdefault((int(p[0] / cell), int(p[1] / cell)), []).append(p)
    tol = 2e-5
    added = 0
    for inst, rings in regions.items():
        new_rings = []
        for r in rings:
            out = []
            n = len(r)
            for i in range(n):
                a, b = r[i], r[(i + 1) % n]
                out.append(a)
                minx, maxx = min(a[0], b[0]), max(a[0], b[0])
                miny, maxy = min(a[1], b[1]), max(a[1], b[1])
                cands = []
                for gx in range(int(minx / cell) - 1, int(maxx / cell) + 2):
                    for gy in range(int(miny / cell) - 1, int(maxy / cell) + 2):
                        for p in grid.get((gx, gy), ()):
                            if p == a or p == b:
                                continue
                            if p[0] < minx - tol or p[0] > maxx + tol or p[1] < miny - tol or p[1] > maxy + tol:
                                continue
                            dx, dy = b[0] - a[0], b[1] - a[1]
                            L2 = dx * dx + dy * dy
                            if L2 == 0:
                                continue
                            t = ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / L2
                            if t <= 1e-9 or t >= 1 - 1e-9:
                                continue
                            qx, qy = a[0] + t * dx, a[1] + t * dy
                            if (qx - p[0]) ** 2 + (qy - p[1]) ** 2 <= tol * tol:
                                cands.append((t, p))
                if cands:
                    cands.sort()
                    for t, p in cands:
                        if p != out[-1]:
                            out.append(p)
                            added += 1
            out = clean_ring(out)
            if len(out) >= 3:
                new_rings.append(out)
        regions[inst] = new_rings
    return added


def main():
    out_path = OUT
    if '--out' in sys.argv:
        out_path = os.path.abspath(sys.argv[sys.argv.index('--out') + 1])
    update_tsv()
    rows = read_regions()
    sided = {r['id']: r['sided'] == 'yes' for r in rows}
    doc = {'version': 1, 'views': []}
    for view in ('front', 'back', 'side', 'soles'):
        regions = build_view(view, sided)
        added = fix_tjunctions(regions)
        x0, y0, W, H = CANVAS[view]
        outline = check.outline_of(regions)
        v = {
            'id': view,
            'title': TITLES[view],
            'aspect': round(W / H, ND),
            'outline': [[list(p) for p in r] for r in outline],
            'regions': [{'id': inst, 'polygons': [[list(p) for p in r] for r in regions[inst]]}
                        for inst in sorted(regions)],
            'strokes': [[list(p) for p in to_canvas(view, s)] for s in strokes_mod.strokes(view)],
            'labels': [{'text': t, 'x': x, 'y': y} for t, x, y in LABELS[view]],
        }
        print('%-6s %3d instances, %d t-junction vertices added' % (view, len(regions), added))
        doc['views'].append(v)
    # write next to the target and move in only when the checks pass, so the file is never broken
    tmp = out_path + '.tmp'
    with open(tmp, 'w') as f:
        json.dump(doc, f, separators=(',', ':'))
        f.write('\n')
    ok = check.run(doc, rows)
    if not ok:
        import shutil
        import tempfile
        kept = os.path.join(tempfile.gettempdir(), 'bodygen-failed.json')
        shutil.move(tmp, kept)
        print('checks FAILED: %s unchanged, the failed output is in %s' % (out_path, kept))
        sys.exit(1)
    os.replace(tmp, out_path)
    print('wrote', out_path, os.path.getsize(out_path), 'bytes')
    sys.exit(0)


if __name__ == '__main__':
    main()
