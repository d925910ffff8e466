"""What volunteer hours are worth as the club's unpaid in-kind contribution.

An hour is valued with its project's value for the hour's year (domain rule in
``app.domain.hour_value``). Hours on days an allowance payment compensates are
paid work, not an in-kind contribution: they are counted but never valued.
"""

from dataclasses import dataclass

from sqlalchemy import Connection, text

from app.domain.enums import AllowanceKind
from app.domain.hour_value import hourly_value_cents

# True for an hour entry h that an allowance (not an expense refund) compensates.
COMPENSATED_SQL = (
    "EXISTS (SELECT 1 FROM allowance_payment a WHERE a.volunteer_id = h.volunteer_id "
    "AND a.kind != :expense_refund AND a.covers_from IS NOT NULL "
    "AND h.date BETWEEN a.covers_from AND a.covers_to "
    "AND (a.project_id IS NULL OR a.project_id = h.project_id))"
)
COMPENSATED_PARAMETERS = {"expense_refund": AllowanceKind.EXPENSE_REFUND.value}


@dataclass(frozen=True)
class HourValues:
    own_rates: dict[int, dict[int, int]]  # project -> year -> cents
    flat_rates: dict[int, int | None]  # project -> cents
    minimum_wages: list[tuple[int, int]]

    def cents_per_hour(self, project_id: int | None, year: int) -> int | None:
        if project_id is None:
            return hourly_value_cents(year, {}, None, self.minimum_wages)
        return hourly_value_cents(
            year,
            self.own_rates.get(project_id, {}),
            self.flat_rates.get(project_id),
            self.minimum_wages,
        )

    def value_cents(self, minutes: int, project_id: int | None, year: int) -> int:
        rate = self.cents_per_hour(project_id, year)
        return round((rate or 0) * minutes / 60)


def load_hour_values(connection: Connection) -> HourValues:
    own: dict[int, dict[int, int]] = {}
    for project_id, year, cents in connection.execute(
        text("SELECT project_id, year, rate_cents FROM project_hourly_rate")
    ):
        own.setdefault(int(project_id), {})[int(year)] = int(cents)
    flat = {
        int(project_id): (int(cents) if cents is not None else None)
        for project_id, cents in connection.execute(
            text("SELECT id, hourly_rate_cents FROM project")
        )
    }
    wages = [
        (int(year), int(cents))
        for year, cents in connection.execute(text("SELECT year, cents FROM minimum_wage"))
    ]
    return HourValues(own, flat, wages)
