"""Lists held in memory read in the interface language's alphabet (QCollator)."""

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from app.ui.collation import reading_order
from app.ui.completers import country_completer
from app.ui.launch import prepare_application


@pytest.fixture
def language(qapp: QApplication) -> Iterator[None]:
    yield
    prepare_application(qapp, "de")


@pytest.mark.parametrize(
    ("code", "names", "expected"),
    [
        (
            "tr",
            ["Zeynep", "Çelik", "Demir", "Cem", "Ölmez"],
            ["Cem", "Çelik", "Demir", "Ölmez", "Zeynep"],
        ),
        ("fa", ["تهرانی", "پاکزاد", "بهرامی"], ["بهرامی", "پاکزاد", "تهرانی"]),
        ("uk", ["Жук", "Євтух", "Дмитренко"], ["Дмитренко", "Євтух", "Жук"]),
        ("de", ["Zander", "Özdemir", "Ober", "Abel"], ["Abel", "Ober", "Özdemir", "Zander"]),
    ],
)
def test_names_sort_in_the_interface_languages_alphabet(
    qapp: QApplication, language: None, code: str, names: list[str], expected: list[str]
) -> None:
    prepare_application(qapp, code)
    assert reading_order(names, str) == expected


def test_the_country_list_reads_in_farsi_order(
    qapp: QApplication, qtbot: QtBot, language: None
) -> None:
    prepare_application(qapp, "fa")
    field = QLineEdit()
    qtbot.addWidget(field)
    model = country_completer(field).model()
    shown = [model.index(row, 0).data() for row in range(model.rowCount())]
    # Code point order would put پاکستان (پ U+067E) after every name with ت, ع, ل …
    assert shown.index("پاکستان") < shown.index("ترکیه") < shown.index("لبنان")
