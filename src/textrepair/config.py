"""The immutable configuration record shared by every stage."""

from __future__ import annotations

from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any


@dataclass(frozen=True, slots=True)
class Config:
    """What a :class:`~textrepair.Repairer` does. Build one with keyword overrides.

    >>> Config().with_options(typos=True).typos
    True
    """

    mojibake: bool = True
    """Repair mojibake (text decoded with the wrong encoding) with ftfy."""
    substitutions: bool = True
    """Repair spinner substitutions from the lexicons."""
    numbers: bool = True
    """Repair numbers spinners broke (``1.five``; digits for counting words in spun text)."""
    typos: bool = False
    """Correct out-of-vocabulary words with symspellpy. Off by default: on clean news it
    changes names and rare words (see README, "Typos")."""
    min_confidence: float = 0.5
    """Edits below this confidence are not applied (they still count as evidence)."""
    lexicons: tuple[str, ...] = ()
    """Extra lexicon files (``.lex`` or ``.names``) loaded after the built-in ones."""
    builtin_lexicons: bool = True
    """Load the lexicons shipped with the package."""
    domains: tuple[str, ...] = ("news", "science")
    """Which built-in ``.lex`` lexicons to load, by name."""
    protected_words: frozenset[str] = frozenset()
    """Words (case-insensitive) that no stage may change."""
    spun_threshold: float = 0.8
    """Document score from which the verdict is ``spun`` and gated rules may fire."""
    suspicious_threshold: float = 0.4
    """Document score from which the verdict is ``suspicious``."""
    require_support: bool = True
    """Gated rules less sure than ``rules.SUPPORT_BELOW`` fire only where a neighbouring
    word's collocations favour the original, and then at ``rules.SUPPORTED_CONF`` (off: they
    fire wherever their context allows, at their own confidence, so lower ``min_confidence``
    to see them)."""
    carry_swaps: bool = True
    """In a spun document, carry the one-word swap of a sure repair (``inventory market`` ->
    ``stock market``) to the spun word's other occurrences (``inventory`` -> ``stock``)."""
    force_spun: bool = False
    """Treat every document as spun (apply gated rules without evidence)."""

    def __post_init__(self) -> None:
        if not 0.0 <= self.min_confidence <= 1.0:
            raise ValueError(f"min_confidence must be in 0..1, got {self.min_confidence!r}")
        if not 0.0 <= self.suspicious_threshold <= self.spun_threshold <= 1.0:
            raise ValueError(
                "thresholds must satisfy 0 <= suspicious_threshold <= spun_threshold <= 1"
            )
        # Accept any iterable for the collection options, but store hashable tuples.
        object.__setattr__(self, "lexicons", tuple(str(Path(p)) for p in self.lexicons))
        object.__setattr__(self, "domains", tuple(self.domains))
        object.__setattr__(
            self, "protected_words", frozenset(w.lower() for w in self.protected_words)
        )

    def with_options(self, **options: Any) -> Config:
        """A copy with some options changed; unknown names raise ``TypeError``."""
        known = {f.name for f in fields(self)}
        unknown = sorted(set(options) - known)
        if unknown:
            raise TypeError(
                f"unknown option(s) {', '.join(unknown)}; known options: {', '.join(sorted(known))}"
            )
        return replace(self, **options)
