"""Batch extraction past one machine: Dask workers turn JSONL / Parquet documents into one Parquet file of facts
per input partition, resumable after an interruption. Needs the 'dask' extra (`pip install 'vnecon[dask]'`).
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import time
import uuid
from typing import Any, Iterator

from .errors import Errors
from .fact import Fact, fact_from_dict


try:
    import distributed
    import fsspec
    import pyarrow as pa
    import pyarrow.parquet as pq
except ImportError as _exc:  # pragma: no cover - depends on the environment
    raise ImportError(Errors.E070.format(name=_exc.name)) from _exc

__all__ = ["extract_to_parquet", "ExtractSummary", "fact_from_row"]

FACTS_DIR = "facts"
ERRORS_DIR = "errors"
JOB_FILE = "_vnecon_job.json"
_JSONL_SUFFIXES = (".jsonl", ".ndjson")
_PARQUET_SUFFIXES = (".parquet", ".pq")


# ------------------------------------------------------------------ the public surface

@dataclasses.dataclass(frozen=True)
class ExtractSummary:
    """What a run of `extract_to_parquet` left in `output_dir`; skipped partitions are counted from their files."""

    output_dir: str
    partitions: int
    written: int        # partitions extracted by this run
    skipped: int        # partitions an earlier run had already written
    documents: int
    facts: int
    errors: int         # documents recorded under errors/ instead of facts/
    seconds: float

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)


def extract_to_parquet(inputs, output_dir, *, scheduler=None, n_workers: int = 2, text_column: str = "text",
                       id_column: str = "id", model: str = "default", partition_size: int = 1000,
                       storage_options: dict | None = None) -> ExtractSummary:
    """Extract the facts of every document in `inputs` on a Dask cluster into Parquet files under `output_dir`.

    `inputs`: a path, fsspec URL, glob or directory, or a list of them, naming JSONL files (one JSON object per
    line) or Parquet files; each record is a document with `id_column` and `text_column`. Every `partition_size`
    consecutive records of a file form a partition, written as `output_dir/facts/<file>-<hash>-<n>.parquet`: one
    row per fact with `doc_id`, `fact_index` (text order), the fact's scalar fields, `span_start`/`span_end` and
    `sentence_start`/`sentence_end` (offsets into the document's text), and `changes` and `normalized` as JSON
    strings (`fact_from_row` rebuilds the Fact). A document that fails is written to `output_dir/errors/` (`doc_id`,
    `source`, `row`, `error`) and the rest of its partition goes on.

    Each file is written under a temporary name and renamed once complete, so a re-run after an interruption skips
    the partitions already written and never duplicates a fact (re-run with the same settings and input paths).
    `scheduler`: a scheduler address ("tcp://10.0.0.5:8786"), a `distributed.Client`, or None for a LocalCluster
    of `n_workers` processes. Every worker must have vnecon installed and reach the inputs and `output_dir`
    (shared storage); `storage_options` go to fsspec. Each worker loads `model` once, when it joins.

    Example (a LocalCluster spawns worker processes, so a script calls it under `if __name__ == "__main__":`)::

        from vnecon.distributed import extract_to_parquet

        if __name__ == "__main__":
            summary = extract_to_parquet("bulletins/*.jsonl", "out/", n_workers=4, partition_size=500)
            print(summary.documents, summary.facts, summary.errors)  # pandas.read_parquet("out/facts")
    """
    if not isinstance(partition_size, int) or isinstance(partition_size, bool) or partition_size < 1:
        raise ValueError(Errors.E075.format(value=partition_size))
    started = time.perf_counter()
    storage_options = dict(storage_options or {})
    output_dir, model = str(output_dir), str(model)
    sources = _expand_inputs(inputs, storage_options)
    _prepare_output(output_dir, {"model": model, "text_column": text_column, "id_column": id_column,
                                 "partition_size": partition_size}, storage_options)
    cluster = None
    if scheduler is None:
        # extraction is pure Python: one thread per worker process, so that workers do not share a GIL
        cluster = distributed.LocalCluster(n_workers=n_workers, threads_per_worker=1, processes=True,
                                           dashboard_address=None)
        client = distributed.Client(cluster)
    elif isinstance(scheduler, distributed.Client):
        client = scheduler
    else:
        client = distributed.Client(scheduler)
    try:
        client.register_plugin(_ModelLoader(model), name=f"vnecon-model-{model}")
        plans = client.gather(client.map(_plan_file, sources, partition_size=partition_size, text_column=text_column,
                                         id_column=id_column, storage_options=storage_options, pure=False))
        parts = [part for plan in plans for part in plan]
        names = {}
        for part in parts:
            future = client.submit(_run_partition, part, output_dir, model=model, text_column=text_column,
                                   id_column=id_column, storage_options=storage_options,
                                   key=f"vnecon-{part['name']}-{uuid.uuid4().hex[:8]}", pure=False)
            names[future] = part["name"]
        results, failures = [], []
        for future in distributed.as_completed(list(names)):
            if future.status == "finished":
                results.append(future.result())
            else:
                failures.append(f"{names[future]}: {future.exception()!r}")
    finally:
        if scheduler is None or not isinstance(scheduler, distributed.Client):
            client.close()
        if cluster is not None:
            cluster.close()
    if failures:
        raise RuntimeError(Errors.E076.format(count=len(failures), total=len(parts), first=failures[0]))
    return ExtractSummary(
        output_dir=output_dir, partitions=len(parts),
        written=sum(not r["skipped"] for r in results), skipped=sum(r["skipped"] for r in results),
        documents=sum(r["documents"] for r in results), facts=sum(r["facts"] for r in results),
        errors=sum(r["errors"] for r in results), seconds=time.perf_counter() - started,
    )


def fact_from_row(row: dict[str, Any]) -> Fact:
    """The Fact of one row of a facts file (a dict, as `pyarrow.Table.to_pylist()` gives)."""
    data = {key: row.get(key) for key in ("indicator", "sector", "location", "period", "value", "unit",
                                          "qualifier", "estimated", "value_max", "kind")}
    data["changes"] = json.loads(row["changes"]) if row.get("changes") else []
    if row.get("span_start") is not None:
        data["span"] = [row["span_start"], row["span_end"]]
    if row.get("sentence_start") is not None:
        data["sentence"] = [row["sentence_start"], row["sentence_end"]]
    if row.get("normalized"):
        data["normalized"] = json.loads(row["normalized"])
    return fact_from_dict(data)


# ------------------------------------------------------------------ output files

FACTS_SCHEMA = pa.schema([
    ("doc_id", pa.string()), ("fact_index", pa.int32()),
    ("indicator", pa.string()), ("sector", pa.string()), ("location", pa.string()), ("period", pa.string()),
    ("value", pa.float64()), ("value_max", pa.float64()), ("unit", pa.string()), ("qualifier", pa.string()),
    ("estimated", pa.bool_()), ("kind", pa.string()),
    ("span_start", pa.int64()), ("span_end", pa.int64()), ("sentence_start", pa.int64()), ("sentence_end", pa.int64()),
    ("changes", pa.string()), ("normalized", pa.string()),
])
ERRORS_SCHEMA = pa.schema([("doc_id", pa.string()), ("source", pa.string()), ("row", pa.int64()),
                           ("error", pa.string())])


def _fact_row(doc_id: str, index: int, fact: Fact) -> dict[str, Any]:
    span = fact.span or (None, None)
    sentence = fact.sentence or (None, None)
    return {
        "doc_id": doc_id, "fact_index": index,
        "indicator": fact.indicator, "sector": fact.sector, "location": fact.location, "period": fact.period,
        "value": fact.value, "value_max": fact.value_max, "unit": fact.unit, "qualifier": fact.qualifier,
        "estimated": fact.estimated, "kind": fact.kind,
        "span_start": span[0], "span_end": span[1], "sentence_start": sentence[0], "sentence_end": sentence[1],
        "changes": json.dumps([c.to_dict() for c in fact.changes], ensure_ascii=False),
        "normalized": json.dumps(fact.normalized, ensure_ascii=False) if fact.normalized is not None else None,
    }


def _utf8_safe(value: str | None) -> str | None:
    # Parquet strings are UTF-8: a lone surrogate in an id must not sink the whole partition
    if value is None:
        return None
    return value.encode("utf-8", "backslashreplace").decode("utf-8")


def _write_atomic(fs, path: str, write) -> None:
    """Write through `write(file)` to a hidden temporary name, then rename: readers never see half a file."""
    directory, name = path.rsplit("/", 1)
    tmp = f"{directory}/.{name}.{uuid.uuid4().hex}.tmp"
    try:
        with fs.open(tmp, "wb") as f:
            write(f)
        fs.mv(tmp, path)
    finally:
        if fs.exists(tmp):
            fs.rm(tmp)


def _prepare_output(output_dir: str, settings: dict, storage_options: dict) -> None:
    """Create the layout, refuse to mix settings with an earlier job, and drop files a killed worker left."""
    fs, root = fsspec.core.url_to_fs(output_dir, **storage_options)
    for sub in (FACTS_DIR, ERRORS_DIR):
        fs.makedirs(f"{root}/{sub}", exist_ok=True)
    job = f"{root}/{JOB_FILE}"
    if fs.exists(job):
        with fs.open(job, "rb") as f:
            earlier = json.loads(f.read())
        differ = [f"{k} was {earlier.get(k)!r}, now {v!r}" for k, v in settings.items() if earlier.get(k) != v]
        if differ:
            raise ValueError(Errors.E074.format(output_dir=output_dir, detail="; ".join(differ)))
    else:
        data = json.dumps(settings, ensure_ascii=False, indent=1).encode("utf-8")
        _write_atomic(fs, job, lambda f: f.write(data))
    # one job per output directory, so no temporary file here belongs to a live writer
    for sub in (FACTS_DIR, ERRORS_DIR):
        for path in fs.glob(f"{root}/{sub}/.*.tmp"):
            fs.rm(path)


# ------------------------------------------------------------------ inputs and partitions

def _expand_inputs(inputs, storage_options: dict) -> list[str]:
    """Every input file as a full URL (globs and directories expanded), in a stable order."""
    if isinstance(inputs, str) or hasattr(inputs, "__fspath__"):
        inputs = [inputs]
    urls: list[str] = []
    for item in inputs:
        fs, path = fsspec.core.url_to_fs(str(item), **storage_options)
        if any(ch in path for ch in "*?["):
            paths = fs.glob(path)
        elif fs.isdir(path):
            paths = [p for p in fs.ls(path, detail=False) if p.lower().endswith(_JSONL_SUFFIXES + _PARQUET_SUFFIXES)]
        else:
            paths = [path] if fs.exists(path) else []
        for p in sorted(paths):
            url = fs.unstrip_protocol(p)
            _input_format(url)
            urls.append(url)
    if not urls:
        raise FileNotFoundError(Errors.E071.format(inputs=inputs))
    return urls


def _input_format(url: str) -> str:
    lower = url.lower()
    if lower.endswith(_JSONL_SUFFIXES):
        return "jsonl"
    if lower.endswith(_PARQUET_SUFFIXES):
        return "parquet"
    raise ValueError(Errors.E072.format(path=url))


def _partition_name(url: str, index: int) -> str:
    # the digest of the full URL keeps "a/2024.jsonl" and "b/2024.jsonl" apart
    stem = url.rstrip("/").rsplit("/", 1)[-1].split(".", 1)[0] or "input"
    return f"{stem}-{hashlib.sha1(url.encode('utf-8')).hexdigest()[:8]}-{index:05d}"


def _plan_file(url: str, *, partition_size: int, text_column: str, id_column: str,
               storage_options: dict) -> list[dict[str, Any]]:
    """The partitions of one input: byte ranges of `partition_size` lines (JSONL) or row ranges (Parquet).

    Runs on a worker, next to the storage; reading a file once costs little beside extracting it.
    """
    parts: list[dict[str, Any]] = []
    kind = _input_format(url)
    with fsspec.open(url, "rb", **storage_options) as f:
        if kind == "jsonl":
            start = offset = lines = 0
            for raw in f:
                offset += len(raw)
                lines += 1
                if lines % partition_size == 0:
                    parts.append({"start": start, "end": offset, "first_row": lines - partition_size + 1})
                    start = offset
            if offset > start:
                parts.append({"start": start, "end": offset, "first_row": lines - lines % partition_size + 1})
        else:
            pf = pq.ParquetFile(f)
            columns = pf.schema_arrow.names
            for column in (id_column, text_column):
                if column not in columns:
                    raise ValueError(Errors.E073.format(path=url, column=column, columns=", ".join(columns)))
            total = pf.metadata.num_rows
            parts = [{"start": lo, "end": min(total, lo + partition_size), "first_row": lo}
                     for lo in range(0, total, partition_size)]
    for index, part in enumerate(parts):
        part.update(url=url, format=kind, name=_partition_name(url, index))
    return parts


def _read_records(part: dict[str, Any], text_column: str, id_column: str,
                  storage_options: dict) -> Iterator[tuple[int, Any, Any, str | None]]:
    """(row, id, text, problem) for each record of a partition; `problem` says why it cannot be extracted.

    `row` is the 1-based line number in a JSONL file, the 0-based row index in a Parquet file.
    """
    if part["format"] == "jsonl":
        with fsspec.open(part["url"], "rb", **storage_options) as f:
            f.seek(part["start"])
            data = f.read(part["end"] - part["start"])
        for row, raw in enumerate(data.split(b"\n"), start=part["first_row"]):
            if not raw.strip():
                continue
            try:
                record = json.loads(raw)
            except ValueError as exc:  # bad JSON or bad UTF-8 spoils this line only
                yield row, None, None, Errors.E078.format(detail=exc)
                continue
            if not isinstance(record, dict):
                yield row, None, None, Errors.E078.format(detail=f"a JSON {type(record).__name__}")
                continue
            yield row, record.get(id_column), record.get(text_column), _problem(record, text_column, id_column)
        return
    with fsspec.open(part["url"], "rb", **storage_options) as f:
        pf = pq.ParquetFile(f)
        groups, first, seen = [], 0, 0
        for g in range(pf.metadata.num_row_groups):
            n = pf.metadata.row_group(g).num_rows
            if seen < part["end"] and seen + n > part["start"]:
                if not groups:
                    first = seen
                groups.append(g)
            seen += n
        if not groups:
            return
        table = pf.read_row_groups(groups, columns=[id_column, text_column])
    table = table.slice(part["start"] - first, part["end"] - part["start"])
    for row, record in enumerate(table.to_pylist(), start=part["start"]):
        yield row, record.get(id_column), record.get(text_column), _problem(record, text_column, id_column)


def _problem(record: dict, text_column: str, id_column: str) -> str | None:
    for column in (id_column, text_column):
        if record.get(column) is None:
            return Errors.E077.format(column=column)
    return None


# ------------------------------------------------------------------ the work of one partition, on a worker

class _ModelLoader(distributed.WorkerPlugin):
    """Loads the model when a worker joins, so that no task pays for it (vnecon.load caches per process)."""

    def __init__(self, model: str) -> None:
        self.model = model

    def setup(self, worker) -> None:
        from . import load

        load(self.model)


def _extract(text: str, model: str) -> list[Fact]:
    # one indirection, so that a test can make a document fail on the workers
    from . import extract

    return extract(text, model=model)


def _run_partition(part: dict[str, Any], output_dir: str, *, model: str, text_column: str, id_column: str,
                   storage_options: dict) -> dict[str, Any]:
    fs, root = fsspec.core.url_to_fs(output_dir, **storage_options)
    facts_path = f"{root}/{FACTS_DIR}/{part['name']}.parquet"
    errors_path = f"{root}/{ERRORS_DIR}/{part['name']}.parquet"
    if fs.exists(facts_path):  # an earlier run wrote it; its footer holds the counts
        with fs.open(facts_path, "rb") as f:
            meta = pq.ParquetFile(f).schema_arrow.metadata or {}
        return {"skipped": True, "facts": int(meta.get(b"vnecon.facts", 0)),
                "documents": int(meta.get(b"vnecon.documents", 0)), "errors": int(meta.get(b"vnecon.errors", 0))}
    rows: list[dict[str, Any]] = []
    errors: list[dict[str, Any]] = []
    documents = 0
    for row, doc_id, text, problem in _read_records(part, text_column, id_column, storage_options):
        documents += 1
        doc_id = None if doc_id is None else _utf8_safe(str(doc_id))
        if problem is None:
            try:
                doc_rows = [_fact_row(doc_id, i, fact) for i, fact in enumerate(_extract(text, model))]
                for r in doc_rows:  # a fact Parquet cannot store fails its document, not the partition
                    json.dumps(r, ensure_ascii=False).encode("utf-8")
            except Exception as exc:  # recorded under errors/ and counted in the summary: nothing is lost
                problem = f"{type(exc).__name__}: {exc}"
            else:
                rows.extend(doc_rows)
        if problem is not None:
            errors.append({"doc_id": doc_id, "source": part["url"], "row": row, "error": _utf8_safe(problem)})
    # errors first: the facts file marks the partition done, so it is written last
    if errors:
        table = pa.Table.from_pylist(errors, schema=ERRORS_SCHEMA)
        _write_atomic(fs, errors_path, lambda f: pq.write_table(table, f))
    elif fs.exists(errors_path):
        fs.rm(errors_path)  # from an interrupted attempt whose failures did not recur
    meta = {"vnecon.documents": str(documents), "vnecon.errors": str(len(errors)), "vnecon.facts": str(len(rows)),
            "vnecon.model": model, "vnecon.source": part["url"], "vnecon.range": f"{part['start']}-{part['end']}"}
    facts = pa.Table.from_pylist(rows, schema=FACTS_SCHEMA.with_metadata(meta))
    _write_atomic(fs, facts_path, lambda f: pq.write_table(facts, f))
    return {"skipped": False, "facts": len(rows), "documents": documents, "errors": len(errors)}
