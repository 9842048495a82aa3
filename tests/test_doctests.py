"""The examples in the package's docstrings run, so they stay true."""

from __future__ import annotations

import doctest
import importlib
import pkgutil

import pytest

import textrepair

MODULES = sorted(
    m.name
    for m in pkgutil.iter_modules(textrepair.__path__, "textrepair.")
    if m.name not in {"textrepair.__main__", "textrepair.spark", "textrepair.dask"}
)


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name: str) -> None:
    failures, _ = doctest.testmod(importlib.import_module(name))
    assert failures == 0
