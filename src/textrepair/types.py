"""The records textrepair returns: edits, repairs and detections."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

Kind = Literal["mojibake", "substitution", "typo"]
Verdict = Literal["clean", "suspicious", "spun"]


@dataclass(frozen=True, slots=True)
class Edit:
    """One change to the input text.

    ``start`` and ``end`` are code-point offsets into the caller's input (half-open), and
    ``original == input[start:end]`` always holds.
    """

    start: int
    end: int
    original: str
    replacement: str
    rule_id: str
    kind: Kind
    confidence: float
    explanation: str

    def to_dict(self) -> dict[str, object]:
        """The edit as a JSON-able dict."""
        return {
            "start": self.start,
            "end": self.end,
            "original": self.original,
            "replacement": self.replacement,
            "rule_id": self.rule_id,
            "kind": self.kind,
            "confidence": round(self.confidence, 4),
            "explanation": self.explanation,
        }


@dataclass(frozen=True, slots=True)
class Detection:
    """How spun a document looks: a score in 0..1, a verdict and the evidence behind it."""

    score: float
    verdict: Verdict
    evidence: tuple[Edit, ...] = ()
    words: int = 0
    weight: float = 0.0
    """The evidence weight behind the score; ``score.spin_score(weight, words)`` gives it
    back, so detections of the parts of a text can be summed."""

    def to_dict(self) -> dict[str, object]:
        """The detection as a JSON-able dict (evidence as edit dicts)."""
        return {
            "score": round(self.score, 4),
            "verdict": self.verdict,
            "words": self.words,
            "weight": round(self.weight, 4),
            "evidence": [e.to_dict() for e in self.evidence],
        }


@dataclass(frozen=True, slots=True)
class Repair:
    """The repaired text, every edit made (offsets into the input) and the detection."""

    text: str
    edits: tuple[Edit, ...] = ()
    detection: Detection = field(default_factory=lambda: Detection(0.0, "clean"))

    @property
    def changed(self) -> bool:
        """Whether any edit was made."""
        return bool(self.edits)
