"""The glossary engine: termbase model (`model`), file formats (`formats`), term matching (`match_zh`,
`match_en`) and the terminology checks (`checks`)."""
