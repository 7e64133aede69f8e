"""Why the library differs from the user's seed note, one entry per difference.

``tools/generate.py`` builds the table in docs/seed-differences.md from the
seed note, the data module and this mapping, and stops with an error when a
difference has no reason here or a reason has no difference, so the table
cannot fall behind the data.

Keys are (code, field); field is one of "phrase", "description_ko",
"deprecated" (the strike-through against the deprecated flag) and "missing"
(the seed has no entry for the code).
"""

from __future__ import annotations

REASONS: dict[tuple[int, str], str] = {
    (101, "phrase"): (
        'The registry and RFC 9110 spell it "Switching Protocols"; the seed\'s '
        "spelling is kept as an alias."
    ),
    (101, "description_ko"): (
        "The first and second bullets said the same thing, so they are merged. "
        "WebSocket is now given as an example: over HTTP/2 and HTTP/3 a "
        "WebSocket starts with an extended CONNECT answered by 200 (RFC 8441, "
        "RFC 9220), not with 101."
    ),
    (102, "description_ko"): (
        "Added that RFC 4918 dropped 102 from WebDAV, which is why the library "
        "marks it deprecated."
    ),
    (102, "deprecated"): (
        "Struck through in the seed as rarely used; also deprecated by the "
        "standards, since RFC 4918 removed it."
    ),
    (202, "description_ko"): (
        '"아직 처리하지 않은" read as "not started"; 202 means processing has '
        "not finished and may still fail or never happen."
    ),
    (203, "description_ko"): (
        '203 does not mean "untrustworthy": a transforming proxy modified the '
        "origin's 200 response. The seed's \"(신뢰할 수 없는 정보)\" is replaced."
    ),
    (205, "description_ko"): (
        "205 asks the client to reset the view that sent the request (clear a "
        "form), not to refresh and check new content."
    ),
    (206, "description_ko"): (
        "206 is a full success for a range request, not a GET that only partly "
        "succeeded; the download-resume example is kept."
    ),
    (207, "phrase"): (
        'The registry spells it "Multi-Status"; the seed\'s spelling is kept '
        "as an alias."
    ),
    (207, "deprecated"): (
        "Struck through in the seed as rarely used; no standard deprecates it, "
        "so the deprecated flag is False."
    ),
    (300, "phrase"): (
        'The registry spells it "Multiple Choices"; the seed\'s spelling is '
        "kept as an alias."
    ),
    (301, "description_ko"): (
        "Added that the move is permanent (the difference from 302) and that "
        "the new URI comes in the Location header."
    ),
    (303, "description_ko"): (
        "Added that the other URI is fetched with GET, which is what sets 303 "
        "apart, and its usual use after a POST."
    ),
    (305, "description_ko"): (
        "Added that 305 is deprecated (RFC 9110, Section 15.4.6) for security "
        "reasons and that clients ignore it."
    ),
    (305, "deprecated"): (
        "Struck through in the seed as rarely used; also deprecated by RFC "
        "9110, Section 15.4.6."
    ),
    (306, "phrase"): (
        'IANA lists 306 as "(Unused)", which names nothing. The library uses '
        '"Switch Proxy", the meaning it had in the draft that first used it, '
        'with the registration status UNUSED; the seed\'s "Unused" is an alias.'
    ),
    (306, "description_ko"): (
        "The code is reserved so that it is never reused with another meaning, "
        'not "for future use".'
    ),
    (306, "deprecated"): (
        "Struck through in the seed as rarely used; the registry marks it "
        '"(Unused)", so the library marks it deprecated.'
    ),
    (400, "description_ko"): (
        "RFC 9110 widened 400 beyond bad syntax to any problem the server sees "
        "as a client error, such as invalid message framing."
    ),
    (402, "deprecated"): (
        "Struck through in the seed as rarely used; RFC 9110 reserves it for "
        "future use and does not deprecate it, so the flag is False."
    ),
    (403, "description_ko"): (
        '403 does not require that the client was authenticated ("신원 인증은 '
        '되었지만"); it says that sending credentials again will not help.'
    ),
    (406, "description_ko"): (
        "406 is about proactive negotiation: nothing matches the client's "
        "Accept-* headers. It is not that there is no content at all."
    ),
    (408, "description_ko"): (
        "408 means the server waited too long for the client's request, not "
        "that the response took too long."
    ),
    (413, "phrase"): (
        'RFC 9110 renamed "Payload Too Large" to "Content Too Large"; the old '
        'phrase and the older "Request Entity Too Large" are aliases.'
    ),
    (415, "description_ko"): (
        "415 is about the format of the content the client sent, not a format "
        "the client asked for."
    ),
    (416, "phrase"): (
        'RFC 7233 renamed it "Range Not Satisfiable"; the seed\'s (RFC 2616) '
        "phrase is kept as an alias."
    ),
    (416, "description_ko"): (
        "416 means the requested ranges do not overlap the representation, not "
        "that the Range field is malformed."
    ),
    (417, "description_ko"): (
        "417 means the expectation could not be met, not that the Expect field "
        "is unsuitable."
    ),
    (421, "deprecated"): (
        "Struck through in the seed as rarely used; it is current (RFC 9110, "
        "Section 15.5.20) and matters for HTTP/2 connection reuse."
    ),
    (422, "phrase"): (
        'RFC 9110 renamed "Unprocessable Entity" to "Unprocessable Content"; '
        "the old phrase is an alias."
    ),
    (422, "description_ko"): (
        "The seed called 422 a syntax error. 422 means the content is "
        "well-formed and of a supported type but cannot be acted on; a syntax "
        "error is 400."
    ),
    (423, "deprecated"): (
        "Struck through in the seed as rarely used; current in WebDAV (RFC "
        "4918), so the flag is False."
    ),
    (424, "description_ko"): (
        "The action that failed is another action the request depended on, "
        "usually in the same request, not an earlier request."
    ),
    (424, "deprecated"): (
        "Struck through in the seed as rarely used; current in WebDAV (RFC "
        "4918), so the flag is False."
    ),
    (451, "description_ko"): (
        "451 covers any legal demand (a court order, for one), not only "
        "government censorship, and it does not say that the resource is "
        "illegal."
    ),
    (501, "description_ko"): (
        '501 is about methods the server does not recognise, not "new" ones; '
        "the two sentences of the seed are joined."
    ),
    (502, "description_ko"): (
        '"서버 위의 서버" is replaced by what 502 says: a gateway or proxy got '
        "an invalid response from the upstream server."
    ),
    (506, "description_ko"): (
        "Kept the seed's sentence and added what the configuration error is "
        "(RFC 2295, Section 8.1), so that 506 and 507 differ."
    ),
    (507, "description_ko"): (
        "The seed repeated 506's text. 507 means the server has no room to "
        "store what the request needs."
    ),
    (510, "description_ko"): (
        "Added that the Extension Framework is Historic and the code obsoleted."
    ),
    (510, "deprecated"): (
        "Not struck through in the seed, but the registry marks 510 "
        '"(OBSOLETED)", so the library marks it deprecated.'
    ),
    (104, "missing"): "Registered in 2024, after the seed was written; new text.",
    (208, "missing"): "Not in the seed (WebDAV, RFC 5842); new text.",
    (226, "missing"): "Not in the seed (delta encoding, RFC 3229); new text.",
    (418, "missing"): (
        'Not in the seed. Deprecated: RFC 9110 lists it as "(Unused)". The '
        'library calls it "I\'m a Teapot", the name everyone knows and the one '
        "http.HTTPStatus uses, with the registration status UNUSED."
    ),
    (425, "missing"): "Not in the seed (TLS early data, RFC 8470); new text.",
}
