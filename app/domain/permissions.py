"""Who may read or change what: the one permission matrix of Lotse.

Services check every use case against this matrix; the UI only uses it to
hide what a role cannot use anyway.
"""

from enum import StrEnum

from app.domain.enums import Role


class Permission(StrEnum):
    CASES_READ = "cases.read"  # names and case list
    CASES_READ_SENSITIVE = "cases.read_sensitive"  # residence, health, ESF special categories
    CASES_WRITE = "cases.write"
    CASES_IMPORT = "cases.import"
    CONSULTATIONS_READ = "consultations.read"  # date, topics, duration; not the note
    CONSULTATIONS_WRITE = "consultations.write"
    NOTES_READ = "notes.read"  # the advisor's consultation notes
    FOLLOWUPS_MANAGE = "followups.manage"
    VOLUNTEERS_READ = "volunteers.read"
    VOLUNTEERS_WRITE = "volunteers.write"
    VOLUNTEERS_IMPORT = "volunteers.import"
    HOURS_ENTER_OWN = "hours.enter_own"
    HOURS_ENTER_ANY = "hours.enter_any"
    HOURS_APPROVE = "hours.approve"
    MENTORSHIPS_MANAGE = "mentorships.manage"
    ALLOWANCES_READ = "allowances.read"
    ALLOWANCES_WRITE = "allowances.write"
    EVENTS_WRITE = "events.write"
    REPORTS_READ = "reports.read"
    EXPORT_ALL = "export.all"
    PROJECTS_MANAGE = "projects.manage"
    # The register of organisations a project supported (EECO18/19): no personal data.
    SUPPORTED_ORGANISATIONS_MANAGE = "supported_organisations.manage"
    USERS_MANAGE = "users.manage"
    SETTINGS_MANAGE = "settings.manage"
    AUDIT_READ = "audit.read"
    # Making and restoring backups of the whole database (its keys travel with it).
    BACKUP_MANAGE = "backup.manage"
    DEMO_DATA = "demo.create"


P = Permission

MATRIX: dict[Role, frozenset[Permission]] = {
    Role.ADMIN: frozenset(Permission),
    Role.ADVISOR: frozenset(
        {
            P.CASES_READ,
            P.CASES_READ_SENSITIVE,
            P.CASES_WRITE,
            P.CASES_IMPORT,
            P.CONSULTATIONS_READ,
            P.CONSULTATIONS_WRITE,
            P.NOTES_READ,
            P.FOLLOWUPS_MANAGE,
            P.VOLUNTEERS_READ,
            P.EVENTS_WRITE,
            P.REPORTS_READ,
            P.SUPPORTED_ORGANISATIONS_MANAGE,
        }
    ),
    Role.COORDINATOR: frozenset(
        {
            P.CASES_READ,
            P.VOLUNTEERS_READ,
            P.VOLUNTEERS_WRITE,
            P.VOLUNTEERS_IMPORT,
            P.HOURS_ENTER_OWN,
            P.HOURS_ENTER_ANY,
            P.HOURS_APPROVE,
            P.MENTORSHIPS_MANAGE,
            P.ALLOWANCES_READ,
            P.EVENTS_WRITE,
            P.REPORTS_READ,
        }
    ),
    Role.TREASURER: frozenset(
        {
            P.VOLUNTEERS_READ,
            P.ALLOWANCES_READ,
            P.ALLOWANCES_WRITE,
            P.REPORTS_READ,
        }
    ),
    Role.VOLUNTEER: frozenset({P.HOURS_ENTER_OWN}),
}


def allows(role: Role, permission: Permission) -> bool:
    return permission in MATRIX[role]
