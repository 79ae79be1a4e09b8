"""Qt6 readiness of the shipped code, as QGIS's migration guide asks; exits 1 listing what is left.

    python scripts/check_qt6.py [PATH...]     (default: territory_plugin/)

Finds, without running the plugin:
- enum members reached through their owner instead of their enum (``Qt.DisplayRole``,
  ``QVariant.Int``, ``QgsProcessing.TypeVector``, ``Qgis.Warning``): PyQt6 only knows
  ``Qt.ItemDataRole.DisplayRole``. Each name is looked up in the installed PyQt and QGIS, so
  the check knows every enum without a list of them;
- PyQt5 (or PyQt6) imported directly instead of through ``qgis.PyQt``;
- ``QAction``, ``QActionGroup``, ``QShortcut`` from QtWidgets (QtGui in Qt6; compat.py has them);
- ``QVariant`` field types or NULL checks outside compat.py (QMetaType from QGIS 3.38 on);
- calls deprecated on newer QGIS (``saveStyleToDatabase``, ``parameterAsFields``) outside compat.py.
Needs PyQGIS importable (Debian's python3, or the test venv).
"""

from __future__ import annotations

import ast
import enum
import importlib
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# The module allowed to name version-specific things (it tests which exists).
COMPAT = "compat.py"
MOVED_TO_QTGUI = {"QAction", "QActionGroup", "QShortcut"}
# Calls deprecated on the newer versions, with the compat.py function that picks the right one.
DEPRECATED_CALLS = {
    "saveStyleToDatabase": "save_style_to_database (saveStyleToDatabaseV2 on 3.44)",
    "parameterAsFields": "parameter_as_fields (parameterAsStrings on 3.40+)",
}


def _is_enum_member(value: object) -> bool:
    if isinstance(value, enum.Enum):
        return True
    # PyQt5's sip enums: their type's metaclass is sip.enumtype.
    return type(type(value)).__name__ == "enumtype"


def _imported_names(tree: ast.Module) -> dict[str, object]:
    """Names bound by ``from qgis... import X`` (or ``qgis.PyQt.Qt...``), resolved to the objects."""
    names: dict[str, object] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.split(".")[0] in ("qgis", "PyQt5"):
            try:
                module = importlib.import_module(node.module)
            except ImportError:
                continue
            for alias in node.names:
                if hasattr(module, alias.name):
                    names[alias.asname or alias.name] = getattr(module, alias.name)
    return names


def _chain(node: ast.Attribute) -> list[str] | None:
    """``Qt.ItemDataRole.DisplayRole`` -> ["Qt", "ItemDataRole", "DisplayRole"]; None if not names."""
    parts = []
    while isinstance(node, ast.Attribute):
        parts.append(node.attr)
        node = node.value
    if not isinstance(node, ast.Name):
        return None
    parts.append(node.id)
    return parts[::-1]


def check_source(text: str, filename: str) -> list[str]:
    """The problems in one file's source, as ``file:line: what``."""
    tree = ast.parse(text, filename)
    parents = {child: parent for parent in ast.walk(tree) for child in ast.iter_child_nodes(parent)}
    is_compat = Path(filename).name == COMPAT
    names = _imported_names(tree)
    problems: list[str] = []

    def report(node: ast.AST, message: str) -> None:
        problems.append(f"{filename}:{node.lineno}: {message}")

    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.split(".")[0] in ("PyQt5", "PyQt6"):
                    report(node, f"import {alias.name}: import from qgis.PyQt instead")
        elif isinstance(node, ast.ImportFrom) and node.module:
            top = node.module.split(".")[0]
            if top in ("PyQt5", "PyQt6"):
                report(node, f"from {node.module} import: import from qgis.PyQt instead")
            if not is_compat and node.module.endswith("QtWidgets"):
                for alias in node.names:
                    if alias.name in MOVED_TO_QTGUI:
                        report(node, f"{alias.name} from QtWidgets: it is in QtGui in Qt6 (territory_plugin.compat)")
            if not is_compat and node.module.endswith("QtCore"):
                for alias in node.names:
                    if alias.name == "QVariant":
                        report(node, "QVariant: field types and NULL checks come from territory_plugin.compat")
        if isinstance(node, ast.Attribute) and not is_compat and node.attr in DEPRECATED_CALLS:
            report(node, f"{node.attr}: deprecated, use territory_plugin.compat.{DEPRECATED_CALLS[node.attr]}")
        # Only outermost attribute chains: ``a.b.c`` is checked once, whole.
        elif isinstance(node, ast.Attribute) and not isinstance(parents.get(node), ast.Attribute):
            parts = _chain(node)
            if not parts or parts[0] not in names:
                continue
            owner = names[parts[0]]
            for attr in parts[1:]:
                if not isinstance(owner, type) or not hasattr(owner, attr):
                    break  # a method, or a name this QGIS version lacks (compat.py tests for those)
                value = getattr(owner, attr)
                if _is_enum_member(value) and not issubclass(owner, type(value)):
                    scoped = f"{type(value).__name__}.{getattr(value, 'name', None) or attr}"
                    report(node, f"{'.'.join(parts)}: unscoped enum, write it as ...{scoped}")
                    break
                owner = value
    return problems


def check_file(path: Path) -> list[str]:
    return check_source(path.read_text(encoding="utf-8"), str(path))


def check_paths(paths: list[Path]) -> list[str]:
    """The problems in every Python file under ``paths`` (files or folders)."""
    files = sorted(f for p in paths for f in ([p] if p.is_file() else p.rglob("*.py")))
    return [problem for f in files for problem in check_file(f)]


def main(argv: list[str]) -> int:
    problems = check_paths([Path(arg) for arg in argv] or [ROOT / "territory_plugin"])
    for problem in problems:
        print(problem)
    print(f"check_qt6: {len(problems)} problems", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
