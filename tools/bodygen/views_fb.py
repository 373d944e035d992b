"""Region layers of the front and back views (authored half, x <= 0).

A point belongs to the FIRST layer that contains it, so small / specific regions come first
and each body part ends with a catch-all layer.
"""
from shapely.geometry import Polygon
from shapely.ops import unary_union

import figure as fg
from geom import band, rect, quad, ellipse, smooth_poly, poly, Frame, BIG


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
        L += [('forearm.front_thumb', Fo.cell(-0.2, BIG, 0.0, BIG)),
              ('forearm.front_pinky', Fo.cell(-0.2, BIG, -BIG, 0.0))]
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
        L += [('forearm.back_thumb', Fo.cell(-0.2, BIG, 0.0, BIG)),
              ('forearm.back_pinky', Fo.cell(-0.2, BIG, -BIG, 0.0))]
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
        L.append(('hand.thenar', palm.intersection(
            poly([F.pt(-1, 0.02), F.pt(0.12, 0.02), F.pt(0.25, 0.06), F.pt(0.32, 0.12), F.pt(0.32, 1),
                  F.pt(-1, 1)]))))
        L.append(('hand.hypothenar', palm.intersection(F.cell(0.1, BIG, -BIG, -0.075))))
        L.append(('hand.palm', palm))
    else:
        L.append(('hand.back', palm))
    L.append(('hand.thumb' + back, d['thumb']))
    for name in ('index', 'middle', 'ring', 'little'):
        L.append(('hand.%s%s' % (name, back), d['fingers'][name]))
    return L


def head_layers(d, view):
    H = unary_union([d['head'], d['ear']])
    L = [('head.ear', d['ear'])]
    if view == 'front':
        eye = ellipse(-0.145, fg.Y_EYE, 0.095, 0.062)
        brow = poly([(0, 0.345), (-0.14, 0.33), (-0.25, 0.35), (-0.27, 0.405), (-0.25, 0.5), (0, 0.5)])
        nose = poly([(0, 0.44), (-0.045, 0.44), (-0.06, 0.56), (-0.085, 0.655), (-0.07, 0.69), (0, 0.695)])
        mouth = ellipse(0, 0.8, 0.135, 0.107)           # upper and lower teeth around the mouth line
        L += [('head.eye', eye), ('head.nose', nose),
              ('head.upper_teeth', mouth.intersection(band(0.6, 0.8))),
              ('head.lower_teeth', mouth.intersection(band(0.8, 0.95))),
              ('head.eyebrow', brow),
              ('head.vertex', band(-1, 0.165)),
              ('head.temple', poly([(-0.245, 0.15), (-1, 0.15), (-1, 0.53), (-0.245, 0.53)])),
              ('head.forehead', band(0.1, 0.46)),
              ('head.chin', smooth_poly([(0, 0.86), (-0.1, 0.875), (-0.15, 0.92), (-0.16, 1.0), (0, 1.05)])),
              ('head.cheek', smooth_poly([(-0.05, 0.5), (-0.3, 0.46), (-0.36, 0.6), (-0.3, 0.7), (-0.2, 0.74),
                                          (-0.12, 0.725), (-0.06, 0.68)])),
              ('head.jaw', band(0.3, 2))]
    else:
        L += [('head.vertex', band(-1, 0.165)),
              ('head.behind_ear', poly([(-0.24, 0.46), (-1, 0.46), (-1, 1.2), (-0.21, 1.2), (-0.2, 0.8)])),
              ('head.occiput', band(0.1, 0.76)),
              ('neck.back', band(0.5, 2))]
    return [(rid, g.intersection(H)) for rid, g in L]


GROIN = [(-0.7, 3.6), (-0.38, 3.74), (-0.2, 3.86), (-0.08, 4.0), (-0.03, 4.1)]  # inguinal crease, top edge


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
              ('shoulder.side', poly([(-0.86, 1.4), (-1.5, 1.4), (-1.5, 2.06), (-0.96, 2.1), (-0.9, 1.9)])),
              ('shoulder.front', poly([(-0.62, 1.45), (-0.9, 1.45), (-0.9, 1.9), (-0.96, 2.1), (-0.73, 2.06),
                                       (-0.66, 1.8)])),
              ('chest.sternum', poly([(0, 1.5), (-0.075, 1.5), (-0.075, 2.5), (-0.03, 2.64), (0, 2.66)])),
              ('chest.collarbone', poly([(0, 1.3), (-0.85, 1.35), (-0.85, 1.67), (-0.55, 1.6), (-0.3, 1.565),
                                         (0, 1.55)])),
              ('chest.upper', poly([(0, 1.5), (-0.8, 1.5), (-0.8, 1.86), (-0.4, 1.8), (0, 1.8)])),
              ('chest.pectoral', smooth_poly([(-0.02, 1.7), (-0.72, 1.7), (-0.72, 2.12), (-0.62, 2.28),
                                              (-0.42, 2.36), (-0.2, 2.33), (-0.02, 2.25)])),
              ('chest.side', rect(-0.6, 1.9, -2, 2.78)),
              ('chest.lower', poly([(0, 2.2), (-0.62, 2.2), (-0.62, 2.72), (-0.36, 2.7), (0, 2.62)])),
              ('abdomen.upper', poly([(0, 2.5), (-0.36, 2.5), (-0.36, 2.9), (0, 2.87)])),
              ('abdomen.navel', smooth_poly([(0, 2.86), (-0.12, 2.87), (-0.2, 2.95), (-0.21, 3.05),
                                             (-0.17, 3.14), (-0.09, 3.18), (0, 3.19)])),
              ('abdomen.groin', poly([(-0.7, 3.6), (-0.38, 3.74), (-0.2, 3.86), (-0.08, 4.0), (-0.03, 4.1),
                                      (-0.07, 4.2), (-0.16, 4.07), (-0.34, 3.93), (-0.6, 3.8), (-0.72, 3.76)])),
              ('pelvis.pubic', poly([(0, 3.62), (-0.19, 3.62), (-0.19, 3.86), (-0.09, 4.0), (0, 4.12)])),
              ('hip.side', rect(-0.655, 3.52, -2, 4.3)),
              ('hip.front', poly([(-0.42, 3.4), (-1, 3.4), (-1, 3.8), (-0.42, 3.75)])),
              ('abdomen.side', poly([(-0.3, 2.55), (-1, 2.55), (-1, 3.46), (-0.42, 3.46), (-0.36, 3.2),
                                     (-0.3, 2.9)])),
              ('abdomen.lower', poly([(0, 2.85), (-1, 2.85), (-1, 3.6)] + GROIN + [(0, 4.1)])),
              ('chest.side', band(1.4, 2.8)),            # catch-alls
              ('abdomen.side', poly([(0, 2.5), (-1, 2.5), (-1, 3.6)] + GROIN + [(0, 4.1)]))]
    else:
        L += [('neck.base', poly([(-0.11, 1.12), (-0.24, 1.1), (-0.29, 1.22), (-0.42, 1.36), (-0.4, 1.47),
                                  (-0.11, 1.42)])),
              ('neck.back', neck_zone.intersection(rect(-0.11, 0, 0, 2))),
              ('neck.side', neck_zone)]
        L += [('shoulder.top', poly([(-0.05, 1.0), (-1.2, 1.2), (-1.2, 1.6), (-0.8, 1.545), (-0.55, 1.475),
                                     (-0.4, 1.47), (-0.11, 1.42), (-0.05, 1.4)])),
              ('shoulder.side', poly([(-0.86, 1.4), (-1.5, 1.4), (-1.5, 2.06), (-0.96, 2.1), (-0.9, 1.9)])),
              ('shoulder.back', poly([(-0.66, 1.5), (-0.9, 1.5), (-0.9, 1.9), (-0.96, 2.1), (-0.73, 2.06),
                                      (-0.66, 1.8)])),
              ('back.upper_spine', poly([(0, 1.38), (-0.07, 1.38), (-0.07, 2.4), (0, 2.45)])),
              ('back.scapula_top', poly([(0, 1.3), (-0.9, 1.45), (-0.9, 1.64), (-0.6, 1.63), (-0.24, 1.7),
                                         (-0.07, 1.7), (0, 1.7)])),
              ('back.scapula_tip', smooth_poly([(-0.26, 2.27), (-0.5, 2.3), (-0.48, 2.42), (-0.37, 2.56),
                                                (-0.28, 2.45)])),
              ('back.scapula_inner', poly([(-0.07, 1.6), (-0.24, 1.6), (-0.26, 2.28), (-0.27, 2.42), (-0.07, 2.42)])),
              ('back.scapula', poly([(-0.2, 1.6), (-0.66, 1.6), (-0.64, 2.3), (-0.2, 2.3)])),
              ('chest.side', rect(-0.6, 1.9, -2, 2.8)),
              ('back.mid', poly([(0, 2.3), (-0.6, 2.3), (-0.6, 2.82), (0, 2.82)])),
              ('back.thoracolumbar', band(2.7, 3.1)),
              ('back.sacrum', poly([(0, 3.5), (-0.15, 3.5), (-0.13, 3.72), (-0.09, 3.87), (0, 3.9)])),
              ('back.tailbone', poly([(0, 3.86), (-0.09, 3.86), (-0.065, 3.98), (0, 4.0)])),
              ('pelvis.perineum', poly([(0, 3.97), (-0.065, 3.96), (-0.08, 4.06), (-0.03, 4.14), (0, 4.16)])),
              ('back.sacroiliac', ellipse(-0.19, 3.66, 0.065, 0.08)),
              ('back.lumbar', poly([(0, 3.05), (-0.34, 3.05), (-0.34, 3.52), (0, 3.52)])),
              ('hip.crest', poly([(-0.2, 3.45), (-0.5, 3.34), (-0.9, 3.36), (-0.9, 3.52), (-0.5, 3.5),
                                  (-0.24, 3.6)])),
              ('back.flank', band(2.9, 3.45)),
              ('hip.side', rect(-0.655, 3.52, -2, 4.3)),
              ('buttock.upper', poly([(0, 3.3), (-1, 3.3), (-1, 3.78), (-0.6, 3.8), (-0.4, 3.84), (-0.2, 3.82),
                                      (0, 3.8)])),
              ('buttock.middle', poly([(0, 3.7), (-1, 3.7), (-1, 4.02), (-0.6, 4.05), (-0.4, 4.08),
                                       (-0.2, 4.05), (0, 4.0)])),
              ('buttock.lower', poly([(0, 3.9), (-1, 3.9), (-1, 4.2), (-0.6, 4.27), (-0.45, 4.3), (-0.3, 4.29),
                                      (-0.12, 4.24), (0, 4.2)])),
              ('back.scapula', band(1.3, 2.3)),           # catch-alls
              ('back.mid', band(2.3, 3.0)),
              ('buttock.middle', band(3.0, 3.9))]
    return [(rid, g.intersection(T)) for rid, g in L]


def leg_layers(d, view):
    T = d['trunk']
    Fo = d['foot']
    L = []
    Y1, Y2, Y3, Y4, Y5 = 4.87, 5.62, 6.22, 7.4, 7.7
    if view == 'front':
        L += [('thigh.outer', quad(-0.62, -0.44, -BIG, -BIG, 3.5, Y2 + 0.02)),
              ('thigh.inner_upper', quad(-0.24, -0.2, 0, 0, 3.9, Y1)),
              ('thigh.inner_lower', quad(-0.2, -0.17, 0, 0, Y1, Y2)),
              ('thigh.front_upper', band(3.5, Y1)),
              ('thigh.front_lower', band(Y1, Y2)),
              ('knee.front', ellipse(-0.29, 5.92, 0.125, 0.2)),
              ('knee.outer', quad(-0.38, -0.38, -BIG, -BIG, Y2, Y3)),
              ('knee.inner', quad(-0.2, -0.2, 0, 0, Y2, Y3)),
              ('knee.front', band(Y2, Y3)),
              ('leg.outer', quad(-0.4, -0.31, -BIG, -BIG, Y3, Y4)),
              ('leg.inner', quad(-0.19, -0.21, 0, 0, Y3, Y4)),
              ('leg.shin', band(Y3, Y4))]
    else:
        L += [('thigh.outer', quad(-0.62, -0.44, -BIG, -BIG, 3.5, Y2 + 0.02)),
              ('thigh.back_upper', band(3.5, Y1)),
              ('thigh.back_lower', band(Y1, Y2)),
              ('knee.back', ellipse(-0.29, 5.95, 0.11, 0.13)),
              ('knee.outer', quad(-0.38, -0.38, -BIG, -BIG, Y2, Y3)),
              ('knee.inner', quad(-0.2, -0.2, 0, 0, Y2, Y3)),
              ('knee.back', band(Y2, Y3)),
              ('leg.outer', quad(-0.42, -0.33, -BIG, -BIG, Y3, Y4)),
              ('leg.inner', quad(-0.18, -0.2, 0, 0, Y3, Y4)),
              ('leg.calf_upper', band(Y3, 6.82)),
              ('leg.calf_lower', band(6.82, Y4))]
    legs = [(rid, g.intersection(T)) for rid, g in L]
    foot = unary_union([Fo, T.intersection(band(Y4 - 0.4, 9))])
    F = []
    if view == 'front':
        F += [('ankle.outer', quad(-0.33, -0.35, -BIG, -BIG, Y4, Y5)),
              ('ankle.inner', quad(-0.2, -0.19, 0, 0, Y4, Y5)),
              ('ankle.front', band(Y4, Y5)),
              ('foot.big_toe', fg.toe_shapes_front()[0].intersection(band(7.9, 9))),
              ('foot.toes', unary_union(fg.toe_shapes_front()[1:]).intersection(band(7.89, 9))),
              ('foot.outer_edge', quad(-0.395, -0.44, -BIG, -BIG, Y5, 7.95)),
              ('foot.inner_edge', quad(-0.18, -0.17, 0, 0, Y5, 7.95)),
              ('foot.top', band(Y5, 9))]
    else:
        F += [('ankle.outer', quad(-0.335, -0.34, -BIG, -BIG, Y4, Y5)),
              ('ankle.inner', quad(-0.21, -0.2, 0, 0, Y4, Y5)),
              ('ankle.achilles', band(Y4, Y5)),
              ('foot.outer_edge', quad(-0.36, -0.35, -BIG, -BIG, Y5, 9)),
              ('foot.inner_edge', quad(-0.19, -0.2, 0, 0, Y5, 9)),
              ('foot.heel', band(Y5, 9))]
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
