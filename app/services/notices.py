"""The Art. 13 information notice and the consent form of one person, as PDFs filled
from the club's templates (``app/resources/notices/<language>/``): German, then the
person's languages for which a translation exists.

The forms name the person: writing one is audited before the file is written.
"""

from collections.abc import Mapping
from datetime import date
from enum import StrEnum
from pathlib import Path

from sqlmodel import col, select

from app import resources
from app.domain.enums import AuditAction, ConsentKind, CourseKind, MeetingRhythm, MentorshipGoal
from app.domain.formatting import format_date_in
from app.domain.models import ParticipantLanguage, Project
from app.domain.notice_templates import (
    CLOSING,
    NoticeTemplate,
    TemplateError,
    fill_blocks,
    fill_text,
    parse_template,
    placeholders,
)
from app.domain.permissions import Permission
from app.services.actor import Actor
from app.services.audit import record
from app.services.cases import load_participant
from app.services.consents import consent_kinds_used, list_partners
from app.services.errors import ServiceError
from app.services.i18n import translate
from app.services.organisation import OrganisationData, get_organisation, letterhead
from app.storage.database import Database

GERMAN = "de"
CONSENT_SECTIONS = frozenset({*(k.value for k in ConsentKind), CLOSING})
# The tandem agreement: its parts, and one text per goal and per meeting rhythm.
GOAL_SECTION = "goal_{goal}"
RHYTHM_SECTION = "rhythm_{rhythm}"
KIND_SECTION = "kind_{kind}"
AGREEMENT_SECTIONS = frozenset(
    {
        "goals",
        "cooperation",
        "privacy",
        "signatures",
        "guardian",
        *(GOAL_SECTION.format(goal=g.value) for g in MentorshipGoal),
        *(RHYTHM_SECTION.format(rhythm=r.value) for r in MeetingRhythm),
    }
)


class NoticeKind(StrEnum):
    NOTICE = "notice"
    CONSENT = "consent"
    AGREEMENT = "agreement"  # the tandem agreement (services/mentorships)
    APPOINTMENT = "appointment"  # the appointment letter (services/appointments)
    CERTIFICATE = "certificate"  # a course's Teilnahmebescheinigung (services/courses)


# What a person is given at first contact, in the same languages.
FIRST_CONTACT = (NoticeKind.NOTICE, NoticeKind.CONSENT)
SECTIONS = {
    NoticeKind.NOTICE: frozenset[str](),
    NoticeKind.CONSENT: CONSENT_SECTIONS,
    NoticeKind.AGREEMENT: AGREEMENT_SECTIONS,
    # The appointment letter: when and where (``details``), what to bring or how to
    # cancel (``closing``).
    NoticeKind.APPOINTMENT: frozenset({"details", CLOSING}),
    # The certificate: the person with the birth date (``born``), the course
    # (``details``), its provider if it has one, the closing before the signatures.
    # The type of course in the template's language: ``kind_<code>``.
    NoticeKind.CERTIFICATE: frozenset(
        {
            "born",
            "details",
            "provider",
            CLOSING,
            *(KIND_SECTION.format(kind=k.value) for k in CourseKind),
        }
    ),
}


class TemplateProblem(ServiceError):
    """A template the club changed so that it cannot be read."""


def template_languages(kinds: tuple[NoticeKind, ...] = FIRST_CONTACT) -> list[str]:
    """Languages with a translation of each of ``kinds``, German first."""
    folder = resources.path("notices")
    found = sorted(
        p.name
        for p in folder.iterdir()
        if p.is_dir() and all((p / f"{k.value}.txt").is_file() for k in kinds)
    )
    return sorted(found, key=lambda code: code != GERMAN)


def _read_template(kind: NoticeKind, language: str) -> NoticeTemplate:
    path = resources.path("notices", language, f"{kind.value}.txt")
    try:
        return parse_template(path.read_text(encoding="utf-8"), language, SECTIONS[kind])
    except (OSError, UnicodeDecodeError, TemplateError) as error:
        raise TemplateProblem(
            translate("Errors", "The template {file} cannot be read: {problem}").format(
                file=f"notices/{language}/{kind.value}.txt", problem=error
            )
        ) from error


def load_template(kind: NoticeKind, language: str) -> NoticeTemplate:
    """The club's template of ``kind`` in ``language``; a translation must use the same
    placeholders as the German text, so that no fact is missing from one of them."""
    template = _read_template(kind, language)
    if language == GERMAN:
        return template
    used, wanted = placeholders(template), placeholders(_read_template(kind, GERMAN))
    if used != wanted:
        raise TemplateProblem(
            translate(
                "Errors",
                "The template {file} does not use the placeholders of the German one: "
                "missing {missing}; unknown {unknown}.",
            ).format(
                file=f"notices/{language}/{kind.value}.txt",
                missing=", ".join(f"${name}" for name in sorted(wanted - used)) or "—",
                unknown=", ".join(f"${name}" for name in sorted(used - wanted)) or "—",
            )
        )
    return template


def document_languages(
    person_languages: list[str], kinds: tuple[NoticeKind, ...] = FIRST_CONTACT
) -> list[str]:
    """German, then each of the person's languages that has a translation of ``kinds``."""
    available = template_languages(kinds)
    chosen = [GERMAN]
    for code in person_languages:
        if code in available and code not in chosen:
            chosen.append(code)
    return chosen


def in_language(
    values: Mapping[str, str], dates: Mapping[str, date], language: str
) -> dict[str, str]:
    """``values`` and each of ``dates`` written as CLDR writes a date in ``language``: a
    document's section in Ukrainian reads "23 лист. 2026 р.", the German one "23.11.2026"."""
    return {**values, **{name: format_date_in(day, language) for name, day in dates.items()}}


def templates_for(kind: NoticeKind, person_languages: list[str]) -> list[NoticeTemplate]:
    """The templates of ``kind`` a person is given: German, then each of their languages
    with a translation. Read before anything is recorded, so a broken one stops early."""
    return [load_template(kind, code) for code in document_languages(person_languages, (kind,))]


def organisation_values(organisation: OrganisationData) -> dict[str, str]:
    """The club's placeholders every document shares: name, address, contact, privacy."""
    return {
        "organisation": organisation.name,
        "address": ", ".join(organisation.address_lines()) or "—",
        "contact": " · ".join(x for x in (organisation.email, organisation.phone) if x) or "—",
        "privacy_contact": organisation.privacy_contact or "—",
    }


def template_version(kind: NoticeKind, languages: list[str]) -> str:
    """The versions of the texts handed over, as recorded with a consent."""
    return " + ".join(load_template(kind, code).version for code in languages)


def person_languages(database: Database, actor: Actor, participant_id: int) -> list[str]:
    actor.require(Permission.CASES_READ)
    with database.read_session() as session:
        load_participant(session, actor, participant_id)
        return list(
            session.exec(
                select(ParticipantLanguage.language_code)
                .where(ParticipantLanguage.participant_id == participant_id)
                .order_by(col(ParticipantLanguage.language_code))
            )
        )


def write_notice_form(
    database: Database,
    actor: Actor,
    participant_id: int,
    kind: NoticeKind,
    path: Path,
    today: date | None = None,
) -> Path:
    """The notice or the consent form of one person, filled and written to ``path``."""
    # reportlab loads when a form is printed, not with the case window.
    from app.reports.notices import NoticeDocument, write_notice_pdf

    actor.require(Permission.CASES_READ)
    today = today or date.today()
    if path.suffix.lower() != ".pdf":
        path = path.with_name(path.name + ".pdf")
    templates = templates_for(kind, person_languages(database, actor, participant_id))
    organisation = get_organisation(database)
    partners = list_partners(database, active_only=True)
    kinds = consent_kinds_used(database)
    with database.session() as session:
        participant = load_participant(session, actor, participant_id)
        projects = list(
            session.exec(
                select(Project.name).where(col(Project.archived).is_(False)).order_by(Project.name)
            )
        )
        # The form names the person: in the audit trail before the file is written.
        record(
            session, actor, AuditAction.EXPORT, "participant", participant_id,
            [kind.value], reason=path.name,
        )  # fmt: skip
        session.commit()
        values = {
            **organisation_values(organisation),
            "person": f"{participant.first_name} {participant.last_name}",
            "case_number": participant.case_number,
            "projects": ", ".join(projects) or "—",
            "partners": ", ".join(p.name for p in partners) or "—",
        }
    documents = []
    for template in templates:
        values = in_language(values, {"date": today}, template.language)
        consents = []
        if kind == NoticeKind.CONSENT:
            for consent_kind in kinds:
                if consent_kind.value in template.sections:
                    consents.append(fill_blocks(template.sections[consent_kind.value], values))
            for partner in partners if ConsentKind.PARTNER_TRANSFER in template.sections else []:
                partner_values = {
                    **values,
                    "partner": partner.name,
                    "partner_purpose": partner.purpose or "—",
                }
                consents.append(
                    fill_blocks(template.sections[ConsentKind.PARTNER_TRANSFER], partner_values)
                )
        documents.append(
            NoticeDocument(
                language=template.language,
                title=fill_text(template.title, values),
                version=template.version,
                intro=fill_blocks(template.intro, values),
                consents=tuple(consents),
                closing=fill_blocks(template.sections.get(CLOSING, ()), values),
                choice=template.headers.get("Choice"),
                signature=template.headers.get("Signature"),
            )
        )
    write_notice_pdf(letterhead(database), documents, path, documents[0].title)
    return path


def first_contact_versions(
    database: Database, actor: Actor, participant_id: int
) -> tuple[str, str]:
    """The versions of the notice and of the consent form this person is given."""
    languages = document_languages(person_languages(database, actor, participant_id))
    return (
        template_version(NoticeKind.NOTICE, languages),
        template_version(NoticeKind.CONSENT, languages),
    )
