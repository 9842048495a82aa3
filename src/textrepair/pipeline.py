"""JSON Lines in and out, over all cores: textrepair as a corpus preprocessing step."""

from __future__ import annotations

import argparse
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .api import Repairer
    from .types import Repair


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The JSONL options of the command line."""
    group = parser.add_argument_group("JSON Lines")
    group.add_argument("--jsonl", action="store_true", help="input and output are JSON Lines")


def run(args: argparse.Namespace, repairer: Repairer) -> int:
    """Run the JSONL mode; returns the exit status."""
    raise NotImplementedError("--jsonl is not built yet")


def parallel_repair(repairer: Repairer, texts: Iterable[str], jobs: int) -> Iterator[Repair]:
    """Repair texts in worker processes, yielding results in input order."""
    raise NotImplementedError("jobs > 1 is not built yet")
