#!/usr/bin/env python3
"""Renders one trigger point's shapes over the body regions to a PNG, for authoring charts.json (plain Python).

    python3 tools/patterns/preview.py temporalis-1 side [x0,y0,x1,y1] [--out F.png] [--grid]

The crop is in normalised view coordinates (default: the point's zones in that view with a margin). The regions the
point's zones name are tinted (main orange, spillover blue), its shapes drawn over them (main solid, spillover
hatched) and the control points of its charts.json pieces marked (main green, spillover black). --grid draws a line
every 0.01 (every 0.05 darker and numbered) to read off control points. The app draws the same data: this is only
a quick look.
"""
import json
import os
import struct
import sys
import zlib

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import gen  # noqa: E402
import raster  # noqa: E402

ROOT = gen.ROOT
# 3x5 digits for the grid's numbers.
DIGITS = {"0": "111101101101111", "1": "010110010010111", "2": "111001111100111", "3": "111001111001111",
          "4": "101101111001001", "5": "111100111001111", "6": "111100111101111", "7": "111001001001001",
          "8": "111101111101111", "9": "111101111001111"}


def png(path, w, h, pixels):
    raw = b"".join(b"\x00" + bytes(pixels[j * w * 3:(j + 1) * w * 3]) for j in range(h))

    def chunk(kind, data):
        c = struct.pack(">I", len(data)) + kind + data
        return c + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    with open(path, "wb") as f:
        f.write(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
                + chunk(b"IDAT", zlib.compress(raw, 6)) + chunk(b"IEND", b""))


def zone_kinds(tp, is_sided):
    """Region instance -> "main" or "spillover" for the right-side point."""
    out = {}
    for z in tp["zones"]:
        for rid in gen.instances(z, is_sided):
            out[rid] = z["kind"]
    return out


def main(argv):
    args = [a for a in argv if not a.startswith("--")]
    tp_id, view_id = args[0], args[1]
    out = argv[argv.index("--out") + 1] if "--out" in argv else "/tmp/pattern-preview.png"
    args = [a for a in args if a != out]
    with open(os.path.join(ROOT, "data", "body", "geometry.json")) as f:
        view = next(v for v in json.load(f)["views"] if v["id"] == view_id)
    muscle = tp_id.rsplit("-", 1)[0]
    with open(os.path.join(ROOT, "data", "catalogue", "muscles", muscle + ".json")) as f:
        tp = next(t for t in json.load(f)["trigger_points"] if t["id"] == tp_id)
    with open(os.path.join(ROOT, "data", "catalogue", "pattern-shapes", muscle + ".json")) as f:
        shapes = json.load(f)["trigger_points"][tp_id]
    with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "charts.json")) as f:
        pieces = [p for p in json.load(f).get(tp_id, {}).get("shapes", []) if p["view"] == view_id]
    kinds = zone_kinds(tp, gen.sided())
    regions = {r["id"]: r["polygons"] for r in view["regions"]}
    if len(args) > 2:
        crop = [float(v) for v in args[2].split(",")]
    else:
        pts = [p for rid in kinds if rid in regions for poly in regions[rid] for p in poly]
        pts += [p for piece in pieces for p in piece.get("stroke", piece.get("blob", []))]
        if not pts:
            sys.exit("%s: no zone of %s in the %s view" % (tp_id, tp_id, view_id))
        crop = [min(p[0] for p in pts) - 0.03, min(p[1] for p in pts) - 0.03,
                max(p[0] for p in pts) + 0.03, max(p[1] for p in pts) + 0.03]
    a = view["aspect"]
    height = 700
    scale = height / (crop[3] - crop[1])
    w = int((crop[2] - crop[0]) * a * scale)
    ox, oy = crop[0] * a * scale, crop[1] * scale
    # Pixel grid in view coordinates scaled to pixels: x * a * scale.
    grid = raster.Grid(ox, oy, crop[2] * a * scale, crop[3] * scale, 1.0)
    grid.nx, grid.ny = w, height

    def polys(p):
        return [[(x * a * scale, y * scale) for x, y in poly] for poly in p]
    pix = [250, 248, 244] * (w * height)

    def paint(mask, rgb, alpha=1.0, pattern=None):
        for k, v in enumerate(mask):
            if v and (pattern is None or pattern(k % w, k // w)):
                for c in range(3):
                    pix[3 * k + c] = int(pix[3 * k + c] * (1 - alpha) + rgb[c] * alpha)

    def dot(i, j, rgb):
        if 0 <= i < w and 0 <= j < height:
            pix[3 * (j * w + i):3 * (j * w + i) + 3] = list(rgb)

    def line(p, q, rgb):
        (ax, ay), (bx, by) = p, q
        n = int(max(abs(bx - ax), abs(by - ay))) + 1
        for k in range(n + 1):
            dot(int(ax + (bx - ax) * k / n), int(ay + (by - ay) * k / n), rgb)

    def number(value, i, j):
        for n, ch in enumerate("%02d" % value):
            for b, bit in enumerate(DIGITS[ch]):
                if bit == "1":
                    for d in range(4):
                        dot(i + n * 8 + (b % 3) * 2 + d % 2, j + (b // 3) * 2 + d // 2, (40, 40, 170))
    for rid, p in regions.items():
        tint = {"main": (250, 205, 160), "spillover": (195, 218, 245)}.get(kinds.get(rid), (236, 224, 210))
        paint(raster.fill(grid, polys(p)), tint)
    for s in shapes:
        if s["view"] != view_id:
            continue
        mask = raster.fill(grid, polys(s["polygons"]))
        if s["kind"] == "main":
            paint(mask, (198, 26, 26), 0.8)
        else:
            paint(mask, (198, 26, 26), 0.25)
            paint(mask, (198, 26, 26), 0.8, lambda i, j: (i + j) % 6 == 0)
    for p in regions.values():
        for poly in polys(p):
            for k in range(len(poly)):
                b = poly[(k + 1) % len(poly)]
                line((poly[k][0] - ox, poly[k][1] - oy), (b[0] - ox, b[1] - oy), (150, 130, 115))
    if "--grid" in argv:
        # A line every 0.01 of the view's width and height; every 0.05 darker and numbered.
        for k in range(int(crop[0] * 100), int(crop[2] * 100) + 1):
            px = (k / 100 - crop[0]) * a * scale
            line((px, 0), (px, height - 1), (60, 60, 200) if k % 5 == 0 else (190, 190, 235))
            if k % 5 == 0:
                number(k, int(px) + 2, 2)
        for k in range(int(crop[1] * 100), int(crop[3] * 100) + 1):
            py = (k / 100 - crop[1]) * scale
            line((0, py), (w - 1, py), (60, 60, 200) if k % 5 == 0 else (190, 190, 235))
            if k % 5 == 0:
                number(k, 2, int(py) + 2)
    for piece in pieces:
        rgb = (0, 120, 0) if piece["kind"] == "main" else (0, 0, 0)
        for x, y in piece.get("stroke", piece.get("blob", [])):
            for d in range(25):
                dot(int(x * a * scale - ox) + d % 5 - 2, int(y * scale - oy) + d // 5 - 2, rgb)
    png(out, w, height, pix)
    print(out)


if __name__ == "__main__":
    main(sys.argv[1:])
