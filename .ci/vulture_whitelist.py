"""Names vulture reports as unused that are used where it cannot see (make lint).

Regenerate candidates with `vulture --make-whitelist` and keep only what belongs to a
group below; anything else it reports is dead code to delete.
"""
# ruff: noqa
# type: ignore

# Table columns written by the services and read by reports and exports through SQL
_.naming_convention  # unused attribute (app/domain/models/_columns.py:13)
updated_at  # unused variable (app/domain/models/counselling.py:44)
updated_at  # unused variable (app/domain/models/participant.py:77)
anonymised_at  # unused variable (app/domain/models/participant.py:79)
entry_age  # unused variable (app/domain/models/participant.py: anonymisation, ESF report SQL)
third_country_national  # unused variable (app/domain/models/participant.py:140)
recorded_by_id  # unused variable (app/domain/models/participant.py:190)
left_on  # unused variable (app/domain/models/volunteering.py:37)
entered_by_id  # unused variable (app/domain/models/volunteering.py:161)
approved_by_id  # unused variable (app/domain/models/volunteering.py:162)
approved_at  # unused variable (app/domain/models/volunteering.py:163)
created_by_id  # unused variable (app/domain/models/volunteering.py:205)
added_by_id  # unused variable (app/domain/models/documents.py)
recorded_by_id  # unused variable (app/domain/models/volunteering.py:233)
recorded_at  # unused variable (app/domain/models/courses.py: when a cell was ticked)
_.recorded_by_id  # unused attribute (app/services/allowances.py:319)
_.updated_at  # unused attribute (app/services/case_merge.py:149)
_.updated_at  # unused attribute (app/services/cases.py:362)
_.updated_at  # unused attribute (app/services/consultations.py:315)
_.updated_at  # unused attribute (app/services/enrollments.py:383)
_.updated_at  # unused attribute (app/services/enrollments.py:412)
_.third_country_national  # unused attribute (app/services/spreadsheets/import_participants.py:430)
_.approved_by_id  # unused attribute (app/services/volunteer_hours.py:215)
_.approved_at  # unused attribute (app/services/volunteer_hours.py:216)

# Attributes that third-party libraries read (openpyxl, reportlab, SQLAlchemy, logging)
_.formatException  # logging.Formatter hook (app/logging_setup.py)
_.raiseExceptions  # logging module switch (app/logging_setup.py)
_.hAlign  # unused attribute (app/reports/letterhead.py:33)
_.categoryNames  # unused attribute (app/reports/pdf.py:251)
_.fontName  # unused attribute (app/reports/pdf.py:252)
_.boxAnchor  # unused attribute (app/reports/pdf.py:254)
_.dx  # unused attribute (app/reports/pdf.py:255)
_.fontName  # unused attribute (app/reports/pdf.py:256)
_.valueMin  # unused attribute (app/reports/pdf.py:258)
_.fillColor  # unused attribute (app/reports/pdf.py:259)
_.strokeColor  # unused attribute (app/reports/pdf.py:260)
_.data_type  # unused attribute (app/reports/xlsx.py:42)
_.alignment  # unused attribute (app/reports/xlsx.py:48)
_.alignment  # unused attribute (app/reports/xlsx.py:50)
_.fitToWidth  # unused attribute (app/reports/xlsx_cells.py:48)
_.fitToHeight  # unused attribute (app/reports/xlsx_cells.py:49)
_.fitToPage  # unused attribute (app/reports/xlsx_cells.py:50)
_.print_title_rows  # unused attribute (app/reports/xlsx_cells.py:51)
_.ref  # unused attribute (app/reports/xlsx_cells.py:56)
_.freeze_panes  # unused attribute (app/reports/xlsx_cells.py:57)
_.data_type  # unused attribute (app/reports/xlsx_cells.py:74)
_.data_type  # unused attribute (app/reports/xlsx_cells.py:85)
_.comment  # unused attribute (app/reports/xlsx_cells.py:95)
_.freeze_panes  # unused attribute (app/reports/xlsx_cells.py:97)
_.charts  # unused attribute (app/reports/xlsx_memory.py:56)
_.images  # unused attribute (app/reports/xlsx_memory.py:57)
_.modified  # unused attribute (app/reports/xlsx_memory.py:76)
_.errorTitle  # unused attribute (app/services/spreadsheets/templates.py:62)
_.isolation_level  # unused attribute (app/storage/engine.py:31)

# Row fields and column numbers that document what a row holds
can_read_notes  # unused variable (app/services/case_file.py:121)
clearance_valid_until  # unused variable (app/services/mentorships.py:50)
end_reason  # unused variable (app/services/mentorships.py:80)
COL_SIX_MONTHS  # unused variable (app/ui/models/case_file.py:14)
COL_WITHDRAWN  # unused variable (app/ui/models/case_file.py:83)
COL_TOPICS  # unused variable (app/ui/models/consultations.py:20)
COL_NEXT  # unused variable (app/ui/models/courses.py: the courses list)
COL_CERTIFICATE  # unused variable (app/ui/models/courses.py: a case's courses)
COL_RATE  # unused variable (app/ui/models/projects.py:11)
COL_LAST_LOGIN  # unused variable (app/ui/models/users.py:13)
COL_NOTE  # unused variable (app/ui/models/volunteers.py: approvals, own hours, allowances)

# Used by the tests only: hooks to observe the interface and services
hourly_value  # unused function (app/services/projects.py:375)
_.message_for  # unused method (app/ui/forms.py:236)
has_label  # unused function (app/ui/labels.py:328)
_.last_written  # unused attribute (app/ui/pages/reports.py:328)

# Kept so that Python does not collect an open dialog
_.password_dialog  # unused attribute (app/ui/pages/settings/users.py:25)
_.password_dialog  # unused attribute (app/ui/pages/settings/users.py:82)
_.password_dialog  # unused attribute (app/ui/pages/settings/users.py:84)

# German labels the right-of-access export finds by scanning domain/sheet_labels (vars())
DOCUMENT_KIND  # unused variable (app/domain/sheet_labels.py)

# Qt asks a translator whether it is empty (PseudoTranslator answers no)
_.isEmpty  # unused method (app/ui/i18n.py)

# sslmode values, chosen by value from a URL (storage/server.py)
AUTHORITY  # unused variable (app/storage/server_address.py)
HOST_NAME  # unused variable (app/storage/server_address.py)
# psycopg's connection attribute, set so SQLAlchemy's events write each BEGIN
_.autocommit  # unused attribute (app/storage/server.py)
# The services' way to read a server address (tests; the CLI resolves through the location)
parse_server_address  # unused function (app/services/team.py)
