"""Table cells the Chinese page repeats in English: one finding per column, or per table left in English whole."""
from __future__ import annotations

from zhen_qa.aligner.build import build_from_texts
from zhen_qa.checks.context import CheckContext, Options
from zhen_qa.checks.untranslated import run
from zhen_qa.checks.untranslated_identical import LEFT_IN_ENGLISH
from zhen_qa.report.findings import Finding

EN_OPTIONS = """| Option | Default | Description |
| --- | --- | --- |
| timeout | 30 | The time a request waits for the server before it fails. |
| retries | 3 | How many times a failed request is sent again. |
| pool | 8 | The number of connections kept open to the server. |
| level | info | The lowest level of the messages written to the log. |
"""

INTRO_ZH = "# 配置\n\n下表列出了客户端的全部配置项，每一项都可以在配置文件中修改。\n\n"
INTRO_EN = "# Configuration\n\nThe table lists every option of the client; each can be set in the config file.\n\n"
OUTRO_ZH = "\n## 说明\n\n修改配置后需要重启客户端，新的配置才会生效。\n"
OUTRO_EN = "\n## Notes\n\nRestart the client after changing the options so that they take effect.\n"


def spans(zh_table: str, en_table: str = EN_OPTIONS) -> list[Finding]:
    m = build_from_texts(INTRO_ZH + zh_table + OUTRO_ZH, INTRO_EN + en_table + OUTRO_EN, "zh.md", "en.md",
                         presplit=False)
    return [f for f in run(CheckContext(m, options=Options())) if f.rule == "untranslated-span"]


def test_a_description_column_left_in_english_is_one_finding() -> None:
    """The Chinese page translates the header row and keeps every description in English: one defect (the column
    was not translated), one finding naming the column, the table's lines and the number of cells, at the first
    cell, listing each cell (line, column, text)."""
    zh = EN_OPTIONS.replace("| Option | Default | Description |", "| 配置项 | 默认值 | 说明 |")
    (f,) = spans(zh)
    assert f.message.startswith('the "Description" column of the table at lines 7-10 is left in English (4 cells): '
                                "the Chinese page repeats the English text; first: The time a request")
    assert (f.location.line, f.location.column, f.location.end_line) == (7, 18, 10)
    assert [(c["line"], c["column"]) for c in dict(f.data)["sentences"]] == [(7, 18), (8, 17), (9, 14), (10, 18)]
    assert dict(f.data)["count"] == 4


def test_a_table_left_in_english_whole_is_one_finding() -> None:
    """No cell of the Chinese table has Chinese, header included, and two of its columns of prose are copied: one
    finding for the table, naming both columns."""
    en = ("| Feature | Alpha | Beta |\n| --- | --- | --- |\n"
          "| Ordering | Ensure ordering of records within a shard | Ordering of the whole topic is kept |\n"
          "| Storage | High performance file storage on disk | Keeps every record in the memory |\n")
    (f,) = spans(en, en)
    assert f.message.startswith('the table at lines 7-8 is left in English (4 cells in the "Alpha" and "Beta" '
                                "columns): the Chinese page repeats the English text; first: Ensure ordering")
    assert dict(f.data)["count"] == 4 and dict(f.data)["columns"] == ['"Alpha" column', '"Beta" column']


def test_a_cell_left_in_english_in_a_translated_table_is_its_own_finding() -> None:
    """A real defect of the same shape: the translator missed one description of a table the Chinese page
    translates. It is reported alone, with its own place, as before grouping."""
    zh = ("| 配置项 | 默认值 | 说明 |\n| --- | --- | --- |\n"
          "| timeout | 30 | 请求等待服务器响应的时间，超时后请求失败。 |\n"
          "| retries | 3 | How many times a failed request is sent again. |\n"
          "| pool | 8 | 与服务器保持打开的连接数。 |\n"
          "| level | info | 写入日志的消息的最低级别。 |\n")
    got = spans(zh)
    assert [(f.location.line, f.location.column, f.message) for f in got] == [(8, 17, LEFT_IN_ENGLISH)]


def test_copied_cells_of_a_column_and_a_missed_cell_elsewhere_are_two_findings() -> None:
    """A column kept in English and, in another translated table of the page, one cell left in English: the
    column is one finding, the missed cell keeps its own."""
    second_en = ("\n| Level | Meaning |\n| --- | --- |\n| info | Messages that say what the client does. |\n"
                 "| warn | Messages about a problem the client can work around. |\n")
    second_zh = ("\n| 级别 | 含义 |\n| --- | --- |\n| info | 说明客户端正在做什么的消息。 |\n"
                 "| warn | Messages about a problem the client can work around. |\n")
    zh = EN_OPTIONS.replace("| Option | Default | Description |", "| 配置项 | 默认值 | 说明 |") + second_zh
    got = spans(zh, EN_OPTIONS + second_en)
    assert [(f.location.line, dict(f.data).get("count")) for f in got] == [(7, 4), (15, None)]
    assert got[1].message == LEFT_IN_ENGLISH


def test_a_wide_table_left_in_english_counts_its_columns() -> None:
    """A comparison table of many columns copied whole: the message counts the columns instead of naming nine; the
    finding's data names them all."""
    header = "| Product | " + " | ".join(f"Feature {c}" for c in "ABCD") + " |\n| --- |" + " --- |" * 4 + "\n"
    row = "| Alpha | " + " | ".join(f"Keeps the order of every record {c}" for c in "ABCD") + " |\n"
    table = header + row + row.replace("Alpha", "Beta")
    (f,) = spans(table, table)
    assert "is left in English (8 cells in 4 columns)" in f.message
    assert len(dict(f.data)["columns"]) == 4


def test_cells_left_in_english_in_a_translated_column_keep_their_own_findings() -> None:
    """review56 R1: a 7-row option table whose Chinese page translates five descriptions and leaves two in English
    (rows 9 and 12). The column is translated: the two copies are two misses, each reported at its own cell with
    the single-cell message; none says the column is left in English."""
    en = ("| Parameter | Default | Description |\n| --- | --- | --- |\n"
          "| server.port | 8080 | The port the service listens on. |\n"
          "| server.host | 0.0.0.0 | The network address the service binds to. |\n"
          "| log.level | info | The log level used by the server when writing messages. |\n"
          "| log.path | /var/log | The directory where log files are saved. |\n"
          "| cache.size | 1024 | The maximum number of cache entries. |\n"
          "| cache.ttl | 60 | Time to live of each cache entry, in seconds. |\n"
          "| retry.max | 3 | The maximum number of retries after a request fails. |\n")
    zh = ("| 参数 | 默认值 | 说明 |\n| --- | --- | --- |\n"
          "| server.port | 8080 | 服务监听的端口号。 |\n"
          "| server.host | 0.0.0.0 | 服务绑定的网络地址。 |\n"
          "| log.level | info | The log level used by the server when writing messages. |\n"
          "| log.path | /var/log | 日志文件保存的目录。 |\n"
          "| cache.size | 1024 | 缓存的最大条目数量。 |\n"
          "| cache.ttl | 60 | Time to live of each cache entry, in seconds. |\n"
          "| retry.max | 3 | 请求失败后的最大重试次数。 |\n")
    got = spans(zh, en)
    assert [(f.location.line, f.message) for f in got] == [(9, LEFT_IN_ENGLISH), (12, LEFT_IN_ENGLISH)]
    assert [f.excerpt for f in got] == ["The log level used by the server when writing messages.",
                                        "Time to live of each cache entry, in seconds."]
