"""Reading OpenAPI documents safely: the one home of the YAML/JSON loader and the HTTP method list.

`load_document` refuses hostile input before it can cost much: files above a size cap, YAML whose
aliases would expand beyond a node budget (the "billion laughs" bomb: a 1 kB file that stands for
10^9 nodes once walked), self-referencing aliases, and nesting deeper than Python can walk. What it
returns is JSON-shaped: mapping keys are the strings written in the file (`200:` is "200", `on:` is
"on"), dates stay strings, and nodes reached through the same alias may be the same object (read
them, do not mutate them).

PyYAML is imported when a YAML document is read (extras `testing` and `cli`).
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import yaml

__all__ = [
    "HTTP_METHODS",
    "MAX_ALIAS_NODES",
    "MAX_DOCUMENT_BYTES",
    "DocumentError",
    "load_document",
]

# The operation keys of an OpenAPI 3.x path item, in the order the specification lists them.
HTTP_METHODS: tuple[str, ...] = (
    "get",
    "put",
    "post",
    "delete",
    "options",
    "head",
    "patch",
    "trace",
)

# 16 MiB: ~60 times openapi/np6.yaml, far below what would strain memory once parsed.
MAX_DOCUMENT_BYTES = 16 * 1024 * 1024
# Nodes that aliases may add on top of the nodes written in the file. Anchors reused a few times
# (shared responses, parameters) add thousands; a billion-laughs bomb adds billions.
MAX_ALIAS_NODES = 1_000_000
# Where a YAML anchor (`&name`) may start; also matches some `&` inside strings, which only costs
# the expansion count a document without anchors skips.
_ANCHOR = re.compile(rb"(?:^|[\s\[{,])&[^\s\[\]{},]")


class DocumentError(ValueError):
    """A document that cannot be read. The message is one line and starts with the source."""


def load_document(
    source: str | Path | bytes,
    *,
    max_bytes: int = MAX_DOCUMENT_BYTES,
    max_alias_nodes: int = MAX_ALIAS_NODES,
) -> Any:
    """Parse a YAML or JSON document from a path or from bytes; raise DocumentError when unusable.

    A `.json` path is parsed as JSON only; anything else as JSON when it looks like JSON, else YAML.
    """
    name, data = _read(source, max_bytes)
    json_only = isinstance(source, (str, Path)) and Path(source).suffix.lower() == ".json"
    if json_only or data.lstrip()[:1] in (b"{", b"["):
        try:
            return json.loads(data)
        except RecursionError:
            raise DocumentError(f"{name}: nested too deeply") from None
        except ValueError as exc:  # JSONDecodeError and UnicodeDecodeError
            if json_only:
                raise DocumentError(f"{name}: not valid JSON: {_one_line(exc)}") from None
    return _load_yaml(name, data, max_alias_nodes)


def _read(source: str | Path | bytes, max_bytes: int) -> tuple[str, bytes]:
    if isinstance(source, bytes):
        name, data = "<bytes>", source
    else:
        name = str(source)
        try:
            with Path(source).open("rb") as f:
                data = f.read(max_bytes + 1)  # never more than the cap in memory
        except FileNotFoundError:
            raise DocumentError(f"{name}: no such file") from None
        except IsADirectoryError:
            raise DocumentError(f"{name}: is a directory, not a file") from None
        except OSError as exc:
            raise DocumentError(f"{name}: cannot read: {_one_line(exc)}") from None
    if len(data) > max_bytes:
        raise DocumentError(f"{name}: larger than {max_bytes} bytes")
    return name, data


def _load_yaml(name: str, data: bytes, max_alias_nodes: int) -> Any:
    import yaml

    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise DocumentError(f"{name}: not UTF-8: {_one_line(exc)}") from None
    loader = _loader_class()(text)
    try:
        node = loader.get_single_node()
        if node is None:
            return None
        if _ANCHOR.search(data):  # without an anchor there is no alias: skip the count
            _check_expansion(name, node, max_alias_nodes)
        return _construct(loader, node, {})
    except yaml.YAMLError as exc:
        raise DocumentError(f"{name}: not valid YAML: {_one_line(exc)}") from None
    except RecursionError:
        raise DocumentError(f"{name}: nested too deeply") from None
    finally:
        loader.dispose()


def _check_expansion(name: str, root: yaml.Node, max_alias_nodes: int) -> None:
    """Count the nodes a full walk would visit, without walking them: each distinct node once.

    An alias makes the same node object appear in several places, so the walk size of a node is
    1 + the walk sizes of its children, computed once per node (iteratively: no recursion limit).
    """
    import yaml

    sizes: dict[int, int] = {}
    on_path: set[int] = set()
    stack: list[tuple[yaml.Node, list[yaml.Node] | None]] = [(root, None)]
    while stack:
        node, children = stack.pop()
        key = id(node)
        if children is not None:  # second visit: every child has its size
            on_path.discard(key)
            sizes[key] = 1 + sum([sizes[id(child)] for child in children])
            continue
        if key in sizes:
            continue
        if key in on_path:
            raise DocumentError(f"{name}: a YAML alias refers to a node that contains it")
        if isinstance(node, yaml.ScalarNode):
            sizes[key] = 1
            continue
        if isinstance(node, yaml.MappingNode):
            children = [part for pair in node.value for part in pair]
        else:
            children = list(node.value)
        on_path.add(key)
        stack.append((node, children))
        stack.extend([(child, None) for child in children])
    if sizes[id(root)] - len(sizes) > max_alias_nodes:
        raise DocumentError(
            f"{name}: YAML aliases expand to more than {max_alias_nodes} extra nodes"
        )


_STR, _MAP, _SEQ = (f"tag:yaml.org,2002:{kind}" for kind in ("str", "map", "seq"))


def _construct(loader: Any, node: yaml.Node, shared: dict[int, Any]) -> Any:
    """Python data from a node graph; several times faster than PyYAML's generic constructor.

    Strings, mappings and sequences (nearly every node of an OpenAPI document) are built here;
    other scalars (numbers, booleans, null, dates kept as text) and unusual tags go to the loader.
    A node reached through several aliases becomes one shared object.
    """
    key = id(node)
    if key in shared:
        return shared[key]
    kind, tag = node.__class__.__name__, node.tag
    if kind == "ScalarNode":
        return node.value if tag == _STR else loader.construct_object(node, deep=True)
    if kind == "MappingNode" and tag == _MAP:
        loader.flatten_mapping(node)  # `<<` merge keys
        mapping: dict[str, Any] = {}
        shared[key] = mapping
        for key_node, value_node in node.value:
            if key_node.__class__.__name__ != "ScalarNode":
                raise loader.ConstructorError(  # a YAMLError: reported as invalid YAML
                    None, None, "a mapping key is not a scalar", key_node.start_mark
                )
            mapping[key_node.value] = _construct(loader, value_node, shared)
        return mapping
    if kind == "SequenceNode" and tag == _SEQ:
        sequence: list[Any] = []
        shared[key] = sequence
        sequence.extend([_construct(loader, child, shared) for child in node.value])
        return sequence
    shared[key] = loader.construct_object(node, deep=True)
    return shared[key]


_LOADER: type | None = None


def _loader_class() -> Any:
    """A safe loader (the C one when libyaml is there) that keeps keys and dates as written."""
    global _LOADER
    if _LOADER is None:
        import yaml

        base: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

        class Loader(base):  # type: ignore[misc]
            ConstructorError = yaml.constructor.ConstructorError

            def __init__(self, stream: str) -> None:
                super().__init__(stream)
                self.plain_tags: dict[str, str] = {}

            def resolve(self, kind: type, value: str, implicit: tuple[bool, bool]) -> str:
                # The tag of a plain scalar depends only on its text: resolve each text once.
                if kind is not yaml.ScalarNode or not implicit[0]:
                    return str(super().resolve(kind, value, implicit))
                tag = self.plain_tags.get(value)
                if tag is None:
                    tag = self.plain_tags[value] = str(super().resolve(kind, value, implicit))
                return tag

            def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> Any:
                # Only for unusual tags (`!!set`...): keys as written, like _construct.
                self.flatten_mapping(node)
                return {k.value: self.construct_object(v, deep=deep) for k, v in node.value}

        def as_text(loader: Any, node: yaml.ScalarNode) -> str:
            return str(loader.construct_scalar(node))

        Loader.add_constructor("tag:yaml.org,2002:timestamp", as_text)
        _LOADER = Loader
    return _LOADER


def _one_line(value: object, limit: int = 300) -> str:
    return " ".join(str(value).split())[:limit]
