"""Quality per data set: edit precision/recall/F0.5, damage undone, false alarms, spin AUROC."""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from textrepair import Repair, Repairer

from .data import WORD, DataSet, Doc, count_words
from .matching import match, to_unit
from .metrics import auroc, f_beta, levenshtein, ratio

TOP_RULES = 8
"""How many false-alarm rule ids each data set lists."""


@dataclass
class _Tally:
    """Running counts over the documents of one data set."""

    words: int = 0
    edits: int = 0
    units: int = 0
    correct: int = 0
    detecting: int = 0
    certain: int = 0
    uncertain: int = 0
    certain_hit: int = 0
    uncertain_hit: int = 0
    certain_detected: int = 0
    uncertain_detected: int = 0
    damage_before: int = 0
    damage_after: int = 0
    false_alarm_rules: Counter[str] = field(default_factory=Counter)
    kind_total: Counter[str] = field(default_factory=Counter)
    kind_hit: Counter[str] = field(default_factory=Counter)


@dataclass(frozen=True, slots=True)
class SetQuality:
    """The quality figures of one data set (None where a figure is undefined)."""

    name: str
    description: str
    spun: bool
    docs: int
    words: int
    gold_edits: int
    gold_uncertain: int
    system_edits: int
    system_units: int
    correct_units: int
    precision: float | None
    recall: float | None
    f05: float | None
    detection_precision: float | None
    detection_recall: float | None
    detection_f05: float | None
    false_alarms: int
    false_alarms_per_1k_words: float
    top_false_alarm_rules: tuple[tuple[str, int], ...]
    damage_before: int
    damage_after: int
    damage_undone: float | None
    recall_by_kind: dict[str, float | None]
    seconds: float


@dataclass(frozen=True, slots=True)
class DocScore:
    """One document's spin score."""

    data_set: str
    doc: str
    spun: bool
    score: float
    verdict: str


@dataclass(frozen=True, slots=True)
class SpinGroup:
    """How well the spin score separates spun from clean documents in one group."""

    name: str
    spun_docs: int
    clean_docs: int
    auroc: float | None
    mean_spun: float | None
    mean_clean: float | None
    spun_flagged: float | None  # share of spun documents with verdict "spun"
    clean_flagged: float | None  # share of clean documents with a verdict other than "clean"


@dataclass(frozen=True, slots=True)
class QualityReport:
    """Everything the quality benchmark measured."""

    config: str
    sets: tuple[SetQuality, ...]
    spin: tuple[SpinGroup, ...]
    scores: tuple[DocScore, ...]


def evaluate(sets: Sequence[DataSet], repairer: Repairer | None = None) -> QualityReport:
    """Repair every document of ``sets`` with ``repairer`` (default config) and score it."""
    repairer = repairer or Repairer()
    return evaluate_with(sets, repairer.repair, repr(repairer.config))


def evaluate_with(
    sets: Sequence[DataSet], repair: Callable[[str], Repair], label: str
) -> QualityReport:
    """Score any ``str -> Repair`` function; ``label`` names it in the report."""
    results: list[SetQuality] = []
    scores: list[DocScore] = []
    for data_set in sets:
        started = time.perf_counter()
        tally = _Tally()
        for doc in data_set.docs:
            repaired = repair(doc.text)
            _score_doc(doc, repaired, tally)
            det = repaired.detection
            scores.append(DocScore(data_set.name, doc.name, doc.spun, det.score, det.verdict))
        results.append(_summarise(data_set, tally, time.perf_counter() - started))
    return QualityReport(label, tuple(results), spin_groups(scores), tuple(scores))


def _score_doc(doc: Doc, repair: Repair, tally: _Tally) -> None:
    units = [to_unit(e) for e in repair.edits]
    detected: set[int] = set()
    hit: set[int] = set()
    for unit in units:
        m = match(doc.text, unit, doc.gold)
        detected.update(m.overlapped)
        hit.update(m.hit)
        tally.correct += m.correct
        tally.detecting += bool(m.overlapped)
        if not m.overlapped:
            tally.false_alarm_rules[unit.rule_id] += 1
    tally.words += count_words(doc.text)
    tally.edits += len(repair.edits)
    tally.units += len(units)
    _count_gold(doc, hit, detected, tally)
    reference = WORD.findall(doc.reference)
    tally.damage_before += levenshtein(WORD.findall(doc.text), reference)
    tally.damage_after += levenshtein(WORD.findall(repair.text), reference)


def _count_gold(doc: Doc, hit: set[int], detected: set[int], tally: _Tally) -> None:
    for i, g in enumerate(doc.gold):
        if g.uncertain:
            tally.uncertain += 1
            tally.uncertain_hit += i in hit
            tally.uncertain_detected += i in detected
            continue
        tally.certain += 1
        tally.certain_hit += i in hit
        tally.certain_detected += i in detected
        tally.kind_total[g.kind or "all"] += 1
        tally.kind_hit[g.kind or "all"] += i in hit


def _summarise(data_set: DataSet, t: _Tally, seconds: float) -> SetQuality:
    precision = ratio(t.correct, t.units)
    # A missed uncertain edit is left out of recall; a hit one counts on both sides.
    recall = ratio(t.certain_hit + t.uncertain_hit, t.certain + t.uncertain_hit)
    det_precision = ratio(t.detecting, t.units)
    det_recall = ratio(t.certain_detected + t.uncertain_detected, t.certain + t.uncertain_detected)
    false_alarms = t.units - t.detecting
    return SetQuality(
        name=data_set.name,
        description=data_set.description,
        spun=data_set.spun,
        docs=len(data_set.docs),
        words=t.words,
        gold_edits=t.certain + t.uncertain,
        gold_uncertain=t.uncertain,
        system_edits=t.edits,
        system_units=t.units,
        correct_units=t.correct,
        precision=precision,
        recall=recall,
        f05=f_beta(precision, recall),
        detection_precision=det_precision,
        detection_recall=det_recall,
        detection_f05=f_beta(det_precision, det_recall),
        false_alarms=false_alarms,
        false_alarms_per_1k_words=1000.0 * false_alarms / max(t.words, 1),
        top_false_alarm_rules=tuple(t.false_alarm_rules.most_common(TOP_RULES)),
        damage_before=t.damage_before,
        damage_after=t.damage_after,
        damage_undone=_undone(t.damage_before, t.damage_after),
        recall_by_kind={k: ratio(t.kind_hit[k], n) for k, n in sorted(t.kind_total.items())},
        seconds=seconds,
    )


def _undone(before: int, after: int) -> float | None:
    share = ratio(after, before)
    return None if share is None else 1.0 - share


def spin_groups(scores: Sequence[DocScore]) -> tuple[SpinGroup, ...]:
    """AUROC and mean scores: the devset (all, dev, heldout) and everything with the seeds."""
    dev = {s.doc for s in scores if s.data_set == "devset-dev"}
    heldout = {s.doc for s in scores if s.data_set == "devset-heldout"}
    devset = [s for s in scores if s.data_set.startswith("devset-")]
    return (
        _group("devset (spun vs clean)", devset),
        _group("devset dev", [s for s in devset if s.doc in dev]),
        _group("devset heldout", [s for s in devset if s.doc in heldout]),
        _group("all (devset + seeds)", list(scores)),
    )


def _group(name: str, scores: Sequence[DocScore]) -> SpinGroup:
    spun = [s for s in scores if s.spun]
    clean = [s for s in scores if not s.spun]
    return SpinGroup(
        name=name,
        spun_docs=len(spun),
        clean_docs=len(clean),
        auroc=auroc([s.score for s in spun], [s.score for s in clean]),
        mean_spun=ratio(sum(s.score for s in spun), len(spun)),
        mean_clean=ratio(sum(s.score for s in clean), len(clean)),
        spun_flagged=ratio(sum(s.verdict == "spun" for s in spun), len(spun)),
        clean_flagged=ratio(sum(s.verdict != "clean" for s in clean), len(clean)),
    )
