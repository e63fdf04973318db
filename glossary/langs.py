"""Language codes and names of termbase files, reduced to the two languages checked: "zh" and "en"."""
from __future__ import annotations

import re

_NAMES = {
    "zh": "zh", "chi": "zh", "zho": "zh", "chinese": "zh", "中文": "zh", "汉语": "zh", "漢語": "zh", "华语": "zh",
    "简体中文": "zh", "繁体中文": "zh", "繁體中文": "zh", "中文简体": "zh", "中文繁體": "zh", "中": "zh",
    "en": "en", "eng": "en", "english": "en", "英文": "en", "英语": "en", "英語": "en", "英": "en",
}
_SPLIT = re.compile(r"[-_\s()（）]+")


def lang_of(code: str) -> str:
    """"zh" or "en" for a language code or name (zh, zh-CN, zh_Hant_TW, en-GB, Chinese (Simplified), 中文), else ""."""
    text = code.strip().lower()
    if not text:
        return ""
    if text in _NAMES:
        return _NAMES[text]
    head = _SPLIT.split(text, 1)[0]
    return _NAMES.get(head, "")
