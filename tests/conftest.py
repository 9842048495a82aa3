"""Shared fixtures and the hypothesis profiles (``HYPOTHESIS_PROFILE=fuzz`` for long runs)."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, settings

ROOT = Path(__file__).resolve().parent.parent
CASES = Path(__file__).resolve().parent / "cases"
SEEDS = ROOT / "seeds"

settings.register_profile(
    "ci", max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.register_profile(
    "fuzz", max_examples=20_000, deadline=None, suppress_health_check=list(HealthCheck)
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))


def load_cases(name: str) -> list[dict[str, Any]]:
    """The cases of one JSON case file."""
    cases: list[dict[str, Any]] = json.loads((CASES / name).read_text(encoding="utf-8"))
    return cases


def read_seed(prefix: str) -> str:
    """A seed text, exactly as stored (no newline translation)."""
    path = next(SEEDS.glob(f"{prefix}_*.txt"))
    with path.open(encoding="utf-8", newline="") as handle:
        return handle.read()
