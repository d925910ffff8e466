"""Reports: computation as SQL aggregates, kept apart from the xlsx and PDF writers."""
