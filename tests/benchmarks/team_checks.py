"""After ``make bench-team``: was anything lost, and how fast was each action?

A lost update is a save that reported success whose result is not what the database
holds: a consultation missing or different from what its last save wrote, or, for the
shared case files, two saves that both reported the same new row version (one
silently overwrote the other), a field that differs from the save with the highest
version, or a reported version the stored row never reached. The opposite, a change
in the database that no save reported (the workstation was told it failed), is counted
as an unreported write: the database must never be left half-written either.
"""

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from statistics import median
from typing import Any

import sqlalchemy as sa

from tests.benchmarks.team_workstation import (
    ACTIONS,
    CONFLICT,
    EDITED_FIELDS,
    ERROR,
    CaseSave,
    Results,
    SavedConsultation,
)
from tests.benchmarks.timing import percentile

NOTE_MARK = "Lasttest Arbeitsplatz "  # every consultation a workstation writes starts so


@dataclass
class Findings:
    lost: list[str] = field(default_factory=list)
    unreported: list[str] = field(default_factory=list)


def check(database: Any, results: list[Results], initial_versions: dict[int, int]) -> Findings:
    """Compare what the workstations were told with what the database holds."""
    findings = Findings()
    with database.engine.connect() as connection:
        _check_consultations(connection, results, findings)
        _check_shared_cases(connection, results, initial_versions, findings)
    return findings


def _check_consultations(connection: Any, results: list[Results], findings: Findings) -> None:
    from app.domain.models import Consultation, ConsultationTopic
    from app.domain.models.tables import table

    c, t = table(Consultation).c, table(ConsultationTopic).c
    reported: dict[int, SavedConsultation] = {}
    for result in results:
        reported.update(result.consultations)
    stored = {
        row.id: row
        for row in connection.execute(
            sa.select(
                c.id, c.participant_id, c.date, c.duration_minutes, c.format, c.note, c.row_version
            ).where(sa.or_(c.id.in_(list(reported)), c.note.startswith(NOTE_MARK)))
        )
    }
    topics: dict[int, list[int]] = defaultdict(list)
    for consultation_id, topic_id in connection.execute(
        sa.select(t.consultation_id, t.topic_id).where(t.consultation_id.in_(list(stored)))
    ):
        topics[consultation_id].append(topic_id)
    for saved in reported.values():
        row = stored.get(saved.id)
        if row is None:
            findings.lost.append(f"consultation {saved.id}: reported saved, not in the database")
            continue
        held = {
            "participant_id": row.participant_id,
            "date": str(row.date),
            "duration_minutes": row.duration_minutes,
            "format": str(row.format),
            "note": row.note,
            "row_version": row.row_version,
            "topic_ids": sorted(topics[saved.id]),
        }
        for name, value in held.items():
            if getattr(saved, name) != value:
                findings.lost.append(
                    f"consultation {saved.id}: {name} is {value!r}, "
                    f"the last save wrote {getattr(saved, name)!r}"
                )
    for consultation_id in sorted(set(stored) - set(reported)):
        findings.unreported.append(
            f"consultation {consultation_id}: in the database, no save reported it"
        )


def _check_shared_cases(
    connection: Any,
    results: list[Results],
    initial_versions: dict[int, int],
    findings: Findings,
) -> None:
    from app.domain.models import Participant
    from app.domain.models.tables import table

    p = table(Participant).c
    saves: dict[int, list[CaseSave]] = defaultdict(list)
    for result in results:
        for save in result.case_saves:
            saves[save.participant_id].append(save)
    for case_id, initial in initial_versions.items():
        row = connection.execute(
            sa.select(p.row_version, *(p[name] for name in EDITED_FIELDS)).where(p.id == case_id)
        ).one()
        _check_one_case(case_id, initial, row._mapping, saves[case_id], findings)


def _check_one_case(
    case_id: int,
    initial: int,
    stored: Any,
    saves: list[CaseSave],
    findings: Findings,
) -> None:
    versions = Counter(save.row_version for save in saves)
    for version, times in sorted(versions.items()):
        if times > 1:
            findings.lost.append(
                f"case {case_id}: {times} saves reported version {version} "
                f"({times - 1} overwritten without a conflict)"
            )
    final = stored["row_version"]
    for version in sorted(v for v in versions if not initial < v <= final):
        findings.lost.append(
            f"case {case_id}: a save reported version {version}, the row is at {final}"
        )
    for version in sorted(set(range(initial + 1, final + 1)) - set(versions)):
        findings.unreported.append(
            f"case {case_id}: version {version} written, no save reported it"
        )
    if not saves:
        return
    last = max(saves, key=lambda save: save.row_version)
    for name in EDITED_FIELDS:
        if stored[name] != last.values[name]:
            findings.lost.append(
                f"case {case_id}: {name} is {stored[name]!r}, the last save "
                f"(version {last.row_version}) wrote {last.values[name]!r}"
            )


def table(results: list[Results]) -> str:
    """Per action: count, median, p95, max (ms), errors and conflicts."""
    head = (
        f"{'action':<22}{'count':>7}{'median':>9}{'p95':>9}{'max':>9}{'errors':>8}{'conflicts':>11}"
    )
    lines = [head + "   (ms)", "-" * len(head)]
    for action in ACTIONS:
        timings = [t for result in results for t in result.timings if t.action == action]
        if not timings:
            continue
        ms = [t.ms for t in timings]
        errors = sum(t.outcome == ERROR for t in timings)
        conflicts = sum(t.outcome == CONFLICT for t in timings)
        lines.append(
            f"{action:<22}{len(ms):>7}{median(ms):>9.0f}{percentile(ms, 0.95):>9.0f}"
            f"{max(ms):>9.0f}{errors:>8}{conflicts:>11}"
        )
    return "\n".join(lines)


def error_count(results: list[Results]) -> int:
    return sum(len(result.errors) for result in results)


def conflict_count(results: list[Results]) -> int:
    return sum(t.outcome == CONFLICT for result in results for t in result.timings)


def error_summary(results: list[Results], shown: int = 10) -> list[str]:
    """The distinct errors (action, type, message) with how often each happened."""
    counted = Counter(
        (error["action"], error["type"], error["message"])
        for result in results
        for error in result.errors
    )
    return [
        f"{times}× {action}: {kind}: {message}"
        for (action, kind, message), times in counted.most_common(shown)
    ]
