"""The benchmark harness: its quick mode end to end, its matching rules and its metrics."""

from __future__ import annotations

import doctest
import importlib
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from textrepair import Detection, Edit, Repair, apply_edits

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # `benchmarks` lives at the repo root, next to `tests`
    sys.path.insert(0, str(ROOT))

from benchmarks.data import GoldEdit, all_sets  # noqa: E402
from benchmarks.matching import match, to_unit  # noqa: E402
from benchmarks.quality import evaluate_with  # noqa: E402
from benchmarks.worker import make_tool, time_jsonl, time_text  # noqa: E402

SETS = ("seed-000", "seed-004", "devset-dev", "devset-heldout", "devset-clean")
TOOLS = ("textrepair", "textrepair-subs", "textrepair-typos", "ftfy", "symspellpy", "regex-floor")
QUICK_TIMEOUT_S = 120
"""Quick mode takes 20-30 s on 2 cores; the timeout only stops a hang."""


@pytest.fixture(scope="module")
def results(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    out = tmp_path_factory.mktemp("bench")
    done = subprocess.run(
        [sys.executable, "-m", "benchmarks", "--quick", "--out", str(out)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=QUICK_TIMEOUT_S,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "Edit quality" in (out / "latest.md").read_text(encoding="utf-8")
    loaded: dict[str, Any] = json.loads((out / "latest.json").read_text(encoding="utf-8"))
    return loaded


def _is_share(value: float | None) -> bool:
    return value is None or 0.0 <= value <= 1.0


def test_results_record_run_and_machine(results: dict[str, Any]) -> None:
    assert results["mode"] == "quick"
    assert results["elapsed_s"] > 0
    machine = results["machine"]
    assert machine["cores"] >= 1
    assert machine["python"] and machine["platform"]
    assert machine["packages"]["textrepair"] and machine["packages"]["ftfy"]


def test_quality_figures_are_shares(results: dict[str, Any]) -> None:
    sets = {s["name"]: s for s in results["quality"]["sets"]}
    assert tuple(sets) == SETS
    for s in sets.values():
        for key in ("precision", "recall", "f05", "detection_precision", "detection_recall"):
            assert _is_share(s[key]), (s["name"], key, s[key])
        assert s["damage_undone"] is None or s["damage_undone"] <= 1.0
        assert s["false_alarms_per_1k_words"] >= 0
        assert s["words"] > 0
    assert sets["seed-000"]["gold_edits"] == 64
    assert sets["seed-000"]["recall"] is not None
    assert sets["seed-004"]["gold_edits"] == 0
    assert sets["devset-clean"]["docs"] == 42


def test_spin_auroc_is_a_share(results: dict[str, Any]) -> None:
    groups = results["quality"]["spin"]
    assert groups
    for g in groups:
        assert g["auroc"] is not None and 0.0 <= g["auroc"] <= 1.0


def test_speed_runs_every_tool_on_every_input(results: dict[str, Any]) -> None:
    speed = results["speed"]
    runs = {(r["tool"], r["input"]): r for r in speed["runs"]}
    assert set(runs) == {(t, "jsonl") for t in TOOLS}  # --quick has no text input
    for r in runs.values():
        assert r["error"] is None, r["error"]
        assert r["words"] > 0 and r["words_per_s"] > 0
        assert 1.0 < r["peak_rss_mb"] < 4096


def test_speed_ratios_and_cold_start_are_positive(results: dict[str, Any]) -> None:
    speed = results["speed"]
    for row in speed["ratios"].values():
        assert row["textrepair/ftfy"] > 0 and row["textrepair/regex-floor"] > 0
    assert {c["name"] for c in speed["cold_start"]} == {"textrepair", "ftfy"}
    assert all(c["median_s"] > 0 for c in speed["cold_start"])
    assert speed["jobs"]["runs"] == []  # --quick skips --jobs
    assert {t["met"] for t in speed["targets"]} <= {True, False, None}


# -- matching: the rules README.md documents ---------------------------------------------------


def _edit(start: int, original: str, replacement: str) -> Edit:
    return Edit(start, start + len(original), original, replacement, "r", "substitution", 1.0, "")


TEXT = "He advised a discussion board about it."
GOLD = (
    GoldEdit(3, 10, "advised", "told", False, ""),
    GoldEdit(13, 29, "discussion board", "forum", False, ""),
)


def test_a_larger_system_edit_is_trimmed_and_matches() -> None:
    unit = to_unit(_edit(11, "a discussion board", "a Forum"))
    assert (unit.start, unit.end, unit.replacement) == (13, 29, "Forum")
    assert match(TEXT, unit, GOLD).hit == (1,)


def test_a_partial_repair_detects_but_does_not_match() -> None:
    result = match(TEXT, to_unit(_edit(24, "board", "forum")), GOLD)
    assert result.overlapped == (1,) and not result.correct


def test_an_uncertain_gold_edit_may_be_left_or_taken() -> None:
    gold = (GoldEdit(3, 10, "advised", "told", True, ""),)
    assert match(TEXT, to_unit(_edit(3, "advised", "told")), gold).hit == (0,)
    assert not match(TEXT, to_unit(_edit(3, "advised", "warned")), gold).correct


def _gold_repairer(sets: list[Any]) -> Any:
    golds = {doc.text: doc.gold for s in sets for doc in s.docs}

    def repair(text: str) -> Repair:
        edits = tuple(_edit(g.start, g.spun, g.original) for g in golds[text])
        return Repair(apply_edits(text, edits), edits, Detection(1.0 if edits else 0.0, "clean"))

    return repair


def test_the_gold_itself_scores_perfectly() -> None:
    sets = [s for s in all_sets() if s.name in ("seed-000", "devset-dev", "devset-clean")]
    report = evaluate_with(sets, _gold_repairer(sets), "gold")
    for s in report.sets[:2]:
        assert s.precision == s.recall == s.detection_precision == 1.0
        assert s.false_alarms == 0
        assert s.damage_undone == 1.0
    assert report.sets[2].system_units == 0
    assert report.spin[0].auroc == 1.0


def test_worker_times_both_kinds_of_input(tmp_path: Path) -> None:
    floor = make_tool("regex-floor")
    text = tmp_path / "input.txt"
    text.write_text("He stated this 12 months.", encoding="utf-8")
    assert len(time_text(floor, str(text), repeat=3, budget=60)["times"]) == 3
    jsonl = tmp_path / "input.jsonl"
    jsonl.write_text('{"id": 1, "text": "a b"}\n{"id": 2, "text": "c"}\n', encoding="utf-8")
    timed = time_jsonl(floor, str(jsonl), budget=60)
    assert (timed["docs"], timed["complete"]) == (2, True)


@pytest.mark.parametrize("module", ["data", "matching", "metrics", "report"])
def test_doctests(module: str) -> None:
    failures, _ = doctest.testmod(importlib.import_module(f"benchmarks.{module}"))
    assert failures == 0
