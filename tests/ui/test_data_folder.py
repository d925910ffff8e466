"""First start on a new laptop: where the data lives, the language, a missing USB stick."""

from pathlib import Path

import platformdirs
import pytest
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMessageBox, QWizard
from pytestqt.qtbot import QtBot

from app.services.database import is_initialised
from app.services.setup import SetupInput, initialise
from app.storage import user_config
from app.storage.location import DATA_DIR_ENV, Source, chosen, remember, resolve
from app.ui import launch
from app.ui.first_run import FirstRunWizard


@pytest.fixture
def default_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The platform's data and log folders inside the test's folder; German whatever the system."""
    folder = tmp_path / "user-data" / "Lotse"
    monkeypatch.setattr(platformdirs, "user_data_path", lambda *_args, **_kwargs: folder)
    logs = tmp_path / "user-logs"
    monkeypatch.setattr(platformdirs, "user_log_path", lambda *_args, **_kwargs: logs)
    monkeypatch.delenv(DATA_DIR_ENV, raising=False)
    monkeypatch.setenv("LOTSE_LANG", "de")
    return folder


def fill_and_finish(qtbot: QtBot, wizard: FirstRunWizard) -> None:
    wizard.organisation_page.name.insert("Brückenschlag e.V.")
    wizard.next()
    admin = wizard.admin_page
    qtbot.keyClicks(admin.username, "amira")
    qtbot.keyClicks(admin.password, "sicheres-passwort")
    qtbot.keyClicks(admin.repeat, "sicheres-passwort")
    wizard.next()
    qtbot.keyClicks(wizard.project_page.code, "WIR-2026")
    wizard.project_page.name.insert("Brücken in Arbeit")
    wizard.button(QWizard.WizardButton.CommitButton).click()
    assert wizard.currentPage() is wizard.recovery_page
    wizard.recovery_page.panel.confirmed.setChecked(True)
    wizard.button(QWizard.WizardButton.FinishButton).click()


def test_a_usb_stick_chosen_in_the_assistant_holds_the_database_and_is_remembered(
    qtbot: QtBot, default_folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    stick = tmp_path / "media" / "USB-STICK" / "Lotse"
    stick.mkdir(parents=True)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *_args, **_kwargs: str(stick))
    wizard = FirstRunWizard(resolve())
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    page = wizard.folder_page
    assert page.use_default.isChecked()
    assert str(default_folder / "lotse.sqlite3") in page.where.text()
    assert not page.folder.isEnabled()

    page.use_other.setChecked(True)
    wizard.next()  # no folder given yet: stays and says so
    assert wizard.currentPage() is page
    assert "Wählen Sie den Ordner" in page.error_label.text()
    page.choose_button.click()
    assert page.folder.text() == str(stick)
    assert str(stick / "lotse.sqlite3") in page.where.text()
    wizard.next()
    assert wizard.currentPage() is wizard.organisation_page
    fill_and_finish(qtbot, wizard)

    assert wizard.result() == QDialog.DialogCode.Accepted
    assert wizard.database is not None
    wizard.database.close()
    assert (stick / "lotse.sqlite3").is_file()
    assert not default_folder.exists()
    assert user_config.read().data_dir == stick
    again = resolve()
    assert again.source is Source.REMEMBERED and again.data_dir == stick
    assert is_initialised(again)


def test_the_default_folder_is_not_written_down(qtbot: QtBot, default_folder: Path) -> None:
    wizard = FirstRunWizard(resolve())
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    wizard.next()
    fill_and_finish(qtbot, wizard)
    assert wizard.database is not None
    wizard.database.close()
    assert (default_folder / "lotse.sqlite3").is_file()
    assert user_config.read().data_dir is None


def test_a_folder_with_a_database_from_the_old_laptop_is_opened_not_overwritten(
    qtbot: QtBot, default_folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    copied = tmp_path / "copied-from-old-laptop"
    database, _, _ = initialise(
        resolve(copied), SetupInput("Alter Verein e.V.", "admin", "Alter-Verein-pw-12345")
    )
    database.close()
    before = (copied / "lotse.sqlite3").read_bytes()
    asked: list[str] = []

    def answer_yes(_parent: object, _title: str, text: str, *_args: object) -> object:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer_yes)
    wizard = FirstRunWizard(resolve())
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    wizard.folder_page.use_other.setChecked(True)
    wizard.folder_page.folder.setText(str(copied))
    wizard.next()
    assert "bereits eine Lotse-Datenbank" in asked[0]
    assert wizard.result() == QDialog.DialogCode.Accepted
    assert wizard.database is None
    assert wizard.location.data_dir == copied
    assert (copied / "lotse.sqlite3").read_bytes() == before
    assert user_config.read().data_dir == copied


def test_declining_the_existing_database_keeps_the_assistant_on_the_folder_page(
    qtbot: QtBot, default_folder: Path, tmp_path: Path
) -> None:
    copied = tmp_path / "copied"
    database, _, _ = initialise(
        resolve(copied), SetupInput("Alter Verein e.V.", "admin", "Alter-Verein-pw-12345")
    )
    database.close()
    wizard = FirstRunWizard(resolve())  # the test conftest answers questions with "Discard"
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    wizard.folder_page.use_other.setChecked(True)
    wizard.folder_page.folder.setText(str(copied))
    wizard.next()
    assert wizard.currentPage() is wizard.folder_page
    assert "leeren Ordner" in wizard.folder_page.error_label.text()


def test_a_folder_given_with_data_dir_cannot_be_changed_in_the_assistant(
    qtbot: QtBot, tmp_path: Path
) -> None:
    wizard = FirstRunWizard(resolve(tmp_path / "given"))
    qtbot.addWidget(wizard)
    page = wizard.folder_page
    assert not page.use_default.isEnabled() and not page.choose_button.isEnabled()
    assert page.subTitle() == "Der Ordner ist mit --data-dir festgelegt."
    assert str(tmp_path / "given" / "lotse.sqlite3") in page.where.text()


def test_changing_the_language_shows_the_assistant_again_in_english(
    qtbot: QtBot, default_folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[tuple[str, str]] = []

    def fake_exec(wizard: FirstRunWizard) -> int:
        qtbot.addWidget(wizard)
        seen.append((wizard.language, wizard.windowTitle()))
        if len(seen) == 1:
            combo = wizard.welcome_page.language
            combo.setCurrentIndex(combo.findData("en"))
            return wizard.result()
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(FirstRunWizard, "exec", fake_exec)
    try:
        assert launch.first_run(resolve()) is None
        assert seen == [("de", "Lotse – Ersteinrichtung"), ("en", "Lotse – first start")]
        assert user_config.read().language == "en"
        assert QApplication.translate("Launch", "Choose another folder") == "Choose another folder"
    finally:
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        launch.prepare_application(app, "de")


def test_a_missing_usb_stick_is_asked_for_before_anything_is_created(
    default_folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    stick = tmp_path / "unplugged" / "Lotse"
    remember(chosen(stick))
    clicks: list[str] = []

    def fake_exec(box: QMessageBox) -> int:
        clicks.append(box.text())
        wanted = QMessageBox.StandardButton.Retry if len(clicks) == 1 else None
        if wanted is None:
            box.button(QMessageBox.StandardButton.Cancel).click()
        else:
            box.button(wanted).click()
        return 0

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    monkeypatch.setattr(
        FirstRunWizard, "exec", lambda wizard: shown.append("wizard") or QDialog.DialogCode.Rejected
    )
    assert launch.run_gui(resolve()) == 0
    assert len(clicks) == 2  # Retry, then Cancel
    assert str(stick) in clicks[0] and "USB-Stick" in clicks[0]
    assert shown == []
    assert not stick.exists() and not default_folder.exists()  # not even a log folder


def test_choosing_another_folder_for_a_missing_stick_opens_the_assistant(
    default_folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    remember(chosen(tmp_path / "unplugged"))

    def choose_other(box: QMessageBox) -> int:
        for button in box.buttons():
            if button.text() == "Anderen Ordner wählen":
                button.click()
        return 0

    shown: list[bool] = []
    monkeypatch.setattr(QMessageBox, "exec", choose_other)
    monkeypatch.setattr(
        FirstRunWizard,
        "exec",
        lambda wizard: (
            shown.append(wizard.folder_page.use_other.isChecked()) or QDialog.DialogCode.Rejected
        ),
    )
    assert launch.start_session(resolve()) is None
    assert shown == [True]
