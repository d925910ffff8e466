"""Einstellungen as an administrator uses them: projects, the club's lists, the organisation."""

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from app.domain.enums import Gender
from app.services.actor import Actor
from app.services.cases import CaseInput, create_case
from app.services.club_lists import ClubList, list_entries
from app.services.consultations import ConsultationInput, add_consultation, list_topics
from app.services.organisation import get_organisation
from app.services.projects import hourly_value, list_projects
from app.storage.database import Database
from app.ui.case_window import CaseFileWindow
from app.ui.dialogs.consultation import ConsultationDialog
from app.ui.dialogs.project import ProjectDialog
from app.ui.pages.settings import SettingsPage
from app.ui.pages.settings.lists import EntryDialog


def answer_dialog(monkeypatch: pytest.MonkeyPatch, cls: type[QDialog], fill: object) -> None:
    """The next ``cls.exec()`` is filled in by ``fill(dialog)`` and then saved."""

    def run(dialog: QDialog) -> int:
        fill(dialog)  # type: ignore[operator]
        dialog.accept()
        return int(dialog.result())

    monkeypatch.setattr(cls, "exec", run)


def row_of(view_model: object, text: str) -> int:
    model = view_model
    rows = model.rowCount()  # type: ignore[attr-defined]
    for row in range(rows):
        if model.index(row, 0).data() == text:  # type: ignore[attr-defined]
            return row
    raise AssertionError(f"{text} not in the list")


def test_a_project_is_created_renamed_valued_and_closed(
    qtbot: QtBot, database: Database, admin: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = SettingsPage(database, admin)
    qtbot.addWidget(page)
    projects = page.projects

    def new_project(dialog: ProjectDialog) -> None:
        dialog.code.setText("KAUSA-27")
        dialog.name.setText("Tandems in Ausbildung")
        dialog.programme.setText("KAUSA")
        dialog.start.setText("1.1.27")  # typed as people type it
        dialog.start.normalise()

    answer_dialog(monkeypatch, ProjectDialog, new_project)
    projects.new()
    row = row_of(projects.view.model(), "KAUSA-27")
    created = projects.projects[row]
    assert created.start_date == date(2027, 1, 1) and created.name == "Tandems in Ausbildung"

    def rename_and_value(dialog: ProjectDialog) -> None:
        assert dialog.name.text() == "Tandems in Ausbildung"
        dialog.name.setText("Tandems in der Ausbildung")
        dialog.rates_tab.year.setValue(2027)
        dialog.rates_tab.rate.setText("16,50")
        dialog.rates_tab.set_rate()
        assert not dialog.rates_tab.errors.text()

    projects.view.selectRow(row)
    answer_dialog(monkeypatch, ProjectDialog, rename_and_value)
    projects.edit()
    assert created.id is not None
    assert hourly_value(database, created.id, 2027) == 1650
    projects.view.selectRow(row_of(projects.view.model(), "KAUSA-27"))
    projects.toggle_closed()
    assert "geschlossen" in projects.message.text()
    [project] = [p for p in list_projects(database, admin, include_archived=True)
                 if p.code == "KAUSA-27"]  # fmt: skip
    assert project.name == "Tandems in der Ausbildung" and project.archived
    assert "KAUSA-27" not in [p.code for p in list_projects(database, admin)]


def test_a_topic_is_renamed_another_retired_and_old_notes_still_show_it(
    qtbot: QtBot, database: Database, admin: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    topics = {t.name: t.id for t in list_topics(database, admin)}
    person = create_case(database, admin, CaseInput("Mariam", "Rahimi", Gender.FEMALE))
    assert person.id is not None
    add_consultation(
        database,
        admin,
        ConsultationInput(
            person.id,
            date.today(),
            30,
            topic_ids=(topics["Sozialleistungen"], topics["Wohnen"]),  # type: ignore[arg-type]
        ),
    )
    page = SettingsPage(database, admin)
    qtbot.addWidget(page)
    lists = page.lists
    assert lists is not None
    lists.choose(ClubList.TOPICS)

    lists.view.selectRow(row_of(lists.view.model(), "Wohnen"))
    answer_dialog(monkeypatch, EntryDialog, lambda d: d.name.setText("Wohnen und Miete"))
    lists.rename()
    lists.view.selectRow(row_of(lists.view.model(), "Sozialleistungen"))
    lists.toggle_active()
    status = lists.view.model().index(row_of(lists.view.model(), "Sozialleistungen"), 2)
    assert status.data() == "stillgelegt"
    assert "bleibt an alten Daten" in lists.message.text()

    # A name with a list separator is refused in the dialog, which keeps what was typed.
    refused = EntryDialog("Neu", "Name", lambda text: lists_add(database, admin, text))
    qtbot.addWidget(refused)
    refused.name.setText("Miete; Strom")
    refused.accept()
    assert refused.result() != QDialog.DialogCode.Accepted
    assert "„;“ und „,“ sind nicht erlaubt" in refused.errors.text()
    assert refused.name.text() == "Miete; Strom"

    window = CaseFileWindow(database, admin, person.id)
    qtbot.addWidget(window)
    window.show()
    window.tabs.setCurrentWidget(window.consultations)  # a tab fills itself when shown
    timeline = window.consultations.timeline.toPlainText()
    assert "Sozialleistungen" in timeline and "Wohnen und Miete" in timeline
    dialog = ConsultationDialog(database, admin, person.id, "Beratung")
    qtbot.addWidget(dialog)
    offered = [dialog.topics.item(i).text() for i in range(dialog.topics.count())]
    assert "Sozialleistungen" not in offered and "Wohnen und Miete" in offered


def lists_add(database: Database, admin: Actor, text: str) -> None:
    from app.services.club_lists import add_entry

    add_entry(database, admin, ClubList.TOPICS, text)


def test_a_language_is_added_by_its_other_name(
    qtbot: QtBot, database: Database, admin: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = SettingsPage(database, admin)
    qtbot.addWidget(page)
    lists = page.lists
    assert lists is not None
    lists.choose(ClubList.LANGUAGES)
    answer_dialog(monkeypatch, EntryDialog, lambda d: d.name.setText("Somali"))
    lists.add()
    assert lists.message.text() == "„Somali“ wurde hinzugefügt."
    codes = [e.key for e in list_entries(database, admin, ClubList.LANGUAGES)]
    assert codes[-1] == "so"
    assert not lists.buttons["rename"].isEnabled()  # languages keep their CLDR names


def test_the_organisation_and_its_logo_are_kept(
    qtbot: QtBot, database: Database, admin: Actor, tmp_path: Path
) -> None:
    page = SettingsPage(database, admin)
    qtbot.addWidget(page)
    box = page.general.organisation
    assert box.name.text() == "Brückenschlag e.V."
    box.postcode.setText("301")
    box.email.setText("info@")
    box.save()
    assert box.postcode.property("invalid") is True
    assert len(box.errors.text().splitlines()) == 1  # "info@" is an address to this check
    box.postcode.setText("30449")
    box.city.setText("Hannover")
    box.street.setText("Lindener Marktplatz 1")
    box.privacy_contact.setPlainText("Jana Krüger, datenschutz@brueckenschlag.example")
    box.save()
    assert box.message.text() == "Gespeichert."
    saved = get_organisation(database)
    assert saved.city == "Hannover" and saved.privacy_contact is not None

    picture = QImage(1200, 400, QImage.Format.Format_RGB32)
    picture.fill(QColor("#1d4f73"))
    path = tmp_path / "logo.jpg"
    assert picture.save(str(path))
    box.use_logo_file(str(path))
    logo = get_organisation(database).logo_png
    assert logo is not None and logo.startswith(b"\x89PNG")
    stored = QImage.fromData(logo)
    assert (stored.width(), stored.height()) == (600, 200)  # scaled to print size
    (tmp_path / "notes.txt").write_text("kein Bild", encoding="utf-8")
    box.use_logo_file(str(tmp_path / "notes.txt"))
    assert "kein Bild" in box.message.text()
    assert get_organisation(database).logo_png == logo


def test_roles_that_do_not_manage_settings_see_no_lists(
    qtbot: QtBot, database: Database, admin: Actor
) -> None:
    from app.domain.enums import Role
    from app.services.auth import authenticate
    from app.services.users import add_user

    add_user(database, admin, "kasse", Role.TREASURER.value, "kassen-passwort-1")
    treasurer = authenticate(database, "kasse", "kassen-passwort-1")
    page = SettingsPage(database, treasurer)
    qtbot.addWidget(page)
    assert page.lists is None
    assert page.general.organisation.name.isReadOnly()
    assert not page.general.organisation.save_button.isVisibleTo(page)
