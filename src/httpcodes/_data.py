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
            "진행 중임을 의미하는 응답 코드이다. 현재까지의 진행상태에 문제가 "
            "없으며, 클라이언트가 계속해서 요청을 하거나 이미 요청을 완료한 "
            "경우에는 무시해도 되는 것을 알려준다."
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
            "이 응답 코드는 클라이언트가 보낸 Upgrade 요청 헤더에 대한 응답에 "
            "들어가며, 서버에서 프로토콜을 변경할 것임을 알려준다. 예를 들어 "
            "HTTP/1.1 연결을 WebSocket 프로토콜로 전환할 때 사용된다."
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
            "이 코드는 서버가 요청을 수신하였으며 이를 처리하고 있지만, 아직 "
            "제대로 된 응답을 알려줄 수 없음을 알려준다. RFC 4918에서 WebDAV "
            "규격에서 빠지면서 폐기되었다."
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
            "서버가 응답을 준비하는 동안 사용자 에이전트가 사전 로딩을 시작할 수 "
            "있도록 한다."
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
            "어디서 이어서 올릴 수 있는지 알려주는 중간 응답이다. 재개 가능한 "
            "업로드 초안 문서를 위해 임시로 등록된 코드다."
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
            "요청을 정상적으로 처리함. 정보는 요청에 따른 응답으로 반환"
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
            "성공적으로 생성에 대한 요청을 받았으며 그 결과로 서버가 새 리소스를 "
            "작성 (일반적으로 POST 또는 PUT 요청의 응답)"
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
            "요청을 수신하였지만 아직 처리가 끝나지 않은 상태 (나중에 처리되거나 "
            "거절될 수도 있음)"
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
        "phrase_ko": "비권한 정보",
        "description": (
            "The request succeeded, but a transforming proxy modified the "
            "origin server's 200 response, so the content is not exactly "
            "what the origin sent."
        ),
        "description_ko": (
            "요청을 성공적으로 처리했지만, 중간의 변환 프록시가 원 서버의 200 "
            "응답을 수정하여 전달함 (원 서버가 보낸 그대로의 내용이 아님)"
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
        "description_ko": "요청을 성공적으로 처리했지만 제공할 컨텐츠는 없음",
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
            "요청을 성공적으로 처리했으며, 클라이언트는 요청을 보낸 문서의 화면을 "
            "초기화해야 함 (예: 입력 폼 비우기)"
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
            "Range 요청에 대해 요청된 부분만 성공적으로 전송함 (예: 클라이언트가 "
            "이어받기를 시도하면 서버가 Range 헤더에 지정된 바이트 범위만 보내고, "
            "Content-Range 헤더로 그 위치를 알려줌)"
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
            "여러 개의 리소스가 여러 Status Code를 갖고 있는 상황에서 적절한 "
            "정보 전달을 함."
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
            "WebDAV 다중 상태 응답 안에서, 같은 바인딩의 멤버를 이미 앞에서 "
            "보고했으므로 다시 나열하지 않음을 알림"
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
            "서버가 GET 요청에 델타 인코딩 같은 인스턴스 조작(IM)을 적용한 결과를 "
            "응답함 (리소스 전체가 아니라 변경분 등을 전송)"
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
            "클라이언트가 동시에 여러 응답이 가능한 요청을 보냈을 경우 "
            "클라이언트의 선택지를 반환"
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
            "요청한 리소스의 URI가 영구적으로 변경되었음을 의미한다. (변경된 "
            "URI는 Location 헤더로 알려주며, 이후에는 새 URI를 사용해야 함)"
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
            "요청한 리소스의 URI가 일시적으로 변경되었음 (향후에 재요청 할 시 "
            "원래 요청했던 URI로 요청해야함)"
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
            "요청한 작업의 결과를 다른 URI에서 GET 요청으로 가져가도록 안내함 "
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
            "이전의 요청과 비교하여 달라진 것이 없음을 의미 (캐시를 목적으로 사용됨)"
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
            "Proxy를 통해 요청되어야 함 (보안 문제로 폐기되어 현재 클라이언트는 "
            "따르지 않음)"
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
            "지금은 사용하지 않는 코드 (다른 의미로 다시 쓰이지 않도록 예약되어 있음)"
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
            "302와 동일한 의미를 가지나, 클라이언트가 보낸 HTTP 메소드도 변경하면 안됨"
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
            "요청한 리소스가 다른 URI에 위치하고 있음 301과 동일한 의미를 "
            "가지나, HTTP 메소드도 변경하면 안됨"
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
            "잘못된 문법이나 잘못된 메시지 구성 등 클라이언트의 오류로 판단되는 "
            "문제 때문에 서버가 요청을 처리하지 않음"
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
            "클라이언트가 인증되지 않았거나, 유효한 인증 정보가 부족하여 요청이 거부됨"
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
        "description_ko": ("결제 시스템을 위해 만들어졌으나 현재는 사용하지 않음"),
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
            "서버가 요청을 이해했지만 수행을 거부함 (클라이언트가 요청한 컨텐츠에 "
            "접근할 권한이 없으며, 인증 정보를 다시 보내도 결과는 같음)"
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
        "description_ko": "클라이언트가 요청한 URI를 찾을 수 없음",
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
        "phrase_ko": "허용되지 않는 메소드",
        "description": (
            "The resource exists but does not support the request method; "
            "the Allow header lists the methods it does support."
        ),
        "description_ko": "클라이언트가 보낸 메소드가 해당 URI에서 지원하지 않음",
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
            "클라이언트가 Accept 계열 요청 헤더로 지정한 조건(미디어 타입, 언어 "
            "등)에 맞는 컨텐츠가 없음"
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
        "description_ko": "401과 동일하나, proxy를 통해 인증해야 함",
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
            "서버가 기다리는 시간 안에 클라이언트로부터 완전한 요청을 받지 못해 "
            "연결을 끊음"
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
        "description_ko": "클라이언트의 요청이 서버의 상태와 충돌이 발생",
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
        "description_ko": "요청한 URI가 더 이상 사용되지 않고 사라짐",
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
        "description_ko": "요청 헤더에 Content-length가 포함되어야 함",
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
        "description_ko": "요청 헤더의 조건이 서버의 조건에 적절하지 않음",
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
        "phrase_ko": "콘텐츠가 너무 큼",
        "description": (
            "The request content is larger than the server is willing or "
            "able to process; the server may close the connection."
        ),
        "description_ko": "request payload가 서버에서 정의한 최대 크기보다 큼",
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
        "description_ko": "요청된 URI가 너무 길어서 처리할 수 없음",
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
            "요청 본문의 미디어 타입(Content-Type)이나 인코딩을 서버가 지원하지 않음"
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
            "요청 헤더의 Range 필드에 지정한 범위가 리소스의 실제 범위와 겹치지 "
            "않아 제공할 수 없음"
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
            "요청 헤더의 Expect 필드에 담긴 기대 조건을 서버가 충족할 수 없음"
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
            "만우절 농담 규격(HTCPCP)에서 나온 코드로, 찻주전자에게 커피를 "
            "끓이라고 요청했을 때의 응답이다. HTTP 표준에서는 정식 의미가 없고, "
            "이미 쓰이는 구현과 충돌하지 않도록 사용하지 않는 코드로 예약되어 있다."
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
        "description_ko": "요청이 응답을 생성할 수 없는 서버로 지정됨",
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
            "요청 본문의 형식과 문법은 올바르지만, 담긴 내용을 처리할 수 없음 "
            "(예: 입력값 유효성 검사 실패)"
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
        "description_ko": "요청한 리소스에 접근하는 것이 잠겨있음",
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
        "phrase_ko": "너무 이름",
        "description": (
            "The server will not risk processing a request sent in TLS early "
            "data, because an attacker could replay it; the client should "
            "retry once the handshake is complete."
        ),
        "description_ko": (
            "재전송(리플레이) 공격 위험 때문에 서버가 TLS 조기 데이터(0-RTT)로 "
            "보낸 요청을 처리하지 않음. 클라이언트는 핸드셰이크가 끝난 뒤 다시 "
            "요청해야 함"
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
            "지금의 프로토콜을 사용하여 요청을 처리하지 못함. 클라이언트가 "
            "업그레이드를 하면 처리 할 수도.(업그레이드 필요)"
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
        "description_ko": "필수 전제 조건 헤더가 누락됨",
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
        "description_ko": "클라이언트가 지정된 시간에 너무 많은 요청을 보냄",
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
        "phrase_ko": "요청 헤더 필드가 너무 큼",
        "description": (
            "The server refuses the request because one header field, or "
            "the header section as a whole, is too large."
        ),
        "description_ko": (
            "요청한 헤더 필드가 너무 커서 처리 불가. 헤더 필드를 줄여서 다시 "
            "요청해야 함"
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
            "법적 요구(법원 명령, 정부의 차단 요청 등) 때문에 서버가 해당 "
            "리소스를 제공할 수 없음"
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
            "서버의 문제로 응답할 수 없음 (정확한 문제에 대해 구체적으로 설명불가)"
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
            "서버가 요청을 처리하는 데 필요한 기능을 지원하지 않음 (주로 서버가 "
            "알지 못하는 메소드로 요청한 경우)"
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
            "현재 서버는 일시적으로 사용이 불가함 (일반적인 원인은 유지보수로 "
            "인한 중단, 서버 과부하)"
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
            "서버가 다른 서버로 요청을 보냈으나 delay 발생으로 처리 불가능"
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
        "description_ko": "요청에 사용된 HTTP 버전은 서버에서 지원되지 않음",
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
        "phrase_ko": "변형도 협상함",
        "description": (
            "A content negotiation misconfiguration on the server: the "
            "variant it chose is itself set up to negotiate, so no final "
            "representation can be picked."
        ),
        "description_ko": (
            "서버에 내부 구성 오류가 있음. 콘텐츠 협상으로 고른 변형(variant) "
            "리소스가 다시 협상을 하도록 설정되어 있어 최종 응답을 정할 수 없음"
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
            "서버에 요청을 완료하는 데 필요한 데이터를 저장할 공간이 부족함"
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
        "description_ko": "서버가 요청을 처리하는 동안 무한 루프를 감지",
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
            "서버가 요청을 처리하려면 요청에 대한 추가 확장이 필요 (HTTP 확장 "
            "프레임워크가 Historic 상태로 바뀌어 현재는 폐기된 코드)"
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
        "description_ko": "클라이언트가 네트워크 액세스를 얻기 위해 인증이 필요",
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
        reference: str
        note: str
        note_ko: str


RESPONSE_FIELDS: Final[tuple[FieldRuleRow, ...]] = (
    {
        "applies_to": "all",
        "field": None,
        "level": "MUST NOT",
        "when": "head",
        "reference": "RFC 9110, Section 9.3.2",
        "note": (
            "A response to HEAD carries no content; its header fields describe "
            "what a GET would have returned."
        ),
        "note_ko": (
            "HEAD 요청에 대한 응답에는 콘텐츠를 보내지 않음. 헤더는 GET 요청이었다면 "
            "보냈을 값을 알려 줌"
        ),
    },
    # -- 1xx ------------------------------------------------------------------
    {
        "applies_to": "1xx",
        "field": None,
        "level": "MUST NOT",
        "when": None,
        "reference": "RFC 9110, Section 15.2",
        "note": (
            "An interim response ends with its header section and cannot carry "
            "content or trailers."
        ),
        "note_ko": (
            "중간 응답은 헤더 섹션에서 끝나므로 콘텐츠나 트레일러를 담을 수 없음"
        ),
    },
    {
        "applies_to": "1xx",
        "field": "Content-Length",
        "level": "MUST NOT",
        "when": None,
        "reference": "RFC 9110, Section 8.6",
        "note": "A server never sends Content-Length in an interim response.",
        "note_ko": "서버는 중간 응답에 Content-Length 헤더를 보내지 않아야 함",
    },
    {
        "applies_to": "1xx",
        "field": "Transfer-Encoding",
        "level": "MUST NOT",
        "when": None,
        "reference": "RFC 9112, Section 6.1",
        "note": "A server never sends Transfer-Encoding in an interim response.",
        "note_ko": "서버는 중간 응답에 Transfer-Encoding 헤더를 보내지 않아야 함",
    },
    {
        "applies_to": "101",
        "field": "Upgrade",
        "level": "MUST",
        "when": None,
        "reference": "RFC 9110, Section 15.2.2",
        "note": (
            "Upgrade names the protocol or protocols the connection switches to, "
            "in layer-ascending order (RFC 9110, Section 7.8)."
        ),
        "note_ko": (
            "Upgrade 헤더에 전환 후 연결이 쓸 프로토콜을 아래 계층부터 차례로 적어야 "
            "함 (RFC 9110, Section 7.8)"
        ),
    },
    # -- 2xx ------------------------------------------------------------------
    {
        "applies_to": "2xx",
        "field": "Content-Length",
        "level": "MUST NOT",
        "when": "connect",
        "reference": "RFC 9110, Section 8.6",
        "note": (
            "A successful response to CONNECT starts a tunnel, so it has no "
            "Content-Length."
        ),
        "note_ko": (
            "CONNECT 요청에 대한 성공 응답 뒤에는 터널이 시작되므로 Content-Length "
            "헤더를 보내지 않아야 함"
        ),
    },
    {
        "applies_to": "2xx",
        "field": "Transfer-Encoding",
        "level": "MUST NOT",
        "when": "connect",
        "reference": "RFC 9112, Section 6.1",
        "note": (
            "A successful response to CONNECT starts a tunnel, so it has no "
            "Transfer-Encoding."
        ),
        "note_ko": (
            "CONNECT 요청에 대한 성공 응답 뒤에는 터널이 시작되므로 "
            "Transfer-Encoding 헤더를 보내지 않아야 함"
        ),
    },
    {
        "applies_to": "201",
        "field": "Location",
        "level": "MAY",
        "when": None,
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
        "reference": "RFC 9110, Section 15.3.5",
        "note": "A 204 response ends with its header section and cannot carry content.",
        "note_ko": "204 응답은 헤더 섹션에서 끝나므로 콘텐츠를 담을 수 없음",
    },
    {
        "applies_to": "204",
        "field": "Content-Length",
        "level": "MUST NOT",
        "when": None,
        "reference": "RFC 9110, Section 8.6",
        "note": "A server never sends Content-Length in a 204 response.",
        "note_ko": "서버는 204 응답에 Content-Length 헤더를 보내지 않아야 함",
    },
    {
        "applies_to": "204",
        "field": "Transfer-Encoding",
        "level": "MUST NOT",
        "when": None,
        "reference": "RFC 9112, Section 6.1",
        "note": "A server never sends Transfer-Encoding in a 204 response.",
        "note_ko": "서버는 204 응답에 Transfer-Encoding 헤더를 보내지 않아야 함",
    },
    {
        "applies_to": "205",
        "field": None,
        "level": "MUST NOT",
        "when": None,
        "reference": "RFC 9110, Section 15.3.6",
        "note": (
            "A 205 response has no content, although framing would allow it; "
            "send Content-Length: 0."
        ),
        "note_ko": (
            "205 응답에는 콘텐츠를 만들어 보내지 않아야 함. 메시지 형식으로는 콘텐츠를 "
            "담을 수 있으므로 Content-Length: 0을 함께 보냄"
        ),
    },
    {
        "applies_to": "206",
        "field": "Cache-Control",
        "level": "MUST",
        "when": "in-200",
        "reference": "RFC 9110, Section 15.3.7",
        "note": "Repeat Cache-Control if a 200 response would have carried it.",
        "note_ko": "200 응답이었다면 보냈을 Cache-Control 헤더를 보내야 함",
    },
    {
        "applies_to": "206",
        "field": "Content-Location",
        "level": "MUST",
        "when": "in-200",
        "reference": "RFC 9110, Section 15.3.7",
        "note": "Repeat Content-Location if a 200 response would have carried it.",
        "note_ko": "200 응답이었다면 보냈을 Content-Location 헤더를 보내야 함",
    },
    {
        "applies_to": "206",
        "field": "Content-Range",
        "level": "MUST",
        "when": "single-part",
        "reference": "RFC 9110, Section 15.3.7.1",
        "note": (
            "A single-part 206 response says which range it encloses in Content-Range."
        ),
        "note_ko": (
            "부분 하나를 보내는 206 응답은 Content-Range 헤더로 담은 범위를 알려야 함"
        ),
    },
    {
        "applies_to": "206",
        "field": "Content-Range",
        "level": "MUST NOT",
        "when": "multipart",
        "reference": "RFC 9110, Section 15.3.7.2",
        "note": (
            "A multipart/byteranges 206 response puts Content-Range in each body "
            "part, never in the header section."
        ),
        "note_ko": (
            "multipart/byteranges 형식의 206 응답은 Content-Range 헤더를 헤더 섹션이 "
            "아니라 각 부분에 넣어야 함"
        ),
    },
    {
        "applies_to": "206",
        "field": "Date",
        "level": "MUST",
        "when": "in-200",
        "reference": "RFC 9110, Section 15.3.7",
        "note": "Repeat Date if a 200 response would have carried it.",
        "note_ko": "200 응답이었다면 보냈을 Date 헤더를 보내야 함",
    },
    {
        "applies_to": "206",
        "field": "ETag",
        "level": "MUST",
        "when": "in-200",
        "reference": "RFC 9110, Section 15.3.7",
        "note": "Repeat ETag if a 200 response would have carried it.",
        "note_ko": "200 응답이었다면 보냈을 ETag 헤더를 보내야 함",
    },
    {
        "applies_to": "206",
        "field": "Expires",
        "level": "MUST",
        "when": "in-200",
        "reference": "RFC 9110, Section 15.3.7",
        "note": "Repeat Expires if a 200 response would have carried it.",
        "note_ko": "200 응답이었다면 보냈을 Expires 헤더를 보내야 함",
    },
    {
        "applies_to": "206",
        "field": "Vary",
        "level": "MUST",
        "when": "in-200",
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
        "reference": "RFC 9110, Section 10.2.2",
        "note": (
            "With any redirect, Location names the preferred target, and a user "
            "agent may follow it even for a code it does not know."
        ),
        "note_ko": (
            "모든 리다이렉트에서 Location 헤더는 우선 대상을 가리킴. 사용자 에이전트는 "
            "모르는 코드여도 이를 따라갈 수 있음"
        ),
    },
    {
        "applies_to": "3xx",
        "field": "Retry-After",
        "level": "MAY",
        "when": None,
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
        "reference": "RFC 9110, Section 15.4.1",
        "note": "If the server prefers one of the choices, Location names it.",
        "note_ko": "서버가 선호하는 선택지가 있으면 Location 헤더로 알려야 함",
    },
    {
        "applies_to": "301",
        "field": "Location",
        "level": "SHOULD",
        "when": None,
        "reference": "RFC 9110, Section 15.4.2",
        "note": "Location gives the new permanent URI.",
        "note_ko": "Location 헤더로 새 영구 URI를 알려야 함",
    },
    {
        "applies_to": "302",
        "field": "Location",
        "level": "SHOULD",
        "when": None,
        "reference": "RFC 9110, Section 15.4.3",
        "note": "Location gives the URI where the resource is for now.",
        "note_ko": "Location 헤더로 리소스가 당분간 있을 URI를 알려야 함",
    },
    {
        "applies_to": "304",
        "field": None,
        "level": "MUST NOT",
        "when": None,
        "reference": "RFC 9110, Section 15.4.5",
        "note": "A 304 response ends with its header section and cannot carry content.",
        "note_ko": "304 응답은 헤더 섹션에서 끝나므로 콘텐츠를 담을 수 없음",
    },
    {
        "applies_to": "304",
        "field": "Cache-Control",
        "level": "MUST",
        "when": "in-200",
        "reference": "RFC 9110, Section 15.4.5",
        "note": "Repeat Cache-Control if a 200 response would have carried it.",
        "note_ko": "200 응답이었다면 보냈을 Cache-Control 헤더를 보내야 함",
    },
    {
        "applies_to": "304",
        "field": "Content-Encoding",
        "level": "SHOULD NOT",
        "when": None,
        "reference": "RFC 9110, Section 15.4.5",
        "note": (
            "Representation metadata beyond the listed fields is left out unless "
            "it guides cache updates."
        ),
        "note_ko": (
            "캐시 갱신에 쓰이는 경우가 아니면 정해진 헤더 외의 표현 메타데이터는 "
            "보내지 않아야 함"
        ),
    },
    {
        "applies_to": "304",
        "field": "Content-Language",
        "level": "SHOULD NOT",
        "when": None,
        "reference": "RFC 9110, Section 15.4.5",
        "note": (
            "Representation metadata beyond the listed fields is left out unless "
            "it guides cache updates."
        ),
        "note_ko": (
            "캐시 갱신에 쓰이는 경우가 아니면 정해진 헤더 외의 표현 메타데이터는 "
            "보내지 않아야 함"
        ),
    },
    {
        "applies_to": "304",
        "field": "Content-Location",
        "level": "MUST",
        "when": "in-200",
        "reference": "RFC 9110, Section 15.4.5",
        "note": "Repeat Content-Location if a 200 response would have carried it.",
        "note_ko": "200 응답이었다면 보냈을 Content-Location 헤더를 보내야 함",
    },
    {
        "applies_to": "304",
        "field": "Content-Type",
        "level": "SHOULD NOT",
        "when": None,
        "reference": "RFC 9110, Section 15.4.5",
        "note": (
            "Representation metadata beyond the listed fields is left out unless "
            "it guides cache updates."
        ),
        "note_ko": (
            "캐시 갱신에 쓰이는 경우가 아니면 정해진 헤더 외의 표현 메타데이터는 "
            "보내지 않아야 함"
        ),
    },
    {
        "applies_to": "304",
        "field": "Date",
        "level": "MUST",
        "when": "in-200",
        "reference": "RFC 9110, Section 15.4.5",
        "note": "Repeat Date if a 200 response would have carried it.",
        "note_ko": "200 응답이었다면 보냈을 Date 헤더를 보내야 함",
    },
    {
        "applies_to": "304",
        "field": "ETag",
        "level": "MUST",
        "when": "in-200",
        "reference": "RFC 9110, Section 15.4.5",
        "note": "Repeat ETag if a 200 response would have carried it.",
        "note_ko": "200 응답이었다면 보냈을 ETag 헤더를 보내야 함",
    },
    {
        "applies_to": "304",
        "field": "Expires",
        "level": "MUST",
        "when": "in-200",
        "reference": "RFC 9110, Section 15.4.5",
        "note": "Repeat Expires if a 200 response would have carried it.",
        "note_ko": "200 응답이었다면 보냈을 Expires 헤더를 보내야 함",
    },
    {
        "applies_to": "304",
        "field": "Vary",
        "level": "MUST",
        "when": "in-200",
        "reference": "RFC 9110, Section 15.4.5",
        "note": "Repeat Vary if a 200 response would have carried it.",
        "note_ko": "200 응답이었다면 보냈을 Vary 헤더를 보내야 함",
    },
    {
        "applies_to": "307",
        "field": "Location",
        "level": "SHOULD",
        "when": None,
        "reference": "RFC 9110, Section 15.4.8",
        "note": "Location gives the URI where the resource is for now.",
        "note_ko": "Location 헤더로 리소스가 당분간 있을 URI를 알려야 함",
    },
    {
        "applies_to": "308",
        "field": "Location",
        "level": "SHOULD",
        "when": None,
        "reference": "RFC 9110, Section 15.4.9",
        "note": "Location gives the new permanent URI.",
        "note_ko": "Location 헤더로 새 영구 URI를 알려야 함",
    },
    # -- 4xx ------------------------------------------------------------------
    {
        "applies_to": "4xx",
        "field": None,
        "level": "SHOULD",
        "when": "not-head",
        "reference": "RFC 9110, Section 15.5",
        "note": (
            "Explain the error, and whether it is temporary or permanent, in the "
            "content."
        ),
        "note_ko": "콘텐츠로 오류 상황과 그것이 일시적인지 영구적인지를 설명해야 함",
    },
    {
        "applies_to": "401",
        "field": "WWW-Authenticate",
        "level": "MUST",
        "when": None,
        "reference": "RFC 9110, Section 15.5.2",
        "note": (
            "WWW-Authenticate carries at least one challenge for the target "
            "resource (RFC 9110, Section 11.6.1)."
        ),
        "note_ko": (
            "WWW-Authenticate 헤더에 대상 리소스에 쓸 인증 요구(challenge)를 하나 "
            "이상 담아야 함 (RFC 9110, Section 11.6.1)"
        ),
    },
    {
        "applies_to": "405",
        "field": "Allow",
        "level": "MUST",
        "when": None,
        "reference": "RFC 9110, Section 15.5.6",
        "note": (
            "Allow lists the methods the target resource supports now; it may be "
            "empty (RFC 9110, Section 10.2.1)."
        ),
        "note_ko": (
            "Allow 헤더에 대상 리소스가 지금 지원하는 메서드를 나열해야 함. 빈 값도 "
            "가능함 (RFC 9110, Section 10.2.1)"
        ),
    },
    {
        "applies_to": "407",
        "field": "Proxy-Authenticate",
        "level": "MUST",
        "when": None,
        "reference": "RFC 9110, Section 15.5.8",
        "note": (
            "Proxy-Authenticate carries a challenge for the proxy (RFC 9110, "
            "Section 11.7.1)."
        ),
        "note_ko": (
            "Proxy-Authenticate 헤더에 프록시에 쓸 인증 요구(challenge)를 담아야 함 "
            "(RFC 9110, Section 11.7.1)"
        ),
    },
    {
        "applies_to": "413",
        "field": "Retry-After",
        "level": "SHOULD",
        "when": "temporary",
        "reference": "RFC 9110, Section 15.5.14",
        "note": "If the limit is temporary, Retry-After says when to try again.",
        "note_ko": "제한이 일시적이면 Retry-After 헤더로 다시 시도할 시점을 알려야 함",
    },
    {
        "applies_to": "416",
        "field": "Content-Range",
        "level": "SHOULD",
        "when": "byte-range",
        "reference": "RFC 9110, Section 15.5.17",
        "note": (
            "Content-Range gives the current length of the representation, as in "
            "bytes */47022 (RFC 9110, Section 14.4)."
        ),
        "note_ko": (
            "Content-Range 헤더로 표현의 현재 길이를 알려야 함 (예: bytes */47022, "
            "RFC 9110, Section 14.4)"
        ),
    },
    {
        "applies_to": "426",
        "field": "Upgrade",
        "level": "MUST",
        "when": None,
        "reference": "RFC 9110, Section 15.5.22",
        "note": (
            "Upgrade names the protocols the server would accept (RFC 9110, "
            "Section 7.8)."
        ),
        "note_ko": (
            "Upgrade 헤더에 서버가 받아들일 프로토콜을 적어야 함 "
            "(RFC 9110, Section 7.8)"
        ),
    },
    {
        "applies_to": "429",
        "field": "Retry-After",
        "level": "MAY",
        "when": None,
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
        "reference": "RFC 7725, Section 4",
        "note": (
            "The entity that blocks access identifies itself in a Link field with "
            'rel="blocked-by".'
        ),
        "note_ko": (
            '접근을 막은 주체는 rel="blocked-by" 매개변수를 붙인 Link 헤더로 자신을 '
            "밝혀야 함"
        ),
    },
    # -- 5xx ------------------------------------------------------------------
    {
        "applies_to": "5xx",
        "field": None,
        "level": "SHOULD",
        "when": "not-head",
        "reference": "RFC 9110, Section 15.6",
        "note": (
            "Explain the error, and whether it is temporary or permanent, in the "
            "content."
        ),
        "note_ko": "콘텐츠로 오류 상황과 그것이 일시적인지 영구적인지를 설명해야 함",
    },
    {
        "applies_to": "503",
        "field": "Retry-After",
        "level": "MAY",
        "when": None,
        "reference": "RFC 9110, Section 15.6.4",
        "note": "Retry-After suggests how long the service will be unavailable.",
        "note_ko": "Retry-After 헤더로 서비스를 쓸 수 없는 기간을 알릴 수 있음",
    },
)
