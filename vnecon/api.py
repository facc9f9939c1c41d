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


# A long Doc goes through the entity recognizer in pieces of about this many tokens: its activations for a whole
# 1 MB document take most of a gigabyte at once.
NER_WINDOW = 4000


def _ner_context(nlp, name: str) -> int | None:
    """How many tokens on each side a window needs for `name` to decide its tokens as on the whole doc; None when
    the recognizer's architecture is not one whose reach is known."""
    try:
        model = nlp.config["components"][name]["model"]
        tok2vec = model["tok2vec"]
        if model["@architectures"] not in ("spacy.TransitionBasedParser.v1", "spacy.TransitionBasedParser.v2") or \
                model.get("extra_state_tokens") or model.get("state_type") != "ner" or \
                tok2vec["@architectures"] not in ("spacy.HashEmbedCNN.v1", "spacy.HashEmbedCNN.v2"):
            return None
        return int(tok2vec["depth"]) * int(tok2vec["window_size"]) + 1
    except (KeyError, TypeError, ValueError):
        return None


def _windows(doc, context: int, window: int) -> list[tuple[int, int, int, int]]:
    """Where the windows of a long doc lie, one of whole sentences each: (first token of the window, its end, first
    and end token of the piece the recognizer reads).

    The recognizer cannot carry an entity over a sentence start, its next decision reads only the current token (and,
    inside an entity, the entity's first token and the previous one), and a token's vector depends on its neighbours
    up to the CNN's reach: so each window is read with `context` tokens more on each side, and only the entities
    inside the window are kept."""
    n = len(doc)
    cuts = [0]
    for sent in doc.sents:
        if sent.start - cuts[-1] >= window:
            cuts.append(sent.start)
    cuts.append(n)
    return [(a, b, max(0, a - context), min(n, b + context)) for a, b in zip(cuts, cuts[1:])]


def _pieces(doc, windows: list[tuple[int, int, int, int]]) -> Iterator:
    """The pieces of `doc` the windows say, made one at a time (a 1 MB document's are not all in memory at once)."""
    from spacy.attrs import NORM, ORTH, SENT_START, SPACY
    from spacy.tokens import Doc

    # what the recognizer reads of a token: its text (the lexical features come with it), NORM and sentence starts
    array = doc.to_array([ORTH, SPACY, NORM, SENT_START])
    strings = doc.vocab.strings
    for _, _, lo, hi in windows:
        rows = array[lo:hi]
        piece = Doc(doc.vocab, words=[strings[o] for o in rows[:, 0].tolist()], spaces=rows[:, 1].astype(bool).tolist())
        piece.from_array([NORM, SENT_START], rows[:, 2:])
        yield piece


def _recognizer_input(nlp, name: str, doc):
    """What the recognizer `name` reads of `doc`, and how its entities go back onto `doc`: (pieces, how many,
    finish), where finish(the pieces as the recognizer returned them, in order) sets `doc`'s entities.

    The recognizer reads a long doc in windows (_windows), and the words without the gaps inside a line: a no-break,
    thin, tab or double space between two words is a whitespace token of its own, which the recognizer, trained on
    text whose words are parted by plain spaces, reads as a break ("toàn ngành\u00a0công nghiệp"). It reads the
    words as if a plain space stood there; its entities are set on `doc`'s own tokens. A line break stays: it ends a
    sentence."""
    from spacy.attrs import IS_SPACE, NORM, SENT_START
    from spacy.tokens import Doc, Span

    # the gaps found from one array read, not a Token object per token (most texts have no gap at all)
    gaps = {i for i in doc.to_array(IS_SPACE).nonzero()[0].tolist() if "\n" not in doc[i].text}
    keep = None
    if not gaps or len(gaps) == len(doc):
        view = doc
    else:
        keep = [i for i in range(len(doc)) if i not in gaps]
        array = doc.to_array([NORM, SENT_START])[keep]
        spaces = [bool(doc[i].whitespace_) or i + 1 in gaps for i in keep]
        view = Doc(doc.vocab, words=[doc[i].text for i in keep], spaces=spaces)
        view.from_array([NORM, SENT_START], array)
    context = _ner_context(nlp, name) if len(view) > NER_WINDOW else None
    if context is not None and view.has_annotation("SENT_START"):
        windows = _windows(view, context, NER_WINDOW)
        pieces = _pieces(view, windows)
    elif view is doc:
        return iter([doc]), 1, _drain  # the recognizer sets the entities on `doc` itself
    else:
        windows = [(0, len(view), 0, len(view))]
        pieces = iter([view])

    def finish(done: Iterable) -> None:
        ents = [(e.start + lo, e.end + lo, e.label) for piece, (a, b, lo, _) in zip(done, windows)
                for e in piece.ents if a <= e.start + lo and e.end + lo <= b]
        if keep is not None:
            ents = [(keep[s], keep[e - 1] + 1, label) for s, e, label in ents]
        doc.set_ents([Span(doc, s, e, label=label) for s, e, label in ents], default="outside")

    return pieces, len(windows), finish


def _drain(done: Iterable) -> None:
    """Take the pieces from the recognizer (each is recognized as it is taken) and keep nothing."""
    for _ in done:
        pass


def _recognized(ner, pieces: Iterable) -> Iterator:
    """The pieces through the recognizer, in order, several short ones at a time (a batch steps their parses
    together, at a fraction of the cost of one by one; the entities are the same) and a long one alone: a batch
    holds about NER_WINDOW tokens, so a 1 MB document's activations are never all in memory at once."""
    batch, size = [], 0
    for piece in pieces:
        batch.append(piece)
        size += len(piece)
        if size >= NER_WINDOW:
            yield from ner.pipe(batch, batch_size=len(batch))
            batch, size = [], 0
    if batch:
        yield from ner.pipe(batch, batch_size=len(batch))


def _run(nlp, doc, until: str | None = None):
    """`doc` through the pipeline as extract() runs it, up to (not including) the component `until` if given."""
    return _run_all(nlp, [doc], until)[0]


def _run_all(nlp, docs: list, until: str | None = None) -> list:
    """Docs through the pipeline as `_run` takes each, the recognizer reading several docs' pieces at once."""
    from itertools import chain, islice

    from spacy.pipeline import EntityRecognizer

    for name, proc in nlp.pipeline:
        if name == until:
            break
        if isinstance(proc, EntityRecognizer):
            jobs = [_recognizer_input(nlp, name, doc) for doc in docs]
            done = _recognized(proc, chain.from_iterable(pieces for pieces, _, _ in jobs))
            for _, count, finish in jobs:
                finish(islice(done, count))
        else:
            docs = [proc(doc) for doc in docs]
    return docs


def extract(text: str, *, location: str | None = None, period: str | None = None, model="default") -> list[Fact]:
    """Facts of `text`, in text order. Offsets (`Fact.span`) point into `text` exactly as given."""
    if not isinstance(text, str):
        raise TypeError(Errors.E001.format(type=type(text).__name__))
    nlp = load(model)
    doc = _run(nlp, _make_doc(nlp, text, location, period))
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
        batch = []
        for text in checked():
            batch.append(text)
            if len(batch) == batch_size:
                yield from _extract_batch(nlp, batch)
                batch = []
        yield from _extract_batch(nlp, batch)
        return
    yield from _extract_parallel(checked(), batch_size=batch_size, n_process=n_process, model=str(model))


def _extract_batch(nlp, texts: list[str]) -> list[list[Fact]]:
    """The facts of each text, as extract() finds them, the texts taken through the pipeline together."""
    docs = _run_all(nlp, [_make_doc(nlp, text, None, None) for text in texts])
    return [list(doc._.facts or []) for doc in docs]


def _worker_extract(args) -> list[list[Fact]]:
    # Facts are plain frozen dataclasses: pickled as they are, they cost a quarter of a round trip through dicts
    model, batch = args
    return _extract_batch(load(model), batch)


def _extract_parallel(texts: Iterator[str], *, batch_size: int, n_process: int, model: str) -> Iterator[list[Fact]]:
    import multiprocessing as mp

    # a batch is shared among the workers, a few texts per task: whole batches leave a worker idle at the end of a
    # short input, and while the slowest batch finishes
    task_size = max(1, -(-batch_size // (2 * n_process)))

    def batches():
        batch = []
        for text in texts:
            batch.append(text)
            if len(batch) == task_size:
                yield (model, batch)
                batch = []
        if batch:
            yield (model, batch)

    ctx = mp.get_context("spawn" if mp.get_start_method(allow_none=True) == "spawn" else "fork")
    with ctx.Pool(n_process) as pool:
        for result in pool.imap(_worker_extract, batches()):
            yield from result
