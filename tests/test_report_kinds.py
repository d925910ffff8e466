"""The report registry is the one list of reports: the CLI and the reports page offer
exactly its kinds, and each kind builds through it."""

from datetime import date

import pytest

from app.cli import build_parser
from app.services.actor import Actor
from app.services.errors import ValidationError
from app.services.periods import calendar_year
from app.services.report_kinds import (
    REPORT_KINDS,
    ProjectChoice,
    ReportRequest,
    build_report,
)
from app.storage.database import Database


def test_the_cli_offers_each_kind_with_the_options_it_asks_for() -> None:
    parser = build_parser()
    for kind in REPORT_KINDS.values():
        argv = ["report", kind.code, "--from", "01.01.2026", "--to", "31.12.2026", "--out", "x"]
        if kind.projects == ProjectChoice.ONE:
            argv += ["--project", "WIR-2026"]
        args = parser.parse_args(argv)
        assert args.report_kind == kind.code
        assert hasattr(args, "cumulative") == kind.offers_cumulative
    with pytest.raises(SystemExit):
        parser.parse_args(["report", "esf", "--from", "01.01.2026", "--to", "1.2.2026"])


@pytest.mark.parametrize("code", sorted(REPORT_KINDS))
def test_each_kind_builds_through_the_registry(database: Database, admin: Actor, code: str) -> None:
    kind = REPORT_KINDS[code]
    request = ReportRequest(
        calendar_year(2026),
        project="WIR-2026" if kind.projects == ProjectChoice.ONE else None,
        cumulative=kind.offers_cumulative,
    )
    report = build_report(database, admin, code, request)
    assert report.tables and report.title


def test_unknown_kinds_and_missing_projects_are_refused(database: Database, admin: Actor) -> None:
    period = calendar_year(2026)
    with pytest.raises(ValidationError, match="'zzz' is not available; allowed: esf, counselling"):
        build_report(database, admin, "zzz", ReportRequest(period))
    with pytest.raises(ValidationError, match="made for one project"):
        build_report(database, admin, "outcomes", ReportRequest(period))


def test_the_reports_page_lists_the_registry(qtbot, database: Database, admin: Actor) -> None:  # type: ignore[no-untyped-def]
    from app.ui.pages.reports import ReportsPage

    page = ReportsPage(database, admin)
    qtbot.addWidget(page)
    codes = [page.kind.itemData(i) for i in range(page.kind.count())]
    assert codes == list(REPORT_KINDS)
    for index, code in enumerate(codes):
        page.kind.setCurrentIndex(index)
        kind = REPORT_KINDS[code]
        assert page.cumulative.isVisibleTo(page) == kind.offers_cumulative
        assert page.project.isVisibleTo(page) == (kind.projects == ProjectChoice.ONE)
    assert date.today().year == page.year.value()


def test_the_frozen_builds_smoke_test_writes_every_report() -> None:
    """``make dist`` proves each registered report on the frozen build (installer/)."""
    import ast
    from pathlib import Path

    smoke = Path(__file__).parents[1] / "installer" / "smoke_test.py"
    tree = ast.parse(smoke.read_text(encoding="utf-8"))
    (reports,) = [
        node.value
        for node in ast.walk(tree)
        if isinstance(node, ast.Assign)
        and any(isinstance(t, ast.Name) and t.id == "REPORTS" for t in node.targets)
    ]
    assert set(ast.literal_eval(reports)) == set(REPORT_KINDS)
