"""Han-named author-year citations (克拉克（2016）) and whether one writes an English surname in sound."""
from __future__ import annotations

from zhen_qa.checks.han_citations import agrees, han_citations

READINGS = {"克": ("ke",), "拉": ("la",), "史": ("shi",), "密": ("mi",), "斯": ("si",), "琼": ("qiong",),
            "布": ("bu",), "朗": ("lang",), "张": ("zhang",), "伟": ("wei",), "埃": ("ai",), "文": ("wen",),
            "罗": ("luo",), "宾": ("bin",), "逊": ("xun",), "正": ("zheng",), "如": ("ru",), "约": ("yue",),
            "翰": ("han",), "维": ("wei",), "多": ("duo",)}


def test_the_citations_are_the_han_characters_before_the_year() -> None:
    assert han_citations("克拉克（2016）指出，史密斯等人(2018)认为（埃文斯，2012年）。") == [
        ("克拉克", "2016"), ("史密斯", "2018"), ("埃文斯", "2012")]
    assert han_citations("Guo 等人（2024）提出了这一方法。") == []  # a Latin name: found by its name


def test_et_al_is_taken_off_once_and_a_name_ending_in_ren_keeps_it() -> None:
    # sr68 S9: the bracketed form stripped any run of 等 and 人 (丁人人 → 丁); both forms now take 等人/等 off once
    assert han_citations("罗宾逊等（2016）指出，约翰等人 (2018)认为。") == [("罗宾逊", "2016"), ("约翰", "2018")]
    assert han_citations("见（张伟等人，2012年）与（丁人人，2013）。") == [("张伟", "2012"), ("丁人人", "2013")]


def test_a_name_agrees_with_a_surname_that_begins_with_its_sound() -> None:
    assert agrees("克拉克", "clark", READINGS)  # c written k
    assert agrees("史密斯", "smith", READINGS)  # s written shi
    assert agrees("罗宾逊", "robinson", READINGS)  # r written l
    assert agrees("埃文斯", "evans", READINGS)  # a vowel: a syllable without an initial
    assert agrees("约翰逊", "johnson", READINGS)  # j written y
    assert agrees("张伟", "zhang", READINGS)  # a Chinese author in pinyin
    assert agrees("正如罗宾逊", "robinson", READINGS)  # the words before the name in the same run


def test_a_name_of_another_sound_does_not_agree() -> None:
    assert not agrees("克拉克", "jones", READINGS)
    assert not agrees("史密斯", "brown", READINGS)
    assert not agrees("琼斯", "davis", READINGS)
    assert not agrees("罗宾逊克", "kim", READINGS)  # a last character alone starts no name
