"""Every rule family and the engine that runs them.

One module per family: `terms` (glossary terminology, with the lenient presence evidence in
`presence`), `untranslated`, `numbers`, `citations`, `typography` (`punctuation_width`, `repeated_char`),
`structure`; `registry` joins their rule tuples explicitly, `engine` applies them, `config` resolves settings
and `run` orchestrates a check of one or many files.
"""
