"""Invariants over generated text (hypothesis): offsets, replay, idempotence, streaming."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

import textrepair
from textrepair import Config, Repairer

# Text built from trigger words, spun phrases and arbitrary Unicode, so the rules do fire.
PIECES = st.sampled_from(
    [
        "this 12 months",
        "stated",
        "Beneath the",
        "chief",
        "p.c",
        "1.five",
        "Final week",
        "North Atlantic Treaty Group",
        "advised a discussion board",
        "an officer",
        "the 2 nations",
        "cafÃ©",
        "â€™",
        " ",
        "  ",
        "\n",
        "\r\n",
        "\t",
        ".",
        ",",
        "’s",
        "😀",
        "\u200b",
        "\u0301",
        "שלום",
        "word",
        "a",
        "an",
        "\x00",
        "\udcff",
    ]
)
TEXTS = st.lists(st.one_of(PIECES, st.text(max_size=8)), max_size=30).map("".join)
SPUN = Repairer(Config(force_spun=True))


@given(TEXTS)
def test_edits_replay_and_offsets_point_into_the_input(text: str) -> None:
    for repairer in (SPUN, Repairer()):
        result = repairer.repair(text)
        assert textrepair.apply_edits(text, result.edits) == result.text
        for edit in result.edits:
            assert text[edit.start : edit.end] == edit.original
            assert 0.0 <= edit.confidence <= 1.0


@given(TEXTS)
def test_repair_is_idempotent(text: str) -> None:
    once = SPUN.repair(text).text
    assert SPUN.repair(once).text == once


@given(st.lists(TEXTS, max_size=6))
def test_streaming_line_by_line_equals_whole_text(lines: list[str]) -> None:
    # With the document score fixed (force_spun), repairs do not depend on how the text is cut.
    parts = [line.replace("\n", " ").replace("\r", " ") + "\n" for line in lines]
    whole = SPUN.repair("".join(parts)).text
    assert "".join(SPUN.repair(p).text for p in parts) == whole


@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=200))
def test_text_without_trigger_words_is_untouched(text: str) -> None:
    words = {w.lower() for w in textrepair.tokens.words(text)}
    index = Repairer().index
    if words & (index.always.firsts | index.gated.firsts) or not text.isascii():
        return
    if any(c.isdigit() for c in text):
        return
    assert Repairer().repair(text).edits == ()
