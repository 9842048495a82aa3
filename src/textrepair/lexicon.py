"""Lexicons: find, load, validate and compile the substitution data files.

The file format is documented in ``data/FORMAT.md`` (shipped with the package). In short::

    # textrepair lexicon 1
    # name: news
    state -> say | pos=verb forms=VBD,VBZ,VBG conf=0.8
    12 months -> year | gate=always before=\\b(?:this|last|next)\\s+
        + It rose this 12 months. -> It rose this year.
        - It rose over the past 12 months.

and for name gazetteers (``.names``)::

    # textrepair names 1
    # name: institutions
    World Health Organization
    Health -> Well being

Every problem raises :class:`LexiconError` naming the file, the line and what is wrong.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Literal, cast

import regex

from .inflect import TAGS, Pos, inflections
from .tokens import WORD_RE

Gate = Literal["always", "spun"]
RuleKind = Literal["word", "name"]

LEX_HEADER = "# textrepair lexicon 1"
NAMES_HEADER = "# textrepair names 1"
MAX_FILE_BYTES = 64 * 1024 * 1024
"""A lexicon larger than this is refused: it is almost surely not a lexicon."""
REGEX_CHECK_TIMEOUT = 0.25
"""Seconds a context regex may take on the adversarial probe strings before it is refused."""

_NAME_RE = regex.compile(r"[a-z][a-z0-9_]*")
_ID_RE = regex.compile(r"[a-z0-9_.:>\-]+")
_ATTRS = frozenset(
    {"pos", "forms", "conf", "gate", "before", "not_before", "after", "not_after", "case", "id"}
)
_AUXILIARY = r"\b(?:have|has|had|having|be|been|being|is|are|was|were|get|gets|got)\s+(?:\w+\s+)?"
"""Left context in which a past form is a participle (``had advised`` -> ``had told``)."""


class LexiconError(ValueError):
    """A lexicon file that cannot be used, with the file, line and problem in the message."""

    def __init__(self, path: str, line: int, problem: str) -> None:
        where = f"{path}:{line}" if line else path
        super().__init__(f"{where}: {problem}")
        self.path = path
        self.line = line
        self.problem = problem


@dataclass(frozen=True, slots=True)
class Example:
    """A must-fire (``expected`` set) or must-not-fire (``expected`` None) example."""

    text: str
    expected: str | None
    line: int


@dataclass(frozen=True, slots=True)
class Entry:
    """One line of a ``.lex`` file, validated."""

    lexicon: str
    path: str
    line: int
    spun: str
    original: str
    rule_id: str
    pos: Pos | None = None
    forms: tuple[str, ...] = ()
    conf: float = 0.6
    gate: Gate = "spun"
    before: str | None = None
    not_before: str | None = None
    after: str | None = None
    not_after: str | None = None
    case_exact: bool = False
    examples: tuple[Example, ...] = ()

    @property
    def has_context(self) -> bool:
        """Whether the entry carries any left or right context condition."""
        return any((self.before, self.not_before, self.after, self.not_after))


@dataclass(frozen=True, slots=True)
class NameList:
    """A ``.names`` gazetteer: the names and the word-level swaps spinners make in them."""

    lexicon: str
    path: str
    names: tuple[str, ...]
    variants: tuple[tuple[str, str], ...]


@dataclass(frozen=True, slots=True)
class Rule:
    """One concrete, compiled form to look for: a matched span gets ``original``."""

    rule_id: str
    lexicon: str
    spun: str
    original: str
    pattern: regex.Pattern[str]
    conf: float
    gate: Gate
    kind: RuleKind = "word"


@dataclass(frozen=True, slots=True)
class Index:
    """Compiled rules keyed by the lowercased first word of their spun form."""

    always: dict[str, tuple[Rule, ...]] = field(default_factory=dict)
    gated: dict[str, tuple[Rule, ...]] = field(default_factory=dict)
    entries: tuple[Entry, ...] = ()
    names: tuple[NameList, ...] = ()

    @property
    def size(self) -> int:
        """How many lexicon entries and names it was built from."""
        return len(self.entries) + sum(len(n.names) for n in self.names)


# --- parsing -------------------------------------------------------------------------------


def builtin_paths() -> list[Path]:
    """The lexicon files shipped inside the package."""
    folder = resources.files("textrepair").joinpath("data/lexicons")
    return sorted(Path(str(p)) for p in folder.iterdir() if p.name.endswith((".lex", ".names")))


def _read(path: Path) -> list[str]:
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise LexiconError(str(path), 0, f"file is {size} bytes; the limit is {MAX_FILE_BYTES}")
        data = path.read_bytes()
    except OSError as exc:
        raise LexiconError(str(path), 0, f"cannot read: {exc.strerror or exc}") from exc
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise LexiconError(str(path), line, "not UTF-8 text; save the file as UTF-8") from exc
    if "\x00" in text:
        raise LexiconError(str(path), text[: text.index("\x00")].count("\n") + 1, "NUL byte")
    return text.splitlines()


def _metadata(path: str, lines: list[str], header: str) -> tuple[dict[str, str], int]:
    if not lines or lines[0].strip() != header:
        raise LexiconError(path, 1, f"the first line must be {header!r}")
    meta: dict[str, str] = {}
    i = 1
    while i < len(lines) and (lines[i].startswith("#") or not lines[i].strip()):
        body = lines[i].lstrip("#").strip()
        key, sep, value = body.partition(":")
        if sep and key.strip().isidentifier():
            meta[key.strip().lower()] = value.strip()
        i += 1
    name = meta.get("name")
    if name is None:
        raise LexiconError(path, 1, "missing '# name: ...' line before the first entry")
    if not _NAME_RE.fullmatch(name):
        raise LexiconError(path, 1, f"name {name!r} must match [a-z][a-z0-9_]*")
    return meta, i


def parse_lexicon(path: str | Path) -> tuple[Entry, ...]:
    """Parse and validate one ``.lex`` file."""
    p = Path(path)
    lines = _read(p)
    meta, first = _metadata(str(p), lines, LEX_HEADER)
    name = meta["name"]
    entries: list[Entry] = []
    seen: dict[tuple[object, ...], int] = {}
    examples: list[Example] = []
    for number, raw in enumerate(lines[first:], start=first + 1):
        if not raw.strip() or raw.lstrip().startswith("#"):
            continue
        if raw[:1].isspace():
            if not entries:
                raise LexiconError(str(p), number, "example line before any entry")
            examples.append(_parse_example(str(p), number, raw.strip()))
            continue
        if entries:
            entries[-1] = _with_examples(entries[-1], examples)
        examples = []
        entry = _parse_entry(str(p), number, name, raw.strip())
        key = (
            entry.spun.lower(),
            entry.pos,
            entry.forms,
            entry.before,
            entry.not_before,
            entry.after,
            entry.not_after,
            entry.case_exact,
        )
        if key in seen:
            raise LexiconError(str(p), number, f"duplicate of the entry on line {seen[key]}")
        seen[key] = number
        entries.append(entry)
    if entries:
        entries[-1] = _with_examples(entries[-1], examples)
    return tuple(entries)


def _with_examples(entry: Entry, examples: list[Example]) -> Entry:
    if not examples:
        return entry
    from dataclasses import replace

    return replace(entry, examples=entry.examples + tuple(examples))


def _parse_example(path: str, number: int, body: str) -> Example:
    sign, text = body[:1], body[1:].strip()
    if sign == "+":
        given, sep, expected = text.partition(" -> ")
        if not sep or not given.strip() or not expected.strip():
            raise LexiconError(path, number, "a '+' example needs 'INPUT -> EXPECTED'")
        return Example(given.strip(), expected.strip(), number)
    if sign == "-":
        if not text:
            raise LexiconError(path, number, "empty '-' example")
        return Example(text, None, number)
    raise LexiconError(path, number, "an indented line must be an example starting with + or -")


def _parse_entry(path: str, number: int, lexicon: str, body: str) -> Entry:
    mapping, _, attr_text = body.partition(" | ")
    spun, sep, original = mapping.partition(" -> ")
    spun, original = " ".join(spun.split()), " ".join(original.split())
    if not sep or not spun or not original:
        raise LexiconError(
            path, number, "an entry must look like 'SPUN -> ORIGINAL | key=value ...'"
        )
    if "->" in original or "|" in spun or "|" in original:
        raise LexiconError(path, number, "'->' or '|' inside a phrase; one mapping per line")
    if spun.lower() == original.lower():
        raise LexiconError(path, number, f"{spun!r} maps to itself")
    if not WORD_RE.match(spun):
        raise LexiconError(path, number, f"{spun!r} must start with a letter or digit")
    attrs: dict[str, str] = {}
    for item in attr_text.split():
        key, eq, value = item.partition("=")
        if not eq or key not in _ATTRS:
            raise LexiconError(
                path, number, f"bad attribute {item!r}; known keys: {', '.join(sorted(_ATTRS))}"
            )
        if key in attrs:
            raise LexiconError(path, number, f"attribute {key!r} given twice")
        attrs[key] = value
    pos = _choice(path, number, "pos", attrs.get("pos", "none"), ("verb", "noun", "adj", "none"))
    pos_value = None if pos == "none" else cast(Pos, pos)
    forms: tuple[str, ...] = ()
    if "forms" in attrs:
        if pos_value is None:
            raise LexiconError(path, number, "'forms' needs 'pos'")
        forms = tuple(attrs["forms"].split(","))
        bad = [f for f in forms if f not in TAGS[pos_value]]
        if bad:
            raise LexiconError(
                path, number, f"forms {bad} are not {pos} tags ({', '.join(TAGS[pos_value])})"
            )
    try:
        conf = float(attrs.get("conf", "0.6"))
    except ValueError:
        raise LexiconError(path, number, f"conf {attrs['conf']!r} is not a number") from None
    if not 0.0 <= conf <= 1.0:
        raise LexiconError(path, number, f"conf {conf} is outside 0..1")
    gate = _choice(path, number, "gate", attrs.get("gate", "spun"), ("always", "spun"))
    case = _choice(path, number, "case", attrs.get("case", "any"), ("exact", "any"))
    for key in ("before", "not_before", "after", "not_after"):
        if key in attrs:
            check_regex(path, number, key, attrs[key])
    rule_id = attrs.get("id", "") or default_rule_id(lexicon, spun, original)
    if not _ID_RE.fullmatch(rule_id):
        raise LexiconError(path, number, f"id {rule_id!r} must match [a-z0-9_.:>-]+")
    return Entry(
        lexicon=lexicon,
        path=path,
        line=number,
        spun=spun,
        original=original,
        rule_id=rule_id,
        pos=pos_value,
        forms=forms,
        conf=conf,
        gate=cast(Gate, gate),
        case_exact=case == "exact",
        before=attrs.get("before"),
        not_before=attrs.get("not_before"),
        after=attrs.get("after"),
        not_after=attrs.get("not_after"),
    )


def default_rule_id(lexicon: str, spun: str, original: str) -> str:
    """A stable id: ``lexicon:spun->original`` in lowercase with ``_`` for spaces.

    >>> default_rule_id("news", "12 months", "year")
    'news:12_months->year'
    """

    def slug(s: str) -> str:
        return str(regex.sub(r"[^a-z0-9.]+", "_", s.lower())).strip("_")

    return f"{lexicon}:{slug(spun)}->{slug(original)}"


def _choice(path: str, number: int, key: str, value: str, allowed: tuple[str, ...]) -> str:
    if value not in allowed:
        raise LexiconError(path, number, f"{key}={value!r}; use one of {', '.join(allowed)}")
    return value


_PROBES = ("a" * 3000 + "!", " " * 3000 + "x", ".-" * 1500 + "\n", "the " * 800 + "1")


@functools.lru_cache(maxsize=8192)
def _probe_regex(key: str, value: str) -> str | None:
    """Compile a context regex as the matcher uses it and run it once at the edge of each
    adversarial string; the problem, or None."""
    behind = key in ("before", "not_before")
    wrapped = f"(?<=(?:{value}))" if behind else f"(?=(?:{value}))"
    try:
        pattern = regex.compile(wrapped, regex.IGNORECASE | regex.V0)
    except regex.error as exc:
        return f"invalid regex: {exc}"
    try:
        for probe in _PROBES:
            pattern.match(probe, len(probe) if behind else 0, timeout=REGEX_CHECK_TIMEOUT)
    except TimeoutError:
        return "regex backtracks catastrophically on a long string; simplify it"
    return None


def check_regex(path: str, number: int, key: str, value: str) -> None:
    """Raise :class:`LexiconError` if a context regex is invalid or can run away."""
    problem = _probe_regex(key, value)
    if problem:
        raise LexiconError(path, number, f"{key}: {problem}")


def parse_names(path: str | Path) -> NameList:
    """Parse and validate one ``.names`` gazetteer."""
    p = Path(path)
    lines = _read(p)
    meta, first = _metadata(str(p), lines, NAMES_HEADER)
    names: list[str] = []
    variants: list[tuple[str, str]] = []
    seen: set[str] = set()
    for number, raw in enumerate(lines[first:], start=first + 1):
        body = raw.strip()
        if not body or body.startswith("#"):
            continue
        if " -> " in body:
            word, _, variant = body.partition(" -> ")
            word, variant = " ".join(word.split()), " ".join(variant.split())
            if not word or not variant or word == variant or "->" in variant:
                raise LexiconError(str(p), number, "a variant line must be 'Word -> Variant'")
            variants.append((word, variant))
            continue
        name = " ".join(body.split())
        if len(name.split()) < 2:
            raise LexiconError(str(p), number, f"name {name!r} needs at least two words")
        if name in seen:
            raise LexiconError(str(p), number, f"duplicate name {name!r}")
        seen.add(name)
        names.append(name)
    return NameList(meta["name"], str(p), tuple(names), tuple(variants))


def load_lexicon(path: str | Path) -> tuple[Entry, ...] | NameList:
    """Load one lexicon file of either kind, by its extension."""
    p = Path(path)
    if p.suffix == ".names":
        return parse_names(p)
    if p.suffix == ".lex":
        return parse_lexicon(p)
    raise LexiconError(str(p), 0, "unknown lexicon type; use a .lex or .names file")


# --- compiling -----------------------------------------------------------------------------


def _phrase_regex(phrase: str) -> str:
    return r"\s+".join(regex.escape(w) for w in phrase.split(" "))


def _pattern(spun: str, entry: Entry, extra_before: str | None = None) -> regex.Pattern[str]:
    parts = []
    if entry.before:
        parts.append(f"(?<=(?:{entry.before}))")
    if extra_before:
        parts.append(f"(?<=(?:{extra_before}))")
    if entry.not_before:
        parts.append(f"(?<!(?:{entry.not_before}))")
    parts.append(r"(?<![\w])" + _phrase_regex(spun) + r"(?![\w])")
    if entry.after:
        parts.append(f"(?=(?:{entry.after}))")
    if entry.not_after:
        parts.append(f"(?!(?:{entry.not_after}))")
    flags = regex.V0 if entry.case_exact else regex.IGNORECASE | regex.V0
    return regex.compile("".join(parts), flags)


def _inflect_phrase(phrase: str, pos: Pos, tag: str) -> str:
    words = phrase.split(" ")
    head = 0 if pos == "verb" else len(words) - 1
    forms = inflections(words[head], pos)
    words[head] = forms.get(tag, words[head])
    return " ".join(words)


def expand(entry: Entry) -> Iterator[tuple[str, str, str | None]]:
    """The concrete (spun, original, extra left context) forms of an entry.

    >>> e = Entry("news", "-", 1, "advise", "tell", "x", pos="verb", forms=("VBD",))
    >>> list(expand(e))
    [('advised', 'told', None)]
    """
    if entry.pos is None:
        yield entry.spun, entry.original, None
        return
    tags = entry.forms or TAGS[entry.pos]
    made: set[tuple[str, str | None]] = set()
    for tag in tags:
        spun = _inflect_phrase(entry.spun, entry.pos, tag)
        original = _inflect_phrase(entry.original, entry.pos, tag)
        context: str | None = None
        if tag == "VBD":
            participle_spun = _inflect_phrase(entry.spun, entry.pos, "VBN")
            participle_orig = _inflect_phrase(entry.original, entry.pos, "VBN")
            # "had advised" is "had told"; "has spoken" differs from "spoke".
            if (
                participle_spun == spun
                and participle_orig != original
                and (spun, _AUXILIARY) not in made
            ):
                made.add((spun, _AUXILIARY))
                yield spun, participle_orig, _AUXILIARY
        if tag == "VBN" and "VBD" in tags and _inflect_phrase(entry.spun, entry.pos, "VBD") == spun:
            continue
        if (spun, context) in made:
            continue
        made.add((spun, context))
        yield spun, original, context


def compile_rules(entries: Iterable[Entry], names: Sequence[NameList] = ()) -> Index:
    """Compile entries and name lists into an :class:`Index`."""
    entries = tuple(entries)
    always: dict[str, list[Rule]] = {}
    gated: dict[str, list[Rule]] = {}
    for entry in entries:
        for spun, original, extra in expand(entry):
            rule = Rule(
                entry.rule_id,
                entry.lexicon,
                spun,
                original,
                _pattern(spun, entry, extra),
                entry.conf,
                entry.gate,
            )
            bucket = always if entry.gate == "always" else gated
            bucket.setdefault(_key(spun), []).append(rule)
    for name_list in names:
        for rule, keys in _name_rules(name_list, entries, names):
            for key in keys:
                always.setdefault(key, []).append(rule)
    return Index(
        always={k: _ordered(v) for k, v in always.items()},
        gated={k: _ordered(v) for k, v in gated.items()},
        entries=entries,
        names=tuple(names),
    )


def _ordered(rules: list[Rule]) -> tuple[Rule, ...]:
    # Longer phrases first, then rules with context (their patterns carry lookarounds).
    return tuple(sorted(rules, key=lambda r: (-len(r.spun), -len(r.pattern.pattern))))


def _key(spun: str) -> str:
    match = WORD_RE.search(spun)
    return (match.group() if match else spun).lower()


def _name_rules(
    name_list: NameList, entries: Sequence[Entry], all_names: Sequence[NameList]
) -> Iterator[tuple[Rule, set[str]]]:
    swaps: dict[str, set[str]] = {}
    for nl in all_names:
        for word, variant in nl.variants:
            swaps.setdefault(word, set()).add(variant)
    for entry in entries:
        if entry.pos in (None, "noun", "adj") and " " not in entry.original:
            word = entry.original[:1].upper() + entry.original[1:]
            variant = " ".join(w[:1].upper() + w[1:] for w in entry.spun.split(" "))
            swaps.setdefault(word, set()).add(variant)
    for name in name_list.names:
        slots: list[str] = []
        keys: set[str] = set()
        for i, word in enumerate(name.split(" ")):
            options = sorted({word} | swaps.get(word, set()), key=len, reverse=True)
            slots.append("(?:" + "|".join(_phrase_regex(o) for o in options) + ")")
            if i == 0:
                keys = {_key(o) for o in options}
        if all(not swaps.get(w) for w in name.split(" ")):
            continue
        pattern = regex.compile(r"(?<![\w])" + r"\s+".join(slots) + r"(?![\w])", regex.V0)
        rule = Rule(
            f"{name_list.lexicon}:{regex.sub(r'[^a-z0-9]+', '_', name.lower()).strip('_')}",
            name_list.lexicon,
            name,
            name,
            pattern,
            0.97,
            "always",
            "name",
        )
        yield rule, keys


def head_lemmas(paths: Iterable[Path]) -> set[tuple[str, Pos]]:
    """The (lemma, pos) pairs whose inflections the given ``.lex`` files need."""
    needed: set[tuple[str, Pos]] = set()
    for path in paths:
        for entry in parse_lexicon(path):
            if entry.pos is None:
                continue
            for phrase in (entry.spun, entry.original):
                words = phrase.lower().split(" ")
                needed.add((words[0] if entry.pos == "verb" else words[-1], entry.pos))
    return needed


@functools.lru_cache(maxsize=32)
def build_index(domains: tuple[str, ...], extra: tuple[str, ...], builtin: bool = True) -> Index:
    """Load (once per process) and compile the built-in lexicons plus extra files."""
    entries: list[Entry] = []
    names: list[NameList] = []
    paths = (
        [p for p in builtin_paths() if p.suffix == ".names" or p.stem in domains] if builtin else []
    )
    for path in [*paths, *(Path(e) for e in extra)]:
        loaded = load_lexicon(path)
        if isinstance(loaded, NameList):
            names.append(loaded)
        else:
            entries.extend(loaded)
    check_cycles(entries)
    return compile_rules(entries, names)


def check_cycles(entries: Sequence[Entry]) -> None:
    """Refuse A -> B together with B -> A (a repair that would undo itself)."""
    by_spun: dict[str, Entry] = {}
    for entry in entries:
        by_spun.setdefault(entry.spun.lower(), entry)
    for entry in entries:
        back = by_spun.get(entry.original.lower())
        if back is not None and back.original.lower() == entry.spun.lower():
            raise LexiconError(
                entry.path,
                entry.line,
                f"cycle: {entry.spun!r} -> {entry.original!r} and back on "
                f"{back.path}:{back.line}; remove one of them",
            )
