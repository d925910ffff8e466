"""Where the data lives: --data-dir, LOTSE_DATA_DIR, portable marker, remembered folder, default."""

import sys
from pathlib import Path

import platformdirs
import pytest

from app.storage import location as location_module
from app.storage import user_config
from app.storage.location import (
    DATA_DIR_ENV,
    PORTABLE_MARKER,
    Source,
    chosen,
    default_location,
    remember,
    resolve,
)
from app.ui.i18n import chosen_language, system_language


@pytest.fixture
def default_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The platform's user data folder, in the test's own folder; no LOTSE_DATA_DIR."""
    folder = tmp_path / "user-data" / "Lotse"
    monkeypatch.setattr(platformdirs, "user_data_path", lambda *_args, **_kwargs: folder)
    monkeypatch.delenv(DATA_DIR_ENV, raising=False)
    return folder


@pytest.fixture
def frozen_program(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Pretend to run as the frozen lotse-gui of an unpacked portable zip."""
    program = tmp_path / "Lotse"
    program.mkdir()
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(program / "lotse-gui.exe"))
    return program


def test_the_default_is_the_user_data_folder_with_logs_kept_apart(default_folder: Path) -> None:
    found = resolve()
    assert found.source is Source.DEFAULT
    assert found.data_dir == default_folder
    assert not found.portable
    assert found.log_dir != default_folder / "logs"


def test_a_folder_chosen_once_is_found_again(default_folder: Path, tmp_path: Path) -> None:
    stick = tmp_path / "stick" / "Lotse"
    remember(chosen(stick))
    found = resolve()
    assert found.source is Source.REMEMBERED
    assert found.data_dir == stick
    assert found.log_dir == stick / "logs"  # nothing of a USB stick's data left on the host
    assert user_config.read().data_dir == stick


def test_choosing_the_default_folder_again_forgets_the_other_one(
    default_folder: Path, tmp_path: Path
) -> None:
    remember(chosen(tmp_path / "elsewhere"))
    assert chosen(default_folder).source is Source.DEFAULT
    remember(chosen(default_folder))
    assert user_config.read().data_dir is None
    assert resolve().source is Source.DEFAULT


def test_data_dir_argument_and_environment_win_over_the_remembered_folder(
    default_folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    remember(chosen(tmp_path / "remembered"))
    monkeypatch.setenv(DATA_DIR_ENV, str(tmp_path / "from-env"))
    assert resolve().data_dir == tmp_path / "from-env"
    assert resolve().source is Source.ENVIRONMENT
    assert resolve(tmp_path / "argument").data_dir == tmp_path / "argument"
    assert resolve(tmp_path / "argument").source is Source.ARGUMENT
    assert not resolve(tmp_path / "argument").can_choose


def test_a_portable_marker_beside_the_program_keeps_data_and_settings_beside_it(
    default_folder: Path, frozen_program: Path, tmp_path: Path
) -> None:
    remember(chosen(tmp_path / "remembered"))
    assert resolve().source is Source.REMEMBERED
    (frozen_program / PORTABLE_MARKER).write_text("")
    found = resolve()
    assert found.source is Source.PORTABLE
    assert found.data_dir == frozen_program / "data"
    assert found.log_dir == frozen_program / "data" / "logs"
    assert found.config_file == frozen_program / "data" / user_config.CONFIG_FILE
    assert not found.can_choose


def test_the_environment_wins_over_portable_mode(
    default_folder: Path, frozen_program: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (frozen_program / PORTABLE_MARKER).write_text("")
    monkeypatch.setenv(DATA_DIR_ENV, str(tmp_path / "from-env"))
    assert resolve().source is Source.ENVIRONMENT


def test_a_marker_beside_a_python_interpreter_means_nothing(
    default_folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "executable", str(tmp_path / "python"))
    (tmp_path / PORTABLE_MARKER).write_text("")
    assert location_module.program_dir() is None
    assert resolve().source is Source.DEFAULT


def test_an_unreadable_config_file_remembers_nothing(
    default_folder: Path, isolated_user_config: Path
) -> None:
    isolated_user_config.parent.mkdir(parents=True)
    isolated_user_config.write_bytes(b"\xff\xfe not an ini file [[[")
    assert user_config.read() == user_config.UserConfig()
    assert resolve() == default_location()


def test_the_config_file_keeps_both_choices_and_windows_paths(isolated_user_config: Path) -> None:
    user_config.remember_data_dir(Path("E:\\Lotse 100%"))
    user_config.remember_language("en")
    assert user_config.read() == user_config.UserConfig(Path("E:\\Lotse 100%"), "en")
    assert "# Lotse" in isolated_user_config.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("ui_languages", "expected"),
    [
        (["de-AT", "en-US"], "de"),
        (["en-GB"], "en"),
        (["en_US"], "en"),
        (["pl-PL", "en-US"], "de"),  # not supported: German, not the second choice
        (["tr-TR", "en-US"], "tr"),
        (["uk_UA"], "uk"),
        (["C"], "de"),
        ([], "de"),
    ],
)
def test_the_language_follows_the_system_with_german_as_fallback(
    ui_languages: list[str], expected: str
) -> None:
    assert system_language(ui_languages) == expected


def test_lotse_lang_wins_over_a_remembered_language(monkeypatch: pytest.MonkeyPatch) -> None:
    user_config.remember_language("en")
    assert chosen_language() == "en"
    monkeypatch.setenv("LOTSE_LANG", "de")
    assert chosen_language() == "de"
