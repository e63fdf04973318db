"""Term discovery without a glossary: statistics of the forms a text uses, and groups of forms that are one term.

`collect` turns sentences into mergeable statistics (one file or many), `zh_variants` and `en_variants`
propose pairs of forms with their evidence, `groups` joins accepted pairs into variant groups.
Nothing here knows about manuscripts or findings: callers give plain strings and opaque keys.
"""
