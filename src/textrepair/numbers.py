"""Numbers spinners broke: number words inside decimals, and digits for counting words.

``1.five`` is never written by people, so it is repaired in any text. ``The 2 nations`` is
unusual but not wrong, so a lone digit before a plural noun becomes a word only in a document
that scores as spun (news style spells out one to nine).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources

import regex

from .tokens import transfer_case, word_list

DECIMAL_RULE = "numbers:decimal-word"
DIGIT_RULE = "numbers:digit-for-word"


@dataclass(frozen=True, slots=True)
class NumberMatch:
    """A span to replace and what to put there."""

    start: int
    end: int
    replacement: str
    rule_id: str


@cache
def _tables() -> tuple[dict[str, str], dict[str, str]]:
    text = resources.files("textrepair").joinpath("data/numbers.tsv").read_text("utf-8")
    lines = text.splitlines()
    if not lines or lines[0] != "# textrepair numbers 1":
        raise RuntimeError("textrepair's data/numbers.tsv is damaged: reinstall the package")
    to_digit: dict[str, str] = {}
    for line in lines[1:]:
        if line and not line.startswith("#"):
            word, digit = line.split("\t")
            to_digit[word] = digit
    return to_digit, {d: w for w, d in to_digit.items()}


@cache
def _decimal_re() -> regex.Pattern[str]:
    words = "|".join(_tables()[0])
    return regex.compile(
        rf"(?<![\w./\\])(?:\d+\.(?:{words})|(?:{words})\.\d+)(?![\w/]|\.\d)", regex.IGNORECASE
    )


@cache
def _decimal_hint() -> regex.Pattern[str]:
    # The decimal pattern without its edge conditions, found from its "." and so about ten
    # times faster: on news (a "." in every sentence) it rules most texts out at once.
    words = "|".join(_tables()[0])
    return regex.compile(rf"\.(?:(?<=\d\.)(?:{words})|(?<=(?:{words})\.)\d)", regex.IGNORECASE)


_COUNTED = r"[a-z]+s\b"
"""A plural word: what a lone digit counts."""

_WORD_BEFORE = regex.compile(r"([\w'’.-]+)[ \t]+$")


def _alternation(name: str) -> str:
    return "|".join(regex.escape(w) for w in sorted(word_list(name), key=len, reverse=True))


@cache
def _digit_re() -> regex.Pattern[str]:
    # A lone digit before a plural word that is not a unit (data/wordlists.tsv, "units"),
    # directly, after a ranking adjective (``the two largest parties``) or one other
    # describing word (``three crucial visits``), or as a part of a whole (``two of the ...``);
    # or paired with a number word (``voted seven to 2``).
    units = _alternation("units")
    not_plural = _alternation("not_counted")
    noun = rf"(?:(?!(?:{units}|{not_plural})\b){_COUNTED}|(?-i:{_alternation('counted_names')})\b)"
    ranking = rf"(?:[a-z]+est|{_alternation('ranking')})"
    skip = f"{units}|{_alternation('count_openers')}|{not_plural}|{_alternation('not_describing')}"
    describing = rf"(?!(?i:{skip})\b)[A-Za-z][a-z]+[ \t]+"
    whole = rf"of[ \t]+(?:{_alternation('whole_determiners')})\b"
    after = rf"[ \t]+(?:{noun}|{ranking}[ \t]+{noun}|{describing}{noun}|{whole})"
    words = "|".join(_tables()[0])
    # The digit comes before the lookbehind, so only digits start a backward scan.
    paired = (
        rf"[2-9](?<=\b(?i:{words})[ \t]+to[ \t]+[2-9])(?![ \t]+(?:{units})\b)"
        rf"|[2-9](?=[ \t]+to[ \t]+(?i:{words})\b)"
    )
    return regex.compile(rf"(?<![\w.,$£€#:/%+\-–])(?:[2-9](?={after})|{paired})(?![.,:/]?\d|\w)")


def _designation(text: str, start: int) -> bool:
    # "Phase 3 trials", "Windows 7 users", "type 2 diabetes": the digit is part of a name.
    before = _WORD_BEFORE.search(text, max(0, start - 30), start)
    if before is None:
        return False
    word = before.group(1)
    if word.lower() in word_list("designations"):
        return True
    if word.endswith("."):
        return False  # the end of a sentence, or an abbreviation such as "U.S."
    return word[0].isupper() and word.lower() not in word_list("count_openers")


def decimal_words(text: str) -> list[NumberMatch]:
    """``1.five`` -> ``1.5``: a number word inside a decimal is certain damage.

    >>> [(m.start, m.end, m.replacement) for m in decimal_words("rose 1.five p.c")]
    [(5, 11, '1.5')]
    """
    if _decimal_hint().search(text) is None:
        return []  # every match holds one
    to_digit = _tables()[0]
    out = []
    for m in _decimal_re().finditer(text):
        left, _, right = m.group().partition(".")
        left = to_digit.get(left.lower(), left)
        right = to_digit.get(right.lower(), right)
        out.append(NumberMatch(m.start(), m.end(), f"{left}.{right}", DECIMAL_RULE))
    return out


def digit_words(text: str) -> list[NumberMatch]:
    """``The 2 nations`` -> ``The two nations``: a lone digit counting a plural noun.

    >>> [(m.start, m.replacement) for m in digit_words("The 2 nations met. 2 ships came.")]
    [(4, 'two'), (19, 'Two')]
    >>> digit_words("It grew 3 points, 5 km and $4 bills; 2.5 times")
    []
    >>> [m.replacement for m in digit_words("the 2 largest parties; 3 of its rivals")]
    ['two', 'three']
    >>> [m.replacement for m in digit_words("by 4 House conservatives, voting seven to 2")]
    ['four', 'two']
    >>> [m.replacement for m in digit_words("with 4 Republicans voting; 9 Democrats")]
    ['four', 'nine']
    >>> digit_words("Phase 3 trials, Windows 7 users and type 2 diabetes patients")
    []
    """
    to_word = _tables()[1]
    out = []
    for m in _digit_re().finditer(text):
        if _designation(text, m.start()):
            continue
        word = to_word[m.group()]
        before = text[max(0, m.start() - 3) : m.start()].rstrip(" \t")
        sentence_start = not before or before.endswith(("\n", ".", "!", "?", "“", '"'))
        out.append(
            NumberMatch(
                m.start(),
                m.end(),
                transfer_case("X" if sentence_start else "x", word),
                DIGIT_RULE,
            )
        )
    return out
