"""``python -m benchmarks``: run the quality and speed benchmarks and write the results."""

from __future__ import annotations

import argparse
import dataclasses
import datetime
import hashlib
import json
import os
import platform
import sys
import tempfile
import time
from collections.abc import Sequence
from importlib import metadata, resources
from pathlib import Path
from typing import Any

from textrepair import LexiconError, Repairer

from .data import all_sets, sentence_pools
from .quality import QualityReport, evaluate
from .report import Table, quality_tables, render_markdown, render_text, speed_tables
from .speed import SpeedReport, SpeedSettings, cpu_count, run_speed

RESULTS = Path(__file__).resolve().parent / "results"
SCHEMA = 1
"""Bumped when the layout of ``latest.json`` changes."""
FULL = SpeedSettings(text_mb=1.0, jsonl_mb=100.0, repeat=3, budget_s=60.0, cli_runs=7, jobs_mb=20.0)
QUICK = SpeedSettings(text_mb=0.0, jsonl_mb=0.1, repeat=1, budget_s=5.0, cli_runs=1, jobs_mb=0.0)
"""Smoke mode: every tool on a small JSONL file, one CLI run each, no text input, no --jobs."""
PACKAGES = ("textrepair", "ftfy", "symspellpy", "regex")


def build_parser() -> argparse.ArgumentParser:
    """The benchmark's options; unset size options take the mode's defaults."""
    p = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__)
    p.add_argument("--quick", action="store_true", help="smoke mode: tiny inputs, one repetition")
    p.add_argument("--only", choices=("quality", "speed"), help="run one half only")
    p.add_argument("--out", type=Path, default=RESULTS, help="folder for latest.json/.md")
    p.add_argument("--text-mb", type=float, help="size of the single-text input (1; 0: none)")
    p.add_argument("--jsonl-mb", type=float, help="size of the JSONL input (100; 0: none)")
    p.add_argument("--repeat", type=int, help="runs on the text input; the best counts (3)")
    p.add_argument("--budget", type=float, help="seconds per tool on the JSONL input (60)")
    p.add_argument("--cli-runs", type=int, help="runs per command for the cold start (7)")
    p.add_argument("--jobs-mb", type=float, help="JSONL prefix for the --jobs figure (20; 0: skip)")
    return p


def settings_from_args(args: argparse.Namespace) -> SpeedSettings:
    """The mode's settings with any size options given on the command line."""
    base = QUICK if args.quick else FULL
    given = {
        "text_mb": args.text_mb,
        "jsonl_mb": args.jsonl_mb,
        "repeat": args.repeat,
        "budget_s": args.budget,
        "cli_runs": args.cli_runs,
        "jobs_mb": args.jobs_mb,
    }
    return dataclasses.replace(base, **{k: v for k, v in given.items() if v is not None})


def main(argv: Sequence[str] | None = None) -> int:
    """Run the benchmark; print the tables and write ``latest.json`` and ``latest.md``."""
    args = build_parser().parse_args(argv)
    try:
        Repairer().index  # a broken lexicon fails here, before minutes of work  # noqa: B018
    except LexiconError as exc:
        print(f"benchmarks error: textrepair cannot load its lexicons: {exc}", file=sys.stderr)
        return 2
    started = time.perf_counter()
    host = machine()  # before the run: the data fingerprint of what is measured
    settings = settings_from_args(args)
    sets = all_sets()
    quality: QualityReport | None = None
    speed: SpeedReport | None = None
    tables: list[Table] = []
    if args.only != "speed":
        _progress("quality: repairing the seeds and the devset")
        quality = evaluate(sets)
        tables += quality_tables(quality)
        print(render_text(quality_tables(quality)), flush=True)
    if args.only != "quality":
        _progress(f"speed: {settings}")
        with tempfile.TemporaryDirectory(prefix="textrepair-bench-") as folder:
            speed = run_speed(sentence_pools(sets), Path(folder), settings, _progress)
        tables += speed_tables(speed)
        print(render_text(speed_tables(speed)), flush=True)
    elapsed = time.perf_counter() - started
    if data_fingerprint() != host["textrepair_data"]:
        host["data_changed_during_run"] = True
        _progress("warning: textrepair's data files changed during the run; rerun to be sure")
    results = _results(args, settings, host, quality, speed, elapsed)
    _write(args.out, results, tables)
    _progress(f"done in {elapsed:.0f} s; wrote {args.out / 'latest.json'} and latest.md")
    return 0


_START = time.perf_counter()


def _progress(message: str) -> None:
    print(
        f"[benchmarks {time.perf_counter() - _START:5.1f} s] {message}", file=sys.stderr, flush=True
    )


def _results(
    args: argparse.Namespace,
    settings: SpeedSettings,
    host: dict[str, Any],
    quality: QualityReport | None,
    speed: SpeedReport | None,
    elapsed: float,
) -> dict[str, Any]:
    return {
        "schema": SCHEMA,
        "date": datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds"),
        "mode": "quick" if args.quick else "full",
        "elapsed_s": round(elapsed, 1),
        "settings": dataclasses.asdict(settings),
        "machine": host,
        "quality": None if quality is None else dataclasses.asdict(quality),
        "speed": None if speed is None else dataclasses.asdict(speed),
    }


def machine() -> dict[str, Any]:
    """Where the benchmark ran, and the versions and lexicon data it measured."""
    return {
        "cores": cpu_count(),
        "python": platform.python_version(),
        "implementation": platform.python_implementation(),
        "platform": platform.platform(),
        "processor": platform.processor() or platform.machine(),
        "load_average": _load_average(),
        "packages": {name: _version(name) for name in PACKAGES},
        "textrepair_data": data_fingerprint(),
    }


def _load_average() -> list[float] | None:
    # Other work on the machine slows every tool; a load above the core count means noise.
    try:
        return [round(x, 2) for x in os.getloadavg()]
    except OSError:
        return None


def _version(name: str) -> str | None:
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return None


def data_fingerprint() -> dict[str, Any]:
    """Files and a SHA-256 over textrepair's data folder, to tell lexicon versions apart."""
    digest = hashlib.sha256()
    files = 0
    pending = [resources.files("textrepair").joinpath("data")]
    while pending:
        entry = pending.pop()
        if entry.is_dir():
            pending += sorted(entry.iterdir(), key=lambda e: e.name, reverse=True)
        elif entry.is_file():
            digest.update(entry.name.encode() + b"\0" + entry.read_bytes())
            files += 1
    return {"files": files, "sha256": digest.hexdigest()[:16]}


def _write(folder: Path, results: dict[str, Any], tables: Sequence[Table]) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    text = json.dumps(results, indent=1, ensure_ascii=False) + "\n"
    (folder / "latest.json").write_text(text, encoding="utf-8")
    m = results["machine"]
    header = (
        f"# textrepair benchmark ({results['mode']})\n\n"
        f"{results['date']}; {m['cores']} cores; Python {m['python']} on {m['platform']}; "
        + ", ".join(f"{k} {v}" for k, v in m["packages"].items())
        + f"; data {m['textrepair_data']['sha256']}; load average at start "
        f"{m['load_average']}; took {results['elapsed_s']:.0f} s.\n\n"
        + (
            "**The data files changed during the run.**\n\n"
            if m.get("data_changed_during_run")
            else ""
        )
    )
    (folder / "latest.md").write_text(header + render_markdown(tables), encoding="utf-8")
