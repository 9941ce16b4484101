"""Benchmarks: programs that print figures; never pass/fail on a time."""
