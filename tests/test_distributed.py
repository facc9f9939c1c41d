"""vnecon.distributed on a real LocalCluster (2 worker processes): same facts as extract_many, resumable, and a
failing document costs only itself."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytest.importorskip("distributed", reason="vnecon.distributed needs the 'dask' extra: pip install 'vnecon[dask]'")
pytest.importorskip("pyarrow", reason="vnecon.distributed needs the 'dask' extra: pip install 'vnecon[dask]'")

import cloudpickle  # noqa: E402  (a dependency of distributed)
import distributed  # noqa: E402
import pyarrow as pa  # noqa: E402
import pyarrow.parquet as pq  # noqa: E402

import vnecon  # noqa: E402
from vnecon import Change, Fact  # noqa: E402
from vnecon.distributed import ExtractSummary, extract_to_parquet, fact_from_row  # noqa: E402

# the rules pipeline: what "default" falls back to, without the cost of loading a trained model on every worker
MODEL = "default"
N_DOCUMENTS = 300
PARTITION_SIZE = 40
ROOT = Path(__file__).resolve().parents[1]
# functions sent to the workers with client.run live in this module, which the workers cannot import
cloudpickle.register_pickle_by_value(sys.modules[__name__])


@pytest.fixture(scope="module")
def documents() -> list[tuple[str, str]]:
    """(id, text): the paragraphs of the training drafts (never the test drafts), as short documents."""
    paragraphs = []
    for path in sorted((ROOT / "corpus" / "drafts").glob("train_*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                paragraphs += [p for p in json.loads(line)["text"].split("\n") if len(p.strip()) >= 20]
    if not paragraphs:
        pytest.skip("no corpus/drafts/train_*.jsonl to make documents from")
    while len(paragraphs) < N_DOCUMENTS:
        paragraphs += paragraphs
    return [(f"doc-{i:04d}", text) for i, text in enumerate(paragraphs[:N_DOCUMENTS])]


@pytest.fixture(scope="module")
def serial(documents) -> dict[str, list[Fact]]:
    texts = [text for _, text in documents]
    return {doc_id: facts for (doc_id, _), facts in zip(documents, vnecon.extract_many(texts, model=MODEL))}


@pytest.fixture(scope="module")
def client():
    # processes=True, as in production: threads would share one GIL and one spaCy pipeline
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as cluster, distributed.Client(cluster) as c:
        yield c


def write_inputs(directory: Path, documents, extra=()) -> list[Path]:
    """The first half as JSONL (with `extra` lines appended), the second half as Parquet: both readers run."""
    half = len(documents) // 2
    jsonl = directory / "bulletins.jsonl"
    lines = [json.dumps({"id": doc_id, "text": text}, ensure_ascii=False) for doc_id, text in documents[:half]]
    jsonl.write_text("\n".join(lines + list(extra)) + "\n", encoding="utf-8")
    parquet = directory / "bulletins.parquet"
    rest = documents[half:]
    pq.write_table(pa.table({"id": [d for d, _ in rest], "text": [t for _, t in rest]}), parquet, row_group_size=25)
    return [jsonl, parquet]


def read_output(output: Path) -> dict[str, list[Fact]]:
    rows = pq.read_table(output / "facts").to_pylist()
    keys = [(r["doc_id"], r["fact_index"]) for r in rows]
    assert len(keys) == len(set(keys)), "a fact is written twice"
    by_doc: dict[str, list[tuple[int, Fact]]] = {}
    for row in rows:
        by_doc.setdefault(row["doc_id"], []).append((row["fact_index"], fact_from_row(row)))
    return {doc_id: [f for _, f in sorted(items, key=lambda p: p[0])] for doc_id, items in by_doc.items()}


def with_facts(serial: dict[str, list[Fact]], skip=()) -> dict[str, list[Fact]]:
    return {doc_id: facts for doc_id, facts in serial.items() if facts and doc_id not in skip}


def n_partitions(n_documents: int) -> int:
    half = n_documents // 2
    return -(-half // PARTITION_SIZE) + -(-(n_documents - half) // PARTITION_SIZE)


def test_output_equals_serial_extract_many(client, documents, serial, tmp_path):
    summary = extract_to_parquet(write_inputs(tmp_path, documents), tmp_path / "out", scheduler=client,
                                 model=MODEL, partition_size=PARTITION_SIZE)
    assert isinstance(summary, ExtractSummary)
    assert (summary.documents, summary.errors, summary.skipped) == (N_DOCUMENTS, 0, 0)
    assert summary.partitions == summary.written == n_partitions(N_DOCUMENTS)
    assert summary.facts == sum(len(f) for f in serial.values())
    assert len(list((tmp_path / "out" / "facts").glob("*.parquet"))) == summary.partitions
    assert read_output(tmp_path / "out") == with_facts(serial)


def test_rerun_after_lost_outputs_rewrites_only_those(client, documents, serial, tmp_path):
    inputs, output = write_inputs(tmp_path, documents), tmp_path / "out"
    extract_to_parquet(inputs, output, scheduler=client, model=MODEL, partition_size=PARTITION_SIZE)
    files = sorted((output / "facts").glob("*.parquet"))
    for path in (files[0], files[-1]):
        path.unlink()
    stale = output / "facts" / f".{files[0].name}.0123abcd.tmp"  # what a worker killed mid-write leaves
    stale.write_bytes(b"PAR1 half a file")
    summary = extract_to_parquet(inputs, output, scheduler=client, model=MODEL, partition_size=PARTITION_SIZE)
    assert (summary.written, summary.skipped) == (2, len(files) - 2)
    assert summary.documents == N_DOCUMENTS  # skipped partitions are counted from their files
    assert not stale.exists()
    assert read_output(output) == with_facts(serial)


KILLED_JOB = """
import sys
from vnecon.distributed import extract_to_parquet

if __name__ == "__main__":
    extract_to_parquet(sys.argv[1], sys.argv[2], n_workers=1, model=sys.argv[3], partition_size=int(sys.argv[4]))
"""


def test_killed_job_resumes_without_duplicates(client, documents, serial, tmp_path):
    inputs, output = write_inputs(tmp_path, documents), tmp_path / "out"
    script = tmp_path / "job.py"
    script.write_text(KILLED_JOB, encoding="utf-8")
    # one worker and small partitions, so that the job is surely killed half-way
    size = 10
    job = subprocess.Popen([sys.executable, str(script), str(inputs[0]), str(output), MODEL, str(size)],
                           start_new_session=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and len(list((output / "facts").glob("*.parquet"))) < 3:
            assert job.poll() is None, "the job ended before it could be killed"
            time.sleep(0.05)
    finally:
        os.killpg(job.pid, signal.SIGKILL)  # the job, its scheduler and its worker: a machine going down
        job.wait()
    done = {p.name for p in (output / "facts").glob("*.parquet")}
    total = -(-(N_DOCUMENTS // 2) // size)
    assert 3 <= len(done) < total
    summary = extract_to_parquet(inputs[0], output, scheduler=client, model=MODEL, partition_size=size)
    assert (summary.skipped, summary.written) == (len(done), total - len(done))
    assert not list((output / "facts").glob(".*"))
    first_half = {doc_id for doc_id, _ in documents[:N_DOCUMENTS // 2]}
    assert read_output(output) == {d: f for d, f in with_facts(serial).items() if d in first_half}


def _fail_on(text: str) -> None:
    import vnecon.distributed as engine

    original = engine._extract

    def failing(t, model):
        if t == text:
            raise RuntimeError("injected failure")
        return original(t, model)

    failing.original = original
    engine._extract = failing


def _restore() -> None:
    import vnecon.distributed as engine

    engine._extract = getattr(engine._extract, "original", engine._extract)


def test_failing_documents_are_recorded_and_their_partition_goes_on(client, documents, serial, tmp_path):
    victim_id, victim_text = documents[5]
    extra = [json.dumps({"id": "not-a-string", "text": 12345}), "{broken json", json.dumps({"text": "no id"})]
    inputs = write_inputs(tmp_path, documents, extra)
    client.run(_fail_on, victim_text)
    try:
        summary = extract_to_parquet(inputs, tmp_path / "out", scheduler=client, model=MODEL,
                                     partition_size=PARTITION_SIZE)
    finally:
        client.run(_restore)
    assert summary.errors == 4
    assert summary.documents == N_DOCUMENTS + len(extra)
    errors = pq.read_table(tmp_path / "out" / "errors").to_pylist()
    by_id = {e["doc_id"]: e["error"] for e in errors}
    assert by_id[victim_id] == "RuntimeError: injected failure"
    assert by_id["not-a-string"].startswith("TypeError: [E001]")
    assert sorted(e["row"] for e in errors if e["doc_id"] is None) == [N_DOCUMENTS // 2 + 2, N_DOCUMENTS // 2 + 3]
    assert all(e["source"].endswith("bulletins.jsonl") for e in errors)
    assert read_output(tmp_path / "out") == with_facts(serial, skip={victim_id})


# ---------------------------------------------------------------- no cluster needed

FACTS = [
    Fact(),
    Fact(indicator="Kim ngạch xuất khẩu", location="Khánh Hòa", period="quý I/2024", value=35.2, unit="tỷ USD",
         estimated=True, span=(10, 40), sentence=(0, 80),
         changes=(Change(type="increase", value=12.5, unit="%", baseline="same_period_previous_year",
                         baseline_text="so với cùng kỳ năm trước", span=(42, 50)),)),
    Fact(indicator="Lãi suất", value=6.5, value_max=7.0, unit="%/năm", qualifier="about", kind="target",
         changes=(Change(type="decrease", value=0.25, value_max=0.5, unit="điểm phần trăm"),), span=(0, 3)),
]


@pytest.mark.parametrize("fact", FACTS)
def test_a_row_gives_back_its_fact(fact):
    from vnecon.distributed import FACTS_SCHEMA, _fact_row

    row = pa.Table.from_pylist([_fact_row("d1", 0, fact)], schema=FACTS_SCHEMA).to_pylist()[0]
    assert fact_from_row(row) == fact
    assert fact_from_row(row).to_dict() == fact.to_dict()


@pytest.mark.parametrize("lines, size, expected", [
    (["a", "b", "c", "d", "e"], 2, [(1, "a\nb\n"), (3, "c\nd\n"), (5, "e\n")]),
    (["a", "b", "c", "d"], 2, [(1, "a\nb\n"), (3, "c\nd\n")]),
    (["a", "", "c"], 10, [(1, "a\n\nc\n")]),
    ([], 3, []),
])
def test_jsonl_partitions_are_line_ranges(tmp_path, lines, size, expected):
    from vnecon.distributed import _plan_file

    path = tmp_path / "x.jsonl"
    data = "".join(line + "\n" for line in lines).encode()
    path.write_bytes(data)
    parts = _plan_file(str(path), partition_size=size, text_column="text", id_column="id", storage_options={})
    assert [(p["first_row"], data[p["start"]:p["end"]].decode()) for p in parts] == expected
    assert len({p["name"] for p in parts}) == len(parts)


@pytest.mark.parametrize("make_call, error, code", [
    (lambda d: extract_to_parquet(d / "nothing-*.jsonl", d / "out"), FileNotFoundError, "E071"),
    (lambda d: extract_to_parquet(d / "in.csv", d / "out"), ValueError, "E072"),
    (lambda d: extract_to_parquet(d / "in.jsonl", d / "out", partition_size=0), ValueError, "E075"),
    (lambda d: extract_to_parquet(d / "in.jsonl", d / "used", partition_size=7), ValueError, "E074"),
])
def test_bad_calls_raise_before_any_cluster_starts(tmp_path, make_call, error, code):
    (tmp_path / "in.jsonl").write_text('{"id": 1, "text": "x"}\n', encoding="utf-8")
    (tmp_path / "in.csv").write_text("id,text\n", encoding="utf-8")
    (tmp_path / "used").mkdir()
    (tmp_path / "used" / "_vnecon_job.json").write_text(json.dumps(
        {"model": "default", "text_column": "text", "id_column": "id", "partition_size": 1000}), encoding="utf-8")
    with pytest.raises(error, match=rf"\[{code}\]"):
        make_call(tmp_path)
