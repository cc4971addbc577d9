"""Engines run the stages over a corpus: `local` (default, in-process) — a distributed one joins later."""
