"""Entry point of the frozen build: one script, two executables.

``lotse-gui`` (windowed) starts the desktop application; ``lotse`` (console)
is the command line. PyInstaller builds both from this script, so the bundle
holds one analysis of the code, not two.
"""

import sys
from pathlib import Path


def main() -> int:
    if Path(sys.executable).stem.lower() == "lotse-gui":
        from app.ui.launch import main as gui

        return gui()
    from app.cli import main as cli

    return cli()


if __name__ == "__main__":
    sys.exit(main())
