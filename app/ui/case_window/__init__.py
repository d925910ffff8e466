"""The case file window and its tabs, one widget each."""

from app.ui.case_window.window import CaseFileWindow

__all__ = ["CaseFileWindow"]
