"""Stage 3: typos, with symspellpy, on out-of-vocabulary lowercase words only.

Names, acronyms, numbers, URLs, e-mail addresses, hashtags and code are never touched: a
candidate must be a run of lowercase ASCII letters standing between spaces or ordinary
punctuation. The dictionary (symspellpy's bundled 82,765 words) is built on first use, which
costs about two seconds and ~150 MB, so runs that do not ask for typo repair never pay it.
"""

from __future__ import annotations

from functools import cache
from importlib import resources
from typing import Any

import regex

from .types import Edit

RULE_ID = "typo:symspell"
MIN_LENGTH = 4
"""Shorter words are too often abbreviations or slang."""
_CANDIDATE = regex.compile(
    rf"(?<=^|[\s(\"'“‘])([a-z]{{{MIN_LENGTH},}})(?=$|[\s,.;:!?)\"”]|['’](?!\p{{L}}))",
    regex.MULTILINE,
)
"""A lowercase word between spaces or plain punctuation; not part of ``doesn’t``."""
_DICTIONARY = "frequency_dictionary_en_82_765.txt"


@cache
def _speller() -> Any:
    from symspellpy import SymSpell

    speller = SymSpell(max_dictionary_edit_distance=2, prefix_length=7)
    path = resources.files("symspellpy").joinpath(_DICTIONARY)
    with resources.as_file(path) as real_path:
        if not speller.load_dictionary(str(real_path), term_index=0, count_index=1):
            raise RuntimeError(f"symspellpy could not load its dictionary {real_path}")
    return speller


def find_edits(text: str, protected: frozenset[str] = frozenset()) -> list[Edit]:
    """Corrections for out-of-vocabulary lowercase words."""
    edits: list[Edit] = []
    speller = None
    for m in _CANDIDATE.finditer(text):
        word = m.group(1)
        if word in protected:
            continue
        if speller is None:
            speller = _speller()
        if word in speller.words:
            continue
        edit = _suggest(speller, word, m.start(1))
        if edit is not None:
            edits.append(edit)
    return edits


def _suggest(speller: Any, word: str, start: int) -> Edit | None:
    from symspellpy import Verbosity

    max_distance = 1 if len(word) < 7 else 2
    suggestions = speller.lookup(word, Verbosity.CLOSEST, max_edit_distance=max_distance)
    if len(suggestions) != 1:
        return None  # none, or a tie: no way to choose
    best = suggestions[0]
    confidence = 0.75 if best.distance == 1 else 0.6
    return Edit(
        start,
        start + len(word),
        word,
        best.term,
        RULE_ID,
        "typo",
        confidence,
        f"{word!r} is not an English word; {best.term!r} is the only dictionary word "
        f"{best.distance} edit(s) away",
    )
