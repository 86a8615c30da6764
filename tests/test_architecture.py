"""The architecture's rules, checked on the source:

- no import cycle inside agentkit/ (every import counts: module level, TYPE_CHECKING, inside functions);
- no Gemma token string or token id outside agentkit/gemma4/;
- the loop (agentkit/agent/) imports nothing of Docker;
- `Run` never imports `Agent`.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

from agentkit.gemma4 import tokens

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "agentkit"


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def modules() -> dict[str, Path]:
    found = {module_name(p): p for p in PACKAGE.rglob("*.py")}
    # The sandbox runner runs inside the container, not in agentkit's process.
    return {name: path for name, path in found.items() if ".sandbox.runner" not in name}


def imports(path: Path, known: set[str]) -> Iterator[str]:
    """The agentkit modules ``path`` imports, anywhere in it."""
    tree = ast.parse(path.read_text())
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.startswith("agentkit"):
                    yield alias.name
        elif (
            isinstance(node, ast.ImportFrom)
            and node.module
            and node.module.startswith("agentkit")
            and not node.level
        ):
            for alias in node.names:
                sub = f"{node.module}.{alias.name}"
                yield sub if sub in known else node.module


def graph() -> dict[str, set[str]]:
    found = modules()
    known = set(found)
    return {
        name: {t for t in imports(path, known) if t in known and t != name} for name, path in found.items()
    }


def cycles(edges: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components with more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for nxt in edges.get(node, ()):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            component = []
            while True:
                item = stack.pop()
                on_stack.discard(item)
                component.append(item)
                if item == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(edges):
        if node not in index:
            visit(node)
    return found


def test_no_import_cycle_inside_agentkit() -> None:
    assert cycles(graph()) == []


def test_the_cycle_finder_finds_a_cycle() -> None:
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


def test_run_does_not_import_agent() -> None:
    edges = graph()
    loop = {name for name in edges if name.startswith("agentkit.agent.") and name != "agentkit.agent.agent"}

    def reaches(start: str, target: str) -> bool:
        seen, todo = set(), [start]
        while todo:
            item = todo.pop()
            if item == target:
                return True
            if item not in seen:
                seen.add(item)
                todo.extend(edges.get(item, ()))
        return False

    assert [name for name in sorted(loop) if reaches(name, "agentkit.agent.agent")] == []


def test_the_loop_imports_nothing_of_docker() -> None:
    loop = [p for p in (PACKAGE / "agent").rglob("*.py")]
    assert loop
    for path in loop:
        tree = ast.parse(path.read_text())
        names = [a.name for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names]
        names += [n.module or "" for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)]
        offending = [
            n
            for n in names
            if n == "docker"
            or n.startswith("docker.")
            or "sandbox.docker" in n
            or "sandbox.pool" in n
            or "sandbox.config" in n
        ]
        assert offending == [], f"{path.relative_to(ROOT)} imports {offending}"


# Code, not prose: docstrings may name a token to explain the format; string and number literals may not.
TOKEN_TEXTS = sorted(text for text in tokens.TOKEN_IDS if text not in ("<pad>", "<eos>", "<bos>"))
# Ids small enough to be ordinary numbers (0-106: sizes, counts, page limits) are not told apart from
# them; the large ones (images, video: 255999, 258880...) are.
TOKEN_ID_VALUES = sorted(i for i in tokens.TOKEN_IDS.values() if i >= 1000)


def docstrings(tree: ast.AST) -> set[int]:
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
            body = node.body
            if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
                found.add(id(body[0].value))
    return found


def gemma_facts(source: str) -> list[str]:
    tree = ast.parse(source)
    skip = docstrings(tree)
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Constant) or id(node) in skip:
            continue
        if isinstance(node.value, str):
            found += [t for t in TOKEN_TEXTS if t in node.value]
        elif (
            isinstance(node.value, int) and not isinstance(node.value, bool) and node.value in TOKEN_ID_VALUES
        ):
            found.append(str(node.value))
    return found


def test_no_gemma_token_or_id_outside_gemma4() -> None:
    offenders = {}
    for name, path in modules().items():
        if name.startswith("agentkit.gemma4"):
            continue
        found = gemma_facts(path.read_text())
        if found:
            offenders[str(path.relative_to(ROOT))] = found
    assert offenders == {}


def test_the_token_grep_finds_tokens_and_ids() -> None:
    assert gemma_facts('x = "<channel|>"') == ["<channel|>"]
    assert gemma_facts("IMAGE = 258880") == ["258880"]
    assert gemma_facts('def f():\n    """Ends with <turn|>."""\n    return 1101') == []


def module_level_getattr_definers(base: Path, roots: list[Path]) -> list[str]:
    """Modules (outside the container code) that write their own module-level ``__getattr__``."""
    found = []
    for root in roots:
        for path in sorted(root.rglob("*.py")):
            if "runner" in path.relative_to(base).parts or path.name == "_lazy.py":
                continue
            tree = ast.parse(path.read_text())
            if any(isinstance(n, ast.FunctionDef) and n.name == "__getattr__" for n in tree.body):
                found.append(str(path.relative_to(base)))
    return found


def test_the_lazy_import_block_is_written_once() -> None:
    # Every package that loads names on first use goes through agentkit._lazy.lazy_exports.
    assert module_level_getattr_definers(ROOT, [PACKAGE, ROOT / "tools"]) == []


def test_the_lazy_block_finder_finds_a_hand_written_one(tmp_path: Path) -> None:
    (tmp_path / "pkg.py").write_text("def __getattr__(name):\n    raise AttributeError(name)\n")
    assert module_level_getattr_definers(tmp_path, [tmp_path]) == ["pkg.py"]


def test_lazy_packages_list_eager_and_lazy_names() -> None:
    import agentkit
    import agentkit.engines
    import agentkit.sandbox

    assert {"Agent", "__version__"} <= set(dir(agentkit))
    assert {"Chunk", "HTTPEngine"} <= set(dir(agentkit.engines))
    assert {"Sandbox", "DockerSandbox"} <= set(dir(agentkit.sandbox))
    assert agentkit.engines.HTTPEngine.__name__ == "HTTPEngine"
