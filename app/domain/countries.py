"""Country facts needed by the rules: EU membership and the stateless marker."""

# ISO 3166-1 alpha-2 codes of the 27 EU member states.
EU_MEMBER_STATES = frozenset(
    {
        "AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU",
        "IE", "IT", "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK",
    }
)  # fmt: skip

# User-assigned ISO code Lotse uses for "staatenlos" (stateless).
STATELESS = "XX"


def is_third_country_national(nationalities: list[str] | tuple[str, ...]) -> bool | None:
    """EECO13: no EU-27 citizenship. Stateless people count; unknown gives None.

    A dual national holding one EU citizenship is not a third-country national.
    """
    codes = {code.upper() for code in nationalities}
    if not codes:
        return None
    return codes.isdisjoint(EU_MEMBER_STATES)
