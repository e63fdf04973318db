"""term_code_word: an English term a documentation page's Chinese keeps, once, as a word the page's code writes
(在job配置中 beside a config block's `job.mode`) is the concept named as the code names it, not a term left out."""
from __future__ import annotations

from pathlib import Path

from tests.checks.terms_kit import page_term_missing as _check
from zhen_qa.checks.term_code_word import written_by_code

GLOSSARY = "job,作业,job\n"
ZH = "# 限速\n\n要使用速度控制功能，你需要在job配置中设置参数。\n"
EN = "# Speed limit\n\nTo use the speed control feature, you need to set the parameters in your job config.\n"
BLOCK_ZH = "\n```hocon\nenv {\n  job.mode = \"STREAMING\"\n}\n```\n"
BLOCK_EN = "\n```hocon\nenv {\n  job.mode = \"STREAMING\"\n}\n```\n"


def test_a_term_kept_as_a_word_of_the_pages_code_is_rendered(tmp_path: Path) -> None:
    assert _check(tmp_path, ZH + BLOCK_ZH, EN + BLOCK_EN, GLOSSARY) == []
    # set off by spaces and coordinated, as the code's section names (schema、vertex 和 edge)
    g = "vertex,顶点,vertex\nedge,边,edge\n"
    zh = "# 配置\n\n用于将 vertex 和 edge 序列化到后端。\n\n```properties\nvertex.default_label=vertex\n" \
         "edge.cache_capacity=1000\n```\n"
    en = "# Config\n\nUsed to serialize vertices and edges to the backend.\n\n```properties\n" \
         "vertex.default_label=vertex\nedge.cache_capacity=1000\n```\n"
    assert _check(tmp_path, zh, en, g) == []


def test_a_word_no_code_of_the_page_writes_is_still_left_in_english(tmp_path: Path) -> None:
    """The page's code names other things (`mode`, `env`), or only a comment says the word: the word kept once in
    the prose is English left untranslated, and the term is still reported."""
    other_zh = "\n```hocon\nenv {\n  mode = \"STREAMING\"\n}\n```\n"
    other_en = "\n```hocon\nenv {\n  mode = \"STREAMING\"\n}\n```\n"
    assert len(_check(tmp_path, ZH + other_zh, EN + other_en, GLOSSARY)) == 1
    commented = "\n```hocon\n# the job settings\nenv {\n  mode = \"STREAMING\"\n}\n```\n"
    assert len(_check(tmp_path, ZH + commented, EN + commented, GLOSSARY)) == 1
    # the term really missing: the code's word is not in the Chinese, nor its term
    missing = "# 限速\n\n要使用速度控制功能，你需要在配置中设置参数。\n"
    assert len(_check(tmp_path, missing + BLOCK_ZH, EN + BLOCK_EN, GLOSSARY)) == 1


def test_written_by_code_takes_single_words_in_any_case() -> None:
    words = frozenset({"topic", "job"})
    assert written_by_code("Topic", words) and written_by_code("job", words)
    assert not written_by_code("job config", words) and not written_by_code("model", words)


def test_a_word_coordinated_with_one_the_page_keeps_is_kept_with_it(tmp_path: Path) -> None:
    """图数据（vertex 和 edge）on a page that keeps vertex in several sentences: edge, kept once beside it, is one of
    the set of names the page keeps. Coordinated with a word the page does not keep, or kept alone, it stays a word
    left in English (由于 issue 和 request 的内容, `test_term_doc_kept`)."""
    g = "edge,边,edge\n"
    code, code_en = "\n\n运行 `make`。\n", "\n\nRun `make`.\n"
    usage = "\n\n- 图数据（vertex）在 id 策略下恢复。\n- 图数据（vertex）保持原样。\n"
    usage_en = "\n\n- Graph data (vertex) is restored by id strategy.\n- Graph data (vertex) is kept.\n"
    zh, en = "数据包括图数据（vertex 和 edge）。", "The data includes graph data (vertex and edge)."
    assert _check(tmp_path, zh + usage + code, en + usage_en + code_en, g) == []
    assert len(_check(tmp_path, zh + code, en + code_en, g)) == 1  # vertex kept once: no usage
    alone = "数据包括图数据（schema 和 edge）。"
    assert len(_check(tmp_path, alone + usage + code, en + usage_en + code_en, g)) == 1
    from zhen_qa.checks.presence import coordinated_with_kept

    text = "图数据（vertex 和 edge）、source、sink"
    kept = {"vertex", "source"}.__contains__
    assert coordinated_with_kept(text, text.index("edge"), text.index("edge") + 4, kept)
    assert coordinated_with_kept(text, text.index("sink"), text.index("sink") + 4, kept)
    assert not coordinated_with_kept("schema 和 edge", 9, 13, kept)
