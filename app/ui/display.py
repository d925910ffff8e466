"""Checking, before Qt starts, that a window can be shown at all.

Without a display Qt aborts the whole process with a message about platform
plugins; a club's laptop deserves one plain sentence instead.
"""

import ctypes.util
import os
import sys


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
    if uses_xcb and ctypes.util.find_library("xcb-cursor") is None:
        return (
            "the system library libxcb-cursor is missing, which Qt needs for windows; "
            "install it with 'sudo apt-get install libxcb-cursor0'"
        )
    return None
