#!/usr/bin/env python3
"""Render data/body/geometry.json to SVG (and PNG with rsvg-convert) for review.

python3 tools/bodygen/preview.py [--ids] [--height PX] [--out DIR] [--crop VIEW:x0,y0,x1,y1]
Writes DIR/preview-<view>.svg and .png (default DIR = tools/bodygen).
"""
import argparse
import colorsys
import hashlib
import json
import os
import shutil
import subprocess

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, '..', '..'))

FAMILY_HUE = {  # soft hue per body part family, so neighbours differ a little
    'head': 30, 'neck': 40, 'shoulder': 200, 'chest': 210, 'back': 220, 'abdomen': 150, 'pelvis': 170,
    'arm': 260, 'elbow': 280, 'forearm': 300, 'wrist': 320, 'hand': 340, 'hip': 100, 'buttock': 120,
    'thigh': 60, 'knee': 80, 'leg': 180, 'ankle': 190, 'foot': 10}


def colour(rid):
    fam = rid.split('.')[0]
    h = FAMILY_HUE.get(fam, 0)
    k = int(hashlib.md5(rid.split(':')[0].encode()).hexdigest()[:4], 16)
    h = (h + (k % 40) - 20) % 360
    l = 0.80 + (k % 7) * 0.015
    r, g, b = colorsys.hls_to_rgb(h / 360.0, l, 0.35)
    return '#%02x%02x%02x' % (int(r * 255), int(g * 255), int(b * 255))


def render(view, height, ids, crop=None, flat=False):
    asp = view['aspect']
    W, H = height * asp, height
    vb = (0, 0, W, H)
    if crop:
        x0, y0, x1, y1 = crop
        vb = (x0 * W, y0 * H, (x1 - x0) * W, (y1 - y0) * H)
        scale = height / vb[3]
        outw, outh = vb[2] * scale, height
    else:
        outw, outh = W, H

    def P(p):
        return '%.2f,%.2f' % (p[0] * W, p[1] * H)
    sw = max(vb[3] / 1000.0, 0.05)
    out = ['<svg xmlns="http://www.w3.org/2000/svg" width="%d" height="%d" viewBox="%.2f %.2f %.2f %.2f">'
           % (outw, outh, vb[0], vb[1], vb[2], vb[3]),
           '<rect x="%.2f" y="%.2f" width="%.2f" height="%.2f" fill="#fbfaf7"/>' % vb]
    for reg in view['regions']:
        fill = '#ecdccb' if flat else colour(reg['id'])
        for poly in reg['polygons']:
            out.append('<path d="M%sZ" fill="%s" stroke="#8a7a6c" stroke-opacity="0.45" stroke-width="%.3f"/>'
                       % (' L'.join(P(p) for p in poly), fill, sw * 0.8))
    for poly in view['outline']:
        out.append('<path d="M%sZ" fill="none" stroke="#5a4a3c" stroke-width="%.3f" stroke-linejoin="round"/>'
                   % (' L'.join(P(p) for p in poly), sw * 1.6))
    for s in view.get('strokes', []):
        out.append('<path d="M%s" fill="none" stroke="#6d5a4a" stroke-width="%.3f" stroke-linecap="round"/>'
                   % (' L'.join(P(p) for p in s), sw * 1.1))
    for lab in view.get('labels', []):
        out.append('<text x="%.2f" y="%.2f" font-family="DejaVu Sans" font-size="%.2f" fill="#444" '
                   'text-anchor="middle">%s</text>' % (lab['x'] * W, lab['y'] * H, H * 0.025, lab['text']))
    if ids:
        from shapely.geometry import Polygon
        fs = vb[3] / 140.0
        for reg in view['regions']:
            for poly in reg['polygons']:
                pg = Polygon(poly)
                if pg.area < 1e-5:
                    continue
                c = pg.representative_point()
                name = reg['id'].split('.', 1)[1]
                name = name.replace(':right', ' R').replace(':left', ' L')
                out.append('<text x="%.2f" y="%.2f" font-family="DejaVu Sans" font-size="%.2f" fill="#222" '
                           'text-anchor="middle">%s</text>' % (c.x * W, c.y * H + fs * 0.35, fs, name))
    out.append('</svg>')
    return '\n'.join(out)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--ids', action='store_true', help='print region ids')
    ap.add_argument('--flat', action='store_true', help='one skin colour for all regions')
    ap.add_argument('--height', type=int, default=600)
    ap.add_argument('--out', default=HERE)
    ap.add_argument('--crop', action='append', default=[], help='VIEW:x0,y0,x1,y1 in canvas units')
    ap.add_argument('--keep-svg', action='store_true')
    ap.add_argument('--views', default='front,back,side,soles')
    ap.add_argument('--json', default=os.path.join(ROOT, 'data', 'body', 'geometry.json'))
    a = ap.parse_args()
    doc = json.load(open(a.json))
    crops = {}
    for c in a.crop:
        v, nums = c.split(':')
        crops[v] = [float(x) for x in nums.split(',')]
    os.makedirs(a.out, exist_ok=True)
    for view in doc['views']:
        if view['id'] not in a.views.split(','):
            continue
        svg = render(view, a.height, a.ids, crops.get(view['id']), a.flat)
        base = os.path.join(a.out, 'preview-%s' % view['id'])
        with open(base + '.svg', 'w') as f:
            f.write(svg)
        if shutil.which('rsvg-convert'):
            subprocess.run(['rsvg-convert', base + '.svg', '-o', base + '.png'], check=True)
            if not a.keep_svg:
                os.remove(base + '.svg')
        print(base + '.png')


if __name__ == '__main__':
    main()
