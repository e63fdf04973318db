"""Bead scorers: each turns one kind of evidence into a score in [0, 1] for candidate beads."""
