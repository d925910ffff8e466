"""A measured figure next to its target, and the table ``make bench`` prints."""

from dataclasses import dataclass


@dataclass(frozen=True)
class Figure:
    name: str
    value: float
    target: float
    unit: str  # "s", "ms", "MB" or "×"
    detail: str = ""

    @property
    def ok(self) -> bool:
        return self.value <= self.target

    def line(self, width: int) -> str:
        verdict = "ok" if self.ok else "MISSED"
        shown = f"{self.value:.2f} {self.unit}" if self.unit != "ms" else f"{self.value:.0f} ms"
        target = f"≤ {self.target:g} {self.unit}"
        text = f"{self.name:<{width}}  {shown:>10}  {target:>10}  {verdict}"
        return text + (f"\n{'':<{width}}  {self.detail}" if self.detail else "")


def table(figures: list[Figure]) -> str:
    width = max(len(f.name) for f in figures)
    head = f"{'figure':<{width}}  {'measured':>10}  {'target':>10}"
    return "\n".join([head, "-" * (len(head) + 8), *(f.line(width) for f in figures)])
