"""Right lateral view: the person's right side faces the viewer, the person faces +x.

Units: heads, y down from the top of the head, x = 0 on the plumb line through the ear.
The right arm hangs a little forward, palm toward the thigh, so the back of the hand faces
the viewer (thumb in front).
"""
from shapely.geometry import Polygon, box
from shapely.ops import unary_union

from geom import path, poly, smooth_poly, ellipse, capsule, Frame, band, rect, quad, catmull, BIG

# ------------------------------------------------------------------ landmarks (profile)
HEAD = [(0.02, 0.0), (0.22, 0.04), (0.35, 0.14), (0.41, 0.28), (0.435, 0.4), (0.425, 0.46),
        (0.45, 0.52), (0.51, 0.6), (0.545, 0.645), (0.52, 0.675), (0.465, 0.685), (0.475, 0.73),
        (0.47, 0.765), (0.455, 0.785), (0.468, 0.815), (0.45, 0.855), (0.44, 0.88), (0.455, 0.93),
        (0.42, 0.985), (0.3, 1.005), (0.12, 0.96), (-0.02, 0.86), (-0.1, 0.8), (-0.22, 0.8),
        (-0.34, 0.78), (-0.43, 0.64), (-0.46, 0.45), (-0.41, 0.24), (-0.3, 0.09), (-0.15, 0.015)]
EAR_C = (-0.07, 0.55)
EAR_R = (0.085, 0.145)
EYE_C = (0.37, 0.51)

BODY = [  # neck front, down the front, round the foot, up the back
    (0.2, 0.98), (0.17, 1.2), (0.22, 1.4), (0.36, 1.6), (0.47, 1.85), (0.49, 2.05), (0.45, 2.35),
    (0.39, 2.7), (0.39, 3.0), (0.43, 3.3), (0.4, 3.65), (0.33, 3.92), (0.35, 4.1), (0.38, 4.45),
    (0.35, 5.0), (0.28, 5.65), (0.3, 5.92), (0.23, 6.2), (0.2, 6.6), (0.17, 7.1), (0.15, 7.45),
    (0.17, 7.6)]
FOOT_TOP = [(0.17, 7.6), (0.35, 7.72), (0.6, 7.8), (0.82, 7.86), (0.925, 7.92), (0.935, 7.975),
            (0.88, 8.0)]
SOLE = [(0.88, 8.0), (0.5, 8.005), (0.1, 8.0), (-0.16, 8.005)]
HEEL = [(-0.16, 8.005), (-0.245, 7.96), (-0.265, 7.84), (-0.215, 7.68), (-0.13, 7.5), (-0.115, 7.3)]
BACK = [(-0.115, 7.3), (-0.16, 6.95), (-0.26, 6.55), (-0.265, 6.25), (-0.17, 5.95), (-0.2, 5.55),
        (-0.3, 4.85), (-0.37, 4.3), (-0.49, 4.05), (-0.53, 3.75), (-0.43, 3.35), (-0.31, 3.0),
        (-0.35, 2.55), (-0.43, 2.05), (-0.43, 1.65), (-0.35, 1.4), (-0.27, 1.17), (-0.27, 0.86)]

SHOULDER = (-0.03, 1.68)
ELBOW = (0.08, 2.98)
FOREARM_BULGE = (0.1, 3.25)
WRIST = (0.2, 3.98)
HAND_DIR = (0.23, 4.7)


def body_shape():
    pts = path(BODY, FOOT_TOP, SOLE, HEEL, BACK, samples=10)
    # close the top of the neck inside the head
    return unary_union([poly(pts), poly([(-0.27, 0.86), (-0.27, 0.75), (0.1, 0.75), (0.2, 0.98)])])


def head_shape():
    return smooth_poly(HEAD, samples=10)


def arm_shape():
    deltoid = ellipse(-0.02, 1.72, 0.25, 0.3)
    upper = capsule([SHOULDER, (0.03, 2.2), ELBOW], [0.2, 0.175, 0.135], res=16)
    fore = capsule([ELBOW, FOREARM_BULGE, WRIST], [0.135, 0.145, 0.09], res=16)
    return unary_union([deltoid, upper, fore])


def hand_frame():
    # s > 0 = forward (thumb side)
    return Frame(WRIST, HAND_DIR, (5.0, WRIST[1]))


THUMB = [(0.11, 0.085, 0.064), (0.26, 0.165, 0.047), (0.385, 0.205, 0.038)]  # less spread than in front


def hand_shapes():
    """The same hand as in the front view, back of the hand toward the viewer, thumb in front."""
    import figure
    F = hand_frame()
    palm, fingers, thumb = figure.hand_parts(F, THUMB)
    return F, palm, fingers, thumb


def silhouette():
    F, palm, fingers, thumb = hand_shapes()
    parts = [head_shape(), body_shape(), arm_shape(), palm, thumb] + list(fingers.values())
    return unary_union(parts).buffer(0)


def head_layers(H):
    L = [('head.ear', ellipse(EAR_C[0], EAR_C[1], EAR_R[0], EAR_R[1], rot=12)),
         ('head.jaw_joint', ellipse(0.075, 0.6, 0.06, 0.06)),
         ('head.eye', ellipse(EYE_C[0], EYE_C[1], 0.085, 0.058)),
         ('head.nose', poly([(0.43, 0.45), (0.6, 0.45), (0.6, 0.7), (0.455, 0.69), (0.4, 0.66), (0.42, 0.55)])),
         ('head.eyebrow', poly([(0.24, 0.36), (0.5, 0.36), (0.5, 0.47), (0.26, 0.47), (0.24, 0.44)])),
         ('head.upper_teeth', poly([(0.34, 0.68), (0.6, 0.69), (0.6, 0.785), (0.34, 0.785)])),
         ('head.lower_teeth', poly([(0.34, 0.785), (0.6, 0.785), (0.6, 0.895), (0.34, 0.895)])),
         ('head.chin', poly([(0.32, 0.895), (0.6, 0.895), (0.6, 1.1), (0.32, 1.1)])),
         ('head.vertex', band(-1, 0.19)),
         ('head.behind_ear', poly([(-0.13, 0.48), (-0.3, 0.52), (-0.34, 0.85), (-0.1, 0.85)])),
         ('head.occiput', rect(-0.13, -1, -1, 2)),
         ('head.temple', poly([(-0.13, 0.15), (0.2, 0.15), (0.24, 0.46), (0.14, 0.56), (-0.02, 0.5),
                               (-0.13, 0.5)])),
         ('head.forehead', band(0.1, 0.46)),
         ('head.cheek', poly([(0.12, 0.5), (0.24, 0.45), (0.6, 0.45), (0.6, 0.685), (0.36, 0.685), (0.36, 0.76), (0.15, 0.71),
                              (0.12, 0.65)])),
         ('head.jaw', band(0.3, 2))]
    return [(rid, g.intersection(H)) for rid, g in L]


def arm_layers(A, hand):
    F, palm, fingers, thumb = hand
    U = Frame(SHOULDER, ELBOW, (5, 0))
    Fo = Frame(ELBOW, WRIST, (5, 0))
    L = [('hand.back', palm), ('hand.thumb_back', thumb)]
    for name in ('index', 'middle', 'ring', 'little'):
        L.append(('hand.%s_back' % name, fingers[name]))
    wrist = Fo.cell(Fo.length - 0.13, BIG)
    elbow = Fo.cell(-0.17, 0.12).intersection(U.cell(U.length - 0.17, BIG))
    LA = [('wrist.thumb_side', wrist.intersection(Fo.cell(-BIG, BIG, 0.035, BIG))),
          ('wrist.back', wrist),
          ('elbow.back', elbow.intersection(Fo.cell(-BIG, BIG, -BIG, -0.055))),
          ('elbow.outer', elbow),
          ('forearm.back_thumb', Fo.cell(-0.2, BIG, -0.035, BIG)),
          ('forearm.back_pinky', Fo.cell(-0.2, BIG)),
          ('arm.front', U.cell(0.2, BIG, 0.085, BIG)),
          ('arm.back', U.cell(0.2, BIG, -BIG, -0.085)),
          ('arm.outer', U.cell(-BIG, BIG))]
    return L + [(rid, g.intersection(A)) for rid, g in LA]


def trunk_layers(T):
    # strips: front (x > front line), back (x < back line); lines follow the profile
    def front(y0, y1, x0, x1):
        return quad(x0, x1, BIG, BIG, y0, y1)

    def back(y0, y1, x0, x1):
        return quad(-BIG, -BIG, x0, x1, y0, y1)
    L = [('neck.base', poly([(-0.06, 1.2), (-0.5, 1.12), (-0.5, 1.5), (-0.06, 1.42)])),
         ('neck.front', poly([(0.06, 0.8), (0.5, 0.8), (0.5, 1.5), (0.2, 1.43), (0.06, 1.38)])),
         ('neck.back', poly([(-0.1, 0.7), (-0.5, 0.7), (-0.5, 1.5), (-0.1, 1.5)])),
         ('neck.side', poly([(-0.5, 0.7), (0.5, 0.7), (0.5, 1.38), (0.2, 1.42), (-0.06, 1.42), (-0.5, 1.4)])),
         ('shoulder.top', band(1.0, 1.5)),
         ('chest.armpit', ellipse(-0.215, 1.98, 0.075, 0.085)),
         ('chest.pectoral', front(1.4, 2.3, 0.2, 0.22)),
         ('chest.lower', front(2.3, 2.72, 0.22, 0.2)),
         ('back.scapula', back(1.4, 2.3, -0.26, -0.25)),
         ('back.mid', back(2.3, 2.75, -0.25, -0.2)),
         ('chest.side', band(1.4, 2.75)),
         ('hip.crest', smooth_poly([(-0.4, 3.36), (-0.1, 3.28), (0.2, 3.3), (0.33, 3.4), (0.3, 3.48),
                                    (0.18, 3.42), (-0.1, 3.41), (-0.4, 3.48)])),
         ('back.lumbar', back(2.75, 3.4, -0.18, -0.23)),
         ('back.flank', quad(-BIG, -BIG, 0.0, 0.0, 2.75, 3.42)),
         ('abdomen.side', band(2.75, 3.42)),
         ('hip.front', front(3.42, 4.05, 0.14, 0.12)),
         ('buttock.upper', back(3.42, 3.72, -0.22, -0.26)),
         ('buttock.middle', back(3.72, 3.98, -0.26, -0.28)),
         ('buttock.lower', poly([(-0.28, 3.98), (-0.24, 4.14), (-0.18, 4.33), (-1, 4.42), (-1, 3.98)])),
         ('hip.side', band(3.42, 4.22))]
    Y1, Y2, Y3, Y4, Y5 = 4.87, 5.62, 6.22, 7.36, 7.68
    L += [('thigh.front_upper', front(4.05, Y1, 0.16, 0.14)),
          ('thigh.front_lower', front(Y1, Y2, 0.14, 0.11)),
          ('thigh.back_upper', back(4.2, Y1, -0.16, -0.12)),
          ('thigh.back_lower', back(Y1, Y2, -0.12, -0.06)),
          ('thigh.outer', band(3.9, Y2)),
          ('knee.front', front(Y2, Y3, 0.11, 0.1)),
          ('knee.back', back(Y2, Y3, -0.06, -0.08)),
          ('knee.outer', band(Y2, Y3)),
          ('leg.shin', front(Y3, Y4, 0.08, 0.06)),
          ('leg.calf_upper', back(Y3, 6.8, -0.1, -0.06)),
          ('leg.calf_lower', back(6.8, Y4, -0.06, -0.035)),
          ('leg.outer', band(Y3, Y4)),
          ('ankle.outer', ellipse(0.01, 7.6, 0.085, 0.085)),
          ('foot.heel', poly([(-0.05, 7.72), (-0.05, 8.1), (-1, 8.1), (-1, 7.72)])),
          ('ankle.achilles', back(Y4, Y5 + 0.05, -0.035, -0.05)),
          ('ankle.front', front(Y4, Y5, 0.06, 0.12)),
          ('ankle.outer', band(Y4, Y5)),
          ('foot.big_toe', rect(0.79, 7.6, 1.2, 8.1)),     # the big toe reaches furthest forward
          ('foot.toes', rect(0.6, 7.6, 0.79, 8.1)),
          ('foot.outer_edge', poly([(-0.05, 7.9), (0.6, 7.9), (0.6, 8.1), (-0.05, 8.1)])),
          ('foot.top', band(7.3, 8.1))]
    return [(rid, g.intersection(T)) for rid, g in L]


def layers():
    H = head_shape()
    B = body_shape()
    A = arm_shape()
    hand = hand_shapes()
    sil = silhouette()
    L = []
    L += head_layers(H)
    # the shoulder cap over the arm
    deltoid = ellipse(-0.02, 1.72, 0.25, 0.3).intersection(band(1.4, 9))
    AB = unary_union([A, B])
    L += [('shoulder.front', deltoid.intersection(rect(0.07, 0, 1, 9)).intersection(AB)),
          ('shoulder.back', deltoid.intersection(rect(-0.11, 0, -1, 9)).intersection(AB)),
          ('shoulder.side', deltoid.intersection(AB))]
    L += arm_layers(A, hand)
    L += trunk_layers(B)
    return L, sil
