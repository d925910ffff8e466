"""Render the application icon (app/resources/icons/lotse.svg) for the platforms.

``lotse.png`` (256 px, Linux desktop entry), ``lotse.ico`` (Windows, 16–256
px) and ``lotse.icns`` (macOS). Drawn by Qt's SVG renderer, packed by Pillow.

    python installer/icons.py OUTPUT_DIR
"""

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SVG = ROOT / "app" / "resources" / "icons" / "lotse.svg"
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def render(output: Path) -> list[Path]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PIL import Image
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _application = QGuiApplication.instance() or QGuiApplication([])
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        raise RuntimeError(f"cannot read {SVG}")

    def image(size: int) -> Image.Image:
        canvas = QImage(size, size, QImage.Format.Format_ARGB32)
        canvas.fill(Qt.GlobalColor.transparent)
        painter = QPainter(canvas)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        with tempfile.TemporaryDirectory() as scratch:
            png = str(Path(scratch) / "icon.png")
            if not canvas.save(png):
                raise RuntimeError(f"cannot render {SVG} at {size} px")
            with Image.open(png) as rendered:
                return rendered.convert("RGBA")

    output.mkdir(parents=True, exist_ok=True)
    largest = image(1024)
    png = output / "lotse.png"
    image(256).save(png)
    ico = output / "lotse.ico"
    image(256).save(ico, sizes=[(size, size) for size in ICO_SIZES])
    icns = output / "lotse.icns"
    largest.save(icns)
    return [png, ico, icns]


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    for path in render(Path(args[0])):
        print(f"rendered {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
