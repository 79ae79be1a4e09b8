"""Shared by every test, and free of QGIS: `make test-core` runs tests/core without starting it.

The QGIS fixtures (the real plugin loaded the way QGIS loads it) live in tests/qgis/conftest.py.
"""

from __future__ import annotations

import os

from hypothesis import settings

# The same examples on every run and every machine: a red suite means a change, not a new draw.
# Cases that failed once are pinned with @example beside their test. HYPOTHESIS_PROFILE=explore
# draws fresh examples (and remembers failures in .hypothesis/) to hunt for new ones.
settings.register_profile("deterministic", derandomize=True, database=None, print_blob=True)
settings.register_profile("explore", derandomize=False)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "deterministic"))


def pytest_addoption(parser, pluginmanager):
    if not pluginmanager.has_plugin("pytest_qgis"):
        # pyproject.toml sets pytest-qgis's option; without the plugin (-p no:pytest_qgis) pytest
        # would warn that it does not know it.
        parser.addini("qgis_qui_enabled", "pytest-qgis: show the QGIS window (unused without pytest-qgis)")
