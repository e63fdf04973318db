"""Tests of `checks.presence_en`: English stems and spellings."""
from __future__ import annotations

import pytest

from zhen_qa.checks.presence import Evidence
from zhen_qa.checks.presence_en import en_stem, spelled


@pytest.mark.parametrize("word, stem", [("safety", "safet"), ("analysis", "analys"), ("therapies", "therap"),
                                        ("safe", "safe"), ("cell", "cell"), ("alzheimer's", "alzheimer")])
def test_en_stem(word: str, stem: str) -> None:
    assert en_stem(word) == stem


@pytest.mark.parametrize(("form", "text"), [
    ("tumor", "the tumour grew"), ("tumour", "the tumor grew"), ("hemoglobin", "haemoglobin levels"),
    ("esophageal cancer", "oesophageal cancers"), ("fetal", "foetal growth"), ("leukemia", "acute leukaemia"),
    ("hand sanitizer", "a hand sanitiser"), ("randomized", "a randomised trial"), ("analyze", "to analyse"),
    ("favorable", "a favourable outcome"),
])
def test_british_and_american_spellings_render_each_other(form: str, text: str) -> None:
    assert Evidence(text).has_en([form])


def test_spelling_tolerance_adds_only_what_one_spelling_adds() -> None:
    assert not Evidence("the tumult grew").has_en(["tumor"])
    assert not Evidence("hemoglobin").has_en(["haemophilia"])
    assert spelled("tumor") == "tumou?r" and spelled("hemoglobin") == "h[ao]?emoglobin"
