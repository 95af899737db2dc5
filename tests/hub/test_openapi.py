"""The OpenAPI document in pos/resources/api is the one the code generates."""

from __future__ import annotations

from pathlib import Path

from pos.hub.openapi import DOCUMENT_PATH, main, openapi_document, render


def test_the_committed_openapi_document_is_up_to_date() -> None:
    generated = render(openapi_document())
    assert DOCUMENT_PATH.read_text(encoding="utf-8") == generated, (
        "pos/resources/api/openapi.json is stale: run python -m pos.hub.openapi"
    )
    assert main(["--check"]) == 0


def test_the_check_fails_on_a_stale_document(tmp_path: Path) -> None:
    stale = tmp_path / "openapi.json"
    stale.write_text("{}\n", encoding="utf-8")
    assert main(["--check", "--output", str(stale)]) == 1


def test_every_error_is_documented_as_problem_json() -> None:
    doc = openapi_document()
    for path, item in doc["paths"].items():
        for method, operation in item.items():
            for status, response in operation["responses"].items():
                if status.startswith(("4", "5")):
                    assert list(response["content"]) == ["application/problem+json"], (
                        method,
                        path,
                        status,
                    )
