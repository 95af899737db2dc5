"""Tests of the local SQLite cache (real files in tmp_path)."""
