"""The evaluation material (seeds, devset) and the generated speed inputs.

Gold files follow ``seeds/README.md``: half-open code-point offsets into the text read with
``newline=""``, and ``text[start:end] == spun`` is checked on load.
"""

from __future__ import annotations

import json
import random
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

import regex

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
DEVSET = Path(__file__).resolve().parent / "devset"
SPUN_SEED = "000_1cf50d2e06b0b5ac"
CLEAN_SEED = "004_db9a58a7aa353838"

WORD = regex.compile(r"\w+")
"""The one word definition of the benchmark: word counts, edit distance and the floor tool."""
_SENTENCE_BREAK = regex.compile(r"(?<=[.!?][\"”’')]*)\s+(?=[\"“‘'(]?[\p{Lu}\p{N}])")

MOJIBAKE_SHARE = 0.02
"""Share of generated documents given UTF-8-read-as-cp1252 mojibake, so ftfy has work too."""


@dataclass(frozen=True, slots=True)
class GoldEdit:
    """One annotated spinner substitution."""

    start: int
    end: int
    spun: str
    original: str
    uncertain: bool
    kind: str  # the devset's map kind (word, phrase, number, name); "" for the seeds


@dataclass(frozen=True, slots=True)
class Doc:
    """A text the tools see, its clean reference and its gold edits."""

    name: str
    text: str
    reference: str
    gold: tuple[GoldEdit, ...]
    spun: bool


@dataclass(frozen=True, slots=True)
class DataSet:
    """A named group of documents scored together."""

    name: str
    description: str
    docs: tuple[Doc, ...]
    spun: bool


def read_text(path: Path) -> str:
    """A text exactly as stored (no newline translation)."""
    with open(path, encoding="utf-8", newline="") as handle:
        return handle.read()


def count_words(text: str) -> int:
    """Words in ``text`` (``\\w+`` runs: ``Minsk’s`` is two, ``p.c`` is two).

    >>> count_words("Minsk’s 2 p.c rise")
    6
    """
    return len(WORD.findall(text))


def load_gold(path: Path, text: str) -> tuple[GoldEdit, ...]:
    """The gold edits of ``path``, checked against ``text``."""
    record = json.loads(path.read_text(encoding="utf-8"))
    synthetic = bool(record.get("synthetic"))
    edits: list[GoldEdit] = []
    for i, e in enumerate(record["edits"]):
        if text[e["start"] : e["end"]] != e["spun"]:
            raise ValueError(
                f"{path}: edit {i} says {e['spun']!r} at {e['start']}..{e['end']}, but the text "
                f"has {text[e['start'] : e['end']]!r} there; regenerate the gold file"
            )
        kind = str(e.get("note", "")).split(":", 1)[0] if synthetic else ""
        edits.append(
            GoldEdit(e["start"], e["end"], e["spun"], e["original"], bool(e["uncertain"]), kind)
        )
    return tuple(edits)


def apply_gold(text: str, gold: Sequence[GoldEdit]) -> str:
    """``text`` with every gold edit undone (uncertain ones take their likely original).

    >>> apply_gold("he stated", [GoldEdit(3, 9, "stated", "said", False, "")])
    'he said'
    """
    for e in sorted(gold, key=lambda g: g.start, reverse=True):
        text = text[: e.start] + e.original + text[e.end :]
    return text


def seed_sets() -> list[DataSet]:
    """Seed 000 (spun, gold) and seed 004 (clean control)."""
    spun_text = read_text(SEEDS / f"{SPUN_SEED}.txt")
    gold = load_gold(SEEDS / f"{SPUN_SEED}.gold.json", spun_text)
    clean_text = read_text(SEEDS / f"{CLEAN_SEED}.txt")
    spun = Doc(SPUN_SEED, spun_text, apply_gold(spun_text, gold), gold, True)
    clean = Doc(CLEAN_SEED, clean_text, clean_text, (), False)
    return [
        DataSet("seed-000", "real spun news article, hand gold", (spun,), True),
        DataSet("seed-004", "real clean news article (control)", (clean,), False),
    ]


def devset_sets() -> list[DataSet]:
    """The devset's dev and heldout spun parts, and all its clean texts as controls."""
    split = json.loads((DEVSET / "split.json").read_text(encoding="utf-8"))
    sets = [
        DataSet(f"devset-{part}", f"synthetic spun, {part} split", _spun_docs(split[part]), True)
        for part in ("dev", "heldout")
    ]
    clean = tuple(
        Doc(p.stem, text, text, (), False)
        for p in sorted((DEVSET / "clean").glob("*.txt"))
        for text in [read_text(p)]
    )
    sets.append(DataSet("devset-clean", "synthetic clean originals (controls)", clean, False))
    return sets


def _spun_docs(names: Sequence[str]) -> tuple[Doc, ...]:
    docs = []
    for name in sorted(names):
        text = read_text(DEVSET / "spun" / f"{name}.txt")
        gold = load_gold(DEVSET / "gold" / f"{name}.json", text)
        docs.append(Doc(name, text, read_text(DEVSET / "clean" / f"{name}.txt"), gold, True))
    return tuple(docs)


def all_sets() -> list[DataSet]:
    """Every data set the quality benchmark scores."""
    return seed_sets() + devset_sets()


# -- generated speed inputs ------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Pools:
    """Sentences of the spun and of the clean texts, the material of generated documents."""

    spun: tuple[str, ...]
    clean: tuple[str, ...]


def sentence_pools(sets: Sequence[DataSet]) -> Pools:
    """Every sentence of every text, split by whether its document is spun."""
    spun: list[str] = []
    clean: list[str] = []
    for data_set in sets:
        for doc in data_set.docs:
            target = spun if doc.spun else clean
            for paragraph in doc.text.split("\n"):
                target.extend(s for s in _SENTENCE_BREAK.split(paragraph.strip()) if s)
    return Pools(tuple(spun), tuple(clean))


def generate_documents(pools: Pools, seed: str) -> Iterator[str]:
    """An endless, deterministic stream of documents of varied length.

    Each document is spun or clean (even odds) and has 1 to 40 paragraphs (mean about 5) of
    1 to 6 sentences drawn from that pool; one in 50 gets mojibake.
    """
    rng = random.Random(seed)
    while True:
        pool = pools.spun if rng.random() < 0.5 else pools.clean
        count = min(40, 1 + int(rng.expovariate(0.25)))
        paragraphs = (" ".join(rng.choices(pool, k=rng.randint(1, 6))) for _ in range(count))
        doc = "\n\n".join(paragraphs)
        yield _garble(doc) if rng.random() < MOJIBAKE_SHARE else doc


def _garble(text: str) -> str:
    return text.encode("utf-8").decode("cp1252", errors="replace")


def build_text(pools: Pools, size_bytes: int, seed: str = "bench-text") -> str:
    """One text of about ``size_bytes`` UTF-8 bytes: generated documents, blank-line separated."""
    parts: list[str] = []
    total = 0
    for doc in generate_documents(pools, seed):
        if total >= size_bytes:
            break
        parts.append(doc)
        total += len(doc.encode("utf-8")) + 2
    return "\n\n".join(parts)


def write_jsonl(pools: Pools, path: Path, size_bytes: int, seed: str = "bench-jsonl") -> list[int]:
    """Write about ``size_bytes`` of ``{"id", "text"}`` lines; returns each document's words."""
    words: list[int] = []
    total = 0
    with open(path, "w", encoding="utf-8", newline="\n") as out:
        for i, doc in enumerate(generate_documents(pools, seed)):
            if total >= size_bytes:
                break
            line = json.dumps({"id": f"doc-{i:07d}", "text": doc}, ensure_ascii=False) + "\n"
            out.write(line)
            total += len(line.encode("utf-8"))
            words.append(count_words(doc))
    return words


def copy_prefix(source: Path, target: Path, size_bytes: int) -> int:
    """Copy whole lines of ``source`` until ``size_bytes``; returns the number of lines."""
    lines = 0
    total = 0
    with open(source, "rb") as src, open(target, "wb") as out:
        for line in src:
            if total >= size_bytes:
                break
            out.write(line)
            total += len(line)
            lines += 1
    return lines
