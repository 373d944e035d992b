"""Soles view: both soles from below, the person kneeling facing away from the viewer.

Authored: the LEFT sole on the viewer's left (x <= 0), toes up, heel down, big toe toward
the middle (x near 0).  The right sole is its mirror image.  Units: heads.
"""
from shapely.geometry import box
from shapely.ops import unary_union

from geom import poly, smooth_poly, ellipse, band, rect, quad, catmull, BIG, LimbMap, spline

SOLE = [(-0.335, 1.425), (-0.235, 1.39), (-0.19, 1.29), (-0.19, 1.14), (-0.225, 0.98), (-0.235, 0.86),
        (-0.195, 0.72), (-0.14, 0.58), (-0.115, 0.44), (-0.15, 0.38), (-0.3, 0.37), (-0.43, 0.41),
        (-0.56, 0.47), (-0.615, 0.55), (-0.615, 0.7), (-0.585, 0.9), (-0.54, 1.1), (-0.5, 1.28),
        (-0.44, 1.39)]
BIG_TOE = dict(cx=-0.19, cy=0.3, rx=0.085, ry=0.125, rot=-4)
TOES = [(-0.318, 0.315, 0.047, 0.072, -6), (-0.412, 0.342, 0.044, 0.066, -12),
        (-0.495, 0.385, 0.041, 0.059, -20), (-0.562, 0.448, 0.037, 0.051, -30)]


def sole_shape():
    return smooth_poly(SOLE, samples=10)


def toe_shapes():
    big = ellipse(BIG_TOE['cx'], BIG_TOE['cy'], BIG_TOE['rx'], BIG_TOE['ry'], BIG_TOE['rot'])
    small = [ellipse(cx, cy, rx, ry, rot) for cx, cy, rx, ry, rot in TOES]
    return big, small


def silhouette_half():
    big, small = toe_shapes()
    s = unary_union([sole_shape(), big] + small)
    return s.intersection(box(-10, -10, 0, 10)).buffer(0)


# borders on the sole (u = 0 on the outer edge, 1 on the inner edge of the sole, y down)
BALL_BOTTOM = [(-0.05, 0.6), (-0.2, 0.63), (-0.35, 0.665), (-0.5, 0.71), (-0.62, 0.76), (-0.75, 0.83)]
HEEL_TOP = [(-0.05, 1.16), (-0.2, 1.1), (-0.36, 1.07), (-0.52, 1.09), (-0.7, 1.16)]


def layers():
    sole = sole_shape()
    big, small = toe_shapes()
    toes = unary_union(small).difference(sole)
    bigt = big.difference(sole)
    M = LimbMap(sole, 0.3, 1.45, step=0.005)
    below_ball = poly(spline(BALL_BOTTOM) + [(-0.75, 2), (-0.05, 2)])
    above_heel = poly(spline(HEEL_TOP) + [(-0.7, 0), (-0.05, 0)])
    mid = below_ball.intersection(above_heel)
    L = [('foot.toes_under', toes),
         ('foot.big_toe_under', bigt),
         ('foot.heel', sole.difference(above_heel)),
         ('foot.ball', sole.difference(below_ball)),
         ('foot.outer_edge', M.strip(-0.6, lambda y: 0.33 + 0.04 * (y - 0.9), 0.5, 1.3).intersection(mid)),
         ('foot.inner_edge', M.strip(lambda y: 0.86 - 0.03 * (y - 0.9), 1.6, 0.5, 1.3).intersection(mid)),
         ('foot.arch', sole)]
    return L, silhouette_half()
