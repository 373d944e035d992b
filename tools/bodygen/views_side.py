"""Right lateral view: the person's right side faces the viewer, the person faces +x.

Units: heads, y down from the top of the head, x = 0 on the plumb line through the ear.
The right arm hangs a little forward, palm toward the thigh, so the back of the hand faces
the viewer (thumb in front).
"""
from shapely.geometry import Polygon, box
from shapely.ops import unary_union

from geom import path, poly, smooth_poly, ellipse, capsule, Frame, band, rect, quad, catmull, BIG, spline, LimbMap, smooth_capsule

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

# the arm hangs relaxed: upper arm almost vertical, elbow slightly bent, hand in front of the thigh
SHOULDER = (0.0, 1.74)
ELBOW = (0.07, 2.95)
FOREARM_BULGE = (0.12, 3.22)
WRIST = (0.29, 3.9)
HAND_DIR = (0.36, 4.62)
# the deltoid seen from the side: a rounded cap over the shoulder joint tapering to its insertion
DELTOID = [(-0.05, 1.4), (0.1, 1.42), (0.2, 1.52), (0.235, 1.7), (0.2, 1.92), (0.14, 2.12), (0.1, 2.3),
           (0.05, 2.2), (-0.06, 2.02), (-0.17, 1.84), (-0.21, 1.64), (-0.17, 1.48)]
DELT_FRONT = [(0.06, 1.3), (0.075, 1.7), (0.09, 2.0), (0.12, 2.35)]     # front | middle part
DELT_BACK = [(-0.1, 1.3), (-0.085, 1.7), (-0.04, 2.0), (0.06, 2.35)]    # middle | rear part


def body_shape():
    pts = path(BODY + FOOT_TOP[1:], SOLE, HEEL + BACK[1:], samples=10)   # smooth ankle joins
    # close the top of the neck inside the head
    return unary_union([poly(pts), poly([(-0.27, 0.86), (-0.27, 0.75), (0.1, 0.75), (0.2, 0.98)])])


def head_shape():
    return smooth_poly(HEAD, samples=10)


def arm_shape():
    deltoid = smooth_poly(DELTOID)
    arm = smooth_capsule([SHOULDER, (0.035, 2.2), ELBOW, FOREARM_BULGE, WRIST],
                         [0.165, 0.152, 0.125, 0.135, 0.085], res=16)
    return unary_union([deltoid, arm])


def hand_frame():
    # s > 0 = forward (thumb side)
    return Frame(WRIST, HAND_DIR, (5.0, WRIST[1]))


THUMB = [(0.1, 0.078, 0.062), (0.24, 0.155, 0.047), (0.365, 0.195, 0.04)]  # less spread than in front


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


def wave(y, slope=0.0, depth=0.0):
    """A border across the body at height y (a function of u: 0 = back, 1 = front outline),
    sloping down toward the front by slope and bowing down in the middle by depth."""
    def f(u):
        u = min(1.0, max(0.0, u))
        return y + slope * (u - 0.5) + depth * (1 - (2 * u - 1) ** 2)
    return f


def body_map(T):
    return LimbMap(T, 1.3, 7.4, x_max=5.0)


def body_layers(T):
    """Trunk and leg regions of the lateral view, bordered by curves that follow the profile."""
    M = body_map(T)
    B0, F1 = -0.8, 1.8                       # beyond the back / front outline
    PEC = wave(2.08, 0.42)                   # lower edge of the chest muscle, rising to the armpit
    SCAP = wave(2.3, -0.2)                   # lower edge of the shoulder blade
    RIB = wave(2.8, -0.38)                   # the lower ribs, from the back (low) to the front
    CREST = wave(3.4, 0.0, -0.08)            # the iliac crest arches up over the side
    CREST_LO = wave(3.5, 0.0, -0.08)
    GROIN = lambda u: 3.75 + 0.3 * min(1.0, max(0.0, (u - 0.65) / 0.35))
    GLUT1 = wave(3.76, 0.18)
    GLUT2 = wave(4.0, 0.14)
    HIP_LO = wave(4.22, -0.1)
    THIGH_MID = wave(4.9, -0.04, 0.04)
    KNEE_TOP = wave(5.64, -0.06, 0.03)
    KNEE_BOT = wave(6.22, 0.04, -0.02)
    CALF = wave(6.84, -0.12, 0.05)
    ANKLE = wave(7.36, 0.0)
    buttock = M.patch([(-0.6, 3.42), (0.18, 3.44), (0.34, 3.56), (0.44, 3.78), (0.42, 3.98), (0.32, 4.16),
                       (0.14, 4.3), (-0.6, 4.4)], smooth=True)
    patella = M.patch([(0.84, 5.7), (0.7, 5.78), (0.64, 5.92), (0.7, 6.07), (0.84, 6.14), (0.98, 6.07),
                       (1.06, 5.92), (0.98, 5.78)], smooth=True)
    L = [('chest.pectoral', M.strip(0.64, F1, 1.3, PEC)),
         ('back.scapula', M.strip(B0, lambda y: 0.19 + 0.13 * min(1.0, max(0.0, (2.02 - y) / 0.25)),
                                  1.3, SCAP)),
         ('chest.lower', M.strip(0.6, F1, PEC, RIB)),
         ('back.mid', M.strip(B0, 0.18, SCAP, RIB)),
         ('chest.side', M.strip(B0, F1, 1.3, RIB)),
         ('hip.crest', M.strip(0.02, 0.9, CREST, CREST_LO)),
         ('back.lumbar', M.strip(B0, 0.2, RIB, CREST)),
         ('back.flank', M.strip(B0, 0.44, RIB, CREST)),
         ('abdomen.side', M.strip(B0, F1, RIB, CREST)),
         ('hip.front', M.strip(0.68, F1, CREST, GROIN)),
         ('buttock.upper', buttock.intersection(M.strip(B0, F1, 3.0, GLUT1))),
         ('buttock.middle', buttock.intersection(M.strip(B0, F1, GLUT1, GLUT2))),
         ('buttock.lower', buttock),
         ('hip.side', M.strip(B0, F1, 3.0, HIP_LO)),
         ('thigh.front_upper', M.strip(lambda y: 0.66 - 0.02 * (y - 4.2), F1, 3.6, THIGH_MID)),
         ('thigh.front_lower', M.strip(lambda y: 0.64 + 0.04 * (y - 4.9), F1, THIGH_MID, KNEE_TOP)),
         ('thigh.back_upper', M.strip(B0, lambda y: 0.34 + 0.02 * (y - 4.2), 3.6, THIGH_MID)),
         ('thigh.back_lower', M.strip(B0, lambda y: 0.36 - 0.06 * (y - 4.9), THIGH_MID, KNEE_TOP)),
         ('thigh.outer', M.strip(B0, F1, 3.6, KNEE_TOP)),
         ('knee.front', patella),
         ('knee.front', M.strip(0.7, F1, KNEE_TOP, KNEE_BOT)),
         ('knee.back', M.strip(B0, 0.3, KNEE_TOP, KNEE_BOT)),
         ('knee.outer', M.strip(B0, F1, KNEE_TOP, KNEE_BOT)),
         ('leg.shin', M.strip(lambda y: 0.7 + 0.04 * (y - 6.3), F1, KNEE_BOT, ANKLE)),
         ('leg.calf_upper', M.strip(B0, lambda y: 0.5 - 0.12 * (y - 6.3), KNEE_BOT, CALF)),
         ('leg.calf_lower', M.strip(B0, lambda y: 0.42 - 0.05 * (y - 6.84), CALF, ANKLE)),
         ('leg.outer', M.strip(B0, F1, KNEE_BOT, ANKLE))]
    return L


def trunk_layers(T):
    # strips: front (x > front line), back (x < back line); lines follow the profile
    def front(y0, y1, x0, x1):
        return quad(x0, x1, BIG, BIG, y0, y1)

    def back(y0, y1, x0, x1):
        return quad(-BIG, -BIG, x0, x1, y0, y1)
    Y4, Y5 = 7.36, 7.68
    L = [('neck.base', poly([(-0.06, 1.2), (-0.5, 1.12), (-0.5, 1.5), (-0.06, 1.42)])),
         ('neck.front', poly([(0.06, 0.8), (0.5, 0.8), (0.5, 1.5), (0.2, 1.43), (0.06, 1.38)])),
         ('neck.back', poly([(-0.1, 0.7), (-0.5, 0.7), (-0.5, 1.5), (-0.1, 1.5)])),
         ('neck.side', poly([(-0.5, 0.7), (0.5, 0.7), (0.5, 1.38), (0.2, 1.42), (-0.06, 1.42), (-0.5, 1.4)])),
         ('shoulder.top', band(1.0, 1.5)),
         ('chest.armpit', ellipse(-0.215, 1.98, 0.075, 0.085)),
         ] + body_layers(T) + [
         ('ankle.outer', ellipse(0.01, 7.6, 0.085, 0.085)),
          ('foot.heel', smooth_poly([(-0.4, 7.66), (-0.12, 7.7), (0.0, 7.78), (0.04, 7.9), (0.0, 8.04),
                                    (-0.2, 8.2), (-0.45, 8.1)])),
         ('ankle.achilles', back(Y4, Y5 + 0.05, -0.035, -0.05)),
         ('ankle.front', front(Y4, Y5, 0.06, 0.12)),
         ('ankle.outer', band(Y4, Y5)),
         ('foot.big_toe', poly(spline([(0.8, 7.7), (0.775, 7.85), (0.78, 7.95), (0.8, 8.1)]) +
                               [(1.2, 8.1), (1.2, 7.7)])),
         ('foot.toes', poly(spline([(0.62, 7.7), (0.6, 7.82), (0.6, 7.92), (0.63, 8.1)]) +
                            [(1.2, 8.1), (1.2, 7.7)])),
         ('foot.outer_edge', poly(spline([(-0.1, 7.885), (0.15, 7.9), (0.4, 7.905), (0.64, 7.9)]) +
                                  [(0.64, 8.1), (-0.1, 8.1)])),
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
    deltoid = smooth_poly(DELTOID).intersection(band(1.4, 9))
    AB = unary_union([A, B])
    front = poly(spline(DELT_FRONT) + [(1, 2.35), (1, 1.3)])
    back = poly(spline(DELT_BACK) + [(-1, 2.35), (-1, 1.3)])
    L += [('shoulder.front', deltoid.intersection(front).intersection(AB)),
          ('shoulder.back', deltoid.intersection(back).intersection(AB)),
          ('shoulder.side', deltoid.intersection(AB))]
    L += arm_layers(A, hand)
    L += trunk_layers(B)
    return L, sil
