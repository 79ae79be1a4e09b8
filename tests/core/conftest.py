"""The core runs without QGIS: when pytest-qgis is off (`make test-core`), importing qgis fails here.

Under `make test` pytest-qgis has started QGIS already; the check is `make test-core`'s job.
"""

from __future__ import annotations

import sys
from importlib.abc import MetaPathFinder


class _NoQgis(MetaPathFinder):
    def find_spec(self, fullname, path, target=None):
        if fullname == "qgis" or fullname.startswith("qgis."):
            raise ImportError(f"{fullname}: territory_plugin.core and its tests must not import QGIS")
        return None


def pytest_configure(config):
    if not config.pluginmanager.has_plugin("pytest_qgis") and "qgis" not in sys.modules:
        sys.meta_path.insert(0, _NoQgis())
