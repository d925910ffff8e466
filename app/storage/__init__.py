"""Where Lotse keeps its data and how it opens, migrates and backs up the database."""
