"""The reference central omnichannel API (the hub): FastAPI on uvicorn over SQLAlchemy Core.

It speaks the contract in ``pos.api`` and shares nothing else with the till but
``pos.domain`` (and the demo catalog's data for ``pos-hub seed``). SQLite file by default,
PostgreSQL by URL, the same code: every statement is portable SQL (``ON CONFLICT``,
``RETURNING``), see ``pos.hub.db``.
"""
