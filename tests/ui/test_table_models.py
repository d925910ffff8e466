"""Table models pass Qt's model checks and show translated, formatted values."""

from pytestqt.modeltest import ModelTester

from app.services.actor import Actor
from app.services.projects import ProjectInput, add_project, list_projects
from app.services.users import list_users
from app.storage.database import Database
from app.ui.models.projects import ProjectTableModel
from app.ui.models.users import UserTableModel


def test_project_model(qtmodeltester: ModelTester, database: Database, admin: Actor) -> None:
    add_project(database, admin, ProjectInput("TANDEM", "Tandem", "MSM", "01.04.2026"))
    model = ProjectTableModel(list_projects(database, admin))
    qtmodeltester.check(model)
    rows = {model.index(r, 0).data(): r for r in range(model.rowCount())}
    wir = rows["WIR-2026"]
    assert model.index(wir, ProjectTableModel.COL_PERIOD).data() == "01.01.2026 – 31.12.2027"
    assert model.index(wir, ProjectTableModel.COL_RATE).data() == "15,00 €"
    tandem = rows["TANDEM"]
    assert model.index(tandem, ProjectTableModel.COL_PERIOD).data() == "01.04.2026 – offen"
    assert model.index(tandem, ProjectTableModel.COL_ESF).data() == "nein"


def test_user_model(qtmodeltester: ModelTester, database: Database, admin: Actor) -> None:
    model = UserTableModel(list_users(database, admin))
    qtmodeltester.check(model)
    assert model.index(0, UserTableModel.COL_ROLE).data() == "Administration"
    assert model.index(0, UserTableModel.COL_STATE).data() == "aktiv"


def test_paged_rows_are_formatted_once_and_scrolling_reads_more(
    database: Database, admin: Actor
) -> None:
    from app.domain.enums import Gender
    from app.services.case_list import CaseQuery, count_cases, fetch_cases
    from app.services.cases import CaseInput, create_case
    from app.ui.models.cases import CaseTableModel
    from app.ui.models.paged import FIRST_PAGE

    for number in range(FIRST_PAGE + 5):
        create_case(database, admin, CaseInput(f"Name{number}", "Haddad", Gender.MALE))
    model = CaseTableModel()
    formatted: list[object] = []
    texts = model.texts
    model.texts = lambda row: (formatted.append(row), texts(row))[1]  # type: ignore[method-assign]
    query = CaseQuery()
    model.load(
        lambda: count_cases(database, admin, query),
        lambda offset, limit: fetch_cases(database, admin, query, offset, limit),
    )
    assert model.rowCount() == FIRST_PAGE and model.canFetchMore()
    for _ in range(3):  # a view asks again and again while painting
        for column in range(model.columnCount()):
            model.index(0, column).data()
    assert len(formatted) == 1  # the row was formatted once, all its columns together
    assert len(texts(model.row_at(0))) == model.columnCount()
    model.fetchMore()
    assert model.rowCount() == FIRST_PAGE + 5 and not model.canFetchMore()
