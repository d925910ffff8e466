"""Use cases of Lotse. Each receives the acting user, checks permissions and audits changes.

Services use QtCore only for message translation; they never touch widgets.
"""
