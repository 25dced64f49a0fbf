"""The package's layers, read from its imports (issue 16): no command module imports
another, no import loop, no import running back up the layers, no private name taken
from another module. Every import counts, also those inside functions and under
TYPE_CHECKING: they are what a reader follows."""

from __future__ import annotations

import ast
from collections.abc import Iterable, Mapping
from pathlib import Path

import pytest

import mi_journal

# Bottom first; a module imports only from its own layer or below. `core` (the
# foundation) and `messages` (text only) share the bottom layer: core's errors are
# worded by messages, and messages needs nothing but core's safe-text helpers.
LAYERS: tuple[tuple[str, ...], ...] = (
    ("core", "messages"),
    ("storage",),
    ("index",),
    ("packs", "crisis", "changetalk"),
    ("journal", "goals", "interview", "reflect", "importing", "exporting"),
    ("cli",),
    ("__main__",),
)
ROOT = "mi_journal"

# Private names another module may take, with the reason. Nothing else.
PRIVATE_ALLOWED = {
    # Only select.tag_cleared may tag without the crisis check, and only with a piece
    # select.screen has cleared: private on purpose, so nothing else calls it.
    ("mi_journal.changetalk.select", "mi_journal.changetalk.tagger", "_tag_cleared"),
}

Imports = dict[str, set[str]]


def module_files(package: Path = Path(mi_journal.__file__).parent) -> dict[str, Path]:
    """Dotted module name -> file, for every module of the package."""
    found = {}
    for path in sorted(package.rglob("*.py")):
        parts = [ROOT, *path.relative_to(package).with_suffix("").parts]
        if parts[-1] == "__init__":
            parts.pop()
        found[".".join(parts)] = path
    return found


def _absolute(module: str, node: ast.ImportFrom, is_package: bool) -> str:
    if not node.level:
        return node.module or ""
    base = module.split(".")
    base = base[: len(base) - node.level + (1 if is_package else 0)]
    return ".".join(base + ([node.module] if node.module else []))


def read_imports(modules: Mapping[str, Path]) -> tuple[Imports, set[tuple[str, str, str]]]:
    """Each module's imports of the package's own modules, and the private names
    (module, from module, name) it takes from another module."""
    graph: Imports = {}
    private: set[tuple[str, str, str]] = set()
    for name, path in modules.items():
        targets: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                targets.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom):
                source = _absolute(name, node, path.name == "__init__.py")
                for alias in node.names:
                    whole = f"{source}.{alias.name}"
                    targets.add(whole if whole in modules else source)
                    if alias.name.startswith("_") and not alias.name.startswith("__"):
                        private.add((name, source, alias.name))
        graph[name] = {t for t in targets if t in modules and t != name}
    private = {item for item in private if item[1] in modules}
    return graph, private


def layer_of(module: str) -> int:
    parts = module.split(".")
    if len(parts) == 1:
        return 0  # mi_journal/__init__.py: the version only
    for index, layer in enumerate(LAYERS):
        if parts[1] in layer:
            return index
    raise AssertionError(f"{module} is in no layer: add its package to LAYERS")


def upward_imports(graph: Imports) -> list[str]:
    return [f"{module} -> {target}" for module in sorted(graph) for target in sorted(graph[module])
            if layer_of(target) > layer_of(module)]


def command_imports(graph: Imports) -> list[str]:
    def is_command(module: str) -> bool:
        return module.startswith(f"{ROOT}.cli.cmd_")

    return [f"{module} -> {target}" for module in sorted(graph) for target in sorted(graph[module])
            if is_command(module) and is_command(target)]


def cycles(graph: Imports) -> list[list[str]]:
    """The import loops: groups of modules that reach each other (Tarjan)."""
    order: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[list[str]] = []

    def visit(module: str) -> None:
        order[module] = low[module] = len(order)
        stack.append(module)
        for target in sorted(graph.get(module, ())):
            if target not in order:
                visit(target)
                low[module] = min(low[module], low[target])
            elif target in stack:
                low[module] = min(low[module], order[target])
        if low[module] == order[module]:
            group = []
            while True:
                member = stack.pop()
                group.append(member)
                if member == module:
                    break
            if len(group) > 1:
                found.append(sorted(group))

    for module in sorted(graph):
        if module not in order:
            visit(module)
    return found


def private_imports(taken: Iterable[tuple[str, str, str]]) -> list[str]:
    return [f"{module} takes {source}.{name}" for module, source, name in sorted(taken)
            if (module, source, name) not in PRIVATE_ALLOWED]


@pytest.fixture(scope="module")
def imports() -> tuple[Imports, set[tuple[str, str, str]]]:
    modules = module_files()
    assert f"{ROOT}.cli.app" in modules and f"{ROOT}.core.errors" in modules
    return read_imports(modules)


def test_every_package_has_a_layer(imports: tuple[Imports, set[tuple[str, str, str]]]) -> None:
    for module in imports[0]:
        layer_of(module)


def test_no_import_runs_back_up_the_layers(imports: tuple[Imports, set[tuple[str, str, str]]]
                                           ) -> None:
    assert upward_imports(imports[0]) == []


def test_no_command_module_imports_another(imports: tuple[Imports, set[tuple[str, str, str]]]
                                           ) -> None:
    assert command_imports(imports[0]) == []


def test_no_import_loop(imports: tuple[Imports, set[tuple[str, str, str]]]) -> None:
    assert cycles(imports[0]) == []


def test_no_private_name_from_another_module(imports: tuple[Imports, set[tuple[str, str, str]]]
                                             ) -> None:
    assert private_imports(imports[1]) == []


# --- the checks themselves find what they are for ----------------------------------------


def _write(folder: Path, files: dict[str, str]) -> dict[str, Path]:
    modules = {}
    for name, text in files.items():
        path = folder / (name.replace(".", "/") + ".py")
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        modules[name] = path
    return modules


def test_the_checks_find_loops_upward_and_private_imports_even_inside_functions(
        tmp_path: Path) -> None:
    modules = _write(tmp_path, {
        "mi_journal.core.paths": "def f():\n    from mi_journal.storage.files import _sync\n",
        "mi_journal.storage.files": "from mi_journal.core import paths\n_sync = 1\n",
        "mi_journal.cli.cmd_a": "import mi_journal.cli.cmd_b\n",
        "mi_journal.cli.cmd_b": "from mi_journal.messages import x\n",
        "mi_journal.messages": "x = 1\n",
    })
    graph, private = read_imports(modules)
    assert graph["mi_journal.storage.files"] == {"mi_journal.core.paths"}
    assert upward_imports(graph) == ["mi_journal.core.paths -> mi_journal.storage.files"]
    assert cycles(graph) == [["mi_journal.core.paths", "mi_journal.storage.files"]]
    assert command_imports(graph) == ["mi_journal.cli.cmd_a -> mi_journal.cli.cmd_b"]
    assert private_imports(private) == [
        "mi_journal.core.paths takes mi_journal.storage.files._sync"]


def test_a_package_outside_the_layers_is_refused() -> None:
    with pytest.raises(AssertionError, match="in no layer"):
        layer_of("mi_journal.newthing.module")
