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
