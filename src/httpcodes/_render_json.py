"""The command line's JSON: one record shape per kind of answer.

The shapes are documented in docs/cli.md ("--json"); every field name here
is part of that contract.
"""

from __future__ import annotations

import json

from ._expiry import has_expired

TYPE_CHECKING = False
if TYPE_CHECKING:
    import datetime
    from typing import Any

    from . import StatusCode
    from .unofficial import UnofficialCode

__all__ = ["code_record", "dumps", "entry_record", "error_record"]


def code_record(member: StatusCode, today: datetime.date) -> dict[str, Any]:
    """Every field of a registered code."""
    return {
        "code": member.code,
        "name": member.name,
        "phrase": member.phrase,
        "phrase_ko": member.phrase_ko,
        "class": {
            "value": member.status_class.value,
            "range": member.status_class.range,
            "label": member.status_class.label,
            "label_ko": member.status_class.label_ko,
        },
        "description": member.description,
        "description_ko": member.description_ko,
        "deprecated": member.deprecated,
        "registration": member.registration.value,
        "registration_expires": member.registration_expires,
        "registration_expired": has_expired(member, today),
        "reference": member.reference,
        "aliases": list(member.aliases),
        "is_followable_redirect": member.is_followable_redirect,
        "preserves_method": member.preserves_method,
        "is_cacheable_by_default": member.is_cacheable_by_default,
        "allows_content": member.allows_content,
    }


def entry_record(entry: UnofficialCode) -> dict[str, Any]:
    """Every field of an unofficial code."""
    return {
        "code": entry.code,
        "phrase": entry.phrase,
        "phrase_ko": entry.phrase_ko,
        "vendor": {
            "key": entry.vendor.key,
            "name": entry.vendor.name,
            "name_ko": entry.vendor.name_ko,
            "url": entry.vendor.url,
        },
        "description": entry.description,
        "description_ko": entry.description_ko,
        "status": entry.status,
        "source": entry.source,
        "official": None if entry.official is None else entry.official.code,
        "class": None if entry.status_class is None else entry.status_class.range,
    }


def error_record(kind: str, message: str, **extra: object) -> dict[str, Any]:
    """``{"kind": ..., "message": ..., ...}``: what went wrong, for a
    program (``kind``) and for a person (``message``)."""
    return {"kind": kind, "message": message, **extra}


def dumps(value: object, *, ascii_only: bool = False) -> str:
    """Indented JSON and a newline.  ``ascii_only`` escapes every non-ASCII
    character (``\\uXXXX``), for an output that cannot encode them; it is
    still the same JSON value."""
    return json.dumps(value, ensure_ascii=ascii_only, indent=2) + "\n"
