"""Build hook: every wheel (and ``pip install .``) carries the generated Qt files.

The Qt resource module and the compiled translations are not kept in git;
``build_py`` generates them from the sources with PySide6's rcc and lrelease
(see ``installer/build_qt.py``), into the build folder for a wheel and into
the source tree for an editable install. All other settings are in pyproject.toml.
"""

import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT))

from installer.build_qt import generate, generated_files  # noqa: E402


class BuildPyWithQtFiles(build_py):
    def run(self) -> None:
        super().run()
        target = ROOT if self.editable_mode else Path(self.build_lib)
        for path in generate(ROOT, target):
            self.announce(f"generated {path}", level=2)

    def get_outputs(self, include_bytecode: bool = True) -> list[str]:
        outputs = list(super().get_outputs(include_bytecode))
        if not self.editable_mode:
            outputs += [str(Path(self.build_lib) / path) for path in generated_files(ROOT)]
        return sorted(set(outputs))


setup(cmdclass={"build_py": BuildPyWithQtFiles})
