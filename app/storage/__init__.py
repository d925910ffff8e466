"""Where Lotse keeps its data and how it opens, migrates and backs up the database."""

from app.storage import sqlite_adapters

sqlite_adapters.register()
