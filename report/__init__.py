"""Findings, the rule catalog's record type, and the renderers (text, JSON, SARIF, HTML, tables, TMX)."""
