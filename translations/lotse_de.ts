<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Lotse</source>
        <translation>Über Lotse</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Lotse {version}&lt;/h3&gt;&lt;p&gt;Case files, consultations, volunteers and funder statistics for small migrant organisations and volunteer clubs – offline, in one file.&lt;/p&gt;&lt;p&gt;Database: &lt;br/&gt;&lt;code&gt;{path}&lt;/code&gt;&lt;/p&gt;&lt;p&gt;Qt {qt}, PySide6 {pyside}, Python {python}&lt;/p&gt;&lt;p&gt;Lotse is free software under the GNU General Public License, version 3 or later. It comes with ABSOLUTELY NO WARRANTY. It uses the packages listed under “Third-party licences”, each under its own licence.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Lotse {version}&lt;/h3&gt;&lt;p&gt;Fallakten, Beratungen, Ehrenamt und Förderstatistik für kleine Migrant*innenorganisationen und Vereine – offline, in einer Datei.&lt;/p&gt;&lt;p&gt;Datenbank: &lt;br/&gt;&lt;code&gt;{path}&lt;/code&gt;&lt;/p&gt;&lt;p&gt;Qt {qt}, PySide6 {pyside}, Python {python}&lt;/p&gt;&lt;p&gt;Lotse ist freie Software unter der GNU General Public License, Version 3 oder später. Lotse wird OHNE JEDE GEWÄHRLEISTUNG bereitgestellt. Lotse verwendet die unter „Lizenzen Dritter“ aufgeführten Pakete, jedes unter seiner eigenen Lizenz.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The licence text is missing from this installation: GNU General Public License, version 3 or later.</source>
        <translation>Der Lizenztext fehlt in dieser Installation: GNU General Public License, Version 3 oder später.</translation>
    </message>
    <message>
        <source>&amp;Licence</source>
        <translation>&amp;Lizenz</translation>
    </message>
    <message>
        <source>&amp;Third-party licences</source>
        <translation>Lizenzen &amp;Dritter</translation>
    </message>
</context>
<context>
    <name>AddDocumentDialog</name>
    <message>
        <source>Add document</source>
        <translation>Dokument hinzufügen</translation>
    </message>
    <message>
        <source>the scanned or saved file</source>
        <translation>die eingescannte oder gespeicherte Datei</translation>
    </message>
    <message>
        <source>C&amp;hoose …</source>
        <translation>A&amp;uswählen …</translation>
    </message>
    <message>
        <source>e.g. ESF entry questionnaire, signed</source>
        <translation>z. B. ESF-Eintrittsfragebogen, unterschrieben</translation>
    </message>
    <message>
        <source>Up to {size} MB. The file is kept encrypted in the database; the original stays where it is (delete it there if it should not remain on this computer). Do not keep copies of police clearance certificates: only their facts may be recorded (§ 72a SGB VIII).</source>
        <translation>Bis {size} MB. Lotse bewahrt die Datei verschlüsselt in der Datenbank auf; das Original bleibt, wo es ist (löschen Sie es dort, wenn es nicht auf diesem Computer bleiben soll). Bewahren Sie keine Kopien von Führungszeugnissen auf: Erfasst werden dürfen nur die Angaben dazu (§ 72a SGB VIII).</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>&amp;Date of the document:</source>
        <translation>Datu&amp;m des Dokuments:</translation>
    </message>
    <message>
        <source>Choose the document</source>
        <translation>Dokument auswählen</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.docx *.odt);;All files (*)</source>
        <translation>Dokumente (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.docx *.odt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Date of the document</source>
        <translation>Datum des Dokuments</translation>
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
        <source>Repea&amp;t password:</source>
        <translation>Passwort wieder&amp;holen:</translation>
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
    <name>AllowanceSummary</name>
    <message>
        <source>Allowances {year}</source>
        <translation>Aufwandsentschädigungen {year}</translation>
    </message>
    <message>
        <source>Record &amp;declaration of other clubs …</source>
        <translation>Erklärung zu an&amp;deren Vereinen erfassen …</translation>
    </message>
</context>
<context>
    <name>Allowances</name>
    <message>
        <source>{kind}: {received} received; no tax-free cap.</source>
        <translation>{kind}: {received} erhalten; keine Steuerfreigrenze.</translation>
    </message>
    <message>
        <source>{kind} {year}: {received} received (of it {other} declared from other clubs), tax-free cap {cap}.</source>
        <translation>{kind} {year}: {received} erhalten (davon {other} laut Erklärung von anderen Vereinen), steuerfrei bis {cap}.</translation>
    </message>
    <message>
        <source>{taxable} above the cap are taxable income of the volunteer.</source>
        <translation>{taxable} über der Grenze sind steuerpflichtiges Einkommen der/des Ehrenamtlichen.</translation>
    </message>
    <message>
        <source>{room} can still be paid tax-free.</source>
        <translation>{room} können noch steuerfrei gezahlt werden.</translation>
    </message>
</context>
<context>
    <name>AllowancesModel</name>
    <message>
        <source>Paid on</source>
        <translation>Gezahlt am</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>Ehrenamtliche*r</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Received this year</source>
        <translation>Im Jahr erhalten</translation>
    </message>
    <message>
        <source>Tax-free cap</source>
        <translation>Steuerfreier Höchstbetrag</translation>
    </message>
    <message>
        <source>Taxable</source>
        <translation>steuerpflichtig</translation>
    </message>
    <message>
        <source>Work compensated</source>
        <translation>Abgegoltene Einsätze</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>no cap</source>
        <translation>ohne Höchstbetrag</translation>
    </message>
</context>
<context>
    <name>AllowancesTab</name>
    <message>
        <source>Year </source>
        <translation>Jahr </translation>
    </message>
    <message>
        <source>Record &amp;payment …</source>
        <translation>&amp;Zahlung erfassen …</translation>
    </message>
    <message>
        <source>&amp;Declaration of other clubs …</source>
        <translation>Erklärung anderer &amp;Vereine …</translation>
    </message>
    <message>
        <source>No payments yet – record one with “Record payment”.</source>
        <translation>Noch keine Zahlungen – mit „Zahlung erfassen“ eintragen.</translation>
    </message>
    <message>
        <source>Allowances</source>
        <translation>Aufwandsentschädigungen</translation>
    </message>
</context>
<context>
    <name>AppointmentDialog</name>
    <message>
        <source>Appointment – {whom}</source>
        <translation>Termin – {whom}</translation>
    </message>
    <message>
        <source>New appointment</source>
        <translation>Neuer Termin</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>e.g. 2026-0042; empty: no case file</source>
        <translation>z. B. 2026-0042; leer: ohne Fallakte</translation>
    </message>
    <message>
        <source>office hours, or whom it is for</source>
        <translation>Sprechstunde, oder für wen</translation>
    </message>
    <message>
        <source>&amp;Advisor:</source>
        <translation>&amp;Berater/in:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>T&amp;ime:</source>
        <translation>&amp;Uhrzeit:</translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation>Dau&amp;er:</translation>
    </message>
    <message>
        <source>Case file:</source>
        <translation>Fallakte:</translation>
    </message>
    <message>
        <source>&amp;Case number:</source>
        <translation>&amp;Fallnummer:</translation>
    </message>
    <message>
        <source>&amp;Name (no case file):</source>
        <translation>&amp;Name (ohne Fallakte):</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Ort:</translation>
    </message>
    <message>
        <source>Su&amp;bject:</source>
        <translation>&amp;Anliegen:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>Record as c&amp;onsultation</source>
        <translation>Als Beratung e&amp;rfassen</translation>
    </message>
    <message>
        <source>&amp;Letter …</source>
        <translation>Br&amp;ief …</translation>
    </message>
    <message>
        <source>D&amp;elete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Delete appointment</source>
        <translation>Termin löschen</translation>
    </message>
    <message>
        <source>Delete the appointment on {date} at {time}?</source>
        <translation>Den Termin am {date} um {time} löschen?</translation>
    </message>
</context>
<context>
    <name>AppointmentList</name>
    <message>
        <source>My appointments today and tomorrow</source>
        <translation>Meine Termine heute und morgen</translation>
    </message>
    <message>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>morgen</translation>
    </message>
    <message>
        <source>No appointments.</source>
        <translation>Keine Termine.</translation>
    </message>
</context>
<context>
    <name>Appointments</name>
    <message>
        <source>Open slot</source>
        <translation>Freier Termin</translation>
    </message>
    <message>
        <source>Record as consultation</source>
        <translation>Als Beratung erfassen</translation>
    </message>
</context>
<context>
    <name>AppointmentsPage</name>
    <message>
        <source>Appointments</source>
        <translation>Termine</translation>
    </message>
    <message>
        <source>All advisors</source>
        <translation>Alle Berater/innen</translation>
    </message>
    <message>
        <source>Advisor</source>
        <translation>Berater/in</translation>
    </message>
    <message>
        <source>&amp;Advisor:</source>
        <translation>Be&amp;rater/in:</translation>
    </message>
    <message>
        <source>&amp;Previous week</source>
        <translation>&amp;Vorige Woche</translation>
    </message>
    <message>
        <source>&amp;This week</source>
        <translation>Diese &amp;Woche</translation>
    </message>
    <message>
        <source>Ne&amp;xt week</source>
        <translation>&amp;Nächste Woche</translation>
    </message>
    <message>
        <source>&amp;New appointment …</source>
        <translation>Neuer &amp;Termin …</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>No appointments on this day – double-click a free time in the week to book one.</source>
        <translation>Keine Termine an diesem Tag – Doppelklick auf eine freie Zeit in der Woche vereinbart einen.</translation>
    </message>
    <message>
        <source>Appointments of the day</source>
        <translation>Termine des Tages</translation>
    </message>
    <message>
        <source>Record as c&amp;onsultation</source>
        <translation>Als &amp;Beratung erfassen</translation>
    </message>
    <message>
        <source>&amp;Letter …</source>
        <translation>Terminbrie&amp;f …</translation>
    </message>
    <message>
        <source>Open c&amp;ase</source>
        <translation>Fa&amp;ll öffnen</translation>
    </message>
    <message>
        <source>Week of {first} to {last}</source>
        <translation>Woche vom {first} bis {last}</translation>
    </message>
    <message>
        <source>Appointments on {day}</source>
        <translation>Termine am {day}</translation>
    </message>
    <message>
        <source>Record as consultation</source>
        <translation>Als Beratung erfassen</translation>
    </message>
    <message>
        <source>Choose an appointment in the day&apos;s list first.</source>
        <translation>Wählen Sie zuerst einen Termin in der Liste des Tages.</translation>
    </message>
</context>
<context>
    <name>ApprovalsModel</name>
    <message>
        <source>Volunteer</source>
        <translation>Ehrenamtliche*r</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Tätigkeit</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
</context>
<context>
    <name>ApprovalsTab</name>
    <message>
        <source>No hours are waiting for approval.</source>
        <translation>Keine Stunden warten auf Freigabe.</translation>
    </message>
    <message>
        <source>Hours to approve</source>
        <translation>Freizugebende Stunden</translation>
    </message>
    <message>
        <source>&amp;Approve selected</source>
        <translation>Auswahl &amp;freigeben</translation>
    </message>
    <message>
        <source>&amp;Reject selected</source>
        <translation>Auswahl ab&amp;lehnen</translation>
    </message>
</context>
<context>
    <name>AttendanceDelegate</name>
    <message>
        <source>Attendance</source>
        <translation>Anwesenheit</translation>
    </message>
    <message>
        <source>— not ticked —</source>
        <translation>— nicht eingetragen —</translation>
    </message>
</context>
<context>
    <name>AttendanceModel</name>
    <message>
        <source>Hours attended</source>
        <translation>Besuchte Stunden</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Bescheinigung</translation>
    </message>
    <message>
        <source>{date}, {time}, {hours} h</source>
        <translation>{date}, {time} Uhr, {hours} Std.</translation>
    </message>
    <message>
        <source>not ticked</source>
        <translation>nicht eingetragen</translation>
    </message>
</context>
<context>
    <name>Audit</name>
    <message>
        <source>Time (UTC)</source>
        <translation>Zeit (UTC)</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer*in</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Fallnummer</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Felder</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>created</source>
        <translation>angelegt</translation>
    </message>
    <message>
        <source>case file</source>
        <translation>Fallakte</translation>
    </message>
    <message>
        <source>consultation</source>
        <translation>Beratung</translation>
    </message>
    <message>
        <source>project participation</source>
        <translation>Projektteilnahme</translation>
    </message>
    <message>
        <source>consent</source>
        <translation>Einwilligung</translation>
    </message>
    <message>
        <source>follow-up</source>
        <translation>Wiedervorlage</translation>
    </message>
    <message>
        <source>recognition procedure</source>
        <translation>Anerkennungsverfahren</translation>
    </message>
    <message>
        <source>placement</source>
        <translation>Arbeitsaufnahme</translation>
    </message>
    <message>
        <source>user account</source>
        <translation>Benutzerkonto</translation>
    </message>
    <message>
        <source>volunteer</source>
        <translation>Ehrenamtliche*r</translation>
    </message>
    <message>
        <source>volunteer hours</source>
        <translation>Ehrenamtsstunden</translation>
    </message>
    <message>
        <source>tandem</source>
        <translation>Tandem</translation>
    </message>
    <message>
        <source>allowance payment</source>
        <translation>Aufwandsentschädigung</translation>
    </message>
    <message>
        <source>allowance declaration</source>
        <translation>Erklärung zu Aufwandsentschädigungen</translation>
    </message>
    <message>
        <source>timesheet</source>
        <translation>Stundennachweis</translation>
    </message>
    <message>
        <source>event</source>
        <translation>Veranstaltung</translation>
    </message>
    <message>
        <source>course</source>
        <translation>Kurs</translation>
    </message>
    <message>
        <source>course participation</source>
        <translation>Kursteilnahme</translation>
    </message>
    <message>
        <source>appointment</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>exit reason</source>
        <translation>Austrittsgrund</translation>
    </message>
    <message>
        <source>supported organisation</source>
        <translation>unterstützte Einrichtung</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>setting</source>
        <translation>Einstellung</translation>
    </message>
    <message>
        <source>topic</source>
        <translation>Beratungsthema</translation>
    </message>
    <message>
        <source>referral service</source>
        <translation>Verweisstelle</translation>
    </message>
    <message>
        <source>partner organisation</source>
        <translation>Partnerorganisation</translation>
    </message>
    <message>
        <source>club languages</source>
        <translation>Sprachen des Vereins</translation>
    </message>
    <message>
        <source>database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>audit trail</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>participants sheet</source>
        <translation>Tabelle Teilnehmende</translation>
    </message>
    <message>
        <source>consultations sheet</source>
        <translation>Tabelle Beratungen</translation>
    </message>
    <message>
        <source>volunteers sheet</source>
        <translation>Tabelle Ehrenamtliche</translation>
    </message>
    <message>
        <source>hours sheet</source>
        <translation>Tabelle Ehrenamtsstunden</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>gelöscht</translation>
    </message>
    <message>
        <source>logged in</source>
        <translation>angemeldet</translation>
    </message>
    <message>
        <source>failed login</source>
        <translation>Anmeldung fehlgeschlagen</translation>
    </message>
    <message>
        <source>logged out</source>
        <translation>abgemeldet</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>importiert</translation>
    </message>
    <message>
        <source>exported</source>
        <translation>exportiert</translation>
    </message>
    <message>
        <source>demo data</source>
        <translation>Demodaten</translation>
    </message>
    <message>
        <source>set up</source>
        <translation>eingerichtet</translation>
    </message>
    <message>
        <source>viewed</source>
        <translation>angesehen</translation>
    </message>
    <message>
        <source>backup</source>
        <translation>Sicherung</translation>
    </message>
    <message>
        <source>restore</source>
        <translation>Wiederherstellung</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Fall</translation>
    </message>
</context>
<context>
    <name>AuditViewer</name>
    <message>
        <source>Audit trail</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Von-Datum</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Bis-Datum</translation>
    </message>
    <message>
        <source>all users</source>
        <translation>alle Benutzer*innen</translation>
    </message>
    <message>
        <source>e.g. 2026-0042</source>
        <translation>z. B. 2026-0042</translation>
    </message>
    <message>
        <source>all actions</source>
        <translation>alle Aktionen</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer*in:</translation>
    </message>
    <message>
        <source>&amp;Case number:</source>
        <translation>&amp;Fallnummer:</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Aktion:</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>Anzei&amp;gen</translation>
    </message>
    <message>
        <source>&amp;Export …</source>
        <translation>&amp;Exportieren …</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>{shown} of {total} events</source>
        <translation>{shown} von {total} Einträgen</translation>
    </message>
    <message>
        <source>{total} events</source>
        <translation>{total} Einträge</translation>
    </message>
    <message>
        <source>Export audit trail</source>
        <translation>Protokoll exportieren</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-Arbeitsmappe (*.xlsx)</translation>
    </message>
    <message>
        <source>{count} events were written to {path}. The file is not encrypted: keep it safe and delete it when it is no longer needed.</source>
        <translation>{count} Einträge wurden in {path} geschrieben. Die Datei ist nicht verschlüsselt: Bewahren Sie sie sicher auf und löschen Sie sie, wenn sie nicht mehr gebraucht wird.</translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message>
        <source>Create &amp;backup …</source>
        <translation>Sicherung &amp;erstellen …</translation>
    </message>
    <message>
        <source>&amp;Restore backup …</source>
        <translation>Sicherung &amp;wiederherstellen …</translation>
    </message>
    <message>
        <source>Create backup</source>
        <translation>Sicherung erstellen</translation>
    </message>
    <message>
        <source>Lotse backup (*.lotsebackup)</source>
        <translation>Lotse-Sicherung (*.lotsebackup)</translation>
    </message>
    <message>
        <source>Creating and verifying the backup …</source>
        <translation>Sicherung wird erstellt und geprüft …</translation>
    </message>
    <message>
        <source>The backup was written and verified:
{path}

It is encrypted: a password of this database or the recovery key opens it. Keep a copy outside this computer (USB stick, network drive).</source>
        <translation>Die Sicherung wurde geschrieben und geprüft:
{path}

Sie ist verschlüsselt: Ein Passwort dieser Datenbank oder der Notfallschlüssel öffnet sie. Bewahren Sie eine Kopie außerhalb dieses Computers auf (USB-Stick, Netzlaufwerk).</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Sicherung</translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation>Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Replace the current database with the backup {name}? Everything entered since the backup was made is replaced; the current database is kept as a backup in the folder backups.</source>
        <translation>Die aktuelle Datenbank durch die Sicherung {name} ersetzen? Alles, was seit der Sicherung eingegeben wurde, wird ersetzt; die aktuelle Datenbank wird als Sicherung im Ordner backups aufbewahrt.</translation>
    </message>
    <message>
        <source>Your password (it opens backups made under other keys):</source>
        <translation>Ihr Passwort (es öffnet Sicherungen mit anderen Schlüsseln):</translation>
    </message>
    <message>
        <source>Verifying and restoring the backup …</source>
        <translation>Sicherung wird geprüft und wiederhergestellt …</translation>
    </message>
    <message>
        <source>The backup was restored. The database as it was before is kept in
{path}

Please log in again.</source>
        <translation>Die Sicherung wurde wiederhergestellt. Die bisherige Datenbank ist aufbewahrt in
{path}

Bitte melden Sie sich erneut an.</translation>
    </message>
</context>
<context>
    <name>Busy</name>
    <message>
        <source>Lotse</source>
        <translation>Lotse</translation>
    </message>
    <message>
        <source>Another process is writing to the database right now (an import, a backup or another Lotse). Nothing was changed yet.

Wait for it again?</source>
        <translation>Ein anderer Vorgang schreibt gerade in die Datenbank (ein Import, eine Sicherung oder ein anderes Lotse). Noch wurde nichts geändert.

Noch einmal darauf warten?</translation>
    </message>
</context>
<context>
    <name>CaseCoursesModel</name>
    <message>
        <source>Course</source>
        <translation>Kurs</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Sessions attended</source>
        <translation>Besuchte Termine</translation>
    </message>
    <message>
        <source>Hours attended</source>
        <translation>Besuchte Stunden</translation>
    </message>
    <message>
        <source>Certificate issued</source>
        <translation>Bescheinigung ausgestellt</translation>
    </message>
    <message>
        <source>{attended} of {total}</source>
        <translation>{attended} von {total}</translation>
    </message>
</context>
<context>
    <name>CaseFileWindow</name>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Strg+Umschalt+N</translation>
    </message>
    <message>
        <source>Close c&amp;ase</source>
        <translation>Fall &amp;abschließen</translation>
    </message>
    <message>
        <source>De&amp;lete …</source>
        <translation>&amp;Löschen …</translation>
    </message>
    <message>
        <source>&amp;More actions</source>
        <translation>&amp;Mehr</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projekte</translation>
    </message>
    <message>
        <source>Consultations</source>
        <translation>Beratungen</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Wiedervorlagen</translation>
    </message>
    <message>
        <source>New c&amp;onsultation</source>
        <translation>Ne&amp;ue Beratung</translation>
    </message>
    <message>
        <source>&amp;Merge …</source>
        <translation>&amp;Zusammenführen …</translation>
    </message>
    <message>
        <source>Merge a second case file of the same person</source>
        <translation>Eine zweite Fallakte derselben Person übernehmen</translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation>&amp;Wieder öffnen</translation>
    </message>
    <message>
        <source>Erase the person&apos;s data on request (Art. 17 GDPR)</source>
        <translation>Die Daten der Person auf ihren Antrag löschen (Art. 17 DSGVO)</translation>
    </message>
    <message>
        <source>Right of access (Art. &amp;15) …</source>
        <translation>Auskunft (Art. &amp;15) …</translation>
    </message>
    <message>
        <source>Make a&amp;ppointment …</source>
        <translation>Termin &amp;vereinbaren …</translation>
    </message>
    <message>
        <source>Book an appointment with this person (and print the letter)</source>
        <translation>Einen Termin mit dieser Person vereinbaren (und die Bestätigung drucken)</translation>
    </message>
    <message>
        <source>Everything Lotse holds about this person, as PDF and JSON (Art. 15 GDPR)</source>
        <translation>Alles, was Lotse über diese Person speichert, als PDF und JSON (Art. 15 DSGVO)</translation>
    </message>
    <message>
        <source>Notice handed over &amp;today</source>
        <translation>Informationen &amp;heute ausgehändigt</translation>
    </message>
    <message>
        <source>Recognition</source>
        <translation>Anerkennung</translation>
    </message>
    <message>
        <source>Placements</source>
        <translation>Arbeitsaufnahmen</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Einwilligungen</translation>
    </message>
    <message>
        <source>Tandem</source>
        <translation>Tandem</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>Kurse</translation>
    </message>
    <message>
        <source>Case {case} – {name}</source>
        <translation>Fall {case} – {name}</translation>
    </message>
    <message>
        <source>{age} years</source>
        <translation>{age} Jahre</translation>
    </message>
    <message>
        <source>Advisor: {name}</source>
        <translation>Beratung: {name}</translation>
    </message>
    <message>
        <source>The Art. 13 GDPR information notice has not been recorded as handed over.</source>
        <translation>Die Informationen nach Art. 13 DSGVO sind noch nicht als ausgehändigt erfasst.</translation>
    </message>
    <message>
        <source>Consultation – {name} ({case})</source>
        <translation>Beratung – {name} ({case})</translation>
    </message>
    <message>
        <source>Edit consultation</source>
        <translation>Beratung bearbeiten</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>Arbeitsaufnahme</translation>
    </message>
    <message>
        <source>The person took up work. Record the placement now (employer, sector, start, contract)?</source>
        <translation>Die Person hat eine Arbeit aufgenommen. Die Arbeitsaufnahme jetzt erfassen (Arbeitgeber, Wirtschaftszweig, Beginn, Vertragsart)?</translation>
    </message>
    <message>
        <source>Reopen case</source>
        <translation>Fall wieder eröffnen</translation>
    </message>
    <message>
        <source>Why is the case reopened?</source>
        <translation>Warum wird der Fall wieder eröffnet?</translation>
    </message>
    <message>
        <source>Delete case</source>
        <translation>Fallakte löschen</translation>
    </message>
    <message>
        <source>Folder for the access files – they are not encrypted</source>
        <translation>Ordner für die Auskunftsdateien – sie sind nicht verschlüsselt</translation>
    </message>
    <message>
        <source>Collecting everything about the person …</source>
        <translation>Alle Daten der Person werden zusammengestellt …</translation>
    </message>
    <message>
        <source>Right of access</source>
        <translation>Auskunft</translation>
    </message>
    <message>
        <source>Written: {files}. The files are not encrypted: hand them to the person and delete them afterwards.</source>
        <translation>Gespeichert: {files}. Die Dateien sind nicht verschlüsselt: Geben Sie sie der Person und löschen Sie sie danach.</translation>
    </message>
</context>
<context>
    <name>CaseFormDialog</name>
    <message>
        <source>Edit case {case}</source>
        <translation>Fall {case} bearbeiten</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>Neuer Fall</translation>
    </message>
    <message>
        <source>e.g. Syrien; Deutschland or SY; DE</source>
        <translation>z. B. Syrien; Deutschland oder SY; DE</translation>
    </message>
    <message>
        <source>e.g. Arabisch; Kurdisch or ar; ku</source>
        <translation>z. B. Arabisch; Kurdisch oder ar; ku</translation>
    </message>
    <message>
        <source>Country of school qualification</source>
        <translation>Land des Schulabschlusses</translation>
    </message>
    <message>
        <source>Country of vocational qualification</source>
        <translation>Land des Berufsabschlusses</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>&amp;First name *</source>
        <translation>&amp;Vorname *</translation>
    </message>
    <message>
        <source>&amp;Last name *</source>
        <translation>&amp;Nachname *</translation>
    </message>
    <message>
        <source>&amp;Gender *</source>
        <translation>&amp;Geschlecht *</translation>
    </message>
    <message>
        <source>Date of &amp;birth</source>
        <translation>Geburts&amp;datum</translation>
    </message>
    <message>
        <source>Sc&amp;hool qualification:</source>
        <translation>Sch&amp;ulabschluss:</translation>
    </message>
    <message>
        <source>Regulated profession:</source>
        <translation>Reglementierter Beruf:</translation>
    </message>
    <message>
        <source>Recognition status:</source>
        <translation>Anerkennungsstand:</translation>
    </message>
    <message>
        <source>Post&amp;code / city</source>
        <translation>PLZ / &amp;Ort</translation>
    </message>
    <message>
        <source>empty when living in Germany</source>
        <translation>leer bei Wohnsitz in Deutschland</translation>
    </message>
    <message>
        <source>Stree&amp;t</source>
        <translation>St&amp;raße</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Telefon</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;E-Mail</translation>
    </message>
    <message>
        <source>Living abroa&amp;d in</source>
        <translation>&amp;Wohnsitz im Ausland</translation>
    </message>
    <message>
        <source>Background and qualifications</source>
        <translation>Herkunft und Qualifikationen</translation>
    </message>
    <message>
        <source>&amp;Nationalities:</source>
        <translation>Staats&amp;angehörigkeiten:</translation>
    </message>
    <message>
        <source>Lang&amp;uages:</source>
        <translation>S&amp;prachen:</translation>
    </message>
    <message>
        <source>Country of b&amp;irth:</source>
        <translation>Geburts&amp;land:</translation>
    </message>
    <message>
        <source>&amp;Residence status:</source>
        <translation>Aufent&amp;haltsstatus:</translation>
    </message>
    <message>
        <source>&amp;Year of arrival:</source>
        <translation>Einreise&amp;jahr:</translation>
    </message>
    <message>
        <source>&amp;Vocational qualification:</source>
        <translation>&amp;Berufsabschluss:</translation>
    </message>
    <message>
        <source>Reference &amp;occupation:</source>
        <translation>Re&amp;ferenzberuf:</translation>
    </message>
    <message>
        <source>&amp;Knowledge of German:</source>
        <translation>Deutsch&amp;kenntnisse:</translation>
    </message>
    <message>
        <source>Found us via:</source>
        <translation>&amp;Zugang über:</translation>
    </message>
    <message>
        <source>&amp;Advisor:</source>
        <translation>Berater*&amp;in:</translation>
    </message>
    <message>
        <source>Re&amp;marks:</source>
        <translation>Be&amp;merkungen:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>country obtained</source>
        <translation>erworben in (Land)</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <source>Possibly already recorded: {cases}. Please check before saving.</source>
        <translation>Möglicherweise schon erfasst: {cases}. Bitte vor dem Speichern prüfen.</translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <source>Case no.</source>
        <translation>Fallnr.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Alter</translation>
    </message>
    <message>
        <source>Nationalities</source>
        <translation>Staatsangehörigkeit</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projekte</translation>
    </message>
    <message>
        <source>Advisor</source>
        <translation>Beratung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Letzter Kontakt</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>Nächste WV</translation>
    </message>
</context>
<context>
    <name>CasesPage</name>
    <message>
        <source>Cases</source>
        <translation>Fälle</translation>
    </message>
    <message>
        <source>Search name, case number or phone (Ctrl+F)</source>
        <translation>Name, Fallnummer oder Telefon suchen (Strg+F)</translation>
    </message>
    <message>
        <source>Search cases</source>
        <translation>Fälle suchen</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>All projects</source>
        <translation>Alle Projekte</translation>
    </message>
    <message>
        <source>All advisors</source>
        <translation>Alle Berater*innen</translation>
    </message>
    <message>
        <source>ESF data incomplete</source>
        <translation>ESF-Daten unvollständig</translation>
    </message>
    <message>
        <source>&amp;New case</source>
        <translation>&amp;Neuer Fall</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n Fall</numerusform>
            <numerusform>%n Fälle</numerusform>
        </translation>
    </message>
    <message>
        <source>No case matches the search and filters.</source>
        <translation>Kein Fall passt zu Suche und Filtern.</translation>
    </message>
    <message>
        <source>No cases yet – add one with “New case” or import a sheet (File → Import spreadsheet).</source>
        <translation>Noch keine Fälle – mit „Neuer Fall“ anlegen oder eine Tabelle einlesen (Datei → Tabelle importieren).</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>Passwort ändern</translation>
    </message>
    <message>
        <source>An administrator has set a temporary password for you. Please choose your own password now.</source>
        <translation>Eine Administratorin oder ein Administrator hat ein vorläufiges Passwort für Sie gesetzt. Bitte wählen Sie jetzt Ihr eigenes Passwort.</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>&amp;Bisheriges Passwort:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Neues Passwort:</translation>
    </message>
    <message>
        <source>Re&amp;peat new password:</source>
        <translation>Neues Passwort &amp;wiederholen:</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Lotse reads the whole file and changes nothing yet.</source>
        <translation>Lotse liest die ganze Datei und verändert noch nichts.</translation>
    </message>
    <message>
        <source>&amp;Copy list</source>
        <translation>Liste &amp;kopieren</translation>
    </message>
    <message>
        <source>&amp;Save list …</source>
        <translation>Liste &amp;speichern …</translation>
    </message>
    <message>
        <source>Checking the file …</source>
        <translation>Die Datei wird geprüft …</translation>
    </message>
    <message>
        <source>The check was cancelled. Nothing was changed.</source>
        <translation>Die Prüfung wurde abgebrochen. Es wurde nichts verändert.</translation>
    </message>
    <message numerus="yes">
        <source>The file has %n problem(s). Nothing was imported. Correct the file and start again.</source>
        <translation>
            <numerusform>Die Datei hat %n Problem. Es wurde nichts importiert. Bitte die Datei korrigieren und neu beginnen.</numerusform>
            <numerusform>Die Datei hat %n Probleme. Es wurde nichts importiert. Bitte die Datei korrigieren und neu beginnen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Everything is in order. The import will create {created}, update {updated} and leave {unchanged} unchanged.</source>
        <translation>Alles in Ordnung. Der Import legt {created} neu an, aktualisiert {updated} und lässt {unchanged} unverändert.</translation>
    </message>
    <message>
        <source>Ignored columns: {columns}</source>
        <translation>Ignorierte Spalten: {columns}</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of ESF projects have entry questions left empty. They are imported as not yet asked and listed as missing until answered.</source>
        <translation>
            <numerusform>%n Zeile eines ESF-Projekts hat leere Eintrittsfragen. Sie werden als „noch nicht erfragt“ übernommen und als fehlend gelistet, bis sie beantwortet sind.</numerusform>
            <numerusform>%n Zeilen von ESF-Projekten haben leere Eintrittsfragen. Sie werden als „noch nicht erfragt“ übernommen und als fehlend gelistet, bis sie beantwortet sind.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Lotse corrected %n cell(s) in an obvious way; the list below shows how.</source>
        <translation>
            <numerusform>Lotse hat %n Zelle eindeutig berichtigt; die Liste unten zeigt, wie.</numerusform>
            <numerusform>Lotse hat %n Zellen eindeutig berichtigt; die Liste unten zeigt, wie.</numerusform>
        </translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Corrected</source>
        <translation>Berichtigt</translation>
    </message>
    <message>
        <source>Save list</source>
        <translation>Liste speichern</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>CSV-Datei (*.csv)</translation>
    </message>
</context>
<context>
    <name>CloseCaseDialog</name>
    <message>
        <source>Close case</source>
        <translation>Fall abschließen</translation>
    </message>
    <message>
        <source>Closing &amp;date:</source>
        <translation>Abschluss&amp;datum:</translation>
    </message>
    <message>
        <source>Exit from {project}</source>
        <translation>Austritt aus {project}</translation>
    </message>
    <message>
        <source>Close &amp;case</source>
        <translation>Fall &amp;abschließen</translation>
    </message>
    <message>
        <source>Closing date</source>
        <translation>Abschlussdatum</translation>
    </message>
</context>
<context>
    <name>Conflict</name>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>{field}
    saved now: {saved}
    yours: {yours}</source>
        <translation>{field}
    jetzt gespeichert: {saved}
    Ihre Eingabe: {yours}</translation>
    </message>
    <message>
        <source>Changed in the meantime</source>
        <translation>Inzwischen geändert</translation>
    </message>
    <message>
        <source>&amp;Save mine</source>
        <translation>&amp;Meine Eingaben speichern</translation>
    </message>
    <message>
        <source>&amp;Keep the saved version</source>
        <translation>&amp;Gespeicherte Fassung behalten</translation>
    </message>
    <message>
        <source>&amp;Back to the form</source>
        <translation>&amp;Zurück zum Formular</translation>
    </message>
</context>
<context>
    <name>ConsentModel</name>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>Erteilt am</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Fassung</translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation>Widerrufen am</translation>
    </message>
    <message>
        <source>pass contact data to {partner}</source>
        <translation>Weitergabe der Kontaktdaten an {partner}</translation>
    </message>
</context>
<context>
    <name>ConsentsPartnersTab</name>
    <message>
        <source>Consents asked at first contact</source>
        <translation>Beim Erstkontakt erfragte Einwilligungen</translation>
    </message>
    <message>
        <source>A consent to pass contact data is asked for each active partner below. The texts of the forms are in the notice templates (see the manual).</source>
        <translation>Die Einwilligung in die Weitergabe der Kontaktdaten wird für jeden aktiven Partner unten erfragt. Die Texte der Formulare stehen in den Vorlagen (siehe Handbuch).</translation>
    </message>
    <message>
        <source>Partner organisations</source>
        <translation>Partnerorganisationen</translation>
    </message>
    <message>
        <source>No partners yet – add one with “New partner”.</source>
        <translation>Noch keine Partner – legen Sie einen mit „Neuer Partner“ an.</translation>
    </message>
    <message>
        <source>New &amp;partner …</source>
        <translation>Neuer &amp;Partner …</translation>
    </message>
    <message>
        <source>Edit p&amp;artner …</source>
        <translation>Partner be&amp;arbeiten …</translation>
    </message>
    <message>
        <source>E&amp;xport contact data …</source>
        <translation>Kontaktdaten e&amp;xportieren …</translation>
    </message>
    <message>
        <source>The people who consented to passing their contact data to this partner</source>
        <translation>Die Personen, die in die Weitergabe ihrer Kontaktdaten an diesen Partner eingewilligt haben</translation>
    </message>
    <message>
        <source>Data protection</source>
        <translation>Datenschutz</translation>
    </message>
    <message>
        <source>Choose a partner in the list.</source>
        <translation>Wählen Sie einen Partner in der Liste.</translation>
    </message>
    <message>
        <source>Contact data for {partner} – not encrypted</source>
        <translation>Kontaktdaten für {partner} – nicht verschlüsselt</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-Arbeitsmappe (*.xlsx)</translation>
    </message>
    <message>
        <source>Exporting …</source>
        <translation>Exportieren …</translation>
    </message>
    <message>
        <source>Written to {path}. Only people whose consent for this partner is recorded and not withdrawn are in it. The file is not encrypted: send it safely and delete it afterwards.</source>
        <translation>Gespeichert in {path}. Enthalten sind nur Personen, deren Einwilligung für diesen Partner erfasst und nicht widerrufen ist. Die Datei ist nicht verschlüsselt: Übermitteln Sie sie sicher und löschen Sie sie danach.</translation>
    </message>
</context>
<context>
    <name>ConsentsTab</name>
    <message>
        <source>No consent and no information notice recorded yet – choose the kind below and “Record”.</source>
        <translation>Noch keine Einwilligung und keine Information erfasst – unten die Art wählen und „Erfassen“.</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Einwilligungen</translation>
    </message>
    <message>
        <source>Kind of consent</source>
        <translation>Art der Einwilligung</translation>
    </message>
    <message>
        <source>pass contact data to {partner}</source>
        <translation>Weitergabe der Kontaktdaten an {partner}</translation>
    </message>
    <message>
        <source>How given</source>
        <translation>Wie erteilt</translation>
    </message>
    <message>
        <source>— how given —</source>
        <translation>— wie erteilt —</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>Erteilt am</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>E&amp;rfassen</translation>
    </message>
    <message>
        <source>&amp;Withdraw …</source>
        <translation>&amp;Widerruf …</translation>
    </message>
    <message>
        <source>Print &amp;notice …</source>
        <translation>&amp;Information drucken …</translation>
    </message>
    <message>
        <source>Print consent &amp;form …</source>
        <translation>Einwilligungs&amp;formular drucken …</translation>
    </message>
    <message>
        <source>Withdraw consent</source>
        <translation>Einwilligung widerrufen</translation>
    </message>
    <message>
        <source>Choose a consent in the list first.</source>
        <translation>Wählen Sie zuerst eine Einwilligung in der Liste.</translation>
    </message>
</context>
<context>
    <name>ConsultationDialog</name>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>&amp;Interpreter needed</source>
        <translation>Dolmetsch&amp;ung nötig</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Themen</translation>
    </message>
    <message>
        <source>Referred to</source>
        <translation>Verwiesen an</translation>
    </message>
    <message>
        <source>What was discussed, what was agreed, next steps</source>
        <translation>Was besprochen wurde, was vereinbart ist, nächste Schritte</translation>
    </message>
    <message>
        <source>Set a &amp;follow-up on</source>
        <translation>&amp;Wiedervorlage am</translation>
    </message>
    <message>
        <source>Follow-up subject</source>
        <translation>Betreff der Wiedervorlage</translation>
    </message>
    <message>
        <source>what to do</source>
        <translation>was zu tun ist</translation>
    </message>
    <message>
        <source>at</source>
        <translation>um</translation>
    </message>
    <message>
        <source>for</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>F&amp;orm:</source>
        <translation>&amp;Form:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>Spr&amp;ache:</translation>
    </message>
    <message>
        <source>&amp;Topics:</source>
        <translation>&amp;Themen:</translation>
    </message>
    <message>
        <source>&amp;Referred to:</source>
        <translation>&amp;Verwiesen an:</translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation>&amp;Projekt:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <source>Anonymous short contact: counts in the counselling statistics, not in ESF. Do not write names into the note.</source>
        <translation>Anonymer Kurzkontakt: zählt in der Beratungsstatistik, nicht im ESF. Bitte keine Namen in die Notiz schreiben.</translation>
    </message>
    <message>
        <source>&amp;Save (Ctrl+Return)</source>
        <translation>&amp;Speichern (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Correct consultation – {title}</source>
        <translation>Beratung berichtigen – {title}</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Follow-up on</source>
        <translation>Wiedervorlage am</translation>
    </message>
</context>
<context>
    <name>ConsultationTableModel</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Fall</translation>
    </message>
    <message>
        <source>Advisor</source>
        <translation>Beratung</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Themen</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>anonym</translation>
    </message>
    <message>
        <source>{language} (interpreter)</source>
        <translation>{language} (Dolmetschung)</translation>
    </message>
</context>
<context>
    <name>Consultations</name>
    <message>
        <source>Follow-up from the consultation on {date}</source>
        <translation>Wiedervorlage aus der Beratung vom {date}</translation>
    </message>
</context>
<context>
    <name>ConsultationsPage</name>
    <message>
        <source>Consultations</source>
        <translation>Beratungen</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Von-Datum</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Bis-Datum</translation>
    </message>
    <message>
        <source>All advisors</source>
        <translation>Alle Berater*innen</translation>
    </message>
    <message>
        <source>All topics</source>
        <translation>Alle Themen</translation>
    </message>
    <message>
        <source>All forms</source>
        <translation>Alle Formen</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>Alle Sprachen</translation>
    </message>
    <message>
        <source>Only anonymous</source>
        <translation>Nur anonyme</translation>
    </message>
    <message>
        <source>&amp;Anonymous short contact</source>
        <translation>Anonymer &amp;Kurzkontakt</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>No consultations in this period. Open a case and write one with “New consultation”.</source>
        <translation>Keine Beratungen in diesem Zeitraum. Einen Fall öffnen und mit „Neue Beratung“ eine erfassen.</translation>
    </message>
    <message numerus="yes">
        <source>%n consultation(s)</source>
        <translation>
            <numerusform>%n Beratung</numerusform>
            <numerusform>%n Beratungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConsultationsTab</name>
    <message>
        <source>Consultations</source>
        <translation>Beratungen</translation>
    </message>
    <message>
        <source>New consultation …</source>
        <translation>Neue Beratung …</translation>
    </message>
    <message>
        <source>Coming appointments</source>
        <translation>Kommende Termine</translation>
    </message>
    <message>
        <source>No appointments planned – book one with “Make appointment”.</source>
        <translation>Keine Termine geplant – vereinbaren Sie einen mit „Termin vereinbaren“.</translation>
    </message>
    <message>
        <source>Make appointment …</source>
        <translation>Termin vereinbaren …</translation>
    </message>
    <message>
        <source>Record appointment as consultation</source>
        <translation>Termin als Beratung erfassen</translation>
    </message>
    <message>
        <source>No consultations yet – write the first with “New consultation”.</source>
        <translation>Noch keine Beratungen – die erste mit „Neue Beratung“ erfassen.</translation>
    </message>
    <message>
        <source>{n} min</source>
        <translation>{n} Min.</translation>
    </message>
    <message>
        <source>{language}, with interpreter</source>
        <translation>{language}, mit Dolmetschung</translation>
    </message>
    <message>
        <source>Topics:</source>
        <translation>Themen:</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Delete …</source>
        <translation>Löschen …</translation>
    </message>
    <message>
        <source>Delete consultation</source>
        <translation>Beratung löschen</translation>
    </message>
    <message>
        <source>The consultation and its note are deleted for good. Why is it deleted (e.g. entered in the wrong case)?</source>
        <translation>Die Beratung und ihre Notiz werden endgültig gelöscht. Warum wird sie gelöscht (z. B. in der falschen Fallakte erfasst)?</translation>
    </message>
</context>
<context>
    <name>CourseDialog</name>
    <message>
        <source>Edit course</source>
        <translation>Kurs bearbeiten</translation>
    </message>
    <message>
        <source>New course</source>
        <translation>Neuer Kurs</translation>
    </message>
    <message>
        <source>e.g. German B1 evening course</source>
        <translation>z. B. Deutsch B1 Abendkurs</translation>
    </message>
    <message>
        <source>who runs it, e.g. our club or a language school</source>
        <translation>wer ihn durchführt, z. B. unser Verein oder eine Sprachschule</translation>
    </message>
    <message>
        <source>— no project —</source>
        <translation>— kein Projekt —</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>P&amp;rovider:</source>
        <translation>T&amp;räger:</translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation>&amp;Projekt:</translation>
    </message>
    <message>
        <source>&amp;First day:</source>
        <translation>&amp;Erster Tag:</translation>
    </message>
    <message>
        <source>&amp;Last day:</source>
        <translation>&amp;Letzter Tag:</translation>
    </message>
    <message>
        <source>L&amp;ocation:</source>
        <translation>&amp;Ort:</translation>
    </message>
    <message>
        <source>R&amp;emarks:</source>
        <translation>Be&amp;merkungen:</translation>
    </message>
    <message>
        <source>Hours attended in a course of a project count towards the project&apos;s minimum support of the ESF statistics.</source>
        <translation>Besuchte Stunden in einem Kurs eines Projekts zählen zur Mindestförderung des Projekts in der ESF-Statistik.</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Erster Tag</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Letzter Tag</translation>
    </message>
</context>
<context>
    <name>CoursesModel</name>
    <message>
        <source>Course</source>
        <translation>Kurs</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Träger</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Termine</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <source>Next session</source>
        <translation>Nächster Termin</translation>
    </message>
</context>
<context>
    <name>CoursesPage</name>
    <message>
        <source>Courses</source>
        <translation>Kurse</translation>
    </message>
    <message>
        <source>Language courses, qualifications and trainings: who takes part, attendance per session, lists to sign and certificates.</source>
        <translation>Sprachkurse, Qualifizierungen und Trainings: wer teilnimmt, Anwesenheit je Termin, Unterschriftenlisten und Teilnahmebescheinigungen.</translation>
    </message>
    <message>
        <source>&amp;New course …</source>
        <translation>&amp;Neuer Kurs …</translation>
    </message>
    <message>
        <source>&amp;Edit course …</source>
        <translation>Kurs &amp;bearbeiten …</translation>
    </message>
    <message>
        <source>&amp;Delete course</source>
        <translation>&amp;Kurs löschen</translation>
    </message>
    <message>
        <source>No courses yet – add one with “New course”.</source>
        <translation>Noch keine Kurse – legen Sie einen mit „Neuer Kurs“ an.</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Anwesenheit</translation>
    </message>
    <message>
        <source>Space: next state · 1 present · 2 excused · 3 absent · Del: clear · F2: choose from the list</source>
        <translation>Leertaste: nächster Eintrag · 1 anwesend · 2 entschuldigt · 3 unentschuldigt · Entf: leeren · F2: aus der Liste wählen</translation>
    </message>
    <message>
        <source>Double-click a name to open the case</source>
        <translation>Doppelklick auf einen Namen öffnet die Fallakte</translation>
    </message>
    <message>
        <source>Add &amp;session …</source>
        <translation>&amp;Termin hinzufügen …</translation>
    </message>
    <message>
        <source>&amp;Remove session</source>
        <translation>Termin ent&amp;fernen</translation>
    </message>
    <message>
        <source>Enrol &amp;participant …</source>
        <translation>Person a&amp;ufnehmen …</translation>
    </message>
    <message>
        <source>Remove par&amp;ticipant</source>
        <translation>Person entfe&amp;rnen</translation>
    </message>
    <message>
        <source>&amp;Attendance list (PDF) …</source>
        <translation>Unterschriften&amp;liste …</translation>
    </message>
    <message>
        <source>&amp;Certificates (PDF) …</source>
        <translation>Be&amp;scheinigungen …</translation>
    </message>
    <message>
        <source>The list to sign for the session of the current column</source>
        <translation>Die Liste zum Unterschreiben (PDF) für den Termin der gewählten Spalte</translation>
    </message>
    <message>
        <source>For the selected participants; issued today</source>
        <translation>Teilnahmebescheinigungen (PDF) für die markierten Teilnehmenden; ausgestellt mit heutigem Datum</translation>
    </message>
    <message>
        <source>Choose a course above to see its attendance.</source>
        <translation>Wählen Sie oben einen Kurs, um seine Anwesenheit zu sehen.</translation>
    </message>
    <message>
        <source>No sessions yet – add them with “Add session”.</source>
        <translation>Noch keine Termine – legen Sie sie mit „Termin hinzufügen“ an.</translation>
    </message>
    <message>
        <source>Nobody enrolled yet – add people with “Enrol participant”.</source>
        <translation>Noch niemand aufgenommen – nehmen Sie Personen mit „Person aufnehmen“ auf.</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s) from other advisors&apos; cases are not shown.</source>
        <translation>
            <numerusform>%n Teilnehmer*in aus Fällen anderer Berater*innen wird nicht gezeigt.</numerusform>
            <numerusform>%n Teilnehmende aus Fällen anderer Berater*innen werden nicht gezeigt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete course</source>
        <translation>Kurs löschen</translation>
    </message>
    <message>
        <source>Delete the course {title} with its sessions and its list of participants?</source>
        <translation>Den Kurs {title} mit seinen Terminen und seiner Teilnehmendenliste löschen?</translation>
    </message>
    <message>
        <source>Remove session</source>
        <translation>Termin entfernen</translation>
    </message>
    <message>
        <source>Choose a cell of the session first.</source>
        <translation>Wählen Sie zuerst eine Zelle des Termins.</translation>
    </message>
    <message>
        <source>Remove participant</source>
        <translation>Person entfernen</translation>
    </message>
    <message>
        <source>Remove {name} from the course? Their ticked attendance is removed too.</source>
        <translation>{name} aus dem Kurs entfernen? Die eingetragene Anwesenheit wird mit entfernt.</translation>
    </message>
    <message>
        <source>Attendance list</source>
        <translation>Unterschriftenliste</translation>
    </message>
    <message>
        <source>The course has no sessions yet.</source>
        <translation>Der Kurs hat noch keine Termine.</translation>
    </message>
    <message>
        <source>Save attendance list – the file will not be encrypted</source>
        <translation>Unterschriftenliste speichern – die Datei wird nicht verschlüsselt</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the attendance list …</source>
        <translation>Unterschriftenliste wird geschrieben …</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Teilnahmebescheinigungen</translation>
    </message>
    <message>
        <source>Select the participants who receive a certificate first.</source>
        <translation>Markieren Sie zuerst die Teilnehmenden, die eine Bescheinigung erhalten.</translation>
    </message>
    <message>
        <source>Folder for the certificates – the files will not be encrypted</source>
        <translation>Ordner für die Bescheinigungen – die Dateien werden nicht verschlüsselt</translation>
    </message>
    <message>
        <source>Writing certificates …</source>
        <translation>Teilnahmebescheinigungen werden geschrieben …</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) written (not encrypted).</source>
        <translation>
            <numerusform>%n Datei geschrieben (nicht verschlüsselt).</numerusform>
            <numerusform>%n Dateien geschrieben (nicht verschlüsselt).</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>&amp;Ordner öffnen</translation>
    </message>
</context>
<context>
    <name>CoursesTab</name>
    <message>
        <source>Not enrolled in any course. Courses are planned and attendance is ticked in the Courses section.</source>
        <translation>In keinem Kurs. Kurse und Anwesenheit werden im Bereich Kurse eingetragen.</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>Kurse</translation>
    </message>
    <message>
        <source>Hours attended in all courses: {hours}</source>
        <translation>Besuchte Stunden in allen Kursen: {hours}</translation>
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
    <name>Curtain</name>
    <message>
        <source>Lotse is locked.</source>
        <translation>Lotse ist gesperrt.</translation>
    </message>
</context>
<context>
    <name>DataFolderPage</name>
    <message>
        <source>Where your data lives</source>
        <translation>Wo Ihre Daten liegen</translation>
    </message>
    <message>
        <source>All of Lotse&apos;s data is in one folder. Back it up regularly; to move to a new computer, copy the whole folder.</source>
        <translation>Alle Daten von Lotse liegen in einem Ordner. Sichern Sie ihn regelmäßig; für einen neuen Computer kopieren Sie den ganzen Ordner.</translation>
    </message>
    <message>
        <source>On this &amp;computer (recommended)</source>
        <translation>Auf diesem &amp;Computer (empfohlen)</translation>
    </message>
    <message>
        <source>In another &amp;folder or on a USB stick:</source>
        <translation>In einem anderen &amp;Ordner oder auf einem USB-Stick:</translation>
    </message>
    <message>
        <source>Database on a &amp;server (team)</source>
        <translation>Datenbank auf einem &amp;Server (Team)</translation>
    </message>
    <message>
        <source>For an office where several people work at the same time: the data is in a PostgreSQL database that your club or its umbrella organisation runs.</source>
        <translation>Für ein Büro, in dem mehrere Personen gleichzeitig arbeiten: Die Daten liegen in einer PostgreSQL-Datenbank, die Ihr Verein oder sein Dachverband betreibt.</translation>
    </message>
    <message>
        <source>Choose a folder</source>
        <translation>Ordner auswählen</translation>
    </message>
    <message>
        <source>Other folder</source>
        <translation>Anderer Ordner</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Auswählen …</translation>
    </message>
    <message>
        <source>The folder is set with --data-dir.</source>
        <translation>Der Ordner ist mit --data-dir festgelegt.</translation>
    </message>
    <message>
        <source>The folder is set by LOTSE_DATA_DIR.</source>
        <translation>Der Ordner ist durch LOTSE_DATA_DIR festgelegt.</translation>
    </message>
    <message>
        <source>This is a portable Lotse: the data stays beside the program.</source>
        <translation>Dies ist ein portables Lotse: Die Daten bleiben neben dem Programm.</translation>
    </message>
    <message>
        <source>The database will be created here:
{path}</source>
        <translation>Die Datenbank wird hier angelegt:
{path}</translation>
    </message>
    <message>
        <source>Folder for Lotse&apos;s data</source>
        <translation>Ordner für die Daten von Lotse</translation>
    </message>
    <message>
        <source>Choose the folder for Lotse&apos;s data.</source>
        <translation>Wählen Sie den Ordner für die Daten von Lotse.</translation>
    </message>
    <message>
        <source>Existing database</source>
        <translation>Vorhandene Datenbank</translation>
    </message>
    <message>
        <source>This folder already holds a Lotse database:
{path}

Use it instead of creating a new one?</source>
        <translation>In diesem Ordner liegt bereits eine Lotse-Datenbank:
{path}

Diese verwenden, statt eine neue anzulegen?</translation>
    </message>
    <message>
        <source>Choose an empty folder for a new database.</source>
        <translation>Wählen Sie für eine neue Datenbank einen leeren Ordner.</translation>
    </message>
</context>
<context>
    <name>DayListModel</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <source>Advisor</source>
        <translation>Berater/in</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Für</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Anliegen</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>DeclarationDialog</name>
    <message>
        <source>Allowances from other clubs</source>
        <translation>Zahlungen anderer Vereine</translation>
    </message>
    <message>
        <source>e.g. 300,00; 0 if none</source>
        <translation>z. B. 300,00; 0, wenn keine</translation>
    </message>
    <message>
        <source>The tax-free cap counts per person across all clubs: what the volunteer received elsewhere reduces what this club may pay tax-free.</source>
        <translation>Die Steuerfreigrenze gilt je Person über alle Vereine: was die/der Ehrenamtliche anderswo erhalten hat, verringert, was dieser Verein steuerfrei zahlen kann.</translation>
    </message>
    <message>
        <source>Vol&amp;unteer:</source>
        <translation>Ehrenamt&amp;liche*r:</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Jahr:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>Received from &amp;other clubs (€):</source>
        <translation>Von anderen &amp;Vereinen erhalten (€):</translation>
    </message>
    <message>
        <source>&amp;Declared on:</source>
        <translation>&amp;Erklärt am:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <source>Declared on</source>
        <translation>Erklärt am</translation>
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
    <name>Dialogs</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
</context>
<context>
    <name>DocumentModel</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
</context>
<context>
    <name>DocumentsPanel</name>
    <message>
        <source>No document kept yet – signed questionnaires and consents, decisions and certificates can be added with “Add document”.</source>
        <translation>Noch kein Dokument aufbewahrt – unterschriebene Fragebögen und Einwilligungen, Bescheide und Zeugnisse fügen Sie mit „Dokument hinzufügen“ hinzu.</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <source>Add &amp;document …</source>
        <translation>&amp;Dokument hinzufügen …</translation>
    </message>
    <message>
        <source>O&amp;pen</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Shows the document in the program this computer uses for it. For that, Lotse writes an unencrypted copy into the data folder and deletes it when Lotse is closed.</source>
        <translation>Zeigt das Dokument in dem Programm, das dieser Computer dafür verwendet. Dazu legt Lotse eine unverschlüsselte Kopie im Datenordner ab und löscht sie, wenn Lotse beendet wird.</translation>
    </message>
    <message>
        <source>Sa&amp;ve a copy …</source>
        <translation>Kopie &amp;speichern …</translation>
    </message>
    <message>
        <source>Dele&amp;te …</source>
        <translation>&amp;Löschen …</translation>
    </message>
    <message>
        <source>Please choose a document in the list.</source>
        <translation>Bitte wählen Sie ein Dokument in der Liste.</translation>
    </message>
    <message>
        <source>No program on this computer opens this kind of file. Save a copy and open it with a program of your choice.</source>
        <translation>Kein Programm auf diesem Computer öffnet diese Art von Datei. Speichern Sie eine Kopie und öffnen Sie sie mit einem Programm Ihrer Wahl.</translation>
    </message>
    <message>
        <source>Save a copy of the document</source>
        <translation>Kopie des Dokuments speichern</translation>
    </message>
    <message>
        <source>Saved to {path}. This copy is not encrypted: delete it when it is no longer needed.</source>
        <translation>Gespeichert unter {path}. Diese Kopie ist nicht verschlüsselt: Löschen Sie sie, sobald sie nicht mehr gebraucht wird.</translation>
    </message>
    <message>
        <source>Delete document</source>
        <translation>Dokument löschen</translation>
    </message>
    <message>
        <source>Why is “{title}” deleted? (kept in the audit trail)</source>
        <translation>Warum wird „{title}“ gelöscht? (wird im Protokoll festgehalten)</translation>
    </message>
</context>
<context>
    <name>DueList</name>
    <message>
        <source>overdue</source>
        <translation>überfällig</translation>
    </message>
</context>
<context>
    <name>DueTableModel</name>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Was geschieht</translation>
    </message>
    <message>
        <source>Kept until</source>
        <translation>Aufzubewahren bis</translation>
    </message>
    <message>
        <source>Anonymise case file</source>
        <translation>Fallakte anonymisieren</translation>
    </message>
    <message>
        <source>Anonymise former volunteer</source>
        <translation>Ehemalige/n Ehrenamtliche/n anonymisieren</translation>
    </message>
    <message>
        <source>Delete police clearance (§ 72a SGB VIII)</source>
        <translation>Angaben zum Führungszeugnis löschen (§ 72a SGB VIII)</translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <source>Enrol participant – {course}</source>
        <translation>Teilnehmer*in aufnehmen – {course}</translation>
    </message>
    <message>
        <source>name or case number</source>
        <translation>Name oder Fallnummer</translation>
    </message>
    <message>
        <source>Matching case files</source>
        <translation>Passende Fallakten</translation>
    </message>
    <message>
        <source>&amp;Find case:</source>
        <translation>&amp;Fall suchen:</translation>
    </message>
    <message>
        <source>&amp;Enrol</source>
        <translation>&amp;Aufnehmen</translation>
    </message>
    <message>
        <source>Participant: find and choose a case file first.</source>
        <translation>Teilnehmer*in: Suchen und wählen Sie zuerst eine Fallakte.</translation>
    </message>
</context>
<context>
    <name>EnrollmentDialog</name>
    <message>
        <source>Entry questionnaire {project}</source>
        <translation>Eintrittsfragebogen {project}</translation>
    </message>
    <message>
        <source>Enroll in a project</source>
        <translation>In ein Projekt aufnehmen</translation>
    </message>
    <message>
        <source>required after the 4-week deadline</source>
        <translation>nach Ablauf der 4-Wochen-Frist erforderlich</translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation>&amp;Projekt:</translation>
    </message>
    <message>
        <source>&amp;Entry date:</source>
        <translation>&amp;Eintrittsdatum:</translation>
    </message>
    <message>
        <source>Entry on {entry} in {project}; entry data due by {due}.</source>
        <translation>Eintritt am {entry} in {project}; Eintrittsdaten fällig bis {due}.</translation>
    </message>
    <message>
        <source>&amp;Reason for the change:</source>
        <translation>&amp;Grund der Änderung:</translation>
    </message>
    <message>
        <source>Entry date</source>
        <translation>Eintrittsdatum</translation>
    </message>
</context>
<context>
    <name>EnrollmentModel</name>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Eintritt</translation>
    </message>
    <message>
        <source>ESF entry data</source>
        <translation>ESF-Eintrittsdaten</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>Austritt</translation>
    </message>
    <message>
        <source>Exit reason</source>
        <translation>Austrittsgrund</translation>
    </message>
    <message>
        <source>Status after exit</source>
        <translation>Verbleib nach Austritt</translation>
    </message>
    <message>
        <source>6-month follow-up</source>
        <translation>6-Monats-Nachbefragung</translation>
    </message>
    <message>
        <source>not an ESF project</source>
        <translation>kein ESF-Projekt</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) not asked, overdue since {date}</source>
        <translation>
            <numerusform>%n Frage nicht gestellt, überfällig seit {date}</numerusform>
            <numerusform>%n Fragen nicht gestellt, überfällig seit {date}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) not asked, due by {date}</source>
        <translation>
            <numerusform>%n Frage nicht gestellt, fällig bis {date}</numerusform>
            <numerusform>%n Fragen nicht gestellt, fällig bis {date}</numerusform>
        </translation>
    </message>
    <message>
        <source>recorded on {date}</source>
        <translation>erfasst am {date}</translation>
    </message>
    <message>
        <source>(exit data overdue)</source>
        <translation>(Austrittsdaten überfällig)</translation>
    </message>
</context>
<context>
    <name>EntryDialog</name>
    <message>
        <source>e.g. Tigrinya, Dari or ti</source>
        <translation>z. B. Tigrinya, Dari oder ti</translation>
    </message>
</context>
<context>
    <name>EntryQuestionnaire</name>
    <message>
        <source>ESF entry questionnaire (situation on the entry date)</source>
        <translation>ESF-Eintrittsfragebogen (Situation am Eintrittstag)</translation>
    </message>
    <message>
        <source> months</source>
        <translation> Monate</translation>
    </message>
    <message>
        <source>&amp;Employment status:</source>
        <translation>&amp;Erwerbsstatus:</translation>
    </message>
    <message>
        <source>Unemployed &amp;for:</source>
        <translation>Arbeitslos &amp;seit:</translation>
    </message>
    <message>
        <source>Highest &amp;education:</source>
        <translation>Höchster &amp;Bildungsabschluss:</translation>
    </message>
    <message>
        <source>&amp;Disability:</source>
        <translation>&amp;Behinderung:</translation>
    </message>
    <message>
        <source>&amp;Minority:</source>
        <translation>&amp;Minderheit:</translation>
    </message>
    <message>
        <source>Foreign &amp;origin:</source>
        <translation>Ausländische &amp;Herkunft:</translation>
    </message>
    <message>
        <source>&amp;Homeless or excluded from housing:</source>
        <translation>&amp;Obdachlos oder Wohnungsausgrenzung:</translation>
    </message>
    <message>
        <source>&amp;Rural area:</source>
        <translation>&amp;Ländliches Gebiet:</translation>
    </message>
    <message>
        <source>All questions answered: the entry data count as recorded.</source>
        <translation>Alle Fragen beantwortet: die Eintrittsdaten gelten als erfasst.</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) not yet asked. They stay missing and are listed on the start page and in the ESF report until answered.</source>
        <translation>
            <numerusform>%n Frage noch nicht erfragt. Sie bleibt offen und steht auf der Startseite und im ESF-Bericht, bis sie beantwortet ist.</numerusform>
            <numerusform>%n Fragen noch nicht erfragt. Sie bleiben offen und stehen auf der Startseite und im ESF-Bericht, bis sie beantwortet sind.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ErasureDialog</name>
    <message>
        <source>Delete case {case}</source>
        <translation>Fallakte {case} löschen</translation>
    </message>
    <message>
        <source>The person asked for their data to be erased (Art. 17 GDPR). Choose the ground of the request.</source>
        <translation>Die Person verlangt die Löschung ihrer Daten (Art. 17 DSGVO). Bitte den Grund des Antrags wählen.</translation>
    </message>
    <message>
        <source>&amp;Ground:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <source>I have told the person why their data must be &amp;kept.</source>
        <translation>Ich habe der Person erklärt, warum ihre Daten aufbewahrt werden &amp;müssen.</translation>
    </message>
    <message>
        <source>&amp;Remove what is not needed</source>
        <translation>Nicht Benötigtes &amp;entfernen</translation>
    </message>
    <message>
        <source>Everything about the person is erased for good: the case file, consultations and notes, projects, follow-ups, consents, tandems and drafts; hours volunteers gave with them stay without the link. The server&apos;s own backups still hold the data until they are replaced: tell whoever runs the server. The audit trail keeps only that the case number was erased, by whom, when and on which ground.</source>
        <translation>Alles zu dieser Person wird endgültig gelöscht: die Fallakte, Beratungen und Notizen, Projekte, Wiedervorlagen, Einwilligungen, Tandems und Entwürfe; Stunden, die Ehrenamtliche mit ihr geleistet haben, bleiben ohne die Verknüpfung. Die eigenen Sicherungen des Servers enthalten die Daten, bis sie ersetzt werden: Sagen Sie der Person Bescheid, die den Server betreut. Das Protokoll behält nur, dass die Fallnummer gelöscht wurde, von wem, wann und aus welchem Grund.</translation>
    </message>
    <message>
        <source>Everything about the person is erased for good: the case file, consultations and notes, projects, follow-ups, consents, tandems and drafts; hours volunteers gave with them stay without the link. The backups in the data folder are replaced by a new one; copies elsewhere (USB sticks) still hold the data until they are replaced. The audit trail keeps only that the case number was erased, by whom, when and on which ground.</source>
        <translation>Alles zu dieser Person wird endgültig gelöscht: die Fallakte, Beratungen und Notizen, Projekte, Wiedervorlagen, Einwilligungen, Tandems und Entwürfe; Stunden, die Ehrenamtliche mit ihr geleistet haben, bleiben ohne die Verknüpfung. Die Sicherungen im Datenordner werden durch eine neue ersetzt; Kopien an anderen Orten (USB-Sticks) enthalten die Daten, bis sie ersetzt werden. Das Protokoll behält nur, dass die Fallnummer gelöscht wurde, von wem, wann und aus welchem Grund.</translation>
    </message>
    <message>
        <source>I understand that this cannot be &amp;undone.</source>
        <translation>Mir ist klar, dass das nicht rückgängig gemacht werden &amp;kann.</translation>
    </message>
    <message>
        <source>&amp;Erase for good</source>
        <translation>&amp;Endgültig löschen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Removing …</source>
        <translation>Wird entfernt …</translation>
    </message>
    <message>
        <source>Erasing …</source>
        <translation>Wird gelöscht …</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>The account {user} was deactivated. Please log in again.</source>
        <translation>Das Konto {user} wurde deaktiviert. Bitte melden Sie sich neu an.</translation>
    </message>
    <message>
        <source>User {user} (role {role}) may not do this ({permission}).</source>
        <translation>Benutzer*in {user} (Rolle {role}) darf das nicht ({permission}).</translation>
    </message>
    <message>
        <source>User name or password is wrong, or the account is disabled.</source>
        <translation>Benutzername oder Passwort ist falsch, oder das Konto ist deaktiviert.</translation>
    </message>
    <message>
        <source>Too many wrong passwords for this account. Please wait {seconds} seconds and try again, or ask an administrator to unlock it.</source>
        <translation>Zu viele falsche Passwörter für dieses Konto. Bitte {seconds} Sekunden warten und erneut versuchen oder eine Administratorin bzw. einen Administrator um Entsperrung bitten.</translation>
    </message>
    <message>
        <source>Another process is writing to the database right now (an import, a backup or another Lotse). Lotse waited 10 seconds; nothing was changed. Please try again in a moment.</source>
        <translation>Ein anderer Vorgang schreibt gerade in die Datenbank (ein Import, eine Sicherung oder ein anderes Lotse). Lotse hat 10 Sekunden gewartet; es wurde nichts geändert. Bitte versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message numerus="yes">
        <source>%n ESF entry questionnaire(s) had been saved untouched with answers the old form pre-selected. They were reset to &apos;not yet asked&apos; and are now listed as missing on the start page and in the ESF report.</source>
        <translation>
            <numerusform>%n ESF-Eintrittsfragebogen war unverändert mit den Antworten gespeichert, die das alte Formular vorausgewählt hatte. Er wurde auf „noch nicht erfragt“ zurückgesetzt und steht jetzt als fehlend auf der Startseite und im ESF-Bericht.</numerusform>
            <numerusform>%n ESF-Eintrittsfragebögen waren unverändert mit den Antworten gespeichert, die das alte Formular vorausgewählt hatte. Sie wurden auf „noch nicht erfragt“ zurückgesetzt und stehen jetzt als fehlend auf der Startseite und im ESF-Bericht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case file(s) had a reference occupation or recognition status. Each now has a first recognition procedure (tab Recognition) with what was recorded; dates were never asked and are empty.</source>
        <translation>
            <numerusform>%n Fallakte hatte einen Referenzberuf oder Anerkennungsstatus. Sie hat jetzt ein erstes Anerkennungsverfahren (Reiter Anerkennung) mit den erfassten Angaben; Daten wurden nie erfragt und sind leer.</numerusform>
            <numerusform>%n Fallakten hatten einen Referenzberuf oder Anerkennungsstatus. Jede hat jetzt ein erstes Anerkennungsverfahren (Reiter Anerkennung) mit den erfassten Angaben; Daten wurden nie erfragt und sind leer.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file {path} is not a Lotse database (it has no Lotse tables, or it is empty). Lotse did not change it. Choose another data folder or restore a backup.</source>
        <translation>Die Datei {path} ist keine Lotse-Datenbank (sie hat keine Lotse-Tabellen oder ist leer). Lotse hat sie nicht verändert. Wählen Sie einen anderen Datenordner oder stellen Sie eine Sicherung wieder her.</translation>
    </message>
    <message>
        <source>The key file {path} is damaged, so no password can open the database. Restore it from a backup, or restore a whole backup (Lotse backups carry their keys).</source>
        <translation>Die Schlüsseldatei {path} ist beschädigt, daher kann kein Passwort die Datenbank öffnen. Stellen Sie sie aus einer Sicherung wieder her oder stellen Sie eine ganze Sicherung wieder her (Lotse-Sicherungen enthalten ihre Schlüssel).</translation>
    </message>
    <message>
        <source>The key file {path} is missing, so no password can open the database. Put the file lotse.keys back beside lotse.sqlite3, or restore a backup.</source>
        <translation>Die Schlüsseldatei {path} fehlt, daher kann kein Passwort die Datenbank öffnen. Legen Sie die Datei lotse.keys wieder neben lotse.sqlite3 oder stellen Sie eine Sicherung wieder her.</translation>
    </message>
    <message>
        <source>There is no Lotse database in {path} yet. Run &apos;lotse init&apos; first.</source>
        <translation>In {path} gibt es noch keine Lotse-Datenbank. Bitte zuerst „lotse init“ ausführen.</translation>
    </message>
    <message>
        <source>The database {path} cannot be opened with this key: the file is damaged or belongs to other keys ({reason}).</source>
        <translation>Die Datenbank {path} lässt sich mit diesem Schlüssel nicht öffnen: Die Datei ist beschädigt oder gehört zu anderen Schlüsseln ({reason}).</translation>
    </message>
    <message>
        <source>There is no Lotse database on the server yet ({server}). Set it up first: lotse init --server &apos;{server}&apos; --org NAME --admin USER</source>
        <translation>Auf dem Server ({server}) gibt es noch keine Lotse-Datenbank. Richten Sie sie zuerst ein: lotse init --server &apos;{server}&apos; --org NAME --admin USER</translation>
    </message>
    <message>
        <source>This database already holds case files, consultations or volunteers that were not made by the demo. Demo data is meant for an empty database: use a new data folder (--data-dir), or add --force to mix fake people with these.</source>
        <translation>Diese Datenbank enthält bereits Fallakten, Beratungen oder Ehrenamtliche, die nicht von der Demo stammen. Demodaten sind für eine leere Datenbank gedacht: Verwenden Sie einen neuen Datenordner (--data-dir) oder geben Sie --force an, um erfundene Personen dazuzumischen.</translation>
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
        <source>The database server&apos;s disk is full: Lotse could not write and left the data as it was. Please tell whoever runs the server.</source>
        <translation>Der Datenträger des Datenbankservers ist voll: Lotse konnte nicht schreiben und hat die Daten gelassen, wie sie waren. Bitte geben Sie der Person Bescheid, die den Server betreibt.</translation>
    </message>
    <message>
        <source>The database server refused this: the account Lotse uses there lacks the permission, or the server only reads. Nothing was changed. Please tell whoever runs the server.</source>
        <translation>Der Datenbankserver hat dies abgelehnt: Dem Konto, das Lotse dort verwendet, fehlt die Berechtigung, oder der Server lässt nur Lesezugriffe zu. Es wurde nichts geändert. Bitte geben Sie der Person Bescheid, die den Server betreibt.</translation>
    </message>
    <message>
        <source>Someone else changed the same data at the same moment, so nothing was saved. Please try again.</source>
        <translation>Jemand anderes hat im selben Moment dieselben Daten geändert, daher wurde nichts gespeichert. Bitte versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <source>A volunteer&apos;s hours on one day may add up to at most 10 hours; hours saved meanwhile already fill this day. Nothing was changed.</source>
        <translation>Die Stunden einer ehrenamtlichen Person dürfen an einem Tag zusammen höchstens 10 Stunden ergeben; inzwischen gespeicherte Stunden füllen diesen Tag bereits aus. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The disk is full: Lotse could not write and left the data as it was. Free some space (or choose another folder) and try again.</source>
        <translation>Der Datenträger ist voll: Lotse konnte nicht schreiben und hat die Daten gelassen, wie sie waren. Schaffen Sie Platz (oder wählen Sie einen anderen Ordner) und versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <source>Lotse may not write here{where}: the file or its folder is read-only (a write-protected stick, missing permission). Nothing was changed.</source>
        <translation>Lotse darf hier nicht schreiben{where}: Die Datei oder ihr Ordner ist schreibgeschützt (ein schreibgeschützter Stick, fehlende Berechtigung). Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Password: at least {n} characters are required.</source>
        <translation>Passwort: Mindestens {n} Zeichen sind nötig.</translation>
    </message>
    <message>
        <source>Password: too easy to guess (common passwords, names, words of the club, keyboard rows and dates are tried first). Use a longer one, for example three or four unrelated words.</source>
        <translation>Passwort: zu leicht zu erraten (häufige Passwörter, Namen, Wörter des Vereins, Tastaturreihen und Daten werden zuerst probiert). Wählen Sie ein längeres, zum Beispiel drei oder vier Wörter, die nichts miteinander zu tun haben.</translation>
    </message>
    <message>
        <source>{label}: a whole number from {low} to {high} is allowed.</source>
        <translation>{label}: erlaubt ist eine ganze Zahl von {low} bis {high}.</translation>
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
        <source>This project does not exist (any more).</source>
        <translation>Dieses Projekt gibt es nicht (mehr).</translation>
    </message>
    <message>
        <source>{label}: &apos;{value}&apos; already exists in this project.</source>
        <translation>{label}: „{value}“ gibt es in diesem Projekt schon.</translation>
    </message>
    <message>
        <source>This exit reason does not exist (any more).</source>
        <translation>Diesen Austrittsgrund gibt es nicht (mehr).</translation>
    </message>
    <message>
        <source>Project {project} does not support organisations; switch the setting on in the project first.</source>
        <translation>Das Projekt {project} unterstützt keine Einrichtungen; schalten Sie die Einstellung zuerst im Projekt ein.</translation>
    </message>
    <message>
        <source>This entry does not exist (any more).</source>
        <translation>Diesen Eintrag gibt es nicht (mehr).</translation>
    </message>
    <message>
        <source>{label}: &apos;;&apos; and &apos;,&apos; are not allowed; they separate several entries in a spreadsheet cell.</source>
        <translation>{label}: „;“ und „,“ sind nicht erlaubt; sie trennen in einer Tabellenzelle mehrere Einträge.</translation>
    </message>
    <message>
        <source>{label}: &apos;{name}&apos; already exists.</source>
        <translation>{label}: „{name}“ gibt es schon.</translation>
    </message>
    <message>
        <source>{label}: &apos;{name}&apos; exists but is retired; take it back into use.</source>
        <translation>{label}: „{name}“ gibt es schon, stillgelegt; bitte wieder in Gebrauch nehmen.</translation>
    </message>
    <message>
        <source>{label}: &apos;{name}&apos; is already on the list.</source>
        <translation>{label}: „{name}“ steht schon auf der Liste.</translation>
    </message>
    <message>
        <source>Languages keep their standard names; add another one instead.</source>
        <translation>Sprachen behalten ihren üblichen Namen; fügen Sie stattdessen eine andere hinzu.</translation>
    </message>
    <message>
        <source>A Lotse database already exists in {path}; nothing was changed. Use another data folder (--data-dir) for a new organisation.</source>
        <translation>In {path} gibt es bereits eine Lotse-Datenbank; es wurde nichts verändert. Für eine neue Organisation bitte einen anderen Datenordner (--data-dir) verwenden.</translation>
    </message>
    <message>
        <source>The database {database} on {host} already holds a Lotse organisation; nothing was changed. Log in to it, or ask the server&apos;s administrator for another database for a new organisation.</source>
        <translation>Die Datenbank {database} auf {host} enthält bereits eine Lotse-Organisation; es wurde nichts verändert. Melden Sie sich dort an oder bitten Sie die Serveradministration um eine weitere Datenbank für eine neue Organisation.</translation>
    </message>
    <message>
        <source>{label}: the name {name} is already taken.</source>
        <translation>{label}: Der Name {name} ist bereits vergeben.</translation>
    </message>
    <message>
        <source>This user account does not exist (any more).</source>
        <translation>Dieses Benutzerkonto gibt es nicht (mehr).</translation>
    </message>
    <message>
        <source>{user} is the last active administrator; make someone else an administrator first.</source>
        <translation>{user} ist die letzte aktive Administration; machen Sie zuerst jemand anderen zur Administratorin oder zum Administrator.</translation>
    </message>
    <message>
        <source>New password: please choose a password you did not use now.</source>
        <translation>Neues Passwort: bitte ein anderes als das bisherige wählen.</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>Das bisherige Passwort ist falsch.</translation>
    </message>
    <message>
        <source>Language: please choose one of {choices}.</source>
        <translation>Sprache: Bitte wählen Sie eine von {choices}.</translation>
    </message>
    <message>
        <source>Volunteer record: only a login with the role volunteer is linked.</source>
        <translation>Ehrenamtlichen-Eintrag: nur ein Zugang mit der Rolle Ehrenamtliche*r wird verknüpft.</translation>
    </message>
    <message>
        <source>Volunteer record: {number} already has another login.</source>
        <translation>Ehrenamtlichen-Eintrag: {number} hat schon einen anderen Zugang.</translation>
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
        <source>{label}: character {position} is an invisible control character; please remove it (letters, digits, punctuation and line breaks are allowed).</source>
        <translation>{label}: Zeichen {position} ist ein unsichtbares Steuerzeichen; bitte entfernen Sie es (erlaubt sind Buchstaben, Ziffern, Satzzeichen und Zeilenumbrüche).</translation>
    </message>
    <message>
        <source>Did you mean {names}?</source>
        <translation>Meinten Sie {names}?</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a country; use its name or a code such as SY.</source>
        <translation>„{value}“ ist kein Land; bitte den Namen oder ein Kürzel wie SY verwenden.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a language; use its name or a code such as ar.</source>
        <translation>„{value}“ ist keine Sprache; bitte den Namen oder ein Kürzel wie ar verwenden.</translation>
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
    <message>
        <source>{label}: please choose one; &apos;not specified&apos; is possible too.</source>
        <translation>{label}: bitte auswählen; auch „keine Angabe“ ist möglich.</translation>
    </message>
    <message>
        <source>{label}: must lie between 1900 and today.</source>
        <translation>{label}: Muss zwischen 1900 und heute liegen.</translation>
    </message>
    <message>
        <source>{label}: &apos;{value}&apos; is not allowed. Use five digits.</source>
        <translation>{label}: „{value}“ ist nicht erlaubt. Bitte fünf Ziffern verwenden.</translation>
    </message>
    <message>
        <source>{label}: only for an address in Germany. For a person living abroad, leave it empty and write the foreign postcode with the town.</source>
        <translation>{label}: nur für eine Anschrift in Deutschland. Bei Wohnsitz im Ausland bitte leer lassen und die ausländische Postleitzahl beim Ort eintragen.</translation>
    </message>
    <message>
        <source>Case {case} is anonymised: it can no longer be changed.</source>
        <translation>Der Fall {case} ist anonymisiert und kann nicht mehr geändert werden.</translation>
    </message>
    <message>
        <source>The case file {case}</source>
        <translation>Die Fallakte {case}</translation>
    </message>
    <message>
        <source>{label}: &apos;{value}&apos; is not an e-mail address.</source>
        <translation>{label}: „{value}“ ist keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>{label}: a year from 1900 to {year} is allowed.</source>
        <translation>{label}: Erlaubt ist ein Jahr von 1900 bis {year}.</translation>
    </message>
    <message>
        <source>{label}: only for a qualification that was obtained; leave it empty for none or unknown.</source>
        <translation>{label}: Nur bei einem erworbenen Abschluss; bei „keiner“ oder „unbekannt“ bitte leer lassen.</translation>
    </message>
    <message>
        <source>Case {case}: only the responsible advisor may open it.</source>
        <translation>Fall {case}: Nur die zuständige Beratung darf ihn öffnen.</translation>
    </message>
    <message>
        <source>Case {id} does not exist (any more).</source>
        <translation>Fall {id} gibt es nicht (mehr).</translation>
    </message>
    <message>
        <source>Consents asked: &apos;{value}&apos; cannot be chosen here (allowed: {allowed}; the consent for a partner is asked for each active partner).</source>
        <translation>Erfragte Einwilligungen: „{value}“ kann hier nicht gewählt werden (erlaubt: {allowed}; die Einwilligung für einen Partner wird für jeden aktiven Partner erfragt).</translation>
    </message>
    <message>
        <source>Partner: &apos;{name}&apos; is already in the list.</source>
        <translation>Partner: „{name}“ steht schon in der Liste.</translation>
    </message>
    <message>
        <source>This partner no longer exists.</source>
        <translation>Diesen Partner gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>Partner: a consent to pass data to a partner names one partner; other consents name none.</source>
        <translation>Partner: Eine Einwilligung in die Weitergabe nennt genau einen Partner, andere Einwilligungen keinen.</translation>
    </message>
    <message>
        <source>Partner: choose one of the club&apos;s active partners.</source>
        <translation>Partner: Wählen Sie einen der aktiven Partner des Vereins.</translation>
    </message>
    <message>
        <source>Consents: each consent can be answered once.</source>
        <translation>Einwilligungen: Jede Einwilligung kann nur einmal beantwortet werden.</translation>
    </message>
    <message>
        <source>Consents: the information notice is no consent.</source>
        <translation>Einwilligungen: Die Datenschutzinformation ist keine Einwilligung.</translation>
    </message>
    <message>
        <source>{label}: must not lie in the future.</source>
        <translation>{label}: Darf nicht in der Zukunft liegen.</translation>
    </message>
    <message>
        <source>This consent no longer exists.</source>
        <translation>Diese Einwilligung gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>The information notice was handed over; it is no consent and cannot be withdrawn.</source>
        <translation>Die Datenschutzinformation wurde ausgehändigt; sie ist keine Einwilligung und kann nicht widerrufen werden.</translation>
    </message>
    <message>
        <source>{label}: this consent was already withdrawn.</source>
        <translation>{label}: Diese Einwilligung wurde schon widerrufen.</translation>
    </message>
    <message>
        <source>{label}: the day the consent was given ({given}) or later.</source>
        <translation>{label}: der Tag der Einwilligung ({given}) oder später.</translation>
    </message>
    <message>
        <source>{label}: from 1 to 600 minutes are allowed.</source>
        <translation>{label}: Erlaubt sind 1 bis 600 Minuten.</translation>
    </message>
    <message>
        <source>{label}: must not be before the consultation.</source>
        <translation>{label}: Darf nicht vor der Beratung liegen.</translation>
    </message>
    <message>
        <source>{label}: anonymous contacts cannot have a follow-up.</source>
        <translation>{label}: Anonyme Kontakte können keine Wiedervorlage haben.</translation>
    </message>
    <message>
        <source>Topics: unknown topic chosen.</source>
        <translation>Themen: Unbekanntes Thema gewählt.</translation>
    </message>
    <message>
        <source>Referred to: unknown service chosen.</source>
        <translation>Verwiesen an: unbekannte Stelle gewählt.</translation>
    </message>
    <message>
        <source>This consultation does not exist (any more).</source>
        <translation>Diese Beratung gibt es nicht (mehr).</translation>
    </message>
    <message>
        <source>Only the advisor who wrote a consultation or an administrator may change or delete it.</source>
        <translation>Nur wer die Beratung erfasst hat oder die Administration darf sie ändern oder löschen.</translation>
    </message>
    <message>
        <source>The consultation of {day}</source>
        <translation>Die Beratung vom {day}</translation>
    </message>
    <message>
        <source>{label}: only allowed for unemployed people.</source>
        <translation>{label}: Nur bei arbeitslosen Personen erlaubt.</translation>
    </message>
    <message>
        <source>{label}: a whole number from 0 to 600 is allowed.</source>
        <translation>{label}: Erlaubt ist eine ganze Zahl von 0 bis 600.</translation>
    </message>
    <message>
        <source>Both case files are enrolled in {projects}. Remove the wrong enrollment first (Projects tab, “Remove enrollment”), then merge.</source>
        <translation>Beide Fallakten sind in {projects} aufgenommen. Bitte zuerst die falsche Teilnahme entfernen (Reiter Projekte, „Teilnahme entfernen“), dann zusammenführen.</translation>
    </message>
    <message>
        <source>Both case files are enrolled in the course {courses}. Remove the wrong enrollment first (Courses section), then merge.</source>
        <translation>Beide Fallakten stehen im Kurs {courses}. Entfernen Sie zuerst die falsche Kursteilnahme (Bereich Kurse) und führen Sie dann zusammen.</translation>
    </message>
    <message>
        <source>Choose a different case file to merge with this one.</source>
        <translation>Bitte eine andere Fallakte zum Zusammenführen wählen.</translation>
    </message>
    <message>
        <source>Only an administrator may remove an enrollment.</source>
        <translation>Nur die Administration darf eine Teilnahme entfernen.</translation>
    </message>
    <message>
        <source>This project enrollment no longer exists.</source>
        <translation>Diese Projektteilnahme gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>The enrollment in {project}</source>
        <translation>Die Teilnahme an {project}</translation>
    </message>
    <message>
        <source>The ESF questionnaires are only asked in ESF projects; {project} is not one.</source>
        <translation>Die ESF-Fragebögen gibt es nur in ESF-Projekten; {project} ist keines.</translation>
    </message>
    <message>
        <source>Project: please choose one.</source>
        <translation>Projekt: Bitte ein Projekt wählen.</translation>
    </message>
    <message>
        <source>Project: case {case} is already enrolled in {project}.</source>
        <translation>Projekt: Fall {case} ist bereits in {project} aufgenommen.</translation>
    </message>
    <message>
        <source>{label}: must lie within the project period.</source>
        <translation>{label}: Muss innerhalb der Projektlaufzeit liegen.</translation>
    </message>
    <message>
        <source>{label}: entry answers describe the entry date; changing them more than four weeks after entry needs a reason.</source>
        <translation>{label}: Die Eintrittsangaben beschreiben den Eintrittstag; eine Änderung später als vier Wochen nach Eintritt braucht eine Begründung.</translation>
    </message>
    <message>
        <source>{label}: please choose one of the project&apos;s reasons.</source>
        <translation>{label}: bitte einen der Gründe des Projekts wählen.</translation>
    </message>
    <message>
        <source>{label}: must not be before the entry date {entry}.</source>
        <translation>{label}: Darf nicht vor dem Eintrittsdatum {entry} liegen.</translation>
    </message>
    <message>
        <source>6-month answers: record the exit first.</source>
        <translation>6-Monats-Angaben: Bitte zuerst den Austritt erfassen.</translation>
    </message>
    <message>
        <source>{label}: only asked of people who were employed or self-employed at entry.</source>
        <translation>{label}: wird nur bei Personen erfragt, die bei Eintritt erwerbstätig oder selbstständig waren.</translation>
    </message>
    <message>
        <source>Case {case} is not closed.</source>
        <translation>Fall {case} ist nicht abgeschlossen.</translation>
    </message>
    <message>
        <source>This follow-up no longer exists.</source>
        <translation>Diese Wiedervorlage gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>Project: there is no project with the code {code}.</source>
        <translation>Projekt: Es gibt kein Projekt mit dem Kürzel {code}.</translation>
    </message>
    <message>
        <source>Project: {code} does not report to ESF Plus.</source>
        <translation>Projekt: {code} berichtet nicht an ESF Plus.</translation>
    </message>
    <message>
        <source>Year: a year from 2000 to 2100 is allowed.</source>
        <translation>Jahr: Erlaubt ist ein Jahr von 2000 bis 2100.</translation>
    </message>
    <message>
        <source>Format: &apos;{value}&apos; is not available; allowed: {allowed}.</source>
        <translation>Format: „{value}“ ist nicht verfügbar; erlaubt: {allowed}.</translation>
    </message>
    <message>
        <source>{label}: must be more than 0 euro.</source>
        <translation>{label}: Muss mehr als 0 Euro sein.</translation>
    </message>
    <message>
        <source>{label}: an allowance pays for work; give the first and last day of the work it compensates.</source>
        <translation>{label}: eine Aufwandsentschädigung vergütet Einsätze; bitte den ersten und letzten Tag der abgegoltenen Einsätze angeben.</translation>
    </message>
    <message>
        <source>{label}: the last day must not lie before the first.</source>
        <translation>{label}: der letzte Tag darf nicht vor dem ersten liegen.</translation>
    </message>
    <message>
        <source>This volunteer does not exist (any more).</source>
        <translation>Diese*n Ehrenamtliche*n gibt es nicht (mehr).</translation>
    </message>
    <message>
        <source>User {user} may not record declarations.</source>
        <translation>Benutzer*in {user} darf keine Erklärungen erfassen.</translation>
    </message>
    <message>
        <source>Kind: expense refunds have no cap and need no declaration.</source>
        <translation>Art: Auslagenersatz hat keine Grenze und braucht keine Erklärung.</translation>
    </message>
    <message>
        <source>Month: &apos;{value}&apos; is not allowed; use YYYY-MM such as 2026-03.</source>
        <translation>Monat: „{value}“ ist nicht erlaubt; bitte JJJJ-MM wie 2026-03 verwenden.</translation>
    </message>
    <message>
        <source>There is no volunteer with the number {number}.</source>
        <translation>Es gibt keine*n Ehrenamtliche*n mit der Nummer {number}.</translation>
    </message>
    <message>
        <source>{label}: &apos;{value}&apos; is not allowed. Enter 0,25 to 10 hours in quarter hours (e.g. 1,5 or 2,25).</source>
        <translation>{label}: „{value}“ ist nicht erlaubt. Bitte 0,25 bis 10 Stunden in Viertelstunden eingeben (z. B. 1,5 oder 2,25).</translation>
    </message>
    <message>
        <source>You may enter hours only for yourself.</source>
        <translation>Sie dürfen Stunden nur für sich selbst eintragen.</translation>
    </message>
    <message>
        <source>{label}: hours for a participant need a tandem of the volunteer with them.</source>
        <translation>{label}: Stunden für eine teilnehmende Person setzen ein Tandem der oder des Ehrenamtlichen mit ihr voraus.</translation>
    </message>
    <message>
        <source>{label}: with these {hours} hours the day would have {total} hours; at most 10 hours a day count.</source>
        <translation>{label}: Mit diesen {hours} Stunden hätte der Tag {total} Stunden; höchstens 10 Stunden am Tag zählen.</translation>
    </message>
    <message>
        <source>Goals: choose at least one goal or describe one.</source>
        <translation>Ziele: Wählen Sie mindestens ein Ziel aus oder beschreiben Sie eines.</translation>
    </message>
    <message>
        <source>Meetings: choose how often the tandem meets.</source>
        <translation>Treffen: Wählen Sie, wie oft sich das Tandem trifft.</translation>
    </message>
    <message>
        <source>Volunteer: {name} has no valid police clearance on {date}; a tandem needs one.</source>
        <translation>Ehrenamtliche*r: {name} hat am {date} kein gültiges erweitertes Führungszeugnis; ein Tandem braucht eines.</translation>
    </message>
    <message>
        <source>Volunteer: {name} has not taken part in the club&apos;s training by {date}; the club requires it before a tandem (Settings → General).</source>
        <translation>Ehrenamtliche*r: {name} hat bis zum {date} nicht an der Schulung des Vereins teilgenommen; der Verein verlangt sie vor einem Tandem (Einstellungen → Allgemein).</translation>
    </message>
    <message>
        <source>This tandem no longer exists.</source>
        <translation>Dieses Tandem gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>Kind: choose what the document is.</source>
        <translation>Art: Wählen Sie, was für ein Dokument es ist.</translation>
    </message>
    <message>
        <source>{label}: please enter a date.</source>
        <translation>{label}: Bitte geben Sie ein Datum ein.</translation>
    </message>
    <message>
        <source>File: {path} cannot be read.</source>
        <translation>Datei: {path} kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>File: {name} has {size} MB; a document may have 1 byte to {max} MB.</source>
        <translation>Datei: {name} hat {size} MB; ein Dokument darf 1 Byte bis {max} MB groß sein.</translation>
    </message>
    <message>
        <source>This document no longer exists.</source>
        <translation>Dieses Dokument gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>{label}: an ended tandem needs the day it ended.</source>
        <translation>{label}: Ein beendetes Tandem braucht den Tag, an dem es endete.</translation>
    </message>
    <message>
        <source>{label}: must not lie before the start ({start}).</source>
        <translation>{label}: darf nicht vor dem Beginn ({start}) liegen.</translation>
    </message>
    <message>
        <source>{label}: counts must not be negative.</source>
        <translation>{label}: Anzahlen dürfen nicht negativ sein.</translation>
    </message>
    <message>
        <source>{label}: women, men and diverse add up to {sum}, more than the {total} attendees in total.</source>
        <translation>{label}: Frauen, Männer und divers ergeben zusammen {sum}, mehr als die {total} Teilnehmenden insgesamt.</translation>
    </message>
    <message>
        <source>Kind: choose what kind of event it was.</source>
        <translation>Art: Wählen Sie, was für eine Veranstaltung es war.</translation>
    </message>
    <message>
        <source>Topics: choose topics from the club&apos;s list.</source>
        <translation>Themen: Wählen Sie Themen aus der Liste des Vereins.</translation>
    </message>
    <message>
        <source>The organisation has not been set up.</source>
        <translation>Die Organisation ist noch nicht eingerichtet.</translation>
    </message>
    <message>
        <source>Logo: the file is not a picture Lotse can read.</source>
        <translation>Logo: Die Datei ist kein Bild, das Lotse lesen kann.</translation>
    </message>
    <message>
        <source>Logo: at most {size} MB are allowed.</source>
        <translation>Logo: Höchstens {size} MB sind erlaubt.</translation>
    </message>
    <message>
        <source>To: the end of the period lies before its start.</source>
        <translation>Bis: Das Ende des Zeitraums liegt vor seinem Beginn.</translation>
    </message>
    <message>
        <source>Action: unknown value &apos;{value}&apos;. Allowed: {allowed}.</source>
        <translation>Aktion: unbekannter Wert &apos;{value}&apos;. Erlaubt: {allowed}.</translation>
    </message>
    <message>
        <source>Case number: there is no case {number}.</source>
        <translation>Fallnummer: Es gibt keinen Fall {number}.</translation>
    </message>
    <message>
        <source>Folder: {path} is a file; choose a folder.</source>
        <translation>Ordner: {path} ist eine Datei; wählen Sie einen Ordner.</translation>
    </message>
    <message>
        <source>Backup file: the folder {folder} does not exist.</source>
        <translation>Sicherungsdatei: Der Ordner {folder} existiert nicht.</translation>
    </message>
    <message>
        <source>The backup could not be verified and was not kept: {reason}</source>
        <translation>Die Sicherung konnte nicht geprüft werden und wurde nicht behalten: {reason}</translation>
    </message>
    <message>
        <source>The backup could not be written to {path}: {reason}</source>
        <translation>Die Sicherung konnte nicht nach {path} geschrieben werden: {reason}</translation>
    </message>
    <message>
        <source>The file was not restored and the current database is unchanged: {reason}</source>
        <translation>Die Datei wurde nicht wiederhergestellt, die aktuelle Datenbank ist unverändert: {reason}</translation>
    </message>
    <message>
        <source>the file is not a Lotse backup</source>
        <translation>Die Datei ist keine Lotse-Sicherung.</translation>
    </message>
    <message>
        <source>the file is damaged ({detail})</source>
        <translation>Die Datei ist beschädigt ({detail}).</translation>
    </message>
    <message>
        <source>the backup belongs to another Lotse database, and your password does not open it</source>
        <translation>Die Sicherung gehört zu einer anderen Lotse-Datenbank, und Ihr Passwort öffnet sie nicht.</translation>
    </message>
    <message>
        <source>the backup was made by a newer version of Lotse</source>
        <translation>Die Sicherung stammt von einer neueren Lotse-Version.</translation>
    </message>
    <message>
        <source>the backup failed the integrity check ({detail})</source>
        <translation>Die Sicherung hat die Integritätsprüfung nicht bestanden ({detail}).</translation>
    </message>
    <message>
        <source>a database on a server is restored by the server&apos;s administrator (from its pg_dump backups), not from a Lotse backup file</source>
        <translation>Eine Datenbank auf einem Server stellt die Serveradministration wieder her (aus den pg_dump-Sicherungen des Servers), nicht aus einer Lotse-Sicherungsdatei.</translation>
    </message>
    <message>
        <source>Backup file: {path} does not exist.</source>
        <translation>Sicherungsdatei: {path} existiert nicht.</translation>
    </message>
    <message>
        <source>Keeping the current database as a backup…</source>
        <translation>Die aktuelle Datenbank wird als Sicherung aufbewahrt …</translation>
    </message>
    <message>
        <source>Opening the restored database…</source>
        <translation>Die wiederhergestellte Datenbank wird geöffnet …</translation>
    </message>
    <message>
        <source>This Lotse version encrypts the database once before it is used again. Please ask an administrator to log in first.</source>
        <translation>Diese Lotse-Version verschlüsselt die Datenbank einmalig, bevor sie wieder benutzt wird. Bitte lassen Sie sich zuerst eine Administratorin oder einen Administrator anmelden.</translation>
    </message>
    <message>
        <source>Encrypting the database failed and nothing was changed: {reason}</source>
        <translation>Das Verschlüsseln der Datenbank ist fehlgeschlagen, es wurde nichts geändert: {reason}</translation>
    </message>
    <message>
        <source>A database on a server has no recovery key. An administrator sets a new password in Lotse (Settings, Users, or &apos;lotse user passwd NAME&apos;). If no administrator can log in any more, the person who runs the server has to help: the accounts are in the table &quot;user&quot; of the server&apos;s database.</source>
        <translation>Eine Datenbank auf einem Server hat keinen Notfallschlüssel. Die Administration setzt in Lotse ein neues Passwort (Einstellungen, Benutzerkonten, oder „lotse user passwd NAME“). Kann sich niemand aus der Administration mehr anmelden, muss die Person helfen, die den Server betreibt: Die Konten stehen in der Tabelle „user“ der Serverdatenbank.</translation>
    </message>
    <message>
        <source>Recovery key: 32 letters and digits are expected (eight groups of four, as on the printed Notfallschlüssel).</source>
        <translation>Notfallschlüssel: Erwartet werden 32 Buchstaben und Ziffern (acht Vierergruppen, wie auf dem ausgedruckten Notfallschlüssel).</translation>
    </message>
    <message>
        <source>This recovery key does not open this database.</source>
        <translation>Dieser Notfallschlüssel öffnet diese Datenbank nicht.</translation>
    </message>
    <message>
        <source>User name: {name} is no administrator account; the recovery key sets an administrator&apos;s password.</source>
        <translation>Benutzername: {name} ist kein Administrationskonto; der Notfallschlüssel setzt das Passwort eines Administrationskontos.</translation>
    </message>
    <message>
        <source>This is no recovery key.</source>
        <translation>Das ist kein Notfallschlüssel.</translation>
    </message>
    <message>
        <source>{label}: from {low} to {high} {unit} are allowed.</source>
        <translation>{label}: erlaubt sind {low} bis {high} {unit}.</translation>
    </message>
    <message>
        <source>{what} was changed by someone else since you opened it, and nothing was saved. These fields differ between the saved version and yours: {fields}.</source>
        <translation>{what} wurde von jemand anderem geändert, seit Sie sie geöffnet haben; es wurde nichts gespeichert. Diese Felder unterscheiden sich zwischen der gespeicherten Fassung und Ihrer: {fields}.</translation>
    </message>
    <message>
        <source>{what} was changed by someone else since you opened it, and nothing was saved. The fields of this form are the same in both versions.</source>
        <translation>{what} wurde von jemand anderem geändert, seit Sie sie geöffnet haben; es wurde nichts gespeichert. Die Felder dieses Formulars sind in beiden Fassungen gleich.</translation>
    </message>
    <message>
        <source>{label}: must not lie after the day the certificate was seen.</source>
        <translation>{label}: darf nicht nach dem Tag liegen, an dem das Zeugnis vorgelegt wurde.</translation>
    </message>
    <message>
        <source>{label}: needed when the certificate&apos;s details are recorded.</source>
        <translation>{label}: nötig, wenn Angaben zum Zeugnis erfasst werden.</translation>
    </message>
    <message>
        <source>{label}: needed when the status is &apos;left&apos; (the police clearance is deleted three months after that day).</source>
        <translation>{label}: nötig beim Status „ausgeschieden“ (die Angaben zum Führungszeugnis werden drei Monate danach gelöscht).</translation>
    </message>
    <message>
        <source>{label}: only for a volunteer whose status is &apos;left&apos;.</source>
        <translation>{label}: nur bei Ehrenamtlichen mit dem Status „ausgeschieden“.</translation>
    </message>
    <message>
        <source>{label}: must not lie before the day they joined.</source>
        <translation>{label}: darf nicht vor dem Eintritt liegen.</translation>
    </message>
    <message>
        <source>The volunteer {number}</source>
        <translation>Der Eintrag der Ehrenamtlichen {number}</translation>
    </message>
    <message>
        <source>There is no database file {path}.</source>
        <translation>Es gibt keine Datenbankdatei {path}.</translation>
    </message>
    <message>
        <source>The file {path} is empty: it is not a Lotse database (perhaps a copy or a save was interrupted). Restore the latest backup.</source>
        <translation>Die Datei {path} ist leer: Sie ist keine Lotse-Datenbank (vielleicht wurde ein Kopieren oder Speichern unterbrochen). Stellen Sie die neueste Sicherung wieder her.</translation>
    </message>
    <message>
        <source>The file {path} is an SQLite database, but not a Lotse database (it has none of Lotse&apos;s tables). Lotse did not change it.</source>
        <translation>Die Datei {path} ist eine SQLite-Datenbank, aber keine Lotse-Datenbank (sie hat keine der Tabellen von Lotse). Lotse hat sie nicht verändert.</translation>
    </message>
    <message>
        <source>The file {path} is a Lotse database from before encryption; the next administrator login encrypts it.</source>
        <translation>Die Datei {path} ist eine Lotse-Datenbank aus der Zeit vor der Verschlüsselung; die nächste Anmeldung einer Administratorin oder eines Administrators verschlüsselt sie.</translation>
    </message>
    <message>
        <source>The file is damaged ({details}). Restore the latest backup; Lotse did not change the file.</source>
        <translation>Die Datei ist beschädigt ({details}). Stellen Sie die neueste Sicherung wieder her; Lotse hat die Datei nicht verändert.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) refer to rows that do not exist (foreign keys), or the check could not run.</source>
        <translation>
            <numerusform>%n Zeile verweist auf Zeilen, die es nicht gibt (Fremdschlüssel), oder die Prüfung konnte nicht laufen.</numerusform>
            <numerusform>%n Zeilen verweisen auf Zeilen, die es nicht gibt (Fremdschlüssel), oder die Prüfung konnte nicht laufen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file {path} cannot be read as a Lotse database ({reason}): it is damaged, belongs to other keys or is no database at all. Lotse did not change it.</source>
        <translation>Die Datei {path} lässt sich nicht als Lotse-Datenbank lesen ({reason}): Sie ist beschädigt, gehört zu anderen Schlüsseln oder ist gar keine Datenbank. Lotse hat sie nicht verändert.</translation>
    </message>
    <message>
        <source>The database on the server {server} cannot be read ({reason}). Lotse did not change it.</source>
        <translation>Die Datenbank auf dem Server {server} lässt sich nicht lesen ({reason}). Lotse hat sie nicht verändert.</translation>
    </message>
    <message>
        <source>The database on the server {server} is not a Lotse database (it has none of Lotse&apos;s tables). Lotse did not change it.</source>
        <translation>Die Datenbank auf dem Server {server} ist keine Lotse-Datenbank (sie hat keine der Tabellen von Lotse). Lotse hat sie nicht verändert.</translation>
    </message>
    <message>
        <source>Report: &apos;{value}&apos; is not available; allowed: {allowed}.</source>
        <translation>Bericht: „{value}“ gibt es nicht; möglich sind: {allowed}.</translation>
    </message>
    <message>
        <source>Project: this report is made for one project.</source>
        <translation>Projekt: Dieser Bericht wird für ein Projekt erstellt.</translation>
    </message>
    <message>
        <source>{label}: from {low} to {high} years are allowed.</source>
        <translation>{label}: erlaubt sind {low} bis {high} Jahre.</translation>
    </message>
    <message>
        <source>Reason for the erasure: choose one of the grounds of Art. 17 (1).</source>
        <translation>Grund der Löschung: bitte einen der Gründe aus Art. 17 Abs. 1 wählen.</translation>
    </message>
    <message>
        <source>The person&apos;s data must be kept: ESF projects have to keep their documents for years after the project ends (Art. 82 Regulation (EU) 2021/1060), which Art. 17 (3) (b) GDPR allows.</source>
        <translation>Die Daten der Person müssen aufbewahrt werden: ESF-Projekte müssen ihre Unterlagen noch Jahre nach Projektende aufbewahren (Art. 82 Verordnung (EU) 2021/1060); Art. 17 Abs. 3 Buchst. b DSGVO lässt das zu.</translation>
    </message>
    <message>
        <source>Nothing was erased.</source>
        <translation>Es wurde nichts gelöscht.</translation>
    </message>
    <message>
        <source>{code}: kept until some years after the project ends.</source>
        <translation>{code}: aufzubewahren bis einige Jahre nach Projektende.</translation>
    </message>
    <message>
        <source>{code}: kept until {date}.</source>
        <translation>{code}: aufzubewahren bis {date}.</translation>
    </message>
    <message>
        <source>Instead, what the project does not need can be removed now: notes, remarks, follow-ups, contact data and spoken languages.</source>
        <translation>Stattdessen kann jetzt entfernt werden, was das Projekt nicht braucht: Notizen, Bemerkungen, Wiedervorlagen, Kontaktdaten und gesprochene Sprachen.</translation>
    </message>
    <message>
        <source>The template {file} cannot be read: {problem}</source>
        <translation>Die Vorlage {file} kann nicht gelesen werden: {problem}</translation>
    </message>
    <message>
        <source>The template {file} does not use the placeholders of the German one: missing {missing}; unknown {unknown}.</source>
        <translation>Die Vorlage {file} verwendet nicht die Platzhalter der deutschen Vorlage: es fehlt {missing}; unbekannt ist {unknown}.</translation>
    </message>
    <message>
        <source>{label}: &apos;{value}&apos; is not a KldB 2010 code (5 digits, the last 1-4).</source>
        <translation>{label}: „{value}“ ist kein KldB-2010-Code (5 Ziffern, die letzte 1–4).</translation>
    </message>
    <message>
        <source>{label}: must not be before the application date.</source>
        <translation>{label}: darf nicht vor dem Antragsdatum liegen.</translation>
    </message>
    <message>
        <source>{label}: please choose the decision&apos;s result.</source>
        <translation>{label}: bitte das Ergebnis des Bescheids wählen.</translation>
    </message>
    <message>
        <source>{label}: please choose its kind, or leave the adaptation fields empty.</source>
        <translation>{label}: bitte die Art wählen oder die Felder zur Anpassungsqualifizierung leer lassen.</translation>
    </message>
    <message>
        <source>{label}: must not be before its start.</source>
        <translation>{label}: darf nicht vor dem Beginn liegen.</translation>
    </message>
    <message>
        <source>This recognition procedure no longer exists.</source>
        <translation>Dieses Anerkennungsverfahren gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>{label}: &apos;{value}&apos; is not allowed. Use a number from 0.5 to {max}.</source>
        <translation>{label}: „{value}“ ist nicht erlaubt. Erlaubt ist eine Zahl von 0,5 bis {max}.</translation>
    </message>
    <message>
        <source>{label}: please choose one (employment subject to social insurance, marginal, self-employed, apprenticeship or internship).</source>
        <translation>{label}: bitte eine wählen (sozialversicherungspflichtig, geringfügig, selbstständig, Ausbildung oder Praktikum).</translation>
    </message>
    <message>
        <source>{label}: only a participation of this person that ended in employment or self-employment can be linked.</source>
        <translation>{label}: verknüpft werden kann nur eine Teilnahme dieser Person, die mit Erwerbstätigkeit oder Selbstständigkeit endete.</translation>
    </message>
    <message>
        <source>This placement no longer exists.</source>
        <translation>Diese Arbeitsaufnahme gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>Kind: please choose the kind of course from the list.</source>
        <translation>Art: Bitte wählen Sie die Kursart aus der Liste.</translation>
    </message>
    <message>
        <source>Last day: {end} lies before the first day {start}.</source>
        <translation>Letzter Tag: {end} liegt vor dem ersten Tag {start}.</translation>
    </message>
    <message>
        <source>Date: {date} lies outside the course ({start} – {end}); choose a day within it or change the course&apos;s dates first.</source>
        <translation>Datum: {date} liegt außerhalb des Kurses ({start} – {end}); wählen Sie einen Tag darin oder ändern Sie zuerst die Kursdaten.</translation>
    </message>
    <message>
        <source>Duration: {minutes} minutes is not allowed; a session lasts {low} to {high} minutes.</source>
        <translation>Dauer: {minutes} Minuten sind nicht erlaubt; ein Termin dauert {low} bis {high} Minuten.</translation>
    </message>
    <message>
        <source>This course no longer exists.</source>
        <translation>Diesen Kurs gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>This course session no longer exists.</source>
        <translation>Diesen Kurstermin gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>This project does not exist.</source>
        <translation>Dieses Projekt gibt es nicht.</translation>
    </message>
    <message>
        <source>First day / last day: the sessions on {dates} would lie outside the course; move or remove them first.</source>
        <translation>Erster / letzter Tag: Die Termine am {dates} lägen außerhalb des Kurses; verschieben oder entfernen Sie sie zuerst.</translation>
    </message>
    <message>
        <source>Course {course}: attendance is recorded in {n} cells; a course with attendance cannot be deleted.</source>
        <translation>Kurs {course}: In {n} Zellen ist Anwesenheit eingetragen; ein Kurs mit Anwesenheit kann nicht gelöscht werden.</translation>
    </message>
    <message>
        <source>Start time: the course already has a session on {date} at {time}.</source>
        <translation>Beginn: Der Kurs hat am {date} um {time} Uhr schon einen Termin.</translation>
    </message>
    <message>
        <source>Session on {date}: attendance is recorded for {n} people; clear their cells first.</source>
        <translation>Termin am {date}: Für {n} Personen ist Anwesenheit eingetragen; leeren Sie zuerst diese Zellen.</translation>
    </message>
    <message>
        <source>Participant: {name} ({case}) is already enrolled in {course}.</source>
        <translation>Teilnehmer*in: {name} ({case}) ist schon im Kurs {course}.</translation>
    </message>
    <message>
        <source>This course participation no longer exists.</source>
        <translation>Diese Kursteilnahme gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>Attendance: the session on {date} has not taken place yet; only “excused” can be recorded in advance.</source>
        <translation>Anwesenheit: Der Termin am {date} hat noch nicht stattgefunden; im Voraus lässt sich nur „entschuldigt“ eintragen.</translation>
    </message>
    <message>
        <source>Attendance: {name} ({case}) is not enrolled in this course; enrol the person first.</source>
        <translation>Anwesenheit: {name} ({case}) ist nicht in diesem Kurs; nehmen Sie die Person zuerst auf.</translation>
    </message>
    <message>
        <source>Certificate: {name} ({case}) has attended no session of {course} yet (only sessions ticked “present” count).</source>
        <translation>Teilnahmebescheinigung: {name} ({case}) hat noch keinen Termin von {course} besucht (nur Termine mit „anwesend“ zählen).</translation>
    </message>
    <message>
        <source>{label}: please choose an advisor.</source>
        <translation>{label}: Bitte wählen Sie eine Beraterin oder einen Berater.</translation>
    </message>
    <message>
        <source>{label}: a new appointment must not lie in the past.</source>
        <translation>{label}: Ein neuer Termin darf nicht in der Vergangenheit liegen.</translation>
    </message>
    <message>
        <source>{label}: from {low} to {high} minutes are allowed.</source>
        <translation>{label}: von {low} bis {high} Minuten sind erlaubt.</translation>
    </message>
    <message>
        <source>{label}: an appointment with a case file takes no other name.</source>
        <translation>{label}: Ein Termin mit Fallakte bekommt keinen anderen Namen.</translation>
    </message>
    <message>
        <source>{label}: please choose an active advisor.</source>
        <translation>{label}: Bitte wählen Sie eine aktive Beraterin oder einen aktiven Berater.</translation>
    </message>
    <message>
        <source>Advisor: you may only book appointments for yourself.</source>
        <translation>Berater/in: Sie dürfen nur Termine für sich selbst vereinbaren.</translation>
    </message>
    <message>
        <source>{label}: {advisor} already has an appointment on {date} at {time} ({whom}).</source>
        <translation>{label}: {advisor} hat am {date} um {time} schon einen Termin ({whom}).</translation>
    </message>
    <message>
        <source>This appointment no longer exists.</source>
        <translation>Diesen Termin gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>This appointment belongs to another advisor&apos;s case.</source>
        <translation>Dieser Termin gehört zu einem Fall einer anderen Beraterin oder eines anderen Beraters.</translation>
    </message>
    <message>
        <source>{label}: this appointment became a consultation; it stays held.</source>
        <translation>{label}: Aus diesem Termin wurde eine Beratung; er bleibt „stattgefunden“.</translation>
    </message>
    <message>
        <source>This appointment already became a consultation.</source>
        <translation>Aus diesem Termin wurde schon eine Beratung.</translation>
    </message>
    <message>
        <source>Copying {table}: {rows} rows…</source>
        <translation>{table} wird kopiert: {rows} Zeilen …</translation>
    </message>
    <message>
        <source>The database to copy is at schema version {source}, the one to copy into at {target}; both must be at the same version. Nothing was copied.</source>
        <translation>Die zu kopierende Datenbank hat die Schemaversion {source}, die Zieldatenbank die Version {target}; beide müssen dieselbe Version haben. Es wurde nichts kopiert.</translation>
    </message>
    <message>
        <source>The server database is not empty ({cases} case files, {users} users, {rows} rows in all). Nothing was copied; import into a new, empty database.</source>
        <translation>Die Serverdatenbank ist nicht leer ({cases} Fallakten, {users} Benutzerkonten, insgesamt {rows} Zeilen). Es wurde nichts kopiert; importieren Sie in eine neue, leere Datenbank.</translation>
    </message>
    <message>
        <source>The target database refused a row of the table {table} ({reason}). Nothing was copied.</source>
        <translation>Die Zieldatenbank hat eine Zeile der Tabelle {table} abgelehnt ({reason}). Es wurde nichts kopiert.</translation>
    </message>
    <message>
        <source>The server did not let Lotse switch off the triggers of the table {table} for the copy ({reason}). Import with the database account that owns Lotse&apos;s tables. Nothing was copied.</source>
        <translation>Der Server hat Lotse nicht erlaubt, für das Kopieren die Trigger der Tabelle {table} abzuschalten ({reason}). Importieren Sie mit dem Datenbankkonto, dem die Tabellen von Lotse gehören. Es wurde nichts kopiert.</translation>
    </message>
    <message>
        <source>The copy differs from the original in: {tables}. Nothing was kept.</source>
        <translation>Die Kopie weicht vom Original ab in: {tables}. Es wurde nichts übernommen.</translation>
    </message>
    <message>
        <source>The server database has tables but no Lotse schema version; Lotse writes only into a database it created. Use a new, empty database.</source>
        <translation>Die Serverdatenbank hat Tabellen, aber keine Lotse-Schemaversion; Lotse schreibt nur in eine Datenbank, die es selbst angelegt hat. Verwenden Sie eine neue, leere Datenbank.</translation>
    </message>
    <message>
        <source>Only an administrator may move the club&apos;s data to a server.</source>
        <translation>Nur die Administration darf die Daten des Vereins auf einen Server übertragen.</translation>
    </message>
    <message>
        <source>Server address: please leave the password out of the address. It would be kept in the shell history and the settings file; Lotse asks for it and keeps it in this computer&apos;s credential store.</source>
        <translation>Serveradresse: Bitte lassen Sie das Passwort aus der Adresse weg. Es bliebe sonst im Verlauf der Shell und in der Einstellungsdatei stehen; Lotse fragt danach und bewahrt es im Anmeldeinformationsspeicher dieses Computers auf.</translation>
    </message>
    <message>
        <source>Server address: &apos;{text}&apos; is not a PostgreSQL address. Expected is postgresql://user@host:port/database, for example postgresql://lotse@server.verein.de:5432/lotse.</source>
        <translation>Serveradresse: „{text}“ ist keine PostgreSQL-Adresse. Erwartet wird postgresql://user@host:port/database, zum Beispiel postgresql://lotse@server.verein.de:5432/lotse.</translation>
    </message>
    <message>
        <source>Server: the host name or IP address is missing.</source>
        <translation>Server: Der Hostname oder die IP-Adresse fehlt.</translation>
    </message>
    <message>
        <source>Port: &apos;{port}&apos; is no port number; a number from 1 to 65535 is expected.</source>
        <translation>Port: „{port}“ ist keine Portnummer; erwartet wird eine Zahl von 1 bis 65535.</translation>
    </message>
    <message>
        <source>Database: the name of the database is missing.</source>
        <translation>Datenbank: Der Name der Datenbank fehlt.</translation>
    </message>
    <message>
        <source>User: the server&apos;s user name (the database role) is missing.</source>
        <translation>Konto: Der Benutzername auf dem Server (die Datenbankrolle) fehlt.</translation>
    </message>
    <message>
        <source>Server address: sslmode={mode} is not supported; use require (the default), verify-ca, verify-full or, only on a trusted network, disable.</source>
        <translation>Serveradresse: sslmode={mode} wird nicht unterstützt; verwenden Sie require (die Voreinstellung), verify-ca, verify-full oder, nur in einem vertrauenswürdigen Netzwerk, disable.</translation>
    </message>
    <message>
        <source>Server address: the parameter &apos;{name}&apos; is not supported; only sslmode, host and port may follow the &apos;?&apos;.</source>
        <translation>Serveradresse: Der Parameter „{name}“ wird nicht unterstützt; nach dem „?“ dürfen nur sslmode, host und port folgen.</translation>
    </message>
    <message>
        <source>No password for the server {server}: store it once with lotse server password --server &apos;{server}&apos; (kept in this computer&apos;s credential store), or set LOTSE_SERVER_PASSWORD.</source>
        <translation>Kein Passwort für den Server {server}: Speichern Sie es einmalig mit lotse server password --server &apos;{server}&apos; (es wird im Anmeldeinformationsspeicher dieses Computers aufbewahrt) oder setzen Sie LOTSE_SERVER_PASSWORD.</translation>
    </message>
    <message>
        <source>This computer has no credential store Lotse can use, so the server password was not stored. Set LOTSE_SERVER_PASSWORD for the command line instead.</source>
        <translation>Dieser Computer hat keinen Anmeldeinformationsspeicher, den Lotse nutzen kann, daher wurde das Serverpasswort nicht gespeichert. Setzen Sie für die Kommandozeile stattdessen LOTSE_SERVER_PASSWORD.</translation>
    </message>
    <message>
        <source>The server {host} refused the password of the user {user}. Store the right one with &apos;lotse server password&apos; (or in the login dialog); the server&apos;s administrator can tell you which.</source>
        <translation>Der Server {host} hat das Passwort für das Konto {user} abgelehnt. Speichern Sie das richtige mit „lotse server password“ (oder im Anmeldedialog); die Serveradministration kann es Ihnen nennen.</translation>
    </message>
    <message>
        <source>No encrypted connection to the server {host} could be made ({reason}). Lotse sends the club&apos;s data only encrypted: ask the server&apos;s administrator to enable TLS, or to give you the server&apos;s certificate.</source>
        <translation>Es konnte keine verschlüsselte Verbindung zum Server {host} hergestellt werden ({reason}). Lotse überträgt die Daten des Vereins nur verschlüsselt: Bitten Sie die Serveradministration, TLS einzuschalten oder Ihnen das Zertifikat des Servers zu geben.</translation>
    </message>
    <message>
        <source>The server {host} cannot be reached (port {port}): {reason}. Check the address and this computer&apos;s network connection, or ask whoever looks after the server whether it is running.</source>
        <translation>Der Server {host} ist nicht erreichbar (Port {port}): {reason}. Prüfen Sie die Adresse und die Netzwerkverbindung dieses Computers, oder fragen Sie die Person, die den Server betreut, ob er läuft.</translation>
    </message>
    <message>
        <source>The server {host} refused the connection: {reason}</source>
        <translation>Der Server {host} hat die Verbindung abgelehnt: {reason}</translation>
    </message>
    <message>
        <source>The server {host} cannot be reached. Nothing was saved; what you entered stays in the form (a consultation note is kept as a draft). Please check the network connection and try again.</source>
        <translation>Der Server {host} ist nicht erreichbar. Es wurde nichts gespeichert; Ihre Eingaben bleiben im Formular (eine Beratungsnotiz wird als Entwurf aufbewahrt). Bitte prüfen Sie die Netzwerkverbindung und versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <source>The database {database} on {host} holds tables that are not Lotse&apos;s. Lotse did not change it; ask the server&apos;s administrator for an empty database for Lotse.</source>
        <translation>Die Datenbank {database} auf {host} enthält Tabellen, die nicht zu Lotse gehören. Lotse hat sie nicht verändert; bitten Sie die Serveradministration um eine leere Datenbank für Lotse.</translation>
    </message>
    <message>
        <source>The database {database} on {host} was set up by a newer version of Lotse (schema {revision}). Please install the newer Lotse on this computer; nothing was changed.</source>
        <translation>Die Datenbank {database} auf {host} wurde mit einer neueren Lotse-Version eingerichtet (Schema {revision}). Bitte installieren Sie die neuere Version auf diesem Computer; es wurde nichts verändert.</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <source>New event</source>
        <translation>Neue Veranstaltung</translation>
    </message>
    <message>
        <source>e.g. Information evening on vocational training</source>
        <translation>z. B. Infoabend zur Ausbildung</translation>
    </message>
    <message>
        <source>counted by gender</source>
        <translation>nach Geschlecht gezählt</translation>
    </message>
    <message>
        <source>women</source>
        <translation>Frauen</translation>
    </message>
    <message>
        <source>men</source>
        <translation>Männer</translation>
    </message>
    <message>
        <source>diverse</source>
        <translation>divers</translation>
    </message>
    <message>
        <source>e.g. a community association, the Jobcenter</source>
        <translation>z. B. ein Community-Verein, das Jobcenter</translation>
    </message>
    <message>
        <source>not counted</source>
        <translation>nicht gezählt</translation>
    </message>
    <message>
        <source>People who did not come but were reached through the event, e.g. through the community&apos;s messenger groups or flyers passed on</source>
        <translation>Menschen, die nicht kamen, aber über die Veranstaltung erreicht wurden, z. B. über Messenger-Gruppen der Community oder weitergegebene Flyer</translation>
    </message>
    <message>
        <source>e.g. Arabisch; Deutsch</source>
        <translation>z. B. Arabisch; Deutsch</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Themen</translation>
    </message>
    <message>
        <source>Add &amp;helper</source>
        <translation>&amp;Helfer*in hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation>&amp;Projekt:</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Ort:</translation>
    </message>
    <message>
        <source>&amp;Attendees:</source>
        <translation>Teil&amp;nehmende:</translation>
    </message>
    <message>
        <source>Further people r&amp;eached:</source>
        <translation>Weitere &amp;erreichte Personen:</translation>
    </message>
    <message>
        <source>Partner &amp;organisation:</source>
        <translation>Partnero&amp;rganisation:</translation>
    </message>
    <message>
        <source>La&amp;nguages:</source>
        <translation>Spra&amp;chen:</translation>
    </message>
    <message>
        <source>Top&amp;ics:</source>
        <translation>The&amp;men:</translation>
    </message>
    <message>
        <source>&amp;Remarks:</source>
        <translation>&amp;Bemerkungen:</translation>
    </message>
    <message>
        <source>Volunteers who helped:</source>
        <translation>Mitgeholfen haben:</translation>
    </message>
    <message>
        <source>hours, e.g. 2,5</source>
        <translation>Stunden, z. B. 2,5</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
</context>
<context>
    <name>EventsModel</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Sprachen</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <source>By gender</source>
        <translation>Nach Geschlecht</translation>
    </message>
    <message>
        <source>Helpers</source>
        <translation>Helfende</translation>
    </message>
    <message>
        <source>Helper hours</source>
        <translation>Stunden der Helfenden</translation>
    </message>
    <message>
        <source>{female} w / {male} m / {diverse} d</source>
        <translation>{female} w / {male} m / {diverse} d</translation>
    </message>
</context>
<context>
    <name>EventsTab</name>
    <message>
        <source>Year </source>
        <translation>Jahr </translation>
    </message>
    <message>
        <source>New &amp;event …</source>
        <translation>Neue &amp;Veranstaltung …</translation>
    </message>
    <message>
        <source>No events yet – record one with “New event”.</source>
        <translation>Noch keine Veranstaltungen – mit „Neue Veranstaltung“ erfassen.</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Veranstaltungen</translation>
    </message>
</context>
<context>
    <name>ExitAnswersBox</name>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>E&amp;xit date:</source>
        <translation>Aus&amp;trittsdatum:</translation>
    </message>
    <message>
        <source>Exit &amp;reason:</source>
        <translation>Austritts&amp;grund:</translation>
    </message>
    <message>
        <source>S&amp;tatus within 4 weeks after exit:</source>
        <translation>&amp;Verbleib innerhalb von 4 Wochen:</translation>
    </message>
    <message>
        <source>&amp;Qualification gained:</source>
        <translation>&amp;Qualifikation erlangt:</translation>
    </message>
    <message>
        <source>Exit date</source>
        <translation>Austrittsdatum</translation>
    </message>
</context>
<context>
    <name>ExitDialog</name>
    <message>
        <source>Exit from {project}</source>
        <translation>Austritt aus {project}</translation>
    </message>
</context>
<context>
    <name>ExitReasonDialog</name>
    <message>
        <source>Exit reason</source>
        <translation>Austrittsgrund</translation>
    </message>
    <message>
        <source>counts as success in the outcome report</source>
        <translation>zählt im Verbleibsbericht als Erfolg</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Bezeichnung:</translation>
    </message>
    <message>
        <source>&amp;Counts as:</source>
        <translation>&amp;Zählt als:</translation>
    </message>
    <message>
        <source>&amp;OK</source>
        <translation>&amp;OK</translation>
    </message>
</context>
<context>
    <name>ExitReasonsBox</name>
    <message>
        <source>Exit reasons (saved as you edit them)</source>
        <translation>Austrittsgründe (werden beim Bearbeiten sofort gespeichert)</translation>
    </message>
    <message>
        <source>No exit reasons yet – add one with “Add reason”.</source>
        <translation>Noch keine Austrittsgründe – mit „Grund hinzufügen“ anlegen.</translation>
    </message>
    <message>
        <source>Exit reasons</source>
        <translation>Austrittsgründe</translation>
    </message>
    <message>
        <source>&amp;Add reason</source>
        <translation>Grund &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Edit reason</source>
        <translation>Grund &amp;bearbeiten</translation>
    </message>
    <message>
        <source>Re&amp;tire / reactivate</source>
        <translation>S&amp;tilllegen / wieder verwenden</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>in use</source>
        <translation>in Gebrauch</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>stillgelegt</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Counts as</source>
        <translation>Zählt als</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Erfolg</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stand</translation>
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
        <source>Minimum support</source>
        <translation>Mindestförderung</translation>
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
        <source>Supported on</source>
        <translation>Unterstützt am</translation>
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
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Anliegen</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Geschlecht</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>PLZ</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Straße</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Country of residence</source>
        <translation>Wohnsitzland</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Residence status</source>
        <translation>Aufenthaltsstatus</translation>
    </message>
    <message>
        <source>School qualification</source>
        <translation>Schulabschluss</translation>
    </message>
    <message>
        <source>Vocational qualification</source>
        <translation>Berufsabschluss</translation>
    </message>
    <message>
        <source>Reference occupation</source>
        <translation>Referenzberuf</translation>
    </message>
    <message>
        <source>Regulated profession</source>
        <translation>Reglementierter Beruf</translation>
    </message>
    <message>
        <source>Recognition status</source>
        <translation>Anerkennungsstand</translation>
    </message>
    <message>
        <source>German level</source>
        <translation>Deutschkenntnisse</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>Zugang über</translation>
    </message>
    <message>
        <source>Advisor</source>
        <translation>Berater/in</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>Bemerkungen</translation>
    </message>
    <message>
        <source>Year of arrival</source>
        <translation>Einreisejahr</translation>
    </message>
    <message>
        <source>Country of birth</source>
        <translation>Geburtsland</translation>
    </message>
    <message>
        <source>Country of school qualification</source>
        <translation>Land des Schulabschlusses</translation>
    </message>
    <message>
        <source>Country of vocational qualification</source>
        <translation>Land des Berufsabschlusses</translation>
    </message>
    <message>
        <source>Nationalities</source>
        <translation>Staatsangehörigkeiten</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Sprachen</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Zweck</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation>Widerrufen am</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>Dolmetschung</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Themen</translation>
    </message>
    <message>
        <source>Referred to</source>
        <translation>Verwiesen an</translation>
    </message>
    <message>
        <source>Follow-up on</source>
        <translation>Wiedervorlage am</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Referral target</source>
        <translation>Verweisziel</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Reason for deleting</source>
        <translation>Grund für das Löschen</translation>
    </message>
    <message>
        <source>Unemployed for months</source>
        <translation>Arbeitslos seit Monaten</translation>
    </message>
    <message>
        <source>Entry date</source>
        <translation>Eintrittsdatum</translation>
    </message>
    <message>
        <source>Reason for the change</source>
        <translation>Grund der Änderung</translation>
    </message>
    <message>
        <source>Exit reason</source>
        <translation>Austrittsgrund</translation>
    </message>
    <message>
        <source>Employment status at entry</source>
        <translation>Erwerbsstatus bei Eintritt</translation>
    </message>
    <message>
        <source>Months unemployed</source>
        <translation>Monate arbeitslos</translation>
    </message>
    <message>
        <source>Highest education</source>
        <translation>Höchster Bildungsabschluss</translation>
    </message>
    <message>
        <source>Disability</source>
        <translation>Behinderung</translation>
    </message>
    <message>
        <source>Minority</source>
        <translation>Minderheit</translation>
    </message>
    <message>
        <source>Foreign origin</source>
        <translation>Ausländische Herkunft</translation>
    </message>
    <message>
        <source>Homeless or excluded from housing</source>
        <translation>Obdachlos oder von Wohnungsausgrenzung betroffen</translation>
    </message>
    <message>
        <source>Rural area</source>
        <translation>Ländlicher Raum</translation>
    </message>
    <message>
        <source>Exit date</source>
        <translation>Austrittsdatum</translation>
    </message>
    <message>
        <source>Status within 4 weeks after exit</source>
        <translation>Status innerhalb von 4 Wochen nach Austritt</translation>
    </message>
    <message>
        <source>Qualification gained</source>
        <translation>Qualifikation erworben</translation>
    </message>
    <message>
        <source>Employed after 6 months</source>
        <translation>Erwerbstätig nach 6 Monaten</translation>
    </message>
    <message>
        <source>Situation improved</source>
        <translation>Situation verbessert</translation>
    </message>
    <message>
        <source>Closing date</source>
        <translation>Abschlussdatum</translation>
    </message>
    <message>
        <source>Reason for reopening</source>
        <translation>Grund für die Wiedereröffnung</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Work compensated</source>
        <translation>Abgegoltene Einsätze</translation>
    </message>
    <message>
        <source>Received from other clubs</source>
        <translation>Von anderen Vereinen erhalten</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <source>Mentee</source>
        <translation>Mentee</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Kenntnisse</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Verfügbarkeit</translation>
    </message>
    <message>
        <source>Police clearance seen on</source>
        <translation>Führungszeugnis vorgelegt am</translation>
    </message>
    <message>
        <source>Certificate issued on</source>
        <translation>Zeugnis ausgestellt am</translation>
    </message>
    <message>
        <source>Training on</source>
        <translation>Schulung am</translation>
    </message>
    <message>
        <source>Left on</source>
        <translation>Austritt am</translation>
    </message>
    <message>
        <source>Joined on</source>
        <translation>Eintritt am</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Relevant entry</source>
        <translation>Einschlägige Eintragung</translation>
    </message>
    <message>
        <source>Agreement signed on</source>
        <translation>Vereinbarung unterschrieben am</translation>
    </message>
    <message>
        <source>Further goals</source>
        <translation>Weitere Ziele</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>End reason</source>
        <translation>Endgrund</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Erster Tag</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Letzter Tag</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Date of the document</source>
        <translation>Datum des Dokuments</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Partner organisation</source>
        <translation>Partnerorganisation</translation>
    </message>
    <message>
        <source>Further people reached</source>
        <translation>Weitere erreichte Personen</translation>
    </message>
    <message>
        <source>Reason for merging</source>
        <translation>Grund für das Zusammenführen</translation>
    </message>
    <message>
        <source>Reason for removing</source>
        <translation>Grund für das Entfernen</translation>
    </message>
    <message>
        <source>Organisation name</source>
        <translation>Name der Organisation</translation>
    </message>
    <message>
        <source>Data-protection contact</source>
        <translation>Kontakt für Datenschutzfragen</translation>
    </message>
    <message>
        <source>Lock after</source>
        <translation>Automatisch sperren nach</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>Backup reminder after</source>
        <translation>Hinweis auf fehlende Sicherung nach</translation>
    </message>
    <message>
        <source>days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>Cases without a project, after the last contact</source>
        <translation>Fälle ohne Projekt, nach dem letzten Kontakt</translation>
    </message>
    <message>
        <source>Former volunteers, after leaving</source>
        <translation>Ehemalige Ehrenamtliche, nach dem Austritt</translation>
    </message>
    <message>
        <source>Competent authority</source>
        <translation>Zuständige Stelle</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Träger</translation>
    </message>
    <message>
        <source>Country of the qualification</source>
        <translation>Land des Abschlusses</translation>
    </message>
    <message>
        <source>KldB code</source>
        <translation>KldB-Code</translation>
    </message>
    <message>
        <source>Year of the qualification</source>
        <translation>Jahr des Abschlusses</translation>
    </message>
    <message>
        <source>Application date</source>
        <translation>Antragsdatum</translation>
    </message>
    <message>
        <source>Decision date</source>
        <translation>Bescheiddatum</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Adaptation qualification</source>
        <translation>Anpassungsqualifizierung</translation>
    </message>
    <message>
        <source>Adaptation until</source>
        <translation>Anpassungsqualifizierung bis</translation>
    </message>
    <message>
        <source>Hours per week</source>
        <translation>Wochenstunden</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Arbeitgeber</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Occupation field</source>
        <translation>Berufsfeld</translation>
    </message>
    <message>
        <source>Contract type</source>
        <translation>Vertragsart</translation>
    </message>
    <message>
        <source>Linked exit</source>
        <translation>Verknüpfter Austritt</translation>
    </message>
</context>
<context>
    <name>FirstContactDialog</name>
    <message>
        <source>Information and consent – {case}</source>
        <translation>Information und Einwilligung – {case}</translation>
    </message>
    <message>
        <source>Hand over the data protection information and ask for the consents the club uses. Record only what the person said: a consent that was not asked stays “not answered”.</source>
        <translation>Händigen Sie die Datenschutzinformation aus und fragen Sie nach den Einwilligungen, die der Verein nutzt. Erfassen Sie nur, was die Person gesagt hat: Eine Einwilligung, nach der nicht gefragt wurde, bleibt „nicht beantwortet“.</translation>
    </message>
    <message>
        <source>Print &amp;information notice …</source>
        <translation>&amp;Information drucken …</translation>
    </message>
    <message>
        <source>Print consent &amp;form …</source>
        <translation>Einwilligungs&amp;formular drucken …</translation>
    </message>
    <message>
        <source>Information notice (Art. 13 GDPR)</source>
        <translation>Datenschutzinformation (Art. 13 DSGVO)</translation>
    </message>
    <message>
        <source>Handed over &amp;today</source>
        <translation>&amp;Heute ausgehändigt</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>S&amp;päter</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Einwilligungen</translation>
    </message>
    <message>
        <source>pass contact data to {partner}</source>
        <translation>Weitergabe der Kontaktdaten an {partner}</translation>
    </message>
    <message>
        <source>The club asks for no consents.</source>
        <translation>Der Verein fragt nach keinen Einwilligungen.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>— not answered —</source>
        <translation>— nicht beantwortet —</translation>
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
        <source>&amp;Start Lotse</source>
        <translation>Lotse &amp;starten</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>New follow-up</source>
        <translation>Neue Wiedervorlage</translation>
    </message>
    <message>
        <source>what to do, e.g. ask about the decision</source>
        <translation>was zu tun ist, z. B. nach dem Bescheid fragen</translation>
    </message>
    <message>
        <source>&amp;Due on:</source>
        <translation>&amp;Fällig am:</translation>
    </message>
    <message>
        <source>Su&amp;bject:</source>
        <translation>&amp;Betreff:</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Fällig am</translation>
    </message>
</context>
<context>
    <name>FollowUpModel</name>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
</context>
<context>
    <name>FollowUpsTab</name>
    <message>
        <source>No follow-ups yet – add one with “New follow-up”.</source>
        <translation>Noch keine Wiedervorlagen – mit „Neue Wiedervorlage“ anlegen.</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Wiedervorlagen</translation>
    </message>
    <message>
        <source>&amp;New follow-up</source>
        <translation>&amp;Neue Wiedervorlage</translation>
    </message>
    <message>
        <source>Mark as &amp;done</source>
        <translation>Als &amp;erledigt markieren</translation>
    </message>
</context>
<context>
    <name>FormPrinter</name>
    <message>
        <source>Save the information notice – not encrypted</source>
        <translation>Datenschutzinformation speichern – nicht verschlüsselt</translation>
    </message>
    <message>
        <source>Save the consent form – not encrypted</source>
        <translation>Einwilligungsformular speichern – nicht verschlüsselt</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the PDF …</source>
        <translation>Das PDF wird geschrieben …</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Drucken</translation>
    </message>
</context>
<context>
    <name>Forms</name>
    <message>
        <source>DD.MM.YYYY</source>
        <translation>TT.MM.JJJJ</translation>
    </message>
    <message>
        <source>Choose from calendar</source>
        <translation>Im Kalender auswählen</translation>
    </message>
    <message>
        <source>{label}: &apos;{value}&apos; is not a date. Use DD.MM.YYYY, e.g. 31.12.2027.</source>
        <translation>{label}: „{value}“ ist kein Datum. Bitte TT.MM.JJJJ verwenden, z. B. 31.12.2027.</translation>
    </message>
    <message>
        <source>{label}: please enter a date.</source>
        <translation>{label}: Bitte ein Datum eingeben.</translation>
    </message>
    <message numerus="yes">
        <source>Please correct the %n marked field(s).</source>
        <translation>
            <numerusform>Bitte die %n markierte Angabe korrigieren.</numerusform>
            <numerusform>Bitte die %n markierten Angaben korrigieren.</numerusform>
        </translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation>Änderungen verwerfen?</translation>
    </message>
    <message>
        <source>You have entered something that is not saved yet. Discard it?</source>
        <translation>Sie haben etwas eingegeben, das noch nicht gespeichert ist. Verwerfen?</translation>
    </message>
</context>
<context>
    <name>GeneralTab</name>
    <message>
        <source>Working with Lotse</source>
        <translation>Arbeiten mit Lotse</translation>
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
        <source>Advisors see only the cases they are &amp;responsible for</source>
        <translation>&amp;Beratende sehen nur die Fälle, für die sie zuständig sind</translation>
    </message>
    <message>
        <source>Police clearance valid for (&amp;years):</source>
        <translation>Führungs&amp;zeugnis gültig für:</translation>
    </message>
    <message>
        <source>A mentor needs the club&apos;s &amp;training before a tandem</source>
        <translation>Mentor*innen brauchen vor einem Tandem die Sch&amp;ulung des Vereins</translation>
    </message>
    <message>
        <source>Tandems:</source>
        <translation>Tandems:</translation>
    </message>
    <message>
        <source> minutes without input</source>
        <translation> Minuten ohne Eingabe</translation>
    </message>
    <message>
        <source>Then Lotse covers its windows and asks for the password again; nothing typed is lost.</source>
        <translation>Dann verdeckt Lotse seine Fenster und fragt erneut nach dem Passwort; nichts Eingetipptes geht verloren.</translation>
    </message>
    <message>
        <source>Loc&amp;k after:</source>
        <translation>Automatisch sperren na&amp;ch:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tagen</translation>
    </message>
    <message>
        <source>The start page reminds administrators when no backup was saved outside the data folder (a USB stick, a network drive) for this long.</source>
        <translation>Die Übersicht erinnert die Administration, wenn so lange keine Sicherung außerhalb des Datenordners (USB-Stick, Netzlaufwerk) gespeichert wurde.</translation>
    </message>
    <message>
        <source>&amp;Backup reminder after:</source>
        <translation>Hinweis auf fehlende Sicherun&amp;g nach:</translation>
    </message>
    <message>
        <source>Only administrators can change these settings.</source>
        <translation>Nur Administratorinnen und Administratoren können diese Einstellungen ändern.</translation>
    </message>
    <message>
        <source>Case access:</source>
        <translation>Fallzugriff:</translation>
    </message>
    <message>
        <source> years</source>
        <translation> Jahre</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <source>User manual</source>
        <translation>Handbuch</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Back (Alt+Left)</source>
        <translation>Zurück (Alt+Links)</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Vor</translation>
    </message>
    <message>
        <source>Forward (Alt+Right)</source>
        <translation>Vor (Alt+Rechts)</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>Table of contents (Alt+Home)</source>
        <translation>Inhaltsverzeichnis (Alt+Pos1)</translation>
    </message>
    <message>
        <source>Find in this page (Ctrl+F)</source>
        <translation>Auf dieser Seite suchen (Strg+F)</translation>
    </message>
    <message>
        <source>Find in this page</source>
        <translation>Auf dieser Seite suchen</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>Lotse user manual</source>
        <translation>Lotse-Handbuch</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
</context>
<context>
    <name>HourlyRatesTab</name>
    <message>
        <source>Hours are valued with the value of their year. A year without its own value uses the flat value on the first tab, and without that the statutory minimum wage of that year.</source>
        <translation>Stunden werden mit dem Wert ihres Jahres bewertet. Ein Jahr ohne eigenen Wert nimmt den pauschalen Wert aus dem ersten Reiter, ohne diesen den gesetzlichen Mindestlohn des Jahres.</translation>
    </message>
    <message>
        <source>No values of their own yet – enter a year and a value below and click “Set value”.</source>
        <translation>Noch keine eigenen Werte – unten Jahr und Wert eintragen und „Wert übernehmen“ wählen.</translation>
    </message>
    <message>
        <source>Value of a volunteer hour per year</source>
        <translation>Wert einer Ehrenamtsstunde je Jahr</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <source>e.g. 13,90</source>
        <translation>z. B. 13,90</translation>
    </message>
    <message>
        <source>Value in euro</source>
        <translation>Wert in Euro</translation>
    </message>
    <message>
        <source>Set &amp;value</source>
        <translation>Wert &amp;übernehmen</translation>
    </message>
    <message>
        <source>&amp;Remove value</source>
        <translation>Wert ent&amp;fernen</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>Jahr:</translation>
    </message>
    <message>
        <source>Value (€):</source>
        <translation>Wert (€):</translation>
    </message>
    <message>
        <source>Value (€)</source>
        <translation>Wert (€)</translation>
    </message>
    <message>
        <source>Minimum wage (€)</source>
        <translation>Mindestlohn (€)</translation>
    </message>
</context>
<context>
    <name>HoursDialog</name>
    <message>
        <source>Enter volunteer hours</source>
        <translation>Ehrenamtsstunden eintragen</translation>
    </message>
    <message>
        <source>e.g. 1,5</source>
        <translation>z. B. 1,5</translation>
    </message>
    <message>
        <source>&amp;Volunteer:</source>
        <translation>&amp;Ehrenamtliche*r:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>&amp;Hours:</source>
        <translation>St&amp;unden:</translation>
    </message>
    <message>
        <source>&amp;Activity:</source>
        <translation>&amp;Tätigkeit:</translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation>&amp;Projekt:</translation>
    </message>
    <message>
        <source>&amp;Mentee:</source>
        <translation>&amp;Mentee:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— keine —</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>&apos;{value}&apos; is not a date; allowed are DD.MM.YYYY, YYYY-MM-DD or an Excel date</source>
        <translation>„{value}“ ist kein Datum; erlaubt sind TT.MM.JJJJ, JJJJ-MM-TT oder ein Excel-Datum</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not allowed; allowed: {allowed}</source>
        <translation>„{value}“ ist nicht erlaubt; erlaubt: {allowed}</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a number of hours such as 1,5 or 1:30</source>
        <translation>„{value}“ ist keine Stundenzahl wie 1,5 oder 1:30</translation>
    </message>
    <message>
        <source>{value} read as {postcode}: the leading zero was added</source>
        <translation>{value} als {postcode} gelesen: die führende Null wurde ergänzt</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a whole number</source>
        <translation>„{value}“ ist keine ganze Zahl</translation>
    </message>
    <message>
        <source>{value} is outside {low} to {high}</source>
        <translation>{value} liegt nicht zwischen {low} und {high}</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a number</source>
        <translation>„{value}“ ist keine Zahl</translation>
    </message>
    <message>
        <source>{count} characters; at most {n} are allowed</source>
        <translation>{count} Zeichen; höchstens {n} sind erlaubt</translation>
    </message>
    <message>
        <source>character {position} is an invisible control character; remove it</source>
        <translation>Zeichen {position} ist ein unsichtbares Steuerzeichen; bitte entfernen</translation>
    </message>
    <message>
        <source>{value} hours: allowed are 0,25 to 10 in quarter hours</source>
        <translation>{value} Stunden: erlaubt sind 0,25 bis 10 in Viertelstunden</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a postcode; five digits are required</source>
        <translation>„{value}“ ist keine Postleitzahl; nötig sind fünf Ziffern</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a case number such as 2026-0042</source>
        <translation>„{value}“ ist keine Fallnummer wie 2026-0042</translation>
    </message>
    <message>
        <source>case number {number} does not exist</source>
        <translation>die Fallnummer {number} gibt es nicht</translation>
    </message>
    <message>
        <source>your role may not enter this sheet; remove it from the file</source>
        <translation>Ihre Rolle darf dieses Blatt nicht eintragen; bitte aus der Datei entfernen</translation>
    </message>
    <message>
        <source>no partner of this name; add it under Settings → Data protection</source>
        <translation>kein Partner dieses Namens; legen Sie ihn unter Einstellungen → Datenschutz an</translation>
    </message>
    <message>
        <source>a consent to pass data to a partner names the partner; other consents leave this column empty</source>
        <translation>eine Einwilligung in die Weitergabe nennt den Partner; bei anderen Einwilligungen bleibt die Spalte leer</translation>
    </message>
    <message>
        <source>must not be before the date it was given</source>
        <translation>darf nicht vor dem Tag liegen, an dem sie erteilt wurde</translation>
    </message>
    <message>
        <source>a year from 1900 to {year} is allowed</source>
        <translation>erlaubt ist ein Jahr von 1900 bis {year}</translation>
    </message>
    <message>
        <source>“{value}” is not an e-mail address</source>
        <translation>„{value}“ ist keine E-Mail-Adresse</translation>
    </message>
    <message>
        <source>only for a qualification that was obtained; leave it empty for none or unknown</source>
        <translation>nur bei einem erworbenen Abschluss; bei keinem oder unbekanntem Abschluss leer lassen</translation>
    </message>
    <message>
        <source>only for a closed case (Fallstatus “{closed}”)</source>
        <translation>nur bei einem abgeschlossenen Fall (Fallstatus „{closed}“)</translation>
    </message>
    <message>
        <source>must not lie in the future</source>
        <translation>darf nicht in der Zukunft liegen</translation>
    </message>
    <message>
        <source>your role may not enter this column; leave it empty</source>
        <translation>Ihre Rolle darf diese Spalte nicht eintragen; bitte leer lassen</translation>
    </message>
    <message>
        <source>only for an address in Germany; the person lives abroad (Wohnsitz im Ausland), leave it empty</source>
        <translation>nur für eine Anschrift in Deutschland; die Person lebt im Ausland (Wohnsitz im Ausland), bitte leer lassen</translation>
    </message>
    <message>
        <source>only an administrator may make another user responsible for a case; leave the column empty or give your own user name</source>
        <translation>nur eine Administratorin oder ein Administrator darf einen Fall anderen Benutzer*innen zuweisen; die Spalte leer lassen oder den eigenen Benutzernamen angeben</translation>
    </message>
    <message>
        <source>project “{code}” does not exist in Lotse</source>
        <translation>das Projekt „{code}“ gibt es in Lotse nicht</translation>
    </message>
    <message>
        <source>user “{name}” does not exist in Lotse</source>
        <translation>die Benutzer*in „{name}“ gibt es in Lotse nicht</translation>
    </message>
    <message>
        <source>only an administrator may enter consultations in another user’s name; leave the column empty or give your own user name</source>
        <translation>nur eine Administratorin oder ein Administrator darf Beratungen im Namen anderer Benutzer*innen eintragen; die Spalte leer lassen oder den eigenen Benutzernamen angeben</translation>
    </message>
    <message>
        <source>topic “{name}” is not in the catalogue</source>
        <translation>das Thema „{name}“ steht nicht im Katalog</translation>
    </message>
    <message>
        <source>this consultation was written by another advisor; only they or an administrator may change it</source>
        <translation>diese Beratung hat eine andere Beraterin oder ein anderer Berater geschrieben; nur sie selbst oder eine Administratorin bzw. ein Administrator dürfen sie ändern</translation>
    </message>
    <message>
        <source>“{name}” matches several volunteers; use the number</source>
        <translation>„{name}“ passt auf mehrere Ehrenamtliche; bitte die Nummer verwenden</translation>
    </message>
    <message>
        <source>no volunteer with number or name “{name}”</source>
        <translation>keine Ehrenamtliche und kein Ehrenamtlicher mit Nummer oder Name „{name}“</translation>
    </message>
    <message>
        <source>case {number} is no mentee of this volunteer; hours for a participant need a tandem of the two</source>
        <translation>Fall {number} ist kein Mentee dieser oder dieses Ehrenamtlichen; Stunden für eine teilnehmende Person setzen ein Tandem der beiden voraus</translation>
    </message>
    <message>
        <source>with this row the volunteer would have {hours} hours on {date}; at most 10 hours a day are allowed</source>
        <translation>mit dieser Zeile hätte die Person am {date} {hours} Stunden; erlaubt sind höchstens 10 Stunden am Tag</translation>
    </message>
    <message>
        <source>only asked in ESF projects; {project} is not one, leave the cell empty</source>
        <translation>wird nur in ESF-Projekten erfragt; {project} ist keines, Zelle bitte leer lassen</translation>
    </message>
    <message>
        <source>must not be before the entry date</source>
        <translation>darf nicht vor dem Eintrittsdatum liegen</translation>
    </message>
    <message>
        <source>only allowed with “arbeitslos”</source>
        <translation>nur bei „arbeitslos“ erlaubt</translation>
    </message>
    <message>
        <source>the same person and project are already in row {row}</source>
        <translation>dieselbe Person mit demselben Projekt steht schon in Zeile {row}</translation>
    </message>
    <message>
        <source>case {number} belongs to another advisor; only they or an administrator may change it</source>
        <translation>Fall {number} gehört zu einer anderen Beraterin oder einem anderen Berater; nur sie selbst oder eine Administratorin bzw. ein Administrator dürfen ihn ändern</translation>
    </message>
    <message>
        <source>row {row}, column {column}: {message}</source>
        <translation>Zeile {row}, Spalte {column}: {message}</translation>
    </message>
    <message>
        <source>required column is missing; the header row needs “{header}”</source>
        <translation>Pflichtspalte fehlt; die Kopfzeile braucht „{header}“</translation>
    </message>
    <message>
        <source>this column is required</source>
        <translation>diese Spalte ist ein Pflichtfeld</translation>
    </message>
    <message>
        <source>Unknown kind {kind}; allowed: {allowed}.</source>
        <translation>Unbekannte Art {kind}; erlaubt: {allowed}.</translation>
    </message>
    <message>
        <source>The file {name} cannot be read: {reason}</source>
        <translation>Die Datei {name} lässt sich nicht lesen: {reason}</translation>
    </message>
    <message>
        <source>it has {size} MB; at most {limit} MB can be imported</source>
        <translation>sie ist {size} MB groß; höchstens {limit} MB können importiert werden</translation>
    </message>
    <message>
        <source>it would unpack to {size} MB (at most {limit} MB, packed at most {ratio} times, are allowed); it is not a normal spreadsheet and was not opened</source>
        <translation>sie würde entpackt {size} MB groß (erlaubt sind höchstens {limit} MB, höchstens {ratio}-fach gepackt); das ist keine normale Tabelle, sie wurde nicht geöffnet</translation>
    </message>
    <message>
        <source>only Excel (.xlsx, .xls), LibreOffice (.ods) and .csv files can be imported</source>
        <translation>nur Excel- (.xlsx, .xls), LibreOffice- (.ods) und .csv-Dateien lassen sich einlesen</translation>
    </message>
    <message>
        <source>The file is not UTF-8; it was read as Windows-1252 (ANSI). Check that umlauts and names look right in the preview.</source>
        <translation>Die Datei ist nicht in UTF-8; sie wurde als Windows-1252 (ANSI) gelesen. Bitte in der Vorschau prüfen, ob Umlaute und Namen richtig aussehen.</translation>
    </message>
    <message>
        <source>line {line} contains a byte that is not valid in the file&apos;s encoding; save the file again as UTF-8 (“CSV UTF-8” in Excel) and import it again</source>
        <translation>Zeile {line} enthält ein Byte, das in der Kodierung der Datei nicht gültig ist; bitte die Datei erneut als UTF-8 speichern („CSV UTF-8“ in Excel) und neu einlesen</translation>
    </message>
    <message>
        <source>more than 200,000 rows</source>
        <translation>mehr als 200.000 Zeilen</translation>
    </message>
    <message>
        <source>The file {path} cannot be written: {reason}</source>
        <translation>Die Datei {path} lässt sich nicht schreiben: {reason}</translation>
    </message>
</context>
<context>
    <name>ImportAssistant</name>
    <message>
        <source>Import a spreadsheet</source>
        <translation>Tabelle importieren</translation>
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
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Your role may not import spreadsheets.</source>
        <translation>Ihre Rolle darf keine Tabellen importieren.</translation>
    </message>
    <message>
        <source>Checking …</source>
        <translation>Prüfen …</translation>
    </message>
    <message>
        <source>Importing …</source>
        <translation>Importieren …</translation>
    </message>
</context>
<context>
    <name>InstanceLock</name>
    <message>
        <source>Lotse is already open</source>
        <translation>Lotse ist bereits geöffnet</translation>
    </message>
    <message>
        <source>Lotse is already open with the data folder
{path}
(in another window, perhaps by another user of this computer). Please use that window: two Lotse windows on the same data would overwrite each other&apos;s work.</source>
        <translation>Lotse ist mit dem Datenordner
{path}
bereits geöffnet (in einem anderen Fenster, vielleicht von einer anderen Person an diesem Computer). Bitte arbeiten Sie in diesem Fenster: Zwei Lotse-Fenster mit denselben Daten würden sich gegenseitig die Arbeit überschreiben.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>— please choose —</source>
        <translation>— bitte wählen —</translation>
    </message>
</context>
<context>
    <name>Labels.Activity</name>
    <message>
        <source>mentoring</source>
        <translation>Mentoring</translation>
    </message>
    <message>
        <source>accompaniment</source>
        <translation>Begleitung</translation>
    </message>
    <message>
        <source>language support</source>
        <translation>Sprachhilfe</translation>
    </message>
    <message>
        <source>interpreting</source>
        <translation>Dolmetschen</translation>
    </message>
    <message>
        <source>event</source>
        <translation>Veranstaltung</translation>
    </message>
    <message>
        <source>administration</source>
        <translation>Verwaltung</translation>
    </message>
    <message>
        <source>other activity</source>
        <translation>Sonstiges</translation>
    </message>
</context>
<context>
    <name>Labels.AdaptationKind</name>
    <message>
        <source>adaptation course</source>
        <translation>Anpassungslehrgang</translation>
    </message>
    <message>
        <source>aptitude test</source>
        <translation>Eignungsprüfung</translation>
    </message>
    <message>
        <source>knowledge test</source>
        <translation>Kenntnisprüfung</translation>
    </message>
    <message>
        <source>adaptation qualification</source>
        <translation>Anpassungsqualifizierung</translation>
    </message>
    <message>
        <source>other</source>
        <translation>andere</translation>
    </message>
</context>
<context>
    <name>Labels.AllowanceKind</name>
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
    <name>Labels.Answer</name>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>not specified</source>
        <translation>keine Angabe</translation>
    </message>
</context>
<context>
    <name>Labels.AppointmentStatus</name>
    <message>
        <source>planned</source>
        <translation>geplant</translation>
    </message>
    <message>
        <source>held</source>
        <translation>stattgefunden</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgesagt</translation>
    </message>
    <message>
        <source>not attended</source>
        <translation>nicht erschienen</translation>
    </message>
</context>
<context>
    <name>Labels.AttendanceState</name>
    <message>
        <source>present</source>
        <translation>anwesend</translation>
    </message>
    <message>
        <source>excused</source>
        <translation>entschuldigt</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>unentschuldigt</translation>
    </message>
</context>
<context>
    <name>Labels.CaseStatus</name>
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
</context>
<context>
    <name>Labels.ConsentForm</name>
    <message>
        <source>given in writing</source>
        <translation>schriftlich erteilt</translation>
    </message>
    <message>
        <source>given orally</source>
        <translation>mündlich erteilt</translation>
    </message>
    <message>
        <source>given electronically</source>
        <translation>elektronisch erteilt</translation>
    </message>
</context>
<context>
    <name>Labels.ConsentKind</name>
    <message>
        <source>consent to data processing</source>
        <translation>Einwilligung Datenverarbeitung</translation>
    </message>
    <message>
        <source>Art. 13 GDPR notice handed over</source>
        <translation>Informationen nach Art. 13 DSGVO ausgehändigt</translation>
    </message>
    <message>
        <source>consent to transfer to funder</source>
        <translation>Einwilligung Weitergabe an Fördermittelgeber</translation>
    </message>
    <message>
        <source>consent to photos</source>
        <translation>Einwilligung Fotos</translation>
    </message>
    <message>
        <source>consent to be contacted</source>
        <translation>Einwilligung Kontaktaufnahme</translation>
    </message>
    <message>
        <source>consent to pass contact data to a partner</source>
        <translation>Einwilligung in die Weitergabe der Kontaktdaten an einen Partner</translation>
    </message>
</context>
<context>
    <name>Labels.ConsultationFormat</name>
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
</context>
<context>
    <name>Labels.ConsultationKind</name>
    <message>
        <source>first consultation</source>
        <translation>Erstberatung</translation>
    </message>
    <message>
        <source>follow-up consultation</source>
        <translation>Folgeberatung</translation>
    </message>
</context>
<context>
    <name>Labels.ContractType</name>
    <message>
        <source>employment subject to social insurance</source>
        <translation>sozialversicherungspflichtig</translation>
    </message>
    <message>
        <source>marginal employment</source>
        <translation>geringfügig</translation>
    </message>
    <message>
        <source>self-employed</source>
        <translation>selbstständig</translation>
    </message>
    <message>
        <source>apprenticeship</source>
        <translation>Ausbildung</translation>
    </message>
    <message>
        <source>internship</source>
        <translation>Praktikum</translation>
    </message>
</context>
<context>
    <name>Labels.CourseKind</name>
    <message>
        <source>language course</source>
        <translation>Sprachkurs</translation>
    </message>
    <message>
        <source>qualification</source>
        <translation>Qualifizierung</translation>
    </message>
    <message>
        <source>application training</source>
        <translation>Bewerbungstraining</translation>
    </message>
    <message>
        <source>orientation course</source>
        <translation>Orientierungskurs</translation>
    </message>
    <message>
        <source>other</source>
        <translation>sonstiger Kurs</translation>
    </message>
</context>
<context>
    <name>Labels.DocumentKind</name>
    <message>
        <source>signed questionnaire</source>
        <translation>unterschriebener Fragebogen</translation>
    </message>
    <message>
        <source>consent</source>
        <translation>Einwilligung</translation>
    </message>
    <message>
        <source>recognition decision</source>
        <translation>Anerkennungsbescheid</translation>
    </message>
    <message>
        <source>certificate or attestation</source>
        <translation>Zeugnis oder Bescheinigung</translation>
    </message>
    <message>
        <source>agreement</source>
        <translation>Vereinbarung</translation>
    </message>
    <message>
        <source>other</source>
        <translation>Sonstiges</translation>
    </message>
</context>
<context>
    <name>Labels.EconomicSector</name>
    <message>
        <source>A Agriculture, forestry and fishing</source>
        <translation>A Land- und Forstwirtschaft, Fischerei</translation>
    </message>
    <message>
        <source>B Mining and quarrying</source>
        <translation>B Bergbau und Gewinnung von Steinen und Erden</translation>
    </message>
    <message>
        <source>C Manufacturing</source>
        <translation>C Verarbeitendes Gewerbe</translation>
    </message>
    <message>
        <source>D Energy supply</source>
        <translation>D Energieversorgung</translation>
    </message>
    <message>
        <source>E Water supply, sewerage and waste management</source>
        <translation>E Wasserversorgung, Abwasser- und Abfallentsorgung</translation>
    </message>
    <message>
        <source>F Construction</source>
        <translation>F Baugewerbe</translation>
    </message>
    <message>
        <source>G Trade; repair of motor vehicles</source>
        <translation>G Handel; Instandhaltung und Reparatur von Kraftfahrzeugen</translation>
    </message>
    <message>
        <source>H Transportation and storage</source>
        <translation>H Verkehr und Lagerei</translation>
    </message>
    <message>
        <source>I Accommodation and food service</source>
        <translation>I Gastgewerbe</translation>
    </message>
    <message>
        <source>J Information and communication</source>
        <translation>J Information und Kommunikation</translation>
    </message>
    <message>
        <source>K Financial and insurance services</source>
        <translation>K Finanz- und Versicherungsdienstleistungen</translation>
    </message>
    <message>
        <source>L Real estate</source>
        <translation>L Grundstücks- und Wohnungswesen</translation>
    </message>
    <message>
        <source>M Professional, scientific and technical services</source>
        <translation>M Freiberufliche, wissenschaftliche und technische Dienstleistungen</translation>
    </message>
    <message>
        <source>N Administrative and support services</source>
        <translation>N Sonstige wirtschaftliche Dienstleistungen</translation>
    </message>
    <message>
        <source>O Public administration; social security</source>
        <translation>O Öffentliche Verwaltung; Sozialversicherung</translation>
    </message>
    <message>
        <source>P Education</source>
        <translation>P Erziehung und Unterricht</translation>
    </message>
    <message>
        <source>Q Human health and social work</source>
        <translation>Q Gesundheits- und Sozialwesen</translation>
    </message>
    <message>
        <source>R Arts, entertainment and recreation</source>
        <translation>R Kunst, Unterhaltung und Erholung</translation>
    </message>
    <message>
        <source>S Other services</source>
        <translation>S Sonstige Dienstleistungen</translation>
    </message>
    <message>
        <source>T Private households</source>
        <translation>T Private Haushalte</translation>
    </message>
    <message>
        <source>U Extraterritorial organisations</source>
        <translation>U Exterritoriale Organisationen</translation>
    </message>
</context>
<context>
    <name>Labels.EducationLevel</name>
    <message>
        <source>ISCED 0-2 (up to lower secondary)</source>
        <translation>ISCED 0–2 (bis Sekundarstufe I)</translation>
    </message>
    <message>
        <source>ISCED 3-4 (upper secondary, vocational training)</source>
        <translation>ISCED 3–4 (Sekundarstufe II, Berufsausbildung)</translation>
    </message>
    <message>
        <source>ISCED 5-8 (tertiary)</source>
        <translation>ISCED 5–8 (tertiär)</translation>
    </message>
    <message>
        <source>not specified</source>
        <translation>keine Angabe</translation>
    </message>
</context>
<context>
    <name>Labels.EmploymentStatus</name>
    <message>
        <source>employed</source>
        <translation>erwerbstätig</translation>
    </message>
    <message>
        <source>self-employed</source>
        <translation>selbstständig</translation>
    </message>
    <message>
        <source>unemployed (registered)</source>
        <translation>arbeitslos (gemeldet)</translation>
    </message>
    <message>
        <source>not employed, not registered</source>
        <translation>nicht erwerbstätig</translation>
    </message>
    <message>
        <source>not specified</source>
        <translation>keine Angabe</translation>
    </message>
</context>
<context>
    <name>Labels.ErasureGround</name>
    <message>
        <source>The data are no longer needed (Art. 17 (1) (a))</source>
        <translation>Die Daten werden nicht mehr gebraucht (Art. 17 Abs. 1 Buchst. a)</translation>
    </message>
    <message>
        <source>The person withdrew their consent (Art. 17 (1) (b))</source>
        <translation>Die Person hat ihre Einwilligung widerrufen (Art. 17 Abs. 1 Buchst. b)</translation>
    </message>
    <message>
        <source>The person objected to the processing (Art. 17 (1) (c))</source>
        <translation>Die Person hat der Verarbeitung widersprochen (Art. 17 Abs. 1 Buchst. c)</translation>
    </message>
    <message>
        <source>The data were processed unlawfully (Art. 17 (1) (d))</source>
        <translation>Die Daten wurden unrechtmäßig verarbeitet (Art. 17 Abs. 1 Buchst. d)</translation>
    </message>
    <message>
        <source>A legal obligation requires the erasure (Art. 17 (1) (e))</source>
        <translation>Eine rechtliche Pflicht verlangt die Löschung (Art. 17 Abs. 1 Buchst. e)</translation>
    </message>
</context>
<context>
    <name>Labels.EventKind</name>
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
</context>
<context>
    <name>Labels.ExitReasonCategory</name>
    <message>
        <source>finished</source>
        <translation>regulär beendet</translation>
    </message>
    <message>
        <source>dropped out</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>other reason</source>
        <translation>sonstiger Grund</translation>
    </message>
</context>
<context>
    <name>Labels.ExitStatus</name>
    <message>
        <source>job-seeking</source>
        <translation>arbeitsuchend</translation>
    </message>
    <message>
        <source>in school or training</source>
        <translation>Schule / Ausbildung</translation>
    </message>
    <message>
        <source>employed</source>
        <translation>erwerbstätig</translation>
    </message>
    <message>
        <source>self-employed</source>
        <translation>selbstständig</translation>
    </message>
    <message>
        <source>none of these</source>
        <translation>keiner davon</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>Verbleib unbekannt</translation>
    </message>
</context>
<context>
    <name>Labels.Gender</name>
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
</context>
<context>
    <name>Labels.GermanLevel</name>
    <message>
        <source>no German</source>
        <translation>keine Deutschkenntnisse</translation>
    </message>
    <message>
        <source>A1 (beginner)</source>
        <translation>A1 (Anfänger*in)</translation>
    </message>
    <message>
        <source>A2 (elementary)</source>
        <translation>A2 (Grundkenntnisse)</translation>
    </message>
    <message>
        <source>B1 (intermediate)</source>
        <translation>B1 (selbstständig, einfach)</translation>
    </message>
    <message>
        <source>B2 (upper intermediate)</source>
        <translation>B2 (selbstständig, gut)</translation>
    </message>
    <message>
        <source>C1 (advanced)</source>
        <translation>C1 (fortgeschritten)</translation>
    </message>
    <message>
        <source>C2 (proficient)</source>
        <translation>C2 (annähernd muttersprachlich)</translation>
    </message>
    <message>
        <source>German as first language</source>
        <translation>Deutsch als Erstsprache</translation>
    </message>
    <message>
        <source>not specified</source>
        <translation>keine Angabe</translation>
    </message>
</context>
<context>
    <name>Labels.HoursStatus</name>
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
</context>
<context>
    <name>Labels.LongTermUnemploymentRule</name>
    <message>
        <source>12 months or longer (§ 18 SGB III)</source>
        <translation>zwölf Monate und länger (§ 18 SGB III)</translation>
    </message>
    <message>
        <source>over 12 months, below 25 over 6 months (EU survey rule)</source>
        <translation>über zwölf Monate, unter 25 über sechs Monate (EU-Erhebungsregel)</translation>
    </message>
</context>
<context>
    <name>Labels.MeetingRhythm</name>
    <message>
        <source>weekly</source>
        <translation>wöchentlich</translation>
    </message>
    <message>
        <source>every two weeks</source>
        <translation>alle zwei Wochen</translation>
    </message>
    <message>
        <source>monthly</source>
        <translation>monatlich</translation>
    </message>
    <message>
        <source>as agreed</source>
        <translation>nach Absprache</translation>
    </message>
</context>
<context>
    <name>Labels.MentorshipGoal</name>
    <message>
        <source>learning and practising German</source>
        <translation>Deutsch lernen und üben</translation>
    </message>
    <message>
        <source>applications for training and jobs</source>
        <translation>Bewerbungen für Ausbildung und Arbeit</translation>
    </message>
    <message>
        <source>support in training and school</source>
        <translation>Begleitung in Ausbildung und Schule</translation>
    </message>
    <message>
        <source>authorities and forms</source>
        <translation>Behördengänge und Formulare</translation>
    </message>
    <message>
        <source>leisure and social contacts</source>
        <translation>Freizeit und Kontakte</translation>
    </message>
    <message>
        <source>other goal</source>
        <translation>sonstiges Ziel</translation>
    </message>
</context>
<context>
    <name>Labels.MentorshipStatus</name>
    <message>
        <source>proposed</source>
        <translation>vorgeschlagen</translation>
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
        <source>ended</source>
        <translation>beendet</translation>
    </message>
</context>
<context>
    <name>Labels.RecognitionResult</name>
    <message>
        <source>full equivalence</source>
        <translation>volle Gleichwertigkeit</translation>
    </message>
    <message>
        <source>partial equivalence (adaptation measure)</source>
        <translation>teilweise Gleichwertigkeit (Ausgleichsmaßnahme)</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>zurückgezogen</translation>
    </message>
</context>
<context>
    <name>Labels.RecognitionStatus</name>
    <message>
        <source>not applicable</source>
        <translation>nicht zutreffend</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>nicht begonnen</translation>
    </message>
    <message>
        <source>applied</source>
        <translation>beantragt</translation>
    </message>
    <message>
        <source>full equivalence</source>
        <translation>volle Gleichwertigkeit</translation>
    </message>
    <message>
        <source>partial equivalence</source>
        <translation>teilweise Gleichwertigkeit</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>compensation measure</source>
        <translation>Ausgleichsmaßnahme</translation>
    </message>
</context>
<context>
    <name>Labels.ReferralSource</name>
    <message>
        <source>came by themselves</source>
        <translation>selbst gekommen</translation>
    </message>
    <message>
        <source>family or friends</source>
        <translation>Familie oder Bekannte</translation>
    </message>
    <message>
        <source>Jobcenter / employment agency</source>
        <translation>Jobcenter / Agentur für Arbeit</translation>
    </message>
    <message>
        <source>community organisation</source>
        <translation>Migrant*innenorganisation / Verein</translation>
    </message>
    <message>
        <source>internet</source>
        <translation>Internet</translation>
    </message>
    <message>
        <source>other</source>
        <translation>sonstiger Zugang</translation>
    </message>
</context>
<context>
    <name>Labels.ResidenceStatus</name>
    <message>
        <source>Permission to remain (asylum procedure)</source>
        <translation>Aufenthaltsgestattung (Asylverfahren)</translation>
    </message>
    <message>
        <source>Toleration (Duldung)</source>
        <translation>Duldung</translation>
    </message>
    <message>
        <source>Residence permit § 24 (temporary protection)</source>
        <translation>Aufenthaltserlaubnis § 24 (vorübergehender Schutz)</translation>
    </message>
    <message>
        <source>Residence permit § 25 (humanitarian)</source>
        <translation>Aufenthaltserlaubnis § 25 (humanitär)</translation>
    </message>
    <message>
        <source>Other residence permit</source>
        <translation>andere Aufenthaltserlaubnis</translation>
    </message>
    <message>
        <source>Settlement permit</source>
        <translation>Niederlassungserlaubnis</translation>
    </message>
    <message>
        <source>EU citizen</source>
        <translation>EU-Bürger*in</translation>
    </message>
    <message>
        <source>German citizen</source>
        <translation>deutsche Staatsangehörigkeit</translation>
    </message>
    <message>
        <source>other</source>
        <translation>sonstiger Aufenthaltsstatus</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
</context>
<context>
    <name>Labels.Role</name>
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
</context>
<context>
    <name>Labels.SchoolQualification</name>
    <message>
        <source>no school qualification</source>
        <translation>kein Schulabschluss</translation>
    </message>
    <message>
        <source>lower secondary (Hauptschulabschluss)</source>
        <translation>Hauptschulabschluss</translation>
    </message>
    <message>
        <source>intermediate (Mittlerer Abschluss)</source>
        <translation>Mittlerer Abschluss</translation>
    </message>
    <message>
        <source>upper secondary (Abitur, Fachhochschulreife)</source>
        <translation>Abitur / Fachhochschulreife</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
</context>
<context>
    <name>Labels.SensitiveAnswer</name>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>verweigert</translation>
    </message>
    <message>
        <source>not specified</source>
        <translation>keine Angabe</translation>
    </message>
</context>
<context>
    <name>Labels.SupportedOrganisationKind</name>
    <message>
        <source>public administration or service (EECO18)</source>
        <translation>öffentliche Verwaltung oder Dienst (EECO18)</translation>
    </message>
    <message>
        <source>micro, small or medium-sized enterprise (EECO19)</source>
        <translation>Kleinst-, kleines oder mittleres Unternehmen (EECO19)</translation>
    </message>
</context>
<context>
    <name>Labels.VocationalQualification</name>
    <message>
        <source>no vocational qualification</source>
        <translation>kein Berufsabschluss</translation>
    </message>
    <message>
        <source>vocational training</source>
        <translation>abgeschlossene Ausbildung</translation>
    </message>
    <message>
        <source>master craftsman / technician</source>
        <translation>Meister*in / Techniker*in</translation>
    </message>
    <message>
        <source>bachelor</source>
        <translation>Bachelor</translation>
    </message>
    <message>
        <source>master, diploma, state exam</source>
        <translation>Master, Diplom, Staatsexamen</translation>
    </message>
    <message>
        <source>doctorate</source>
        <translation>Promotion</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
</context>
<context>
    <name>Labels.VolunteerStatus</name>
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
</context>
<context>
    <name>LanguageBox</name>
    <message>
        <source>Your language</source>
        <translation>Ihre Sprache</translation>
    </message>
    <message>
        <source>As chosen at the login on this computer</source>
        <translation>Wie bei der Anmeldung an diesem Computer gewählt</translation>
    </message>
    <message>
        <source>&amp;Language of the program:</source>
        <translation>&amp;Sprache des Programms:</translation>
    </message>
    <message>
        <source>Documents for a person (notices, consent forms, letters) are printed in German and in the person&apos;s languages, whatever you choose here.</source>
        <translation>Unterlagen für eine Person (Datenschutzinformation, Einwilligung, Schreiben) werden auf Deutsch und in den Sprachen der Person gedruckt, unabhängig von dieser Wahl.</translation>
    </message>
</context>
<context>
    <name>Launch</name>
    <message>
        <source>Data folder not found</source>
        <translation>Datenordner nicht gefunden</translation>
    </message>
    <message>
        <source>Lotse keeps its data in
{path}
but this folder cannot be found. If it is on a USB stick or a network drive, connect it and click Retry.</source>
        <translation>Lotse speichert seine Daten in
{path}
aber dieser Ordner ist nicht zu finden. Liegt er auf einem USB-Stick oder Netzlaufwerk, schließen Sie es an und klicken Sie auf „Wiederholen“.</translation>
    </message>
    <message>
        <source>Choose another folder</source>
        <translation>Anderen Ordner wählen</translation>
    </message>
</context>
<context>
    <name>LetterWriter</name>
    <message>
        <source>Save the appointment letter – not encrypted</source>
        <translation>Terminbestätigung speichern – nicht verschlüsselt</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the PDF …</source>
        <translation>Das PDF wird geschrieben …</translation>
    </message>
    <message>
        <source>Appointment letter</source>
        <translation>Terminbestätigung</translation>
    </message>
</context>
<context>
    <name>ListsTab</name>
    <message>
        <source>Consultation topics</source>
        <translation>Beratungsthemen</translation>
    </message>
    <message>
        <source>Referral targets</source>
        <translation>Verweisziele</translation>
    </message>
    <message>
        <source>Languages the club counsels in</source>
        <translation>Sprachen der Beratung</translation>
    </message>
    <message>
        <source>Lists</source>
        <translation>Listen</translation>
    </message>
    <message>
        <source>This list is empty – add the first entry with “Add”.</source>
        <translation>Diese Liste ist leer – den ersten Eintrag mit „Neu“ anlegen.</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Neu…</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>&amp;Umbenennen…</translation>
    </message>
    <message>
        <source>&amp;Retire / take back</source>
        <translation>&amp;Stilllegen / wieder aufnehmen</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Nach un&amp;ten</translation>
    </message>
    <message>
        <source>Offered first wherever a language is chosen. A retired language stays on old records.</source>
        <translation>Wird überall zuerst angeboten, wo eine Sprache gewählt wird. Eine stillgelegte Sprache bleibt an alten Einträgen stehen.</translation>
    </message>
    <message>
        <source>A retired entry stays on the consultations that used it and leaves the choice lists. A new name shows on every consultation.</source>
        <translation>Ein stillgelegter Eintrag bleibt an den Beratungen, die ihn verwenden, und verschwindet aus den Auswahllisten. Ein neuer Name erscheint bei jeder Beratung.</translation>
    </message>
    <message>
        <source>in use</source>
        <translation>in Gebrauch</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>stillgelegt</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kürzel</translation>
    </message>
    <message>
        <source>Consultations</source>
        <translation>Beratungen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Choose an entry in the list first.</source>
        <translation>Bitte zuerst einen Eintrag in der Liste wählen.</translation>
    </message>
    <message>
        <source>Add to: {list}</source>
        <translation>Neu in: {list}</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>Spr&amp;ache:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; was added.</source>
        <translation>„{name}“ wurde hinzugefügt.</translation>
    </message>
    <message>
        <source>Rename &apos;{name}&apos;</source>
        <translation>„{name}“ umbenennen</translation>
    </message>
    <message>
        <source>New &amp;name:</source>
        <translation>Neuer &amp;Name:</translation>
    </message>
    <message>
        <source>Renamed; every consultation shows the new name.</source>
        <translation>Umbenannt; jede Beratung zeigt den neuen Namen.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is retired: it stays on old records and leaves the choice lists.</source>
        <translation>„{name}“ ist stillgelegt: Der Eintrag bleibt an alten Daten und verschwindet aus den Auswahllisten.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is in use again.</source>
        <translation>„{name}“ ist wieder in Gebrauch.</translation>
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
        <source>The club&apos;s data is on a server: log in with your Lotse account.</source>
        <translation>Die Daten des Vereins liegen auf einem Server: Melden Sie sich mit Ihrem Lotse-Konto an.</translation>
    </message>
    <message>
        <source>The data is encrypted: log in to open it.</source>
        <translation>Die Daten sind verschlüsselt: Melden Sie sich an, um sie zu öffnen.</translation>
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
        <source>Server password</source>
        <translation>Serverpasswort</translation>
    </message>
    <message>
        <source>The password of the club&apos;s database on the server (its service account), from the person who set up the server.</source>
        <translation>Das Passwort der Vereinsdatenbank auf dem Server (ihres Dienstkontos); Sie erhalten es von der Person, die den Server eingerichtet hat.</translation>
    </message>
    <message>
        <source>Remember it on this computer (in the system&apos;s credential store)</source>
        <translation>Auf diesem Computer merken (im Anmeldeinformationsspeicher des Systems)</translation>
    </message>
    <message>
        <source>&amp;Server password:</source>
        <translation>Ser&amp;verpasswort:</translation>
    </message>
    <message>
        <source>Database: {path}</source>
        <translation>Datenbank: {path}</translation>
    </message>
    <message>
        <source>Forgot the password? Use the &amp;recovery key…</source>
        <translation>Passwort vergessen? &amp;Notfallschlüssel verwenden …</translation>
    </message>
    <message>
        <source>Forgot the password? An administrator of your club sets a new one.</source>
        <translation>Passwort vergessen? Die Administration Ihres Vereins setzt ein neues.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation>&amp;Anmelden</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>The new password is set. Log in with it now.</source>
        <translation>Das neue Passwort ist gesetzt. Melden Sie sich jetzt damit an.</translation>
    </message>
    <message>
        <source>Password not kept</source>
        <translation>Passwort nicht gespeichert</translation>
    </message>
    <message>
        <source>This computer has no credential store Lotse can use, so the server password will be asked for at every start.</source>
        <translation>Dieser Computer hat keinen Anmeldeinformationsspeicher, den Lotse nutzen kann, daher wird das Serverpasswort bei jedem Start abgefragt.</translation>
    </message>
    <message>
        <source>Please choose your own password to log in.</source>
        <translation>Bitte wählen Sie Ihr eigenes Passwort, um sich anzumelden.</translation>
    </message>
    <message>
        <source>Lotse has encrypted the database. Every account keeps its password. The unencrypted file, old backups and drafts were overwritten and removed.</source>
        <translation>Lotse hat die Datenbank verschlüsselt. Alle Konten behalten ihr Passwort. Die unverschlüsselte Datei, alte Sicherungen und Entwürfe wurden überschrieben und entfernt.</translation>
    </message>
    <message>
        <source>Copies of the old, unencrypted database elsewhere (USB sticks, network drives, e-mail, backups of the computer) can still be read: delete them.</source>
        <translation>Kopien der alten, unverschlüsselten Datenbank an anderen Orten (USB-Sticks, Netzlaufwerke, E-Mails, Sicherungen des Computers) sind weiterhin lesbar: Löschen Sie sie.</translation>
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
        <source>Appointments</source>
        <translation>Termine</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>Kurse</translation>
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
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New case</source>
        <translation>&amp;Neuer Fall</translation>
    </message>
    <message>
        <source>New &amp;consultation for the selected case</source>
        <translation>Neue &amp;Beratung zum gewählten Fall</translation>
    </message>
    <message>
        <source>&amp;Anonymous short contact</source>
        <translation>&amp;Anonymer Kurzkontakt</translation>
    </message>
    <message>
        <source>&amp;Find case</source>
        <translation>Fall &amp;suchen</translation>
    </message>
    <message>
        <source>&amp;Import spreadsheet …</source>
        <translation>Tabelle &amp;importieren …</translation>
    </message>
    <message>
        <source>&amp;Export everything …</source>
        <translation>Alles &amp;exportieren …</translation>
    </message>
    <message>
        <source>Audit &amp;trail …</source>
        <translation>&amp;Protokoll …</translation>
    </message>
    <message>
        <source>Change &amp;password …</source>
        <translation>&amp;Passwort ändern …</translation>
    </message>
    <message>
        <source>&amp;Log out / switch user</source>
        <translation>&amp;Abmelden / Benutzer wechseln</translation>
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
        <source>User &amp;manual</source>
        <translation>&amp;Handbuch</translation>
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
    <message>
        <source>Open case</source>
        <translation>Fall öffnen</translation>
    </message>
    <message>
        <source>Anonymous short contact</source>
        <translation>Anonymer Kurzkontakt</translation>
    </message>
    <message>
        <source>Choose a case first, then press Ctrl+Shift+N.</source>
        <translation>Bitte zuerst einen Fall wählen, dann Strg+Umschalt+N drücken.</translation>
    </message>
    <message>
        <source>Export everything</source>
        <translation>Alles exportieren</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-Arbeitsmappe (*.xlsx)</translation>
    </message>
    <message>
        <source>Export for reading – not encrypted, and not a backup</source>
        <translation>Export zum Lesen – nicht verschlüsselt und keine Sicherung</translation>
    </message>
    <message>
        <source>Exporting …</source>
        <translation>Exportieren …</translation>
    </message>
    <message>
        <source>Exported to {path}. The file is not encrypted: keep it safe and delete it when it is no longer needed. It is not a backup: an import does not read back the sheets Anonyme Kurzkontakte, Tandems, Anerkennungsverfahren, Arbeitsaufnahmen, Aufwandsentschädigungen and Veranstaltungen and the course sheets; nor the start time and referrals of consultations, the exit reason and recording days of enrollments, the time of day a follow-up was done, the address, region, availability, status, leaving and agreement dates and remarks of volunteers, and the event of volunteer hours. User accounts and project settings are not exported. A backup (Create backup …) keeps everything.</source>
        <translation>Exportiert nach {path}. Die Datei ist nicht verschlüsselt: Bewahren Sie sie sicher auf und löschen Sie sie, wenn sie nicht mehr gebraucht wird. Sie ist keine Sicherung: Ein Import liest die Blätter Anonyme Kurzkontakte, Tandems, Anerkennungsverfahren, Arbeitsaufnahmen, Aufwandsentschädigungen und Veranstaltungen und die Kursblätter nicht zurück, ebenso wenig die Uhrzeit und Weitervermittlungen von Beratungen, den Austrittsgrund und die Erfassungstage von Teilnahmen, die Uhrzeit, zu der eine Wiedervorlage erledigt wurde, Anschrift, Stadtteil, Verfügbarkeit, Status, Austritts- und Vereinbarungsdatum und Bemerkungen von Ehrenamtlichen sowie die Veranstaltung von Ehrenamtsstunden. Benutzerkonten und Projekteinstellungen werden nicht exportiert. Eine Sicherung (Sicherung erstellen …) bewahrt alles.</translation>
    </message>
    <message>
        <source>Database updated</source>
        <translation>Datenbank aktualisiert</translation>
    </message>
    <message>
        <source>{date} at {time}</source>
        <translation>{date} um {time} Uhr</translation>
    </message>
    <message>
        <source>(time unknown)</source>
        <translation>(Zeitpunkt unbekannt)</translation>
    </message>
    <message>
        <source>Unsaved consultation</source>
        <translation>Nicht gespeicherte Beratung</translation>
    </message>
    <message>
        <source>There is an unsaved consultation note from {when} for a case you can no longer open. Discard it?</source>
        <translation>Es gibt eine nicht gespeicherte Beratungsnotiz vom {when} zu einem Fall, den Sie nicht mehr öffnen können. Verwerfen?</translation>
    </message>
    <message>
        <source>There is an unsaved note of an anonymous short contact from {when}. Restore it?</source>
        <translation>Es gibt eine nicht gespeicherte Notiz zu einem anonymen Kurzkontakt vom {when}. Wiederherstellen?</translation>
    </message>
    <message>
        <source>There is an unsaved consultation note for {case} from {when}. Restore it?</source>
        <translation>Es gibt eine nicht gespeicherte Beratungsnotiz zu {case} vom {when}. Wiederherstellen?</translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation>Ihr Passwort wurde geändert.</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Preview of the sheet</source>
        <translation>Vorschau der Tabelle</translation>
    </message>
    <message>
        <source>&amp;Remember these assignments for the next import</source>
        <translation>Diese Zuordnungen für den nächsten Import &amp;merken</translation>
    </message>
    <message>
        <source>The first rows as Lotse reads them. Some column headers are not known: assign them to a template column or leave them ignored.</source>
        <translation>Die ersten Zeilen, wie Lotse sie liest. Einige Spaltenüberschriften sind unbekannt: Ordnen Sie sie einer Vorlagenspalte zu oder lassen Sie sie ignorieren.</translation>
    </message>
    <message>
        <source>— ignore —</source>
        <translation>— ignorieren —</translation>
    </message>
    <message>
        <source>The first rows as Lotse reads them. All column headers are known.</source>
        <translation>Die ersten Zeilen, wie Lotse sie liest. Alle Spaltenüberschriften sind bekannt.</translation>
    </message>
</context>
<context>
    <name>MentorshipModel</name>
    <message>
        <source>Volunteer</source>
        <translation>Ehrenamtliche*r</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Hours given</source>
        <translation>Geleistete Stunden</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge case files</source>
        <translation>Fallakten zusammenführen</translation>
    </message>
    <message>
        <source>Everything of the other case file – consultations, enrollments, follow-ups, consents and tandems – moves into {case} ({name}); the other case file is then removed. This cannot be undone.</source>
        <translation>Alles aus der anderen Fallakte – Beratungen, Teilnahmen, Wiedervorlagen, Einwilligungen und Tandems – wird in {case} ({name}) übernommen; die andere Fallakte wird danach entfernt. Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>name or case number</source>
        <translation>Name oder Fallnummer</translation>
    </message>
    <message>
        <source>Find the other case file</source>
        <translation>Andere Fallakte suchen</translation>
    </message>
    <message>
        <source>Case files to merge</source>
        <translation>Fallakten zum Zusammenführen</translation>
    </message>
    <message>
        <source>e.g. entered twice at the first contact</source>
        <translation>z. B. beim Erstkontakt doppelt angelegt</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <source>&amp;Other case file:</source>
        <translation>&amp;Andere Fallakte:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Zusammenführen</translation>
    </message>
    <message>
        <source>{case} · {name} · born {birth} · likely the same person</source>
        <translation>{case} · {name} · geboren {birth} · vermutlich dieselbe Person</translation>
    </message>
    <message>
        <source>Other case file: please choose one.</source>
        <translation>Andere Fallakte: bitte eine auswählen.</translation>
    </message>
</context>
<context>
    <name>OrganisationBox</name>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>e.g. Data protection officer, Musterstr. 1, 30159 Hannover, datenschutz@…</source>
        <translation>z. B. Datenschutzbeauftragte, Musterstr. 1, 30159 Hannover, datenschutz@…</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Choose &amp;logo…</source>
        <translation>&amp;Logo wählen…</translation>
    </message>
    <message>
        <source>Remove lo&amp;go</source>
        <translation>Logo entfe&amp;rnen</translation>
    </message>
    <message>
        <source>Save &amp;organisation</source>
        <translation>&amp;Organisation speichern</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Street:</source>
        <translation>&amp;Straße:</translation>
    </message>
    <message>
        <source>Post&amp;code / city:</source>
        <translation>&amp;PLZ / Ort:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <source>&amp;Data protection contact:</source>
        <translation>Kontakt für Datenschutz&amp;fragen:</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>Logo:</translation>
    </message>
    <message>
        <source>Printed at the top of reports, agreements, timesheets and notices.</source>
        <translation>Steht oben auf Berichten, Vereinbarungen, Stundennachweisen und Hinweisblättern.</translation>
    </message>
    <message>
        <source>no logo</source>
        <translation>kein Logo</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>Choose logo</source>
        <translation>Logo wählen</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.bmp *.gif)</source>
        <translation>Bilder (*.png *.jpg *.jpeg *.bmp *.gif)</translation>
    </message>
    <message>
        <source>This file is not a picture Lotse can read.</source>
        <translation>Diese Datei ist kein Bild, das Lotse lesen kann.</translation>
    </message>
    <message>
        <source>The logo is saved.</source>
        <translation>Das Logo ist gespeichert.</translation>
    </message>
    <message>
        <source>The logo is removed.</source>
        <translation>Das Logo ist entfernt.</translation>
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
        <source>Na&amp;me of the organisation:</source>
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
        <source>My follow-ups due</source>
        <translation>Meine fälligen Wiedervorlagen</translation>
    </message>
    <message>
        <source>Nothing due.</source>
        <translation>Nichts fällig.</translation>
    </message>
    <message>
        <source>ESF entry data missing</source>
        <translation>ESF-Eintrittsdaten fehlen</translation>
    </message>
    <message>
        <source>All entry questionnaires recorded.</source>
        <translation>Alle Eintrittsfragebögen erfasst.</translation>
    </message>
    <message>
        <source>ESF exit data overdue</source>
        <translation>ESF-Austrittsdaten überfällig</translation>
    </message>
    <message>
        <source>Nothing overdue.</source>
        <translation>Nichts überfällig.</translation>
    </message>
    <message>
        <source>6-month follow-ups due</source>
        <translation>Fällige 6-Monats-Nachbefragungen</translation>
    </message>
    <message>
        <source>Recently opened cases</source>
        <translation>Zuletzt angelegte Fälle</translation>
    </message>
    <message>
        <source>No cases yet.</source>
        <translation>Noch keine Fälle.</translation>
    </message>
    <message>
        <source>No backup has been copied outside the data folder yet. Use File → Create backup … and save it on a USB stick or a network drive.</source>
        <translation>Es wurde noch keine Sicherung außerhalb des Datenordners abgelegt. Wählen Sie Datei → Sicherung erstellen … und speichern Sie sie auf einem USB-Stick oder Netzlaufwerk.</translation>
    </message>
    <message>
        <source>The last backup outside the data folder is from {date}, more than {days} days ago. Use File → Create backup … and save it on a USB stick or a network drive.</source>
        <translation>Die letzte Sicherung außerhalb des Datenordners ist vom {date}, mehr als {days} Tage her. Wählen Sie Datei → Sicherung erstellen … und speichern Sie sie auf einem USB-Stick oder Netzlaufwerk.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Anonymisations due:&lt;/b&gt; the retention of %n record(s) has ended. &lt;a href=&quot;privacy&quot;&gt;Review and confirm&lt;/a&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;Fällige Anonymisierungen:&lt;/b&gt; Die Aufbewahrungsfrist von %n Datensatz ist abgelaufen. &lt;a href=&quot;privacy&quot;&gt;Ansehen und bestätigen&lt;/a&gt;</numerusform>
            <numerusform>&lt;b&gt;Fällige Anonymisierungen:&lt;/b&gt; Die Aufbewahrungsfrist von %n Datensätzen ist abgelaufen. &lt;a href=&quot;privacy&quot;&gt;Ansehen und bestätigen&lt;/a&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>people counselled this month</source>
        <translation>beratene Personen in diesem Monat</translation>
    </message>
    <message>
        <source>new cases this month</source>
        <translation>neue Fälle in diesem Monat</translation>
    </message>
    <message>
        <source>active volunteers</source>
        <translation>aktive Ehrenamtliche</translation>
    </message>
    <message>
        <source>volunteer hours approved this month</source>
        <translation>freigegebene Ehrenamtsstunden in diesem Monat</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Termine</translation>
    </message>
</context>
<context>
    <name>OwnHoursModel</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Tätigkeit</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
</context>
<context>
    <name>OwnHoursTab</name>
    <message>
        <source>No hours yet – enter them with “Enter my hours”.</source>
        <translation>Noch keine Stunden – mit „Meine Stunden eintragen“ erfassen.</translation>
    </message>
    <message>
        <source>My hours</source>
        <translation>Meine Stunden</translation>
    </message>
    <message>
        <source>&amp;Enter my hours …</source>
        <translation>Meine Stunden &amp;eintragen …</translation>
    </message>
    <message>
        <source>My &amp;week …</source>
        <translation>Meine &amp;Woche …</translation>
    </message>
    <message>
        <source>Approved so far: {hours} hours</source>
        <translation>Bisher freigegeben: {hours} Stunden</translation>
    </message>
</context>
<context>
    <name>PaperworkList</name>
    <message>
        <source>Police clearances and trainings</source>
        <translation>Führungszeugnisse und Schulungen</translation>
    </message>
    <message>
        <source>police clearance missing</source>
        <translation>Führungszeugnis fehlt</translation>
    </message>
    <message>
        <source>training missing</source>
        <translation>Schulung fehlt</translation>
    </message>
    <message>
        <source>police clearance to renew by {date}</source>
        <translation>Führungszeugnis erneuern bis {date}</translation>
    </message>
    <message>
        <source>All clearances and trainings in order.</source>
        <translation>Alle Führungszeugnisse und Schulungen in Ordnung.</translation>
    </message>
</context>
<context>
    <name>PartnerDialog</name>
    <message>
        <source>Edit partner</source>
        <translation>Partner bearbeiten</translation>
    </message>
    <message>
        <source>New partner</source>
        <translation>Neuer Partner</translation>
    </message>
    <message>
        <source>e.g. placement into work</source>
        <translation>z. B. Vermittlung in Arbeit</translation>
    </message>
    <message>
        <source>&amp;Active: asked at first contact</source>
        <translation>&amp;Aktiv: wird beim Erstkontakt erfragt</translation>
    </message>
    <message>
        <source>The consent form names the partner and the purpose. Only people who consented, and did not withdraw, are in the partner&apos;s export.</source>
        <translation>Das Einwilligungsformular nennt den Partner und den Zweck. Im Export für den Partner stehen nur Personen, die eingewilligt und nicht widerrufen haben.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>&amp;Zweck:</translation>
    </message>
</context>
<context>
    <name>PartnerModel</name>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Zweck</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>nicht mehr in Gebrauch</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <source>Record allowance payment</source>
        <translation>Aufwandsentschädigung erfassen</translation>
    </message>
    <message>
        <source>e.g. 120,00</source>
        <translation>z. B. 120,00</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>&amp;Work compensated from:</source>
        <translation>Abgegoltene Einsät&amp;ze vom:</translation>
    </message>
    <message>
        <source>&amp;Volunteer:</source>
        <translation>&amp;Ehrenamtliche*r:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>&amp;Paid on:</source>
        <translation>&amp;Gezahlt am:</translation>
    </message>
    <message>
        <source>&amp;Amount (€):</source>
        <translation>&amp;Betrag (€):</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>Gezahlt am</translation>
    </message>
    <message>
        <source>Work compensated from</source>
        <translation>Vergütete Tätigkeit von</translation>
    </message>
    <message>
        <source>Work compensated to</source>
        <translation>Vergütete Tätigkeit bis</translation>
    </message>
    <message>
        <source>Hours on the compensated days are paid work, not an in-kind contribution.</source>
        <translation>Stunden an den abgegoltenen Tagen sind vergütet und keine unbare Eigenleistung.</translation>
    </message>
    <message>
        <source>With this payment: </source>
        <translation>Mit dieser Zahlung: </translation>
    </message>
</context>
<context>
    <name>PersonTab</name>
    <message>
        <source>Gender:</source>
        <translation>Geschlecht:</translation>
    </message>
    <message>
        <source>Date of birth:</source>
        <translation>Geburtsdatum:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Anschrift:</translation>
    </message>
    <message>
        <source>Living abroad in:</source>
        <translation>Wohnsitz im Ausland:</translation>
    </message>
    <message>
        <source>Phone / e-mail:</source>
        <translation>Telefon / E-Mail:</translation>
    </message>
    <message>
        <source>Nationalities:</source>
        <translation>Staatsangehörigkeiten:</translation>
    </message>
    <message>
        <source>Languages:</source>
        <translation>Sprachen:</translation>
    </message>
    <message>
        <source>Country of birth:</source>
        <translation>Geburtsland:</translation>
    </message>
    <message>
        <source>Residence status:</source>
        <translation>Aufenthaltsstatus:</translation>
    </message>
    <message>
        <source>Year of arrival:</source>
        <translation>Einreisejahr:</translation>
    </message>
    <message>
        <source>Knowledge of German:</source>
        <translation>Deutschkenntnisse:</translation>
    </message>
    <message>
        <source>School qualification:</source>
        <translation>Schulabschluss:</translation>
    </message>
    <message>
        <source>Vocational qualification:</source>
        <translation>Berufsabschluss:</translation>
    </message>
    <message>
        <source>Reference occupation:</source>
        <translation>Referenzberuf:</translation>
    </message>
    <message>
        <source>Regulated profession:</source>
        <translation>Reglementierter Beruf:</translation>
    </message>
    <message>
        <source>Recognition status:</source>
        <translation>Anerkennungsstand:</translation>
    </message>
    <message>
        <source>Found us via:</source>
        <translation>Zugang über:</translation>
    </message>
    <message>
        <source>Remarks:</source>
        <translation>Bemerkungen:</translation>
    </message>
    <message>
        <source>{value} (obtained in {country})</source>
        <translation>{value} (erworben in {country})</translation>
    </message>
</context>
<context>
    <name>PlacementDialog</name>
    <message>
        <source>Placement</source>
        <translation>Arbeitsaufnahme</translation>
    </message>
    <message>
        <source>New placement</source>
        <translation>Neue Arbeitsaufnahme</translation>
    </message>
    <message>
        <source>e.g. 39,5</source>
        <translation>z. B. 39,5</translation>
    </message>
    <message>
        <source>e.g. nursing, software development</source>
        <translation>z. B. Pflege, Softwareentwicklung</translation>
    </message>
    <message>
        <source>— not linked —</source>
        <translation>— nicht verknüpft —</translation>
    </message>
    <message>
        <source>&amp;Employer *</source>
        <translation>&amp;Arbeitgeber *</translation>
    </message>
    <message>
        <source>T&amp;own</source>
        <translation>&amp;Ort</translation>
    </message>
    <message>
        <source>Secto&amp;r (WZ 2008)</source>
        <translation>&amp;Wirtschaftszweig (WZ 2008)</translation>
    </message>
    <message>
        <source>Start &amp;date *</source>
        <translation>&amp;Beginn *</translation>
    </message>
    <message>
        <source>&amp;Contract type *</source>
        <translation>&amp;Vertragsart *</translation>
    </message>
    <message>
        <source>&amp;Hours per week</source>
        <translation>Wochenst&amp;unden</translation>
    </message>
    <message>
        <source>Occupation &amp;field</source>
        <translation>Berufs&amp;feld</translation>
    </message>
    <message>
        <source>&amp;Linked exit</source>
        <translation>Verknüpfter Aus&amp;tritt</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Beginn</translation>
    </message>
</context>
<context>
    <name>PlacementModel</name>
    <message>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Arbeitgeber</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Wirtschaftszweig</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Vertragsart</translation>
    </message>
    <message>
        <source>Hours per week</source>
        <translation>Wochenstunden</translation>
    </message>
    <message>
        <source>Occupation field</source>
        <translation>Berufsfeld</translation>
    </message>
    <message>
        <source>Exit from project</source>
        <translation>Austritt aus Projekt</translation>
    </message>
</context>
<context>
    <name>PlacementsTab</name>
    <message>
        <source>No work or training taken up yet – record it with “New placement”.</source>
        <translation>Noch keine Arbeits- oder Ausbildungsaufnahme – mit „Neue Arbeitsaufnahme“ erfassen.</translation>
    </message>
    <message>
        <source>Placements</source>
        <translation>Arbeitsaufnahmen</translation>
    </message>
    <message>
        <source>&amp;New placement …</source>
        <translation>&amp;Neue Arbeitsaufnahme …</translation>
    </message>
    <message>
        <source>Edit &amp;placement …</source>
        <translation>Arbeitsaufnahme bearbei&amp;ten …</translation>
    </message>
    <message>
        <source>Delete placement</source>
        <translation>Arbeitsaufnahme löschen</translation>
    </message>
    <message>
        <source>Delete the placement at “{employer}”?</source>
        <translation>Die Arbeitsaufnahme bei „{employer}“ löschen?</translation>
    </message>
</context>
<context>
    <name>PrivacyTab</name>
    <message>
        <source>How long personal data are kept</source>
        <translation>Wie lange personenbezogene Daten aufbewahrt werden</translation>
    </message>
    <message>
        <source>Cases &amp;without a project, after the last contact:</source>
        <translation>Fälle &amp;ohne Projekt, nach dem letzten Kontakt:</translation>
    </message>
    <message>
        <source>Former &amp;volunteers, after leaving:</source>
        <translation>Ehemalige &amp;Ehrenamtliche, nach dem Austritt:</translation>
    </message>
    <message>
        <source>Participants of a project are kept for the years set in the project after 31 December of the year it ends (ESF: Art. 82 Regulation (EU) 2021/1060), see Projects. Police clearances are deleted three months after a volunteer leaves (§ 72a (5) SGB VIII).</source>
        <translation>Teilnehmende eines Projekts werden so viele Jahre nach dem 31. Dezember des Jahres, in dem es endet, aufbewahrt, wie beim Projekt eingestellt (ESF: Art. 82 Verordnung (EU) 2021/1060), siehe Projekte. Angaben zum Führungszeugnis werden drei Monate nach dem Austritt gelöscht (§ 72a Abs. 5 SGB VIII).</translation>
    </message>
    <message>
        <source>&amp;Save retention</source>
        <translation>Aufbewahrung &amp;speichern</translation>
    </message>
    <message>
        <source>Anonymisations due</source>
        <translation>Fällige Anonymisierungen</translation>
    </message>
    <message>
        <source>&amp;Anonymise all that is due …</source>
        <translation>Alles &amp;Fällige anonymisieren …</translation>
    </message>
    <message>
        <source>Records of processing acti&amp;vities (Art. 30) …</source>
        <translation>&amp;Verzeichnis der Verarbeitungstätigkeiten (Art. 30) …</translation>
    </message>
    <message>
        <source> years</source>
        <translation> Jahre</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) due.</source>
        <translation>
            <numerusform>%n Datensatz fällig.</numerusform>
            <numerusform>%n Datensätze fällig.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is due: no retention has ended.</source>
        <translation>Nichts ist fällig: Keine Aufbewahrungsfrist ist abgelaufen.</translation>
    </message>
    <message numerus="yes">
        <source>Anonymise %n record(s) now? Names, contact data, notes and birth dates are removed for good; the reports keep their figures. The server&apos;s own backups still hold the old data until they are replaced: tell whoever runs the server.</source>
        <translation>
            <numerusform>%n Datensatz jetzt anonymisieren? Namen, Kontaktdaten, Notizen und Geburtsdaten werden endgültig entfernt; die Berichte behalten ihre Zahlen. Die eigenen Sicherungen des Servers enthalten die alten Daten, bis sie ersetzt werden: Sagen Sie der Person Bescheid, die den Server betreut.</numerusform>
            <numerusform>%n Datensätze jetzt anonymisieren? Namen, Kontaktdaten, Notizen und Geburtsdaten werden endgültig entfernt; die Berichte behalten ihre Zahlen. Die eigenen Sicherungen des Servers enthalten die alten Daten, bis sie ersetzt werden: Sagen Sie der Person Bescheid, die den Server betreut.</numerusform>
        </translation>
    </message>
    <message>
        <source>Anonymise</source>
        <translation>Anonymisieren</translation>
    </message>
    <message numerus="yes">
        <source>Anonymise %n record(s) now? Names, contact data, notes and birth dates are removed for good; the reports keep their figures. The backups in the data folder are replaced by a new one; copies elsewhere (USB sticks) still hold the old data.</source>
        <translation>
            <numerusform>%n Datensatz jetzt anonymisieren? Namen, Kontaktdaten, Notizen und Geburtsdaten werden endgültig entfernt; die Berichte behalten ihre Zahlen. Die Sicherungen im Datenordner werden durch eine neue ersetzt; Kopien an anderen Orten (USB-Sticks) enthalten noch die alten Daten.</numerusform>
            <numerusform>%n Datensätze jetzt anonymisieren? Namen, Kontaktdaten, Notizen und Geburtsdaten werden endgültig entfernt; die Berichte behalten ihre Zahlen. Die Sicherungen im Datenordner werden durch eine neue ersetzt; Kopien an anderen Orten (USB-Sticks) enthalten noch die alten Daten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Anonymising …</source>
        <translation>Wird anonymisiert …</translation>
    </message>
    <message>
        <source>Anonymised case files: {cases}; anonymised former volunteers: {volunteers}; police clearances deleted: {clearances}.</source>
        <translation>Anonymisierte Fallakten: {cases}; anonymisierte ehemalige Ehrenamtliche: {volunteers}; gelöschte Angaben zu Führungszeugnissen: {clearances}.</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <source>The file {path} could not be written or read: {reason}.</source>
        <translation>Die Datei {path} konnte nicht geschrieben oder gelesen werden: {reason}.</translation>
    </message>
    <message>
        <source>A file could not be written or read: {reason}.</source>
        <translation>Eine Datei konnte nicht geschrieben oder gelesen werden: {reason}.</translation>
    </message>
</context>
<context>
    <name>ProcedureDialog</name>
    <message>
        <source>Recognition procedure</source>
        <translation>Anerkennungsverfahren</translation>
    </message>
    <message>
        <source>New recognition procedure</source>
        <translation>Neues Anerkennungsverfahren</translation>
    </message>
    <message>
        <source>German reference occupation, e.g. Pflegefachfrau</source>
        <translation>deutscher Referenzberuf, z. B. Pflegefachfrau</translation>
    </message>
    <message>
        <source>e.g. 81302</source>
        <translation>z. B. 81302</translation>
    </message>
    <message>
        <source>KldB 2010 code of the Bundesagentur für Arbeit, five digits; the last one is the level of requirement (1 helper, 2 skilled, 3 specialist, 4 expert).</source>
        <translation>KldB-2010-Code der Bundesagentur für Arbeit, fünf Ziffern; die letzte ist das Anforderungsniveau (1 Helfer, 2 Fachkraft, 3 Spezialist, 4 Experte).</translation>
    </message>
    <message>
        <source>e.g. Landesamt für Soziales</source>
        <translation>z. B. Landesamt für Soziales</translation>
    </message>
    <message>
        <source>— not decided yet —</source>
        <translation>— noch nicht entschieden —</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— keine —</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Qualification and reference occupation</source>
        <translation>Abschluss und Referenzberuf</translation>
    </message>
    <message>
        <source>Reference &amp;occupation *</source>
        <translation>&amp;Referenzberuf *</translation>
    </message>
    <message>
        <source>&amp;KldB 2010 code</source>
        <translation>&amp;KldB-2010-Code</translation>
    </message>
    <message>
        <source>&amp;Regulated profession</source>
        <translation>Re&amp;glementierter Beruf</translation>
    </message>
    <message>
        <source>Qualification obtained &amp;in</source>
        <translation>Abschluss erworben &amp;in</translation>
    </message>
    <message>
        <source>&amp;Year obtained</source>
        <translation>Abschluss&amp;jahr</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Verfahren</translation>
    </message>
    <message>
        <source>Competent &amp;authority</source>
        <translation>&amp;Zuständige Stelle</translation>
    </message>
    <message>
        <source>A&amp;pplication date</source>
        <translation>&amp;Antrag gestellt am</translation>
    </message>
    <message>
        <source>&amp;Decision date</source>
        <translation>Beschei&amp;d vom</translation>
    </message>
    <message>
        <source>Res&amp;ult</source>
        <translation>&amp;Ergebnis</translation>
    </message>
    <message>
        <source>Adaptation qualification</source>
        <translation>Anpassungsqualifizierung</translation>
    </message>
    <message>
        <source>Kind of &amp;measure</source>
        <translation>Art der &amp;Maßnahme</translation>
    </message>
    <message>
        <source>Pro&amp;vider</source>
        <translation>&amp;Träger</translation>
    </message>
    <message>
        <source>un&amp;til</source>
        <translation>&amp;bis</translation>
    </message>
    <message>
        <source>Adaptation from</source>
        <translation>Anpassungsqualifizierung von</translation>
    </message>
    <message>
        <source>Adaptation until</source>
        <translation>Anpassungsqualifizierung bis</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;von</translation>
    </message>
    <message>
        <source>&amp;Completed</source>
        <translation>Abges&amp;chlossen</translation>
    </message>
    <message>
        <source>Application date</source>
        <translation>Antragsdatum</translation>
    </message>
    <message>
        <source>Decision date</source>
        <translation>Bescheiddatum</translation>
    </message>
</context>
<context>
    <name>ProcedureModel</name>
    <message>
        <source>Reference occupation</source>
        <translation>Referenzberuf</translation>
    </message>
    <message>
        <source>Regulated</source>
        <translation>Reglementiert</translation>
    </message>
    <message>
        <source>Qualification from</source>
        <translation>Abschluss aus</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Antrag</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Bescheid</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Adaptation qualification</source>
        <translation>Anpassungsqualifizierung</translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>abgeschlossen</translation>
    </message>
</context>
<context>
    <name>ProjectDialog</name>
    <message>
        <source>Project {code}</source>
        <translation>Projekt {code}</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>Neues Projekt</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Allgemein</translation>
    </message>
    <message>
        <source>ESF &amp;Plus</source>
        <translation>ESF &amp;Plus</translation>
    </message>
    <message>
        <source>O&amp;utcomes</source>
        <translation>&amp;Verbleib</translation>
    </message>
    <message>
        <source>&amp;Hour values</source>
        <translation>Stunden&amp;werte</translation>
    </message>
    <message>
        <source>Supported &amp;organisations</source>
        <translation>Unterstützte &amp;Einrichtungen</translation>
    </message>
    <message>
        <source>e.g. WIR-2026</source>
        <translation>z. B. WIR-2026</translation>
    </message>
    <message>
        <source> years</source>
        <translation> Jahre</translation>
    </message>
    <message>
        <source>empty: statutory minimum wage of each year</source>
        <translation>leer: gesetzlicher Mindestlohn des jeweiligen Jahres</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Kürzel:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Funding progra&amp;mme:</source>
        <translation>Förderp&amp;rogramm:</translation>
    </message>
    <message>
        <source>&amp;Funder:</source>
        <translation>&amp;Fördermittelgeber:</translation>
    </message>
    <message>
        <source>Sta&amp;rt:</source>
        <translation>Be&amp;ginn:</translation>
    </message>
    <message>
        <source>En&amp;d:</source>
        <translation>En&amp;de:</translation>
    </message>
    <message>
        <source>&amp;Keep personal data for:</source>
        <translation>Personenbezogene Daten aufbewa&amp;hren:</translation>
    </message>
    <message>
        <source>Value of a volunteer hour (€, &amp;all years):</source>
        <translation>Wert einer Ehrenamtsstunde (€, a&amp;lle Jahre):</translation>
    </message>
    <message>
        <source>The project reports participant data to ESF Plus</source>
        <translation>Das Projekt meldet Teilnehmendendaten an ESF Plus</translation>
    </message>
    <message>
        <source>no minimum</source>
        <translation>keine Mindestförderung</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> Stunden</translation>
    </message>
    <message>
        <source>The project supports administrations or enterprises (EECO18, EECO19)</source>
        <translation>Das Projekt unterstützt Verwaltungen oder Unternehmen (EECO18, EECO19)</translation>
    </message>
    <message>
        <source>People who received less support than the minimum (hours of consultations booked to the project) stay counselling contacts and count in no ESF indicator. The entry and exit questionnaires are asked only in ESF projects.</source>
        <translation>Personen mit weniger Unterstützung als der Mindestförderung (Stunden der Beratungen im Projekt) bleiben Beratungskontakte und zählen in keinem ESF-Indikator. Eintritts- und Austrittsfragebögen gibt es nur in ESF-Projekten.</translation>
    </message>
    <message>
        <source>&amp;Long-term unemployed:</source>
        <translation>&amp;Langzeitarbeitslos:</translation>
    </message>
    <message>
        <source>&amp;Minimum support for ESF participants:</source>
        <translation>&amp;Mindestförderung für ESF-Teilnehmende:</translation>
    </message>
    <message>
        <source>Situations after exit that count as success</source>
        <translation>Verbleib nach Austritt, der als Erfolg zählt</translation>
    </message>
    <message>
        <source>a qualification gained</source>
        <translation>eine erlangte Qualifikation</translation>
    </message>
    <message>
        <source>The project starts with the usual exit reasons (finished, goal reached, dropped out, moved away …). Rename, add or retire them after saving.</source>
        <translation>Das Projekt beginnt mit den üblichen Austrittsgründen (regulär beendet, Ziel erreicht, abgebrochen, verzogen …). Nach dem Speichern lassen sie sich umbenennen, ergänzen oder stilllegen.</translation>
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
        <source>End date</source>
        <translation>Projektende</translation>
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
        <source>Project co&amp;de:</source>
        <translation>Projekt&amp;kürzel:</translation>
    </message>
    <message>
        <source>S&amp;tart:</source>
        <translation>Be&amp;ginn:</translation>
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
        <source>Value of a volunteer hour</source>
        <translation>Wert einer Ehrenamtsstunde</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <source>running</source>
        <translation>laufend</translation>
    </message>
    <message>
        <source>per year / minimum wage</source>
        <translation>je Jahr / Mindestlohn</translation>
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
    <name>ProjectsTab</name>
    <message>
        <source>No projects yet – add one with “New project”.</source>
        <translation>Noch keine Projekte – mit „Neues Projekt“ anlegen.</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projekte</translation>
    </message>
    <message>
        <source>&amp;New project</source>
        <translation>&amp;Neues Projekt</translation>
    </message>
    <message>
        <source>&amp;Edit project</source>
        <translation>Projekt &amp;bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Show project</source>
        <translation>Projekt &amp;anzeigen</translation>
    </message>
    <message>
        <source>&amp;Close / reopen project</source>
        <translation>Projekt ab&amp;schließen / wieder öffnen</translation>
    </message>
    <message>
        <source>Choose a project in the list first.</source>
        <translation>Bitte zuerst ein Projekt in der Liste wählen.</translation>
    </message>
    <message>
        <source>{code} is open again.</source>
        <translation>{code} ist wieder offen.</translation>
    </message>
    <message>
        <source>{code} is closed: it leaves the choice lists; its data and reports stay.</source>
        <translation>{code} ist abgeschlossen: es verschwindet aus den Auswahllisten; Daten und Berichte bleiben.</translation>
    </message>
    <message>
        <source>Not enrolled in a project yet – enroll with “Enroll in project”.</source>
        <translation>Noch in keinem Projekt – mit „In Projekt aufnehmen“ aufnehmen.</translation>
    </message>
    <message>
        <source>Project enrollments</source>
        <translation>Projektteilnahmen</translation>
    </message>
    <message>
        <source>Enroll in &amp;project</source>
        <translation>In &amp;Projekt aufnehmen</translation>
    </message>
    <message>
        <source>Entry &amp;questionnaire</source>
        <translation>Eintritts&amp;fragebogen</translation>
    </message>
    <message>
        <source>Record e&amp;xit</source>
        <translation>Aus&amp;tritt erfassen</translation>
    </message>
    <message>
        <source>&amp;6-month answers</source>
        <translation>&amp;6-Monats-Angaben</translation>
    </message>
    <message>
        <source>Remo&amp;ve enrollment</source>
        <translation>Teilnahme &amp;entfernen</translation>
    </message>
    <message>
        <source>Remove enrollment</source>
        <translation>Teilnahme entfernen</translation>
    </message>
    <message>
        <source>Remove the enrollment in {project}? It is deleted with its questionnaire. Why?</source>
        <translation>Die Teilnahme in {project} entfernen? Sie wird mit ihrem Fragebogen gelöscht. Warum?</translation>
    </message>
</context>
<context>
    <name>QuietTandemList</name>
    <message>
        <source>Tandems without meetings</source>
        <translation>Tandems ohne Treffen</translation>
    </message>
    <message>
        <source>no meeting logged yet</source>
        <translation>noch kein Treffen eingetragen</translation>
    </message>
    <message>
        <source>last meeting {date}</source>
        <translation>letztes Treffen {date}</translation>
    </message>
    <message>
        <source>A meeting was due by {date}.</source>
        <translation>Ein Treffen war bis zum {date} fällig.</translation>
    </message>
    <message>
        <source>Every tandem meets as agreed.</source>
        <translation>Alle Tandems treffen sich wie vereinbart.</translation>
    </message>
</context>
<context>
    <name>RecognitionTab</name>
    <message>
        <source>No recognition procedure yet – add one with “New procedure”.</source>
        <translation>Noch kein Anerkennungsverfahren – mit „Neues Verfahren“ anlegen.</translation>
    </message>
    <message>
        <source>Recognition procedures</source>
        <translation>Anerkennungsverfahren</translation>
    </message>
    <message>
        <source>&amp;New procedure …</source>
        <translation>&amp;Neues Verfahren …</translation>
    </message>
    <message>
        <source>Edit &amp;procedure …</source>
        <translation>&amp;Verfahren bearbeiten …</translation>
    </message>
    <message>
        <source>Delete recognition procedure</source>
        <translation>Anerkennungsverfahren löschen</translation>
    </message>
    <message>
        <source>Delete the procedure “{occupation}”?</source>
        <translation>Das Verfahren „{occupation}“ löschen?</translation>
    </message>
</context>
<context>
    <name>RecordsOfProcessingDialog</name>
    <message>
        <source>Records of processing activities (Art. 30 GDPR)</source>
        <translation>Verzeichnis von Verarbeitungstätigkeiten (Art. 30 DSGVO)</translation>
    </message>
    <message>
        <source>Records of processing activities</source>
        <translation>Verzeichnis von Verarbeitungstätigkeiten</translation>
    </message>
    <message>
        <source>Save as &amp;PDF …</source>
        <translation>Als &amp;PDF speichern …</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Save the records of processing</source>
        <translation>Verzeichnis der Verarbeitungstätigkeiten speichern</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the PDF …</source>
        <translation>Das PDF wird geschrieben …</translation>
    </message>
</context>
<context>
    <name>RecordsTab</name>
    <message>
        <source>De&amp;lete</source>
        <translation>Lö&amp;schen</translation>
    </message>
</context>
<context>
    <name>RecoverPasswordDialog</name>
    <message>
        <source>Lotse – new administrator password</source>
        <translation>Lotse – neues Administrationspasswort</translation>
    </message>
    <message>
        <source>With the recovery key (the printed Notfallschlüssel) an administrator account gets a new password. Other accounts get theirs from an administrator.</source>
        <translation>Mit dem Notfallschlüssel (dem ausgedruckten Blatt) erhält ein Administrationskonto ein neues Passwort. Andere Konten erhalten ihres von einer Administratorin oder einem Administrator.</translation>
    </message>
    <message>
        <source>&amp;Recovery key:</source>
        <translation>&amp;Notfallschlüssel:</translation>
    </message>
    <message>
        <source>Administrator&apos;s &amp;user name:</source>
        <translation>&amp;Benutzername (Administration):</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>Neues &amp;Passwort:</translation>
    </message>
    <message>
        <source>Repea&amp;t password:</source>
        <translation>Passwort &amp;wiederholen:</translation>
    </message>
    <message>
        <source>&amp;Set password</source>
        <translation>Passwort &amp;setzen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Repeat password: the two passwords are not the same.</source>
        <translation>Passwort wiederholen: Die beiden Passwörter stimmen nicht überein.</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <source>Lotse – recovery key</source>
        <translation>Lotse – Notfallschlüssel</translation>
    </message>
    <message>
        <source>Your recovery key</source>
        <translation>Ihr Notfallschlüssel</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Weiter</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyPage</name>
    <message>
        <source>Recovery key</source>
        <translation>Notfallschlüssel</translation>
    </message>
    <message>
        <source>The database is created and encrypted.</source>
        <translation>Die Datenbank ist angelegt und verschlüsselt.</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyPanel</name>
    <message>
        <source>Lotse encrypts all data. Without a password or this recovery key nobody can read it – not even whoever finds the laptop or a backup. If no administrator knows their password any more, the recovery key sets a new one. It is shown only now: print it as the Notfallschlüssel or write it down, and keep it locked away, apart from the laptop.</source>
        <translation>Lotse verschlüsselt alle Daten. Ohne ein Passwort oder diesen Notfallschlüssel kann niemand sie lesen – auch nicht, wer den Laptop oder eine Sicherung findet. Kennt keine Administratorin und kein Administrator mehr das eigene Passwort, setzt der Notfallschlüssel ein neues. Er wird nur jetzt angezeigt: Drucken Sie ihn als Notfallschlüssel aus oder schreiben Sie ihn ab, und bewahren Sie ihn verschlossen auf, getrennt vom Laptop.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Notfallschlüssel</translation>
    </message>
    <message>
        <source>Save as &amp;PDF to print (Notfallschlüssel)…</source>
        <translation>Als &amp;PDF zum Ausdrucken speichern (Notfallschlüssel) …</translation>
    </message>
    <message>
        <source>I have printed or written down the recovery key.</source>
        <translation>Ich habe den Notfallschlüssel ausgedruckt oder abgeschrieben.</translation>
    </message>
    <message>
        <source>Lotse-Notfallschluessel.pdf</source>
        <translation>Lotse-Notfallschluessel.pdf</translation>
    </message>
    <message>
        <source>Save the Notfallschlüssel</source>
        <translation>Notfallschlüssel speichern</translation>
    </message>
    <message>
        <source>Notfallschlüssel</source>
        <translation>Notfallschlüssel</translation>
    </message>
    <message>
        <source>Saved to {path}. Print it, then delete the file: whoever has it can read the data.</source>
        <translation>Gespeichert unter {path}. Drucken Sie die Datei aus und löschen Sie sie dann: Wer sie hat, kann die Daten lesen.</translation>
    </message>
</context>
<context>
    <name>RegistryModel</name>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Sprachen</translation>
    </message>
    <message>
        <source>Police clearance</source>
        <translation>Führungszeugnis</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Schulung</translation>
    </message>
    <message>
        <source>Hours this year</source>
        <translation>Stunden dieses Jahr</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>renewal due since {date}</source>
        <translation>Erneuerung fällig seit {date}</translation>
    </message>
    <message>
        <source>valid until {date}</source>
        <translation>gültig bis {date}</translation>
    </message>
</context>
<context>
    <name>RegistryTab</name>
    <message>
        <source>Search volunteers</source>
        <translation>Ehrenamtliche suchen</translation>
    </message>
    <message>
        <source>Search name or number</source>
        <translation>Name oder Nummer suchen</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>No volunteers found – register one with “New volunteer”.</source>
        <translation>Keine Ehrenamtlichen gefunden – mit „Neue*r Ehrenamtliche*r“ erfassen.</translation>
    </message>
    <message>
        <source>Volunteers</source>
        <translation>Ehrenamtliche</translation>
    </message>
    <message>
        <source>&amp;New volunteer …</source>
        <translation>&amp;Neue*r Ehrenamtliche*r …</translation>
    </message>
    <message>
        <source>&amp;Edit …</source>
        <translation>&amp;Bearbeiten …</translation>
    </message>
    <message>
        <source>Enter h&amp;ours …</source>
        <translation>&amp;Stunden eintragen …</translation>
    </message>
    <message>
        <source>&amp;Week …</source>
        <translation>&amp;Woche …</translation>
    </message>
    <message>
        <source>&amp;Timesheets …</source>
        <translation>Stundennachwe&amp;ise …</translation>
    </message>
    <message>
        <source>Doc&amp;uments …</source>
        <translation>Dok&amp;umente …</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <source>Choose a volunteer in the list first.</source>
        <translation>Wählen Sie zuerst eine Person in der Liste.</translation>
    </message>
    <message>
        <source>Documents of {name}</source>
        <translation>Dokumente von {name}</translation>
    </message>
</context>
<context>
    <name>ReportKinds</name>
    <message>
        <source>ESF Plus participant data</source>
        <translation>ESF-Plus-Teilnehmendendaten</translation>
    </message>
    <message>
        <source>Counselling statistics</source>
        <translation>Beratungsstatistik</translation>
    </message>
    <message>
        <source>Volunteering (hours, value, allowances)</source>
        <translation>Ehrenamt (Stunden, Wert, Aufwandsentschädigungen)</translation>
    </message>
    <message>
        <source>Outcomes after exit</source>
        <translation>Verbleib nach Austritt</translation>
    </message>
    <message>
        <source>Events (attendees, languages, partners)</source>
        <translation>Veranstaltungen (Teilnehmende, Sprachen, Partner)</translation>
    </message>
    <message>
        <source>Recognition counselling</source>
        <translation>Anerkennungsberatung</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Reports</source>
        <translation>Berichte</translation>
    </message>
    <message>
        <source>Calendar year</source>
        <translation>Kalenderjahr</translation>
    </message>
    <message>
        <source>Half-year</source>
        <translation>Halbjahr</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Quartal</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Custom period</source>
        <translation>freier Zeitraum</translation>
    </message>
    <message>
        <source>Period start</source>
        <translation>Beginn des Zeitraums</translation>
    </message>
    <message>
        <source>Period end</source>
        <translation>Ende des Zeitraums</translation>
    </message>
    <message>
        <source>cumulative from the project start</source>
        <translation>kumuliert ab Projektbeginn</translation>
    </message>
    <message>
        <source>&amp;Show preview</source>
        <translation>&amp;Vorschau anzeigen</translation>
    </message>
    <message>
        <source>Save as &amp;Excel …</source>
        <translation>Als &amp;Excel speichern …</translation>
    </message>
    <message>
        <source>Save as P&amp;DF …</source>
        <translation>Als PD&amp;F speichern …</translation>
    </message>
    <message>
        <source>Per&amp;iod:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation>&amp;Bericht:</translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation>&amp;Projekt:</translation>
    </message>
    <message>
        <source>Projects (none = all):</source>
        <translation>Projekte (keine = alle):</translation>
    </message>
    <message>
        <source>Choose the report and period, then show the preview.</source>
        <translation>Bericht und Zeitraum wählen, dann die Vorschau zeigen.</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-Arbeitsmappe (*.xlsx)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <source>Save report – the file will not be encrypted</source>
        <translation>Bericht speichern – die Datei wird nicht verschlüsselt</translation>
    </message>
    <message>
        <source>The report was saved as
{path}

The file is not encrypted: keep it safe and delete it when it is no longer needed.</source>
        <translation>Der Bericht wurde gespeichert als
{path}

Die Datei ist nicht verschlüsselt: Bewahren Sie sie sicher auf und löschen Sie sie, wenn sie nicht mehr gebraucht wird.</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Bericht speichern</translation>
    </message>
    <message>
        <source>Writing the report …</source>
        <translation>Der Bericht wird geschrieben …</translation>
    </message>
    <message>
        <source>Saved: {path}</source>
        <translation>Gespeichert: {path}</translation>
    </message>
    <message>
        <source>Report saved</source>
        <translation>Bericht gespeichert</translation>
    </message>
    <message>
        <source>Open &amp;file</source>
        <translation>&amp;Datei öffnen</translation>
    </message>
    <message>
        <source>Open f&amp;older</source>
        <translation>&amp;Ordner öffnen</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <source>Reset the password of {name}</source>
        <translation>Passwort von {name} zurücksetzen</translation>
    </message>
    <message>
        <source>{name} is active again. Deactivating removed the account&apos;s key to the database, so {name} can log in only after you set a new password.</source>
        <translation>{name} ist wieder aktiv. Beim Deaktivieren wurde der Schlüssel des Kontos zur Datenbank entfernt; {name} kann sich erst anmelden, wenn Sie ein neues Passwort setzen.</translation>
    </message>
    <message>
        <source>Give the temporary password to {name} in person. At the next login Lotse asks for a new one.</source>
        <translation>Geben Sie {name} das vorläufige Passwort persönlich. Bei der nächsten Anmeldung fragt Lotse nach einem neuen.</translation>
    </message>
    <message>
        <source>&amp;Temporary password:</source>
        <translation>&amp;Vorläufiges Passwort:</translation>
    </message>
    <message>
        <source>Re&amp;peat password:</source>
        <translation>Passwort &amp;wiederholen:</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>All rows are imported together, or none.</source>
        <translation>Alle Zeilen werden gemeinsam importiert – oder keine.</translation>
    </message>
    <message>
        <source>Importing …</source>
        <translation>Wird importiert …</translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was changed.</source>
        <translation>Der Import wurde abgebrochen. Es wurde nichts verändert.</translation>
    </message>
    <message>
        <source>The import found problems and changed nothing.</source>
        <translation>Der Import hat Probleme gefunden und nichts verändert.</translation>
    </message>
    <message>
        <source>Imported: {created} created, {updated} updated, {unchanged} unchanged.</source>
        <translation>Importiert: {created} neu angelegt, {updated} aktualisiert, {unchanged} unverändert.</translation>
    </message>
</context>
<context>
    <name>ServerPage</name>
    <message>
        <source>The database server</source>
        <translation>Der Datenbankserver</translation>
    </message>
    <message>
        <source>Enter what the person who set up the server gave you. Lotse connects now to check it.</source>
        <translation>Geben Sie die Angaben ein, die Sie von der Person erhalten haben, die den Server eingerichtet hat. Lotse stellt gleich eine Verbindung her, um sie zu prüfen.</translation>
    </message>
    <message>
        <source>e.g. server.local or 192.168.1.10</source>
        <translation>z. B. server.local oder 192.168.1.10</translation>
    </message>
    <message>
        <source>e.g. lotse</source>
        <translation>z. B. lotse</translation>
    </message>
    <message>
        <source>Encrypted connection (&amp;TLS) required</source>
        <translation>Verschlüsselte Verbindung (&amp;TLS) erforderlich</translation>
    </message>
    <message>
        <source>Untick only for a server on this computer: otherwise the data would cross the network readable.</source>
        <translation>Nur bei einem Server auf diesem Computer abwählen: Sonst würden die Daten lesbar über das Netzwerk übertragen.</translation>
    </message>
    <message>
        <source>Remember the password on this computer (in the system&apos;s credential store)</source>
        <translation>Passwort auf diesem Computer merken (im Anmeldeinformationsspeicher des Systems)</translation>
    </message>
    <message>
        <source>Ser&amp;ver:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>&amp;Konto:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Password: enter the server password.</source>
        <translation>Passwort: Geben Sie das Serverpasswort ein.</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <source>New session – {course}</source>
        <translation>Neuer Termin – {course}</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>S&amp;tart time:</source>
        <translation>&amp;Beginn:</translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation>D&amp;auer:</translation>
    </message>
    <message>
        <source>Repeat &amp;weekly until the course&apos;s last day</source>
        <translation>&amp;Wöchentlich bis zum letzten Kurstag wiederholen</translation>
    </message>
    <message>
        <source>The course runs from {start} to {end}.</source>
        <translation>Der Kurs läuft vom {start} bis zum {end}.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projekte</translation>
    </message>
    <message>
        <source>Lists</source>
        <translation>Listen</translation>
    </message>
    <message>
        <source>Consents and partners</source>
        <translation>Einwilligungen und Partner</translation>
    </message>
    <message>
        <source>User accounts</source>
        <translation>Benutzerkonten</translation>
    </message>
    <message>
        <source>Data protection</source>
        <translation>Datenschutz</translation>
    </message>
</context>
<context>
    <name>SixMonthDialog</name>
    <message>
        <source>Six months after exit – {project}</source>
        <translation>Sechs Monate nach Austritt – {project}</translation>
    </message>
    <message>
        <source>Exit on {date}; follow-up due on {due}.</source>
        <translation>Austritt am {date}; Nachbefragung fällig am {due}.</translation>
    </message>
    <message>
        <source>&amp;Employed or self-employed:</source>
        <translation>&amp;Erwerbstätig oder selbstständig:</translation>
    </message>
    <message>
        <source>Situation on the labour market &amp;improved:</source>
        <translation>Situation auf dem Arbeitsmarkt &amp;verbessert:</translation>
    </message>
    <message>
        <source>Whether the situation improved is only asked of people who were employed at entry.</source>
        <translation>Ob sich die Situation verbessert hat, wird nur bei Personen erfragt, die bei Eintritt erwerbstätig waren.</translation>
    </message>
</context>
<context>
    <name>SourcePage</name>
    <message>
        <source>What do you want to import?</source>
        <translation>Was möchten Sie importieren?</translation>
    </message>
    <message>
        <source>Lotse reads Excel (.xlsx, .xls), LibreOffice (.ods) and text files (.csv, Excel&apos;s Unicode text) separated by semicolons, commas or tabs.</source>
        <translation>Lotse liest Excel (.xlsx, .xls), LibreOffice (.ods) und Textdateien (.csv, „Unicode-Text“ aus Excel), getrennt durch Semikolon, Komma oder Tabulator.</translation>
    </message>
    <message>
        <source>Participants (Teilnehmende)</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <source>Consultations (Beratungen)</source>
        <translation>Beratungen</translation>
    </message>
    <message>
        <source>Volunteers (Ehrenamtliche)</source>
        <translation>Ehrenamtliche</translation>
    </message>
    <message>
        <source>Volunteer hours (Ehrenamtsstunden)</source>
        <translation>Ehrenamtsstunden</translation>
    </message>
    <message>
        <source>Choose a file …</source>
        <translation>Datei wählen …</translation>
    </message>
    <message>
        <source>B&amp;rowse …</source>
        <translation>&amp;Durchsuchen …</translation>
    </message>
    <message>
        <source>Save an empty &amp;template …</source>
        <translation>Leere &amp;Vorlage speichern …</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>Da&amp;tei:</translation>
    </message>
    <message>
        <source>Choose a sheet</source>
        <translation>Tabelle wählen</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.xls *.ods *.csv *.txt)</source>
        <translation>Tabellen (*.xlsx *.xls *.ods *.csv *.txt)</translation>
    </message>
    <message>
        <source>Save template</source>
        <translation>Vorlage speichern</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-Arbeitsmappe (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message numerus="yes">
        <source>{project}: %n question(s) not asked</source>
        <translation>
            <numerusform>{project}: %n Frage nicht erfragt</numerusform>
            <numerusform>{project}: %n Fragen nicht erfragt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SupportedOrganisationDialog</name>
    <message>
        <source>Supported organisation</source>
        <translation>Unterstützte Einrichtung</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>&amp;Supported on:</source>
        <translation>&amp;Unterstützt am:</translation>
    </message>
    <message>
        <source>&amp;Remarks:</source>
        <translation>&amp;Bemerkungen:</translation>
    </message>
    <message>
        <source>&amp;OK</source>
        <translation>&amp;OK</translation>
    </message>
    <message>
        <source>Supported on</source>
        <translation>Unterstützt am</translation>
    </message>
</context>
<context>
    <name>SupportedOrganisationsTab</name>
    <message>
        <source>Public administrations and small and medium-sized enterprises the project supported. The ESF report counts them by the date of support.</source>
        <translation>Öffentliche Verwaltungen sowie kleine und mittlere Unternehmen, die das Projekt unterstützt hat. Der ESF-Bericht zählt sie nach dem Datum der Unterstützung.</translation>
    </message>
    <message>
        <source>No organisations yet – add one with “Add organisation”.</source>
        <translation>Noch keine Einrichtungen – mit „Einrichtung hinzufügen“ anlegen.</translation>
    </message>
    <message>
        <source>Supported organisations</source>
        <translation>Unterstützte Einrichtungen</translation>
    </message>
    <message>
        <source>&amp;Add organisation</source>
        <translation>Einrichtung &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Re&amp;move entry</source>
        <translation>Eintrag ent&amp;fernen</translation>
    </message>
    <message>
        <source>Supported on</source>
        <translation>Unterstützt am</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>Bemerkungen</translation>
    </message>
    <message>
        <source>Remove entry</source>
        <translation>Eintrag entfernen</translation>
    </message>
    <message>
        <source>Remove {name} from the register?</source>
        <translation>{name} aus dem Verzeichnis entfernen?</translation>
    </message>
</context>
<context>
    <name>TandemDialog</name>
    <message>
        <source>New tandem</source>
        <translation>Neues Tandem</translation>
    </message>
    <message>
        <source>Case number or name</source>
        <translation>Fallnummer oder Name</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>Su&amp;chen</translation>
    </message>
    <message>
        <source>e.g. prepare for the driving test</source>
        <translation>z. B. auf die Führerscheinprüfung vorbereiten</translation>
    </message>
    <message>
        <source>Partici&amp;pant:</source>
        <translation>Teil&amp;nehmer*in:</translation>
    </message>
    <message>
        <source>&amp;Mentor:</source>
        <translation>&amp;Mentor*in:</translation>
    </message>
    <message>
        <source>Find partic&amp;ipant:</source>
        <translation>&amp;Teilnehmende*n suchen:</translation>
    </message>
    <message>
        <source>S&amp;tart:</source>
        <translation>Be&amp;ginn:</translation>
    </message>
    <message>
        <source>M&amp;eetings:</source>
        <translation>T&amp;reffen:</translation>
    </message>
    <message>
        <source>Goals:</source>
        <translation>Ziele:</translation>
    </message>
    <message>
        <source>Further &amp;goals:</source>
        <translation>&amp;Weitere Ziele:</translation>
    </message>
    <message>
        <source>{case} (born {year})</source>
        <translation>{case} (geb. {year})</translation>
    </message>
    <message>
        <source>No case matches “{text}”.</source>
        <translation>Kein Fall passt zu „{text}“.</translation>
    </message>
    <message>
        <source>speaks {languages}</source>
        <translation>spricht {languages}</translation>
    </message>
    <message>
        <source>same town</source>
        <translation>gleicher Ort</translation>
    </message>
    <message>
        <source>Only active volunteers with a valid police clearance (and the club&apos;s training, where the club requires it) are offered; shared languages first, then the same town.</source>
        <translation>Angeboten werden nur aktive Ehrenamtliche mit gültigem Führungszeugnis (und der Schulung des Vereins, wo der Verein sie verlangt); gemeinsame Sprachen zuerst, dann derselbe Ort.</translation>
    </message>
    <message>
        <source>No active volunteer has a valid police clearance (and the club&apos;s training, where the club requires it).</source>
        <translation>Keine aktive Person im Ehrenamt hat ein gültiges Führungszeugnis (und die Schulung des Vereins, wo der Verein sie verlangt).</translation>
    </message>
    <message>
        <source>Participant: find and choose a case.</source>
        <translation>Teilnehmer*in: Suchen und wählen Sie einen Fall.</translation>
    </message>
    <message>
        <source>Mentor: choose a volunteer.</source>
        <translation>Mentor*in: Wählen Sie eine ehrenamtliche Person.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
</context>
<context>
    <name>TandemStatusDialog</name>
    <message>
        <source>Agreed goals reached?</source>
        <translation>Vereinbarte Ziele erreicht?</translation>
    </message>
    <message>
        <source>reached</source>
        <translation>erreicht</translation>
    </message>
    <message>
        <source>not reached</source>
        <translation>nicht erreicht</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>Sta&amp;tus:</translation>
    </message>
    <message>
        <source>&amp;Ended on:</source>
        <translation>&amp;Beendet am:</translation>
    </message>
    <message>
        <source>End &amp;reason:</source>
        <translation>End&amp;grund:</translation>
    </message>
    <message>
        <source>Ended on</source>
        <translation>Beendet am</translation>
    </message>
</context>
<context>
    <name>TandemTab</name>
    <message>
        <source>No mentoring tandem yet – match a mentor with “New tandem”.</source>
        <translation>Noch kein Tandem – mit „Neues Tandem“ eine Mentorin oder einen Mentor vermitteln.</translation>
    </message>
    <message>
        <source>No mentoring tandem. Volunteer coordinators match tandems in the Volunteering section.</source>
        <translation>Kein Tandem. Tandems stellt die Ehrenamtskoordination im Bereich Ehrenamt zusammen.</translation>
    </message>
    <message>
        <source>Tandems</source>
        <translation>Tandems</translation>
    </message>
    <message>
        <source>New &amp;tandem …</source>
        <translation>Neues &amp;Tandem …</translation>
    </message>
</context>
<context>
    <name>TandemsModel</name>
    <message>
        <source>Mentor</source>
        <translation>Mentor*in</translation>
    </message>
    <message>
        <source>Mentee</source>
        <translation>Mentee</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Treffen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Hours given</source>
        <translation>Geleistete Stunden</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>{status} on {date}</source>
        <translation>{status} am {date}</translation>
    </message>
</context>
<context>
    <name>TandemsTab</name>
    <message>
        <source>No tandems yet – match a mentor with “New tandem”.</source>
        <translation>Noch keine Tandems – mit „Neues Tandem“ vermitteln.</translation>
    </message>
    <message>
        <source>Tandems</source>
        <translation>Tandems</translation>
    </message>
    <message>
        <source>New &amp;tandem …</source>
        <translation>Neues &amp;Tandem …</translation>
    </message>
    <message>
        <source>&amp;Agreement as PDF …</source>
        <translation>&amp;Vereinbarung als PDF …</translation>
    </message>
    <message>
        <source>Change &amp;status …</source>
        <translation>Status ä&amp;ndern …</translation>
    </message>
    <message>
        <source>Doc&amp;uments …</source>
        <translation>Dok&amp;umente …</translation>
    </message>
    <message>
        <source>Choose a tandem in the list first.</source>
        <translation>Wählen Sie zuerst ein Tandem in der Liste.</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <source>Documents of the tandem {mentor} – {mentee}</source>
        <translation>Dokumente des Tandems {mentor} – {mentee}</translation>
    </message>
    <message>
        <source>Tandem status</source>
        <translation>Tandem-Status</translation>
    </message>
    <message>
        <source>Tandem agreement</source>
        <translation>Tandemvereinbarung</translation>
    </message>
    <message>
        <source>Save tandem agreement – the file will not be encrypted</source>
        <translation>Tandemvereinbarung speichern – die Datei wird nicht verschlüsselt</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
</context>
<context>
    <name>Task</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>TimesheetDialog</name>
    <message>
        <source>Timesheets (Stundennachweise)</source>
        <translation>Stundennachweise</translation>
    </message>
    <message>
        <source>All volunteers with approved hours</source>
        <translation>Alle Ehrenamtlichen mit freigegebenen Stunden</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>&amp;Monat:</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Jahr:</translation>
    </message>
    <message>
        <source>C&amp;hoose …</source>
        <translation>&amp;Auswählen …</translation>
    </message>
    <message>
        <source>&amp;Volunteer:</source>
        <translation>&amp;Ehrenamtliche*r:</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Zeitraum:</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Ordner:</translation>
    </message>
    <message>
        <source>Folder for the timesheets – the files will not be encrypted</source>
        <translation>Ordner für die Stundennachweise – die Dateien werden nicht verschlüsselt</translation>
    </message>
    <message>
        <source>Folder: choose where the timesheets are saved.</source>
        <translation>Ordner: Wählen Sie, wo die Stundennachweise gespeichert werden.</translation>
    </message>
    <message>
        <source>Writing timesheets …</source>
        <translation>Stundennachweise werden geschrieben …</translation>
    </message>
    <message>
        <source>No volunteer has approved hours in this period; nothing was written.</source>
        <translation>In diesem Zeitraum hat niemand freigegebene Stunden; es wurde nichts geschrieben.</translation>
    </message>
    <message numerus="yes">
        <source>%n timesheet(s) saved in
{folder}</source>
        <translation>
            <numerusform>%n Stundennachweis gespeichert in
{folder}</numerusform>
            <numerusform>%n Stundennachweise gespeichert in
{folder}</numerusform>
        </translation>
    </message>
    <message>
        <source>Open f&amp;older</source>
        <translation>Ordner ö&amp;ffnen</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Lotse is locked</source>
        <translation>Lotse ist gesperrt</translation>
    </message>
    <message>
        <source>Lotse was not used for a while and locked itself. Your unsaved input is kept. Enter the password of {name} to continue.</source>
        <translation>Lotse wurde eine Weile nicht benutzt und hat sich gesperrt. Ihre ungespeicherten Eingaben bleiben erhalten. Geben Sie das Passwort von {name} ein, um weiterzuarbeiten.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Entsperren</translation>
    </message>
    <message>
        <source>Log &amp;out</source>
        <translation>&amp;Abmelden</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <source>User {name}</source>
        <translation>Benutzer*in {name}</translation>
    </message>
    <message>
        <source>New user</source>
        <translation>Neue*r Benutzer*in</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— keine —</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Vollständiger Name:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <source>&amp;Volunteer record:</source>
        <translation>&amp;Ehrenamtlichen-Eintrag:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Re&amp;peat password:</source>
        <translation>Passwort &amp;wiederholen:</translation>
    </message>
    <message>
        <source>The new user chooses an own password at the first login.</source>
        <translation>Die neue Person wählt bei der ersten Anmeldung ein eigenes Passwort.</translation>
    </message>
    <message>
        <source>Role: please choose what the person does in the club.</source>
        <translation>Rolle: bitte wählen, was die Person im Verein tut.</translation>
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
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Volunteer record</source>
        <translation>Ehrenamtlichen-Eintrag</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation>deaktiviert</translation>
    </message>
    <message>
        <source>active, cannot log in until an administrator sets a new password</source>
        <translation>aktiv, Anmeldung erst nach einem neuen Passwort der Administration</translation>
    </message>
    <message>
        <source>waiting after wrong passwords until {time}</source>
        <translation>gesperrt nach falschen Passwörtern bis {time}</translation>
    </message>
    <message>
        <source>active, must change the password</source>
        <translation>aktiv, muss das Passwort ändern</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>Last login</source>
        <translation>Letzte Anmeldung</translation>
    </message>
</context>
<context>
    <name>Users</name>
    <message>
        <source>Repeat password: the two passwords are not the same.</source>
        <translation>Passwort wiederholen: die beiden Passwörter sind nicht gleich.</translation>
    </message>
</context>
<context>
    <name>UsersTab</name>
    <message>
        <source>User accounts</source>
        <translation>Benutzerkonten</translation>
    </message>
    <message>
        <source>&amp;New user</source>
        <translation>&amp;Neue*r Benutzer*in</translation>
    </message>
    <message>
        <source>&amp;Edit user</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>Reset &amp;password</source>
        <translation>&amp;Passwort zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;Deactivate / reactivate</source>
        <translation>Dea&amp;ktivieren / aktivieren</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Entsperren</translation>
    </message>
    <message>
        <source>Choose a user in the list first.</source>
        <translation>Bitte zuerst eine Person in der Liste wählen.</translation>
    </message>
    <message>
        <source>The user was added and chooses an own password at first login.</source>
        <translation>Die Person wurde angelegt und wählt bei der ersten Anmeldung ein eigenes Passwort.</translation>
    </message>
    <message>
        <source>Saved. Changes apply from the user&apos;s next action.</source>
        <translation>Gespeichert. Die Änderung gilt ab der nächsten Aktion der Person.</translation>
    </message>
    <message>
        <source>{name} must choose a new password at the next login.</source>
        <translation>{name} muss bei der nächsten Anmeldung ein neues Passwort wählen.</translation>
    </message>
    <message>
        <source>{name} is deactivated and stopped at the next action. Reactivating the account needs a new password.</source>
        <translation>{name} ist deaktiviert und wird bei der nächsten Aktion gestoppt. Zum Reaktivieren braucht das Konto ein neues Passwort.</translation>
    </message>
    <message>
        <source>{name} can log in again.</source>
        <translation>{name} kann sich wieder anmelden.</translation>
    </message>
    <message>
        <source>{name} is active again but cannot log in until a new password is set: choose “Reset password”.</source>
        <translation>{name} ist wieder aktiv, kann sich aber erst nach einem neuen Passwort anmelden: „Passwort zurücksetzen“ wählen.</translation>
    </message>
    <message>
        <source>{name} can log in again now.</source>
        <translation>{name} kann sich jetzt wieder anmelden.</translation>
    </message>
</context>
<context>
    <name>VolunteerDialog</name>
    <message>
        <source>Edit volunteer {number}</source>
        <translation>Ehrenamtliche*n {number} bearbeiten</translation>
    </message>
    <message>
        <source>New volunteer</source>
        <translation>Neue*r Ehrenamtliche*r</translation>
    </message>
    <message>
        <source>e.g. Deutsch; Arabisch</source>
        <translation>z. B. Deutsch; Arabisch</translation>
    </message>
    <message>
        <source>&amp;First name *:</source>
        <translation>&amp;Vorname *:</translation>
    </message>
    <message>
        <source>&amp;Last name *:</source>
        <translation>&amp;Nachname *:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation>&amp;Ort:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>St&amp;atus:</translation>
    </message>
    <message>
        <source>Issue date of t&amp;he certificate:</source>
        <translation>Ausstellungsdatum des &amp;Zeugnisses:</translation>
    </message>
    <message>
        <source>Agreement si&amp;gned on:</source>
        <translation>Vereinbarung unterschrie&amp;ben am:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Region:</translation>
    </message>
    <message>
        <source>no relevant entry</source>
        <translation>keine einschlägige Eintragung</translation>
    </message>
    <message>
        <source>relevant entry</source>
        <translation>einschlägige Eintragung</translation>
    </message>
    <message>
        <source>Lang&amp;uages:</source>
        <translation>S&amp;prachen:</translation>
    </message>
    <message>
        <source>S&amp;kills and profession:</source>
        <translation>&amp;Kenntnisse und Beruf:</translation>
    </message>
    <message>
        <source>&amp;Availability:</source>
        <translation>Verfü&amp;gbarkeit:</translation>
    </message>
    <message>
        <source>&amp;Joined on:</source>
        <translation>E&amp;intritt am:</translation>
    </message>
    <message>
        <source>Left o&amp;n:</source>
        <translation>Austritt a&amp;m:</translation>
    </message>
    <message>
        <source>Police &amp;clearance seen on:</source>
        <translation>&amp;Führungszeugnis vorgelegt am:</translation>
    </message>
    <message>
        <source>Rele&amp;vant entry (§ 72a SGB VIII):</source>
        <translation>Einsch&amp;lägige Eintragung (§ 72a SGB VIII):</translation>
    </message>
    <message>
        <source>&amp;Training on:</source>
        <translation>Sch&amp;ulung am:</translation>
    </message>
    <message>
        <source>Joined on</source>
        <translation>Eintritt am</translation>
    </message>
    <message>
        <source>Police clearance seen on</source>
        <translation>Führungszeugnis vorgelegt am</translation>
    </message>
    <message>
        <source>Certificate issued on</source>
        <translation>Zeugnis ausgestellt am</translation>
    </message>
    <message>
        <source>Left on</source>
        <translation>Austritt am</translation>
    </message>
    <message>
        <source>Training on</source>
        <translation>Schulung am</translation>
    </message>
    <message>
        <source>Agreement signed on</source>
        <translation>Vereinbarung unterschrieben am</translation>
    </message>
</context>
<context>
    <name>VolunteerStartPage</name>
    <message>
        <source>&amp;Enter my hours …</source>
        <translation>Meine Stunden &amp;eintragen …</translation>
    </message>
    <message>
        <source>My &amp;week …</source>
        <translation>Meine &amp;Woche …</translation>
    </message>
    <message>
        <source>My tandems</source>
        <translation>Meine Tandems</translation>
    </message>
    <message>
        <source>Police clearance and training</source>
        <translation>Führungszeugnis und Schulung</translation>
    </message>
    <message>
        <source>Your login is not yet linked to your volunteer record, so Lotse cannot show your hours. Please ask your administrator to link it (Settings → User accounts).</source>
        <translation>Ihr Zugang ist noch nicht mit Ihrem Ehrenamtsprofil verbunden, deshalb kann Lotse Ihre Stunden nicht zeigen. Bitte bitten Sie die Administration, ihn zu verbinden (Einstellungen → Benutzerkonten).</translation>
    </message>
    <message>
        <source>Hello, {name}</source>
        <translation>Hallo, {name}</translation>
    </message>
    <message>
        <source>hours this month</source>
        <translation>Stunden in diesem Monat</translation>
    </message>
    <message>
        <source>hours waiting for approval</source>
        <translation>Stunden warten auf Freigabe</translation>
    </message>
    <message>
        <source>approved hours this year</source>
        <translation>freigegebene Stunden in diesem Jahr</translation>
    </message>
    <message>
        <source>You have no active tandem at the moment.</source>
        <translation>Sie haben im Moment kein aktives Tandem.</translation>
    </message>
    <message>
        <source>last met on {date}</source>
        <translation>zuletzt getroffen am {date}</translation>
    </message>
    <message>
        <source>no meeting recorded yet</source>
        <translation>noch kein Treffen eingetragen</translation>
    </message>
    <message>
        <source>next meeting due by {date}</source>
        <translation>nächstes Treffen fällig bis {date}</translation>
    </message>
    <message>
        <source>No police clearance has been seen yet. Please bring it to your coordinator.</source>
        <translation>Es wurde noch kein Führungszeugnis eingesehen. Bitte bringen Sie es zur Koordination.</translation>
    </message>
    <message>
        <source>Police clearance seen on {seen}; a new one was due on {due}. Please bring a current one.</source>
        <translation>Führungszeugnis eingesehen am {seen}; ein neues war am {due} fällig. Bitte bringen Sie ein aktuelles mit.</translation>
    </message>
    <message>
        <source>Police clearance seen on {seen}, valid until {due}.</source>
        <translation>Führungszeugnis eingesehen am {seen}, gültig bis {due}.</translation>
    </message>
    <message>
        <source>Training attended on {date}.</source>
        <translation>Schulung besucht am {date}.</translation>
    </message>
    <message>
        <source>No training recorded yet; your coordinator will tell you the dates.</source>
        <translation>Noch keine Schulung eingetragen; die Koordination nennt Ihnen die Termine.</translation>
    </message>
</context>
<context>
    <name>VolunteersPage</name>
    <message>
        <source>Volunteering</source>
        <translation>Ehrenamt</translation>
    </message>
    <message>
        <source>Registry</source>
        <translation>Verzeichnis</translation>
    </message>
    <message>
        <source>Tandems</source>
        <translation>Tandems</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Veranstaltungen</translation>
    </message>
    <message>
        <source>Allowances</source>
        <translation>Aufwandsentschädigungen</translation>
    </message>
    <message>
        <source>My hours</source>
        <translation>Meine Stunden</translation>
    </message>
    <message numerus="yes">
        <source>Hours to approve (%n)</source>
        <translation>
            <numerusform>Freizugebende Stunden (%n)</numerusform>
            <numerusform>Freizugebende Stunden (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WeekDialog</name>
    <message>
        <source>Hours for a week</source>
        <translation>Stunden einer Woche</translation>
    </message>
    <message>
        <source>Previous week</source>
        <translation>Vorige Woche</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>Nächste Woche</translation>
    </message>
    <message>
        <source>&amp;Volunteer:</source>
        <translation>&amp;Ehrenamtliche*r:</translation>
    </message>
    <message>
        <source>Week:</source>
        <translation>Woche:</translation>
    </message>
    <message>
        <source>&amp;Activity:</source>
        <translation>&amp;Tätigkeit:</translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation>&amp;Projekt:</translation>
    </message>
    <message>
        <source>Week {number}: {first} – {last}</source>
        <translation>KW {number}: {first} – {last}</translation>
    </message>
    <message>
        <source>Hours on {day}</source>
        <translation>Stunden am {day}</translation>
    </message>
    <message>
        <source>{hours} h recorded</source>
        <translation>{hours} h erfasst</translation>
    </message>
</context>
<context>
    <name>WeekModel</name>
    <message>
        <source>Mon</source>
        <translation>Mo</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>Di</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>Mi</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>Do</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>Fr</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>Sa</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>So</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to Lotse</source>
        <translation>Willkommen bei Lotse</translation>
    </message>
    <message>
        <source>A few short steps and your club can start working.</source>
        <translation>Wenige kurze Schritte, dann kann Ihr Verein loslegen.</translation>
    </message>
    <message>
        <source>Lotse keeps your case files, consultation notes, volunteers and funder statistics in one file on this computer. No internet connection is needed and no data leaves the computer.

Next you choose where the data is kept and enter your organisation, the first administrator account and your first funded project. Everything can be changed later.</source>
        <translation>Lotse speichert Fallakten, Beratungsnotizen, Ehrenamtliche und Förderstatistiken in einer Datei auf diesem Computer. Eine Internetverbindung ist nicht nötig, und keine Daten verlassen den Computer.

Als Nächstes wählen Sie, wo die Daten liegen, und geben Ihre Organisation, das erste Administrationskonto und Ihr erstes Förderprojekt ein. Alles lässt sich später ändern.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>&amp;Language / Sprache:</source>
        <translation>&amp;Sprache / Language:</translation>
    </message>
</context>
<context>
    <name>WithdrawDialog</name>
    <message>
        <source>Withdraw consent</source>
        <translation>Einwilligung widerrufen</translation>
    </message>
    <message>
        <source>“{what}”, given on {date}. From the day of the withdrawal on, the processing it covered stops (a partner&apos;s export leaves the person out).</source>
        <translation>„{what}“, erteilt am {date}. Ab dem Tag des Widerrufs endet die Verarbeitung, die sie erlaubte (der Export für einen Partner lässt die Person weg).</translation>
    </message>
    <message>
        <source>&amp;Withdrawn on:</source>
        <translation>&amp;Widerrufen am:</translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation>Widerrufen am</translation>
    </message>
</context>
</TS>
