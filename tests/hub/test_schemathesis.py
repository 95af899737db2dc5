"""The hub honours its own OpenAPI document: schemathesis generates requests from the
document the hub serves and checks every answer against it (status codes, content types,
response schemas, no server errors). Bounded: a few examples per operation, derandomized.

Driven through schemathesis' Python API and Hypothesis directly rather than its pytest
plugin (``from_fixture``), which breaks on newer pytest releases."""

from __future__ import annotations

from typing import Any

import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis import GenerationMode

from pos.hub.embedded import RunningHub

EXAMPLES_PER_OPERATION = 5
NOT_GENERATED = {"/v1/events"}  # an endless stream; tests/hub/test_events.py covers it


def conformance_test(
    operation: Any,
    token: str,
    examples: int = EXAMPLES_PER_OPERATION,
    mode: GenerationMode = GenerationMode.POSITIVE,
) -> Any:
    """A Hypothesis test calling one operation with generated requests (``NEGATIVE``: requests
    the document forbids, e.g. a number beyond its bound, which must be refused with a 4xx)."""

    @given(case=operation.as_strategy(generation_mode=mode))
    @settings(
        max_examples=examples,
        deadline=None,
        derandomize=True,
        database=None,
        suppress_health_check=list(HealthCheck),
    )
    def answers_as_documented(case: Any) -> None:
        # positive_data_acceptance is left out: a schema-valid request may still be refused
        # on its meaning (a well-formed but unknown pairing code or cursor: 400,
        # problem+json), which the remaining checks verify against the document.
        case.call_and_validate(
            headers={"Authorization": f"Bearer {token}"},
            excluded_checks=[schemathesis.checks.positive_data_acceptance],
        )

    return answers_as_documented


def test_the_hub_answers_as_its_document_says(hub: RunningHub, device: dict[str, Any]) -> None:
    schema = schemathesis.openapi.from_url(f"{hub.url}/openapi.json")
    tokens = {"device": device["token"], "admin": hub.admin_token}
    operations = [result.ok() for result in schema.get_all_operations()]
    # Unpairing ends the device's session: exercise it after everything else.
    operations.sort(key=lambda op: op.label == "DELETE /v1/device")
    failures: dict[str, str] = {}
    for operation in operations:
        if operation.path in NOT_GENERATED:
            continue
        token = tokens["admin" if operation.path.startswith("/v1/admin") else "device"]
        try:
            conformance_test(operation, token)()
        except Exception as failure:  # collect them all, then report every operation
            failures[operation.label] = str(failure)
    assert len(operations) >= 20
    assert not failures, "\n\n".join(f"{label}:\n{text}" for label, text in failures.items())


# The admin and device operations that take a body full of bounded numbers (prices, points,
# sort orders, quantities, line numbers): more examples each, so the bounds' edges (and what
# lies just beyond them) are tried; a 2**63 must be a 422 problem, never a 500.
BOUNDED_EXAMPLES = 20
BEYOND_EXAMPLES = 10


def test_bounded_bodies_of_admin_and_device_operations_never_answer_5xx(
    hub: RunningHub, device: dict[str, Any]
) -> None:
    schema = schemathesis.openapi.from_url(f"{hub.url}/openapi.json")
    operations = [
        op
        for op in (result.ok() for result in schema.get_all_operations())
        if op.method.upper() in ("POST", "PUT") and op.path not in NOT_GENERATED
    ]
    failures: dict[str, str] = {}
    for operation in operations:
        admin = operation.path.startswith("/v1/admin")
        token = hub.admin_token if admin else device["token"]
        for mode, examples in (
            (GenerationMode.POSITIVE, BOUNDED_EXAMPLES),
            (GenerationMode.NEGATIVE, BEYOND_EXAMPLES),
        ):
            try:
                conformance_test(operation, token, examples, mode)()
            except Exception as failure:
                failures[f"{operation.label} ({mode.value})"] = str(failure)
    assert len(operations) >= 15
    assert not failures, "\n\n".join(f"{label}:\n{text}" for label, text in failures.items())
