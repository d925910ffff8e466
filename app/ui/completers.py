"""Completers that find a country or language however it is typed.

"Syria", "Syrien" and "sy" all offer Syrien; "Dari" offers Persisch. With
``multiple`` a field takes several entries separated by ";" and completes the
one being typed.
"""

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCompleter, QLineEdit

from app.domain.catalogues import (
    countries,
    country_search_terms,
    language_search_terms,
    languages,
)
from app.domain.search_text import fold
from app.ui.collation import names_in_reading_order
from app.ui.formatting import interface_language

SEARCH_ROLE = Qt.ItemDataRole.UserRole + 1
SEPARATOR = "; "


class CatalogueCompleter(QCompleter):
    def __init__(
        self,
        names: dict[str, str],
        search_terms: Callable[[str], str],
        field: QLineEdit,
        multiple: bool = False,
    ) -> None:
        super().__init__(field)
        self.field = field
        self.multiple = multiple
        model = QStandardItemModel(self)
        for code, name in names.items():
            item = QStandardItem(name)
            item.setData(f"{fold(name)} {search_terms(code)}", SEARCH_ROLE)
            item.setData(code, Qt.ItemDataRole.UserRole)
            item.setEditable(False)
            model.appendRow(item)
        self.setModel(model)
        self.setCompletionRole(SEARCH_ROLE)
        self.setFilterMode(Qt.MatchFlag.MatchContains)
        self.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setMaxVisibleItems(12)
        field.setCompleter(self)

    def splitPath(self, path: str) -> list[str]:  # noqa: N802 (Qt name)
        current = path.split(";")[-1] if self.multiple else path
        return [fold(current.strip())]

    def pathFromIndex(self, index: QModelIndex | QPersistentModelIndex) -> str:  # noqa: N802
        name = str(index.data(Qt.ItemDataRole.DisplayRole))
        if not self.multiple:
            return name
        before = [part.strip() for part in self.field.text().split(";")[:-1] if part.strip()]
        return SEPARATOR.join([*before, name])


def country_completer(field: QLineEdit, multiple: bool = False) -> CatalogueCompleter:
    names = names_in_reading_order(countries(interface_language()))
    return CatalogueCompleter(names, country_search_terms, field, multiple)


def language_completer(field: QLineEdit, multiple: bool = False) -> CatalogueCompleter:
    names = names_in_reading_order(languages(interface_language()))
    return CatalogueCompleter(names, language_search_terms, field, multiple)
