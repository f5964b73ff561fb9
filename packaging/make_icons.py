"""Draw the app icon at every size the frozen app and its installers use.

Run from the repository root whenever an icon drawing changes::

    python packaging/make_icons.py

It writes into ``resources/icons/``:

- ``app-16.png`` … ``app-512.png``: the icon at 16, 24, 32, 48, 64, 128, 256 and 512 pixels;
- ``app.ico`` for Windows, with 16, 24, 32, 48, 64, 128 and 256 pixels;
- ``app.icns`` for macOS, with 16, 32, 128, 256 and 512 points, each also at @2x
  (the set macOS's own ``iconutil`` makes from an ``.iconset``).

Every size is drawn from ``app.svg``, whose edges lie on a 4-unit grid and so on whole pixels
at 16, 32, 48 pixels and up — except 24 pixels, where that grid falls on half pixels and the
outline blurs: the 24-pixel icon is drawn from ``app-small.svg``, the same picture redrawn on
a 24-pixel grid. Change both drawings together.

Qt (PySide6) draws the SVG files; Pillow packs ``.ico`` and ``.icns`` (``pip install -e
".[build]"``). The outputs are committed, so building the app needs neither this script nor
Pillow. A file whose content would not change is left alone, so a second run writes nothing.
After writing, the script opens ``app.ico`` and ``app.icns`` again and checks that every size
is there and is exactly the drawing it rendered; it exits with 1 otherwise.
"""

from __future__ import annotations

import io
import os
import struct
import sys
from collections.abc import Callable
from pathlib import Path

from PIL import IcnsImagePlugin, IcoImagePlugin, Image
from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QGuiApplication, QImage, QImageReader, QPainter

try:  # QtSvg ships in PySide6-Essentials; Qt's SVG image plugin is the fallback.
    from PySide6.QtSvg import QSvgRenderer
except ImportError:  # pragma: no cover - depends on the Qt build
    QSvgRenderer = None

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "resources" / "icons"

PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# Sizes drawn from a variant made for them instead of app.svg (see the docstring).
VARIANTS = {24: "app-small.svg"}

# The icns entries macOS's iconutil writes: type code -> (points, scale).
ICNS_ENTRIES = {
    b"icp4": (16, 1),
    b"ic11": (16, 2),
    b"icp5": (32, 1),
    b"ic12": (32, 2),
    b"ic07": (128, 1),
    b"ic13": (128, 2),
    b"ic08": (256, 1),
    b"ic14": (256, 2),
    b"ic09": (512, 1),
    b"ic10": (512, 2),
}
# Pillow's icns writer stores every entry above but the two small 1x ones; they are added
# after it (see _add_icns_entries), so small Finder views get the drawing made for them.
ICNS_ADDED = (b"icp4", b"icp5")


def render(size: int) -> Image.Image:
    """The icon, ``size`` pixels square,, as an RGBA Pillow image."""
    svg = ICONS / VARIANTS.get(size, "app.svg")
    if QSvgRenderer is not None:
        renderer = QSvgRenderer(str(svg))
        if not renderer.isValid():
            sys.exit(f"make_icons: cannot read {svg}")
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        renderer.render(painter, QRectF(0, 0, size, size))
        painter.end()
    else:
        reader = QImageReader(str(svg))
        reader.setScaledSize(QSize(size, size))
        image = reader.read()
        if image.isNull():
            sys.exit(f"make_icons: cannot read {svg}: {reader.errorString()}")
    image = image.convertToFormat(QImage.Format.Format_RGBA8888)
    data = bytes(image.constBits())
    return Image.frombuffer(
        "RGBA", (size, size), data, "raw", "RGBA", image.bytesPerLine(), 1
    ).copy()


def encode(save: Callable[[io.BytesIO], None]) -> bytes:
    buffer = io.BytesIO()
    save(buffer)
    return buffer.getvalue()


def png_bytes(image: Image.Image) -> bytes:
    return encode(lambda out: image.save(out, "PNG", optimize=True))


def ico_bytes(images: dict[int, Image.Image]) -> bytes:
    largest = images[max(ICO_SIZES)]
    others = [images[size] for size in ICO_SIZES if size != max(ICO_SIZES)]
    # Pillow takes each size from the image of exactly that size among the first image and
    # append_images, and would scale the first one down for any size it does not find there.
    return encode(
        lambda out: largest.save(
            out, "ICO", sizes=[(size, size) for size in ICO_SIZES], append_images=others
        )
    )


def icns_bytes(images: dict[int, Image.Image]) -> bytes:
    pixels = sorted({points * scale for points, scale in ICNS_ENTRIES.values()})
    largest = images[max(pixels)]
    # Pillow's writer looks up each pixel size in append_images and resizes the first image
    # for any it does not find: hand it every size, so nothing is resized.
    written = encode(
        lambda out: largest.save(out, "ICNS", append_images=[images[px] for px in pixels])
    )
    added = {}
    for kind in ICNS_ADDED:
        points, scale = ICNS_ENTRIES[kind]
        added[kind] = png_bytes(images[points * scale])
    return _add_icns_entries(written, added)


def _add_icns_entries(icns: bytes, added: dict[bytes, bytes]) -> bytes:
    """``icns`` with the ``added`` entries (type code -> data) put in, in iconutil's order,
    and its table of contents and length written anew."""
    if icns[:4] != b"icns" or struct.unpack(">I", icns[4:8])[0] != len(icns):
        raise ValueError("not an icns file")
    entries: dict[bytes, bytes] = {}
    offset = 8
    while offset < len(icns):
        kind, length = (
            icns[offset : offset + 4],
            struct.unpack(">I", icns[offset + 4 : offset + 8])[0],
        )
        if kind != b"TOC ":
            entries[kind] = icns[offset + 8 : offset + length]
        offset += length
    entries.update(added)
    order = [kind for kind in ICNS_ENTRIES if kind in entries]
    order += [kind for kind in entries if kind not in ICNS_ENTRIES]
    toc = b"".join(kind + struct.pack(">I", 8 + len(entries[kind])) for kind in order)
    body = b"TOC " + struct.pack(">I", 8 + len(toc)) + toc
    body += b"".join(
        kind + struct.pack(">I", 8 + len(entries[kind])) + entries[kind] for kind in order
    )
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def write(path: Path, data: bytes, note: str = "") -> None:
    shown = path.relative_to(ROOT).as_posix()
    if path.exists() and path.read_bytes() == data:
        print(f"unchanged {shown}{note}")
        return
    path.write_bytes(data)
    print(f"wrote     {shown} ({len(data):,} bytes){note}")


def check(images: dict[int, Image.Image]) -> list[str]:
    """What is wrong with the written app.ico and app.icns (nothing when the list is empty).

    Both are read back with Pillow: each must hold every size, and each size must be
    exactly the image rendered for it."""
    problems = []

    with Image.open(ICONS / "app.ico") as ico:
        found = set(ico.info["sizes"])
    wanted = {(size, size) for size in ICO_SIZES}
    if found != wanted:
        problems.append(f"app.ico holds {sorted(found)}, not {sorted(wanted)}")
    with (ICONS / "app.ico").open("rb") as fp:
        ico_file = IcoImagePlugin.IcoFile(fp)
        for width, height in sorted(found & wanted):
            frame = ico_file.getimage((width, height)).convert("RGBA")
            if frame.tobytes() != images[width].tobytes():
                problems.append(f"app.ico: the {width} px image is not the drawing")

    with Image.open(ICONS / "app.icns") as icns:
        found_icns = set(icns.info["sizes"])
    wanted_icns = {(points, points, scale) for points, scale in ICNS_ENTRIES.values()}
    if found_icns != wanted_icns:
        problems.append(f"app.icns holds {sorted(found_icns)}, not {sorted(wanted_icns)}")
    with (ICONS / "app.icns").open("rb") as fp:
        icns_file = IcnsImagePlugin.IcnsFile(fp)
        for points, _, scale in sorted(found_icns & wanted_icns):
            frame = icns_file.getimage((points, points, scale)).convert("RGBA")
            if frame.tobytes() != images[points * scale].tobytes():
                problems.append(f"app.icns: the {points} pt @{scale}x image is not the drawing")
    return problems


def describe_ico() -> str:
    with Image.open(ICONS / "app.ico") as ico:
        return ", ".join(str(w) for w, _ in sorted(ico.info["sizes"]))


def describe_icns() -> str:
    with Image.open(ICONS / "app.icns") as icns:
        sizes = sorted(icns.info["sizes"])
    return ", ".join(f"{p}@{s}x" if s > 1 else str(p) for p, _, s in sizes)


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    # Qt draws only while an application object exists; keep a reference to it until the end.
    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])

    pixels = set(PNG_SIZES) | set(ICO_SIZES)
    pixels |= {points * scale for points, scale in ICNS_ENTRIES.values()}
    images = {size: render(size) for size in sorted(pixels)}

    for size in PNG_SIZES:
        source = VARIANTS.get(size, "app.svg")
        write(ICONS / f"app-{size}.png", png_bytes(images[size]), f" from {source}")
    write(ICONS / "app.ico", ico_bytes(images))
    write(ICONS / "app.icns", icns_bytes(images))

    problems = check(images)
    if problems:
        for problem in problems:
            print(f"make_icons: {problem}", file=sys.stderr)
        return 1
    print(f"checked   app.ico sizes: {describe_ico()}")
    print(f"checked   app.icns sizes: {describe_icns()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
