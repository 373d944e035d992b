"""Geometry helpers for the body-map generator (splines, capsules, frames, tiling).

Units: one "head" (1/8 of the figure height). x to the viewer's right, y down.
"""
import math

from shapely.geometry import Polygon, MultiPolygon, Point, GeometryCollection, LineString, box
from shapely.ops import unary_union, polygonize
from shapely.prepared import prep

BIG = 50.0


# ---------------------------------------------------------------- primitives

def catmull(pts, closed=False, samples=10, alpha=0.5):
    """Centripetal Catmull-Rom spline through pts; returns a dense point list."""
    P = [tuple(map(float, p)) for p in pts]
    if len(P) < 3:
        return P
    if closed:
        ext = [P[-1]] + P + [P[0], P[1]]
    else:
        first = (2 * P[0][0] - P[1][0], 2 * P[0][1] - P[1][1])
        last = (2 * P[-1][0] - P[-2][0], 2 * P[-1][1] - P[-2][1])
        ext = [first] + P + [last]

    def tj(ti, a, b):
        d = math.hypot(b[0] - a[0], b[1] - a[1])
        return ti + max(d, 1e-9) ** alpha

    out = []
    for i in range(1, len(ext) - 2):
        p0, p1, p2, p3 = ext[i - 1], ext[i], ext[i + 1], ext[i + 2]
        t0 = 0.0
        t1 = tj(t0, p0, p1)
        t2 = tj(t1, p1, p2)
        t3 = tj(t2, p2, p3)
        for k in range(samples):
            t = t1 + (t2 - t1) * k / samples
            def lerp(a, b, ta, tb):
                if tb - ta < 1e-12:
                    return a
                return ((tb - t) / (tb - ta) * a[0] + (t - ta) / (tb - ta) * b[0],
                        (tb - t) / (tb - ta) * a[1] + (t - ta) / (tb - ta) * b[1])
            a1 = lerp(p0, p1, t0, t1)
            a2 = lerp(p1, p2, t1, t2)
            a3 = lerp(p2, p3, t2, t3)
            b1 = lerp(a1, a2, t0, t2)
            b2 = lerp(a2, a3, t1, t3)
            out.append(lerp(b1, b2, t1, t2))
    if not closed:
        out.append(P[-1])
    return out


def path(*segments, samples=10):
    """Join smooth segments; consecutive segments meet in a corner at their shared end point."""
    out = []
    for seg in segments:
        pts = catmull(seg, samples=samples) if len(seg) > 2 else [tuple(p) for p in seg]
        if out and math.hypot(out[-1][0] - pts[0][0], out[-1][1] - pts[0][1]) < 1e-9:
            pts = pts[1:]
        out.extend(pts)
    return out


def poly(pts):
    g = Polygon(pts)
    if not g.is_valid:
        g = g.buffer(0)
    return g


def smooth_poly(pts, samples=10):
    return poly(catmull(pts, closed=True, samples=samples))


def mirror_pts(pts):
    """Points of one half (x<=0) continued by their mirror image, for closed symmetric outlines."""
    half = [tuple(p) for p in pts]
    back = [(-x, y) for (x, y) in reversed(half)]
    if abs(half[-1][0]) < 1e-12:
        back = back[1:]
    if abs(half[0][0]) < 1e-12:
        back = back[:-1]
    return half + back


def ellipse(cx, cy, rx, ry, rot=0.0, n=40):
    c, s = math.cos(math.radians(rot)), math.sin(math.radians(rot))
    pts = []
    for i in range(n):
        a = 2 * math.pi * i / n
        x, y = rx * math.cos(a), ry * math.sin(a)
        pts.append((cx + c * x - s * y, cy + s * x + c * y))
    return Polygon(pts)


def rect(x0, y0, x1, y1):
    return box(min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1))


def band(y0, y1, x0=-BIG, x1=BIG):
    return rect(x0, y0, x1, y1)


def quad(left_top, left_bot, right_top, right_bot, y0, y1):
    """Strip between two slanted edges: left edge from (left_top,y0) to (left_bot,y1), etc."""
    return Polygon([(left_top, y0), (right_top, y0), (right_bot, y1), (left_bot, y1)])


def capsule(points, radii, res=12):
    """Tapered capsule: union of hulls of consecutive circles."""
    circles = [Point(p).buffer(r, res) for p, r in zip(points, radii)]
    parts = [unary_union([circles[i], circles[i + 1]]).convex_hull for i in range(len(circles) - 1)]
    return unary_union(parts)


class Frame:
    """Local frame along a limb: t along the axis from origin toward target, s sideways.

    s > 0 points to the side of `side_hint` (a point roughly on the positive-s side)."""

    def __init__(self, origin, target, side_hint):
        self.o = origin
        dx, dy = target[0] - origin[0], target[1] - origin[1]
        L = math.hypot(dx, dy)
        self.u = (dx / L, dy / L)
        n = (-self.u[1], self.u[0])
        hx, hy = side_hint[0] - origin[0], side_hint[1] - origin[1]
        if n[0] * hx + n[1] * hy < 0:
            n = (-n[0], -n[1])
        self.n = n
        self.length = L

    def pt(self, t, s=0.0):
        return (self.o[0] + t * self.u[0] + s * self.n[0], self.o[1] + t * self.u[1] + s * self.n[1])

    def cell(self, t0, t1, s0=-BIG / 4, s1=BIG / 4):
        return Polygon([self.pt(t0, s0), self.pt(t1, s0), self.pt(t1, s1), self.pt(t0, s1)])

    def rotated(self, deg):
        """The frame turned by deg toward +s (about the origin)."""
        a = math.radians(deg)
        if (-self.u[1]) * self.n[0] + self.u[0] * self.n[1] < 0:
            a = -a
        c, s = math.cos(a), math.sin(a)
        u = (c * self.u[0] - s * self.u[1], s * self.u[0] + c * self.u[1])
        f = Frame(self.o, (self.o[0] + u[0], self.o[1] + u[1]), self.pt(0, 1))
        return f


def polys_of(g):
    if g is None or g.is_empty:
        return []
    if isinstance(g, Polygon):
        return [g]
    if isinstance(g, (MultiPolygon, GeometryCollection)):
        out = []
        for h in g.geoms:
            out.extend(polys_of(h))
        return out
    return []


# ---------------------------------------------------------------- tiling

def tile(silhouette, layers):
    """Cut `silhouette` into regions.

    layers: ordered list of (region_id, polygon); a point of the silhouette belongs to the
    FIRST layer containing it.  Returns {region_id: geometry}.  Pieces come from one planar
    arrangement of all layer borders, so neighbours share identical boundary vertices."""
    # the figure has no holes: gaps enclosed by touching toes/fingers are filled
    sil = unary_union([Polygon(p.exterior.coords) for p in polys_of(silhouette.buffer(0))])
    lines = [sil.boundary]
    clipped = []
    for rid, g in layers:
        g2 = g.intersection(sil)
        g2 = unary_union(polys_of(g2))
        if g2.is_empty or g2.area < 1e-10:
            continue
        lines.append(g2.boundary)
        clipped.append((rid, g2, prep(g2)))
    noded = unary_union(lines)
    faces = list(polygonize(noded))
    psil = prep(sil)
    groups = {}
    orphans = 0
    for f in faces:
        if f.area < 1e-12:
            continue
        rp = f.representative_point()
        if not psil.contains(rp):
            continue
        rid = None
        for lid, g2, pg in clipped:
            if pg.contains(rp):
                rid = lid
                break
        if rid is None:
            orphans += 1
            best = min(clipped, key=lambda c: c[1].distance(rp))
            rid = best[0]
        groups.setdefault(rid, []).append(f)
    out = {rid: unary_union(fs) for rid, fs in groups.items()}
    return out, orphans


def split_holes(p):
    """Split a polygon with holes into hole-free pieces by vertical cuts through the holes."""
    if len(p.interiors) == 0:
        return [p]
    hole = Polygon(p.interiors[0])
    cx = hole.representative_point().x
    minx, miny, maxx, maxy = p.bounds
    left = p.intersection(box(minx - 1, miny - 1, cx, maxy + 1))
    right = p.intersection(box(cx, miny - 1, maxx + 1, maxy + 1))
    out = []
    for q in polys_of(left) + polys_of(right):
        out.extend(split_holes(q))
    return out


# ---------------------------------------------------------------- curved partition helpers

def spline(pts, samples=10):
    """Open smooth curve through pts (a border between two regions)."""
    return catmull(pts, samples=samples) if len(pts) > 2 else [tuple(p) for p in pts]


def between(top, bottom, samples=10):
    """Region between two smooth curves drawn in the same direction (top over bottom)."""
    return poly(spline(top, samples) + list(reversed(spline(bottom, samples))))


class LimbMap:
    """Coordinates across a vertical limb (or the trunk below some level) of a half figure.

    u = 0 on the outer (lateral, x small) outline, u = 1 on the inner outline, y as usual; values
    outside [0, 1] extrapolate.  Straight lines in (u, y) become curves that follow the limb."""

    def __init__(self, shape, y0, y1, step=0.01, x_max=0.0):
        import numpy as np
        self.ys = []
        self.xo = []
        self.xi = []
        y = y0
        while y <= y1 + 1e-9:
            seg = shape.intersection(LineString([(-BIG, y), (x_max, y)]))
            xs = [c[0] for g in getattr(seg, 'geoms', [seg]) for c in getattr(g, 'coords', [])]
            if xs:
                self.ys.append(y)
                self.xo.append(min(xs))
                self.xi.append(max(xs))
            y += step
        self.np = np

    def edges(self, y):
        np = self.np
        return float(np.interp(y, self.ys, self.xo)), float(np.interp(y, self.ys, self.xi))

    def xy(self, u, y):
        a, b = self.edges(y)
        return (a + u * (b - a), y)

    def patch(self, uv, closed=True, smooth=False, n=12):
        """Polygon from (u, y) vertices (edges densified so they follow the limb)."""
        pts = catmull(uv, closed=True, samples=n) if smooth else list(uv)
        out = []
        m = len(pts)
        for i in range(m):
            (u0, y0), (u1, y1) = pts[i], pts[(i + 1) % m]
            k = 1 if smooth else max(1, int(abs(y1 - y0) / 0.02) + 1)
            for j in range(k):
                t = j / k
                out.append(self.xy(u0 + (u1 - u0) * t, y0 + (y1 - y0) * t))
        return poly(out)

    def strip(self, u0, u1, y0, y1, du=0.025, dy=0.02):
        """Cell between u = u0(y) .. u1(y) (numbers or functions of y) and y = y0(u) .. y1(u)
        (numbers or functions of u): borders that follow the limb and may bow.  Edges are
        sampled on a global grid, so neighbouring cells share the same chords."""
        f = lambda v: v if callable(v) else (lambda _: v)
        U0, U1, Y0, Y1 = f(u0), f(u1), f(y0), f(y1)

        def grid(a, b, step):
            lo, hi = min(a, b), max(a, b)
            k0, k1 = math.floor(lo / step) + 1, math.ceil(hi / step) - 1
            inner = [k * step for k in range(k0, k1 + 1) if lo + 1e-9 < k * step < hi - 1e-9]
            seq = [lo] + inner + [hi]
            return seq if a <= b else list(reversed(seq))
        yt, yb = Y0(0.5), Y1(0.5)
        pts = []
        a, b = U0(yt), U1(yt)
        pts += [(u, Y0(u)) for u in grid(a, b, du)]
        pts += [(U1(y), y) for y in grid(Y0(b), Y1(U1(yb)), dy)[1:-1]]
        a, b = U1(yb), U0(yb)
        pts += [(u, Y1(u)) for u in grid(a, b, du)]
        pts += [(U0(y), y) for y in grid(Y1(b), Y0(a if False else U0(yt)), dy)[1:-1]]
        return poly([self.xy(u, y) for u, y in pts])


def smooth_capsule(points, radii, samples=8, res=12):
    """A limb whose axis and width both vary smoothly: circles along a spline through the
    skeleton points with spline-interpolated radii, joined by hulls."""
    P = catmull(points, samples=samples, alpha=0.0)
    R = [r for _, r in catmull([(i, r) for i, r in enumerate(radii)], samples=samples, alpha=0.0)]
    circles = [Point(p).buffer(r, res) for p, r in zip(P, R)]
    return unary_union([unary_union([circles[i], circles[i + 1]]).convex_hull for i in range(len(circles) - 1)])
