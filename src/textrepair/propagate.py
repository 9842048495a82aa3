"""Stage 2b: the document's own spinner map.

A spinner swaps a word the same way all through a document. Once a sure repair shows that
this document's spinner wrote ``inventory`` for ``stock`` (``inventory market`` -> ``stock
market``), a lone ``inventory`` elsewhere in it is most likely the same swap, though no
lexicon entry could repair a lone ``inventory`` in every spun text. So, in a document that
scores as spun, each one-word swap that a sure repair made is carried to the other
occurrences of its spun word, where:

- the lexicons know no other original for that spun word (``information`` stands for
  ``news`` and for ``data``: neither is carried);
- it is not a function word (``wordlists.tsv``, ``not_carried``), a capitalised word that
  may be part of a name (inside a sentence, or before another capitalised word), part of a
  hyphenated word, or a protected word;
- the neighbouring words do not favour the spun form (``rules.gate``), as for any gated rule.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field, replace

from .lexicon import Rule
from .substitutions import Candidate, candidate_for, lowercase
from .tokens import APOSTROPHES, word_list

ANCHOR_CONF = 0.8
"""A repair must be at least this sure to show the document's map (0.6 carried 14 more right
and 3 more wrong swaps on the real development pages; 0.9 carried 20 fewer right, 1 fewer wrong)."""
CARRIED_CONF = 0.7
"""The confidence of a carried repair in a document that scores as spun."""
MIN_LETTERS = 4
"""Shorter spun words (``big``, ``job``, ``run``) are too often good English to carry."""
REACH = 2000
"""Characters on either side of a sure repair its swap is carried over: a news article or so,
so that a long text made of many documents (a corpus dump scored as one) does not carry one
article's swaps into all the others. (2,000, 4,000 and 8,000 carry the same swaps on the real
development pages; 1,000 six fewer right ones.)"""
LEXICON = "document"
"""The ``lexicon`` of a carried candidate; its rule id is ``document:spun->original``."""

_SENTENCE_END = frozenset(".!?:;\"“”'‘’()[]—–-•|")


@dataclass(frozen=True, slots=True)
class Swap:
    """A one-word swap: the spun word (lower case) and the word it replaced."""

    spun: str
    original: str
    near: tuple[int, ...] = field(default=(), compare=False, repr=False)
    """Where the sure repairs that show it start (in order)."""
    shown_by: str = field(default="", compare=False, repr=False)
    """The first of those repairs, as ``"spun" -> "original"``."""


def word_swap(spun_form: str, original_form: str) -> Swap | None:
    """The one word that differs between a rule's two forms, if only one does.

    >>> word_swap("inventory market", "stock market")
    Swap(spun='inventory', original='stock')
    >>> word_swap("12 months", "year") is None
    True
    >>> word_swap("masks mandate", "mask mandate") is None
    True
    """
    spun, original = spun_form.lower().split(), original_form.lower().split()
    if len(spun) != len(original):
        return None
    differ = [(s, o) for s, o in zip(spun, original, strict=True) if s != o]
    if len(differ) != 1:
        return None
    s, o = differ[0]
    if not (s.isalpha() and o.isalpha()) or s.startswith(o) or o.startswith(s):
        return None  # not words, or one word in two inflections (``masks`` -> ``mask``)
    return Swap(s, o)


def originals_by_spun(rules: Iterable[Rule]) -> dict[str, frozenset[str]]:
    """Every original each spun word stands for in some rule's one-word swap."""
    found: dict[str, set[str]] = {}
    for rule in rules:
        if rule.kind == "name" or rule.lexicon == "numbers":
            continue
        swap = word_swap(rule.spun, rule.original)
        if swap is not None:
            found.setdefault(swap.spun, set()).add(swap.original)
    return {k: frozenset(v) for k, v in found.items()}


def document_swaps(
    anchors: Iterable[Candidate], originals: Mapping[str, frozenset[str]]
) -> dict[str, Swap]:
    """The one-word swaps the sure repairs ``anchors`` show, keyed by spun word: only those
    whose spun word has one original in the lexicons and in the document, and that no
    swap undoes (``earlier`` -> ``previous`` is not carried, since a lexicon entry repairs
    ``previous`` -> ``earlier`` in some context: carried, it could be undone by the next
    repair, which would break idempotence)."""
    skip = word_list("not_carried")
    seen: dict[str, set[str]] = {}
    near: dict[str, list[int]] = {}
    shown_by: dict[str, str] = {}
    for cand in anchors:
        if cand.lexicon in ("numbers", LEXICON) or cand.original_form == cand.spun_form:
            continue
        swap = word_swap(cand.spun_form, cand.original_form)
        if swap is None or len(swap.spun) < MIN_LETTERS or swap.spun in skip:
            continue
        if not _lower_in(cand.original, swap.spun):
            continue  # a swap inside a name or title (``Govt Workplace``) says little of prose
        seen.setdefault(swap.spun, set()).add(swap.original)
        near.setdefault(swap.spun, []).append(cand.start)
        shown_by.setdefault(swap.spun, f'"{cand.original}" -> "{cand.replacement}"')
    return {
        s: Swap(s, next(iter(o)), tuple(sorted(near[s])), shown_by[s])
        for s, o in seen.items()
        if len(o) == 1 and originals.get(s, o) == o and s not in originals.get(min(o), ())
    }


def candidates(
    text: str,
    swaps: Mapping[str, Swap],
    taken: list[tuple[int, int]],
    protected: frozenset[str],
) -> list[Candidate]:
    """The other occurrences of each swap's spun word in ``text``, outside the spans
    ``taken`` (sorted, not overlapping), as gated candidates."""
    if not swaps:
        return []
    lowered = lowercase(text)
    rules = {
        s.spun: Rule(
            f"{LEXICON}:{s.spun}->{s.original}", LEXICON, s.spun, s.original, CARRIED_CONF, "spun"
        )
        for s in swaps.values()
    }
    found = sorted(
        ((at, swap) for swap in swaps.values() for at in _occurrences(lowered, swap)),
        key=lambda pair: pair[0],
    )
    out = []
    i = 0
    for start, swap in found:
        end = start + len(swap.spun)
        while i < len(taken) and taken[i][1] <= start:
            i += 1
        if i < len(taken) and taken[i][0] < end:
            continue
        word = text[start:end]
        if word.lower() in protected or (word[0].isupper() and _name_like(text, start, end)):
            continue
        if not _within_reach(swap.near, start):
            continue
        cand = candidate_for(text, start, end, rules[swap.spun], gated=True)
        if cand is not None:
            out.append(replace(cand, note=swap.shown_by))
    return out


def _occurrences(lowered: str, swap: Swap) -> Iterator[int]:
    """Where ``swap.spun`` stands as a whole word in ``lowered`` (not inside a hyphenated
    word or before ``'s``), from reach before its first repair to reach after its last."""
    word, n = swap.spun, len(swap.spun)
    lo = max(0, swap.near[0] - REACH) if swap.near else 0
    hi = min(len(lowered), swap.near[-1] + REACH + n) if swap.near else len(lowered)
    at = lowered.find(word, lo, hi)
    while at != -1:
        before, after = lowered[at - 1 : at] if at else "", lowered[at + n : at + n + 2]
        if not (_joins(before) or _apostrophe(before)) and not (
            _joins(after[:1]) or (_apostrophe(after[:1]) and _joins(after[1:2]))
        ):
            yield at
        at = lowered.find(word, at + 1, hi)


def _apostrophe(char: str) -> bool:
    return bool(char) and char in APOSTROPHES


def _joins(char: str) -> bool:
    # A character that makes a neighbouring match part of a longer word.
    return bool(char) and (char.isalnum() or char in "_-")


def _within_reach(near: tuple[int, ...], at: int) -> bool:
    i = bisect_left(near, at)
    return any(0 <= j < len(near) and abs(near[j] - at) <= REACH for j in (i - 1, i))


def _name_like(text: str, start: int, end: int) -> bool:
    """Whether a capitalised word may be (part of) a name: it is not at a sentence or line
    start, or a capitalised word follows it (``Inventory Holdings``)."""
    before = text[max(0, start - 4) : start]
    at_start = not before.strip() or before.rstrip()[-1] in _SENTENCE_END or "\n" in before
    after = text[end : end + 2].lstrip(" ")
    return not at_start or after[:1].isupper()


def _lower_in(matched: str, word: str) -> bool:
    """Whether ``word`` is written in lower case in the matched text."""
    return any(w == word for w in matched.split())
