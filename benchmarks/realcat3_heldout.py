"""Write realcat3, the third reading of real CAT files, byte for byte from the fetch tool's git dirs.

    python benchmarks/realcat3_heldout.py MIRROR_ROOT OUT_FOLDER

MIRROR_ROOT is the fetch tool's folder (`/work/.mirror`), OUT_FOLDER where the files go (`/tmp/realcat3`). The files
and the commits they are taken at are `rebuild_sets.REALCAT3` (benchmarks/README.md "Real CAT files, third reading
(realcat3)"); the writing and the command are shared with the other readings (`rebuild_sets.write_cat_set`), so
`python benchmarks/rebuild_sets.py /work/.mirror /tmp --only realcat3` writes the same files. Nothing is written
unless every repository is present; the missing ones are printed and the exit status is 1. The files are never
stored in the repository (their licences differ).
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from rebuild_sets import REALCAT3, write_cat_set  # noqa: E402  (benchmarks/ is the script's folder)


def main() -> None:
    """Command-line entry."""
    sys.exit(write_cat_set("realcat3", REALCAT3))


if __name__ == "__main__":
    main()
