"""checks/clause_unsaid.py: the `;` clauses of an English sentence in a 1-1 bead that its Chinese says nothing of."""
from __future__ import annotations

from pathlib import Path

from zhen_qa.checks.clause_unsaid import unsaid_clauses

EN = ("Note: if the topic does not exist, it will be created in the configuration file; if it exists, its settings "
      "will be updated; if a cluster name is given, the command will be executed on every broker node of the "
      "cluster; otherwise, the command will be executed on a single broker node.")
ZH_FIRST = "说明：如果主题不存在，则会在配置文件中创建；若存在，则会更新它的设置。"
ZH_SECOND = "如果指定的是集群名称，则会在集群中各个broker节点执行该命令；否则会在单个broker节点执行该命令。"


def test_the_clauses_a_deleted_paragraph_rendered_are_unsaid() -> None:
    """The English sentence renders two Chinese paragraphs; the second deleted, the first says nothing of its
    clauses (cluster, command, executed, broker, node)."""
    assert unsaid_clauses(ZH_FIRST, EN) == (
        "if a cluster name is given, the command will be executed on every broker node of the cluster; "
        "otherwise, the command will be executed on a single broker node.")


def test_a_chinese_sentence_that_renders_every_clause_leaves_none_unsaid() -> None:
    assert unsaid_clauses(ZH_FIRST.rstrip("。") + "；" + ZH_SECOND, EN) is None


def test_a_chinese_clause_that_says_nothing_of_the_rest_may_render_the_run() -> None:
    """只保留 10 天，超过后到第三级 for "keep it 10 days; exceeded data moves to Tier 3": the lexicon does not pair
    超过后到第三级 with the run's words, but it is a clause of its own, left over: it may render the run."""
    assert unsaid_clauses("数据只保留 10 天，超过后到第三级。",
                          "The data is kept for 10 days; exceeded data moves to Tier 3 storage "
                          "automatically afterwards.") is None
    # with no clause left over, the same run is reported
    run = "exceeded data moves to Tier 3 storage automatically afterwards."
    assert unsaid_clauses("数据只保留 10 天。", "The data is kept for 10 days; " + run) == run


def test_a_sentence_without_semicolons_or_with_a_short_clause_is_not_judged() -> None:
    assert unsaid_clauses(ZH_FIRST, EN.replace(";", ",")) is None
    assert unsaid_clauses("数据只保留 10 天。", "The data is kept for 10 days; otherwise it fails.") is None


PAGE_ZH = """# 权限控制

## 更新配置

```bash
$ sh mqadmin updateAclConfig -n 192.168.1.2:9876 -c DefaultCluster -a RocketMQ
```

{first}

{second}

| 参数 | 含义 |
| --- | --- |
| n | NameServer 地址 |
"""
PAGE_EN = f"""# Access Control

## Update the Configuration

```bash
$ sh mqadmin updateAclConfig -n 192.168.1.2:9876 -c DefaultCluster -a RocketMQ
```

{EN}

| Parameter | Definition |
| --- | --- |
| n | NameServer address |
"""


def _findings(tmp_path: Path, zh: str) -> list[tuple[str, str, int, str]]:
    from zhen_qa.checks.run import Flags, check_file

    (tmp_path / "p.zh.md").write_text(zh, encoding="utf-8")
    (tmp_path / "p.en.md").write_text(PAGE_EN, encoding="utf-8")
    result = check_file(str(tmp_path / "p.zh.md"), str(tmp_path / "p.en.md"), Flags())
    return [(f.rule, f.lang, f.location.line, f.message[:26]) for f in result.findings
            if f.rule in ("extra-target", "untranslated")]


def test_a_deleted_paragraph_an_english_sentence_rendered_with_its_neighbour_is_reported(tmp_path: Path) -> None:
    assert _findings(tmp_path, PAGE_ZH.format(first=ZH_FIRST, second="")) == [
        ("extra-target", "en", 9, "no Chinese for the clause:")]
    assert _findings(tmp_path, PAGE_ZH.format(first=ZH_FIRST, second=ZH_SECOND)) == []
