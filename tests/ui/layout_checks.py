"""Checks that a window looks finished: no widget floats outside the layouts."""

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QLabel,
    QLayout,
    QPushButton,
    QToolButton,
    QWidget,
)


def _laid_out(layout: QLayout | None, found: set[int]) -> None:
    if layout is None:
        return
    for index in range(layout.count()):
        item = layout.itemAt(index)
        if item.widget() is not None:
            found.add(id(item.widget()))
        _laid_out(item.layout(), found)


def floating_widgets(window: QWidget) -> list[QWidget]:
    """Visible widgets that belong to ``window`` or a page of it but sit in no layout:
    they are drawn at the top left, over whatever is there."""
    floating = []
    for widget in [window, *window.findChildren(QWidget)]:
        if widget.layout() is None:
            continue
        managed: set[int] = set()
        _laid_out(widget.layout(), managed)
        for child in widget.children():
            if (
                isinstance(child, QWidget)
                and not child.isWindow()
                and child.isVisibleTo(window)
                and id(child) not in managed
            ):
                floating.append(child)
    return floating


def _text_of(widget: QWidget) -> str:
    if isinstance(widget, QLabel | QAbstractButton):
        return widget.text()
    return ""


def cut_texts(window: QWidget) -> list[str]:
    """Visible labels and buttons narrower (or, wrapped, lower) than their text needs,
    and a window whose layout needs more than the screen: what a user would see cut."""
    problems = []
    screen = window.screen().availableGeometry()
    needed = window.minimumSizeHint().expandedTo(window.minimumSize())
    if needed.width() > screen.width() or needed.height() > screen.height():
        problems.append(
            f"{type(window).__name__} needs {needed.width()}×{needed.height()}, "
            f"the screen has {screen.width()}×{screen.height()}"
        )
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window) or not _text_of(widget).strip():
            continue
        if _inside_scroll_area(widget, window):
            continue  # the user scrolls to the rest
        if isinstance(widget, QLabel):
            if widget.pixmap() is not None and not widget.pixmap().isNull():
                continue
            if widget.wordWrap():
                if widget.height() + 1 < widget.heightForWidth(widget.width()):
                    problems.append(f"wrapped label cut: {widget.text()!r}")
            elif widget.width() + 1 < widget.sizeHint().width():
                problems.append(
                    f"label cut: {widget.text()!r} ({widget.width()} of "
                    f"{widget.sizeHint().width()} px)"
                )
        elif (
            isinstance(widget, QAbstractButton)
            and not isinstance(widget, QToolButton)
            and widget.width() + 1 < _needed_width(widget)
        ):
            problems.append(
                f"button cut: {widget.text()!r} ({widget.width()} of {_needed_width(widget)} px)"
            )
    return problems


def _needed_width(button: QAbstractButton) -> int:
    """A check box needs its size hint; a push button its text and icon (its size hint
    adds the style's minimum width, which a small arrow button may well undercut)."""
    if not isinstance(button, QPushButton):
        return button.sizeHint().width()
    text = button.fontMetrics().horizontalAdvance(button.text().replace("&", ""))
    icon = button.iconSize().width() + 4 if not button.icon().isNull() else 0
    return text + icon + 8


def _inside_scroll_area(widget: QWidget, window: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        if isinstance(parent, QAbstractScrollArea):
            return True
        parent = parent.parentWidget()
    return False
