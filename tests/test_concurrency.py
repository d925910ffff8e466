"""Two writers at once: the second waits for the first instead of failing."""

import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.domain.enums import Gender
from app.services import database as database_service
from app.services.actor import Actor
from app.services.cases import CaseInput, create_case, update_case
from app.services.database import DatabaseBusy, open_database
from app.storage import engine
from app.storage.database import Database

REPOSITORY = Path(__file__).resolve().parent.parent


class LockHolder:
    """Another process holding the database's write lock until ``release``."""

    def __init__(self, database: Database) -> None:
        self.process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "tests.lock_holder",
                str(database.location.database),
                database.key.hex(),
            ],
            cwd=REPOSITORY,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert self.process.stdout is not None
        assert self.process.stdout.readline().strip() == "holding"

    def release(self) -> None:
        if self.process.poll() is None:
            assert self.process.stdin is not None
            self.process.stdin.write("go\n")
            self.process.stdin.flush()
            assert self.process.wait(timeout=30) == 0
        for stream in (self.process.stdin, self.process.stdout):
            if stream is not None and not stream.closed:
                stream.close()


@pytest.fixture
def holder(database: Database) -> Iterator[LockHolder]:
    holding = LockHolder(database)
    yield holding
    holding.release()


def a_case(database: Database, admin: Actor) -> int:
    created = create_case(database, admin, CaseInput("Jürgen", "Ağaoğlu", Gender.MALE))
    assert created.id is not None
    return created.id


def test_a_save_waits_for_another_process_and_succeeds(database: Database, admin: Actor) -> None:
    case_id = a_case(database, admin)
    holder = LockHolder(database)
    timer = threading.Timer(1.5, holder.release)
    timer.start()
    started = time.monotonic()
    saved = update_case(
        database, admin, case_id, CaseInput("Jürgen", "Ağaoğlu", Gender.MALE, phone="0171 555")
    )
    waited = time.monotonic() - started
    timer.join()
    assert saved.phone == "0171 555"
    # It waited for the other writer (not failed at once) and well within the 10 s timeout.
    assert 1.0 < waited < engine.BUSY_TIMEOUT_MS / 1000
    with database.session() as session:
        from app.domain.models import Organisation

        organisation = session.get(Organisation, 1)
        assert organisation is not None and organisation.phone == "030 1234567"


@pytest.fixture
def impatient(database: Database, monkeypatch: pytest.MonkeyPatch) -> Iterator[Database]:
    """The same database opened with a busy timeout of 0.3 s, to keep the test short."""
    monkeypatch.setattr(engine, "BUSY_TIMEOUT_MS", 300)
    opened = open_database(database.location, database.key)
    yield opened
    opened.close()
    database_service.set_busy_prompt(None)


def test_a_lock_held_past_the_timeout_is_a_plain_refusal(
    impatient: Database, admin: Actor, holder: LockHolder
) -> None:
    with pytest.raises(DatabaseBusy) as refused:
        create_case(impatient, admin, CaseInput("Jürgen", "Ağaoğlu", Gender.MALE))
    assert refused.value.message.startswith("Another process is writing to the database right now")
    holder.release()
    with impatient.session() as session:
        from sqlmodel import select

        from app.domain.models import Participant

        assert session.exec(select(Participant)).all() == []


def test_waiting_again_when_asked_saves_after_the_other_process(
    impatient: Database, admin: Actor, holder: LockHolder
) -> None:
    asked: list[int] = []

    def wait_again() -> bool:
        asked.append(1)
        if len(asked) == 2:
            holder.release()
        return True

    database_service.set_busy_prompt(wait_again)
    created = create_case(impatient, admin, CaseInput("Jürgen", "Ağaoğlu", Gender.MALE))
    assert created.case_number and len(asked) == 2


def test_giving_up_when_asked_changes_nothing(
    impatient: Database, admin: Actor, holder: LockHolder
) -> None:
    database_service.set_busy_prompt(lambda: False)
    with pytest.raises(DatabaseBusy):
        create_case(impatient, admin, CaseInput("Jürgen", "Ağaoğlu", Gender.MALE))


def test_long_reads_do_not_take_the_write_lock(
    database: Database, admin: Actor, holder: LockHolder
) -> None:
    from sqlmodel import select

    from app.domain.models import Participant

    started = time.monotonic()
    with database.read_session() as session:
        assert session.exec(select(Participant)).all() == []
    assert time.monotonic() - started < 1


def test_cases_created_by_threads_at_once_get_distinct_numbers(
    database: Database, admin: Actor
) -> None:
    """The counter is read and moved in one statement (services/numbering.py): the
    same on SQLite, where the write lock orders the threads, as on a server."""
    numbers: list[str] = []
    failures: list[BaseException] = []

    def create_some() -> None:
        try:
            for index in range(10):
                case = create_case(database, admin, CaseInput("Neu", f"Fall {index}", Gender.MALE))
                numbers.append(case.case_number)
        except BaseException as error:  # reported below, not lost in the thread
            failures.append(error)

    workers = [threading.Thread(target=create_some) for _ in range(4)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    assert failures == []
    assert len(numbers) == 40 and len(set(numbers)) == 40
    assert sorted(int(number.split("-")[1]) for number in numbers) == list(range(1, 41))
