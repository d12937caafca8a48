"""The HTML view renders in a real browser: headless Chromium draws the seed
article's page (scripts/screenshot) and the PNG shows the entity colours.

Exit status 77 (ctest: skipped) when chromium is not installed.
"""
import os
import shutil
import struct
import subprocess
import sys
import tempfile
import unittest
import zlib

SRC = os.environ.get("ATTACHE_SOURCE_DIR", os.path.join(os.path.dirname(__file__), "..", ".."))


def decode_png(data):
    """8-bit RGB/RGBA, non-interlaced PNG -> (width, height, rows of pixel tuples)."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    pos, idat, width = 8, b"", None
    while pos < len(data):
        n, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + n]
        pos += 12 + n
        if kind == b"IHDR":
            width, height, depth, color, _, _, interlace = struct.unpack(">IIBBBBB", body)
            assert depth == 8 and color in (2, 6) and interlace == 0, (depth, color, interlace)
            bpp = 3 if color == 2 else 4
        elif kind == b"IDAT":
            idat += body
    raw = zlib.decompress(idat)
    stride = width * bpp
    rows, prev, i = [], bytearray(stride), 0
    for _ in range(height):
        f, line = raw[i], bytearray(raw[i + 1:i + 1 + stride])
        i += 1 + stride
        for x in range(stride):
            a = line[x - bpp] if x >= bpp else 0
            b = prev[x]
            c = prev[x - bpp] if x >= bpp else 0
            if f == 1:
                line[x] = (line[x] + a) & 255
            elif f == 2:
                line[x] = (line[x] + b) & 255
            elif f == 3:
                line[x] = (line[x] + ((a + b) >> 1)) & 255
            elif f == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[x] = (line[x] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        rows.append(line)
        prev = line
    return width, height, bpp, rows


class Browser(unittest.TestCase):
    def test_seed_page_renders(self):
        with tempfile.TemporaryDirectory() as d:
            png = os.path.join(d, "seed.png")
            p = subprocess.run([os.path.join(SRC, "scripts", "screenshot"), png], capture_output=True, timeout=300)
            self.assertEqual(p.returncode, 0, p.stderr.decode(errors="replace"))
            with open(png, "rb") as f:
                width, height, bpp, rows = decode_png(f.read())
        self.assertEqual((width, height), (1200, 1600))
        colours = {}
        for line in rows[::2]:
            for x in range(0, width * bpp, bpp * 2):
                px = tuple(line[x:x + 3])
                colours[px] = colours.get(px, 0) + 1
        def near(rgb, tol=6):
            return sum(n for px, n in colours.items() if all(abs(px[k] - rgb[k]) <= tol for k in range(3)))
        self.assertGreater(near((0xff, 0xe0, 0x8a)), 2000, "country highlight (#ffe08a) not drawn")
        self.assertGreater(near((0xb9, 0xd3, 0xfb)), 200, "person highlight (#b9d3fb) not drawn")
        self.assertGreater(near((0xb3, 0x00, 0x1b), 40), 50, "event trigger colour (#b3001b) not drawn")
        self.assertGreater(len(colours), 50, "the page looks blank")


if __name__ == "__main__":
    if not (os.environ.get("CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser")):
        print("SKIPPED: chromium is not installed (apt-get install chromium); the page was not rendered")
        sys.exit(77)
    unittest.main()
