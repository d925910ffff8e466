"""Alembic environment: always runs on a connection handed in by app.storage.migrate."""

from alembic import context
from sqlmodel import SQLModel

import app.domain.models  # noqa: F401  (registers every table on the metadata)
from app.storage.search_index import include_name

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=SQLModel.metadata,
    render_as_batch=True,
    compare_type=True,
    include_name=include_name,
)
with context.begin_transaction():
    context.run_migrations()
