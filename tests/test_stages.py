"""The stages one by one: mojibake, numbers, typos, context vetoes, case and articles."""

from __future__ import annotations

import pytest

import textrepair
from textrepair import mojibake, numbers, typos
from textrepair.rules import SUPPORTED_CONF, context_favours_spun, gate
from textrepair.tokens import indefinite_article, transfer_case


@pytest.mark.parametrize(
    ("text", "fixed"),
    [
        ("The cafÃ© is open.", "The café is open."),
        ("Itâ€™s here", "It’s here"),
        ("naÃ¯ve", "naïve"),
    ],
)
def test_mojibake_is_repaired(text: str, fixed: str) -> None:
    assert textrepair.fix_text(text) == fixed


@pytest.mark.parametrize(
    "text",
    [
        "“curly” quotes",
        "the ﬁnal ﬁgure",
        "full-width ＡＢＣ",
        "cafe\u0301",
        "&amp; entity",
        "ascii",
    ],
)
def test_mojibake_stage_leaves_correct_text_alone(text: str) -> None:
    assert mojibake.find_edits(text) == []


def test_decimal_words_are_always_repaired() -> None:
    found = numbers.decimal_words("up 2.three and four.5, not 3.14 or v1.two0")
    assert [m.replacement for m in found] == ["2.3", "4.5"]


def test_decimal_words_leave_file_paths_alone() -> None:
    assert numbers.decimal_words("see man4/zero.4 and docs/two.1/index") == []


def test_digits_become_words_only_before_counted_nouns() -> None:
    text = "2 ships, 3 km, $4 bills, 5 p.c rises, 2.5 times, 10 days"
    assert [m.replacement for m in numbers.digit_words(text)] == ["Two"]


def test_digits_inside_names_stay() -> None:
    text = "Phase 3 trials, Level 4 rules, Windows 7 users, type 2 diabetes cases, No. 2 officials"
    assert numbers.digit_words(text) == []


def test_digits_before_a_described_noun_or_paired_with_a_word_become_words() -> None:
    text = "The 6 conservative justices voted seven to 2; a ratio of 2 and starts; 3 minute bins"
    assert [m.replacement for m in numbers.digit_words(text)] == ["six", "two"]
    assert [m.replacement for m in numbers.digit_words("It sank, said Smith. 2 ships came.")] == [
        "Two"
    ]


def test_typos_only_touch_lowercase_out_of_vocabulary_words() -> None:
    text = "The goverment said NASA and Lukashenko met at https://x.org/goverment #goverment"
    found = typos.find_edits(text)
    assert [(e.original, e.replacement) for e in found] == [("goverment", "government")]


def test_typos_are_off_by_default_and_on_by_option() -> None:
    text = "The goverment met."
    assert textrepair.fix_text(text) == text
    assert textrepair.fix_text(text, typos=True) == "The government met."


def test_context_veto_keeps_common_collocations_of_the_spun_form() -> None:
    assert context_favours_spun(None, "chief", "leader", "executive")
    assert not context_favours_spun("russian", "chief", "leader", "on")


def test_unsure_rules_need_a_neighbour_that_favours_the_original() -> None:
    # "food prices" is a common bigram, "food costs" is not: the repair goes ahead, at the
    # supported confidence; with no telling neighbour an unsure rule stays silent.
    assert gate("food", "costs", "prices", None, 0.3) == SUPPORTED_CONF
    assert gate(None, "costs", "prices", None, 0.3) is None
    # A sure rule keeps its own confidence; a neighbour that favours the spun form vetoes.
    assert gate(None, "costs", "prices", None, 0.7) == 0.7
    assert gate(None, "chief", "leader", "executive", 0.9) is None


@pytest.mark.parametrize(
    ("source", "target", "expected"),
    [
        ("Beneath", "under", "Under"),
        ("FINAL", "last", "LAST"),
        ("chief", "leader", "leader"),
        ("Safety Council", "security council", "Security Council"),
        ("Final week", "last week", "Last week"),
    ],
)
def test_case_transfer(source: str, target: str, expected: str) -> None:
    assert transfer_case(source, target) == expected


@pytest.mark.parametrize(
    ("word", "article"),
    [("official", "an"), ("forum", "a"), ("union", "a"), ("hour", "an"), ("European", "a")],
)
def test_indefinite_article(word: str, article: str) -> None:
    assert indefinite_article(word) == article


@pytest.mark.parametrize(
    ("text", "fixed"),
    [
        # A form written with a straight apostrophe matches a curly one, and the repair is
        # written in the apostrophe style of the text it replaces.
        ("Fans sent 1000’s of letters.", "Fans sent thousands of letters."),
        ("It didn’t instantly reply to requests.", "It didn’t immediately respond to requests."),
        ("It didn't instantly reply to requests.", "It didn't immediately respond to requests."),
    ],
)
def test_either_apostrophe_matches_and_the_text_keeps_its_own(text: str, fixed: str) -> None:
    assert textrepair.fix_text(text) == fixed


def test_a_name_written_with_a_curly_apostrophe_is_left_alone() -> None:
    # "People’s Bank of China" is the name "People's Bank of China" as it should be: no
    # edit (not even one that changes nothing) and no evidence of spinning.
    text = "The People’s Bank of China cut its main rate on Monday."
    result = textrepair.repair(text)
    assert result.edits == ()
    assert result.detection.evidence == ()
    assert textrepair.fix_text("The Individuals’s Financial institution of China cut.") == (
        "The People’s Bank of China cut."
    )


def test_word_rules_leave_the_words_of_a_known_name_alone() -> None:
    # "resolution" -> "decision" is a spinner swap, but not inside the name of a think tank.
    spun = textrepair.Repairer(textrepair.Config(force_spun=True))
    assert spun.fix_text("But the Resolution Foundation said so.") == (
        "But the Resolution Foundation said so."
    )
    assert spun.fix_text("The Decision Basis said so.") == "The Resolution Foundation said so."
