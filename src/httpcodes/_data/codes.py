"""Every fact httpcodes knows about an HTTP status code, as literal data.

This module is the single source of truth. It holds literals only: no logic,
no imports at run time. The enum (``_status.py``), the lookup tables and the
generated documentation are all derived from it; ``tools/generate.py``
rewrites the derived files and the tests fail when they drift.

Row fields:

code            the three-digit status code.
name            canonical Python identifier, used as the enum member name.
old_names       earlier member names kept as enum aliases (``http.HTTPStatus``
                names from before RFC 9110), so code written against them
                keeps working.
phrase          the reason phrase as the IANA registry spells it today.
aliases         older or variant phrases people still meet in code and logs
                (earlier RFCs, the user's seed note).  Matched by ``lookup``.
phrase_ko       a short Korean name, as a Korean error page or log shows it.
description     one or two sentences in English.
description_ko  Korean description, from the seed note where it was right
                (docs/seed-differences.md lists every change).
deprecated      deprecated, removed or retired by the standards.  Not "rarely
                used": the seed note's strike-throughs do not set this.
registration    the IANA registration status: "assigned" for an ordinary
                entry, "temporary" for a temporary registration, "unused" for
                an entry the registry marks "(Unused)", "obsoleted" for one it
                marks "(OBSOLETED)".
expires         ISO date when a temporary registration expires, else None.
cacheable_by_default
                heuristically cacheable: a cache may store the response and
                estimate its freshness without explicit caching headers
                (RFC 9110, Section 15.1; RFC 7725, Section 3 for 451).
allows_content  False where the response never carries content: every 1xx,
                204 and 304 (RFC 9110, Section 6.4.1).
followable_redirect
                a redirect that a client follows by itself, using Location
                (RFC 9110, Section 15.4: 301, 302, 303, 307, 308).
preserves_method
                a followable redirect that forbids changing the method
                (RFC 9110, Sections 15.4.8 and 15.4.9: 307, 308).
reference       the defining document and, where it has one, the section.

Guidance, for choosing a code (read by ``httpcodes.search``, ``Guidance`` and
the generated docs/choosing*.md, never at import):

use_when, use_when_ko
                when a server sends this code, in the situations developers
                meet, grounded in the defining RFC section.
use_instead, use_instead_ko
                when not to send it, naming the nearest code to use instead.
see_also        the codes this one is most often confused with.
keywords, keywords_ko
                words and phrases people use for the situation ("rate
                limit", "점검"), including informal variants that the Korean
                style guide keeps out of descriptions (타임아웃): they are
                what people type, not what the library writes.

To bring the data up to a new IANA registry update, see docs/design.md.
"""

# Annotations that Python evaluates at run time are written as strings, as on
# the import path (this module is loaded on the first read of a fact, issue
# 14): importing __future__ costs about 0.1 ms.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Final, Literal, TypedDict

    class CodeRow(TypedDict):
        code: int
        name: str
        old_names: tuple[str, ...]
        phrase: str
        aliases: tuple[str, ...]
        phrase_ko: str
        description: str
        description_ko: str
        deprecated: bool
        registration: Literal["assigned", "temporary", "unused", "obsoleted"]
        expires: str | None
        cacheable_by_default: bool
        allows_content: bool
        followable_redirect: bool
        preserves_method: bool
        reference: str
        use_when: str
        use_when_ko: str
        use_instead: str
        use_instead_ko: str
        see_also: tuple[int, ...]
        keywords: tuple[str, ...]
        keywords_ko: tuple[str, ...]

    class ConfusionRow(TypedDict):
        codes: tuple[int, ...]
        distinction: str
        distinction_ko: str
        reference: str

    class ClassRow(TypedDict):
        digit: int
        name: str
        label: str
        label_ko: str
        reference: str


# The date of the IANA HTTP Status Code Registry edition this data follows.
REGISTRY_DATE: "Final" = "2025-09-15"

# RFC 9110, Section 15: the first digit of a status code defines its class.
CLASSES: "tuple[ClassRow, ...]" = (
    {
        "digit": 1,
        "name": "INFORMATIONAL",
        "label": "Informational",
        "label_ko": "정보 응답",
        "reference": "RFC 9110, Section 15.2",
    },
    {
        "digit": 2,
        "name": "SUCCESSFUL",
        "label": "Successful",
        "label_ko": "성공 응답",
        "reference": "RFC 9110, Section 15.3",
    },
    {
        "digit": 3,
        "name": "REDIRECTION",
        "label": "Redirection",
        "label_ko": "리다이렉트",
        "reference": "RFC 9110, Section 15.4",
    },
    {
        "digit": 4,
        "name": "CLIENT_ERROR",
        "label": "Client Error",
        "label_ko": "클라이언트 요청 오류",
        "reference": "RFC 9110, Section 15.5",
    },
    {
        "digit": 5,
        "name": "SERVER_ERROR",
        "label": "Server Error",
        "label_ko": "서버 오류",
        "reference": "RFC 9110, Section 15.6",
    },
)

# Codes that people mix up, each group with what tells them apart. Every
# statement rests on the sections in "reference"; docs/choosing.md and
# docs/choosing.ko.md are generated from this table.
CONFUSIONS: "tuple[ConfusionRow, ...]" = (
    {
        "codes": (400, 422),
        "distinction": (
            "400 is for a request the server cannot even read: broken JSON, a missing "
            "required parameter, bad framing. 422 is for content that parses and has "
            "the right media type but whose values cannot be acted on, such as a "
            "failed validation rule. If a parser rejected it, 400; if your validation "
            "logic rejected it, 422."
        ),
        "distinction_ko": (
            "400은 서버가 요청을 읽을 수조차 없을 때 씀 (깨진 JSON, 빠진 필수 "
            "매개변수, 잘못된 메시지 구성 등). 422는 본문이 파싱되고 미디어 타입도 "
            "맞지만 담긴 값대로 처리할 수 없을 때 씀 (유효성 검사 실패 등). 파서가 "
            "거부했으면 400, 검증 로직이 거부했으면 422임"
        ),
        "reference": "RFC 9110, Sections 15.5.1 and 15.5.21",
    },
    {
        "codes": (401, 403),
        "distinction": (
            "401 means the server does not know who you are: credentials are "
            "missing, expired or wrong, and logging in may help; it must carry "
            "WWW-Authenticate. 403 means the server refuses whoever you are: the "
            "credentials sent do not grant access, and repeating the request with "
            "the same ones will not change the answer."
        ),
        "distinction_ko": (
            "401은 클라이언트가 누구인지 서버가 모른다는 뜻임. 인증 정보가 없거나 "
            "만료되었거나 틀렸으므로 로그인하면 해결될 수 있고, WWW-Authenticate "
            "헤더를 담아야 함. 403은 클라이언트가 누구든 서버가 거절한다는 뜻이며, "
            "보낸 인증 정보로는 접근할 수 없고 같은 인증 정보로 다시 요청해도 "
            "결과가 바뀌지 않음"
        ),
        "reference": "RFC 9110, Sections 15.5.2 and 15.5.4",
    },
    {
        "codes": (403, 404),
        "distinction": (
            "Both can refuse access. 403 tells the client it may not have the "
            "resource, which suggests that the resource exists. 404 says nothing "
            "about existence, which is why a server that wants to hide a private "
            "resource may answer 404 instead of 403."
        ),
        "distinction_ko": (
            "둘 다 접근을 거절할 수 있음. 403은 클라이언트에게 리소스를 줄 수 없다고 "
            "말하므로 리소스가 있음을 드러내는 셈임. 404는 존재 여부를 밝히지 "
            "않으므로, 비공개 리소스를 숨기려는 서버는 403 대신 404를 보낼 수 있음"
        ),
        "reference": "RFC 9110, Sections 15.5.4 and 15.5.5",
    },
    {
        "codes": (404, 410),
        "distinction": (
            "404 says there is nothing here now, without saying whether that will "
            "last. 410 says the resource existed and was removed on purpose, for "
            "good, so links to it should be removed. When in doubt, 404."
        ),
        "distinction_ko": (
            "404는 지금 여기에 아무것도 없다는 뜻이며 그 상태가 계속될지는 말하지 "
            "않음. 410은 리소스가 있었지만 일부러 영구히 지웠다는 뜻이므로 그 "
            "리소스를 가리키는 링크를 지워야 함. 확실하지 않으면 404를 씀"
        ),
        "reference": "RFC 9110, Sections 15.5.5 and 15.5.11",
    },
    {
        "codes": (301, 308),
        "distinction": (
            "Both say the resource moved for good. After a 301 a client may change "
            "POST to GET, and browsers do; after a 308 it must repeat the same method "
            "with the same content. For page links 301 is fine; for an API that "
            "receives POST or PUT, 308."
        ),
        "distinction_ko": (
            "둘 다 리소스가 영구히 옮겨졌다는 뜻임. 301 뒤에는 클라이언트가 POST를 "
            "GET으로 바꿀 수 있고 브라우저는 실제로 바꿈. 308 뒤에는 같은 메서드와 "
            "본문으로 다시 요청해야 함. 페이지 링크에는 301로 충분하고, POST나 PUT을 "
            "받는 API에는 308을 씀"
        ),
        "reference": "RFC 9110, Sections 15.4.2 and 15.4.9",
    },
    {
        "codes": (302, 303, 307),
        "distinction": (
            "All three are temporary. 302 lets clients change POST to GET, as browsers "
            "do, and is best kept for GET. 303 always means fetch the other resource "
            "with GET, the usual answer after a form POST. 307 requires the same "
            "method and content at the new URI."
        ),
        "distinction_ko": (
            "셋 다 임시 리다이렉트임. 302는 클라이언트가 POST를 GET으로 바꾸는 것을 "
            "허용하고 브라우저도 그렇게 하므로 GET 요청에 쓰는 것이 좋음. 303은 언제나 "
            "다른 리소스를 GET으로 가져오라는 뜻이며 폼 POST 뒤의 일반적인 응답임. "
            "307은 새 URI에서도 같은 메서드와 본문을 쓰게 함"
        ),
        "reference": "RFC 9110, Sections 15.4.3, 15.4.4 and 15.4.8",
    },
    {
        "codes": (307, 308),
        "distinction": (
            "Both keep the method and content. 307 is temporary: keep using the "
            "original URI. 308 is permanent: update links and bookmarks to the new "
            "URI, and caches may store it."
        ),
        "distinction_ko": (
            "둘 다 메서드와 본문을 유지함. 307은 임시이므로 원래 URI를 계속 써야 "
            "함. 308은 영구이므로 클라이언트는 링크와 북마크를 새 URI로 바꿔야 하고, "
            "캐시는 응답을 저장할 수 있음"
        ),
        "reference": "RFC 9110, Sections 15.4.8 and 15.4.9",
    },
    {
        "codes": (409, 412),
        "distinction": (
            "412 is the answer to a condition the client put in the request, If-Match "
            "or If-Unmodified-Since, that turned out false. 409 is a conflict the "
            "server found by itself with the current state, such as a duplicate or an "
            "invalid state transition, with no client precondition involved."
        ),
        "distinction_ko": (
            "412는 클라이언트가 요청에 넣은 조건(If-Match, If-Unmodified-Since)이 "
            "거짓으로 판명될 때의 응답임. 409는 클라이언트의 전제 조건 없이 서버가 "
            "현재 상태와의 충돌을 스스로 발견한 경우임 (중복, 허용되지 않는 상태 변경 "
            "등)"
        ),
        "reference": "RFC 9110, Sections 15.5.10 and 15.5.13",
    },
    {
        "codes": (412, 428),
        "distinction": (
            "412: the client sent a precondition and it failed. 428: the server "
            "requires a precondition for this request and the client sent none. Both "
            "protect against lost updates."
        ),
        "distinction_ko": (
            "412는 클라이언트가 전제 조건을 보냈는데 실패한 경우임. 428은 서버가 이 "
            "요청에 전제 조건을 요구하는데 클라이언트가 보내지 않은 경우임. 둘 다 변경 "
            "내용이 유실되는 것을 막음"
        ),
        "reference": "RFC 9110, Section 15.5.13; RFC 6585, Section 3",
    },
    {
        "codes": (429, 503),
        "distinction": (
            "429 is about one client: it sent too many requests and should slow down. "
            "503 is about the server: it cannot serve anyone right now, because of "
            "overload or maintenance. Both may carry Retry-After."
        ),
        "distinction_ko": (
            "429는 한 클라이언트의 문제임. 요청을 너무 많이 보냈으므로 속도를 줄여야 "
            "함. 503은 서버의 문제임. 과부하나 점검 때문에 지금은 누구의 요청도 처리할 "
            "수 없음. 둘 다 Retry-After 헤더를 담을 수 있음"
        ),
        "reference": "RFC 6585, Section 4; RFC 9110, Section 15.6.4",
    },
    {
        "codes": (502, 504),
        "distinction": (
            "Both come from a gateway or proxy about the server behind it. 502: the "
            "upstream answered with something invalid or dropped the connection. 504: "
            "the upstream did not answer in time."
        ),
        "distinction_ko": (
            "둘 다 게이트웨이나 프록시가 상위 서버 때문에 보내는 코드임. 502는 상위 "
            "서버가 잘못된 응답을 보냈거나 연결을 끊은 경우임. 504는 상위 서버가 제때 "
            "응답하지 않은 경우임"
        ),
        "reference": "RFC 9110, Sections 15.6.3 and 15.6.5",
    },
    {
        "codes": (500, 503),
        "distinction": (
            "500 is an unexpected failure, usually a bug, with no promise that "
            "retrying helps. 503 is a temporary, known condition such as overload or "
            "maintenance, and says that retrying later should work, possibly with "
            "Retry-After."
        ),
        "distinction_ko": (
            "500은 예상하지 못한 실패이며 대개 버그이고, 다시 시도하면 된다는 보장이 "
            "없음. 503은 과부하나 점검처럼 알려진 일시적 상태이며, 나중에 다시 "
            "시도하면 될 것이라는 뜻임 (Retry-After 헤더를 담을 수 있음)"
        ),
        "reference": "RFC 9110, Sections 15.6.1 and 15.6.4",
    },
    {
        "codes": (405, 501),
        "distinction": (
            "405: the server knows the method, but this resource does not allow it; "
            "the response lists the allowed ones in Allow. 501: the server does not "
            "support the method for any resource at all."
        ),
        "distinction_ko": (
            "405는 서버가 아는 메서드이지만 이 리소스에서는 허용하지 않는 경우이며, "
            "허용하는 메서드를 Allow 헤더에 나열함. 501은 서버가 어느 리소스에 "
            "대해서도 그 메서드를 지원하지 않는 경우임"
        ),
        "reference": "RFC 9110, Sections 15.5.6 and 15.6.2",
    },
    {
        "codes": (406, 415),
        "distinction": (
            "406 is about the response: nothing matches what the client said it "
            "accepts (Accept, Accept-Language). 415 is about the request: the content "
            "the client sent is in a format (Content-Type or Content-Encoding) the "
            "server does not take."
        ),
        "distinction_ko": (
            "406은 응답에 관한 것임. 클라이언트가 받겠다고 한 형식이나 언어(Accept, "
            "Accept-Language)에 맞는 표현이 없음. 415는 요청에 관한 것임. 클라이언트가 "
            "보낸 본문의 형식(Content-Type, Content-Encoding)을 서버가 받지 않음"
        ),
        "reference": "RFC 9110, Sections 15.5.7 and 15.5.16",
    },
    {
        "codes": (408, 504),
        "distinction": (
            "408: the server waited too long for the client to send its request. 504: "
            "a gateway waited too long for the server behind it to answer. One is a "
            "slow client, the other a slow upstream."
        ),
        "distinction_ko": (
            "408은 서버가 클라이언트의 요청을 너무 오래 기다린 경우임. 504는 "
            "게이트웨이가 상위 서버의 응답을 너무 오래 기다린 경우임. 하나는 느린 "
            "클라이언트, 다른 하나는 느린 상위 서버가 원인임"
        ),
        "reference": "RFC 9110, Sections 15.5.9 and 15.6.5",
    },
    {
        "codes": (413, 414, 431),
        "distinction": (
            "Each is about a different part of the request being too big. 413 is "
            "about the content (an upload or a body), 414 about the target URI "
            "(often a long query string), 431 about the header fields (often "
            "cookies)."
        ),
        "distinction_ko": (
            "요청의 어느 부분이 너무 큰지에 따라 다름. 413은 본문(업로드나 요청 본문), "
            "414는 대상 URI(주로 긴 쿼리 문자열), 431은 헤더(주로 쿠키)가 너무 큰 "
            "경우임"
        ),
        "reference": "RFC 9110, Sections 15.5.14 and 15.5.15; RFC 6585, Section 5",
    },
    {
        "codes": (200, 204),
        "distinction": (
            "Both mean success. 200 carries content; 204 says there is deliberately "
            "none and cannot carry any, which suits DELETE or an update that needs no "
            "reply."
        ),
        "distinction_ko": (
            "둘 다 성공을 뜻함. 200은 응답 본문을 담고, 204는 일부러 응답 본문이 "
            "없으며 담을 수도 없음. 204는 DELETE나 돌려줄 내용이 없는 수정에 알맞음"
        ),
        "reference": "RFC 9110, Sections 15.3.1 and 15.3.5",
    },
    {
        "codes": (201, 202),
        "distinction": (
            "201: the resource has been created, and Location says where. 202: the "
            "request was accepted but the work, creation included, has not happened "
            "yet and may still fail."
        ),
        "distinction_ko": (
            "201은 리소스가 이미 만들어졌다는 뜻이며 Location 헤더가 그 위치를 알려 "
            "줌. 202는 요청을 받아들였지만 생성을 포함한 작업이 아직 일어나지 않았고 "
            "실패할 수도 있다는 뜻임"
        ),
        "reference": "RFC 9110, Sections 15.3.2 and 15.3.3",
    },
    {
        "codes": (204, 205),
        "distinction": (
            "Both succeed without content. After 204 the client keeps its current "
            "view; after 205 it should reset the view that sent the request, such as "
            "clearing a form for the next entry."
        ),
        "distinction_ko": (
            "둘 다 본문 없이 성공함. 204 뒤에는 클라이언트가 지금 화면을 그대로 두고, "
            "205 뒤에는 요청을 보낸 화면을 초기화해야 함 (다음 입력을 위해 폼 비우기 "
            "등)"
        ),
        "reference": "RFC 9110, Sections 15.3.5 and 15.3.6",
    },
    {
        "codes": (401, 407),
        "distinction": (
            "Both ask for credentials. 401 comes from the origin server and its "
            "challenge is in WWW-Authenticate; 407 comes from a proxy on the way and "
            "its challenge is in Proxy-Authenticate."
        ),
        "distinction_ko": (
            "둘 다 인증 정보를 요구함. 401은 원본 서버가 보내며 WWW-Authenticate "
            "헤더에 인증 방법을 담음. 407은 중간의 프록시가 보내며 Proxy-Authenticate "
            "헤더에 담음"
        ),
        "reference": "RFC 9110, Sections 15.5.2 and 15.5.8",
    },
    {
        "codes": (409, 422),
        "distinction": (
            "422: the content is invalid on its own terms, whatever the state of the "
            "server. 409: the content would be fine, but it conflicts with what is "
            "there now, such as an email that is already registered."
        ),
        "distinction_ko": (
            "422는 서버 상태와 상관없이 본문 자체가 유효하지 않은 경우임. 409는 본문 "
            "자체는 문제없지만 지금 있는 것과 충돌하는 경우임 (이미 가입된 이메일 등)"
        ),
        "reference": "RFC 9110, Sections 15.5.10 and 15.5.21",
    },
    {
        "codes": (403, 451),
        "distinction": (
            "Both refuse access. 451 says the reason is a legal demand, such as a "
            "court order or a government block, and should say who made it; 403 is for "
            "refusals of the server's own choosing."
        ),
        "distinction_ko": (
            "둘 다 접근을 거절함. 451은 법원 명령이나 정부 차단 같은 법적 요구 "
            "때문이라는 뜻이며 누가 요구했는지 밝혀야 함. 403은 서버가 스스로 정한 "
            "거절에 씀"
        ),
        "reference": "RFC 7725, Section 3; RFC 9110, Section 15.5.4",
    },
)

CODES: "tuple[CodeRow, ...]" = (
    # -- 1xx Informational --------------------------------------------------
    {
        "code": 100,
        "name": "CONTINUE",
        "old_names": (),
        "phrase": "Continue",
        "aliases": (),
        "phrase_ko": "계속",
        "description": (
            "The server has received the start of the request and has not "
            "rejected it, so the client can go on sending the request "
            "content; a client that has already sent everything can ignore it."
        ),
        "description_ko": (
            "서버가 요청의 시작 부분을 받았고 아직 거절하지 않았음. 클라이언트는 요청 "
            "본문을 계속 보내면 되고, 이미 요청을 다 보냈다면 이 응답을 무시해도 됨 "
            "(주로 Expect: 100-continue 요청 헤더에 대한 응답)"
        ),
        "deprecated": False,
        "registration": "assigned",
        "expires": None,
        "cacheable_by_default": False,
        "allows_content": False,
        "followable_redirect": False,
        "preserves_method": False,
        "reference": "RFC 9110, Section 15.2.1",
        "use_when": (
            "Sent by the server, usually automatically, when a client asked with "
            "Expect: 100-continue and the server is willing to receive the content."
        ),
        "use_when_ko": (
            "클라이언트가 Expect: 100-continue로 물었고 서버가 본문을 받을 준비가 "
            "되었을 때 서버가 (대개 자동으로) 보냄"
        ),
        "use_instead": (
            "Application code rarely sends it; reject a request you do not want with a "
            "final 4xx code, such as 417 or 413, instead."
        ),
        "use_instead_ko": (
            "애플리케이션 코드가 직접 보낼 일은 드묾. 받고 싶지 않은 요청에는 417이나 "
            "413 같은 최종 4xx 코드를 보냄"
        ),
        "see_also": (417,),
        "keywords": (
            "expect 100-continue",
            "continue upload",
            "interim",
            "send body later",
        ),
        "keywords_ko": ("본문 전송 계속", "업로드 계속", "중간 응답", "100-continue"),
    },
    {
        "code": 101,
        "name": "SWITCHING_PROTOCOLS",
        "old_names": (),
        "phrase": "Switching Protocols",
        "aliases": ("Switching Protocol",),
        "phrase_ko": "프로토콜 전환",
        "description": (
            "The server accepts the client's Upgrade request and continues "
            "the connection in the protocol it names, as when an HTTP/1.1 "
            "connection becomes a WebSocket."
        ),
        "description_ko": (
            "클라이언트가 보낸 Upgrade 요청 헤더에 대한 응답으로, 서버가 그 헤더에 "
            "적힌 프로토콜 중 하나로 연결을 전환함. 어느 프로토콜로 전환하는지는 "
            "응답의 Upgrade 헤더로 알려 줌. 예를 들어 HTTP/1.1 연결을 WebSocket으로 "
            "전환할 때 쓰임"
        ),
        "deprecated": False,
        "registration": "assigned",
        "expires": None,
        "cacheable_by_default": False,
        "allows_content": False,
        "followable_redirect": False,
        "preserves_method": False,
        "reference": "RFC 9110, Section 15.2.2",
        "use_when": (
            "When the server agrees to switch the connection to the protocol the "
            "client asked for in Upgrade, such as a WebSocket handshake over HTTP/1.1."
        ),
        "use_when_ko": (
            "클라이언트가 Upgrade 헤더로 요청한 프로토콜로 연결을 바꾸기로 할 때 보냄 "
            "(HTTP/1.1에서 WebSocket 핸드셰이크 등)"
        ),
        "use_instead": (
            "If the client must upgrade before the server will answer, send 426 "
            "instead."
        ),
        "use_instead_ko": (
            "클라이언트가 먼저 프로토콜을 바꿔야만 처리해 줄 수 있다면 426을 보냄"
        ),
        "see_also": (426,),
        "keywords": ("websocket", "upgrade", "protocol switch", "handshake", "ws"),
        "keywords_ko": ("웹소켓", "프로토콜 업그레이드", "프로토콜 변경", "핸드셰이크"),
    },
    {
        "code": 102,
        "name": "PROCESSING",
        "old_names": (),
        "phrase": "Processing",
        "aliases": (),
        "phrase_ko": "처리 중",
        "description": (
            "A WebDAV interim response saying the server is still working on "
            "a long request, so the client should not time out. RFC 4918 "
            "dropped it from WebDAV."
        ),
        "description_ko": (
            "서버가 요청을 받아 처리하고 있지만 아직 최종 응답을 보낼 수 없음을 알려, "
            "클라이언트가 시간 초과로 요청을 포기하지 않게 하는 WebDAV의 중간 응답임. "
            "RFC 4918이 WebDAV 규격에서 이 코드를 빼면서 사용 중단됨"
        ),
        "deprecated": True,
        "registration": "assigned",
        "expires": None,
        "cacheable_by_default": False,
        "allows_content": False,
        "followable_redirect": False,
        "preserves_method": False,
        "reference": "RFC 2518, Section 10.1",
        "use_when": (
            "Do not send it: RFC 4918 removed it. Long-running requests are better "
            "answered with 202 and a status resource."
        ),
        "use_when_ko": (
            "보내지 않음. RFC 4918이 없앤 코드이며, 오래 걸리는 요청에는 202와 상태 "
            "조회용 리소스가 더 나음"
        ),
        "use_instead": (
            "For work that takes a long time, answer 202 and let the client poll."
        ),
        "use_instead_ko": (
            "오래 걸리는 작업은 202로 답하고 클라이언트가 상태를 조회하게 함"
        ),
        "see_also": (202, 103),
        "keywords": ("still processing", "long running", "keep alive", "webdav"),
        "keywords_ko": ("처리 중", "오래 걸리는 작업", "진행 중"),
    },
    {
        "code": 103,
        "name": "EARLY_HINTS",
        "old_names": (),
        "phrase": "Early Hints",
        "aliases": (),
        "phrase_ko": "조기 힌트",
        "description": (
            "Sent ahead of the final response so the client can start "
            "preloading the resources named in its Link headers while the "
            "server is still preparing the answer."
        ),
        "description_ko": (
            "서버가 최종 응답을 준비하는 동안 사용자 에이전트가 Link 헤더에 적힌 "
            "리소스의 사전 로딩을 시작할 수 있도록 먼저 보내는 중간 응답임"
        ),
        "deprecated": False,
        "registration": "assigned",
        "expires": None,
        "cacheable_by_default": False,
        "allows_content": False,
        "followable_redirect": False,
        "preserves_method": False,
        "reference": "RFC 8297",
        "use_when": (
            "Before the final response, to let the browser start loading stylesheets, "
            "scripts or fonts named in Link headers while the server is still working."
        ),
        "use_when_ko": (
            "서버가 아직 최종 응답을 준비하는 동안, Link 헤더로 스타일시트, 스크립트, "
            "글꼴 등을 알려 브라우저가 미리 불러오게 할 때 보냄"
        ),
        "use_instead": "It is not a progress signal for slow work; for that use 202.",
        "use_instead_ko": (
            "느린 작업의 진행 상황을 알리는 용도가 아님. 그런 경우에는 202를 씀"
        ),
        "see_also": (200,),
        "keywords": (
            "preload",
            "early hints",
            "link header",
            "preconnect",
            "page speed",
        ),
        "keywords_ko": ("사전 로딩", "미리 불러오기", "프리로드", "성능 최적화"),
    },
    {
        "code": 104,
        "name": "UPLOAD_RESUMPTION_SUPPORTED",
        "old_names": (),
        "phrase": "Upload Resumption Supported",
        "aliases": (),
        "phrase_ko": "업로드 재개 지원",
        "description": (
            "An interim response telling the client that the server supports "
            "resumable uploads for this request and where an interrupted "
            "upload can be continued. A temporary registration made for the "
            "HTTP working group's resumable uploads draft."
        ),
        "description_ko": (
            "서버가 이 요청에 대해 재개 가능한 업로드를 지원함을 알리고, 전송이 끊겼을 "
            "때 업로드를 이어 갈 업로드 리소스의 URI를 Location 헤더로 알려 주는 중간 "
            "응답임. IETF HTTP 작업 그룹의 재개 가능한 업로드 초안을 위해 임시 등록된 "
            "코드임"
        ),
        "deprecated": False,
        "registration": "temporary",
        "expires": "2026-11-13",
        "cacheable_by_default": False,
        "allows_content": False,
        "followable_redirect": False,
        "preserves_method": False,
        "reference": "draft-ietf-httpbis-resumable-upload-05",
        "use_when": (
            "Only with the resumable uploads protocol of the IETF draft, to tell the "
            "client it can resume an interrupted upload. The registration is "
            "temporary; the 2025-09-15 registry gives 2026-11-13 as its expiry date."
        ),
        "use_when_ko": (
            "IETF 초안의 재개 가능한 업로드 프로토콜에서만, 끊긴 업로드를 이어서 올릴 "
            "수 있다고 알릴 때 보냄. 임시 등록이며, 2025-09-15 판 레지스트리에 적힌 "
            "만료일은 2026-11-13임"
        ),
        "use_instead": "For an ordinary upload that finished, answer 200 or 201.",
        "use_instead_ko": "평범한 업로드가 끝났으면 200이나 201을 보냄",
        "see_also": (308, 206),
        "keywords": ("resumable upload", "resume upload", "tus", "upload offset"),
        "keywords_ko": ("이어 올리기", "업로드 재개", "재개 가능한 업로드"),
    },
    # -- 2xx Successful -----------------------------------------------------
    {
        "code": 200,
        "name": "OK",
        "old_names": (),
        "phrase": "OK",
        "aliases": (),
        "phrase_ko": "성공",
        "description": (
            "The request succeeded. What the content carries depends on the "
            "method: the requested representation for GET, the result of the "
            "action for POST."
        ),
        "description_ko": (
            "요청을 성공적으로 처리함. 응답 본문의 내용은 메서드에 따라 다름 (GET이면 "
            "요청한 리소스의 표현, POST면 처리 결과)"
        ),
        "deprecated": False,
        "registration": "assigned",
        "expires": None,
        "cacheable_by_default": True,
        "allows_content": True,
        "followable_redirect": False,
        "preserves_method": False,
        "reference": "RFC 9110, Section 15.3.1",
        "use_when": (
            "When the request succeeded and the response has content: the resource for "
            "GET, the result of the action for POST."
        ),
        "use_when_ko": (
            "요청이 성공했고 돌려줄 응답 본문이 있을 때 보냄 (GET이면 리소스, POST면 "
            "처리 결과)"
        ),
        "use_instead": (
            "If there is nothing to send back, 204; if a new resource was created, "
            "201; if the work is only queued, 202."
        ),
        "use_instead_ko": (
            "돌려줄 본문이 없으면 204, 새 리소스를 만들었으면 201, 작업을 대기열에만 "
            "넣었으면 202를 보냄"
        ),
        "see_also": (201, 202, 204),
        "keywords": ("ok", "success", "successful", "worked", "fine", "done"),
        "keywords_ko": ("성공", "정상", "정상 처리", "완료", "조회 성공"),
    },
    {
        "code": 201,
        "name": "CREATED",
        "old_names": (),
        "phrase": "Created",
        "aliases": (),
        "phrase_ko": "생성됨",
        "description": (
            "The request succeeded and created one or more new resources, "
            "usually identified by the Location header; a common answer to "
            "POST or PUT."
        ),
        "description_ko": (
            "요청을 처리한 결과로 서버가 새 리소스를 하나 이상 생성함. 새 리소스는 "
            "주로 Location 헤더로 알려 줌 (일반적으로 POST 또는 PUT 요청의 응답)"
        ),
        "deprecated": False,
        "registration": "assigned",
        "expires": None,
        "cacheable_by_default": False,
        "allows_content": True,
        "followable_redirect": False,
        "preserves_method": False,
        "reference": "RFC 9110, Section 15.3.2",
        "use_when": (
            "When the request created a new resource, typically a POST to a collection "
            "or a PUT to a new URI; put the new resource's URI in Location."
        ),
        "use_when_ko": (
            "요청으로 새 리소스가 만들어졌을 때 보냄 (주로 컬렉션에 대한 POST나 새 "
            "URI에 대한 PUT). 새 리소스의 URI를 Location 헤더에 담음"
        ),
        "use_instead": (
            "If the resource will only be created later, 202; if an existing resource "
            "was updated, 200 or 204."
        ),
        "use_instead_ko": (
            "리소스가 나중에야 만들어진다면 202, 기존 리소스를 수정했다면 200이나 "
            "204를 보냄"
        ),
        "see_also": (200, 202, 204),
        "keywords": (
            "created",
            "new resource",
            "insert",
            "signup",
            "register",
            "added",
            "location",
        ),
        "keywords_ko": ("생성", "등록", "회원 가입", "추가", "새 리소스", "작성 완료"),
    },
    {
        "code": 202,
        "name": "ACCEPTED",
        "old_names": (),
        "phrase": "Accepted",
        "aliases": (),
        "phrase_ko": "수락됨",
        "description": (
            "The request was accepted for processing, but the processing has "
            "not finished and may still fail or never happen; typical for "
            "queued or batch work."
        ),
        "description_ko": (
            "요청을 처리하기로 받아들였지만 아직 처리가 끝나지 않았음. 처리는 나중에 "
            "실패하거나 아예 실행되지 않을 수도 있음 (대기열이나 일괄 작업에 흔히 "
            "쓰임)"
        ),
        "deprecated": False,
        "registration": "assigned",
        "expires": None,
        "cacheable_by_default": False,
        "allows_content": True,
        "followable_redirect": False,
        "preserves_method": False,
        "reference": "RFC 9110, Section 15.3.3",
        "use_when": (
            "When the request is valid and queued for later processing, such as a "
            "background job, batch or asynchronous task; say where the client can "
            "check the status."
        ),
        "use_when_ko": (
            "요청이 유효하고 나중에 처리하도록 대기열에 넣었을 때 보냄 (백그라운드 "
            "작업, 일괄 작업, 비동기 작업 등). 처리 상태를 확인할 곳을 알려 주는 것이 "
            "좋음"
        ),
        "use_instead": "If the work is already done, 200, 201 or 204.",
        "use_instead_ko": "작업이 이미 끝났다면 200, 201, 204 중 하나를 보냄",
        "see_also": (200, 201, 204),
        "keywords": (
            "async",
            "asynchronous",
            "queued",
            "background job",
            "accepted",
            "later",
            "batch",
            "task",
        ),
        "keywords_ko": (
            "비동기",
            "비동기 처리",
            "대기열",
            "백그라운드 작업",
            "나중에 처리",
            "접수",
            "배치",
        ),
    },
    {
        "code": 203,
        "name": "NON_AUTHORITATIVE_INFORMATION",
        "old_names": (),
        "phrase": "Non-Authoritative Information",
        "aliases": (),
        "phrase_ko": "변환된 정보",
        "description": (
            "The request succeeded, but a transforming proxy modified the "
            "origin server's 200 response, so the content is not exactly "
            "what the origin sent."
        ),
        "description_ko": (
            "요청은 성공했지만 중간의 변환 프록시가 원본 서버의 200 응답을 수정해서 "
            "전달함. 따라서 응답 본문이 원본 서버가 보낸 그대로가 아님"
        ),
        "deprecated": False,
        "registration": "assigned",
        "expires": None,
        "cacheable_by_default": True,
        "allows_content": True,
        "followable_redirect": False,
        "preserves_method": False,
        "reference": "RFC 9110, Section 15.3.4",
        "use_when": (
            "Only from a transforming proxy that changed a 200 response from the "
            "origin server, so the client knows the content is not the original."
        ),
        "use_when_ko": (
            "원본 서버의 200 응답을 변환 프록시가 바꿨을 때, 그 프록시만 보냄 (본문이 "
            "원래 것이 아님을 알림)"
        ),
        "use_instead": "An origin server answering for itself sends 200.",
        "use_instead_ko": "원본 서버가 자기 응답을 보낼 때는 200을 씀",
        "see_also": (200,),
        "keywords": ("transforming proxy", "modified by proxy", "non-authoritative"),
        "keywords_ko": ("프록시가 수정한 응답", "변환된 응답", "원본이 아닌 정보"),
    },
    {
        "code": 204,
        "name": "NO_CONTENT",
        "old_names": (),
        "phrase": "No Content",
        "aliases": (),
        "phrase_ko": "콘텐츠 없음",
        "description": (
            "The request succeeded and there is no content to send back; a "
            "browser stays on the page it is showing."
        ),
        "description_ko": (
            "요청을 성공적으로 처리했지만 응답으로 보낼 본문이 없음. 브라우저는 보고 "
            "있던 페이지에 그대로 머무름"
        ),
        "deprecated": False,
        "registration": "assigned",
        "expires": None,
        "cacheable_by_default": True,
        "allows_content": False,
        "followable_redirect": False,
        "preserves_method": False,
        "reference": "RFC 9110, Section 15.3.5",
        "use_when": (
            "When the request succeeded and there is nothing to send back, such as "
            "after a DELETE or a PUT that needs no reply."
        ),
        "use_when_ko": (
            "요청이 성공했고 돌려줄 응답 본문이 없을 때 보냄 (DELETE, 돌려줄 내용이 "
            "없는 PUT 등)"
        ),
        "use_instead": (
            "If the client should clear its form, 205; if there is content, 200."
        ),
        "use_instead_ko": (
            "클라이언트가 입력 폼을 비워야 한다면 205, 돌려줄 내용이 있다면 200을 보냄"
        ),
        "see_also": (200, 205),
        "keywords": (
            "no content",
            "empty response",
            "empty body",
            "delete success",
            "nothing to return",
            "deleted successfully",
            "no body",
        ),
        "keywords_ko": (
            "빈 응답",
            "본문 없음",
            "삭제 성공",
            "내용 없음",
            "응답 본문 없음",
        ),
    },
    {
        "code": 205,
        "name": "RESET_CONTENT",
        "old_names": (),
        "phrase": "Reset Content",
        "aliases": (),
        "phrase_ko": "콘텐츠 초기화",
        "description": (
            "The request succeeded and the client should reset the view that "
            "sent it, for example clear a form so the user can start a new "
            "entry."
        ),
        "description_ko": (
            "요청을 성공적으로 처리했으며, 클라이언트는 요청을 보낸 문서 화면을 "
            "초기화해야 함 (예: 다음 입력을 받도록 폼 비우기)"
        ),
        "deprecated": False,
        "registration": "assigned",
        "expires": None,
        "cacheable_by_default": False,
        "allows_content": True,
        "followable_redirect": False,
        "preserves_method": False,
        "reference": "RFC 9110, Section 15.3.6",
        "use_when": (
            "When the request succeeded and the client should reset the form or view "
            "it came from, ready for another entry."
        ),
        "use_when_ko": (
            "요청이 성공했고 클라이언트가 요청을 보낸 폼이나 화면을 다음 입력을 위해 "
            "초기화해야 할 때 보냄"
        ),
        "use_instead": "If nothing about the view needs to change, 204.",
        "use_instead_ko": "화면을 바꿀 필요가 없으면 204를 보냄",
        "see_also": (204,),
        "keywords": (
            "reset form",
            "clear form",
            "reset view",
            "clear form after submit",
            "reset form fields",
        ),
        "keywords_ko": ("폼 초기화", "입력 폼 비우기", "화면 초기화", "리셋"),
    },
    {
        "code": 206,
        "name": "PARTIAL_CONTENT",
        "old_names": (),
        "phrase": "Partial Content",
        "aliases": (),
        "phrase_ko": "부분 콘텐츠",
        "description": (
            "The server is answering a range request by sending only the "
            "requested parts of the representation, located by Content-Range."
        ),
        "description_ko": (
            "범위 요청에 답해 표현 중 클라이언트가 요청한 부분만 보냄. 보낸 부분의 "
            "위치는 Content-Range 헤더로 알려 줌 (예: 이어받기를 할 때 Range 헤더에 "
            "지정한 바이트 범위만 전송)"
        ),
        "deprecated": False,
        "registration": "assigned",
        "expires": None,
        "cacheable_by_default": True,
        "allows_content": True,
        "followable_redirect": False,
        "preserves_method": False,
        "reference": "RFC 9110, Section 15.3.7",
        "use_when": (
            "When answering a Range request with the requested part of the file, for "
            "resumable downloads and video or audio seeking."
        ),
        "use_when_ko": (
            "Range 요청에 답해 파일에서 요청한 부분만 보낼 때 보냄 (이어받기, "
            "동영상·음성 탐색 등)"
        ),
        "use_instead": (
            "If the range cannot be served, 416; if the server ignores Range, 200 with "
            "the whole content."
        ),
        "use_instead_ko": (
            "범위를 줄 수 없으면 416, Range 헤더를 무시하면 전체 표현과 함께 200을 보냄"
        ),
        "see_also": (200, 416),
        "keywords": (
            "range request",
            "partial download",
            "resume download",
            "byte range",
            "video streaming",
            "seek",
            "chunk",
        ),
        "keywords_ko": (
            "부분 다운로드",
            "이어받기",
            "범위 요청",
            "스트리밍",
            "바이트 범위",
        ),
    },
    {
        "code": 207,
        "name": "MULTI_STATUS",
        "old_names": (),
        "phrase": "Multi-Status",
        "aliases": ("Multi Status",),
        "phrase_ko": "다중 상태",
        "description": (
            "A WebDAV response whose XML body reports a separate status for "
            "each of several resources or operations."
        ),
        "description_ko": (
            "여러 리소스나 작업의 상태를 각각 XML 본문에 담아 알리는 WebDAV 응답임"
        ),
        "deprecated": False,
        "registration": "assigned",
        "expires": None,
        "cacheable_by_default": False,
        "allows_content": True,
        "followable_redirect": False,
        "preserves_method": False,
        "reference": "RFC 4918, Section 11.1",
        "use_when": (
            "In WebDAV, or an API that copies its convention, when one request acted "
            "on several resources and each has its own result."
        ),
        "use_when_ko": (
            "WebDAV나 그 방식을 따르는 API에서, 요청 하나가 여러 리소스를 다루고 "
            "리소스마다 결과가 다를 때 보냄"
        ),
        "use_instead": (
            "For a single result, the ordinary code for it, such as 200 or 404."
        ),
        "use_instead_ko": (
            "결과가 하나뿐이면 그 결과에 맞는 일반 코드(200, 404 등)를 보냄"
        ),
        "see_also": (208, 200),
        "keywords": (
            "multi status",
            "batch result",
            "webdav",
            "multiple results",
            "bulk operation",
        ),
        "keywords_ko": ("다중 상태", "일괄 처리 결과", "여러 결과", "벌크 작업"),
    },
    {
        "code": 208,
        "name": "ALREADY_REPORTED",
        "old_names": (),
        "phrase": "Already Reported",
        "aliases": (),
        "phrase_ko": "이미 보고됨",
        "description": (
            "Used inside a WebDAV multi-status response: the internal members of "
            "a collection reached through more than one binding were already "
            "listed earlier in the same response, so they are not repeated."
        ),
        "description_ko": (
            "WebDAV 다중 상태(207) 응답 안에서 쓰임. 같은 컬렉션에 바인딩이 여러 개 "
            "있을 때, 그 컬렉션의 내부 멤버는 앞에서 이미 보고했으므로 다시 나열하지 "
            "않음을 알림"
        ),
        "deprecated": False,
        "registration": "assigned",
        "expires": None,
        "cacheable_by_default": False,
        "allows_content": True,
        "followable_redirect": False,
        "preserves_method": False,
        "reference": "RFC 5842, Section 7.1",
        "use_when": (
            "Inside a WebDAV 207 response, for members of a binding already listed "
            "earlier in the same response."
        ),
        "use_when_ko": (
            "WebDAV 207 응답 안에서, 같은 응답에 이미 나온 바인딩의 멤버를 가리킬 때만 "
            "씀"
        ),
        "use_instead": (
            "Not a stand-alone answer; outside a 207 body use the ordinary code."
        ),
        "use_instead_ko": "단독 응답으로 쓰지 않음. 207 본문 밖에서는 일반 코드를 씀",
        "see_also": (207,),
        "keywords": ("already reported", "webdav binding", "already listed"),
        "keywords_ko": ("이미 보고됨", "중복 보고"),
    },
    {
        "code": 226,
        "name": "IM_USED",
        "old_names": (),
        "phrase": "IM Used",
        "aliases": (),
        "phrase_ko": "인스턴스 조작 적용됨",
        "description": (
            "The server fulfilled a GET by applying instance manipulations, "
            "such as a delta encoding, so the content is a transformed form "
            "of the current instance rather than the instance itself."
        ),
        "description_ko": (
            "서버가 GET 요청에 델타 인코딩 같은 인스턴스 조작(instance manipulation)을 "
            "적용한 결과를 보냄. 본문은 현재 인스턴스 그대로가 아니라 변경분처럼 "
            "변환된 형태임"
        ),
        "deprecated": False,
        "registration": "assigned",
        "expires": None,
        "cacheable_by_default": False,
        "allows_content": True,
        "followable_redirect": False,
        "preserves_method": False,
        "reference": "RFC 3229, Section 10.4.1",
        "use_when": (
            "When the server answers a GET with a delta or another instance "
            "manipulation the client asked for with A-IM."
        ),
        "use_when_ko": (
            "클라이언트가 A-IM 헤더로 요청한 델타 인코딩 같은 인스턴스 조작을 적용해 "
            "GET에 답할 때 보냄"
        ),
        "use_instead": "For an ordinary full response, 200.",
        "use_instead_ko": "평범한 전체 응답이면 200을 보냄",
        "see_also": (200,),
        "keywords": ("delta encoding", "instance manipulation", "diff", "a-im"),
        "keywords_ko": ("델타 인코딩", "변경분 전송", "차등 전송"),
    },
    # -- 3xx Redirection ----------------------------------------------------
    {
        "code": 300,
        "name": "MULTIPLE_CHOICES",
        "old_names": (),
        "phrase": "Multiple Choices",
        "aliases": ("Multiple Choice",),
        "phrase_ko": "여러 선택지",
        "description": (
            "The resource has several representations and the server leaves "
            "the choice to the client or the user, often listing them."
        ),
        "description_ko": (
            "대상 리소스에 표현이 여러 개 있어, 어느 것을 쓸지 클라이언트나 사용자가 "
            "고르도록 선택지를 돌려줌 (목록을 본문에 담는 경우가 많음)"
        ),
        "deprecated": False,
        "registration": "assigned",
        "expires": None,
        "cacheable_by_default": True,
        "allows_content": True,
        "followable_redirect": False,
        "preserves_method": False,
        "reference": "RFC 9110, Section 15.4.1",
        "use_when": (
            "When a resource has several representations, such as languages or "
            "formats, and the server wants the client or user to choose."
        ),
        "use_when_ko": (
            "리소스에 언어나 형식이 다른 표현이 여러 개 있고, 서버가 클라이언트나 "
            "사용자에게 고르게 하고 싶을 때 보냄"
        ),
        "use_instead": (
            "If the server can choose itself, send that representation with 200; to "
            "send the client elsewhere, 302 or 303."
        ),
        "use_instead_ko": (
            "서버가 직접 고를 수 있으면 그 표현을 200으로 보내고, 다른 곳으로 보내려면 "
            "302나 303을 씀"
        ),
        "see_also": (302, 406),
        "keywords": ("multiple choices", "choose format", "choose language", "options"),
        "keywords_ko": ("여러 선택지", "형식 선택", "언어 선택"),
    },
    {
        "code": 301,
        "name": "MOVED_PERMANENTLY",
        "old_names": (),
        "phrase": "Moved Permanently",
        "aliases": (),
        "phrase_ko": "영구 이동",
        "description": (
            "The resource has a new permanent URI, given in Location; clients "
            "should use it from now on and may update stored links."
        ),
        "description_ko": (
            "요청한 리소스가 새 URI로 영구히 옮겨졌음. 새 URI는 Location 헤더로 알려 "
            "주며, 클라이언트는 앞으로 새 URI를 써야 하고 저장해 둔 링크를 고칠 수 "
            "있음"
        ),
        "deprecated": False,
        "registration": "assigned",
        "expires": None,
        "cacheable_by_default": True,
        "allows_content": True,
        "followable_redirect": True,
        "preserves_method": False,
        "reference": "RFC 9110, Section 15.4.2",
        "use_when": (
            "When a page or API endpoint has moved for good and GET links should go to "
            "the new URI, such as http to https or an old slug to a new one; search "
            "engines transfer the ranking."
        ),
        "use_when_ko": (
            "페이지나 API 주소가 영구히 바뀌어 링크(GET 요청)가 새 URI로 가게 해야 할 "
            "때 씀 (HTTP에서 HTTPS로, 옛 주소에서 새 주소로 등). 검색 엔진이 새 주소로 "
            "순위를 옮김"
        ),
        "use_instead": (
            "If POST or PUT must keep their method and body, 308; if the move is "
            "temporary, 302 or 307."
        ),
        "use_instead_ko": (
            "POST나 PUT이 메서드와 본문을 유지해야 하면 308, 이동이 임시라면 302나 "
            "307을 씀"
        ),
        "see_also": (308, 302, 307),
        "keywords": (
            "moved permanently",
            "permanent redirect",
            "seo redirect",
            "domain change",
            "url changed",
            "https redirect",
            "old url",
            "new url",
            "http to https",
        ),
        "keywords_ko": (
            "영구 이동",
            "주소 변경",
            "도메인 변경",
            "URL 변경",
            "검색 엔진 최적화",
            "영구 리다이렉트",
            "HTTPS 리다이렉트",
            "HTTP를 HTTPS로",
        ),
    },
    {
        "code": 302,
        "name": "FOUND",
        "old_names": (),
        "phrase": "Found",
        "aliases": ("Moved Temporarily",),
        "phrase_ko": "임시 이동",
        "description": (
            "The resource is temporarily at another URI, given in Location; "
            "clients should keep using the original URI for later requests."
        ),
        "description_ko": (
            "요청한 리소스가 일시적으로 다른 URI에 있음. 그 URI는 Location 헤더로 알려 "
            "주며, 클라이언트는 이후 요청에도 원래 URI를 계속 써야 함"
        ),
        "deprecated": False,
        "registration": "assigned",
        "expires": None,
        "cacheable_by_default": False,
        "allows_content": True,
        "followable_redirect": True,
        "preserves_method": False,
        "reference": "RFC 9110, Section 15.4.3",
        "use_when": (
            "For a temporary redirect of GET requests, such as to a login page or a "
            "maintenance notice, where the original URI stays valid."
        ),
        "use_when_ko": (
            "원래 URI가 계속 유효한 상태에서 GET 요청을 잠시 다른 곳으로 보낼 때 씀 "
            "(로그인 페이지, 점검 안내 등)"
        ),
        "use_instead": (
            "After a form POST use 303; to keep the method of a POST or PUT use 307; "
            "for a permanent move 301 or 308."
        ),
        "use_instead_ko": (
            "폼 POST 뒤에는 303, POST나 PUT의 메서드를 유지하려면 307, 영구 이동이면 "
            "301이나 308을 씀"
        ),
        "see_also": (303, 307, 301),
        "keywords": (
            "temporary redirect",
            "found",
            "redirect",
            "login redirect",
            "moved temporarily",
        ),
        "keywords_ko": (
            "임시 이동",
            "리다이렉트",
            "로그인 페이지로 이동",
            "일시적 이동",
        ),
    },
    {
        "code": 303,
        "name": "SEE_OTHER",
        "old_names": (),
        "phrase": "See Other",
        "aliases": (),
        "phrase_ko": "다른 위치 보기",
        "description": (
            "The server sends the client to a different resource, given in "
            "Location, to be fetched with GET; often used after a POST to "
            "show a result page."
        ),
        "description_ko": (
            "클라이언트가 Location 헤더에 적힌 다른 리소스를 GET으로 가져오도록 서버가 "
            "안내함 (POST 처리 후 결과 페이지로 보낼 때 자주 쓰임)"
        ),
        "deprecated": False,
        "registration": "assigned",
        "expires": None,
        "cacheable_by_default": False,
        "allows_content": True,
        "followable_redirect": True,
        "preserves_method": False,
        "reference": "RFC 9110, Section 15.4.4",
        "use_when": (
            "After a POST (or PUT, DELETE) has been handled, to send the browser with "
            "GET to a result or status page: the Post/Redirect/Get pattern."
        ),
        "use_when_ko": (
            "POST(또는 PUT, DELETE)를 처리한 뒤 브라우저가 결과나 상태 페이지를 "
            "GET으로 가져오도록 보낼 때 씀 (POST/Redirect/GET 패턴)"
        ),
        "use_instead": (
            "To repeat the same method at the new URI, 307; for a plain temporary move "
            "of a GET, 302."
        ),
        "use_instead_ko": (
            "새 URI에서도 같은 메서드로 다시 요청하게 하려면 307, GET의 단순한 임시 "
            "이동이면 302를 씀"
        ),
        "see_also": (302, 307),
        "keywords": (
            "see other",
            "post redirect get",
            "prg",
            "after form submit",
            "redirect after post",
            "result page",
        ),
        "keywords_ko": (
            "폼 제출 후 이동",
            "결과 페이지",
            "POST 후 리다이렉트",
            "중복 제출 방지",
        ),
    },
    {
        "code": 304,
        "name": "NOT_MODIFIED",
        "old_names": (),
        "phrase": "Not Modified",
        "aliases": (),
        "phrase_ko": "수정되지 않음",
        "description": (
            "A conditional GET or HEAD found the resource unchanged, so the "
            "client can reuse its cached copy; no content is sent."
        ),
        "description_ko": (
            "조건부 GET 또는 HEAD 요청에 담긴 검증자(If-None-Match의 ETag, "
            "If-Modified-Since의 날짜)와 비교해 리소스가 달라지지 않았음. 클라이언트는 "
            "캐시에 저장된 응답을 다시 쓰면 되며, 이 응답에는 응답 본문이 없음"
        ),
        "deprecated": False,
        "registration": "assigned",
        "expires": None,
        "cacheable_by_default": False,
        "allows_content": False,
        "followable_redirect": False,
        "preserves_method": False,
        "reference": "RFC 9110, Section 15.4.5",
        "use_when": (
            "When a conditional GET or HEAD (If-None-Match, If-Modified-Since) finds "
            "that the cached copy still matches the current representation; usually "
            "the web framework or server does this."
        ),
        "use_when_ko": (
            "조건부 GET이나 HEAD(If-None-Match, If-Modified-Since) 요청에서 캐시된 "
            "사본이 서버의 현재 표현과 같을 때(변경되지 않았을 때) 보냄. 대개 웹 "
            "프레임워크나 서버가 알아서 처리함"
        ),
        "use_instead": "If the condition of a write request fails, 412.",
        "use_instead_ko": "쓰기 요청의 조건이 맞지 않은 경우라면 412를 보냄",
        "see_also": (412, 200),
        "keywords": (
            "not modified",
            "cache",
            "etag",
            "if-none-match",
            "if-modified-since",
            "cached",
            "browser cache",
            "conditional get",
        ),
        "keywords_ko": (
            "캐시",
            "수정되지 않음",
            "변경 없음",
            "캐시 유효",
            "브라우저 캐시",
            "조건부 요청",
            "캐시 사용",
            "캐시된 사본 사용",
        ),
    },
    {
        "code": 305,
        "name": "USE_PROXY",
        "old_names": (),
        "phrase": "Use Proxy",
        "aliases": (),
        "phrase_ko": "프록시 사용",
        "description": (
            "Once told the client to repeat the request through the proxy "
            "named in Location. Deprecated for security reasons; clients do "
            "not act on it."
        ),
        "description_ko": (
            "Location 헤더에 적힌 프록시를 통해 다시 요청하라고 알리던 코드임. 보안 "
            "문제로 사용 중단되어 지금의 클라이언트는 따르지 않음"
        ),
        "deprecated": True,
        "registration": "assigned",
        "expires": None,
        "cacheable_by_default": False,
        "allows_content": True,
        "followable_redirect": False,
        "preserves_method": False,
        "reference": "RFC 9110, Section 15.4.6",
        "use_when": (
            "Do not send it: deprecated for security reasons, and clients ignore it."
        ),
        "use_when_ko": (
            "보내지 않음. 보안 문제로 사용 중단되었고 클라이언트도 따르지 않음"
        ),
        "use_instead": "To ask a client to authenticate with a proxy, 407.",
        "use_instead_ko": "프록시 인증을 요구하려면 407을 보냄",
        "see_also": (407,),
        "keywords": ("use proxy",),
        "keywords_ko": ("프록시 사용",),
    },
    {
        "code": 306,
        "name": "SWITCH_PROXY",
        "old_names": (),
        "phrase": "Switch Proxy",
        "aliases": ("Unused",),
        "phrase_ko": "프록시 전환",
        "description": (
            "Defined in a draft of an earlier HTTP specification and no "
            "longer used; the registry keeps the code reserved so that it is "
            "never given a new meaning."
        ),
        "description_ko": (
            "예전 HTTP 규격의 초안에서 쓰였고 지금은 사용하지 않는 코드임 (다른 의미로 "
            "다시 쓰이지 않도록 예약되어 있음)"
        ),
        "deprecated": True,
        "registration": "unused",
        "expires": None,
        "cacheable_by_default": False,
        "allows_content": True,
        "followable_redirect": False,
        "preserves_method": False,
        "reference": "RFC 9110, Section 15.4.7",
        "use_when": "Do not send it: the code is reserved and has no meaning.",
        "use_when_ko": "보내지 않음. 예약만 되어 있고 의미가 없는 코드임",
        "use_instead": (
            "Pick the redirect that says what you mean: 302, 303, 307 or 308."
        ),
        "use_instead_ko": "뜻에 맞는 리다이렉트 코드(302, 303, 307, 308)를 고름",
        "see_also": (302, 307),
        "keywords": ("switch proxy", "unused"),
        "keywords_ko": ("프록시 전환", "미사용"),
    },
    {
        "code": 307,
        "name": "TEMPORARY_REDIRECT",
        "old_names": (),
        "phrase": "Temporary Redirect",
        "aliases": (),
        "phrase_ko": "임시 리다이렉트",
        "description": (
            "The resource is temporarily at the URI in Location, and the "
            "client must repeat the request there with the same method and "
            "content."
        ),
        "description_ko": (
            "리소스가 일시적으로 Location 헤더의 URI에 있음. 302와 달리 클라이언트는 "
            "메서드를 바꾸지 말고 같은 메서드와 요청 본문으로 그 URI에 다시 요청해야 "
            "함"
        ),
        "deprecated": False,
        "registration": "assigned",
        "expires": None,
        "cacheable_by_default": False,
        "allows_content": True,
        "followable_redirect": True,
        "preserves_method": True,
        "reference": "RFC 9110, Section 15.4.8",
        "use_when": (
            "For a temporary redirect that must keep the method and body, such as "
            "sending a POST or PUT of an API to another server for a while."
        ),
        "use_when_ko": (
            "메서드와 본문을 유지해야 하는 임시 리다이렉트에 씀 (API의 POST나 PUT을 "
            "잠시 다른 서버로 보내는 경우 등)"
        ),
        "use_instead": (
            "If the client should switch to GET, 303; if the move is permanent, 308."
        ),
        "use_instead_ko": (
            "클라이언트가 GET으로 바꿔야 한다면 303, 영구 이동이면 308을 씀"
        ),
        "see_also": (302, 303, 308),
        "keywords": (
            "temporary redirect",
            "keep method",
            "preserve post",
            "redirect post",
            "hsts",
        ),
        "keywords_ko": ("임시 리다이렉트", "메서드 유지", "POST 유지", "일시적 이동"),
    },
    {
        "code": 308,
        "name": "PERMANENT_REDIRECT",
        "old_names": (),
        "phrase": "Permanent Redirect",
        "aliases": (),
        "phrase_ko": "영구 리다이렉트",
        "description": (
            "The resource has moved for good to the URI in Location, and the "
            "client must repeat the request there with the same method and "
            "content."
        ),
        "description_ko": (
            "리소스가 Location 헤더의 URI로 영구히 옮겨졌음. 301과 달리 클라이언트는 "
            "메서드를 바꾸지 말고 같은 메서드와 요청 본문으로 그 URI에 다시 요청해야 "
            "함"
        ),
        "deprecated": False,
        "registration": "assigned",
        "expires": None,
        "cacheable_by_default": True,
        "allows_content": True,
        "followable_redirect": True,
        "preserves_method": True,
        "reference": "RFC 9110, Section 15.4.9",
        "use_when": (
            "For a permanent move that must keep the method and body, such as an API "
            "endpoint that moved while clients still POST to the old URI."
        ),
        "use_when_ko": (
            "메서드와 본문을 유지해야 하는 영구 이동에 씀 (클라이언트가 여전히 옛 "
            "URI로 POST하는 API 엔드포인트를 옮긴 경우 등)"
        ),
        "use_instead": (
            "If only GET links matter, 301 also works; if the move is temporary, 307."
        ),
        "use_instead_ko": "GET 링크만 중요하면 301도 됨. 이동이 임시라면 307을 씀",
        "see_also": (301, 307),
        "keywords": ("permanent redirect", "keep method", "api moved", "preserve post"),
        "keywords_ko": (
            "영구 리다이렉트",
            "메서드 유지",
            "API 주소 변경",
            "HTTPS 리다이렉트",
        ),
    },
    # -- 4xx Client Error ---------------------------------------------------
    {
        "code": 400,
        "name": "BAD_REQUEST",
        "old_names": (),
        "phrase": "Bad Request",
        "aliases": (),
        "phrase_ko": "잘못된 요청",
        "description": (
            "The server cannot or will not process the request because of something it "
            "sees as a client error, such as malformed syntax, invalid message framing "
            "or deceptive request routing."
        ),
        "description_ko": (
            "요청 구문 오류, 잘못된 메시지 구성(framing), 변조된(deceptive) 요청 "
            "라우팅처럼 클라이언트 오류로 보이는 문제 때문에 서버가 요청을 처리할 수 "
            "없거나 처리하지 않음"
        ),
        "deprecated": False,
        "registration": "assigned",
        "expires": None,
        "cacheable_by_default": False,
        "allows_content": True,
        "followable_redirect": False,
        "preserves_method": False,
        "reference": "RFC 9110, Section 15.5.1",
        "use_when": (
            "When the request itself is malformed: unparsable JSON, a missing or badly "
            "typed parameter, an invalid header or framing, a query string that cannot "
            "be read."
        ),
        "use_when_ko": (
            "요청 자체가 잘못되었을 때 보냄 (파싱할 수 없는 JSON, 빠졌거나 형식이 틀린 "
            "매개변수, 잘못된 헤더나 메시지 구성, 읽을 수 없는 쿼리 문자열 등)"
        ),
        "use_instead": (
            "If the syntax is fine but the values break business rules, many APIs use "
            "422; if the body's media type is unsupported, 415."
        ),
        "use_instead_ko": (
            "문법은 맞지만 값이 업무 규칙에 어긋나면 많은 API가 422를 쓰고, 본문의 "
            "미디어 타입을 지원하지 않으면 415를 보냄"
        ),
        "see_also": (422, 415, 409),
        "keywords": (
            "bad request",
            "malformed",
            "invalid json",
            "parse error",
            "syntax error",
            "missing parameter",
            "invalid parameter",
            "invalid input",
            "bad input",
        ),
        "keywords_ko": (
            "잘못된 요청",
            "형식 오류",
            "파싱 오류",
            "문법 오류",
            "잘못된 파라미터",
            "필수 파라미터 누락",
            "잘못된 입력",
            "JSON 오류",
        ),
    },
    {
        "code": 401,
        "name": "UNAUTHORIZED",
        "old_names": (),
        "phrase": "Unauthorized",
        "aliases": (),
        "phrase_ko": "인증 필요",
        "description": (
            "The request lacks valid authentication credentials for the "
            "resource, or the credentials it sent were refused; the response "
            "carries a WWW-Authenticate challenge saying how to authenticate."
        ),
        "description_ko": (
            "유효한 인증 정보가 없어 요청이 거부됨. 인증 정보를 보냈다면 그 인증 "
            "정보가 거부되었다는 뜻이며, 서버는 WWW-Authenticate 헤더로 인증 방법을 "
            "알려 줌"
        ),
        "deprecated": False,
        "registration": "assigned",
        "expires": None,
        "cacheable_by_default": False,
        "allows_content": True,
        "followable_redirect": False,
        "preserves_method": False,
        "reference": "RFC 9110, Section 15.5.2",
        "use_when": (
            "When the request has no valid credentials: no token, an expired or "
            "invalid token, a wrong password; send WWW-Authenticate saying how to log "
            "in."
        ),
        "use_when_ko": (
            "유효한 인증 정보가 없을 때 보냄 (토큰이 없거나 만료되었거나 잘못됨, "
            "비밀번호가 틀림 등). 로그인 방법을 WWW-Authenticate 헤더로 알려야 함"
        ),
        "use_instead": (
            "If the user is known but not allowed, 403; for a proxy's login, 407."
        ),
        "use_instead_ko": (
            "누구인지는 알지만 허용되지 않은 사용자라면 403, 프록시 로그인이면 407을 "
            "보냄"
        ),
        "see_also": (403, 407, 511),
        "keywords": (
            "unauthorized",
            "unauthenticated",
            "login required",
            "not logged in",
            "authentication required",
            "missing token",
            "invalid token",
            "expired token",
            "jwt expired",
            "bad credentials",
            "wrong password",
            "sign in",
            "auth required",
            "no auth",
            "api key missing",
            "invalid api key",
            "no credentials",
            "login",
            "log in",
        ),
        "keywords_ko": (
            "인증 필요",
            "로그인 필요",
            "로그인 안 됨",
            "미인증",
            "토큰 없음",
            "토큰 만료",
            "잘못된 토큰",
            "인증 실패",
            "비밀번호 틀림",
            "세션 만료",
            "인증되지 않은 사용자",
            "인증 안 됨",
            "API 키 없음",
            "잘못된 API 키",
            "로그인",
        ),
    },
    {
        "code": 402,
        "name": "PAYMENT_REQUIRED",
        "old_names": (),
        "phrase": "Payment Required",
        "aliases": (),
        "phrase_ko": "결제 필요",
        "description": (
            "Reserved for future use: no standard gives it a meaning, though "
            "some services send it when a payment or a paid plan is needed."
        ),
        "description_ko": (
            "표준에서는 의미를 정하지 않고 나중을 위해 예약해 둔 코드임. 결제나 유료 "
            "요금제가 필요할 때 이 코드를 보내는 서비스도 있음"
        ),
        "deprecated": False,
        "registration": "assigned",
        "expires": None,
        "cacheable_by_default": False,
        "allows_content": True,
        "followable_redirect": False,
        "preserves_method": False,
        "reference": "RFC 9110, Section 15.5.3",
        "use_when": (
            "Not standardised; some APIs send it when a paid plan, credit or payment "
            "is needed. Document it if you use it."
        ),
        "use_when_ko": (
            "표준에서 의미가 정해지지 않음. 유료 요금제, 크레딧, 결제가 필요할 때 쓰는 "
            "API도 있으니 쓴다면 문서에 밝혀 둠"
        ),
        "use_instead": "For a quota or rate limit, 429; for a permission problem, 403.",
        "use_instead_ko": "할당량이나 요청 속도 제한이면 429, 권한 문제면 403을 보냄",
        "see_also": (403, 429),
        "keywords": (
            "payment required",
            "subscription required",
            "paywall",
            "billing",
            "out of credits",
            "plan limit",
            "payment needed",
            "premium feature",
            "upgrade plan",
        ),
        "keywords_ko": (
            "결제 필요",
            "유료 기능",
            "구독 필요",
            "요금제",
            "크레딧 부족",
            "결제",
            "결제 후 이용",
            "유료 결제 필요",
        ),
    },
    {
        "code": 403,
        "name": "FORBIDDEN",
        "old_names": (),
        "phrase": "Forbidden",
        "aliases": (),
        "phrase_ko": "접근 금지",
        "description": (
            "The server understood the request but refuses to fulfil it. Any "
            "credentials sent do not grant access, and the request should not be "
            "repeated with the same ones (other credentials may be tried); the "
            "refusal may also have reasons unrelated to credentials."
        ),
        "description_ko": (
            "서버가 요청을 이해했지만 수행을 거부함. 인증 정보를 보냈다면 그 인증 "
            "정보로는 접근을 허용할 수 없다는 뜻이므로, 같은 인증 정보로 자동으로 다시 "
            "요청하지 않는 것이 좋음 (다른 인증 정보로는 다시 시도할 수 있음). 거부한 "
            "이유가 인증과 무관할 수도 있음"
        ),
        "deprecated": False,
        "registration": "assigned",
        "expires": None,
        "cacheable_by_default": False,
        "allows_content": True,
        "followable_redirect": False,
        "preserves_method": False,
        "reference": "RFC 9110, Section 15.5.4",
        "use_when": (
            "When the client is identified (or identity would not help) but is not "
            "allowed to do this: missing role or permission, blocked IP, access denied "
            "by policy, CSRF check failed."
        ),
        "use_when_ko": (
            "클라이언트가 누구인지 알지만(또는 알아도 소용없지만) 이 작업이 허용되지 "
            "않을 때 보냄 (역할이나 권한 부족, 차단된 IP, 정책상 접근 거부, CSRF 검사 "
            "실패 등)"
        ),
        "use_instead": (
            "If logging in would help, 401; if the resource's existence should stay "
            "secret, 404."
        ),
        "use_instead_ko": (
            "로그인하면 해결된다면 401, 리소스가 있다는 사실조차 숨기려면 404를 보냄"
        ),
        "see_also": (401, 404),
        "keywords": (
            "forbidden",
            "permission denied",
            "access denied",
            "not allowed",
            "no permission",
            "insufficient permissions",
            "unauthorized role",
            "admin only",
            "blocked ip",
            "csrf",
        ),
        "keywords_ko": (
            "접근 금지",
            "권한 없음",
            "권한 부족",
            "접근 거부",
            "허용되지 않음",
            "관리자 전용",
            "IP 차단",
            "금지",
            "CSRF 오류",
            "CSRF 토큰 오류",
        ),
    },
    {
        "code": 404,
        "name": "NOT_FOUND",
        "old_names": (),
        "phrase": "Not Found",
        "aliases": (),
        "phrase_ko": "찾을 수 없음",
        "description": (
            "The server has no current representation for the target "
            "resource, or does not want to reveal whether it has one."
        ),
        "description_ko": (
            "클라이언트가 요청한 리소스를 찾을 수 없음. 리소스가 있는지 밝히고 싶지 "
            "않은 서버도 이 코드를 보냄"
        ),
        "deprecated": False,
        "registration": "assigned",
        "expires": None,
        "cacheable_by_default": True,
        "allows_content": True,
        "followable_redirect": False,
        "preserves_method": False,
        "reference": "RFC 9110, Section 15.5.5",
        "use_when": (
            "When there is no resource at the URI: unknown page, a record ID that does "
            "not exist, a wrong route; also to hide a resource the client may not see."
        ),
        "use_when_ko": (
            "URI에 해당하는 리소스가 없을 때 보냄 (없는 페이지, 존재하지 않는 레코드 "
            "ID, 잘못된 경로 등). 클라이언트가 보면 안 되는 리소스를 숨길 때도 씀"
        ),
        "use_instead": (
            "If the resource existed and was removed for good, 410; if the method is "
            "the problem, 405."
        ),
        "use_instead_ko": (
            "있던 리소스를 영구히 지웠다면 410, 메서드가 문제라면 405를 보냄"
        ),
        "see_also": (410, 403, 405),
        "keywords": (
            "not found",
            "page not found",
            "does not exist",
            "missing",
            "no such",
            "unknown id",
            "wrong url",
            "route not found",
            "deleted",
        ),
        "keywords_ko": (
            "찾을 수 없음",
            "페이지 없음",
            "존재하지 않음",
            "없는 페이지",
            "잘못된 주소",
            "경로 없음",
            "데이터 없음",
        ),
    },
    {
        "code": 405,
        "name": "METHOD_NOT_ALLOWED",
        "old_names": (),
        "phrase": "Method Not Allowed",
        "aliases": (),
        "phrase_ko": "허용되지 않는 메서드",
        "description": (
            "The resource exists but does not support the request method; "
            "the Allow header lists the methods it does support."
        ),
        "description_ko": (
            "대상 리소스는 있지만 클라이언트가 보낸 메서드를 지원하지 않음. 응답의 "
            "Allow 헤더가 지원하는 메서드를 알려 줌"
        ),
        "deprecated": False,
        "registration": "assigned",
        "expires": None,
        "cacheable_by_default": True,
        "allows_content": True,
        "followable_redirect": False,
        "preserves_method": False,
        "reference": "RFC 9110, Section 15.5.6",
        "use_when": (
            "When the resource exists but does not support this method, such as DELETE "
            "on a read-only resource or POST to a GET-only endpoint; list the allowed "
            "methods in Allow."
        ),
        "use_when_ko": (
            "리소스는 있지만 이 메서드를 지원하지 않을 때 보냄 (읽기 전용 리소스에 "
            "DELETE, GET만 되는 엔드포인트에 POST 등). 허용하는 메서드를 Allow 헤더에 "
            "나열함"
        ),
        "use_instead": "If the server does not know the method for any resource, 501.",
        "use_instead_ko": "서버가 어느 리소스에 대해서도 모르는 메서드라면 501을 보냄",
        "see_also": (501, 404),
        "keywords": (
            "method not allowed",
            "wrong method",
            "unsupported method",
            "get not allowed",
            "post not allowed",
            "allow header",
        ),
        "keywords_ko": (
            "허용되지 않는 메서드",
            "잘못된 메서드",
            "지원하지 않는 메서드",
            "메서드 오류",
        ),
    },
    {
        "code": 406,
        "name": "NOT_ACCEPTABLE",
        "old_names": (),
        "phrase": "Not Acceptable",
        "aliases": (),
        "phrase_ko": "수용할 수 있는 표현 없음",
        "description": (
            "No representation of the resource matches the client's Accept, "
            "Accept-Language or other negotiation headers, and the server "
            "declines to send a default one."
        ),
        "description_ko": (
            "클라이언트가 Accept 계열 요청 헤더로 지정한 조건(미디어 타입, 언어 등)에 "
            "맞는 표현이 없고, 서버가 기본 표현을 보내지도 않음"
        ),
        "deprecated": False,
        "registration": "assigned",
        "expires": None,
        "cacheable_by_default": False,
        "allows_content": True,
        "followable_redirect": False,
        "preserves_method": False,
        "reference": "RFC 9110, Section 15.5.7",
        "use_when": (
            "When the client's Accept headers rule out every format or language the "
            "server can produce, such as Accept: application/xml on a JSON-only API, "
            "and the server chooses not to send a default."
        ),
        "use_when_ko": (
            "클라이언트의 Accept 계열 헤더가 서버가 만들 수 있는 모든 형식이나 언어를 "
            "배제하고, 서버가 기본값을 보내지 않기로 할 때 보냄 (JSON만 되는 API에 "
            "Accept: application/xml 등)"
        ),
        "use_instead": "If the problem is the format of the body the client sent, 415.",
        "use_instead_ko": "클라이언트가 보낸 본문의 형식이 문제라면 415를 보냄",
        "see_also": (415, 300),
        "keywords": (
            "not acceptable",
            "accept header",
            "content negotiation",
            "unsupported format requested",
            "wrong accept",
        ),
        "keywords_ko": (
            "수용할 수 없음",
            "Accept 헤더",
            "콘텐츠 협상",
            "응답 형식 불일치",
            "응답 형식을 지원하지 않음",
            "요청한 형식을 제공할 수 없음",
        ),
    },
    {
        "code": 407,
        "name": "PROXY_AUTHENTICATION_REQUIRED",
        "old_names": (),
        "phrase": "Proxy Authentication Required",
        "aliases": (),
        "phrase_ko": "프록시 인증 필요",
        "description": (
            "Like 401, but the client must first authenticate with the proxy, "
            "which sends a Proxy-Authenticate challenge."
        ),
        "description_ko": (
            "401과 비슷하지만 프록시에 대한 인증임. 클라이언트는 먼저 프록시에 "
            "인증해야 하며, 프록시는 Proxy-Authenticate 헤더로 인증 방법을 알려 줌"
        ),
        "deprecated": False,
        "registration": "assigned",
        "expires": None,
        "cacheable_by_default": False,
        "allows_content": True,
        "followable_redirect": False,
        "preserves_method": False,
        "reference": "RFC 9110, Section 15.5.8",
        "use_when": (
            "From a proxy that requires the client to log in to the proxy first; send "
            "Proxy-Authenticate."
        ),
        "use_when_ko": (
            "클라이언트가 프록시에서 먼저 인증해야 할 때 프록시가 보냄. "
            "Proxy-Authenticate 헤더를 담음"
        ),
        "use_instead": "For the origin server's own login, 401.",
        "use_instead_ko": "원본 서버 자체의 로그인이면 401을 보냄",
        "see_also": (401, 511),
        "keywords": ("proxy authentication", "proxy login", "proxy auth"),
        "keywords_ko": ("프록시 인증", "프록시 로그인"),
    },
    {
        "code": 408,
        "name": "REQUEST_TIMEOUT",
        "old_names": (),
        "phrase": "Request Timeout",
        "aliases": ("Request Time-out",),
        "phrase_ko": "요청 시간 초과",
        "description": (
            "The server did not receive a complete request within the time "
            "it was prepared to wait, and is closing the connection; the "
            "client may send the request again."
        ),
        "description_ko": (
            "서버가 기다리는 시간 안에 클라이언트로부터 완전한 요청을 받지 못해 연결을 "
            "끊음. 클라이언트는 같은 요청을 다시 보낼 수 있음"
        ),
        "deprecated": False,
        "registration": "assigned",
        "expires": None,
        "cacheable_by_default": False,
        "allows_content": True,
        "followable_redirect": False,
        "preserves_method": False,
        "reference": "RFC 9110, Section 15.5.9",
        "use_when": (
            "When the server gave up waiting for the client to finish sending the "
            "request, typically a slow or stalled upload; the server closes the "
            "connection."
        ),
        "use_when_ko": (
            "클라이언트가 요청을 다 보내기를 서버가 기다리다 포기할 때 보냄 (느리거나 "
            "멈춘 업로드 등). 서버는 연결을 닫음"
        ),
        "use_instead": (
            "If an upstream server was too slow, 504; if the server itself is "
            "overloaded, 503."
        ),
        "use_instead_ko": "상위 서버가 느렸다면 504, 서버 자체가 과부하라면 503을 보냄",
        "see_also": (504, 503),
        "keywords": (
            "request timeout",
            "client timeout",
            "slow client",
            "idle connection",
            "slow upload",
            "client too slow",
            "took too long to send",
            "incomplete request",
        ),
        "keywords_ko": (
            "요청 시간 초과",
            "클라이언트 시간 초과",
            "느린 클라이언트",
            "유휴 연결",
            "타임아웃",
        ),
    },
    {
        "code": 409,
        "name": "CONFLICT",
        "old_names": (),
        "phrase": "Conflict",
        "aliases": (),
        "phrase_ko": "충돌",
        "description": (
            "The request conflicts with the current state of the resource, "
            "as with an edit based on an outdated version; the user may be "
            "able to resolve the conflict and try again."
        ),
        "description_ko": (
            "요청이 대상 리소스의 현재 상태와 충돌함 (예: 오래된 버전을 바탕으로 한 "
            "수정). 사용자가 충돌을 해결한 뒤 다시 요청할 수 있음"
        ),
        "deprecated": False,
        "registration": "assigned",
        "expires": None,
        "cacheable_by_default": False,
        "allows_content": True,
        "followable_redirect": False,
        "preserves_method": False,
        "reference": "RFC 9110, Section 15.5.10",
        "use_when": (
            "When the request conflicts with the current state: the user or email "
            "already exists, a duplicate key, an edit to an outdated version, a state "
            "transition that is not allowed now."
        ),
        "use_when_ko": (
            "요청이 현재 상태와 충돌할 때 보냄 (사용자나 이메일이 이미 있음, 키 중복, "
            "오래된 버전에 대한 수정, 지금은 할 수 없는 상태 변경 등)"
        ),
        "use_instead": (
            "If the client sent an If-Match that no longer matches, 412; if the input "
            "is simply invalid, 400 or 422."
        ),
        "use_instead_ko": (
            "클라이언트가 보낸 If-Match가 더는 맞지 않으면 412, 입력값이 단순히 "
            "잘못되었으면 400이나 422를 보냄"
        ),
        "see_also": (412, 422, 400),
        "keywords": (
            "conflict",
            "already exists",
            "duplicate",
            "duplicate key",
            "unique constraint",
            "email taken",
            "username taken",
            "version conflict",
            "edit conflict",
            "concurrent update",
            "state conflict",
        ),
        "keywords_ko": (
            "충돌",
            "중복",
            "이미 존재함",
            "이미 있음",
            "중복 키",
            "이메일 중복",
            "아이디 중복",
            "버전 충돌",
            "동시 수정",
            "상태 충돌",
        ),
    },
    {
        "code": 410,
        "name": "GONE",
        "old_names": (),
        "phrase": "Gone",
        "aliases": (),
        "phrase_ko": "사라짐",
        "description": (
            "The resource was here once and has been removed on purpose, and "
            "the server expects the removal to be permanent."
        ),
        "description_ko": (
            "요청한 리소스가 의도적으로 제거되어 사라졌음. 서버는 이 상태가 영구적일 "
            "것으로 봄"
        ),
        "deprecated": False,
        "registration": "assigned",
        "expires": None,
        "cacheable_by_default": True,
        "allows_content": True,
        "followable_redirect": False,
        "preserves_method": False,
        "reference": "RFC 9110, Section 15.5.11",
        "use_when": (
            "When a resource was deliberately removed and will not come back, such as "
            "a retired API version or an expired promotion; tells caches and crawlers "
            "to drop it."
        ),
        "use_when_ko": (
            "리소스를 일부러 지웠고 다시 돌아오지 않을 때 보냄 (종료된 API 버전, 끝난 "
            "이벤트 페이지 등). 캐시와 검색 엔진 크롤러가 지우게 함"
        ),
        "use_instead": "If you do not know whether the removal is permanent, 404.",
        "use_instead_ko": "영구 삭제인지 모른다면 404를 보냄",
        "see_also": (404, 301),
        "keywords": (
            "gone",
            "permanently deleted",
            "removed",
            "no longer available",
            "deprecated api",
            "sunset",
            "retired endpoint",
        ),
        "keywords_ko": (
            "사라짐",
            "영구 삭제",
            "삭제됨",
            "더 이상 제공하지 않음",
            "서비스 종료",
            "지원 종료된 API",
            "삭제된 게시글",
            "다시 볼 수 없음",
        ),
    },
    {
        "code": 411,
        "name": "LENGTH_REQUIRED",
        "old_names": (),
        "phrase": "Length Required",
        "aliases": (),
        "phrase_ko": "길이 필요",
        "description": (
            "The server refuses to accept the request without a "
            "Content-Length header field."
        ),
        "description_ko": "서버가 Content-Length 헤더가 없는 요청을 받아들이지 않음",
        "deprecated": False,
        "registration": "assigned",
        "expires": None,
        "cacheable_by_default": False,
        "allows_content": True,
        "followable_redirect": False,
        "preserves_method": False,
        "reference": "RFC 9110, Section 15.5.12",
        "use_when": (
            "When the server requires Content-Length and the request has none, such as "
            "a chunked upload to a server that does not accept it."
        ),
        "use_when_ko": (
            "서버가 Content-Length를 요구하는데 요청에 없을 때 보냄 (청크 전송을 받지 "
            "않는 서버에 청크로 업로드한 경우 등)"
        ),
        "use_instead": "If the body is too large, 413.",
        "use_instead_ko": "본문이 너무 크다면 413을 보냄",
        "see_also": (413, 400),
        "keywords": (
            "length required",
            "content-length missing",
            "missing content length",
            "chunked not supported",
        ),
        "keywords_ko": ("길이 필요", "Content-Length 누락", "본문 길이 없음"),
    },
    {
        "code": 412,
        "name": "PRECONDITION_FAILED",
        "old_names": (),
        "phrase": "Precondition Failed",
        "aliases": (),
        "phrase_ko": "전제 조건 실패",
        "description": (
            "A condition the client put in the request header fields, such "
            "as If-Match or If-Unmodified-Since, evaluated to false on the "
            "server."
        ),
        "description_ko": (
            "클라이언트가 요청 헤더(If-Match, If-Unmodified-Since 등)에 넣은 조건을 "
            "서버에서 평가한 결과가 거짓임"
        ),
        "deprecated": False,
        "registration": "assigned",
        "expires": None,
        "cacheable_by_default": False,
        "allows_content": True,
        "followable_redirect": False,
        "preserves_method": False,
        "reference": "RFC 9110, Section 15.5.13",
        "use_when": (
            "When a precondition the client sent (If-Match, If-Unmodified-Since) is "
            "false, typically an update based on an ETag that is no longer current "
            "(optimistic locking)."
        ),
        "use_when_ko": (
            "클라이언트가 보낸 전제 조건(If-Match, If-Unmodified-Since)이 거짓일 때 "
            "보냄 (대개 현재와 다른 ETag로 수정하려는 경우, 낙관적 잠금)"
        ),
        "use_instead": (
            "If the server requires a condition the client did not send, 428; a "
            "conflict found without a client condition is 409."
        ),
        "use_instead_ko": (
            "서버가 요구한 조건을 클라이언트가 보내지 않았다면 428, 클라이언트의 조건 "
            "없이 발견한 충돌이면 409를 보냄"
        ),
        "see_also": (428, 409, 304),
        "keywords": (
            "precondition failed",
            "if-match",
            "etag mismatch",
            "optimistic locking",
            "lost update",
            "stale etag",
            "if-unmodified-since",
        ),
        "keywords_ko": (
            "전제 조건 실패",
            "ETag 불일치",
            "낙관적 잠금",
            "버전 불일치",
            "조건부 요청 실패",
        ),
    },
    {
        "code": 413,
        "name": "CONTENT_TOO_LARGE",
        "old_names": ("REQUEST_ENTITY_TOO_LARGE", "PAYLOAD_TOO_LARGE"),
        "phrase": "Content Too Large",
        "aliases": ("Payload Too Large", "Request Entity Too Large"),
        "phrase_ko": "요청 본문이 너무 큼",
        "description": (
            "The request content is larger than the server is willing or "
            "able to process; the server may close the connection."
        ),
        "description_ko": (
            "요청 본문이 서버가 처리할 수 있거나 처리하기로 한 크기보다 큼. 서버는 "
            "연결을 끊을 수 있음"
        ),
        "deprecated": False,
        "registration": "assigned",
        "expires": None,
        "cacheable_by_default": False,
        "allows_content": True,
        "followable_redirect": False,
        "preserves_method": False,
        "reference": "RFC 9110, Section 15.5.14",
        "use_when": (
            "When the request body is too large: a file upload over the limit, a JSON "
            "body beyond the allowed size."
        ),
        "use_when_ko": (
            "요청 본문이 너무 클 때 보냄 (한도를 넘는 파일 업로드, 허용 크기를 넘는 "
            "JSON 본문 등)"
        ),
        "use_instead": (
            "If the URI is too long, 414; if the headers are too large, 431."
        ),
        "use_instead_ko": "URI가 너무 길면 414, 헤더가 너무 크면 431을 보냄",
        "see_also": (414, 431),
        "keywords": (
            "content too large",
            "payload too large",
            "file too large",
            "upload too large",
            "body too large",
            "request entity too large",
            "max upload size",
            "size limit",
            "max body size",
            "upload too big",
            "file too big",
        ),
        "keywords_ko": (
            "요청 본문이 너무 큼",
            "파일이 너무 큼",
            "업로드 용량 초과",
            "파일 크기 초과",
            "용량 제한",
            "본문 크기 초과",
        ),
    },
    {
        "code": 414,
        "name": "URI_TOO_LONG",
        "old_names": ("REQUEST_URI_TOO_LONG",),
        "phrase": "URI Too Long",
        "aliases": ("Request-URI Too Long", "Request-URI Too Large"),
        "phrase_ko": "URI가 너무 김",
        "description": (
            "The target URI is longer than the server is willing to "
            "interpret, often the sign of a redirect loop or of a large form "
            "sent with GET."
        ),
        "description_ko": (
            "요청한 대상 URI가 너무 길어서 서버가 처리하지 않음 (리다이렉트 루프나, 큰 "
            "폼을 GET으로 보낸 경우에 흔함)"
        ),
        "deprecated": False,
        "registration": "assigned",
        "expires": None,
        "cacheable_by_default": True,
        "allows_content": True,
        "followable_redirect": False,
        "preserves_method": False,
        "reference": "RFC 9110, Section 15.5.15",
        "use_when": (
            "When the URI, usually its query string, is longer than the server "
            "accepts, such as a huge filter sent with GET."
        ),
        "use_when_ko": (
            "URI(대개 쿼리 문자열)가 서버가 받아들이는 길이보다 길 때 보냄 (GET으로 "
            "보낸 아주 긴 필터 등)"
        ),
        "use_instead": (
            "If the body is too large, 413; if other headers are too large, 431."
        ),
        "use_instead_ko": "본문이 너무 크면 413, 다른 헤더가 너무 크면 431을 보냄",
        "see_also": (413, 431),
        "keywords": (
            "uri too long",
            "url too long",
            "query string too long",
            "long url",
        ),
        "keywords_ko": (
            "URI가 너무 김",
            "URL이 너무 김",
            "주소가 너무 김",
            "쿼리 문자열이 너무 김",
        ),
    },
    {
        "code": 415,
        "name": "UNSUPPORTED_MEDIA_TYPE",
        "old_names": (),
        "phrase": "Unsupported Media Type",
        "aliases": (),
        "phrase_ko": "지원하지 않는 미디어 타입",
        "description": (
            "The request content is in a media type or content coding that "
            "the server does not support for this method and resource."
        ),
        "description_ko": (
            "서버가 이 메서드와 리소스에 대해 요청 본문의 미디어 "
            "타입(Content-Type)이나 콘텐츠 코딩(Content-Encoding)을 지원하지 않음"
        ),
        "deprecated": False,
        "registration": "assigned",
        "expires": None,
        "cacheable_by_default": False,
        "allows_content": True,
        "followable_redirect": False,
        "preserves_method": False,
        "reference": "RFC 9110, Section 15.5.16",
        "use_when": (
            "When the body's format is not supported: wrong Content-Type, such as form "
            "data sent to a JSON API, or an unsupported Content-Encoding."
        ),
        "use_when_ko": (
            "본문의 형식을 지원하지 않을 때 보냄 (JSON API에 폼 데이터를 보내는 등 "
            "잘못된 Content-Type, 지원하지 않는 Content-Encoding)"
        ),
        "use_instead": (
            "If the client asked for a format the server cannot produce, 406; if the "
            "format is right but the data invalid, 400 or 422."
        ),
        "use_instead_ko": (
            "클라이언트가 서버가 만들 수 없는 형식을 달라고 했다면 406, 형식은 맞지만 "
            "데이터가 잘못되었으면 400이나 422를 보냄"
        ),
        "see_also": (406, 400, 422),
        "keywords": (
            "unsupported media type",
            "wrong content type",
            "content-type",
            "unsupported format",
            "invalid content type",
            "expected json",
        ),
        "keywords_ko": (
            "지원하지 않는 미디어 타입",
            "잘못된 Content-Type",
            "콘텐츠 타입 오류",
            "지원하지 않는 형식",
        ),
    },
    {
        "code": 416,
        "name": "RANGE_NOT_SATISFIABLE",
        "old_names": ("REQUESTED_RANGE_NOT_SATISFIABLE",),
        "phrase": "Range Not Satisfiable",
        "aliases": ("Requested Range Not Satisfiable",),
        "phrase_ko": "충족할 수 없는 범위",
        "description": (
            "None of the ranges in the request's Range header overlap the "
            "current representation, or the server rejected the set of "
            "ranges as too many or too fragmented."
        ),
        "description_ko": (
            "Range 헤더에 지정한 범위 중 현재 표현과 겹치는 것이 하나도 없거나, 범위가 "
            "너무 많거나 잘게 나뉘어 서버가 거부함"
        ),
        "deprecated": False,
        "registration": "assigned",
        "expires": None,
        "cacheable_by_default": False,
        "allows_content": True,
        "followable_redirect": False,
        "preserves_method": False,
        "reference": "RFC 9110, Section 15.5.17",
        "use_when": (
            "When none of the requested byte ranges exist in the file, such as a "
            "resumed download starting past the end; send Content-Range: bytes "
            "*/length."
        ),
        "use_when_ko": (
            "요청한 바이트 범위가 모두 파일 범위 밖일 때 보냄 (파일 끝을 지나서 "
            "시작하는 이어받기 등). Content-Range: bytes */전체 길이 헤더를 담음"
        ),
        "use_instead": "If the server simply ignores Range, 200 with the whole file.",
        "use_instead_ko": "서버가 Range 헤더를 무시한다면 전체 파일과 함께 200을 보냄",
        "see_also": (206,),
        "keywords": (
            "range not satisfiable",
            "invalid range",
            "range header",
            "out of range",
            "bytes range",
            "range beyond end of file",
            "offset past end",
            "invalid byte range",
        ),
        "keywords_ko": (
            "범위를 만족할 수 없음",
            "잘못된 범위",
            "범위 초과",
            "Range 헤더 오류",
            "범위가 파일 크기를 넘음",
            "파일 끝을 넘는 범위",
        ),
    },
    {
        "code": 417,
        "name": "EXPECTATION_FAILED",
        "old_names": (),
        "phrase": "Expectation Failed",
        "aliases": (),
        "phrase_ko": "기대 조건 실패",
        "description": (
            "At least one server on the request's path could not meet the "
            "expectation given in the request's Expect header."
        ),
        "description_ko": (
            "요청의 Expect 헤더에 담긴 기대 조건을 요청 경로상의 서버 중 적어도 하나가 "
            "충족할 수 없음"
        ),
        "deprecated": False,
        "registration": "assigned",
        "expires": None,
        "cacheable_by_default": False,
        "allows_content": True,
        "followable_redirect": False,
        "preserves_method": False,
        "reference": "RFC 9110, Section 15.5.18",
        "use_when": (
            "When the server cannot meet an Expect header, most often an Expect value "
            "it does not support."
        ),
        "use_when_ko": (
            "서버가 Expect 헤더를 충족할 수 없을 때 보냄 (대개 지원하지 않는 Expect 값)"
        ),
        "use_instead": (
            "To refuse a large upload announced with Expect: 100-continue, 413."
        ),
        "use_instead_ko": (
            "Expect: 100-continue로 알린 큰 업로드를 거절하려면 413을 보냄"
        ),
        "see_also": (100, 413),
        "keywords": ("expectation failed", "expect header"),
        "keywords_ko": ("기대 조건 실패", "Expect 헤더"),
    },
    {
        "code": 418,
        "name": "IM_A_TEAPOT",
        "old_names": (),
        "phrase": "I'm a Teapot",
        "aliases": ("I'm a teapot",),
        "phrase_ko": "나는 찻주전자",
        "description": (
            "An April Fools' joke from the Hyper Text Coffee Pot Control "
            "Protocol. HTTP keeps the code reserved as unused, because joke "
            "implementations send it and a real meaning would collide."
        ),
        "description_ko": (
            "만우절 농담 규격(HTCPCP)에서 나온 코드로, 찻주전자로 커피를 끓이려 할 "
            "때의 응답임. HTTP 표준에서는 의미가 없고, 이미 이 코드를 보내는 농담 "
            "구현과 충돌하지 않도록 사용하지 않는 코드로 예약되어 있음"
        ),
        "deprecated": True,
        "registration": "unused",
        "expires": None,
        "cacheable_by_default": False,
        "allows_content": True,
        "followable_redirect": False,
        "preserves_method": False,
        "reference": "RFC 9110, Section 15.5.19",
        "use_when": (
            "Do not send it as a real status: it is reserved as unused. Some services "
            "use it as an Easter egg."
        ),
        "use_when_ko": (
            "실제 상태 코드로는 보내지 않음. 사용하지 않는 코드로 예약되어 있으며, "
            "일부 서비스가 재미로(이스터 에그로) 씀"
        ),
        "use_instead": "For refusing automated clients, 403 or 429.",
        "use_instead_ko": "자동화된 클라이언트를 거부하려면 403이나 429를 보냄",
        "see_also": (403,),
        "keywords": ("teapot", "i'm a teapot", "joke", "easter egg", "coffee"),
        "keywords_ko": ("찻주전자", "농담", "만우절", "커피"),
    },
    {
        "code": 421,
        "name": "MISDIRECTED_REQUEST",
        "old_names": (),
        "phrase": "Misdirected Request",
        "aliases": (),
        "phrase_ko": "잘못 전달된 요청",
        "description": (
            "The request reached a server that cannot produce a response for "
            "its target URI, for example over a connection reused for a "
            "different host name."
        ),
        "description_ko": (
            "요청이 대상 URI에 대한 응답을 생성할 수 없는 서버로 전달됨 (예: 다른 "
            "호스트 이름을 위해 맺은 연결을 재사용한 경우)"
        ),
        "deprecated": False,
        "registration": "assigned",
        "expires": None,
        "cacheable_by_default": False,
        "allows_content": True,
        "followable_redirect": False,
        "preserves_method": False,
        "reference": "RFC 9110, Section 15.5.20",
        "use_when": (
            "When a request reached a server or connection that cannot answer for its "
            "host, such as an HTTP/2 connection reused for another domain whose "
            "certificate it also covers."
        ),
        "use_when_ko": (
            "요청이 그 호스트에 대해 답할 수 없는 서버나 연결에 도착했을 때 보냄 (같은 "
            "인증서가 적용되는 다른 도메인에 HTTP/2 연결을 재사용한 경우 등)"
        ),
        "use_instead": "If the host is simply unknown, 404 or 400.",
        "use_instead_ko": "호스트를 단순히 모른다면 404나 400을 보냄",
        "see_also": (400, 404),
        "keywords": (
            "misdirected request",
            "wrong host",
            "sni mismatch",
            "connection reuse",
            "http2 coalescing",
        ),
        "keywords_ko": (
            "잘못 전달된 요청",
            "잘못된 호스트",
            "연결 재사용",
            "SNI 불일치",
        ),
    },
    {
        "code": 422,
        "name": "UNPROCESSABLE_CONTENT",
        "old_names": ("UNPROCESSABLE_ENTITY",),
        "phrase": "Unprocessable Content",
        "aliases": ("Unprocessable Entity",),
        "phrase_ko": "처리할 수 없는 요청 본문",
        "description": (
            "The server understands the content type and the content is "
            "well-formed, but it cannot act on what the content says, as "
            "when input fails validation."
        ),
        "description_ko": (
            "서버가 요청 본문의 미디어 타입을 이해하고 본문의 문법도 올바르지만, "
            "본문에 담긴 지시대로 처리할 수 없음 (예: 입력값 유효성 검사 실패)"
        ),
        "deprecated": False,
        "registration": "assigned",
        "expires": None,
        "cacheable_by_default": False,
        "allows_content": True,
        "followable_redirect": False,
        "preserves_method": False,
        "reference": "RFC 9110, Section 15.5.21",
        "use_when": (
            "When the body is well-formed and of the right type but its values fail "
            "validation or business rules: an invalid email, a negative amount, an end "
            "date before the start date."
        ),
        "use_when_ko": (
            "본문이 문법에 맞고 미디어 타입도 맞지만 값이 유효성 검사나 업무 규칙을 "
            "통과하지 못할 때 보냄 (잘못된 이메일, 음수 금액, 시작일보다 이른 종료일 "
            "등)"
        ),
        "use_instead": (
            "If the body cannot be parsed, 400; if the data conflicts with existing "
            "state, such as a duplicate, 409."
        ),
        "use_instead_ko": (
            "본문을 파싱할 수 없다면 400, 데이터가 기존 상태와 충돌하면(중복 등) 409를 "
            "보냄"
        ),
        "see_also": (400, 409, 415),
        "keywords": (
            "unprocessable",
            "validation error",
            "validation failed",
            "invalid field",
            "semantic error",
            "invalid email",
            "business rule",
            "form errors",
            "unprocessable entity",
        ),
        "keywords_ko": (
            "처리할 수 없는 콘텐츠",
            "유효성 검사 실패",
            "검증 오류",
            "입력값 오류",
            "잘못된 값",
            "업무 규칙 위반",
            "폼 오류",
            "잘못된 이메일 형식",
            "값이 올바르지 않음",
            "비즈니스 로직 오류",
            "비즈니스 규칙 위반",
        ),
    },
    {
        "code": 423,
        "name": "LOCKED",
        "old_names": (),
        "phrase": "Locked",
        "aliases": (),
        "phrase_ko": "잠김",
        "description": "The WebDAV resource the request operates on is locked.",
        "description_ko": "요청이 다루려는 WebDAV 리소스가 잠겨 있음",
        "deprecated": False,
        "registration": "assigned",
        "expires": None,
        "cacheable_by_default": False,
        "allows_content": True,
        "followable_redirect": False,
        "preserves_method": False,
        "reference": "RFC 4918, Section 11.3",
        "use_when": (
            "When a WebDAV resource is locked by someone else, or an API models an "
            "explicit lock on a resource."
        ),
        "use_when_ko": (
            "WebDAV 리소스가 다른 사용자가 잠가 두었거나, API가 리소스의 명시적 잠금을 "
            "다룰 때 보냄"
        ),
        "use_instead": "For an ordinary edit conflict without locks, 409.",
        "use_instead_ko": "잠금 없이 생긴 일반적인 수정 충돌이면 409를 보냄",
        "see_also": (409, 412),
        "keywords": ("locked", "resource locked", "file locked", "webdav lock"),
        "keywords_ko": ("잠김", "파일 잠김", "리소스 잠김", "잠금"),
    },
    {
        "code": 424,
        "name": "FAILED_DEPENDENCY",
        "old_names": (),
        "phrase": "Failed Dependency",
        "aliases": (),
        "phrase_ko": "의존 작업 실패",
        "description": (
            "The method could not be performed because it depended on "
            "another action, often one in the same WebDAV request, and that "
            "action failed."
        ),
        "description_ko": (
            "요청한 작업이 의존하는 다른 작업(예: 같은 PROPPATCH 안의 다른 속성 "
            "변경)이 실패했기 때문에 이 작업도 수행할 수 없음"
        ),
        "deprecated": False,
        "registration": "assigned",
        "expires": None,
        "cacheable_by_default": False,
        "allows_content": True,
        "followable_redirect": False,
        "preserves_method": False,
        "reference": "RFC 4918, Section 11.4",
        "use_when": (
            "In WebDAV, or a batch API, when this action failed only because another "
            "action it depended on failed."
        ),
        "use_when_ko": (
            "WebDAV나 일괄 처리 API에서, 의존하는 다른 작업이 실패해서 이 작업도 "
            "실패했을 때 보냄"
        ),
        "use_instead": (
            "If the action failed on its own, use the code for that failure."
        ),
        "use_instead_ko": "작업이 자체 원인으로 실패했다면 그 원인에 맞는 코드를 보냄",
        "see_also": (207,),
        "keywords": (
            "failed dependency",
            "dependent operation failed",
            "batch failure",
        ),
        "keywords_ko": ("의존 작업 실패", "선행 작업 실패", "연쇄 실패"),
    },
    {
        "code": 425,
        "name": "TOO_EARLY",
        "old_names": (),
        "phrase": "Too Early",
        "aliases": (),
        "phrase_ko": "너무 이른 요청",
        "description": (
            "The server will not risk processing a request sent in TLS early "
            "data, because an attacker could replay it; the client should "
            "retry once the handshake is complete."
        ),
        "description_ko": (
            "TLS 조기 데이터(0-RTT)로 보낸 요청은 재전송 공격에 악용될 수 있어 서버가 "
            "처리하지 않음. 클라이언트는 핸드셰이크가 끝난 뒤 다시 요청하면 됨"
        ),
        "deprecated": False,
        "registration": "assigned",
        "expires": None,
        "cacheable_by_default": False,
        "allows_content": True,
        "followable_redirect": False,
        "preserves_method": False,
        "reference": "RFC 8470, Section 5.2",
        "use_when": (
            "When a request arrived in TLS 1.3 early data (0-RTT) and replaying it "
            "would be unsafe; the client retries after the handshake."
        ),
        "use_when_ko": (
            "TLS 1.3 조기 데이터(0-RTT)로 온 요청을 재전송 공격 위험 때문에 처리하지 "
            "않을 때 보냄. 클라이언트는 핸드셰이크 뒤 다시 보냄"
        ),
        "use_instead": "For a client that sends too often, 429.",
        "use_instead_ko": "요청을 너무 자주 보내는 클라이언트에는 429를 보냄",
        "see_also": (429,),
        "keywords": ("too early", "early data", "0-rtt", "replay attack", "tls 1.3"),
        "keywords_ko": ("너무 이른 요청", "조기 데이터", "재전송 공격", "0-RTT"),
    },
    {
        "code": 426,
        "name": "UPGRADE_REQUIRED",
        "old_names": (),
        "phrase": "Upgrade Required",
        "aliases": (),
        "phrase_ko": "업그레이드 필요",
        "description": (
            "The server refuses the request over the current protocol but "
            "would accept it after the client switches to a protocol named "
            "in the Upgrade header."
        ),
        "description_ko": (
            "지금의 프로토콜로는 서버가 요청을 처리하지 않음. 클라이언트가 Upgrade "
            "헤더에 적힌 프로토콜로 전환하면 처리할 수 있음"
        ),
        "deprecated": False,
        "registration": "assigned",
        "expires": None,
        "cacheable_by_default": False,
        "allows_content": True,
        "followable_redirect": False,
        "preserves_method": False,
        "reference": "RFC 9110, Section 15.5.22",
        "use_when": (
            "When the server will only answer over another protocol, such as TLS, "
            "named in the Upgrade header of the response."
        ),
        "use_when_ko": (
            "응답의 Upgrade 헤더에 적은 다른 프로토콜(TLS 등)로만 처리해 줄 때 보냄"
        ),
        "use_instead": (
            "To redirect http to https, a 301 or 308 is what browsers follow."
        ),
        "use_instead_ko": (
            "HTTP 요청을 HTTPS로 보내려면 브라우저가 따르는 301이나 308을 씀"
        ),
        "see_also": (101, 301),
        "keywords": (
            "upgrade required",
            "protocol upgrade",
            "tls required",
            "https required",
        ),
        "keywords_ko": ("업그레이드 필요", "프로토콜 업그레이드", "HTTPS 필요"),
    },
    {
        "code": 428,
        "name": "PRECONDITION_REQUIRED",
        "old_names": (),
        "phrase": "Precondition Required",
        "aliases": (),
        "phrase_ko": "전제 조건 필요",
        "description": (
            "The origin server requires the request to be conditional, "
            "typically to stop clients from overwriting each other's "
            "changes."
        ),
        "description_ko": (
            "원본 서버가 조건부 요청을 요구하는데 요청에 If-Match 같은 조건 헤더가 "
            "없음. 주로 클라이언트끼리 서로의 변경을 덮어쓰는 일을 막으려는 것임"
        ),
        "deprecated": False,
        "registration": "assigned",
        "expires": None,
        "cacheable_by_default": False,
        "allows_content": True,
        "followable_redirect": False,
        "preserves_method": False,
        "reference": "RFC 6585, Section 3",
        "use_when": (
            "When the server requires a conditional request (If-Match) for updates, to "
            "prevent lost updates, and the client sent none."
        ),
        "use_when_ko": (
            "서버가 변경 요청에 조건부 요청(If-Match)을 요구하는데 클라이언트가 보내지 "
            "않았을 때 보냄 (변경 내용 유실 방지)"
        ),
        "use_instead": "If the client sent a condition and it failed, 412.",
        "use_instead_ko": "클라이언트가 조건을 보냈는데 거짓이었다면 412를 보냄",
        "see_also": (412, 409),
        "keywords": (
            "precondition required",
            "if-match required",
            "missing etag",
            "require etag",
        ),
        "keywords_ko": (
            "전제 조건 필요",
            "If-Match 필요",
            "ETag 필요",
            "조건부 요청 필요",
            "If-Match 헤더 필수",
            "조건부 요청 필수",
            "전제 조건 헤더 누락",
        ),
    },
    {
        "code": 429,
        "name": "TOO_MANY_REQUESTS",
        "old_names": (),
        "phrase": "Too Many Requests",
        "aliases": (),
        "phrase_ko": "너무 많은 요청",
        "description": (
            "The client has sent too many requests in a given amount of time "
            "(rate limiting); a Retry-After header may say how long to wait."
        ),
        "description_ko": (
            "클라이언트가 주어진 시간 동안 너무 많은 요청을 보냄 (요청 속도 제한). "
            "서버는 Retry-After 헤더로 얼마나 기다려야 하는지 알려 줄 수 있음"
        ),
        "deprecated": False,
        "registration": "assigned",
        "expires": None,
        "cacheable_by_default": False,
        "allows_content": True,
        "followable_redirect": False,
        "preserves_method": False,
        "reference": "RFC 6585, Section 4",
        "use_when": (
            "When one client sends too many requests: rate limiting, throttling, an "
            "exhausted API quota; say when to retry in Retry-After."
        ),
        "use_when_ko": (
            "한 클라이언트가 요청을 너무 많이 보낼 때 보냄 (요청 속도 제한, 스로틀링, "
            "API 할당량 소진 등). 다시 시도할 시점을 Retry-After 헤더로 알려 줌"
        ),
        "use_instead": (
            "If the whole server is overloaded or down for maintenance, 503."
        ),
        "use_instead_ko": "서버 전체가 과부하이거나 점검 중이라면 503을 보냄",
        "see_also": (503, 403),
        "keywords": (
            "too many requests",
            "rate limit",
            "rate limited",
            "throttle",
            "throttling",
            "quota exceeded",
            "api limit",
            "slow down",
            "request limit",
            "spam",
        ),
        "keywords_ko": (
            "너무 많은 요청",
            "요청이 너무 많음",
            "요청 제한",
            "속도 제한",
            "호출 제한",
            "할당량 초과",
            "스로틀링",
            "과도한 요청",
            "트래픽 제한",
        ),
    },
    {
        "code": 431,
        "name": "REQUEST_HEADER_FIELDS_TOO_LARGE",
        "old_names": (),
        "phrase": "Request Header Fields Too Large",
        "aliases": (),
        "phrase_ko": "요청 헤더가 너무 큼",
        "description": (
            "The server refuses the request because one header field, or "
            "the header section as a whole, is too large."
        ),
        "description_ko": (
            "요청 헤더 하나가 너무 크거나 헤더 전체가 너무 커서 서버가 요청을 거부함. "
            "헤더를 줄이면 다시 요청할 수 있음"
        ),
        "deprecated": False,
        "registration": "assigned",
        "expires": None,
        "cacheable_by_default": False,
        "allows_content": True,
        "followable_redirect": False,
        "preserves_method": False,
        "reference": "RFC 6585, Section 5",
        "use_when": (
            "When the request headers are too large, one field or all together, "
            "typically too many or too large cookies."
        ),
        "use_when_ko": (
            "요청 헤더가 너무 클 때 보냄 (헤더 하나든 전체든). 대개 쿠키가 너무 많거나 "
            "큰 경우임"
        ),
        "use_instead": "If the body is too large, 413; if the URI is too long, 414.",
        "use_instead_ko": "본문이 너무 크면 413, URI가 너무 길면 414를 보냄",
        "see_also": (413, 414),
        "keywords": (
            "request header fields too large",
            "header too large",
            "cookie too large",
            "too many cookies",
            "headers too big",
        ),
        "keywords_ko": (
            "요청 헤더가 너무 큼",
            "헤더 크기 초과",
            "쿠키가 너무 큼",
            "쿠키 과다",
        ),
    },
    {
        "code": 451,
        "name": "UNAVAILABLE_FOR_LEGAL_REASONS",
        "old_names": (),
        "phrase": "Unavailable For Legal Reasons",
        "aliases": (),
        "phrase_ko": "법적 사유로 이용 불가",
        "description": (
            "The server is denying access to the resource because of a legal "
            "demand, such as a court order or a government block; the "
            "response should say which."
        ),
        "description_ko": (
            "법적 요구(법원 명령, 정부의 차단 요청 등) 때문에 서버가 해당 리소스에 "
            "대한 접근을 거부함. 응답에서 어떤 요구인지 설명해야 함"
        ),
        "deprecated": False,
        "registration": "assigned",
        "expires": None,
        "cacheable_by_default": True,
        "allows_content": True,
        "followable_redirect": False,
        "preserves_method": False,
        "reference": "RFC 7725, Section 3",
        "use_when": (
            "When a resource is blocked for legal reasons: a court order, a government "
            "block, a takedown demand or a sanctions rule; say who demanded it."
        ),
        "use_when_ko": (
            "법적 이유로 리소스를 막을 때 보냄 (법원 명령, 정부 차단, 삭제 요청, 제재 "
            "규정 등). 누가 요구했는지 밝힘"
        ),
        "use_instead": (
            "For a block of your own choosing, 403; for content removed for good, 410."
        ),
        "use_instead_ko": "스스로 판단한 차단이면 403, 영구히 지운 리소스면 410을 보냄",
        "see_also": (403, 410, 404),
        "keywords": (
            "unavailable for legal reasons",
            "legal",
            "censorship",
            "censored",
            "court order",
            "dmca",
            "takedown",
            "government block",
            "geo blocked",
            "sanctions",
        ),
        "keywords_ko": (
            "법적 사유",
            "검열",
            "법원 명령",
            "정부 차단",
            "저작권 삭제 요청",
            "국가 차단",
            "접속 차단",
            "불법 콘텐츠",
        ),
    },
    # -- 5xx Server Error ---------------------------------------------------
    {
        "code": 500,
        "name": "INTERNAL_SERVER_ERROR",
        "old_names": (),
        "phrase": "Internal Server Error",
        "aliases": (),
        "phrase_ko": "내부 서버 오류",
        "description": (
            "The server met an unexpected condition that kept it from "
            "fulfilling the request; the generic answer when no more "
            "specific 5xx code fits."
        ),
        "description_ko": (
            "서버가 예상하지 못한 문제를 만나 요청을 처리할 수 없음 (더 구체적인 5xx "
            "코드가 맞지 않을 때 쓰는 일반적인 오류)"
        ),
        "deprecated": False,
        "registration": "assigned",
        "expires": None,
        "cacheable_by_default": False,
        "allows_content": True,
        "followable_redirect": False,
        "preserves_method": False,
        "reference": "RFC 9110, Section 15.6.1",
        "use_when": (
            "When the server failed unexpectedly: an unhandled exception, a bug, a "
            "failed assertion; the generic server error when no more specific 5xx "
            "fits."
        ),
        "use_when_ko": (
            "서버가 예상하지 못한 이유로 실패했을 때 보냄 (처리되지 않은 예외, 버그 "
            "등). 더 구체적인 5xx 코드가 맞지 않을 때 쓰는 일반적인 서버 오류임"
        ),
        "use_instead": (
            "If the cause is overload or maintenance, 503; if an upstream answered "
            "badly or too late, 502 or 504."
        ),
        "use_instead_ko": (
            "과부하나 점검이 원인이면 503, 상위 서버가 잘못 답하거나 늦게 답했다면 "
            "502나 504를 보냄"
        ),
        "see_also": (503, 502, 501),
        "keywords": (
            "internal server error",
            "server error",
            "exception",
            "crash",
            "bug",
            "unexpected error",
            "stack trace",
            "unhandled error",
        ),
        "keywords_ko": (
            "내부 서버 오류",
            "서버 오류",
            "예외 발생",
            "서버 에러",
            "버그",
            "알 수 없는 오류",
            "서버 장애",
        ),
    },
    {
        "code": 501,
        "name": "NOT_IMPLEMENTED",
        "old_names": (),
        "phrase": "Not Implemented",
        "aliases": (),
        "phrase_ko": "구현되지 않음",
        "description": (
            "The server does not support the functionality the request "
            "needs, typically a method it does not recognise for any "
            "resource."
        ),
        "description_ko": (
            "서버가 요청을 처리하는 데 필요한 기능을 지원하지 않음 (주로 요청 메서드를 "
            "서버가 어떤 리소스에 대해서도 인식하지 못하는 경우)"
        ),
        "deprecated": False,
        "registration": "assigned",
        "expires": None,
        "cacheable_by_default": True,
        "allows_content": True,
        "followable_redirect": False,
        "preserves_method": False,
        "reference": "RFC 9110, Section 15.6.2",
        "use_when": (
            "When the server does not recognise the method at all, or a feature the "
            "request needs is not built yet."
        ),
        "use_when_ko": (
            "서버가 그 메서드를 전혀 모르거나, 요청에 필요한 기능이 아직 구현되지 "
            "않았을 때 보냄"
        ),
        "use_instead": "If the method is known but not allowed on this resource, 405.",
        "use_instead_ko": (
            "아는 메서드이지만 이 리소스에서 허용하지 않는다면 405를 보냄"
        ),
        "see_also": (405, 500),
        "keywords": (
            "not implemented",
            "unsupported method",
            "not supported",
            "todo",
            "feature not available",
            "unknown method",
        ),
        "keywords_ko": (
            "구현되지 않음",
            "미구현",
            "지원하지 않는 기능",
            "알 수 없는 메서드",
        ),
    },
    {
        "code": 502,
        "name": "BAD_GATEWAY",
        "old_names": (),
        "phrase": "Bad Gateway",
        "aliases": (),
        "phrase_ko": "잘못된 게이트웨이",
        "description": (
            "A server acting as a gateway or proxy got an invalid response "
            "from the upstream server it contacted."
        ),
        "description_ko": (
            "게이트웨이나 프록시 역할을 하는 서버가 요청을 전달한 상위(upstream) "
            "서버로부터 잘못된 응답을 받음"
        ),
        "deprecated": False,
        "registration": "assigned",
        "expires": None,
        "cacheable_by_default": False,
        "allows_content": True,
        "followable_redirect": False,
        "preserves_method": False,
        "reference": "RFC 9110, Section 15.6.3",
        "use_when": (
            "From a gateway, proxy or load balancer when the upstream server answered "
            "with something invalid or closed the connection: the app behind nginx "
            "crashed or refused the connection."
        ),
        "use_when_ko": (
            "게이트웨이, 프록시, 로드 밸런서가 상위 서버로부터 잘못된 응답을 받거나 "
            "연결이 끊겼을 때 보냄 (nginx 뒤의 애플리케이션이 죽었거나 연결을 거부한 "
            "경우 등)"
        ),
        "use_instead": (
            "If the upstream did not answer in time, 504; if the proxy itself is "
            "overloaded, 503."
        ),
        "use_instead_ko": (
            "상위 서버가 제때 답하지 않았다면 504, 프록시 자체가 과부하라면 503을 보냄"
        ),
        "see_also": (504, 503, 500),
        "keywords": (
            "bad gateway",
            "upstream error",
            "proxy error",
            "nginx 502",
            "backend down",
            "connection refused",
            "invalid upstream response",
            "load balancer error",
        ),
        "keywords_ko": (
            "잘못된 게이트웨이",
            "상위 서버 오류",
            "업스트림 오류",
            "프록시 오류",
            "백엔드 다운",
            "연결 거부",
            "로드 밸런서 오류",
        ),
    },
    {
        "code": 503,
        "name": "SERVICE_UNAVAILABLE",
        "old_names": (),
        "phrase": "Service Unavailable",
        "aliases": (),
        "phrase_ko": "서비스 이용 불가",
        "description": (
            "The server cannot handle the request right now, because of "
            "overload or maintenance, and expects this to pass; Retry-After "
            "may say when to try again."
        ),
        "description_ko": (
            "서버가 과부하나 점검 때문에 지금은 요청을 처리할 수 없으며, 이 상태는 "
            "일시적임. 서버는 Retry-After 헤더로 다시 시도할 시점을 알려 줄 수 있음"
        ),
        "deprecated": False,
        "registration": "assigned",
        "expires": None,
        "cacheable_by_default": False,
        "allows_content": True,
        "followable_redirect": False,
        "preserves_method": False,
        "reference": "RFC 9110, Section 15.6.4",
        "use_when": (
            "When the server is temporarily unable to handle requests: planned "
            "maintenance, overload, a dependency down, a circuit breaker open; send "
            "Retry-After if you know when it will be back."
        ),
        "use_when_ko": (
            "서버가 일시적으로 요청을 처리할 수 없을 때 보냄 (계획된 점검, 과부하, "
            "의존하는 서비스 중단, 서킷 브레이커 열림 등). 언제 돌아올지 알면 "
            "Retry-After 헤더를 담음"
        ),
        "use_instead": (
            "If only one client is over its limit, 429; if a bug caused the failure, "
            "500."
        ),
        "use_instead_ko": (
            "한 클라이언트만 한도를 넘었다면 429, 버그 때문에 실패했다면 500을 보냄"
        ),
        "see_also": (429, 500, 502),
        "keywords": (
            "service unavailable",
            "maintenance",
            "under maintenance",
            "overloaded",
            "server busy",
            "down",
            "outage",
            "temporarily unavailable",
            "circuit breaker",
            "capacity",
            "traffic spike",
            "try again later",
        ),
        "keywords_ko": (
            "서비스 이용 불가",
            "서버 점검",
            "점검 중",
            "유지보수",
            "과부하",
            "서버 과부하",
            "일시적 장애",
            "서버 다운",
            "서비스 중단",
            "서버 바쁨",
            "트래픽 폭주",
            "트래픽 몰림",
            "서버가 버티지 못함",
        ),
    },
    {
        "code": 504,
        "name": "GATEWAY_TIMEOUT",
        "old_names": (),
        "phrase": "Gateway Timeout",
        "aliases": ("Gateway Time-out",),
        "phrase_ko": "게이트웨이 시간 초과",
        "description": (
            "A server acting as a gateway or proxy did not get a timely "
            "response from an upstream server it needed."
        ),
        "description_ko": (
            "게이트웨이나 프록시 역할을 하는 서버가 상위 서버로 요청을 보냈으나 제때 "
            "응답을 받지 못함"
        ),
        "deprecated": False,
        "registration": "assigned",
        "expires": None,
        "cacheable_by_default": False,
        "allows_content": True,
        "followable_redirect": False,
        "preserves_method": False,
        "reference": "RFC 9110, Section 15.6.5",
        "use_when": (
            "From a gateway, proxy or load balancer when the upstream server did not "
            "answer in time: a slow database query behind the app, an upstream timeout "
            "in nginx."
        ),
        "use_when_ko": (
            "게이트웨이, 프록시, 로드 밸런서가 상위 서버의 응답을 제때 받지 못했을 때 "
            "보냄 (애플리케이션 뒤의 느린 DB 쿼리, nginx의 상위 서버 시간 초과 등)"
        ),
        "use_instead": (
            "If the client was too slow to send its request, 408; if the upstream "
            "answered with something invalid, 502."
        ),
        "use_instead_ko": (
            "클라이언트가 요청을 너무 느리게 보냈다면 408, 상위 서버가 잘못된 응답을 "
            "보냈다면 502를 보냄"
        ),
        "see_also": (502, 408, 503),
        "keywords": (
            "gateway timeout",
            "upstream timeout",
            "proxy timeout",
            "timeout",
            "timed out",
            "slow backend",
            "nginx 504",
            "read timeout",
        ),
        "keywords_ko": (
            "게이트웨이 시간 초과",
            "시간 초과",
            "타임아웃",
            "응답 지연",
            "상위 서버 시간 초과",
            "백엔드 응답 없음",
            "프록시 시간 초과",
            "업스트림 타임아웃",
            "업스트림 시간 초과",
        ),
    },
    {
        "code": 505,
        "name": "HTTP_VERSION_NOT_SUPPORTED",
        "old_names": (),
        "phrase": "HTTP Version Not Supported",
        "aliases": (),
        "phrase_ko": "지원하지 않는 HTTP 버전",
        "description": (
            "The server does not support, or refuses to support, the major "
            "version of HTTP used in the request."
        ),
        "description_ko": (
            "서버가 요청에 쓰인 HTTP 주(major) 버전을 지원하지 않거나 지원하기를 거부함"
        ),
        "deprecated": False,
        "registration": "assigned",
        "expires": None,
        "cacheable_by_default": False,
        "allows_content": True,
        "followable_redirect": False,
        "preserves_method": False,
        "reference": "RFC 9110, Section 15.6.6",
        "use_when": (
            "When the server does not support the major HTTP version of the request."
        ),
        "use_when_ko": "서버가 요청의 HTTP 주 버전을 지원하지 않을 때 보냄",
        "use_instead": "To ask for another protocol over the same connection, 426.",
        "use_instead_ko": "같은 연결에서 다른 프로토콜로 바꾸라고 하려면 426을 보냄",
        "see_also": (426,),
        "keywords": (
            "http version not supported",
            "unsupported http version",
            "http/2 not supported",
        ),
        "keywords_ko": ("지원하지 않는 HTTP 버전", "HTTP 버전 오류"),
    },
    {
        "code": 506,
        "name": "VARIANT_ALSO_NEGOTIATES",
        "old_names": (),
        "phrase": "Variant Also Negotiates",
        "aliases": (),
        "phrase_ko": "변형 협상 설정 오류",
        "description": (
            "A content negotiation misconfiguration on the server: the "
            "variant it chose is itself set up to negotiate, so no final "
            "representation can be picked."
        ),
        "description_ko": (
            "서버에 내부 설정 오류가 있음. 콘텐츠 협상으로 고른 변형(variant) 리소스가 "
            "다시 협상을 하도록 설정되어 있어 최종 표현을 정할 수 없음"
        ),
        "deprecated": False,
        "registration": "assigned",
        "expires": None,
        "cacheable_by_default": False,
        "allows_content": True,
        "followable_redirect": False,
        "preserves_method": False,
        "reference": "RFC 2295, Section 8.1",
        "use_when": (
            "Only for a server whose transparent content negotiation is misconfigured "
            "so that a variant negotiates again."
        ),
        "use_when_ko": (
            "선택된 변형(variant) 리소스가 다시 투명 콘텐츠 협상을 하도록 잘못 설정된 "
            "서버에서만 보냄"
        ),
        "use_instead": "For other server misconfigurations, 500.",
        "use_instead_ko": "다른 서버 설정 오류라면 500을 보냄",
        "see_also": (500,),
        "keywords": ("variant also negotiates", "negotiation loop"),
        "keywords_ko": ("변형 협상 설정 오류", "협상 순환"),
    },
    {
        "code": 507,
        "name": "INSUFFICIENT_STORAGE",
        "old_names": (),
        "phrase": "Insufficient Storage",
        "aliases": (),
        "phrase_ko": "저장 공간 부족",
        "description": (
            "The server cannot store what it needs to complete the request, "
            "for example because a WebDAV collection has run out of space."
        ),
        "description_ko": (
            "서버에 요청을 완료하는 데 필요한 데이터를 저장할 공간이 부족함 (예: "
            "WebDAV 컬렉션의 공간이 다 참)"
        ),
        "deprecated": False,
        "registration": "assigned",
        "expires": None,
        "cacheable_by_default": False,
        "allows_content": True,
        "followable_redirect": False,
        "preserves_method": False,
        "reference": "RFC 4918, Section 11.5",
        "use_when": (
            "When the server cannot store what the request needs: disk full, storage "
            "quota of the account exhausted (WebDAV and file-storage APIs)."
        ),
        "use_when_ko": (
            "WebDAV나 파일 저장 API에서 요청에 필요한 데이터를 저장할 공간이 없을 때 "
            "보냄 (디스크 가득 참, 계정의 저장 용량 소진 등)"
        ),
        "use_instead": "If the upload is larger than the per-request limit, 413.",
        "use_instead_ko": "업로드가 요청 하나의 한도보다 크다면 413을 보냄",
        "see_also": (413, 500),
        "keywords": (
            "insufficient storage",
            "disk full",
            "out of space",
            "storage quota",
            "no space left",
            "quota full",
        ),
        "keywords_ko": (
            "저장 공간 부족",
            "디스크 용량 부족",
            "용량 부족",
            "저장 용량 초과",
        ),
    },
    {
        "code": 508,
        "name": "LOOP_DETECTED",
        "old_names": (),
        "phrase": "Loop Detected",
        "aliases": (),
        "phrase_ko": "루프 감지됨",
        "description": (
            "A WebDAV server stopped processing a request with "
            '"Depth: infinity" because it ran into an infinite loop of '
            "bindings."
        ),
        "description_ko": (
            "WebDAV 서버가 Depth: infinity 요청을 처리하는 동안 바인딩의 무한 루프를 "
            "감지해 처리를 중단함"
        ),
        "deprecated": False,
        "registration": "assigned",
        "expires": None,
        "cacheable_by_default": False,
        "allows_content": True,
        "followable_redirect": False,
        "preserves_method": False,
        "reference": "RFC 5842, Section 7.2",
        "use_when": (
            "In WebDAV, when a Depth: infinity request runs into a cycle of bindings; "
            "some APIs also use it for a detected redirect or processing loop."
        ),
        "use_when_ko": (
            "WebDAV에서 Depth: infinity 요청이 바인딩의 순환을 만났을 때 보냄. "
            "리다이렉트 루프나 처리 루프를 감지했을 때 쓰는 API도 있음"
        ),
        "use_instead": (
            "For a redirect loop seen by the client, there is no code to send: fix the "
            "redirects."
        ),
        "use_instead_ko": (
            "클라이언트가 겪는 리다이렉트 루프에 맞는 코드는 없음. 리다이렉트 설정을 "
            "고침"
        ),
        "see_also": (500,),
        "keywords": ("loop detected", "infinite loop", "cycle detected", "recursion"),
        "keywords_ko": ("루프 감지됨", "무한 루프", "순환 참조", "재귀"),
    },
    {
        "code": 510,
        "name": "NOT_EXTENDED",
        "old_names": (),
        "phrase": "Not Extended",
        "aliases": (),
        "phrase_ko": "확장되지 않음",
        "description": (
            "The request did not meet the policy for accessing the resource "
            "under the HTTP Extension Framework. That framework has been "
            "moved to Historic status, and the registry marks the code "
            "obsoleted."
        ),
        "description_ko": (
            "HTTP 확장 프레임워크에서 리소스에 접근하기 위한 정책을 요청이 충족하지 "
            "못함. 이 프레임워크가 Historic(역사적 문서) 상태로 바뀌어 레지스트리에서 "
            "폐지된 코드임"
        ),
        "deprecated": True,
        "registration": "obsoleted",
        "expires": None,
        "cacheable_by_default": False,
        "allows_content": True,
        "followable_redirect": False,
        "preserves_method": False,
        "reference": "RFC 2774, Section 7",
        "use_when": (
            "Do not send it: the HTTP Extension Framework it belongs to is Historic "
            "and the registry marks it obsoleted."
        ),
        "use_when_ko": (
            "보내지 않음. 이 코드가 속한 HTTP 확장 프레임워크가 Historic(역사적 문서) "
            "상태이며 레지스트리가 폐지로 표시함"
        ),
        "use_instead": "For a missing feature, 501; for a missing condition, 428.",
        "use_instead_ko": "기능이 없으면 501, 조건이 빠졌다면 428을 보냄",
        "see_also": (501,),
        "keywords": ("not extended", "extension required"),
        "keywords_ko": ("확장되지 않음", "확장 필요"),
    },
    {
        "code": 511,
        "name": "NETWORK_AUTHENTICATION_REQUIRED",
        "old_names": (),
        "phrase": "Network Authentication Required",
        "aliases": (),
        "phrase_ko": "네트워크 인증 필요",
        "description": (
            "The client must authenticate to get network access; sent by "
            "captive portals such as hotel or airport Wi-Fi, not by the "
            "origin server."
        ),
        "description_ko": (
            "클라이언트가 네트워크에 접근하려면 인증이 필요함. 원본 서버가 아니라 "
            "호텔이나 공항 Wi-Fi 같은 캡티브 포털(captive portal)이 보냄"
        ),
        "deprecated": False,
        "registration": "assigned",
        "expires": None,
        "cacheable_by_default": False,
        "allows_content": True,
        "followable_redirect": False,
        "preserves_method": False,
        "reference": "RFC 6585, Section 6",
        "use_when": (
            "From a captive portal of a hotel, airport or café Wi-Fi, to make the user "
            "log in to the network before going further."
        ),
        "use_when_ko": (
            "호텔, 공항, 카페 Wi-Fi의 캡티브 포털이 사용자에게 먼저 네트워크에 "
            "로그인하게 할 때 보냄"
        ),
        "use_instead": "For an application's own login, 401.",
        "use_instead_ko": "애플리케이션 자체의 로그인이면 401을 보냄",
        "see_also": (401, 407),
        "keywords": (
            "network authentication required",
            "captive portal",
            "wifi login",
            "hotspot login",
            "hotel wifi",
        ),
        "keywords_ko": (
            "네트워크 인증 필요",
            "캡티브 포털",
            "와이파이 로그인",
            "공용 와이파이",
            "핫스팟 로그인",
        ),
    },
)


# -- What a response with each code must, should or may carry -----------------
#
# RESPONSE_FIELDS lists the requirements the standards place on the header
# fields and content of a response, by status code or by class.  Each row:
#
# applies_to  "405" for one code, "4xx" for a whole class (registered codes and
#             unregistered ones alike), "all" for every response.
# field       the header field name as the RFC spells it, or None for the
#             response content.
# level       the RFC's own requirement keyword (BCP 14): "MUST", "MUST NOT",
#             "SHOULD", "SHOULD NOT" or "MAY".  Where the RFC defines what a
#             field means with a code but states no keyword (Location with
#             201 and the 3xx class, Retry-After with 3xx), the row says
#             "MAY": the field is optional.  Where it says a response "cannot
#             contain content" (1xx, 204, 304), the row says "MUST NOT":
#             message framing leaves no place for content (RFC 9112,
#             Section 6.3).
# when        None when the rule always holds, else the condition the RFC
#             attaches to it:
#               "head"        the request method was HEAD;
#               "not-head"    the request method was anything but HEAD;
#               "connect"     the request method was CONNECT;
#               "single-part" a 206 whose Content-Type is not
#                             multipart/byteranges;
#               "multipart"   a 206 whose Content-Type is
#                             multipart/byteranges;
#               "byte-range"  the request asked for byte ranges;
#               "in-200"      the field would have been sent in a 200 (OK)
#                             response to the same request;
#               "temporary"   the condition the response reports is temporary;
#               "preferred"   the server has a preferred choice.
#             The last three cannot be told from the response alone, so
#             check_response() does not report them.
# rule        the rule's stable name, in kebab case: what a Finding of it
#             carries as ``rule``, so a user can look it up or turn it off.
#             The scope (a code, a class, "head", "connect-2xx"), what is
#             concerned (a field, "content", "explanation", "blocked-by"),
#             and "-missing" for a MUST or SHOULD, "-forbidden" for a MUST
#             NOT or SHOULD NOT, "-optional" for a MAY.  Never renamed.
# reference   the RFC and section the level comes from.
# note        one English sentence on the rule.
# note_ko     the same in Korean (docs/style.ko.md).
#
# Rows are ordered by code (a class row before the codes of its class, "all"
# first), then by field.

if TYPE_CHECKING:

    class FieldRuleRow(TypedDict):
        applies_to: str
        field: str | None
        level: Literal["MUST", "MUST NOT", "SHOULD", "SHOULD NOT", "MAY"]
        when: (
            Literal[
                "head",
                "not-head",
                "connect",
                "single-part",
                "multipart",
                "byte-range",
                "in-200",
                "temporary",
                "preferred",
            ]
            | None
        )
        rule: str
        reference: str
        note: str
        note_ko: str


RESPONSE_FIELDS: "tuple[FieldRuleRow, ...]" = (
    {
        "applies_to": "all",
        "field": None,
        "level": "MUST NOT",
        "when": "head",
        "rule": "head-content-forbidden",
        "reference": "RFC 9110, Section 9.3.2",
        "note": (
            "HEAD asks only for metadata: its header fields describe what a GET would "
            "have returned."
        ),
        "note_ko": (
            "HEAD는 메타데이터만 얻으려고 쓰는 메서드이며, 응답의 헤더는 같은 요청을 "
            "GET으로 보냈을 때 받았을 응답을 설명함"
        ),
    },
    # -- 1xx ------------------------------------------------------------------
    {
        "applies_to": "1xx",
        "field": None,
        "level": "MUST NOT",
        "when": None,
        "rule": "1xx-content-forbidden",
        "reference": "RFC 9110, Section 15.2",
        "note": (
            "An interim response ends with its header section and cannot carry "
            "content or trailers."
        ),
        "note_ko": (
            "중간 응답은 헤더 섹션에서 끝나므로 본문이나 트레일러가 들어갈 자리가 없음"
        ),
    },
    {
        "applies_to": "1xx",
        "field": "Content-Length",
        "level": "MUST NOT",
        "when": None,
        "rule": "1xx-content-length-forbidden",
        "reference": "RFC 9110, Section 8.6",
        "note": (
            "An interim response ends with its header section, so it has no content "
            "whose length Content-Length could give."
        ),
        "note_ko": "중간 응답은 헤더 섹션에서 끝나므로 길이를 알릴 본문이 없음",
    },
    {
        "applies_to": "1xx",
        "field": "Transfer-Encoding",
        "level": "MUST NOT",
        "when": None,
        "rule": "1xx-transfer-encoding-forbidden",
        "reference": "RFC 9112, Section 6.1",
        "note": (
            "An interim response ends with its header section, so it has no content "
            "for a transfer coding to apply to."
        ),
        "note_ko": "중간 응답은 헤더 섹션에서 끝나므로 전송 코딩을 적용할 본문이 없음",
    },
    {
        "applies_to": "101",
        "field": "Upgrade",
        "level": "MUST",
        "when": None,
        "rule": "101-upgrade-missing",
        "reference": "RFC 9110, Section 15.2.2",
        "note": (
            "Upgrade names the protocol or protocols the connection switches to, "
            "in layer-ascending order (RFC 9110, Section 7.8)."
        ),
        "note_ko": (
            "Upgrade 헤더에는 연결이 전환할 프로토콜이 아래 계층부터 차례로 적힘 (RFC "
            "9110, Section 7.8)"
        ),
    },
    # -- 2xx ------------------------------------------------------------------
    {
        "applies_to": "2xx",
        "field": "Content-Length",
        "level": "MUST NOT",
        "when": "connect",
        "rule": "connect-2xx-content-length-forbidden",
        "reference": "RFC 9110, Section 8.6",
        "note": (
            "After a successful response to CONNECT the connection is a tunnel, so "
            "there is no content to frame."
        ),
        "note_ko": (
            "CONNECT 요청에 대한 성공 응답의 헤더 섹션 뒤에는 바로 터널이 시작되므로 "
            "길이나 전송 코딩을 알릴 본문이 없음"
        ),
    },
    {
        "applies_to": "2xx",
        "field": "Transfer-Encoding",
        "level": "MUST NOT",
        "when": "connect",
        "rule": "connect-2xx-transfer-encoding-forbidden",
        "reference": "RFC 9112, Section 6.1",
        "note": (
            "After a successful response to CONNECT the connection is a tunnel, so "
            "there is no content to frame."
        ),
        "note_ko": (
            "CONNECT 요청에 대한 성공 응답의 헤더 섹션 뒤에는 바로 터널이 시작되므로 "
            "길이나 전송 코딩을 알릴 본문이 없음"
        ),
    },
    {
        "applies_to": "201",
        "field": "Location",
        "level": "MAY",
        "when": None,
        "rule": "201-location-optional",
        "reference": "RFC 9110, Section 15.3.2",
        "note": (
            "Location identifies the main resource the request created; without "
            "it, the target URI does."
        ),
        "note_ko": (
            "Location 헤더가 요청으로 만든 주 리소스를 가리킴. 없으면 대상 URI가 그 "
            "리소스임"
        ),
    },
    {
        "applies_to": "204",
        "field": None,
        "level": "MUST NOT",
        "when": None,
        "rule": "204-content-forbidden",
        "reference": "RFC 9110, Section 15.3.5",
        "note": "A 204 response ends with its header section and cannot carry content.",
        "note_ko": "204 응답은 헤더 섹션에서 끝나므로 본문이 들어갈 자리가 없음",
    },
    {
        "applies_to": "204",
        "field": "Content-Length",
        "level": "MUST NOT",
        "when": None,
        "rule": "204-content-length-forbidden",
        "reference": "RFC 9110, Section 8.6",
        "note": (
            "A 204 response ends with its header section, so it has no content whose "
            "length Content-Length could give."
        ),
        "note_ko": "204 응답은 헤더 섹션에서 끝나므로 길이를 알릴 본문이 없음",
    },
    {
        "applies_to": "204",
        "field": "Transfer-Encoding",
        "level": "MUST NOT",
        "when": None,
        "rule": "204-transfer-encoding-forbidden",
        "reference": "RFC 9112, Section 6.1",
        "note": (
            "A 204 response ends with its header section, so it has no content for a "
            "transfer coding to apply to."
        ),
        "note_ko": "204 응답은 헤더 섹션에서 끝나므로 전송 코딩을 적용할 본문이 없음",
    },
    {
        "applies_to": "205",
        "field": None,
        "level": "MUST NOT",
        "when": None,
        "rule": "205-content-forbidden",
        "reference": "RFC 9110, Section 15.3.6",
        "note": (
            "Its framing could still carry content, so the server marks the content "
            "empty: Content-Length: 0, a single zero-length chunk, or closing the "
            "connection after the header section."
        ),
        "note_ko": (
            "205 응답은 메시지 구성상 본문이 올 수 있으므로, 서버는 Content-Length: "
            "0을 보내거나 길이 0인 청크 하나를 보내거나 헤더 섹션 뒤에 연결을 닫아 "
            "본문이 비어 있음을 나타냄"
        ),
    },
    {
        "applies_to": "206",
        "field": "Cache-Control",
        "level": "MUST",
        "when": "in-200",
        "rule": "206-cache-control-missing",
        "reference": "RFC 9110, Section 15.3.7",
        "note": "Repeat Cache-Control if a 200 response would have carried it.",
        "note_ko": "200 응답이었다면 보냈을 Cache-Control 헤더를 보내야 함",
    },
    {
        "applies_to": "206",
        "field": "Content-Location",
        "level": "MUST",
        "when": "in-200",
        "rule": "206-content-location-missing",
        "reference": "RFC 9110, Section 15.3.7",
        "note": "Repeat Content-Location if a 200 response would have carried it.",
        "note_ko": "200 응답이었다면 보냈을 Content-Location 헤더를 보내야 함",
    },
    {
        "applies_to": "206",
        "field": "Content-Range",
        "level": "MUST",
        "when": "single-part",
        "rule": "206-content-range-missing",
        "reference": "RFC 9110, Section 15.3.7.1",
        "note": (
            "Content-Range says which range the content encloses, as in bytes "
            "0-499/1234."
        ),
        "note_ko": (
            "Content-Range 헤더는 본문에 담긴 범위를 알려 줌 (예: bytes 0-499/1234)"
        ),
    },
    {
        "applies_to": "206",
        "field": "Content-Range",
        "level": "MUST NOT",
        "when": "multipart",
        "rule": "206-multipart-content-range-forbidden",
        "reference": "RFC 9110, Section 15.3.7.2",
        "note": (
            "Content-Range, which gives a range, goes in each body part, not in the "
            "header section."
        ),
        "note_ko": (
            "범위를 알리는 Content-Range 헤더는 헤더 섹션이 아니라 본문의 각 부분(body "
            "part)에 하나씩 들어감"
        ),
    },
    {
        "applies_to": "206",
        "field": "Date",
        "level": "MUST",
        "when": "in-200",
        "rule": "206-date-missing",
        "reference": "RFC 9110, Section 15.3.7",
        "note": "Repeat Date if a 200 response would have carried it.",
        "note_ko": "200 응답이었다면 보냈을 Date 헤더를 보내야 함",
    },
    {
        "applies_to": "206",
        "field": "ETag",
        "level": "MUST",
        "when": "in-200",
        "rule": "206-etag-missing",
        "reference": "RFC 9110, Section 15.3.7",
        "note": "Repeat ETag if a 200 response would have carried it.",
        "note_ko": "200 응답이었다면 보냈을 ETag 헤더를 보내야 함",
    },
    {
        "applies_to": "206",
        "field": "Expires",
        "level": "MUST",
        "when": "in-200",
        "rule": "206-expires-missing",
        "reference": "RFC 9110, Section 15.3.7",
        "note": "Repeat Expires if a 200 response would have carried it.",
        "note_ko": "200 응답이었다면 보냈을 Expires 헤더를 보내야 함",
    },
    {
        "applies_to": "206",
        "field": "Vary",
        "level": "MUST",
        "when": "in-200",
        "rule": "206-vary-missing",
        "reference": "RFC 9110, Section 15.3.7",
        "note": "Repeat Vary if a 200 response would have carried it.",
        "note_ko": "200 응답이었다면 보냈을 Vary 헤더를 보내야 함",
    },
    # -- 3xx ------------------------------------------------------------------
    {
        "applies_to": "3xx",
        "field": "Location",
        "level": "MAY",
        "when": None,
        "rule": "3xx-location-optional",
        "reference": "RFC 9110, Section 10.2.2",
        "note": (
            "With any redirect, Location names the preferred target, and a user "
            "agent may follow it even for a code it does not know."
        ),
        "note_ko": (
            "모든 리다이렉트에서 Location 헤더는 리다이렉트할 대상으로 선호하는 URI를 "
            "가리킴. 사용자 에이전트는 모르는 코드여도 이를 따라갈 수 있음"
        ),
    },
    {
        "applies_to": "3xx",
        "field": "Retry-After",
        "level": "MAY",
        "when": None,
        "rule": "3xx-retry-after-optional",
        "reference": "RFC 9110, Section 10.2.3",
        "note": (
            "With any redirect, Retry-After is the least time to wait before "
            "making the redirected request."
        ),
        "note_ko": (
            "모든 리다이렉트에서 Retry-After 헤더는 리다이렉트된 요청을 보내기 전에 "
            "기다릴 최소 시간임"
        ),
    },
    {
        "applies_to": "300",
        "field": "Location",
        "level": "SHOULD",
        "when": "preferred",
        "rule": "300-location-missing",
        "reference": "RFC 9110, Section 15.4.1",
        "note": "If the server prefers one of the choices, Location names it.",
        "note_ko": "서버가 선호하는 선택지가 있으면 Location 헤더가 그것을 가리킴",
    },
    {
        "applies_to": "301",
        "field": "Location",
        "level": "SHOULD",
        "when": None,
        "rule": "301-location-missing",
        "reference": "RFC 9110, Section 15.4.2",
        "note": "Location gives the new permanent URI.",
        "note_ko": "Location 헤더는 새 영구 URI를 알려 줌",
    },
    {
        "applies_to": "302",
        "field": "Location",
        "level": "SHOULD",
        "when": None,
        "rule": "302-location-missing",
        "reference": "RFC 9110, Section 15.4.3",
        "note": "Location gives the URI where the resource is for now.",
        "note_ko": "Location 헤더는 리소스가 당분간 있을 URI를 알려 줌",
    },
    {
        "applies_to": "304",
        "field": None,
        "level": "MUST NOT",
        "when": None,
        "rule": "304-content-forbidden",
        "reference": "RFC 9110, Section 15.4.5",
        "note": "A 304 response ends with its header section and cannot carry content.",
        "note_ko": "304 응답은 헤더 섹션에서 끝나므로 본문이 들어갈 자리가 없음",
    },
    {
        "applies_to": "304",
        "field": "Cache-Control",
        "level": "MUST",
        "when": "in-200",
        "rule": "304-cache-control-missing",
        "reference": "RFC 9110, Section 15.4.5",
        "note": "Repeat Cache-Control if a 200 response would have carried it.",
        "note_ko": "200 응답이었다면 보냈을 Cache-Control 헤더를 보내야 함",
    },
    {
        "applies_to": "304",
        "field": "Content-Encoding",
        "level": "SHOULD NOT",
        "when": None,
        "rule": "304-content-encoding-forbidden",
        "reference": "RFC 9110, Section 15.4.5",
        "note": (
            "Representation metadata beyond the listed fields is left out unless "
            "it guides cache updates."
        ),
        "note_ko": (
            "304 응답은 전송할 정보를 줄이려는 것이므로, 정해진 헤더 외의 표현 "
            "메타데이터는 캐시 갱신에 쓰일 때만 보냄"
        ),
    },
    {
        "applies_to": "304",
        "field": "Content-Language",
        "level": "SHOULD NOT",
        "when": None,
        "rule": "304-content-language-forbidden",
        "reference": "RFC 9110, Section 15.4.5",
        "note": (
            "Representation metadata beyond the listed fields is left out unless "
            "it guides cache updates."
        ),
        "note_ko": (
            "304 응답은 전송할 정보를 줄이려는 것이므로, 정해진 헤더 외의 표현 "
            "메타데이터는 캐시 갱신에 쓰일 때만 보냄"
        ),
    },
    {
        "applies_to": "304",
        "field": "Content-Location",
        "level": "MUST",
        "when": "in-200",
        "rule": "304-content-location-missing",
        "reference": "RFC 9110, Section 15.4.5",
        "note": "Repeat Content-Location if a 200 response would have carried it.",
        "note_ko": "200 응답이었다면 보냈을 Content-Location 헤더를 보내야 함",
    },
    {
        "applies_to": "304",
        "field": "Content-Type",
        "level": "SHOULD NOT",
        "when": None,
        "rule": "304-content-type-forbidden",
        "reference": "RFC 9110, Section 15.4.5",
        "note": (
            "Representation metadata beyond the listed fields is left out unless "
            "it guides cache updates."
        ),
        "note_ko": (
            "304 응답은 전송할 정보를 줄이려는 것이므로, 정해진 헤더 외의 표현 "
            "메타데이터는 캐시 갱신에 쓰일 때만 보냄"
        ),
    },
    {
        "applies_to": "304",
        "field": "Date",
        "level": "MUST",
        "when": "in-200",
        "rule": "304-date-missing",
        "reference": "RFC 9110, Section 15.4.5",
        "note": "Repeat Date if a 200 response would have carried it.",
        "note_ko": "200 응답이었다면 보냈을 Date 헤더를 보내야 함",
    },
    {
        "applies_to": "304",
        "field": "ETag",
        "level": "MUST",
        "when": "in-200",
        "rule": "304-etag-missing",
        "reference": "RFC 9110, Section 15.4.5",
        "note": "Repeat ETag if a 200 response would have carried it.",
        "note_ko": "200 응답이었다면 보냈을 ETag 헤더를 보내야 함",
    },
    {
        "applies_to": "304",
        "field": "Expires",
        "level": "MUST",
        "when": "in-200",
        "rule": "304-expires-missing",
        "reference": "RFC 9110, Section 15.4.5",
        "note": "Repeat Expires if a 200 response would have carried it.",
        "note_ko": "200 응답이었다면 보냈을 Expires 헤더를 보내야 함",
    },
    {
        "applies_to": "304",
        "field": "Vary",
        "level": "MUST",
        "when": "in-200",
        "rule": "304-vary-missing",
        "reference": "RFC 9110, Section 15.4.5",
        "note": "Repeat Vary if a 200 response would have carried it.",
        "note_ko": "200 응답이었다면 보냈을 Vary 헤더를 보내야 함",
    },
    {
        "applies_to": "307",
        "field": "Location",
        "level": "SHOULD",
        "when": None,
        "rule": "307-location-missing",
        "reference": "RFC 9110, Section 15.4.8",
        "note": "Location gives the URI where the resource is for now.",
        "note_ko": "Location 헤더는 리소스가 당분간 있을 URI를 알려 줌",
    },
    {
        "applies_to": "308",
        "field": "Location",
        "level": "SHOULD",
        "when": None,
        "rule": "308-location-missing",
        "reference": "RFC 9110, Section 15.4.9",
        "note": "Location gives the new permanent URI.",
        "note_ko": "Location 헤더는 새 영구 URI를 알려 줌",
    },
    # -- 4xx ------------------------------------------------------------------
    {
        "applies_to": "4xx",
        "field": None,
        "level": "SHOULD",
        "when": "not-head",
        "rule": "4xx-explanation-missing",
        "reference": "RFC 9110, Section 15.5",
        "note": (
            "Explain the error, and whether it is temporary or permanent, in the "
            "content."
        ),
        "note_ko": "본문에는 오류 상황과 그 상황이 일시적인지 영구적인지를 적음",
    },
    {
        "applies_to": "401",
        "field": "WWW-Authenticate",
        "level": "MUST",
        "when": None,
        "rule": "401-www-authenticate-missing",
        "reference": "RFC 9110, Section 15.5.2",
        "note": (
            "WWW-Authenticate carries at least one challenge for the target "
            "resource (RFC 9110, Section 11.6.1)."
        ),
        "note_ko": (
            "WWW-Authenticate 헤더는 대상 리소스에 쓸 인증 요구(challenge)를 하나 이상 "
            "담음 (RFC 9110, Section 11.6.1)"
        ),
    },
    {
        "applies_to": "405",
        "field": "Allow",
        "level": "MUST",
        "when": None,
        "rule": "405-allow-missing",
        "reference": "RFC 9110, Section 15.5.6",
        "note": (
            "Allow lists the methods the target resource supports now; it may be "
            "empty (RFC 9110, Section 10.2.1)."
        ),
        "note_ko": (
            "Allow 헤더는 대상 리소스가 지금 지원하는 메서드를 나열함. 빈 값일 수도 "
            "있음 (RFC 9110, Section 10.2.1)"
        ),
    },
    {
        "applies_to": "407",
        "field": "Proxy-Authenticate",
        "level": "MUST",
        "when": None,
        "rule": "407-proxy-authenticate-missing",
        "reference": "RFC 9110, Section 15.5.8",
        "note": (
            "Proxy-Authenticate carries a challenge for the proxy (RFC 9110, "
            "Section 11.7.1)."
        ),
        "note_ko": (
            "Proxy-Authenticate 헤더는 프록시에 쓸 인증 요구(challenge)를 담음 (RFC "
            "9110, Section 11.7.1)"
        ),
    },
    {
        "applies_to": "413",
        "field": "Retry-After",
        "level": "SHOULD",
        "when": "temporary",
        "rule": "413-retry-after-missing",
        "reference": "RFC 9110, Section 15.5.14",
        "note": "If the limit is temporary, Retry-After says when to try again.",
        "note_ko": "제한이 일시적이면 Retry-After 헤더는 다시 시도할 시점을 알려 줌",
    },
    {
        "applies_to": "416",
        "field": "Content-Range",
        "level": "SHOULD",
        "when": "byte-range",
        "rule": "416-content-range-missing",
        "reference": "RFC 9110, Section 15.5.17",
        "note": (
            "Content-Range gives the current length of the representation, as in "
            "bytes */47022 (RFC 9110, Section 14.4)."
        ),
        "note_ko": (
            "Content-Range 헤더는 표현의 현재 길이를 알려 줌 (예: bytes */47022, RFC "
            "9110, Section 14.4)"
        ),
    },
    {
        "applies_to": "426",
        "field": "Upgrade",
        "level": "MUST",
        "when": None,
        "rule": "426-upgrade-missing",
        "reference": "RFC 9110, Section 15.5.22",
        "note": (
            "Upgrade names the protocols the server would accept (RFC 9110, "
            "Section 7.8)."
        ),
        "note_ko": (
            "Upgrade 헤더에는 서버가 받아들일 프로토콜이 적힘 (RFC 9110, Section 7.8)"
        ),
    },
    {
        "applies_to": "429",
        "field": "Retry-After",
        "level": "MAY",
        "when": None,
        "rule": "429-retry-after-optional",
        "reference": "RFC 6585, Section 4",
        "note": "Retry-After says how long to wait before making a new request.",
        "note_ko": (
            "Retry-After 헤더로 새 요청을 보내기 전에 기다릴 시간을 알릴 수 있음"
        ),
    },
    {
        "applies_to": "451",
        "field": "Link",
        "level": "SHOULD",
        "when": None,
        "rule": "451-blocked-by-missing",
        "reference": "RFC 7725, Section 4",
        "note": (
            "The entity that blocks access identifies itself in a Link field with "
            'rel="blocked-by".'
        ),
        "note_ko": (
            '접근을 막은 주체는 관계 유형이 "blocked-by"인 Link 헤더로 자신을 밝힘'
        ),
    },
    # -- 5xx ------------------------------------------------------------------
    {
        "applies_to": "5xx",
        "field": None,
        "level": "SHOULD",
        "when": "not-head",
        "rule": "5xx-explanation-missing",
        "reference": "RFC 9110, Section 15.6",
        "note": (
            "Explain the error, and whether it is temporary or permanent, in the "
            "content."
        ),
        "note_ko": "본문에는 오류 상황과 그 상황이 일시적인지 영구적인지를 적음",
    },
    {
        "applies_to": "503",
        "field": "Retry-After",
        "level": "MAY",
        "when": None,
        "rule": "503-retry-after-optional",
        "reference": "RFC 9110, Section 15.6.4",
        "note": "Retry-After suggests how long the service will be unavailable.",
        "note_ko": "Retry-After 헤더로 서비스를 쓸 수 없는 기간을 알릴 수 있음",
    },
)
