"""The credential is an Open Badges 3.0 VC-JWT that anyone can check with the published key."""

import base64
import json
import os
import stat

import jwt
import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from certificates import signing


def _published_key(client, kid):  # type: ignore[no-untyped-def]
    """Only what an outsider has: the JWKS from the well-known URL."""
    response = client.get("/.well-known/jwks.json")
    assert response.status_code == 200
    keys = {k["kid"]: k for k in response.json()["keys"]}
    assert set(keys[kid]) >= {"kty", "crv", "x", "kid"} and "d" not in keys[kid]
    return jwt.PyJWK(keys[kid], algorithm="EdDSA")


def _b64(data: dict) -> str:
    raw = json.dumps(data, separators=(",", ":")).encode("utf-8")
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode("ascii")


def test_independent_verification_accepts_a_genuine_credential(client, issued):
    header = jwt.get_unverified_header(issued.credential)
    assert header["alg"] == "EdDSA" and header["typ"] == "vc+jwt"
    claims = jwt.decode(
        issued.credential, _published_key(client, header["kid"]), algorithms=["EdDSA"]
    )
    assert claims["type"] == ["VerifiableCredential", "OpenBadgeCredential"]
    assert claims["@context"][0] == "https://www.w3.org/ns/credentials/v2"
    assert claims["iss"] == claims["issuer"]["id"]
    assert claims["iss"].endswith(signing.ISSUER_PATH)
    subject = claims["credentialSubject"]
    assert subject["identifier"][0]["identityHash"] == "Åsa Öberg"
    assert subject["activityStartDate"] == "2025-03-03"
    assert subject["activityEndDate"] == "2025-05-30"
    assert claims["credentialStatus"]["id"].endswith(f"/verify/{issued.code}/status")


def test_a_tampered_credential_fails_independent_verification(client, issued):
    header_b64, payload_b64, signature = issued.credential.split(".")
    key = _published_key(client, jwt.get_unverified_header(issued.credential)["kid"])
    claims = json.loads(base64.urlsafe_b64decode(payload_b64 + "=" * (-len(payload_b64) % 4)))
    claims["credentialSubject"]["identifier"][0]["identityHash"] = "Någon Annan"
    tampered = f"{header_b64}.{_b64(claims)}.{signature}"
    with pytest.raises(jwt.InvalidSignatureError):
        jwt.decode(tampered, key, algorithms=["EdDSA"])
    # One flipped character in the signature is caught as well.
    flipped = signature[:-2] + ("A" if signature[-2] != "A" else "B") + signature[-1]
    with pytest.raises(jwt.InvalidSignatureError):
        jwt.decode(f"{header_b64}.{payload_b64}.{flipped}", key, algorithms=["EdDSA"])


def test_a_credential_signed_by_another_key_is_rejected(client, issued):
    kid = jwt.get_unverified_header(issued.credential)["kid"]
    claims = jwt.decode(issued.credential, options={"verify_signature": False})
    forged = jwt.encode(claims, Ed25519PrivateKey.generate(), algorithm="EdDSA",
                        headers={"kid": kid, "typ": "vc+jwt"})  # fmt: skip
    with pytest.raises(jwt.InvalidSignatureError):
        jwt.decode(forged, _published_key(client, kid), algorithms=["EdDSA"])
    with pytest.raises(jwt.InvalidTokenError):
        signing.decode_credential(forged, key_set=client.get("/.well-known/jwks.json").json())
    assert signing.decode_credential(issued.credential, key_set=signing.jwks())["jti"].endswith(
        f"/verify/{issued.code}"
    )


def test_credential_lists_only_the_rated_competences(issued):
    claims = jwt.decode(issued.credential, options={"verify_signature": False})
    described = [d["id"].rsplit("#", 1)[1] for d in
                 claims["credentialSubject"]["achievement"]["resultDescription"]]  # fmt: skip
    assert len(described) == 12 and "numeracy" not in described
    assert {r["value"] for r in claims["credentialSubject"]["result"]} == {
        "Behöver mycket stöd", "Behöver lite stöd", "Klarar det själv", "Klarar det mycket bra",
    }  # fmt: skip


def test_signing_key_is_created_once_with_owner_only_permissions(tmp_path):
    folder = tmp_path / "keys"
    first = signing._load_private_key(str(folder))
    path = folder / signing.KEY_FILE
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    signing._load_private_key.cache_clear()
    again = signing._load_private_key(str(folder))
    assert signing.public_jwk(first.public_key()) == signing.public_jwk(again.public_key())
    assert [p.name for p in folder.iterdir()] == [signing.KEY_FILE]  # no temp file left


def test_issuer_profile_is_published_and_names_the_key_set(client):
    profile = client.get(signing.ISSUER_PATH).json()
    assert profile["type"] == ["Profile"] and profile["id"].endswith(signing.ISSUER_PATH)
    assert profile["jwks_uri"].endswith("/.well-known/jwks.json")
    assert profile["name"] == "Göteborgs Stad, ungdomsteamet"
