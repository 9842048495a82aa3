"""The document spin score: how likely a text is spinner output, from its evidence.

Evidence is the confidence-weighted count of *signatures* (forms people almost never write:
``gate=always`` lexicon entries, broken institution names, ``1.five``) plus a fraction of the
*weak* matches (``gate=spun`` forms such as ``stated`` or ``youngsters``, good English that
clean text also uses, but far less densely than spun text does). The rate per 1,000 words maps
to 0..1 with a saturating curve; short texts count as ``MIN_WORDS`` long so that one stray
match in a tweet cannot make it "spun".
"""

from __future__ import annotations

import math
from collections import Counter

from .rules import SUPPORT_BELOW
from .types import Verdict

SCALE = 3.4
"""Evidence per 1,000 words at which the score reaches 1 - 1/e (0.63). Set so that the spun
threshold 0.8 falls at an evidence rate of 5.5, between the highest rate of the development
set's clean texts (2.4) and the lowest of its spun texts (13.8); see README, "spin score"."""
WEAK_WEIGHT = 0.5
"""How much one weak match counts next to a signature. On the development split the weak
matches that count (conf >= 0.5) run at 22-106 per 1,000 words in spun texts and at 0-7 in
clean ones."""
WEAK_REPEATS = 3
"""How many matches of one weak rule count. A spinner swaps many different words; clean
text that repeats one ambiguous word (``outcome`` in a list of file paths, ``modify`` in a
licence) is not spun."""
MIN_WORDS = 150
"""Texts shorter than this are scored as if this long."""


def spin_score(evidence: float, words: int) -> float:
    """Score in 0..1 from summed signature confidence and the document's word count.

    >>> spin_score(0.0, 500), round(spin_score(3.0, 400), 3), round(spin_score(1.0, 40), 3)
    (0.0, 0.89, 0.859)
    """
    if evidence <= 0:
        return 0.0
    rate = 1000.0 * evidence / max(words, MIN_WORDS)
    return 1.0 - math.exp(-rate / SCALE)


def evidence_weight(
    signatures: list[float], weak: list[tuple[str, float]], quiet: frozenset[str] = frozenset()
) -> float:
    """The evidence from the confidences of signature matches and of weak ``(rule id,
    confidence)`` matches, each weak rule counted at most ``WEAK_REPEATS`` times. Weak rules
    too unsure to fire without a neighbour's support (below ``rules.SUPPORT_BELOW``) and the
    ``quiet`` ones (``evidence=no`` in their lexicon) are too common in clean text to count.

    >>> weak = [("a", 0.6), ("b", 0.6), ("c", 0.3), ("d", 0.9)]
    >>> evidence_weight([0.9, 0.9], weak, frozenset({"d"}))
    2.4
    >>> evidence_weight([], [("a", 0.6)] * 10)
    0.9
    """
    seen: Counter[str] = Counter()
    weak_sum = 0.0
    for rule_id, conf in weak:
        if conf < SUPPORT_BELOW or rule_id in quiet:
            continue
        seen[rule_id] += 1
        if seen[rule_id] <= WEAK_REPEATS:
            weak_sum += conf
    return round(sum(signatures) + WEAK_WEIGHT * weak_sum, 6)


def verdict(score: float, suspicious: float, spun: float) -> Verdict:
    """The verdict for a score under the given thresholds.

    >>> verdict(0.1, 0.4, 0.8), verdict(0.5, 0.4, 0.8), verdict(0.9, 0.4, 0.8)
    ('clean', 'suspicious', 'spun')
    """
    if score >= spun:
        return "spun"
    if score >= suspicious:
        return "suspicious"
    return "clean"
