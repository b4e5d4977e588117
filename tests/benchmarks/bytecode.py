"""Start-up is measured as an installed accord starts: from compiled bytecode.

``pip install .`` compiles every module it installs, so a user's ``accord up`` reads ``.pyc`` files. A source
checkout installed with ``-e`` compiles each module when first imported and caches it in ``__pycache__``, unless
``PYTHONDONTWRITEBYTECODE`` is set: then every process compiles every accord module it imports, every time
(about 0.2 s of CPU for the calculator's tool server alone), which is not what a user's start-up costs. The
start-up benchmarks call ``compile_packages()`` first so both kinds of checkout measure the installed case.
"""

from __future__ import annotations

import compileall
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGES = ("agents", "servers", "cards", "patterns")
"""What ``pip install .`` installs (``[tool.setuptools.packages.find]`` in pyproject.toml)."""


def compile_packages() -> None:
    """Compile accord's packages to ``__pycache__`` as the installer would; modules already compiled are skipped."""
    for package in PACKAGES:
        compileall.compile_dir(ROOT / package, quiet=1, workers=1)
