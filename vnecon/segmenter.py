"""underthesea's word-segmentation CRF, driven with our own syllables so its output aligns by construction.

`underthesea.word_tokenize` re-tokenizes and normalizes the text itself, so its words cannot always be found back
in the caller's text (decomposed diacritics, sentences merged across "."). We keep its model and its features, and
only ask it for the B-W / I-W tag of each syllable we give it.

The tagging itself is done here, from the model's own files: underthesea_core builds 43 feature strings per syllable
as Python objects and parses them back, which costs more than the rest of the tokenizer. Here the attribute ids of
each syllable, pair and triple of syllables are looked up once (and cached), the emission scores are summed in the
model's template order and Viterbi runs with the model's own comparisons, so the tags (and the path score) are the
ones underthesea_core computes, bit for bit. Text outside Latin and Vietnamese letters, where Python's and Rust's
Unicode case tables could disagree, still goes through underthesea_core.
"""

from __future__ import annotations

import importlib.util
import re
import struct
import threading
from pathlib import Path

import numpy

_MODEL_NAME = "ws_crf_vlsp2013_20230727"
_lock = threading.Lock()
_model = None
_crf = None
# characters whose case mappings Python and underthesea_core's Rust agree on (ASCII, Latin-1, Latin Extended A/B,
# combining marks, Latin Extended Additional: all of Vietnamese; general punctuation, currency signs, arrows, math
# operators, box drawing and shapes, which have none); anything else is tagged by underthesea_core
_OUTSIDE = re.compile("[^\u0000-\u024f\u0300-\u036f\u1e00-\u1eff\u2000-\u2064\u20a0-\u20bf\u2190-\u22ff"
                      "\u2500-\u25ff]")
_I32 = re.compile(r"[+-]?[0-9]+")
_TEMPLATE = re.compile(r"T\[(-?\d+)(?:,(-?\d+))?\](?:\.(\w+))?$")
_CACHE_LIMIT = 100_000  # n-grams remembered per length (syllables, pairs, triples); forgotten all at once
_BATCH = 4096  # syllables scored in one pass of array operations
_FUNCTIONS = (None, "lower", "isdigit", "istitle", "is_in_dict")
# whole sequences (a line, as the tokenizer hands them) repeat: headings, table labels, boilerplate; their tags are
# remembered up to this many syllables in all
_SEQUENCE_CACHE = 200_000
_sequences: dict[str, list[str]] = {}
_sequences_size = 0


def _model_dir() -> Path:
    spec = importlib.util.find_spec("underthesea")
    if spec is None or not spec.submodule_search_locations:
        raise ImportError("underthesea is not installed; it is a dependency of vnecon (pip install underthesea)")
    root = Path(list(spec.submodule_search_locations)[0])
    return root / "pipeline" / "word_tokenize" / "models" / _MODEL_NAME


def _load():
    """underthesea_core's featurizer and tagger (the reference implementation)."""
    global _model
    with _lock:
        if _model is None:
            import joblib
            from underthesea_core import CRFFeaturizer, CRFTagger

            path = _model_dir()
            tagger = CRFTagger()
            tagger.load(str(path / "models.bin"))
            featurizer = CRFFeaturizer(joblib.load(path / "features.bin"), joblib.load(path / "dictionary.bin"))
            _model = (featurizer, tagger)
    return _model


def _is_i32(text: str) -> bool:
    """Whether Rust's `str::parse::<i32>` accepts `text` (what the featurizer's "isdigit" means)."""
    if not _I32.fullmatch(text):
        return False
    digits = text.lstrip("+-").lstrip("0") or "0"
    if len(digits) > 10:
        return False
    value = -int(digits) if text[0] == "-" else int(digits)
    return -2**31 <= value < 2**31


def _unpickle(path: Path):
    """A file joblib wrote (underthesea's features and dictionary): a plain pickle, read by the C unpickler, which
    is several times faster than joblib's; joblib for anything else."""
    import pickle

    try:
        with open(path, "rb") as f:
            return pickle.load(f)
    except Exception:  # a compressed or numpy-bearing joblib file
        import joblib

        return joblib.load(path)


def _read_cqdb(data: bytes, offset: int) -> list[str]:
    """The strings of a CRFsuite CQDB chunk, by id (read through its backward links)."""
    _, _, _, _, size, bwd = struct.unpack_from("<4sIIIII", data, offset)
    links = numpy.frombuffer(data, dtype="<u4", count=size, offset=offset + bwd).astype(numpy.int64) + offset
    # a record: id (4 bytes), key size (4 bytes, the terminating NUL included), key
    sizes = numpy.frombuffer(data, dtype=numpy.uint8)[(links + 4)[:, None] + numpy.arange(4)].astype(numpy.int64)
    sizes = sizes @ numpy.array([1, 1 << 8, 1 << 16, 1 << 24], dtype=numpy.int64)
    return [data[a:b].decode("utf-8") for a, b in zip((links + 8).tolist(), (links + 7 + sizes).tolist())]


class _PyCRF:
    """The CRF of models.bin (CRFsuite format) with the featurizer of features.bin and dictionary.bin."""

    def __init__(self, path: Path) -> None:
        data = (path / "models.bin").read_bytes()
        magic, _, kind, _, _, n_labels, n_attrs, off_feat, off_labels, off_attrs = \
            struct.unpack_from("<4sI4sIIIIIII", data, 0)
        if magic != b"lCRF" or kind != b"FOMC" or n_labels != 2:
            raise ValueError("unexpected CRF model format")
        self.labels = _read_cqdb(data, off_labels)
        attrs = _read_cqdb(data, off_attrs)
        self.attr = {a: i for i, a in enumerate(attrs)}
        self.zero = len(attrs)  # an attribute the model does not know weighs nothing
        _, _, n_feat = struct.unpack_from("<4sII", data, off_feat)
        feats = numpy.frombuffer(data, dtype=numpy.dtype([("t", "<u4"), ("s", "<u4"), ("d", "<u4"), ("w", "<f8")]),
                                 count=n_feat, offset=off_feat + 12)
        weights = numpy.zeros((len(attrs) + 1, n_labels), dtype=numpy.float64)
        trans = [[0.0] * n_labels for _ in range(n_labels)]
        state = feats[feats["t"] == 0]
        if len(numpy.unique(state["s"].astype(numpy.int64) * n_labels + state["d"])) == len(state):
            kept = state[numpy.abs(state["w"]) > 1e-10]  # underthesea_core drops these
            weights[kept["s"], kept["d"]] = kept["w"]
        else:  # a feature given twice: the last one counts, as underthesea_core reads them
            for _, s, d, w in state.tolist():
                weights[s, d] = w if abs(w) > 1e-10 else 0.0
        for _, s, d, w in feats[feats["t"] == 1].tolist():
            trans[s][d] = w
        self.weights = weights
        self.trans = trans
        self.dictionary = frozenset(_unpickle(path / "dictionary.bin"))
        self.templates = list(_unpickle(path / "features.bin"))
        # per n-gram length: the functions its templates apply, each with the templates (in order) that apply it,
        # and per function a map value -> attribute ids of those templates (the model's attributes, read back)
        self.plan: dict[int, list[tuple[str | None, list[tuple[int, int]]]]] = {1: [], 2: [], 3: []}
        by_syntax: dict[str, tuple[int, str | None, int]] = {}
        for j, syntax in enumerate(self.templates):
            m = _TEMPLATE.match(syntax)
            if m is None:
                raise ValueError(f"unexpected CRF feature template {syntax!r}")
            o1 = int(m.group(1))
            o2 = int(m.group(2)) if m.group(2) is not None else o1
            size, function = o2 - o1 + 1, m.group(3)
            if size not in self.plan or function not in _FUNCTIONS:
                raise ValueError(f"unexpected CRF feature template {syntax!r}")
            for f, members in self.plan[size]:
                if f == function:
                    members.append((j, o1))
                    break
            else:
                self.plan[size].append((function, [(j, o1)]))
            by_syntax[syntax] = (size, function, j)
        self.values: dict[tuple[int, str | None], dict[str, tuple[int, ...]]] = {}
        where = {}
        for size, plan in self.plan.items():
            for function, members in plan:
                self.values[(size, function)] = {}
                for k, (j, _) in enumerate(members):
                    where[j] = (size, function, k, len(members))
        for a, i in self.attr.items():
            syntax, _, value = a.partition("=")
            if syntax not in by_syntax:
                continue
            size, function, k, width = where[by_syntax[syntax][2]]
            row = self.values[(size, function)].setdefault(value, [self.zero] * width)
            row[k] = i
        for key, table in self.values.items():
            self.values[key] = {v: tuple(row) for v, row in table.items()}
        self.specs = {size: [(function, self.values[(size, function)], (self.zero,) * len(members))
                             for function, members in plan] for size, plan in self.plan.items()}
        bos = [self.attr.get(s + "=BOS", self.zero) for s in self.templates]
        eos = [self.attr.get(s + "=EOS", self.zero) for s in self.templates]
        # per n-gram length, in `plan` order: each template's offset, its column, and its BOS and EOS ids
        self.layout = {}
        order = []
        for size, plan in self.plan.items():
            members = [m for _, group in plan for m in group]
            order += [j for j, _ in members]
            self.layout[size] = (numpy.array([o for _, o in members], dtype=numpy.int64),
                                 numpy.arange(len(members)),
                                 numpy.array([[bos[j] for j, _ in members], [eos[j] for j, _ in members]],
                                             dtype=numpy.int32).reshape(2, len(members)))
        self.order = numpy.argsort(order)
        # per n-gram length, the attribute ids of each n-gram seen: a row of `rows`, found by `index`
        self.index: dict[int, dict[str, int]] = {1: {}, 2: {}, 3: {}}
        self.rows = {size: numpy.empty((1024, sum(len(m) for _, m in plan)), dtype=numpy.int32)
                     for size, plan in self.plan.items()}

    def _values(self, size: int, text: str) -> list[int]:
        """The attribute ids of n-gram `text` for every template of its length, in `plan` order."""
        lower = text.lower()
        values: list[int] = []
        for function, table, none in self.specs[size]:
            if function is None:
                values += table.get(text, none)
            elif function == "lower":
                values += table.get(lower, none)
            elif function == "is_in_dict":
                values += table.get("True" if lower in self.dictionary else "False", none)
            elif function == "istitle":
                title = "True"
                for part in text.split(" "):
                    first = part[:1]
                    if first.upper() != first:
                        title = "False"
                        break
                values += table.get(title, none)
            else:  # isdigit: what Rust's str::parse::<i32> accepts
                digit = "True" if _is_i32(text) else "False"
                values += table.get(digit, none)
        return values

    def _table(self, size: int, grams: list[str]) -> numpy.ndarray:
        """Rows of attribute ids of `grams` (n-grams of length `size`), from the cache or computed into it."""
        index = self.index[size]
        if len(index) > _CACHE_LIMIT:  # between sequences only: the rows of one must stay valid while it is read
            index.clear()
        get = index.get
        found = [get(g) for g in grams]
        if None in found:
            new: dict[str, list[int]] = {}
            for g, r in zip(grams, found):
                if r is None and g not in new:
                    new[g] = self._values(size, g)
            first = len(index)
            last = first + len(new)
            rows = self.rows[size]
            if last > len(rows):
                grown = numpy.empty((max(last, 2 * len(rows)), rows.shape[1]), dtype=rows.dtype)
                grown[:first] = rows[:first]
                rows = self.rows[size] = grown
            rows[first:last] = list(new.values())
            for k, g in enumerate(new, first):
                index[g] = k
            found = [index[g] if r is None else r for g, r in zip(grams, found)]
        return self.rows[size][found]

    def emissions(self, tokens: list[str]) -> list[list[float]]:
        return self.emissions_many([tokens])[0]

    def emissions_many(self, sequences: list[list[str]]) -> list[list[list[float]]]:
        """The emission scores of each (non-empty) sequence, all computed in one pass of array operations: a
        bulletin's lines are short, and array calls per line would cost more than the sums themselves."""
        lengths = numpy.array([len(t) for t in sequences], dtype=numpy.int64)
        which = numpy.repeat(numpy.arange(len(sequences)), lengths)  # the sequence of each syllable
        ends = numpy.cumsum(lengths)
        positions = (numpy.arange(int(ends[-1])) - (ends - lengths)[which])[:, None]
        parts = []
        grams = sequences
        for size in (1, 2, 3):
            if size > 1:
                grams = [[a + " " + b for a, b in zip(g, t[size - 1:])] for g, t in zip(grams, sequences)]
            offsets, columns, edges = self.layout[size]
            if not len(columns):
                continue
            # rows 0 and 1 of `extended` are BOS and EOS: position i reads the n-gram starting at i + offset of its
            # own sequence, BOS before the first one and EOS past the last one that fits
            extended = numpy.concatenate([edges, self._table(size, [x for g in grams for x in g])])
            counts = numpy.array([len(g) for g in grams], dtype=numpy.int64)
            at = positions + offsets
            rows = numpy.where(at < 0, 0, numpy.where(at >= counts[which][:, None], 1,
                                                      2 + (numpy.cumsum(counts) - counts)[which][:, None] + at))
            parts.append(extended[rows, columns])
        ids = numpy.concatenate(parts, axis=1)[:, self.order]  # back to template order
        gathered = self.weights[ids]  # (syllables, templates, labels)
        # summed in template order, as underthesea_core does: the same floats, not merely close ones
        scores = numpy.add.accumulate(gathered, axis=1)[:, -1].tolist()
        return [scores[e - n:e] for n, e in zip(lengths.tolist(), ends.tolist())]

    def viterbi(self, emissions: list[list[float]]) -> tuple[list[str], float]:
        """underthesea_core's Viterbi for two labels, unrolled: the same sums and the same strict comparisons (a tie
        keeps the lower label)."""
        (t00, t01), (t10, t11) = self.trans
        s0, s1 = emissions[0]
        back0: list[int] = []
        back1: list[int] = []
        for e0, e1 in emissions[1:]:
            a, b = s0 + t00, s1 + t10
            if b > a:
                n0 = b + e0
                back0.append(1)
            else:
                n0 = a + e0
                back0.append(0)
            a, b = s0 + t01, s1 + t11
            if b > a:
                s1 = b + e1
                back1.append(1)
            else:
                s1 = a + e1
                back1.append(0)
            s0 = n0
        label, best = (1, s1) if s1 > s0 else (0, s0)
        path = [label]
        for p0, p1 in zip(reversed(back0), reversed(back1)):
            label = p1 if label else p0
            path.append(label)
        path.reverse()
        names = self.labels
        return [names[y] for y in path], best

    def tag(self, tokens: list[str]) -> list[str]:
        return self.tag_many([tokens])[0]

    def tag_many(self, sequences: list[list[str]]) -> list[list[str]]:
        """The tags of each non-empty sequence, scored in groups of about _BATCH syllables (the arrays of a whole
        long text would take hundreds of megabytes)."""
        out: list[list[str]] = []
        start = size = 0
        for end, tokens in enumerate(sequences, 1):
            size += len(tokens)
            if size >= _BATCH or end == len(sequences):
                out += [self.viterbi(e)[0] for e in self.emissions_many(sequences[start:end])]
                start, size = end, 0
        return out


def _load_crf() -> _PyCRF:
    global _crf
    with _lock:
        if _crf is None:
            _crf = _PyCRF(_model_dir())
    return _crf


def dictionary() -> frozenset:
    """underthesea's word list (the featurizer's dictionary), as read for the CRF."""
    return _load_crf().dictionary


def tag_syllables(syllables: list[str]) -> list[str]:
    """B-W / I-W for each syllable, as underthesea's word segmenter would tag it.

    >>> tag_syllables(["Hải", "Phòng", "thu", "nội", "địa"])
    ['B-W', 'I-W', 'B-W', 'B-W', 'I-W']
    """
    return tag_sequences([syllables])[0]


def tag_sequences(sequences: list[list[str]]) -> list[list[str]]:
    """`tag_syllables` of each sequence; those not seen before are tagged together."""
    global _sequences_size
    out: list[list[str] | None] = []
    todo: dict[str, list[int]] = {}  # sequence -> where it is in `sequences`
    for k, syllables in enumerate(sequences):
        key = " ".join(syllables)
        if not syllables:
            out.append([])
        elif any(not s or " " in s for s in syllables) or _OUTSIDE.search(key):
            out.append(_reference_tags(syllables))
        else:
            tags = _sequences.get(key)
            out.append(None if tags is None else list(tags))
            if tags is None:
                todo.setdefault(key, []).append(k)
    if todo:
        for key, tags in zip(todo, _load_crf().tag_many([sequences[ks[0]] for ks in todo.values()])):
            if _sequences_size + len(tags) > _SEQUENCE_CACHE:
                _sequences.clear()
                _sequences_size = 0
            _sequences[key] = tags
            _sequences_size += len(tags)
            for k in todo[key]:
                out[k] = list(tags)
    return out


def _reference_tags(syllables: list[str]) -> list[str]:
    """The tags as underthesea_core computes them."""
    featurizer, tagger = _load()
    features = featurizer.process([[[s] for s in syllables]])[0]
    return list(tagger.tag(features))
