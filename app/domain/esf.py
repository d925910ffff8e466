"""ESF Plus questionnaire rules (esf-plus-indicators.md): what must be asked, what counts.

An answer that is ``None`` was not yet asked; the code ``unknown`` is the answer
"keine Angabe", ``refused`` a documented refusal of a special-category question.
Only answers a person gave are ever stored: nothing here fills in a value.
"""

from collections.abc import Mapping

from app.domain.enums import EmploymentStatus, ExitStatus

# The entry questions every ESF participant is asked, in the order of the form.
ENTRY_QUESTIONS = (
    "employment_status",
    "education_level",
    "disability",
    "minority",
    "foreign_origin",
    "homeless",
    "rural_area",
)
SPECIAL_CATEGORY_QUESTIONS = ("disability", "minority")
# Asked only of people who are unemployed at entry (EECO03).
UNEMPLOYED_MONTHS = "unemployed_months"
EXIT_QUESTIONS = ("exit_status", "qualification_gained")

# Annex I computes EECO01 as EECO02 + EECO04 + EECO05: only these make an entry reportable.
REPORTABLE_EMPLOYMENT = (
    EmploymentStatus.EMPLOYED,
    EmploymentStatus.SELF_EMPLOYED,
    EmploymentStatus.UNEMPLOYED,
    EmploymentStatus.INACTIVE,
)
EMPLOYED_AT_ENTRY = (EmploymentStatus.EMPLOYED, EmploymentStatus.SELF_EMPLOYED)
EMPLOYED_AFTER_EXIT = (ExitStatus.EMPLOYED, ExitStatus.SELF_EMPLOYED)

# § 18 SGB III: unemployed "ein Jahr und länger". EU survey rule: over 12 months,
# or over 6 months for people below 25.
LONG_TERM_MONTHS = 12
YOUNG_AGE_LIMIT = 25
YOUNG_LONG_TERM_MONTHS = 6


def missing_entry_answers(answers: Mapping[str, object]) -> list[str]:
    """The entry questions not yet asked (field names, in the order of the form)."""
    missing = [name for name in ENTRY_QUESTIONS if answers.get(name) is None]
    if (
        answers.get("employment_status") == EmploymentStatus.UNEMPLOYED
        and answers.get(UNEMPLOYED_MONTHS) is None
    ):
        missing.insert(1, UNEMPLOYED_MONTHS)
    return missing


def missing_exit_answers(answers: Mapping[str, object]) -> list[str]:
    return [name for name in EXIT_QUESTIONS if answers.get(name) is None]
