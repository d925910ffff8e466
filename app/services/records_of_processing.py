"""The club's record of processing activities (Verzeichnis von Verarbeitungstätigkeiten,
Art. 30 GDPR), generated from what Lotse is configured with: the organisation and its
data-protection contact, the projects (funder, ESF, retention), the consents the club
asks, the partners it passes data to with consent, and the security settings.

It holds no personal data of clients; the document is in German (for the club's
data-protection officer and the supervisory authority), like the reports.
"""

from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from app.domain.enums import ConsentKind
from app.domain.formatting import format_date
from app.domain.permissions import Permission
from app.reports.model import Report, Table
from app.services.actor import Actor
from app.services.consents import consent_kinds_used, list_partners
from app.services.organisation import get_organisation
from app.services.projects import list_projects
from app.services.settings import BACKUP_WARNING_DAYS, IDLE_LOCK_MINUTES, get_setting
from app.storage.database import Database

CASE_DATA = (
    "Name, Geschlecht, Geburtsdatum, Anschrift, Telefon, E-Mail, Staatsangehörigkeiten, "
    "Sprachen, Geburtsland, Einreisejahr, Deutschkenntnisse, Schul- und Berufsabschluss, "
    "Anerkennung, Zugangsweg, zuständige Berater*in, Bemerkungen; Beratungen (Datum, Dauer, "
    "Themen, Verweisungen, Notizen); Wiedervorlagen; Einwilligungen"
)
SPECIAL_CASE_DATA = (
    "Aufenthaltsstatus; in ESF-Projekten Angaben zu Behinderung, Minderheit, "
    "Wohnungslosigkeit (Art. 9 DSGVO, soweit die Person sie mitteilt)"
)
CONSENT_PURPOSES = {
    ConsentKind.DATA_PROCESSING: (
        "Verarbeitung über die Beratung hinaus (Begleitung, passende Angebote)",
        "Angaben der Fallakte, auch Gesundheit und Aufenthalt, soweit mitgeteilt",
        "keine",
    ),
    ConsentKind.FUNDER_TRANSFER: (
        "Namentlicher Nachweis der Teilnahme gegenüber dem Fördergeber",
        "Name, Projektteilnahme",
        "Fördergeber der Projekte",
    ),
    ConsentKind.PHOTOS: (
        "Fotos für die Öffentlichkeitsarbeit (Website, Flyer, Jahresbericht)",
        "Fotos, auf denen die Person zu erkennen ist",
        "Öffentlichkeit",
    ),
    ConsentKind.CONTACT: (
        "Kontaktaufnahme zu Terminen und Angeboten",
        "Telefon, E-Mail",
        "keine",
    ),
}


@dataclass(frozen=True)
class Activity:
    name: str
    purposes: str
    data_subjects: str
    data_categories: str
    legal_basis: str
    recipients: str
    retention: str


@dataclass(frozen=True)
class RecordsOfProcessing:
    controller: list[tuple[str, str]]
    activities: list[Activity]
    measures: list[str]
    generated_on: date


def records_of_processing(
    database: Database, actor: Actor, today: date | None = None
) -> RecordsOfProcessing:
    actor.require(Permission.SETTINGS_MANAGE)
    organisation = get_organisation(database)
    projects = list_projects(database, actor)
    kinds = consent_kinds_used(database)
    partners = list_partners(database, active_only=True)
    retention = (
        "; ".join(f"{p.code}: {p.retention_years} Jahre" for p in projects) or "keine Projekte"
    )
    activities = [
        Activity(
            name="Beratung und Begleitung (Fallakten)",
            purposes="Beratung und Begleitung der Ratsuchenden, Terminplanung, Wiedervorlagen",
            data_subjects="Ratsuchende (Teilnehmende)",
            data_categories=f"{CASE_DATA}. Besondere Kategorien: {SPECIAL_CASE_DATA}",
            legal_basis=(
                "Art. 6 Abs. 1 lit. b DSGVO (Beratung auf Wunsch der Person); Art. 6 Abs. 1 "
                "lit. a und Art. 9 Abs. 2 lit. a DSGVO, soweit eingewilligt"
            ),
            recipients=(
                "nur die zuständigen Mitarbeitenden (Rollen in Lotse); Weitergabe an "
                "Partner nur mit Einwilligung"
            ),
            retention=(
                "bis zum Abschluss des Falls, danach nach der Aufbewahrungsfrist der "
                f"Projekte des Falls ({retention}); danach Anonymisierung"
            ),
        )
    ]
    for project in projects:
        funder = project.funder or "Fördergeber (nicht angegeben)"
        activities.append(
            Activity(
                name=f"Projekt {project.code}: {project.name}",
                purposes=(
                    f"Durchführung und Nachweis des Projekts im Programm {project.programme}"
                    + ("; ESF-Teilnehmendenbefragung bei Ein- und Austritt" if project.esf else "")
                ),
                data_subjects="Teilnehmende des Projekts",
                data_categories=(
                    "Eintritt, Austritt, Austrittsgrund"
                    + (
                        "; ESF-Fragebögen (Erwerbsstatus, Bildung, besondere Kategorien)"
                        if project.esf
                        else ""
                    )
                ),
                legal_basis=(
                    "Art. 6 Abs. 1 lit. c und e DSGVO mit den Förderbestimmungen"
                    + ("; ESF-Verordnung (EU) 2021/1057" if project.esf else "")
                ),
                recipients=f"{funder}: zusammengefasste Berichte ohne Namen",
                retention=f"{project.retention_years} Jahre nach Ende der Förderung",
            )
        )
    for kind in kinds:
        purpose, categories, recipients = CONSENT_PURPOSES[kind]
        activities.append(
            Activity(
                name=f"Einwilligung: {purpose}",
                purposes=purpose,
                data_subjects="Ratsuchende, die eingewilligt haben",
                data_categories=categories,
                legal_basis="Art. 6 Abs. 1 lit. a DSGVO (Einwilligung, jederzeit widerrufbar)",
                recipients=recipients,
                retention="bis zum Widerruf oder bis zur Anonymisierung des Falls",
            )
        )
    for partner in partners:
        activities.append(
            Activity(
                name=f"Weitergabe an {partner.name}",
                purposes=partner.purpose or "(Zweck nicht angegeben)",
                data_subjects="Ratsuchende, die in die Weitergabe eingewilligt haben",
                data_categories="Name, Anschrift, Telefon, E-Mail",
                legal_basis="Art. 6 Abs. 1 lit. a DSGVO (Einwilligung, jederzeit widerrufbar)",
                recipients=partner.name,
                retention=(
                    "bei uns bis zum Widerruf oder zur Anonymisierung; beim Partner nach "
                    "dessen Verzeichnis"
                ),
            )
        )
    activities += [
        Activity(
            name="Ehrenamt",
            purposes=(
                "Einsatz, Begleitung und Schulung Ehrenamtlicher, Tandems, Stundennachweise, "
                "Aufwandsentschädigungen"
            ),
            data_subjects="Ehrenamtliche",
            data_categories=(
                "Name, Kontakt, Ort, Sprachen, Kenntnisse, Verfügbarkeit; Datum der Vorlage "
                "des Führungszeugnisses (nicht sein Inhalt); Stunden; Zahlungen"
            ),
            legal_basis=(
                "Art. 6 Abs. 1 lit. b DSGVO (Ehrenamtsvereinbarung); § 72a SGB VIII "
                "(Führungszeugnis); § 3 Nr. 26, 26a EStG (Aufwandsentschädigungen)"
            ),
            recipients="Koordination und Kasse des Vereins",
            retention=(
                "bis zum Ende des Engagements; Zahlungen nach den steuerlichen Aufbewahrungsfristen"
            ),
        ),
        Activity(
            name="Benutzerkonten und Protokoll",
            purposes=(
                "Zugriffsschutz und Nachweis, wer wann welche Fallakte gelesen oder geändert hat"
            ),
            data_subjects="Mitarbeitende mit Zugang zu Lotse",
            data_categories="Benutzername, Name, Rolle; Protokoll (Zeitpunkt, Vorgang, Felder)",
            legal_basis="Art. 6 Abs. 1 lit. c und f, Art. 32 DSGVO",
            recipients="Administration des Vereins",
            retention="so lange die Datenbank besteht",
        ),
    ]
    idle = get_setting(database, IDLE_LOCK_MINUTES)
    backup_days = get_setting(database, BACKUP_WARNING_DAYS)
    measures = [
        "Die Datenbank, Sicherungen und Entwürfe sind verschlüsselt (SQLCipher, AES-256); "
        "Schlüssel nur über Passwörter oder den Notfallschlüssel.",
        "Rollen begrenzen, wer was sieht (Beratung, Koordination, Kasse, Ehrenamt, "
        "Administration); jedes Lesen einer Fallakte wird protokolliert.",
        f"Lotse sperrt sich nach {idle} Minuten ohne Eingabe.",
        f"Tägliche Sicherungen; Erinnerung, wenn {backup_days} Tage keine Sicherung außerhalb "
        "des Datenordners geschrieben wurde.",
        "Lotse arbeitet ohne Internet und schickt keine Daten an Server.",
    ]
    address = ", ".join(organisation.address_lines())
    contact = " · ".join(x for x in (organisation.email, organisation.phone) if x)
    controller = [
        ("Verantwortlicher", organisation.name),
        ("Anschrift", address or "—"),
        ("Kontakt", contact or "—"),
        ("Ansprechperson Datenschutz", organisation.privacy_contact or "— (nicht angegeben)"),
    ]
    return RecordsOfProcessing(controller, activities, measures, today or date.today())


def activity_rows(activity: Activity) -> list[tuple[str, str]]:
    """What the record says about one activity, as (German label, text)."""
    return [
        ("Zwecke", activity.purposes),
        ("Betroffene Personen", activity.data_subjects),
        ("Kategorien von Daten", activity.data_categories),
        ("Rechtsgrundlage", activity.legal_basis),
        ("Empfänger", activity.recipients),
        ("Löschfrist", activity.retention),
    ]


def records_as_report(records: RecordsOfProcessing, organisation: str, by: str) -> Report:
    tables = [Table("Verantwortlicher", ["Angabe", "Wert"], [list(r) for r in records.controller])]
    for number, activity in enumerate(records.activities, 1):
        tables.append(
            Table(
                f"{number}. {activity.name}",
                ["Angabe", "Wert"],
                [list(row) for row in activity_rows(activity)],
            )
        )
    tables.append(
        Table(
            "Technische und organisatorische Maßnahmen (Art. 32 DSGVO)",
            ["Nr.", "Maßnahme"],
            [[n, text] for n, text in enumerate(records.measures, 1)],
        )
    )
    return Report(
        title="Verzeichnis von Verarbeitungstätigkeiten (Art. 30 DSGVO)",
        organisation=organisation,
        parameters=[("Stand", format_date(records.generated_on))],
        tables=tables,
        generated_at=datetime.now(),
        generated_by=by,
        notes=[
            "Erstellt aus den Einstellungen in Lotse (Organisation, Projekte, Einwilligungen, "
            "Partner, Sicherheit). Prüfen und ergänzen Sie es mit Ihrer Ansprechperson für "
            "den Datenschutz, z. B. um Verarbeitungen außerhalb von Lotse."
        ],
    )


def write_records_of_processing(
    database: Database, actor: Actor, path: Path, today: date | None = None
) -> Path:
    records = records_of_processing(database, actor, today)
    if path.suffix.lower() != ".pdf":
        path = path.with_name(path.name + ".pdf")
    organisation = records.controller[0][1]
    from app.reports.pdf import write_pdf  # reportlab loads when the PDF is written

    write_pdf(records_as_report(records, organisation, actor.display_name), path)
    return path
