"""Applying an Ehrenamtliche sheet: new volunteers get a number, known ones are updated."""

import re
from typing import Any

from sqlmodel import Session, select

from app.domain.case_numbers import VOLUNTEER_SEQUENCE, format_volunteer_number
from app.domain.enums import AuditAction
from app.domain.models import Volunteer, VolunteerLanguage
from app.domain.search_text import fold, volunteer_search_key
from app.services.actor import Actor
from app.services.numbering import ensure_at_least, reserve
from app.services.spreadsheets.import_participants import _event
from app.services.spreadsheets.importer import (
    ImportResult,
    ParsedRow,
    Progress,
    check_progress,
)

KEPT_NUMBER = re.compile(r"^E-(\d+)$")

FIELDS = (
    "first_name",
    "last_name",
    "email",
    "phone",
    "skills",
    "joined_on",
    "clearance_seen_on",
    "training_on",
)


def volunteer_fields(values: dict[str, Any]) -> dict[str, Any]:
    return {key: values.get(key) for key in FIELDS}


def name_key(first_name: str, last_name: str) -> tuple[str, str]:
    return fold(first_name).strip(), fold(last_name).strip()


def apply(
    session: Session,
    actor: Actor,
    rows: list[ParsedRow],
    result: ImportResult,
    progress: Progress | None,
) -> None:
    volunteers = list(session.exec(select(Volunteer)))
    by_number = {v.number.casefold(): v for v in volunteers}
    by_name: dict[tuple[str, str], Volunteer] = {}
    for volunteer in volunteers:
        by_name.setdefault(name_key(volunteer.first_name, volunteer.last_name), volunteer)
    languages: dict[int, list[str]] = {}
    for lang in session.exec(select(VolunteerLanguage)):
        languages.setdefault(lang.volunteer_id, []).append(lang.language_code)
    plans: list[tuple[ParsedRow, Volunteer | None]] = []
    for row in rows:
        number = row.values.get("number")
        if number is not None:
            # An unknown number is kept for the new volunteer (move or restore).
            found = by_number.get(str(number).casefold())
        else:
            found = by_name.get(
                name_key(str(row.values["first_name"]), str(row.values["last_name"]))
            )
        plans.append((row, found))
    if result.errors:
        return
    new = [row for row, found in plans if found is None and "number" not in row.values]
    next_number = reserve(session, VOLUNTEER_SEQUENCE, len(new)) if new else 0
    for done, (row, found) in enumerate(plans, 1):
        check_progress(progress, done, len(plans))
        values = row.values
        if found is None and "number" in values:
            found = by_number.get(str(values["number"]).casefold())
        if found is None:
            if "number" in values:
                number_text = str(values["number"])
                if match := KEPT_NUMBER.match(number_text):
                    ensure_at_least(session, VOLUNTEER_SEQUENCE, int(match.group(1)))
            else:
                number_text = format_volunteer_number(next_number)
                next_number += 1
            volunteer = Volunteer(number=number_text, **volunteer_fields(values))
            volunteer.search_text = volunteer_search_key(
                volunteer.first_name, volunteer.last_name, volunteer.number
            )
            session.add(volunteer)
            session.flush()
            assert volunteer.id is not None
            for code in values.get("languages", []):
                session.add(VolunteerLanguage(volunteer_id=volunteer.id, language_code=code))
            by_name[name_key(volunteer.first_name, volunteer.last_name)] = volunteer
            by_number[volunteer.number.casefold()] = volunteer
            session.add(_event(actor, AuditAction.CREATE, "volunteer", volunteer.id, list(values)))
            result.created += 1
            continue
        assert found.id is not None
        changed = [k for k in FIELDS if k in values and getattr(found, k) != values[k]]
        for key in changed:
            setattr(found, key, values[key])
        wanted_languages = values.get("languages")
        if isinstance(wanted_languages, list) and sorted(wanted_languages) != sorted(
            languages.get(found.id, [])
        ):
            for lang in session.exec(
                select(VolunteerLanguage).where(VolunteerLanguage.volunteer_id == found.id)
            ):
                session.delete(lang)
            session.flush()
            for code in wanted_languages:
                session.add(VolunteerLanguage(volunteer_id=found.id, language_code=code))
            languages[found.id] = list(wanted_languages)
            changed.append("languages")
        if changed:
            found.search_text = volunteer_search_key(
                found.first_name, found.last_name, found.number
            )
            session.add(found)
            session.add(_event(actor, AuditAction.UPDATE, "volunteer", found.id, changed))
            result.updated += 1
        else:
            result.unchanged += 1
    session.flush()
