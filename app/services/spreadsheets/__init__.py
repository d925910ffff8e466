"""Spreadsheets in and out: the club's Excel/CSV lists, templates and the full export."""
