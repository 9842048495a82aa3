"""Context evidence for gated rules: does the text around a spun form favour it?

Gated rules (good English that spinners also produce: ``chief``, ``stated``) fire only in
documents that score as spun, and even there not where the neighbouring word forms a common
collocation with the spun form but not with the original (``chief executive``,
``every day``). Collocation counts come from ``data/bigrams.tsv``: the part of symspellpy's
bundled English bigram list (243,342 bigrams, each seen at least ~6.4 million times) that
involves a word the gated rules can put in or take out, cut by ``scripts/build_data.py``
to about a tenth so that loading it costs little time and memory. Its format::

    # textrepair bigrams 1
    first<TAB>second<TAB>count
"""

from __future__ import annotations

from functools import cache
from importlib import resources

FAVOUR_RATIO = 3.0
"""A collocation must be this many times as common as the other's to favour one side."""
SUPPORT_BELOW = 0.5
"""Rules less sure than this fire only where a neighbour favours the original."""

BIGRAMS_HEADER = "# textrepair bigrams 1"


@cache
def bigrams() -> dict[str, int]:
    """Bigram (``"first second"``) -> count, loaded once per process."""
    text = resources.files("textrepair").joinpath("data/bigrams.tsv").read_text("utf-8")
    lines = text.splitlines()
    if not lines or lines[0] != BIGRAMS_HEADER:
        raise RuntimeError("textrepair's data/bigrams.tsv is damaged: reinstall the package")
    counts: dict[str, int] = {}
    for line in lines[1:]:
        if line and not line.startswith("#"):
            first, second, count = line.split("\t")
            counts[f"{first} {second}"] = int(count)
    return counts


def _count(counts: dict[str, int], a: str | None, b: str | None) -> int:
    if not a or not b:
        return 0
    # The list keeps only bigrams seen at least ~6.4 million times, so any hit is real.
    return counts.get(f"{a.lower()} {b.lower()}", 0)


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
