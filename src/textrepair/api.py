"""The pipeline: mojibake -> substitutions (scored, gated) -> typos, merged into one Repair."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from . import mojibake, rules, substitutions, typos
from .config import Config
from .edits import apply_edits, compose, select_non_overlapping
from .lexicon import Index, build_index
from .score import spin_score, verdict
from .substitutions import Candidate
from .types import Detection, Edit, Repair


@dataclass(frozen=True, slots=True)
class _Analysis:
    fixed: str  # the text after the mojibake stage
    mojibake: tuple[Edit, ...]
    detection_score: float
    words: int
    signatures: tuple[Candidate, ...]
    gated: tuple[Candidate, ...]


class Repairer:
    """A compiled, reusable repairer. Picklable: only the config travels, the index is
    rebuilt (once per process) on first use.

    >>> r = Repairer(Config(force_spun=True))
    >>> r.repair("Beneath the treaty, he stated.").text
    'Under the treaty, he said.'
    """

    def __init__(
        self, config: Config | None = None, *, index: Index | None = None, **options: Any
    ) -> None:
        base = config or Config()
        self.config = base.with_options(**options) if options else base
        self._custom_index = index is not None
        self._index: Index | None = index

    def __getstate__(self) -> dict[str, Any]:
        # The built-in index is rebuilt from the config; only a hand-made one travels.
        return {"config": self.config, "index": self._index if self._custom_index else None}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.config = state["config"]
        self._index = state["index"]
        self._custom_index = self._index is not None

    def __repr__(self) -> str:
        return f"Repairer({self.config!r})"

    @property
    def index(self) -> Index:
        """The compiled lexicon index (loaded on first use, shared in the process)."""
        if self._index is None:
            c = self.config
            self._index = build_index(c.domains, c.lexicons, c.builtin_lexicons)
        return self._index

    # -- the one analysis behind repair and detect ------------------------------------------

    def _analyse(self, text: str) -> _Analysis:
        c = self.config
        moji = tuple(mojibake.find_edits(text)) if c.mojibake else ()
        fixed = apply_edits(text, moji) if moji else text
        if not c.substitutions:
            return _Analysis(fixed, moji, 0.0, 0, (), ())
        index = self.index
        words, vocab = substitutions.trigger_words(fixed)
        protected = c.protected_words
        signatures = substitutions.find(fixed, index.always, vocab, protected)
        if c.numbers:
            signatures += substitutions.number_candidates(fixed, gated=False)
        evidence = sum(cand.conf for cand in signatures)
        score = spin_score(evidence, words)
        gated: list[Candidate] = []
        if c.force_spun or score >= c.spun_threshold:
            gated = substitutions.find(fixed, index.gated, vocab, protected, gated=True)
            if c.numbers:
                gated += substitutions.number_candidates(fixed, gated=True)
            gated = [g for g in gated if not _context_vetoes(fixed, g)]
        return _Analysis(fixed, moji, score, words, tuple(signatures), tuple(gated))

    def _detection(self, text: str, a: _Analysis) -> Detection:
        c = self.config
        evidence = tuple(
            compose(text, a.mojibake, [self._edit(s, a.detection_score) for s in a.signatures])
        )
        evidence = tuple(e for e in evidence if e.kind == "substitution")
        score = 1.0 if c.force_spun else a.detection_score
        return Detection(
            score, verdict(score, c.suspicious_threshold, c.spun_threshold), evidence, a.words
        )

    def _edit(self, cand: Candidate, score: float) -> Edit:
        if cand.gated:
            confidence = cand.conf * (0.5 + 0.5 * (1.0 if self.config.force_spun else score))
            why = "a common spinner swap, in a document that scores as spun"
        elif cand.lexicon == "numbers":
            confidence, why = cand.conf, "a number word inside a decimal, which people never write"
        elif cand.rule_id.startswith("institutions:") or cand.original_form == cand.spun_form:
            confidence, why = cand.conf, "a name with a word swapped by a spinner"
        else:
            confidence, why = cand.conf, "a form spinners produce and people rarely write"
        return Edit(
            cand.start,
            cand.end,
            cand.original,
            cand.replacement,
            cand.rule_id,
            "substitution",
            confidence,
            f'"{cand.original}" for "{cand.replacement}": {why}; document spin score {score:.2f}',
        )

    # -- public API --------------------------------------------------------------------------

    def detect(self, text: str) -> Detection:
        """How spun ``text`` looks: score, verdict and evidence."""
        return self._detection(text, self._analyse(text))

    def repair(self, text: str) -> Repair:
        """Repair ``text``; every edit's offsets refer to ``text``."""
        if not isinstance(text, str):
            raise TypeError(f"repair() takes str, not {type(text).__name__}")
        c = self.config
        a = self._analyse(text)
        proposed = [self._edit(s, a.detection_score) for s in a.signatures + a.gated]
        chosen = select_non_overlapping(e for e in proposed if e.confidence >= c.min_confidence)
        edits = compose(text, a.mojibake, chosen) if a.mojibake else chosen
        if c.typos:
            current = apply_edits(text, edits)
            found = [
                e
                for e in typos.find_edits(current, c.protected_words)
                if e.confidence >= c.min_confidence
            ]
            edits = compose(text, edits, found)
        edits = sorted(edits, key=lambda e: e.start)
        return Repair(apply_edits(text, edits), tuple(edits), self._detection(text, a))

    def fix_text(self, text: str) -> str:
        """Just the repaired text."""
        return self.repair(text).text

    def repair_many(self, texts: Iterable[str], jobs: int = 1) -> Iterator[Repair]:
        """Repair each text, in input order (a generator: memory stays flat).

        ``jobs > 1`` spreads the work over that many worker processes (``0``: all cores).
        """
        if jobs == 1:
            for text in texts:
                yield self.repair(text)
            return
        from .pipeline import parallel_repair

        yield from parallel_repair(self, texts, jobs)


def _context_vetoes(text: str, cand: Candidate) -> bool:
    if cand.lexicon == "numbers":
        return False
    left, right = substitutions.neighbours(text, cand.start, cand.end)
    return rules.context_favours_spun(left, cand.spun_form, cand.original_form, right)


_DEFAULT: dict[Config, Repairer] = {}


def _repairer(options: dict[str, Any]) -> Repairer:
    config = Config().with_options(**options)
    if config not in _DEFAULT:
        if len(_DEFAULT) > 16:
            _DEFAULT.clear()
        _DEFAULT[config] = Repairer(config)
    return _DEFAULT[config]


def repair(text: str, **options: Any) -> Repair:
    """Repair ``text`` with the default config changed by ``options``.

    >>> repair("Prices rose this 12 months.").text
    'Prices rose this year.'
    """
    return _repairer(options).repair(text)


def fix_text(text: str, **options: Any) -> str:
    """The repaired text only (ftfy's name for the common case)."""
    return _repairer(options).repair(text).text


def detect(text: str, **options: Any) -> Detection:
    """The spin score, verdict and evidence for ``text``."""
    return _repairer(options).detect(text)
