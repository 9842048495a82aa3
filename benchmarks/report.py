"""Tables of the results, as aligned plain text for the terminal and as markdown."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from .quality import QualityReport
from .speed import SpeedReport, ToolRun

DASH = "–"


@dataclass(frozen=True, slots=True)
class Table:
    """A titled table of preformatted cells."""

    title: str
    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    note: str = ""


def num(value: float | None, digits: int = 3) -> str:
    """A number for a table cell; None is a dash.

    >>> num(0.12345), num(None), num(1234567.0, 0)
    ('0.123', '–', '1,234,567')
    """
    return DASH if value is None else f"{value:,.{digits}f}"


def pct(value: float | None) -> str:
    """A share as a percentage.

    >>> pct(0.5), pct(None)
    ('50.0%', '–')
    """
    return DASH if value is None else f"{100 * value:.1f}%"


def mark(met: bool | None) -> str:
    """A target's status word."""
    return {True: "met", False: "MISSED", None: "not measured"}[met]


def quality_tables(q: QualityReport) -> list[Table]:
    """Edit quality, false alarms, recall by kind and spin detection."""
    return [_edit_table(q), _false_alarm_table(q), _kind_table(q), _spin_table(q)]


def _edit_table(q: QualityReport) -> Table:
    rows = tuple(
        (
            s.name,
            str(s.docs),
            f"{s.words:,}",
            f"{s.gold_edits} ({s.gold_uncertain})",
            str(s.system_units),
            num(s.precision),
            num(s.recall),
            num(s.f05),
            num(s.detection_precision),
            num(s.detection_recall),
            pct(s.damage_undone),
            num(s.false_alarms_per_1k_words, 2),
        )
        for s in q.sets
    )
    headers: tuple[str, ...] = ("data set", "docs", "words", "gold (uncertain)", "edits")
    headers += ("P", "R", "F0.5")
    headers += ("detect P", "detect R", "damage undone", "false alarms /1k words")
    note = f"Config: {q.config}. Edits are trimmed units (see README, Matching)."
    return Table("Edit quality per data set", headers, rows, note)


def _false_alarm_table(q: QualityReport) -> Table:
    rows: list[tuple[str, ...]] = []
    for s in q.sets:
        rows += [(s.name, rule, str(count)) for rule, count in s.top_false_alarm_rules]
    note = "" if rows else "No false alarms in any data set."
    return Table(
        "Most frequent false-alarm rules", ("data set", "rule id", "count"), tuple(rows), note
    )


def _kind_table(q: QualityReport) -> Table:
    kinds = sorted({k for s in q.sets for k in s.recall_by_kind} - {"all"})
    rows = tuple(
        (s.name, *(num(s.recall_by_kind.get(k)) for k in kinds))
        for s in q.sets
        if set(s.recall_by_kind) - {"all"}
    )
    return Table("Recall by kind of spinner substitution (devset)", ("data set", *kinds), rows)


def _spin_table(q: QualityReport) -> Table:
    rows = tuple(
        (
            g.name,
            str(g.spun_docs),
            str(g.clean_docs),
            num(g.auroc),
            num(g.mean_spun),
            num(g.mean_clean),
            pct(g.spun_flagged),
            pct(g.clean_flagged),
        )
        for g in q.spin
    )
    headers: tuple[str, ...] = ("documents", "spun", "clean", "AUROC")
    headers += ("mean score spun", "mean score clean")
    headers += ("spun judged spun", "clean judged not clean")
    return Table("Document spin score", headers, rows)


def speed_tables(s: SpeedReport) -> list[Table]:
    """Throughput and memory, speed ratios, CLI cold start, --jobs and the targets."""
    return [_tool_table(s), _ratio_table(s), _cold_table(s), _jobs_table(s), _target_table(s)]


def _tool_table(s: SpeedReport) -> Table:
    rows = tuple(
        (
            r.tool,
            r.input,
            _size(r),
            f"{r.words:,}",
            num(r.setup_s, 2),
            num(r.seconds, 2),
            num(r.words_per_s, 0),
            num(r.peak_rss_mb, 1),
        )
        for r in s.runs
    )
    inputs = "; ".join(f"{i.kind}: {i.megabytes:.1f} MB, {i.docs:,} docs" for i in s.inputs)
    note = (
        f"Inputs: {inputs}. Text: best of {s.repeat}. JSONL: one pass, at most {s.budget_s:g} s "
        "per tool ('(budget)': figures for the prefix processed)."
    )
    note += "".join(f"\nFAILED {r.tool} on {r.input}: {r.error}" for r in s.runs if r.error)
    headers = ("tool", "input", "MB", "words", "setup s", "seconds", "words/s", "peak RSS MB")
    return Table("Throughput and peak memory (one process per row)", headers, rows, note)


def _size(r: ToolRun) -> str:
    if r.error:
        return "FAILED"
    return num(r.megabytes, 1) + ("" if r.complete else " (budget)")


def _ratio_table(s: SpeedReport) -> Table:
    rows = tuple(
        (kind, name.replace("/", " vs "), num(value, 2) + "x")
        for kind, row in s.ratios.items()
        for name, value in row.items()
    )
    note = "Words per second of the first tool divided by the second's: above 1 is faster."
    return Table("Speed ratios", ("input", "comparison", "times as fast"), rows, note)


def _cold_table(s: SpeedReport) -> Table:
    rows = tuple(
        (
            c.name,
            str(c.runs),
            num(1000 * c.median_s, 0),
            num(1000 * c.min_s, 0),
            num(c.peak_rss_mb, 1),
        )
        for c in s.cold_start
    )
    headers = ("command FILE", "runs", "median ms", "min ms", "peak RSS MB")
    note = "\n".join(f"FAILED {c.name}: {c.error}" for c in s.cold_start if c.error)
    return Table("CLI cold start on seed 000", headers, rows, note)


def _jobs_table(s: SpeedReport) -> Table:
    j = s.jobs
    rows = tuple(
        (str(r.jobs), num(r.seconds, 2), num(r.words_per_s, 0), num(r.peak_rss_mb, 1))
        for r in j.runs
    )
    note = j.note if not j.runs else f"{j.megabytes:.1f} MB prefix of the JSONL input; {j.note}."
    headers = ("--jobs", "seconds", "words/s", "peak RSS MB (largest process)")
    return Table("textrepair --jsonl --jobs N", headers, rows, note)


def _target_table(s: SpeedReport) -> Table:
    rows = tuple((t.name, num(t.value, 2), t.goal, mark(t.met)) for t in s.targets)
    return Table("Targets", ("target", "value", "goal", "status"), rows)


def render_text(tables: Sequence[Table]) -> str:
    """Aligned plain-text tables."""
    return "\n".join(_text_table(t) for t in tables)


def _text_table(t: Table) -> str:
    widths = [max(len(r[i]) for r in (t.headers, *t.rows)) for i in range(len(t.headers))]
    lines = [t.title, "=" * len(t.title)]
    lines.append("  ".join(h.ljust(w) for h, w in zip(t.headers, widths, strict=True)))
    lines.append("  ".join("-" * w for w in widths))
    lines += ["  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)) for r in t.rows]
    if t.note:
        lines.append(t.note)
    return "\n".join(lines) + "\n"


def render_markdown(tables: Sequence[Table]) -> str:
    """Markdown tables, one section each."""
    return "\n".join(_markdown_table(t) for t in tables)


def _markdown_table(t: Table) -> str:
    lines = [f"## {t.title}", "", _md_row(t.headers), _md_row(tuple("---" for _ in t.headers))]
    lines += [_md_row(r) for r in t.rows]
    if t.note:
        lines += ["", t.note]
    return "\n".join(lines) + "\n"


def _md_row(cells: Sequence[str]) -> str:
    return "| " + " | ".join(c.replace("|", "\\|") for c in cells) + " |"
