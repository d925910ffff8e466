"""One error path: known problems become messages, bugs reach the crash handler with
their traceback, and the log hears of changes without personal data."""

import logging
import sys
from types import TracebackType

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from app.domain.enums import Gender
from app.services.actor import Actor
from app.services.cases import CaseInput, create_case, update_case
from app.services.errors import ValidationError
from app.storage.database import Database
from app.ui.problems import problem_message
from app.ui.tasks import Task

Hooked = list[tuple[type[BaseException], BaseException, TracebackType | None]]


@pytest.fixture
def hooked(monkeypatch: pytest.MonkeyPatch) -> Hooked:
    calls: Hooked = []
    monkeypatch.setattr(sys, "excepthook", lambda *args: calls.append(args))
    return calls


def run_task(qtbot: QtBot, parent: QWidget, work: object) -> tuple[Task, list[str], list[object]]:
    qtbot.addWidget(parent)
    task = Task("…", work, parent)  # type: ignore[arg-type]
    problems: list[str] = []
    results: list[object] = []
    task.problem.connect(problems.append)
    task.finished.connect(results.append)
    task.start()
    return task, problems, results


def test_a_known_problem_of_a_background_task_is_a_message(qtbot: QtBot, hooked: Hooked) -> None:
    def work(_progress: object) -> None:
        raise ValidationError("postcode", "Postcode: five digits are allowed.")

    parent = QWidget()
    _, problems, results = run_task(qtbot, parent, work)
    qtbot.waitUntil(lambda: bool(problems), timeout=3000)
    assert problems == ["Postcode: five digits are allowed."]
    assert results == [] and hooked == []


def test_a_bug_in_a_background_task_reaches_the_crash_handler_with_its_traceback(
    qtbot: QtBot, hooked: Hooked
) -> None:
    def work(_progress: object) -> None:
        {}["missing"]

    parent = QWidget()
    _, problems, _ = run_task(qtbot, parent, work)
    qtbot.waitUntil(lambda: bool(hooked), timeout=3000)
    kind, value, traceback = hooked[0]
    assert kind is KeyError and isinstance(value, KeyError) and problems == []
    assert traceback is not None and traceback.tb_next is not None  # down into ``work``


def test_a_file_problem_names_the_file() -> None:
    error = PermissionError(13, "Permission denied", "/media/stick/report.xlsx")
    message = problem_message(error)
    assert message is not None and "/media/stick/report.xlsx" in message
    assert problem_message(RuntimeError("bug")) is None


def test_changes_are_logged_with_ids_only(
    database: Database, admin: Actor, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="lotse.changes")
    case = create_case(database, admin, CaseInput("Soraya", "Rahimi", Gender.FEMALE))
    assert case.id is not None
    update_case(
        database, admin, case.id, CaseInput("Soraya", "Rahimi", Gender.FEMALE, phone="0511 99")
    )
    lines = [r.getMessage() for r in caplog.records if r.name == "lotse.changes"]
    assert f"create participant {case.id} by user {admin.user_id}" in lines[0]
    assert any(
        line.startswith(f"update participant {case.id}") and "phone" in line for line in lines
    )
    text = "\n".join(lines)
    assert "Soraya" not in text and "Rahimi" not in text and "0511 99" not in text
