"""Case files: spun text that must be repaired, clean text that must come back unchanged."""

from __future__ import annotations

from typing import Any

import pytest
from conftest import load_cases

import textrepair

SPUN = load_cases("spun.json")
NEGATIVE = load_cases("negative.json")


@pytest.mark.parametrize("case", SPUN, ids=[c["label"] for c in SPUN])
def test_spun_text_is_repaired(case: dict[str, Any]) -> None:
    result = textrepair.repair(case["input"], **case.get("options", {}))
    assert result.text == case["expected"], case["comment"]
    assert textrepair.apply_edits(case["input"], result.edits) == result.text


@pytest.mark.parametrize("case", NEGATIVE, ids=[c["label"] for c in NEGATIVE])
def test_clean_text_is_unchanged(case: dict[str, Any]) -> None:
    result = textrepair.repair(case["input"])
    assert result.edits == (), case["comment"]
    assert result.text == case["input"]
