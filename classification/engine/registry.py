"""Every published questionnaire version, so that any stored result can be reproduced exactly."""

from collections.abc import Mapping
from types import MappingProxyType

from . import graph_v1
from .graph import Graph
from .model import UnknownVersion

GRAPHS: Mapping[str, Graph] = MappingProxyType({graph_v1.GRAPH.version: graph_v1.GRAPH})

CURRENT_VERSION = "1"


def get_graph(version: str = CURRENT_VERSION) -> Graph:
    """The graph of that version; raises UnknownVersion for any other."""
    try:
        return GRAPHS[version]
    except (KeyError, TypeError):
        raise UnknownVersion(str(version), tuple(GRAPHS)) from None
