"""Checks that a window looks finished: no widget floats outside the layouts."""

from PySide6.QtWidgets import QLayout, QWidget


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
