"""Typed access to the tables behind the models, for SQL Core queries.

``table(Participant).c.last_name`` is a typed ``Column`` where
``Participant.last_name`` is, to a type checker, a plain ``str``.
"""

from typing import Any, cast

import sqlalchemy as sa


def table(model: Any) -> sa.Table:
    return cast(sa.Table, model.__table__)
