"""Signed tokens: what a hub signs a till verifies offline, and every way a token can be
wrong is refused with its own error (the UI names each one to the cashier)."""

from __future__ import annotations

import base64
import json
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import BaseModel, Field

from pos.api.signed_tokens import (
    MAX_TOKEN_CHARS,
    KeyRing,
    SigningKey,
    TokenExpired,
    TokenForged,
    TokenKind,
    TokenMalformed,
    TokenNotCanonical,
    TokenNotYetValid,
    TokenOversized,
    TokenUnknownKey,
    TokenUnsupportedVersion,
    TokenWrongPurpose,
    issue,
    split,
)

NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)


class Promo(BaseModel):
    customer: str
    promo: str
    stores: list[str] | None = None
    uses: int = Field(default=1, ge=1)


class Pickup(BaseModel):
    order: str


PROMO = TokenKind("promo", Promo)
PICKUP = TokenKind("pickup", Pickup)
KEY = SigningKey.generate("k1")
RING = KeyRing([KEY.public_key()])


def promo_token(key: SigningKey = KEY, **times: datetime) -> str:
    return issue(
        key,
        PROMO,
        Promo(customer="c-7f3a", promo="AUTUMN10", stores=["STORE-001"]),
        not_before=times.get("not_before", NOW - timedelta(hours=1)),
        expires_at=times.get("expires_at", NOW + timedelta(days=7)),
        token_id="tok-1",
    )


def b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def test_a_token_round_trips_with_its_typed_claims() -> None:
    token = RING.verify(promo_token(), PROMO, NOW)
    assert token.key_id == "k1" and token.token_id == "tok-1" and token.purpose == "promo"
    assert token.claims == Promo(customer="c-7f3a", promo="AUTUMN10", stores=["STORE-001"])
    assert token.not_before == NOW - timedelta(hours=1)
    assert token.expires_at == NOW + timedelta(days=7)


def test_a_token_is_compact_ascii_that_fits_a_small_qr_code() -> None:
    text = promo_token()
    assert text.isascii() and " " not in text and len(text) < 300
    assert text.startswith("1.k1.")


def test_several_keys_verify_at_once_during_a_rotation() -> None:
    new = SigningKey.generate("k2")
    ring = KeyRing([new.public_key(), KEY.public_key(signing=False)])
    assert ring.verify(promo_token(KEY), PROMO, NOW).key_id == "k1"
    assert ring.verify(promo_token(new), PROMO, NOW).key_id == "k2"
    assert ring.key_ids == ["k1", "k2"]


def test_a_key_the_ring_does_not_hold_is_unknown() -> None:
    stranger = SigningKey.generate("k9")
    with pytest.raises(TokenUnknownKey) as err:
        RING.verify(promo_token(stranger), PROMO, NOW)
    assert err.value.key_id == "k9" and err.value.code == "token_unknown_key"


def test_a_token_signed_by_another_key_under_a_known_id_is_forged() -> None:
    impostor = SigningKey.generate("k1")  # same id, different key
    with pytest.raises(TokenForged):
        RING.verify(promo_token(impostor), PROMO, NOW)


def test_changed_claims_break_the_signature() -> None:
    version, kid, payload, sig = promo_token().split(".")
    claims = json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))
    claims["cl"]["promo"] = "FREE100"
    tampered = ".".join((version, kid, b64(json.dumps(claims).encode()), sig))
    with pytest.raises(TokenForged):
        RING.verify(tampered, PROMO, NOW)


def test_a_changed_key_id_or_version_is_not_accepted() -> None:
    _, _, payload, sig = promo_token().split(".")
    ring = KeyRing([KEY.public_key(), SigningKey.generate("k2").public_key()])
    with pytest.raises(TokenForged):  # the key id is signed too
        ring.verify(f"1.k2.{payload}.{sig}", PROMO, NOW)
    with pytest.raises(TokenUnsupportedVersion):
        RING.verify(f"2.k1.{payload}.{sig}", PROMO, NOW)


def test_expiry_and_not_before_are_checked_to_the_second() -> None:
    text = promo_token(not_before=NOW, expires_at=NOW + timedelta(minutes=5))
    assert RING.verify(text, PROMO, NOW).token_id == "tok-1"
    with pytest.raises(TokenNotYetValid) as early:
        RING.verify(text, PROMO, NOW - timedelta(seconds=1))
    assert early.value.not_before == NOW
    with pytest.raises(TokenExpired) as late:
        RING.verify(text, PROMO, NOW + timedelta(minutes=5))
    assert late.value.expired_at == NOW + timedelta(minutes=5)
    assert RING.verify(text, PROMO, NOW - timedelta(seconds=20), leeway_seconds=30)


def test_a_genuine_token_of_another_purpose_is_refused() -> None:
    pickup = issue(
        KEY, PICKUP, Pickup(order="WEB-1"), not_before=NOW, expires_at=NOW + timedelta(days=1)
    )
    with pytest.raises(TokenWrongPurpose):
        RING.verify(pickup, PROMO, NOW)
    assert RING.verify(pickup, PICKUP, NOW).claims.order == "WEB-1"


def test_signed_claims_that_do_not_fit_the_purpose_are_malformed() -> None:
    odd = issue(KEY, PICKUP, Pickup(order="WEB-1"), not_before=NOW, expires_at=NOW + timedelta(1))
    wrong_kind = TokenKind("pickup", Promo)  # a till expecting other claims under the name
    with pytest.raises(TokenMalformed):
        RING.verify(odd, wrong_kind, NOW)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "hello",
        "1.k1.abc",  # three parts
        "1.k1..sig",  # an empty part
        "1.k 1.abc.def",  # a key id with a space
        "1.k1.abc.!!!!",  # not base64url
        "1.k1.abc." + b64(b"short"),  # a signature of the wrong length
        "1.k1.żółw." + b64(bytes(64)),  # not ASCII
    ],
)
def test_malformed_text_is_refused_before_any_key_is_used(text: str) -> None:
    with pytest.raises(TokenMalformed):
        RING.verify(text, PROMO, NOW)


def test_a_truncated_token_is_refused() -> None:
    text = promo_token()
    for cut in (len(text) - 1, len(text) - 30, len(text) // 2, 6):
        with pytest.raises((TokenMalformed, TokenForged)):
            RING.verify(text[:cut], PROMO, NOW)


def test_a_payload_that_is_not_json_is_malformed_even_when_signed() -> None:
    signed = "1.k1." + b64(b"not json")
    text = f"{signed}.{b64(KEY.sign(signed.encode()))}"
    with pytest.raises(TokenMalformed):
        RING.verify(text, PROMO, NOW)
    assert split(text).payload == b"not json"


def test_an_oversized_text_is_refused_without_parsing() -> None:
    with pytest.raises(TokenOversized):
        RING.verify("1.k1." + "A" * MAX_TOKEN_CHARS + ".x", PROMO, NOW)


def test_issuing_refuses_naive_times_and_an_empty_validity() -> None:
    with pytest.raises(ValueError):
        issue(KEY, PICKUP, Pickup(order="x"), not_before=NOW, expires_at=NOW)
    with pytest.raises(ValueError):
        issue(
            KEY,
            PICKUP,
            Pickup(order="x"),
            not_before=NOW.replace(tzinfo=None),
            expires_at=NOW + timedelta(1),
        )


# --- one canonical text ---------------------------------------------------------------------

B64_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"


def respelled(part: str, bits: int) -> str:
    """``part`` with ``bits`` added to its last character's unused low bits: other text that a
    lenient decoder reads as the same bytes."""
    unused = {2: 4, 3: 2}[len(part) % 4]  # 2 chars -> 4 spare bits, 3 chars -> 2
    value = B64_ALPHABET.index(part[-1])
    return part[:-1] + B64_ALPHABET[value | (bits % (1 << unused))]


def test_the_issued_text_is_the_one_accepted_spelling() -> None:
    text = promo_token()
    version, kid, payload, sig = text.split(".")
    assert len(sig) % 4 == 2  # 64 bytes: the last character has 4 unused bits
    for bits in range(1, 16):
        altered = f"{version}.{kid}.{payload}.{respelled(sig, bits)}"
        assert base64.urlsafe_b64decode(altered.split(".")[3] + "==") == base64.urlsafe_b64decode(
            sig + "=="
        )  # the same signature bytes, so only the spelling check can refuse it
        with pytest.raises(TokenNotCanonical) as err:
            RING.verify(altered, PROMO, NOW)
        assert err.value.code == "token_not_canonical"
        assert isinstance(err.value, TokenMalformed)  # every handler treats it as malformed


def test_padding_is_not_a_token_spelling() -> None:
    version, kid, payload, sig = promo_token().split(".")
    with pytest.raises(TokenNotCanonical):
        RING.verify(f"{version}.{kid}.{payload}.{sig}==", PROMO, NOW)


@pytest.mark.parametrize("around", [" ", "\n", "\r\n", "\t", "\x0b", "\x0c", "\x1c"])
def test_whitespace_around_a_token_is_refused(around: str) -> None:
    text = promo_token()
    for spelled in (around + text, text + around, around + text + around):
        with pytest.raises(TokenNotCanonical):
            RING.verify(spelled, PROMO, NOW)
    assert RING.verify(text, PROMO, NOW).token_id == "tok-1"


@settings(max_examples=200, deadline=None)
@given(
    claims_order=st.text(min_size=1, max_size=40),
    part=st.sampled_from([2, 3]),
    bits=st.integers(min_value=1, max_value=15),
    pad=st.sampled_from(["", "=", "=="]),
    lead=st.sampled_from(["", " ", "\n", "\t"]),
    trail=st.sampled_from(["", " ", "\n", "\r", "\t"]),
)
def test_any_other_spelling_of_a_genuine_token_is_refused(
    claims_order: str, part: int, bits: int, pad: str, lead: str, trail: str
) -> None:
    text = issue(
        KEY, PICKUP, Pickup(order=claims_order), not_before=NOW, expires_at=NOW + timedelta(1)
    )
    pieces = text.split(".")
    if len(pieces[part]) % 4 in (2, 3):
        pieces[part] = respelled(pieces[part], bits)
    pieces[part] += pad
    spelled = lead + ".".join(pieces) + trail
    if spelled == text:
        assert RING.verify(spelled, PICKUP, NOW).claims.order == claims_order
    else:
        with pytest.raises(TokenNotCanonical):  # refused before any key is tried
            RING.verify(spelled, PICKUP, NOW)
