"""The README's Python examples run as doctests, so the documentation stays true."""

from __future__ import annotations

import doctest

from conftest import ROOT


def test_readme_examples() -> None:
    result = doctest.testfile(str(ROOT / "README.md"), module_relative=False)
    assert result.attempted >= 5
    assert result.failed == 0
