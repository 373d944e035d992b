"""Region layers of the front and back views (authored half, x <= 0).

A point belongs to the FIRST layer that contains it, so small / specific regions come first
and each body part ends with a catch-all layer.
"""
from shapely.geometry import Polygon
from shapely.ops import unary_union

import figure as fg
from geom import band, rect, quad, ellipse, smooth_poly, poly, Frame, BIG, LimbMap, between, spline, catmull


def arm_layers(d, view):
    """Upper arm, elbow, forearm, wrist for both front and back (s > 0 = lateral)."""
    A = d['arm']
    U, Fo = fg.arm_frames()
    L = []
    e_t = U.length  # elbow centre along the upper-arm axis
    elbow = Fo.cell(-0.16, 0.13).union(U.cell(e_t - 0.16, e_t + 0.4))
    elbow = elbow.intersection(U.cell(e_t - 0.16, BIG)).intersection(Fo.cell(-BIG, 0.13))
    wrist = Fo.cell(Fo.length - 0.13, BIG)
    # wrist first (hand layers come before arm layers anyway)
    if view == 'front':
        L += [('wrist.thumb_side', wrist.intersection(Fo.cell(0, BIG, 0.045, BIG))),
              ('wrist.pinky_side', wrist.intersection(Fo.cell(0, BIG, -BIG, -0.045))),
              ('wrist.front', wrist)]
        L += [('elbow.outer', elbow.intersection(Fo.cell(-BIG, BIG, 0.06, BIG))),
              ('elbow.inner', elbow.intersection(Fo.cell(-BIG, BIG, -BIG, -0.06))),
              ('elbow.front', elbow)]
        L += [('forearm.front_thumb', Fo.cell(0.0, BIG, 0.0, BIG)),
              ('forearm.front_pinky', Fo.cell(0.0, BIG, -BIG, 0.0))]
        L += [('arm.outer', U.cell(-BIG, BIG, 0.075, BIG)),
              ('arm.inner', U.cell(-BIG, BIG, -BIG, -0.07)),
              ('arm.front', U.cell(-BIG, BIG))]
    else:
        L += [('wrist.thumb_side', wrist.intersection(Fo.cell(0, BIG, 0.045, BIG))),
              ('wrist.pinky_side', wrist.intersection(Fo.cell(0, BIG, -BIG, -0.045))),
              ('wrist.back', wrist)]
        L += [('elbow.outer', elbow.intersection(Fo.cell(-BIG, BIG, 0.06, BIG))),
              ('elbow.inner', elbow.intersection(Fo.cell(-BIG, BIG, -BIG, -0.06))),
              ('elbow.back', elbow)]
        L += [('forearm.back_thumb', Fo.cell(0.0, BIG, 0.0, BIG)),
              ('forearm.back_pinky', Fo.cell(0.0, BIG, -BIG, 0.0))]
        L += [('arm.outer', U.cell(-BIG, BIG, 0.075, BIG)),
              ('arm.inner', U.cell(-BIG, BIG, -BIG, -0.07)),
              ('arm.back', U.cell(-BIG, BIG))]
    return [(rid, g.intersection(A)) for rid, g in L]


def hand_layers(d, view):
    F = d['hand_frame']
    back = '_back' if view == 'back' else ''
    L = []
    palm = d['palm']
    # the palm (and back of the hand) come first, so each finger starts at the knuckle line
    if view == 'front':
        # the thenar crease curves from the middle of the wrist out to the web of the thumb
        crease = [F.pt(t, s) for t, s in catmull([(-0.1, 0.0), (0.05, 0.005), (0.16, 0.03), (0.24, 0.07),
                                                  (0.29, 0.125), (0.31, 0.2)], samples=8)]
        L.append(('hand.thenar', palm.intersection(poly(crease + [F.pt(0.31, 1), F.pt(-1, 1)]))))
        hypo = [F.pt(t, s) for t, s in catmull([(0.07, -0.2), (0.1, -0.085), (0.17, -0.066), (0.26, -0.064),
                                                (0.33, -0.072), (0.4, -0.09)], samples=8)]
        L.append(('hand.hypothenar', palm.intersection(poly(hypo + [F.pt(0.4, -1), F.pt(0.07, -1)]))))
        L.append(('hand.palm', palm))
    else:
        L.append(('hand.back', palm))
    L.append(('hand.thumb' + back, d['thumb']))
    for name in ('index', 'middle', 'ring', 'little'):
        L.append(('hand.%s%s' % (name, back), d['fingers'][name]))
    return L


VERTEX_EDGE = [(-0.4, 0.09), (-0.28, 0.14), (-0.14, 0.175), (0, 0.185)]       # crown of the head
TEMPLE_EDGE = [(-0.19, 0.1), (-0.225, 0.25), (-0.245, 0.42), (-0.27, 0.56)]    # front edge of the temple
HAIRLINE = [(-0.4, 0.62), (-0.28, 0.7), (-0.16, 0.76), (0, 0.79)]           # lower edge of the occiput


def head_layers(d, view):
    H = unary_union([d['head'], d['ear']])
    L = [('head.ear', d['ear'])]
    if view == 'front':
        eye = ellipse(-0.145, fg.Y_EYE, 0.095, 0.062)
        brow = poly(spline([(0, 0.345), (-0.14, 0.33), (-0.245, 0.35), (-0.275, 0.415), (-0.25, 0.49),
                            (-0.14, 0.475), (-0.05, 0.505), (0, 0.51)]))
        nose = poly(spline([(0, 0.44), (-0.04, 0.445), (-0.05, 0.54), (-0.072, 0.615), (-0.086, 0.65),
                            (-0.065, 0.678), (0, 0.684)]))
        mouth = ellipse(0, 0.8, 0.135, 0.107)           # upper and lower teeth around the mouth line
        L += [('head.eye', eye), ('head.nose', nose),
              ('head.upper_teeth', mouth.intersection(band(0.6, 0.8))),
              ('head.lower_teeth', mouth.intersection(band(0.8, 0.95))),
              ('head.eyebrow', brow),
              ('head.vertex', poly([(0.1, -1), (-1, -1), (-1, 0.09)] + spline(VERTEX_EDGE) + [(0.1, 0.19)])),
              ('head.temple', poly(spline(TEMPLE_EDGE) + [(-1, 0.56), (-1, 0.1)])),
              ('head.forehead', band(0.1, 0.46)),
              ('head.chin', smooth_poly([(0, 0.86), (-0.1, 0.875), (-0.15, 0.92), (-0.16, 1.0), (0, 1.05)])),
              ('head.cheek', smooth_poly([(-0.05, 0.5), (-0.3, 0.46), (-0.36, 0.6), (-0.3, 0.7), (-0.2, 0.74),
                                          (-0.12, 0.725), (-0.06, 0.68)])),
              ('head.jaw', band(0.3, 2))]
    else:
        L += [('head.vertex', poly([(0.1, -1), (-1, -1), (-1, 0.09)] + spline(VERTEX_EDGE) + [(0.1, 0.19)])),
              ('head.behind_ear', poly(spline([(-0.24, 0.46), (-0.22, 0.6), (-0.2, 0.8)]) +
                                       [(-0.21, 1.2), (-1, 1.2), (-1, 0.46)])),
              ('head.occiput', poly([(0.1, 0.0), (-1, 0.0), (-1, 0.62)] + spline(HAIRLINE) + [(0.1, 0.8)])),
              ('neck.back', band(0.5, 2))]
    return [(rid, g.intersection(H)) for rid, g in L]


GROIN = [(-0.7, 3.6), (-0.38, 3.74), (-0.2, 3.86), (-0.08, 4.0), (-0.03, 4.1)]  # inguinal crease, top edge


# ---- back view landmarks (authored half = the person's left seen from behind)
SCAP_SPINE = [(-0.07, 1.75), (-0.27, 1.73), (-0.45, 1.665), (-0.65, 1.61), (-0.86, 1.575), (-1.2, 1.55)]
SCAP_MEDIAL = [(-0.27, 1.5), (-0.26, 1.75), (-0.265, 2.05), (-0.29, 2.3), (-0.33, 2.48), (-0.34, 2.56)]
SCAP_TIP = [(-0.29, 2.29), (-0.4, 2.27), (-0.5, 2.3), (-0.475, 2.42), (-0.4, 2.54), (-0.34, 2.5)]
SCAPULA = [(-0.2, 1.6), (-0.5, 1.6), (-0.72, 1.62), (-0.74, 1.78), (-0.68, 2.02), (-0.56, 2.26),
           (-0.42, 2.46), (-0.3, 2.42), (-0.22, 2.1)]
SIDE_BORDER = [(-0.64, 1.95), (-0.6, 2.25), (-0.58, 2.55), (-0.6, 2.78), (-0.66, 2.95)]
RIB_TOP = [(0, 2.62), (-0.2, 2.64), (-0.4, 2.7), (-0.58, 2.79), (-0.8, 2.92)]     # mid back / lower ribs
RIB_BOT = [(0, 2.98), (-0.2, 3.0), (-0.38, 3.05), (-0.55, 3.13), (-0.8, 3.25)]    # the twelfth rib
LUMBAR_SIDE = [(-0.3, 2.5), (-0.31, 3.0), (-0.325, 3.22), (-0.3, 3.45), (-0.24, 3.55), (-0.15, 3.6)]
CREST_TOP = [(-0.13, 3.5), (-0.27, 3.38), (-0.45, 3.29), (-0.62, 3.29), (-0.78, 3.35), (-0.95, 3.44)]
CREST_BOT = [(-0.17, 3.58), (-0.3, 3.47), (-0.46, 3.39), (-0.62, 3.39), (-0.76, 3.45), (-0.95, 3.55)]
TROCHANTER = [(-0.8, 3.62), (-0.72, 3.68), (-0.665, 3.85), (-0.665, 4.05), (-0.7, 4.2), (-0.8, 4.3),
              (-0.9, 4.0)]
# borders of the buttock: upper | middle | lower, and the gluteal fold under the lower buttock
GLUT_1 = [(0, 3.84), (-0.12, 3.78), (-0.3, 3.7), (-0.5, 3.68), (-0.68, 3.72), (-0.9, 3.8)]
GLUT_2 = [(0, 4.02), (-0.12, 4.0), (-0.3, 3.95), (-0.5, 3.94), (-0.68, 3.98), (-0.9, 4.05)]
GLUT_3 = [(0, 4.16), (-0.05, 4.2), (-0.15, 4.27), (-0.32, 4.31), (-0.5, 4.29), (-0.66, 4.22),
          (-0.9, 4.1)]


# ---- front view landmarks of the trunk
SIDE_FRONT = [(-0.7, 1.95), (-0.64, 2.2), (-0.6, 2.5), (-0.6, 2.74), (-0.66, 2.92), (-0.8, 3.02)]
COSTAL = [(0, 2.55), (-0.1, 2.6), (-0.22, 2.69), (-0.36, 2.78), (-0.5, 2.86), (-0.64, 2.93), (-0.9, 3.0)]
SEMILUNAR = [(-0.36, 2.78), (-0.36, 3.0), (-0.39, 3.25), (-0.44, 3.5), (-0.5, 3.7)]
GROIN_TOP = [(-0.76, 3.66), (-0.56, 3.72), (-0.36, 3.82), (-0.2, 3.93), (-0.1, 4.02), (-0.03, 4.12)]
GROIN_BOT = [(-0.76, 3.8), (-0.56, 3.845), (-0.38, 3.93), (-0.24, 4.03), (-0.14, 4.13), (-0.07, 4.24)]
PUBIC = [(0, 3.62), (-0.09, 3.63), (-0.16, 3.68), (-0.185, 3.77), (-0.16, 3.88), (-0.1, 3.98), (-0.04, 4.08),
         (0, 4.14)]
ASIS = [(-0.44, 3.44), (-0.56, 3.38), (-0.72, 3.42), (-0.8, 3.55), (-0.76, 3.7), (-0.6, 3.74),
        (-0.48, 3.66), (-0.43, 3.55)]


# the deltoid: a middle part over the point of the shoulder, tapering toward its insertion on
# the outside of the arm, and a front (or rear) part between it and the chest (or shoulder blade)
DELT_MID = [(-0.84, 1.4), (-0.87, 1.7), (-0.95, 1.96), (-1.07, 2.24)]
DELT_TAIL = [(-1.07, 2.24), (-1.16, 2.19), (-1.5, 2.0)]


def deltoid_side():
    return poly(spline(DELT_MID) + spline(DELT_TAIL)[1:] + [(-1.5, 1.4)])


def deltoid_front_back(x_in):
    inner = [(x_in, 1.4), (x_in - 0.035, 1.75), (x_in - 0.1, 2.0), (-0.8, 2.14)]
    bottom = [(-0.8, 2.14), (-0.93, 2.21), (-1.07, 2.24)]
    return poly(spline(inner) + spline(bottom)[1:] + list(reversed(spline(DELT_MID)))[1:-1])


def neck_trunk_layers(d, view):
    T = d['trunk']
    L = []
    neck_zone = poly([(0, 0.7), (-0.3, 0.7), (-0.3, 1.18), (-0.26, 1.3), (0, 1.41)])
    if view == 'front':
        L += [('neck.throat', neck_zone.intersection(rect(-0.06, 0, 0, 2))),
              ('neck.front', neck_zone.intersection(rect(-0.13, 0, 0, 2))),
              ('neck.side', neck_zone)]
        clav = [(0, 1.43), (-0.3, 1.46), (-0.55, 1.5), (-0.8, 1.57)]
        L += [('shoulder.top', poly([(-0.05, 1.0), (-1.2, 1.2), (-1.2, 1.6), (-0.8, 1.545), (-0.55, 1.475),
                                     (-0.3, 1.43), (-0.05, 1.405)])),
              ('chest.armpit', ellipse(-0.765, 2.07, 0.075, 0.085)),
              ('shoulder.side', deltoid_side()),
              ('shoulder.front', deltoid_front_back(-0.62)),
              ('chest.sternum', poly(spline([(0, 1.5), (-0.07, 1.5), (-0.075, 2.0), (-0.07, 2.45)]) +
                                     spline([(-0.07, 2.45), (-0.04, 2.6), (0, 2.66)])[1:])),
              ('chest.collarbone', poly([(0, 1.3), (-0.85, 1.35)] + spline([(-0.85, 1.67), (-0.55, 1.6),
                                                                            (-0.3, 1.565), (0, 1.55)]))),
              ('chest.upper', poly([(0, 1.5), (-0.8, 1.5), (-0.8, 1.86), (-0.4, 1.8), (0, 1.8)])),
              ('chest.pectoral', smooth_poly([(-0.02, 1.7), (-0.72, 1.7), (-0.72, 2.12), (-0.62, 2.28),
                                              (-0.42, 2.36), (-0.2, 2.33), (-0.02, 2.25)])),
              ('chest.side', poly(spline(SIDE_FRONT) + [(-2, 3.1), (-2, 1.9)])),
              ('chest.lower', poly([(0.1, 2.0), (-2, 2.0)] + list(reversed(spline(COSTAL))) + [(0.1, 2.55)])),
              ('abdomen.navel', smooth_poly([(0, 2.86), (-0.12, 2.87), (-0.2, 2.95), (-0.21, 3.05),
                                             (-0.17, 3.14), (-0.09, 3.18), (0, 3.19)])),
              ('abdomen.groin', between(GROIN_TOP, GROIN_BOT)),
              ('pelvis.pubic', poly(spline(PUBIC) + [(0, 4.2)])),
              ('hip.side', smooth_poly(TROCHANTER)),
              ('hip.front', smooth_poly(ASIS)),
              ('abdomen.upper', poly(spline(COSTAL) + spline(SEMILUNAR[:3])[1:] + [(0, 2.95)])),
              ('abdomen.side', poly(spline(SEMILUNAR) + [(-2, 3.8), (-2, 2.4)])),
              ('abdomen.lower', poly([(0.1, 2.4), (-2, 2.4), (-2, GROIN_TOP[0][1])] + spline(GROIN_TOP) +
                                     [(0.1, GROIN_TOP[-1][1])])),
              ('chest.side', band(1.4, 2.8)),            # catch-alls
              ('abdomen.side', band(2.4, 3.6))]
    else:
        L += [('neck.base', poly([(-0.11, 1.12), (-0.24, 1.1), (-0.29, 1.22), (-0.42, 1.36), (-0.4, 1.47),
                                  (-0.11, 1.42)])),
              ('neck.back', neck_zone.intersection(rect(-0.11, 0, 0, 2))),
              ('neck.side', neck_zone)]
        L += [('shoulder.top', poly([(-0.05, 1.0), (-1.2, 1.2), (-1.2, 1.6), (-0.8, 1.545), (-0.55, 1.475),
                                     (-0.4, 1.47), (-0.11, 1.42), (-0.05, 1.4)])),
              ('shoulder.side', deltoid_side()),
              ('shoulder.back', deltoid_front_back(-0.66)),
              ('back.upper_spine', poly(spline([(0, 1.38), (-0.07, 1.4), (-0.072, 1.9), (-0.068, 2.3)]) +
                                        spline([(-0.068, 2.3), (-0.04, 2.45), (0, 2.5)]))),
              ('back.scapula_top', poly([(0, 1.2), (-1.2, 1.2)] + list(reversed(spline(SCAP_SPINE))) +
                                        [(0, SCAP_SPINE[0][1])])),
              ('back.scapula_tip', smooth_poly(SCAP_TIP)),
              ('back.scapula_inner', poly([(0, 1.5)] + spline(SCAP_MEDIAL[:-1]) +
                                          spline([(-0.33, 2.48), (-0.2, 2.5), (-0.07, 2.47), (0, 2.46)])[1:])),
              ('back.scapula', smooth_poly(SCAPULA)),
              ('chest.side', poly(spline(SIDE_BORDER) + [(-2, SIDE_BORDER[-1][1]), (-2, SIDE_BORDER[0][1])])),
              ('back.mid', poly([(0, 1.5)] + [(x, y) for x, y in spline(RIB_TOP)] + [(-2, RIB_TOP[-1][1]),
                                                                                   (-2, 1.5)])),
              ('back.sacrum', poly(spline([(0, 3.4), (-0.1, 3.42), (-0.16, 3.47)]) +
                                   spline([(-0.16, 3.47), (-0.13, 3.64), (-0.08, 3.8), (0, 3.9)]))),
              ('back.tailbone', poly([(0, 3.86), (-0.09, 3.86), (-0.065, 3.98), (0, 4.0)])),
              ('pelvis.perineum', poly([(0, 3.97), (-0.065, 3.96), (-0.08, 4.06), (-0.03, 4.14), (0, 4.16)])),
              ('back.sacroiliac', ellipse(-0.2, 3.6, 0.07, 0.08, rot=-20)),
              ('hip.crest', between(CREST_TOP, CREST_BOT)),
              ('back.thoracolumbar', between([(0.1, y) for x, y in RIB_TOP[:1]] + RIB_TOP,
                                             [(0.1, y) for x, y in RIB_BOT[:1]] + RIB_BOT)),
              ('back.lumbar', poly([(0, 2.5)] + spline(LUMBAR_SIDE) + [(0, 3.6)]).difference(
                  poly([(0.1, 3.52)] + spline(CREST_TOP) + [(-2, 5), (0.1, 5)]))),
              ('back.flank', poly(spline([(0.1, 2.6)] + RIB_BOT) + [(-2, 3.3), (-2, 3.8)] +
                                  list(reversed(spline(CREST_TOP))))),
              ('hip.side', smooth_poly(TROCHANTER)),
              ('buttock.upper', between([(0.1, 3.2), (-2, 3.2)], [(0.1, y) for x, y in GLUT_1[:1]] + GLUT_1)),
              ('buttock.middle', between([(0.1, 3.2), (-2, 3.2)], [(0.1, y) for x, y in GLUT_2[:1]] + GLUT_2)),
              ('buttock.lower', between([(0.1, 3.2), (-2, 3.2)], [(0.1, y) for x, y in GLUT_3[:1]] + GLUT_3)),
              ('back.scapula', band(1.3, 2.3)),           # catch-alls
              ('back.mid', band(2.3, 3.0)),
              ('buttock.middle', band(3.0, 3.9))]
    return [(rid, g.intersection(T)) for rid, g in L]


def bow(y, depth, tilt=0.0):
    """A border across a limb at height y, bowing down by depth in the middle (u = 0.5) and
    sloping by tilt from the outer (u = 0) to the inner (u = 1) side: a function of u."""
    def f(u):
        u = min(1.0, max(0.0, u))
        return y + depth * (1 - (2 * u - 1) ** 2) + tilt * (u - 0.5)
    return f


def leg_map(d):
    return LimbMap(d['trunk'], 3.3, 7.7)


def leg_layers(d, view):
    T = d['trunk']
    Fo = d['foot']
    M = leg_map(d)
    L = []
    U_OUT, U_IN = -0.8, 1.8        # beyond the outlines
    THIGH_MID = bow(4.9, 0.05, 0.06)
    KNEE_TOP = bow(5.62, 0.04, 0.05)
    KNEE_BOT = bow(6.24, -0.03, 0.03)
    Y4, Y5 = 7.4, 7.7
    ANKLE_TOP = bow(Y4, 0.0)
    outer_thigh = lambda y: 0.2 - 0.05 * max(0.0, y - 4.4) / 1.2 + 0.03 * max(0.0, 4.4 - y)
    outer_leg = lambda y: 0.2 + 0.05 * max(0.0, 6.7 - y) / 0.45
    if view == 'front':
        patella = M.patch([(0.5, 5.68), (0.3, 5.76), (0.2, 5.93), (0.3, 6.1), (0.5, 6.18), (0.7, 6.1),
                           (0.8, 5.93), (0.7, 5.76)], smooth=True)
        L += [('thigh.outer', M.strip(U_OUT, outer_thigh, 3.5, KNEE_TOP)),
              ('knee.front', patella),
              ('thigh.inner_upper', M.strip(lambda y: 0.74 - 0.04 * (y - 4.1), U_IN, 3.5, THIGH_MID)),
              ('thigh.inner_lower', M.strip(lambda y: 0.7 + 0.05 * (y - 4.9), U_IN, THIGH_MID, KNEE_TOP)),
              ('thigh.front_upper', M.strip(U_OUT, U_IN, 3.5, THIGH_MID)),
              ('thigh.front_lower', M.strip(U_OUT, U_IN, THIGH_MID, KNEE_TOP)),
              ('knee.outer', M.strip(U_OUT, 0.24, KNEE_TOP, KNEE_BOT)),
              ('knee.inner', M.strip(0.77, U_IN, KNEE_TOP, KNEE_BOT)),
              ('knee.front', M.strip(U_OUT, U_IN, KNEE_TOP, KNEE_BOT)),
              ('leg.outer', M.strip(U_OUT, lambda y: 0.3 + 0.04 * max(0.0, 6.6 - y) / 0.4, KNEE_BOT, ANKLE_TOP)),
              ('leg.inner', M.strip(lambda y: 0.8 - 0.04 * (y - 6.3), U_IN, KNEE_BOT, ANKLE_TOP)),
              ('leg.shin', M.strip(U_OUT, U_IN, KNEE_BOT, ANKLE_TOP))]
    else:
        fossa = M.patch([(0.5, 5.7), (0.34, 5.8), (0.25, 5.95), (0.34, 6.1), (0.5, 6.19), (0.66, 6.1),
                         (0.75, 5.95), (0.66, 5.8)], smooth=True)
        CALF = bow(6.76, 0.16, 0.08)     # lower edge of the calf bellies, the inner head longer
        L += [('thigh.outer', M.strip(U_OUT, outer_thigh, 3.5, KNEE_TOP)),
              ('knee.back', fossa),
              ('thigh.back_upper', M.strip(U_OUT, U_IN, 3.5, THIGH_MID)),
              ('thigh.back_lower', M.strip(U_OUT, U_IN, THIGH_MID, KNEE_TOP)),
              ('knee.outer', M.strip(U_OUT, 0.24, KNEE_TOP, KNEE_BOT)),
              ('knee.inner', M.strip(0.76, U_IN, KNEE_TOP, KNEE_BOT)),
              ('knee.back', M.strip(U_OUT, U_IN, KNEE_TOP, KNEE_BOT)),
              ('leg.outer', M.strip(U_OUT, outer_leg, KNEE_BOT, ANKLE_TOP)),
              ('leg.inner', M.strip(lambda y: 0.82 - 0.05 * max(0.0, 6.7 - y) / 0.45, U_IN, KNEE_BOT, ANKLE_TOP)),
              ('leg.calf_upper', M.strip(U_OUT, U_IN, KNEE_BOT, CALF)),
              ('leg.calf_lower', M.strip(U_OUT, U_IN, CALF, ANKLE_TOP))]
    legs = [(rid, g.intersection(T)) for rid, g in L]
    foot = unary_union([Fo, T.intersection(band(Y4 - 0.4, 9))])
    FM = LimbMap(foot, 7.3, 7.96, step=0.005)
    ANK = bow(Y5, 0.035)                 # the ankle crease, lowest over the middle of the ankle
    if view == 'front':
        F = [('ankle.outer', FM.strip(U_OUT, 0.27, Y4, ANK)),
             ('ankle.inner', FM.strip(0.76, U_IN, Y4, ANK)),
             ('ankle.front', FM.strip(U_OUT, U_IN, Y4, ANK)),
             ('foot.big_toe', fg.toe_shapes_front()[0].intersection(band(7.9, 9))),
             ('foot.toes', unary_union(fg.toe_shapes_front()[1:]).intersection(band(7.89, 9))),
             ('foot.outer_edge', FM.strip(U_OUT, lambda y: 0.2 - 0.2 * (y - 7.7), ANK, 9)),
             ('foot.inner_edge', FM.strip(lambda y: 0.83 + 0.1 * (y - 7.7), U_IN, ANK, 9)),
             ('foot.top', band(Y5 - 0.1, 9))]
    else:
        heel = FM.patch([(0.5, 7.7), (0.27, 7.74), (0.16, 7.84), (0.22, 7.96), (0.5, 8.02), (0.78, 7.96),
                         (0.84, 7.84), (0.73, 7.74)], smooth=True)
        F = [('ankle.outer', FM.strip(U_OUT, 0.28, Y4, ANK)),
             ('ankle.inner', FM.strip(0.72, U_IN, Y4, ANK)),
             ('ankle.achilles', FM.strip(U_OUT, U_IN, Y4, ANK)),
             ('foot.heel', heel),
             ('foot.outer_edge', FM.strip(U_OUT, 0.5, ANK, 9)),
             ('foot.inner_edge', FM.strip(0.5, U_IN, ANK, 9))]
    feet = [(rid, g.intersection(foot)) for rid, g in F]
    return feet + legs


SHOULDER_IDS = ('neck.base', 'neck.back', 'neck.side', 'neck.front', 'neck.throat', 'shoulder.top', 'shoulder.side', 'shoulder.front', 'shoulder.back', 'chest.armpit')


def layers(view):
    d = fg.shapes(view)
    trunk = neck_trunk_layers(d, view)
    TA = unary_union([d['trunk'], d['arm']])
    # shoulder caps and the armpit win over the upper arm, the rest of the trunk loses to it
    shoulder = [(rid, g.intersection(TA)) for rid, g in neck_trunk_layers(dict(d, trunk=TA), view)
                if rid in SHOULDER_IDS]
    L = []
    L += head_layers(d, view)
    L += hand_layers(d, view)
    L += shoulder
    L += arm_layers(d, view)
    L += [(rid, g) for rid, g in trunk if rid not in SHOULDER_IDS]
    L += leg_layers(d, view)
    return L, d
