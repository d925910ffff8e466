"""Workstations saving the same record at the same moment (team mode's real case; on a
laptop the write lock serialises them): each save either succeeds with the next version
or is an edit conflict the user sees, never a failure and never a silent overwrite."""

import threading
from dataclasses import replace

from app.domain.enums import Gender
from app.domain.models import Participant
from app.services.actor import Actor
from app.services.cases import CaseInput, create_case, update_case
from app.services.row_versions import EditConflict
from app.storage.database import Database

FORM = CaseInput("Aylin", "Kaya", Gender.FEMALE, phone="0171 1111", city="Hannover")
WORKSTATIONS = 4


def stored(database: Database, case_id: int) -> Participant:
    with database.session() as session:
        participant = session.get(Participant, case_id)
        assert participant is not None
        return participant


ROUNDS = 15


def test_simultaneous_saves_of_one_case_are_saved_or_conflicts(
    database: Database, admin: Actor
) -> None:
    case = create_case(database, admin, FORM)
    assert case.id is not None
    start = threading.Barrier(WORKSTATIONS)
    saved: list[tuple[int, str]] = []
    conflicts: list[int] = []
    failures: list[BaseException] = []

    def workstation(number: int) -> None:
        start.wait()
        for round_ in range(ROUNDS):
            assert case.id is not None
            shown = stored(database, case.id).row_version  # the form opens
            phone = f"0171 {number}{round_:03d}"
            try:
                result = update_case(
                    database, admin, case.id, replace(FORM, phone=phone), expected_version=shown
                )
            except EditConflict:
                conflicts.append(number)
            except BaseException as error:  # anything else is a failure the user would see
                failures.append(error)
            else:
                saved.append((result.row_version, phone))

    threads = [threading.Thread(target=workstation, args=(n,)) for n in range(WORKSTATIONS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert failures == []
    assert len(saved) + len(conflicts) == WORKSTATIONS * ROUNDS
    versions = sorted(version for version, _phone in saved)
    assert versions == list(range(2, 2 + len(saved)))  # every save one version, none twice
    final = stored(database, case.id)
    assert final.row_version == versions[-1]
    assert final.phone == max(saved)[1]  # the last save is what is stored
