"""Every CLI command, its success output and its one-line refusals."""

import hashlib
import subprocess
import sys
from pathlib import Path

import pytest

from app import __version__, cli
from app.storage.location import Location
from app.storage.migrate import head_revision
from tests.conftest import ADMIN_PASSWORD, raw_connection

Run = tuple[int, str, str]


@pytest.fixture
def run(capsys: pytest.CaptureFixture[str], location: Location):  # type: ignore[no-untyped-def]
    def invoke(*argv: str) -> Run:
        code = cli.main(list(argv))
        captured = capsys.readouterr()
        return code, captured.out, captured.err

    return invoke


@pytest.fixture
def with_password(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LOTSE_PASSWORD", ADMIN_PASSWORD)


@pytest.fixture
def initialised_cli(run, with_password) -> None:  # type: ignore[no-untyped-def]
    code, _, err = run("init", "--org", "Brückenschlag e.V.", "--admin", "admin")
    assert code == 0, err


def one_line(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert "Traceback" not in err
    assert lines[0].startswith("lotse: ")
    return lines[0]


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        cli.main(["--version"])
    assert exit_info.value.code == 0
    assert capsys.readouterr().out.strip() == f"lotse {__version__}"


def test_init_creates_the_database(run, with_password, location: Location) -> None:  # type: ignore[no-untyped-def]
    code, out, err = run("init", "--org", "Brückenschlag e.V.", "--admin", "Admin")
    assert code == 0 and err == ""
    assert "Created" in out and "admin" in out
    assert location.database.is_file()


def test_second_init_changes_nothing(run, initialised_cli, location: Location) -> None:  # type: ignore[no-untyped-def]
    before = digest(location.database)
    code, _, err = run("init", "--org", "Anderer Verein", "--admin", "root")
    assert code == 1
    assert "already exists" in one_line(err)
    assert digest(location.database) == before


def test_init_without_password_in_a_pipe_explains_itself(run, location: Location) -> None:  # type: ignore[no-untyped-def]
    code, _, err = run("init", "--org", "Verein", "--admin", "admin")
    assert code == 1 and "LOTSE_PASSWORD" in one_line(err)
    assert not location.database.exists()


def test_init_with_a_short_password(run, monkeypatch, location: Location) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("LOTSE_PASSWORD", "kurz")
    code, _, err = run("init", "--org", "Verein", "--admin", "admin")
    assert code == 1 and "at least 8 characters" in one_line(err)
    assert not location.database.exists()


def test_user_add(run, initialised_cli, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("LOTSE_NEW_PASSWORD", "neues-passwort")
    code, out, err = run(
        "--user",
        "admin",
        "user",
        "add",
        "leyla",
        "--role",
        "advisor",
        "--display-name",
        "Leyla Demir",
    )
    assert code == 0, err
    assert "Added user 'leyla' with role advisor" in out
    monkeypatch.setenv("LOTSE_PASSWORD", "neues-passwort")
    code, _, err = run("--user", "leyla", "user", "add", "bob", "--role", "admin")
    assert code == 1 and "may not" in one_line(err)


def test_unknown_role(run, initialised_cli, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("LOTSE_NEW_PASSWORD", "neues-passwort")
    code, _, err = run("--user", "admin", "user", "add", "bob", "--role", "boss")
    line = one_line(err)
    assert code == 1
    assert "Role: unknown value 'boss'" in line and "advisor, coordinator" in line


def test_wrong_password(run, initialised_cli, monkeypatch, location: Location) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("LOTSE_PASSWORD", "falsch-falsch")
    code, _, err = run(
        "--user",
        "admin",
        "project",
        "add",
        "--code",
        "X",
        "--name",
        "X",
        "--programme",
        "X",
        "--start",
        "01.01.2026",
    )
    assert code == 1 and "password is wrong" in one_line(err)


def test_commands_that_act_need_a_user(run, initialised_cli) -> None:  # type: ignore[no-untyped-def]
    code, _, err = run(
        "project", "add", "--code", "X", "--name", "X", "--programme", "X", "--start", "01.01.2026"
    )
    assert code == 1 and "--user NAME" in one_line(err)


def test_project_add(run, initialised_cli) -> None:  # type: ignore[no-untyped-def]
    code, out, err = run(
        "--user",
        "admin",
        "project",
        "add",
        "--code",
        "WIR-2026",
        "--name",
        "Brücken in Arbeit",
        "--programme",
        "ESF Plus",
        "--start",
        "01.01.2026",
        "--end",
        "2027-12-31",
        "--esf",
        "--hourly-rate",
        "12,82",
    )
    assert code == 0, err
    assert out.strip() == "Added project WIR-2026 'Brücken in Arbeit' (ESF Plus)."
    code, _, err = run(
        "--user",
        "admin",
        "project",
        "add",
        "--code",
        "wir-2026",
        "--name",
        "X",
        "--programme",
        "X",
        "--start",
        "01.01.2026",
    )
    assert code == 1 and "already exists" in one_line(err)
    code, _, err = run(
        "--user",
        "admin",
        "project",
        "add",
        "--code",
        "NEU",
        "--name",
        "X",
        "--programme",
        "X",
        "--start",
        "31.02.2026",
    )
    assert code == 1 and "Start date: '31.02.2026' is not a date" in one_line(err)


def test_demo_and_check(run, initialised_cli) -> None:  # type: ignore[no-untyped-def]
    code, out, err = run("--user", "admin", "demo", "--participants", "40", "--seed", "7")
    assert code == 0, err
    assert "40 case files" in out
    code, out, err = run("--user", "admin", "check")
    assert code == 0, err
    assert f"Schema version: {head_revision()} (up to date)" in out
    assert "Integrity: ok" in out and "Foreign keys: ok" in out
    assert "participant: 40" in out


def test_demo_rejects_a_bad_count(run, initialised_cli) -> None:  # type: ignore[no-untyped-def]
    code, _, err = run("--user", "admin", "demo", "--participants", "0")
    assert code == 1 and "--participants" in one_line(err)


def test_commands_need_an_initialised_database(run, with_password) -> None:  # type: ignore[no-untyped-def]
    code, _, err = run("--user", "admin", "check")
    assert code == 1 and "lotse init" in one_line(err)
    code, _, err = run("--user", "admin", "demo")
    assert code == 1 and "lotse init" in one_line(err)


def test_a_newer_schema_is_refused_untouched(run, initialised_cli, location: Location) -> None:  # type: ignore[no-untyped-def]
    connection = raw_connection(location)
    with connection:
        connection.execute("UPDATE alembic_version SET version_num = '0099_future'")
    connection.close()
    before = digest(location.database)
    for argv in (("--user", "admin", "check"), ("--user", "admin", "demo", "--participants", "5")):
        code, _, err = run(*argv)
        assert code == 1
        assert "newer version of Lotse" in one_line(err)
    assert digest(location.database) == before


def test_a_data_dir_that_cannot_be_written(run, with_password, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    code, _, err = run(
        "--data-dir", str(blocker / "lotse"), "init", "--org", "V", "--admin", "admin"
    )
    assert code == 1
    assert "cannot be written" in one_line(err)


def test_usage_errors_are_one_line(run) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(SystemExit) as exit_info:
        run("user", "add", "bob")
    assert exit_info.value.code == 2


def test_an_unexpected_error_is_one_line_and_logged(
    run, initialised_cli, monkeypatch, location: Location
) -> None:  # type: ignore[no-untyped-def]
    def broken(*_args: object) -> None:
        raise RuntimeError("boom")

    monkeypatch.setitem(cli.COMMANDS, "check", broken)
    code, _, err = run("check")
    assert code == cli.EXIT_INTERNAL
    assert "internal error (RuntimeError: boom)" in one_line(err)
    assert "Traceback" in location.log_file.read_text(encoding="utf-8")


def test_python_dash_m_app_is_the_same_command(location: Location) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "app", "--user", "admin", "check"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 1
    assert result.stderr.startswith("lotse: there is no Lotse database")
    version = subprocess.run(
        [sys.executable, "-m", "app", "--version"], capture_output=True, text=True, timeout=60
    )
    assert version.stdout.strip() == f"lotse {__version__}"


def test_the_gui_without_a_display_explains_itself(run, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    monkeypatch.delenv("DISPLAY", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.setattr(sys, "platform", "linux")
    code, _, err = run()
    assert code == 1 and "no graphical display" in one_line(err)


def test_the_gui_without_libxcb_cursor_names_the_package(run, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from app.ui import display

    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.setenv("DISPLAY", ":99")
    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.setattr(display.ctypes.util, "find_library", lambda _name: None)
    code, _, err = run("gui")
    line = one_line(err)
    assert code == 1 and "sudo apt-get install libxcb-cursor0 libxcb-icccm4" in line


def test_import_template_and_export_commands(run, initialised_cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    template = tmp_path / "vorlage.xlsx"
    code, out, err = run("--user", "admin", "template", "volunteers", "--out", str(template))
    assert code == 0, err
    assert template.is_file() and "template" in out
    data = tmp_path / "ehrenamt.csv"
    data.write_text("Vorname;Nachname;Eintritt\nKarl;Meier;01.03.2025\nJana;Becker;31.02.2025\n",
                    encoding="utf-8")  # fmt: skip
    code, out, err = run("--user", "admin", "import", "volunteers", str(data))
    assert code == 1
    assert "row 3, column Eintritt: '31.02.2025' is not a date" in err
    assert err.strip().splitlines()[-1] == f"lotse: 1 error(s) in {data}; nothing was imported"
    data.write_text("Vorname;Nachname;Eintritt\nKarl;Meier;01.03.2025\n", encoding="utf-8")
    code, out, err = run("--user", "admin", "import", "volunteers", str(data), "--dry-run")
    assert (
        code == 0 and out.strip() == "Would import volunteers: 1 created, 0 updated, 0 unchanged."
    )
    code, out, err = run("--user", "admin", "import", "volunteers", str(data))
    assert out.strip() == "Imported volunteers: 1 created, 0 updated, 0 unchanged."
    code, out, err = run("--user", "admin", "import", "volunteers", str(data))
    assert out.strip() == "Imported volunteers: 0 created, 0 updated, 1 unchanged."
    export = tmp_path / "alles.xlsx"
    code, out, err = run("--user", "admin", "export", "--out", str(export))
    assert code == 0 and "Ehrenamtliche 1" in out and export.is_file()
    code, _, err = run("--user", "admin", "import", "volunteers", str(tmp_path / "fehlt.csv"))
    assert code == 1 and "cannot be read" in one_line(err)


def test_report_commands(run, initialised_cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    code, _, err = run(
        "--user",
        "admin",
        "project",
        "add",
        "--code",
        "WIR-2026",
        "--name",
        "W",
        "--programme",
        "ESF Plus",
        "--start",
        "01.01.2026",
        "--esf",
    )
    assert code == 0, err
    for argv, name in (
        (["esf", "--project", "WIR-2026", "--from", "01.01.2026", "--to", "30.06.2026"], "esf"),
        (["counselling", "--from", "01.01.2026", "--to", "30.06.2026"], "counselling"),
        (["volunteers", "--year", "2026"], "volunteers"),
        (
            ["outcomes", "--project", "WIR-2026", "--from", "01.01.2026", "--to", "31.12.2026"],
            "outcomes",
        ),
        (["recognition", "--from", "01.01.2026", "--to", "31.12.2026"], "recognition"),
    ):
        for output in ("xlsx", "pdf"):
            target = tmp_path / f"{name}.{output}"
            code, out, err = run(
                "--user", "admin", "report", *argv, "--format", output, "--out", str(target)
            )
            assert code == 0, err
            assert target.is_file() and out.startswith("Wrote ")
    code, _, err = run(
        "--user",
        "admin",
        "report",
        "esf",
        "--project",
        "WIR-2026",
        "--from",
        "01.07.2026",
        "--to",
        "01.01.2026",
        "--out",
        str(tmp_path / "x.xlsx"),
    )
    assert code == 1 and "must not be before" in one_line(err)
    code, _, err = run(
        "--user",
        "admin",
        "report",
        "volunteers",
        "--year",
        "2026",
        "--format",
        "docx",
        "--out",
        str(tmp_path / "x.docx"),
    )
    assert code == 1 and "allowed: xlsx, pdf" in one_line(err)


def test_timesheet_command(run, initialised_cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    code, _, err = run("--user", "admin", "demo", "--participants", "40", "--today", "20.11.2026")
    assert code == 0, err
    code, out, err = run(
        "--user", "admin", "timesheet", "--all", "--month", "2026-10", "--out", str(tmp_path)
    )
    assert code == 0, err
    count = int(out.split()[1])
    assert count > 0 and len(list(tmp_path.glob("Stundennachweis-*-2026-10.pdf"))) == count
    code, out, err = run(
        "--user",
        "admin",
        "timesheet",
        "--volunteer",
        "E-0001",
        "--year",
        "2026",
        "--out",
        str(tmp_path),
    )
    assert code == 0 and (tmp_path / "Stundennachweis-E-0001-2026.pdf").is_file()
    code, _, err = run(
        "--user",
        "admin",
        "timesheet",
        "--volunteer",
        "E-9999",
        "--month",
        "2026-10",
        "--out",
        str(tmp_path),
    )
    assert code == 1 and "no volunteer with the number E-9999" in one_line(err)
    code, _, err = run(
        "--user", "admin", "timesheet", "--all", "--month", "10/2026", "--out", str(tmp_path)
    )
    assert code == 1 and "YYYY-MM" in one_line(err)


def test_user_administration_commands(run, initialised_cli, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("LOTSE_NEW_PASSWORD", "anfangs-passwort-1")
    assert run("--user", "admin", "user", "add", "leyla", "--role", "advisor")[0] == 0
    code, out, _ = run("--user", "admin", "user", "list")
    assert code == 0 and "leyla" in out and "advisor" in out
    monkeypatch.setenv("LOTSE_NEW_PASSWORD", "vorlaeufig-123")
    code, out, err = run("--user", "admin", "user", "passwd", "leyla")
    assert code == 0 and "must be changed" in out, err
    # With a reset password Leyla may only change it.
    monkeypatch.setenv("LOTSE_PASSWORD", "vorlaeufig-123")
    code, _, err = run("--user", "leyla", "project", "list")
    assert code == 1 and "user passwd leyla" in one_line(err)
    monkeypatch.setenv("LOTSE_NEW_PASSWORD", "leylas-eigenes-9")
    code, out, err = run("--user", "leyla", "user", "passwd", "leyla")
    assert code == 0 and "Your password was changed" in out, err
    monkeypatch.setenv("LOTSE_PASSWORD", "leylas-eigenes-9")
    assert run("--user", "leyla", "project", "list")[0] == 0
    monkeypatch.setenv("LOTSE_PASSWORD", ADMIN_PASSWORD)
    assert run("--user", "admin", "user", "role", "leyla", "--role", "coordinator")[0] == 0
    assert run("--user", "admin", "user", "disable", "leyla")[0] == 0
    monkeypatch.setenv("LOTSE_PASSWORD", "leylas-eigenes-9")
    code, _, err = run("--user", "leyla", "project", "list")
    assert code == 1 and "disabled" in one_line(err)
    monkeypatch.setenv("LOTSE_PASSWORD", ADMIN_PASSWORD)
    code, out, _ = run("--user", "admin", "user", "enable", "leyla")
    assert code == 0 and "cannot log in until you set a new password" in out
    code, out, _ = run("--user", "admin", "user", "list")
    assert "coordinator" in out and "deactivated" not in out
    assert "cannot log in until a new password is set" in out
    code, _, err = run("--user", "admin", "user", "disable", "admin")
    assert code == 1 and "last active administrator" in one_line(err)


def test_project_list_and_edit(run, initialised_cli) -> None:  # type: ignore[no-untyped-def]
    assert run("--user", "admin", "project", "add", "--code", "WIR", "--name", "Brücken",
               "--programme", "ESF Plus", "--start", "01.01.2026", "--esf")[0] == 0  # fmt: skip
    code, out, err = run(
        "--user", "admin", "project", "edit", "WIR", "--name", "Brücken in Arbeit",
        "--min-support-hours", "8", "--long-term-rule", "eu_survey",
        "--hourly-rate-year", "2026=13,90", "--close",
    )  # fmt: skip
    assert code == 0, err
    code, out, _ = run("--user", "admin", "project", "list")
    assert "Brücken in Arbeit" in out and "closed" in out and "min. 8 h support" in out
    assert "2026: 13,90" in out
    code, _, err = run("--user", "admin", "project", "edit", "WIR", "--hourly-rate-year", "zehn")
    assert code == 1 and "YEAR=EUR" in one_line(err)
    code, _, err = run("--user", "admin", "project", "edit", "NOPE", "--name", "x")
    assert code == 1 and "no project" in one_line(err)


def test_privacy_export_writes_the_art15_files(
    run, initialised_cli, tmp_path: Path, location: Location
) -> None:  # type: ignore[no-untyped-def]
    import json

    code, _, err = run("--user", "admin", "demo", "--participants", "10", "--seed", "7")
    assert code == 0, err
    code, out, err = run(
        "--user", "admin", "privacy", "export", "--case", "2099-0001", "--out", str(tmp_path)
    )
    assert code == 1 and "Case number: there is no case 2099-0001." in one_line(err)
    connection = raw_connection(location)
    number = connection.execute("SELECT min(case_number) FROM participant").fetchone()[0]
    connection.close()
    target = tmp_path / "auskunft"
    code, out, err = run(
        "--user", "admin", "privacy", "export", "--case", number, "--out", str(target)
    )
    assert code == 0, err
    files = sorted(p.name for p in target.iterdir())
    assert [f.split("-")[0] for f in files] == ["auskunft", "auskunft"]
    assert {Path(f).suffix for f in files} == {".json", ".pdf"}
    data = json.loads(next(target.glob("*.json")).read_text(encoding="utf-8"))
    assert data["case_number"] == number and data["audit_trail"][-1]["action"] == "export"
    assert "not encrypted" in out
