"""Landmarks and shapes of the figure in the front and back views (one half, x <= 0).

Units: heads (figure height 8), x = 0 on the midline, the authored half at x <= 0
(the person's RIGHT in the front view, the person's LEFT in the back view), y down
from the top of the head.  Eight-head canon: chin 1, nipples 2, navel 3, crotch 4,
mid-thigh 5, knee 6, mid-calf 7, sole 8.
"""
from shapely.geometry import Polygon
from shapely.ops import unary_union

from geom import path, poly, smooth_poly, mirror_pts, ellipse, capsule, smooth_capsule, Frame, catmull

# ------------------------------------------------------------------ landmarks
Y_TOP, Y_BROW, Y_EYE, Y_NOSE, Y_MOUTH, Y_CHIN = 0.0, 0.41, 0.51, 0.68, 0.79, 1.0
Y_NECK_BASE, Y_CLAVICLE, Y_NIPPLE, Y_NAVEL, Y_CROTCH = 1.32, 1.47, 2.0, 3.0, 4.1
Y_KNEE, Y_ANKLE, Y_SOLE = 5.92, 7.52, 8.0

HEAD_HALF = [(0, 0), (-0.19, 0.03), (-0.3, 0.13), (-0.342, 0.3), (-0.338, 0.47),
             (-0.318, 0.62), (-0.27, 0.77), (-0.19, 0.895), (-0.1, 0.968), (0, 0.995)]
EAR = dict(cx=-0.345, cy=0.53, rx=0.06, ry=0.125)

# shoulder joint, elbow, wrist centres of the arm (a little away from the body)
SHOULDER = (-0.84, 1.74)
ELBOW = (-1.14, 2.99)
FOREARM_BULGE = (-1.21, 3.3)
WRIST = (-1.41, 3.98)
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
    mid = ((SHOULDER[0] * 0.55 + ELBOW[0] * 0.45), (SHOULDER[1] * 0.55 + ELBOW[1] * 0.45))
    return smooth_capsule([SHOULDER, mid, ELBOW, FOREARM_BULGE, WRIST],
                          [R_SHOULDER, 0.158, R_ELBOW, R_BULGE, R_WRIST], res=16)


def arm_frames():
    lateral_hint = (-5.0, 2.0)
    upper = Frame(SHOULDER, ELBOW, lateral_hint)
    fore = Frame(ELBOW, WRIST, lateral_hint)
    return upper, fore


def hand_frame():
    return Frame(WRIST, (WRIST[0] + (WRIST[0] - ELBOW[0]) * 0.8, WRIST[1] + (WRIST[1] - ELBOW[1])),
                 (-5.0, WRIST[1]))


# hand in its own frame F (origin at the wrist, t along the hand, s > 0 = thumb side)
# finger specs: name, root s, root t (knuckle), angle (deg, + toward the thumb), length, radius
FINGERS = [
    ('index', 0.083, 0.335, 9, 0.315, 0.039),
    ('middle', 0.027, 0.352, 1.5, 0.35, 0.04),
    ('ring', -0.03, 0.347, -6, 0.325, 0.039),
    ('little', -0.084, 0.325, -14, 0.26, 0.035),
]
THUMB = [(0.1, 0.078, 0.062), (0.23, 0.18, 0.047), (0.35, 0.25, 0.04)]  # (t, s, radius) along the thumb
# palm: about as long as the middle finger, four fingers wide
PALM = [(0.0, 0.072), (0.07, 0.115), (0.2, 0.127), (0.31, 0.122), (0.36, 0.09), (0.378, 0.027),
        (0.372, -0.04), (0.352, -0.09), (0.295, -0.115), (0.14, -0.11), (0.03, -0.083), (0.0, -0.063)]


def palm_shape(F):
    return smooth_poly([F.pt(t, s) for t, s in PALM], samples=8)


def finger_shape(F, spec):
    name, s, t, ang, length, r = spec
    base = F.pt(t - 0.1, s)
    G = Frame(base, F.pt(t, s), F.pt(t - 0.1, s + 1)).rotated(ang)
    L = length + 0.1
    return capsule([G.pt(0), G.pt(L * 0.6), G.pt(L - r)], [r * 1.03, r, r * 0.9], res=10)


def thumb_shape(F, spec=THUMB):
    return capsule([F.pt(t, s) for t, s, r in spec], [r for t, s, r in spec], res=10)


def hand_parts(F, thumb=THUMB):
    """palm, {finger: shape}, thumb of a hand in frame F."""
    return palm_shape(F), {spec[0]: finger_shape(F, spec) for spec in FINGERS}, thumb_shape(F, thumb)


def hand_shapes():
    F = hand_frame()
    palm, fingers, thumb = hand_parts(F)
    return F, palm, fingers, thumb


# feet: front view (toes toward the viewer) and back view (heel toward the viewer)
FOOT_FRONT = [(-0.385, 7.42), (-0.405, 7.6), (-0.44, 7.75), (-0.485, 7.85), (-0.495, 7.92),
              (-0.11, 7.93), (-0.112, 7.8), (-0.14, 7.62), (-0.16, 7.42)]
# toes seen from the front: (cx, cy, r), big toe first (medial)
TOES_FRONT = [(-0.166, 7.955, 0.06), (-0.266, 7.958, 0.046), (-0.348, 7.951, 0.041),
              (-0.418, 7.936, 0.037), (-0.476, 7.914, 0.032)]
FOOT_BACK = [(-0.385, 7.42), (-0.405, 7.6), (-0.425, 7.76), (-0.41, 7.9), (-0.35, 7.98),
             (-0.27, 8.0), (-0.2, 7.98), (-0.145, 7.9), (-0.13, 7.76), (-0.145, 7.6), (-0.16, 7.42)]


def toe_shapes_front():
    from shapely.geometry import Point
    return [Point(x, y).buffer(r, 12) for x, y, r in TOES_FRONT]


def foot_shape(which):
    if which == 'front':
        pts = catmull(FOOT_FRONT[:5], samples=10) + catmull(FOOT_FRONT[5:], samples=10)
        return unary_union([poly(pts)] + toe_shapes_front())
    return poly(catmull(FOOT_BACK, closed=False, samples=10))


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
