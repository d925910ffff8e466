"""The case file's own columns of Teilnehmende and "Fälle ohne Projekt".

Street, phone, residence status, advisor, status and the rest of the case form
are optional columns: a club's own sheet works without them, the full export
writes them so that a case comes back whole. The rules are the form's
(``services/cases.check_case``) and the case list's (who may be named advisor).
"""

from collections.abc import Callable
from datetime import date
from typing import Any

from sqlmodel import Session, select

from app.domain.enums import CaseStatus, Role, has_qualification
from app.domain.models import User
from app.domain.permissions import Permission
from app.services.actor import Actor
from app.services.cases import GERMANY, SENSITIVE_FIELDS
from app.services.i18n import translate
from app.services.spreadsheets.columns import CASE_COLUMNS, PARTICIPANTS
from app.services.spreadsheets.importer import ImportResult, ParsedRow, RowError

# Stored as they are read; "advisor" is stored as the user's id (``advisor_id``).
CASE_FIELDS = (
    *(column.key for column in CASE_COLUMNS if column.key != "advisor"),
    "advisor_id",
)
_QUALIFICATIONS = (
    ("school_qualification", "school_qualification_country"),
    ("vocational_qualification", "vocational_qualification_country"),
)


def _header(key: str) -> str:
    return PARTICIPANTS.column(key).header


class CaseFieldRules:
    """Checks a row's case columns; the advisor's user name becomes ``advisor_id``."""

    def __init__(self, session: Session, actor: Actor, today: date) -> None:
        self.actor = actor
        self.today = today
        self.is_admin = actor.current_role() == Role.ADMIN
        self.may_sensitive = actor.can(Permission.CASES_READ_SENSITIVE)
        self.users = {u.username: u.id for u in session.exec(select(User))}

    def check(self, row: ParsedRow, result: ImportResult) -> bool:
        """False (with every error recorded) when a case column breaks a rule."""
        values = row.values
        before = len(result.errors)

        def error(key: str, message: str) -> None:
            result.errors.append(RowError(row.number, _header(key), message))

        year = values.get("arrival_year")
        if isinstance(year, int) and year > self.today.year:
            error(
                "arrival_year",
                translate("Import", "a year from 1900 to {year} is allowed").format(
                    year=self.today.year
                ),
            )
        email = values.get("email")
        if isinstance(email, str) and ("@" not in email or " " in email):
            error(
                "email",
                translate("Import", "\u201c{value}\u201d is not an e-mail address").format(
                    value=email
                ),
            )
        for qualification, country in _QUALIFICATIONS:
            if country in values and not has_qualification(values.get(qualification)):
                error(
                    country,
                    translate(
                        "Import",
                        "only for a qualification that was obtained; leave it empty for "
                        "none or unknown",
                    ),
                )
        self._abroad(values, error)
        closed_on = values.get("closed_on")
        if isinstance(closed_on, date):
            if values.get("status") != CaseStatus.CLOSED:
                error(
                    "closed_on",
                    translate("Import", "only for a closed case (Fallstatus \u201c{closed}\u201d)")
                    .format(closed="abgeschlossen"),
                )  # fmt: skip
            elif closed_on > self.today:
                error("closed_on", translate("Import", "must not lie in the future"))
        if not self.may_sensitive:
            for key in SENSITIVE_FIELDS:
                if key in values:
                    error(
                        key,
                        translate("Import", "your role may not enter this column; leave it empty"),
                    )
        self._advisor(row, error)
        if "status" in values and values["status"] != CaseStatus.CLOSED:
            # A case opened again keeps no closing date, as when reopened in the case file.
            values["closed_on"] = None
        return len(result.errors) == before

    def _abroad(self, values: dict[str, Any], error: Callable[[str, str], None]) -> None:
        """A country of residence abroad instead of a German postcode, as in the case form:
        Germany itself is no country of residence abroad; abroad, the stored postcode goes."""
        if "residence_country" not in values:
            return
        if values["residence_country"] == GERMANY:
            values["residence_country"] = None
        elif values.get("postcode"):
            error(
                "postcode",
                translate(
                    "Import",
                    "only for an address in Germany; the person lives abroad "
                    "(Wohnsitz im Ausland), leave it empty",
                ),
            )
        else:
            values["postcode"] = None

    def _advisor(self, row: ParsedRow, error: Callable[[str, str], None]) -> None:
        values = row.values
        if "advisor" not in values:
            return
        name = str(values["advisor"]).strip().lower()
        found = self.users.get(name)
        if found is None:
            error(
                "advisor",
                translate("Import", "user \u201c{name}\u201d does not exist in Lotse").format(
                    name=values["advisor"]
                ),
            )
        elif found != self.actor.user_id and not self.is_admin:
            # As in the case list: only an administrator hands a case to someone else.
            error(
                "advisor",
                translate(
                    "Import",
                    "only an administrator may make another user responsible for a case; "
                    "leave the column empty or give your own user name",
                ),
            )
        else:
            values["advisor_id"] = found
