"""The permission matrix and its enforcement in the services."""

import pytest

from app.domain.enums import Role
from app.domain.permissions import MATRIX, Permission, allows
from app.services.actor import Actor
from app.services.demo import create_demo_data
from app.services.errors import PermissionDenied
from app.services.overview import overview_figures
from app.services.projects import add_project, list_projects
from app.services.users import add_user, list_users
from app.storage.database import Database
from tests.conftest import first_project

P = Permission

# What each role must be able to do, and what it must never do.
MUST = {
    Role.ADVISOR: {
        P.CASES_READ,
        P.CASES_READ_SENSITIVE,
        P.NOTES_READ,
        P.CONSULTATIONS_WRITE,
        P.FOLLOWUPS_MANAGE,
        P.REPORTS_READ,
    },
    Role.COORDINATOR: {
        P.VOLUNTEERS_WRITE,
        P.HOURS_APPROVE,
        P.HOURS_ENTER_ANY,
        P.MENTORSHIPS_MANAGE,
        P.CLEARANCES_READ,
        P.ALLOWANCES_READ,
    },
    Role.TREASURER: {P.REPORTS_READ, P.ALLOWANCES_WRITE, P.VOLUNTEERS_READ},
    Role.VOLUNTEER: {P.HOURS_ENTER_OWN},
}
NEVER = {
    Role.ADVISOR: {
        P.USERS_MANAGE,
        P.PROJECTS_MANAGE,
        P.EXPORT_ALL,
        P.ALLOWANCES_READ,
        P.ALLOWANCES_WRITE,
        P.CLEARANCES_READ,
    },
    Role.COORDINATOR: {
        P.CASES_READ,
        P.CONSULTATIONS_READ,
        P.NOTES_READ,
        P.CASES_READ_SENSITIVE,
        P.USERS_MANAGE,
        P.ALLOWANCES_WRITE,
        P.EXPORT_ALL,
    },
    Role.TREASURER: {
        P.NOTES_READ,
        P.CASES_READ,
        P.CASES_READ_SENSITIVE,
        P.CONSULTATIONS_READ,
        P.USERS_MANAGE,
        P.EXPORT_ALL,
        P.HOURS_APPROVE,
        P.CLEARANCES_READ,
    },
    Role.VOLUNTEER: set(Permission) - {P.HOURS_ENTER_OWN},
}


def test_admin_may_do_everything() -> None:
    assert MATRIX[Role.ADMIN] == frozenset(Permission)


@pytest.mark.parametrize("role", list(MUST))
def test_roles_have_what_their_work_needs(role: Role) -> None:
    assert MUST[role] <= MATRIX[role]


@pytest.mark.parametrize("role", list(NEVER))
def test_roles_never_get_what_they_must_not_see(role: Role) -> None:
    assert not (NEVER[role] & MATRIX[role])


def test_volunteers_and_treasurers_never_read_notes_or_sensitive_data() -> None:
    for role in (Role.VOLUNTEER, Role.TREASURER):
        assert not allows(role, P.NOTES_READ)
        assert not allows(role, P.CASES_READ_SENSITIVE)


def actor_with(database: Database, admin: Actor, role: Role) -> Actor:
    user = add_user(database, admin, f"user-{role.value}", role.value, "passwort-123-lang")
    assert user.id is not None
    return Actor(user.id, user.username, user.display_name, role)


@pytest.mark.parametrize("role", [Role.ADVISOR, Role.COORDINATOR, Role.TREASURER, Role.VOLUNTEER])
def test_only_admins_manage_users_projects_and_demo_data(
    database: Database, admin: Actor, role: Role
) -> None:
    actor = actor_with(database, admin, role)
    with pytest.raises(PermissionDenied, match="may not"):
        add_user(database, actor, "mallory", "admin", "passwort-123-lang")
    with pytest.raises(PermissionDenied):
        list_users(database, actor)
    with pytest.raises(PermissionDenied):
        add_project(database, actor, first_project())
    with pytest.raises(PermissionDenied):
        create_demo_data(database, actor, 5, 1, "passwort-123-lang")
    assert [p.code for p in list_projects(database, actor)] == ["WIR-2026"]


def test_overview_shows_each_role_only_its_own_areas(database: Database, admin: Actor) -> None:
    treasurer = overview_figures(database, actor_with(database, admin, Role.TREASURER))
    assert treasurer.open_cases is None
    assert treasurer.active_volunteers == 0
    volunteer = overview_figures(database, actor_with(database, admin, Role.VOLUNTEER))
    assert volunteer.open_cases is None and volunteer.active_volunteers is None
    advisor = overview_figures(database, actor_with(database, admin, Role.ADVISOR))
    assert advisor.open_cases == 0
