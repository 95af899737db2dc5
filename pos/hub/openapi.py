"""The OpenAPI document of the v1 API, generated from the hub's routes and ``pos.api``.

``python -m pos.hub.openapi`` rewrites ``pos/resources/api/openapi.json``; ``--check`` exits 1
when the file differs from what the code generates (``tests/hub/test_openapi.py`` does the
same, so a stale document fails the suite).

FastAPI documents errors as ``application/json`` ``HTTPValidationError``; the hub answers
``application/problem+json`` ``Problem`` for every error, so the document is corrected to say
so. Every operation may answer ``503 unavailable`` with ``Retry-After`` when the database is
busy (a lock or statement timeout): documented once here for all. The upload documents
(validated per record, not by the route) are added as components.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from fastapi import FastAPI
from fastapi.openapi.utils import get_openapi
from pydantic.json_schema import models_json_schema

from pos.api import PROBLEM_JSON
from pos.api.documents import ReturnDocument, SaleDocument, VoidDocument
from pos.api.snapshot import ProductChunk, SnapshotEnd, SnapshotHead, StockChunk
from pos.resource_files import resource

DOCUMENT_PATH = resource("api", "openapi.json")
PROBLEM_REF = {"$ref": "#/components/schemas/Problem"}
BUSY_RESPONSE = {
    "description": "The hub's database is busy (a lock or statement timeout): try again after"
    " Retry-After seconds (problem code unavailable).",
    "headers": {"Retry-After": {"description": "Seconds to wait.", "schema": {"type": "integer"}}},
}


def openapi_document() -> dict[str, Any]:
    """What the hub serves at ``/openapi.json``, built from a hub over an empty database."""
    from pos.hub.app import create_app
    from pos.hub.db import open_hub_database

    db = open_hub_database("sqlite://")  # the routes need a database object, not data
    try:
        return create_app(db).openapi()
    finally:
        db.dispose()


def corrected_openapi(app: FastAPI) -> dict[str, Any]:
    """FastAPI's document, saying what the hub really answers (see the module docstring)."""
    if app.openapi_schema is not None:
        return app.openapi_schema
    doc = get_openapi(
        title=app.title,
        version=app.version,
        summary=app.summary,
        description=app.description,
        routes=app.routes,
    )
    schemas: dict[str, Any] = doc.setdefault("components", {}).setdefault("schemas", {})
    for path_item in doc["paths"].values():
        for operation in path_item.values():
            operation.setdefault("responses", {}).setdefault("503", dict(BUSY_RESPONSE))
            for status, response in operation.get("responses", {}).items():
                if status[0] in "45":
                    response["content"] = {PROBLEM_JSON: {"schema": PROBLEM_REF}}
    for unused in ("HTTPValidationError", "ValidationError"):
        schemas.pop(unused, None)
    _, extra = models_json_schema(
        [
            (m, "validation")
            for m in (
                SaleDocument,
                ReturnDocument,
                VoidDocument,
                SnapshotHead,
                ProductChunk,
                StockChunk,
                SnapshotEnd,
            )
        ],
        ref_template="#/components/schemas/{model}",
    )
    for name, schema in extra.get("$defs", {}).items():
        schemas.setdefault(name, schema)
    app.openapi_schema = doc
    return doc


def render(doc: dict[str, Any]) -> str:
    return json.dumps(doc, indent=2, ensure_ascii=False, sort_keys=True) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail when the file is stale")
    parser.add_argument("--output", type=Path, default=DOCUMENT_PATH)
    args = parser.parse_args(argv)
    text = render(openapi_document())
    current = args.output.read_text(encoding="utf-8") if args.output.exists() else None
    if args.check:
        if current != text:
            print(f"{args.output} is stale: run python -m pos.hub.openapi", file=sys.stderr)
            return 1
        return 0
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(text, encoding="utf-8")
    print(f"wrote {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
