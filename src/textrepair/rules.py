"""Context evidence for gated rules: does the text around a spun form favour it?

Gated rules (good English that spinners also produce: ``chief``, ``stated``) fire only in
documents that score as spun, and even there not where the neighbouring word forms a common
collocation with the spun form but not with the original (``chief executive``,
``every day``). Collocation counts come from ``data/bigrams.tsv``: the part of symspellpy's
bundled English bigram list (243,342 bigrams, each seen at least ~6.4 million times) that
involves a word the gated rules can put in or take out, cut by ``scripts/build_data.py``
to about a quarter (60,000 bigrams) so that loading it costs little time and memory. Its format::

    # textrepair bigrams 1
    first<TAB>second<TAB>count
"""

from __future__ import annotations

from array import array
from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from importlib import resources

FAVOUR_RATIO = 3.0
"""A collocation must be this many times as common as the other's to favour one side."""
SUPPORT_BELOW = 0.5
"""Rules less sure than this fire only where a neighbour favours the original."""

BIGRAMS_HEADER = "# textrepair bigrams 1"


@dataclass(frozen=True, slots=True)
class BigramCounts:
    """Bigram counts in two flat arrays, the sorted hashes of ``"first second"`` and the counts
    beside them: a fifth of the memory of a dict of 60,000 strings. The hashes are Python's own
    string hashes, so the table is built in the process that uses it; a false hit would need a
    64-bit hash collision.

    >>> table = BigramCounts.of([("food prices", 12), ("food costs", 2)])
    >>> table.get("food prices"), table.get("food price"), len(table)
    (12, 0, 2)
    """

    hashes: array[int]
    counts: array[int]

    @classmethod
    def of(cls, rows: Iterable[tuple[str, int]]) -> BigramCounts:
        """The table of (bigram, count) rows."""
        hashes, counts = array("q"), array("Q")
        for key, count in rows:
            hashes.append(hash(key))
            counts.append(count)
        return cls.from_arrays(hashes, counts)

    @classmethod
    def from_arrays(cls, hashes: array[int], counts: array[int]) -> BigramCounts:
        """The table of parallel arrays of hashes and counts, sorted by hash."""
        order = sorted(range(len(hashes)), key=hashes.__getitem__)
        return cls(array("q", [hashes[i] for i in order]), array("Q", [counts[i] for i in order]))

    def get(self, key: str) -> int:
        """The count of ``key``, 0 for a bigram not in the table."""
        h = hash(key)
        i = bisect_left(self.hashes, h)
        return self.counts[i] if i < len(self.hashes) and self.hashes[i] == h else 0

    def __len__(self) -> int:
        return len(self.hashes)


def _body() -> str:
    text = resources.files("textrepair").joinpath("data/bigrams.tsv").read_text("utf-8")
    if not text.startswith(BIGRAMS_HEADER + "\n"):
        raise RuntimeError("textrepair's data/bigrams.tsv is damaged: reinstall the package")
    return text[len(BIGRAMS_HEADER) + 1 :]


def read_bigrams() -> dict[str, int]:
    """The shipped bigram list as a mapping (``"first second"`` -> count)."""
    rows = (line.rpartition("\t") for line in _body().splitlines() if line and line[0] != "#")
    return {pair.replace("\t", " "): int(count) for pair, _, count in rows}


@cache
def bigrams() -> BigramCounts:
    """The bigram counts, loaded once per process (without a dict of 60,000 strings, whose
    memory would stay taken)."""
    hashes, counts = array("q"), array("Q")
    for line in _body().splitlines():
        if line and line[0] != "#":
            pair, _, count = line.rpartition("\t")
            hashes.append(hash(pair.replace("\t", " ")))
            counts.append(int(count))
    return BigramCounts.from_arrays(hashes, counts)


def _count(counts: BigramCounts, a: str | None, b: str | None) -> int:
    if not a or not b:
        return 0
    # The list keeps only bigrams seen at least ~6.4 million times, so any hit is real.
    return counts.get(f"{a.lower()} {b.lower()}")


def _sides(
    left: str | None, spun: str, original: str, right: str | None
) -> tuple[tuple[int, int], tuple[int, int]]:
    counts = bigrams()
    spun_words, orig_words = spun.split(), original.split()
    return (
        (_count(counts, left, spun_words[0]), _count(counts, left, orig_words[0])),
        (_count(counts, spun_words[-1], right), _count(counts, orig_words[-1], right)),
    )


def context_favours_spun(left: str | None, spun: str, original: str, right: str | None) -> bool:
    """True when a neighbour collocates with ``spun`` much more than with ``original``.

    >>> context_favours_spun(None, "chief", "leader", "executive")
    True
    >>> context_favours_spun("russian", "chief", "leader", "on")
    False
    """
    return any(s > 0 and s > FAVOUR_RATIO * o for s, o in _sides(left, spun, original, right))


def context_favours_original(left: str | None, spun: str, original: str, right: str | None) -> bool:
    """True when a neighbour collocates with ``original`` much more than with ``spun``.

    >>> context_favours_original("food", "costs", "prices", None)
    True
    """
    return any(o > 0 and o > FAVOUR_RATIO * s for s, o in _sides(left, spun, original, right))


SUPPORTED_CONF = 0.6
"""The confidence of an unsure rule's repair where a neighbour favours the original."""


def gate(
    left: str | None, spun: str, original: str, right: str | None, conf: float
) -> float | None:
    """The confidence a gated repair goes ahead with, or None where it may not.

    Never against the context; a rule less sure than ``SUPPORT_BELOW`` only with it, and then
    at ``SUPPORTED_CONF``. A spun phrase of several words is its own context: the
    collocations of its edge words (``make`` in ``make use of``) say little about it, so
    only its confidence counts.

    >>> gate(None, "chief", "leader", "executive", 0.9) is None
    True
    >>> gate("food", "costs", "prices", None, 0.3)
    0.6
    >>> gate("the", "costs", "prices", None, 0.3) is None
    True
    """
    if " " in spun:
        return conf if conf >= SUPPORT_BELOW else None
    if context_favours_spun(left, spun, original, right):
        return None
    if conf >= SUPPORT_BELOW:
        return conf
    return SUPPORTED_CONF if context_favours_original(left, spun, original, right) else None
