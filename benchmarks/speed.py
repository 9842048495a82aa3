"""The parent side of the speed benchmark: inputs, one fresh process per measurement, ratios."""

from __future__ import annotations

import json
import os
import shutil
import statistics
import subprocess
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .data import ROOT, SEEDS, SPUN_SEED, Pools, build_text, copy_prefix, count_words, write_jsonl
from .metrics import ratio
from .worker import TOOLS

MB = 1 << 20
Progress = Callable[[str], object]
"""Called with a line of news before each step."""


@dataclass(frozen=True, slots=True)
class Input:
    """A generated input file and how many words each of its documents has."""

    kind: str  # "text" or "jsonl"
    path: Path
    bytes: int
    doc_words: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class ToolRun:
    """One tool on one input, measured in its own process."""

    tool: str
    input: str
    docs: int
    words: int
    megabytes: float
    complete: bool  # False: the time budget ran out; figures are for the prefix processed
    setup_s: float
    seconds: float
    words_per_s: float
    peak_rss_mb: float
    times: tuple[float, ...]
    error: str | None = None  # the worker failed: its last error line; the figures are zero


class WorkerError(RuntimeError):
    """A benchmark worker process failed; the message ends with its stderr."""


@dataclass(frozen=True, slots=True)
class CommandTiming:
    """Median wall time of repeated runs of one command."""

    name: str
    command: tuple[str, ...]
    runs: int
    median_s: float
    min_s: float
    peak_rss_mb: float
    error: str | None = None  # the command failed: why; the figures are zero


@dataclass(frozen=True, slots=True)
class JobsRun:
    """``textrepair --jsonl --jobs N`` on a JSONL file."""

    jobs: int
    seconds: float
    words_per_s: float
    peak_rss_mb: float  # of the largest single process


@dataclass(frozen=True, slots=True)
class JobsReport:
    """The ``--jobs`` figure, or why there is none."""

    available: bool
    note: str
    megabytes: float
    runs: tuple[JobsRun, ...]


@dataclass(frozen=True, slots=True)
class SpeedSettings:
    """How big the inputs are and how often things run."""

    text_mb: float
    jsonl_mb: float
    repeat: int
    budget_s: float
    cli_runs: int
    jobs_mb: float


@dataclass(frozen=True, slots=True)
class InputInfo:
    """What a generated input held."""

    kind: str
    megabytes: float
    docs: int
    words: int


@dataclass(frozen=True, slots=True)
class Target:
    """A goal from the project brief and whether this run met it (None: not measured)."""

    name: str
    value: float | None
    goal: str
    met: bool | None


@dataclass(frozen=True, slots=True)
class SpeedReport:
    """Everything the speed and memory benchmark measured."""

    repeat: int
    budget_s: float
    inputs: tuple[InputInfo, ...]
    runs: tuple[ToolRun, ...]
    ratios: dict[str, dict[str, float | None]]
    cold_start: tuple[CommandTiming, ...]
    jobs: JobsReport
    targets: tuple[Target, ...]


def make_inputs(pools: Pools, folder: Path, text_mb: float, jsonl_mb: float) -> list[Input]:
    """Write the text and JSONL inputs into ``folder``; a size of 0 leaves that input out."""
    inputs: list[Input] = []
    if text_mb > 0:
        text = build_text(pools, int(text_mb * MB))
        path = folder / "input.txt"
        with open(path, "w", encoding="utf-8", newline="") as out:
            out.write(text)
        inputs.append(Input("text", path, path.stat().st_size, (count_words(text),)))
    if jsonl_mb > 0:
        path = folder / "input.jsonl"
        doc_words = write_jsonl(pools, path, int(jsonl_mb * MB))
        inputs.append(Input("jsonl", path, path.stat().st_size, tuple(doc_words)))
    return inputs


def _worker(*args: str) -> dict[str, Any]:
    command = [sys.executable, "-m", "benchmarks.worker", *args]
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise WorkerError(f"benchmark worker failed: {' '.join(args)}\n{done.stderr}")
    result: dict[str, Any] = json.loads(done.stdout)
    return result


def measure_tool(tool: str, source: Input, repeat: int, budget: float) -> ToolRun:
    """Time ``tool`` on ``source`` in a fresh process; a failure is recorded, not raised."""
    try:
        r = _worker(
            "run", tool, source.kind, str(source.path), f"--repeat={repeat}", f"--budget={budget}"
        )
    except WorkerError as exc:
        error = str(exc).strip().splitlines()[-1]
        return ToolRun(tool, source.kind, 0, 0, 0.0, False, 0.0, 0.0, 0.0, 0.0, (), error)
    docs = int(r["docs"])
    words = sum(source.doc_words[:docs])
    seconds = float(r["seconds"])
    share = docs / len(source.doc_words)
    return ToolRun(
        tool=tool,
        input=source.kind,
        docs=docs,
        words=words,
        megabytes=source.bytes * share / MB,
        complete=bool(r["complete"]),
        setup_s=float(r["setup_s"]),
        seconds=seconds,
        words_per_s=words / seconds if seconds else 0.0,
        peak_rss_mb=float(r["peak_rss_mb"]),
        times=tuple(float(t) for t in r["times"]),
    )


def measure_tools(
    inputs: Sequence[Input],
    settings: SpeedSettings,
    progress: Progress,
    tools: Sequence[str] = TOOLS,
) -> list[ToolRun]:
    """Every tool on every input, one after another (never in parallel)."""
    runs: list[ToolRun] = []
    for source in inputs:
        for tool in tools:
            progress(f"speed: {tool} on the {source.bytes / MB:.1f} MB {source.kind} input")
            runs.append(measure_tool(tool, source, settings.repeat, settings.budget_s))
    return runs


def speed_ratios(runs: Sequence[ToolRun]) -> dict[str, dict[str, float | None]]:
    """Per input: how many times faster each textrepair variant is than ftfy and the floor."""
    table: dict[str, dict[str, float | None]] = {}
    for kind in dict.fromkeys(r.input for r in runs):
        speed = {r.tool: r.words_per_s for r in runs if r.input == kind and r.error is None}
        for tool in ("textrepair", "textrepair-subs", "textrepair-typos"):
            if tool in speed:
                table.setdefault(kind, {})[f"{tool}/ftfy"] = ratio(
                    speed[tool], speed.get("ftfy", 0)
                )
                table[kind][f"{tool}/regex-floor"] = ratio(speed[tool], speed.get("regex-floor", 0))
    return table


# -- commands: CLI cold start and --jobs -------------------------------------------------------


def script(name: str, module: str) -> list[str]:
    """How to run an installed console script: next to this Python, on PATH, or ``-m``."""
    beside = Path(sys.executable).parent / name
    if beside.exists():
        return [str(beside)]
    found = shutil.which(name)
    return [found] if found else [sys.executable, "-m", module]


def _execute(command: Sequence[str]) -> dict[str, Any]:
    return _worker("exec", "--", *command)


def cold_start(runs: int) -> list[CommandTiming]:
    """``textrepair FILE`` and ``ftfy FILE`` on seed 000, alternated, after one warm-up each."""
    seed = str(SEEDS / f"{SPUN_SEED}.txt")
    commands = {
        "textrepair": [*script("textrepair", "textrepair"), seed],
        "ftfy": [*script("ftfy", "ftfy.cli"), seed],
    }
    samples: dict[str, list[dict[str, Any]]] = {name: [] for name in commands}
    failed: dict[str, str] = {}
    for name, command in commands.items():
        _check(name, _execute(command), failed)  # warms the page cache; not counted
    for _ in range(runs):
        for name, command in commands.items():
            if name not in failed:
                samples[name].append(_check(name, _execute(command), failed))
    return [_timing(name, commands[name], samples[name], failed.get(name)) for name in commands]


def _check(name: str, result: dict[str, Any], failed: dict[str, str]) -> dict[str, Any]:
    if result["returncode"] != 0:
        failed[name] = f"exit status {result['returncode']}: {result['stderr'].strip()}"
    return result


def _timing(
    name: str, command: Sequence[str], samples: Sequence[dict[str, Any]], error: str | None
) -> CommandTiming:
    if error is not None:
        return CommandTiming(name, tuple(command), 0, 0.0, 0.0, 0.0, error)
    seconds = [float(s["seconds"]) for s in samples]
    return CommandTiming(
        name=name,
        command=tuple(command),
        runs=len(samples),
        median_s=statistics.median(seconds),
        min_s=min(seconds),
        peak_rss_mb=max(float(s["peak_rss_mb"]) for s in samples),
    )


def jobs_figure(source: Input, folder: Path, megabytes: float, cores: int) -> JobsReport:
    """``textrepair --jsonl --jobs N`` for N = 1 and all cores, if the CLI has the option."""
    command = script("textrepair", "textrepair")
    help_text = subprocess.run(
        [*command, "--help"], capture_output=True, text=True, check=False
    ).stdout
    if "--jsonl" not in help_text or "--jobs" not in help_text:
        return JobsReport(False, "skipped: `textrepair --help` lists no --jsonl/--jobs", 0.0, ())
    prefix = folder / "jobs.jsonl"
    docs = copy_prefix(source.path, prefix, int(megabytes * MB))
    words = sum(source.doc_words[:docs])
    size = prefix.stat().st_size / MB
    runs: list[JobsRun] = []
    for jobs in sorted({1, max(cores, 1)}):
        r = _execute([*command, "--jsonl", "--jobs", str(jobs), str(prefix)])
        if r["returncode"] != 0:
            note = f"failed: --jobs {jobs} exited with {r['returncode']}: {r['stderr']}"
            return JobsReport(True, note, size, tuple(runs))
        seconds = float(r["seconds"])
        runs.append(JobsRun(jobs, seconds, words / seconds, float(r["peak_rss_mb"])))
    return JobsReport(True, "ok", size, tuple(runs))


def cpu_count() -> int:
    """Cores this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


# -- the whole speed benchmark and its targets -------------------------------------------------


def run_speed(
    pools: Pools, folder: Path, settings: SpeedSettings, progress: Progress = print
) -> SpeedReport:
    """Generate the inputs in ``folder`` and measure every tool, the CLIs and ``--jobs``."""
    progress("speed: generating the inputs")
    inputs = make_inputs(pools, folder, settings.text_mb, settings.jsonl_mb)
    runs = measure_tools(inputs, settings, progress)
    ratios = speed_ratios(runs)
    progress("speed: CLI cold start")
    cold = cold_start(settings.cli_runs)
    progress("speed: textrepair --jsonl --jobs")
    jsonl = [i for i in inputs if i.kind == "jsonl"]
    jobs_mb = _jobs_megabytes(runs, settings)
    if jsonl and jobs_mb > 0:
        jobs = jobs_figure(jsonl[0], folder, jobs_mb, cpu_count())
    else:
        jobs = JobsReport(False, "skipped: no JSONL input or --jobs-mb 0", 0.0, ())
    info = tuple(
        InputInfo(i.kind, i.bytes / MB, len(i.doc_words), sum(i.doc_words)) for i in inputs
    )
    return SpeedReport(
        settings.repeat,
        settings.budget_s,
        info,
        tuple(runs),
        ratios,
        tuple(cold),
        jobs,
        targets(runs, ratios, cold),
    )


def _jobs_megabytes(runs: Sequence[ToolRun], settings: SpeedSettings) -> float:
    # At most what one in-process repairer got through in half the budget, so that the
    # --jobs 1 run takes about that long however slow the lexicons make textrepair.
    for r in runs:
        if r.tool == "textrepair" and r.input == "jsonl" and r.error is None and r.seconds:
            return min(settings.jobs_mb, r.megabytes / r.seconds * settings.budget_s / 2)
    return settings.jobs_mb


def targets(
    runs: Sequence[ToolRun],
    ratios: dict[str, dict[str, float | None]],
    cold: Sequence[CommandTiming],
) -> tuple[Target, ...]:
    """The brief's speed and memory goals, checked against this run."""
    found: list[Target] = []
    for kind, row in ratios.items():
        found.append(
            _at_least(f"default vs ftfy.fix_text ({kind})", row.get("textrepair/ftfy"), 5.0)
        )
        found.append(
            _at_least(
                f"default vs tokenization floor ({kind})", row.get("textrepair/regex-floor"), 0.5
            )
        )
    medians = {c.name: c.median_s for c in cold if c.error is None}
    cli = ratio(medians.get("textrepair", 0.0), medians.get("ftfy", 0.0))
    found.append(Target("CLI cold start, textrepair/ftfy time", cli, "<= 1.5", _le(cli, 1.5)))
    for tool, limit in (("textrepair-typos", 150.0), ("textrepair", 80.0)):
        peaks = [r.peak_rss_mb for r in runs if r.tool == tool and r.error is None]
        peak = max(peaks) if peaks else None
        found.append(Target(f"peak RSS MB, {tool}", peak, f"< {limit:g}", _lt(peak, limit)))
    return tuple(found)


def _at_least(name: str, value: float | None, goal: float) -> Target:
    return Target(name, value, f">= {goal:g}x", None if value is None else value >= goal)


def _le(value: float | None, limit: float) -> bool | None:
    return None if value is None else value <= limit


def _lt(value: float | None, limit: float) -> bool | None:
    return None if value is None else value < limit
