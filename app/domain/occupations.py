"""Occupation and sector catalogues: KldB 2010 codes and areas, WZ 2008 sections.

Only what the forms and reports need is shipped, never a hand-typed full list:

- A KldB 2010 occupation code (Klassifikation der Berufe of the Bundesagentur für
  Arbeit) has five digits: the first is the occupation area (Berufsbereich, 0–9), the
  fifth the level of requirement (Anforderungsniveau 1 helper, 2 skilled, 3 specialist,
  4 expert). The ten areas below group reports.
- The WZ 2008 sections A–U (Klassifikation der Wirtschaftszweige, Destatis) are the
  sector catalogue of placements.

The German names are the official titles; reports and files print them as they are.
"""

import re

from app.domain.enums import EconomicSector

KLDB_CODE = re.compile(r"^[0-9]{4}[1-4]$")

# Berufsbereiche (1-digit) of the KldB 2010.
KLDB_AREAS: dict[str, str] = {
    "1": "Land-, Forst- und Tierwirtschaft und Gartenbau",
    "2": "Rohstoffgewinnung, Produktion und Fertigung",
    "3": "Bau, Architektur, Vermessung und Gebäudetechnik",
    "4": "Naturwissenschaft, Geografie und Informatik",
    "5": "Verkehr, Logistik, Schutz und Sicherheit",
    "6": "Kaufmännische Dienstleistungen, Warenhandel, Vertrieb, Hotel und Tourismus",
    "7": "Unternehmensorganisation, Buchhaltung, Recht und Verwaltung",
    "8": "Gesundheit, Soziales, Lehre und Erziehung",
    "9": "Sprach-, Literatur-, Geistes-, Gesellschafts- und Wirtschaftswissenschaften, "
    "Medien, Kunst, Kultur und Gestaltung",
    "0": "Militär",
}

# Abschnitte (sections) of the WZ 2008.
WZ_SECTIONS: dict[EconomicSector, str] = {
    EconomicSector.A: "Land- und Forstwirtschaft, Fischerei",
    EconomicSector.B: "Bergbau und Gewinnung von Steinen und Erden",
    EconomicSector.C: "Verarbeitendes Gewerbe",
    EconomicSector.D: "Energieversorgung",
    EconomicSector.E: "Wasserversorgung; Abwasser- und Abfallentsorgung",
    EconomicSector.F: "Baugewerbe",
    EconomicSector.G: "Handel; Instandhaltung und Reparatur von Kraftfahrzeugen",
    EconomicSector.H: "Verkehr und Lagerei",
    EconomicSector.I: "Gastgewerbe",
    EconomicSector.J: "Information und Kommunikation",
    EconomicSector.K: "Finanz- und Versicherungsdienstleistungen",
    EconomicSector.L: "Grundstücks- und Wohnungswesen",
    EconomicSector.M: "Freiberufliche, wissenschaftliche und technische Dienstleistungen",
    EconomicSector.N: "Sonstige wirtschaftliche Dienstleistungen",
    EconomicSector.O: "Öffentliche Verwaltung, Verteidigung; Sozialversicherung",
    EconomicSector.P: "Erziehung und Unterricht",
    EconomicSector.Q: "Gesundheits- und Sozialwesen",
    EconomicSector.R: "Kunst, Unterhaltung und Erholung",
    EconomicSector.S: "Sonstige Dienstleistungen",
    EconomicSector.T: "Private Haushalte",
    EconomicSector.U: "Exterritoriale Organisationen und Körperschaften",
}


def is_kldb_code(code: str) -> bool:
    """Five digits, the last a level of requirement 1–4 (e.g. 81302: Gesundheits- und
    Krankenpflege, Fachkraft)."""
    return bool(KLDB_CODE.match(code))


def sector_title(section: EconomicSector) -> str:
    """ "J Information und Kommunikation": the section's letter and official title."""
    return f"{section.value} {WZ_SECTIONS[section]}"
