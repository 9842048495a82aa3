"""The document spin score: how likely a text is spinner output, from its signatures.

Evidence is the confidence-weighted count of *signatures*: forms people almost never write
(``gate=always`` lexicon entries, broken institution names, ``1.five``). Their rate per 1,000
words maps to 0..1 with a saturating curve; short texts count as ``MIN_WORDS`` long so that
one stray signature in a tweet cannot make it "spun".
"""

from __future__ import annotations

import math

from .types import Verdict

SCALE = 8.0
"""Signatures per 1,000 words at which the score reaches 1 - 1/e (0.63); calibrated in the
benchmark (``python -m benchmarks``) on seed 000 and the synthetic development set."""
MIN_WORDS = 150
"""Texts shorter than this are scored as if this long."""


def spin_score(evidence: float, words: int) -> float:
    """Score in 0..1 from summed signature confidence and the document's word count.

    >>> spin_score(0.0, 500), round(spin_score(10.0, 400), 3), round(spin_score(1.0, 40), 3)
    (0.0, 0.956, 0.566)
    """
    if evidence <= 0:
        return 0.0
    rate = 1000.0 * evidence / max(words, MIN_WORDS)
    return 1.0 - math.exp(-rate / SCALE)


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
