from __future__ import annotations

import numpy as np

from tests.aligner.beads import unpaired
from zhen_qa.aligner.build import build_from_texts
from zhen_qa.aligner.en_orphans import Z_FAR, han_ratio, kept_run, split_en_orphans, too_long
from zhen_qa.aligner.orphan_evidence import Evidence
from zhen_qa.aligner.refine import Similarity


def chars(*n: float) -> np.ndarray:
    return np.array(n, dtype=np.float64)


# four 1-1 beads whose English runs 2.7 characters per Chinese character (log ratio 1.0)
ONES = [(k, k, k + 1, k + 1) for k in range(4)]
ZH = [40.0, 30.0, 50.0, 20.0]
EN = [113.0, 86.0, 140.0, 59.0]


def evidence(zh_extra: tuple[float, ...], en_extra: tuple[float, ...], zh_texts: list[str] | None = None) -> Evidence:
    zh = chars(*ZH, *zh_extra)
    texts = zh_texts if zh_texts is not None else ["汉" * int(n) for n in zh]
    return Evidence(zh, chars(*EN, *en_extra), zh_texts=texts, en_texts=["e" * int(n) for n in chars(*EN, *en_extra)])


def similarity_of(table: dict[tuple[int, int, int, int], float], default: float = 0.3) -> Similarity:
    """Bead similarity looked up by (i0, j0, i1, j1)."""
    def sim(a: int, b: int, I: np.ndarray, J: np.ndarray) -> np.ndarray:
        return np.array([table.get((i - a, j - b, i, j), default) for i, j in zip(I.tolist(), J.tolist())])
    return sim


def test_english_paragraph_more_than_the_chinese_is_split_off_when_it_dilutes_the_bead() -> None:
    # zh 4 (40 chars) with en 4 (110 chars, its translation) and en 5, 6 (a paragraph of 250 with no Chinese)
    ev = evidence((40,), (110, 120, 130))
    path = ONES + [(4, 4, 5, 7)]
    sim = similarity_of({(4, 4, 5, 5): 0.6, (4, 4, 5, 7): 0.3})
    assert kept_run(path[-1], ev, 1.0, sim) == (4, 5)
    assert split_en_orphans(path, ev, sim) == ONES + [(4, 4, 5, 5), (5, 5, 5, 6), (5, 6, 5, 7)]


def test_the_run_kept_is_the_one_most_similar_to_the_chinese() -> None:
    ev = evidence((40,), (120, 110))  # either English sentence fits the Chinese alone
    sim = similarity_of({(4, 5, 5, 6): 0.7, (4, 4, 5, 5): 0.2, (4, 4, 5, 6): 0.4})
    assert kept_run((4, 4, 5, 6), ev, 1.0, sim) == (5, 6)


def test_english_that_renders_the_chinese_as_two_sentences_is_kept() -> None:
    # two English sentences of a normal length for the Chinese: not too long, nothing to split
    ev = evidence((80,), (110, 110))
    assert kept_run((4, 4, 5, 6), ev, 1.0, similarity_of({})) is None
    # too long, but the split loses similarity and the English is not twice too long: kept
    ev = evidence((40,), (110, 70))
    sim = similarity_of({(4, 4, 5, 5): 0.4, (4, 4, 5, 6): 0.6})
    assert kept_run((4, 4, 5, 6), ev, 1.0, sim) is None


def test_english_more_than_twice_too_long_is_split_unless_the_run_kept_is_a_weak_pair() -> None:
    ev = evidence((40,), (110, 300))
    sim = similarity_of({(4, 4, 5, 5): 0.3, (4, 4, 5, 6): 0.4})  # the orphan shares the page's words
    assert kept_run((4, 4, 5, 6), ev, 1.0, sim) == (4, 5)
    assert kept_run((4, 4, 5, 6), ev, 1.0, sim, weak=lambda: 0.35) is None


def test_a_chinese_side_without_han_characters_is_expected_as_long_as_its_english() -> None:
    # "~750x600" in both files, with an English paragraph joined to it
    texts = ["汉" * int(n) for n in ZH] + ["~750x600"]
    ev = evidence((8,), (120, 8), zh_texts=texts)
    sim = similarity_of({(4, 5, 5, 6): 0.21, (4, 4, 5, 6): 0.2})
    assert kept_run((4, 4, 5, 6), ev, han_ratio(ONES, ev), sim) == (5, 6)


def test_the_ratio_leaves_out_lines_without_han_characters() -> None:
    # code lines the same in both files (ratio 0) are most of the 1-1 beads: the prose ratio is still 1.0
    texts = ["汉" * int(n) for n in ZH] + ["x = 1"] * 5
    ev = Evidence(chars(*ZH, *[5.0] * 5), chars(*EN, *[5.0] * 5), zh_texts=texts, en_texts=[""] * 9)
    path = ONES + [(k, k, k + 1, k + 1) for k in range(4, 9)]
    assert abs(han_ratio(path, ev) - 1.0) < 0.03


def test_too_long_reads_the_length_of_a_whole_bead() -> None:
    ev = evidence((40,), (110, 250))
    assert too_long(ev, 1.0, (4, 4, 5, 6))
    assert not too_long(ev, 1.0, (4, 4, 5, 5))
    assert not too_long(ev, 1.0, (4, 4, 4, 6))  # no Chinese: nothing to be too long for


def test_too_long_takes_a_looser_limit_when_given_one() -> None:
    ev = evidence((40,), (110, 90))  # z about 2.0: too long by Z_SHORT, not by Z_FAR
    assert too_long(ev, 1.0, (4, 4, 5, 6))
    assert not too_long(ev, 1.0, (4, 4, 5, 6), Z_FAR)
    assert too_long(evidence((40,), (110, 250)), 1.0, (4, 4, 5, 6), Z_FAR)  # z about 4: more than twice too long


ZH_PAGE = """# 按需引入

## 自动引入

可以使用 `unplugin-auto-import` 插件来自动导入 API。

```js
import AutoImport from 'unplugin-auto-import/vite'
```

## 手动引入

你可以直接导入你需要的组件，未使用的组件不会被打包。
"""
EN_PAGE = """# Import on Demand

## Auto Import

You can use the `unplugin-auto-import` plugin to automatically import APIs.

If you develop using SFC, you can use the `unplugin-vue-components` plugin to automatically import components on \
demand. The plugin will automatically parse the components used in the template and import the components.

```js
import AutoImport from 'unplugin-auto-import/vite'
```

## Manual Import

You can import the components you need directly, and the unused components will not be bundled.
"""


def test_an_english_paragraph_whose_chinese_was_deleted_is_left_unpaired_in_a_markdown_page() -> None:
    m = build_from_texts(ZH_PAGE, EN_PAGE, "zh.md", "en.md", presplit=False)
    assert [s.text.text[:20] for s in unpaired(m, "en")] == ["If you develop using", "The plugin will auto"]
    assert unpaired(m, "zh") == []


def test_latin_names_in_the_chinese_do_not_make_its_english_look_too_short() -> None:
    """A Chinese sentence that keeps a name in Latin letters (参考 Hot reload 指南了解更多。) merged with the English
    paragraph before its own English: counted as Chinese characters the letters made the sentence's own English
    look far too short for it, no run fitted and the orphan paragraph stayed in the bead."""
    from zhen_qa.aligner.scorers.length import char_lengths

    zh = ["参考 Hot reload 指南了解更多。"]
    en = ["Vite offers hot reload, a feature common in the frontend world that swaps changed modules in the "
          "running page without a full refresh of the browser.", "See Hot reload guide for more details."]
    ev = Evidence(char_lengths(zh), char_lengths(en), zh_texts=zh, en_texts=en)
    path = [(0, 0, 1, 2)]  # no 1-1 bead: the fitted ratio MU
    assert split_en_orphans(path, ev) == [(0, 0, 0, 1), (0, 1, 1, 2)]
    from zhen_qa.aligner.en_orphans import latin_kept_lengths

    assert latin_kept_lengths(ev).zh_chars[0] < ev.zh_chars[0] - 5  # 9 letters at exp(-MU) of a character
    # Chinese without Latin letters is measured as before
    plain = Evidence(chars(12.0), chars(30.0), zh_texts=["参考热重载指南了解更多。"], en_texts=["e" * 30])
    assert latin_kept_lengths(plain).zh_chars.tolist() == [12.0]


def test_an_english_run_written_in_chinese_is_expected_as_long_as_the_chinese_it_copies() -> None:
    """An image's alt text left in Chinese in the English page (![异步发送](…)) beside the paragraph whose Chinese was
    deleted: the Chinese alt (同步发送) took both. Measured at the page's English/Chinese ratio, the English alt
    alone looked far too short for the Chinese, no run fitted and the paragraph stayed in the bead."""
    zh = ["同步发送"]
    en = ["异步发送", "Asynchronous sending is a sending method in which the sender sends messages continuously "
          "without waiting for the server to return a response."]
    ev = Evidence(chars(4.0), chars(4.0, 120.0), zh_texts=zh, en_texts=en)
    sim = similarity_of({(0, 0, 1, 1): 0.13, (0, 0, 1, 2): 0.12})
    assert kept_run((0, 0, 1, 2), ev, 1.0, sim) == (0, 1)
    # the same run written in English is measured at the page's ratio as before: too short, nothing fits
    latin = Evidence(chars(4.0), chars(4.0, 120.0), zh_texts=zh, en_texts=["Sync", en[1]])
    assert kept_run((0, 0, 1, 2), latin, 1.0, sim) is None


ZH_ALT = """# 发送方式

### 同步发送

![同步发送](../picture/sync.png)

同步发送是指发送方发出一条消息后，会等待服务端返回响应之后再发送下一条消息的通讯方式。

### 异步发送

![异步发送](../picture/async.png)

异步发送是指发送方发出一条消息后，不等服务端返回响应，接着发送下一条消息的通讯方式。

异步发送需要实现异步发送回调接口（SendCallback）。
"""
EN_ALT = """# Sending Methods

### Synchronous Sending

![同步发送](../picture/sync.png)

Synchronous sending is a communication method in which the sender waits for the server to return a response \
before sending the next message.

### Asynchronous Sending

![异步发送](../picture/async.png)

Asynchronous sending is a sending method in which the sender sends messages continuously without waiting for the \
server to return a response.

Asynchronous sending requires the implementation of the Asynchronous Send Callback Interface (SendCallback).
"""


def test_a_paragraph_deleted_after_an_alt_text_left_in_chinese_is_reported() -> None:
    gone = "异步发送是指发送方发出一条消息后，不等服务端返回响应，接着发送下一条消息的通讯方式。\n\n"
    deleted = ZH_ALT.replace(gone, "")
    assert deleted != ZH_ALT
    m = build_from_texts(deleted, EN_ALT, "zh.md", "en.md", presplit=False)
    assert [s.text.text[:30] for s in unpaired(m, "en")] == ["Asynchronous sending is a send"]
    assert unpaired(m, "zh") == []
    whole = build_from_texts(ZH_ALT, EN_ALT, "zh.md", "en.md", presplit=False)
    assert unpaired(whole, "en") == [] and unpaired(whole, "zh") == []
