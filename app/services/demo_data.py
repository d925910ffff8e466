"""Names, places and phrases for demo data that looks like a real club's.

Each origin group lists first names by gender, family names, the nationalities
and languages typical for it. Family names appear as people write them in
Latin letters on German documents, with some in their own script.
"""

from dataclasses import dataclass

from app.domain.enums import ResidenceStatus as R


@dataclass(frozen=True)
class Origin:
    key: str
    weight: int
    female: tuple[str, ...]
    male: tuple[str, ...]
    family: tuple[str, ...]
    nationalities: tuple[str, ...]
    languages: tuple[str, ...]


# Slavic family names with these endings are the feminine forms ("Sokolová", "Соколова").
FEMININE_ENDINGS = ("ová", "ова", "eva", "ева")

ORIGINS: tuple[Origin, ...] = (
    Origin(
        "arabic",
        30,
        ("Amira", "Fatima", "Layla", "Noor", "Rania", "Salma", "Yasmin", "Hiba", "Aya", "Dima",
         "Rasha", "Lina", "Mariam", "Zainab", "Reem"),
        ("Ahmad", "Mohammed", "Omar", "Khaled", "Yousef", "Samir", "Tarek", "Hassan", "Ali",
         "Bilal", "Karim", "Mahmoud", "Nabil", "Rami", "Ziad"),
        ("Al-Hassan", "Haddad", "Khalil", "Mansour", "Nasser", "Saleh", "Darwish", "Abboud",
         "Hamdan", "Kassem", "Othman", "Shami", "Yassin", "Zaher", "Ibrahim", "حداد", "منصور"),
        ("SY", "SY", "SY", "IQ", "IQ", "LB", "XX"),
        ("ar", "ku"),
    ),
    Origin(
        "ukrainian",
        25,
        ("Olena", "Iryna", "Oksana", "Kateryna", "Natalia", "Yuliia", "Tetiana", "Anastasiia",
         "Sofiia", "Mariia", "Viktoriia", "Halyna"),
        ("Andrii", "Oleksandr", "Dmytro", "Serhii", "Mykola", "Volodymyr", "Taras", "Bohdan",
         "Yurii", "Maksym", "Ivan", "Petro"),
        ("Kovalenko", "Shevchenko", "Bondarenko", "Tkachenko", "Kravchenko", "Melnyk", "Koval",
         "Sokolová", "Moroz", "Lysenko", "Marchenko", "Savchenko", "Соколова", "Мельник"),
        ("UA", "UA", "UA", "UA", "UA", "UA", "UA", "UA", "UA", "UA", "UA", "UA", "UA", "UA",
         "UA", "UA", "UA", "UA", "UA", "RU", "PL"),
        ("uk", "ru"),
    ),
    Origin(
        "turkish",
        15,
        ("Ayşe", "Elif", "Zeynep", "Emine", "Hatice", "Merve", "Büşra", "Sevgi", "Gülsüm", "Esra"),
        ("Mehmet", "Mustafa", "Ahmet", "Hüseyin", "İbrahim", "Emre", "Murat", "Serkan", "Yusuf",
         "Cem"),
        ("Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Öztürk", "Aydın", "Arslan", "Doğan",
         "Kılıç", "Aslan", "Koç"),
        ("TR", "TR", "TR", "TR", "DE"),
        ("tr", "ku"),
    ),
    Origin(
        "farsi",
        20,
        ("Fatemeh", "Zahra", "Maryam", "Shirin", "Parisa", "Nilufar", "Mahsa", "Soraya", "Roya",
         "Tahmina", "Farida", "Setareh"),
        ("Ali", "Reza", "Hamid", "Farid", "Javad", "Mehdi", "Navid", "Omid", "Sohrab", "Jawad",
         "Hamed", "Mostafa"),
        ("Ahmadi", "Hosseini", "Karimi", "Rahimi", "Mohammadi", "Rezaei", "Sadeghi", "Azizi",
         "Noori", "Hakimi", "Sultani", "Popal", "احمدی", "حسینی"),
        ("AF", "AF", "AF", "IR", "IR", "XX"),
        ("fa", "ps"),
    ),
    Origin(
        "european",
        10,
        ("Anna", "Katarzyna", "Elena", "Maria", "Ioana", "Lena", "Sabine", "Julia"),
        ("Piotr", "Marek", "Andrei", "Florin", "Thomas", "Lukas", "Stefan", "Jan"),
        ("Nowak", "Kowalski", "Popescu", "Ionescu", "Müller", "Schneider", "Wiśniewski",
         "Dumitru", "Weber", "Hoffmann"),
        ("PL", "RO", "BG", "DE", "HR"),
        ("pl", "ro", "bg", "de"),
    ),
)  # fmt: skip

GERMAN_FEMALE = ("Ursula", "Monika", "Gabriele", "Petra", "Sabine", "Christine", "Renate",
                 "Birgit", "Anja", "Katrin", "Heike", "Claudia", "Johanna", "Marlene")  # fmt: skip
GERMAN_MALE = ("Klaus", "Jürgen", "Wolfgang", "Peter", "Hans", "Dieter", "Michael", "Frank",
               "Bernd", "Stefan", "Uwe", "Matthias", "Helmut", "Rainer")  # fmt: skip
GERMAN_FAMILY = ("Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner",
                 "Becker", "Schulz", "Hoffmann", "Koch", "Richter", "Klein", "Wolf",
                 "Schröder", "Neumann", "Braun", "Zimmermann", "Krüger", "Hartmann")  # fmt: skip

# Hannover: postcodes and the districts the club works in.
PLACES = (
    ("30159", "Hannover"), ("30161", "Hannover"), ("30163", "Hannover"),
    ("30165", "Hannover"), ("30167", "Hannover"), ("30169", "Hannover"),
    ("30171", "Hannover"), ("30173", "Hannover"), ("30419", "Hannover"),
    ("30449", "Hannover"), ("30451", "Hannover"), ("30453", "Hannover"),
    ("30627", "Hannover"), ("30655", "Hannover"), ("30823", "Garbsen"),
    ("30880", "Laatzen"), ("30926", "Seelze"), ("31303", "Burgdorf"),
)  # fmt: skip

REGIONS = ("Hannover-Mitte", "Linden-Limmer", "Vahrenheide", "Sahlkamp", "Mühlenberg",
           "Garbsen", "Laatzen", "Burgdorf")  # fmt: skip

STREETS = ("Limmerstraße", "Podbielskistraße", "Vahrenwalder Straße", "Davenstedter Straße",
           "Lister Meile", "Hildesheimer Straße", "Sahlkamp", "Canarisweg", "Göttinger Straße",
           "Stöckener Straße")  # fmt: skip

NOTES = (
    "Zeugnisse und Arbeitsnachweise gesichtet; Kopien für den Anerkennungsantrag angefertigt.",
    "Fragen zur Verlängerung der Aufenthaltserlaubnis besprochen, Termin bei der "
    "Ausländerbehörde vorbereitet.",
    "Bewerbungsunterlagen überarbeitet, Lebenslauf auf Deutsch ergänzt.",
    "Antrag auf Bürgergeld gemeinsam ausgefüllt; fehlende Mietbescheinigung nachreichen.",
    "Sprachkurs B1 gesucht, Anmeldung bei der Volkshochschule besprochen.",
    "Wohnungssuche: Wohnberechtigungsschein beantragt, Liste mit Vermietern mitgegeben.",
    "Brief vom Jobcenter erklärt, Frist zur Mitwirkung notiert.",
    "Ausbildungsplatz als Pflegefachhelfer*in: Praktikum vermittelt.",
    "Kita-Platz für die Tochter: Anmeldung im Kita-Portal erklärt.",
    "Rückruf vereinbart, da Dolmetscherin nicht verfügbar war.",
    "Referenzberuf ermittelt, Antrag bei der zuständigen Stelle vorbereitet.",
    "Gespräch mit Arbeitgeber über Probearbeit; Unterlagen für die Agentur für Arbeit.",
)

FOLLOW_UP_SUBJECTS = (
    "Unterlagen zur Anerkennung nachfragen",
    "Bescheid der Ausländerbehörde prüfen",
    "Rückmeldung Sprachkurs abwarten",
    "Bewerbung nachhalten",
    "ESF-Eintrittsfragebogen vervollständigen",
    "Termin Jobcenter vorbereiten",
    "Mietvertrag gemeinsam lesen",
)

REFERENCE_OCCUPATIONS = ("Pflegefachfrau/-mann", "Elektroniker/in", "Lehrer/in", "Ingenieur/in",
                         "Zahnarzt/-ärztin", "Kaufmann/-frau im Einzelhandel", "Erzieher/in",
                         "Apotheker/in", "Kfz-Mechatroniker/in", "Bauingenieur/in")  # fmt: skip

# Demo codes of the occupations above (KldB 2010, five digits); None: no code recorded.
OCCUPATION_CODES = {"Pflegefachfrau/-mann": "81302", "Elektroniker/in": "26212",
                    "Lehrer/in": "84114", "Kaufmann/-frau im Einzelhandel": "62102",
                    "Erzieher/in": "83112", "Kfz-Mechatroniker/in": "25212",
                    "Bauingenieur/in": "31104"}  # fmt: skip
RECOGNITION_AUTHORITIES = ("Niedersächsisches Landesamt für Soziales, Jugend und Familie",
                           "IHK FOSA Nürnberg", "Handwerkskammer Hannover",
                           "Niedersächsische Landesschulbehörde", "Zahnärztekammer Niedersachsen")  # fmt: skip
# Employers of placements with their WZ 2008 section.
EMPLOYERS = (("Klinikum Region Hannover", "Q"), ("Pflegedienst Sonnenschein", "Q"),
             ("Softwarehaus Leine GmbH", "J"), ("Datenwerk IT-Service", "J"),
             ("Bäckerei Kruse", "C"), ("Elektro Brandt GmbH", "F"),
             ("Supermarkt am Platz", "G"), ("Logistikzentrum Nord", "H"),
             ("Hotel am Maschsee", "I"), ("Kita Sonnenblume", "P"),
             ("Autohaus Lindemann", "G"), ("Reinigungsservice Blitz", "N"))  # fmt: skip

VOLUNTEER_SKILLS = ("Lehrerin im Ruhestand", "Ingenieur, Bewerbungstraining",
                    "Dolmetschen Arabisch–Deutsch", "Begleitung zu Behörden",
                    "Hausaufgabenhilfe", "Kaufmann, Unterstützung bei Formularen",
                    "Sozialarbeiterin", "Fußballtrainer im Sportverein",
                    "Dolmetschen Ukrainisch–Deutsch", "Nachhilfe Mathematik")  # fmt: skip

EVENT_TITLES = (
    ("info_event", "Infoabend Fachkräfteeinwanderungsgesetz"),
    ("info_event", "Anerkennung ausländischer Berufsabschlüsse"),
    ("workshop", "Bewerbungswerkstatt"),
    ("workshop", "Digitale Behördengänge"),
    ("office_hours", "Offene Sprechstunde im Stadtteilzentrum"),
    ("office_hours", "Sprechstunde Aufenthaltsrecht"),
)

# Who organises events with a club, and in which languages they are held.
EVENT_PARTNERS = (
    "Arabischer Kulturverein Hannover e.V.",
    "Ukrainische Gemeinde Hannover e.V.",
    "Türkischer Elternverein Linden",
    "Afghanischer Frauenverein e.V.",
    "Jobcenter Region Hannover",
    "Migrationsberatung der Caritas",
)
EVENT_LANGUAGES = ("ar", "uk", "tr", "fa", "ru", "de")

# Typical residence status by origin group (weights), for people without EU citizenship.
RESIDENCE_WEIGHTS: dict[str, dict[R, int]] = {
    "arabic": {R.HUMANITARIAN: 40, R.SETTLEMENT_PERMIT: 25, R.PERMISSION_TO_REMAIN: 15,
               R.TOLERATION: 5, R.GERMAN: 10, R.RESIDENCE_PERMIT_OTHER: 5},
    "ukrainian": {R.TEMPORARY_PROTECTION: 85, R.RESIDENCE_PERMIT_OTHER: 10,
                  R.SETTLEMENT_PERMIT: 5},
    "turkish": {R.SETTLEMENT_PERMIT: 35, R.RESIDENCE_PERMIT_OTHER: 35, R.PERMISSION_TO_REMAIN: 15,
                R.GERMAN: 15},
    "farsi": {R.PERMISSION_TO_REMAIN: 30, R.HUMANITARIAN: 35, R.TOLERATION: 15,
              R.SETTLEMENT_PERMIT: 15, R.OTHER: 5},
    "european": {R.EU_CITIZEN: 100},
}  # fmt: skip
