<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tr" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Lotse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Lotse {version}&lt;/h3&gt;&lt;p&gt;Case files, consultations, volunteers and funder statistics for small migrant organisations and volunteer clubs – offline, in one file.&lt;/p&gt;&lt;p&gt;Database: &lt;br/&gt;&lt;code&gt;{path}&lt;/code&gt;&lt;/p&gt;&lt;p&gt;Qt {qt}, PySide6 {pyside}, Python {python}&lt;/p&gt;&lt;p&gt;Lotse is free software under the GNU General Public License, version 3 or later. It comes with ABSOLUTELY NO WARRANTY. It uses the packages listed under “Third-party licences”, each under its own licence.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The licence text is missing from this installation: GNU General Public License, version 3 or later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Third-party licences</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddDocumentDialog</name>
    <message>
        <source>Add document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the scanned or saved file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hoose …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. ESF entry questionnaire, signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to {size} MB. The file is kept encrypted in the database; the original stays where it is (delete it there if it should not remain on this computer). Do not keep copies of police clearance certificates: only their facts may be recorded (§ 72a SGB VIII).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date of the document:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.docx *.odt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the document</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <source>Administrator account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The administrator manages users, projects and settings. Choose a password of at least eight characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Amira Haddad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. amira</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repea&amp;t password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat password: the two passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AllowanceSummary</name>
    <message>
        <source>Allowances {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record &amp;declaration of other clubs …</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Allowances</name>
    <message>
        <source>{kind}: {received} received; no tax-free cap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind} {year}: {received} received (of it {other} declared from other clubs), tax-free cap {cap}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{taxable} above the cap are taxable income of the volunteer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{room} can still be paid tax-free.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AllowancesModel</name>
    <message>
        <source>Paid on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received this year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax-free cap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taxable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work compensated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no cap</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AllowancesTab</name>
    <message>
        <source>Year </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record &amp;payment …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Declaration of other clubs …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No payments yet – record one with “Record payment”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowances</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppointmentDialog</name>
    <message>
        <source>Appointment – {whom}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 2026-0042; empty: no case file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>office hours, or whom it is for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Advisor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ime:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Case number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name (no case file):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Su&amp;bject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record as c&amp;onsultation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Letter …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;elete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the appointment on {date} at {time}?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppointmentList</name>
    <message>
        <source>My appointments today and tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No appointments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Appointments</name>
    <message>
        <source>Open slot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record as consultation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppointmentsPage</name>
    <message>
        <source>Appointments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All advisors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Advisor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;This week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ne&amp;xt week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New appointment …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No appointments on this day – double-click a free time in the week to book one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointments of the day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record as c&amp;onsultation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Letter …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open c&amp;ase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week of {first} to {last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointments on {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record as consultation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an appointment in the day&apos;s list first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApprovalsModel</name>
    <message>
        <source>Volunteer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApprovalsTab</name>
    <message>
        <source>No hours are waiting for approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours to approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Approve selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reject selected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttendanceDelegate</name>
    <message>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— not ticked —</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttendanceModel</name>
    <message>
        <source>Hours attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{date}, {time}, {hours} h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not ticked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Audit</name>
    <message>
        <source>case file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>consultation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>project participation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recognition procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>placement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>volunteer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>volunteer hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tandem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>allowance payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>allowance declaration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timesheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>course participation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exit reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>supported organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>referral service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partner organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>club languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>participants sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>consultations sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>volunteers sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hours sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>logged in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>logged out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>viewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditViewer</name>
    <message>
        <source>Audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 2026-0042</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Case number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{shown} of {total} events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{total} events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} events were written to {path}. The file is not encrypted: keep it safe and delete it when it is no longer needed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message>
        <source>Create &amp;backup …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore backup …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lotse backup (*.lotsebackup)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating and verifying the backup …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was written and verified:
{path}

It is encrypted: a password of this database or the recovery key opens it. Keep a copy outside this computer (USB stick, network drive).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the current database with the backup {name}? Everything entered since the backup was made is replaced; the current database is kept as a backup in the folder backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your password (it opens backups made under other keys):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifying and restoring the backup …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was restored. The database as it was before is kept in
{path}

Please log in again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Busy</name>
    <message>
        <source>Lotse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another process is writing to the database right now (an import, a backup or another Lotse). Nothing was changed yet.

Wait for it again?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseCoursesModel</name>
    <message>
        <source>Course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{attended} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseFileWindow</name>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New c&amp;onsultation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close c&amp;ase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge a second case file of the same person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a&amp;ppointment …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Book an appointment with this person (and print the letter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right of access (Art. &amp;15) …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything Lotse holds about this person, as PDF and JSON (Art. 15 GDPR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;lete …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase the person&apos;s data on request (Art. 17 GDPR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;More actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice handed over &amp;today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consultations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recognition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tandem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Courses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case {case} – {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{age} years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advisor: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Art. 13 GDPR information notice has not been recorded as handed over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consultation – {name} ({case})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit consultation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person took up work. Record the placement now (employer, sector, start, contract)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is the case reopened?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for the access files – they are not encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collecting everything about the person …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right of access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written: {files}. The files are not encrypted: hand them to the person and delete them afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseFormDialog</name>
    <message>
        <source>Edit case {case}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty when living in Germany</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Syrien; Deutschland or SY; DE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Arabisch; Kurdisch or ar; ku</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country of school qualification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country of vocational qualification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First name *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Last name *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Gender *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of &amp;birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stree&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post&amp;code / city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Living abroa&amp;d in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Background and qualifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Nationalities:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lang&amp;uages:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country of b&amp;irth:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Residence status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Year of arrival:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sc&amp;hool qualification:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Vocational qualification:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference &amp;occupation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regulated profession:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recognition status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Knowledge of German:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found us via:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Advisor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;marks:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>country obtained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possibly already recorded: {cases}. Please check before saving.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <source>Case no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nationalities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CasesPage</name>
    <message>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search name, case number or phone (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All advisors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ESF data incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New case</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No case matches the search and filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cases yet – add one with “New case” or import a sheet (File → Import spreadsheet).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An administrator has set a temporary password for you. Please choose your own password now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;peat new password:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lotse reads the whole file and changes nothing yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save list …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the file …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check was cancelled. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The file has %n problem(s). Nothing was imported. Correct the file and start again.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Everything is in order. The import will create {created}, update {updated} and leave {unchanged} unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignored columns: {columns}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of ESF projects have entry questions left empty. They are imported as not yet asked and listed as missing until answered.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Lotse corrected %n cell(s) in an obvious way; the list below shows how.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CloseCaseDialog</name>
    <message>
        <source>Close case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing &amp;date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit from {project}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close &amp;case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Conflict</name>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}
    saved now: {saved}
    yours: {yours}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed in the meantime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep the saved version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back to the form</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsentModel</name>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pass contact data to {partner}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsentsPartnersTab</name>
    <message>
        <source>Consents asked at first contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A consent to pass contact data is asked for each active partner below. The texts of the forms are in the notice templates (see the manual).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No partners yet – add one with “New partner”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;partner …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit p&amp;artner …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport contact data …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The people who consented to passing their contact data to this partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data protection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a partner in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact data for {partner} – not encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written to {path}. Only people whose consent for this partner is recorded and not withdrawn are in it. The file is not encrypted: send it safely and delete it afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsentsTab</name>
    <message>
        <source>No consent and no information notice recorded yet – choose the kind below and “Record”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pass contact data to {partner}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— how given —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Withdraw …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print &amp;notice …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print consent &amp;form …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a consent in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsultationDialog</name>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Interpreter needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was discussed, what was agreed, next steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a &amp;follow-up on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;orm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Topics:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Referred to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymous short contact: counts in the counselling statistics, not in ESF. Do not write names into the note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct consultation – {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsultationTableModel</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{language} (interpreter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Consultations</name>
    <message>
        <source>Follow-up from the consultation on {date}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsultationsPage</name>
    <message>
        <source>Consultations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All advisors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All forms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only anonymous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Anonymous short contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No consultations in this period. Open a case and write one with “New consultation”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n consultation(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConsultationsTab</name>
    <message>
        <source>Consultations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New consultation …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coming appointments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No appointments planned – book one with “Make appointment”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make appointment …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record appointment as consultation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No consultations yet – write the first with “New consultation”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{language}, with interpreter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topics:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete consultation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The consultation and its note are deleted for good. Why is it deleted (e.g. entered in the wrong case)?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CourseDialog</name>
    <message>
        <source>Edit course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. German B1 evening course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>who runs it, e.g. our club or a language school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— no project —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;rovider:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Last day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&amp;ocation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;emarks:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours attended in a course of a project count towards the project&apos;s minimum support of the ESF statistics.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoursesModel</name>
    <message>
        <source>Course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next session</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoursesPage</name>
    <message>
        <source>Courses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language courses, qualifications and trainings: who takes part, attendance per session, lists to sign and certificates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New course …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit course …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No courses yet – add one with “New course”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space: next state · 1 present · 2 excused · 3 absent · Del: clear · F2: choose from the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a name to open the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;session …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrol &amp;participant …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove par&amp;ticipant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Attendance list (PDF) …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Certificates (PDF) …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list to sign for the session of the current column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the selected participants; issued today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a course above to see its attendance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sessions yet – add them with “Add session”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody enrolled yet – add people with “Enrol participant”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s) from other advisors&apos; cases are not shown.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Delete course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the course {title} with its sessions and its list of participants?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a cell of the session first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove {name} from the course? Their ticked attendance is removed too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The course has no sessions yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save attendance list – the file will not be encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the attendance list …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the participants who receive a certificate first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for the certificates – the files will not be encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing certificates …</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) written (not encrypted).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoursesTab</name>
    <message>
        <source>Not enrolled in any course. Courses are planned and attendance is ticked in the Courses section.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Courses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours attended in all courses: {hours}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Lotse – unexpected error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong that Lotse did not expect. Your saved data is safe. Please copy this report and send it to whoever looks after Lotse for your club. The report is also in the log file:
{log_file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lotse</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Curtain</name>
    <message>
        <source>Lotse is locked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DataFolderPage</name>
    <message>
        <source>Where your data lives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All of Lotse&apos;s data is in one folder. Back it up regularly; to move to a new computer, copy the whole folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On this &amp;computer (recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In another &amp;folder or on a USB stick:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder is set with --data-dir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder is set by LOTSE_DATA_DIR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a portable Lotse: the data stays beside the program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database will be created here:
{path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for Lotse&apos;s data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the folder for Lotse&apos;s data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Existing database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This folder already holds a Lotse database:
{path}

Use it instead of creating a new one?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an empty folder for a new database.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DayListModel</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeclarationDialog</name>
    <message>
        <source>Allowances from other clubs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 300,00; 0 if none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tax-free cap counts per person across all clubs: what the volunteer received elsewhere reduces what this club may pay tax-free.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vol&amp;unteer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received from &amp;other clubs (€):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Declared on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declared on</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>Creating case files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating consultations…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating volunteers, hours and tandems…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentModel</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentsPanel</name>
    <message>
        <source>No document kept yet – signed questionnaires and consents, decisions and certificates can be added with “Add document”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;document …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;pen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows the document in the program this computer uses for it. For that, Lotse writes an unencrypted copy into the data folder and deletes it when Lotse is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sa&amp;ve a copy …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dele&amp;te …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please choose a document in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No program on this computer opens this kind of file. Save a copy and open it with a program of your choice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy of the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to {path}. This copy is not encrypted: delete it when it is no longer needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is “{title}” deleted? (kept in the audit trail)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DueList</name>
    <message>
        <source>overdue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DueTableModel</name>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymise case file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymise former volunteer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete police clearance (§ 72a SGB VIII)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <source>Enrol participant – {course}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name or case number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matching case files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find case:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enrol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participant: find and choose a case file first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnrollmentDialog</name>
    <message>
        <source>required after the 4-week deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enroll in a project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Entry date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry questionnaire {project}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry on {entry} in {project}; entry data due by {due}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason for the change:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnrollmentModel</name>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ESF entry data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status after exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6-month follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an ESF project</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) not asked, overdue since {date}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) not asked, due by {date}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>recorded on {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(exit data overdue)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntryDialog</name>
    <message>
        <source>e.g. Tigrinya, Dari or ti</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntryQuestionnaire</name>
    <message>
        <source>ESF entry questionnaire (situation on the entry date)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Employment status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unemployed &amp;for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highest &amp;education:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Disability:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Minority:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foreign &amp;origin:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Homeless or excluded from housing:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rural area:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All questions answered: the entry data count as recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) not yet asked. They stay missing and are listed on the start page and in the ESF report until answered.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ErasureDialog</name>
    <message>
        <source>Delete case {case}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person asked for their data to be erased (Art. 17 GDPR). Choose the ground of the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ground:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have told the person why their data must be &amp;kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove what is not needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything about the person is erased for good: the case file, consultations and notes, projects, follow-ups, consents, tandems and drafts; hours volunteers gave with them stay without the link. The backups in the data folder are replaced by a new one; copies elsewhere (USB sticks) still hold the data until they are replaced. The audit trail keeps only that the case number was erased, by whom, when and on which ground.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I understand that this cannot be &amp;undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Erase for good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erasing …</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Case number: there is no case {number}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder: {path} is a file; choose a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account {user} was deactivated. Please log in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User {user} (role {role}) may not do this ({permission}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}: must be more than 0 euro.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}: an allowance pays for work; give the first and last day of the work it compensates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}: the last day must not lie before the first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This volunteer does not exist (any more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User {user} may not record declarations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind: expense refunds have no cap and need no declaration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year: a year from 2000 to 2100 is allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}: please choose an advisor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}: a new appointment must not lie in the past.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}: from {low} to {high} minutes are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}: an appointment with a case file takes no other name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}: please choose an active advisor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advisor: you may only book appointments for yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}: {advisor} already has an appointment on {date} at {time} ({whom}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This appointment no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This appointment belongs to another advisor&apos;s case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}: this appointment became a consultation; it stays held.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This appointment already became a consultation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To: the end of the period lies before its start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action: unknown value &apos;{value}&apos;. Allowed: {allowed}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name or password is wrong, or the account is disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many wrong passwords for this account. Please wait {seconds} seconds and try again, or ask an administrator to unlock it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup file: the folder {folder} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be verified and was not kept: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be written to {path}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file was not restored and the current database is unchanged: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is not a Lotse backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is damaged ({detail})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the backup belongs to another Lotse database, and your password does not open it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the backup was made by a newer version of Lotse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the backup failed the integrity check ({detail})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup file: {path} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeping the current database as a backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the restored database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both case files are enrolled in {projects}. Remove the wrong enrollment first (Projects tab, “Remove enrollment”), then merge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both case files are enrolled in the course {courses}. Remove the wrong enrollment first (Courses section), then merge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a different case file to merge with this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an administrator may remove an enrollment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This project enrollment no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}: please choose one; &apos;not specified&apos; is possible too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}: must lie between 1900 and today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}: &apos;{value}&apos; is not allowed. Use five digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}: only for an address in Germany. For a person living abroad, leave it empty and write the foreign postcode with the town.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}: a year from 1900 to {year} is allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}: only for a qualification that was obtained; leave it empty for none or unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case {id} does not exist (any more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case {case} is anonymised: it can no longer be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case file {case}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no database file {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {path} is empty: it is not a Lotse database (perhaps a copy or a save was interrupted). Restore the latest backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {path} is an SQLite database, but not a Lotse database (it has none of Lotse&apos;s tables). Lotse did not change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {path} is a Lotse database from before encryption; the next administrator login encrypts it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is damaged ({details}). Restore the latest backup; Lotse did not change the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} row(s) refer to rows that do not exist (foreign keys), or the check could not run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {path} cannot be read as a Lotse database ({reason}): it is damaged, belongs to other keys or is no database at all. Lotse did not change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This entry does not exist (any more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}: &apos;;&apos; and &apos;,&apos; are not allowed; they separate several entries in a spreadsheet cell.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}: &apos;{name}&apos; already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}: &apos;{name}&apos; exists but is retired; take it back into use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}: this field is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}: &apos;{name}&apos; is already on the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages keep their standard names; add another one instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consents asked: &apos;{value}&apos; cannot be chosen here (allowed: {allowed}; the consent for a partner is asked for each active partner).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner: &apos;{name}&apos; is already in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This partner no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner: a consent to pass data to a partner names one partner; other consents name none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner: choose one of the club&apos;s active partners.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consents: each consent can be answered once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consents: the information notice is no consent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}: must not lie in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This consent no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The information notice was handed over; it is no consent and cannot be withdrawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}: this consent was already withdrawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}: the day the consent was given ({given}) or later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}: from 1 to 600 minutes are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}: must not be before the consultation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}: anonymous contacts cannot have a follow-up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topics: unknown topic chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred to: unknown service chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This consultation does not exist (any more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the advisor who wrote a consultation or an administrator may change or delete it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The consultation of {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind: please choose the kind of course from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day: {end} lies before the first day {start}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date: {date} lies outside the course ({start} – {end}); choose a day within it or change the course&apos;s dates first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration: {minutes} minutes is not allowed; a session lasts {low} to {high} minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This course no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This course session no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This project does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day / last day: the sessions on {dates} would lie outside the course; move or remove them first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course {course}: attendance is recorded in {n} cells; a course with attendance cannot be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start time: the course already has a session on {date} at {time}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session on {date}: attendance is recorded for {n} people; clear their cells first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participant: {name} ({case}) is already enrolled in {course}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This course participation no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance: the session on {date} has not taken place yet; only “excused” can be recorded in advance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance: {name} ({case}) is not enrolled in this course; enrol the person first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate: {name} ({case}) has attended no session of {course} yet (only sessions ticked “present” count).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another process is writing to the database right now (an import, a backup or another Lotse). Lotse waited 10 seconds; nothing was changed. Please try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} ESF entry questionnaire(s) had been saved untouched with answers the old form pre-selected. They were reset to &apos;not yet asked&apos; and are now listed as missing on the start page and in the ESF report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} case file(s) had a reference occupation or recognition status. Each now has a first recognition procedure (tab Recognition) with what was recorded; dates were never asked and are empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {path} is not a Lotse database (it has no Lotse tables, or it is empty). Lotse did not change it. Choose another data folder or restore a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file {path} is damaged, so no password can open the database. Restore it from a backup, or restore a whole backup (Lotse backups carry their keys).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file {path} is missing, so no password can open the database. Put the file lotse.keys back beside lotse.sqlite3, or restore a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no Lotse database in {path} yet. Run &apos;lotse init&apos; first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database {path} cannot be opened with this key: the file is damaged or belongs to other keys ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database already holds case files, consultations or volunteers that were not made by the demo. Demo data is meant for an empty database: use a new data folder (--data-dir), or add --force to mix fake people with these.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants: a whole number from 1 to {n} is allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This tandem no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind: choose what the document is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}: please enter a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File: {path} cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File: {name} has {size} MB; a document may have 1 byte to {max} MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This document no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The enrollment in {project}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}: only allowed for unemployed people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}: a whole number from 0 to 600 is allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ESF questionnaires are only asked in ESF projects; {project} is not one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project: please choose one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project: case {case} is already enrolled in {project}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}: must lie within the project period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}: entry answers describe the entry date; changing them more than four weeks after entry needs a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}: please choose one of the project&apos;s reasons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}: must not be before the entry date {entry}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6-month answers: record the exit first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}: only asked of people who were employed or self-employed at entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case {case} is not closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database {path} was written by a newer version of Lotse (schema {revision}). Please install the newer Lotse; the file was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data folder {path} cannot be written: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {path} cannot be read as a Lotse database: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updating the database {path} failed and nothing was changed (a copy is in {backup}): {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updating the database {path} failed and nothing was changed: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full: Lotse could not write and left the data as it was. Free some space (or choose another folder) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lotse may not write here{where}: the file or its folder is read-only (a write-protected stick, missing permission). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}: counts must not be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}: women, men and diverse add up to {sum}, more than the {total} attendees in total.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind: choose what kind of event it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topics: choose topics from the club&apos;s list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This follow-up no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This Lotse version encrypts the database once before it is used again. Please ask an administrator to log in first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypting the database failed and nothing was changed: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals: choose at least one goal or describe one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings: choose how often the tandem meets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volunteer: {name} has no valid police clearance on {date}; a tandem needs one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volunteer: {name} has not taken part in the club&apos;s training by {date}; the club requires it before a tandem (Settings → General).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}: an ended tandem needs the day it ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}: must not lie before the start ({start}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template {file} cannot be read: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation has not been set up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo: the file is not a picture Lotse can read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo: at most {size} MB are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password: at least {n} characters are required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password: too easy to guess (common passwords, names, words of the club, keyboard rows and dates are tried first). Use a longer one, for example three or four unrelated words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}: from {low} to {high} years are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for the erasure: choose one of the grounds of Art. 17 (1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person&apos;s data must be kept: ESF projects have to keep their documents for years after the project ends (Art. 82 Regulation (EU) 2021/1060), which Art. 17 (3) (b) GDPR allows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was erased.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{code}: kept until some years after the project ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{code}: kept until {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instead, what the project does not need can be removed now: notes, remarks, follow-ups, contact data and spoken languages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}: a whole number from {low} to {high} is allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}: &apos;{value}&apos; is not allowed. Use up to 20 letters, digits, dot, hyphen or underscore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}: must not be before the start date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}: a whole number from 1 to 30 is allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}: a project with the code {code} already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This project does not exist (any more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}: &apos;{value}&apos; already exists in this project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This exit reason does not exist (any more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project {project} does not support organisations; switch the setting on in the project first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}: &apos;{value}&apos; is not a KldB 2010 code (5 digits, the last 1-4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}: must not be before the application date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}: please choose the decision&apos;s result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}: please choose its kind, or leave the adaptation fields empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}: must not be before its start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This recognition procedure no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}: &apos;{value}&apos; is not allowed. Use a number from 0.5 to {max}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}: please choose one (employment subject to social insurance, marginal, self-employed, apprenticeship or internship).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}: only a participation of this person that ended in employment or self-employment can be linked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This placement no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery key: 32 letters and digits are expected (eight groups of four, as on the printed Notfallschlüssel).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This recovery key does not open this database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name: {name} is no administrator account; the recovery key sets an administrator&apos;s password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is no recovery key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report: &apos;{value}&apos; is not available; allowed: {allowed}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project: this report is made for one project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project: there is no project with the code {code}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project: {code} does not report to ESF Plus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format: &apos;{value}&apos; is not available; allowed: {allowed}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} was changed by someone else since you opened it, and nothing was saved. These fields differ between the saved version and yours: {fields}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} was changed by someone else since you opened it, and nothing was saved. The fields of this form are the same in both versions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case {case}: only the responsible advisor may open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}: from {low} to {high} {unit} are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Lotse database already exists in {path}; nothing was changed. Use another data folder (--data-dir) for a new organisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month: &apos;{value}&apos; is not allowed; use YYYY-MM such as 2026-03.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no volunteer with the number {number}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}: the name {name} is already taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This user account does not exist (any more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{user} is the last active administrator; make someone else an administrator first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password: please choose a password you did not use now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language: please choose one of {choices}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volunteer record: only a login with the role volunteer is linked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volunteer record: {number} already has another login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}: at most {n} characters are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}: character {position} is an invisible control character; please remove it (letters, digits, punctuation and line breaks are allowed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}: &apos;{value}&apos; is not an e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did you mean {names}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a country; use its name or a code such as SY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a language; use its name or a code such as ar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}: &apos;{value}&apos; is not allowed. Use 2 to 32 letters a-z, digits, dot, hyphen or underscore, starting with a letter or digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}: unknown value &apos;{value}&apos;. Allowed: {allowed}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}: &apos;{value}&apos; is not a date. Use DD.MM.YYYY or YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}: &apos;{value}&apos; is not an amount in euro between 0 and {maximum}, e.g. 15 or 15,50.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}: &apos;{value}&apos; is not allowed. Enter 0,25 to 10 hours in quarter hours (e.g. 1,5 or 2,25).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may enter hours only for yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}: hours for a participant need a tandem of the volunteer with them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}: with these {hours} hours the day would have {total} hours; at most 10 hours a day count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}: must not lie after the day the certificate was seen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}: needed when the certificate&apos;s details are recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}: needed when the status is &apos;left&apos; (the police clearance is deleted three months after that day).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}: only for a volunteer whose status is &apos;left&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}: must not lie before the day they joined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The volunteer {number}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <source>New event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Information evening on vocational training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counted by gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>women</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>men</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>diverse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. a community association, the Jobcenter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People who did not come but were reached through the event, e.g. through the community&apos;s messenger groups or flyers passed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Arabisch; Deutsch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;helper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Attendees:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Further people r&amp;eached:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner &amp;organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La&amp;nguages:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top&amp;ics:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remarks:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volunteers who helped:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hours, e.g. 2,5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventsModel</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Helpers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Helper hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{female} w / {male} m / {diverse} d</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventsTab</name>
    <message>
        <source>Year </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;event …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No events yet – record one with “New event”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExitAnswersBox</name>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xit date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit &amp;reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tatus within 4 weeks after exit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Qualification gained:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExitDialog</name>
    <message>
        <source>Exit from {project}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExitReasonDialog</name>
    <message>
        <source>Exit reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counts as success in the outcome report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Counts as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;OK</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExitReasonsBox</name>
    <message>
        <source>Exit reasons (saved as you edit them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No exit reasons yet – add one with “Add reason”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;tire / reactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work compensated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received from other clubs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for merging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for removing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Street</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country of residence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nationalities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residence status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year of arrival</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School qualification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country of school qualification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vocational qualification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country of vocational qualification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference occupation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regulated profession</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recognition status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>German level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for deleting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employment status at entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Months unemployed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highest education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foreign origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Homeless or excluded from housing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rural area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status within 4 weeks after exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualification gained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employed after 6 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Situation improved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unemployed for months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for the change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for reopening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Further people reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Further goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data-protection contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases without a project, after the last contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Former volunteers, after leaving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funding programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hourly rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supported on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Competent authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country of the qualification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KldB code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year of the qualification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adaptation qualification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adaptation until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Town</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occupation field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup reminder after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Availability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Police clearance seen on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate issued on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joined on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relevant entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement signed on</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstContactDialog</name>
    <message>
        <source>Information and consent – {case}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand over the data protection information and ask for the consents the club uses. Record only what the person said: a consent that was not asked stays “not answered”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print &amp;information notice …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print consent &amp;form …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information notice (Art. 13 GDPR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handed over &amp;today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pass contact data to {partner}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The club asks for no consents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— not answered —</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Lotse – first start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start Lotse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>New follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what to do, e.g. ask about the decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Due on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Su&amp;bject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due on</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpModel</name>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpsTab</name>
    <message>
        <source>No follow-ups yet – add one with “New follow-up”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as &amp;done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormPrinter</name>
    <message>
        <source>Save the information notice – not encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the consent form – not encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the PDF …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Forms</name>
    <message>
        <source>DD.MM.YYYY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose from calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}: &apos;{value}&apos; is not a date. Use DD.MM.YYYY, e.g. 31.12.2027.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}: please enter a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Please correct the %n marked field(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have entered something that is not saved yet. Discard it?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GeneralTab</name>
    <message>
        <source>Working with Lotse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advisors see only the cases they are &amp;responsible for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case access:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Police clearance valid for (&amp;years):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A mentor needs the club&apos;s &amp;training before a tandem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tandems:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> minutes without input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Then Lotse covers its windows and asks for the password again; nothing typed is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loc&amp;k after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The start page reminds administrators when no backup was saved outside the data folder (a USB stick, a network drive) for this long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Backup reminder after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only administrators can change these settings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <source>User manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back (Alt+Left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward (Alt+Right)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table of contents (Alt+Home)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find in this page (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find in this page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lotse user manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HourlyRatesTab</name>
    <message>
        <source>Hours are valued with the value of their year. A year without its own value uses the flat value on the first tab, and without that the statutory minimum wage of that year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No values of their own yet – enter a year and a value below and click “Set value”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value of a volunteer hour per year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 13,90</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value in euro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set &amp;value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value (€):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value (€)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum wage (€)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HoursDialog</name>
    <message>
        <source>Enter volunteer hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 1,5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Volunteer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hours:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Activity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mentee:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— none —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>The file {path} cannot be written: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a date; allowed are DD.MM.YYYY, YYYY-MM-DD or an Excel date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not allowed; allowed: {allowed}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a number of hours such as 1,5 or 1:30</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} read as {postcode}: the leading zero was added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} characters; at most {n} are allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>character {position} is an invisible control character; remove it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is outside {low} to {high}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} hours: allowed are 0,25 to 10 in quarter hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a postcode; five digits are required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a case number such as 2026-0042</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a year from 1900 to {year} is allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{value}” is not an e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only for a qualification that was obtained; leave it empty for none or unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only for a closed case (Fallstatus “{closed}”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not lie in the future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your role may not enter this column; leave it empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only for an address in Germany; the person lives abroad (Wohnsitz im Ausland), leave it empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user “{name}” does not exist in Lotse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only an administrator may make another user responsible for a case; leave the column empty or give your own user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case number {number} does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your role may not enter this sheet; remove it from the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no partner of this name; add it under Settings → Data protection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a consent to pass data to a partner names the partner; other consents leave this column empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be before the date it was given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only an administrator may enter consultations in another user’s name; leave the column empty or give your own user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>topic “{name}” is not in the catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this consultation was written by another advisor; only they or an administrator may change it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” matches several volunteers; use the number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no volunteer with number or name “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case {number} is no mentee of this volunteer; hours for a participant need a tandem of the two</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with this row the volunteer would have {hours} hours on {date}; at most 10 hours a day are allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only asked in ESF projects; {project} is not one, leave the cell empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be before the entry date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only allowed with “arbeitslos”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>project “{code}” does not exist in Lotse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same person and project are already in row {row}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case {number} belongs to another advisor; only they or an administrator may change it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row {row}, column {column}: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required column is missing; the header row needs “{header}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this column is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown kind {kind}; allowed: {allowed}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {name} cannot be read: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has {size} MB; at most {limit} MB can be imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it would unpack to {size} MB (at most {limit} MB, packed at most {ratio} times, are allowed); it is not a normal spreadsheet and was not opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only Excel (.xlsx, .xls), LibreOffice (.ods) and .csv files can be imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than 200,000 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not UTF-8; it was read as Windows-1252 (ANSI). Check that umlauts and names look right in the preview.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line {line} contains a byte that is not valid in the file&apos;s encoding; save the file again as UTF-8 (“CSV UTF-8” in Excel) and import it again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportAssistant</name>
    <message>
        <source>Import a spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role may not import spreadsheets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing …</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InstanceLock</name>
    <message>
        <source>Lotse is already open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lotse is already open with the data folder
{path}
(in another window, perhaps by another user of this computer). Please use that window: two Lotse windows on the same data would overwrite each other&apos;s work.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>— please choose —</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Labels.Activity</name>
    <message>
        <source>mentoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accompaniment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>language support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interpreting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>administration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other activity</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Labels.AdaptationKind</name>
    <message>
        <source>adaptation course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aptitude test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>knowledge test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adaptation qualification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Labels.AllowanceKind</name>
    <message>
        <source>Trainer allowance (§ 3 No. 26 EStG)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volunteer allowance (§ 3 No. 26a EStG)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expense refund</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Labels.Answer</name>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not specified</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Labels.AppointmentStatus</name>
    <message>
        <source>planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not attended</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Labels.AttendanceState</name>
    <message>
        <source>present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>excused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>absent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Labels.CaseStatus</name>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>anonymised</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Labels.ConsentForm</name>
    <message>
        <source>given in writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>given orally</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>given electronically</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Labels.ConsentKind</name>
    <message>
        <source>consent to data processing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Art. 13 GDPR notice handed over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>consent to transfer to funder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>consent to photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>consent to be contacted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>consent to pass contact data to a partner</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Labels.ConsultationFormat</name>
    <message>
        <source>in person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outreach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>group</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Labels.ConsultationKind</name>
    <message>
        <source>first consultation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>follow-up consultation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Labels.ContractType</name>
    <message>
        <source>employment subject to social insurance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>marginal employment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>self-employed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>apprenticeship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>internship</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Labels.CourseKind</name>
    <message>
        <source>language course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>qualification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>application training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>orientation course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Labels.DocumentKind</name>
    <message>
        <source>signed questionnaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recognition decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certificate or attestation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Labels.EconomicSector</name>
    <message>
        <source>A Agriculture, forestry and fishing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B Mining and quarrying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C Manufacturing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D Energy supply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E Water supply, sewerage and waste management</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F Construction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>G Trade; repair of motor vehicles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>H Transportation and storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I Accommodation and food service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>J Information and communication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>K Financial and insurance services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L Real estate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M Professional, scientific and technical services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N Administrative and support services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O Public administration; social security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P Education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Q Human health and social work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R Arts, entertainment and recreation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S Other services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T Private households</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>U Extraterritorial organisations</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Labels.EducationLevel</name>
    <message>
        <source>ISCED 0-2 (up to lower secondary)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISCED 3-4 (upper secondary, vocational training)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISCED 5-8 (tertiary)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not specified</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Labels.EmploymentStatus</name>
    <message>
        <source>employed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>self-employed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unemployed (registered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not employed, not registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not specified</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Labels.ErasureGround</name>
    <message>
        <source>The data are no longer needed (Art. 17 (1) (a))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person withdrew their consent (Art. 17 (1) (b))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person objected to the processing (Art. 17 (1) (c))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data were processed unlawfully (Art. 17 (1) (d))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A legal obligation requires the erasure (Art. 17 (1) (e))</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Labels.EventKind</name>
    <message>
        <source>information event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>office hours</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Labels.ExitReasonCategory</name>
    <message>
        <source>finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dropped out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Labels.ExitStatus</name>
    <message>
        <source>job-seeking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in school or training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>employed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>self-employed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none of these</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Labels.Gender</name>
    <message>
        <source>female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>non-binary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not specified</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Labels.GermanLevel</name>
    <message>
        <source>no German</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A1 (beginner)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A2 (elementary)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B1 (intermediate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B2 (upper intermediate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C1 (advanced)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C2 (proficient)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>German as first language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not specified</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Labels.HoursStatus</name>
    <message>
        <source>submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Labels.LongTermUnemploymentRule</name>
    <message>
        <source>12 months or longer (§ 18 SGB III)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>over 12 months, below 25 over 6 months (EU survey rule)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Labels.MeetingRhythm</name>
    <message>
        <source>weekly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every two weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>monthly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as agreed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Labels.MentorshipGoal</name>
    <message>
        <source>learning and practising German</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>applications for training and jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>support in training and school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>authorities and forms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leisure and social contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other goal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Labels.MentorshipStatus</name>
    <message>
        <source>proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ended</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Labels.RecognitionResult</name>
    <message>
        <source>full equivalence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partial equivalence (adaptation measure)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Labels.RecognitionStatus</name>
    <message>
        <source>not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>full equivalence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partial equivalence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compensation measure</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Labels.ReferralSource</name>
    <message>
        <source>came by themselves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>family or friends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jobcenter / employment agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>community organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>internet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Labels.ResidenceStatus</name>
    <message>
        <source>Permission to remain (asylum procedure)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toleration (Duldung)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residence permit § 24 (temporary protection)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residence permit § 25 (humanitarian)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other residence permit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settlement permit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EU citizen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>German citizen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Labels.Role</name>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volunteer coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treasurer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Labels.SchoolQualification</name>
    <message>
        <source>no school qualification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lower secondary (Hauptschulabschluss)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>intermediate (Mittlerer Abschluss)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upper secondary (Abitur, Fachhochschulreife)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Labels.SensitiveAnswer</name>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not specified</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Labels.SupportedOrganisationKind</name>
    <message>
        <source>public administration or service (EECO18)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>micro, small or medium-sized enterprise (EECO19)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Labels.VocationalQualification</name>
    <message>
        <source>no vocational qualification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vocational training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>master craftsman / technician</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bachelor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>master, diploma, state exam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>doctorate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Labels.VolunteerStatus</name>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguageBox</name>
    <message>
        <source>Your language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As chosen at the login on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language of the program:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents for a person (notices, consent forms, letters) are printed in German and in the person&apos;s languages, whatever you choose here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Launch</name>
    <message>
        <source>Data folder not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lotse keeps its data in
{path}
but this folder cannot be found. If it is on a USB stick or a network drive, connect it and click Retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LetterWriter</name>
    <message>
        <source>Save the appointment letter – not encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the PDF …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointment letter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListsTab</name>
    <message>
        <source>Consultation topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages the club counsels in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This list is empty – add the first entry with “Add”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retire / take back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offered first wherever a language is chosen. A retired language stays on old records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A retired entry stays on the consultations that used it and leaves the choice lists. A new name shows on every consultation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consultations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an entry in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to: {list}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{name}&apos; was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename &apos;{name}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renamed; every consultation shows the new name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is retired: it stays on old records and leaves the choice lists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is in use again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Lotse – log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to Lotse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data is encrypted: log in to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forgot the password? Use the &amp;recovery key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new password is set. Log in with it now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please choose your own password to log in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lotse has encrypted the database. Every account keeps its password. The unencrypted file, old backups and drafts were overwritten and removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies of the old, unencrypted database elsewhere (USB sticks, network drives, e-mail, backups of the computer) can still be read: delete them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Lotse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consultations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Courses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volunteering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;consultation for the selected case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Anonymous short contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import spreadsheet …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export everything …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit &amp;trail …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;password …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log out / switch user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User &amp;manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Lotse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged in: {name} ({role})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymous short contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a case first, then press Ctrl+Shift+N.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export for reading – not encrypted, and not a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to {path}. The file is not encrypted: keep it safe and delete it when it is no longer needed. It is not a backup: an import does not read back the sheets Anonyme Kurzkontakte, Tandems, Anerkennungsverfahren, Arbeitsaufnahmen, Aufwandsentschädigungen and Veranstaltungen and the course sheets; nor the start time and referrals of consultations, the exit reason and recording days of enrollments, the time of day a follow-up was done, the address, region, availability, status, leaving and agreement dates and remarks of volunteers, and the event of volunteer hours. User accounts and project settings are not exported. A backup (Create backup …) keeps everything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{date} at {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(time unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved consultation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is an unsaved consultation note from {when} for a case you can no longer open. Discard it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is an unsaved note of an anonymous short contact from {when}. Restore it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is an unsaved consultation note for {case} from {when}. Restore it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview of the sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remember these assignments for the next import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first rows as Lotse reads them. Some column headers are not known: assign them to a template column or leave them ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— ignore —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first rows as Lotse reads them. All column headers are known.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MentorshipModel</name>
    <message>
        <source>Volunteer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours given</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge case files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything of the other case file – consultations, enrollments, follow-ups, consents and tandems – moves into {case} ({name}); the other case file is then removed. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name or case number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find the other case file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case files to merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. entered twice at the first contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Other case file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{case} · {name} · born {birth} · likely the same person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other case file: please choose one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrganisationBox</name>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Data protection officer, Musterstr. 1, 30159 Hannover, datenschutz@…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose &amp;logo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove lo&amp;go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Street:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post&amp;code / city:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Data protection contact:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed at the top of reports, agreements, timesheets and notices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.bmp *.gif)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not a picture Lotse can read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The logo is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The logo is removed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrganisationPage</name>
    <message>
        <source>Your organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name appears on reports and timesheets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Brückenschlag e.V.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Na&amp;me of the organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the organisation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>My follow-ups due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing due.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ESF entry data missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All entry questionnaires recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ESF exit data overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing overdue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6-month follow-ups due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recently opened cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cases yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup has been copied outside the data folder yet. Use File → Create backup … and save it on a USB stick or a network drive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last backup outside the data folder is from {date}, more than {days} days ago. Use File → Create backup … and save it on a USB stick or a network drive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Anonymisations due:&lt;/b&gt; the retention of %n record(s) has ended. &lt;a href=&quot;privacy&quot;&gt;Review and confirm&lt;/a&gt;</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Hello, {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>consultations this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>people counselled this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new cases this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open cases of {total} in total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active volunteers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>volunteer hours approved this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OwnHoursModel</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OwnHoursTab</name>
    <message>
        <source>No hours yet – enter them with “Enter my hours”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enter my hours …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My &amp;week …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved so far: {hours} hours</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaperworkList</name>
    <message>
        <source>Police clearances and trainings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All clearances and trainings in order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>police clearance missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>training missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>police clearance to renew by {date}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartnerDialog</name>
    <message>
        <source>Edit partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. placement into work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Active: asked at first contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The consent form names the partner and the purpose. Only people who consented, and did not withdraw, are in the partner&apos;s export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartnerModel</name>
    <message>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retired</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <source>Record allowance payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 120,00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work compensated to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Work compensated from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Volunteer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paid on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Amount (€):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work compensated from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours on the compensated days are paid work, not an in-kind contribution.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With this payment: </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonTab</name>
    <message>
        <source>Gender:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Living abroad in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone / e-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nationalities:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country of birth:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residence status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year of arrival:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Knowledge of German:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School qualification:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vocational qualification:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference occupation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regulated profession:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recognition status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found us via:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remarks:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} (obtained in {country})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlacementDialog</name>
    <message>
        <source>Placement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New placement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 39,5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. nursing, software development</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— not linked —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Employer *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secto&amp;r (WZ 2008)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start &amp;date *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Contract type *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hours per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occupation &amp;field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Linked exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlacementModel</name>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occupation field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit from project</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlacementsTab</name>
    <message>
        <source>No work or training taken up yet – record it with “New placement”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New placement …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit &amp;placement …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete placement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the placement at “{employer}”?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrivacyTab</name>
    <message>
        <source>How long personal data are kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases &amp;without a project, after the last contact:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Former &amp;volunteers, after leaving:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants of a project are kept for the years set in the project after 31 December of the year it ends (ESF: Art. 82 Regulation (EU) 2021/1060), see Projects. Police clearances are deleted three months after a volunteer leaves (§ 72a (5) SGB VIII).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymisations due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Anonymise all that is due …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records of processing acti&amp;vities (Art. 30) …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> years</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) due.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is due: no retention has ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymise</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Anonymise %n record(s) now? Names, contact data, notes and birth dates are removed for good; the reports keep their figures. The backups in the data folder are replaced by a new one; copies elsewhere (USB sticks) still hold the old data.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Anonymising …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymised: {cases} case file(s), {volunteers} former volunteer(s); police clearances deleted: {clearances}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <source>The file {path} could not be written or read: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file could not be written or read: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProcedureDialog</name>
    <message>
        <source>Recognition procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New recognition procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>German reference occupation, e.g. Pflegefachfrau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 81302</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KldB 2010 code of the Bundesagentur für Arbeit, five digits; the last one is the level of requirement (1 helper, 2 skilled, 3 specialist, 4 expert).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Landesamt für Soziales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— not decided yet —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— none —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualification and reference occupation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference &amp;occupation *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;KldB 2010 code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Regulated profession</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualification obtained &amp;in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Year obtained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Competent &amp;authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;pplication date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Decision date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Res&amp;ult</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adaptation qualification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of &amp;measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pro&amp;vider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>un&amp;til</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adaptation from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adaptation until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProcedureModel</name>
    <message>
        <source>Reference occupation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regulated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualification from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adaptation qualification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>completed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectDialog</name>
    <message>
        <source>Project {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ESF &amp;Plus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;utcomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hour values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supported &amp;organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. WIR-2026</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty: statutory minimum wage of each year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funding progra&amp;mme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Funder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sta&amp;rt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>En&amp;d:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep personal data for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value of a volunteer hour (€, &amp;all years):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project reports participant data to ESF Plus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no minimum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project supports administrations or enterprises (EECO18, EECO19)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People who received less support than the minimum (hours of consultations booked to the project) stay counselling contacts and count in no ESF indicator. The entry and exit questionnaires are asked only in ESF projects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Long-term unemployed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Minimum support for ESF participants:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Situations after exit that count as success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a qualification gained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project starts with the usual exit reasons (finished, goal reached, dropped out, moved away …). Rename, add or retire them after saving.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectPage</name>
    <message>
        <source>First project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A funded project groups participants, consultations and volunteer hours for the funder&apos;s statistics.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. WIR-2026</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Brücken in Arbeit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. BMAS / ESF Plus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project has an &amp;end date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ESF Plus reporting (participant questionnaires)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value of one volunteer hour for the club&apos;s own contribution.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project co&amp;de:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funding &amp;programme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Funder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tart:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hourly rate volunteering:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectTableModel</name>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funding programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ESF Plus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value of a volunteer hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per year / minimum wage</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectsTab</name>
    <message>
        <source>Not enrolled in a project yet – enroll with “Enroll in project”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project enrollments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enroll in &amp;project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry &amp;questionnaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record e&amp;xit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;6-month answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remo&amp;ve enrollment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove enrollment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the enrollment in {project}? It is deleted with its questionnaire. Why?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No projects yet – add one with “New project”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close / reopen project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a project in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{code} is open again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{code} is closed: it leaves the choice lists; its data and reports stay.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuietTandemList</name>
    <message>
        <source>Tandems without meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every tandem meets as agreed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no meeting logged yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last meeting {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A meeting was due by {date}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecognitionTab</name>
    <message>
        <source>No recognition procedure yet – add one with “New procedure”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recognition procedures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New procedure …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit &amp;procedure …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete recognition procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the procedure “{occupation}”?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordsOfProcessingDialog</name>
    <message>
        <source>Records of processing activities (Art. 30 GDPR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records of processing activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as &amp;PDF …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the records of processing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the PDF …</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordsTab</name>
    <message>
        <source>De&amp;lete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoverPasswordDialog</name>
    <message>
        <source>Lotse – new administrator password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With the recovery key (the printed Notfallschlüssel) an administrator account gets a new password. Other accounts get theirs from an administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recovery key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator&apos;s &amp;user name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repea&amp;t password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Set password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat password: the two passwords are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <source>Lotse – recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryKeyPage</name>
    <message>
        <source>Recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is created and encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryKeyPanel</name>
    <message>
        <source>Lotse encrypts all data. Without a password or this recovery key nobody can read it – not even whoever finds the laptop or a backup. If no administrator knows their password any more, the recovery key sets a new one. It is shown only now: print it as the Notfallschlüssel or write it down, and keep it locked away, apart from the laptop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as &amp;PDF to print (Notfallschlüssel)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have printed or written down the recovery key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lotse-Notfallschluessel.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the Notfallschlüssel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notfallschlüssel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to {path}. Print it, then delete the file: whoever has it can read the data.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegistryModel</name>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Police clearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours this year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>renewal due since {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valid until {date}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegistryTab</name>
    <message>
        <source>Search volunteers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search name or number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No volunteers found – register one with “New volunteer”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volunteers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New volunteer …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter h&amp;ours …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Week …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Timesheets …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doc&amp;uments …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a volunteer in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents of {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportKinds</name>
    <message>
        <source>ESF Plus participant data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counselling statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volunteering (hours, value, allowances)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcomes after exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events (attendees, languages, partners)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recognition counselling</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Half-year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cumulative from the project start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as &amp;Excel …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as P&amp;DF …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projects (none = all):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per&amp;iod:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the report and period, then show the preview.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save report – the file will not be encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the report …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report was saved as
{path}

The file is not encrypted: keep it safe and delete it when it is no longer needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open f&amp;older</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save report</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <source>Reset the password of {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is active again. Deactivating removed the account&apos;s key to the database, so {name} can log in only after you set a new password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the temporary password to {name} in person. At the next login Lotse asks for a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Temporary password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;peat password:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All rows are imported together, or none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import found problems and changed nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported: {created} created, {updated} updated, {unchanged} unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <source>New session – {course}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tart time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat &amp;weekly until the course&apos;s last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The course runs from {start} to {end}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consents and partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data protection</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SixMonthDialog</name>
    <message>
        <source>Six months after exit – {project}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit on {date}; follow-up due on {due}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Employed or self-employed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Situation on the labour market &amp;improved:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether the situation improved is only asked of people who were employed at entry.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SourcePage</name>
    <message>
        <source>What do you want to import?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lotse reads Excel (.xlsx, .xls), LibreOffice (.ods) and text files (.csv, Excel&apos;s Unicode text) separated by semicolons, commas or tabs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants (Teilnehmende)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consultations (Beratungen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volunteers (Ehrenamtliche)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volunteer hours (Ehrenamtsstunden)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B&amp;rowse …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save an empty &amp;template …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.xls *.ods *.csv *.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message numerus="yes">
        <source>{project}: %n question(s) not asked</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SupportedOrganisationDialog</name>
    <message>
        <source>Supported organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Supported on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remarks:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supported on</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SupportedOrganisationsTab</name>
    <message>
        <source>Public administrations and small and medium-sized enterprises the project supported. The ESF report counts them by the date of support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No organisations yet – add one with “Add organisation”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supported organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supported on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove {name} from the register?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TandemDialog</name>
    <message>
        <source>New tandem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case number or name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. prepare for the driving test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find partic&amp;ipant:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partici&amp;pant:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mentor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tart:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M&amp;eetings:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Further &amp;goals:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{case} (born {year})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No case matches “{text}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>speaks {languages}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same town</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only active volunteers with a valid police clearance (and the club&apos;s training, where the club requires it) are offered; shared languages first, then the same town.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No active volunteer has a valid police clearance (and the club&apos;s training, where the club requires it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participant: find and choose a case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentor: choose a volunteer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TandemStatusDialog</name>
    <message>
        <source>Agreed goals reached?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ended on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End &amp;reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended on</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TandemTab</name>
    <message>
        <source>No mentoring tandem yet – match a mentor with “New tandem”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No mentoring tandem. Volunteer coordinators match tandems in the Volunteering section.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tandems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;tandem …</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TandemsModel</name>
    <message>
        <source>Mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{status} on {date}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TandemsTab</name>
    <message>
        <source>No tandems yet – match a mentor with “New tandem”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tandems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;tandem …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Agreement as PDF …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;status …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doc&amp;uments …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a tandem in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents of the tandem {mentor} – {mentee}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tandem status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tandem agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save tandem agreement – the file will not be encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Task</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimesheetDialog</name>
    <message>
        <source>Timesheets (Stundennachweise)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All volunteers with approved hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hoose …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Volunteer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for the timesheets – the files will not be encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder: choose where the timesheets are saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing timesheets …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No volunteer has approved hours in this period; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n timesheet(s) saved in
{folder}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Open f&amp;older</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Lotse is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lotse was not used for a while and locked itself. Your unsaved input is kept. Enter the password of {name} to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <source>User {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— none —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Volunteer record:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;peat password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new user chooses an own password at the first login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role: please choose what the person does in the club.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserTableModel</name>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volunteer record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active, cannot log in until an administrator sets a new password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting after wrong passwords until {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active, must change the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Users</name>
    <message>
        <source>Repeat password: the two passwords are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsersTab</name>
    <message>
        <source>User accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset &amp;password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deactivate / reactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a user in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user was added and chooses an own password at first login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. Changes apply from the user&apos;s next action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} must choose a new password at the next login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is deactivated and stopped at the next action. Reactivating the account needs a new password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} can log in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is active again but cannot log in until a new password is set: choose “Reset password”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} can log in again now.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VolunteerDialog</name>
    <message>
        <source>Edit volunteer {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New volunteer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Deutsch; Arabisch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no relevant entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>relevant entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First name *:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Last name *:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lang&amp;uages:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;kills and profession:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Availability:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Joined on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left o&amp;n:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Police &amp;clearance seen on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue date of t&amp;he certificate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rele&amp;vant entry (§ 72a SGB VIII):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Training on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement si&amp;gned on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joined on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Police clearance seen on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate issued on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement signed on</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VolunteerStartPage</name>
    <message>
        <source>&amp;Enter my hours …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My &amp;week …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My tandems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Police clearance and training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your login is not yet linked to your volunteer record, so Lotse cannot show your hours. Please ask your administrator to link it (Settings → User accounts).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hello, {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hours this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hours waiting for approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approved hours this year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have no active tandem at the moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last met on {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no meeting recorded yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>next meeting due by {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No police clearance has been seen yet. Please bring it to your coordinator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Police clearance seen on {seen}; a new one was due on {due}. Please bring a current one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Police clearance seen on {seen}, valid until {due}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training attended on {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No training recorded yet; your coordinator will tell you the dates.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VolunteersPage</name>
    <message>
        <source>Volunteering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tandems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Hours to approve (%n)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WeekDialog</name>
    <message>
        <source>Hours for a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Volunteer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Activity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week {number}: {first} – {last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours on {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{hours} h recorded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WeekModel</name>
    <message>
        <source>Mon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sun</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to Lotse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A few short steps and your club can start working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lotse keeps your case files, consultation notes, volunteers and funder statistics in one file on this computer. No internet connection is needed and no data leaves the computer.

Next you choose where the data is kept and enter your organisation, the first administrator account and your first funded project. Everything can be changed later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language / Sprache:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WithdrawDialog</name>
    <message>
        <source>Withdraw consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{what}”, given on {date}. From the day of the withdrawal on, the processing it covered stops (a partner&apos;s export leaves the person out).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Withdrawn on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
