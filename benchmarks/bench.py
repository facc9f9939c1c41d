"""How fast vnecon is against underthesea.word_tokenize, on the same ≥1 MB of bulletin text, in one run.

    python benchmarks/bench.py                  # the full run: 1 MiB of text, median of 3 runs
    python benchmarks/bench.py --quick          # a smoke run on 100 k characters
    python benchmarks/bench.py --json out.json --profile

Text: the "text" fields of corpus/drafts/train_*.jsonl (never the test drafts), repeated as separate documents until
there are --min-chars characters. Figures go to stdout (and to --json), progress to stderr. Targets are reported,
not asserted.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import json
import os
import platform
import pstats
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MIB = 1 << 20
TARGETS = {
    "extract_vs_word_tokenize": 0.8,     # full extraction, single process, at least this share of word_tokenize
    "n_process_2_vs_1": 1.7,             # extract_many speed-up from a second process
    "load_seconds": 3.0,                 # python -c "import vnecon; vnecon.load()"
    "one_document_peak_mib": 600.0,      # peak RSS while extracting one 1 MB document
}


def log(message: str) -> None:
    print(f"[bench {time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


# ---------------------------------------------------------------- input

def corpus_texts(drafts: Path) -> list[str]:
    """The texts of the training drafts. The test drafts are never read: they must stay unseen."""
    texts = []
    for path in sorted(drafts.glob("train_*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                texts.append(json.loads(line)["text"])
    if not texts:
        sys.exit(f"no {drafts}/train_*.jsonl to benchmark on")
    return texts


def documents(texts: list[str], min_chars: int) -> list[str]:
    out, total = [], 0
    while total < min_chars:
        for text in texts:
            out.append(text)
            total += len(text)
            if total >= min_chars:
                break
    return out


def one_document(texts: list[str], min_chars: int) -> str:
    return "\n\n".join(documents(texts, min_chars))


# ---------------------------------------------------------------- timing

def timed(label: str, run, repeats: int) -> list[float]:
    times = []
    for i in range(repeats):
        started = time.perf_counter()
        run()
        times.append(time.perf_counter() - started)
        log(f"{label}: run {i + 1}/{repeats} took {times[-1]:.2f} s")
    return times


def first_pass(docs: list[str], model: str, primer: int = 5) -> dict:
    """`word_tokenize` and `extract` over documents this process has not seen, once each: what a stream of new text
    costs, with nothing remembered by content. A few other documents go first, untimed, to load the models."""
    import underthesea

    import vnecon

    unique = list(dict.fromkeys(docs))
    primer = min(primer, len(unique) // 2)  # a tiny --min-chars leaves few distinct documents
    primed, fresh = unique[:primer], unique[primer:]
    for text in primed:
        underthesea.word_tokenize(text)
        vnecon.extract(text, model=model)
    chars = sum(len(t) for t in fresh)
    started = time.perf_counter()
    for text in fresh:
        underthesea.word_tokenize(text)
    reference = time.perf_counter() - started
    started = time.perf_counter()
    for text in fresh:
        vnecon.extract(text, model=model)
    seconds = time.perf_counter() - started
    log(f"first pass over {len(fresh)} documents: word_tokenize {reference:.2f} s, extract {seconds:.2f} s")
    return {"documents": len(fresh), "chars": chars, "word_tokenize_seconds": reference, "extract_seconds": seconds,
            "word_tokenize_chars_per_second": chars / reference, "extract_chars_per_second": chars / seconds,
            "ratio_to_word_tokenize": reference / seconds}


def throughput(docs: list[str], model: str, repeats: int) -> dict[str, dict]:
    import underthesea

    import vnecon
    from vnecon.tokenizer import VietnameseTokenizer

    nlp = vnecon.load(model)
    tokenizer = VietnameseTokenizer(nlp.vocab)
    # first calls load the CRF, the lexicons and compile patterns lazily: not what a steady stream of documents
    # costs, so one pass over a sample of the input comes first, untimed
    warm = docs[:20]
    log(f"warming up on {len(warm)} documents")
    for text in warm:
        underthesea.word_tokenize(text)
        tokenizer(text)
        vnecon.extract(text, model=model)

    def drain(stream):
        for _ in stream:
            pass

    runs = {
        "word_tokenize": lambda: [underthesea.word_tokenize(t) for t in docs],
        "vnecon_tokenizer": lambda: [tokenizer(t) for t in docs],
        "extract": lambda: [vnecon.extract(t, model=model) for t in docs],
        "extract_many_n1": lambda: drain(vnecon.extract_many(docs, n_process=1, model=model)),
        # includes starting the worker pool, as a caller pays it
        "extract_many_n2": lambda: drain(vnecon.extract_many(docs, n_process=2, model=model)),
    }
    chars = sum(len(t) for t in docs)
    out = {}
    for name, run in runs.items():
        times = timed(name, run, repeats)
        median = statistics.median(times)
        out[name] = {"seconds": times, "median_seconds": median, "chars_per_second": chars / median}
    reference = out["word_tokenize"]["chars_per_second"]
    for figures in out.values():
        figures["ratio_to_word_tokenize"] = figures["chars_per_second"] / reference
    return out


def load_time(repeats: int) -> dict:
    def run(code: str) -> float:
        started = time.perf_counter()
        subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT)
        return time.perf_counter() - started

    loads = [run("import vnecon; vnecon.load()") for _ in range(repeats)]
    log(f"load: {', '.join(f'{t:.2f}' for t in loads)} s")
    bare = [run("pass") for _ in range(repeats)]
    return {"seconds": loads, "median_seconds": statistics.median(loads),
            "interpreter_start_seconds": statistics.median(bare)}


# ---------------------------------------------------------------- one big document, in a fresh process

def current_rss_mib() -> float:
    """This process's resident set now (Linux /proc), else its high-water mark so far."""
    try:
        with open("/proc/self/status", encoding="ascii") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def child_one_document(chars: int, model: str, drafts: Path, lift_max_length: bool) -> None:
    """Run inside the child: print RSS after loading and after extracting one document of `chars` characters."""
    import vnecon

    text = one_document(corpus_texts(drafts), chars)
    vnecon.extract("Xuất khẩu đạt 35,2 tỷ USD.", model=model)
    if lift_max_length:  # spaCy refuses texts over nlp.max_length (1,000,000) before any component runs
        nlp = vnecon.load(model)
        nlp.max_length = max(nlp.max_length, len(text) + 1)
    loaded = current_rss_mib()
    started = time.perf_counter()
    facts = vnecon.extract(text, model=model)
    seconds = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # ru_maxrss is in KiB on Linux
    print(json.dumps({"chars": len(text), "bytes": len(text.encode("utf-8")), "facts": len(facts),
                      "seconds": seconds, "rss_after_load_mib": loaded, "peak_rss_mib": peak}))


def one_document_run(chars: int, model: str, drafts: Path, timeout: float, lift_max_length: bool = False) -> dict:
    """Extract one document in a fresh process; past `timeout` it is killed and the RSS seen so far reported."""
    import tempfile

    try:
        import psutil
    except ImportError:  # the peak of a killed child is then unknown
        psutil = None
    cmd = [sys.executable, __file__, "--child-one-document", str(chars), "--model", model, "--drafts", str(drafts)]
    if lift_max_length:
        cmd.append("--lift-max-length")
    log(f"one document of {chars:,} characters (fresh process, timeout {timeout:.0f} s"
        + (", nlp.max_length lifted)" if lift_max_length else ")"))
    base = {"chars": chars, "max_length_lifted": lift_max_length, "timeout_seconds": timeout}
    started = time.perf_counter()
    with tempfile.TemporaryFile("w+") as err:
        child = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=err, text=True)
        seen = 0.0
        while child.poll() is None:
            if psutil is not None:
                try:
                    seen = max(seen, psutil.Process(child.pid).memory_info().rss / MIB)
                except psutil.Error:
                    pass
            if time.perf_counter() - started > timeout:
                child.kill()
                child.wait()
                log(f"  not finished after {timeout:.0f} s; killed")
                return {**base, "finished": False, "seconds": None, "error": f"killed after {timeout:.0f} s",
                        "peak_rss_mib": seen or None, "peak_rss_source": "psutil samples until killed"}
            time.sleep(0.2)
        output = child.stdout.read().strip().splitlines()
        if child.returncode != 0 or not output:
            err.seek(0)
            lines = err.read().strip().splitlines() or ["(no error output)"]
            log(f"  failed: {lines[-1][:300]}")
            return {**base, "finished": False, "seconds": None, "error": lines[-1], "peak_rss_mib": seen or None,
                    "peak_rss_source": "psutil samples"}
    out = {**base, **json.loads(output[-1])}
    out.update(finished=True, peak_rss_source="resource.getrusage(RUSAGE_SELF).ru_maxrss of the child")
    log(f"  {out['seconds']:.1f} s, peak RSS {out['peak_rss_mib']:.0f} MiB")
    return out


def one_document_figures(doc_chars: int, model: str, drafts: Path, timeout: float) -> dict:
    """The full document, plus an eighth and a sixteenth of it: how time grows with length shows in one run."""
    import math

    small = [one_document_run(doc_chars // k, model, drafts, timeout) for k in (16, 8)]
    full = one_document_run(doc_chars, model, drafts, timeout)
    figures = {"document": full, "smaller": small}
    if not full["finished"] and "E088" in (full.get("error") or ""):
        # extract() refused the text; what would it cost if it did not?
        figures["document_max_length_lifted"] = one_document_run(doc_chars, model, drafts, timeout, True)
    a, b = small
    if a["finished"] and b["finished"] and a["seconds"] > 0 and b["chars"] > a["chars"]:
        exponent = math.log(b["seconds"] / a["seconds"]) / math.log(b["chars"] / a["chars"])
        figures["time_growth_exponent"] = exponent  # 1 is linear, 2 quadratic
        if not full["finished"]:
            figures["estimated_full_seconds"] = b["seconds"] * (doc_chars / b["chars"]) ** exponent
    return figures


# ---------------------------------------------------------------- profile

def profile(docs: list[str], model: str, top: int) -> str:
    import vnecon

    vnecon.extract(docs[0], model=model)
    profiler = cProfile.Profile()
    profiler.enable()
    for text in docs:
        vnecon.extract(text, model=model)
    profiler.disable()
    out = io.StringIO()
    stats = pstats.Stats(profiler, stream=out).strip_dirs()
    stats.sort_stats("tottime").print_stats(top)
    # directories kept here, so that the listing can be narrowed to vnecon's own functions
    pstats.Stats(profiler, stream=out).sort_stats("cumulative").print_stats(r"vnecon/", top)
    return out.getvalue()


# ---------------------------------------------------------------- report

def report(results: dict) -> str:
    lines = []
    inp = results["input"]
    lines.append(f"input: {inp['documents']} documents, {inp['chars']:,} characters ({inp['bytes'] / MIB:.2f} MiB "
                 f"UTF-8), median of {results['repeats']} runs, model {results['model']!r}, "
                 f"{results['machine']['cpus']} CPUs")
    lines.append(f"{'':<22}{'chars/s':>12}{'x word_tokenize':>17}{'median s':>10}")
    for name, f in results["throughput"].items():
        lines.append(f"{name:<22}{f['chars_per_second']:>12,.0f}{f['ratio_to_word_tokenize']:>17.2f}"
                     f"{f['median_seconds']:>10.2f}")
    fp = results.get("first_pass")
    if fp:
        lines.append(f"first pass over {fp['documents']} unseen documents ({fp['chars']:,} chars, nothing warm by "
                     f"content): extract {fp['extract_chars_per_second']:,.0f} chars/s = "
                     f"{fp['ratio_to_word_tokenize']:.2f} x word_tokenize ({fp['word_tokenize_chars_per_second']:,.0f})")
    checks = results["targets"]
    lines.append("targets (reported, not asserted):")
    for key, c in checks.items():
        value = "n/a" if c["value"] is None else f"{c['value']:.2f}"
        verdict = "unknown" if c["met"] is None else ("met" if c["met"] else "NOT met")
        lines.append(f"  {key:<36} {value:>6}  target {c['op']} {c['target']:<6} {verdict}")
    load = results["load"]
    lines.append(f"load: {load['median_seconds']:.2f} s (python -c 'import vnecon; vnecon.load()', wall clock, "
                 f"of which {load['interpreter_start_seconds']:.2f} s is the interpreter starting)")
    one = results.get("one_document")
    if one:
        runs = one["smaller"] + [one["document"]] + ([one["document_max_length_lifted"]]
                                                     if "document_max_length_lifted" in one else [])
        for run in runs:
            label = f"one document, {run['chars']:>9,} chars" + (" (max_length lifted)" if run["max_length_lifted"]
                                                                 else "")
            if run["finished"]:
                lines.append(f"{label}: {run['seconds']:8.1f} s, peak RSS {run['peak_rss_mib']:.0f} MiB (after "
                             f"load {run['rss_after_load_mib']:.0f} MiB; {run['peak_rss_source']})")
            else:
                peak = "unknown" if run["peak_rss_mib"] is None else f"{run['peak_rss_mib']:.0f} MiB"
                lines.append(f"{label}: FAILED: {run['error'][:200]} (peak RSS seen {peak})")
        if "time_growth_exponent" in one:
            lines.append(f"time grows as length^{one['time_growth_exponent']:.2f} between the two smaller documents"
                         + (f"; the full document would take ~{one['estimated_full_seconds']:,.0f} s"
                            if "estimated_full_seconds" in one else ""))
    return "\n".join(lines)


def target_checks(results: dict) -> dict:
    t = results["throughput"]
    figures = results.get("one_document", {})
    one = figures.get("document", {})
    if not one.get("finished"):  # extract() refused or did not finish: the lifted run, if any, says what it costs
        one = figures.get("document_max_length_lifted", {})
    peak = one.get("peak_rss_mib") if one.get("finished") else None
    return {
        "extract_vs_word_tokenize": {"value": t["extract"]["ratio_to_word_tokenize"], "op": ">=",
                                     "target": TARGETS["extract_vs_word_tokenize"]},
        "extract_vs_word_tokenize_first_pass": {
            "value": results["first_pass"]["ratio_to_word_tokenize"] if results.get("first_pass") else None,
            "op": ">=", "target": TARGETS["extract_vs_word_tokenize"]},
        "n_process_2_vs_1": {"value": t["extract_many_n2"]["chars_per_second"]
                             / t["extract_many_n1"]["chars_per_second"], "op": ">=",
                             "target": TARGETS["n_process_2_vs_1"]},
        "load_seconds": {"value": results["load"]["median_seconds"], "op": "<", "target": TARGETS["load_seconds"]},
        "one_document_peak_mib": {"value": peak, "op": "<", "target": TARGETS["one_document_peak_mib"]},
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="100 k characters instead of 1 MiB: a smoke run")
    parser.add_argument("--repeats", type=int, default=3, help="runs per measure; the median is reported")
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    parser.add_argument("--model", default="default")
    parser.add_argument("--min-chars", type=int, help="characters of input (default 1 MiB, 100 k with --quick)")
    parser.add_argument("--doc-chars", type=int, help="characters of the one-document run (default as --min-chars)")
    parser.add_argument("--doc-timeout", type=float, default=600.0,
                        help="seconds before a one-document run is killed (default 600, 120 with --quick)")
    parser.add_argument("--skip-document", action="store_true", help="skip the one-document runs")
    parser.add_argument("--profile", action="store_true", help="print a cProfile of extract() on the input")
    parser.add_argument("--profile-top", type=int, default=25)
    parser.add_argument("--drafts", type=Path, default=ROOT / "corpus" / "drafts")
    parser.add_argument("--child-one-document", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--lift-max-length", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child_one_document:
        child_one_document(args.child_one_document, args.model, args.drafts, args.lift_max_length)
        return 0
    min_chars = args.min_chars or (100_000 if args.quick else MIB)
    doc_chars = args.doc_chars or min_chars
    doc_timeout = 120.0 if args.quick and args.doc_timeout == parser.get_default("doc_timeout") else args.doc_timeout
    texts = corpus_texts(args.drafts)
    docs = documents(texts, min_chars)
    chars = sum(len(t) for t in docs)
    log(f"{len(docs)} documents, {chars:,} characters")
    results = {
        "machine": {"cpus": os.cpu_count(), "python": platform.python_version(), "platform": platform.platform()},
        "input": {"documents": len(docs), "chars": chars, "bytes": sum(len(t.encode("utf-8")) for t in docs)},
        "repeats": args.repeats, "model": args.model,
    }
    results["first_pass"] = first_pass(docs, args.model)  # before anything is warm
    results["throughput"] = throughput(docs, args.model, args.repeats)
    results["load"] = load_time(args.repeats)
    if not args.skip_document:
        results["one_document"] = one_document_figures(doc_chars, args.model, args.drafts, doc_timeout)
    results["targets"] = target_checks(results)
    for check in results["targets"].values():
        v = check["value"]
        check["met"] = None if v is None else (v >= check["target"] if check["op"] == ">=" else v < check["target"])
    print(report(results))
    if args.profile:
        log("profiling extract()")
        sample = documents(texts, min(chars, 200_000))
        results["profile"] = profile(sample, args.model, args.profile_top)
        print("\n" + results["profile"])
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(results, indent=1, ensure_ascii=False), encoding="utf-8")
        log(f"figures written to {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
