"""Compact signed tokens: what a customer's QR code carries (promo codes, pickup codes).

The hub signs, a till verifies **offline** against the hub's public keys (fetched at pairing
and when the hub rotates its key). One scheme for every kind of token: a ``purpose`` names the
kind and a pydantic model types its claims, so a promo token can never pass as a pickup code.

Text form (URL- and QR-safe, no padding)::

    1.<kid>.<payload>.<signature>

* ``1`` - the format version; anything else is refused as unsupported.
* ``kid`` - the id of the hub key that signed it (``[A-Za-z0-9_-]{1,32}``).
* ``payload`` - base64url of compact JSON ``{"typ", "jti", "nbf", "exp", "cl"}``: purpose,
  token id, not-before and expiry (integer UTC epoch seconds), and the purpose's claims.
* ``signature`` - base64url of the Ed25519 signature over the ASCII of ``1.<kid>.<payload>``
  (so the version and key id are signed too).

Usage::

    PROMO = TokenKind("promo", PromoClaims)            # purpose + typed claims
    key = SigningKey.generate("k1")                    # the hub's private key
    text = issue(key, PROMO, claims, not_before=..., expires_at=...)
    ring = KeyRing([key.public_key()])                 # the till's public keys
    token = ring.verify(text, PROMO, now=datetime.now(UTC))   # -> VerifiedToken[PromoClaims]

Every way a token can be wrong is its own :class:`TokenError` subclass with a stable
``code`` (checked in this order: oversized, malformed or not canonical, unsupported version,
unknown key, forged signature, wrong purpose, not yet valid, expired), so the UI can say exactly
what is wrong. Nothing here does I/O, logs, or imports Qt.

A token has **one** text: no surrounding whitespace, no padding, and each base64url part the
exact encoding of its bytes (the unused low bits of the last character zero). Any other
spelling of the same bytes is :class:`TokenNotCanonical`, so a token id, a log line and a
scanned code always agree on what was shown.
"""

from __future__ import annotations

import base64
import binascii
import json
import re
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Final, Generic, TypeVar

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from pydantic import BaseModel, Field, ValidationError

from pos.api.common import UtcDateTime, WireModel

VERSION: Final = "1"
ALGORITHM: Final = "Ed25519"
MAX_TOKEN_CHARS: Final = 1200  # a QR code of version 25 or so; a real token is ~300
KEY_ID_PATTERN: Final = r"^[A-Za-z0-9_-]{1,32}$"
_KEY_ID = re.compile(KEY_ID_PATTERN)
_B64 = re.compile(r"^[A-Za-z0-9_-]+$")
SIGNATURE_BYTES: Final = 64

C = TypeVar("C", bound=BaseModel)


# --- errors ---------------------------------------------------------------------------------


class TokenError(Exception):
    """A token that cannot be used. ``code`` is stable (the UI and the hub switch on it)."""

    code = "token_invalid"


class TokenOversized(TokenError):
    code = "token_oversized"


class TokenMalformed(TokenError):
    """Not a token, truncated, bad base64/JSON, or claims that do not fit the purpose."""

    code = "token_malformed"


class TokenNotCanonical(TokenMalformed):
    """The right bytes in another spelling: whitespace around it, padding, or altered unused
    base64 bits. A malformed token to every handler, with its own code for the logs."""

    code = "token_not_canonical"


class TokenUnsupportedVersion(TokenError):
    code = "token_unsupported_version"


class TokenUnknownKey(TokenError):
    """Signed with a key this ring does not hold (a new key not fetched yet, or made up)."""

    code = "token_unknown_key"

    def __init__(self, message: str, key_id: str) -> None:
        super().__init__(message)
        self.key_id = key_id


class TokenForged(TokenError):
    """The signature does not match: altered or not made by the hub."""

    code = "token_forged"


class TokenWrongPurpose(TokenError):
    """A genuine token of another kind (a pickup code shown as a promo code)."""

    code = "token_wrong_purpose"


class TokenNotYetValid(TokenError):
    code = "token_not_yet_valid"

    def __init__(self, message: str, not_before: datetime) -> None:
        super().__init__(message)
        self.not_before = not_before


class TokenExpired(TokenError):
    code = "token_expired"

    def __init__(self, message: str, expired_at: datetime) -> None:
        super().__init__(message)
        self.expired_at = expired_at


# --- keys -----------------------------------------------------------------------------------


def _b64encode(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _b64decode(text: str) -> bytes:
    if text.endswith("="):
        raise TokenNotCanonical("base64url padding: a token is written without it")
    if not _B64.fullmatch(text) or len(text) % 4 == 1:
        raise TokenMalformed("not base64url text")
    try:
        data = base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
    except (binascii.Error, ValueError) as exc:
        raise TokenMalformed("not base64url text") from exc
    if _b64encode(data) != text:  # unused bits set: another spelling of the same bytes
        raise TokenNotCanonical("not the canonical base64url of its bytes")
    return data


class PublicKey(WireModel):
    """A hub's public verification key, as published (``GET /v1/signing-keys``)."""

    key_id: str = Field(pattern=KEY_ID_PATTERN)
    algorithm: str = Field(default=ALGORITHM, description="Always 'Ed25519' in version 1.")
    public_key: str = Field(
        pattern=r"^[A-Za-z0-9_-]{43}$", description="The 32-byte raw public key, base64url."
    )
    created_at: UtcDateTime
    signing: bool = Field(description="Whether the hub signs new tokens with this key now.")


class PublicKeyList(WireModel):
    """``GET /v1/signing-keys``: every key a token may be signed with now (rotation keeps the
    previous key here until its tokens have expired)."""

    keys: list[PublicKey]


@dataclass(frozen=True, slots=True)
class SigningKey:
    """A private Ed25519 key with its id (the hub's side only)."""

    key_id: str
    private_bytes: bytes  # 32 raw bytes
    created_at: datetime

    @classmethod
    def generate(cls, key_id: str | None = None, created_at: datetime | None = None) -> SigningKey:
        key_id = key_id or uuid.uuid4().hex[:12]
        if not _KEY_ID.match(key_id):
            raise ValueError(f"key id {key_id!r} does not match {KEY_ID_PATTERN}")
        raw = Ed25519PrivateKey.generate().private_bytes_raw()
        return cls(key_id, raw, created_at or datetime.now(UTC))

    def _private(self) -> Ed25519PrivateKey:
        return Ed25519PrivateKey.from_private_bytes(self.private_bytes)

    def public_key(self, signing: bool = True) -> PublicKey:
        raw = self._private().public_key().public_bytes_raw()
        return PublicKey(
            key_id=self.key_id,
            public_key=_b64encode(raw),
            created_at=self.created_at,
            signing=signing,
        )

    def sign(self, data: bytes) -> bytes:
        return self._private().sign(data)


# --- tokens ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class TokenKind(Generic[C]):
    """A purpose (``"promo"``, ``"pickup"``) and the pydantic model of its claims."""

    purpose: str
    claims: type[C]


@dataclass(frozen=True, slots=True)
class VerifiedToken(Generic[C]):
    key_id: str
    token_id: str
    purpose: str
    not_before: datetime
    expires_at: datetime
    claims: C


class _Payload(BaseModel):
    typ: str = Field(min_length=1, max_length=32)
    jti: str = Field(min_length=1, max_length=64)
    nbf: int = Field(ge=0)
    exp: int = Field(ge=0)
    cl: dict[str, Any]


def _epoch(moment: datetime) -> int:
    if moment.tzinfo is None:
        raise ValueError("naive datetime: tokens carry UTC times only")
    return int(moment.timestamp())


def _moment(seconds: int) -> datetime:
    return datetime.fromtimestamp(seconds, UTC)


def issue(
    key: SigningKey,
    kind: TokenKind[C],
    claims: C,
    *,
    not_before: datetime,
    expires_at: datetime,
    token_id: str | None = None,
) -> str:
    """Sign a token of ``kind`` with ``key``. Times are whole seconds (rounded down)."""
    if _epoch(expires_at) <= _epoch(not_before):
        raise ValueError("a token must expire after it becomes valid")
    payload = {
        "typ": kind.purpose,
        "jti": token_id or uuid.uuid4().hex,
        "nbf": _epoch(not_before),
        "exp": _epoch(expires_at),
        "cl": claims.model_dump(mode="json", exclude_none=True),
    }
    body = json.dumps(payload, separators=(",", ":"), sort_keys=True, ensure_ascii=False)
    signed = f"{VERSION}.{key.key_id}.{_b64encode(body.encode())}"
    text = f"{signed}.{_b64encode(key.sign(signed.encode('ascii')))}"
    if len(text) > MAX_TOKEN_CHARS:
        raise ValueError(f"the token would be {len(text)} characters (at most {MAX_TOKEN_CHARS})")
    return text


@dataclass(frozen=True, slots=True)
class TokenParts:
    """A token split but not verified: what a message may say before verification."""

    version: str
    key_id: str
    signed: bytes  # what the signature covers
    payload: bytes
    signature: bytes


def split(text: str) -> TokenParts:
    """The token's parts; raises TokenOversized, TokenMalformed, TokenUnsupportedVersion."""
    if len(text) > MAX_TOKEN_CHARS:
        raise TokenOversized(f"{len(text)} characters; a token has at most {MAX_TOKEN_CHARS}")
    if not text.isascii():
        raise TokenMalformed("a token is ASCII text")
    if text != text.strip():
        raise TokenNotCanonical("whitespace around the token")
    parts = text.split(".")
    if len(parts) != 4 or not all(parts):
        raise TokenMalformed(f"a token has 4 parts separated by dots, this has {len(parts)}")
    version, key_id, payload, signature = parts
    if version != VERSION:
        raise TokenUnsupportedVersion(f"token format {version!r}; this till reads {VERSION!r}")
    if not _KEY_ID.match(key_id):
        raise TokenMalformed("the key id is not valid")
    sig = _b64decode(signature)
    if len(sig) != SIGNATURE_BYTES:
        raise TokenMalformed(f"the signature has {len(sig)} bytes, not {SIGNATURE_BYTES}")
    signed = f"{version}.{key_id}.{payload}".encode("ascii")
    return TokenParts(version, key_id, signed, _b64decode(payload), sig)


class KeyRing:
    """Public keys by id; verifies tokens offline. Several keys are valid at once (rotation)."""

    def __init__(self, keys: list[PublicKey]) -> None:
        self._keys: dict[str, Ed25519PublicKey] = {}
        for key in keys:
            if key.algorithm != ALGORITHM:
                continue  # a later algorithm: this till cannot use it
            self._keys[key.key_id] = Ed25519PublicKey.from_public_bytes(_b64decode(key.public_key))

    @property
    def key_ids(self) -> list[str]:
        return sorted(self._keys)

    def __len__(self) -> int:
        return len(self._keys)

    def verify(
        self, text: str, kind: TokenKind[C], now: datetime, leeway_seconds: int = 0
    ) -> VerifiedToken[C]:
        """The verified token, or the :class:`TokenError` that says what is wrong with it."""
        parts = split(text)
        public = self._keys.get(parts.key_id)
        if public is None:
            raise TokenUnknownKey(f"no key {parts.key_id!r} in the key ring", parts.key_id)
        try:
            public.verify(parts.signature, parts.signed)
        except InvalidSignature:
            raise TokenForged("the signature does not match") from None
        try:
            payload = _Payload.model_validate_json(parts.payload)
        except ValidationError as exc:
            problems = exc.error_count()
            raise TokenMalformed(f"the payload is not valid ({problems} problems)") from exc
        if payload.typ != kind.purpose:
            raise TokenWrongPurpose(f"a {payload.typ!r} token, not {kind.purpose!r}")
        try:
            claims = kind.claims.model_validate(payload.cl)
        except ValidationError as exc:
            problems = exc.error_count()
            raise TokenMalformed(f"the claims are not valid ({problems} problems)") from exc
        instant = _epoch(now)
        if instant + leeway_seconds < payload.nbf:
            raise TokenNotYetValid("the token is not valid yet", _moment(payload.nbf))
        if instant - leeway_seconds >= payload.exp:
            raise TokenExpired("the token has expired", _moment(payload.exp))
        return VerifiedToken(
            key_id=parts.key_id,
            token_id=payload.jti,
            purpose=payload.typ,
            not_before=_moment(payload.nbf),
            expires_at=_moment(payload.exp),
            claims=claims,
        )
