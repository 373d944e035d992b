"""Checks of geometry.json: presence, simple polygons, tiling, symmetry, laterality, sizes.

Usable alone: python3 tools/bodygen/check.py [path/to/geometry.json]
"""
import json
import os
import sys

import numpy as np
from shapely.geometry import Polygon, MultiPolygon, LineString
from shapely.ops import unary_union
from shapely import vectorized
from shapely.prepared import prep

SMALL = ['hand.thumb', 'hand.index', 'hand.middle', 'hand.ring', 'hand.little',
         'hand.thumb_back', 'hand.index_back', 'hand.middle_back', 'hand.ring_back', 'hand.little_back',
         'foot.big_toe', 'foot.toes', 'foot.big_toe_under', 'foot.toes_under',
         'head.eye', 'head.ear', 'head.nose', 'head.upper_teeth', 'head.lower_teeth', 'head.jaw_joint',
         'head.eyebrow', 'head.chin', 'head.behind_ear', 'chest.armpit', 'pelvis.perineum',
         'back.tailbone', 'back.sacroiliac', 'wrist.thumb_side', 'wrist.pinky_side']
MIN_SIZE = 0.012


def outline_of(regions):
    polys = [Polygon(r) for rings in regions.values() for r in rings]
    u = unary_union(polys)
    out = []
    gs = [u] if isinstance(u, Polygon) else list(u.geoms)
    for g in gs:
        if g.area < 1e-8:
            continue
        for hole in g.interiors:
            if Polygon(hole).area > 1e-8:
                print('  WARNING: outline hole of area', Polygon(hole).area)
        from shapely.geometry.polygon import orient
        g = orient(Polygon(g.exterior.coords), 1.0)
        r = [(round(x, 5), round(y, 5)) for x, y in list(g.exterior.coords)[:-1]]
        out.append(r)
    return out


def _mp(polys):
    return unary_union([Polygon(p) for p in polys])


def run(doc, rows, grid=(400, 800), verbose=True):
    ok = True

    def bad(msg):
        nonlocal ok
        ok = False
        print('  FAIL:', msg)

    views = {v['id']: v for v in doc['views']}
    # 1. presence
    expected = {k: set() for k in views}
    for r in rows:
        vs = [x.strip() for x in r['views'].split(',') if x.strip()]
        for v in vs:
            if v == 'side':
                expected[v].add(r['id'] + ':right' if r['sided'] == 'yes' else r['id'])
            else:
                if r['sided'] == 'yes':
                    expected[v].update([r['id'] + ':left', r['id'] + ':right'])
                else:
                    expected[v].add(r['id'])
    allinst = set()
    known = set()
    for r in rows:
        if r['sided'] == 'yes':
            known.update([r['id'] + ':left', r['id'] + ':right'])
        else:
            known.add(r['id'])
    for vid, v in views.items():
        have = {reg['id'] for reg in v['regions']}
        allinst |= have
        miss = expected[vid] - have
        extra = have - expected[vid]
        if miss:
            bad('%s: missing %s' % (vid, sorted(miss)))
        if extra:
            bad('%s: not listed in regions.tsv views: %s' % (vid, sorted(extra)))
        unknown = have - known
        if unknown:
            bad('%s: unknown ids %s' % (vid, sorted(unknown)))
        if vid == 'side' and any(i.endswith(':left') for i in have):
            bad('side: has :left instances')
    if verbose:
        print('  instances over all views: %d' % len(allinst))

    for vid, v in views.items():
        # 2a. simple polygons, coordinate format
        for reg in v['regions']:
            if not reg['polygons']:
                bad('%s %s: no polygon' % (vid, reg['id']))
            for p in reg['polygons']:
                if len(p) < 3 or p[0] == p[-1]:
                    bad('%s %s: degenerate / closed ring' % (vid, reg['id']))
                for x, y in p:
                    if not (0 <= x <= 1 and 0 <= y <= 1) or round(x, 5) != x or round(y, 5) != y:
                        bad('%s %s: coordinate %r' % (vid, reg['id'], (x, y)))
                        break
                P = Polygon(p)
                if not P.is_valid:
                    from shapely.validation import explain_validity
                    bad('%s %s: invalid polygon: %s' % (vid, reg['id'], explain_validity(P)))
        for p in v['outline']:
            if not Polygon(p).is_valid:
                bad('%s outline invalid' % vid)

        # 2b. tiling on a grid
        nx, ny = grid
        xs = (np.arange(nx) + 0.5) / nx
        ys = (np.arange(ny) + 0.5) / ny
        X, Y = np.meshgrid(xs, ys)
        X = X.ravel()
        Y = Y.ravel()
        count = np.zeros(X.shape, dtype=np.int32)
        for reg in v['regions']:
            for p in reg['polygons']:
                P = Polygon(p)
                minx, miny, maxx, maxy = P.bounds
                m = (X >= minx) & (X <= maxx) & (Y >= miny) & (Y <= maxy)
                idx = np.nonzero(m)[0]
                if len(idx):
                    inside = vectorized.contains(P, X[idx], Y[idx])
                    count[idx[inside]] += 1
        sil = _mp(v['outline'])
        insil = vectorized.contains(sil, X, Y)
        want = insil.astype(np.int32)
        wrong = np.nonzero(count != want)[0]
        edges = unary_union([LineString(list(p) + [p[0]]) for reg in v['regions'] for p in reg['polygons']]
                            + [LineString(list(p) + [p[0]]) for p in v['outline']])
        real = []
        from shapely.geometry import Point
        for i in wrong:
            if edges.distance(Point(X[i], Y[i])) > 0.002:
                real.append((X[i], Y[i], int(count[i]), int(want[i])))
        if real:
            bad('%s: %d grid points tiled wrongly, e.g. %s' % (vid, len(real), real[:5]))
        # union of regions equals the outline
        U = _mp([p for reg in v['regions'] for p in reg['polygons']])
        dif = U.symmetric_difference(sil).area
        if dif > 1e-6:
            bad('%s: union of regions differs from outline by area %g' % (vid, dif))
        if verbose:
            print('  %-6s %3d regions, %d polygons, %d vertices, grid %dx%d: %d points inside, %d off (all near edges)'
                  % (vid, len(v['regions']), sum(len(r['polygons']) for r in v['regions']),
                     sum(len(p) for r in v['regions'] for p in r['polygons']), nx, ny, int(insil.sum()),
                     len(wrong)))

        regs = {reg['id']: reg['polygons'] for reg in v['regions']}
        # 3. symmetry
        if vid in ('front', 'back', 'soles'):
            def canon(polys):
                return sorted(tuple(sorted(map(tuple, p))) for p in polys)

            def mirror(polys):
                return [[[round(1 - x, 5) + 0.0, y] for x, y in p] for p in polys]
            for inst, polys in regs.items():
                if inst.endswith(':left'):
                    other = inst[:-5] + ':right'
                    if other not in regs or canon(mirror(polys)) != canon(regs[other]):
                        bad('%s: %s is not the mirror of %s' % (vid, inst, other))
                elif ':' not in inst:
                    if canon(mirror(polys)) != canon(polys):
                        a = _mp(polys)
                        b = _mp(mirror(polys))
                        bad('%s: midline %s not symmetric (area diff %g)' % (vid, inst,
                                                                              a.symmetric_difference(b).area))
            o = canon(v['outline'])
            if canon(mirror(v['outline'])) != o:
                bad('%s: outline not symmetric' % vid)
        # 4. laterality
        for inst, polys in regs.items():
            if inst.endswith(':right'):
                xs_ = [x for p in polys for x, y in p]
                if vid == 'front' and max(xs_) > 0.5:
                    bad('front: %s reaches x=%g > 0.5' % (inst, max(xs_)))
                if vid in ('back', 'soles') and min(xs_) < 0.5:
                    bad('%s: %s reaches x=%g < 0.5' % (vid, inst, min(xs_)))
        # 5. sizes
        aspect = v['aspect']
        for inst, polys in regs.items():
            base = inst.split(':')[0]
            if base not in SMALL:
                continue
            # biggest piece: bbox and whether it holds a disc of diameter MIN_SIZE (in canvas units)
            best = 0
            bb = None
            for p in polys:
                P = Polygon([(x / MIN_SIZE, y / MIN_SIZE) for x, y in p])
                inner = P.buffer(-0.5)
                if not inner.is_empty:
                    best = max(best, inner.area)
                b = Polygon(p).bounds
                if bb is None or (b[2] - b[0]) * (b[3] - b[1]) > (bb[2] - bb[0]) * (bb[3] - bb[1]):
                    bb = b
            if best == 0:
                print('  small: %s %s holds no %.3f disc (bbox %.4f x %.4f)'
                      % (vid, inst, MIN_SIZE, bb[2] - bb[0], bb[3] - bb[1]))
    return ok


if __name__ == '__main__':
    here = os.path.dirname(os.path.abspath(__file__))
    root = os.path.abspath(os.path.join(here, '..', '..'))
    path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(root, 'data', 'body', 'geometry.json')
    doc = json.load(open(path))
    rows = []
    with open(os.path.join(root, 'data', 'body', 'regions.tsv')) as f:
        header = f.readline().rstrip('\n').split('\t')
        for line in f:
            if line.strip():
                rows.append(dict(zip(header, line.rstrip('\n').split('\t'))))
    ok = run(doc, rows)
    print('OK' if ok else 'FAILED')
    sys.exit(0 if ok else 1)
