"""The UI's translations: find every translatable string in the code, keep the Qt Linguist
sources (orgchart/resources/translations/orgchart_*.ts) in step with it, and compile them to .qm.

    python tools/translations.py update    new strings into every .ts (unfinished), gone ones
                                           marked vanished (their translation is kept)
    python tools/translations.py compile   .ts -> .qm with pyside6-lrelease (ships with PySide6)
    python tools/translations.py check     list the strings without a translation (exit 1)

Why not pyside6-lupdate: it files a module's own ``tr("…")`` helper (``def tr(text): return
QCoreApplication.translate("Context", text)``, the idiom of this code base outside widgets)
under the empty context, so those strings would never be found at run time. This extractor
reads the code with ``ast`` and knows that idiom:

- ``self.tr("…")`` in a class: the class's name (what PySide6 looks up);
- ``QCoreApplication.translate("Context", "…"[, disambiguation[, n]])``;
- ``QT_TRANSLATE_NOOP("Context", "…")`` (strings translated later from a variable);
- a call of a module-level helper whose body returns ``….translate("Context", <its parameter>)``
  (or ``QT_TRANSLATE_NOOP("Context", <its parameter>)``, a marking helper),
  defined in the module or imported from another module of the package;
- the names of undoable steps (context "Commands"): ``text = "…"`` and the texts a ``text``
  property returns in orgchart/commands, ``f"Change {field_word(self.field)}"`` for every field of the
  entity the command updates, and ``Macro("…")`` / ``begin_macro("…")`` anywhere.

A call whose text is not a literal is reported as *dynamic*: its strings must be marked with
``QT_TRANSLATE_NOOP`` where they are written.
"""

from __future__ import annotations

import ast
import dataclasses
import functools
import importlib
import shutil
import subprocess
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from ts_files import Entry, Extraction, Found, Key, merge, missing, read_ts, write_ts  # noqa: E402

__all__ = ["Entry", "Extraction", "Found", "Key", "extract", "merge", "missing", "read_ts", "write_ts"]

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "orgchart"
TRANSLATIONS = ROOT / "orgchart" / "resources" / "translations"
#: Qt's name for each language we translate into, and how many plural forms it has
LANGUAGES = {"de": ("de_DE", 2)}
TRANSLATE_NAMES = {"QCoreApplication", "QApplication", "QGuiApplication", "words"}
#: what a module that holds a text to translate contains
MARKERS = ("tr(", "translate(", "QT_TR", "Macro(", "begin_macro(")


def _text(node: ast.AST | None) -> str | None:
    """A literal string (implicitly joined pieces are one Constant already)."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


def _module_name(path: Path, base: Path = ROOT) -> str:
    return ".".join(path.relative_to(base).with_suffix("").parts).removesuffix(".__init__")


def _helper_context(function: ast.FunctionDef) -> str | None:
    """The context of ``def tr(text): return QCoreApplication.translate("Context", text)``."""
    if not function.args.args or len(function.body) > 2:
        return None
    parameter = function.args.args[0].arg
    for statement in function.body:
        if isinstance(statement, ast.Return) and isinstance(statement.value, ast.Call):
            call = statement.value
            noop = isinstance(call.func, ast.Name) and call.func.id == "QT_TRANSLATE_NOOP"
            if (
                (_is_translate(call) or noop)
                and len(call.args) >= 2
                and _text(call.args[0]) is not None
                and isinstance(call.args[1], ast.Name)
                and call.args[1].id == parameter
            ):
                return _text(call.args[0])
    return None


def _is_translate(call: ast.Call) -> bool:
    func = call.func
    return (
        isinstance(func, ast.Attribute)
        and func.attr == "translate"
        and isinstance(func.value, ast.Name)
        and func.value.id in TRANSLATE_NAMES
    )


def _helpers(trees: dict[Path, ast.Module], base: Path) -> dict[str, dict[str, str]]:
    """Per module: its names that are translation helpers -> their context (imports too)."""
    own = {
        _module_name(path, base): {
            node.name: context
            for node in tree.body
            if isinstance(node, ast.FunctionDef) and (context := _helper_context(node)) is not None
        }
        for path, tree in trees.items()
    }
    helpers = {module: dict(names) for module, names in own.items()}
    for path, tree in trees.items():
        module = _module_name(path, base)
        for node in tree.body:
            if isinstance(node, ast.ImportFrom) and node.module in own:
                for alias in node.names:
                    if alias.name in own[node.module]:
                        helpers[module][alias.asname or alias.name] = own[node.module][alias.name]
    return helpers


@dataclass
class Table:
    """A module-level table of texts: a dict (``keys`` and ``values``) or a sequence (only
    ``values``); what is not a text is None."""

    values: list[str | tuple[str | None, ...] | None]
    keys: list[str | tuple[str | None, ...] | None] | None = None

    def rows(self, method: str) -> list[str | tuple[str | None, ...] | None] | None:
        """What ``for … in TABLE`` / ``TABLE.items()`` / ``.values()`` / ``.keys()`` yields."""
        if self.keys is None:
            return self.values if method == "" else None
        if method == "items":
            return [
                (k if isinstance(k, str) else None, v if isinstance(v, str) else None)
                for k, v in zip(self.keys, self.values, strict=True)
            ]
        return self.values if method == "values" else self.keys if method in ("", "keys") else None


def _row(node: ast.expr | None) -> str | tuple[str | None, ...] | None:
    """A text, a tuple of texts, or a text marked with QT_TRANSLATE_NOOP("Context", "…")."""
    if isinstance(node, ast.Tuple):
        return tuple(_text(e) for e in node.elts)
    if isinstance(node, ast.Call) and getattr(node.func, "id", "").startswith("QT_TR"):
        return _text(node.args[-1]) if node.args else None
    return _text(node)


def _value_row(value: object) -> str | tuple[str | None, ...] | None:
    if isinstance(value, tuple):
        return tuple(v if isinstance(v, str) else None for v in value)
    return value if isinstance(value, str) else None


def _literals(tree: ast.Module) -> dict[str, Table]:
    """Module-level ``NAME = {…}`` / ``(…)`` / ``[…]``: tables of texts translated in a loop."""
    tables: dict[str, Table] = {}
    for node in tree.body:
        target = node.targets[0] if isinstance(node, ast.Assign) and len(node.targets) == 1 else None
        if isinstance(node, ast.AnnAssign):
            target = node.target
        value = getattr(node, "value", None)
        if not isinstance(target, ast.Name):
            continue
        if isinstance(value, ast.Dict):
            tables[target.id] = Table([_row(v) for v in value.values], [_row(k) for k in value.keys])
        elif isinstance(value, (ast.Tuple, ast.List)):
            tables[target.id] = Table([_row(e) for e in value.elts])
    return tables


@functools.cache
def _imported_table(module: str, name: str) -> Table | None:
    """A table another module of the package builds (``THEMES = {t.name: t for t in …}``),
    read by importing that module."""
    try:
        value = getattr(importlib.import_module(module), name)
    except Exception:  # noqa: BLE001 - a module that does not import gives no table
        return None
    if isinstance(value, dict):
        return Table([_value_row(v) for v in value.values()], [_value_row(k) for k in value])
    if isinstance(value, (tuple, list)):
        return Table([_value_row(v) for v in value])
    return None


class _Visitor(ast.NodeVisitor):
    """Walks one module. A text passed as a variable is found when the variable is bound by
    a loop over a table (``for label, suffix in (("PNG (image)", ".png"), …)``, or ``for key,
    name in NAMES.items()`` with ``NAMES = {…: "…"}`` in the module or imported), and as
    ``TABLE[key]`` (every value of the table)."""

    def __init__(self, out: Extraction, path: str, helpers: dict[str, str], tables: dict[str, Table]) -> None:
        self.out, self.path, self.helpers, self.tables = out, path, helpers, tables
        self.classes: list[str] = []
        self.bound: list[dict[str, list[str]]] = []

    def _rows(self, node: ast.expr) -> list[str | tuple[str | None, ...] | None] | None:
        if isinstance(node, (ast.Tuple, ast.List, ast.Set)):
            return [_row(e) for e in node.elts]
        method = ""
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and not node.args:
            method, node = node.func.attr, node.func.value
        table = self.tables.get(node.id) if isinstance(node, ast.Name) else None
        return table.rows(method) if table is not None else None

    def _bind(self, target: ast.expr, iterable: ast.expr) -> dict[str, list[str]]:
        rows = self._rows(iterable)
        bound: dict[str, list[str]] = {}
        if rows is None:
            return bound
        if isinstance(target, ast.Name):
            bound[target.id] = [r for r in rows if isinstance(r, str)]
        elif isinstance(target, ast.Tuple):
            for i, element in enumerate(target.elts):
                if isinstance(element, ast.Name):
                    texts = [r[i] for r in rows if isinstance(r, tuple) and len(r) > i]
                    bound[element.id] = [t for t in texts if t is not None]
        return {name: texts for name, texts in bound.items() if texts}

    def visit_For(self, node: ast.For) -> None:
        self.bound.append(self._bind(node.target, node.iter))
        self.generic_visit(node)
        self.bound.pop()

    def _visit_comprehension(self, node: ast.expr) -> None:
        generators = getattr(node, "generators", [])
        self.bound.append({k: v for g in generators for k, v in self._bind(g.target, g.iter).items()})
        self.generic_visit(node)
        self.bound.pop()

    visit_ListComp = visit_SetComp = visit_GeneratorExp = visit_DictComp = _visit_comprehension

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self.classes.append(node.name)
        self.generic_visit(node)
        self.classes.pop()

    def visit_FunctionDef(self, node: ast.FunctionDef) -> None:
        if not self.classes and node.name in self.helpers:  # the helper's own translate call
            return
        self.generic_visit(node)

    def visit_Call(self, node: ast.Call) -> None:
        self.generic_visit(node)
        place = f"{self.path}:{node.lineno}"
        func = node.func
        args = node.args
        if _is_translate(node):
            context = _text(args[0]) if args else None
            self._take(context, args[1:], node, place)
        elif isinstance(func, ast.Attribute) and func.attr == "tr":
            if isinstance(func.value, ast.Name) and func.value.id == "self" and self.classes:
                self._take(self.classes[-1], args, node, place)
            else:
                self.out.dynamic.append(f"{place}: tr() on something other than self")
        elif isinstance(func, ast.Name) and func.id in ("QT_TRANSLATE_NOOP", "QT_TRANSLATE_NOOP3"):
            self._take(_text(args[0]) if args else None, args[1:], node, place)
        elif isinstance(func, ast.Name) and func.id == "QT_TR_NOOP" and self.classes:
            self._take(self.classes[-1], args, node, place)
        elif isinstance(func, ast.Name) and func.id in self.helpers:
            self._take(self.helpers[func.id], args, node, place)

    def _take(self, context: str | None, args: list[ast.expr], call: ast.Call, place: str) -> None:
        source = _text(args[0]) if args else None
        variable = args[0].id if args and isinstance(args[0], ast.Name) else ""
        texts = next((b[variable] for b in reversed(self.bound) if variable in b), [])
        if args and isinstance(args[0], ast.Subscript) and isinstance(args[0].value, ast.Name):
            table = self.tables.get(args[0].value.id)  # TABLE[key]: any of its values
            texts = [v for v in (table.values if table else []) if isinstance(v, str)]
        if context is not None and source is None and texts and len(args) == 1:
            for text in texts:
                self.out.add(Key(context, text), place)
            return
        if context is None or source is None:
            self.out.dynamic.append(f"{place}: {ast.unparse(call)[:90]}")
            return
        comment = _text(args[1]) if len(args) > 1 else None
        numerus = len(args) > 2 or any(k.arg == "n" for k in call.keywords)
        self.out.add(Key(context, source, comment or ""), place, numerus)


def _command_texts(trees: dict[Path, ast.Module], out: Extraction, root: Path) -> None:
    """The names of undoable steps, which the history shows through ``command_text``."""
    for path, tree in trees.items():
        rel = str(path.relative_to(root.parent))
        in_commands = (root / "commands") in path.parents
        for node in ast.walk(tree):
            if isinstance(node, ast.Call):  # Macro("…"), history.begin_macro("…")
                func = node.func
                name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
                if name in ("Macro", "begin_macro") and node.args and _text(node.args[0]):
                    out.add(Key("Commands", _text(node.args[0]) or ""), f"{rel}:{node.lineno}")
            if not in_commands or not isinstance(node, ast.ClassDef):
                continue
            for item in node.body:
                if isinstance(item, ast.Assign) and any(
                    isinstance(t, ast.Name) and t.id == "text" for t in item.targets
                ):
                    if _text(item.value):
                        out.add(Key("Commands", _text(item.value) or ""), f"{rel}:{item.lineno}")
                if isinstance(item, ast.FunctionDef) and item.name == "text":
                    for text in _returned_texts(item, node):
                        out.add(Key("Commands", text), f"{rel}:{item.lineno}")


def _returned_texts(function: ast.FunctionDef, owner: ast.ClassDef) -> Iterable[str]:
    values = [n.value for n in ast.walk(function) if isinstance(n, ast.Return) and n.value is not None]
    while values:
        node = values.pop(0)
        if isinstance(node, ast.IfExp):
            values += [node.body, node.orelse]
        elif isinstance(node, ast.BoolOp):
            values += node.values
        elif isinstance(node, ast.JoinedStr):
            yield from _expand_fields(node, owner)
        elif _text(node) is not None:
            yield _text(node) or ""


def _expand_fields(node: ast.JoinedStr, owner: ast.ClassDef) -> Iterable[str]:
    """``f"Change {field_word(self.field)}"`` in ``class UpdateRole(_Update[Role])``: one text
    per field."""
    parts = node.values
    entity = next(
        (b.slice.id for b in owner.bases if isinstance(b, ast.Subscript) and isinstance(b.slice, ast.Name)),
        None,
    )
    if entity is None or len(parts) != 2 or _text(parts[0]) is None:
        return
    model = importlib.import_module("orgchart.model")
    word = importlib.import_module("orgchart.commands.updates").field_word
    for f in dataclasses.fields(getattr(model, entity)):
        if f.name not in ("id", "custom"):  # not edited as a field of its own
            yield (_text(parts[0]) or "") + word(f.name)


def extract(root: Path = PACKAGE) -> Extraction:
    """Every translatable string under ``root`` (a package folder)."""
    base = root.parent
    texts = {path: path.read_text("utf-8") for path in sorted(root.rglob("*.py"))}
    # Parsing every module takes seconds: only those that can hold a text to translate.
    trees = {
        path: ast.parse(text, str(path))
        for path, text in texts.items()
        if any(marker in text for marker in MARKERS) or (root / "commands") in path.parents
    }
    helpers = _helpers(trees, base)
    names = {name for module in helpers.values() for name in module}
    for path, text in texts.items():  # modules that only call a helper imported from another
        if path not in trees and any(f"{name}(" in text for name in names):
            trees[path] = ast.parse(text, str(path))
    helpers = _helpers(trees, base)
    own = {_module_name(path, base): _literals(tree) for path, tree in trees.items()}
    tables = {module: dict(names) for module, names in own.items()}
    for path, tree in trees.items():  # tables imported from another module of the package
        for node in tree.body:
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith(f"{root.name}."):
                for alias in (a for a in node.names if a.name.isupper()):
                    module = str(node.module)
                    table = own.get(module, {}).get(alias.name) or _imported_table(module, alias.name)
                    if table is not None:
                        tables[_module_name(path, base)][alias.asname or alias.name] = table
    out = Extraction()
    for path, tree in trees.items():
        module = _module_name(path, base)
        _Visitor(out, str(path.relative_to(base)), helpers[module], tables[module]).visit(tree)
    _command_texts(trees, out, root)
    return out


def ts_path(language: str) -> Path:
    return TRANSLATIONS / f"orgchart_{language}.ts"


def lrelease() -> str | None:
    """pyside6-lrelease of this Python's PySide6 (PySide6-Essentials ships it)."""
    beside = Path(sys.executable).with_name("pyside6-lrelease")
    return str(beside) if beside.exists() else shutil.which("pyside6-lrelease")


def compile_ts(ts: Path, qm: Path) -> None:
    tool = lrelease()
    if tool is None:
        raise SystemExit("pyside6-lrelease was not found (it comes with PySide6)")
    subprocess.run([tool, "-silent", str(ts), "-qm", str(qm)], check=True)


def main(argv: list[str]) -> int:
    command = argv[0] if argv else "check"
    found = extract()
    for problem in found.dynamic:
        print(f"note: not a literal text, not extracted: {problem}", file=sys.stderr)
    status = 0
    for language, (qt_name, forms) in LANGUAGES.items():
        path = ts_path(language)
        if command == "update":
            write_ts(path, merge(found, read_ts(path), forms), qt_name, ROOT)
            print(f"{path.relative_to(ROOT)}: {len(found.messages)} strings")
        if command in ("update", "check"):
            for item in missing(found, read_ts(path)):
                status = 1
                where = item.places[0]
                print(f"{path.name}: untranslated: [{item.key.context}] {item.key.source!r} ({where})")
        if command == "compile":
            compile_ts(path, path.with_suffix(".qm"))
            print(f"{path.with_suffix('.qm').relative_to(ROOT)} written")
    return status if command == "check" else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
