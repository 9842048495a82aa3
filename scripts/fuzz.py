"""Long fuzz run for maintainers: the properties of tests/test_fuzz.py for as long as asked.

    python scripts/fuzz.py --minutes 10

Runs hypothesis rounds of fresh random inputs (API on Unicode text, CLI on bytes) until the
time is up, prints how many inputs it tried, and appends every distinct failure (shrunk by
hypothesis) to ``tests/cases/regressions/fuzz.json``, which ``test_fuzz.py`` replays.
Exit status 1 if anything failed.
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import io
import json
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from pathlib import Path

from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

import test_fuzz  # noqa: E402  (the properties live with the tests)

ROUND_EXAMPLES = 2000
"""Inputs per hypothesis round; a round is the unit after which the clock is checked."""


class Counter:
    """Inputs tried, and the failures found (keyed by where they failed)."""

    def __init__(self) -> None:
        self.tried = 0
        self.failures: dict[str, dict[str, str]] = {}


def _round(
    name: str, strategy: st.SearchStrategy[bytes], check: Callable[[bytes], None], count: Counter
) -> None:
    failing: list[bytes] = []

    @settings(
        max_examples=ROUND_EXAMPLES,
        deadline=None,
        database=None,
        suppress_health_check=list(HealthCheck),
        phases=[Phase.generate, Phase.shrink],
    )
    @given(strategy)
    def run(data: bytes) -> None:
        count.tried += 1
        try:
            check(data)
        except BaseException:
            failing.append(data)
            raise

    try:
        run()
    except Exception as exc:  # a failure hypothesis has shrunk: keep the smallest input
        data = min(failing, key=len)
        where = "".join(traceback.format_exception_only(type(exc), exc)).strip()[:200]
        key = f"{name}:{type(exc).__name__}:{_last_frame(exc)}"
        if key not in count.failures:
            digest = hashlib.sha1(data).hexdigest()[:10]
            count.failures[key] = {
                "label": f"{name}-{digest}",
                "target": name,
                "input_hex": data.hex(),
                "comment": where,
            }
            print(f"FAILURE {key}: {data!r}\n  {where}", file=sys.__stderr__, flush=True)


def _last_frame(exc: BaseException) -> str:
    frames = traceback.extract_tb(exc.__traceback__)
    inner = [f for f in frames if "textrepair" in f.filename] or frames
    return f"{Path(inner[-1].filename).name}:{inner[-1].lineno}" if inner else "?"


def _save(failures: list[dict[str, str]]) -> None:
    path = test_fuzz.FUZZ_CASES
    cases: list[dict[str, str]] = (
        json.loads(path.read_text(encoding="utf-8")) if path.exists() else []
    )
    labels = {c["label"] for c in cases}
    cases += [f for f in failures if f["label"] not in labels]
    path.write_text(json.dumps(cases, indent=1, ensure_ascii=True) + "\n", encoding="utf-8")


def main() -> int:
    """Fuzz until the time is up; report the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--minutes", type=float, default=10.0)
    parser.add_argument(
        "--builtin", action="store_true", help="load the shipped lexicons too (default: fixture)"
    )
    args = parser.parse_args()
    if args.builtin:
        test_fuzz.LEXICON_ARGS = ["--lexicon", test_fuzz.LEXICON]
    count = Counter()
    texts = test_fuzz.TEXTS.map(lambda t: t.encode("utf-8", "surrogatepass"))
    unicode = st.text(max_size=300).map(lambda t: t.encode("utf-8", "surrogatepass"))
    quiet = io.StringIO()  # the CLI's warnings, thousands of them
    with tempfile.TemporaryDirectory() as tmp, contextlib.redirect_stderr(quiet):
        folder = Path(tmp)
        rounds: list[tuple[str, st.SearchStrategy[bytes], Callable[[bytes], None]]] = [
            ("api", texts, lambda d: test_fuzz.check_api(d.decode("utf-8", "surrogatepass"))),
            ("api", unicode, lambda d: test_fuzz.check_api(d.decode("utf-8", "surrogatepass"))),
            ("cli", test_fuzz.DATA, lambda d: test_fuzz.check_cli(d, folder)),
        ]
        stop = time.monotonic() + 60 * args.minutes
        started = time.monotonic()
        while time.monotonic() < stop:
            for name, strategy, check in rounds:
                _round(name, strategy, check, count)
                quiet.seek(0)
                quiet.truncate()
        elapsed = time.monotonic() - started
    print(
        f"tried {count.tried} inputs in {elapsed / 60:.1f} minutes; "
        f"{len(count.failures)} distinct failure(s)"
    )
    if count.failures:
        _save(list(count.failures.values()))
        print(f"saved to {test_fuzz.FUZZ_CASES}")
    return 1 if count.failures else 0


if __name__ == "__main__":
    sys.exit(main())
