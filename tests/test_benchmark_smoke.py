"""benchmarks/bench.py runs end to end on a little text and writes every figure it reports."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[1] / "benchmarks" / "bench.py"


@pytest.mark.slow
def test_bench_smoke_run_writes_its_figures(tmp_path):
    out = tmp_path / "bench.json"
    done = subprocess.run([sys.executable, str(BENCH), "--quick", "--repeats", "1", "--min-chars", "5000",
                           "--doc-chars", "4000", "--doc-timeout", "60", "--json", str(out)],
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-3000:]
    figures = json.loads(out.read_text(encoding="utf-8"))
    assert set(figures["throughput"]) == {"word_tokenize", "vnecon_tokenizer", "extract", "extract_many_n1",
                                          "extract_many_n2"}
    assert figures["throughput"]["word_tokenize"]["ratio_to_word_tokenize"] == 1.0
    assert all(f["chars_per_second"] > 0 for f in figures["throughput"].values())
    assert figures["load"]["median_seconds"] > 0
    assert figures["one_document"]["document"]["finished"]
    assert figures["one_document"]["document"]["peak_rss_mib"] > 0
    assert set(figures["targets"]) == {"extract_vs_word_tokenize", "extract_vs_word_tokenize_first_pass",
                                       "n_process_2_vs_1", "load_seconds", "one_document_peak_mib"}
    assert figures["first_pass"]["extract_chars_per_second"] > 0
    assert "x word_tokenize" in done.stdout and "[bench" in done.stderr  # figures on stdout, progress on stderr
