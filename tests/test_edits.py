"""Edits: applying, choosing among overlaps, composing stages back to input offsets."""

from __future__ import annotations

import pytest

from textrepair import Edit, apply_edits
from textrepair.edits import EditError, compose, select_non_overlapping


def edit(start: int, end: int, original: str, replacement: str, conf: float = 0.9) -> Edit:
    return Edit(start, end, original, replacement, "test", "substitution", conf, "")


def test_apply_edits_in_any_order() -> None:
    text = "one two three"
    edits = [edit(8, 13, "three", "3"), edit(0, 3, "one", "1")]
    assert apply_edits(text, edits) == "1 two 3"


def test_apply_edits_rejects_a_stale_edit() -> None:
    with pytest.raises(EditError, match="expects 'two'"):
        apply_edits("one too", [edit(4, 7, "two", "2")])


def test_apply_edits_rejects_overlaps() -> None:
    with pytest.raises(EditError, match="overlap"):
        apply_edits("abcdef", [edit(0, 3, "abc", "x"), edit(2, 4, "cd", "y")])


def test_select_prefers_the_longer_span_then_confidence() -> None:
    long = edit(0, 16, "discussion board", "forum", 0.6)
    short = edit(11, 16, "board", "panel", 0.99)
    other = edit(20, 25, "board", "panel", 0.5)
    assert select_non_overlapping([short, other, long]) == [long, other]


def test_select_non_overlapping_prefers_confidence_between_equal_spans() -> None:
    sure, unsure = edit(4, 9, "stays", "remains", 0.9), edit(4, 9, "stays", "keeps", 0.6)
    assert select_non_overlapping([unsure, sure]) == [sure]


def test_an_insertion_may_stand_just_after_a_replacement_only() -> None:
    word = edit(2, 6, "cash", "money")
    at_start, inside, after = edit(2, 2, "", "a "), edit(4, 4, "", "x"), edit(6, 6, "", "!")
    assert select_non_overlapping([inside, word, after, at_start]) == [word, after]


def test_select_non_overlapping_keeps_every_edit_that_does_not_touch_another() -> None:
    # Many small edits far apart: all kept, in order (and in linear time: the overlap check
    # no longer shifts a sorted list for each edit).
    edits = [edit(10 * i, 10 * i + 3, "abc", "x") for i in range(5000)]
    assert select_non_overlapping(reversed(edits)) == edits


def test_compose_maps_later_offsets_back_to_the_input() -> None:
    text = "cafÃ© this 12 months"
    first = [edit(3, 5, "Ã©", "é")]
    middle = apply_edits(text, first)  # "café this 12 months"
    later = [edit(10, 19, "12 months", "year")]
    assert middle[10:19] == "12 months"
    composed = compose(text, first, later)
    assert [(e.start, e.end, e.original) for e in composed] == [(3, 5, "Ã©"), (11, 20, "12 months")]
    assert apply_edits(text, composed) == "café this year"


def test_compose_merges_a_later_edit_that_touches_an_earlier_one() -> None:
    text = "Itâ€™s fine"
    first = [edit(2, 5, "â€™", "’")]
    assert apply_edits(text, first) == "It’s fine"
    later = [edit(0, 4, "It’s", "It is")]
    composed = compose(text, first, later)
    assert len(composed) == 1
    assert apply_edits(text, composed) == "It is fine"
    assert composed[0].original == "Itâ€™s"
