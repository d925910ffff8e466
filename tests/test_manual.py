"""The user manual ships whole: every chapter, every link and picture, in wheel and bundle.

The manual is German HTML in ``app/resources/manual`` (package data). These tests read
it the way the help window does (``importlib.resources``), so a page, anchor or
screenshot that is renamed, deleted or forgotten fails here and not in front of a user.
"""

import ast
import importlib
import pkgutil
from html.parser import HTMLParser
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget

import app.ui
from app.ui.help import INDEX, SECTION_TOPICS, WINDOW_TOPICS, manual_dir
from installer import manual_shots

ROOT = Path(__file__).resolve().parents[1]
# The chapters issue #10 asks for: file, heading, and the sections each must have.
CHAPTERS = {
    "erster-start.html": (
        "Erster Start",
        (
            "installation",
            "datenordner",
            "assistent",
            "anmelden",
            "passwort",
            "hauptfenster",
            "formulare",
            "sperre",
        ),
    ),
    "beratung.html": (
        "Der Tag einer Beraterin / eines Beraters",
        (
            "fall-finden",
            "neuer-fall",
            "fallakte",
            "beratung-erfassen",
            "wiedervorlagen",
            "projekt",
            "austritt",
            "termine",
            "kurse",
        ),
    ),
    "ehrenamt.html": (
        "Ehrenamt",
        ("ehrenamtliche", "stunden", "meine-stunden", "tandems", "pauschalen", "stundennachweise"),
    ),
    "berichte.html": ("Berichte", ("erstellen", "esf", "beratung", "ehrenamt", "verbleib")),
    "verwaltung.html": (
        "Verwaltung",
        ("allgemein", "organisation", "listen", "benutzer", "rollen", "projekte", "tabellen"),
    ),
    "datensicherung.html": (
        "Datensicherung",
        ("automatisch", "sichern", "zurueck", "notfallschluessel", "umzug"),
    ),
    "datenschutz.html": (
        "Datenschutz",
        ("wo", "was", "rollen", "einwilligung", "protokoll", "aufbewahrung"),
    ),
}
MAX_BYTES = 3 * 1024 * 1024


class Page(HTMLParser):
    """What the manual's checks need from one page: title, h1, anchors, links, images."""

    def __init__(self, text: str) -> None:
        super().__init__()
        self.title = ""
        self.heading = ""
        self.anchors: set[str] = set()
        self.links: list[str] = []
        self.images: list[str] = []
        self.stylesheets: list[str] = []
        self._in: str | None = None
        self.feed(text)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name: value or "" for name, value in attrs}
        if tag in ("title", "h1"):
            self._in = tag
        if tag == "a" and "name" in values:
            self.anchors.add(values["name"])
        if "id" in values:
            self.anchors.add(values["id"])
        if tag == "a" and "href" in values:
            self.links.append(values["href"])
        if tag == "img":
            self.images.append(values.get("src", ""))
        if tag == "link" and values.get("rel") == "stylesheet":
            self.stylesheets.append(values.get("href", ""))

    def handle_endtag(self, tag: str) -> None:
        if tag == self._in:
            self._in = None

    def handle_data(self, data: str) -> None:
        if self._in == "title":
            self.title += data
        elif self._in == "h1":
            self.heading += data


def pages() -> dict[str, Page]:
    folder = manual_dir()
    return {path.name: Page(path.read_text(encoding="utf-8")) for path in folder.glob("*.html")}


def external(link: str) -> bool:
    return link.startswith(("http://", "https://", "mailto:"))


def test_every_chapter_is_there_with_its_sections() -> None:
    found = pages()
    index = found[INDEX]
    assert index.heading.strip() == "Lotse-Handbuch"
    for name, (heading, sections) in CHAPTERS.items():
        page = found[name]
        assert " ".join(page.heading.split()) == heading, name
        assert page.title.endswith("– Lotse-Handbuch"), name
        assert name in index.links, f"the contents do not link to {name}"
        assert set(sections) <= page.anchors, (name, set(sections) - page.anchors)


def test_every_local_link_image_and_stylesheet_resolves() -> None:
    folder = manual_dir()
    found = pages()
    for name, page in found.items():
        assert page.stylesheets == ["style.css"], name
        for src in page.images:
            assert not external(src), (name, src)
            assert (folder / src).is_file(), (name, src)
        for link in page.links:
            if external(link):
                assert link.startswith("https://"), (name, link)
                continue
            target, _, anchor = link.partition("#")
            target = target or name
            assert target in found, (name, link)
            if anchor:
                assert anchor in found[target].anchors, (name, link)
    assert (folder / "style.css").is_file()


def test_every_screenshot_is_shown_and_taken_by_the_script() -> None:
    folder = manual_dir()
    shown = {src for page in pages().values() for src in page.images}
    files = {f"img/{path.name}" for path in (folder / "img").iterdir()}
    assert files == shown
    assert {f"img/{name}.png" for name in manual_shots.shot_names()} == files


def test_the_manual_stays_small() -> None:
    size = sum(path.stat().st_size for path in manual_dir().rglob("*") if path.is_file())
    assert size < MAX_BYTES, f"{size / 1024 / 1024:.1f} MB"


def test_the_backup_chapter_names_the_real_menu_entries() -> None:
    """Written against issue-12 as merged in main: the entries the File menu has."""
    text = (manual_dir() / "datensicherung.html").read_text(encoding="utf-8")
    for entry in ("Datei → Sicherung erstellen …", "Datei → Sicherung wiederherstellen …"):
        assert entry in " ".join(text.split()), entry
    assert "Notfallschlüssel verwenden" in text


def test_every_help_topic_opens_an_existing_section() -> None:
    found = pages()
    for topic in [*SECTION_TOPICS.values(), *WINDOW_TOPICS.values()]:
        page, _, anchor = topic.partition("#")
        assert page in found, topic
        if anchor:
            assert anchor in found[page].anchors, topic


def test_window_topics_name_windows_that_exist() -> None:
    """A dialog renamed in the code would otherwise lose its F1 chapter without notice."""
    names: set[str] = set()
    for module in pkgutil.walk_packages(app.ui.__path__, "app.ui."):
        loaded = importlib.import_module(module.name)
        names |= {
            name
            for name, value in vars(loaded).items()
            if isinstance(value, type) and issubclass(value, QWidget)
        }
    assert set(WINDOW_TOPICS) <= names, set(WINDOW_TOPICS) - names


def _spec_resources_call() -> ast.Call:
    spec = ast.parse((ROOT / "installer" / "lotse.spec").read_text(encoding="utf-8"))
    for node in ast.walk(spec):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id == "collect_data_files"
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and node.args[0].value == "app.resources"
        ):
            return node
    raise AssertionError("lotse.spec does not collect app.resources")


def test_the_pyinstaller_bundle_collects_the_manual() -> None:
    """Runs the spec's own collect_data_files call for app.resources (``make dist`` is too
    slow for the suite; installer/smoke_test.py checks the frozen bundle itself)."""
    hooks = pytest.importorskip("PyInstaller.utils.hooks")
    call = _spec_resources_call()
    options = {keyword.arg: ast.literal_eval(keyword.value) for keyword in call.keywords}
    collected = {
        (Path(source).resolve(), Path(target).as_posix())
        for source, target in hooks.collect_data_files("app.resources", **options)
    }
    folder = manual_dir()
    for path in folder.rglob("*"):
        if path.is_file():
            where = Path("app/resources/manual", path.parent.relative_to(folder)).as_posix()
            assert (path.resolve(), where) in collected, path
