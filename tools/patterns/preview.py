#!/usr/bin/env python3
"""Renders one trigger point's shapes over the body regions to a PNG, for authoring charts.json (plain Python).

    python3 tools/patterns/preview.py temporalis-1 side [x0,y0,x1,y1] [--out F.png] [--grid]

The crop is in normalised view coordinates; --grid draws a line every 0.01 (every 0.05 darker) to read off
control points. The app draws the same data: this is only a quick look.
"""
import json
import os
import struct
import sys
import zlib

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import raster  # noqa: E402

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))


def png(path, w, h, pixels):
    raw = b"".join(b"\x00" + bytes(pixels[j * w * 3:(j + 1) * w * 3]) for j in range(h))

    def chunk(kind, data):
        c = struct.pack(">I", len(data)) + kind + data
        return c + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    with open(path, "wb") as f:
        f.write(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
                + chunk(b"IDAT", zlib.compress(raw, 6)) + chunk(b"IEND", b""))


def main(argv):
    args = [a for a in argv if not a.startswith("--")]
    tp, view_id = args[0], args[1]
    crop = [float(v) for v in args[2].split(",")] if len(args) > 2 else [0, 0, 1, 1]
    out = argv[argv.index("--out") + 1] if "--out" in argv else "/tmp/pattern-preview.png"
    with open(os.path.join(ROOT, "data", "body", "geometry.json")) as f:
        view = next(v for v in json.load(f)["views"] if v["id"] == view_id)
    muscle = tp.rsplit("-", 1)[0]
    with open(os.path.join(ROOT, "data", "catalogue", "pattern-shapes", muscle + ".json")) as f:
        shapes = json.load(f)["trigger_points"][tp]
    a = view["aspect"]
    height = 700
    scale = height / (crop[3] - crop[1])
    w = int((crop[2] - crop[0]) * a * scale)
    # Pixel grid in view coordinates scaled to pixels: x * a * scale.
    grid = raster.Grid(crop[0] * a * scale, crop[1] * scale, crop[2] * a * scale, crop[3] * scale, 1.0)
    grid.nx, grid.ny = w, height

    def polys(p):
        return [[(x * a * scale, y * scale) for x, y in poly] for poly in p]
    pix = [250, 248, 244] * (w * height)

    def paint(mask, rgb, alpha=1.0, pattern=None):
        for k, v in enumerate(mask):
            if v and (pattern is None or pattern(k % w, k // w)):
                for c in range(3):
                    pix[3 * k + c] = int(pix[3 * k + c] * (1 - alpha) + rgb[c] * alpha)
    def line(a, b, rgb):
        (ax, ay), (bx, by) = a, b
        n = int(max(abs(bx - ax), abs(by - ay))) + 1
        for k in range(n + 1):
            i = int(ax + (bx - ax) * k / n)
            j = int(ay + (by - ay) * k / n)
            if 0 <= i < w and 0 <= j < height:
                pix[3 * (j * w + i):3 * (j * w + i) + 3] = list(rgb)
    for r in view["regions"]:
        paint(raster.fill(grid, polys(r["polygons"])), (236, 224, 210))
    edges = []
    for r in view["regions"]:
        for poly in polys(r["polygons"]):
            for k in range(len(poly)):
                edges.append((poly[k], poly[(k + 1) % len(poly)]))
    for s in shapes:
        if s["view"] != view_id:
            continue
        mask = raster.fill(grid, polys(s["polygons"]))
        if s["kind"] == "main":
            paint(mask, (198, 26, 26), 0.8)
        else:
            paint(mask, (198, 26, 26), 0.25)
            paint(mask, (198, 26, 26), 0.8, lambda i, j: (i + j) % 6 == 0)
    ox, oy = crop[0] * a * scale, crop[1] * scale
    for a0, b0 in edges:
        line((a0[0] - ox, a0[1] - oy), (b0[0] - ox, b0[1] - oy), (150, 130, 115))
    if "--grid" in argv:
        # A line every 0.01 of the view's width and height; every 0.05 darker.
        for k in range(int(crop[0] * 100), int(crop[2] * 100) + 1):
            px = (k / 100 - crop[0]) * a * scale
            line((px, 0), (px, height - 1), (60, 60, 200) if k % 5 == 0 else (190, 190, 235))
        for k in range(int(crop[1] * 100), int(crop[3] * 100) + 1):
            py = (k / 100 - crop[1]) * scale
            line((0, py), (w - 1, py), (60, 60, 200) if k % 5 == 0 else (190, 190, 235))
    png(out, w, height, pix)
    print(out)


if __name__ == "__main__":
    main(sys.argv[1:])
