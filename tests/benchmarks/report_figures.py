"""Report figures: the ESF report written by the command line, and each report's
computation against its hand-written SQL floor (sql_floor.py) on the same file."""

from datetime import date
from pathlib import Path

from tests.benchmarks import sql_floor
from tests.benchmarks.dataset import ESF_PROJECT, YEAR
from tests.benchmarks.figures import Figure
from tests.benchmarks.lotse_process import ADMIN, PASSWORD, probe_lines, run
from tests.benchmarks.timing import best_of

RUNS = 3
RATIO_TARGET = 3.0
TARGETS = {"xlsx": 1.0, "pdf": 2.0}


def esf_enrollments(folder: Path) -> int:
    """Enrollments of the ESF project entering in the year (the size the target names)."""
    from sqlalchemy import text

    database, _actor = _log_in(folder)
    with database.engine.connect() as connection:
        count = connection.execute(
            text(
                "SELECT count(*) FROM enrollment e JOIN project p ON p.id = e.project_id "
                "WHERE p.code = :code AND e.entry_date BETWEEN :start AND :end"
            ),
            {"code": ESF_PROJECT, "start": date(YEAR, 1, 1), "end": date(YEAR, 12, 31)},
        ).scalar_one()
    database.close()
    return int(count)


def esf_command_figures(folder: Path, scratch: Path) -> list[Figure]:
    """``lotse report esf`` to xlsx and PDF: the command's time after its start-up."""
    enrollments = esf_enrollments(folder)
    figures = []
    for output, target in TARGETS.items():
        runs = []
        for _ in range(RUNS):
            result = run(
                [
                    "-m", "tests.benchmarks.probe_report", "--data-dir", str(folder),
                    "--user", ADMIN, "report", "esf", "--project", ESF_PROJECT,
                    "--from", f"01.01.{YEAR}", "--to", f"31.12.{YEAR}", "--format", output,
                    "--out", str(scratch / f"esf.{output}"),
                ]
            )  # fmt: skip
            marks = probe_lines(result)
            runs.append(marks["done"] - marks["build_started"])
        figures.append(
            Figure(
                f"ESF report, {enrollments:,} enrollments in {YEAR}, {output} (command − start-up)",
                min(runs),
                target,
                "s",
                f"best of {RUNS}: " + ", ".join(f"{s:.2f}" for s in runs),
            )
        )
    return figures


def _log_in(folder: Path) -> tuple[object, object]:
    from app.services.auth import log_in
    from app.services.data_folder import resolve

    login = log_in(resolve(str(folder)), ADMIN, PASSWORD)
    return login.database, login.actor


def ratio_figures(folder: Path) -> list[Figure]:
    """Each report's computation (through the services, as every front end builds it)
    divided by its SQL floor, both best of three on the same open file."""
    from sqlalchemy import text

    from app.services.report_kinds import ReportRequest, build_report
    from app.services.reports import Period

    database, actor = _log_in(folder)
    period = Period(date(YEAR, 1, 1), date(YEAR, 12, 31))
    requests = {
        "esf": ReportRequest(period, project=ESF_PROJECT),
        "counselling": ReportRequest(period),
        "volunteers": ReportRequest(period),
    }
    with database.engine.connect() as connection:  # type: ignore[attr-defined]
        project_id = connection.execute(
            text("SELECT id FROM project WHERE code = :code"), {"code": ESF_PROJECT}
        ).scalar_one()

    def floor(code: str) -> None:
        with database.engine.connect() as connection:  # type: ignore[attr-defined]
            if code == "esf":
                sql_floor.esf_floor(connection, project_id)
            else:
                sql_floor.FLOORS[code](connection)

    def computation(code: str, request: ReportRequest) -> float:
        return best_of(RUNS, lambda: build_report(database, actor, code, request))  # type: ignore[arg-type]

    figures = []
    for code, request in requests.items():
        report = computation(code, request)
        lowest = best_of(RUNS, lambda: floor(code))  # noqa: B023 (called at once)
        figures.append(
            Figure(
                f"{code} report computation ÷ hand-written SQL",
                report / lowest,
                RATIO_TARGET,
                "×",
                f"report {report:.3f} s, SQL {lowest:.3f} s (best of {RUNS} each)",
            )
        )
    database.close()  # type: ignore[attr-defined]
    return figures
