"""Alembic migrations of the local cache (a package so it ships when installed)."""

# The newest revision in versions/. Kept here so that opening an up-to-date cache does not
# import Alembic at all (0.4 s of the till's start); tests/store/test_db.py checks that it
# matches Alembic's own idea of the head. Bump it with every new migration.
HEAD_REVISION = "0009"
