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
