"""The few choices Lotse remembers on a computer before anyone logs in.

A small INI file, ``lotse.ini``: the data folder chosen in the first-run
assistant (when it is not the default), the language of the interface, and in
team mode the server's address (a URL without password, ``server.py``).
It lives in the platform's user config folder (``~/.config/Lotse``,
``%LOCALAPPDATA%\\Lotse``); a portable Lotse keeps it in its data folder, so
nothing is written to the host computer.
"""

import configparser
import os
from dataclasses import dataclass, replace
from pathlib import Path

import platformdirs

CONFIG_FILE = "lotse.ini"
SECTION = "lotse"


@dataclass(frozen=True)
class UserConfig:
    data_dir: Path | None = None
    language: str | None = None
    server: str | None = None  # the server's address as written by ServerAddress.display()


def default_config_file() -> Path:
    return platformdirs.user_config_path("Lotse", appauthor=False) / CONFIG_FILE


def read(path: Path | None = None) -> UserConfig:
    """The remembered choices; an unreadable or missing file remembers nothing."""
    parser = configparser.ConfigParser(interpolation=None)
    try:
        parser.read(path or default_config_file(), encoding="utf-8")
    except (OSError, configparser.Error, UnicodeDecodeError):
        return UserConfig()
    data_dir = parser.get(SECTION, "data_dir", fallback="").strip()
    language = parser.get(SECTION, "language", fallback="").strip()
    server = parser.get(SECTION, "server", fallback="").strip()
    return UserConfig(Path(data_dir) if data_dir else None, language or None, server or None)


def write(config: UserConfig, path: Path | None = None) -> None:
    """Save ``config`` atomically (a half-written file would forget the data folder)."""
    target = path or default_config_file()
    parser = configparser.ConfigParser(interpolation=None)
    parser[SECTION] = {}
    if config.data_dir is not None:
        parser[SECTION]["data_dir"] = str(config.data_dir)
    if config.language:
        parser[SECTION]["language"] = config.language
    if config.server:
        parser[SECTION]["server"] = config.server
    target.parent.mkdir(parents=True, exist_ok=True)
    scratch = target.with_name(f".{target.name}.tmp")
    with scratch.open("w", encoding="utf-8") as stream:
        stream.write("# Lotse: the data folder and language chosen on this computer\n")
        parser.write(stream)
    os.replace(scratch, target)


def remember_data_dir(folder: Path | None, path: Path | None = None) -> None:
    """Remember the chosen data folder; None goes back to the default folder."""
    write(replace(read(path), data_dir=folder), path)


def remember_language(language: str | None, path: Path | None = None) -> None:
    """Remember the interface language; None follows the system again."""
    write(replace(read(path), language=language), path)


def remember_server(address: str | None, path: Path | None = None) -> None:
    """Remember the server of team mode; None goes back to the database in the data folder."""
    write(replace(read(path), server=address), path)
