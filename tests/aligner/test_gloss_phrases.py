"""Tests of aligner.gloss_phrases: CC-CEDICT's multiword senses kept as phrases, word by word."""
from __future__ import annotations

from zhen_qa.aligner.gloss_phrases import PhraseTable, phrase_words, phrases_with


def test_a_sense_as_a_phrase() -> None:
    assert phrase_words("for instance") == ("for", "instance")
    assert phrase_words("to give an example") == ("give", "an", "example")  # the infinitive's "to" dropped
    assert phrase_words("(in) real time") == ("real", "time")  # a note in brackets dropped
    assert phrase_words("catalog") == ()  # one word: no phrase
    assert phrase_words("variant of 例") == () and phrase_words("CL:个[ge4]") == ()
    assert phrase_words("to stand in for sb at a meeting of the board") == ()  # a description, not a phrase


def test_the_table_by_word() -> None:
    table = PhraseTable()
    table.add("例如", ["for example", "for instance", "such as"])
    table.add("比如", ["for example", "for instance"])
    table.add("目录", ["catalog", "table of contents", "directory (on computer hard drive)"])
    built = table.table()
    assert phrases_with("Instance", built) == ((("for", "instance"), ("例如", "比如")),)
    assert phrases_with("table", built) == ((("table", "of", "contents"), ("目录",)),)
    assert phrases_with("directory", built) == ()


def test_the_lexicon_keeps_cc_cedict_phrases() -> None:
    assert (("for", "instance"), ) == tuple(p for p, chinese in phrases_with("instance") if "例如" in chinese)
