"""Helpers shared by tests that are not fixtures: Hypothesis strategies for the fuzz test."""
