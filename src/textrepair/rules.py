"""Context evidence for gated rules: does the text around a spun form favour it?

Gated rules (good English that spinners also produce: ``chief``, ``stated``) fire only in
documents that score as spun, and even there not where the neighbouring word forms a common
collocation with the spun form but not with the original (``chief executive``,
``every day``). Collocation counts come from symspellpy's bundled English bigram list,
loaded on first use.
"""

from __future__ import annotations

from functools import cache
from importlib import resources

FAVOUR_RATIO = 3.0
"""The spun collocation must be this many times as common as the original's to veto a repair."""

_BIGRAM_FILE = "frequency_bigramdictionary_en_243_342.txt"


@cache
def bigrams() -> dict[str, int]:
    """Bigram -> count from symspellpy's bundled list (loaded once, ~0.3 s)."""
    counts: dict[str, int] = {}
    text = resources.files("symspellpy").joinpath(_BIGRAM_FILE).read_text("utf-8")
    for line in text.splitlines():
        parts = line.split()
        if len(parts) == 3:
            counts[f"{parts[0]} {parts[1]}"] = int(parts[2])
    return counts


def _count(counts: dict[str, int], a: str | None, b: str | None) -> int:
    if not a or not b:
        return 0
    # The list keeps only bigrams seen at least ~6.4 million times, so any hit is real.
    return counts.get(f"{a.lower()} {b.lower()}", 0)


def context_favours_spun(left: str | None, spun: str, original: str, right: str | None) -> bool:
    """True when a neighbour collocates with ``spun`` much more than with ``original``.

    >>> context_favours_spun(None, "chief", "leader", "executive")
    True
    >>> context_favours_spun("russian", "chief", "leader", "on")
    False
    """
    counts = bigrams()
    spun_words, orig_words = spun.split(), original.split()
    sides = (
        (_count(counts, left, spun_words[0]), _count(counts, left, orig_words[0])),
        (_count(counts, spun_words[-1], right), _count(counts, orig_words[-1], right)),
    )
    return any(s > 0 and s > FAVOUR_RATIO * o for s, o in sides)
