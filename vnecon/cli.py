"""The `vnecon` command: a thin layer that parses options and calls plain functions."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from . import __version__


def _cmd_corpus_align(args: argparse.Namespace) -> int:
    from .corpus import align_file

    failed = 0
    for path in args.files:
        output = None
        if not args.check:
            output = Path(args.output) / Path(path).name if args.output else None
        records, errors = align_file(path, output)
        for error in errors:
            print(error, file=sys.stderr)
        failed += len(errors)
        n_facts = sum(len(r["facts"]) for r in records)
        print(f"{path}: {len(records)} records aligned, {n_facts} facts, {len(errors)} errors")
    return 1 if failed else 0


def _cmd_corpus_validate(args: argparse.Namespace) -> int:
    from .corpus import validate_path

    report = validate_path(args.path)
    for error in report.errors:
        print(error, file=sys.stderr)
    print(report.summary())
    return 1 if report.errors else 0


def read_text_file(path: str) -> str:
    """A .txt file's text (or stdin for "-"); bad UTF-8 raises ValueError naming the file and the byte offset."""
    from .errors import Errors

    if path == "-":
        raw = sys.stdin.buffer.read()
    else:
        try:
            raw = Path(path).read_bytes()
        except OSError as exc:
            raise ValueError(Errors.E010.format(file=path, detail=exc.strerror or exc)) from exc
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ValueError(Errors.E011.format(file=path, offset=exc.start, detail=exc.reason)) from exc


def _cmd_extract(args: argparse.Namespace) -> int:
    from .output import write_facts

    if args.engine == "dask":
        from .distributed import extract_to_parquet

        if not args.output:
            print("vnecon extract --engine dask needs --output DIR", file=sys.stderr)
            return 2
        summary = extract_to_parquet(args.files, args.output, scheduler=args.scheduler, model=args.model)
        print(summary)
        return 0
    failed = 0
    results = []
    for path in args.files:
        try:
            text = read_text_file(path)
        except ValueError as exc:
            print(exc, file=sys.stderr)
            failed += 1
            continue
        facts = extract_facts(text, model=args.model, location=args.location, period=args.period)
        results.append((path, facts))
    write_facts(results, sys.stdout, fmt=args.format)
    return 1 if failed else 0


def extract_facts(text: str, *, model: str = "default", location=None, period=None):
    import vnecon

    return vnecon.extract(text, model=model, location=location, period=period)


def _cmd_evaluate(args: argparse.Namespace) -> int:
    import json

    from .evaluation import evaluate, format_report

    reports = {}
    models = [args.model] if args.model else ["default"]
    if not args.no_rules and "rules" not in models:
        models.append("rules")
    for model in models:
        print(f"evaluating {model} on {args.path} ...", file=sys.stderr)
        reports[model] = evaluate(model, args.path)
    print(format_report(reports))
    if args.output:
        Path(args.output).write_text(json.dumps(reports, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


def _cmd_train(args: argparse.Namespace) -> int:
    from .training import train

    try:
        card = train(args.corpus, args.output, seed=args.seed, max_epochs=args.epochs, patience=args.patience,
                     refit=not args.no_refit)
    except ValueError as exc:  # no training records, an output that cannot be written, a bad record
        print(exc, file=sys.stderr)
        return 2
    refit = card.get("refit")
    print(f"best epoch {card['best_epoch']} (dev names F1 {card['dev_names_f']}), "
          f"dev core-fact F1 {card['dev_core_f']}, "
          + (f"then trained again on train + dev ({refit['bulletins']} bulletins), " if refit else "")
          + f"{card['training_seconds']} s; model written to {args.output}")
    return 0


def _cmd_corpus_import(args: argparse.Namespace) -> int:
    import json

    from .corpus.importers import import_file
    from .corpus.schema import CorpusError

    try:
        records = import_file(args.file, args.format)
    except CorpusError as exc:
        print(exc, file=sys.stderr)
        return 1
    out = open(args.output, "w", encoding="utf-8") if args.output else sys.stdout
    try:
        for record in records:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    finally:
        if args.output:
            out.close()
    print(f"{args.file}: {len(records)} records, {sum(len(r['facts']) for r in records)} facts", file=sys.stderr)
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="vnecon", description="Extract statistical facts from Vietnamese economic text.")
    parser.add_argument("--version", action="version", version=f"vnecon {__version__}")
    sub = parser.add_subparsers(dest="command")

    extract = sub.add_parser("extract", help="extract facts from .txt files (or stdin with -)")
    extract.add_argument("files", nargs="+", help=".txt files, or - for stdin (with --engine dask: JSONL/Parquet files)")
    extract.add_argument("--format", choices=("jsonl", "csv", "table"), default="jsonl")
    extract.add_argument("--model", default="default", help='"default", "rules" or a model directory')
    extract.add_argument("--location", help="place the text leaves implicit")
    extract.add_argument("--period", help="period the text leaves implicit")
    extract.add_argument("--engine", choices=("local", "dask"), default="local")
    extract.add_argument("--scheduler", help="Dask scheduler address (default: start a local cluster)")
    extract.add_argument("--output", help="with --engine dask: the output directory for Parquet files")
    extract.set_defaults(func=_cmd_extract)

    evaluate = sub.add_parser("evaluate", help="score a model on an annotated corpus split")
    evaluate.add_argument("model", nargs="?", help='model to score (default: "default"); "rules" is added beside it')
    evaluate.add_argument("path", help="corpus file or directory, e.g. corpus/test")
    evaluate.add_argument("--output", help="write the JSON report here")
    evaluate.add_argument("--no-rules", action="store_true", help="do not add the rules-only pipeline")
    evaluate.set_defaults(func=_cmd_evaluate)

    train = sub.add_parser("train", help="train on corpus/train, select on corpus/dev, then train again on both")
    train.add_argument("corpus", help="corpus directory with train/ and dev/")
    train.add_argument("--output", "-o", required=True, help="model directory to write, e.g. models/my-model")
    train.add_argument("--seed", type=int, default=0)
    train.add_argument("--epochs", type=int, default=16,
                       help="at most this many epochs (16 keeps training under 20 minutes on two cores)")
    train.add_argument("--patience", type=int, default=6, help="stop after this many epochs without gain on dev")
    train.add_argument("--no-refit", action="store_true",
                       help="write the model selected on dev instead of training it again on train + dev with "
                            "the settings dev chose")
    train.set_defaults(func=_cmd_train)

    corpus = sub.add_parser("corpus", help="check, align and import annotated bulletins")
    csub = corpus.add_subparsers(dest="corpus_command")
    align = csub.add_parser("align", help="turn draft records (facts with anchor strings) into spans and relations")
    align.add_argument("files", nargs="+")
    align.add_argument("--check", action="store_true", help="only report problems; write nothing")
    align.add_argument("--output", "-o", help="directory for the aligned JSONL files")
    align.set_defaults(func=_cmd_corpus_align)
    imp = csub.add_parser("import", help="read a Label Studio JSON or doccano JSONL export into corpus records")
    imp.add_argument("file")
    imp.add_argument("--format", choices=("label-studio", "doccano"), required=True)
    imp.add_argument("--output", "-o", help="JSONL file to write (default: stdout)")
    imp.set_defaults(func=_cmd_corpus_import)
    validate = csub.add_parser("validate", help="check every record of a corpus file or directory")
    validate.add_argument("path")
    validate.set_defaults(func=_cmd_corpus_validate)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not hasattr(args, "func"):
        parser.print_help()
        return 2
    try:
        return args.func(args)
    except BrokenPipeError:
        # the reader stopped reading (`vnecon extract ... | head`): end quietly, as other Unix tools do, and keep
        # Python from failing again when it flushes stdout at exit
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1


if __name__ == "__main__":
    sys.exit(main())
