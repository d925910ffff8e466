<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>CasesPage</name>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n case</numerusform>
            <numerusform>%n cases</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message numerus="yes">
        <source>The file has %n problem(s). Nothing was imported. Correct the file and start again.</source>
        <translation>
            <numerusform>The file has %n problem. Nothing was imported. Correct the file and start again.</numerusform>
            <numerusform>The file has %n problems. Nothing was imported. Correct the file and start again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of ESF projects have entry questions left empty. They are imported as not yet asked and listed as missing until answered.</source>
        <translation>
            <numerusform>%n row of ESF projects has entry questions left empty. It is imported as not yet asked and listed as missing until answered.</numerusform>
            <numerusform>%n rows of ESF projects have entry questions left empty. They are imported as not yet asked and listed as missing until answered.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Lotse corrected %n cell(s) in an obvious way; the list below shows how.</source>
        <translation>
            <numerusform>Lotse corrected %n cell in an obvious way; the list below shows how.</numerusform>
            <numerusform>Lotse corrected %n cells in an obvious way; the list below shows how.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConsultationsPage</name>
    <message numerus="yes">
        <source>%n consultation(s)</source>
        <translation>
            <numerusform>%n consultation</numerusform>
            <numerusform>%n consultations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CoursesPage</name>
    <message numerus="yes">
        <source>%n participant(s) from other advisors&apos; cases are not shown.</source>
        <translation>
            <numerusform>%n participant from other advisors&apos; cases is not shown.</numerusform>
            <numerusform>%n participants from other advisors&apos; cases are not shown.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) written (not encrypted).</source>
        <translation>
            <numerusform>%n file written (not encrypted).</numerusform>
            <numerusform>%n files written (not encrypted).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EnrollmentModel</name>
    <message numerus="yes">
        <source>%n question(s) not asked, overdue since {date}</source>
        <translation>
            <numerusform>%n question not asked, overdue since {date}</numerusform>
            <numerusform>%n questions not asked, overdue since {date}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) not asked, due by {date}</source>
        <translation>
            <numerusform>%n question not asked, due by {date}</numerusform>
            <numerusform>%n questions not asked, due by {date}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EntryQuestionnaire</name>
    <message numerus="yes">
        <source>%n question(s) not yet asked. They stay missing and are listed on the start page and in the ESF report until answered.</source>
        <translation>
            <numerusform>%n question not yet asked. It stays missing and is listed on the start page and in the ESF report until answered.</numerusform>
            <numerusform>%n questions not yet asked. They stay missing and are listed on the start page and in the ESF report until answered.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message numerus="yes">
        <source>%n row(s) refer to rows that do not exist (foreign keys), or the check could not run.</source>
        <translation>
            <numerusform>%n row refers to rows that do not exist (foreign keys), or the check could not run.</numerusform>
            <numerusform>%n rows refer to rows that do not exist (foreign keys), or the check could not run.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ESF entry questionnaire(s) had been saved untouched with answers the old form pre-selected. They were reset to &apos;not yet asked&apos; and are now listed as missing on the start page and in the ESF report.</source>
        <translation>
            <numerusform>%n ESF entry questionnaire had been saved untouched with answers the old form pre-selected. It was reset to &apos;not yet asked&apos; and is now listed as missing on the start page and in the ESF report.</numerusform>
            <numerusform>%n ESF entry questionnaires had been saved untouched with answers the old form pre-selected. They were reset to &apos;not yet asked&apos; and are now listed as missing on the start page and in the ESF report.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case file(s) had a reference occupation or recognition status. Each now has a first recognition procedure (tab Recognition) with what was recorded; dates were never asked and are empty.</source>
        <translation>
            <numerusform>%n case file had a reference occupation or recognition status. It now has a first recognition procedure (tab Recognition) with what was recorded; dates were never asked and are empty.</numerusform>
            <numerusform>%n case files had a reference occupation or recognition status. Each now has a first recognition procedure (tab Recognition) with what was recorded; dates were never asked and are empty.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Forms</name>
    <message numerus="yes">
        <source>Please correct the %n marked field(s).</source>
        <translation>
            <numerusform>Please correct the %n marked field.</numerusform>
            <numerusform>Please correct the %n marked fields.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message numerus="yes">
        <source>&lt;b&gt;Anonymisations due:&lt;/b&gt; the retention of %n record(s) has ended. &lt;a href=&quot;privacy&quot;&gt;Review and confirm&lt;/a&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;Anonymisation due:&lt;/b&gt; the retention of %n record has ended. &lt;a href=&quot;privacy&quot;&gt;Review and confirm&lt;/a&gt;</numerusform>
            <numerusform>&lt;b&gt;Anonymisations due:&lt;/b&gt; the retention of %n records has ended. &lt;a href=&quot;privacy&quot;&gt;Review and confirm&lt;/a&gt;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrivacyTab</name>
    <message numerus="yes">
        <source>%n record(s) due.</source>
        <translation>
            <numerusform>%n record due.</numerusform>
            <numerusform>%n records due.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Anonymise %n record(s) now? Names, contact data, notes and birth dates are removed for good; the reports keep their figures. The server&apos;s own backups still hold the old data until they are replaced: tell whoever runs the server.</source>
        <translation>
            <numerusform>Anonymise %n record now? Names, contact data, notes and birth dates are removed for good; the reports keep their figures. The server&apos;s own backups still hold the old data until they are replaced: tell whoever runs the server.</numerusform>
            <numerusform>Anonymise %n records now? Names, contact data, notes and birth dates are removed for good; the reports keep their figures. The server&apos;s own backups still hold the old data until they are replaced: tell whoever runs the server.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Anonymise %n record(s) now? Names, contact data, notes and birth dates are removed for good; the reports keep their figures. The backups in the data folder are replaced by a new one; copies elsewhere (USB sticks) still hold the old data.</source>
        <translation>
            <numerusform>Anonymise %n record now? Names, contact data, notes and birth dates are removed for good; the reports keep their figures. The backups in the data folder are replaced by a new one; copies elsewhere (USB sticks) still hold the old data.</numerusform>
            <numerusform>Anonymise %n records now? Names, contact data, notes and birth dates are removed for good; the reports keep their figures. The backups in the data folder are replaced by a new one; copies elsewhere (USB sticks) still hold the old data.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message numerus="yes">
        <source>{project}: %n question(s) not asked</source>
        <translation>
            <numerusform>{project}: %n question not asked</numerusform>
            <numerusform>{project}: %n questions not asked</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimesheetDialog</name>
    <message numerus="yes">
        <source>%n timesheet(s) saved in
{folder}</source>
        <translation>
            <numerusform>%n timesheet saved in
{folder}</numerusform>
            <numerusform>%n timesheets saved in
{folder}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VolunteersPage</name>
    <message numerus="yes">
        <source>Hours to approve (%n)</source>
        <translation>
            <numerusform>Hours to approve (%n)</numerusform>
            <numerusform>Hours to approve (%n)</numerusform>
        </translation>
    </message>
</context>
</TS>
