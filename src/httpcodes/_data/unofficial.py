"""HTTP status codes used in the wild that the IANA registry does not define.

A companion to ``codes.py``: literals only, no logic, no imports at run time.
Each row is a code that some vendor, product or framework sends or logs
although the IANA HTTP Status Code Registry has no entry for it, or has an
entry with a different meaning (a vendor reusing a registered number, such as
Exchange ActiveSync's 451 or Google's 308). The table is kept apart from
``codes.py`` because none of these codes belongs in the registry that
``StatusCode`` mirrors.

Vendor fields (``VENDORS``):

key             short lowercase identifier that rows refer to.
name            display name of the vendor, product or convention.
name_ko         Korean display name, keeping the Latin brand where Korean
                developers write it that way.
url             the vendor's home page or documentation root.

Row fields (``UNOFFICIAL``), sorted by code and then by vendor key:

code            the status code as the vendor sends or logs it (LinkedIn's 999
                lies outside the 100-599 range HTTP defines).
phrase          the vendor's own phrase for the code, or, where the vendor
                names none, the phrase the code is commonly known by.
phrase_ko       a short Korean name, as a Korean error page or log shows it.
vendor          the ``VENDORS`` key of the vendor that uses the code.
description     one or two sentences in English.
description_ko  one or two sentences in Korean.
status          "current" while the vendor still uses the code; "retired" once
                the vendor has withdrawn the code or the product behind it;
                "historical" for a proposal that never shipped or an
                attribution that no vendor release bears out.
source          the vendor's own documentation or source code for the code, or
                the most authoritative public source where the vendor
                documents nothing.
"""

from __future__ import annotations

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Final, Literal, TypedDict

    class VendorRow(TypedDict):
        key: str
        name: str
        name_ko: str
        url: str

    class UnofficialRow(TypedDict):
        code: int
        phrase: str
        phrase_ko: str
        vendor: str
        description: str
        description_ko: str
        status: Literal["current", "retired", "historical"]
        source: str


VENDORS: Final[tuple[VendorRow, ...]] = (
    {
        "key": "apache",
        "name": "Apache HTTP Server",
        "name_ko": "Apache HTTP 서버",
        "url": "https://httpd.apache.org/",
    },
    {
        "key": "apache_cpanel",
        "name": "Apache with cPanel (mod_bwlimited)",
        "name_ko": "Apache와 cPanel(mod_bwlimited)",
        "url": "https://docs.cpanel.net/",
    },
    {
        "key": "aws_elb",
        "name": "AWS Elastic Load Balancing",
        "name_ko": "AWS Elastic Load Balancing",
        "url": "https://docs.aws.amazon.com/elasticloadbalancing/",
    },
    {
        "key": "cloudflare",
        "name": "Cloudflare",
        "name_ko": "Cloudflare",
        "url": "https://developers.cloudflare.com/",
    },
    {
        "key": "esri_arcgis",
        "name": "Esri ArcGIS",
        "name_ko": "Esri ArcGIS",
        "url": "https://developers.arcgis.com/rest/",
    },
    {
        "key": "google",
        "name": "Google",
        "name_ko": "Google",
        "url": "https://developers.google.com/",
    },
    {
        "key": "iis",
        "name": "Microsoft IIS and Exchange Server",
        "name_ko": "Microsoft IIS와 Exchange Server",
        "url": "https://learn.microsoft.com/iis/",
    },
    {
        "key": "laravel",
        "name": "Laravel",
        "name_ko": "Laravel",
        "url": "https://laravel.com/docs",
    },
    {
        "key": "linkedin",
        "name": "LinkedIn",
        "name_ko": "LinkedIn",
        "url": "https://www.linkedin.com/",
    },
    {
        "key": "nginx",
        "name": "nginx",
        "name_ko": "nginx",
        "url": "https://nginx.org/en/docs/",
    },
    {
        "key": "proxies",
        "name": "HTTP proxies (informal convention)",
        "name_ko": "HTTP 프록시(비공식 관례)",
        "url": "https://www.iana.org/assignments/http-status-codes/",
    },
    {
        "key": "spring",
        "name": "Spring Framework",
        "name_ko": "Spring Framework",
        "url": "https://docs.spring.io/spring-framework/",
    },
    {
        "key": "twitter",
        "name": "Twitter (now X)",
        "name_ko": "Twitter(현 X)",
        "url": "https://developer.x.com/",
    },
)

UNOFFICIAL: Final[tuple[UnofficialRow, ...]] = (
    {
        "code": 103,
        "phrase": "Checkpoint",
        "phrase_ko": "체크포인트",
        "vendor": "google",
        "description": (
            "An interim response in Google's resumable-upload proposal for Gears "
            "(around 2008), meant to tell the client how much of an interrupted POST "
            "or PUT body the server had kept. The proposal was never adopted, and the "
            "IANA registry now gives 103 to Early Hints."
        ),
        "description_ko": (
            "Google이 Gears용으로 내놓은 재개 가능한 업로드 제안(2008년 무렵)의 중간 "
            "응답으로, 중단된 POST·PUT 요청 본문을 서버가 어디까지 받아 두었는지 알려 "
            "주려던 것임. 제안은 채택되지 않았고, 지금 IANA 레지스트리에서 103은 Early "
            "Hints임"
        ),
        "status": "historical",
        "source": "https://code.google.com/p/gears/wiki/ResumableHttpRequestsProposal",
    },
    {
        "code": 218,
        "phrase": "This is fine",
        "phrase_ko": "이 정도면 괜찮아",
        "vendor": "apache",
        "description": (
            "Often described as a catch-all that lets a back end's error body reach "
            "the client when Apache's ProxyErrorOverride is on, but no Apache httpd "
            "release or document defines it. Treat it as folklore rather than "
            "something Apache sends."
        ),
        "description_ko": (
            "Apache의 ProxyErrorOverride가 켜져 있을 때 상위 서버의 오류 본문을 그대로 "
            "통과시키는 코드라고 흔히 소개되지만, Apache httpd의 어느 버전이나 "
            "문서에도 정의되어 있지 않음. Apache가 실제로 보내는 코드라기보다 개발자 "
            "사이에 떠도는 이야기에 가까움"
        ),
        "status": "historical",
        "source": "https://http.dev/218",
    },
    {
        "code": 308,
        "phrase": "Resume Incomplete",
        "phrase_ko": "업로드 미완료",
        "vendor": "google",
        "description": (
            "Google's resumable-upload APIs (YouTube, Drive, Cloud Storage and others) "
            "answer 308 while an upload is unfinished, with a Range header giving the "
            "bytes received so far. It is not a redirect, although the IANA registry "
            "assigns 308 to Permanent Redirect."
        ),
        "description_ko": (
            "Google의 재개 가능한 업로드 API(YouTube, Drive, Cloud Storage 등)는 "
            "업로드가 아직 끝나지 않았으면 308을 보내고, 지금까지 받은 바이트 범위를 "
            "Range 헤더로 알려 줌. 리다이렉트가 아니며, IANA 레지스트리에서 같은 "
            "번호는 Permanent Redirect임"
        ),
        "status": "current",
        "source": (
            "https://developers.google.com/youtube/v3/guides/using_resumable_upload_protocol"
        ),
    },
    {
        "code": 419,
        "phrase": "Page Expired",
        "phrase_ko": "페이지 만료",
        "vendor": "laravel",
        "description": (
            "Laravel turns a failed CSRF token check (TokenMismatchException) into "
            "419, usually because the session expired or a form was sent without its "
            "token."
        ),
        "description_ko": (
            "Laravel은 CSRF 토큰 검증에 실패하면(TokenMismatchException) 419를 돌려줌. "
            "대개 세션이 만료되었거나 폼이 토큰 없이 제출된 경우임"
        ),
        "status": "current",
        "source": (
            "https://github.com/laravel/framework/blob/master/src/Illuminate/Foundation/Exceptions/Handler.php"
        ),
    },
    {
        "code": 419,
        "phrase": "Insufficient Space On Resource",
        "phrase_ko": "리소스 공간 부족",
        "vendor": "spring",
        "description": (
            "A deprecated constant in Spring's HttpStatus, taken from an early WebDAV "
            "draft in which the server lacked space to store the resource. The "
            "published WebDAV RFCs use 507 Insufficient Storage for this."
        ),
        "description_ko": (
            "Spring HttpStatus에 @Deprecated로 남아 있는 상수로, 초기 WebDAV 초안에서 "
            "서버에 리소스를 저장할 공간이 부족하다는 뜻이었음. 정식 WebDAV RFC는 이 "
            "경우에 507 Insufficient Storage를 씀"
        ),
        "status": "retired",
        "source": (
            "https://docs.spring.io/spring-framework/docs/current/javadoc-api/org/springframework/http/HttpStatus.html#INSUFFICIENT_SPACE_ON_RESOURCE"
        ),
    },
    {
        "code": 420,
        "phrase": "Method Failure",
        "phrase_ko": "메서드 실패",
        "vendor": "spring",
        "description": (
            "A deprecated constant in Spring's HttpStatus, taken from an early WebDAV "
            "draft in which a failure in one part of a method stopped the whole "
            "method. The published WebDAV RFCs dropped it; the nearest registered code "
            "is 424 Failed Dependency."
        ),
        "description_ko": (
            "Spring HttpStatus에 @Deprecated로 남아 있는 상수로, 초기 WebDAV 초안에서 "
            "메서드의 일부가 실패해 메서드 전체가 멈췄다는 뜻이었음. 정식 WebDAV "
            "RFC에는 없으며, 가장 가까운 등록 코드는 424 Failed Dependency임"
        ),
        "status": "retired",
        "source": (
            "https://docs.spring.io/spring-framework/docs/current/javadoc-api/org/springframework/http/HttpStatus.html#METHOD_FAILURE"
        ),
    },
    {
        "code": 420,
        "phrase": "Enhance Your Calm",
        "phrase_ko": "진정하세요",
        "vendor": "twitter",
        "description": (
            "Twitter's version 1 Search and Trends APIs sent 420 to clients that had "
            "hit their rate limit, starting in January 2010. API v1.1 replaced it with "
            "the standard 429 Too Many Requests."
        ),
        "description_ko": (
            "Twitter API v1의 Search·Trends API가 2010년 1월부터 요청 한도를 넘긴 "
            "클라이언트에게 보내던 코드임. API v1.1부터는 표준인 429 Too Many "
            "Requests로 바뀌었음"
        ),
        "status": "retired",
        "source": (
            "http://groups.google.com/group/twitter-api-announce/browse_thread/thread/3f3b0fd38deb9b0f"
        ),
    },
    {
        "code": 421,
        "phrase": "Destination Locked",
        "phrase_ko": "대상 잠김",
        "vendor": "spring",
        "description": (
            "A deprecated constant in Spring's HttpStatus, taken from an early WebDAV "
            "draft in which the destination of a COPY or MOVE was locked. It clashes "
            "with the registered 421 Misdirected Request."
        ),
        "description_ko": (
            "Spring HttpStatus에 @Deprecated로 남아 있는 상수로, 초기 WebDAV 초안에서 "
            "COPY나 MOVE의 대상(Destination)이 잠겨 있다는 뜻이었음. IANA에 등록된 421 "
            "Misdirected Request와 번호가 겹침"
        ),
        "status": "retired",
        "source": (
            "https://docs.spring.io/spring-framework/docs/current/javadoc-api/org/springframework/http/HttpStatus.html#DESTINATION_LOCKED"
        ),
    },
    {
        "code": 440,
        "phrase": "Login Timeout",
        "phrase_ko": "로그인 시간 초과",
        "vendor": "iis",
        "description": (
            "Outlook Web Access on Exchange, served through IIS, answers 440 when the "
            "user's sign-in session is no longer accepted and a new login is needed. "
            "Microsoft also names IIS permission and authentication faults as causes."
        ),
        "description_ko": (
            "IIS 위에서 동작하는 Exchange의 Outlook Web Access(OWA)가 로그인 세션을 더 "
            "이상 인정하지 않아 다시 로그인해야 할 때 보내는 코드임. Microsoft는 IIS의 "
            "권한·인증 설정 문제도 원인으로 듦"
        ),
        "status": "current",
        "source": (
            "https://technet.microsoft.com/en-us/library/dd789741(v=EXCHG.80).aspx"
        ),
    },
    {
        "code": 444,
        "phrase": "No Response",
        "phrase_ko": "응답 없음",
        "vendor": "nginx",
        "description": (
            "Set in an nginx configuration (return 444) to close the connection "
            "without sending any response. The client only sees a dropped connection; "
            "444 appears in nginx's access log alone."
        ),
        "description_ko": (
            "nginx 설정에서 return 444로 지정하면 아무 응답도 보내지 않고 연결을 닫음. "
            "클라이언트에게는 연결이 끊긴 것으로만 보이고, 444는 nginx 접근 로그에만 "
            "남음"
        ),
        "status": "current",
        "source": "https://nginx.org/en/docs/http/ngx_http_rewrite_module.html#return",
    },
    {
        "code": 449,
        "phrase": "Retry With",
        "phrase_ko": "다시 시도",
        "vendor": "iis",
        "description": (
            "Microsoft's WebDAV extensions [MS-WDV] send 449 with an Ms-Echo-Request "
            "header when the server needs more from the client, which then repeats the "
            "request with Ms-Echo-Reply. Exchange ActiveSync uses the same number to "
            "make a device fetch its security policy first."
        ),
        "description_ko": (
            "Microsoft WebDAV 확장([MS-WDV])에서 서버가 클라이언트에게 정보를 더 "
            "받아야 할 때 449를 Ms-Echo-Request 헤더와 함께 보내며, 클라이언트는 "
            "Ms-Echo-Reply 헤더를 붙여 요청을 다시 보냄. Exchange ActiveSync는 기기가 "
            "보안 정책부터 받도록(프로비저닝) 할 때 같은 번호를 씀"
        ),
        "status": "current",
        "source": (
            "https://learn.microsoft.com/en-us/openspecs/windows_protocols/ms-wdv/83ecf19f-e0f8-4706-aae5-ba618f52f100"
        ),
    },
    {
        "code": 451,
        "phrase": "Redirect",
        "phrase_ko": "다른 서버로 리다이렉트",
        "vendor": "iis",
        "description": (
            "Exchange ActiveSync answers 451 when a device reached a server that "
            "cannot get to the user's mailbox, or a better server exists. The "
            "X-MS-Location header, if present, gives the URL to use; otherwise the "
            "client runs Autodiscover again. Unrelated to IANA's 451 Unavailable For "
            "Legal Reasons."
        ),
        "description_ko": (
            "Exchange ActiveSync에서 기기가 사용자의 사서함에 접근할 수 없는 서버에 "
            "연결했거나 더 알맞은 서버가 있을 때 보내는 코드임. X-MS-Location 헤더가 "
            "있으면 그 URL을 쓰고, 없으면 자동 검색(Autodiscover)을 다시 함. IANA의 "
            "451 Unavailable For Legal Reasons와는 관계없음"
        ),
        "status": "current",
        "source": (
            "https://learn.microsoft.com/en-us/openspecs/exchange_server_protocols/ms-ashttp/a907164a-907c-48b4-b2ef-44a06867f03f"
        ),
    },
    {
        "code": 456,
        "phrase": "Blocked",
        "phrase_ko": "계정 차단됨",
        "vendor": "iis",
        "description": (
            "Exchange ActiveSync sends 456 when the user's account is blocked, so the "
            "device cannot synchronize."
        ),
        "description_ko": (
            "Exchange ActiveSync에서 사용자 계정이 차단되어 기기가 동기화할 수 없을 때 "
            "보내는 코드임"
        ),
        "status": "current",
        "source": (
            "https://learn.microsoft.com/en-us/openspecs/exchange_server_protocols/ms-ashttp/e092c310-7609-4a38-90cc-10688f79cf8d"
        ),
    },
    {
        "code": 457,
        "phrase": "Expired Password",
        "phrase_ko": "비밀번호 만료",
        "vendor": "iis",
        "description": (
            "Exchange ActiveSync sends 457 when the user's password has expired and "
            "has to be changed before the device can synchronize again."
        ),
        "description_ko": (
            "Exchange ActiveSync에서 사용자 비밀번호가 만료되었을 때 보내는 코드로, "
            "비밀번호를 바꿔야 기기가 다시 동기화할 수 있음"
        ),
        "status": "current",
        "source": (
            "https://learn.microsoft.com/en-us/openspecs/exchange_server_protocols/ms-ashttp/e092c310-7609-4a38-90cc-10688f79cf8d"
        ),
    },
    {
        "code": 460,
        "phrase": "Client Closed Connection",
        "phrase_ko": "클라이언트 연결 종료",
        "vendor": "aws_elb",
        "description": (
            "An Application Load Balancer records 460 when the client closed the "
            "connection before the load balancer's idle timeout, usually because the "
            "client's own timeout is shorter than the target takes to respond."
        ),
        "description_ko": (
            "AWS Application Load Balancer가 로드 밸런서의 유휴 시간 제한이 지나기 "
            "전에 클라이언트가 연결을 닫았을 때 기록하는 코드임. 대개 클라이언트 쪽 "
            "시간 제한이 대상(target)의 응답 시간보다 짧아서 생김"
        ),
        "status": "current",
        "source": (
            "https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-troubleshooting.html#http-460-issues"
        ),
    },
    {
        "code": 463,
        "phrase": "Too Many X-Forwarded-For Addresses",
        "phrase_ko": "X-Forwarded-For 주소 과다",
        "vendor": "aws_elb",
        "description": (
            "An Application Load Balancer rejects a request whose X-Forwarded-For "
            "header lists more than 30 IP addresses."
        ),
        "description_ko": (
            "AWS Application Load Balancer가 X-Forwarded-For 헤더에 IP 주소가 30개를 "
            "넘게 담긴 요청을 거부할 때 보내는 코드임"
        ),
        "status": "current",
        "source": (
            "https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-troubleshooting.html#http-463-issues"
        ),
    },
    {
        "code": 464,
        "phrase": "Incompatible Protocol Version",
        "phrase_ko": "프로토콜 버전 불일치",
        "vendor": "aws_elb",
        "description": (
            "An Application Load Balancer sends 464 when the request's protocol does "
            "not suit the target group's protocol version, for example HTTP/1.1 sent "
            "to a gRPC or HTTP/2 target group, or a non-POST HTTP/2 request sent to a "
            "gRPC one."
        ),
        "description_ko": (
            "AWS Application Load Balancer에서 요청 프로토콜이 대상 그룹의 프로토콜 "
            "버전과 맞지 않을 때 보내는 코드임. 예를 들어 gRPC나 HTTP/2 대상 그룹에 "
            "HTTP/1.1 요청이 오거나, gRPC 대상 그룹에 POST가 아닌 HTTP/2 요청이 온 "
            "경우임"
        ),
        "status": "current",
        "source": (
            "https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-troubleshooting.html#http-464-issues"
        ),
    },
    {
        "code": 494,
        "phrase": "Request Header Too Large",
        "phrase_ko": "요청 헤더 또는 쿠키가 너무 큼",
        "vendor": "nginx",
        "description": (
            "nginx's own code for a request whose header fields, often cookies, do not "
            "fit in large_client_header_buffers. It can be caught with error_page; "
            'otherwise the client gets 400 Bad Request with a "Request Header Or '
            'Cookie Too Large" page.'
        ),
        "description_ko": (
            "요청 헤더(주로 쿠키)가 large_client_header_buffers 한도에 들어가지 않을 "
            "때 쓰는 nginx 자체 코드임. error_page로 처리할 수 있으며, 그렇지 않으면 "
            '클라이언트는 "Request Header Or Cookie Too Large" 페이지와 함께 400 Bad '
            "Request를 받음"
        ),
        "status": "current",
        "source": (
            "https://github.com/nginx/nginx/blob/master/src/http/ngx_http_request.h"
        ),
    },
    {
        "code": 495,
        "phrase": "SSL Certificate Error",
        "phrase_ko": "클라이언트 인증서 오류",
        "vendor": "nginx",
        "description": (
            "nginx's own code for a client certificate that failed verification "
            "(ssl_verify_client). It exists so that error_page can handle the case; "
            "without a handler the client gets 400 Bad Request."
        ),
        "description_ko": (
            "클라이언트 인증서 검증(ssl_verify_client)에 실패했을 때 쓰는 nginx 자체 "
            "코드임. error_page로 따로 처리하기 위한 것이며, 처리하지 않으면 "
            "클라이언트는 400 Bad Request를 받음"
        ),
        "status": "current",
        "source": "https://nginx.org/en/docs/http/ngx_http_ssl_module.html#errors",
    },
    {
        "code": 496,
        "phrase": "SSL Certificate Required",
        "phrase_ko": "클라이언트 인증서 필요",
        "vendor": "nginx",
        "description": (
            "nginx's own code for a client that did not present a required client "
            "certificate. Like 495 it is meant for error_page, and the client "
            "otherwise sees 400 Bad Request."
        ),
        "description_ko": (
            "필수 클라이언트 인증서를 보내지 않은 요청에 쓰는 nginx 자체 코드임. "
            "495처럼 error_page에서 다루기 위한 것이며, 그렇지 않으면 클라이언트는 400 "
            "Bad Request를 받음"
        ),
        "status": "current",
        "source": "https://nginx.org/en/docs/http/ngx_http_ssl_module.html#errors",
    },
    {
        "code": 497,
        "phrase": "HTTP Request Sent to HTTPS Port",
        "phrase_ko": "HTTPS 포트로 보낸 HTTP 요청",
        "vendor": "nginx",
        "description": (
            "nginx's own code for a plain HTTP request sent to a port that expects "
            "HTTPS. It is often caught with error_page to redirect the visitor to "
            "https://; otherwise the client gets 400 Bad Request."
        ),
        "description_ko": (
            "HTTPS를 기대하는 포트로 평문 HTTP 요청이 들어왔을 때 쓰는 nginx 자체 "
            "코드임. 보통 error_page로 받아 https:// 주소로 리다이렉트하며, 그렇지 "
            "않으면 클라이언트는 400 Bad Request를 받음"
        ),
        "status": "current",
        "source": "https://nginx.org/en/docs/http/ngx_http_ssl_module.html#errors",
    },
    {
        "code": 498,
        "phrase": "Invalid Token",
        "phrase_ko": "유효하지 않은 토큰",
        "vendor": "esri_arcgis",
        "description": (
            "ArcGIS services report 498 when the token sent with a request is invalid "
            "or has expired, usually inside a JSON error object rather than in the "
            "HTTP status line. The client needs a fresh token."
        ),
        "description_ko": (
            "ArcGIS 서비스가 요청에 담긴 토큰이 유효하지 않거나 만료되었을 때 알리는 "
            "코드임. 대개 HTTP 상태 줄이 아니라 JSON 오류 객체 안에 담겨 오며, "
            "클라이언트는 새 토큰을 받아야 함"
        ),
        "status": "current",
        "source": (
            "https://github.com/Esri/arcgis-rest-js/blob/main/packages/arcgis-rest-request/src/utils/check-for-errors.ts"
        ),
    },
    {
        "code": 499,
        "phrase": "Token Required",
        "phrase_ko": "토큰 필요",
        "vendor": "esri_arcgis",
        "description": (
            "ArcGIS services report 499 when a secured resource is requested without "
            "any token, again usually in the JSON error body. nginx uses the same "
            "number for something else."
        ),
        "description_ko": (
            "ArcGIS 서비스가 보안이 걸린 리소스를 토큰 없이 요청받았을 때 알리는 "
            "코드임. 498과 마찬가지로 대개 JSON 오류 본문에 담겨 옴. nginx에서는 같은 "
            "번호가 다른 뜻임"
        ),
        "status": "current",
        "source": (
            "https://github.com/Esri/arcgis-rest-js/blob/main/packages/arcgis-rest-request/src/utils/check-for-errors.ts"
        ),
    },
    {
        "code": 499,
        "phrase": "Client Closed Request",
        "phrase_ko": "응답 전 클라이언트 연결 끊김",
        "vendor": "nginx",
        "description": (
            "nginx logs 499 when the client closed the connection before nginx could "
            "send the response, often after a client-side timeout; nothing reaches the "
            "client. It is among the most common codes in nginx access logs."
        ),
        "description_ko": (
            "nginx가 응답을 보내기 전에 클라이언트가 연결을 닫았을 때 로그에 남기는 "
            "코드로, 클라이언트 쪽 시간 초과가 흔한 원인임. 클라이언트에는 아무것도 "
            "전달되지 않으며, nginx 접근 로그에서 가장 흔히 보이는 코드 중 하나임"
        ),
        "status": "current",
        "source": (
            "https://github.com/nginx/nginx/blob/master/src/http/ngx_http_request.h"
        ),
    },
    {
        "code": 509,
        "phrase": "Bandwidth Limit Exceeded",
        "phrase_ko": "대역폭 한도 초과",
        "vendor": "apache_cpanel",
        "description": (
            "cPanel's mod_bwlimited Apache module serves a \"Bandwidth Limit "
            'Exceeded" page once a hosting account has used up its bandwidth '
            "allowance. The site stays unavailable until the limit resets or is raised."
        ),
        "description_ko": (
            "호스팅 계정이 할당된 대역폭을 다 쓰면 cPanel의 Apache 모듈인 "
            'mod_bwlimited가 "Bandwidth Limit Exceeded" 페이지를 보여 줌. 한도가 '
            "초기화되거나 늘어날 때까지 사이트에 접속할 수 없음"
        ),
        "status": "current",
        "source": "https://github.com/CpanelInc/mod_bwlimited",
    },
    {
        "code": 520,
        "phrase": "Web Server Returns an Unknown Error",
        "phrase_ko": "알 수 없는 원본 서버 오류",
        "vendor": "cloudflare",
        "description": (
            "Cloudflare got an empty, malformed or otherwise unexpected response from "
            "the origin server, for example after an origin crash, oversized headers "
            "or a broken HTTP/2 setup."
        ),
        "description_ko": (
            "원본 서버가 빈 응답이나 형식이 잘못된 응답처럼 예상하지 못한 응답을 "
            "Cloudflare에 돌려주었음. 원본 서버의 비정상 종료, 너무 큰 헤더, 잘못된 "
            "HTTP/2 설정 등이 원인임"
        ),
        "status": "current",
        "source": (
            "https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-520/"
        ),
    },
    {
        "code": 521,
        "phrase": "Web Server Is Down",
        "phrase_ko": "원본 웹 서버 다운",
        "vendor": "cloudflare",
        "description": (
            "The origin server refused Cloudflare's connection, typically because the "
            "web server is offline or a firewall blocks Cloudflare's IP ranges."
        ),
        "description_ko": (
            "원본 서버가 Cloudflare의 연결을 거부했음. 웹 서버가 꺼져 있거나 방화벽이 "
            "Cloudflare IP 대역을 막고 있는 경우가 많음"
        ),
        "status": "current",
        "source": (
            "https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-521/"
        ),
    },
    {
        "code": 522,
        "phrase": "Connection Timed Out",
        "phrase_ko": "연결 시간 초과",
        "vendor": "cloudflare",
        "description": (
            "Cloudflare timed out contacting the origin: either the TCP handshake did "
            "not finish within about 19 seconds, or the origin did not acknowledge the "
            "request within 90 seconds of connecting."
        ),
        "description_ko": (
            "Cloudflare가 원본 서버에 연결하다 시간이 초과되었음. TCP 핸드셰이크가 약 "
            "19초 안에 끝나지 않았거나, 연결된 뒤 90초 안에 요청에 대한 ACK가 오지 "
            "않은 경우임"
        ),
        "status": "current",
        "source": (
            "https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-522/"
        ),
    },
    {
        "code": 523,
        "phrase": "Origin Is Unreachable",
        "phrase_ko": "원본 서버에 도달할 수 없음",
        "vendor": "cloudflare",
        "description": (
            "Cloudflare could not reach the origin at all, usually because of a wrong "
            "origin IP address in DNS or a routing problem on the way to it."
        ),
        "description_ko": (
            "Cloudflare가 원본 서버에 아예 닿지 못했음. DNS에 적힌 원본 IP 주소가 "
            "틀렸거나 가는 경로에 라우팅 문제가 있는 경우가 많음"
        ),
        "status": "current",
        "source": (
            "https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-523/"
        ),
    },
    {
        "code": 524,
        "phrase": "A Timeout Occurred",
        "phrase_ko": "원본 응답 시간 초과",
        "vendor": "cloudflare",
        "description": (
            "Cloudflare connected to the origin, but no HTTP response arrived within "
            "the Proxy Read Timeout (100 seconds by default), often because of a "
            "long-running job on the origin."
        ),
        "description_ko": (
            "Cloudflare가 원본 서버에 연결은 했지만 Proxy Read Timeout(기본 100초) "
            "안에 HTTP 응답을 받지 못했음. 원본 서버에서 오래 걸리는 작업이 흔한 "
            "원인임"
        ),
        "status": "current",
        "source": (
            "https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-524/"
        ),
    },
    {
        "code": 525,
        "phrase": "SSL Handshake Failed",
        "phrase_ko": "SSL 핸드셰이크 실패",
        "vendor": "cloudflare",
        "description": (
            "The TLS handshake between Cloudflare and the origin failed while the SSL "
            "mode is Full or Full (strict), for example because the origin has no "
            "valid certificate or no cipher suite in common."
        ),
        "description_ko": (
            "SSL 모드가 Full 또는 Full (strict)일 때 Cloudflare와 원본 서버 사이의 TLS "
            "핸드셰이크가 실패했음. 원본 서버에 유효한 인증서가 없거나 공통 암호 "
            "스위트가 없는 경우 등임"
        ),
        "status": "current",
        "source": (
            "https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-525/"
        ),
    },
    {
        "code": 526,
        "phrase": "Invalid SSL Certificate",
        "phrase_ko": "유효하지 않은 SSL 인증서",
        "vendor": "cloudflare",
        "description": (
            "With the SSL mode set to Full (strict), Cloudflare could not validate the "
            "origin's certificate, for instance because it is expired, revoked, "
            "self-signed or issued for another hostname."
        ),
        "description_ko": (
            "SSL 모드가 Full (strict)일 때 Cloudflare가 원본 서버의 인증서를 검증하지 "
            "못했음. 만료되거나 해지된 인증서, 자체 서명 인증서, 호스트 이름이 맞지 "
            "않는 인증서 등이 원인임"
        ),
        "status": "current",
        "source": (
            "https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-526/"
        ),
    },
    {
        "code": 527,
        "phrase": "Railgun Listener to Origin Error",
        "phrase_ko": "Railgun 연결 오류",
        "vendor": "cloudflare",
        "description": (
            "Signalled a broken connection between Cloudflare and the origin's Railgun "
            "listener (rg-listener), or between that listener and the origin. "
            "Cloudflare retired Railgun in early 2024, so the code is no longer sent."
        ),
        "description_ko": (
            "Cloudflare와 원본 쪽 Railgun 리스너(rg-listener) 사이, 또는 그 리스너와 "
            "원본 서버 사이의 연결이 끊겼음을 알리던 코드임. Cloudflare가 2024년 초 "
            "Railgun의 사용을 종료해 더는 쓰이지 않음"
        ),
        "status": "retired",
        "source": (
            "https://github.com/cloudflare/cloudflare-docs/blob/0a96d9c6ee6256f608b965025fd648d55befc5c5/content/support/Troubleshooting/Cloudflare%20Errors/Troubleshooting%20Cloudflare%205XX%20errors.md"
        ),
    },
    {
        "code": 530,
        "phrase": "Origin DNS Error",
        "phrase_ko": "원본 DNS 오류",
        "vendor": "cloudflare",
        "description": (
            "Cloudflare could not resolve the origin hostname. The error page also "
            "carries a Cloudflare 1xxx code, such as 1016, that names the actual cause."
        ),
        "description_ko": (
            "Cloudflare가 원본 호스트 이름을 DNS로 조회(resolve)하지 못했음. 오류 "
            "페이지에는 실제 원인을 알려 주는 Cloudflare 1xxx 오류 코드(예: 1016)가 "
            "함께 나옴"
        ),
        "status": "current",
        "source": (
            "https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-530/"
        ),
    },
    {
        "code": 561,
        "phrase": "Unauthorized",
        "phrase_ko": "인증 실패(IdP 오류)",
        "vendor": "aws_elb",
        "description": (
            "An Application Load Balancer sends 561 when a listener rule authenticates "
            "users and the identity provider returned an error code during sign-in."
        ),
        "description_ko": (
            "AWS Application Load Balancer에서 사용자를 인증하는 리스너 규칙이 있을 "
            "때, ID 공급자(IdP)가 로그인 중에 오류 코드를 돌려주면 보내는 코드임"
        ),
        "status": "current",
        "source": (
            "https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-troubleshooting.html#http-561-issues"
        ),
    },
    {
        "code": 598,
        "phrase": "Network Read Timeout Error",
        "phrase_ko": "네트워크 읽기 시간 초과",
        "vendor": "proxies",
        "description": (
            "An informal code said to be used by some HTTP proxies when the server "
            "behind them stopped sending data before a read timeout. No proxy vendor "
            "is known to document it."
        ),
        "description_ko": (
            "일부 HTTP 프록시가 상위 서버에서 데이터를 읽다가 시간이 초과되었을 때 "
            "쓴다고 알려진 비공식 코드임. 이를 문서로 정의한 프록시 제품은 알려져 있지 "
            "않음"
        ),
        "status": "current",
        "source": "https://http.dev/598",
    },
    {
        "code": 599,
        "phrase": "Network Connect Timeout Error",
        "phrase_ko": "네트워크 연결 시간 초과",
        "vendor": "proxies",
        "description": (
            "An informal code for a proxy or client that could not open a connection "
            "to the server in time. Tornado's HTTP client, for one, reports 599 itself "
            "whenever no response arrived at all."
        ),
        "description_ko": (
            "프록시나 클라이언트가 제한 시간 안에 서버와 연결을 맺지 못했을 때 쓰는 "
            "비공식 코드임. 예를 들어 Tornado의 HTTP 클라이언트는 응답을 전혀 받지 "
            "못하면 스스로 599를 보고함"
        ),
        "status": "current",
        "source": (
            "https://www.tornadoweb.org/en/stable/httpclient.html#tornado.httpclient.HTTPClientError"
        ),
    },
    {
        "code": 999,
        "phrase": "Request Denied",
        "phrase_ko": "요청 거부됨",
        "vendor": "linkedin",
        "description": (
            "LinkedIn answers 999 to requests it takes for automated scraping, such as "
            "those from link checkers, crawlers or cloud-hosted IP addresses."
        ),
        "description_ko": (
            "LinkedIn이 링크 검사기, 크롤러, 클라우드 IP 등에서 온 요청을 자동 "
            "수집(스크레이핑)으로 판단했을 때 보내는 코드임"
        ),
        "status": "current",
        "source": "https://github.com/gjtorikian/html-proofer/issues/215",
    },
)
