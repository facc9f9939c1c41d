"""The command line: a thin layer over plain functions, called here in-process."""

import json
from pathlib import Path

import pytest

from vnecon import __version__
from vnecon.cli import main

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "corpus" / "examples" / "bac_ninh_2024_9thang.txt"


def test_version(capsys):
    with pytest.raises(SystemExit):
        main(["--version"])
    assert __version__ in capsys.readouterr().out


@pytest.mark.parametrize("fmt,check", [
    ("jsonl", lambda out: json.loads(out.splitlines()[0])["file"].endswith(".txt")),
    ("csv", lambda out: out.splitlines()[0].startswith("file,indicator,sector")),
    ("table", lambda out: out.startswith("# ")),
])
def test_extract_formats(capsys, fmt, check):
    assert main(["extract", str(EXAMPLE), "--format", fmt]) == 0
    assert check(capsys.readouterr().out)


def test_extract_bad_file_names_byte_offset_and_goes_on(tmp_path, capsys):
    bad = tmp_path / "bad.txt"
    bad.write_bytes("Xuất khẩu đạt ".encode("utf-8") + b"\xff\xfe 10 t\xe1")
    good = tmp_path / "good.txt"
    good.write_text("Nhập khẩu đạt 8,5 tỷ USD.", encoding="utf-8")
    assert main(["extract", str(bad), str(good)]) == 1
    captured = capsys.readouterr()
    assert "E011" in captured.err and "bad.txt" in captured.err and "byte 21" in captured.err
    assert '"value": 8.5' in captured.out


def test_extract_missing_file(capsys):
    assert main(["extract", "/no/such/file.txt"]) == 1
    assert "E010" in capsys.readouterr().err


def test_train_without_records_says_so(tmp_path, capsys):
    (tmp_path / "train").mkdir()
    assert main(["train", str(tmp_path), "--output", str(tmp_path / "model")]) == 2
    assert "E040" in capsys.readouterr().err


def test_train_to_an_output_that_cannot_be_made_fails_before_training(tmp_path, capsys):
    (tmp_path / "train").mkdir()
    first = next((ROOT / "corpus" / "train").glob("*.jsonl")).read_text(encoding="utf-8").splitlines()[0]
    (tmp_path / "train" / "one.jsonl").write_text(first + "\n", encoding="utf-8")
    (tmp_path / "a-file").write_text("", encoding="utf-8")
    assert main(["train", str(tmp_path), "--output", str(tmp_path / "a-file" / "model")]) == 2
    err = capsys.readouterr().err
    assert "E042" in err and "a-file" in err and "epoch" not in err


def test_extract_stdin(monkeypatch, capsys):
    import io
    import sys

    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO("Xuất khẩu đạt 10 tỷ USD.".encode())))
    assert main(["extract", "-"]) == 0
    assert '"value": 10.0' in capsys.readouterr().out


def test_extract_into_a_closed_pipe_ends_quietly(monkeypatch, capsys):
    import io
    import os
    import sys

    read_end, write_end = os.pipe()
    os.close(read_end)  # the reader is gone, as after `| head`
    with io.TextIOWrapper(io.FileIO(write_end, "w"), encoding="utf-8") as closed:
        monkeypatch.setattr(sys, "stdout", closed)
        assert main(["extract", str(EXAMPLE)]) == 1
        monkeypatch.undo()
    assert "Traceback" not in capsys.readouterr().err


@pytest.mark.parametrize("flags,refit", [([], True), (["--no-refit"], False)])
def test_train_refits_on_train_and_dev_unless_told_not_to(tmp_path, capsys, flags, refit):
    lines = next((ROOT / "corpus" / "train").glob("*.jsonl")).read_text(encoding="utf-8").splitlines()
    for split, part in (("train", lines[:2]), ("dev", lines[2:3])):
        (tmp_path / split).mkdir()
        (tmp_path / split / "part.jsonl").write_text("\n".join(part) + "\n", encoding="utf-8")
    out = tmp_path / "model"
    assert main(["train", str(tmp_path), "--output", str(out), "--epochs", "1"] + flags) == 0
    card = json.loads((out / "training.json").read_text(encoding="utf-8"))
    if refit:
        facts = sum(len(json.loads(line)["facts"]) for line in lines[:3])
        assert card["refit"]["bulletins"] == 3 and card["refit"]["facts"] == facts
        assert "refit:" in (out / "MODEL_CARD.md").read_text(encoding="utf-8")
        assert "refit on train + dev" in capsys.readouterr().err
    else:
        assert card["refit"] is None
    from vnecon import load
    assert load(out)("Xuất khẩu đạt 10 tỷ USD.")._.facts
