"""Applying a Teilnehmende sheet: cases with their enrollment in the named project.

Rows with a Fallnummer update that case. Rows without one are matched on
first name + last name + date of birth and then count as updates, never as
new people. A person appears at most once per project (the row updates the
enrollment); a re-imported file therefore changes nothing.
"""

from dataclasses import dataclass
from datetime import date
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session, col, select

from app.domain.case_numbers import format_case_number, sequence_name
from app.domain.countries import is_third_country_national
from app.domain.enums import Answer, AuditAction, CaseStatus, EmploymentStatus, Role
from app.domain.esf import missing_entry_answers, missing_exit_answers
from app.domain.models import (
    AuditEvent,
    Enrollment,
    Participant,
    ParticipantLanguage,
    ParticipantNationality,
    Project,
)
from app.domain.models._columns import utcnow
from app.domain.models.tables import table
from app.domain.search_text import fold, participant_search_key
from app.services.actor import Actor
from app.services.i18n import translate
from app.services.numbering import case_number_parts, ensure_at_least, reserve
from app.services.scope import case_scope
from app.services.spreadsheets.columns import PARTICIPANTS
from app.services.spreadsheets.import_case_fields import CASE_FIELDS, CaseFieldRules
from app.services.spreadsheets.importer import (
    ImportResult,
    ParsedRow,
    Progress,
    RowError,
    check_progress,
)

PERSON_FIELDS = (
    "first_name",
    "last_name",
    "gender",
    "birth_date",
    "postcode",
    "city",
    "birth_country",
)
# What a row may change on a case that is there: an empty cell keeps the stored value.
UPDATABLE_FIELDS = (*PERSON_FIELDS, *CASE_FIELDS)
# The enrollment's own columns; an empty cell is a question not asked (None).
QUESTIONNAIRE_FIELDS = tuple(column.key for column in PARTICIPANTS.columns if column.esf_only)
ENROLLMENT_FIELDS = (*QUESTIONNAIRE_FIELDS, "exit_date")


def _header(key: str) -> str:
    return PARTICIPANTS.column(key).header


def person_key(first_name: str, last_name: str, birth_date: date | None) -> tuple[str, str, str]:
    return (
        fold(first_name).strip(),
        fold(last_name).strip(),
        birth_date.isoformat() if birth_date else "",
    )


def _check_questionnaire(row: ParsedRow, project: Project, result: ImportResult) -> None:
    """The ESF questionnaires belong to ESF projects: empty cells are questions not yet asked
    (counted for the preview), answers in rows of other projects are refused."""
    values = row.values
    if project.esf:
        if missing_entry_answers(values):
            result.incomplete_questionnaires += 1
        return
    for key in QUESTIONNAIRE_FIELDS:
        if key in values:
            result.errors.append(
                RowError(
                    row.number,
                    _header(key),
                    translate(
                        "Import",
                        "only asked in ESF projects; {project} is not one, leave the cell empty",
                    ).format(project=project.code),
                )
            )


def _check_row(row: ParsedRow, result: ImportResult, today: date) -> bool:
    values = row.values
    before = len(result.errors)
    entry = values.get("entry_date")
    exit_date = values.get("exit_date")
    if isinstance(entry, date) and isinstance(exit_date, date) and exit_date < entry:
        result.errors.append(
            RowError(
                row.number,
                _header("exit_date"),
                translate("Import", "must not be before the entry date"),
            )
        )
    for key in ("entry_date", "exit_date", "birth_date"):
        value = values.get(key)
        if isinstance(value, date) and value > today:
            result.errors.append(
                RowError(
                    row.number, _header(key), translate("Import", "must not lie in the future")
                )
            )
    if (
        "unemployed_months" in values
        and values.get("employment_status") != EmploymentStatus.UNEMPLOYED
    ):
        result.errors.append(
            RowError(
                row.number,
                _header("unemployed_months"),
                translate("Import", "only allowed with \u201carbeitslos\u201d"),
            )
        )
    return len(result.errors) == before


def apply(
    session: Session,
    actor: Actor,
    rows: list[ParsedRow],
    result: ImportResult,
    progress: Progress | None,
) -> None:
    today = date.today()
    scope = case_scope(session, actor)
    case_rules = CaseFieldRules(session, actor, today)
    projects = {p.code.casefold(): p for p in session.exec(select(Project))}
    # Who exists, read as plain rows: a large club has tens of thousands of cases, and
    # only the few a sheet names again are loaded as records (below).
    p = table(Participant).c
    by_number: dict[str, KnownCase] = {}
    by_person: dict[tuple[str, str, str], KnownCase] = {}
    for known in session.execute(
        sa.select(p.id, p.case_number, p.first_name, p.last_name, p.birth_date, p.advisor_id)
    ):
        case = KnownCase(known.id, known.case_number, known.advisor_id)
        by_number[known.case_number] = case
        if scope.allows(known.advisor_id):
            # A person is recognised only among the cases the actor may open, as in the
            # duplicate check: anyone else's case stays unseen and unchanged.
            by_person.setdefault(
                person_key(known.first_name, known.last_name, known.birth_date), case
            )

    plans: list[tuple[ParsedRow, KnownCase, Project]] = []
    # Rows that create a person, grouped by who they are: one person may be enrolled in
    # several projects, one row each (as the full export writes them).
    new_people: dict[object, list[tuple[ParsedRow, Project]]] = {}
    for row in rows:
        values = row.values
        ok = _check_row(row, result, today)
        ok = case_rules.check(row, result) and ok
        project = projects.get(str(values.get("project", "")).casefold())
        if project is None:
            result.errors.append(
                RowError(
                    row.number,
                    _header("project"),
                    translate(
                        "Import", "project \u201c{code}\u201d does not exist in Lotse"
                    ).format(code=row.raw.get("project", "")),
                )
            )
            ok = False
        else:
            errors_before = len(result.errors)
            _check_questionnaire(row, project, result)
            ok = ok and len(result.errors) == errors_before
        number = values.get("case_number")
        key = person_key(
            str(values.get("first_name", "")),
            str(values.get("last_name", "")),
            values.get("birth_date"),
        )
        existing = by_number.get(str(number)) if number is not None else by_person.get(key)
        if existing is not None and not scope.allows(existing.advisor_id):
            result.errors.append(foreign_case(row.number, _header("case_number"), existing))
            continue
        if not ok or project is None:
            continue
        if existing is not None:
            plans.append((row, existing, project))
        else:
            # An unknown case number is kept for the new case (a move from another Lotse or
            # a restore from the full export) and never handed out again.
            new_people.setdefault(number if number is not None else key, []).append((row, project))
    for group in new_people.values():
        projects_seen: dict[int | None, int] = {}
        for row, project in group:
            if project.id in projects_seen:
                result.errors.append(
                    RowError(
                        row.number,
                        _header("project"),
                        translate(
                            "Import", "the same person and project are already in row {row}"
                        ).format(row=projects_seen[project.id]),
                    )
                )
            projects_seen.setdefault(project.id, row.number)
    if result.errors:
        return

    total = len(plans) + len(new_people)
    records, nationalities, languages, enrollments = _load_named(
        session, {case.id for _row, case, _project in plans}
    )
    for done, (row, case, project) in enumerate(plans, start=1):
        check_progress(progress, done, total)
        _update_person(
            session,
            actor,
            records[case.id],
            row,
            nationalities,
            languages,
            enrollments,
            project,
            result,
        )

    year = today.year
    fresh = [group for who, group in new_people.items() if not isinstance(who, str)]
    counter = reserve(session, sequence_name(year), len(fresh)) if fresh else 0
    # New people go in with bulk inserts: building ten thousand ORM objects one by one
    # would take most of an import's time.
    new_ids = iter(_new_participant_ids(session, len(new_people)))
    now = utcnow()
    advisor_id = new_case_advisor(actor)  # once: it reads the actor's account
    people_rows: list[dict[str, Any]] = []
    enrollment_rows: list[dict[str, Any]] = []
    nationality_rows: list[dict[str, Any]] = []
    language_rows: list[dict[str, Any]] = []
    audit_rows: list[dict[str, Any]] = []
    for done, (identity, group) in enumerate(new_people.items(), start=len(plans) + 1):
        check_progress(progress, done, total)
        first_values = group[0][0].values
        if isinstance(identity, str):
            case_number = identity
            kept_year, kept_counter = case_number_parts(case_number)
            ensure_at_least(session, sequence_name(kept_year), kept_counter)
        else:
            case_number = format_case_number(year, counter)
            counter += 1
        person_id = next(new_ids)
        fields = person_fields(first_values, advisor_id)
        people_rows.append(
            {
                **fields,
                "id": person_id,
                "case_number": case_number,
                "created_at": now,
                "updated_at": now,
                "search_text": participant_search_key(
                    fields["first_name"], fields["last_name"], case_number, fields.get("phone")
                ),
            }
        )
        nationality_rows += [
            {"participant_id": person_id, "country_code": code, "position": pos}
            for pos, code in enumerate(first_values.get("nationalities", []))
        ]
        language_rows += [
            {"participant_id": person_id, "language_code": code}
            for code in first_values.get("languages", [])
        ]
        third_country = _third_country(first_values.get("nationalities"))
        for row, project in group:
            enrollment = {
                **_enrollment_values(row.values),
                "participant_id": person_id,
                "project_id": project.id,
                "entry_date": row.values["entry_date"],
                "third_country_national": third_country,
                "created_at": now,
            }
            enrollment.update(_recorded_on(enrollment, project, None, None, today))
            enrollment_rows.append(enrollment)
        audit_rows.append(
            {
                "at": now,
                "user_id": actor.user_id,
                "username": actor.username,
                "action": AuditAction.CREATE,
                "entity": "participant",
                "entity_id": person_id,
                "reason": "import",
                "fields": ",".join(sorted(k for k in first_values if k != "case_number")),
            }
        )
        result.created += 1
    session.flush()  # updates and number sequences before the bulk inserts
    for model, bulk in (
        (Participant, people_rows),
        (ParticipantNationality, nationality_rows),
        (ParticipantLanguage, language_rows),
        (Enrollment, enrollment_rows),
        (AuditEvent, audit_rows),
    ):
        for start in range(0, len(bulk), 2000):
            session.execute(sa.insert(model), bulk[start : start + 2000])


def _new_participant_ids(session: Session, count: int) -> list[int]:
    """Ids for ``count`` cases inserted in bulk, ascending. SQLite's are the next after the
    highest (its write lock keeps every other writer out until the commit); PostgreSQL's
    come from the id sequence, which ids given by hand would not move: the next case saved
    (by this import, on another workstation meanwhile, or later) would take one of them."""
    if count == 0:
        return []
    if session.get_bind().dialect.name == "postgresql":
        sequence = sa.func.pg_get_serial_sequence(table(Participant).name, "id")
        drawn = session.execute(
            sa.select(sa.func.nextval(sequence)).select_from(sa.func.generate_series(1, count))
        ).scalars()
        return sorted(int(value) for value in drawn)
    highest = session.execute(
        sa.select(sa.func.coalesce(sa.func.max(table(Participant).c.id), 0))
    ).scalar_one()
    return list(range(int(highest) + 1, int(highest) + 1 + count))


@dataclass(frozen=True)
class KnownCase:
    """An existing case as the import matches rows against it."""

    id: int
    case_number: str
    advisor_id: int | None


# SQLite binds at most 32,766 parameters; IN lists go in slices well below that.
_IN_SLICE = 5000


def _slices(ids: set[int]) -> list[list[int]]:
    ordered = sorted(ids)
    return [ordered[i : i + _IN_SLICE] for i in range(0, len(ordered), _IN_SLICE)]


def _load_named(
    session: Session, ids: set[int]
) -> tuple[
    dict[int, Participant],
    dict[int, list[str]],
    dict[int, list[str]],
    dict[tuple[int, int], Enrollment],
]:
    """The records, codes and enrollments of the cases a sheet names again."""
    records: dict[int, Participant] = {}
    nationalities: dict[int, list[str]] = {}
    languages: dict[int, list[str]] = {}
    enrollments: dict[tuple[int, int], Enrollment] = {}
    for part in _slices(ids):
        for person in session.exec(select(Participant).where(col(Participant.id).in_(part))):
            assert person.id is not None
            records[person.id] = person
        for n in session.exec(
            select(ParticipantNationality)
            .where(col(ParticipantNationality.participant_id).in_(part))
            .order_by(col(ParticipantNationality.position))
        ):
            nationalities.setdefault(n.participant_id, []).append(n.country_code)
        for lang in session.exec(
            select(ParticipantLanguage).where(col(ParticipantLanguage.participant_id).in_(part))
        ):
            languages.setdefault(lang.participant_id, []).append(lang.language_code)
        for e in session.exec(select(Enrollment).where(col(Enrollment.participant_id).in_(part))):
            enrollments[(e.participant_id, e.project_id)] = e
    return records, nationalities, languages, enrollments


def foreign_case(row: int, column: str, participant: Participant | KnownCase) -> RowError:
    """A row naming a case outside the actor's scope (another advisor's, with the
    restriction to own cases): refused, the import changes nothing."""
    return RowError(
        row,
        column,
        translate(
            "Import",
            "case {number} belongs to another advisor; only they or an administrator may change it",
        ).format(number=participant.case_number),
    )


def new_case_advisor(actor: Actor) -> int | None:
    """Who is responsible for a case an import creates: the importing advisor, as when
    they type it in (administrators leave it open)."""
    return actor.user_id if actor.current_role() == Role.ADVISOR else None


def person_fields(values: dict[str, Any], default_advisor: int | None) -> dict[str, Any]:
    """Every column of a new case: empty cells are empty fields, an open case, and the
    importing advisor (``new_case_advisor``) as the one responsible unless the row names
    someone."""
    fields = {key: values.get(key) for key in UPDATABLE_FIELDS}
    fields["status"] = values.get("status", CaseStatus.OPEN)
    fields["advisor_id"] = values.get("advisor_id", default_advisor)
    return fields


def _enrollment_values(values: dict[str, Any]) -> dict[str, Any]:
    return {key: values.get(key) for key in ENROLLMENT_FIELDS}


def _recorded_on(
    values: dict[str, Any],
    project: Project,
    entry_before: date | None,
    exit_before: date | None,
    today: date,
) -> dict[str, date | None]:
    """Entry (exit) data count as recorded once every ESF question of it is answered."""
    if not project.esf:
        return {"entry_recorded_on": None, "exit_recorded_on": None}
    entry_complete = not missing_entry_answers(values)
    exit_complete = values.get("exit_date") is not None and not missing_exit_answers(values)
    return {
        "entry_recorded_on": (entry_before or today) if entry_complete else None,
        "exit_recorded_on": (exit_before or today) if exit_complete else None,
    }


def _third_country(codes: object) -> Answer:
    verdict = is_third_country_national(codes if isinstance(codes, list) else [])
    return Answer.UNKNOWN if verdict is None else (Answer.YES if verdict else Answer.NO)


def _store_codes(
    session: Session,
    participant_id: int,
    values: dict[str, Any],
    old_nationalities: list[str],
    old_languages: list[str],
) -> list[str]:
    changed: list[str] = []
    new_nationalities = values.get("nationalities")
    if isinstance(new_nationalities, list) and new_nationalities != old_nationalities:
        for row in session.exec(
            select(ParticipantNationality).where(
                ParticipantNationality.participant_id == participant_id
            )
        ):
            session.delete(row)
        session.flush()
        for position, code in enumerate(new_nationalities):
            session.add(
                ParticipantNationality(
                    participant_id=participant_id, country_code=code, position=position
                )
            )
        changed.append("nationalities")
    new_languages = values.get("languages")
    if isinstance(new_languages, list) and sorted(new_languages) != sorted(old_languages):
        for old in session.exec(
            select(ParticipantLanguage).where(ParticipantLanguage.participant_id == participant_id)
        ):
            session.delete(old)
        session.flush()
        for code in new_languages:
            session.add(ParticipantLanguage(participant_id=participant_id, language_code=code))
        changed.append("languages")
    return changed


def _stored_codes(
    session: Session,
    model: type[ParticipantNationality] | type[ParticipantLanguage],
    participant_id: int,
) -> list[str]:
    """A case's nationalities (in their order) or languages as stored."""
    if model is ParticipantNationality:
        return list(
            session.exec(
                select(ParticipantNationality.country_code)
                .where(ParticipantNationality.participant_id == participant_id)
                .order_by(col(ParticipantNationality.position))
            )
        )
    return list(
        session.exec(
            select(ParticipantLanguage.language_code).where(
                ParticipantLanguage.participant_id == participant_id
            )
        )
    )


def _update_person(
    session: Session,
    actor: Actor,
    person: Participant,
    row: ParsedRow,
    nationalities: dict[int, list[str]],
    languages: dict[int, list[str]],
    enrollments: dict[tuple[int, int], Enrollment],
    project: Project,
    result: ImportResult,
) -> None:
    assert person.id is not None and project.id is not None
    values = row.values
    changed = [k for k in UPDATABLE_FIELDS if k in values and getattr(person, k) != values[k]]
    for key in changed:
        setattr(person, key, values[key])
    if changed:
        person.search_text = participant_search_key(
            person.first_name, person.last_name, person.case_number, person.phone
        )
        session.add(person)
    changed += _store_codes(
        session, person.id, values, nationalities.get(person.id, []), languages.get(person.id, [])
    )
    enrollment = enrollments.get((person.id, project.id))
    wanted = _enrollment_values(values)
    wanted["entry_date"] = values["entry_date"]
    if enrollment is None:
        enrollment = Enrollment(participant_id=person.id, project_id=project.id, **wanted)
        enrollment.third_country_national = _third_country(
            values.get("nationalities", nationalities.get(person.id, []))
        )
        for key, day in _recorded_on(wanted, project, None, None, date.today()).items():
            setattr(enrollment, key, day)
        session.add(enrollment)
        enrollments[(person.id, project.id)] = enrollment
        changed.append("enrollment")
    else:
        enrollment_changes = [k for k, v in wanted.items() if getattr(enrollment, k) != v]
        for key in enrollment_changes:
            setattr(enrollment, key, wanted[key])
        if enrollment_changes:
            recorded = _recorded_on(
                wanted,
                project,
                enrollment.entry_recorded_on,
                enrollment.exit_recorded_on,
                date.today(),
            )
            for key, day in recorded.items():
                setattr(enrollment, key, day)
            session.add(enrollment)
            changed += [f"enrollment.{k}" for k in enrollment_changes]
    if changed:
        session.add(_event(actor, AuditAction.UPDATE, "participant", person.id, changed))
        result.updated += 1
    else:
        result.unchanged += 1


def _event(
    actor: Actor, action: AuditAction, entity: str, entity_id: int | None, fields: list[str]
) -> AuditEvent:
    return AuditEvent(
        user_id=actor.user_id,
        username=actor.username,
        action=action,
        entity=entity,
        entity_id=entity_id,
        fields=",".join(sorted(fields)) or None,
        reason="import",
    )


def apply_without_project(
    session: Session, actor: Actor, rows: list[ParsedRow], result: ImportResult
) -> None:
    """Cases of the full export's "Fälle ohne Projekt" sheet: people without an enrollment."""
    scope = case_scope(session, actor)
    today = date.today()
    case_rules = CaseFieldRules(session, actor, today)
    existing = {p.case_number: p for p in session.exec(select(Participant))}
    for row in rows:
        values = row.values
        birth_date = values.get("birth_date")
        if isinstance(birth_date, date) and birth_date > today:
            result.errors.append(
                RowError(
                    row.number,
                    _header("birth_date"),
                    translate("Import", "must not lie in the future"),
                )
            )
        case_rules.check(row, result)
        number = str(values.get("case_number", ""))
        person = existing.get(number) if number else None
        if person is not None and not scope.allows(person.advisor_id):
            result.errors.append(foreign_case(row.number, _header("case_number"), person))
            continue
        if result.errors:
            continue
        if person is not None:
            assert person.id is not None
            changed = [
                k for k in UPDATABLE_FIELDS if k in values and getattr(person, k) != values[k]
            ]
            for key in changed:
                setattr(person, key, values[key])
            person.search_text = participant_search_key(
                person.first_name, person.last_name, person.case_number, person.phone
            )
            session.add(person)
            changed += _store_codes(
                session,
                person.id,
                values,
                _stored_codes(session, ParticipantNationality, person.id),
                _stored_codes(session, ParticipantLanguage, person.id),
            )
            if changed:
                session.add(_event(actor, AuditAction.UPDATE, "participant", person.id, changed))
                result.updated += 1
            else:
                result.unchanged += 1
            continue
        if number:
            kept_year, kept_counter = case_number_parts(number)
            ensure_at_least(session, sequence_name(kept_year), kept_counter)
        else:
            number = format_case_number(
                date.today().year, reserve(session, sequence_name(date.today().year))
            )
        person = Participant(case_number=number, **person_fields(values, new_case_advisor(actor)))
        person.search_text = participant_search_key(
            person.first_name, person.last_name, number, person.phone
        )
        session.add(person)
        session.flush()
        assert person.id is not None
        _store_codes(session, person.id, values, [], [])
        existing[number] = person
        session.add(_event(actor, AuditAction.CREATE, "participant", person.id, list(values)))
        result.created += 1
    session.flush()
