<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>About</name>
    <message>
        <source>About Lotse</source>
        <translation>Über Lotse</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Lotse {version}&lt;/h3&gt;&lt;p&gt;Case files, consultations, volunteers and funder statistics for small migrant organisations and volunteer clubs – offline, in one file.&lt;/p&gt;&lt;p&gt;Database: &lt;br/&gt;&lt;code&gt;{path}&lt;/code&gt;&lt;/p&gt;&lt;p&gt;Qt {qt}, PySide6 {pyside}&lt;br/&gt;Licence: GNU GPL version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Lotse {version}&lt;/h3&gt;&lt;p&gt;Fallakten, Beratungen, Ehrenamt und Förderstatistik für kleine Migrant*innenorganisationen und Vereine – offline, in einer Datei.&lt;/p&gt;&lt;p&gt;Datenbank: &lt;br/&gt;&lt;code&gt;{path}&lt;/code&gt;&lt;/p&gt;&lt;p&gt;Qt {qt}, PySide6 {pyside}&lt;br/&gt;Lizenz: GNU GPL Version 3 oder später.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <source>Administrator account</source>
        <translation>Administrationskonto</translation>
    </message>
    <message>
        <source>The administrator manages users, projects and settings. Choose a password of at least eight characters.</source>
        <translation>Die Administration verwaltet Benutzer*innen, Projekte und Einstellungen. Wählen Sie ein Passwort mit mindestens acht Zeichen.</translation>
    </message>
    <message>
        <source>e.g. Amira Haddad</source>
        <translation>z. B. Amira Haddad</translation>
    </message>
    <message>
        <source>e.g. amira</source>
        <translation>z. B. amira</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Vollständiger Name:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>Passwort &amp;wiederholen:</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Vollständiger Name</translation>
    </message>
    <message>
        <source>Repeat password: the two passwords differ.</source>
        <translation>Passwort wiederholen: Die beiden Passwörter stimmen nicht überein.</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Lotse – unexpected error</source>
        <translation>Lotse – unerwarteter Fehler</translation>
    </message>
    <message>
        <source>Something went wrong that Lotse did not expect. Your saved data is safe. Please copy this report and send it to whoever looks after Lotse for your club. The report is also in the log file:
{log_file}</source>
        <translation>Es ist ein Fehler aufgetreten, mit dem Lotse nicht gerechnet hat. Ihre gespeicherten Daten sind sicher. Bitte kopieren Sie diesen Bericht und schicken Sie ihn an die Person, die Lotse in Ihrem Verein betreut. Der Bericht steht auch in der Protokolldatei:
{log_file}</translation>
    </message>
    <message>
        <source>&amp;Copy report</source>
        <translation>Bericht &amp;kopieren</translation>
    </message>
    <message>
        <source>Lotse</source>
        <translation>Lotse</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>Creating case files…</source>
        <translation>Fallakten werden angelegt …</translation>
    </message>
    <message>
        <source>Creating consultations…</source>
        <translation>Beratungen werden angelegt …</translation>
    </message>
    <message>
        <source>Creating volunteers, hours and tandems…</source>
        <translation>Ehrenamtliche, Stunden und Tandems werden angelegt …</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>User {user} (role {role}) may not do this ({permission}).</source>
        <translation>Benutzer*in {user} (Rolle {role}) darf das nicht ({permission}).</translation>
    </message>
    <message>
        <source>User name or password is wrong, or the account is disabled.</source>
        <translation>Benutzername oder Passwort ist falsch, oder das Konto ist deaktiviert.</translation>
    </message>
    <message>
        <source>There is no Lotse database in {path} yet. Run &apos;lotse init&apos; first.</source>
        <translation>In {path} gibt es noch keine Lotse-Datenbank. Bitte zuerst „lotse init“ ausführen.</translation>
    </message>
    <message>
        <source>Participants: a whole number from 1 to {n} is allowed.</source>
        <translation>Teilnehmende: Erlaubt ist eine ganze Zahl von 1 bis {n}.</translation>
    </message>
    <message>
        <source>The database {path} was written by a newer version of Lotse (schema {revision}). Please install the newer Lotse; the file was left unchanged.</source>
        <translation>Die Datenbank {path} wurde mit einer neueren Lotse-Version geschrieben (Schema {revision}). Bitte installieren Sie die neuere Version; die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>The data folder {path} cannot be written: {reason}</source>
        <translation>In den Datenordner {path} kann nicht geschrieben werden: {reason}</translation>
    </message>
    <message>
        <source>The file {path} cannot be read as a Lotse database: {reason}</source>
        <translation>Die Datei {path} lässt sich nicht als Lotse-Datenbank lesen: {reason}</translation>
    </message>
    <message>
        <source>Updating the database {path} failed and nothing was changed (a copy is in {backup}): {reason}</source>
        <translation>Die Aktualisierung der Datenbank {path} ist fehlgeschlagen, es wurde nichts verändert (eine Kopie liegt in {backup}): {reason}</translation>
    </message>
    <message>
        <source>Updating the database {path} failed and nothing was changed: {reason}</source>
        <translation>Die Aktualisierung der Datenbank {path} ist fehlgeschlagen, es wurde nichts verändert: {reason}</translation>
    </message>
    <message>
        <source>Password: at least {n} characters are required.</source>
        <translation>Passwort: Mindestens {n} Zeichen sind nötig.</translation>
    </message>
    <message>
        <source>{label}: &apos;{value}&apos; is not allowed. Use up to 20 letters, digits, dot, hyphen or underscore.</source>
        <translation>{label}: „{value}“ ist nicht erlaubt. Erlaubt sind bis zu 20 Buchstaben, Ziffern, Punkt, Bindestrich oder Unterstrich.</translation>
    </message>
    <message>
        <source>{label}: must not be before the start date.</source>
        <translation>{label}: Darf nicht vor dem Beginn liegen.</translation>
    </message>
    <message>
        <source>{label}: a whole number from 1 to 30 is allowed.</source>
        <translation>{label}: Erlaubt ist eine ganze Zahl von 1 bis 30.</translation>
    </message>
    <message>
        <source>{label}: a project with the code {code} already exists.</source>
        <translation>{label}: Ein Projekt mit dem Kürzel {code} gibt es bereits.</translation>
    </message>
    <message>
        <source>A Lotse database already exists in {path}; nothing was changed. Use another data folder (--data-dir) for a new organisation.</source>
        <translation>In {path} gibt es bereits eine Lotse-Datenbank; es wurde nichts verändert. Für eine neue Organisation bitte einen anderen Datenordner (--data-dir) verwenden.</translation>
    </message>
    <message>
        <source>{label}: the name {name} is already taken.</source>
        <translation>{label}: Der Name {name} ist bereits vergeben.</translation>
    </message>
    <message>
        <source>{label}: this field is required.</source>
        <translation>{label}: Dieses Feld ist ein Pflichtfeld.</translation>
    </message>
    <message>
        <source>{label}: at most {n} characters are allowed.</source>
        <translation>{label}: Höchstens {n} Zeichen sind erlaubt.</translation>
    </message>
    <message>
        <source>{label}: &apos;{value}&apos; is not allowed. Use 2 to 32 letters a-z, digits, dot, hyphen or underscore, starting with a letter or digit.</source>
        <translation>{label}: „{value}“ ist nicht erlaubt. Erlaubt sind 2 bis 32 Zeichen: Buchstaben a–z, Ziffern, Punkt, Bindestrich oder Unterstrich, am Anfang ein Buchstabe oder eine Ziffer.</translation>
    </message>
    <message>
        <source>{label}: unknown value &apos;{value}&apos;. Allowed: {allowed}.</source>
        <translation>{label}: Unbekannter Wert „{value}“. Erlaubt: {allowed}.</translation>
    </message>
    <message>
        <source>{label}: &apos;{value}&apos; is not a date. Use DD.MM.YYYY or YYYY-MM-DD.</source>
        <translation>{label}: „{value}“ ist kein Datum. Bitte TT.MM.JJJJ oder JJJJ-MM-TT verwenden.</translation>
    </message>
    <message>
        <source>{label}: &apos;{value}&apos; is not an amount in euro between 0 and {maximum}, e.g. 15 or 15,50.</source>
        <translation>{label}: „{value}“ ist kein Euro-Betrag zwischen 0 und {maximum}, z. B. 15 oder 15,50.</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Project code</source>
        <translation>Projektkürzel</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Hourly rate</source>
        <translation>Stundensatz</translation>
    </message>
    <message>
        <source>Retention years</source>
        <translation>Aufbewahrungsfrist (Jahre)</translation>
    </message>
    <message>
        <source>Project name</source>
        <translation>Projektname</translation>
    </message>
    <message>
        <source>Funding programme</source>
        <translation>Förderprogramm</translation>
    </message>
    <message>
        <source>Funder</source>
        <translation>Fördermittelgeber</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Anzeigename</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Lotse – first start</source>
        <translation>Lotse – Ersteinrichtung</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Weiter &gt;</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Zurück</translation>
    </message>
    <message>
        <source>&amp;Create database</source>
        <translation>Datenbank &amp;anlegen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Administrator</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>Advisor</source>
        <translation>Beratung</translation>
    </message>
    <message>
        <source>Volunteer coordinator</source>
        <translation>Ehrenamtskoordination</translation>
    </message>
    <message>
        <source>Treasurer</source>
        <translation>Kasse</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>Ehrenamtliche*r</translation>
    </message>
    <message>
        <source>female</source>
        <translation>weiblich</translation>
    </message>
    <message>
        <source>male</source>
        <translation>männlich</translation>
    </message>
    <message>
        <source>non-binary</source>
        <translation>divers</translation>
    </message>
    <message>
        <source>not specified</source>
        <translation>keine Angabe</translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <source>anonymised</source>
        <translation>anonymisiert</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>pausiert</translation>
    </message>
    <message>
        <source>left</source>
        <translation>ausgeschieden</translation>
    </message>
    <message>
        <source>first consultation</source>
        <translation>Erstberatung</translation>
    </message>
    <message>
        <source>follow-up consultation</source>
        <translation>Folgeberatung</translation>
    </message>
    <message>
        <source>in person</source>
        <translation>persönlich</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>telefonisch</translation>
    </message>
    <message>
        <source>video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>written</source>
        <translation>schriftlich</translation>
    </message>
    <message>
        <source>outreach</source>
        <translation>aufsuchend</translation>
    </message>
    <message>
        <source>group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>information event</source>
        <translation>Infoveranstaltung</translation>
    </message>
    <message>
        <source>workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <source>office hours</source>
        <translation>Sprechstunde</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>eingereicht</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>freigegeben</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>Trainer allowance (§ 3 No. 26 EStG)</source>
        <translation>Übungsleiterpauschale (§ 3 Nr. 26 EStG)</translation>
    </message>
    <message>
        <source>Volunteer allowance (§ 3 No. 26a EStG)</source>
        <translation>Ehrenamtspauschale (§ 3 Nr. 26a EStG)</translation>
    </message>
    <message>
        <source>Expense refund</source>
        <translation>Auslagenersatz</translation>
    </message>
</context>
<context>
    <name>Launch</name>
    <message>
        <source>Lotse</source>
        <translation>Lotse</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Lotse – log in</source>
        <translation>Lotse – Anmeldung</translation>
    </message>
    <message>
        <source>Welcome to Lotse</source>
        <translation>Willkommen bei Lotse</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Database: {path}</source>
        <translation>Datenbank: {path}</translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation>&amp;Anmelden</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Lotse</source>
        <translation>Lotse</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Fälle</translation>
    </message>
    <message>
        <source>Consultations</source>
        <translation>Beratungen</translation>
    </message>
    <message>
        <source>Volunteering</source>
        <translation>Ehrenamt</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Berichte</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>Here you will find the case files of the people your club counsels: instant search, filters and everything about a person in one place. This section is being built and comes with the next update.</source>
        <translation>Hier finden Sie bald die Fallakten der Menschen, die Ihr Verein berät: Suche beim Tippen, Filter und alles zu einer Person an einem Ort. Dieser Bereich entsteht gerade und kommt mit dem nächsten Update.</translation>
    </message>
    <message>
        <source>Here you will see every consultation, filtered by period, advisor, topic and language. This section is being built and comes with the next update.</source>
        <translation>Hier sehen Sie bald alle Beratungen, gefiltert nach Zeitraum, Berater*in, Thema und Sprache. Dieser Bereich entsteht gerade und kommt mit dem nächsten Update.</translation>
    </message>
    <message>
        <source>Here you will manage volunteers, their hours, mentoring tandems and allowances. This section is being built and comes with the next update.</source>
        <translation>Hier verwalten Sie bald Ehrenamtliche, ihre Stunden, Tandems und Aufwandsentschädigungen. Dieser Bereich entsteht gerade und kommt mit dem nächsten Update.</translation>
    </message>
    <message>
        <source>Here you will create the ESF Plus, counselling and volunteering statistics as Excel and PDF. This section is being built and comes with the next update.</source>
        <translation>Hier erstellen Sie bald die Statistiken für ESF Plus, Beratung und Ehrenamt als Excel und PDF. Dieser Bereich entsteht gerade und kommt mit dem nächsten Update.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Lotse</source>
        <translation>Über &amp;Lotse</translation>
    </message>
    <message>
        <source>Database: {path}</source>
        <translation>Datenbank: {path}</translation>
    </message>
    <message>
        <source>Logged in: {name} ({role})</source>
        <translation>Angemeldet: {name} ({role})</translation>
    </message>
</context>
<context>
    <name>OrganisationPage</name>
    <message>
        <source>Your organisation</source>
        <translation>Ihre Organisation</translation>
    </message>
    <message>
        <source>The name appears on reports and timesheets.</source>
        <translation>Der Name erscheint auf Berichten und Stundennachweisen.</translation>
    </message>
    <message>
        <source>e.g. Brückenschlag e.V.</source>
        <translation>z. B. Brückenschlag e. V.</translation>
    </message>
    <message>
        <source>&amp;Name of the organisation:</source>
        <translation>&amp;Name der Organisation:</translation>
    </message>
    <message>
        <source>Name of the organisation</source>
        <translation>Name der Organisation</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Projects</source>
        <translation>Projekte</translation>
    </message>
    <message>
        <source>Hello, {name}</source>
        <translation>Guten Tag, {name}</translation>
    </message>
    <message>
        <source>open cases of {total} in total</source>
        <translation>offene Fälle von insgesamt {total}</translation>
    </message>
    <message>
        <source>consultations this month</source>
        <translation>Beratungen in diesem Monat</translation>
    </message>
    <message>
        <source>active volunteers</source>
        <translation>aktive Ehrenamtliche</translation>
    </message>
    <message>
        <source>volunteer hours approved this month</source>
        <translation>freigegebene Ehrenamtsstunden in diesem Monat</translation>
    </message>
</context>
<context>
    <name>ProjectPage</name>
    <message>
        <source>First project</source>
        <translation>Erstes Projekt</translation>
    </message>
    <message>
        <source>A funded project groups participants, consultations and volunteer hours for the funder&apos;s statistics.</source>
        <translation>Ein Förderprojekt bündelt Teilnehmende, Beratungen und Ehrenamtsstunden für die Statistik an den Fördermittelgeber.</translation>
    </message>
    <message>
        <source>e.g. WIR-2026</source>
        <translation>z. B. WIR-2026</translation>
    </message>
    <message>
        <source>e.g. Brücken in Arbeit</source>
        <translation>z. B. Brücken in Arbeit</translation>
    </message>
    <message>
        <source>e.g. BMAS / ESF Plus</source>
        <translation>z. B. BMAS / ESF Plus</translation>
    </message>
    <message>
        <source>Project has an &amp;end date</source>
        <translation>Projekt hat ein &amp;Enddatum</translation>
    </message>
    <message>
        <source>ESF Plus reporting (participant questionnaires)</source>
        <translation>ESF-Plus-Berichtswesen (Teilnehmendenfragebögen)</translation>
    </message>
    <message>
        <source>Value of one volunteer hour for the club&apos;s own contribution.</source>
        <translation>Wert einer Ehrenamtsstunde für den Eigenanteil des Vereins.</translation>
    </message>
    <message>
        <source>Project &amp;code:</source>
        <translation>Projekt&amp;kürzel:</translation>
    </message>
    <message>
        <source>Project &amp;name:</source>
        <translation>Projekt&amp;name:</translation>
    </message>
    <message>
        <source>Funding &amp;programme:</source>
        <translation>Förder&amp;programm:</translation>
    </message>
    <message>
        <source>&amp;Funder:</source>
        <translation>&amp;Fördermittelgeber:</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>Be&amp;ginn:</translation>
    </message>
    <message>
        <source>&amp;Hourly rate volunteering:</source>
        <translation>&amp;Stundensatz Ehrenamt:</translation>
    </message>
</context>
<context>
    <name>ProjectTableModel</name>
    <message>
        <source>Code</source>
        <translation>Kürzel</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Funding programme</source>
        <translation>Förderprogramm</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Laufzeit</translation>
    </message>
    <message>
        <source>ESF Plus</source>
        <translation>ESF Plus</translation>
    </message>
    <message>
        <source>Hourly rate</source>
        <translation>Stundensatz</translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation>Organisation:</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Datenordner:</translation>
    </message>
    <message>
        <source>Log file:</source>
        <translation>Protokolldatei:</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projekte</translation>
    </message>
    <message>
        <source>User accounts</source>
        <translation>Benutzerkonten</translation>
    </message>
</context>
<context>
    <name>UserTableModel</name>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Last login</source>
        <translation>Letzte Anmeldung</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to Lotse</source>
        <translation>Willkommen bei Lotse</translation>
    </message>
    <message>
        <source>Three short steps and your club can start working.</source>
        <translation>Drei kurze Schritte, dann kann Ihr Verein loslegen.</translation>
    </message>
    <message>
        <source>Lotse keeps your case files, consultation notes, volunteers and funder statistics in one file on this computer. No internet connection is needed and no data leaves the computer.

Next you enter your organisation, the first administrator account and your first funded project. Everything can be changed later.</source>
        <translation>Lotse speichert Fallakten, Beratungsnotizen, Ehrenamtliche und Förderstatistiken in einer Datei auf diesem Computer. Eine Internetverbindung ist nicht nötig, und keine Daten verlassen den Computer.

Als Nächstes geben Sie Ihre Organisation, das erste Administrationskonto und Ihr erstes Förderprojekt ein. Alles lässt sich später ändern.</translation>
    </message>
    <message>
        <source>The database will be created here:
{path}</source>
        <translation>Die Datenbank wird hier angelegt:
{path}</translation>
    </message>
</context>
</TS>
