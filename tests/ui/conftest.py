"""GUI tests run in German, the default language of Lotse."""

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from app.ui.launch import prepare_application


@pytest.fixture(autouse=True)
def german(qapp: QApplication) -> Iterator[QApplication]:
    prepare_application(qapp, "de")
    yield qapp
    # Service tests assert English messages, whatever order the tests run in.
    prepare_application(qapp, "en")


@pytest.fixture(autouse=True)
def no_modal_questions(monkeypatch: pytest.MonkeyPatch) -> None:
    """A modal question would block the test run; unless a test answers, discard."""
    monkeypatch.setattr(
        QMessageBox, "question", lambda *_args, **_kwargs: QMessageBox.StandardButton.Discard
    )
