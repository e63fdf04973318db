"""Run zhen-qa from a source checkout: `python cli.py check manuscript.md` is `zhen-qa check manuscript.md`.

The command line itself is `zhen_qa/cli.py` (installed as the `zhen-qa` command, entry point
`zhen_qa.cli:main`); this file only makes the checkout importable and hands over.
"""
from __future__ import annotations

import os
import sys

if __name__ == "__main__":
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    from zhen_qa.cli import main

    main()
