"""The hub accepts a promo token in its one canonical text only: whitespace around it or
another spelling of its base64 is refused with its own code (before, both were accepted)."""

from __future__ import annotations

import httpx

from pos.api.signed_tokens import TokenNotCanonical
from tests.hub.test_customers import mint, view
from tests.hub.test_pairing import assert_problem

B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"


def test_only_the_issued_text_of_a_token_is_accepted(
    admin: httpx.Client, till: httpx.Client
) -> None:
    token = mint(admin)["token"]
    version, kid, payload, sig = token.split(".")
    last = B64.index(sig[-1])  # 64 bytes: the last character carries 4 unused bits
    respelled = ".".join((version, kid, payload, sig[:-1] + B64[last | 0b0101]))
    assert respelled != token
    for text in (token + "\n", " " + token, token + "\r\n", respelled, token + "=="):
        assert_problem(view(till, text), 422, TokenNotCanonical.code)
    assert view(till, token).status_code == 200
