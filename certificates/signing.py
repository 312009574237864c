"""The issuer's Ed25519 key and the Open Badges 3.0 credential (a VC-JWT) for each certificate.

Published, so anyone can check a credential without us:
- `/.well-known/jwks.json`: the public key(s) as a JWKS; a credential's `kid` names its key.
- `/.well-known/openbadges-issuer.json`: the issuer profile (Open Badges 3.0 `Profile`); its
  URL is the credential's `issuer.id` and `iss`.
- `/verify/{code}/status`: revocation status of one credential (its `credentialStatus.id`).
"""

import base64
import hashlib
import json
import os
from datetime import date, datetime
from functools import lru_cache
from pathlib import Path
from typing import Any

import jwt
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from core.settings import get_settings

KEY_FILE = "certificate-signing-ed25519.pem"
JWKS_PATH = "/.well-known/jwks.json"
ISSUER_PATH = "/.well-known/openbadges-issuer.json"
ALGORITHM = "EdDSA"
CREDENTIAL_MEDIA_TYPE = "vc+jwt"  # JOSE "typ"
CREDENTIAL_MEDIA_TYPE_HTTP = "application/vc+jwt"
CONTEXTS = [
    "https://www.w3.org/ns/credentials/v2",
    "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json",
]
ACHIEVEMENT_PATH = "/achievements/internship-certificate"


def _b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _create_key_file(path: Path) -> None:
    """Writes a new key with 0600 permissions; a concurrent creator's key wins if it was first."""
    pem = Ed25519PrivateKey.generate().private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        os.write(fd, pem)
        os.fsync(fd)
    finally:
        os.close(fd)
    try:
        os.link(tmp, path)  # atomic: a reader never sees a half-written key
    except FileExistsError:
        pass
    finally:
        tmp.unlink()


@lru_cache
def _load_private_key(key_dir: str) -> Ed25519PrivateKey:
    folder = Path(key_dir)
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    path = folder / KEY_FILE
    if not path.exists():
        _create_key_file(path)
    key = serialization.load_pem_private_key(path.read_bytes(), password=None)
    if not isinstance(key, Ed25519PrivateKey):
        raise RuntimeError(f"{path} is not an Ed25519 private key")
    return key


def private_key() -> Ed25519PrivateKey:
    """Returns the issuer's signing key, creating it on first use."""
    return _load_private_key(str(Path(get_settings().key_dir).resolve()))


def public_jwk(public_key: Ed25519PublicKey | None = None) -> dict[str, str]:
    """Returns the public key as a JWK whose `kid` is its RFC 7638 thumbprint."""
    public_key = public_key or private_key().public_key()
    x = _b64url(public_key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw))
    canonical = json.dumps({"crv": "Ed25519", "kty": "OKP", "x": x}, separators=(",", ":"))
    kid = _b64url(hashlib.sha256(canonical.encode("ascii")).digest())
    return {"kty": "OKP", "crv": "Ed25519", "x": x, "kid": kid, "use": "sig", "alg": ALGORITHM}


def jwks() -> dict[str, list[dict[str, str]]]:
    """Returns the JSON Web Key Set published at /.well-known/jwks.json."""
    return {"keys": [public_jwk()]}


def issuer_id() -> str:
    return get_settings().base_url.rstrip("/") + ISSUER_PATH


def issuer_profile() -> dict[str, Any]:
    """Returns the issuer's Open Badges 3.0 Profile (no DID: its id is its own HTTPS URL)."""
    settings = get_settings()
    base = settings.base_url.rstrip("/")
    return {
        "@context": CONTEXTS,
        "id": issuer_id(),
        "type": ["Profile"],
        "name": settings.issuer_name,
        "url": base,
        "description": "Utfärdar praktikintyg för ungdomar i Göteborgs Stads ungdomsteam. "
        "Issues internship certificates for young people in the City of Gothenburg's youth teams.",
        "jwks_uri": base + JWKS_PATH,
    }


def status_url(code: str) -> str:
    return f"{get_settings().base_url.rstrip('/')}/verify/{code}/status"


def verify_url(code: str) -> str:
    return f"{get_settings().base_url.rstrip('/')}/verify/{code}"


def build_credential(
    *,
    code: str,
    issued_at: datetime,
    holder_name: str,
    title: str,
    employer_name: str,
    workplace_name: str,
    start_date: date,
    end_date: date,
    competences: list[dict[str, Any]],
) -> dict[str, Any]:
    """Returns the OpenBadgeCredential (W3C VC Data Model 2.0) for one certificate.

    `competences` holds the rated rows only: {"key", "name", "level", "words"}.
    """
    base = get_settings().base_url.rstrip("/")
    settings = get_settings()
    achievement_id = base + ACHIEVEMENT_PATH
    return {
        "@context": CONTEXTS,
        "id": verify_url(code),
        "type": ["VerifiableCredential", "OpenBadgeCredential"],
        "name": f"Praktikintyg: {title}, {employer_name}",
        "issuer": {"id": issuer_id(), "type": ["Profile"], "name": settings.issuer_name},
        "validFrom": issued_at.isoformat(timespec="seconds"),
        "credentialSubject": {
            "type": ["AchievementSubject"],
            "identifier": [
                {
                    "type": "IdentityObject",
                    "identityType": "name",
                    "hashed": False,
                    "identityHash": holder_name,
                }
            ],
            "activityStartDate": start_date.isoformat(),
            "activityEndDate": end_date.isoformat(),
            "achievement": {
                "id": achievement_id,
                "type": ["Achievement"],
                "achievementType": "Certificate",
                "name": "Praktikintyg / Internship certificate",
                "description": f"Praktik som {title} hos {employer_name}, {workplace_name}.",
                "criteria": {
                    "narrative": "Handledaren har bedömt generella arbetslivskompetenser i slutet "
                    "av praktiken och godkänt bedömningen."
                },
                "resultDescription": [
                    {
                        "id": f"{achievement_id}#{c['key']}",
                        "type": ["ResultDescription"],
                        "name": c["name"],
                        "resultType": "RubricCriterionLevel",
                    }
                    for c in competences
                ],
            },
            "result": [
                {
                    "type": ["Result"],
                    "resultDescription": f"{achievement_id}#{c['key']}",
                    "value": c["words"],
                }
                for c in competences
            ],
        },
        "credentialStatus": {"id": status_url(code), "type": "1EdTechRevocationList"},
    }


def sign_credential(credential: dict[str, Any]) -> str:
    """Returns the credential as a compact JWS (VC-JWT) signed with the issuer's Ed25519 key."""
    jwk = public_jwk()
    claims = {
        **credential,
        "iss": credential["issuer"]["id"],
        "jti": credential["id"],
        "nbf": int(datetime.fromisoformat(credential["validFrom"]).timestamp()),
        "iat": int(datetime.fromisoformat(credential["validFrom"]).timestamp()),
    }
    return jwt.encode(
        claims,
        private_key(),
        algorithm=ALGORITHM,
        headers={"kid": jwk["kid"], "typ": CREDENTIAL_MEDIA_TYPE},
    )


def decode_credential(token: str, *, key_set: dict[str, Any]) -> dict[str, Any]:
    """Checks a VC-JWT against a published key set and returns its claims.

    Raises jwt.InvalidTokenError when the signature, key or claims do not hold.
    """
    header = jwt.get_unverified_header(token)
    matching = [k for k in key_set.get("keys", []) if k.get("kid") == header.get("kid")]
    if not matching:
        raise jwt.InvalidKeyError("the credential names a key the issuer does not publish")
    key = jwt.PyJWK(matching[0], algorithm=ALGORITHM)
    claims: dict[str, Any] = jwt.decode(
        token,
        key,
        algorithms=[ALGORITHM],
        options={"require": ["iss", "jti", "nbf"], "verify_aud": False},
    )
    return claims
