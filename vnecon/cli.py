"""The `vnecon` command: a thin layer that parses options and calls plain functions."""

from __future__ import annotations

import argparse
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


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="vnecon", description="Extract statistical facts from Vietnamese economic text.")
    parser.add_argument("--version", action="version", version=f"vnecon {__version__}")
    sub = parser.add_subparsers(dest="command")

    corpus = sub.add_parser("corpus", help="check, align and import annotated bulletins")
    csub = corpus.add_subparsers(dest="corpus_command")
    align = csub.add_parser("align", help="turn draft records (facts with anchor strings) into spans and relations")
    align.add_argument("files", nargs="+")
    align.add_argument("--check", action="store_true", help="only report problems; write nothing")
    align.add_argument("--output", "-o", help="directory for the aligned JSONL files")
    align.set_defaults(func=_cmd_corpus_align)
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
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
