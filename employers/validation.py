"""Pure checks for catalogue fields, shared by the API schemas and the CSV import."""

import re

SSYK_RE = re.compile(r"^\d{4}$")
SNI_SECTIONS = frozenset("ABCDEFGHIJKLMNOPQRSTU")
EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def luhn_ok(digits: str) -> bool:
    """Returns whether the last digit is the Luhn check digit of the others."""
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def normalise_org_number(value: str) -> str:
    """Returns an organisation number as NNNNNN-NNNN, or raises ValueError saying what is wrong."""
    digits = re.sub(r"[\s-]", "", value)
    if len(digits) == 12 and digits.startswith(("16", "19", "20")):
        digits = digits[2:]
    if not digits.isdigit() or len(digits) != 10:
        raise ValueError("an organisation number has 10 digits, e.g. 556677-8899")
    if not luhn_ok(digits):
        raise ValueError("the organisation number's check digit is wrong; check for a typo")
    return f"{digits[:6]}-{digits[6:]}"


def check_ssyk(value: str) -> str:
    value = value.strip()
    if not SSYK_RE.match(value):
        raise ValueError("an SSYK 2012 code has 4 digits, e.g. 7231")
    return value


def check_sni(value: str) -> str:
    value = value.strip().upper()
    if value not in SNI_SECTIONS:
        raise ValueError("an SNI 2007 section is one letter A-U")
    return value


def check_email(value: str) -> str:
    value = value.strip()
    if not EMAIL_RE.match(value):
        raise ValueError("not an e-mail address, e.g. namn@exempel.se")
    return value
