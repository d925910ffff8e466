"""One simulated workstation of ``make bench-team``: an advisor's day in a loop.

Runs in its own process (started with ``spawn``, so nothing is shared with the driver
or the other workstations: its own interpreter, its own engine, like a separate
computer). It logs in through the same service the login window calls, then repeats
what an advisor does all day, through the same service functions the GUI calls:

- search the case list by a typed name fragment (``case_list.count_cases`` and the
  first page of ``fetch_cases``, as the case list page loads it);
- open one of the cases found (``case_file.read_case_file``, with its consultations);
- write a consultation (``consultations.add_consultation``), sometimes correct it
  at once (``update_consultation`` with the version the form showed);
- now and then edit one of the few case files every workstation edits
  (``cases.update_case`` with the version the form showed), so saves really collide;
- now and then compute the ESF report and write it as xlsx to a temporary file.

Every action's latency and outcome is recorded; an exception other than the
documented ``EditConflict`` is an error. What each save reported is recorded too, so
the driver can check afterwards that nothing reported as saved was lost.
"""

import json
import random
import tempfile
import time
import traceback
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field, fields
from datetime import date
from pathlib import Path
from typing import Any

# The actions, as the table names them.
LOG_IN = "log in"
SEARCH = "search"
OPEN_CASE = "open case"
WRITE_CONSULTATION = "write consultation"
CORRECT_CONSULTATION = "correct consultation"
EDIT_SHARED_CASE = "edit shared case"
ESF_REPORT = "ESF report"
ACTIONS = (
    LOG_IN,
    SEARCH,
    OPEN_CASE,
    WRITE_CONSULTATION,
    CORRECT_CONSULTATION,
    EDIT_SHARED_CASE,
    ESF_REPORT,
)

# Outcomes of one action.
OK = "ok"
CONFLICT = "conflict"  # the documented edit conflict: shown to the user, nothing saved
ERROR = "error"

# The case form's fields a workstation changes in a shared case file.
EDITED_FIELDS = ("remarks", "city", "phone")
# What the case list shows first (ui/models/paged.PAGE_SIZE).
FIRST_PAGE = 200
MAX_THINK_SECONDS = 0.2
CORRECT_SHARE = 0.3  # of written consultations, corrected at once
EDIT_SHARE = 0.35  # of rounds that also edit a shared case file
SAVE_MINE_SHARE = 0.5  # of conflicts where the user saves their version anyway
REPORT_EVERY_SECONDS = 15.0  # about how often one workstation computes the ESF report
START_TIMEOUT_SECONDS = 120.0  # for every workstation to have logged in


@dataclass(frozen=True)
class Plan:
    """Everything one workstation needs; picklable (sent to a spawned process)."""

    number: int
    username: str
    password: str
    seconds: float
    results: str  # the JSON file this workstation writes
    fragments: tuple[str, ...]  # typed name fragments to search for
    shared_cases: tuple[int, ...]  # case files every workstation edits
    topic_ids: tuple[int, ...]
    esf_project: str
    report_year: int
    data_dir: str | None = None  # laptop mode: the data folder
    server: str | None = None  # team mode: the server address (postgresql://…)
    server_password: str | None = None
    seed: int = 0


@dataclass
class Attempt:
    """How one action ended; ``conflict`` is the ``EditConflict`` a save ran into."""

    outcome: str = OK
    conflict: Any = None


@dataclass
class Timing:
    action: str
    ms: float
    outcome: str


@dataclass
class SavedConsultation:
    """A consultation as the last successful save of this workstation left it."""

    id: int
    participant_id: int
    date: str
    duration_minutes: int
    format: str
    topic_ids: list[int]
    note: str
    row_version: int


@dataclass
class CaseSave:
    """A save of a shared case file that reported success, with what it wrote."""

    participant_id: int
    row_version: int  # the version the save returned
    values: dict[str, str | None]  # EDITED_FIELDS as saved


@dataclass
class Results:
    workstation: int
    username: str
    timings: list[Timing] = field(default_factory=list)
    errors: list[dict[str, str]] = field(default_factory=list)
    consultations: dict[int, SavedConsultation] = field(default_factory=dict)
    case_saves: list[CaseSave] = field(default_factory=list)

    def to_json(self) -> str:
        data = asdict(self)
        data["consultations"] = [asdict(c) for c in self.consultations.values()]
        return json.dumps(data)


def read_results(path: Path) -> Results:
    data = json.loads(path.read_text())
    results = Results(data["workstation"], data["username"])
    results.timings = [Timing(**t) for t in data["timings"]]
    results.errors = data["errors"]
    results.consultations = {c["id"]: SavedConsultation(**c) for c in data["consultations"]}
    results.case_saves = [CaseSave(**s) for s in data["case_saves"]]
    return results


class Workstation:
    """One logged-in advisor at one computer."""

    def __init__(self, plan: Plan, results: Results) -> None:
        self.plan = plan
        self.results = results
        self.random = random.Random(plan.seed * 1000 + plan.number)
        self.sequence = 0
        self.database: Any = None
        self.actor: Any = None
        self.next_report = time.monotonic() + self.random.uniform(0, REPORT_EVERY_SECONDS)
        self.scratch = Path(tempfile.mkdtemp(prefix=f"bch-ws{plan.number}-"))

    @contextmanager
    def measured(self, action: str) -> Iterator[Attempt]:
        """Times the block. An ``EditConflict`` is a conflict (kept for the caller, who
        decides as the user would); any other exception is an error, recorded with its
        type and first line, and the day goes on."""
        from app.services.row_versions import EditConflict

        attempt = Attempt()
        started = time.perf_counter()
        try:
            yield attempt
        except EditConflict as conflict:
            attempt.outcome, attempt.conflict = CONFLICT, conflict
        except Exception as error:
            attempt.outcome = ERROR
            self.results.errors.append(
                {
                    "action": action,
                    "type": type(error).__name__,
                    "message": (str(error).splitlines() or [""])[0][:300],
                    "trace": traceback.format_exc(limit=6)[-2000:],
                }
            )
        finally:
            ms = (time.perf_counter() - started) * 1000
            self.results.timings.append(Timing(action, ms, attempt.outcome))

    def think(self) -> None:
        time.sleep(self.random.uniform(0, MAX_THINK_SECONDS))

    def log_in(self) -> bool:
        from app.services.auth import log_in

        with self.measured(LOG_IN) as attempt:
            login = log_in(
                self._location(),
                self.plan.username,
                self.plan.password,
                **self._server_password(),
            )
            self.database, self.actor = login.database, login.actor
        return attempt.outcome == OK

    def _location(self) -> Any:
        from app.services.data_folder import resolve

        if self.plan.server is None:
            return resolve(self.plan.data_dir)
        # Team mode: the server branch's resolve(data_dir, server=URL) (Location.server).
        # Until that branch is merged, resolve has no ``server`` and this is a TypeError.
        return resolve(self.plan.data_dir, server=self.plan.server)

    def _server_password(self) -> dict[str, str]:
        # Team mode: log_in(…, server_password=…) from the server branch.
        if self.plan.server is None or self.plan.server_password is None:
            return {}
        return {"server_password": self.plan.server_password}

    def day(self) -> None:
        """Rounds of the advisor's day until the time is up."""
        deadline = time.monotonic() + self.plan.seconds
        while time.monotonic() < deadline:
            case_id = self.search()
            self.think()
            case = self.open_case(case_id) if case_id is not None else None
            self.think()
            if case is not None and _writable(case):
                self.write_consultation(case.participant.id)
                self.think()
            if self.random.random() < EDIT_SHARE:
                self.edit_shared_case()
                self.think()
            if time.monotonic() >= self.next_report:
                self.esf_report()
                self.next_report = time.monotonic() + self.random.uniform(
                    0.5 * REPORT_EVERY_SECONDS, 1.5 * REPORT_EVERY_SECONDS
                )

    def search(self) -> int | None:
        """The case list filtered by a typed name fragment; one of the found cases."""
        from app.services.case_list import CaseQuery, count_cases, fetch_cases

        query = CaseQuery(text=self.random.choice(self.plan.fragments))
        rows: list[Any] = []
        with self.measured(SEARCH):
            count_cases(self.database, self.actor, query)
            rows = fetch_cases(self.database, self.actor, query, 0, FIRST_PAGE)
        return self.random.choice(rows).id if rows else None

    def open_case(self, case_id: int) -> Any:
        """The case window's content (None when opening failed)."""
        from app.services.case_file import read_case_file

        case = None
        with self.measured(OPEN_CASE):
            case = read_case_file(self.database, self.actor, case_id)
        return case

    def _consultation_input(self, case_id: int) -> Any:
        from app.domain.enums import ConsultationFormat
        from app.services.consultations import ConsultationInput

        self.sequence += 1
        topics = self.random.sample(self.plan.topic_ids, k=min(2, len(self.plan.topic_ids)))
        return ConsultationInput(
            participant_id=case_id,
            date=date.today(),
            duration_minutes=self.random.randint(10, 90),
            format=self.random.choice(list(ConsultationFormat)),
            topic_ids=tuple(sorted(topics[: self.random.randint(1, len(topics))])),
            note=f"Lasttest Arbeitsplatz {self.plan.number}, Eintrag {self.sequence}: "
            f"{self.random.getrandbits(64):016x}",
        )

    def _remember(self, consultation: Any, data: Any) -> None:
        self.results.consultations[consultation.id] = SavedConsultation(
            id=consultation.id,
            participant_id=data.participant_id,
            date=data.date.isoformat(),
            duration_minutes=data.duration_minutes,
            format=str(data.format),
            topic_ids=sorted(data.topic_ids),
            note=data.note,
            row_version=consultation.row_version,
        )

    def write_consultation(self, case_id: int) -> None:
        from app.services.consultations import add_consultation, update_consultation

        data = self._consultation_input(case_id)
        saved = None
        with self.measured(WRITE_CONSULTATION):
            saved = add_consultation(self.database, self.actor, data)
            self._remember(saved, data)
        if saved is None or self.random.random() >= CORRECT_SHARE:
            return
        self.think()
        corrected = self._consultation_input(case_id)
        with self.measured(CORRECT_CONSULTATION):
            updated = update_consultation(
                self.database,
                self.actor,
                saved.id,
                corrected,
                expected_version=saved.row_version,
            )
            self._remember(updated, corrected)

    def edit_shared_case(self) -> None:
        """Open a shared case file's form, change one field, save with the version the
        form showed. On a conflict the user either saves theirs anyway (the dialog's
        choice, again with the version the conflict reports) or keeps the stored one."""
        from app.services.case_file import read_case_file

        case_id = self.random.choice(self.plan.shared_cases)
        with self.measured(OPEN_CASE) as opened:
            case = read_case_file(self.database, self.actor, case_id)
        if opened.outcome != OK:
            return
        data = self._edited_form(case)
        expected = case.participant.row_version
        self.think()
        while True:
            attempt = self._save_case(case_id, data, expected)
            if attempt.conflict is None or self.random.random() >= SAVE_MINE_SHARE:
                return
            expected = attempt.conflict.current_version

    def _edited_form(self, case: Any) -> Any:
        """The case form filled from the file, with one field changed as a user types."""
        from app.services.cases import CaseInput

        names = {f.name for f in fields(CaseInput)} - {"nationalities", "languages"}
        values = {name: getattr(case.participant, name) for name in names}
        self.sequence += 1
        changed = self.random.choice(EDITED_FIELDS)
        values[changed] = {
            "remarks": f"Geändert an Arbeitsplatz {self.plan.number}, Nr. {self.sequence}",
            "city": f"Ort {self.plan.number}-{self.sequence}",
            "phone": f"0511 {self.plan.number}{self.sequence:06d}",
        }[changed]
        return CaseInput(
            **values,
            nationalities=tuple(case.nationalities),
            languages=tuple(case.languages),
        )

    def _save_case(self, case_id: int, data: Any, expected: int) -> Attempt:
        from app.services.cases import update_case

        with self.measured(EDIT_SHARED_CASE) as attempt:
            saved = update_case(self.database, self.actor, case_id, data, expected_version=expected)
            self.results.case_saves.append(
                CaseSave(
                    case_id,
                    saved.row_version,
                    {name: getattr(saved, name) for name in EDITED_FIELDS},
                )
            )
        return attempt

    def esf_report(self) -> None:
        """As the reports page and ``lotse report esf`` do it: build, then write xlsx."""
        from app.services import periods
        from app.services.report_kinds import ReportRequest, build_report
        from app.services.reports import write_report

        request = ReportRequest(
            periods.calendar_year(self.plan.report_year), project=self.plan.esf_project
        )
        with self.measured(ESF_REPORT):
            report = build_report(self.database, self.actor, "esf", request)
            write_report(self.database, self.actor, report, "xlsx", self.scratch / "esf.xlsx")

    def close(self) -> None:
        import shutil

        if self.database is not None:
            self.database.close()
        shutil.rmtree(self.scratch, ignore_errors=True)


def _writable(case: Any) -> bool:
    """The case window offers a new consultation only for a case not anonymised."""
    from app.domain.enums import CaseStatus

    return bool(case.participant.status != CaseStatus.ANONYMISED)


def run(plan: Plan, start: Any) -> None:
    """The process's body: log in, wait for all workstations at the barrier ``start``,
    work, write the results (also when something unexpected ends the day early)."""
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("LOTSE_LANG", "de")
    results = Results(plan.number, plan.username)
    workstation = Workstation(plan, results)
    try:
        logged_in = workstation.log_in()
        start.wait(timeout=START_TIMEOUT_SECONDS)
        if logged_in:
            workstation.day()
    except BaseException as error:
        results.errors.append(
            {
                "action": "workstation",
                "type": type(error).__name__,
                "message": str(error)[:300],
                "trace": traceback.format_exc(limit=6)[-2000:],
            }
        )
    finally:
        workstation.close()
        Path(plan.results).write_text(results.to_json())
