"""The document's own spinner map: a sure repair's one-word swap carried to the rest of a
spun document, and where it is not."""

from __future__ import annotations

import pytest

from textrepair import Config, Repairer
from textrepair.propagate import Swap, document_swaps, word_swap
from textrepair.substitutions import Candidate

SPUN = Repairer(Config(force_spun=True))


def _rules(text: str, repairer: Repairer = SPUN) -> list[str]:
    return [e.rule_id for e in repairer.repair(text).edits]


def test_a_sure_phrase_repair_is_carried_to_the_lone_word() -> None:
    result = SPUN.repair("The inventory market fell. Tesla inventory was costly.")
    assert result.text == "The stock market fell. Tesla stock was costly."
    carried = result.edits[-1]
    assert carried.rule_id == "document:inventory->stock"
    assert carried.explanation.startswith(
        '"inventory" for "stock": the swap this document\'s spinner made in the sure repair'
        ' "inventory market" -> "stock market"; document spin score'
    )


def test_sentence_start_takes_the_case_of_the_text() -> None:
    text = "The inventory market fell.\nInventory rose later."
    assert SPUN.fix_text(text) == "The stock market fell.\nStock rose later."


@pytest.mark.parametrize(
    "text",
    [
        "The inventory market fell. Shares of Acme Inventory rose.",  # a name
        "The inventory market fell. Inventory Holdings rose.",  # title case: a name
        "The inventory market fell. Inventory-led firms rose.",  # a hyphenated word
        "The inventory market fell. The firm's inventory-based loans rose.",
    ],
)
def test_names_and_compounds_are_not_carried_to(text: str) -> None:
    assert "document:inventory->stock" not in _rules(text)


def test_a_spun_word_with_two_originals_is_not_carried() -> None:
    # "information" stands for "news" and for "data"; one repair cannot say which.
    text = "The information convention was held. The information came later."
    assert SPUN.fix_text(text) == "The news conference was held. The information came later."


def test_function_words_are_not_carried() -> None:
    text = "Within the 12 months he left. It happened within weeks."
    assert not any(r.startswith("document:") for r in _rules(text))


def test_nothing_is_carried_in_a_document_that_is_not_spun() -> None:
    text = "The inventory market fell. Tesla inventory was costly."
    strict = Repairer(Config(spun_threshold=0.99))
    assert strict.detect(text).verdict != "spun"
    assert strict.fix_text(text) == "The stock market fell. Tesla inventory was costly."


def test_a_swap_is_carried_only_near_the_repair_that_shows_it() -> None:
    # A long text made of many documents must not carry one article's swaps into the rest.
    filler = "Prices rose this 12 months. " * 100  # 2,800 characters of other spun text
    text = "The inventory market fell. Tesla inventory was costly. " + filler + "Inventory fell."
    result = SPUN.repair(text)
    assert result.text.startswith("The stock market fell. Tesla stock was costly.")
    assert result.text.endswith("Inventory fell.")


def test_carrying_can_be_turned_off() -> None:
    off = Repairer(Config(force_spun=True, carry_swaps=False))
    text = "The inventory market fell. Tesla inventory was costly."
    assert off.fix_text(text) == "The stock market fell. Tesla inventory was costly."


def test_protected_words_are_not_carried_to() -> None:
    kept = Repairer(Config(force_spun=True, protected_words=frozenset({"Inventory"})))
    assert "document:inventory->stock" not in _rules(
        "The inventory market fell. Tesla inventory was costly.", kept
    )


def test_repair_stays_idempotent_with_carried_swaps() -> None:
    once = SPUN.fix_text("The inventory market fell. Tesla inventory was costly.")
    assert SPUN.fix_text(once) == once


@pytest.mark.parametrize(
    ("spun", "original", "swap"),
    [
        ("inventory", "stock", Swap("inventory", "stock")),
        ("Inventory Market", "stock market", Swap("inventory", "stock")),
        ("discussion board", "forum", None),  # two words for one
        ("masks mandate", "mask mandate", None),  # one word, two inflections
        ("final 12 months", "last year", None),
        ("1.five", "1.5", None),
    ],
)
def test_word_swap(spun: str, original: str, swap: Swap | None) -> None:
    assert word_swap(spun, original) == swap


def _cand(spun: str, original: str, matched: str | None = None) -> Candidate:
    text = matched or spun
    return Candidate(0, len(text), text, original, "t", 0.9, False, "news", spun, original)


def test_document_swaps_keeps_only_unambiguous_lowercase_swaps() -> None:
    originals = {"inventory": frozenset({"stock"}), "information": frozenset({"news", "data"})}
    swaps = document_swaps(
        [
            _cand("inventory market", "stock market"),
            _cand("information convention", "news conference"),
            _cand("govt order", "executive order", "Govt Order"),  # inside a title
            _cand("final week", "last week"),
            _cand("final word", "last call"),  # two words differ
        ],
        originals,
    )
    assert swaps == {"inventory": Swap("inventory", "stock"), "final": Swap("final", "last")}


def test_document_swaps_drops_a_word_the_document_swaps_two_ways() -> None:
    swaps = document_swaps(
        [_cand("final week", "last week"), _cand("final exams", "closing exams")], {}
    )
    assert swaps == {}


def test_a_swap_the_lexicons_also_undo_is_not_carried() -> None:
    # "previous" -> "earlier" is a lexicon swap too: carrying "earlier" -> "previous" could
    # be undone by the next repair (repair must be idempotent).
    originals = {"earlier": frozenset({"previous"}), "previous": frozenset({"earlier"})}
    assert document_swaps([_cand("earlier tranche", "previous tranche")], originals) == {}
