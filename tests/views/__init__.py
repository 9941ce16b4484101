"""Tests for the Qt views."""
