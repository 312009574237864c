"""Test data builders (real objects through the real service functions)."""

from typing import Any

PLACEMENT_HEADER = "ref,employer,title,description,district,capacity,ssyk"


def placement_payload(ref: str = "P-T1", **overrides: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "ref": ref,
        "employer": "Testverkstan AB",
        "title": "Praktik i cykelverkstad",
        "description": "Service och reparation av cyklar.",
        "district": "Lundby",
        "capacity": 2,
        "ssyk": "7231",
    }
    data.update(overrides)
    return data


def youth_payload(ref: str = "Y-T1", **overrides: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "ref": ref,
        "first_name": "Alva",
        "birth_year": 2008,
        "gender": "female",
        "district": "Lundby",
        "team": "Hisingen",
        "interests": "vill jobba me hundar",
    }
    data.update(overrides)
    return data


def placements_csv(rows: list[str]) -> str:
    return PLACEMENT_HEADER + "\n" + "\n".join(rows) + "\n"
