"""A Chinese term after a made-up name that carries it clipped (`term_name_clipped`)."""
from __future__ import annotations

from tests.checks.terms_kit import gl, missing_with
from zhen_qa.glossary.model import Concept

missing = missing_with(gl(Concept("quant", "量化", "quantization", en_admitted=("quantize", "quantized"))))


def test_a_name_whose_part_clips_the_term_says_it() -> None:
    assert missing("TurboQuant 量化使用 PyTorch 引擎。", "TurboQuant uses the PyTorch engine.") == []
    assert missing("SmoothQuant量化的原理如下。", "The principle of SmoothQuant is as follows.") == []


def test_a_name_without_the_clipped_term_keeps_the_finding() -> None:
    """"TurboMind" has no part of "quantization": the English dropped the term."""
    assert missing("TurboMind 量化使用 PyTorch 引擎。", "TurboMind uses the PyTorch engine.")


def test_a_name_the_english_does_not_write_keeps_the_finding() -> None:
    assert missing("TurboQuant 量化使用 PyTorch 引擎。", "It uses the PyTorch engine.")
