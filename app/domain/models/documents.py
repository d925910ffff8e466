"""Files kept with a case file, a volunteer or a tandem: signed questionnaires and
consents, recognition decisions, certificates. The bytes live in the (encrypted)
database, apart from the description, so a list of documents never reads a file."""

import datetime as dt

import sqlalchemy as sa
from sqlmodel import Field, SQLModel

from app.domain.enums import DocumentKind
from app.domain.models._columns import check_per_dialect, enum_type, not_blank, utcnow

# A scan of a few signed pages is well below this; a video is not a document.
DOCUMENT_MAX_BYTES = 20 * 1024 * 1024


class Document(SQLModel, table=True):
    """What a file is and whose it is: exactly one case, volunteer or tandem."""

    id: int | None = Field(default=None, primary_key=True)
    participant_id: int | None = Field(default=None, foreign_key="participant.id", index=True)
    volunteer_id: int | None = Field(default=None, foreign_key="volunteer.id", index=True)
    mentorship_id: int | None = Field(default=None, foreign_key="mentorship.id", index=True)
    title: str
    kind: DocumentKind = Field(sa_type=enum_type(DocumentKind, "document_kind"))
    document_date: dt.date
    file_name: str  # as it was added: its extension tells the viewer how to open it
    size: int
    added_by_id: int | None = Field(default=None, foreign_key="user.id")
    created_at: dt.datetime = Field(default_factory=utcnow)

    __table_args__ = (
        not_blank("title"),
        not_blank("file_name"),
        # Exactly one owner. PostgreSQL's booleans do not add up: it counts them instead.
        *check_per_dialect(
            "one_owner",
            sqlite="(participant_id IS NOT NULL) + (volunteer_id IS NOT NULL) "
            "+ (mentorship_id IS NOT NULL) = 1",
            postgresql="num_nonnulls(participant_id, volunteer_id, mentorship_id) = 1",
        ),
        sa.CheckConstraint(f"size BETWEEN 1 AND {DOCUMENT_MAX_BYTES}", name="size_range"),
    )


class DocumentContent(SQLModel, table=True):
    """The file's bytes."""

    __tablename__ = "document_content"
    document_id: int = Field(foreign_key="document.id", primary_key=True, ondelete="CASCADE")
    content: bytes = Field(sa_type=sa.LargeBinary)
