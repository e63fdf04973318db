"""The termbase engine alone: model (`model`), file formats (`formats`), normalisation (`normalize`) and
term matching (`match_en`, and `match_zh` with `zh_trie`, `zh_segment`, `zh_context`). The rules that use
it live in `zhen_qa.checks.terms`."""
