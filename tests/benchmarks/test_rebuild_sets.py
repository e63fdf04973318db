"""benchmarks/rebuild_sets.py's pure parts: finding the fetch tool's git dirs, the sets files, the missing sources."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))

import rebuild_sets as rb  # noqa: E402

SCRIPT = Path(__file__).resolve().parents[2] / "benchmarks" / "rebuild_sets.py"


def fake_git_dir(path: Path) -> Path:
    """A folder that looks like a git dir (HEAD and objects/), as the fetch tool leaves one."""
    (path / "objects").mkdir(parents=True)
    (path / "HEAD").write_text("ref: refs/heads/main\n")
    return path


def test_git_dir_finds_bare_and_non_bare_snapshots(tmp_path: Path) -> None:
    bare = fake_git_dir(tmp_path / "owner+name" / "repo")
    work = fake_git_dir(tmp_path / "other+repo" / "repo" / ".git")
    assert rb.git_dir(tmp_path, "owner/name") == bare
    assert rb.git_dir(tmp_path, "other/repo") == work
    assert rb.git_dir(tmp_path, "absent/repo") is None
    (tmp_path / "empty+repo" / "repo").mkdir(parents=True)
    assert rb.git_dir(tmp_path, "empty/repo") is None


def test_missing_sources_each_once_in_build_order() -> None:
    builds = (rb.SetBuild("a-heldout", "journal", "a.py", ("x/one", "x/two")),
              rb.SetBuild("b-heldout", "journal", "b.py", ("x/two", "x/three")),
              rb.SetBuild("hit-heldout", "hit", "hit_heldout.py", ()))
    assert rb.missing_sources(builds, ["x/two"]) == ["github:x/one", "github:x/three"]
    assert rb.missing_sources(builds, ["x/one", "x/two", "x/three"]) == []


def test_missing_sources_lists_the_cat_repositories() -> None:
    cat = (rb.SetBuild("realcat", "cat", "", ()),)
    missing = rb.missing_sources(cat, ["GNOME/gnome-calculator"])
    assert "github:GNOME/gnome-calculator" not in missing
    assert "github:GNOME/gnome-terminal" in missing
    assert len(missing) == len({repo for _, repo, _, _ in rb.REALCAT}) - 1


def test_sets_lines_keep_the_group_and_the_build_order(tmp_path: Path) -> None:
    ready = ["hit2-heldout", "vis-heldout", "paramed-heldout", "nejm-para-heldout", "antd-heldout"]
    lines = rb.sets_lines(rb.BUILDS, ready, tmp_path, ("journal", "hit"))
    assert lines == [f"paramed-heldout={tmp_path}/paramed-heldout", f"vis-heldout={tmp_path}/vis-heldout",
                     f"hit2-heldout={tmp_path}/hit2-heldout"]
    assert rb.sets_lines(rb.BUILDS, ["nejm-para-heldout"], tmp_path, ("extra",)) == [
        f"nejm-para-heldout={tmp_path}/nejm-para-heldout"]


def test_every_labelled_precision_set_has_a_build() -> None:
    labels = Path(__file__).resolve().parents[2] / "benchmarks" / "labels"
    named = {p.name.removesuffix(".tsv") for p in labels.glob("*-heldout.tsv")} | {
        "realcat", "realcat2", "realcat3", "realcat4", "realcat5"}
    assert named <= {b.name for b in rb.BUILDS}


def test_docs_sets_always_run_the_development_sets() -> None:
    assert rb.docs_sets([]) == ["mddocs", "theses"]
    assert rb.docs_sets(["realcat", "antd-heldout", "theses-heldout"]) == [
        "antd", "mddocs", "theses", "theses-heldout", "realcat"]
    assert rb.docs_sets(["theses2-heldout", "theses-heldout", "ahooks-heldout"]) == [
        "ahooks", "mddocs", "theses", "theses-heldout", "theses2-heldout"]


def test_the_second_theses_sample_runs_with_its_own_labels(tmp_path: Path) -> None:
    b = next(b for b in rb.BUILDS if b.name == "theses2-heldout")
    assert b.mirror_arg and b.also == ("theses2-heldout-abstracts",)
    runner = rb.DOCS_RUNNER.format(meta=tmp_path, root=tmp_path, sets="theses2-heldout")
    assert f"theses.py {tmp_path}/$s --labels benchmarks/labels/$s.tsv" in runner
    assert "theses5-heldout|\\\n    theses6-heldout|theses7-heldout|theses7-heldout-g)\n      summary" in runner


def test_the_third_theses_sample_and_pinia_are_built_and_run(tmp_path: Path) -> None:
    b = next(b for b in rb.BUILDS if b.name == "theses3-heldout")
    assert b.mirror_arg and b.also == ("theses3-heldout-abstracts",)
    runner = rb.DOCS_RUNNER.format(meta=tmp_path, root=tmp_path, sets="theses3-heldout")
    assert ("theses-heldout|theses2-heldout|theses3-heldout|theses4-heldout|theses5-heldout|theses6-heldout"
            "|theses7-heldout)\n      python benchmarks/theses.py" in runner)
    assert rb.docs_sets(["theses3-heldout", "pinia-heldout"]) == ["pinia", "mddocs", "theses", "theses3-heldout"]


def test_the_ninth_chinaxiv_sample_is_a_measured_journal_set() -> None:
    names = [b.name for b in rb.BUILDS]
    b = next(b for b in rb.BUILDS if b.name == "chinaxiv9-heldout")
    assert b.group == "journal" and b.script == "chinaxiv9_heldout.py" and b.sources == (rb.CHINAXIV,)
    assert names.index("chinaxiv9-heldout") == names.index("chinaxiv8-heldout") + 1


def test_the_tenth_chinaxiv_sample_is_a_measured_journal_set() -> None:
    names = [b.name for b in rb.BUILDS]
    b = next(b for b in rb.BUILDS if b.name == "chinaxiv10-heldout")
    assert b.group == "journal" and b.script == "chinaxiv10_heldout.py" and b.sources == (rb.CHINAXIV,)
    assert names.index("chinaxiv10-heldout") == names.index("chinaxiv9-heldout") + 1
    assert names.index("chinaxiv11-heldout") == names.index("chinaxiv10-heldout") + 1


def test_the_twelfth_chinaxiv_sample_is_a_measured_journal_set() -> None:
    names = [b.name for b in rb.BUILDS]
    b = next(b for b in rb.BUILDS if b.name == "chinaxiv12-heldout")
    assert b.group == "journal" and b.script == "chinaxiv12_heldout.py" and b.sources == (rb.CHINAXIV,)
    assert names.index("chinaxiv12-heldout") == names.index("chinaxiv11-heldout") + 1


def test_vitepress_is_a_docs_set_run_after_pinia() -> None:
    b = next(b for b in rb.BUILDS if b.name == "vitepress-heldout")
    assert b.group == "docs" and b.sources == ("vuejs/vitepress",)
    assert rb.docs_sets(["vitepress-heldout", "pinia-heldout"]) == ["pinia", "vitepress", "mddocs", "theses"]


def test_the_fourth_theses_sample_is_built_and_run(tmp_path: Path) -> None:
    b = next(b for b in rb.BUILDS if b.name == "theses4-heldout")
    assert b.mirror_arg and b.also == ("theses4-heldout-abstracts",) and b.sources == rb.THESES4
    runner = rb.DOCS_RUNNER.format(meta=tmp_path, root=tmp_path, sets="theses4-heldout")
    assert ("theses3-heldout|theses4-heldout|theses5-heldout|theses6-heldout|theses7-heldout)\n"
            "      python benchmarks/theses.py" in runner)
    assert rb.docs_sets(["theses4-heldout", "theses3-heldout"]) == ["mddocs", "theses", "theses3-heldout",
                                                                     "theses4-heldout"]


def test_command_needs_every_source_and_fills_the_output_folder(tmp_path: Path) -> None:
    b = rb.SetBuild("t-heldout", "docs", "theses_heldout.py", ("o/a",), ("--abstracts", "{out}/t-abstracts"),
                    mirror_arg=True)
    assert rb.command(b, tmp_path, tmp_path / "out", {}) is None
    fake_git_dir(tmp_path / "o+a" / "repo")
    cmd = rb.command(b, tmp_path, tmp_path / "out", {})
    assert cmd is not None
    assert cmd[2:] == [str(tmp_path), str(tmp_path / "out" / "t-heldout"), "--abstracts",
                       str(tmp_path / "out" / "t-abstracts")]


def test_a_hit_sample_waits_for_all_its_raw_leaflets(tmp_path: Path) -> None:
    b = next(x for x in rb.BUILDS if x.name == "hit2-heldout")
    raw = tmp_path / "raw2"
    raw.mkdir()
    assert rb.command(b, tmp_path, tmp_path / "out", {}) is None
    leaflets = rb.hit_leaflets("hit2")
    for name in leaflets[:-1]:
        (raw / f"{name}.txt").write_text("x")
    assert rb.command(b, tmp_path, tmp_path / "out", {"hit2": raw}) is None
    (raw / f"{leaflets[-1]}.txt").write_text("x")
    cmd = rb.command(b, tmp_path, tmp_path / "out", {"hit2": raw})
    assert cmd is not None and cmd[2:] == ["--sample", "hit2", str(raw), str(tmp_path / "out" / "hit2-heldout")]


def test_write_atomic_leaves_no_temporary_file(tmp_path: Path) -> None:
    rb.write_atomic(tmp_path / "sets", "a=/x\n")
    rb.write_atomic(tmp_path / "sets", "b=/y\n")
    assert (tmp_path / "sets").read_text() == "b=/y\n"
    assert [p.name for p in tmp_path.iterdir()] == ["sets"]


@pytest.mark.parametrize("args", [["{tmp}/nothing-here", "{tmp}/out"],
                                  ["{tmp}", "{tmp}/out", "--hit-raw", "hit"],
                                  ["{tmp}", "{tmp}/out", "--hit-raw", "hitx={tmp}"],
                                  ["{tmp}", "{tmp}/out", "--only", "no-such-set"]])
def test_bad_input_is_one_line_and_exit_2(tmp_path: Path, args: list[str]) -> None:
    done = subprocess.run([sys.executable, str(SCRIPT), *(a.format(tmp=tmp_path) for a in args)],
                          capture_output=True, text=True)
    assert done.returncode == 2
    assert len(done.stderr.strip().splitlines()) == 1 and "Traceback" not in done.stderr
    assert not (tmp_path / "out").exists()


def test_an_empty_mirror_builds_nothing_and_lists_every_source(tmp_path: Path) -> None:
    done = subprocess.run([sys.executable, str(SCRIPT), str(tmp_path), str(tmp_path / "out")],
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    meta = tmp_path / "out" / "zhen-qa-sets"
    assert (meta / "sets").read_text() == ""
    missing = (meta / "missing").read_text().splitlines()
    assert "github:boxiangliu/ParaMed" in missing and "github:umijs/umi" in missing
    assert missing[-1].startswith("raw folder for hit5-heldout")
    assert "SETS=${*:-mddocs theses mddocs-g theses-g}" in (
        meta / "docs.sh").read_text()


def test_rsbuild_is_a_docs_set_run_after_vitepress() -> None:
    b = next(b for b in rb.BUILDS if b.name == "rsbuild-heldout")
    assert b.group == "docs" and b.sources == ("web-infra-dev/rsbuild",) and b.script == "rsbuild_heldout.py"
    assert rb.docs_sets(["rsbuild-heldout", "vitepress-heldout"]) == ["vitepress", "rsbuild", "mddocs", "theses"]


def test_rspack_is_a_docs_set_run_after_rsbuild() -> None:
    b = next(b for b in rb.BUILDS if b.name == "rspack-heldout")
    assert b.group == "docs" and b.sources == ("web-infra-dev/rspack",) and b.script == "rspack_heldout.py"
    assert rb.docs_sets(["rspack-heldout", "rsbuild-heldout"]) == ["rsbuild", "rspack", "mddocs", "theses"]


def test_the_fifth_theses_sample_is_built_and_run(tmp_path: Path) -> None:
    b = next(b for b in rb.BUILDS if b.name == "theses5-heldout")
    assert b.mirror_arg and b.also == ("theses5-heldout-abstracts",) and b.sources == rb.THESES5
    runner = rb.DOCS_RUNNER.format(meta=tmp_path, root=tmp_path, sets="theses5-heldout")
    assert ("theses4-heldout|theses5-heldout|theses6-heldout|theses7-heldout)\n      python benchmarks/theses.py"
            in runner)
    assert rb.docs_sets(["theses5-heldout", "theses4-heldout"]) == ["mddocs", "theses", "theses4-heldout",
                                                                     "theses5-heldout"]


def test_the_sixth_theses_sample_is_built_and_run(tmp_path: Path) -> None:
    b = next(b for b in rb.BUILDS if b.name == "theses6-heldout")
    assert b.mirror_arg and b.also == ("theses6-heldout-abstracts",) and b.sources == rb.THESES6
    runner = rb.DOCS_RUNNER.format(meta=tmp_path, root=tmp_path, sets="theses6-heldout")
    assert "theses5-heldout|theses6-heldout|theses7-heldout)\n      python benchmarks/theses.py" in runner
    assert rb.docs_sets(["theses6-heldout", "theses5-heldout"]) == ["mddocs", "theses", "theses5-heldout",
                                                                     "theses6-heldout"]


def test_glossary_runs_follow_the_sets_they_need() -> None:
    assert rb.glossary_runs([]) == ["mddocs-g", "theses-g"]
    assert rb.glossary_runs(["vant-heldout", "theses-heldout", "antd-heldout"]) == [
        "mddocs-g", "antd-g", "vant-g", "theses-g", "theses-heldout-g"]
    assert rb.glossary_runs(["rslib-heldout", "theses7-heldout"]) == [
        "mddocs-g", "rslib-g", "theses-g", "theses7-heldout-g"]


def test_the_runner_runs_a_glossary_run_with_its_glossary(tmp_path: Path) -> None:
    text = rb.DOCS_RUNNER.format(meta=tmp_path, root=tmp_path, sets="antd-g")
    assert '*-g) base=${s%-g}; name=${base%-heldout}-heldout' in text
    assert '--glossary "benchmarks/glossaries/$base.csv"' in text
    done = subprocess.run(["bash", "-n"], input=text, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr


def test_rslib_is_a_docs_set_run_after_rspack() -> None:
    b = next(b for b in rb.BUILDS if b.name == "rslib-heldout")
    assert b.group == "docs" and b.sources == ("web-infra-dev/rslib",) and b.script == "rslib_heldout.py"
    assert rb.docs_sets(["rslib-heldout", "rspack-heldout"]) == ["rspack", "rslib", "mddocs", "theses"]


def test_the_seventh_theses_sample_is_built_and_run(tmp_path: Path) -> None:
    b = next(b for b in rb.BUILDS if b.name == "theses7-heldout")
    assert b.mirror_arg and b.also == ("theses7-heldout-abstracts",) and b.sources == rb.THESES7
    runner = rb.DOCS_RUNNER.format(meta=tmp_path, root=tmp_path, sets="theses7-heldout")
    assert "theses6-heldout|theses7-heldout)\n      python benchmarks/theses.py" in runner
    assert "theses6-heldout|theses7-heldout|theses7-heldout-g)\n      summary" in runner
    assert rb.docs_sets(["theses7-heldout", "theses6-heldout"]) == ["mddocs", "theses", "theses6-heldout",
                                                                     "theses7-heldout"]


def test_dolphin_and_vuerouter_are_docs_sets_run_after_rslib_with_their_glossaries() -> None:
    for name, repo, script in (("dolphin-heldout", "apache/dolphinscheduler", "dolphin_heldout.py"),
                               ("vuerouter-heldout", "vuejs/router", "vuerouter_heldout.py")):
        b = next(b for b in rb.BUILDS if b.name == name)
        assert b.group == "docs" and b.sources == (repo,) and b.script == script
    assert rb.docs_sets(["vuerouter-heldout", "dolphin-heldout", "rslib-heldout"]) == [
        "rslib", "dolphin", "vuerouter", "mddocs", "theses"]
    assert rb.glossary_runs(["vuerouter-heldout", "dolphin-heldout", "rslib-heldout"]) == [
        "mddocs-g", "rslib-g", "dolphin-g", "vuerouter-g", "theses-g"]


def test_rocketmq_and_seatunnel_are_docs_sets_run_after_vuerouter_with_their_glossaries() -> None:
    for name, repo, script in (("rocketmq-heldout", "apache/rocketmq-site", "rocketmq_heldout.py"),
                               ("seatunnel-heldout", "apache/seatunnel", "seatunnel_heldout.py")):
        build = next(b for b in rb.BUILDS if b.name == name)
        assert (build.group, build.script, build.sources) == ("docs", script, (repo,))
    ready = ["seatunnel-heldout", "rocketmq-heldout", "vuerouter-heldout"]
    assert rb.docs_sets(ready) == ["vuerouter", "rocketmq", "seatunnel", "mddocs", "theses"]
    assert rb.glossary_runs(ready) == ["mddocs-g", "vuerouter-g", "rocketmq-g", "seatunnel-g", "theses-g"]


def test_the_eighth_theses_sample_runs_with_and_without_its_glossary(tmp_path: Path) -> None:
    b = next(b for b in rb.BUILDS if b.name == "theses8-heldout")
    assert b.mirror_arg and b.sources == ("liuliuli302/XJTUThesisLMQ",) and b.also == ("theses8-heldout-abstracts",)
    runner = rb.DOCS_RUNNER.format(meta=tmp_path, root=tmp_path, sets="theses8-heldout theses8-heldout-g")
    assert "theses8-heldout|\\\n    theses-heldout|theses2-heldout" in runner
    assert "theses8-heldout-g|theses-heldout-g|theses7-heldout-g) base=" in runner
    assert "theses8-heldout|theses8-heldout-g|\\\n    theses|theses-g|" in runner
    assert rb.docs_sets(["theses8-heldout"])[-1] == "theses8-heldout"
    assert rb.glossary_runs(["theses8-heldout"])[-1] == "theses8-heldout-g"


def test_hugegraph_is_a_docs_set_run_after_seatunnel_with_its_glossary() -> None:
    build = next(b for b in rb.BUILDS if b.name == "hugegraph-heldout")
    assert (build.group, build.script, build.sources) == ("docs", "hugegraph_heldout.py", ("apache/hugegraph-doc",))
    ready = ["hugegraph-heldout", "seatunnel-heldout"]
    assert rb.docs_sets(ready) == ["seatunnel", "hugegraph", "mddocs", "theses"]
    assert rb.glossary_runs(ready) == ["mddocs-g", "seatunnel-g", "hugegraph-g", "theses-g"]


def test_the_thirteenth_chinaxiv_sample_is_a_journal_set() -> None:
    # measured with the journal sets since stop 64, so `sets` (the journal command's list) carries it
    names = [b.name for b in rb.BUILDS]
    b = next(b for b in rb.BUILDS if b.name == "chinaxiv13-heldout")
    assert b.group == "journal" and b.script == "chinaxiv13_heldout.py" and b.sources == (rb.CHINAXIV,)
    assert names.index("chinaxiv13-heldout") == names.index("chinaxiv12-heldout") + 1


def _runner_repo(tmp_path: Path) -> tuple[Path, Path]:
    """A git checkout with one committed file, and the docs runner written for a set list with no set."""
    repo = tmp_path / "repo"
    repo.mkdir()
    (repo / "a.txt").write_text("one\n")
    git = ["git", "-C", str(repo), "-c", "user.email=t@t", "-c", "user.name=t"]
    subprocess.run([*git, "init", "-q"], check=True)
    subprocess.run([*git, "add", "a.txt"], check=True)
    subprocess.run([*git, "commit", "-qm", "a"], check=True)
    script = tmp_path / "docs.sh"
    script.write_text(rb.DOCS_RUNNER.format(meta=tmp_path, root=tmp_path, sets="none"))
    return repo, script


def test_the_runner_marks_a_checkout_with_uncommitted_changes(tmp_path: Path) -> None:
    repo, script = _runner_repo(tmp_path)
    (tmp_path / "shared" / "data" / "real").mkdir(parents=True)
    env = {**os.environ, "SHARED": str(tmp_path / "shared"), "LOG": str(tmp_path / "out")}
    clean = subprocess.run(["bash", str(script), "nosuchset"], cwd=repo, env=env, capture_output=True, text=True)
    assert "+dirty" not in clean.stdout.splitlines()[0]
    (repo / "a.txt").write_text("two\n")
    dirty = subprocess.run(["bash", str(script), "nosuchset"], cwd=repo, env=env, capture_output=True, text=True)
    assert "+dirty" in dirty.stdout.splitlines()[0]


def test_the_runner_refuses_a_shared_folder_without_data(tmp_path: Path) -> None:
    repo, script = _runner_repo(tmp_path)
    env = {**os.environ, "SHARED": str(tmp_path / "nowhere"), "LOG": str(tmp_path / "out")}
    done = subprocess.run(["bash", str(script), "antd"], cwd=repo, env=env, capture_output=True, text=True)
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1 and "data/real not found" in done.stderr


def test_paddle_is_a_docs_set_run_after_hugegraph_with_its_glossary() -> None:
    build = next(b for b in rb.BUILDS if b.name == "paddle-heldout")
    assert (build.group, build.script, build.sources) == ("docs", "paddle_heldout.py", ("PaddlePaddle/docs",))
    ready = ["paddle-heldout", "hugegraph-heldout"]
    assert rb.docs_sets(ready) == ["hugegraph", "paddle", "mddocs", "theses"]
    assert rb.glossary_runs(ready) == ["mddocs-g", "hugegraph-g", "paddle-g", "theses-g"]


def test_the_ninth_theses_sample_runs_with_and_without_its_glossary(tmp_path: Path) -> None:
    b = next(b for b in rb.BUILDS if b.name == "theses9-heldout")
    assert b.mirror_arg and b.sources == ("yangwenjing/BUAAthesis", "Garnel/BUAAthesis")
    assert b.also == ("theses9-heldout-abstracts",)
    runner = rb.DOCS_RUNNER.format(meta=tmp_path, root=tmp_path, sets="theses9-heldout theses9-heldout-g")
    assert "    theses9-heldout|theses8-heldout|\\\n" in runner
    assert "theses9-heldout-g|theses8-heldout-g|theses-heldout-g|theses7-heldout-g) base=" in runner
    assert "theses9-heldout|theses9-heldout-g|theses8-heldout|" in runner
    assert rb.docs_sets(["theses9-heldout"])[-1] == "theses9-heldout"
    assert rb.glossary_runs(["theses9-heldout"])[-1] == "theses9-heldout-g"


def test_the_fourteenth_chinaxiv_sample_is_a_journal_set() -> None:
    names = [b.name for b in rb.BUILDS]
    b = next(b for b in rb.BUILDS if b.name == "chinaxiv14-heldout")
    assert b.group == "journal" and b.script == "chinaxiv14_heldout.py" and b.sources == (rb.CHINAXIV,)
    assert names.index("chinaxiv14-heldout") == names.index("chinaxiv13-heldout") + 1


def test_the_fifteenth_chinaxiv_sample_is_a_journal_set_after_the_fourteenth() -> None:
    names = [b.name for b in rb.BUILDS]
    b = next(b for b in rb.BUILDS if b.name == "chinaxiv15-heldout")
    assert b.group == "journal" and b.script == "chinaxiv15_heldout.py" and b.sources == (rb.CHINAXIV,)
    assert names.index("chinaxiv15-heldout") == names.index("chinaxiv14-heldout") + 1


def test_the_sixteenth_chinaxiv_sample_is_a_journal_set_after_the_fifteenth() -> None:
    names = [b.name for b in rb.BUILDS]
    b = next(b for b in rb.BUILDS if b.name == "chinaxiv16-heldout")
    assert b.group == "journal" and b.script == "chinaxiv16_heldout.py" and b.sources == (rb.CHINAXIV,)
    assert names.index("chinaxiv16-heldout") == names.index("chinaxiv15-heldout") + 1


def test_the_second_cat_set_is_written_byte_for_byte_from_its_own_table(tmp_path: Path) -> None:
    import subprocess
    repo = tmp_path / "mirror" / "someone+cat" / "repo"
    subprocess.run(["git", "init", "-q", "--bare", str(repo)], check=True)
    work = tmp_path / "work"
    subprocess.run(["git", "init", "-q", str(work)], check=True)
    (work / "po").mkdir()
    blob = 'msgid "Open"\r\nmsgstr "打开"\r\n'.encode()
    (work / "po" / "zh_CN.po").write_bytes(blob)
    git = ["git", "-C", str(work), "-c", "user.name=t", "-c", "user.email=t@t"]
    subprocess.run([*git, "add", "."], check=True)
    subprocess.run([*git, "commit", "-qm", "x"], check=True)
    subprocess.run([*git, "push", "-q", str(repo), "HEAD:refs/heads/main"], check=True)
    commit = subprocess.run([*git, "rev-parse", "HEAD"], check=True, capture_output=True, text=True).stdout.strip()
    files = (("a.zh_CN.po", "someone/cat", commit[:8], "po/zh_CN.po"),)
    assert rb.write_realcat(tmp_path / "mirror", tmp_path / "out", files) == []
    assert (tmp_path / "out" / "a.zh_CN.po").read_bytes() == blob
    assert rb.write_realcat(tmp_path / "mirror", tmp_path / "out2", (("b.po", "nobody/none", "0", "x"),)) == [
        "nobody/none"]
    assert not (tmp_path / "out2").exists()


def test_realcat2_is_a_cat_build_run_with_its_own_labels(tmp_path: Path) -> None:
    b = next(b for b in rb.BUILDS if b.name == "realcat2")
    assert b.group == "cat" and rb.CAT_FILES["realcat2"] == rb.REALCAT2
    assert not {name for name, _, _, _ in rb.REALCAT2} & {name for name, _, _, _ in rb.REALCAT}
    runner = rb.DOCS_RUNNER.format(meta=tmp_path, root=tmp_path, sets="realcat2")
    assert "realcat|realcat2|realcat3|realcat4|realcat5)\n      python benchmarks/precision_cat.py" in runner
    assert "--labels benchmarks/labels/$s.tsv" in runner
    assert rb.docs_sets(["realcat2"])[-1] == "realcat2"
    missing = rb.missing_sources((b,), [])
    assert missing == [f"github:{repo}" for _, repo, _, _ in rb.REALCAT2]


def test_realcat3_is_a_cat_build_run_with_its_own_labels(tmp_path: Path) -> None:
    b = next(b for b in rb.BUILDS if b.name == "realcat3")
    assert b.group == "cat" and rb.CAT_FILES["realcat3"] == rb.REALCAT3
    earlier = {name for name, _, _, _ in (*rb.REALCAT, *rb.REALCAT2)}
    assert not {name for name, _, _, _ in rb.REALCAT3} & earlier
    runner = rb.DOCS_RUNNER.format(meta=tmp_path, root=tmp_path, sets="realcat3")
    assert "realcat|realcat2|realcat3|realcat4|realcat5)\n      python benchmarks/precision_cat.py" in runner
    assert "realcat|realcat2|realcat3|realcat4|realcat5) summary=" in runner
    assert rb.docs_sets(["realcat3"])[-1] == "realcat3"
    assert rb.missing_sources((b,), []) == list(dict.fromkeys(f"github:{repo}" for _, repo, _, _ in rb.REALCAT3))


def test_realcat4_is_a_cat_build_run_with_its_own_labels(tmp_path: Path) -> None:
    b = next(b for b in rb.BUILDS if b.name == "realcat4")
    assert b.group == "cat" and rb.CAT_FILES["realcat4"] == rb.REALCAT4
    earlier = {name for name, _, _, _ in (*rb.REALCAT, *rb.REALCAT2, *rb.REALCAT3)}
    assert not {name for name, _, _, _ in rb.REALCAT4} & earlier
    earlier_sources = {(repo, path) for _, repo, _, path in (*rb.REALCAT, *rb.REALCAT2, *rb.REALCAT3)}
    assert not {(repo, path) for _, repo, _, path in rb.REALCAT4} & earlier_sources
    runner = rb.DOCS_RUNNER.format(meta=tmp_path, root=tmp_path, sets="realcat4")
    assert "realcat|realcat2|realcat3|realcat4|realcat5)\n      python benchmarks/precision_cat.py" in runner
    assert "realcat|realcat2|realcat3|realcat4|realcat5) summary=" in runner
    assert rb.docs_sets(["realcat4"])[-1] == "realcat4"
    assert rb.missing_sources((b,), []) == list(dict.fromkeys(f"github:{repo}" for _, repo, _, _ in rb.REALCAT4))


def test_realcat5_is_a_cat_build_run_with_its_own_labels(tmp_path: Path) -> None:
    b = next(b for b in rb.BUILDS if b.name == "realcat5")
    assert b.group == "cat" and rb.CAT_FILES["realcat5"] == rb.REALCAT5
    earlier = (*rb.REALCAT, *rb.REALCAT2, *rb.REALCAT3, *rb.REALCAT4)
    assert not {name for name, _, _, _ in rb.REALCAT5} & {name for name, _, _, _ in earlier}
    assert not {(repo, path) for _, repo, _, path in rb.REALCAT5} & {(repo, path) for _, repo, _, path in earlier}
    runner = rb.DOCS_RUNNER.format(meta=tmp_path, root=tmp_path, sets="realcat5")
    assert "realcat|realcat2|realcat3|realcat4|realcat5) summary=" in runner
    assert rb.docs_sets(["realcat5"])[-1] == "realcat5"
    assert rb.missing_sources((b,), []) == list(dict.fromkeys(f"github:{repo}" for _, repo, _, _ in rb.REALCAT5))


def test_write_realcat_writes_a_message_pair_into_its_folder(tmp_path: Path) -> None:
    """A name with a folder (a program's two message files, which precision_cat.py checks as a pair) is written
    into that folder, created on the way."""
    repo = tmp_path / "mirror" / "someone+pair" / "repo"
    subprocess.run(["git", "init", "-q", "--bare", str(repo)], check=True)
    work = tmp_path / "work"
    subprocess.run(["git", "init", "-q", str(work)], check=True)
    (work / "en.json").write_bytes(b'{"a": "Open"}\n')
    git = ["git", "-C", str(work), "-c", "user.name=t", "-c", "user.email=t@t"]
    subprocess.run([*git, "add", "."], check=True)
    subprocess.run([*git, "commit", "-q", "-m", "m"], check=True)
    subprocess.run([*git, "push", "-q", str(repo), "HEAD:refs/heads/main"], check=True)
    commit = subprocess.run([*git, "rev-parse", "HEAD"], check=True, capture_output=True, text=True).stdout.strip()
    files = (("app-json/en.json", "someone/pair", commit, "en.json"),)
    assert rb.write_realcat(tmp_path / "mirror", tmp_path / "out", files) == []
    assert (tmp_path / "out" / "app-json" / "en.json").read_bytes() == b'{"a": "Open"}\n'


@pytest.mark.parametrize("number", [3, 4, 5])
def test_realcat_heldout_scripts_write_their_table_with_the_shared_writer(
        number: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """realcat3_heldout.py and realcat4_heldout.py write their table byte for byte, and nothing when a repository is
    missing (exit status 1)."""
    import importlib
    script = importlib.import_module(f"realcat{number}_heldout")
    table = f"REALCAT{number}"
    repo = tmp_path / "mirror" / f"someone+cat{number}" / "repo"
    subprocess.run(["git", "init", "-q", "--bare", str(repo)], check=True)
    work = tmp_path / "work"
    subprocess.run(["git", "init", "-q", str(work)], check=True)
    blob = b'<tmx version="1.4"><body/></tmx>\r\n'
    (work / "memory.tmx").write_bytes(blob)
    git = ["git", "-C", str(work), "-c", "user.name=t", "-c", "user.email=t@t"]
    subprocess.run([*git, "add", "."], check=True)
    subprocess.run([*git, "commit", "-qm", "x"], check=True)
    subprocess.run([*git, "push", "-q", str(repo), "HEAD:refs/heads/main"], check=True)
    commit = subprocess.run([*git, "rev-parse", "HEAD"], check=True, capture_output=True, text=True).stdout.strip()
    monkeypatch.setattr(script, table, (("m.zh-CN.tmx", f"someone/cat{number}", commit[:8], "memory.tmx"),))
    monkeypatch.setattr(sys, "argv", [f"realcat{number}_heldout.py", str(tmp_path / "mirror"), str(tmp_path / "out")])
    with pytest.raises(SystemExit) as done:
        script.main()
    assert done.value.code == 0 and (tmp_path / "out" / "m.zh-CN.tmx").read_bytes() == blob
    monkeypatch.setattr(script, table, (("n.tmx", "nobody/none", "0", "x"),))
    monkeypatch.setattr(sys, "argv", [f"realcat{number}_heldout.py", str(tmp_path / "mirror"), str(tmp_path / "out2")])
    with pytest.raises(SystemExit) as done:
        script.main()
    assert done.value.code == 1 and not (tmp_path / "out2").exists()
