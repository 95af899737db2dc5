"""Alembic migrations of the local cache (a package so it ships when installed)."""
