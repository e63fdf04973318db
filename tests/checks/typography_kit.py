"""Shared helpers of the typography tests: run the typography checks on a small aligned manuscript."""
from __future__ import annotations

from tests.checks.aligned import build
from zhen_qa.checks.context import CheckContext, Options
from zhen_qa.checks.typography import run

FRONT_ZH = "再生医疗旨在修复或替换受损的组织和器官, 这一目标越来越多地通过使用干细胞分泌组来实现。"
BODY_ZH = "分泌组包括生长因子、细胞因子和胞外囊泡(如外泌体), 它们一起可以调节炎症; 这是什么?"
EN = "Regenerative medicine seeks to repair damaged tissues, a goal pursued through secretomes."


def found(zh: list[str], en: list[str], rule: str, extra: dict[str, list[str]] | None = None, **opts: object) -> list:
    ms = build([(zh, en)], extra_blocks=extra)
    return [f for f in run(CheckContext(ms, options=Options(**opts))) if f.rule == rule]  # type: ignore[arg-type]


def cols(fs: list, text: str) -> list[str]:
    return [text[f.location.column - 1:f.location.end_column - 1] for f in fs]
