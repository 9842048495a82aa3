"""The child side of the speed benchmark: one tool on one input, in a fresh process.

``python -m benchmarks.worker run TOOL text|jsonl PATH`` prints one JSON object: setup time
(imports, dictionary loads, a warm-up call), processing times and the process's peak RSS.
``python -m benchmarks.worker exec -- CMD ...`` runs a command and reports its wall time and
peak RSS. Only the standard library is imported here; each tool imports what it needs, so a
tool's peak RSS is its own.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from typing import Any

Tool = Callable[[str], str]
WARM_UP = "He stated this 12 months that teh cafÃ© helo is 1.five p.c dearer.\n"
"""Triggers every lazy load: the lexicon index, the typo dictionary, ftfy's tables."""
TOOLS = (
    "textrepair",
    "textrepair-subs",
    "textrepair-typos",
    "ftfy",
    "symspellpy",
    "regex-floor",
)


def make_tool(name: str) -> Tool:
    """The ``str -> str`` function timed for ``name`` (one of ``TOOLS``)."""
    if name.startswith("textrepair"):
        return _textrepair(name)
    if name == "ftfy":
        import ftfy

        return ftfy.fix_text
    if name == "symspellpy":
        return _symspell()
    if name == "regex-floor":
        import regex

        word = regex.compile(r"\w+")
        return lambda text: " ".join(word.findall(text))
    raise SystemExit(f"unknown tool {name!r}; choose from {', '.join(TOOLS)}")


def _textrepair(name: str) -> Tool:
    from textrepair import Config, Repairer

    config = {
        "textrepair": Config(),
        "textrepair-subs": Config(mojibake=False, typos=False),
        "textrepair-typos": Config(typos=True),
    }[name]
    repairer = Repairer(config)
    return lambda text: repairer.repair(text).text


def _symspell() -> Tool:
    from importlib import resources

    import regex
    from symspellpy import SymSpell, Verbosity

    speller = SymSpell(max_dictionary_edit_distance=2, prefix_length=7)
    path = resources.files("symspellpy").joinpath("frequency_dictionary_en_82_765.txt")
    with resources.as_file(path) as real_path:
        speller.load_dictionary(str(real_path), term_index=0, count_index=1)
    word = regex.compile(r"\w+")

    def correct(text: str) -> str:
        terms: list[str] = []
        for w in word.findall(text):
            found = speller.lookup(w.lower(), Verbosity.TOP, max_edit_distance=2)
            terms.append(found[0].term if found else w)
        return " ".join(terms)

    return correct


def peak_rss_mb() -> float:
    """This process's peak resident set size (VmHWM), in MiB."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def time_text(tool: Tool, path: str, repeat: int, budget: float) -> dict[str, Any]:
    """Run ``tool`` on the whole file ``repeat`` times, or fewer once ``budget`` is spent."""
    with open(path, encoding="utf-8", newline="") as handle:
        text = handle.read()
    times: list[float] = []
    while len(times) < repeat and sum(times) < budget:
        started = time.perf_counter()
        tool(text)
        times.append(time.perf_counter() - started)
    return {"seconds": min(times), "times": times, "docs": 1, "complete": True}


def time_jsonl(tool: Tool, path: str, budget: float) -> dict[str, Any]:
    """Run ``tool`` on each document's ``text``, reading and writing JSON lines.

    Stops after the first document that ends past ``budget`` seconds.
    """
    docs = 0
    complete = True
    started = time.perf_counter()
    with open(path, encoding="utf-8") as src, open(os.devnull, "w", encoding="utf-8") as out:
        for line in src:
            record = json.loads(line)
            record["text"] = tool(record["text"])
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
            docs += 1
            if time.perf_counter() - started > budget:
                complete = False
                break
    seconds = time.perf_counter() - started
    return {"seconds": seconds, "times": [seconds], "docs": docs, "complete": complete}


def run(tool_name: str, kind: str, path: str, repeat: int, budget: float) -> dict[str, Any]:
    """Set up ``tool_name``, time it on the input, and report."""
    started = time.perf_counter()
    tool = make_tool(tool_name)
    tool(WARM_UP)
    setup = time.perf_counter() - started
    if kind == "text":
        timed = time_text(tool, path, repeat, budget)
    else:
        timed = time_jsonl(tool, path, budget)
    return {
        "tool": tool_name,
        "input": kind,
        "setup_s": setup,
        **timed,
        "peak_rss_mb": peak_rss_mb(),
    }


def execute(command: Sequence[str]) -> dict[str, Any]:
    """Run ``command`` (output discarded); wall time, exit status and the child's peak RSS."""
    started = time.perf_counter()
    done = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, check=False)
    seconds = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return {
        "seconds": seconds,
        "returncode": done.returncode,
        "stderr": done.stderr.decode("utf-8", "replace")[-500:],
        "peak_rss_mb": peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024,
    }


def main(argv: Sequence[str] | None = None) -> int:
    """Parse the arguments, do the one job, print its JSON."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks.worker")
    sub = parser.add_subparsers(dest="job", required=True)
    timed = sub.add_parser("run", help="time one tool on one input")
    timed.add_argument("tool", choices=TOOLS)
    timed.add_argument("kind", choices=("text", "jsonl"))
    timed.add_argument("path")
    timed.add_argument("--repeat", type=int, default=1)
    timed.add_argument("--budget", type=float, default=float("inf"))
    command = sub.add_parser("exec", help="time one command")
    command.add_argument("command", nargs=argparse.REMAINDER)
    args = parser.parse_args(argv)
    if args.job == "run":
        result = run(args.tool, args.kind, args.path, args.repeat, args.budget)
    else:
        cmd = args.command[1:] if args.command[:1] == ["--"] else args.command
        result = execute(cmd)
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
