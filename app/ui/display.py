"""Checking, before Qt starts, that a window can be shown at all.

Without a display, or without the X11 libraries Qt's xcb plugin loads, Qt
aborts the whole process with a message about platform plugins; a club's
laptop deserves one plain sentence naming what to install instead.
"""

import ctypes.util
import os
import sys

# Libraries the xcb platform plugin of Qt 6 loads that minimal systems lack,
# with the Debian/Ubuntu package providing each.
XCB_LIBRARIES = (
    ("xcb-cursor", "libxcb-cursor0"),
    ("xcb-icccm", "libxcb-icccm4"),
    ("xcb-keysyms", "libxcb-keysyms1"),
    ("xcb-image", "libxcb-image0"),
    ("xcb-render-util", "libxcb-render-util0"),
    ("xcb-shape", "libxcb-shape0"),
    ("xkbcommon-x11", "libxkbcommon-x11-0"),
)


def missing_xcb_packages() -> list[str]:
    return [package for library, package in XCB_LIBRARIES if not ctypes.util.find_library(library)]


def display_problem() -> str | None:
    """A sentence explaining why no window can open here, or None when it can."""
    if not sys.platform.startswith("linux"):
        return None
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    if platform and not platform.startswith(("xcb", "wayland")):
        return None  # offscreen, vnc, … chosen on purpose
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        return (
            "no graphical display found (DISPLAY is not set); start Lotse in a desktop "
            "session, or use a command such as 'lotse check' (see 'lotse --help')"
        )
    uses_xcb = platform.startswith("xcb") or not os.environ.get("WAYLAND_DISPLAY")
    if uses_xcb and (missing := missing_xcb_packages()):
        return (
            "system libraries Qt needs for windows are missing; install them with "
            f"'sudo apt-get install {' '.join(missing)}'"
        )
    return None
