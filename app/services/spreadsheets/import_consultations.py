"""Applying a Beratungen sheet to existing cases.

A consultation counts as already imported when the case, date, duration,
form and language are the same; such a row updates topics and note or
changes nothing. Without an "Art" the kinds are decided by date, as when
typing consultations in.
"""

from datetime import date
from typing import Any

from sqlmodel import Session, select

from app.domain.enums import AuditAction, ConsultationFormat, ConsultationKind, Role
from app.domain.models import Consultation, ConsultationTopic, Participant, Project, Topic, User
from app.services.actor import Actor
from app.services.consultations import renumber_kinds
from app.services.i18n import translate
from app.services.scope import case_scope
from app.services.spreadsheets.columns import CONSULTATIONS
from app.services.spreadsheets.import_participants import _event, foreign_case
from app.services.spreadsheets.importer import (
    ImportResult,
    ParsedRow,
    Progress,
    RowError,
    check_not_future,
    check_progress,
    optional_project,
)

Key = tuple[Any, ...]


def _header(key: str) -> str:
    return CONSULTATIONS.column(key).header


def apply(
    session: Session,
    actor: Actor,
    rows: list[ParsedRow],
    result: ImportResult,
    progress: Progress | None,
) -> None:
    today = date.today()
    scope = case_scope(session, actor)
    is_admin = actor.current_role() == Role.ADMIN
    people = {p.case_number: p for p in session.exec(select(Participant))}
    cases = {number: p.id for number, p in people.items() if scope.allows(p.advisor_id)}
    projects = {p.code.casefold(): p.id for p in session.exec(select(Project))}
    users = {u.username: u.id for u in session.exec(select(User))}
    topics = {t.name.casefold(): t.id for t in session.exec(select(Topic))}
    topics.update({t.code.casefold(): t.id for t in session.exec(select(Topic))})
    existing: dict[Key, Consultation] = {}
    for c in session.exec(select(Consultation).where(Consultation.participant_id != None)):  # noqa: E711
        assert c.participant_id is not None
        existing[(c.participant_id, c.date, c.duration_minutes, c.format, c.language_code)] = c
    topic_links: dict[int, set[int]] = {}
    for link in session.exec(select(ConsultationTopic)):
        topic_links.setdefault(link.consultation_id, set()).add(link.topic_id)

    plans = []
    for row in rows:
        values = row.values
        ok = True
        number = str(values.get("case_number"))
        participant_id = cases.get(number)
        if participant_id is None and number in people:
            result.errors.append(foreign_case(row.number, _header("case_number"), people[number]))
            ok = False
        elif participant_id is None:
            result.errors.append(
                RowError(
                    row.number,
                    _header("case_number"),
                    translate("Import", "case number {number} does not exist").format(
                        number=row.raw.get("case_number", "")
                    ),
                )
            )
            ok = False
        ok = check_not_future(row, _header("date"), result, today) and ok
        project_ok, project_id = optional_project(row, _header("project"), projects, result)
        ok = ok and project_ok
        advisor_id = actor.user_id
        if "advisor" in values:
            found = users.get(str(values["advisor"]).strip().lower())
            if found is None:
                result.errors.append(
                    RowError(
                        row.number,
                        _header("advisor"),
                        translate(
                            "Import", "user \u201c{name}\u201d does not exist in Lotse"
                        ).format(name=values["advisor"]),
                    )
                )
                ok = False
            elif found != actor.user_id and not is_admin:
                # Notes are booked in the writer's name: only an administrator may enter
                # them for someone else (moving data from another Lotse).
                result.errors.append(
                    RowError(
                        row.number,
                        _header("advisor"),
                        translate(
                            "Import",
                            "only an administrator may enter consultations in another "
                            "user\u2019s name; leave the column empty or give your own user name",
                        ),
                    )
                )
                ok = False
            advisor_id = found or actor.user_id
        topic_ids: set[int] = set()
        for name in values.get("topics", []):
            topic_id = topics.get(str(name).casefold())
            if topic_id is None:
                result.errors.append(
                    RowError(
                        row.number,
                        _header("topics"),
                        translate(
                            "Import", "topic \u201c{name}\u201d is not in the catalogue"
                        ).format(name=name),
                    )
                )
                ok = False
            else:
                topic_ids.add(topic_id)
        if ok and not is_admin:
            ok = _may_change(row, participant_id, existing, topic_links, project_id, topic_ids,
                             actor, result)  # fmt: skip
        if ok:
            plans.append((row, participant_id, project_id, advisor_id, topic_ids))
    if result.errors:
        return

    touched: set[int] = set()
    for done, (row, participant_id, project_id, advisor_id, topic_ids) in enumerate(plans, 1):
        check_progress(progress, done, len(plans))
        values = row.values
        form = values.get("format", ConsultationFormat.IN_PERSON)
        key = _key(values, participant_id)
        consultation = existing.get(key)
        if consultation is None:
            consultation = Consultation(
                participant_id=participant_id,
                project_id=project_id,
                advisor_id=advisor_id,
                date=values["date"],
                duration_minutes=values["duration_minutes"],
                kind=values.get("kind", ConsultationKind.FOLLOW_UP),
                format=form,
                language_code=values.get("language_code"),
                interpreter=bool(values.get("interpreter", False)),
                note=values.get("note"),
            )
            session.add(consultation)
            session.flush()
            assert consultation.id is not None
            for topic_id in topic_ids:
                session.add(ConsultationTopic(consultation_id=consultation.id, topic_id=topic_id))
            existing[key] = consultation
            topic_links[consultation.id] = set(topic_ids)
            session.add(
                _event(actor, AuditAction.CREATE, "consultation", consultation.id, list(values))
            )
            result.created += 1
            if "kind" not in values and participant_id is not None:
                touched.add(participant_id)
            continue
        assert consultation.id is not None
        changed = []
        for field_name, wanted in _wanted(values, project_id, consultation).items():
            if getattr(consultation, field_name) != wanted:
                setattr(consultation, field_name, wanted)
                changed.append(field_name)
        if topic_links.get(consultation.id, set()) != topic_ids:
            for link in session.exec(
                select(ConsultationTopic).where(
                    ConsultationTopic.consultation_id == consultation.id
                )
            ):
                session.delete(link)
            session.flush()
            for topic_id in topic_ids:
                session.add(ConsultationTopic(consultation_id=consultation.id, topic_id=topic_id))
            topic_links[consultation.id] = set(topic_ids)
            changed.append("topics")
        if changed:
            session.add(consultation)
            session.add(_event(actor, AuditAction.UPDATE, "consultation", consultation.id, changed))
            result.updated += 1
        else:
            result.unchanged += 1
    for participant_id in touched:
        renumber_kinds(session, participant_id)
    session.flush()


def _key(values: dict[str, Any], participant_id: int | None) -> Key:
    return (
        participant_id,
        values["date"],
        values["duration_minutes"],
        values.get("format", ConsultationFormat.IN_PERSON),
        values.get("language_code"),
    )


def _wanted(
    values: dict[str, Any], project_id: int | None, consultation: Consultation
) -> dict[str, object]:
    """What a row sets on a consultation that is already there."""
    return {
        "note": values.get("note"),
        "project_id": project_id,
        "interpreter": bool(values.get("interpreter", False)),
        "kind": values.get("kind", consultation.kind),
    }


def _may_change(
    row: ParsedRow,
    participant_id: int | None,
    existing: dict[Key, Consultation],
    topic_links: dict[int, set[int]],
    project_id: int | None,
    topic_ids: set[int],
    actor: Actor,
    result: ImportResult,
) -> bool:
    """A row matching another advisor's consultation may not change it (as in the form:
    only its author or an administrator corrects a consultation); an identical row is fine."""
    consultation = existing.get(_key(row.values, participant_id))
    if consultation is None or consultation.advisor_id == actor.user_id:
        return True
    assert consultation.id is not None
    wanted = _wanted(row.values, project_id, consultation)
    if all(getattr(consultation, name) == value for name, value in wanted.items()) and (
        topic_links.get(consultation.id, set()) == topic_ids
    ):
        return True
    result.errors.append(
        RowError(
            row.number,
            _header("note"),
            translate(
                "Import",
                "this consultation was written by another advisor; only they or an "
                "administrator may change it",
            ),
        )
    )
    return False
