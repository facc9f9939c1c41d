"""Every error vnecon raises, with a code, in one place (after spacy/errors.py)."""

from __future__ import annotations


class ErrorsWithCodes(type):
    def __getattribute__(cls, code: str) -> str:
        msg = super().__getattribute__(code)
        if code.startswith("__"):
            return msg
        return f"[{code}] {msg}"


class Errors(metaclass=ErrorsWithCodes):
    E001 = "vnecon.extract() expects a str, got {type}. Decode bytes first (e.g. data.decode('utf-8'))."
    E002 = "vnecon.extract_many() expects an iterable of str; item {index} is {type}."
    E003 = ("No vnecon model at '{path}'. Install vnecon with its bundled model (pip install vnecon), "
            "build one with 'vnecon train corpus/ --output models/NAME', or use vnecon.load('rules').")
    E004 = ("The model directory '{path}' is incomplete or corrupt ({detail}). Retrain it with "
            "'vnecon train corpus/ --output {path}' or reinstall vnecon.")
    E005 = "Unknown model name '{name}'. Use 'default', 'rules', or a path to a model directory."
    E006 = "batch_size must be a positive int, got {value!r}."
    E007 = "n_process must be a positive int, got {value!r}."
    E010 = "{file}: cannot read: {detail}"
    E011 = "{file}: not valid UTF-8 at byte {offset}: {detail}. Re-encode the file as UTF-8."
    E020 = "{file}:{line}: {field}: {detail}"
    E021 = "{file}: no such file or directory."
    E022 = "{file}: unknown import format '{format}'. Use one of: {formats}."
    E030 = "{file}:{line}: the lexicon row is malformed: {detail}"
    E040 = "No training records found under '{path}'. Point 'vnecon train' at a corpus directory with train/ and dev/."
    E041 = "Unknown output format '{format}'. Use one of: {formats}."
    E042 = "Cannot write the model to '{path}': {detail}. Pass a directory path that can be created."
    E050 = "The '{name}' component needs a '{needs}' component before it in the pipeline."
    E060 = "Extension '{name}' is missing: load the pipeline with vnecon.load() or spacy.load() with vnecon installed."

    # vnecon.normalize
    N001 = ("Cannot read {value!r} as a number. Pass a float, an int, or a Vietnamese-formatted number "
            "string such as '36.745' or '184,96'.")
    N002 = ("The package data file vnecon/data/{file} is missing or unreadable ({detail}). Reinstall vnecon "
            "or restore the file from the repository.")
    N003 = "{file}:{line}: the lexicon row is malformed: {detail}. Fix the row (see the file's header comment)."
    N004 = ("normalize_fact() expects a fact dict, got {type}. Pass Fact.to_dict() or a dict with the keys "
            "of FACT_GUIDE.md.")
    N005 = "{name} must be {expected}, got {type}. Pass {expected}, or None."
    N006 = "{name} must be an int year, got {value!r}. Pass a year such as 2024, or None."
    N007 = ("A change needs 'type' and 'value', got {value!r}. Pass a change dict of FACT_GUIDE.md "
            "(type, value, unit, baseline) or a vnecon Change.")
    # vnecon.distributed
    E070 = "vnecon.distributed needs the 'dask' extra: pip install 'vnecon[dask]'. Missing module: {name}."
    E071 = "No input file matches {inputs!r}. Give JSONL (.jsonl, .ndjson) or Parquet (.parquet) paths or URLs."
    E072 = "{path}: unknown input format. Name JSONL files *.jsonl or *.ndjson and Parquet files *.parquet."
    E073 = "{path}: the Parquet file has no column {column!r} (columns: {columns}). Pass text_column= / id_column=."
    E074 = ("{output_dir} holds the output of a job with other settings ({detail}). Re-run with the same settings "
            "to resume it, or write to a new output directory.")
    E075 = "partition_size must be a positive int, got {value!r}."
    E076 = ("{count} of {total} partitions failed; the others are written and a re-run resumes from there. "
            "First failure: {first}")
    E077 = "The record has no {column!r} field."
    E078 = "The line is not a JSON object: {detail}"
    E080 = ("{path} is not a subject-linker weights file (JSON with version 1 and per-slot weights). Retrain with "
            "`vnecon train CORPUS --output DIR`, or load the pipeline without it.")
