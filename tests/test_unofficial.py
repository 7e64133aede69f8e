"""Unofficial codes: kept apart from the registry, which always wins."""

from __future__ import annotations

import re

import pytest

from httpcodes import (
    StatusClass,
    StatusCode,
    UnknownStatusError,
    classify,
    get,
    lookup,
    resolve,
    unofficial,
)
from httpcodes._data import unofficial as _unofficial_data

from .facts import REGISTERED, has_hangul

ENTRIES = unofficial.ENTRIES
IDS = [f"{e.code}-{e.vendor.key}" for e in ENTRIES]

# Written out by hand from the issue: the entries that must exist.
REQUIRED = {
    (444, "nginx"), (494, "nginx"), (495, "nginx"), (496, "nginx"),
    (497, "nginx"), (499, "nginx"),
    (520, "cloudflare"), (521, "cloudflare"), (522, "cloudflare"),
    (523, "cloudflare"), (524, "cloudflare"), (525, "cloudflare"),
    (526, "cloudflare"), (527, "cloudflare"), (530, "cloudflare"),
    (460, "aws_elb"), (463, "aws_elb"), (464, "aws_elb"), (561, "aws_elb"),
    (440, "iis"), (449, "iis"), (451, "iis"),
    (509, "apache_cpanel"), (419, "laravel"), (420, "twitter"), (420, "spring"),
    (498, "esri_arcgis"), (499, "esri_arcgis"),
    (598, "proxies"), (599, "proxies"),
    (103, "google"), (218, "apache"), (999, "linkedin"),
}  # fmt: skip

# Every entry whose number is also registered with IANA.
COLLISIONS = {(103, "google"), (308, "google"), (421, "spring"), (451, "iis")}

# Numbers with more than one unofficial meaning.
SHARED = {
    419: {"laravel", "spring"},
    420: {"spring", "twitter"},
    499: {"esri_arcgis", "nginx"},
}


def test_required_entries_are_present() -> None:
    present = {(e.code, e.vendor.key) for e in ENTRIES}
    assert present >= REQUIRED


def test_entries_are_sorted_and_unique() -> None:
    keys = [(e.code, e.vendor.key) for e in ENTRIES]
    assert keys == sorted(keys)
    assert len(keys) == len(set(keys))


def test_collisions_are_exactly_these() -> None:
    found = {(e.code, e.vendor.key) for e in ENTRIES if e.official is not None}
    assert found == COLLISIONS
    assert {code for code, _ in COLLISIONS} <= REGISTERED


def test_numbers_with_several_meanings() -> None:
    by_code: dict[int, set[str]] = {}
    for entry in ENTRIES:
        by_code.setdefault(entry.code, set()).add(entry.vendor.key)
    assert {code: keys for code, keys in by_code.items() if len(keys) > 1} == SHARED


@pytest.mark.parametrize("entry", ENTRIES, ids=IDS)
def test_entry_is_complete(entry: unofficial.UnofficialCode) -> None:
    assert entry.vendor in unofficial.VENDORS
    for text in (entry.phrase, entry.description, entry.description_ko, entry.source):
        assert text
        assert text == text.strip()
        assert "  " not in text
    assert has_hangul(entry.phrase_ko)
    assert has_hangul(entry.description_ko)
    assert entry.description.endswith(".")
    assert entry.status in ("current", "retired", "historical")
    assert re.match(r"https?://", entry.source)
    assert entry.describe("en") == entry.description
    assert entry.describe("ko") == entry.description_ko


@pytest.mark.parametrize("field", ["description", "description_ko"])
def test_no_two_entries_share_a_description(field: str) -> None:
    values = [getattr(e, field) for e in ENTRIES]
    assert len(values) == len(set(values))


def test_every_vendor_is_used_and_named_in_both_languages() -> None:
    used = {e.vendor for e in ENTRIES}
    assert used == set(unofficial.VENDORS)
    for vendor in unofficial.VENDORS:
        assert vendor.name
        # Brands stay in Latin letters (docs/style.ko.md, section 5), so a
        # Korean name need not contain Hangul; it must exist.
        assert vendor.name_ko.strip()
        assert re.match(r"https://", vendor.url)
    keys = [v.key for v in unofficial.VENDORS]
    assert len(keys) == len(set(keys))


# -- the registry always wins -------------------------------------------------


@pytest.mark.parametrize("entry", ENTRIES, ids=IDS)
def test_no_entry_shadows_the_registry(entry: unofficial.UnofficialCode) -> None:
    if entry.code in REGISTERED:
        assert lookup(entry.code) is StatusCode(entry.code)
        assert lookup(entry.code).phrase != entry.phrase
        assert entry.official is StatusCode(entry.code)
    else:
        assert entry.official is None
        with pytest.raises(UnknownStatusError):
            lookup(entry.code)
        assert get(entry.code) is None
        with pytest.raises(UnknownStatusError):
            StatusCode(entry.code)
    # A vendor phrase never leads lookup() to the vendor's number.
    found = get(entry.phrase)
    assert found is None or found.phrase != entry.phrase or found.code != entry.code
    if 100 <= entry.code <= 599 and entry.code not in REGISTERED:
        assert resolve(entry.code).value == entry.code // 100 * 100


def test_registry_is_unchanged() -> None:
    assert len(StatusCode) == 64
    assert resolve(499) is StatusCode.BAD_REQUEST
    assert resolve(520) is StatusCode.INTERNAL_SERVER_ERROR
    assert lookup(451).phrase == "Unavailable For Legal Reasons"
    assert lookup(103).phrase == "Early Hints"


# -- classification -----------------------------------------------------------


@pytest.mark.parametrize("entry", ENTRIES, ids=IDS)
def test_status_class(entry: unofficial.UnofficialCode) -> None:
    if 100 <= entry.code <= 599:
        assert entry.status_class is StatusClass(entry.code // 100)
        assert classify(entry.code) is entry.status_class
    else:
        assert entry.status_class is None
        with pytest.raises(ValueError, match="from 100 to 599"):
            classify(entry.code)


def test_linkedin_999_has_no_class() -> None:
    (entry,) = unofficial.lookup(999)
    assert entry.vendor.name == "LinkedIn"
    assert entry.status_class is None


# -- lookup ------------------------------------------------------------------


def test_lookup() -> None:
    assert [e.vendor.key for e in unofficial.lookup(499)] == ["esri_arcgis", "nginx"]
    assert unofficial.lookup(404) == ()
    assert unofficial.lookup(12345) == ()
    assert (
        unofficial.lookup(StatusCode.UNAVAILABLE_FOR_LEGAL_REASONS)[0].phrase
        == "Redirect"
    )
    assert unofficial.lookup(527)[0].status == "retired"
    assert unofficial.lookup(103)[0].status == "historical"


@pytest.mark.parametrize("key", [True, 499.0, "499", None, b"499"], ids=repr)
def test_lookup_refuses_non_ints(key: object) -> None:
    with pytest.raises(TypeError, match="must be an int"):
        unofficial.lookup(key)  # type: ignore[arg-type]


def test_records_are_immutable() -> None:
    entry = unofficial.lookup(444)[0]
    with pytest.raises(AttributeError):
        entry.phrase = "changed"  # type: ignore[misc]
    with pytest.raises(AttributeError):
        del entry.code  # pyright: ignore[reportAttributeAccessIssue]
    with pytest.raises(AttributeError):
        entry.vendor.name = "changed"  # type: ignore[misc]
    assert entry.phrase == "No Response"
    assert isinstance(unofficial.ENTRIES, tuple)


def test_records_compare_and_hash() -> None:
    entry = unofficial.lookup(444)[0]
    assert entry == unofficial.lookup(444)[0]
    assert len({*ENTRIES}) == len(ENTRIES)
    assert (
        repr(entry)
        == "UnofficialCode(code=444, phrase='No Response', vendor=Vendor(key='nginx'))"
    )


def test_describe_refuses_other_languages() -> None:
    with pytest.raises(ValueError, match="use 'en' or 'ko'"):
        unofficial.lookup(444)[0].describe("fr")  # type: ignore[arg-type]


def test_data_rows_and_records_agree() -> None:
    assert len(_unofficial_data.UNOFFICIAL) == len(ENTRIES)
    for row, entry in zip(_unofficial_data.UNOFFICIAL, ENTRIES, strict=True):
        assert (row["code"], row["phrase"], row["vendor"]) == (
            entry.code,
            entry.phrase,
            entry.vendor.key,
        )
