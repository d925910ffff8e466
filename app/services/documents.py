"""Documents kept with a case file, a volunteer or a tandem: added from a file, listed,
opened through a temporary copy, saved elsewhere, deleted with a reason.

The bytes live in the encrypted database (``document_content``). Opening writes a copy
into ``open/`` in the data folder for the program that shows it; those copies are
removed when Lotse closes and at its next start (``data_folder.remove_open_copies``). Every
reading of a file and every change is in the audit trail before the bytes leave.
"""

import re
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from pathlib import Path

import sqlalchemy as sa
from sqlmodel import Session

from app.domain.enums import AuditAction, DocumentKind
from app.domain.models import Document, DocumentContent, Mentorship, Volunteer
from app.domain.models.documents import DOCUMENT_MAX_BYTES
from app.domain.models.tables import table
from app.domain.permissions import Permission
from app.services import validation
from app.services.actor import Actor
from app.services.audit import record
from app.services.cases import load_participant
from app.services.errors import NotFound, Problems, ValidationError
from app.services.i18n import translate
from app.storage import files
from app.storage.atomic import replaced_when_complete
from app.storage.database import Database


class OwnerKind(StrEnum):
    CASE = "participant"
    VOLUNTEER = "volunteer"
    TANDEM = "mentorship"


@dataclass(frozen=True)
class Owner:
    """Whose documents: a case file, a volunteer or a tandem, by id."""

    kind: OwnerKind
    id: int


@dataclass(frozen=True)
class DocumentRow:
    id: int
    title: str
    kind: DocumentKind
    document_date: date
    file_name: str
    size: int


_COLUMN = {
    OwnerKind.CASE: "participant_id",
    OwnerKind.VOLUNTEER: "volunteer_id",
    OwnerKind.TANDEM: "mentorship_id",
}
# Characters a file name may not have on Windows, macOS or Linux.
_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]')


def _check_owner(session: Session, actor: Actor, owner: Owner, change: bool) -> None:
    """The actor may see (``change``: add to or delete from) the owner's documents."""
    if owner.kind == OwnerKind.CASE:
        actor.require(Permission.CASES_WRITE if change else Permission.CASES_READ)
        load_participant(session, actor, owner.id, for_change=change)
        return
    if owner.kind == OwnerKind.VOLUNTEER:
        actor.require(Permission.VOLUNTEERS_WRITE)
        if session.get(Volunteer, owner.id) is None:
            raise NotFound(translate("Errors", "This volunteer does not exist (any more)."))
        return
    actor.require(Permission.MENTORSHIPS_MANAGE)
    if session.get(Mentorship, owner.id) is None:
        raise NotFound(translate("Errors", "This tandem no longer exists."))


def _owner_of(document: Document) -> Owner:
    for kind, column in _COLUMN.items():
        value = getattr(document, column)
        if value is not None:
            return Owner(kind, int(value))
    raise AssertionError("a document without an owner")  # the table refuses it


def add_document(
    database: Database,
    actor: Actor,
    owner: Owner,
    path: Path,
    title: str,
    kind: DocumentKind | None,
    document_date: date | None,
    today: date | None = None,
) -> Document:
    """Keep the file at ``path`` with the owner; nothing is kept unless all is right."""
    today = today or date.today()
    problems = Problems()
    checked_title = problems.check(
        lambda: validation.required_text("title", translate("Fields", "Title"), title)
    )
    if kind is None:
        problems.add(
            ValidationError("kind", translate("Errors", "Kind: choose what the document is."))
        )
    if document_date is None:
        problems.add(
            ValidationError(
                "document_date",
                translate("Errors", "{label}: please enter a date.").format(
                    label=translate("Fields", "Date of the document")
                ),
            )
        )
    elif document_date > today:
        problems.add(
            ValidationError(
                "document_date",
                translate("Errors", "{label}: must not lie in the future.").format(
                    label=translate("Fields", "Date of the document")
                ),
            )
        )
    size = path.stat().st_size if path.is_file() else None
    if size is None:
        problems.add(
            ValidationError(
                "file",
                translate("Errors", "File: {path} cannot be read.").format(path=path),
            )
        )
    elif not 1 <= size <= DOCUMENT_MAX_BYTES:
        problems.add(
            ValidationError(
                "file",
                translate(
                    "Errors", "File: {name} has {size} MB; a document may have 1 byte to {max} MB."
                ).format(
                    name=path.name,
                    size=f"{size / 1024 / 1024:.1f}".replace(".", ","),
                    max=DOCUMENT_MAX_BYTES // 1024 // 1024,
                ),
            )
        )
    problems.raise_any()
    assert checked_title is not None and kind is not None and document_date is not None
    content = path.read_bytes()
    with database.session() as session:
        _check_owner(session, actor, owner, change=True)
        document = Document(
            title=checked_title,
            kind=kind,
            document_date=document_date,
            file_name=_safe_name(path.name),
            size=len(content),
            added_by_id=actor.user_id,
        )
        setattr(document, _COLUMN[owner.kind], owner.id)
        session.add(document)
        session.flush()
        assert document.id is not None
        session.add(DocumentContent(document_id=document.id, content=content))
        record(
            session, actor, AuditAction.CREATE, "document", document.id,
            ["title", "kind", "document_date", owner.kind.value],
        )  # fmt: skip
        session.commit()
        return document


def list_documents(database: Database, actor: Actor, owner: Owner) -> list[DocumentRow]:
    """The owner's documents, newest first (their descriptions; no file is read)."""
    d = table(Document).c
    with database.session() as session:
        _check_owner(session, actor, owner, change=False)
        rows = session.execute(
            sa.select(d.id, d.title, d.kind, d.document_date, d.file_name, d.size)
            .where(d[_COLUMN[owner.kind]] == owner.id)
            .order_by(d.document_date.desc(), d.id.desc())
        ).all()
    return [DocumentRow(r[0], r[1], DocumentKind(r[2]), r[3], r[4], r[5]) for r in rows]


def _read(database: Database, actor: Actor, document_id: int, purpose: str) -> tuple[str, bytes]:
    """The file name and bytes, audited as a view before they leave the database."""
    with database.session() as session:
        document = session.get(Document, document_id)
        if document is None:
            raise NotFound(translate("Errors", "This document no longer exists."))
        _check_owner(session, actor, _owner_of(document), change=False)
        content = session.get(DocumentContent, document_id)
        assert content is not None
        record(session, actor, AuditAction.VIEW, "document", document_id, reason=purpose)
        session.commit()
        return document.file_name, bytes(content.content)


def open_copy(database: Database, actor: Actor, document_id: int) -> Path:
    """A copy to show in the program the computer uses for such files."""
    name, content = _read(database, actor, document_id, "opened")
    folder = files.private_dir(database.location.open_dir / str(document_id))
    target = folder / name
    files.write_private(target, content)
    return target


def save_copy(database: Database, actor: Actor, document_id: int, target: Path) -> Path:
    """The file saved where the user chose (a copy that is no longer encrypted)."""
    _, content = _read(database, actor, document_id, f"saved as {target.name}")
    with replaced_when_complete(target) as partial:
        partial.write_bytes(content)
    return target


def delete_document(database: Database, actor: Actor, document_id: int, reason: str) -> None:
    reason_text = validation.required_text(
        "reason", translate("Fields", "Reason for deleting"), reason, 500
    )
    with database.session() as session:
        document = session.get(Document, document_id)
        if document is None:
            raise NotFound(translate("Errors", "This document no longer exists."))
        _check_owner(session, actor, _owner_of(document), change=True)
        session.execute(
            sa.delete(table(DocumentContent)).where(
                table(DocumentContent).c.document_id == document_id
            )
        )
        session.delete(document)
        record(session, actor, AuditAction.DELETE, "document", document_id, reason=reason_text)
        session.commit()


def documents_of_case(session: Session, participant_id: int) -> list[tuple[str, bytes]]:
    """Every file kept with the case (for the right of access), as (name, bytes)."""
    d, c = table(Document).c, table(DocumentContent).c
    rows = session.execute(
        sa.select(d.id, d.file_name, c.content)
        .join(table(DocumentContent), c.document_id == d.id)
        .where(d.participant_id == participant_id)
        .order_by(d.id)
    ).all()
    return [(f"{row[0]}-{row[1]}", bytes(row[2])) for row in rows]


def delete_documents_of(session: Session, owner: Owner) -> int:
    """Remove every document of the owner inside the caller's transaction (erasure and
    anonymisation); returns how many there were."""
    d = table(Document).c
    ids = list(session.execute(sa.select(d.id).where(d[_COLUMN[owner.kind]] == owner.id)).scalars())
    if ids:
        session.execute(
            sa.delete(table(DocumentContent)).where(table(DocumentContent).c.document_id.in_(ids))
        )
        session.execute(sa.delete(table(Document)).where(d.id.in_(ids)))
    return len(ids)


def _safe_name(name: str) -> str:
    cleaned = _UNSAFE.sub("_", name).strip(" .")
    return cleaned[:120] or "dokument"


__all__ = [
    "DOCUMENT_MAX_BYTES",
    "DocumentRow",
    "Owner",
    "OwnerKind",
    "add_document",
    "delete_document",
    "list_documents",
    "open_copy",
    "save_copy",
]
