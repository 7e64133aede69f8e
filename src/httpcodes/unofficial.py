"""Status codes seen in the wild that the IANA registry does not define.

nginx's 499, Cloudflare's 520 to 530, AWS load balancers' 460 to 561 and the
like fill access logs and dashboards, but none of them is an HTTP status code
in the standards' sense.  They live here, apart from the registry:
``httpcodes.StatusCode``, ``lookup``, ``get`` and ``resolve`` never return or
consider them.

One number can mean different things to different vendors (420, 499), and can
clash with a registered code (103, 308, 421, 451).  So a number has zero or
more entries here, and where it is also registered, the registered meaning is
the HTTP meaning: ``UnofficialCode.official`` names it.

>>> from httpcodes import unofficial
>>> [entry.vendor.name for entry in unofficial.lookup(499)]
['Esri ArcGIS', 'nginx']
>>> unofficial.lookup(451)[0].official
<StatusCode.UNAVAILABLE_FOR_LEGAL_REASONS: 451>
"""

from __future__ import annotations

from dataclasses import field as _field

from ._arguments import language as _language
from ._arguments import number as _number
from ._classes import class_of as _class_of
from ._data.unofficial import UNOFFICIAL as _ROWS
from ._data.unofficial import VENDORS as _VENDOR_ROWS
from ._lookup import get as _get
from ._recipe import record as _record

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Final, Literal, SupportsIndex

    from ._classes import StatusClass
    from ._status import StatusCode

    Usage = Literal["current", "retired", "historical"]

__all__ = ["ENTRIES", "VENDORS", "UnofficialCode", "Vendor", "lookup"]


@_record
class Vendor:
    """Who uses an unofficial code: a vendor, product or convention.

    Attributes: ``key`` (a short identifier such as ``"nginx"``), ``name``,
    ``name_ko`` (Korean) and ``url`` (home page or documentation root).
    """

    key: str
    name: str = _field(repr=False)
    name_ko: str = _field(repr=False)
    url: str = _field(repr=False)


@_record
class UnofficialCode:
    """One vendor's meaning of one status code.

    Attributes:
        code: the number as the vendor sends or logs it.
        phrase, phrase_ko: the vendor's phrase, and a short Korean name.
        vendor: the ``Vendor``.
        description, description_ko: what it means, in English and Korean.
        status: ``"current"``, ``"retired"`` (withdrawn by the vendor) or
            ``"historical"`` (a proposal or attribution, never shipped).
        source: where the vendor documents it, or the best public source.
    """

    code: int
    phrase: str
    phrase_ko: str = _field(repr=False)
    vendor: Vendor
    description: str = _field(repr=False)
    description_ko: str = _field(repr=False)
    status: Usage = _field(repr=False)
    source: str = _field(repr=False)

    @property
    def official(self) -> StatusCode | None:
        """The registered code with the same number, whose meaning is the
        HTTP one; ``None`` when the number is not registered."""
        return _get(self.code)

    @property
    def status_class(self) -> StatusClass | None:
        """The class by first digit (RFC 9110, Section 15), or ``None`` for a
        number outside 100 to 599, such as LinkedIn's 999: RFC 9110 calls
        such values invalid, and they have no class."""
        return _class_of(self.code)

    def describe(self, lang: Literal["en", "ko"] = "en") -> str:
        """The description in ``"en"`` (English) or ``"ko"`` (Korean)."""
        return self.description_ko if _language(lang) == "ko" else self.description


VENDORS: Final[tuple[Vendor, ...]] = tuple(
    Vendor(row["key"], row["name"], row["name_ko"], row["url"]) for row in _VENDOR_ROWS
)

_VENDOR_BY_KEY: Final = {vendor.key: vendor for vendor in VENDORS}

ENTRIES: Final[tuple[UnofficialCode, ...]] = tuple(
    UnofficialCode(
        code=row["code"],
        phrase=row["phrase"],
        phrase_ko=row["phrase_ko"],
        vendor=_VENDOR_BY_KEY[row["vendor"]],
        description=row["description"],
        description_ko=row["description_ko"],
        status=row["status"],
        source=row["source"],
    )
    for row in _ROWS
)

_BY_NUMBER: Final[dict[int, tuple[UnofficialCode, ...]]] = {
    code: tuple(entry for entry in ENTRIES if entry.code == code)
    for code in {entry.code for entry in ENTRIES}
}


def lookup(status: int | SupportsIndex) -> tuple[UnofficialCode, ...]:
    """Every unofficial meaning of ``status``, ordered by vendor key.

    Returns an empty tuple when no vendor gives the number a meaning: a
    number has zero or more unofficial meanings, and none is an error.  Use
    ``httpcodes.lookup`` for the registered meaning, which always wins.

    Raises:
        StatusTypeError: ``status`` is not an int (``bool`` and ``float``
            included); any int is a fair question, 999 too.

    >>> [(e.code, e.phrase) for e in lookup(420)]
    [(420, 'Method Failure'), (420, 'Enhance Your Calm')]
    >>> lookup(404)
    ()
    """
    return _BY_NUMBER.get(_number(status), ())


del TYPE_CHECKING
