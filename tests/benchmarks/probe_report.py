"""Child process: ``lotse report …`` as typed on the command line, with the moment the
report starts being built marked, so that start-up (imports, the password's key
derivation, opening the database) can be told apart from the command's own work.

Prints ``bench.build_started`` and ``bench.done`` (CLOCK_MONOTONIC seconds) and
``bench.peak_mb`` (the process's peak resident memory).
Run as ``python -m tests.benchmarks.probe_report ARGUMENTS…`` (the arguments of lotse).
"""

import sys
import time

from tests.benchmarks.lotse_process import peak_mb


def main() -> int:
    from app.services import report_kinds

    build = report_kinds.build_report

    def marked_build(*args: object, **kwargs: object) -> object:
        print(f"bench.build_started={time.monotonic():.6f}", flush=True)
        return build(*args, **kwargs)  # type: ignore[arg-type]

    report_kinds.build_report = marked_build  # type: ignore[assignment]
    from app.cli import main as lotse

    code = lotse(sys.argv[1:])
    print(f"bench.done={time.monotonic():.6f}")
    print(f"bench.peak_mb={peak_mb():.1f}")
    return code


if __name__ == "__main__":
    sys.exit(main())
