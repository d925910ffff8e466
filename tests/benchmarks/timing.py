"""Timing helpers. The machine is shared: other work only ever adds time, so the best of
several runs is the figure closest to what the code itself costs."""

import math
import time
from collections.abc import Callable


def best_of(runs: int, function: Callable[[], object]) -> float:
    """The shortest of ``runs`` calls, in seconds."""
    timings = []
    for _ in range(runs):
        started = time.perf_counter()
        function()
        timings.append(time.perf_counter() - started)
    return min(timings)


def percentile(values: list[float], share: float) -> float:
    """The value below which ``share`` of ``values`` lie (nearest rank)."""
    ordered = sorted(values)
    rank = max(0, math.ceil(share * len(ordered)) - 1)
    return ordered[rank]
