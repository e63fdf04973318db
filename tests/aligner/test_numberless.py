"""`numberless_en`: a text it clears holds no number `extract_numbers` finds, and the joined search gives each text
what searching it alone gives."""
from __future__ import annotations

import random

from tests.aligner.test_numbers import PAIRS
from zhen_qa.aligner.number_words_en import numberless_en
from zhen_qa.aligner.numbers import extract_numbers

WORDS = ["And", "the", "LORD", "said", "unto", "Moses", "often", "written", "tent", "done", "someone", "Jerusalem",
         "Sabbath", "ten", "Ten", "two", "seven", "hundred", "thousand", "million", "half", "Half", "third", "quarter",
         "twofold", "double", "biennial", "dozen", "twice", "January", "june", "Jan", "Jan.", "Sept", "Sep.", "Nov",
         "mid-Nov", "May", "may", "Mayor", "Decimal", "Oct", "OCT", "cohort", "forty-one", "a", "an", "of", "per",
         "zero", "eleven", "2020", "3.5", "1,200", "(12)", "[3]", "%", "\u2030", "\uff12\uff10", "caf\u00e9",
         "\uff54\uff45\uff4e", "\u00b2", "fifty", "ninety-nine", "thrice", "tenth", "fold", "halves", "triple", ",",
         ".", ";", "-", "\u2013"]


def corpus() -> list[str]:
    rng = random.Random(7)
    texts = [en for _, en in PAIRS] + [" ".join(rng.choice(WORDS) for _ in range(rng.randint(1, 9)))
                                       for _ in range(3000)]
    return texts + ["", "Nothing here at all.", "line one\nline two", "The Sabbath in Jerusalem.", "In Jan. 2020.",
                    "Sept 4", "since mid-Nov last year", "May 2014", "It may rain.", "Jerusalem", "It rained in May."]


def test_a_cleared_text_holds_no_number() -> None:
    texts = corpus()
    flags = numberless_en(texts)
    assert len(flags) == len(texts)
    for text, none in zip(texts, flags):
        if none:
            assert extract_numbers(text, "en", cache=False) == [], text
    cleared = {t for t, none in zip(texts, flags) if none}
    assert {"Nothing here at all.", "The Sabbath in Jerusalem.", "It may rain.", "Jerusalem", ""} <= cleared
    found = ["In Jan. 2020.", "May 2014", "since mid-Nov last year", "It rained in May."]
    assert all(extract_numbers(t, "en", cache=False) for t in found)
    assert not {"line one\nline two", *found} & cleared
    assert sum(flags) > 100 and len(flags) - sum(flags) > 100


def test_joined_search_gives_each_text_its_own_answer() -> None:
    texts = corpus()
    assert numberless_en(texts) == [numberless_en([t])[0] for t in texts]
    assert numberless_en([]) == []
