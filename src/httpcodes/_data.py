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

To bring the data up to a new IANA registry update, see docs/design.md.
"""

from __future__ import annotations

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

    class ClassRow(TypedDict):
        digit: int
        name: str
        label: str
        label_ko: str
        reference: str


# The date of the IANA HTTP Status Code Registry edition this data follows.
REGISTRY_DATE: Final = "2025-09-15"

# RFC 9110, Section 15: the first digit of a status code defines its class.
CLASSES: Final[tuple[ClassRow, ...]] = (
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

CODES: Final[tuple[CodeRow, ...]] = (
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
            "서버가 요청의 시작 부분을 받았고 거절하지 않았음. 클라이언트는 요청 "
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
            "적힌 프로토콜로 연결을 전환함. 예를 들어 HTTP/1.1 연결을 WebSocket으로 "
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
            "서버가 이 요청에 대해 재개 가능한 업로드를 지원하며, 전송이 끊기면 "
            "어디서부터 이어서 올릴 수 있는지 알려 주는 중간 응답임. HTTP 작업 그룹의 "
            "재개 가능한 업로드 초안을 위해 임시 등록된 코드임"
        ),
        "deprecated": False,
        "registration": "temporary",
        "expires": "2026-11-13",
        "cacheable_by_default": False,
        "allows_content": False,
        "followable_redirect": False,
        "preserves_method": False,
        "reference": "draft-ietf-httpbis-resumable-upload-05",
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
            "요청을 정상적으로 처리함. 응답 본문의 내용은 메서드에 따라 다름 (GET이면 "
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
            "요청을 수신했지만 아직 처리가 끝나지 않았음. 처리는 나중에 실패하거나 "
            "아예 실행되지 않을 수도 있음 (대기열이나 일괄 작업에 흔히 쓰임)"
        ),
        "deprecated": False,
        "registration": "assigned",
        "expires": None,
        "cacheable_by_default": False,
        "allows_content": True,
        "followable_redirect": False,
        "preserves_method": False,
        "reference": "RFC 9110, Section 15.3.3",
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
            "전달함. 따라서 콘텐츠가 원본 서버가 보낸 그대로가 아님"
        ),
        "deprecated": False,
        "registration": "assigned",
        "expires": None,
        "cacheable_by_default": True,
        "allows_content": True,
        "followable_redirect": False,
        "preserves_method": False,
        "reference": "RFC 9110, Section 15.3.4",
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
            "요청을 성공적으로 처리했지만 제공할 콘텐츠는 없음. 브라우저는 보고 있던 "
            "페이지에 그대로 머무름"
        ),
        "deprecated": False,
        "registration": "assigned",
        "expires": None,
        "cacheable_by_default": True,
        "allows_content": False,
        "followable_redirect": False,
        "preserves_method": False,
        "reference": "RFC 9110, Section 15.3.5",
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
            "범위 요청에 대해 표현 중 요청받은 부분만 보냄. 보낸 부분의 위치는 "
            "Content-Range 헤더로 알려 줌 (예: 이어받기를 할 때 Range 헤더에 지정한 "
            "바이트 범위만 전송)"
        ),
        "deprecated": False,
        "registration": "assigned",
        "expires": None,
        "cacheable_by_default": True,
        "allows_content": True,
        "followable_redirect": False,
        "preserves_method": False,
        "reference": "RFC 9110, Section 15.3.7",
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
            "여러 리소스나 작업이 저마다 다른 상태 코드를 가질 때, 각각의 상태를 XML "
            "본문에 따로 담아 보내는 WebDAV 응답임"
        ),
        "deprecated": False,
        "registration": "assigned",
        "expires": None,
        "cacheable_by_default": False,
        "allows_content": True,
        "followable_redirect": False,
        "preserves_method": False,
        "reference": "RFC 4918, Section 11.1",
    },
    {
        "code": 208,
        "name": "ALREADY_REPORTED",
        "old_names": (),
        "phrase": "Already Reported",
        "aliases": (),
        "phrase_ko": "이미 보고됨",
        "description": (
            "Used inside a WebDAV multi-status response to say that the "
            "members of a binding were already listed earlier in the same "
            "response, so they are not repeated."
        ),
        "description_ko": (
            "WebDAV 다중 상태(207) 응답 안에서 쓰이며, 같은 바인딩의 멤버를 이미 "
            "앞에서 보고했으므로 다시 나열하지 않음을 알림"
        ),
        "deprecated": False,
        "registration": "assigned",
        "expires": None,
        "cacheable_by_default": False,
        "allows_content": True,
        "followable_redirect": False,
        "preserves_method": False,
        "reference": "RFC 5842, Section 7.1",
    },
    {
        "code": 226,
        "name": "IM_USED",
        "old_names": (),
        "phrase": "IM Used",
        "aliases": (),
        "phrase_ko": "IM 적용됨",
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
            "요청한 리소스의 URI가 영구적으로 변경되었음. 새 URI는 Location 헤더로 "
            "알려 주며, 클라이언트는 앞으로 새 URI를 사용하고 저장해 둔 링크를 고칠 수 "
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
            "요청한 리소스의 URI가 일시적으로 변경되었음. 임시 URI는 Location 헤더로 "
            "알려 줌 (향후에 재요청할 때는 원래 요청했던 URI로 요청해야 함)"
        ),
        "deprecated": False,
        "registration": "assigned",
        "expires": None,
        "cacheable_by_default": False,
        "allows_content": True,
        "followable_redirect": True,
        "preserves_method": False,
        "reference": "RFC 9110, Section 15.4.3",
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
            "서버가 Location 헤더에 적은 다른 리소스를 GET 요청으로 가져가도록 안내함 "
            "(POST 처리 후 결과 페이지로 보낼 때 자주 사용)"
        ),
        "deprecated": False,
        "registration": "assigned",
        "expires": None,
        "cacheable_by_default": False,
        "allows_content": True,
        "followable_redirect": True,
        "preserves_method": False,
        "reference": "RFC 9110, Section 15.4.4",
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
            "캐시에 저장된 응답을 다시 쓰면 되며, 이 응답에는 본문이 없음 (캐시를 "
            "목적으로 사용됨)"
        ),
        "deprecated": False,
        "registration": "assigned",
        "expires": None,
        "cacheable_by_default": False,
        "allows_content": False,
        "followable_redirect": False,
        "preserves_method": False,
        "reference": "RFC 9110, Section 15.4.5",
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
            "302와 동일한 의미를 가지나, 클라이언트가 보낸 HTTP 메서드를 변경하면 안 "
            "됨. 클라이언트는 Location 헤더의 URI로 같은 메서드와 본문을 그대로 다시 "
            "요청해야 함"
        ),
        "deprecated": False,
        "registration": "assigned",
        "expires": None,
        "cacheable_by_default": False,
        "allows_content": True,
        "followable_redirect": True,
        "preserves_method": True,
        "reference": "RFC 9110, Section 15.4.8",
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
            "요청한 리소스가 다른 URI로 영구히 옮겨졌음. 301과 동일한 의미를 가지나, "
            "클라이언트가 보낸 HTTP 메서드를 변경하면 안 됨 (Location 헤더의 URI로 "
            "같은 메서드와 본문을 다시 요청)"
        ),
        "deprecated": False,
        "registration": "assigned",
        "expires": None,
        "cacheable_by_default": True,
        "allows_content": True,
        "followable_redirect": True,
        "preserves_method": True,
        "reference": "RFC 9110, Section 15.4.9",
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
            "The server will not process the request because of something it "
            "sees as a client error, such as malformed syntax, invalid "
            "message framing or deceptive request routing."
        ),
        "description_ko": (
            "잘못된 문법, 잘못된 메시지 구성, 속이려는 요청 라우팅 등 클라이언트의 "
            "오류로 판단되는 문제 때문에 서버가 요청을 처리하지 않음"
        ),
        "deprecated": False,
        "registration": "assigned",
        "expires": None,
        "cacheable_by_default": False,
        "allows_content": True,
        "followable_redirect": False,
        "preserves_method": False,
        "reference": "RFC 9110, Section 15.5.1",
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
            "resource; the response carries a WWW-Authenticate challenge "
            "saying how to authenticate."
        ),
        "description_ko": (
            "클라이언트가 인증되지 않았거나, 유효한 인증 정보가 부족하여 요청이 "
            "거부됨. 응답의 WWW-Authenticate 헤더가 인증 방법을 알려 줌"
        ),
        "deprecated": False,
        "registration": "assigned",
        "expires": None,
        "cacheable_by_default": False,
        "allows_content": True,
        "followable_redirect": False,
        "preserves_method": False,
        "reference": "RFC 9110, Section 15.5.2",
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
            "결제 시스템을 위해 만들어졌으나 표준에서는 아직 의미를 정하지 않고 나중을 "
            "위해 예약해 둔 코드임. 결제나 유료 요금제가 필요할 때 이 코드를 보내는 "
            "서비스도 있음"
        ),
        "deprecated": False,
        "registration": "assigned",
        "expires": None,
        "cacheable_by_default": False,
        "allows_content": True,
        "followable_redirect": False,
        "preserves_method": False,
        "reference": "RFC 9110, Section 15.5.3",
    },
    {
        "code": 403,
        "name": "FORBIDDEN",
        "old_names": (),
        "phrase": "Forbidden",
        "aliases": (),
        "phrase_ko": "접근 금지",
        "description": (
            "The server understood the request but refuses to fulfil it; "
            "unlike 401, sending (other) credentials will not change the "
            "answer."
        ),
        "description_ko": (
            "서버가 요청을 이해했지만 수행을 거부함. 401과 달리 인증 정보를 다시 "
            "보내도 결과는 같음 (클라이언트에게 요청한 콘텐츠에 접근할 권한이 없는 "
            "경우 등)"
        ),
        "deprecated": False,
        "registration": "assigned",
        "expires": None,
        "cacheable_by_default": False,
        "allows_content": True,
        "followable_redirect": False,
        "preserves_method": False,
        "reference": "RFC 9110, Section 15.5.4",
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
    },
    {
        "code": 406,
        "name": "NOT_ACCEPTABLE",
        "old_names": (),
        "phrase": "Not Acceptable",
        "aliases": (),
        "phrase_ko": "수용할 수 없음",
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
            "401과 동일하나, 클라이언트가 먼저 프록시에서 인증을 받아야 함. 프록시는 "
            "Proxy-Authenticate 헤더로 인증 방법을 알려 줌"
        ),
        "deprecated": False,
        "registration": "assigned",
        "expires": None,
        "cacheable_by_default": False,
        "allows_content": True,
        "followable_redirect": False,
        "preserves_method": False,
        "reference": "RFC 9110, Section 15.5.8",
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
        "description_ko": (
            "서버가 Content-Length 헤더가 없는 요청을 받아들이지 않음. 요청에 "
            "Content-Length 헤더가 포함되어야 함"
        ),
        "deprecated": False,
        "registration": "assigned",
        "expires": None,
        "cacheable_by_default": False,
        "allows_content": True,
        "followable_redirect": False,
        "preserves_method": False,
        "reference": "RFC 9110, Section 15.5.12",
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
            "요청 본문이 서버가 처리할 수 있거나 처리하려는 최대 크기보다 큼. 서버는 "
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
            "요청 본문의 미디어 타입(Content-Type)이나 콘텐츠 코딩(Content-Encoding)을 "
            "이 메서드와 리소스에 대해 서버가 지원하지 않음"
        ),
        "deprecated": False,
        "registration": "assigned",
        "expires": None,
        "cacheable_by_default": False,
        "allows_content": True,
        "followable_redirect": False,
        "preserves_method": False,
        "reference": "RFC 9110, Section 15.5.16",
    },
    {
        "code": 416,
        "name": "RANGE_NOT_SATISFIABLE",
        "old_names": ("REQUESTED_RANGE_NOT_SATISFIABLE",),
        "phrase": "Range Not Satisfiable",
        "aliases": ("Requested Range Not Satisfiable",),
        "phrase_ko": "범위를 만족할 수 없음",
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
            "만우절 농담 규격(HTCPCP)에서 나온 코드로, 찻주전자에게 커피를 끓이라고 "
            "요청했을 때의 응답임. HTTP 표준에서는 의미가 없고, 이미 이 코드를 보내는 "
            "농담 구현과 충돌하지 않도록 사용하지 않는 코드로 예약되어 있음"
        ),
        "deprecated": True,
        "registration": "unused",
        "expires": None,
        "cacheable_by_default": False,
        "allows_content": True,
        "followable_redirect": False,
        "preserves_method": False,
        "reference": "RFC 9110, Section 15.5.19",
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
    },
    {
        "code": 422,
        "name": "UNPROCESSABLE_CONTENT",
        "old_names": ("UNPROCESSABLE_ENTITY",),
        "phrase": "Unprocessable Content",
        "aliases": ("Unprocessable Entity",),
        "phrase_ko": "처리할 수 없는 콘텐츠",
        "description": (
            "The server understands the content type and the content is "
            "well-formed, but it cannot act on what the content says, as "
            "when input fails validation."
        ),
        "description_ko": (
            "서버가 요청 본문의 미디어 타입을 지원하고 문법도 올바르지만, 담긴 "
            "내용대로 처리할 수 없음 (예: 입력값 유효성 검사 실패)"
        ),
        "deprecated": False,
        "registration": "assigned",
        "expires": None,
        "cacheable_by_default": False,
        "allows_content": True,
        "followable_redirect": False,
        "preserves_method": False,
        "reference": "RFC 9110, Section 15.5.21",
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
            "필수 전제 조건 헤더(If-Match 등)가 누락됨. 원본 서버가 조건부 요청을 "
            "요구하며, 주로 클라이언트끼리 서로의 변경을 덮어쓰지 않게 하려는 것임"
        ),
        "deprecated": False,
        "registration": "assigned",
        "expires": None,
        "cacheable_by_default": False,
        "allows_content": True,
        "followable_redirect": False,
        "preserves_method": False,
        "reference": "RFC 6585, Section 3",
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
            "Retry-After 헤더로 얼마나 기다려야 하는지 알려 줄 수 있음"
        ),
        "deprecated": False,
        "registration": "assigned",
        "expires": None,
        "cacheable_by_default": False,
        "allows_content": True,
        "followable_redirect": False,
        "preserves_method": False,
        "reference": "RFC 6585, Section 4",
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
            "헤더를 줄여서 다시 요청해야 함"
        ),
        "deprecated": False,
        "registration": "assigned",
        "expires": None,
        "cacheable_by_default": False,
        "allows_content": True,
        "followable_redirect": False,
        "preserves_method": False,
        "reference": "RFC 6585, Section 5",
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
            "서버가 요청을 처리하는 데 필요한 기능을 지원하지 않음 (주로 서버가 어떤 "
            "리소스에 대해서도 알지 못하는 메서드로 요청한 경우)"
        ),
        "deprecated": False,
        "registration": "assigned",
        "expires": None,
        "cacheable_by_default": True,
        "allows_content": True,
        "followable_redirect": False,
        "preserves_method": False,
        "reference": "RFC 9110, Section 15.6.2",
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
            "현재 서버를 일시적으로 사용할 수 없음 (일반적인 원인은 유지보수로 인한 "
            "중단, 서버 과부하). Retry-After 헤더로 다시 시도할 시점을 알려 줄 수 있음"
        ),
        "deprecated": False,
        "registration": "assigned",
        "expires": None,
        "cacheable_by_default": False,
        "allows_content": True,
        "followable_redirect": False,
        "preserves_method": False,
        "reference": "RFC 9110, Section 15.6.4",
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
            "요청에 사용된 HTTP 버전은 서버에서 지원되지 않음 (서버가 그 주 버전을 "
            "지원하지 않거나 지원하기를 거부함)"
        ),
        "deprecated": False,
        "registration": "assigned",
        "expires": None,
        "cacheable_by_default": False,
        "allows_content": True,
        "followable_redirect": False,
        "preserves_method": False,
        "reference": "RFC 9110, Section 15.6.6",
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
            "서버에 내부 구성 오류가 있음. 콘텐츠 협상으로 고른 변형(variant) 리소스가 "
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
            "못함. 이 프레임워크가 Historic 상태로 바뀌어 레지스트리에서 폐지된 코드임"
        ),
        "deprecated": True,
        "registration": "obsoleted",
        "expires": None,
        "cacheable_by_default": False,
        "allows_content": True,
        "followable_redirect": False,
        "preserves_method": False,
        "reference": "RFC 2774, Section 7",
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
    },
)
