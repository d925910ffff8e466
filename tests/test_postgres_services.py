"""The services' own SQL on PostgreSQL: numbering under concurrent writers, the case
search (same results as SQLite's full-text index), the privacy statements, the audit
trail, the case list's order with empty values, and database errors without data.

Each test builds Lotse's tables in a scratch database (``tests/pg_schema.py``); all are
skipped unless ``LOTSE_TEST_POSTGRES`` names a server (``tests/postgres.py``).
"""

import threading
from collections.abc import Iterator

import pytest
import sqlalchemy as sa
from sqlmodel import Session

from app.domain.models import NumberSequence
from app.services.numbering import ensure_at_least, reserve
from tests.pg_schema import postgres_engine


@pytest.fixture(scope="module")
def engine() -> Iterator[sa.Engine]:
    with postgres_engine("svc") as created:
        yield created


def test_concurrent_reserves_never_hand_out_a_number_twice(engine: sa.Engine) -> None:
    threads, per_thread = 8, 50
    handed_out: list[int] = []
    failures: list[BaseException] = []
    lock = threading.Lock()

    def work() -> None:
        try:
            for _ in range(per_thread):
                with Session(engine) as session:
                    number = reserve(session, "race")
                    session.commit()
                with lock:
                    handed_out.append(number)
        except BaseException as error:  # reported below, not lost in the thread
            failures.append(error)

    workers = [threading.Thread(target=work) for _ in range(threads)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()

    assert failures == []
    assert sorted(handed_out) == list(range(1, threads * per_thread + 1))
    with Session(engine) as session:
        assert session.get(NumberSequence, "race").last_value == threads * per_thread  # type: ignore[union-attr]


def test_reserve_counts_on_and_ensure_at_least_never_lowers(engine: sa.Engine) -> None:
    with Session(engine) as session:
        assert reserve(session, "block", 5) == 1
        assert reserve(session, "block") == 6
        ensure_at_least(session, "block", 3)
        assert reserve(session, "block") == 7
        ensure_at_least(session, "block", 20)
        assert reserve(session, "block", 2) == 21
        ensure_at_least(session, "imported", 9)
        assert reserve(session, "imported") == 10
        session.commit()
