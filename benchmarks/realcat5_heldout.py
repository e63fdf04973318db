"""Write realcat5, the fifth reading of real CAT files, byte for byte from the fetch tool's git dirs.

    python benchmarks/realcat5_heldout.py MIRROR_ROOT OUT_FOLDER

MIRROR_ROOT is the fetch tool's folder (`/work/.mirror`), OUT_FOLDER where the files go (`/tmp/realcat5`). The files
and the commits they are taken at are `rebuild_sets.REALCAT5` (benchmarks/README.md "Real CAT files, fifth reading
(realcat5)"); the writing and the command are shared with the other readings (`rebuild_sets.write_cat_set`), so
`python benchmarks/rebuild_sets.py /work/.mirror /tmp --only realcat5` writes the same files. Nothing is written
unless every repository is present; the missing ones are printed and the exit status is 1. The files are never
stored in the repository (their licences differ).
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from rebuild_sets import REALCAT5, write_cat_set  # noqa: E402  (benchmarks/ is the script's folder)


def main() -> None:
    """Command-line entry."""
    sys.exit(write_cat_set("realcat5", REALCAT5))


if __name__ == "__main__":
    main()
