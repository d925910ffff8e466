"""The acting user every use case receives."""

from dataclasses import dataclass

from app.domain.enums import Role
from app.domain.permissions import Permission, allows
from app.services.errors import PermissionDenied
from app.services.i18n import translate


@dataclass(frozen=True)
class Actor:
    user_id: int
    username: str
    display_name: str
    role: Role

    def can(self, permission: Permission) -> bool:
        return allows(self.role, permission)

    def require(self, permission: Permission) -> None:
        if not self.can(permission):
            raise PermissionDenied(
                translate(
                    "Errors", "User {user} (role {role}) may not do this ({permission})."
                ).format(user=self.username, role=self.role.value, permission=permission.value)
            )
