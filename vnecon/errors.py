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
    E050 = "The '{name}' component needs a '{needs}' component before it in the pipeline."
    E060 = "Extension '{name}' is missing: load the pipeline with vnecon.load() or spacy.load() with vnecon installed."
