"""Landmarks and shapes of the figure in the front and back views (one half, x <= 0).

Units: heads (figure height 8), x = 0 on the midline, the authored half at x <= 0
(the person's RIGHT in the front view, the person's LEFT in the back view), y down
from the top of the head.  Eight-head canon: chin 1, nipples 2, navel 3, crotch 4,
mid-thigh 5, knee 6, mid-calf 7, sole 8.
"""
from shapely.geometry import Polygon
from shapely.ops import unary_union

from geom import path, poly, smooth_poly, mirror_pts, ellipse, capsule, Frame, catmull

# ------------------------------------------------------------------ landmarks
Y_TOP, Y_BROW, Y_EYE, Y_NOSE, Y_MOUTH, Y_CHIN = 0.0, 0.41, 0.51, 0.68, 0.79, 1.0
Y_NECK_BASE, Y_CLAVICLE, Y_NIPPLE, Y_NAVEL, Y_CROTCH = 1.32, 1.47, 2.0, 3.0, 4.1
Y_KNEE, Y_ANKLE, Y_SOLE = 5.92, 7.52, 8.0

HEAD_HALF = [(0, 0), (-0.19, 0.03), (-0.3, 0.13), (-0.345, 0.3), (-0.342, 0.47),
             (-0.325, 0.62), (-0.285, 0.76), (-0.2, 0.89), (-0.1, 0.968), (0, 0.99)]
EAR = dict(cx=-0.345, cy=0.53, rx=0.06, ry=0.125)

# shoulder joint, elbow, wrist centres of the arm (a little away from the body)
SHOULDER = (-0.84, 1.74)
ELBOW = (-1.1, 3.0)
FOREARM_BULGE = (-1.16, 3.3)
WRIST = (-1.33, 4.0)
R_SHOULDER, R_ELBOW, R_BULGE, R_WRIST = 0.2, 0.13, 0.145, 0.092

# trunk + legs outline, from the neck down the outside, back up the inside to the crotch
TRUNK_OUTER = [(-0.19, 0.86), (-0.195, 1.1), (-0.23, 1.27), (-0.38, 1.37), (-0.6, 1.44),
               (-0.8, 1.5), (-0.93, 1.6), (-0.99, 1.77), (-0.97, 1.98)]
TRUNK_SIDE = [(-0.97, 1.98), (-0.78, 2.12), (-0.74, 2.4), (-0.68, 2.72), (-0.62, 3.02),
              (-0.645, 3.32), (-0.72, 3.66), (-0.775, 3.98), (-0.765, 4.35), (-0.7, 4.85),
              (-0.6, 5.4), (-0.525, 5.82), (-0.515, 6.1), (-0.545, 6.45), (-0.51, 6.85),
              (-0.43, 7.2), (-0.385, 7.5), (-0.385, 7.62)]
LEG_INNER = [(-0.16, 7.62), (-0.16, 7.45), (-0.17, 7.1), (-0.14, 6.7), (-0.12, 6.4),
             (-0.1, 6.15), (-0.07, 5.92), (-0.07, 5.6), (-0.06, 5.0), (-0.045, 4.5),
             (-0.02, 4.2), (0, Y_CROTCH)]

# hand frame: along the forearm direction, s > 0 = lateral (thumb side in anatomical position)
HAND_LEN = 0.78


def head_shape():
    return smooth_poly(mirror_pts(HEAD_HALF), samples=12)


def ear_shape():
    return ellipse(EAR['cx'], EAR['cy'], EAR['rx'], EAR['ry'], rot=-6)


def trunk_leg_shape():
    pts = path(TRUNK_OUTER, TRUNK_SIDE, [TRUNK_SIDE[-1], LEG_INNER[0]], LEG_INNER)
    pts = [(0.0, 0.86)] + pts
    return poly(pts)


def arm_shape():
    upper = capsule([SHOULDER, ELBOW], [R_SHOULDER, R_ELBOW], res=16)
    fore = capsule([ELBOW, FOREARM_BULGE, WRIST], [R_ELBOW, R_BULGE, R_WRIST], res=16)
    return unary_union([upper, fore])


def arm_frames():
    lateral_hint = (-5.0, 2.0)
    upper = Frame(SHOULDER, ELBOW, lateral_hint)
    fore = Frame(ELBOW, WRIST, lateral_hint)
    return upper, fore


def hand_frame():
    return Frame(WRIST, (WRIST[0] + (WRIST[0] - ELBOW[0]) * 0.8, WRIST[1] + (WRIST[1] - ELBOW[1])),
                 (-5.0, WRIST[1]))


# finger specs: name, root s, root t, angle (deg, + toward lateral), length, radius
FINGERS = [
    ('index', 0.098, 0.43, 9, 0.31, 0.034),
    ('middle', 0.028, 0.445, 2, 0.34, 0.034),
    ('ring', -0.043, 0.44, -5, 0.315, 0.033),
    ('little', -0.108, 0.415, -13, 0.25, 0.03),
]
THUMB = ('thumb', 0.135, 0.17, 38, 0.31, 0.042)


def palm_shape(F):
    pts = [F.pt(0.0, 0.085), F.pt(0.1, 0.14), F.pt(0.26, 0.155), F.pt(0.4, 0.14), F.pt(0.46, 0.09),
           F.pt(0.48, 0.0), F.pt(0.46, -0.09), F.pt(0.42, -0.145), F.pt(0.3, -0.15),
           F.pt(0.12, -0.13), F.pt(0.0, -0.085)]
    return smooth_poly(pts, samples=8)


def finger_axis(F, spec):
    name, s, t, ang, length, r = spec
    base = F.pt(t - 0.12, s)
    G = Frame(base, F.pt(t, s), F.pt(t - 0.12, s + 1)).rotated(ang)
    return G, length + 0.12, r


def finger_shape(F, spec):
    G, L, r = finger_axis(F, spec)
    return capsule([G.pt(0), G.pt(L * 0.55), G.pt(L - r)], [r * 1.05, r, r * 0.88], res=10)


def thumb_shape(F):
    name, s, t, ang, length, r = THUMB
    base = F.pt(t, s - 0.06)
    G = Frame(base, F.pt(t + 1, s - 0.06), F.pt(t, s + 1)).rotated(ang)
    return capsule([G.pt(0, 0), G.pt(0.14, 0), G.pt(length - r * 0.8, 0)], [r * 1.45, r * 1.05, r * 0.9], res=10), G


def hand_shapes():
    F = hand_frame()
    palm = palm_shape(F)
    fingers = {spec[0]: finger_shape(F, spec) for spec in FINGERS}
    thumb, _ = thumb_shape(F)
    return F, palm, fingers, thumb


# feet: front view (toes toward the viewer) and back view (heel toward the viewer)
FOOT_FRONT = [(-0.385, 7.42), (-0.405, 7.6), (-0.445, 7.76), (-0.5, 7.88), (-0.505, 7.96),
              (-0.45, 8.0), (-0.33, 8.01), (-0.21, 8.02), (-0.125, 8.0), (-0.105, 7.93),
              (-0.125, 7.78), (-0.145, 7.62), (-0.16, 7.42)]
FOOT_BACK = [(-0.385, 7.42), (-0.405, 7.6), (-0.425, 7.76), (-0.41, 7.9), (-0.35, 7.98),
             (-0.27, 8.0), (-0.2, 7.98), (-0.145, 7.9), (-0.13, 7.76), (-0.145, 7.6), (-0.16, 7.42)]


def foot_shape(which):
    pts = FOOT_FRONT if which == 'front' else FOOT_BACK
    return poly(catmull(pts, closed=False, samples=10))


def shapes(view):
    """All part shapes of the half figure for view 'front' or 'back'."""
    F, palm, fingers, thumb = hand_shapes()
    d = dict(head=head_shape(), ear=ear_shape(), trunk=trunk_leg_shape(), arm=arm_shape(),
             palm=palm, fingers=fingers, thumb=thumb, foot=foot_shape(view), hand_frame=F)
    d['hand'] = unary_union([palm, thumb] + list(fingers.values()))
    return d


def silhouette_half(view):
    d = shapes(view)
    parts = [d['head'], d['ear'], d['trunk'], d['arm'], d['hand'], d['foot']]
    s = unary_union(parts)
    from shapely.geometry import box
    s = s.intersection(box(-10, -10, 0, 20))
    return s.buffer(0)
