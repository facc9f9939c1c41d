"""Build corpus/train, corpus/dev and corpus/test from the writers' drafts (corpus/drafts/*.jsonl).

    python corpus/build.py

1. Applies the annotation decisions recorded in corpus/README.md that were settled after the drafts were written
   (each one is a rule of the guide, applied to every split alike; see `harmonize`).
2. Splits by bulletin, as fixed in corpus/splits.json (written once, before any model was tuned): the test split is
   every bulletin of the test writers (drafts/test_*.jsonl); the probe is every bulletin of the writers the shipped
   model has not been trained on yet (drafts/probe_*.jsonl, scored once per release, then renamed train_*.jsonl);
   dev is the fixed list of ids in splits.json; the rest is train.
3. Aligns every draft (vnecon corpus align) and writes one JSONL file per draft file into its split's folder.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from vnecon.corpus.align import align_record
from vnecon.corpus.schema import CorpusError, read_records

HERE = Path(__file__).resolve().parent


def harmonize(draft: dict) -> dict:
    """Guide decisions settled after drafting (corpus/README.md, "Decisions")."""
    for fact in draft.get("facts", []):
        for change in fact.get("changes", []):
            # D1: a share is always of a total; the total's phrase is baseline_text when written
            if change.get("type") == "share" and change.get("baseline") is None:
                change["baseline"] = "total"
    return draft


def main() -> int:
    splits = json.loads((HERE / "splits.json").read_text(encoding="utf-8"))
    dev_ids = set(splits["dev"])
    prefixes = tuple(splits.get("dev_prefixes", []))
    errors = 0
    counts = {"train": 0, "dev": 0, "test": 0, "probe": 0}
    for draft_file in sorted((HERE / "drafts").glob("*.jsonl")):
        held = next((name for name in ("test", "probe") if draft_file.name.startswith(name + "_")), None)
        out: dict[str, list[dict]] = {"train": [], "dev": [], "test": [], "probe": []}
        for number, draft in read_records(draft_file):
            try:
                record = align_record(harmonize(draft), str(draft_file), number)
            except CorpusError as exc:
                print(exc, file=sys.stderr)
                errors += 1
                continue
            split = held or ("dev" if record["id"] in dev_ids or record["id"].startswith(prefixes) and prefixes else "train")
            out[split].append(record)
        for split, records in out.items():
            target = HERE / split / draft_file.name
            if records:
                target.parent.mkdir(exist_ok=True)
                with open(target, "w", encoding="utf-8") as fh:
                    for record in records:
                        fh.write(json.dumps(record, ensure_ascii=False) + "\n")
                counts[split] += len(records)
            elif target.exists():
                target.unlink()
    print(f"train {counts['train']}, dev {counts['dev']}, test {counts['test']}, probe {counts['probe']} bulletins; "
          f"{errors} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
