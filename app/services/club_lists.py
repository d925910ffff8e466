"""The lists a club maintains itself: consultation topics, referral targets and the
languages it counsels in (exit reasons belong to a project: services/projects.py).

An entry can be added, renamed and retired. A retired entry stays on the records
that use it and leaves the choice lists; it can be taken back into use. Names
must not contain ";" or ",", which separate several entries in a spreadsheet cell.
"""

import re
from dataclasses import dataclass
from enum import StrEnum

from sqlmodel import Session, SQLModel, col, func, select

from app.domain.catalogues import language_name
from app.domain.enums import AuditAction
from app.domain.models import (
    ClubLanguage,
    ConsultationReferral,
    ConsultationTopic,
    ReferralTarget,
    Topic,
)
from app.domain.permissions import Permission
from app.domain.search_text import fold
from app.services import validation
from app.services.actor import Actor
from app.services.audit import record
from app.services.errors import NotFound, ValidationError
from app.services.i18n import interface_language, translate
from app.storage.database import Database

MAX_NAME = 100


class ClubList(StrEnum):
    TOPICS = "topics"
    REFERRAL_TARGETS = "referral_targets"
    LANGUAGES = "languages"


@dataclass(frozen=True)
class ListEntry:
    """One entry; ``key`` is the row id, or the language code for languages."""

    key: int | str
    name: str
    active: bool
    uses: int


_ENTITY = {
    ClubList.TOPICS: "topic",
    ClubList.REFERRAL_TARGETS: "referral_target",
    ClubList.LANGUAGES: "club_language",
}


Entry = Topic | ReferralTarget


def _table(kind: ClubList) -> type[Topic] | type[ReferralTarget]:
    return Topic if kind == ClubList.TOPICS else ReferralTarget


def _rows(session: Session, kind: ClubList) -> list[Entry]:
    """Topics or referral targets in the club's order."""
    if kind == ClubList.TOPICS:
        topics = session.exec(select(Topic).order_by(col(Topic.position), col(Topic.name)))
        return [*topics]
    targets = session.exec(
        select(ReferralTarget).order_by(col(ReferralTarget.position), col(ReferralTarget.name))
    )
    return [*targets]


def _get(session: Session, kind: ClubList, key: int | str) -> Entry:
    row: Entry | None = (
        session.get(Topic, key) if kind == ClubList.TOPICS else session.get(ReferralTarget, key)
    )
    if row is None:
        raise NotFound(translate("Errors", "This entry does not exist (any more)."))
    return row


def _uses(session: Session, kind: ClubList) -> dict[int, int]:
    link: type[SQLModel]
    if kind == ClubList.TOPICS:
        link, column = ConsultationTopic, col(ConsultationTopic.topic_id)
    else:
        link, column = ConsultationReferral, col(ConsultationReferral.referral_target_id)
    rows = session.exec(select(column, func.count()).select_from(link).group_by(column))
    return {int(key): int(count) for key, count in rows}


def list_entries(database: Database, actor: Actor, kind: ClubList) -> list[ListEntry]:
    """Every entry in the club's order, retired ones included, with how often it is used."""
    if kind != ClubList.LANGUAGES:  # the club's languages are no personal data
        actor.require(Permission.CONSULTATIONS_READ)
    with database.session() as session:
        if kind == ClubList.LANGUAGES:
            languages = session.exec(
                select(ClubLanguage).order_by(col(ClubLanguage.position), col(ClubLanguage.code))
            )
            return [
                ListEntry(row.code, language_name(row.code, interface_language()), row.active, 0)
                for row in languages
            ]
        uses = _uses(session, kind)
        rows = _rows(session, kind)
        return [
            ListEntry(row.id, row.name, row.active, uses.get(row.id, 0))
            for row in rows
            if row.id is not None
        ]


def club_languages(database: Database) -> list[str]:
    """The codes of the languages the club counsels in, in its order (no personal data)."""
    with database.session() as session:
        return list(
            session.exec(
                select(ClubLanguage.code)
                .where(col(ClubLanguage.active))
                .order_by(col(ClubLanguage.position), col(ClubLanguage.code))
            )
        )


def _label(kind: ClubList) -> str:
    if kind == ClubList.TOPICS:
        return translate("Fields", "Topic")
    return translate("Fields", "Referral target")


def _name(session: Session, kind: ClubList, text: str, own_id: int | None) -> str:
    label = _label(kind)
    name = validation.required_text("name", label, text, MAX_NAME)
    if ";" in name or "," in name:
        raise ValidationError(
            "name",
            translate(
                "Errors",
                "{label}: ';' and ',' are not allowed; they separate several entries "
                "in a spreadsheet cell.",
            ).format(label=label),
        )
    for row in _rows(session, kind):
        if row.id != own_id and fold(row.name) == fold(name):
            if row.active:
                message = translate("Errors", "{label}: '{name}' already exists.")
            else:
                message = translate(
                    "Errors", "{label}: '{name}' exists but is retired; take it back into use."
                )
            raise ValidationError("name", message.format(label=label, name=row.name))
    return name


def _topic_code(session: Session, name: str) -> str:
    """A stable code for a new topic, from its name; it stays when the topic is renamed."""
    stem = re.sub(r"[^a-z0-9]+", "_", fold(name)).strip("_")[:30] or "topic"
    taken = set(session.exec(select(Topic.code)))
    code, number = stem, 2
    while code in taken:
        code, number = f"{stem}_{number}", number + 1
    return code


def add_entry(database: Database, actor: Actor, kind: ClubList, text: str) -> ListEntry:
    actor.require(Permission.SETTINGS_MANAGE)
    with database.session() as session:
        if kind == ClubList.LANGUAGES:
            return _add_language(session, actor, text)
        name = _name(session, kind, text, None)
        table = _table(kind)
        position = (session.exec(select(func.max(table.position))).one() or 0) + 1
        row: Topic | ReferralTarget
        if kind == ClubList.TOPICS:
            row = Topic(code=_topic_code(session, name), name=name, position=position)
        else:
            row = ReferralTarget(name=name, position=position)
        session.add(row)
        session.flush()
        assert row.id is not None
        record(session, actor, AuditAction.CREATE, _ENTITY[kind], row.id, ["name"])
        session.commit()
        return ListEntry(row.id, row.name, True, 0)


def _add_language(session: Session, actor: Actor, text: str) -> ListEntry:
    label = translate("Fields", "Language")
    code = validation.language("name", label, text)
    if code is None:
        raise ValidationError(
            "name", translate("Errors", "{label}: this field is required.").format(label=label)
        )
    existing = session.get(ClubLanguage, code)
    if existing is not None:
        raise ValidationError(
            "name",
            translate("Errors", "{label}: '{name}' is already on the list.").format(
                label=label, name=language_name(code, interface_language())
            ),
        )
    position = (session.exec(select(func.max(ClubLanguage.position))).one() or 0) + 1
    session.add(ClubLanguage(code=code, position=position))
    record(session, actor, AuditAction.CREATE, "club_language", None, [code])
    session.commit()
    return ListEntry(code, language_name(code, interface_language()), True, 0)


def rename_entry(
    database: Database, actor: Actor, kind: ClubList, key: int | str, text: str
) -> None:
    """A new name for a topic or referral target; every record using it shows the new name."""
    actor.require(Permission.SETTINGS_MANAGE)
    if kind == ClubList.LANGUAGES:
        raise ValidationError(
            "name",
            translate("Errors", "Languages keep their standard names; add another one instead."),
        )
    with database.session() as session:
        row = _get(session, kind, key)
        row.name = _name(session, kind, text, row.id)
        session.add(row)
        record(session, actor, AuditAction.UPDATE, _ENTITY[kind], row.id, ["name"])
        session.commit()


def set_entry_active(
    database: Database, actor: Actor, kind: ClubList, key: int | str, active: bool
) -> None:
    """Retire an entry (it stays on old records, leaves the choice lists) or take it back."""
    actor.require(Permission.SETTINGS_MANAGE)
    with database.session() as session:
        if kind == ClubList.LANGUAGES:
            language = session.get(ClubLanguage, key)
            if language is None:
                raise NotFound(translate("Errors", "This entry does not exist (any more)."))
            language.active = active
            session.add(language)
            record(session, actor, AuditAction.UPDATE, "club_language", None, ["active", str(key)])
        else:
            row = _get(session, kind, key)
            row.active = active
            session.add(row)
            record(session, actor, AuditAction.UPDATE, _ENTITY[kind], row.id, ["active"])
        session.commit()


def move_entry(
    database: Database, actor: Actor, kind: ClubList, key: int | str, offset: int
) -> None:
    """Moves an entry up (-1) or down (+1) in the order the choice lists show."""
    actor.require(Permission.SETTINGS_MANAGE)
    with database.session() as session:
        rows: list[Entry] | list[ClubLanguage]
        keys: list[int | str | None]
        if kind == ClubList.LANGUAGES:
            rows = list(
                session.exec(
                    select(ClubLanguage).order_by(
                        col(ClubLanguage.position), col(ClubLanguage.code)
                    )
                )
            )
            keys = [row.code for row in rows]
        else:
            rows = _rows(session, kind)
            keys = [row.id for row in rows]
        if key not in keys:
            raise NotFound(translate("Errors", "This entry does not exist (any more)."))
        index = keys.index(key)
        target = max(0, min(len(rows) - 1, index + offset))
        ordered: list[Entry | ClubLanguage] = list(rows)
        ordered.insert(target, ordered.pop(index))
        for position, entry in enumerate(ordered):
            entry.position = position
            session.add(entry)
        record(session, actor, AuditAction.UPDATE, _ENTITY[kind], None, ["position"])
        session.commit()
