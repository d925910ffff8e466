"""Where the interface keeps what it remembers per computer (window sizes and places).

Beside ``lotse.ini`` (the data folder and language), in a file of its own that
the interface owns: a portable Lotse keeps it with its data, and tests keep it
in their temporary folder.
"""

from pathlib import Path

from app.storage.location import Location

WINDOW_STATE_FILE = "windows.ini"


def window_state_file(location: Location) -> Path:
    return location.config_file.with_name(WINDOW_STATE_FILE)
