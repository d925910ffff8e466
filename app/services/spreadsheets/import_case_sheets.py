"""The full export's Wiedervorlagen and Einwilligungen, read with its Teilnehmende.

They belong to cases, so they are read in the same import (and transaction)
as the cases, after them: a follow-up of a case the same file creates works.
A row that is already there (same case, due date and subject; same case,
kind and date given) is updated or left as it is, never added twice; as in
every sheet, an empty cell keeps what is stored.
"""

from datetime import UTC, date, datetime, time

from sqlmodel import Session, select

from app.domain.enums import AuditAction, ConsentKind
from app.domain.models import Consent, FollowUp, Participant, Partner, User
from app.domain.permissions import Permission
from app.services.actor import Actor
from app.services.i18n import translate
from app.services.scope import case_scope
from app.services.spreadsheets.columns import CONSENTS, FOLLOW_UPS, Sheet
from app.services.spreadsheets.import_participants import _event, foreign_case
from app.services.spreadsheets.importer import ImportResult, ParsedRow, RowError


def _column(sheet: Sheet, key: str) -> str:
    return f"{sheet.column(key).header} ({sheet.title})"


def _cases(
    session: Session, actor: Actor, sheet: Sheet, rows: list[ParsedRow], result: ImportResult
) -> dict[int, int]:
    """The case id of each row (by row number); rows naming no case of the actor's get an error."""
    scope = case_scope(session, actor)
    people = {p.case_number: p for p in session.exec(select(Participant))}
    found: dict[int, int] = {}
    header = _column(sheet, "case_number")
    # After errors in the cases' sheets, the file's new cases were not created: an unknown
    # number may be one of them and is not reported (the errors above are fixed first).
    judge_unknown = not result.errors
    for row in rows:
        number = str(row.values.get("case_number", ""))
        person = people.get(number)
        if person is None and not judge_unknown:
            continue
        if person is None:
            result.errors.append(
                RowError(
                    row.number,
                    header,
                    translate("Import", "case number {number} does not exist").format(
                        number=number
                    ),
                )
            )
        elif not scope.allows(person.advisor_id):
            result.errors.append(foreign_case(row.number, header, person))
        else:
            assert person.id is not None
            found[row.number] = person.id
    return found


def _allowed(
    actor: Actor, permission: Permission, sheet: Sheet, rows: list[ParsedRow], result: ImportResult
) -> bool:
    if not rows or actor.can(permission):
        return True
    result.errors.append(
        RowError(
            1,
            sheet.title,
            translate("Import", "your role may not enter this sheet; remove it from the file"),
        )
    )
    return False


def apply_follow_ups(
    session: Session, actor: Actor, rows: list[ParsedRow], result: ImportResult
) -> None:
    if not _allowed(actor, Permission.FOLLOWUPS_MANAGE, FOLLOW_UPS, rows, result):
        return
    cases = _cases(session, actor, FOLLOW_UPS, rows, result)
    users = {u.username: u.id for u in session.exec(select(User))}
    existing: dict[tuple[object, ...], FollowUp] = {
        (f.participant_id, f.due_date, f.subject): f for f in session.exec(select(FollowUp))
    }
    plans: list[tuple[ParsedRow, int, int | None]] = []
    for row in rows:
        assignee_id: int | None = actor.user_id
        if "assignee" in row.values:
            name = str(row.values["assignee"]).strip().lower()
            assignee_id = users.get(name)
            if assignee_id is None:
                result.errors.append(
                    RowError(
                        row.number,
                        _column(FOLLOW_UPS, "assignee"),
                        translate(
                            "Import", "user \u201c{name}\u201d does not exist in Lotse"
                        ).format(name=row.values["assignee"]),
                    )
                )
                continue
        if row.number in cases:
            plans.append((row, cases[row.number], assignee_id))
    if result.errors:
        return
    for row, person_id, assignee_id in plans:
        values = row.values
        done = values.get("done_on")
        # The sheet keeps the day a follow-up was done; the time of day is not exported.
        done_at = datetime.combine(done, time(), UTC) if isinstance(done, date) else None
        key = (person_id, values["due_date"], values["subject"])
        follow_up = existing.get(key)
        if follow_up is None:
            follow_up = FollowUp(
                participant_id=person_id,
                due_date=values["due_date"],
                subject=values["subject"],
                assignee_id=assignee_id,
                done_at=done_at,
            )
            session.add(follow_up)
            session.flush()
            existing[key] = follow_up
            session.add(_event(actor, AuditAction.CREATE, "follow_up", follow_up.id, list(values)))
            result.created += 1
            continue
        changed = []
        if "assignee" in values and follow_up.assignee_id != assignee_id:
            follow_up.assignee_id = assignee_id
            changed.append("assignee_id")
        stored_day = follow_up.done_at.date() if follow_up.done_at else None
        if isinstance(done, date) and stored_day != done:
            follow_up.done_at = done_at
            changed.append("done_at")
        if changed:
            session.add(follow_up)
            session.add(_event(actor, AuditAction.UPDATE, "follow_up", follow_up.id, changed))
            result.updated += 1
        else:
            result.unchanged += 1
    session.flush()


def apply_consents(
    session: Session, actor: Actor, rows: list[ParsedRow], result: ImportResult
) -> None:
    if not _allowed(actor, Permission.CASES_WRITE, CONSENTS, rows, result):
        return
    cases = _cases(session, actor, CONSENTS, rows, result)
    today = date.today()
    existing: dict[tuple[object, ...], Consent] = {
        (c.participant_id, c.kind, c.given_on, c.partner_id): c
        for c in session.exec(select(Consent))
    }
    partners = {p.name.casefold(): p.id for p in session.exec(select(Partner))}
    plans: list[tuple[ParsedRow, int, int | None]] = []
    for row in rows:
        values = row.values
        given_on = values.get("given_on")
        withdrawn_on = values.get("withdrawn_on")
        before = len(result.errors)
        partner_name = values.get("partner")
        partner_id = partners.get(str(partner_name).casefold()) if partner_name else None
        if partner_name and partner_id is None:
            result.errors.append(
                RowError(
                    row.number,
                    _column(CONSENTS, "partner"),
                    translate(
                        "Import",
                        "no partner of this name; add it under Settings → Data protection",
                    ),
                )
            )
        elif (values.get("kind") == ConsentKind.PARTNER_TRANSFER) != bool(partner_name):
            result.errors.append(
                RowError(
                    row.number,
                    _column(CONSENTS, "partner"),
                    translate(
                        "Import",
                        "a consent to pass data to a partner names the partner; other "
                        "consents leave this column empty",
                    ),
                )
            )
        for name, day in (("given_on", given_on), ("withdrawn_on", withdrawn_on)):
            if isinstance(day, date) and day > today:
                result.errors.append(
                    RowError(
                        row.number,
                        _column(CONSENTS, name),
                        translate("Import", "must not lie in the future"),
                    )
                )
        if (
            isinstance(given_on, date)
            and isinstance(withdrawn_on, date)
            and withdrawn_on < given_on
        ):
            result.errors.append(
                RowError(
                    row.number,
                    _column(CONSENTS, "withdrawn_on"),
                    translate("Import", "must not be before the date it was given"),
                )
            )
        if len(result.errors) == before and row.number in cases:
            plans.append((row, cases[row.number], partner_id))
    if result.errors:
        return
    for row, person_id, partner_id in plans:
        values = row.values
        key = (person_id, values["kind"], values["given_on"], partner_id)
        consent = existing.get(key)
        if consent is None:
            consent = Consent(
                participant_id=person_id,
                kind=values["kind"],
                given_on=values["given_on"],
                version=values.get("version"),
                withdrawn_on=values.get("withdrawn_on"),
                given_as=values.get("given_as"),
                partner_id=partner_id,
                recorded_by_id=actor.user_id,
            )
            session.add(consent)
            session.flush()
            existing[key] = consent
            fields = [name if name != "partner" else "partner_id" for name in values]
            session.add(_event(actor, AuditAction.CREATE, "consent", consent.id, fields))
            result.created += 1
            continue
        changed: list[str] = [
            name
            for name in ("version", "withdrawn_on", "given_as")
            if name in values and getattr(consent, name) != values[name]
        ]
        for name in changed:
            setattr(consent, name, values[name])
        if changed:
            session.add(consent)
            session.add(_event(actor, AuditAction.UPDATE, "consent", consent.id, changed))
            result.updated += 1
        else:
            result.unchanged += 1
    session.flush()
