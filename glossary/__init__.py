"""The termbase engine alone: model (`model`), file formats (`formats`), normalisation (`normalize`) and
term matching (`match_zh`, `match_en`). The rules that use it live in `zhen_qa.checks.terms`."""
