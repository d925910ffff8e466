"""The acting user every use case receives.

An actor from a login re-reads the account at every permission check, so a role
change or a deactivation takes effect at the user's next action, also in a window
that is already open. Actors built by tests or the set-up keep the role they have.
"""

from collections.abc import Callable
from dataclasses import dataclass, field

from app.domain.enums import Role
from app.domain.permissions import Permission, allows
from app.services.errors import PermissionDenied, SessionEnded
from app.services.i18n import translate


@dataclass(frozen=True)
class AccountState:
    active: bool
    role: Role


@dataclass(frozen=True)
class Actor:
    user_id: int
    username: str
    display_name: str
    role: Role  # at login; checks use ``current_role``
    must_change_password: bool = False
    # The interface language the user chose (None: this computer's or the system's).
    language: str | None = None
    # Reads the account's current state (None: the account is gone).
    account: Callable[[int], AccountState | None] | None = field(
        default=None, compare=False, repr=False
    )

    def current_role(self) -> Role:
        """The role the account has now; refuses once the account was deactivated."""
        if self.account is None:
            return self.role
        state = self.account(self.user_id)
        if state is None or not state.active:
            raise SessionEnded(
                translate(
                    "Errors",
                    "The account {user} was deactivated. Please log in again.",
                ).format(user=self.username)
            )
        return state.role

    def can(self, permission: Permission) -> bool:
        return allows(self.current_role(), permission)

    def require(self, permission: Permission) -> None:
        role = self.current_role()
        if not allows(role, permission):
            raise PermissionDenied(
                translate(
                    "Errors", "User {user} (role {role}) may not do this ({permission})."
                ).format(user=self.username, role=role.value, permission=permission.value)
            )
