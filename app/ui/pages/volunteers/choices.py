"""Volunteers as the dialogs offer them to choose from."""

from app.services.volunteers import VolunteerRow


def volunteer_choices(rows: list[VolunteerRow]) -> list[tuple[int, str]]:
    """(id, "Name (number)") of each row."""
    return [(r.id, f"{r.name} ({r.number})") for r in rows]
