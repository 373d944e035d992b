"""Decorative open polylines (facial features, navel, kneecaps, nails ...), in head units.

Mirrored views: strokes are authored for the half x <= 0 (plus midline ones) and mirrored."""
import math

from geom import catmull
import figure as fg
import views_side as sv


def arc(cx, cy, rx, ry, a0, a1, n=16, rot=0.0):
    c, s = math.cos(math.radians(rot)), math.sin(math.radians(rot))
    out = []
    for i in range(n + 1):
        a = math.radians(a0 + (a1 - a0) * i / n)
        x, y = rx * math.cos(a), ry * math.sin(a)
        out.append((cx + c * x - s * y, cy + s * x + c * y))
    return out


def sp(pts, n=8):
    return catmull(pts, samples=n)


def mirrored(half, mid=()):
    out = [list(s) for s in half]
    out += [[(-x, y) for x, y in s] for s in half]
    out += [list(s) for s in mid]
    return out


def front():
    half = [
        sp([(-0.22, 0.515), (-0.17, 0.488), (-0.11, 0.49), (-0.07, 0.515)]),          # upper eyelid
        sp([(-0.22, 0.515), (-0.16, 0.535), (-0.1, 0.532), (-0.07, 0.515)]),          # lower eyelid
        sp([(-0.055, 0.415), (-0.14, 0.395), (-0.235, 0.41)]),                        # brow
        sp([(-0.04, 0.655), (-0.06, 0.668), (-0.045, 0.685), (0, 0.69)]),             # nostril
        sp([(-0.105, 0.792), (-0.06, 0.798), (0, 0.795)]),                            # mouth
        sp([(-0.04, 1.45), (-0.3, 1.485), (-0.58, 1.52), (-0.78, 1.56)]),             # clavicle
        arc(-0.29, 5.9, 0.08, 0.1, 200, 340),                                         # kneecap
        arc(-0.29, 5.9, 0.08, 0.1, 20, 160),
        sp([(-0.5, 3.82), (-0.34, 3.9), (-0.2, 4.0), (-0.1, 4.1)]),                 # groin line
    ]
    # toe separations on the front of the feet
    for x in (-0.23, -0.3, -0.37, -0.44):
        half.append([(x, 7.93), (x - 0.005, 8.0)])
    mid = [arc(0, 3.02, 0.025, 0.035, 0, 360, n=20)]                                   # navel
    return mirrored(half, mid)


def back():
    half = [
        sp([(-0.27, 1.73), (-0.45, 1.665), (-0.65, 1.61), (-0.8, 1.585)]),            # scapular spine
        sp([(-0.4, 5.95), (-0.29, 5.98), (-0.18, 5.95)]),                             # knee crease
        sp([(-0.06, 4.2), (-0.15, 4.27), (-0.32, 4.31), (-0.5, 4.29), (-0.62, 4.23)]),  # buttock crease
        arc(-0.2, 3.6, 0.02, 0.02, 0, 360, n=12),                                     # dimple
    ]
    mid = [[(0, 1.45), (0, 3.4)],                                                     # spine
           [(0, 3.92), (0, 4.08)]]                                                    # cleft
    return mirrored(half, mid)


def inner_outline(shape, body, inset=0.012):
    """Parts of shape's outline that run inside body (the arm seen over the trunk)."""
    from geom import polys_of
    from shapely.geometry import LineString, MultiLineString
    from shapely.ops import linemerge
    inner = body.buffer(-inset)
    out = []
    for p in polys_of(shape):
        g = p.exterior.intersection(inner)
        if g.is_empty:
            continue
        g = linemerge(g) if g.geom_type == 'MultiLineString' else g
        lines = [g] if g.geom_type == 'LineString' else list(getattr(g, 'geoms', []))
        for ln in lines:
            if ln.geom_type == 'LineString' and ln.length > 0.03:
                out.append(list(ln.simplify(0.002).coords))
    return out


def side():
    ex, ey = sv.EAR_C
    s = [
        arc(ex, ey, 0.05, 0.1, 250, 450, rot=12),                                     # ear fold
        sp([(0.33, 0.51), (0.37, 0.49), (0.41, 0.505)]),                              # eyelid
        sp([(0.48, 0.655), (0.51, 0.66)]),                                            # nostril
        sp([(0.455, 0.785), (0.42, 0.79)]),                                           # mouth
        arc(0.19, 5.92, 0.07, 0.11, 270, 450),                                        # kneecap
        arc(0.01, 7.6, 0.04, 0.04, 0, 360, n=12),                                     # ankle bone
    ]
    from shapely.ops import unary_union
    F, palm, fingers, thumb = sv.hand_shapes()
    arm = unary_union([sv.arm_shape(), palm, thumb] + list(fingers.values()))
    s += inner_outline(arm, unary_union([sv.body_shape(), sv.head_shape()]))
    for f in list(fingers.values()) + [thumb]:        # finger gaps over the thigh
        s += inner_outline(f.difference(palm), unary_union([sv.body_shape(), palm]))
    return s


def strokes(view):
    if view == 'front':
        return front()
    if view == 'back':
        return back()
    if view == 'side':
        return side()
    return []
