"""The command-line filter, through main(argv) and one real subprocess."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import SEEDS

from textrepair.cli import main

SPUN = "Sales fell this 12 months.\r\nGrowth was 1.five p.c\tlast quarter.  \nno final newline"
REPAIRED = "Sales fell this year.\r\nGrowth was 1.5 percent\tlast quarter.  \nno final newline"


@pytest.fixture
def spun_file(tmp_path: Path) -> Path:
    path = tmp_path / "in.txt"
    path.write_bytes(SPUN.encode("utf-8"))
    return path


def test_filter_keeps_every_byte_outside_edits(
    spun_file: Path, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    assert main([str(spun_file)]) == 0
    assert capsysbinary.readouterr().out == REPAIRED.encode("utf-8")


def test_output_file(spun_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.txt"
    assert main([str(spun_file), "-o", str(out)]) == 0
    assert out.read_bytes() == REPAIRED.encode("utf-8")
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".textrepair-")] == []


def test_check_exits_1_when_something_would_change(
    spun_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--check", str(spun_file)]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "would repair" in captured.err
    clean = tmp_path / "clean.txt"
    clean.write_text("Nothing to see here.\n", encoding="utf-8")
    assert main(["--check", str(clean)]) == 0


def test_diff(spun_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--diff", str(spun_file)]) == 0
    out = capsys.readouterr().out
    assert out.startswith(f"--- {spun_file}\n+++ {spun_file} (repaired)\n@@ -1,")
    assert "-Sales fell this 12 months.\r\n" in out
    assert "+Sales fell this year.\r\n" in out


def test_explain_writes_one_line_per_edit_to_stderr(
    spun_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--explain", str(spun_file)]) == 0
    lines = capsys.readouterr().err.splitlines()
    assert len(lines) == 3
    assert lines[0].startswith(f"{spun_file}:1:17: ")
    assert "'12 months' -> 'year'" in lines[0]


def test_json_format_gives_offsets_in_code_points_and_utf16(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "emoji.txt"
    path.write_text("😀 rose this 12 months", encoding="utf-8")
    assert main(["--format", "json", str(path)]) == 0
    record = json.loads(capsys.readouterr().out)
    (edit,) = record["edits"]
    assert (edit["start"], edit["end"]) == (12, 21)
    assert (edit["start_utf16"], edit["end_utf16"]) == (13, 22)
    assert record["verdict"] in ("clean", "suspicious", "spun")


def test_jsonl_format_one_line_per_edit(
    spun_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--format", "jsonl", str(spun_file)]) == 0
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [r["replacement"] for r in records] == ["year", "1.5", "percent"]
    assert all(r["file"] == str(spun_file) for r in records)


def test_detect(capsys: pytest.CaptureFixture[str]) -> None:
    seeds = sorted(SEEDS.glob("*.txt"))
    assert main(["--detect", *map(str, seeds)]) == 0
    spun_line, clean_line = capsys.readouterr().out.splitlines()
    assert ": spun (spin score" in spun_line
    assert ": clean (spin score" in clean_line


def test_missing_file_is_a_clear_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(tmp_path / "missing.txt")]) == 2
    err = capsys.readouterr().err
    assert err.startswith("textrepair: error:")
    assert "No such file" in err


def test_binary_input_is_refused_unless_forced(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "blob.bin"
    path.write_bytes(b"\x7fELF\x00\x00\x01 this 12 months")
    assert main([str(path)]) == 2
    assert "binary" in capsys.readouterr().err
    assert main(["--force", str(path)]) == 0


def test_invalid_utf8_passes_through_with_a_warning(
    tmp_path: Path, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    path = tmp_path / "latin1.txt"
    path.write_bytes(b"caf\xe9 rose this 12 months\n")
    assert main([str(path)]) == 0
    captured = capsysbinary.readouterr()
    assert captured.out == b"caf\xe9 rose this year\n"
    assert b"not valid utf-8" in captured.err


def test_encoding_option(tmp_path: Path, capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    path = tmp_path / "latin1.txt"
    path.write_bytes(b"caf\xe9 rose this 12 months\n")
    assert main(["--encoding", "latin-1", str(path)]) == 0
    assert capsysbinary.readouterr().out == b"caf\xe9 rose this year\n"


def test_broken_lexicon_is_a_clear_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    lex = tmp_path / "mine.lex"
    lex.write_text("# textrepair lexicon 1\n# name: mine\nstated said\n", encoding="utf-8")
    assert main(["--lexicon", str(lex), "-"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("textrepair: error:")
    assert f"{lex}:3:" in err


def test_installed_command_runs_as_a_real_subprocess(spun_file: Path) -> None:
    exe = shutil.which("textrepair") or str(Path(sys.executable).parent / "textrepair")
    done = subprocess.run(
        [exe], input=spun_file.read_bytes(), capture_output=True, timeout=120, check=False
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout == REPAIRED.encode("utf-8")


def test_closed_pipe_exits_quietly(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_text("A line of clean text that goes on.\n" * 200_000, encoding="utf-8")
    cmd = f"{sys.executable} -m textrepair {big} | head -c 10 > /dev/null"
    done = subprocess.run(
        ["bash", "-o", "pipefail", "-c", cmd], capture_output=True, timeout=120, check=False
    )
    assert b"Traceback" not in done.stderr
    assert done.stderr == b""


def test_only_the_users_lexicon(tmp_path: Path, capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    lex = tmp_path / "mine.lex"
    lex.write_text(
        "# textrepair lexicon 1\n# name: mine\nfrobnicated -> fixed | gate=always\n",
        encoding="utf-8",
    )
    source = tmp_path / "in.txt"
    source.write_text("It was frobnicated this 12 months.", encoding="utf-8")
    assert main(["--no-builtin-lexicons", "--lexicon", str(lex), str(source)]) == 0
    assert capsysbinary.readouterr().out == b"It was fixed this 12 months."


@pytest.mark.parametrize(
    ("options", "expected"),
    [
        ([], b"The stock market fell. Tesla stock was costly."),
        (["--no-carry"], b"The stock market fell. Tesla inventory was costly."),
    ],
)
def test_no_carry_repairs_only_what_the_lexicons_match(
    tmp_path: Path, capsysbinary: pytest.CaptureFixture[bytes], options: list[str], expected: bytes
) -> None:
    source = tmp_path / "in.txt"
    source.write_text("The inventory market fell. Tesla inventory was costly.", encoding="utf-8")
    assert main(["--force-spun", *options, str(source)]) == 0
    assert capsysbinary.readouterr().out == expected
