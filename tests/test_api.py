"""The public API: repair, fix_text, detect, Repairer and Config."""

from __future__ import annotations

import pickle

import pytest
from conftest import read_seed

import textrepair
from textrepair import Config, Repairer


def test_repair_returns_text_and_edits_with_input_offsets() -> None:
    text = "Prices rose this 12 months."
    result = textrepair.repair(text)
    assert result.text == "Prices rose this year."
    (edit,) = result.edits
    assert text[edit.start : edit.end] == edit.original == "12 months"
    assert edit.replacement == "year"
    assert edit.kind == "substitution"
    assert 0.0 < edit.confidence <= 1.0
    assert "12 months" in edit.explanation


def test_fix_text_is_the_repaired_string() -> None:
    assert textrepair.fix_text("Growth hit 2.5 p.c.") == "Growth hit 2.5 percent."


def test_seed_000_is_spun_and_repaired() -> None:
    text = read_seed("000")
    result = textrepair.repair(text)
    assert result.detection.verdict == "spun"
    assert "Under the Union Treaty" in result.text
    assert "this year" in result.text
    assert "North Atlantic Treaty Organization" in result.text
    assert textrepair.apply_edits(text, result.edits) == result.text


def test_seed_004_is_clean_and_unchanged() -> None:
    text = read_seed("004")
    result = textrepair.repair(text)
    assert result.detection.verdict == "clean"
    assert result.edits == ()


def test_detect_shares_the_repair_analysis() -> None:
    text = read_seed("000")
    detection = textrepair.detect(text)
    assert detection.score == textrepair.repair(text).detection.score
    assert detection.evidence
    assert all(e.kind == "substitution" for e in detection.evidence)


def test_detect_scores_clean_text_low() -> None:
    detection = textrepair.detect(read_seed("004"))
    assert detection.score < 0.4
    assert detection.verdict == "clean"


def test_repairer_is_picklable_and_gives_the_same_result() -> None:
    repairer = Repairer(Config(force_spun=True))
    clone = pickle.loads(pickle.dumps(repairer))
    text = "The minister stated it this 12 months."
    assert clone.repair(text) == repairer.repair(text)


def test_repair_many_is_a_generator() -> None:
    repairer = Repairer()
    results = repairer.repair_many(iter(["this 12 months", "clean text"]))
    assert next(results).text == "this year"
    assert next(results).text == "clean text"


def test_min_confidence_filters_edits() -> None:
    text = "The minister stated it."
    assert textrepair.repair(text, force_spun=True, min_confidence=1.0).edits == ()


def test_protected_words_are_never_changed() -> None:
    text = "The 2 nations met; Final week it rose 1.5 p.c this 12 months."
    result = textrepair.repair(text, protected_words={"final"})
    assert "Final week" in result.text
    assert "this year" in result.text


def test_stages_can_be_switched_off() -> None:
    assert textrepair.fix_text("cafÃ© this 12 months", substitutions=False) == "café this 12 months"
    assert textrepair.fix_text("cafÃ© this 12 months", mojibake=False) == "cafÃ© this year"


def test_unknown_option_is_a_clear_error() -> None:
    with pytest.raises(TypeError, match=r"unknown option.*min_confidence"):
        textrepair.repair("x", min_confidnce=0.2)


def test_bad_option_value_is_a_clear_error() -> None:
    with pytest.raises(ValueError, match="min_confidence"):
        Config(min_confidence=2.0)


def test_repair_rejects_bytes() -> None:
    with pytest.raises(TypeError, match="str"):
        textrepair.repair(b"bytes")  # type: ignore[arg-type]
