"""The pipeline: mojibake -> substitutions (scored, gated) -> typos, merged into one Repair."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from typing import Any

from . import mojibake, propagate, rules, substitutions, typos
from .config import Config
from .edits import apply_edits, compose, select_non_overlapping
from .lexicon import Index, build_index
from .score import evidence_weight, spin_score, verdict
from .substitutions import Candidate
from .types import Detection, Edit, Repair


@dataclass(frozen=True, slots=True)
class _Analysis:
    fixed: str  # the text after the mojibake stage
    mojibake: tuple[Edit, ...]
    detection_score: float
    weight: float  # the evidence behind the score
    words: int
    signatures: tuple[Candidate, ...]  # gate=always matches: repaired in any text
    weak: tuple[Candidate, ...]  # gate=spun matches: weak evidence
    gated: tuple[Candidate, ...]  # the weak matches to repair (document spun, context allows)


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
        self._swap_originals: dict[str, frozenset[str]] | None = None

    def __getstate__(self) -> dict[str, Any]:
        # The built-in index is rebuilt from the config; only a hand-made one travels.
        return {"config": self.config, "index": self._index if self._custom_index else None}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.config = state["config"]
        self._index = state["index"]
        self._custom_index = self._index is not None
        self._swap_originals = None

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
            return _Analysis(fixed, moji, 0.0, 0.0, 0, (), (), ())
        index = self.index
        words, vocab = substitutions.trigger_words(fixed)
        protected = c.protected_words
        signatures, weak = substitutions.find(fixed, (index.always, index.gated), vocab, protected)
        if c.numbers:
            signatures += substitutions.number_candidates(fixed, gated=False)
            weak += substitutions.number_candidates(fixed, gated=True)
        # Digits for number words are a style choice as much as a spinner's: no evidence.
        weight = evidence_weight(
            [s.conf for s in signatures],
            [(w.rule_id, w.conf) for w in weak if w.lexicon != "numbers"],
            index.quiet,
        )
        score = spin_score(weight, words)
        gated: list[Candidate] = []
        if c.force_spun or score >= c.spun_threshold:
            gated = _gated(fixed, weak, c.require_support)
        return _Analysis(
            fixed, moji, score, weight, words, tuple(signatures), tuple(weak), tuple(gated)
        )

    def _detection(self, text: str, a: _Analysis, made: dict[int, Edit] | None = None) -> Detection:
        c = self.config
        made = {} if made is None else made
        # Every match competes for the evidence; only the kept ones need their explanation
        # written out (on a spun 1 MB text most of them overlap or repeat the repair's).
        unexplained: dict[int, Candidate] = {}
        found = []
        for cand in a.signatures + a.weak:
            edit = made.get(id(cand))
            if edit is None:
                edit = self._edit(cand, a.detection_score, explain=False)
                unexplained[id(edit)] = cand
            found.append(edit)
        chosen = [
            self._edit(unexplained[id(e)], a.detection_score) if id(e) in unexplained else e
            for e in select_non_overlapping(found)
        ]
        del found
        evidence = tuple(e for e in compose(text, a.mojibake, chosen) if e.kind == "substitution")
        score = 1.0 if c.force_spun else a.detection_score
        return Detection(
            score,
            verdict(score, c.suspicious_threshold, c.spun_threshold),
            evidence,
            a.words,
            a.weight,
        )

    def _edit(self, cand: Candidate, score: float, explain: bool = True) -> Edit:
        if cand.gated:
            # Full confidence once the document is spun; proportionally less below that.
            spun = 1.0 if self.config.force_spun else min(1.0, score / self.config.spun_threshold)
            confidence = cand.conf * spun
            if cand.lexicon == propagate.LEXICON:
                why = f"the swap this document's spinner made in the sure repair {cand.note}"
            else:
                why = "a common spinner swap, in a document that scores as spun"
        elif cand.lexicon == "numbers":
            confidence, why = cand.conf, "a number word inside a decimal, which people never write"
        elif cand.original_form == cand.spun_form:  # a name rule: the name is both
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
            f'"{cand.original}" for "{cand.replacement}": {why}; document spin score {score:.2f}'
            if explain
            else "",
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
        # The detection's evidence reuses the Edit made for each candidate here (one object,
        # not two, per match: a spun 1 MB text has about 10,000).
        made: dict[int, Edit] = {}
        chosen = self._choose(a.signatures + a.gated, a.detection_score, made)
        spun = bool(a.gated) or c.force_spun or a.detection_score >= c.spun_threshold
        if spun and c.carry_swaps and chosen:
            chosen = self._carry(a, chosen, made)
        for _ in range(MAX_PASSES - 1):
            # One swap can hide another ("final 12 months" -> "final year" -> "last year"):
            # look again at the repaired text until nothing changes, so repair is idempotent.
            if not chosen:
                break
            more = self._again(a.fixed, chosen, a.detection_score, spun)
            if not more:
                break
            chosen = compose(a.fixed, chosen, more)
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
        return Repair(apply_edits(text, edits), tuple(edits), self._detection(text, a, made))

    def _choose(
        self, candidates: Iterable[Candidate], score: float, made: dict[int, Edit] | None = None
    ) -> list[Edit]:
        proposed = []
        for cand in candidates:
            edit = self._edit(cand, score)
            if made is not None:
                made[id(cand)] = edit
            proposed.append(edit)
        floor = self.config.min_confidence
        return select_non_overlapping(e for e in proposed if e.confidence >= floor)

    def _carry(self, a: _Analysis, chosen: list[Edit], made: dict[int, Edit]) -> list[Edit]:
        """``chosen`` and the sure one-word swaps among them carried to the rest of the text
        (see ``propagate``)."""
        sure = {id(e) for e in chosen if e.confidence >= propagate.ANCHOR_CONF}
        # The candidates whose edits were chosen, and surely (``made`` maps one to the other).
        anchors = [c for c in a.signatures + a.gated if id(made.get(id(c), c)) in sure]
        swaps = propagate.document_swaps(anchors, self._originals())
        found = propagate.candidates(
            a.fixed, swaps, [(e.start, e.end) for e in chosen], self.config.protected_words
        )
        carried = self._choose(
            _gated(a.fixed, found, self.config.require_support), a.detection_score
        )
        return sorted(chosen + carried, key=lambda e: e.start) if carried else chosen

    def _originals(self) -> dict[str, frozenset[str]]:
        if self._swap_originals is None:
            index = self.index
            self._swap_originals = propagate.originals_by_spun(
                rule
                for table in (index.always, index.gated)
                for rules_at in table.rules.values()
                for rule in rules_at
            )
        return self._swap_originals

    def _again(self, before: str, done: list[Edit], score: float, spun: bool) -> list[Edit]:
        """Another substitution pass, around the edits ``done`` to ``before`` only, with the
        first pass's score. Returns edits of the repaired text."""
        c, index = self.config, self.index
        text = apply_edits(before, done)
        produced = _replacement_spans(done)
        windows = _windows_around(produced, len(text))
        vocab = frozenset().union(*(substitutions.trigger_words(text[a:b])[1] for a, b in windows))
        protected = c.protected_words
        tables = (index.always, index.gated) if spun else (index.always,)
        found, *more = substitutions.find(text, tables, vocab, protected, windows)
        if c.numbers:
            found += substitutions.number_candidates(text, gated=False)
        found = _not_inside(found, produced)
        if spun:
            weak = more[0]
            if c.numbers:
                weak += substitutions.number_candidates(text, gated=True)
            found += _gated(text, _not_inside(weak, produced), c.require_support)
        return self._choose(found, score)

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


def _gated(text: str, weak: list[Candidate], require_support: bool) -> list[Candidate]:
    """The weak matches the neighbouring words let go ahead (see ``rules.gate``), each with
    the confidence it goes ahead with."""
    out = []
    for cand in weak:
        if cand.lexicon == "numbers":
            out.append(cand)
            continue
        left, right = substitutions.neighbours(text, cand.start, cand.end)
        # Without required support only the veto applies, and the rule keeps its confidence.
        conf = cand.conf if require_support else 1.0
        allowed = rules.gate(left, cand.spun_form, cand.original_form, right, conf)
        if allowed is not None:
            out.append(cand if allowed == conf else replace(cand, conf=allowed))
    return out


def _replacement_spans(edits: list[Edit]) -> list[tuple[int, int]]:
    """Where each edit's replacement sits in the text the edits produce, in order."""
    spans = []
    shift = 0
    for e in sorted(edits, key=lambda e: e.start):
        start = e.start + shift
        spans.append((start, start + len(e.replacement)))
        shift += len(e.replacement) - (e.end - e.start)
    return spans


def _not_inside(found: list[Candidate], produced: list[tuple[int, int]]) -> list[Candidate]:
    """The matches that do not start inside a repair's own words: ``as a result of`` ->
    ``because`` must not go on to ``as`` by the rule for ``because the``. A match may still
    end in them (``final year`` after ``final 12 months`` -> ``final year``)."""
    starts = [a for a, _ in produced]
    out = []
    for f in found:
        i = bisect_right(starts, f.start) - 1  # the last repair starting at or before f
        if i < 0 or f.start >= produced[i][1]:
            out.append(f)
    return out


def _windows_around(produced: list[tuple[int, int]], length: int) -> list[tuple[int, int]]:
    """Stretches of the repaired text where a new match could start: each repair's new text
    (``produced``, in order) with a margin on both sides for phrases reaching into it,
    merged."""
    windows: list[tuple[int, int]] = []
    for start, end in produced:
        lo = max(0, start - WINDOW_MARGIN)
        hi = min(length, end + WINDOW_MARGIN)
        if windows and lo <= windows[-1][1]:
            windows[-1] = (windows[-1][0], max(windows[-1][1], hi))
        else:
            windows.append((lo, hi))
    return windows


WINDOW_MARGIN = 60
"""Characters around an edit a later pass looks at: longer than any lexicon phrase."""
MAX_PASSES = 3
"""Substitution passes at most; a second pass finds something in about one spun text in
five (a swap that hid another), a third has not been seen to."""

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
