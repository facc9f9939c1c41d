"""extract(), extract_many() and load(): the public entry points, over one cached spaCy pipeline per model."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Iterable, Iterator

from .errors import Errors
from .fact import Fact

_lock = threading.Lock()
_cache: dict[str, object] = {}
RULE_COMPONENTS = ("vnecon_quantities", "vnecon_comparisons", "vnecon_subjects", "vnecon_linker",
                   "vnecon_normalizer")


def default_model_path() -> Path:
    """Where the bundled trained pipeline lives inside the installed package."""
    from importlib import resources

    return Path(str(resources.files("vnecon.models").joinpath("vnecon-default")))


def build_rules_pipeline():
    """A rules-only pipeline: tokenizer + quantities + comparisons + subjects + linker."""
    import spacy

    from . import pipeline  # noqa: F401  (registers the factories)
    from .pipeline import linker, normalizer, quantities, comparisons, subjects  # noqa: F401
    from . import tokenizer  # noqa: F401

    nlp = spacy.blank("vi", config={"nlp": {"tokenizer": {"@tokenizers": "vnecon.tokenizer.v1"}}})
    for name in RULE_COMPONENTS:
        nlp.add_pipe(name)
    return nlp


def _load_dir(path: Path):
    import spacy

    from . import pipeline, tokenizer  # noqa: F401
    from .pipeline import linker, normalizer, quantities, comparisons, subjects  # noqa: F401

    if not path.exists():
        raise OSError(Errors.E003.format(path=path))
    if not (path / "config.cfg").exists() or not (path / "meta.json").exists():
        raise OSError(Errors.E004.format(path=path, detail="config.cfg or meta.json is missing"))
    try:
        nlp = spacy.load(path)
    except Exception as exc:  # a corrupt directory: say which and how to get a good one
        raise OSError(Errors.E004.format(path=path, detail=f"{type(exc).__name__}: {exc}")) from exc
    if "vnecon_linker" in nlp.pipe_names and "vnecon_normalizer" not in nlp.pipe_names:
        nlp.add_pipe("vnecon_normalizer")  # a model saved before the normalizer existed
    return nlp


def load(name: str | Path = "default"):
    """The spaCy Language for `name`: "default" (bundled trained model), "rules", or a model directory."""
    from .pipeline import ensure_extensions

    ensure_extensions()
    key = str(name)
    with _lock:
        if key in _cache:
            return _cache[key]
        if key == "rules":
            nlp = build_rules_pipeline()
        elif key == "default":
            path = default_model_path()
            nlp = _load_dir(path) if (path / "config.cfg").exists() else build_rules_pipeline()
        elif isinstance(name, Path) or "/" in key or "\\" in key or Path(key).exists():
            nlp = _load_dir(Path(key))
        else:
            raise ValueError(Errors.E005.format(name=key))
        # spaCy's max_length guards parsers' memory; this pipeline is linear in the text, and extract() takes any str
        nlp.max_length = 10**9
        _cache[key] = nlp
        return nlp


def _make_doc(nlp, text: str, location, period):
    doc = nlp.make_doc(text)
    if location is not None or period is not None:
        doc._.vnecon_defaults = {"location": location, "period": period}
    return doc


def extract(text: str, *, location: str | None = None, period: str | None = None, model="default") -> list[Fact]:
    """Facts of `text`, in text order. Offsets (`Fact.span`) point into `text` exactly as given."""
    if not isinstance(text, str):
        raise TypeError(Errors.E001.format(type=type(text).__name__))
    nlp = load(model)
    doc = _make_doc(nlp, text, location, period)
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    return list(doc._.facts or [])


def extract_many(texts: Iterable[str], *, batch_size: int = 64, n_process: int = 1,
                 model="default") -> Iterator[list[Fact]]:
    """One list of facts per text, streamed in input order."""
    if not isinstance(batch_size, int) or isinstance(batch_size, bool) or batch_size < 1:
        raise ValueError(Errors.E006.format(value=batch_size))
    if not isinstance(n_process, int) or isinstance(n_process, bool) or n_process < 1:
        raise ValueError(Errors.E007.format(value=n_process))
    nlp = load(model)

    def checked() -> Iterator[str]:
        for index, text in enumerate(texts):
            if not isinstance(text, str):
                raise TypeError(Errors.E002.format(index=index, type=type(text).__name__))
            yield text

    if n_process == 1:
        for text in checked():
            yield extract(text, model=model)
        return
    yield from _extract_parallel(checked(), batch_size=batch_size, n_process=n_process, model=str(model))


def _worker_extract(args) -> list[list[dict]]:
    model, batch = args
    return [[f.to_dict() for f in extract(t, model=model)] for t in batch]


def _extract_parallel(texts: Iterator[str], *, batch_size: int, n_process: int, model: str) -> Iterator[list[Fact]]:
    import multiprocessing as mp

    from .fact import fact_from_dict

    def batches():
        batch = []
        for text in texts:
            batch.append(text)
            if len(batch) == batch_size:
                yield (model, batch)
                batch = []
        if batch:
            yield (model, batch)

    ctx = mp.get_context("spawn" if mp.get_start_method(allow_none=True) == "spawn" else "fork")
    with ctx.Pool(n_process) as pool:
        for result in pool.imap(_worker_extract, batches()):
            for facts in result:
                yield [fact_from_dict(d) for d in facts]
