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
    (100, "description_ko"): (
        'The seed described 100 as "진행 중", which is what 102 means. 100 says the '
        "server has the start of the request and has not refused it, so the client "
        'may send the content (the answer to "Expect: 100-continue", RFC 9110, '
        'Section 10.1.1). The seed\'s "계속" and "무시해도 됨" are kept.'
    ),
    (101, "description_ko"): (
        "The first and second bullets said the same thing, so they are merged, "
        'without "이 응답 코드는" (the glossary says 상태 코드), in short sentences '
        "with noun-form endings. WebSocket stays as an example: over HTTP/2 and "
        "HTTP/3 a WebSocket starts with an extended CONNECT answered by 200 "
        "(RFC 8441, RFC 9220), not with 101."
    ),
    (101, "phrase"): (
        'The registry and RFC 9110 spell it "Switching Protocols"; the seed\'s '
        "spelling is kept as an alias."
    ),
    (102, "deprecated"): (
        "Struck through in the seed as rarely used; also deprecated by the standards, "
        "since RFC 4918 removed it."
    ),
    (102, "description_ko"): (
        "Kept the meaning; added that it keeps the client from timing out and that "
        "RFC 4918 dropped it from WebDAV, which is why the library marks it "
        'deprecated ("사용 중단", per the glossary, not "폐기").'
    ),
    (103, "description_ko"): (
        "The seed's sentence is kept; added that the resources are those named in "
        "Link headers and that 103 is an interim response sent before the final one "
        "(RFC 8297). Ending brought to the noun form."
    ),
    (200, "description_ko"): (
        "The first sentence is kept, with 성공적으로 as in 204 and 205. The second "
        '("정보는 요청에 따른 응답으로 반환") was vague and ended in a bare noun; it '
        "now says what the content is for GET and for POST (RFC 9110, Section "
        "15.3.1)."
    ),
    (201, "description_ko"): (
        'The seed ended in a bare noun ("작성") and spoke of "a request for '
        'creation"; 201 says the request created one or more resources, identified by '
        "Location (RFC 9110, Section 15.3.2). The POST/PUT remark is kept."
    ),
    (202, "description_ko"): (
        '"아직 처리하지 않은" read as "not started", and "수신" is true of every '
        "request; 202 means the request was accepted for processing, which has not "
        "finished and may still fail or never happen (RFC 9110, Section 15.3.3)."
    ),
    (203, "description_ko"): (
        '203 does not mean "untrustworthy": a transforming proxy modified the origin '
        "server's 200 response. The seed's \"(신뢰할 수 없는 정보)\" is replaced, and "
        'so is the Korean title, which read as "permission".'
    ),
    (204, "description_ko"): (
        "컨텐츠 became 본문, the glossary's one word for a message's content "
        '(docs/style.ko.md, section 4), and "제공할 … 없음" became "응답으로 보낼 '
        '본문이 없음"; added that a browser stays on the page it shows.'
    ),
    (205, "description_ko"): (
        "205 asks the client to reset the view that sent the request (clear a form), "
        "not to refresh and check new content."
    ),
    (206, "description_ko"): (
        "206 is a full success for a range request, not a GET that only partly "
        "succeeded; the download-resume example is kept, and Content-Range is named."
    ),
    (207, "deprecated"): (
        "Struck through in the seed as rarely used; no standard deprecates it, so the "
        "deprecated flag is False."
    ),
    (207, "description_ko"): (
        'The seed\'s "적절한 정보 전달을 함" did not say what is sent, and left '
        '"Status Code" in English; 207 carries one status per resource or operation '
        'in an XML body (RFC 4918, Section 11.1). "여러 리소스" is kept.'
    ),
    (207, "phrase"): (
        'The registry spells it "Multi-Status"; the seed\'s spelling is kept as an '
        "alias."
    ),
    (300, "description_ko"): (
        "The seed said the client sent a request with several possible answers; 300 "
        "means the target resource has several representations and the choice is left "
        'to the client or the user (RFC 9110, Section 15.4.1). The ending "반환" '
        "became a sentence."
    ),
    (300, "phrase"): (
        'The registry spells it "Multiple Choices"; the seed\'s spelling is kept as an '
        "alias."
    ),
    (301, "description_ko"): (
        "Added that the move is permanent (the difference from 302) and that the new "
        "URI comes in the Location header."
    ),
    (302, "description_ko"): (
        "The seed's facts are kept (the change is temporary; later requests use the "
        "original URI), but the rule now stands in the sentence instead of a "
        'parenthesis, "향후에 재요청할 때는" no longer reads as the redirected '
        "request itself, and the URI is said to come in Location."
    ),
    (303, "description_ko"): (
        "Added that the other resource, named in Location, is fetched with GET, which "
        "is what sets 303 apart, and its usual use after a POST."
    ),
    (304, "description_ko"): (
        'The seed compared with "the previous request". 304 compares the validators '
        "the client sent in a conditional GET or HEAD (If-None-Match, "
        "If-Modified-Since) with the current resource, and carries no content (RFC "
        '9110, Section 15.4.5). The seed\'s "(캐시를 목적으로 사용됨)" is dropped as '
        "vague: the sentence now says how the cache is used."
    ),
    (305, "deprecated"): (
        "Struck through in the seed as rarely used; also deprecated by RFC 9110, "
        "Section 15.4.6."
    ),
    (305, "description_ko"): (
        '"Proxy" is written 프록시 (glossary); added that the proxy was named in '
        "Location and that 305 is deprecated (RFC 9110, Section 15.4.6) for security "
        "reasons, so clients ignore it."
    ),
    (306, "deprecated"): (
        'Struck through in the seed as rarely used; the registry marks it "(Unused)", '
        "so the library marks it deprecated."
    ),
    (306, "description_ko"): (
        "The code is reserved so that it is never reused with another meaning, not "
        '"for future use". Added that a draft of an earlier HTTP specification used '
        "it."
    ),
    (306, "phrase"): (
        'IANA lists 306 as "(Unused)", which names nothing. The library uses "Switch '
        'Proxy", the meaning it had in the draft that first used it, with the '
        'registration status UNUSED; the seed\'s "Unused" is an alias.'
    ),
    (307, "description_ko"): (
        'The seed\'s "302와 동일한 의미를 가지나" said little and the method rule had '
        "no subject; it now says who must not change the method (the client) and that "
        "it repeats the request to the Location URI with the same content (RFC 9110, "
        "Section 15.4.8). 메서드, not 메소드."
    ),
    (308, "description_ko"): (
        "The seed ran two sentences together and did not say the move is permanent; "
        "as in 307, the client must keep the method and content and repeat the "
        "request to the Location URI (RFC 9110, Section 15.4.9)."
    ),
    (400, "description_ko"): (
        "RFC 9110 widened 400 beyond bad syntax to any problem the server sees as a "
        "client error, such as invalid message framing (메시지 구성) or deceptive "
        'request routing (변조된 요청 라우팅, not the calque "기만적인"), and says the '
        'server cannot or will not process it ("처리할 수 없거나 처리하지 않음").'
    ),
    (401, "description_ko"): (
        'The seed\'s two causes ("인증되지 않았거나", "유효한 인증 정보가 부족하여") '
        'said one thing twice, so one is kept, with "부족하여" (not enough) as "없어" '
        '(missing): "유효한 인증 정보가 없어 요청이 거부됨". Added that credentials '
        "that were sent were refused and the WWW-Authenticate challenge a 401 must "
        "carry (RFC 9110, Section 15.5.2)."
    ),
    (402, "deprecated"): (
        "Struck through in the seed as rarely used; RFC 9110 reserves it for future "
        "use and does not deprecate it, so the flag is False."
    ),
    (402, "description_ko"): (
        '"현재는 사용하지 않음" is not quite it: RFC 9110, Section 15.5.3 reserves '
        "402 for future use, and some services send it when payment is needed. The "
        'seed\'s "결제 시스템을 위해 만들어졌으나" is dropped, since no current '
        "standard says so."
    ),
    (403, "description_ko"): (
        '403 does not require that the client was authenticated ("신원 인증은 '
        '되었지만"). RFC 9110, Section 15.5.4: credentials sent do not grant access, '
        "the same credentials should not be sent again automatically (other ones may "
        "be tried), and the refusal may have nothing to do with credentials."
    ),
    (404, "description_ko"): (
        "The seed spoke of the URI; 404 is about the target resource, and a server "
        "may also send it to hide that the resource exists (RFC 9110, Section "
        '15.5.5). "클라이언트가 요청한 … 찾을 수 없음" is kept.'
    ),
    (405, "description_ko"): (
        'The seed\'s sentence made the method the one that "does not support"; the '
        "resource is what does not support the method. 메서드, not 메소드; added the "
        "Allow header a 405 must carry (RFC 9110, Section 15.5.6)."
    ),
    (406, "description_ko"): (
        "406 is about proactive negotiation: no representation matches the client's "
        "Accept-* headers and the server sends no default. It is not that there is no "
        "content at all."
    ),
    (407, "description_ko"): (
        '"proxy" is written 프록시 (glossary), and "동일하나" became "비슷하지만": '
        'the client authenticates with the proxy, not "through" it, and the proxy '
        "sends a Proxy-Authenticate challenge (RFC 9110, Section 15.5.8)."
    ),
    (408, "description_ko"): (
        "408 means the server waited too long for the client's request, not that the "
        "response took too long; added that the client may repeat the request."
    ),
    (409, "description_ko"): (
        '"요청이 … 충돌이 발생" did not parse; the conflict is with the current state '
        "of the target resource, and the user may be able to resolve it and retry "
        "(RFC 9110, Section 15.5.10)."
    ),
    (410, "description_ko"): (
        "The seed spoke of the URI; 410 is about the resource, removed on purpose, "
        "and the server expects the removal to be permanent (RFC 9110, Section "
        "15.5.11)."
    ),
    (411, "description_ko"): (
        "The seed said what the request must carry; the sentence now says what 411 "
        "reports, that the server refuses a request without Content-Length (spelled "
        "as the field is), and says it once."
    ),
    (412, "description_ko"): (
        "The seed read as if the server had conditions of its own. The conditions are "
        "the request's (If-Match, If-Unmodified-Since, ...), and one of them "
        "evaluated to false (RFC 9110, Section 15.5.13)."
    ),
    (413, "description_ko"): (
        '"request payload" was left in English; it is 요청 본문 (glossary; RFC 9110 '
        'renamed payload to content). The seed\'s "…보다 큼" is kept; the limit is '
        'the size the server is able or willing to process ("처리할 수 있거나 '
        '처리하기로 한 크기", RFC 9110, Section 15.5.14), and the server may close '
        "the connection."
    ),
    (413, "phrase"): (
        'RFC 9110 renamed "Payload Too Large" to "Content Too Large"; the old phrase '
        'and the older "Request Entity Too Large" are aliases.'
    ),
    (414, "description_ko"): (
        'The seed\'s sentence is kept in substance ("URI가 너무 길어서"); added the '
        "usual causes (RFC 9110, Section 15.5.15)."
    ),
    (415, "description_ko"): (
        "415 is about the format of the content the client sent, not a format the "
        "client asked for; content codings (Content-Encoding) are included."
    ),
    (416, "description_ko"): (
        "416 means none of the requested ranges overlap the representation (or there "
        "were too many), not that the Range field is malformed."
    ),
    (416, "phrase"): (
        'RFC 7233 renamed it "Range Not Satisfiable"; the seed\'s (RFC 2616) phrase is '
        "kept as an alias."
    ),
    (417, "description_ko"): (
        "417 means the expectation could not be met by a server on the request's "
        "path, not that the Expect field is unsuitable."
    ),
    (421, "deprecated"): (
        "Struck through in the seed as rarely used; it is current (RFC 9110, Section "
        "15.5.20) and matters for HTTP/2 connection reuse."
    ),
    (421, "description_ko"): (
        '"지정됨" became "전달됨": the request reached a server that cannot answer '
        "for the target URI; added the connection-reuse example (RFC 9110, Section "
        "15.5.20)."
    ),
    (422, "description_ko"): (
        "The seed called 422 a syntax error. 422 means the content is well-formed and "
        "of a supported type but cannot be acted on; a syntax error is 400."
    ),
    (422, "phrase"): (
        'RFC 9110 renamed "Unprocessable Entity" to "Unprocessable Content"; the old '
        "phrase is an alias."
    ),
    (423, "deprecated"): (
        "Struck through in the seed as rarely used; current in WebDAV (RFC 4918), so "
        "the flag is False."
    ),
    (423, "description_ko"): (
        '"잠겨있음" is spaced "잠겨 있음"; what is locked is the WebDAV resource, not '
        '"access to it" (RFC 4918, Section 11.3).'
    ),
    (424, "deprecated"): (
        "Struck through in the seed as rarely used; current in WebDAV (RFC 4918), so "
        "the flag is False."
    ),
    (424, "description_ko"): (
        "The action that failed is another action the request depended on, usually in "
        "the same request, not an earlier request."
    ),
    (426, "description_ko"): (
        '"처리 할 수도.(업그레이드 필요)" was an unfinished sentence with a spacing '
        "error; added that the protocol to switch to is named in the Upgrade header."
    ),
    (428, "description_ko"): (
        'The seed\'s "필수 전제 조건 헤더가 누락됨" is kept in substance: the origin '
        "server requires a conditional request and the request has no condition "
        "header such as If-Match; added why servers require it (lost updates, RFC "
        "6585, Section 3)."
    ),
    (429, "description_ko"): (
        '"지정된 시간에" read as "at a set time"; 429 is about too many requests '
        "within a period (rate limiting), and Retry-After may say how long to wait "
        "(RFC 6585, Section 4)."
    ),
    (431, "description_ko"): (
        '"처리 불가" ended in a bare noun and "헤더 필드" is written 헤더 (glossary); '
        "added that one field or the whole header section may be too large (RFC 6585, "
        "Section 5)."
    ),
    (451, "description_ko"): (
        "451 covers any legal demand (a court order, for one), not only government "
        "censorship, and it does not say that the resource is illegal."
    ),
    (500, "description_ko"): (
        '"설명불가" ended in a bare noun without spacing; the code is the generic '
        "answer to an unexpected condition when no more specific 5xx fits (RFC 9110, "
        "Section 15.6.1)."
    ),
    (501, "description_ko"): (
        "501 is about methods the server does not recognise for any resource, not "
        '"new" ones; the two sentences of the seed are joined.'
    ),
    (502, "description_ko"): (
        '"서버 위의 서버" is replaced by what 502 says: a gateway or proxy got an '
        "invalid response from the upstream server."
    ),
    (503, "description_ko"): (
        "The seed's causes (overload, maintenance) are kept; the sentence now takes "
        'the server\'s view ("서버가 … 처리할 수 없음") and says the condition is '
        "temporary and that Retry-After may say when to retry (RFC 9110, Section "
        "15.6.4)."
    ),
    (504, "description_ko"): (
        '"delay" was left in English; 504 is sent by a gateway or proxy that did not '
        "get a timely answer from the upstream server (RFC 9110, Section 15.6.5)."
    ),
    (505, "description_ko"): (
        'Restated with the server as the subject instead of the passive "지원되지 '
        '않음"; added that it is about the major version and that the server may '
        "refuse to support it (RFC 9110, Section 15.6.6)."
    ),
    (506, "description_ko"): (
        'Kept the seed\'s sentence ("구성" is written 설정, as in the title) and added '
        "what the configuration error is (RFC 2295, Section 8.1), so that 506 and 507 "
        "differ."
    ),
    (507, "description_ko"): (
        "The seed repeated 506's text. 507 means the server has no room to store what "
        "the request needs."
    ),
    (508, "description_ko"): (
        'The seed\'s sentence ended in a bare noun ("감지"); added that it concerns a '
        'WebDAV request with "Depth: infinity" and a loop of bindings (RFC 5842, '
        "Section 7.2)."
    ),
    (510, "deprecated"): (
        'Not struck through in the seed, but the registry marks 510 "(OBSOLETED)", so '
        "the library marks it deprecated."
    ),
    (510, "description_ko"): (
        "Rewritten from RFC 2774, Section 7 (the request did not meet the policy for "
        "accessing the resource); added that the Extension Framework is Historic and "
        'the code obsoleted ("폐지", per the glossary).'
    ),
    (511, "description_ko"): (
        '"액세스" is written 접근 (glossary); added that captive portals send it, not '
        "the origin server (RFC 6585, Section 6)."
    ),
    (104, "missing"): "Registered in 2024, after the seed was written; new text.",
    (208, "missing"): "Not in the seed (WebDAV, RFC 5842); new text.",
    (226, "missing"): "Not in the seed (delta encoding, RFC 3229); new text.",
    (418, "missing"): (
        'Not in the seed. Deprecated: RFC 9110 lists it as "(Unused)". The library '
        'calls it "I\'m a Teapot", the name everyone knows and the one http.HTTPStatus '
        "uses, with the registration status UNUSED."
    ),
    (425, "missing"): "Not in the seed (TLS early data, RFC 8470); new text.",
}
