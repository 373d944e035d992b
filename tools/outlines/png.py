"""A tiny PNG canvas in plain Python (no PIL on the build machine): filled polygons, lines, crosses."""
import struct
import zlib


class Canvas:
    def __init__(self, w, h, bg=(255, 255, 255)):
        self.w, self.h = w, h
        self.px = bytearray(bytes(bg) * (w * h))

    def set(self, x, y, c, a=1.0):
        if 0 <= x < self.w and 0 <= y < self.h:
            i = (y * self.w + x) * 3
            if a >= 1:
                self.px[i:i + 3] = bytes(c)
            else:
                for k in range(3):
                    self.px[i + k] = int(self.px[i + k] * (1 - a) + c[k] * a)

    def fill(self, rings, c, a=1.0):
        """Even-odd fill of rings given in pixel coordinates."""
        edges = []
        for r in rings:
            n = len(r)
            for i in range(n):
                (x1, y1), (x2, y2) = r[i], r[(i + 1) % n]
                if y1 != y2:
                    edges.append((x1, y1, x2, y2))
        if not edges:
            return
        y0 = max(0, int(min(min(e[1], e[3]) for e in edges)))
        y1 = min(self.h - 1, int(max(max(e[1], e[3]) for e in edges)) + 1)
        for y in range(y0, y1 + 1):
            yc = y + 0.5
            xs = sorted(x1 + (yc - ya) * (x2 - x1) / (yb - ya) for x1, ya, x2, yb in
                        ((e[0], e[1], e[2], e[3]) for e in edges) if (ya <= yc) != (yb <= yc))
            for k in range(0, len(xs) - 1, 2):
                for x in range(max(0, int(xs[k] + 0.5)), min(self.w, int(xs[k + 1] + 0.5))):
                    self.set(x, y, c, a)

    def line(self, p, q, c, a=1.0, width=1):
        (x1, y1), (x2, y2) = p, q
        n = int(max(abs(x2 - x1), abs(y2 - y1))) + 1
        for i in range(n + 1):
            t = i / n
            x, y = x1 + (x2 - x1) * t, y1 + (y2 - y1) * t
            for dx in range(width):
                for dy in range(width):
                    self.set(int(x) + dx - width // 2, int(y) + dy - width // 2, c, a)

    def ring(self, r, c, a=1.0, width=1, dashed=False):
        n = len(r)
        for i in range(n):
            if dashed and (i // 3) % 2:
                continue
            self.line(r[i], r[(i + 1) % n], c, a, width)

    def cross(self, x, y, s, c):
        self.line((x - s, y - s), (x + s, y + s), c, 1, 2)
        self.line((x - s, y + s), (x + s, y - s), c, 1, 2)

    def save(self, path):
        raw = b''.join(b'\x00' + bytes(self.px[y * self.w * 3:(y + 1) * self.w * 3]) for y in range(self.h))

        def chunk(tag, data):
            return struct.pack('>I', len(data)) + tag + data + struct.pack('>I', zlib.crc32(tag + data) & 0xffffffff)
        with open(path, 'wb') as f:
            f.write(b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', self.w, self.h, 8, 2, 0, 0, 0))
                    + chunk(b'IDAT', zlib.compress(raw, 6)) + chunk(b'IEND', b''))
