"""Scoring the extractors against the hand-annotated development set (``tests/devset``)."""
