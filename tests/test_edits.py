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
