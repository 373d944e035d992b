"""Raster helpers of the pattern-shape generator: plain Python, no numpy or shapely (the build machine has neither).

A Grid covers a box of one view in physical units (x times the view's aspect, y as is, so that a circle is round)
with square cells of side `h`. Fields are flat lists of floats, row-major. Shapes are made by filling polygons into
a field, blurring it (a rounded, slightly inset version of the shape is the blurred field above one half) and
tracing the contour with marching squares.
"""
import math


class Grid:
    def __init__(self, x0, y0, x1, y1, h):
        self.h = h
        self.x0 = x0
        self.y0 = y0
        self.nx = max(2, int(math.ceil((x1 - x0) / h)) + 1)
        self.ny = max(2, int(math.ceil((y1 - y0) / h)) + 1)

    def field(self, value=0.0):
        return [value] * (self.nx * self.ny)

    def centre(self, i, j):
        return self.x0 + (i + 0.5) * self.h, self.y0 + (j + 0.5) * self.h


def fill(grid, polygons, value=1.0, out=None):
    """Sets the cells whose centre lies inside the polygons (even-odd, scanline) to `value`."""
    f = out if out is not None else grid.field()
    edges = []
    for poly in polygons:
        n = len(poly)
        for k in range(n):
            a, b = poly[k], poly[(k + 1) % n]
            if a[1] != b[1]:
                edges.append((a, b))
    for j in range(grid.ny):
        y = grid.y0 + (j + 0.5) * grid.h
        xs = []
        for a, b in edges:
            if (a[1] <= y < b[1]) or (b[1] <= y < a[1]):
                xs.append(a[0] + (y - a[1]) * (b[0] - a[0]) / (b[1] - a[1]))
        xs.sort()
        row = j * grid.nx
        for k in range(0, len(xs) - 1, 2):
            i0 = max(0, int(math.ceil((xs[k] - grid.x0) / grid.h - 0.5)))
            i1 = min(grid.nx - 1, int(math.floor((xs[k + 1] - grid.x0) / grid.h - 0.5)))
            for i in range(i0, i1 + 1):
                f[row + i] = value
    return f


def _box_rows(grid, f, r):
    out = [0.0] * len(f)
    nx = grid.nx
    w = 2 * r + 1
    for j in range(grid.ny):
        row = j * nx
        s = 0.0
        for i in range(-r, r + 1):
            if 0 <= i < nx:
                s += f[row + i]
        for i in range(nx):
            out[row + i] = s / w
            a = i + r + 1
            b = i - r
            if a < nx:
                s += f[row + a]
            if b >= 0:
                s -= f[row + b]
    return out


def _box_cols(grid, f, r):
    out = [0.0] * len(f)
    nx, ny = grid.nx, grid.ny
    w = 2 * r + 1
    for i in range(nx):
        s = 0.0
        for j in range(-r, r + 1):
            if 0 <= j < ny:
                s += f[j * nx + i]
        for j in range(ny):
            out[j * nx + i] = s / w
            a = j + r + 1
            b = j - r
            if a < ny:
                s += f[a * nx + i]
            if b >= 0:
                s -= f[b * nx + i]
    return out


def blur(grid, f, radius):
    """Three box blurs each way: close to a Gaussian of about `radius` (physical units)."""
    r = max(1, int(round(radius / grid.h / 1.7)))
    for _ in range(3):
        f = _box_cols(grid, _box_rows(grid, f, r), r)
    return f


def contour(grid, f, level):
    """Closed rings (physical units) around the cells where f > level: marching squares, linear interpolation.
    The grid's border cells must be below the level (leave a margin)."""
    nx, ny = grid.nx, grid.ny
    h = grid.h

    def at(i, j):
        return f[j * nx + i] - level

    def pt(i0, j0, i1, j1):
        a, b = at(i0, j0), at(i1, j1)
        t = a / (a - b) if a != b else 0.5
        x = grid.x0 + (i0 + 0.5 + t * (i1 - i0)) * h
        y = grid.y0 + (j0 + 0.5 + t * (j1 - j0)) * h
        return (round(x, 7), round(y, 7))

    # Segments oriented with the inside on the left; keyed by start point.
    nxt = {}
    for j in range(ny - 1):
        for i in range(nx - 1):
            c = (at(i, j) > 0) | (at(i + 1, j) > 0) << 1 | (at(i + 1, j + 1) > 0) << 2 | (at(i, j + 1) > 0) << 3
            if c == 0 or c == 15:
                continue
            top = lambda: pt(i, j, i + 1, j)
            right = lambda: pt(i + 1, j, i + 1, j + 1)
            bottom = lambda: pt(i, j + 1, i + 1, j + 1)
            left = lambda: pt(i, j, i, j + 1)
            # A saddle: the cell's mean says whether its two inside corners are joined through the middle.
            centre = lambda: at(i, j) + at(i + 1, j) + at(i, j + 1) + at(i + 1, j + 1) > 0
            segs = {
                1: [(left, top)], 2: [(top, right)], 3: [(left, right)], 4: [(right, bottom)],
                5: [(left, bottom), (right, top)] if centre() else [(left, top), (right, bottom)],
                6: [(top, bottom)], 7: [(left, bottom)], 8: [(bottom, left)], 9: [(bottom, top)],
                10: [(top, left), (bottom, right)] if centre() else [(top, right), (bottom, left)],
                11: [(bottom, right)], 12: [(right, left)], 13: [(right, top)], 14: [(top, left)],
            }[c]
            for a, b in segs:
                nxt[a()] = b()
    rings = []
    while nxt:
        start, p = nxt.popitem()
        ring = [start]
        while p != start and p in nxt:
            ring.append(p)
            p = nxt.pop(p)
        if len(ring) >= 4:
            rings.append(ring)
    return rings


def ring_area(ring):
    s = 0.0
    for k in range(len(ring)):
        a, b = ring[k], ring[(k + 1) % len(ring)]
        s += a[0] * b[1] - b[0] * a[1]
    return s / 2


def simplify(ring, tolerance):
    """Douglas-Peucker on a closed ring."""
    if len(ring) < 8:
        return ring

    def dp(pts):
        if len(pts) < 3:
            return pts
        a, b = pts[0], pts[-1]
        dx, dy = b[0] - a[0], b[1] - a[1]
        d = math.hypot(dx, dy) or 1e-12
        worst, k = 0.0, 0
        for m in range(1, len(pts) - 1):
            e = abs(dy * (pts[m][0] - a[0]) - dx * (pts[m][1] - a[1])) / d
            if e > worst:
                worst, k = e, m
        if worst <= tolerance:
            return [a, b]
        return dp(pts[:k + 1])[:-1] + dp(pts[k:])

    half = len(ring) // 2
    out = dp(ring[:half + 1])[:-1] + dp(ring[half:] + [ring[0]])[:-1]
    return out if len(out) >= 4 else ring


def catmull(pts, closed=False, samples=8):
    """Centripetal Catmull-Rom spline through pts (as tools/bodygen/geom.py), dense points."""
    P = [tuple(map(float, p)) for p in pts]
    if len(P) < 3:
        return P
    if closed:
        ext = [P[-1]] + P + [P[0], P[1]]
    else:
        ext = [(2 * P[0][0] - P[1][0], 2 * P[0][1] - P[1][1])] + P + \
              [(2 * P[-1][0] - P[-2][0], 2 * P[-1][1] - P[-2][1])]
    out = []
    for i in range(1, len(ext) - 2):
        p0, p1, p2, p3 = ext[i - 1], ext[i], ext[i + 1], ext[i + 2]
        t0 = 0.0
        t1 = t0 + max(math.dist(p0, p1), 1e-9) ** 0.5
        t2 = t1 + max(math.dist(p1, p2), 1e-9) ** 0.5
        t3 = t2 + max(math.dist(p2, p3), 1e-9) ** 0.5

        def lerp(a, b, ta, tb, t):
            if tb - ta < 1e-12:
                return a
            return ((tb - t) / (tb - ta) * a[0] + (t - ta) / (tb - ta) * b[0],
                    (tb - t) / (tb - ta) * a[1] + (t - ta) / (tb - ta) * b[1])
        for k in range(samples):
            t = t1 + (t2 - t1) * k / samples
            a1 = lerp(p0, p1, t0, t1, t)
            a2 = lerp(p1, p2, t1, t2, t)
            a3 = lerp(p2, p3, t2, t3, t)
            b1 = lerp(a1, a2, t0, t2, t)
            b2 = lerp(a2, a3, t1, t3, t)
            out.append(lerp(b1, b2, t1, t2, t))
    if not closed:
        out.append(P[-1])
    return out


def stroke(grid, points, widths, out):
    """Fills a band along a smooth curve through `points` whose half-width follows `widths` (one per point):
    the discs along the curve, in physical units."""
    P = catmull(points, samples=10)
    W = [w for _, w in catmull([(k, w) for k, w in enumerate(widths)], samples=10)] if len(widths) >= 3 else \
        [widths[0] + (widths[-1] - widths[0]) * k / max(1, len(P) - 1) for k in range(len(P))]
    # Interpolate densely enough that the discs overlap.
    dense = []
    for k in range(len(P) - 1):
        a, b = P[k], P[k + 1]
        n = max(1, int(math.dist(a, b) / (grid.h * 0.7)))
        for m in range(n):
            t = m / n
            dense.append(((a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t), W[k] + (W[k + 1] - W[k]) * t))
    dense.append((P[-1], W[-1]))
    for (cx, cy), r in dense:
        i0 = max(0, int((cx - r - grid.x0) / grid.h))
        i1 = min(grid.nx - 1, int((cx + r - grid.x0) / grid.h) + 1)
        j0 = max(0, int((cy - r - grid.y0) / grid.h))
        j1 = min(grid.ny - 1, int((cy + r - grid.y0) / grid.h) + 1)
        for j in range(j0, j1 + 1):
            y = grid.y0 + (j + 0.5) * grid.h
            for i in range(i0, i1 + 1):
                x = grid.x0 + (i + 0.5) * grid.h
                if (x - cx) ** 2 + (y - cy) ** 2 <= r * r:
                    out[j * grid.nx + i] = 1.0
    return out
