"""benchmarks/docs_term_recall.py: where a glossary term can be taken out of a documentation page pair, and that
the drop counts as found only when a term-missing finding names the kept term at that place."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))

import docs_term_recall as dtr  # noqa: E402

from zhen_qa.checks.run import Flags, check_file, load_glossaries  # noqa: E402
from zhen_qa.manuscript.source import Location  # noqa: E402
from zhen_qa.report.findings import Finding, Severity  # noqa: E402

GLOSSARY = "id,zh,en,zh_admitted,en_admitted\ncache,缓存,cache,,caching\nengine,引擎,engine,,\n"
ZH = "# 缓存说明\n\n引擎会把历史输入缓存起来，以避免重复计算。\n\n调度器会释放最久未使用的序列。\n"
EN = "# Cache notes\n\nThe engine keeps the history input in a cache to avoid computing it again.\n\n" \
     "The scheduler frees the least recently used sequence.\n"


def _page(tmp_path: Path) -> tuple[Path, Path, Flags]:
    (tmp_path / "p.zh.md").write_text(ZH, encoding="utf-8")
    (tmp_path / "p.en.md").write_text(EN, encoding="utf-8")
    (tmp_path / "g.csv").write_text(GLOSSARY, encoding="utf-8")
    return tmp_path / "p.zh.md", tmp_path / "p.en.md", Flags(glossaries=(str(tmp_path / "g.csv"),))


def test_sites_are_rendered_terms_of_an_aligned_sentence_pair(tmp_path: Path) -> None:
    zh, en, flags = _page(tmp_path)
    glossary = load_glossaries(flags.glossaries)
    found = {(s.kind, s.concept, s.expect[0].line) for s in dtr.sites(check_file(str(zh), str(en), flags), glossary)}
    # both kinds for each concept both sides of a bead write; none in the sentence pair without a term
    assert found == {(k, c, line) for k in dtr.KINDS for c, line in (("cache", 1), ("cache", 3), ("engine", 3))}


def test_an_english_term_taken_out_of_a_body_sentence_is_found(tmp_path: Path) -> None:
    zh, en, flags = _page(tmp_path)
    glossary = load_glossaries(flags.glossaries)
    site = next(s for s in dtr.sites(check_file(str(zh), str(en), flags), glossary)
                if s.kind == "term-missing" and s.concept == "engine")
    ok, _silenced = dtr.inject(zh, en, site, flags, tmp_path)
    assert ok
    assert "The substance keeps" in (tmp_path / "page.en.md").read_text(encoding="utf-8")


def test_a_chinese_term_taken_out_is_replaced_everywhere_in_the_sentence(tmp_path: Path) -> None:
    zh, en, flags = _page(tmp_path)
    glossary = load_glossaries(flags.glossaries)
    site = next(s for s in dtr.sites(check_file(str(zh), str(en), flags), glossary)
                if s.kind == "term-missing-zh" and s.concept == "cache" and s.expect[0].line == 3)
    ok, _silenced = dtr.inject(zh, en, site, flags, tmp_path)
    assert "历史输入物质起来" in (tmp_path / "page.zh.md").read_text(encoding="utf-8")
    assert ok


def test_a_finding_counts_only_at_the_kept_term() -> None:
    term = Location("a.zh.md", 3, 9, 3, 11)
    here = Finding("term-missing", Severity.WARNING, "m", Location("a.zh.md", 3, 9, 3, 11), "zh")
    elsewhere = Finding("term-missing", Severity.WARNING, "m", Location("a.zh.md", 3, 1, 3, 3), "zh")
    summary = Finding("term-missing", Severity.WARNING, "m", Location("a.zh.md", 1, 3, 1, 5), "zh",
                      data=(("sentences", [{"line": 1, "column": 3}, {"line": 3, "column": 9}]),))
    other_rule = Finding("term-inconsistent", Severity.WARNING, "m", Location("a.zh.md", 3, 9, 3, 11), "zh")
    assert dtr.found([here], [term], "a.zh.md")
    assert dtr.found([summary], [term], "a.zh.md")  # a place it stands for
    assert not dtr.found([elsewhere, other_rule], [term], "a.zh.md")
    assert not dtr.found([here], [term], "a.en.md")


def test_edited_keeps_a_capital() -> None:
    assert dtr.edited("Cache and a cache.", [(0, 5), (12, 17)], "substance") == "Substance and a substance."


def test_delete_mode_takes_the_term_out_and_tidies_the_space(tmp_path: Path) -> None:
    zh, en, flags = _page(tmp_path)
    glossary = load_glossaries(flags.glossaries)
    site = next(s for s in dtr.sites(check_file(str(zh), str(en), flags), glossary)
                if s.kind == "term-missing" and s.concept == "cache" and s.expect[0].line == 3)
    word = dtr.replacement(site, "delete", glossary, 57, "p.zh.md")
    assert word == ""
    ok, _silenced = dtr.inject(zh, en, site, flags, tmp_path, word)
    text = (tmp_path / "page.en.md").read_text(encoding="utf-8")
    assert "keeps the history input in to avoid" in text and "substance" not in text  # "a" goes with "cache"
    assert ok  # a plain omission of a body sentence's term is reported at the Chinese term


def test_delete_mode_deletes_a_chinese_term(tmp_path: Path) -> None:
    zh, en, flags = _page(tmp_path)
    glossary = load_glossaries(flags.glossaries)
    site = next(s for s in dtr.sites(check_file(str(zh), str(en), flags), glossary)
                if s.kind == "term-missing-zh" and s.concept == "engine")
    ok, _silenced = dtr.inject(zh, en, site, flags, tmp_path, "")
    text = (tmp_path / "page.zh.md").read_text(encoding="utf-8")
    assert "\n会把历史输入缓存起来" in text and "物质" not in text
    assert ok


def test_swap_mode_puts_another_word_of_the_sentence_there(tmp_path: Path) -> None:
    zh, en, flags = _page(tmp_path)
    glossary = load_glossaries(flags.glossaries)
    all_sites = list(dtr.sites(check_file(str(zh), str(en), flags), glossary))
    en_site = next(s for s in all_sites if s.kind == "term-missing" and s.concept == "engine")
    zh_site = next(s for s in all_sites if s.kind == "term-missing-zh" and s.concept == "engine")
    en_word = dtr.replacement(en_site, "swap", glossary, 57, "p.zh.md")
    zh_word = dtr.replacement(zh_site, "swap", glossary, 57, "p.zh.md")
    assert en_word in {"keeps", "history", "input", "cache", "avoid", "computing", "again"}
    assert zh_word is not None and zh_word in ZH and zh_word != "引擎"
    # repeatable: the same seed and page draw the same word
    assert dtr.replacement(en_site, "swap", glossary, 57, "p.zh.md") == en_word
    ok, _silenced = dtr.inject(zh, en, en_site, flags, tmp_path, en_word)
    assert f"The {en_word} keeps" in (tmp_path / "page.en.md").read_text(encoding="utf-8")


def test_swap_mode_draws_no_word_holding_the_concepts_term(tmp_path: Path) -> None:
    zh, en, flags = _page(tmp_path)
    glossary = load_glossaries(flags.glossaries)
    site = dtr.Site("term-missing", "cache", ((0, 1),), (), "Cache caching caches", "")
    assert dtr.swap_word(site, glossary, dtr.random.Random(1)) is None


def test_substance_mode_is_stop_57s() -> None:
    site = dtr.Site("term-missing-zh", "cache", ((0, 1),), (), "缓存", "")
    assert dtr.replacement(site, "substance", load_glossaries(()), 57, "p") == "物质"


def test_edited_with_nothing_leaves_no_stray_space() -> None:
    assert dtr.edited("Clear the cache.", [(10, 15)], "") == "Clear."
    assert dtr.edited("# Cache notes", [(2, 7)], "") == "# notes"
    assert dtr.edited("Cache keeps it.", [(0, 5)], "") == "keeps it."


def test_a_deletion_takes_the_determiner_it_would_strand() -> None:
    """Delete mode drops a term as a translator does: a determiner right before the term with no head noun after it
    (punctuation, the end, a function word) goes too — "join it to.", never "join the cluster to the ." (review60
    R3: the stranded article was the injector's footprint, which no human drop leaves)."""
    text = "To join the cluster to the control plane."
    assert dtr.edited(text, [(27, 40)], "") == "To join the cluster to."
    text = "If the data type of time series is not compatible, use a cast."
    assert dtr.edited(text, [(7, 16)], "") == "If of time series is not compatible, use a cast."
    text = "The Collector is a special case.\nWhen to use a Collector"
    assert dtr.edited(text, [(4, 13), (47, 56)], "") == "Is a special case.\nWhen to use"
    # a head noun after the term keeps the determiner: "the Collector configuration" -> "the configuration"
    assert dtr.edited("Add the Collector configuration.", [(8, 17)], "") == "Add the configuration."
    # a determiner inside a word or a hyphenated word is not one
    assert dtr.edited("Use theme cache.", [(10, 15)], "") == "Use theme."


def test_delete_mode_does_not_try_a_line_that_is_the_term(tmp_path: Path) -> None:
    """A heading that is the term ("## 缓存" = "## Cache") keeps no word once the term is deleted: the line is emptied,
    an untranslated heading rather than a term dropped from a sentence, so delete mode does not try it (swap mode
    finds no other word there either); a body sentence losing the same term is still tried."""
    (tmp_path / "p.zh.md").write_text("# 缓存\n\n引擎会把历史输入缓存起来。\n", encoding="utf-8")
    (tmp_path / "p.en.md").write_text("# Cache\n\nThe engine keeps the history input in a cache.\n",
                                      encoding="utf-8")
    (tmp_path / "g.csv").write_text(GLOSSARY, encoding="utf-8")
    flags = Flags(glossaries=(str(tmp_path / "g.csv"),))
    glossary = load_glossaries(flags.glossaries)
    all_sites = list(dtr.sites(check_file(str(tmp_path / "p.zh.md"), str(tmp_path / "p.en.md"), flags), glossary))
    heading = [s for s in all_sites if s.concept == "cache" and s.expect[0].line == 1]
    body = [s for s in all_sites if s.concept == "cache" and s.expect[0].line == 3]
    assert {s.kind for s in heading} == set(dtr.KINDS) and {s.kind for s in body} == set(dtr.KINDS)
    for s in heading:
        assert not dtr.kept_words(s)
        assert dtr.replacement(s, "delete", glossary, 57, "p.zh.md") is None
        assert dtr.replacement(s, "swap", glossary, 57, "p.zh.md") is None
    for s in body:
        assert dtr.kept_words(s)
        assert dtr.replacement(s, "delete", glossary, 57, "p.zh.md") == ""


def test_a_drop_named_as_the_other_sides_word_instead_is_counted_apart(tmp_path: Path) -> None:
    """Where the bead's Chinese also writes a term its English lacks (倒计时, "Total time"), term-missing reports one
    finding for both, from the Chinese term, naming the English term in its tail ("(it has “milliseconds”)"): the
    dropped 毫秒 is not found at its place, but the miss is marked `named` (counted apart, not as found)."""
    glossary_csv = "id,zh,en,zh_admitted,en_admitted\ncountdown,倒计时,countdown,,\nms,毫秒,millisecond,,\n"
    (tmp_path / "p.zh.md").write_text("# 计时\n\n倒计时时长，单位毫秒。\n\n调度器会释放最久未使用的序列。\n",
                                      encoding="utf-8")
    (tmp_path / "p.en.md").write_text("# Timing\n\nTotal time, unit milliseconds.\n\n"
                                      "The scheduler frees the least recently used sequence.\n", encoding="utf-8")
    (tmp_path / "g.csv").write_text(glossary_csv, encoding="utf-8")
    zh, en = tmp_path / "p.zh.md", tmp_path / "p.en.md"
    flags = Flags(glossaries=(str(tmp_path / "g.csv"),))
    glossary = load_glossaries(flags.glossaries)
    site = next(s for s in dtr.sites(check_file(str(zh), str(en), flags), glossary)
                if s.kind == "term-missing-zh" and s.concept == "ms")
    got = dtr.injected(zh, en, site, flags, tmp_path, "")
    assert not got.found and got.named
    assert dtr.surfaces("a\nTotal time, unit milliseconds.", [Location("x", 2, 18, 2, 30)]) == {"milliseconds"}


def test_a_line_keeping_only_code_or_a_number_after_the_deletion() -> None:
    """Code kept (a code span is U+FFFC in the prose view) is something the line still says; a list number is not."""
    assert dtr.kept_words(dtr.Site("term-missing-zh", "c", (), (), "\ufffc 组件", "\ufffc"))
    assert not dtr.kept_words(dtr.Site("term-missing", "c", (), (), "2. Deploy", "2."))


def test_the_report_says_how_many_sites_it_did_not_try(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    """The sites delete mode leaves out (a heading that is the term) leave the denominator, and the report says how
    many, kind by kind, so a reader can tell a rate over fewer sites from a better one (review59 O11)."""
    (tmp_path / "p.zh.md").write_text("# 缓存\n\n引擎会把历史输入缓存起来。\n", encoding="utf-8")
    (tmp_path / "p.en.md").write_text("# Cache\n\nThe engine keeps the history input in a cache.\n",
                                      encoding="utf-8")
    (tmp_path / "g.csv").write_text(GLOSSARY, encoding="utf-8")
    monkeypatch.setattr(sys, "argv", ["docs_term_recall.py", str(tmp_path), "--glossary", str(tmp_path / "g.csv"),
                                      "--term-mode", "delete", "--per-page", "10"])
    dtr.main()
    out = capsys.readouterr().out
    assert "(delete) 4/4" in out
    assert "sites not tried in delete mode" in out and "term-missing 1, term-missing-zh 1" in out


def test_a_deletion_keeps_the_determiner_of_a_head_on_the_next_line() -> None:
    """A paragraph wrapped after the term: the head noun on the next line is the determiner's ("reviewing the
    telemetry\\ndata" -> "reviewing the\\ndata"); a blank line or a function word there is no head."""
    # (the space before a line break stays, as before: the line's words are what the check reads)
    assert dtr.edited("reviewing the telemetry\ndata emitted", [(14, 23)], "") == "reviewing the \ndata emitted"
    assert dtr.edited("join it to the control plane\nof the host", [(15, 28)], "") == "join it to \nof the host"
    assert dtr.edited("join it to the control plane\n\nNext", [(15, 28)], "") == "join it to \n\nNext"
