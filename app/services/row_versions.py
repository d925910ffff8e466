"""Optimistic concurrency: a save over a record changed since its form was opened.

Case files, consultations and volunteers carry ``row_version`` (SQLAlchemy's version
column: every ORM update adds one). A form keeps the version it showed and passes it
as ``expected_version``; when the stored row has moved on, nothing is written and
``EditConflict`` lists each field where the stored record and the form differ, so the
user sees what the other person changed and chooses: save the form anyway (again with
the new ``current_version``) or keep the stored record. Imports and other paths that
do not edit a form pass None and are not checked (they change whole rows on purpose,
and still bump the version so open forms notice them).
"""

from collections.abc import Mapping
from dataclasses import dataclass

from app.services.errors import ServiceError
from app.services.i18n import translate


@dataclass(frozen=True)
class Difference:
    field: str
    label: str
    saved: object  # what is stored now
    yours: object  # what the form would save


class EditConflict(ServiceError):
    """The record changed since the form was opened; nothing was saved."""

    def __init__(self, message: str, differences: list[Difference], current_version: int) -> None:
        super().__init__(message)
        self.differences = differences
        self.current_version = current_version


def require_unchanged(
    what: str,
    current_version: int,
    expected_version: int | None,
    saved: Mapping[str, object],
    yours: Mapping[str, object],
    labels: Mapping[str, str],
) -> None:
    """Raise ``EditConflict`` when the row moved past ``expected_version``.

    ``what`` names the record for the user ("the case file 2026-0042"); ``labels`` gives
    the translated label of each field (else its name is shown)."""
    if expected_version is None or expected_version == current_version:
        return
    differences = [
        Difference(name, labels.get(name, name), saved.get(name), value)
        for name, value in yours.items()
        if _normal(saved.get(name)) != _normal(value)
    ]
    if differences:
        fields = ", ".join(difference.label for difference in differences)
        message = translate(
            "Errors",
            "{what} was changed by someone else since you opened it, and nothing was saved. "
            "These fields differ between the saved version and yours: {fields}.",
        ).format(what=what, fields=fields)
    else:
        message = translate(
            "Errors",
            "{what} was changed by someone else since you opened it, and nothing was saved. "
            "The fields of this form are the same in both versions.",
        ).format(what=what)
    raise EditConflict(message, differences, current_version)


def _normal(value: object) -> object:
    # An empty text and no value are the same in a form.
    if value == "":
        return None
    if isinstance(value, list | tuple):
        return tuple(value)
    return value
