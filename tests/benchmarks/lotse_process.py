"""Running ``lotse`` and the benchmark's probes as separate processes, as a user would."""

import os
import subprocess
import sys
from pathlib import Path

PASSWORD = "benchmark-passwort"
ADMIN = "admin"
REPOSITORY = Path(__file__).resolve().parents[2]


def environment(**extra: str) -> dict[str, str]:
    """Offscreen Qt in German, the admin's password for commands that log in."""
    env = dict(os.environ)
    env.update(
        QT_QPA_PLATFORM="offscreen",
        LOTSE_LANG="de",
        LOTSE_PASSWORD=PASSWORD,
        PYTHONDONTWRITEBYTECODE="1",
    )
    env.update(extra)
    return env


def run(arguments: list[str], **extra: str) -> subprocess.CompletedProcess[str]:
    """A Python process in the repository; fails loudly with its output."""
    result = subprocess.run(
        [sys.executable, *arguments],
        cwd=REPOSITORY,
        env=environment(**extra),
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0:
        raise RuntimeError(
            f"{' '.join(arguments)} exited with {result.returncode}:\n"
            f"{result.stdout}\n{result.stderr}"
        )
    return result


def lotse(data_dir: Path, *arguments: str) -> subprocess.CompletedProcess[str]:
    """The real command line: ``python -m app.cli`` is what the ``lotse`` script runs."""
    return run(
        [
            "-c",
            "import sys; from app.cli import main; sys.exit(main())",
            "--data-dir",
            str(data_dir),
            *arguments,
        ]
    )


def probe_lines(result: subprocess.CompletedProcess[str]) -> dict[str, float]:
    """The ``name=value`` lines a probe prints on stdout."""
    values = {}
    for line in result.stdout.splitlines():
        name, _, value = line.partition("=")
        if name.startswith("bench.") and value:
            values[name.removeprefix("bench.")] = float(value)
    return values


def peak_mb() -> float:
    """This process's peak resident memory in MB. On Linux the high-water mark of its own
    address space (VmHWM): ``ru_maxrss`` carries the parent's peak across fork and exec,
    so every probe started by a large ``make bench`` process reported that process's."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
