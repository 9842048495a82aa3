"""JSON Lines mode, worker processes and the batched function for ``datasets``.

``documents()`` and ``corpus_config()`` are shared with the Spark and Dask tests: a few
hundred records built from small spun and clean snippets, and a config whose only lexicon
is the small one below (so results do not move when the built-in lexicons grow).
"""

from __future__ import annotations

import io
import itertools
import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from textrepair import Config, Repairer
from textrepair.cli import main
from textrepair.pipeline import (
    BATCH_RECORDS,
    BATCHES_PER_JOB,
    Progress,
    metadata,
    parallel_repair,
    repair_batch,
    repair_column,
    repairer_for,
)

LEXICON = """\
# textrepair lexicon 1
# name: pipelinetest
12 months -> year | gate=always conf=0.97 before=\\b(?:this|last|next)\\s+
    + Prices rose this 12 months. -> Prices rose this year.
    - Prices rose over the past 12 months.
p.c -> percent | gate=always conf=0.9
stated -> said | pos=verb conf=0.8
"""

SPUN = [
    "Prices rose this 12 months.",
    "Growth was 1.five p.c this 12 months, the minister stated.",
    "Exports fell 2 p.c this 12 months, officials stated on Monday.",
]
CLEAN = [
    "The weather was mild and the harbour was quiet.",
    "Prices rose over the past 12 months.",
    "Le café était fermé 😀 — nobody minded.",
    "She said the report would be published next week.",
]


def documents(n: int = 300) -> list[str]:
    """``n`` texts of varied length, about a third of them spun."""
    snippets = itertools.cycle(SPUN + CLEAN)
    return [" ".join(itertools.islice(snippets, 1 + i % 7)) for i in range(n)]


def corpus_config(folder: Path) -> Config:
    """A config whose only lexicon is :data:`LEXICON`, written into ``folder``."""
    path = folder / "pipelinetest.lex"
    path.write_text(LEXICON, encoding="utf-8")
    return Config(lexicons=(str(path),), builtin_lexicons=False)


@pytest.fixture
def config(tmp_path: Path) -> Config:
    return corpus_config(tmp_path)


@pytest.fixture
def lexicon(config: Config) -> str:
    return config.lexicons[0]


def write_jsonl(path: Path, records: list[object]) -> Path:
    lines = (r if isinstance(r, str) else json.dumps(r, ensure_ascii=False) for r in records)
    path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    return path


def read_jsonl(text: str) -> list[dict[str, object]]:
    return [json.loads(line) for line in text.splitlines() if line.strip()]


# -- the JSONL command -----------------------------------------------------------------------


def test_jsonl_repairs_the_field_and_keeps_the_rest(
    tmp_path: Path, lexicon: str, capsys: pytest.CaptureFixture[str]
) -> None:
    record = {"id": 7, "text": "Prices rose this 12 months.", "meta": {"lang": "en"}, "z": 1.5}
    source = write_jsonl(tmp_path / "in.jsonl", [record])
    assert main(["--jsonl", "--lexicon", lexicon, str(source)]) == 0
    [out] = read_jsonl(capsys.readouterr().out)
    assert list(out) == ["id", "text", "meta", "z", "textrepair"]
    assert out["text"] == "Prices rose this year."
    assert {k: out[k] for k in ("id", "meta", "z")} == {"id": 7, "meta": {"lang": "en"}, "z": 1.5}
    expected = Repairer(Config(lexicons=(lexicon,))).repair("Prices rose this 12 months.")
    assert out["textrepair"] == metadata(expected)
    assert list(out["textrepair"]) == ["spin_score", "verdict", "edit_count"]  # type: ignore[arg-type]


def test_field_option_and_explain(
    tmp_path: Path, lexicon: str, capsys: pytest.CaptureFixture[str]
) -> None:
    source = write_jsonl(tmp_path / "in.jsonl", [{"body": "Prices rose this 12 months."}])
    assert main(["--jsonl", "--field", "body", "--explain", "--lexicon", lexicon, str(source)]) == 0
    [out] = read_jsonl(capsys.readouterr().out)
    [edit] = out["textrepair"]["edits"]  # type: ignore[index]
    assert (edit["original"], edit["replacement"], edit["start"]) == ("12 months", "year", 17)


def test_malformed_lines_pass_through_counted_and_reported(
    tmp_path: Path, lexicon: str, capsys: pytest.CaptureFixture[str]
) -> None:
    lines = ['{"text": "Prices rose this 12 months."}', "", "not json", '{"text": 5}', "[1]"]
    source = write_jsonl(tmp_path / "in.jsonl", lines)
    assert main(["--jsonl", "--lexicon", lexicon, str(source)]) == 0
    out, err = capsys.readouterr()
    assert out.splitlines()[1:] == ["", "not json", '{"text": 5}', "[1]"]
    assert f"warning: 3 malformed line(s) passed through unchanged (first: {source}:3:" in err
    assert f'{source}:4: "text" is a number, not a string' in err


def test_invalid_utf8_is_malformed_not_fatal(
    tmp_path: Path, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    source = tmp_path / "in.jsonl"
    source.write_bytes(b'{"text": "caf\xe9"}\n{"text": "fine"}\n')
    assert main(["--jsonl", str(source)]) == 0
    assert capsysbinary.readouterr().out.startswith(b'{"text": "caf\xe9"}\n{"text": "fine", ')


def test_errors_file_takes_the_malformed_lines(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = write_jsonl(tmp_path / "in.jsonl", ['{"id": 1}', '{"text": "ok"}'])
    errors = tmp_path / "errors.jsonl"
    assert main(["--jsonl", "--errors", str(errors), str(source)]) == 0
    assert [r.get("id") for r in read_jsonl(capsys.readouterr().out)] == [None]
    assert errors.read_text() == '{"id": 1}\n'


def test_drop_spun_and_min_score_filter_records(
    tmp_path: Path, lexicon: str, capsys: pytest.CaptureFixture[str]
) -> None:
    # One signature in about 200 words of plain text is suspicious, not yet spun.
    suspicious = " ".join([SPUN[0], *[CLEAN[0]] * 20])
    texts = [SPUN[1], suspicious, CLEAN[0]]  # spun, suspicious, clean
    source = write_jsonl(tmp_path / "in.jsonl", [{"n": i, "text": t} for i, t in enumerate(texts)])
    found = [Repairer(Config(lexicons=(lexicon,))).detect(t) for t in texts]
    assert [d.verdict for d in found] == ["spun", "suspicious", "clean"]

    def kept(*options: str) -> list[object]:
        assert main(["--jsonl", "-q", "--lexicon", lexicon, *options, str(source)]) == 0
        return [r["n"] for r in read_jsonl(capsys.readouterr().out)]

    assert kept("--drop-spun") == [1, 2]
    assert kept("--min-score", str(found[1].score)) == [0, 1]
    assert kept("--min-score", str(found[1].score), "--drop-spun") == [1]


def test_jobs_2_gives_the_same_bytes_as_jobs_1(
    tmp_path: Path, lexicon: str, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    records: list[object] = [{"n": i, "text": t} for i, t in enumerate(documents(500))]
    source = write_jsonl(tmp_path / "in.jsonl", [*records[:200], "oops", "", *records[200:]])
    outputs = []
    for jobs in ("1", "2"):
        assert main(["--jsonl", "--jobs", jobs, "--lexicon", lexicon, str(source)]) == 0
        outputs.append(capsysbinary.readouterr())
    assert outputs[0] == outputs[1]
    assert outputs[0].out.count(b'"edit_count": 0') < 400  # and spun records were repaired


def test_unreadable_input_exits_2_and_writes_no_output(tmp_path: Path) -> None:
    good = write_jsonl(tmp_path / "in.jsonl", [{"text": "ok"}])
    out = tmp_path / "out.jsonl"
    assert main(["--jsonl", str(good), str(tmp_path), "-o", str(out)]) == 2
    assert main(["--jsonl", str(good), str(tmp_path / "missing.jsonl")]) == 2
    assert not out.exists()


def test_text_mode_options_are_refused(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--jsonl", "--diff"]) == 2
    assert "drop --diff" in capsys.readouterr().err


def test_closed_pipe_and_ctrl_c_end_cleanly(tmp_path: Path, lexicon: str) -> None:
    source = write_jsonl(tmp_path / "in.jsonl", [{"text": t} for t in documents(2000)])
    command = [sys.executable, "-m", "textrepair", "--jsonl", "--jobs", "2", "--lexicon", lexicon]
    head = subprocess.run(
        f"{' '.join(command)} {source} | head -n 1", shell=True, capture_output=True, timeout=60
    )
    assert head.stdout.count(b"\n") == 1
    assert head.stderr == b""

    out = tmp_path / "out.jsonl"
    with out.open("wb") as sink, subprocess.Popen(
        command, stdin=subprocess.PIPE, stdout=sink, stderr=subprocess.PIPE,
        start_new_session=True,
    ) as run:  # fmt: skip
        assert run.stdin is not None and run.stderr is not None
        run.stdin.write(source.read_bytes())  # and the pipe stays open: an endless input
        run.stdin.flush()
        deadline = time.monotonic() + 30
        while out.stat().st_size == 0 and time.monotonic() < deadline:
            time.sleep(0.05)
        os.killpg(run.pid, signal.SIGINT)  # what Ctrl-C does: the whole process group
        assert run.wait(timeout=30) == 130
        assert run.stderr.read() == b"textrepair: interrupted\n"


# -- progress --------------------------------------------------------------------------------


def test_progress_bar_shows_rate_and_eta_after_a_second() -> None:
    ticks = iter([0.0, 0.5, 2.0, 2.1])
    screen = io.StringIO()
    progress = Progress(screen, total_bytes=4_000_000, clock=lambda: next(ticks))
    progress.update(10, 1_000_000)
    assert screen.getvalue() == ""  # short runs print nothing
    progress.update(1000, 1_000_000)
    assert (
        screen.getvalue() == "\r[############            ]  50%  1,000 records  1.0 MB/s  ETA 0:02"
    )
    progress.close()
    assert screen.getvalue().endswith("\r")


def test_no_progress_when_stderr_is_not_a_terminal(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = write_jsonl(tmp_path / "in.jsonl", [{"text": "ok"}])
    assert main(["--jsonl", str(source)]) == 0
    assert capsys.readouterr().err == ""


# -- Python ----------------------------------------------------------------------------------


def test_parallel_repair_equals_repair_in_order(config: Config) -> None:
    repairer = Repairer(config)
    texts = documents(400)
    assert list(parallel_repair(repairer, texts, jobs=2)) == [repairer.repair(t) for t in texts]
    assert list(repairer.repair_many(texts[:3], jobs=0)) == [repairer.repair(t) for t in texts[:3]]


def test_parallel_repair_reads_ahead_only_a_few_batches(config: Config) -> None:
    pulled = 0

    def endless() -> Iterator[str]:
        nonlocal pulled
        for text in itertools.cycle(documents(50)):
            pulled += 1
            yield text

    results = parallel_repair(Repairer(config), endless(), jobs=2)
    assert len(list(itertools.islice(results, 100))) == 100
    results.close()  # stops the workers
    assert pulled <= BATCH_RECORDS * (2 * BATCHES_PER_JOB + 2)


def test_repair_batch_replaces_the_field_and_adds_columns(config: Config) -> None:
    batch = {"id": [1, 2, 3], "text": ["Prices rose this 12 months.", "Fine.", None]}
    spun = Repairer(config).detect("Prices rose this 12 months.")
    assert repair_batch(batch, config=config) == {
        "id": [1, 2, 3],
        "text": ["Prices rose this year.", "Fine.", None],
        "spin_score": [round(spun.score, 4), 0.0, None],
        "verdict": [spun.verdict, "clean", None],
        "edit_count": [1, 0, None],
    }
    kept = repair_batch(batch, output_field="repaired", config=config)
    assert kept["text"] == batch["text"]
    assert kept["repaired"][0] == "Prices rose this year."


def test_repair_batch_names_the_columns_it_has() -> None:
    with pytest.raises(KeyError, match="pass field= one of"):
        repair_batch({"body": ["x"]})


def test_repairer_for_builds_one_repairer_per_config(config: Config) -> None:
    assert repairer_for(config) is repairer_for(Config(**{"lexicons": config.lexicons,
                                                          "builtin_lexicons": False}))  # fmt: skip
    assert repairer_for(config) is not repairer_for(Config())


def test_repair_batch_with_datasets_map(config: Config) -> None:
    datasets = pytest.importorskip("datasets")
    texts = documents(300)
    dataset = datasets.Dataset.from_dict({"id": list(range(300)), "text": texts})
    mapped = dataset.map(repair_batch, batched=True, num_proc=2, fn_kwargs={"config": config})
    expected = repair_column(texts, config)
    assert mapped["id"] == list(range(300))
    assert mapped["text"] == expected["text"]
    assert mapped["spin_score"] == expected["spin_score"]
