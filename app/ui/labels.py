"""Translated labels for the English codes of the domain enumerations."""

from enum import StrEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.domain import enums as e

_LABELS: dict[StrEnum, str] = {
    e.Role.ADMIN: QT_TRANSLATE_NOOP("Labels", "Administrator"),
    e.Role.ADVISOR: QT_TRANSLATE_NOOP("Labels", "Advisor"),
    e.Role.COORDINATOR: QT_TRANSLATE_NOOP("Labels", "Volunteer coordinator"),
    e.Role.TREASURER: QT_TRANSLATE_NOOP("Labels", "Treasurer"),
    e.Role.VOLUNTEER: QT_TRANSLATE_NOOP("Labels", "Volunteer"),
    e.Gender.FEMALE: QT_TRANSLATE_NOOP("Labels", "female"),
    e.Gender.MALE: QT_TRANSLATE_NOOP("Labels", "male"),
    e.Gender.DIVERSE: QT_TRANSLATE_NOOP("Labels", "non-binary"),
    e.Gender.UNSPECIFIED: QT_TRANSLATE_NOOP("Labels", "not specified"),
    e.CaseStatus.OPEN: QT_TRANSLATE_NOOP("Labels", "open"),
    e.CaseStatus.CLOSED: QT_TRANSLATE_NOOP("Labels", "closed"),
    e.CaseStatus.ANONYMISED: QT_TRANSLATE_NOOP("Labels", "anonymised"),
    e.VolunteerStatus.ACTIVE: QT_TRANSLATE_NOOP("Labels", "active"),
    e.VolunteerStatus.PAUSED: QT_TRANSLATE_NOOP("Labels", "paused"),
    e.VolunteerStatus.LEFT: QT_TRANSLATE_NOOP("Labels", "left"),
    e.ConsultationKind.FIRST: QT_TRANSLATE_NOOP("Labels", "first consultation"),
    e.ConsultationKind.FOLLOW_UP: QT_TRANSLATE_NOOP("Labels", "follow-up consultation"),
    e.ConsultationFormat.IN_PERSON: QT_TRANSLATE_NOOP("Labels", "in person"),
    e.ConsultationFormat.PHONE: QT_TRANSLATE_NOOP("Labels", "phone"),
    e.ConsultationFormat.VIDEO: QT_TRANSLATE_NOOP("Labels", "video"),
    e.ConsultationFormat.WRITTEN: QT_TRANSLATE_NOOP("Labels", "written"),
    e.ConsultationFormat.OUTREACH: QT_TRANSLATE_NOOP("Labels", "outreach"),
    e.ConsultationFormat.GROUP: QT_TRANSLATE_NOOP("Labels", "group"),
    e.EventKind.INFO_EVENT: QT_TRANSLATE_NOOP("Labels", "information event"),
    e.EventKind.WORKSHOP: QT_TRANSLATE_NOOP("Labels", "workshop"),
    e.EventKind.OFFICE_HOURS: QT_TRANSLATE_NOOP("Labels", "office hours"),
    e.HoursStatus.SUBMITTED: QT_TRANSLATE_NOOP("Labels", "submitted"),
    e.HoursStatus.APPROVED: QT_TRANSLATE_NOOP("Labels", "approved"),
    e.HoursStatus.REJECTED: QT_TRANSLATE_NOOP("Labels", "rejected"),
    e.AllowanceKind.TRAINER_ALLOWANCE: QT_TRANSLATE_NOOP(
        "Labels", "Trainer allowance (§ 3 No. 26 EStG)"
    ),
    e.AllowanceKind.VOLUNTEER_ALLOWANCE: QT_TRANSLATE_NOOP(
        "Labels", "Volunteer allowance (§ 3 No. 26a EStG)"
    ),
    e.AllowanceKind.EXPENSE_REFUND: QT_TRANSLATE_NOOP("Labels", "Expense refund"),
}


def label(code: StrEnum) -> str:
    """The translated label of an enum member; its English code if none is defined."""
    source = _LABELS.get(code)
    if source is None:
        return code.value
    return QCoreApplication.translate("Labels", source)
