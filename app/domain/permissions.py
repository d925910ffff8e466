"""Who may read or change what: the one permission matrix of Lotse.

Services check every use case against this matrix; the UI only uses it to
hide what a role cannot use anyway. *Which* case files a permission reaches
is decided in one place too, ``services/scope.py`` (advisors may be limited to
their own cases).

What each role needs, from the work it does (see the domain notes):

- **Advisors** counsel: case files with residence, health and the ESF
  answers, notes, follow-ups, imports of their cases. They may look up
  volunteers (names, languages, regions: whom to refer a person to), but not
  their police clearances or allowances.
- **Coordinators** look after volunteers and match tandems. That needs the
  volunteers' paperwork (clearance, training) and allowances, and of
  participants only what a tandem needs: the participants of tandems by name,
  and an open case found by name (name, case number, year of birth) to agree
  a new one (``MENTORSHIPS_MANAGE``). Not the case list, not case files,
  not per-person ESF answers.
- **Treasurers** pay allowances and send the funder's figures: volunteers
  (names, numbers), allowances, reports as aggregates. No case data.
- **Volunteers** enter their own hours.
- Reports are for every role with ``REPORTS_READ``; their per-person sheets
  only for roles that may read those people: the ESF participant list (special
  categories per case number) needs ``CASES_READ_SENSITIVE`` and lists only
  cases in the scope; named allowances need ``ALLOWANCES_READ``.

role         case files            notes  volunteers  clearance  allowances  tandems  reports
admin        all                   yes    read/write  yes        read/write  yes      all sheets
advisor      all / own+unassigned  yes    read        no         no          no       sums, own list
coordinator  none (mentees)        no     read/write  yes        read        yes      sums, paid
treasurer    none                  no     read        no         read/write  no       sums, paid
volunteer    none                  no     own hours   no         no          own      none

("own+unassigned": with the setting "advisors see only their own cases"; "mentees": by
name to agree a tandem; "own list": the ESF participant list of the cases in the scope;
"paid": who was paid which allowance; "sums": everything else as aggregates.)
The full export, users, settings, backups, the audit trail, anonymising what is due and
erasing a person (Art. 17 GDPR) are the administrators'.
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
    VOLUNTEERS_READ = "volunteers.read"  # names, contact, languages, hours
    # Police clearances (Führungszeugnis: when seen, when a renewal is due): only for the
    # people who look after volunteers (§ 72a (5) SGB VIII: need-to-know).
    CLEARANCES_READ = "clearances.read"
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
    # Anonymising what is due and erasing a person (Art. 17 GDPR): administrators.
    PRIVACY_MANAGE = "privacy.manage"


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
            P.VOLUNTEERS_READ,
            P.CLEARANCES_READ,
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
