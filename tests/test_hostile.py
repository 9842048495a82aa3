"""Hostile input: every byte outside an edit survives, any bytes in give no traceback out,
time stays linear, memory stays bounded, and a broken lexicon is refused with file and line.

These tests use the fixture lexicon ``cases/regressions/hostile.lex`` and not the shipped
lexicons, so they test the machinery whatever the data holds.
"""

from __future__ import annotations

import errno
import io
import os
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from textrepair import Config, LexiconError, Repairer, apply_edits, lexicon
from textrepair import cli as cli_module
from textrepair.cli import main
from textrepair.lexicon import build_index, load_lexicon
from textrepair.streams import DecodeReport, InputError, read_chunks

REGRESSIONS = Path(__file__).resolve().parent / "cases" / "regressions"
LEXICON = str(REGRESSIONS / "hostile.lex")
SPUN = Repairer(Config(force_spun=True, lexicons=(LEXICON,), builtin_lexicons=False))
PLAIN = Repairer(Config(lexicons=(LEXICON,), builtin_lexicons=False))


def run(*argv: str) -> int:
    return main(["--no-builtin-lexicons", "--lexicon", LEXICON, *argv])


# --- no lost text ------------------------------------------------------------------------

HOSTILE = {
    "crlf": "Sales fell this 12 months.\r\nThen p.c\r\n",
    "mixed-endings": "a\rthis 12 months\r\n\nb\n\r",
    "tabs-and-controls": "\tthis\t12 months\x0b\x0c\x1b[31mp.c\x7f\x1f",
    "nul": "this 12 months\x00 p.c \x00",
    "zero-width": "this\u200b 12 months \u200dstated\ufeff p.c\u2060",
    "emoji-astral": "😀 this 12 months 👨\u200d👩\u200d👧 p.c 𝔘𝔫𝔦𝔠𝔬𝔡𝔢",
    "right-to-left": "שלום this 12 months مرحبا \u202ep.c\u202c",
    "combining": "cafe\u0301 this 12 months p\u0301.c e\u0308\u0301",
    "no-final-newline": "the end is this 12 months",
    "mojibake-around-edits": "cafÃ© this 12 months and p.c cafÃ©",
}


@pytest.mark.parametrize("text", list(HOSTILE.values()), ids=list(HOSTILE))
def test_everything_outside_the_edits_comes_back_byte_identical(
    text: str, tmp_path: Path, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    source = tmp_path / "in.txt"
    source.write_bytes(text.encode("utf-8"))
    assert run("--force", str(source)) == 0
    out = capsysbinary.readouterr().out
    result = PLAIN.repair(text)
    assert out == result.text.encode("utf-8")
    kept, position = [], 0
    for edit in result.edits:
        kept.append(text[position : edit.start])
        position = edit.end
    kept.append(text[position:])
    for piece in kept:  # every unedited stretch is in the output, in order
        assert piece.encode("utf-8") in out


def test_chunked_reading_loses_nothing_on_hostile_text() -> None:
    text = "".join(HOSTILE.values()) * 50
    data = text.encode("utf-8") + b"\xff\xfe tail"
    report = DecodeReport("utf-8")
    chunks = list(read_chunks(io.BytesIO(data), report, chunk_chars=97))
    assert "".join(chunks).encode("utf-8", "surrogateescape") == data
    assert max(map(len, chunks)) <= 97
    assert report.invalid_bytes == 2 and report.first_invalid == len(text.encode("utf-8"))


def test_a_hard_cut_keeps_marks_with_their_letter_and_crlf_together() -> None:
    text = "e\u0301" * 500 + "\r\n" * 500
    chunks = list(read_chunks(io.BytesIO(text.encode()), DecodeReport("utf-8"), chunk_chars=101))
    assert "".join(chunks) == text
    assert all(not c.startswith(("\u0301", "\n")) for c in chunks)


# --- any bytes in, no traceback out ------------------------------------------------------


def test_invalid_utf8_passes_through_byte_exact_with_a_warning(
    tmp_path: Path, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    source = tmp_path / "in.txt"
    source.write_bytes(b"\xc3(caf\xe9 \xf0\x9f this 12 months \xed\xa0\x80\n\x80")
    assert run(str(source)) == 0
    captured = capsysbinary.readouterr()
    assert captured.out == b"\xc3(caf\xe9 \xf0\x9f this year \xed\xa0\x80\n\x80"
    assert b"not valid utf-8 (first near byte 0)" in captured.err


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_with_bom_is_repaired_and_written_back_in_the_same_byte_order(
    codec: str, tmp_path: Path, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    source = tmp_path / "in.txt"
    source.write_bytes(("\ufeff😀 this 12 months\r\n").encode(codec))
    assert run(str(source)) == 0
    assert capsysbinary.readouterr().out == "\ufeff😀 this year\r\n".encode(codec)


def test_latin1_input_with_a_repair_latin1_cannot_write_keeps_that_text(
    tmp_path: Path, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    # 'â\x80\x99' is the mojibake of '’', which Latin-1 has no byte for.
    data = b"caf\xe9 \xe2\x80\x99 this 12 months\n"
    source = tmp_path / "in.txt"
    source.write_bytes(data)
    assert run("--encoding", "latin-1", str(source)) == 0
    assert capsysbinary.readouterr().out == b"caf\xe9 \xe2\x80\x99 this year\n"


@pytest.mark.parametrize(
    ("data", "status", "message"),
    [
        (b"", 0, b""),
        (b"\x7fELF\x00\x00\x01\x00", 2, b"looks like a binary file"),
        (b"\xff\xfea", 2, b"not valid utf-16-le"),
    ],
    ids=["empty", "binary", "odd-length-utf16"],
)
def test_odd_inputs_give_a_status_and_a_message(
    data: bytes,
    status: int,
    message: bytes,
    tmp_path: Path,
    capsysbinary: pytest.CaptureFixture[bytes],
) -> None:
    source = tmp_path / "in.bin"
    source.write_bytes(data)
    assert run(str(source)) == status
    err = capsysbinary.readouterr().err
    assert message in err and b"Traceback" not in err


def test_binary_input_is_processed_byte_exact_with_force(
    tmp_path: Path, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    data = bytes(range(256)) + b" this 12 months"
    source = tmp_path / "in.bin"
    source.write_bytes(data)
    assert run("--force", "--no-mojibake", str(source)) == 0
    assert capsysbinary.readouterr().out == data.replace(b"12 months", b"year")


def test_a_bad_input_among_several_is_reported_and_the_others_still_processed(
    tmp_path: Path, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    good = tmp_path / "good.txt"
    good.write_bytes(b"this 12 months\n")
    missing = tmp_path / "missing.txt"
    assert run(str(good), str(missing), str(tmp_path), str(good)) == 2
    captured = capsysbinary.readouterr()
    assert captured.out == b"this year\n" * 2
    assert f"{missing}: cannot read: No such file".encode() in captured.err
    assert f"{tmp_path}: is a directory".encode() in captured.err


def test_with_output_file_a_failed_input_means_no_output_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good, out = tmp_path / "good.txt", tmp_path / "out.txt"
    good.write_bytes(b"this 12 months\n")
    assert run(str(good), str(tmp_path / "missing.txt"), "-o", str(out)) == 2
    assert "out.txt was not written" in capsys.readouterr().err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["good.txt"]


class _FailingStream(io.BytesIO):
    """A file that breaks after its first block (a disk error, a vanished network file)."""

    def read(self, size: int | None = -1) -> bytes:
        if self.tell():
            raise OSError(errno.EIO, "Input/output error")
        return super().read(size)


def test_an_input_that_fails_mid_read_is_a_clear_error(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def failing_input(name: str) -> Iterator[io.BytesIO]:
        yield _FailingStream(b"this 12 months " * 1000)

    from contextlib import contextmanager

    monkeypatch.setattr(cli_module, "open_input", contextmanager(failing_input))
    assert run("flaky.txt") == 2
    err = capsys.readouterr().err
    assert "flaky.txt: reading failed after byte 8192: Input/output error" in err


def test_closed_stdin_is_a_clear_error(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(sys, "stdin", None)
    assert run() == 2
    assert "stdin is closed; pass a FILE" in capsys.readouterr().err


def test_full_disk_on_stdout_is_a_clear_error_not_a_traceback(tmp_path: Path) -> None:
    source = tmp_path / "in.txt"
    source.write_bytes(b"this 12 months\n" * 10_000)
    with open("/dev/full", "wb") as full:
        done = subprocess.run(
            [sys.executable, "-m", "textrepair", "--lexicon", LEXICON, str(source)],
            stdout=full,
            stderr=subprocess.PIPE,
            timeout=120,
            check=False,
        )
    assert done.returncode == 2
    assert done.stderr == b"textrepair: error: cannot write the output: No space left on device\n"


def test_full_disk_with_output_file_removes_the_temp_file_and_creates_no_target(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    source, out = tmp_path / "in.txt", tmp_path / "out.txt"
    source.write_bytes(b"this 12 months\n")
    real_fdopen = os.fdopen

    class Full(io.BufferedWriter):
        def write(self, data: Any) -> int:
            raise OSError(errno.ENOSPC, "No space left on device")

    def full_fdopen(fd: int, mode: str = "r", *args: Any, **kwargs: Any) -> Any:
        return Full(real_fdopen(fd, mode, buffering=0))

    monkeypatch.setattr(os, "fdopen", full_fdopen)
    assert run(str(source), "-o", str(out)) == 2
    assert f"cannot write {out}: No space left on device" in capsys.readouterr().err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.txt"]


@pytest.mark.parametrize("target", ["missing/out.txt", "."], ids=["missing-folder", "directory"])
def test_output_into_a_missing_folder_or_onto_a_directory_is_a_clear_error(
    target: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "in.txt"
    source.write_bytes(b"this 12 months\n")
    assert run(str(source), "-o", str(tmp_path / target)) == 2
    err = capsys.readouterr().err
    assert err.startswith("textrepair: error: cannot write ")
    assert "does not exist" in err or "is a directory" in err


# --- positions ---------------------------------------------------------------------------


def test_explain_positions_count_lines_and_columns_across_many_edits(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = "😀 this 12 months\r\n" * 300 + "x p.c"
    source = tmp_path / "in.txt"
    source.write_text(text, encoding="utf-8", newline="")
    assert run("--explain", "--check", str(source)) == 1
    lines = capsys.readouterr().err.splitlines()
    assert [line.split(": ")[0] for line in lines[:2]] == [f"{source}:1:8", f"{source}:2:8"]
    assert lines[-2].startswith(f"{source}:301:3: ")


# --- linear time -------------------------------------------------------------------------

ADVERSARIAL: dict[str, Callable[[int], str]] = {
    "one-letter": lambda n: "a" * n,
    "spaces": lambda n: " " * n,
    "punctuation": lambda n: ".,;!?-" * (n // 6),
    "newlines": lambda n: "\n" * n,
    "repeated-trigger": lambda n: "stated " * (n // 7),
    "repeated-signature": lambda n: "this 12 months " * (n // 15),
    "dotted-digits": lambda n: "1." * (n // 2),
    "digits": lambda n: "9" * n,
    "articles": lambda n: "a " * (n // 2),
    "mojibake": lambda n: "cafÃ© " * (n // 6),
    "no-space-mojibake": lambda n: "Ã©" * (n // 2),
    "crlf-signatures": lambda n: "p.c\r\n" * (n // 5),
}


def _seconds(text: str, runs: int = 3) -> float:
    best = float("inf")
    for _ in range(runs):
        start = time.perf_counter()
        SPUN.repair(text)
        best = min(best, time.perf_counter() - start)
    return best


@pytest.mark.parametrize("make", list(ADVERSARIAL.values()), ids=list(ADVERSARIAL))
def test_time_grows_linearly_on_adversarial_input(make: Callable[[int], str]) -> None:
    n = 20_000
    while _seconds(make(n), runs=1) < 0.05 and n < 1_280_000:
        n *= 2  # big enough that timer noise and fixed costs do not count
    ratio = _seconds(make(4 * n)) / _seconds(make(n))
    assert ratio < 8, f"4x the input took {ratio:.1f}x the time (quadratic gives ~16)"


BUILTIN = Repairer(Config(force_spun=True))
"""The shipped lexicons, with their names: a name's pattern once scanned the rest of the text."""

SHIPPED: dict[str, Callable[[int], str]] = {
    # the start of a name ("New Year's Day") whose last word never comes
    "unfinished-name": lambda n: "The New Year party was fun. " * (n // 28),
    "many-repairs": lambda n: "Final week the chief stated 12 months of p.c gains. " * (n // 52),
}


@pytest.mark.parametrize("make", list(SHIPPED.values()), ids=list(SHIPPED))
def test_time_grows_linearly_with_the_shipped_lexicons(make: Callable[[int], str]) -> None:
    def seconds(text: str) -> float:
        best = float("inf")
        for _ in range(3):
            start = time.perf_counter()
            BUILTIN.repair(text)
            best = min(best, time.perf_counter() - start)
        return best

    BUILTIN.repair(make(10_000))  # load the lexicons and compile their patterns first
    n = 40_000
    while seconds(make(n)) < 0.05 and n < 1_280_000:
        n *= 2
    ratio = seconds(make(4 * n)) / seconds(make(n))
    assert ratio < 8, f"4x the input took {ratio:.1f}x the time (quadratic gives ~16)"


# --- bounded memory ----------------------------------------------------------------------

_PEAK = """
import sys
from textrepair.cli import main
status = main(sys.argv[1:])
peak = [l for l in open("/proc/self/status") if l.startswith("VmHWM")][0].split()[1]
print(status, int(peak) * 1024, file=sys.stderr)
"""


def _peak_bytes(path: Path) -> int:
    options = ["--no-builtin-lexicons", "--lexicon", LEXICON, "-o", os.devnull]
    done = subprocess.run(
        [sys.executable, "-c", _PEAK, *options, str(path)],
        capture_output=True,
        timeout=1800,
        check=False,
    )
    status, peak = done.stderr.split()[-2:]
    assert status == b"0", done.stderr
    return int(peak)


def _one_line(path: Path, size: int) -> Path:
    unit = b"x" * 100_000 + b" this 12 months stated caf\xc3\xa9 1.five p.c "
    with path.open("wb") as handle:
        for _ in range(size // len(unit)):
            handle.write(unit)
    return path


needs_proc = pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="needs /proc")


@needs_proc
def test_memory_does_not_grow_with_the_length_of_a_line(tmp_path: Path) -> None:
    # Both inputs are several chunks long, past the one-time costs of the first chunks
    # (lexicon, collocation table): measured 48.9 MB for 10 MB and 48.7 MB for 20 MB.
    small = _peak_bytes(_one_line(tmp_path / "small.txt", 6_000_000))
    large = _peak_bytes(_one_line(tmp_path / "large.txt", 14_000_000))
    # Holding the line would add >= 8 MB; reading in chunks adds next to nothing.
    assert large - small < 4_000_000, (small, large)


@pytest.mark.slow
@needs_proc
def test_a_200_mb_single_line_in_bounded_memory(tmp_path: Path) -> None:
    peak = _peak_bytes(_one_line(tmp_path / "huge.txt", 200_000_000))
    assert peak < 200_000_000, peak


# --- untrusted lexicons ------------------------------------------------------------------

HEADER = "# textrepair lexicon 1\n# name: user\n"


@pytest.mark.parametrize(
    ("body", "line", "problem"),
    [
        ("stated -> stated clearly\n", 3, "rewrites its own output"),
        ("say -> say again | pos=verb\n", 3, "rewrites its own output"),
        ("stated -> claimed\nclaimed -> said\n", 3, "chain: 'stated' -> 'claimed'"),
        ("aa -> bb\nbb -> cc\ncc -> aa\n", 3, "cycle"),
        ("stated -> said | before=x)).*(?=(?:\n", 3, "invalid regex"),
        ("stated -> said | before=(?x)a\n", 3, "global inline flags"),
        ("stated -> said | after=(?:ab){e<=2}\n", 3, "fuzzy matching"),
        ("stated -> said | before=x(a+)+\n", 3, "backtracks"),
        ("stated -> said | after=(\\s*)*$\n", 3, "backtracks"),
        ("stated -> said | after=" + "a" * 2000 + "\n", 3, "the limit is 1000"),
        ("stated -> said " + " " * 5000 + "\n", 3, "the limit is 4000"),
        ("stated\tsaid\n", 3, "SPUN -> ORIGINAL"),
    ],
)
def test_a_hostile_lexicon_is_refused_naming_file_line_and_problem(
    tmp_path: Path, body: str, line: int, problem: str
) -> None:
    path = tmp_path / "user.lex"
    path.write_text(HEADER + body, encoding="utf-8")
    with pytest.raises(LexiconError, match=problem) as info:
        build_index((), (str(path),), False)
    assert info.value.line == line
    assert str(info.value).startswith(f"{path}:{line}: ")


def test_a_lexicon_over_the_size_limit_is_refused_without_reading_it_all(tmp_path: Path) -> None:
    path = tmp_path / "huge.lex"
    with path.open("wb") as handle:
        handle.write(HEADER.encode())
        handle.truncate(lexicon.MAX_FILE_BYTES + 1)  # sparse: costs no disk
    with pytest.raises(LexiconError, match="over the limit") as info:
        load_lexicon(path)
    assert str(info.value).startswith(f"{path}: ")


def test_a_lexicon_is_data_never_code(tmp_path: Path) -> None:
    marker = tmp_path / "pwned"
    path = tmp_path / "user.lex"
    path.write_text(
        HEADER + f"__import__('os').system('touch {marker}') -> x | gate=always\n",
        encoding="utf-8",
    )
    with pytest.raises(LexiconError, match="must start with a letter or digit"):
        load_lexicon(path)
    assert not marker.exists()


def test_the_cli_names_the_broken_lexicon(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "user.lex"
    path.write_text(HEADER + "stated -> stated clearly\n", encoding="utf-8")
    assert main(["--no-builtin-lexicons", "--lexicon", str(path), os.devnull]) == 2
    assert capsys.readouterr().err.startswith(f"textrepair: error: {path}:3: ")


def test_decode_errors_in_strict_encodings_name_the_byte() -> None:
    with pytest.raises(InputError, match="not valid ascii near byte 3"):
        list(read_chunks(io.BytesIO(b"abc\xff"), DecodeReport("ascii")))


def test_repair_is_stable_on_hostile_text() -> None:
    for text in HOSTILE.values():
        once = SPUN.repair(text)
        assert SPUN.repair(once.text).text == once.text
        assert apply_edits(text, once.edits) == once.text
