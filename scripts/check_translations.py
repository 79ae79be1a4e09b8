"""Every string the plugin translates at runtime, with the context it is looked up in, against the catalogues.

    python scripts/check_translations.py [LANG...]     (default: every i18n/*.ts; exits 1 on a problem)

Reads the code without running it (pure Python, no QGIS) and finds each translation lookup:
- ``QCoreApplication.translate("Context", "text")`` (and a report's ``self._translate(...)``);
- ``Name.tr("text")`` where class ``Name`` has a ``tr`` with a literal context;
- ``self.tr("text")``: the context of the ``tr`` the class inherits. A ``tr`` that looks the text up along
  the class's MRO (``TerritoryAlgorithm.tr``) finds it under the class the call is written in, as
  pylupdate5 files it; Qt's own ``QObject.tr`` looks it up under the runtime class, so a subclass needs
  the entry too;
- a bare ``tr("text")`` of a function that returns ``QCoreApplication.translate("Context", text)``.
A lookup whose text is not a literal (an f-string, a variable, ``"a" + b``) is a problem: no catalogue
can hold it. Then each catalogue must hold every (context, text); ``--unfinished LANG`` also lists the
ones without a finished translation.
"""

from __future__ import annotations

import argparse
import ast
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "territory_plugin"
CATALOGUES = ROOT / "i18n"
TRANSLATE_CALLS = {"translate", "_translate"}
MRO = "mro"  # a tr() that walks the class hierarchy: the lexical class's entry is found
RUNTIME = "runtime"  # a tr() looked up under type(self).__name__ (Qt's QObject.tr)


@dataclass(frozen=True)
class Lookup:
    context: str
    source: str
    where: str


@dataclass
class ClassInfo:
    name: str
    bases: list[str]
    tr: str | None = None  # a literal context, MRO or RUNTIME; None: inherited


@dataclass
class Scan:
    lookups: list[Lookup] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


def _literal(node: ast.AST) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


def _translate_call(node: ast.AST) -> ast.Call | None:
    """The QCoreApplication.translate(...) (or _translate) call a node is, if it is one."""
    if isinstance(node, ast.Call):
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else None
        if name in TRANSLATE_CALLS and len(node.args) >= 2:
            return node
    return None


def _helper_context(function: ast.FunctionDef) -> str | None:
    """The context of a tr-like helper: a function returning translate(<context>, <its text parameter>)."""
    params = [a.arg for a in function.args.args if a.arg not in ("self", "cls")]
    if len(params) != 1:
        return None
    if any(isinstance(n, ast.Attribute) and n.attr == "__mro__" for n in ast.walk(function)):
        return MRO
    for node in ast.walk(function):
        call = _translate_call(node.value) if isinstance(node, ast.Return) and node.value else None
        if call and isinstance(call.args[1], ast.Name) and call.args[1].id == params[0]:
            context = _literal(call.args[0])
            if context is not None:
                return context
            return RUNTIME
    return None


def _files() -> list[Path]:
    return sorted(p for p in PACKAGE.rglob("*.py") if "__pycache__" not in p.parts)


def _classes(trees: dict[Path, ast.Module]) -> dict[str, ClassInfo]:
    classes: dict[str, ClassInfo] = {}
    for tree in trees.values():
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef):
                bases = [b.id if isinstance(b, ast.Name) else getattr(b, "attr", "") for b in node.bases]
                info = classes.setdefault(node.name, ClassInfo(node.name, bases))
                for item in node.body:
                    if isinstance(item, ast.FunctionDef) and item.name == "tr":
                        info.tr = _helper_context(item)
    return classes


def _mro(name: str, classes: dict[str, ClassInfo]) -> list[str]:
    """The package classes in a class's hierarchy, depth first (close enough to Python's MRO here)."""
    order, stack = [], [name]
    while stack:
        current = stack.pop(0)
        if current in classes and current not in order:
            order.append(current)
            stack[:0] = classes[current].bases
    return order


def _subclasses(name: str, classes: dict[str, ClassInfo]) -> set[str]:
    return {other for other in classes if other != name and name in _mro(other, classes)}


def _tr_kind(name: str, classes: dict[str, ClassInfo]) -> str:
    for ancestor in _mro(name, classes):
        if classes[ancestor].tr is not None:
            return classes[ancestor].tr
    return RUNTIME  # Qt's QObject.tr


class _Visitor(ast.NodeVisitor):
    def __init__(self, path: Path, classes: dict[str, ClassInfo], scan: Scan) -> None:
        self.path, self.classes, self.scan = path, classes, scan
        self.class_stack: list[str] = []
        self.helpers: list[dict[str, str]] = [{}]  # tr-like functions by scope
        self.helper_defs: set[int] = set()

    def visit_ClassDef(self, node: ast.ClassDef) -> None:  # noqa: N802 - ast API
        self.class_stack.append(node.name)
        self.generic_visit(node)
        self.class_stack.pop()

    def _scope(self, body) -> dict[str, str]:
        found = {}
        for item in body:
            if isinstance(item, ast.FunctionDef):
                context = _helper_context(item)
                if context is not None:
                    found[item.name] = context
                    self.helper_defs.add(id(item))
        return found

    def visit_Module(self, node: ast.Module) -> None:  # noqa: N802 - ast API
        self.helpers = [self._scope(node.body)]
        self.generic_visit(node)

    def visit_FunctionDef(self, node: ast.FunctionDef) -> None:  # noqa: N802 - ast API
        if id(node) in self.helper_defs or (self.class_stack and node.name == "tr"):
            return  # the helper's own translate(context, text) call
        self.helpers.append(self._scope(node.body))
        self.generic_visit(node)
        self.helpers.pop()

    def _where(self, node: ast.AST) -> str:
        return f"{self.path.relative_to(ROOT)}:{node.lineno}"

    def _add(self, contexts, source_node: ast.AST, node: ast.Call, call: str) -> None:
        source = _literal(source_node)
        if source is None:
            self.scan.problems.append(f"{self._where(node)}: {call}() of a non-literal text: no catalogue can hold it")
            return
        for context in contexts:
            self.scan.lookups.append(Lookup(context, source, self._where(node)))

    def visit_Call(self, node: ast.Call) -> None:  # noqa: N802 - ast API
        func = node.func
        translate = _translate_call(node)
        if translate is not None:
            context = _literal(node.args[0])
            if context is None:
                self.scan.problems.append(f"{self._where(node)}: translate() with a non-literal context")
            else:
                self._add([context], node.args[1], node, "translate")
        elif isinstance(func, ast.Attribute) and func.attr == "tr" and len(node.args) == 1:
            owner = func.value
            if isinstance(owner, ast.Name) and owner.id == "self" and self.class_stack:
                self._add(self._self_contexts(self.class_stack[-1]), node.args[0], node, "self.tr")
            elif isinstance(owner, ast.Name) and owner.id in self.classes:
                kind = _tr_kind(owner.id, self.classes)
                if kind in (MRO, RUNTIME):
                    kind = owner.id
                self._add([kind], node.args[0], node, f"{owner.id}.tr")
            else:
                self.scan.problems.append(f"{self._where(node)}: a tr() whose context cannot be told")
        elif isinstance(func, ast.Name):
            context = next((scope[func.id] for scope in reversed(self.helpers) if func.id in scope), None)
            if context is not None and len(node.args) == 1:
                if context in (MRO, RUNTIME):
                    self.scan.problems.append(f"{self._where(node)}: {func.id}() looks up a runtime context")
                else:
                    self._add([context], node.args[0], node, func.id)
        self.generic_visit(node)

    def _self_contexts(self, name: str) -> list[str]:
        """The contexts a self.tr() written in class ``name`` is looked up in: one per class it can run in."""
        contexts = set()
        for runtime in [name, *sorted(_subclasses(name, self.classes))]:
            kind = _tr_kind(runtime, self.classes)
            contexts.add(name if kind == MRO else runtime if kind == RUNTIME else kind)
        return sorted(contexts)


def scan() -> Scan:
    """Every (context, text) the plugin's code looks up, and the lookups no catalogue can serve."""
    trees = {path: ast.parse(path.read_text(encoding="utf-8"), str(path)) for path in _files()}
    classes = _classes(trees)
    result = Scan()
    for path, tree in trees.items():
        _Visitor(path, classes, result).visit(tree)
    return result


def catalogue(language: str) -> dict[tuple[str, str], str | None]:
    """(context, source) -> the finished translation, or None when it is missing or unfinished."""
    tree = ET.parse(CATALOGUES / f"territory_plugin_{language}.ts")
    entries = {}
    for context in tree.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            finished = translation is not None and translation.get("type") not in ("unfinished", "obsolete", "vanished")
            entries[(name, message.findtext("source"))] = (translation.text or "") if finished else None
    return entries


def missing(language: str, lookups: list[Lookup]) -> list[Lookup]:
    entries = catalogue(language)
    return [lookup for lookup in lookups if (lookup.context, lookup.source) not in entries]


def unfinished(language: str, lookups: list[Lookup]) -> list[Lookup]:
    entries = catalogue(language)
    return [lookup for lookup in lookups if entries.get((lookup.context, lookup.source)) is None]


def languages() -> list[str]:
    return sorted(p.stem.rsplit("_", 1)[1] for p in CATALOGUES.glob("territory_plugin_*.ts"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("languages", nargs="*", default=None)
    parser.add_argument("--unfinished", action="append", default=[], help="also list LANG's unfinished ones")
    args = parser.parse_args(argv)
    result = scan()
    status = 0
    for problem in result.problems:
        print(problem)
        status = 1
    unique = {(lookup.context, lookup.source) for lookup in result.lookups}
    print(f"{len(unique)} strings in {len({c for c, _ in unique})} contexts")
    for language in args.languages or languages():
        for lookup in missing(language, result.lookups):
            print(f"{language}: not catalogued: {lookup.where} [{lookup.context}] {lookup.source!r}")
            status = 1
    for language in args.unfinished:
        left = {(lookup.context, lookup.source) for lookup in unfinished(language, result.lookups)}
        print(f"{language}: {len(left)} of {len(unique)} unfinished")
        status = status or int(bool(left))
    return status


if __name__ == "__main__":
    sys.exit(main())
