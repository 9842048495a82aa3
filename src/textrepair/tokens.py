"""Words, case and articles: the small text helpers every stage shares."""

from __future__ import annotations

import re
from functools import cache, lru_cache
from importlib import resources

import regex

APOSTROPHES = "'’"
"""The straight and the curly apostrophe: a word may hold either, and a lexicon form written
with one matches the other."""
WORD_RE = regex.compile(r"[\p{L}\p{N}]+(?:[" + APOSTROPHES + r"][\p{L}]+)*")
"""A word: letters and digits, with inner apostrophes (``don't``, ``Minsk’s``)."""
PIECE_RE = re.compile(r"[^\W_]+")
"""A run of letters and digits: how lexicon triggers are keyed (``opposite’s`` holds
``opposite``, so a rule for ``opposite`` sees it). The stdlib ``re`` is used for it, and
for every scan that must agree with it: it is faster, and ``regex`` knows a newer Unicode
than ``unicodedata``, so the two disagree on some letters."""

_JOINED = re.compile(f"[{APOSTROPHES}](?<=[^\\W_][{APOSTROPHES}])([^\\W_]+)")
"""A piece right after a lone apostrophe inside a word (``t`` in ``don't``)."""
_ASCII_RUNS = re.compile(r"[\x00-\x7f]+")
_REGEX_LETTER = regex.compile(r"\p{L}")
_REGEX_ALNUM = regex.compile(r"[\p{L}\p{N}]")

_VOWEL_SOUND_EXCEPTIONS_AN = ("hour", "honest", "honor", "honour", "heir")
_CONSONANT_SOUND_EXCEPTIONS_A = ("uni", "use", "usu", "ure", "eu", "one", "once", "ubiq", "uto")


def words(text: str) -> list[str]:
    """The words of ``text``, in order.

    >>> words("Minsk’s crackdown, in 2020.")
    ['Minsk’s', 'crackdown', 'in', '2020']
    """
    found: list[str] = WORD_RE.findall(text)
    return found


def pieces_and_word_count(text: str) -> tuple[list[str], int]:
    """The pieces of ``text`` (``PIECE_RE``) and how many words ``WORD_RE`` finds in it.

    The count comes from the pieces, without a second full scan: each piece starts a word,
    except one right after a lone apostrophe that starts with a letter, which goes on the
    word before it up to its first non-letter. (A text with a character ``re`` and
    ``regex`` class differently is counted by ``WORD_RE`` itself.)

    >>> pieces_and_word_count("don't stop 2day, a'b1")
    (['don', 't', 'stop', '2day', 'a', 'b1'], 5)
    """
    pieces: list[str] = PIECE_RE.findall(text)
    if not text.isascii() and not all(map(_engines_agree, set(_ASCII_RUNS.sub("", text)))):
        return pieces, len(WORD_RE.findall(text))
    joined = [p for p in _JOINED.findall(text) if p[0].isalpha()]
    return pieces, len(pieces) - len(joined) + sum(not p.isalpha() for p in joined)


@lru_cache(maxsize=4096)
def _engines_agree(char: str) -> bool:
    # ``regex`` knows a newer Unicode: a letter new to it is no letter to ``re`` and ``str``.
    return (
        bool(_REGEX_LETTER.match(char)) == char.isalpha()
        and bool(_REGEX_ALNUM.match(char)) == char.isalnum()
    )


def transfer_case(source: str, target: str) -> str:
    """Give ``target`` the case pattern of ``source``.

    ALL CAPS stays all caps; Title Case over several words stays Title Case; a capital first
    letter stays capital; otherwise ``target`` is returned as written (so proper nouns in it
    keep their capitals).

    >>> transfer_case("Beneath", "under"), transfer_case("FINAL", "last")
    ('Under', 'LAST')
    >>> transfer_case("Safety Council", "security council")
    'Security Council'
    >>> transfer_case("chief", "leader")
    'leader'
    """
    letters = [c for c in source if c.isalpha()]
    if len(letters) > 1 and all(c.isupper() for c in letters):
        return target.upper()
    words = source.split()
    if len(words) > 1 and all(w[:1].isupper() for w in words):
        return " ".join(w[:1].upper() + w[1:] for w in target.split(" "))
    if letters and source.lstrip()[:1].isupper():
        return target[:1].upper() + target[1:]
    return target


def transfer_apostrophes(source: str, target: str) -> str:
    """Write ``target``'s apostrophes the way ``source`` writes its own.

    >>> transfer_apostrophes("didn’t instantly reply", "didn't immediately respond")
    'didn’t immediately respond'
    >>> transfer_apostrophes("1000's", "thousands")
    'thousands'
    """
    if "’" in source and "'" not in source:
        return target.replace("'", "’")
    if "'" in source and "’" not in source:
        return target.replace("’", "'")
    return target


def indefinite_article(word: str) -> str:
    """``a`` or ``an`` for the word that follows, by a spelling heuristic.

    >>> indefinite_article("official"), indefinite_article("forum"), indefinite_article("union")
    ('an', 'a', 'a')
    """
    low = word.lower()
    if low.startswith(_VOWEL_SOUND_EXCEPTIONS_AN):
        return "an"
    if low.startswith(_CONSONANT_SOUND_EXCEPTIONS_A):
        return "a"
    return "an" if low[:1] in ("a", "e", "i", "o", "u") else "a"


@cache
def word_list(name: str) -> frozenset[str]:
    """A small closed word set from ``data/wordlists.tsv`` (``list<TAB>word`` lines).

    >>> "km" in word_list("units")
    True
    """
    text = resources.files("textrepair").joinpath("data/wordlists.tsv").read_text("utf-8")
    lines = text.splitlines()
    if not lines or lines[0] != "# textrepair word lists 1":
        raise RuntimeError("textrepair's data/wordlists.tsv is damaged: reinstall the package")
    found = frozenset(
        word
        for list_name, _, word in (line.partition("\t") for line in lines[1:])
        if list_name == name and word
    )
    if not found:
        raise KeyError(f"no word list {name!r} in data/wordlists.tsv")
    return found
