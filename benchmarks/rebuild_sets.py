"""Rebuild every held-out benchmark set on a fresh machine in one step, from the fetch tool's git dirs.

    python benchmarks/rebuild_sets.py MIRROR_ROOT OUT_ROOT [--meta DIR] [--hit-raw SAMPLE=DIR ...] [--only NAME ...]
                                      [--force] [--dry-run]

MIRROR_ROOT is the folder where the fetch tool puts its snapshots (`/work/.mirror`: `OWNER+NAME/repo`, a bare git dir,
or `OWNER+NAME/repo/.git`); OUT_ROOT the folder the sets are written to (`/tmp`: `/tmp/paramed-heldout`, ...). Every
builder of `benchmarks/*_heldout.py` whose sources are present runs with the options logged in benchmarks/README.md
(journal sets, documentation sets, theses, the ChinaXiv samples); `realcat` to `realcat5` are written byte for
byte with `git show` from the tables of benchmarks/README.md "Real CAT files" (`realcat3_heldout.py`,
`realcat4_heldout.py` and `realcat5_heldout.py` write their set alone); the Health Information Translations samples
(hit, hit2, hit3, hit4, hit5) are built from raw folders given with `--hit-raw hit=DIR` (their source file is not in any
snapshot: each leaflet is read from the search index with read_file, see `benchmarks/hit_heldout.py`). A set whose
folder exists is kept as it is unless `--force` (which removes it first) or `--only` names it.

Written to META (default OUT_ROOT/zhen-qa-sets): `sets`, one `NAME=FOLDER` a line for every ready set of the measured
list, for `python benchmarks/precision.py paramed-dev medline $(cat META/sets)`; `sets-extra`, the same for the
ready sets measured only now and then (the nejm paragraph layouts); `docs.sh`, the documentation, thesis and CAT
runner (`bash META/docs.sh [SET ...]` from a checkout's root: each set's summary line, full outputs in `$LOG`);
`missing`, the fetch sources (`github:OWNER/NAME`) and raw folders still missing. The missing sources are printed
last. Nothing here is copied into the repository: the sets stay in OUT_ROOT.
"""
from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import NoReturn

HERE = Path(__file__).resolve().parent


@dataclass(frozen=True)
class SetBuild:
    """One set: its name (as precision.py and the labels know it), its group, builder script, sources and options."""

    name: str
    group: str
    """"journal" and "hit" (in `sets`), "extra" (in `sets-extra`), "docs" (in docs.sh) or "cat" (realcat,
    realcat2, realcat3, realcat4, realcat5)."""
    script: str
    sources: tuple[str, ...]
    """OWNER/NAME of the fetched repositories the builder reads, in the order it takes their git dirs."""
    options: tuple[str, ...] = ()
    mirror_arg: bool = False
    """The builder takes MIRROR_ROOT itself instead of the git dirs (theses_heldout.py)."""
    also: tuple[str, ...] = field(default=())
    """Further output folders (OUT_ROOT/NAME) the builder writes, named in its options as {out}/NAME."""


PARAMED = "boxiangliu/ParaMed"
WMTBIO = "hsing-wang/WMT2020_BioMedical"
WMT21 = "QbethQ/Intro_to_NLP_hw3"
NEJM = "EzraZephyr/Medical_Translation_EN-ZH-Transformer"
TICO = "tico-19/tico-19.github.io"
ECC = "TIANQIXU1/nlp-project"
LLMSTUDY = "hallixrap/llm-translation-study"
CHINAXIV = "DreamBlooms/ChinaXiv-201601-to-202209"
THESES = ("ShengdingHu/thuthesis", "Kwan1997/MEngThesis", "ZYFZYF/thuthesis", "THUMarkLau/thuthesis",
          "JimmyyyChen/thuthesis", "QiyaoShii/Master_Thesis", "XieJinkai/Graduation-Thesis",
          "ESunsui/UndergraduateThesis", "MountainChenCad/Undergrad")
"""theses_heldout.THESES's repositories (it reads them from MIRROR_ROOT by the fetch tool's folder names)."""
THESES2 = ("ChelseaCHENX/thuthesis_medthu", "6yq/thuthesis", "DhunterAO/thuthesis", "HYIUYOU/sustech-thesis",
           "IcicleF/undergraduate_thesis", "EaminC/Original-2024.4", "Bankq/BachelorThesis")
"""theses2_heldout.THESES2's repositories."""
THESES3 = ("fengerhu1/SJTUThesis", "Muatyz/SJTUThesis", "ganju2390/SJTUThesis-GJM", "xyx323/SJTUThesis")
"""theses3_heldout.THESES3's repositories."""
THESES4 = ("zhangfuli/njuthesis", "zhaozp15/ustcthesis", "qc-1/ustcthesis", "YinghaoJiang/sustcthesis")
"""theses4_heldout.THESES4's repositories."""
THESES5 = ("YasirHuang/ucasthesis", "dooozo/ucasthesis")
"""theses5_heldout.THESES5's repositories."""
THESES6 = ("SheYuqi/hithesis", "MmdArchimedes/zjuthesis-thesis", "Pz1996/zjuthesis")
"""theses6_heldout.THESES6's repositories."""
THESES7 = ("HuangEven/sysuthesis", "hexid26/HustThesis")
"""theses7_heldout.THESES7's repositories."""
THESES8 = ("liuliuli302/XJTUThesisLMQ",)
"""theses8_heldout.THESES8's repository."""
THESES9 = ("yangwenjing/BUAAthesis", "Garnel/BUAAthesis")
"""theses9_heldout.THESES9's repositories."""
THESES10 = ("zhoushuaicheng42-del/nwputhesis", "wangqy031216-cloud/nwputhesis", "DHCAhead/nwputhesis")
"""theses10_heldout.THESES10's repositories."""
THESES11 = ("Fc-idris/whu-thesis-2024", "haiyichip/whu-thesis")
"""theses11_heldout.THESES11's repositories."""
THESES12 = ("Monthlyaway/fduthesis2022", "konichan-7/TongjiThesis", "YefanZhou/seuthesis2020")
"""theses12_heldout.THESES12's repositories."""
THESES13 = ("Thesoul20/cquthesis", "mzry1992/UESTCthesis")
"""theses13_heldout.THESES13's repositories."""

BUILDS: tuple[SetBuild, ...] = (
    SetBuild("paramed-heldout", "journal", "paramed_heldout.py", (PARAMED,)),
    SetBuild("wmtbio-heldout", "journal", "wmtbio_heldout.py", (WMTBIO,)),
    SetBuild("wmtbio-para-heldout", "journal", "wmtbio_heldout.py", (WMTBIO,), ("--paragraphs",)),
    SetBuild("wmt21-heldout", "journal", "wmt21_heldout.py", (WMT21,)),
    SetBuild("wmt21-para-heldout", "journal", "wmt21_heldout.py", (WMT21,), ("--paragraphs",)),
    SetBuild("nejm-heldout", "journal", "nejm_heldout.py", (NEJM,)),
    SetBuild("nejm2-heldout", "journal", "nejm_heldout.py", (NEJM,), ("--offset", "2", "--docs", "0")),
    SetBuild("nejm3-heldout", "journal", "nejm_heldout.py", (NEJM,), ("--offset", "1", "--docs", "0")),
    SetBuild("tico-heldout", "journal", "tico_heldout.py", (TICO,)),
    SetBuild("tico2-heldout", "journal", "tico2_heldout.py", (TICO,)),
    SetBuild("tico3-heldout", "journal", "tico3_heldout.py", (TICO,)),
    SetBuild("ecc-heldout", "journal", "ecc_heldout.py", (ECC,)),
    SetBuild("ecc2-heldout", "journal", "ecc_heldout.py", (ECC,), ("--offset", "4")),
    SetBuild("acs-heldout", "journal", "acs_heldout.py", (LLMSTUDY,)),
    SetBuild("vis-heldout", "journal", "vis_heldout.py", (LLMSTUDY,)),
    SetBuild("nhc-heldout", "journal", "nhc_heldout.py", ("combatogether/covid.websage.cn",)),
    SetBuild("chinaxiv-heldout", "journal", "chinaxiv_heldout.py", (CHINAXIV,)),
    SetBuild("chinaxiv2-heldout", "journal", "chinaxiv2_heldout.py", (CHINAXIV,)),
    SetBuild("chinaxiv3-heldout", "journal", "chinaxiv3_heldout.py", (CHINAXIV,)),
    SetBuild("chinaxiv4-heldout", "journal", "chinaxiv4_heldout.py", (CHINAXIV,)),
    SetBuild("chinaxiv5-heldout", "journal", "chinaxiv5_heldout.py", (CHINAXIV,)),
    SetBuild("chinaxiv6-heldout", "journal", "chinaxiv6_heldout.py", (CHINAXIV,)),
    SetBuild("chinaxiv7-heldout", "journal", "chinaxiv7_heldout.py", (CHINAXIV,)),
    SetBuild("chinaxiv8-heldout", "journal", "chinaxiv8_heldout.py", (CHINAXIV,)),
    SetBuild("chinaxiv9-heldout", "journal", "chinaxiv9_heldout.py", (CHINAXIV,)),
    SetBuild("chinaxiv10-heldout", "journal", "chinaxiv10_heldout.py", (CHINAXIV,)),
    SetBuild("chinaxiv11-heldout", "journal", "chinaxiv11_heldout.py", (CHINAXIV,)),
    SetBuild("chinaxiv12-heldout", "journal", "chinaxiv12_heldout.py", (CHINAXIV,)),
    SetBuild("chinaxiv13-heldout", "journal", "chinaxiv13_heldout.py", (CHINAXIV,)),
    SetBuild("chinaxiv14-heldout", "journal", "chinaxiv14_heldout.py", (CHINAXIV,)),
    SetBuild("chinaxiv15-heldout", "journal", "chinaxiv15_heldout.py", (CHINAXIV,)),
    SetBuild("chinaxiv16-heldout", "journal", "chinaxiv16_heldout.py", (CHINAXIV,)),
    SetBuild("fresh43-heldout", "journal", "fresh43_heldout.py", (NEJM, ECC)),
    SetBuild("fresh44-heldout", "journal", "fresh44_heldout.py", (ECC,)),
    SetBuild("nextstrain-heldout", "journal", "nextstrain_heldout.py", ("nextstrain/narratives",)),
    SetBuild("hit-heldout", "hit", "hit_heldout.py", ()),
    SetBuild("hit2-heldout", "hit", "hit_heldout.py", (), ("--sample", "hit2")),
    SetBuild("hit3-heldout", "hit", "hit_heldout.py", (), ("--sample", "hit3")),
    SetBuild("hit4-heldout", "hit", "hit_heldout.py", (), ("--sample", "hit4")),
    SetBuild("hit5-heldout", "hit", "hit_heldout.py", (), ("--sample", "hit5")),
    SetBuild("nejm-para-heldout", "extra", "nejm_heldout.py", (NEJM,), ("--paragraphs",)),
    SetBuild("nejm2-para-heldout", "extra", "nejm_heldout.py", (NEJM,),
             ("--offset", "2", "--docs", "0", "--paragraphs")),
    SetBuild("nejm3-para-heldout", "extra", "nejm_heldout.py", (NEJM,),
             ("--offset", "1", "--docs", "0", "--paragraphs")),
    SetBuild("antd-heldout", "docs", "antd_heldout.py", ("ant-design/ant-design",)),
    SetBuild("arco-heldout", "docs", "arco_heldout.py", ("arco-design/arco-design",)),
    SetBuild("echarts-heldout", "docs", "echarts_heldout.py", ("apache/echarts-doc",)),
    SetBuild("naive-heldout", "docs", "naive_heldout.py", ("tusen-ai/naive-ui",)),
    SetBuild("vant-heldout", "docs", "vant_heldout.py", ("youzan/vant",)),
    SetBuild("formily-heldout", "docs", "formily_heldout.py", ("alibaba/formily",)),
    SetBuild("umi-heldout", "docs", "umi_heldout.py", ("umijs/umi",)),
    SetBuild("varlet-heldout", "docs", "varlet_heldout.py", ("varletjs/varlet",)),
    SetBuild("ahooks-heldout", "docs", "ahooks_heldout.py", ("alibaba/hooks",)),
    SetBuild("pinia-heldout", "docs", "pinia_heldout.py", ("vuejs/pinia",)),
    SetBuild("vitepress-heldout", "docs", "vitepress_heldout.py", ("vuejs/vitepress",)),
    SetBuild("rsbuild-heldout", "docs", "rsbuild_heldout.py", ("web-infra-dev/rsbuild",)),
    SetBuild("rspack-heldout", "docs", "rspack_heldout.py", ("web-infra-dev/rspack",)),
    SetBuild("rslib-heldout", "docs", "rslib_heldout.py", ("web-infra-dev/rslib",)),
    SetBuild("dolphin-heldout", "docs", "dolphin_heldout.py", ("apache/dolphinscheduler",)),
    SetBuild("vuerouter-heldout", "docs", "vuerouter_heldout.py", ("vuejs/router",)),
    SetBuild("rocketmq-heldout", "docs", "rocketmq_heldout.py", ("apache/rocketmq-site",)),
    SetBuild("seatunnel-heldout", "docs", "seatunnel_heldout.py", ("apache/seatunnel",)),
    SetBuild("hugegraph-heldout", "docs", "hugegraph_heldout.py", ("apache/hugegraph-doc",)),
    SetBuild("paddle-heldout", "docs", "paddle_heldout.py", ("PaddlePaddle/docs",)),
    SetBuild("lmdeploy-heldout", "docs", "lmdeploy_heldout.py", ("InternLM/lmdeploy",)),
    SetBuild("eventmesh-heldout", "docs", "eventmesh_heldout.py", ("apache/eventmesh-site",)),
    SetBuild("iotdb-heldout", "docs", "iotdb_heldout.py", ("apache/iotdb-docs",)),
    SetBuild("galacean-heldout", "docs", "galacean_heldout.py", ("galacean/engine",)),
    SetBuild("colossalai-heldout", "docs", "colossalai_heldout.py", ("hpcaitech/ColossalAI",)),
    SetBuild("karmada-heldout", "docs", "karmada_heldout.py", ("karmada-io/website",)),
    SetBuild("otel-heldout", "docs", "otel_heldout.py", ("open-telemetry/opentelemetry.io",)),
    SetBuild("tauri-heldout", "docs", "tauri_heldout.py", ("tauri-apps/tauri-docs",)),
    SetBuild("lynx-heldout", "docs", "lynx_heldout.py", ("lynx-family/lynx-website",)),
    SetBuild("maixpy-heldout", "docs", "maixpy_heldout.py", ("sipeed/MaixPy",)),
    SetBuild("nushell-heldout", "docs", "nushell_heldout.py", ("nushell/nushell.github.io",)),
    SetBuild("kitex-heldout", "docs", "kitex_heldout.py", ("cloudwego/cloudwego.github.io",)),
    SetBuild("egg-heldout", "docs", "egg_heldout.py", ("eggjs/egg",)),
    SetBuild("arthas-heldout", "docs", "arthas_heldout.py", ("alibaba/arthas",)),
    SetBuild("rapidjson-heldout", "docs", "rapidjson_heldout.py", ("Tencent/rapidjson",)),
    SetBuild("brpc-heldout", "docs", "brpc_heldout.py", ("apache/brpc",)),
    SetBuild("kratos-heldout", "docs", "kratos_heldout.py", ("go-kratos/go-kratos.dev",)),
    SetBuild("elasticjob-heldout", "docs", "elasticjob_heldout.py", ("apache/shardingsphere-elasticjob",)),
    SetBuild("streampark-heldout", "docs", "streampark_heldout.py", ("apache/incubator-streampark-website",)),
    SetBuild("sofarpc-heldout", "docs", "sofarpc_heldout.py", ("sofastack/sofastack.tech",)),
    SetBuild("sofaboot-heldout", "docs", "sofaboot_heldout.py", ("sofastack/sofastack.tech",)),
    SetBuild("tidbop-heldout", "docs", "tidbop_heldout.py", ("pingcap/docs-tidb-operator",)),
    SetBuild("mddocs-heldout", "docs", "mddocs_heldout.py",
             ("huggingface/course", "open-mmlab/mmengine", "apache/apisix")),
    SetBuild("theses-heldout", "docs", "theses_heldout.py", THESES,
             ("--abstracts", "{out}/theses-heldout-abstracts"), mirror_arg=True, also=("theses-heldout-abstracts",)),
    SetBuild("theses2-heldout", "docs", "theses2_heldout.py", THESES2,
             ("--abstracts", "{out}/theses2-heldout-abstracts"), mirror_arg=True,
             also=("theses2-heldout-abstracts",)),
    SetBuild("theses3-heldout", "docs", "theses3_heldout.py", THESES3,
             ("--abstracts", "{out}/theses3-heldout-abstracts"), mirror_arg=True,
             also=("theses3-heldout-abstracts",)),
    SetBuild("theses4-heldout", "docs", "theses4_heldout.py", THESES4,
             ("--abstracts", "{out}/theses4-heldout-abstracts"), mirror_arg=True,
             also=("theses4-heldout-abstracts",)),
    SetBuild("theses5-heldout", "docs", "theses5_heldout.py", THESES5,
             ("--abstracts", "{out}/theses5-heldout-abstracts"), mirror_arg=True,
             also=("theses5-heldout-abstracts",)),
    SetBuild("theses6-heldout", "docs", "theses6_heldout.py", THESES6,
             ("--abstracts", "{out}/theses6-heldout-abstracts"), mirror_arg=True,
             also=("theses6-heldout-abstracts",)),
    SetBuild("theses7-heldout", "docs", "theses7_heldout.py", THESES7,
             ("--abstracts", "{out}/theses7-heldout-abstracts"), mirror_arg=True,
             also=("theses7-heldout-abstracts",)),
    SetBuild("theses8-heldout", "docs", "theses8_heldout.py", THESES8,
             ("--abstracts", "{out}/theses8-heldout-abstracts"), mirror_arg=True,
             also=("theses8-heldout-abstracts",)),
    SetBuild("theses9-heldout", "docs", "theses9_heldout.py", THESES9,
             ("--abstracts", "{out}/theses9-heldout-abstracts"), mirror_arg=True,
             also=("theses9-heldout-abstracts",)),
    SetBuild("theses10-heldout", "docs", "theses10_heldout.py", THESES10,
             ("--abstracts", "{out}/theses10-heldout-abstracts"), mirror_arg=True,
             also=("theses10-heldout-abstracts",)),
    SetBuild("theses11-heldout", "docs", "theses11_heldout.py", THESES11,
             ("--abstracts", "{out}/theses11-heldout-abstracts"), mirror_arg=True,
             also=("theses11-heldout-abstracts",)),
    SetBuild("theses12-heldout", "docs", "theses12_heldout.py", THESES12,
             ("--abstracts", "{out}/theses12-heldout-abstracts"), mirror_arg=True,
             also=("theses12-heldout-abstracts",)),
    SetBuild("theses13-heldout", "docs", "theses13_heldout.py", THESES13,
             ("--abstracts", "{out}/theses13-heldout-abstracts"), mirror_arg=True,
             also=("theses13-heldout-abstracts",)),
    SetBuild("realcat", "cat", "", ()),
    SetBuild("realcat2", "cat", "", ()),
    SetBuild("realcat3", "cat", "", ()),
    SetBuild("realcat4", "cat", "", ()),
    SetBuild("realcat5", "cat", "", ()),
)
"""Every set, in the order the builds run and the sets files list them (the journal list is stop 41's 28 sets less
paramed-dev and medline, which precision.py reads from ../shared)."""

REALCAT: tuple[tuple[str, str, str, str], ...] = (
    ("d365-configure-account-structures.zh-CN.xlf", "MicrosoftDocs/Dynamics-365-Operations.zh-cn", "b3bcc76",
     "articles/financials/general-ledger/configure-account-structures.md"),
    ("autowp-angular.zh-CN.xlf", "autowp/autowp-frontend", "c6eb5227", "src/locale/messages.zh-CN.xlf"),
    ("loop-xcode.zh-Hans.xliff", "LoopKit/LoopTranslations", "a87e0be5",
     "zh-Hans.xcloc/Localized Contents/zh-Hans.xliff"),
    ("apostrophe.zh_CN.po", "ApostropheEditor/Apostrophe", "cc30858c", "po/zh_CN.po"),
    ("gnome-calculator-ui.zh_CN.po", "GNOME/gnome-calculator", "7e70af9a", "po/zh_CN.po"),
    ("gnome-calculator-help.zh_CN.po", "GNOME/gnome-calculator", "7e70af9a", "help/zh_CN/zh_CN.po"),
    ("gnome-terminal-help.zh_CN.po", "GNOME/gnome-terminal", "707ccd1e", "help/zh_CN/zh_CN.po"),
    ("aegisub.zh_CN.po", "Aegisub/Aegisub", "6f546951", "po/zh_CN.po"),
    ("omegat-docs.zh-CN.tmx", "Lilium27/omegat-l10n-zh-cn", "2d9f5fe4", "omegat/project_save.tmx"),
    ("programming-in-d.zh.tmx", "DlangRen/Programming-in-D-OmegaT", "e2c32ed3", "omegat/project_save.tmx"),
)
"""benchmarks/README.md "Real CAT files": (file written, repository, commit, path in it)."""

REALCAT2: tuple[tuple[str, str, str, str], ...] = (
    ("fpm-docs.zh_CN.po", "fortran-lang/fpm-docs", "85869e35", "locale/zh_CN/LC_MESSAGES/index.po"),
    ("baobab-help.zh_CN.po", "GNOME/baobab", "a9d72f95", "help/zh_CN/zh_CN.po"),
    ("veyon-user.zh_CN.po", "veyon/docs", "7b11d0db", "locale/zh_CN/LC_MESSAGES/user.po"),
    ("gms-articles.zh-CN.tmx", "GamemakerChina/GMS_articles_translation", "d38df9af", "omegat/project_save.tmx"),
    ("wise-angular.zh-Hans.xlf", "WISE-Community/WISE-Client", "646840f6", "src/locale/messages.zh-Hans.xlf"),
)
"""benchmarks/README.md "Real CAT files, second reading (realcat2)": the same columns as REALCAT."""

REALCAT3: tuple[tuple[str, str, str, str], ...] = (
    ("python-tutorial-introduction.zh_CN.po", "python/python-docs-zh-cn", "693cf6be", "tutorial/introduction.po"),
    ("python-howto-sorting.zh_CN.po", "python/python-docs-zh-cn", "693cf6be", "howto/sorting.po"),
    ("thunar.zh_CN.po", "xfce-mirror/thunar", "b1d2264c", "po/zh_CN.po"),
    ("sonata-admin.zh_CN.xliff", "sonata-project/SonataAdminBundle", "fb06e464",
     "src/Resources/translations/SonataAdminBundle.zh_CN.xliff"),
    ("mastoot-xcode.zh-Hans.xliff", "tyeen/mastoot-localizations", "9b75f513",
     "zh-Hans.xcloc/Localized Contents/zh-Hans.xliff"),
    ("lightweight-dita.zh-CN.tmx", "Lilium27/Creating-Intelligent-Content-with-Lightweight-DITA-Translation-Project",
     "5d8cd89b", "omegat/project_save.tmx"),
)
"""benchmarks/README.md "Real CAT files, third reading (realcat3)": the same columns as REALCAT."""

REALCAT4: tuple[tuple[str, str, str, str], ...] = (
    ("django-intro.zh_CN.po", "FashtimeDotCom/Django-Docs-Chinese", "93350023",
     "locale/zh_CN/LC_MESSAGES/intro.po"),
    ("django-index.zh_CN.po", "FashtimeDotCom/Django-Docs-Chinese", "93350023",
     "locale/zh_CN/LC_MESSAGES/index.po"),
    ("cppcheck-gui.zh_CN.ts", "danmar/cppcheck", "72547b3a", "gui/cppcheck_zh_CN.ts"),
    ("resp-app.zh_CN.ts", "RedisInsight/RedisDesktopManager", "15f6d855",
     "src/resources/translations/rdm_zh_CN.ts"),
    ("firefox-ios.zh-CN.xliff", "boek/firefoxios-l10n", "652f9ecd", "zh-CN/firefox-ios.xliff"),
)
"""benchmarks/README.md "Real CAT files, fourth reading (realcat4)": the same columns as REALCAT."""

REALCAT5: tuple[tuple[str, str, str, str], ...] = (
    ("transmission.zh_CN.po", "transmission/transmission", "85fc9d91", "po/zh_CN.po"),
    ("antennapod-android/zh-rCN.strings.xml", "AntennaPod/AntennaPod", "b7ee12cc",
     "ui/i18n/src/main/res/values-zh-rCN/strings.xml"),
    ("antennapod-android/en.strings.xml", "AntennaPod/AntennaPod", "b7ee12cc",
     "ui/i18n/src/main/res/values/strings.xml"),
    ("jabref-properties/zh_CN.properties", "JabRef/jabref", "edbf3b13",
     "jablib/src/main/resources/l10n/JabRef_zh_CN.properties"),
    ("jabref-properties/en.properties", "JabRef/jabref", "edbf3b13",
     "jablib/src/main/resources/l10n/JabRef_en.properties"),
    ("excalidraw-json/zh-CN.json", "excalidraw/excalidraw", "4872083c", "packages/excalidraw/locales/zh-CN.json"),
    ("excalidraw-json/en.json", "excalidraw/excalidraw", "4872083c", "packages/excalidraw/locales/en.json"),
    ("diaspora-yaml/zh-CN.yml", "diaspora/diaspora", "ea6c79a9", "config/locales/diaspora/zh-CN.yml"),
    ("diaspora-yaml/en.yml", "diaspora/diaspora", "ea6c79a9", "config/locales/diaspora/en.yml"),
    ("sharex-resx/zh-CN.resx", "ShareX/ShareX", "e9711f20", "ShareX.HelpersLib/Properties/Resources.zh-CN.resx"),
    ("sharex-resx/en.resx", "ShareX/ShareX", "e9711f20", "ShareX.HelpersLib/Properties/Resources.resx"),
    ("flask-security.zh_CN.po", "flaskcwg/flask-docs-zh", "e8652517", "docs/locales/zh_CN/LC_MESSAGES/security.po"),
    ("flask-tutorial-tests.zh_CN.po", "flaskcwg/flask-docs-zh", "e8652517",
     "docs/locales/zh_CN/LC_MESSAGES/tutorial/tests.po"),
)
"""benchmarks/README.md "Real CAT files, fifth reading (realcat5)": the same columns as REALCAT; a name with a folder is
one of a program's two message files, which precision_cat.py checks as a pair (`zhen-qa check ZH --en EN`)."""

CAT_FILES: dict[str, tuple[tuple[str, str, str, str], ...]] = {
    "realcat": REALCAT, "realcat2": REALCAT2, "realcat3": REALCAT3, "realcat4": REALCAT4, "realcat5": REALCAT5}
"""The CAT sets (group "cat") and the files each is written from."""

DOCS_RUNNER = """#!/bin/bash
# Written by benchmarks/rebuild_sets.py: the documentation, thesis and CAT sets with their labels and targets, one
# summary line a set. Usage, from a checkout's root: bash {meta}/docs.sh [SET ...]   (default: every set below)
# Full outputs go to $LOG (default {meta}/docs-out/<HEAD's short hash>); SHARED defaults to ../shared (refused when
# it has no data/real). The header says +dirty when the checkout has uncommitted changes to tracked files.
SHARED=${{SHARED:-../shared}}
SETS=${{*:-{sets}}}
LOG=${{LOG:-{meta}/docs-out/$(git rev-parse --short HEAD 2>/dev/null || echo nogit)}}
if [ ! -d "$SHARED/data/real" ]; then
  echo "docs.sh: $SHARED/data/real not found (set SHARED to the shared data folder)" >&2; exit 2
fi
mkdir -p "$LOG"
DIRTY=$(git status --porcelain --untracked-files=no 2>/dev/null | head -c1)
DIRTY=${{DIRTY:++dirty (uncommitted changes: not that commit)}}
echo "# $(pwd) at $(git rev-parse --short HEAD 2>/dev/null)$DIRTY; outputs in $LOG"
for s in $SETS; do
  out="$LOG/$s.txt"
  case $s in
    mddocs) python benchmarks/precision_mddocs.py "$SHARED/data/real/mddocs" --labels benchmarks/labels/mddocs.tsv \\
              >"$out" 2>&1 ;;
    theses) python benchmarks/theses.py "$SHARED/data/real/theses" --labels benchmarks/labels/theses.tsv >"$out" 2>&1 ;;
    theses13-heldout|theses12-heldout|theses11-heldout|theses10-heldout|\\
    theses9-heldout|theses8-heldout|\\
    theses-heldout|theses2-heldout|theses3-heldout|theses4-heldout|theses5-heldout|theses6-heldout|theses7-heldout)
      python benchmarks/theses.py {root}/$s --labels benchmarks/labels/$s.tsv >"$out" 2>&1 ;;
    mddocs-g) python benchmarks/precision_mddocs.py "$SHARED/data/real/mddocs" --labels benchmarks/labels/mddocs.tsv \\
              --glossary benchmarks/glossaries/mddocs.csv >"$out" 2>&1 ;;
    theses-g) python benchmarks/theses.py "$SHARED/data/real/theses" --labels benchmarks/labels/theses.tsv \\
              --glossary benchmarks/glossaries/theses.csv >"$out" 2>&1 ;;
    theses13-heldout-g|theses12-heldout-g|theses11-heldout-g|theses10-heldout-g|\\
    theses9-heldout-g|theses8-heldout-g|theses-heldout-g|theses7-heldout-g) base=${{s%-g}}
      python benchmarks/theses.py {root}/$base --labels benchmarks/labels/$base.tsv \\
        --glossary benchmarks/glossaries/$base.csv >"$out" 2>&1 ;;
    *-g) base=${{s%-g}}; name=${{base%-heldout}}-heldout
       python benchmarks/precision_mddocs.py "{root}/$name" --labels "benchmarks/labels/$name.tsv" \\
         --targets "benchmarks/labels/$name.targets.tsv" --glossary "benchmarks/glossaries/$base.csv" >"$out" 2>&1 ;;
    realcat|realcat2|realcat3|realcat4|realcat5)
      python benchmarks/precision_cat.py {root}/$s --labels benchmarks/labels/$s.tsv >"$out" 2>&1 ;;
    *) name=${{s%-heldout}}-heldout
       targets=benchmarks/labels/$name.targets.tsv
       [ -f "$targets" ] || {{ echo "$s: no $targets (precision_mddocs.py would write it)"; continue; }}
       python benchmarks/precision_mddocs.py "{root}/$name" --labels "benchmarks/labels/$name.tsv" \\
         --targets "$targets" >"$out" 2>&1 ;;
  esac
  case $s in
    theses13-heldout|theses13-heldout-g|\\
    theses12-heldout|theses12-heldout-g|theses11-heldout|theses11-heldout-g|theses10-heldout|theses10-heldout-g|\\
    theses9-heldout|theses9-heldout-g|theses8-heldout|theses8-heldout-g|\\
    theses|theses-g|theses-heldout|theses-heldout-g|theses2-heldout|theses3-heldout|theses4-heldout|theses5-heldout|\\
    theses6-heldout|theses7-heldout|theses7-heldout-g)
      summary=$(grep -E '^   all:' "$out") ;;
    realcat|realcat2|realcat3|realcat4|realcat5) summary=$(grep -E '^total:' "$out") ;;
    *) summary=$(grep -E '^(true|precision|recall)' "$out" | tr '\\n' ' ') ;;
  esac
  echo "$s: ${{summary:-FAILED, see $out}}"
done
"""


def git_dir(mirror: Path, repo: str) -> Path | None:
    """The fetch tool's git dir of OWNER/NAME under MIRROR_ROOT (bare `repo` or `repo/.git`), None if absent."""
    base = mirror / repo.replace("/", "+", 1) / "repo"
    for candidate in (base, base / ".git"):
        if (candidate / "HEAD").is_file() and (candidate / "objects").is_dir():
            return candidate
    return None


def missing_sources(builds: Iterable[SetBuild], present: Iterable[str]) -> list[str]:
    """The `github:OWNER/NAME` sources the builds need that are not present, each once, in the builds' order."""
    have, out = set(present), []
    for b in builds:
        needed = [r for _, r, _, _ in CAT_FILES[b.name]] if b.group == "cat" else list(b.sources)
        for repo in needed:
            if repo not in have and f"github:{repo}" not in out:
                out.append(f"github:{repo}")
    return out


def sets_lines(builds: Iterable[SetBuild], ready: Iterable[str], root: Path, groups: Iterable[str]) -> list[str]:
    """`NAME=FOLDER` for every ready set of `groups`, in the builds' order (precision.py's corpus arguments)."""
    ok, wanted = set(ready), set(groups)
    return [f"{b.name}={root / b.name}" for b in builds if b.group in wanted and b.name in ok]


DOCS_ORDER: tuple[tuple[str, str | None], ...] = (
    ("antd", "antd-heldout"), ("arco", "arco-heldout"), ("echarts", "echarts-heldout"), ("naive", "naive-heldout"),
    ("vant", "vant-heldout"), ("formily", "formily-heldout"), ("umi", "umi-heldout"), ("varlet", "varlet-heldout"),
    ("ahooks", "ahooks-heldout"), ("pinia", "pinia-heldout"),
    ("vitepress", "vitepress-heldout"), ("rsbuild", "rsbuild-heldout"),
    ("rspack", "rspack-heldout"), ("rslib", "rslib-heldout"), ("dolphin", "dolphin-heldout"),
    ("vuerouter", "vuerouter-heldout"), ("rocketmq", "rocketmq-heldout"), ("seatunnel", "seatunnel-heldout"),
    ("hugegraph", "hugegraph-heldout"), ("paddle", "paddle-heldout"),
    ("lmdeploy", "lmdeploy-heldout"), ("eventmesh", "eventmesh-heldout"),
    ("iotdb", "iotdb-heldout"), ("galacean", "galacean-heldout"),
    ("colossalai", "colossalai-heldout"), ("karmada", "karmada-heldout"), ("otel", "otel-heldout"),
    ("tauri", "tauri-heldout"), ("lynx", "lynx-heldout"), ("maixpy", "maixpy-heldout"), ("nushell", "nushell-heldout"),
    ("kitex", "kitex-heldout"), ("egg", "egg-heldout"),
    ("arthas", "arthas-heldout"), ("rapidjson", "rapidjson-heldout"), ("brpc", "brpc-heldout"),
    ("kratos", "kratos-heldout"), ("elasticjob", "elasticjob-heldout"), ("streampark", "streampark-heldout"),
    ("sofarpc", "sofarpc-heldout"), ("sofaboot", "sofaboot-heldout"),
    ("tidbop", "tidbop-heldout"), ("mddocs", None),
    ("mddocs-heldout", "mddocs-heldout"),
    ("theses", None),
    ("theses-heldout", "theses-heldout"),
    ("theses2-heldout", "theses2-heldout"), ("theses3-heldout", "theses3-heldout"),
    ("theses4-heldout", "theses4-heldout"), ("theses5-heldout", "theses5-heldout"),
    ("theses6-heldout", "theses6-heldout"), ("theses7-heldout", "theses7-heldout"),
    ("theses8-heldout", "theses8-heldout"), ("theses9-heldout", "theses9-heldout"),
    ("theses10-heldout", "theses10-heldout"), ("theses11-heldout", "theses11-heldout"),
    ("theses12-heldout", "theses12-heldout"), ("theses13-heldout", "theses13-heldout"),
    ("realcat", "realcat"), ("realcat2", "realcat2"), ("realcat3", "realcat3"),
    ("realcat4", "realcat4"), ("realcat5", "realcat5"))
"""docs.sh's set names and the set each needs built (None: a development set of ../shared)."""


def docs_sets(ready: Iterable[str]) -> list[str]:
    """docs.sh's default set names: the development sets and every documentation, thesis or CAT set ready."""
    ok = set(ready)
    return [name for name, needs in DOCS_ORDER if needs is None or needs in ok]


GLOSSARY_RUNS: tuple[tuple[str, str | None], ...] = (
    ("mddocs-g", None), ("mddocs-heldout-g", "mddocs-heldout"), ("antd-g", "antd-heldout"),
    ("vant-g", "vant-heldout"), ("rsbuild-g", "rsbuild-heldout"), ("rslib-g", "rslib-heldout"),
    ("dolphin-g", "dolphin-heldout"), ("vuerouter-g", "vuerouter-heldout"), ("rocketmq-g", "rocketmq-heldout"),
    ("seatunnel-g", "seatunnel-heldout"), ("hugegraph-g", "hugegraph-heldout"),
    ("paddle-g", "paddle-heldout"), ("lmdeploy-g", "lmdeploy-heldout"), ("eventmesh-g", "eventmesh-heldout"),
    ("iotdb-g", "iotdb-heldout"), ("galacean-g", "galacean-heldout"),
    ("colossalai-g", "colossalai-heldout"), ("karmada-g", "karmada-heldout"),
    ("otel-g", "otel-heldout"), ("tauri-g", "tauri-heldout"), ("lynx-g", "lynx-heldout"),
    ("maixpy-g", "maixpy-heldout"), ("nushell-g", "nushell-heldout"), ("kitex-g", "kitex-heldout"),
    ("egg-g", "egg-heldout"), ("arthas-g", "arthas-heldout"),
    ("rapidjson-g", "rapidjson-heldout"), ("brpc-g", "brpc-heldout"),
    ("kratos-g", "kratos-heldout"), ("elasticjob-g", "elasticjob-heldout"), ("streampark-g", "streampark-heldout"),
    ("sofarpc-g", "sofarpc-heldout"), ("sofaboot-g", "sofaboot-heldout"),
    ("tidbop-g", "tidbop-heldout"), ("theses-g", None),
    ("theses-heldout-g", "theses-heldout"), ("theses7-heldout-g", "theses7-heldout"),
    ("theses8-heldout-g", "theses8-heldout"), ("theses9-heldout-g", "theses9-heldout"),
    ("theses10-heldout-g", "theses10-heldout"), ("theses11-heldout-g", "theses11-heldout"),
    ("theses12-heldout-g", "theses12-heldout"), ("theses13-heldout-g", "theses13-heldout"))
"""docs.sh's runs with a glossary (stop 48's benchmarks/glossaries/SET.csv): run name and the set it needs built."""


def glossary_runs(ready: Iterable[str]) -> list[str]:
    """docs.sh's default runs with a glossary, after the sets without one: those whose set is ready."""
    ok = set(ready)
    return [name for name, needs in GLOSSARY_RUNS if needs is None or needs in ok]


def lines_text(lines: Iterable[str]) -> str:
    """One line each, every line ending in LF (empty text for no lines)."""
    return "".join(line + "\n" for line in lines)


def write_atomic(path: Path, text: str) -> None:
    """Write `text` to `path` through a temporary file, so a reader never sees half of it."""
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(path)


def hit_leaflets(sample: str) -> tuple[str, ...]:
    """The leaflet ids a Health Information Translations sample reads from its raw folder (`ID.txt` each)."""
    sys.path.insert(0, str(HERE))
    import hit_heldout  # noqa: PLC0415  (a sibling script, imported only when a hit sample is built)

    return tuple(hit_heldout.SAMPLES[sample])


def command(b: SetBuild, mirror: Path, root: Path, raw: Mapping[str, Path]) -> list[str] | None:
    """The builder's command line, or None when a source or raw folder is missing."""
    options = [o.format(out=root) for o in b.options]
    script = str(HERE / b.script)
    if b.group == "hit":
        sample = b.name.removesuffix("-heldout")
        folder = raw.get(sample)
        if folder is None or any(not (folder / f"{name}.txt").is_file() for name in hit_leaflets(sample)):
            return None
        return [sys.executable, script, *options, str(folder), str(root / b.name)]
    dirs = [git_dir(mirror, r) for r in b.sources]
    if any(d is None for d in dirs):
        return None
    inputs = [str(mirror)] if b.mirror_arg else [str(d) for d in dirs]
    return [sys.executable, script, *inputs, str(root / b.name), *options]


def write_realcat(mirror: Path, out: Path, files: tuple[tuple[str, str, str, str], ...] = REALCAT) -> list[str]:
    """Write the CAT files (REALCAT unless told) byte for byte; the repositories missing (nothing is written unless
    all are present)."""
    dirs = {r: git_dir(mirror, r) for _, r, _, _ in files}
    absent = [r for r, d in dirs.items() if d is None]
    if absent:
        return absent
    out.mkdir(parents=True, exist_ok=True)
    for name, repo, commit, path in files:
        blob = subprocess.run(["git", f"--git-dir={dirs[repo]}", "show", f"{commit}:{path}"],
                              check=True, capture_output=True).stdout
        (out / name).parent.mkdir(parents=True, exist_ok=True)  # a message pair's folder
        (out / name).write_bytes(blob)
    return []


def write_cat_set(name: str, files: tuple[tuple[str, str, str, str], ...], argv: list[str] | None = None) -> int:
    """The command of realcat3_heldout.py, realcat4_heldout.py and realcat5_heldout.py: MIRROR OUT from argv, the
    files written with `write_realcat`; the exit status (1 when a repository is missing: they are printed and nothing
    is written)."""
    ap = argparse.ArgumentParser(description=f"Write {name} byte for byte from the fetch tool's git dirs.")
    ap.add_argument("mirror", type=Path, help="the fetch tool's folder (/work/.mirror)")
    ap.add_argument("out", type=Path, help=f"the folder the files are written to (/tmp/{name})")
    args = ap.parse_args(argv)
    missing = write_realcat(args.mirror, args.out, files)
    for repo in missing:
        print(f"{name}_heldout.py: missing github:{repo}", file=sys.stderr)
    if not missing:
        print(f"{name}: {len(files)} files written to {args.out}")
    return 1 if missing else 0


def fail(message: str) -> NoReturn:
    """Bad input: one line on stderr, exit 2."""
    print(f"rebuild_sets.py: {message}", file=sys.stderr)
    sys.exit(2)


def main() -> None:
    """Command-line entry."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("mirror", type=Path, help="the fetch tool's folder (/work/.mirror)")
    ap.add_argument("out", type=Path, help="where the sets are written (/tmp)")
    ap.add_argument("--meta", type=Path, help="where sets, sets-extra, docs.sh and missing go (OUT/zhen-qa-sets)")
    ap.add_argument("--hit-raw", action="append", default=[], metavar="SAMPLE=DIR",
                    help="a Health Information Translations raw folder (hit, hit2, ..., hit5; see hit_heldout.py)")
    ap.add_argument("--only", nargs="+", metavar="NAME", help="build only these sets (rebuilt even if present)")
    ap.add_argument("--force", action="store_true", help="remove and rebuild sets already present")
    ap.add_argument("--dry-run", action="store_true", help="print what would run, build nothing")
    args = ap.parse_args()
    if not args.mirror.is_dir():
        fail(f"no mirror folder {args.mirror}")
    raw: dict[str, Path] = {}
    for item in args.hit_raw:
        sample, sep, folder = item.partition("=")
        samples = [b.name.removesuffix("-heldout") for b in BUILDS if b.group == "hit"]
        if not sep or sample not in samples or not Path(folder).is_dir():
            fail(f"--hit-raw wants SAMPLE=DIR, SAMPLE one of {', '.join(samples)}, DIR a folder; got {item!r}")
        raw[sample] = Path(folder)
    names = {b.name for b in BUILDS}
    unknown = sorted(set(args.only or ()) - names)
    if unknown:
        fail(f"unknown set(s) {', '.join(unknown)}; known: {', '.join(sorted(names))}")
    root, meta = args.out.resolve(), (args.meta or args.out / "zhen-qa-sets").resolve()
    ready, failed, missing_raw = [], [], []
    for b in BUILDS:
        folder = root / b.name
        if args.only is not None and b.name not in args.only:
            if folder.is_dir():
                ready.append(b.name)
            continue
        if args.only is None and folder.is_dir() and not args.force:
            print(f"== {b.name}: {folder} kept (--force rebuilds it)")
            ready.append(b.name)
            continue
        built = build(b, args.mirror, root, raw, args.dry_run)
        if built is None:
            if b.group == "hit":
                missing_raw.append(b.name)
        elif built:
            ready.append(b.name)
        elif not args.dry_run:
            failed.append(b.name)
    cat_repos = (r for files in CAT_FILES.values() for _, r, _, _ in files)
    present = [r for r in {*(r for b in BUILDS for r in b.sources), *cat_repos} if git_dir(args.mirror, r) is not None]
    missing = missing_sources(BUILDS, present)
    raw_lines = [f"raw folder for {n} (--hit-raw {n.removesuffix('-heldout')}=DIR; see hit_heldout.py's docstring)"
                 for n in missing_raw]
    if not args.dry_run:
        meta.mkdir(parents=True, exist_ok=True)
        write_atomic(meta / "sets", lines_text(sets_lines(BUILDS, ready, root, ("journal", "hit"))))
        write_atomic(meta / "sets-extra", lines_text(sets_lines(BUILDS, ready, root, ("extra",))))
        runs = " ".join(docs_sets(ready) + glossary_runs(ready))
        write_atomic(meta / "docs.sh", DOCS_RUNNER.format(meta=meta, root=root, sets=runs))
        write_atomic(meta / "missing", lines_text([*missing, *raw_lines]))
        print(f"ready: {len(ready)} sets; written: {meta}/sets, sets-extra, docs.sh, missing")
    if failed:
        print(f"failed: {', '.join(failed)}")
    print("missing fetch sources:" + ("".join(f"\n  {m}" for m in missing) or " none"))
    for line in raw_lines:
        print(f"missing: {line}")
    sys.exit(1 if failed else 0)


def build(b: SetBuild, mirror: Path, root: Path, raw: Mapping[str, Path], dry_run: bool) -> bool | None:
    """Build one set into ROOT/NAME (its old folders removed first): True if built, False if its builder failed,
    None if a source or raw folder is missing (nothing run)."""
    folder = root / b.name
    cmd = None if b.group == "cat" else command(b, mirror, root, raw)
    if b.group == "cat":
        if any(git_dir(mirror, r) is None for _, r, _, _ in CAT_FILES[b.name]):
            return None
    elif cmd is None:
        return None
    print(f"== {b.name}: " + (" ".join(cmd) if cmd else f"git show of {len(CAT_FILES[b.name])} CAT files"), flush=True)
    if dry_run:
        return False
    for target in (folder, *(root / a for a in b.also)):
        if target.is_dir():
            shutil.rmtree(target)
    if cmd is None:
        write_realcat(mirror, folder, CAT_FILES[b.name])
        return True
    return subprocess.run(cmd).returncode == 0


if __name__ == "__main__":
    main()
