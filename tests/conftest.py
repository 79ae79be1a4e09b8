"""Shared by every test, and free of QGIS: `make test-core` runs tests/core without starting it.

The QGIS fixtures (the real plugin loaded the way QGIS loads it) live in tests/qgis/conftest.py.
"""

from __future__ import annotations


def pytest_addoption(parser, pluginmanager):
    if not pluginmanager.has_plugin("pytest_qgis"):
        # pyproject.toml sets pytest-qgis's option; without the plugin (-p no:pytest_qgis) pytest
        # would warn that it does not know it.
        parser.addini("qgis_qui_enabled", "pytest-qgis: show the QGIS window (unused without pytest-qgis)")
