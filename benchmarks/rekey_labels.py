"""Re-key precision labels after a change that rewords messages without changing findings.

    python benchmarks/rekey_labels.py OLD_CHECKOUT CORPUS[=FOLDER]... [--apply]

A label row is keyed by file, rule, line, column and a hash of the finding's excerpt and message
(`precision.key`), so a reworded message (a cut quotation ending with "…") leaves its rows unmatched. This runs
`precision.findings_of` on each corpus with the code of OLD_CHECKOUT (a git worktree of the commit the labels were
made on, in a subprocess) and with this checkout, requires the two lists to hold the same findings in the same
places (file, rule, line, column), and moves each labelled row whose hash changed to the new hash; the verdict and
note stay. Without --apply it only counts. Any finding that moved, appeared or vanished stops it: that is a change of
results, to be labelled, not re-keyed.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

import precision  # noqa: E402

_DUMP = """
import json, sys
sys.path.insert(0, sys.argv[1]); sys.path.insert(0, sys.argv[1] + "/benchmarks")
import precision
found, _, _ = precision.findings_of(precision.corpus_of(sys.argv[2]))
print(json.dumps([list(precision.key(f)) for f in found]))
"""


def keys_of(arg: str, checkout: Path | None) -> list[tuple[str, str, int, int, str]]:
    """The label keys of a corpus's findings, with this checkout's code or `checkout`'s."""
    if checkout is None:
        return [precision.key(f) for f in precision.findings_of(precision.corpus_of(arg))[0]]
    out = subprocess.run([sys.executable, "-c", _DUMP, str(checkout), arg], capture_output=True, text=True,
                         check=True, cwd=checkout)
    return [tuple(k) for k in json.loads(out.stdout)]  # type: ignore[misc]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("old", type=Path, help="checkout of the commit the labels were made on")
    ap.add_argument("corpora", nargs="+")
    ap.add_argument("--apply", action="store_true", help="write the re-keyed label files")
    args = ap.parse_args()
    for arg in args.corpora:
        name = precision.corpus_of(arg).name
        old, new = keys_of(arg, args.old.resolve()), keys_of(arg, None)
        if [k[:4] for k in old] != [k[:4] for k in new]:
            sys.exit(f"{name}: the findings differ, not only their messages; label them instead")
        moved = {o: n for o, n in zip(old, new) if o != n}
        path = HERE / "labels" / f"{name}.tsv"
        rows = path.read_text(encoding="utf-8").splitlines(keepends=True)
        changed = 0
        for i, row in enumerate(rows):
            cells = row.split("\t")
            if row.startswith("#") or len(cells) < 6:
                continue
            k = (cells[0], cells[1], int(cells[2]), int(cells[3]), cells[4])
            if k in moved:
                cells[4] = moved[k][4]
                rows[i] = "\t".join(cells)
                changed += 1
        print(f"{name}: {len(moved)} findings reworded, {changed} label rows re-keyed")
        if args.apply and changed:
            path.write_text("".join(rows), encoding="utf-8")


if __name__ == "__main__":
    main()
