"""GUI tests run in German, the default language of Lotse."""

import pytest
from PySide6.QtWidgets import QApplication

from app.ui.launch import prepare_application


@pytest.fixture(autouse=True)
def german(qapp: QApplication) -> QApplication:
    prepare_application(qapp, "de")
    return qapp
