"""The printable Notfallschlüssel, written right after the recovery key was made."""

from datetime import date
from pathlib import Path

from app.reports.recovery_sheet import write_recovery_sheet_pdf
from app.services.errors import ValidationError
from app.services.i18n import translate
from app.services.setup import organisation_name
from app.storage.database import Database
from app.storage.keyslots import recovery_secret


def write_recovery_sheet(
    database: Database, recovery_key: str, path: Path, today: date | None = None
) -> Path:
    """A one-page PDF with the organisation's name, the date and the key; nothing else."""
    if recovery_secret(recovery_key) is None:
        raise ValidationError("recovery_key", translate("Errors", "This is no recovery key."))
    if path.suffix.lower() != ".pdf":
        path = path.with_name(path.name + ".pdf")
    write_recovery_sheet_pdf(organisation_name(database), recovery_key, today or date.today(), path)
    return path
