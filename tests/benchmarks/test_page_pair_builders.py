"""The documentation builders whose pages the shared rule chooses (`page_pairs.build`: arthas, brpc, egg, elasticjob,
kratos, rapidjson, sofaboot, sofarpc, tidbop): each one's pinned page list and commit, where it reads a page's two
files, and its `main` run on a small git repository laid out as its source is."""
from __future__ import annotations

import sys
from pathlib import Path
from types import ModuleType

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))

import arthas_heldout  # noqa: E402
import brpc_heldout  # noqa: E402
import egg_heldout  # noqa: E402
import elasticjob_heldout  # noqa: E402
import kratos_heldout  # noqa: E402
import rapidjson_heldout  # noqa: E402
import sofaboot_heldout  # noqa: E402
import sofarpc_heldout  # noqa: E402
import tidbop_heldout  # noqa: E402

from tests.benchmarks.git_files import repository  # noqa: E402

# builder, pages pinned, the commit's first characters, a page, its Chinese file, its English file
BUILDERS = [
    (arthas_heldout, 38, "b266e1c9", "watch", "site/docs/doc/watch.md", "site/docs/en/doc/watch.md"),
    (brpc_heldout, 20, "71871ee9", "bvar", "docs/cn/bvar.md", "docs/en/bvar.md"),
    (egg_heldout, 33, "af2e5430", "basics/router", "site/docs/basics/router.zh-CN.md", "site/docs/basics/router.md"),
    (elasticjob_heldout, 22, "642c8c90", "features/elastic", "docs/content/features/elastic.cn.md",
     "docs/content/features/elastic.en.md"),
    (kratos_heldout, 21, "e94cde4e", "component/05-log", "docs/component/05-log.md",
     "i18n/en/docusaurus-plugin-content-docs/current/component/05-log.md"),
    (rapidjson_heldout, 8, "24b5e7a8", "dom", "doc/dom.zh-cn.md", "doc/dom.md"),
    (sofaboot_heldout, 15, "38c28a43", "health-check/index", "content/zh/projects/sofa-boot/health-check/index.md",
     "content/en/projects/sofa-boot/health-check/index.md"),
    (sofarpc_heldout, 22, "38c28a43", "load-balance/index", "content/zh/projects/sofa-rpc/load-balance/index.md",
     "content/en/projects/sofa-rpc/load-balance/index.md"),
    (tidbop_heldout, 18, "232a4a71", "use-auto-failover", "zh/use-auto-failover.md", "en/use-auto-failover.md"),
]
IDS = [builder.__name__ for builder, *_ in BUILDERS]

ZH = "".join("这一行说明配置的用法。\n" if i % 2 else "`code`\n" for i in range(40))
EN = "".join("This line explains the setting.\n" if i % 2 else "`code`\n" for i in range(40))


@pytest.mark.parametrize(("builder", "count", "commit"), [row[:3] for row in BUILDERS], ids=IDS)
def test_the_pinned_pages_are_distinct_in_path_order_at_a_pinned_commit(builder: ModuleType, count: int,
                                                                        commit: str) -> None:
    pages = builder.PAGES
    assert len(pages) == len(set(pages)) == count
    assert list(pages) == sorted(pages)  # the repository's (git ls-tree) order
    assert not any(page.endswith(".md") for page in pages)
    assert len(builder.COMMIT) == 40 and builder.COMMIT.startswith(commit)


@pytest.mark.parametrize(("builder", "page", "zh", "en"), [(row[0], *row[3:]) for row in BUILDERS], ids=IDS)
def test_a_page_is_read_from_its_chinese_and_english_files(builder: ModuleType, page: str, zh: str, en: str) -> None:
    assert (builder.path_of(page, "zh"), builder.path_of(page, "en")) == (zh, en)


@pytest.mark.parametrize(("builder", "page"), [(row[0], row[3]) for row in BUILDERS], ids=IDS)
def test_main_writes_the_page_pairs_of_its_source_layout(builder: ModuleType, page: str, tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    files = {builder.path_of(page, "zh"): ZH, builder.path_of(page, "en"): EN,
             builder.path_of("lone", "zh"): ZH}  # no English page: out
    files.update({builder.path_of(recent, lang): text for recent in getattr(builder, "RECENT", ())
                  for lang, text in (("zh", ZH), ("en", EN))})
    out = tmp_path / "out"
    monkeypatch.setattr(sys, "argv", [builder.__file__, repository(tmp_path, files), str(out)])
    builder.main()  # the pinned commit is not in the repository: HEAD, without the pinned list's check
    assert sorted(str(p.relative_to(out)) for p in out.rglob("*.md")) == [f"{page}.en.md", f"{page}.zh.md"]
    assert (out / f"{page}.zh.md").read_text(encoding="utf-8") == ZH


def test_brpc_leaves_out_the_page_pairs_written_after_2022() -> None:
    assert brpc_heldout.RECENT and not set(brpc_heldout.RECENT) & set(brpc_heldout.PAGES)


def test_egg_takes_the_pages_of_six_folders() -> None:
    assert {page.split("/")[0] for page in egg_heldout.PAGES} == {
        "advanced", "basics", "community", "core", "intro", "tutorials"}


def test_tidbop_samples_one_passing_page_in_four_leaving_out_release_notes_and_the_contents() -> None:
    passing = ("TOC", "a", "b", "c", "d", "e", "releases/r1", "z")
    assert tidbop_heldout.left_out(passing) == ("TOC", "b", "c", "d", "releases/r1", "z")
