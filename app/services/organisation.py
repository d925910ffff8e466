"""The club's own data: name, address, logo and data-protection contact.

They head every PDF Lotse prints (reports, agreements, timesheets) and the
notices handed to the people a club counsels.
"""

from dataclasses import dataclass

from sqlmodel import select

from app.domain.enums import AuditAction
from app.domain.models import Organisation
from app.domain.permissions import Permission
from app.reports.model import Letterhead
from app.services import validation
from app.services.actor import Actor
from app.services.audit import record
from app.services.errors import NotInitialised, Problems, ValidationError
from app.services.i18n import translate
from app.storage.database import Database

MAX_LOGO_BYTES = 1024 * 1024
_IMAGE_SIGNATURES = (b"\x89PNG\r\n\x1a\n",)


@dataclass(frozen=True)
class OrganisationInput:
    name: str
    street: str | None = None
    postcode: str | None = None
    city: str | None = None
    email: str | None = None
    phone: str | None = None
    privacy_contact: str | None = None


@dataclass(frozen=True)
class OrganisationData:
    name: str
    street: str | None
    postcode: str | None
    city: str | None
    email: str | None
    phone: str | None
    privacy_contact: str | None
    logo_png: bytes | None

    def address_lines(self) -> list[str]:
        """Street and place, as printed under the name."""
        place = " ".join(part for part in (self.postcode, self.city) if part)
        return [line for line in (self.street, place) if line]


def letterhead(database: Database) -> Letterhead:
    """The organisation as printed at the top of agreements, timesheets and notices."""
    data = get_organisation(database)
    return Letterhead(data.name, data.address_lines(), data.logo_png, data.privacy_contact)


def get_organisation(database: Database) -> OrganisationData:
    """No personal data: every logged-in role (and the login dialog) may read it."""
    with database.session() as session:
        row = session.exec(select(Organisation)).first()
        if row is None:
            raise NotInitialised(translate("Errors", "The organisation has not been set up."))
        return OrganisationData(
            row.name,
            row.street,
            row.postcode,
            row.city,
            row.email,
            row.phone,
            row.privacy_contact,
            row.logo_png,
        )


def _postcode(value: str | None) -> str | None:
    text = (value or "").strip() or None
    if text is not None and not (len(text) == 5 and text.isdigit()):
        raise ValidationError(
            "postcode",
            translate("Errors", "{label}: '{value}' is not allowed. Use five digits.").format(
                label=translate("Fields", "Postcode"), value=text
            ),
        )
    return text


def check_organisation(data: OrganisationInput) -> dict[str, str | None]:
    """The checked columns; raises one ValidationError naming every field in error."""
    problems = Problems()
    values = {
        "name": problems.check(
            lambda: validation.required_text(
                "name", translate("Fields", "Organisation name"), data.name
            )
        ),
        "street": problems.check(
            lambda: validation.optional_text("street", translate("Fields", "Street"), data.street)
        ),
        "postcode": problems.check(lambda: _postcode(data.postcode)),
        "city": problems.check(
            lambda: validation.optional_text("city", translate("Fields", "City"), data.city)
        ),
        "email": problems.check(lambda: validation.email("email", data.email)),
        "phone": problems.check(
            lambda: validation.optional_text("phone", translate("Fields", "Phone"), data.phone)
        ),
        "privacy_contact": problems.check(
            lambda: validation.optional_text(
                "privacy_contact",
                translate("Fields", "Data-protection contact"),
                data.privacy_contact,
                500,
            )
        ),
    }
    problems.raise_any()
    return values


def update_organisation(database: Database, actor: Actor, data: OrganisationInput) -> None:
    actor.require(Permission.SETTINGS_MANAGE)
    values = check_organisation(data)
    with database.session() as session:
        row = session.exec(select(Organisation)).one()
        changed = [name for name, value in values.items() if getattr(row, name) != value]
        for name, value in values.items():
            setattr(row, name, value)
        session.add(row)
        record(session, actor, AuditAction.UPDATE, "organisation", row.id, changed)
        session.commit()


def set_logo(database: Database, actor: Actor, png: bytes | None) -> None:
    """Stores the logo (PNG, as the settings page converts any picture), or removes it."""
    actor.require(Permission.SETTINGS_MANAGE)
    if png is not None and not png.startswith(_IMAGE_SIGNATURES):
        raise ValidationError(
            "logo", translate("Errors", "Logo: the file is not a picture Lotse can read.")
        )
    if png is not None and len(png) > MAX_LOGO_BYTES:
        raise ValidationError(
            "logo",
            translate("Errors", "Logo: at most {size} MB are allowed.").format(
                size=MAX_LOGO_BYTES // (1024 * 1024)
            ),
        )
    with database.session() as session:
        row = session.exec(select(Organisation)).one()
        row.logo_png = png
        session.add(row)
        record(session, actor, AuditAction.UPDATE, "organisation", row.id, ["logo_png"])
        session.commit()
