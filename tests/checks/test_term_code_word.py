"""term_code_word: an English term a documentation page's Chinese keeps, once, as a word the page's code writes
(在job配置中 beside a config block's `job.mode`) is the concept named as the code names it, not a term left out.

The tests marked "class 7" were turned round by the lead's decision at stop 69 (issue 11, class 7: a term kept in
the original language is a rendering of the concept, not a missing term); they expected a term-missing finding
before."""
from __future__ import annotations

from pathlib import Path

from tests.checks.terms_kit import page_term_missing as _check
from zhen_qa.checks.term_code_word import code_names, written_by_code

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


def test_a_word_no_code_of_the_page_writes_renders_the_term_too(tmp_path: Path) -> None:
    """The page's code names other things (`mode`, `env`), or only a comment says the word: the word kept once in
    the prose still renders the term in documentation (stop 69, issue 11 class 7); the term dropped is reported."""
    other_zh = "\n```hocon\nenv {\n  mode = \"STREAMING\"\n}\n```\n"
    other_en = "\n```hocon\nenv {\n  mode = \"STREAMING\"\n}\n```\n"
    # Class 7 (module docstring): in a page pair that writes code, the word kept in the prose renders the term whether
    # or not the page's code writes it.
    assert _check(tmp_path, ZH + other_zh, EN + other_en, GLOSSARY) == []
    commented = "\n```hocon\n# the job settings\nenv {\n  mode = \"STREAMING\"\n}\n```\n"
    assert _check(tmp_path, ZH + commented, EN + commented, GLOSSARY) == []
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
    from zhen_qa.checks.presence_coordinated import coordinated_with_kept

    text = "图数据（vertex 和 edge）、source、sink"
    kept = {"vertex", "source"}.__contains__
    assert coordinated_with_kept(text, text.index("edge"), text.index("edge") + 4, kept)
    assert not coordinated_with_kept(text, text.index("sink"), text.index("sink") + 4, kept)  # no bracket gloss
    assert not coordinated_with_kept("图数据（schema 和 edge）", 11, 15, kept)


def test_a_word_coordinated_in_the_prose_with_a_kept_one_renders_the_term_too(tmp_path: Path) -> None:
    """token 和 password in the running prose of a page that keeps token: nothing says the page keeps password, an
    ordinary word with the Chinese the glossary asks for (review53 R7), but kept in documentation it renders the term
    (stop 69, issue 11 class 7); the term dropped is reported."""
    g = "password,密码,password\n"
    zh = "调用接口前需要先获取 token，有效期为两小时。\n\n每次请求都要在请求头中携带 token。\n\n" \
         "请妥善保管 token 和 password，不要提交到代码仓库。\n\n```bash\ncurl -H \"Authorization: Bearer $TOKEN\" " \
         "https://example.com/api\n```\n"
    en = "Obtain a token first before calling the API; it is valid for two hours.\n\nEvery request must carry the " \
         "token in its header.\n\nKeep your token and password safe and do not commit them to the repository." \
         "\n\n```bash\ncurl -H \"Authorization: Bearer $TOKEN\" https://example.com/api\n```\n"
    # Class 7 (module docstring): in a page pair that writes code, password kept in the prose renders the term.
    assert _check(tmp_path, "# 登录\n\n" + zh, "# Login\n\n" + en, g) == []
    dropped = zh.replace("token 和 password", "token")
    assert len(_check(tmp_path, "# 登录\n\n" + dropped, "# Login\n\n" + en, g)) == 1  # the term dropped


PROSE_BLOCKS = [
    "```yaml\nname: nightly-backup\ndescription: Backup the database every night\nschedule: \"0 3 * * *\"\n```\n",
    "```text\n$ ./backup.sh\nbackup finished: database dumped to /var/backups\n```\n",
]


def test_a_word_only_the_codes_prose_writes_renders_the_term_too(tmp_path: Path) -> None:
    """A YAML description value or a console output line is an English sentence the code prints, not a name it uses:
    database kept once, glued, in the Chinese prose is no code name (review53 R2), but it renders the term in
    documentation (stop 69, issue 11 class 7)."""
    zh = "# 定时备份\n\n本页介绍如何配置定时任务。\n\n每天凌晨会自动备份database，备份文件保存七天。\n\n"
    en = "# Scheduled backup\n\nThis page describes how to configure a scheduled task.\n\nThe database is backed " \
         "up automatically every day before dawn, and backup files are kept for seven days.\n\n"
    for block in PROSE_BLOCKS:
        # Class 7 (module docstring): in a page pair that writes code, database kept in the prose renders the term.
        assert _check(tmp_path, zh + block, en + block, "database,数据库,database\n") == []
    keyed = "```yaml\ndatabase:\n  host: localhost\n```\n"  # the code names a database section
    assert _check(tmp_path, zh + keyed, en + keyed, "database,数据库,database\n") == []


def test_code_names_leaves_out_prose_runs() -> None:
    names = code_names('description: "Backup the database every night"\nMessage msg = new Message(topic, body);\n'
                       'public static void main(String[] args)')
    assert {"description", "topic", "Message", "main", "args"} <= names and "database" not in names
