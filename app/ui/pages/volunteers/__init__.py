"""The Volunteering page: one module per tab, each a widget with its own table model."""

from app.ui.pages.volunteers.page import VolunteersPage

__all__ = ["VolunteersPage"]
