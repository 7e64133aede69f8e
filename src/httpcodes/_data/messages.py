"""Every user-facing label and message, in English and Korean.

Data only: literals, no logic, no imports.  The library's findings, the
command line and ``tools/generate.py`` (the tables of docs/codes*.md and
docs/unofficial*.md) all read their words from here, through
``httpcodes.messages.message``, so none of them can word a thing differently
from the others.

Each entry is ``key: (English, Korean)``.  ``{name}`` fields are filled in
when the text is used; both languages must name the same fields (a test
checks).  In Korean a field may carry a particle pair as its format spec,
``{code:은/는}``: the particle that fits the value's last sound follows it
(docs/style.ko.md, section 6).  Korean sentences end in the noun form and the
last sentence has no period (docs/style.ko.md, section 2).
"""

MESSAGES = {
    # -- labels of a code's fields (lookup output, docs tables) -------------
    "label.class": ("class", "분류"),
    "label.reference": ("reference", "참조"),
    "label.aliases": ("also", "다른 이름"),
    "label.unofficial": ("unofficial", "비공식"),
    "label.policy": ("policy", "정책"),
    "label.body": ("body", "본문"),
    "label.source": ("source", "출처"),
    "label.basis": ("basis", "근거"),
    "label.headers": ("headers", "헤더 규칙"),
    "label.content": ("content", "본문"),
    # -- what httpcodes.wsgi, httpcodes.asgi and httpcodes.testing checked --
    "label.exchange": (
        "{method} {path!r}, answered {status}",
        "{method} {path!r} 요청, {status} 응답",
    ),
    "label.answer": ("{method}, answered {status}", "{method} 요청, {status} 응답"),
    "label.long_number": (
        "{head}... (a number of {count} digits)",
        "{head}... ({count}자리 수)",
    ),
    # What a quotation cut short leaves out: "'GET, HEAD, …'... (이하 130자
    # 생략)" (httpcodes.messages places it).
    "label.omitted": (
        "({count} more characters)",
        "(이하 {count}자 생략)",
    ),
    # -- column headers (upper-cased in English by the command line) --------
    "header.code": ("Code", "코드"),
    "header.phrase": ("Phrase", "제목"),
    "header.class": ("Class", "분류"),
    "header.note": ("Note", "비고"),
    "header.status": ("Status", "상태"),
    "header.reference": ("Reference", "참조"),
    "header.description": ("Description", "설명"),
    "header.vendor": ("Vendor", "벤더"),
    "header.source": ("Source", "출처"),
    "header.send_when": ("Send it when", "이럴 때 보냄"),
    "header.otherwise": ("Otherwise", "이럴 때는 다른 코드"),
    "header.see_also": ("See also", "함께 볼 코드"),
    "heading.confused": ("Commonly confused codes", "자주 헷갈리는 코드"),
    "heading.when_to_use": ("When to use each code", "코드별 사용 지침"),
    # -- notes on a registration (IANA registry) and on a deprecation -------
    "note.temporary": (
        "temporary registration, expires {date}",
        "임시 등록, 만료일 {date}",
    ),
    "note.temporary_expired": (
        "temporary registration, expired {date}",
        "임시 등록, {date} 만료됨",
    ),
    "note.unused": ("reserved, unused", "미사용 예약"),
    "note.obsoleted": ("obsoleted", "폐지"),
    "note.deprecated": ("deprecated", "사용 중단"),
    "note.unregistered": ("not registered with IANA", "IANA에 등록되지 않음"),
    # -- notes on an unofficial code ----------------------------------------
    "note.retired": ("retired", "사용 종료"),
    "note.historical": ("historical", "실사용 근거 없음"),
    "note.clashes": (
        "clashes with IANA {code} {phrase}",
        "IANA 코드와 겹침: {code} {phrase}",
    ),
    # -- how HTTP reads a number it does not know (RFC 9110, Section 15) ----
    "text.unregistered": (
        "{code} is not registered with IANA. A client treats it as {fallback}"
        " {phrase}, class {range} {label} (RFC 9110, Section 15).",
        "{code:은/는} IANA에 등록되지 않은 코드임. 클라이언트는 이 코드를"
        " 같은 분류({range} {label})의 {fallback} {phrase:으로/로} 처리함"
        " (RFC 9110, Section 15)",
    ),
    "text.treated_as": (
        "A client that does not know it treats it as {fallback} {phrase}"
        " (RFC 9110, Section 15).",
        "이 코드를 모르는 클라이언트는 {fallback} {phrase:으로/로} 처리함"
        " (RFC 9110, Section 15)",
    ),
    "text.out_of_range": (
        "{code} is outside 100 to 599, so HTTP does not accept it as a status"
        " code and it has no class (RFC 9110, Section 15).",
        "{code:은/는} 100~599 범위 밖이므로 HTTP 상태 코드로 받아들여지지 않고"
        " 분류도 없음 (RFC 9110, Section 15)",
    ),
    # -- redirect follow-up -------------------------------------------------
    "text.body_kept": ("kept", "유지함"),
    "text.body_dropped": (
        "dropped; remove {headers}",
        "버림; 제거할 헤더: {headers}",
    ),
    # -- errors -------------------------------------------------------------
    "error.unknown_key": (
        "{key!r} is not a registered HTTP status code, name or phrase",
        "등록된 HTTP 상태 코드, 이름, 사유 구문, 한국어 제목이 아님: {key!r}",
    ),
    "error.search_hint": (
        "{message}; to find a code by situation, use httpcodes search",
        "{message}. 상황이나 다른 말로 찾으려면 httpcodes search를 쓰기 바람",
    ),
    "error.suggestions": (
        "{message}; did you mean {choices}?",
        "{message}. 비슷한 이름: {choices}",
    ),
    "error.or": (" or ", ", "),
    "error.not_a_number": (
        "{key!r} is not an HTTP status code; status codes run from 100 to 599",
        "HTTP 상태 코드가 아님: {key!r}. 상태 코드는 100부터 599까지임",
    ),
    "error.unregistered_number": (
        "{key} is not a registered HTTP status code (IANA has not assigned it;"
        " see httpcodes {key} for how clients treat it)",
        "등록된 HTTP 상태 코드가 아님: {key}. IANA가 배정하지 않은 코드임"
        " (클라이언트가 어떻게 처리하는지는 httpcodes {key}로 볼 수 있음)",
    ),
    "error.not_a_redirect": (
        "{code} is not a redirect a client follows; the followable redirects"
        " are {codes}",
        "{code:은/는} 클라이언트가 따라가는 리다이렉트가 아님. 따라가는"
        " 리다이렉트는 {codes}임",
    ),
    "error.bad_method": (
        "{method!r} is not an HTTP method: a method is a token of ASCII letters,"
        " digits and {token_symbols} (RFC 9110, Section 9.1)",
        "HTTP 메서드가 아님: {method!r}. 메서드는 ASCII 영문자와 숫자, 기호"
        " {token_symbols}만으로 된 토큰임 (RFC 9110, Section 9.1)",
    ),
    "error.no_match": ("no code matches", "일치하는 코드가 없음"),
    "error.long_query": (
        "the query {text!r} is too long to search; ask in fewer words",
        "검색어가 너무 길어 검색할 수 없음: {text!r}. 더 적은 낱말로 검색하기 바람",
    ),
    "error.no_match_for": (
        "no code matches {text!r}",
        "일치하는 코드가 없음: {text!r}",
    ),
    "error.unofficial_deprecated": (
        "--deprecated and --no-deprecated apply to registered codes; unofficial"
        " codes are marked retired or historical instead",
        "--deprecated와 --no-deprecated는 등록된 코드에만 쓸 수 있음. 비공식"
        " 코드에는 사용 중단 대신 '사용 종료'와 '실사용 근거 없음' 표시가 붙음",
    ),
    "error.bad_rule_name": (
        "{value!r} is not a rule name: a rule name is words of lower-case ASCII"
        " letters and digits joined by single hyphens, such as"
        " '405-allow-missing'",
        "규칙 이름이 아님: {value!r}. 규칙 이름은 ASCII 소문자와 숫자로 된 낱말을"
        " 하이픈 하나로 이은 것임 (예: '405-allow-missing')",
    ),
    "error.bad_language": (
        "unknown language {value!r}; use en, ko or both",
        "알 수 없는 언어: {value!r}. en, ko, both 중 하나여야 함",
    ),
    "error.bad_class": (
        "unknown class {value!r}; use one of {choices}",
        "알 수 없는 분류: {value!r}. {choices} 중 하나여야 함",
    ),
    "error.bad_policy": (
        "unknown policy {value!r}; use {choices}",
        "알 수 없는 정책: {value!r}. {choices} 중 하나여야 함",
    ),
    "error.bad_colour": (
        "unknown colour mode {value!r}; use auto, always or never",
        "알 수 없는 색상 모드: {value!r}. auto, always, never 중 하나여야 함",
    ),
    "error.bad_shell": (
        "unknown shell {value!r}; use bash or zsh",
        "알 수 없는 셸: {value!r}. bash, zsh 중 하나여야 함",
    ),
    "error.unrecognized": (
        "unrecognized arguments: {arguments}",
        "알 수 없는 인자: {arguments!r}",
    ),
    "error.usage": ("error", "오류"),
    "error.try_help": (
        "try '{prog} --help'",
        "도움말은 '{prog} --help'로 볼 수 있음",
    ),
    "error.unknown_option": (
        "unknown option {value!r}",
        "알 수 없는 옵션: {value!r}",
    ),
    # -- argparse's own errors, in the catalogue's words ---------------------
    "error.required": (
        "the following arguments are required: {value}",
        "다음 인자가 필요함: {value}",
    ),
    "error.expected_one": ("expected one argument", "값이 하나 필요함"),
    "error.expected_some": (
        "expected at least one argument",
        "값이 하나 이상 필요함",
    ),
    "error.expected_at_most_one": (
        "expected at most one argument",
        "값은 하나까지만 줄 수 있음",
    ),
    "error.not_allowed_with": (
        "not allowed with argument {value}",
        "{value} 옵션과 함께 쓸 수 없음",
    ),
    "error.ignored_value": (
        "ignored explicit argument {value}",
        "값을 받지 않는 옵션에 값이 주어짐: {value}",
    ),
    "error.stdout_closed": (
        "cannot write to standard output: it is closed",
        "표준 출력에 쓸 수 없음. 표준 출력이 닫혀 있음",
    ),
    "error.stdout_failed": (
        "cannot write to standard output: {reason}",
        "표준 출력에 쓸 수 없음: {reason}",
    ),
    "error.bad_limit": (
        "invalid limit {value!r}: a count of codes, 0 for all",
        "잘못된 개수: {value!r}. 0 이상의 정수여야 함 (0이면 모두 보여 줌)",
    ),
    "error.compare_needs_two": (
        "compare needs at least two different codes",
        "compare에는 서로 다른 코드가 둘 이상 필요함",
    ),
    # The two levels of a finding that are no RFC keyword, as the command
    # line shows them (docs/style.ko.md, section 9); the keywords themselves
    # (MUST, SHOULD NOT, ...) stay as the RFCs write them, in both languages.
    "level.contradiction": ("CONTRADICTION", "모순"),
    "level.note": ("NOTE", "참고"),
    "text.no_findings": (
        "nothing the standards require is missing or broken",
        "표준이 요구하는 것 중 빠지거나 어긋난 것이 없음",
    ),
    "text.findings": (
        "problems found: {count}",
        "발견된 문제: {count}건",
    ),
    "error.bad_header": (
        "invalid header {value!r}: write it as 'Name: value'",
        "잘못된 헤더: {value!r}. '이름: 값' 형식이어야 함 (예: 'Retry-After: 120')",
    ),
    "text.no_distinction": (
        "These codes are not commonly confused; when to use each:",
        "자주 헷갈리는 코드 조합이 아님. 코드마다 언제 쓰는지는 다음과 같음",
    ),
    "error.internal": (
        "internal error ({reason}); please report it",
        "내부 오류가 발생함 ({reason}). 이 오류를 프로젝트에 알려 주기 바람",
    ),
    # -- check_response: who a rule is about (RFC 9110's conditions) --------
    "subject.any": ("A {code} response", "{code} 응답"),
    "subject.head": ("A {code} response to HEAD", "HEAD 요청에 대한 {code} 응답"),
    "subject.connect": (
        "A {code} response to CONNECT",
        "CONNECT 요청에 대한 {code} 응답",
    ),
    "subject.single-part": (
        "A single-part {code} response",
        "부분 하나를 보내는 {code} 응답",
    ),
    "subject.multipart": (
        "A multipart/byteranges {code} response",
        "multipart/byteranges 형식의 {code} 응답",
    ),
    "subject.content": ("content", "본문"),
    "subject.header": ("{header}", "{header} 헤더"),
    # -- check_response: findings -------------------------------------------
    # One text per requirement level: Korean words each level with its own
    # verb (docs/style.ko.md, section 9) and puts the keyword in parentheses
    # right after that verb; the note that follows gives the reason or what
    # the field carries, never the rule again.
    "finding.missing.must": (
        "{subject} MUST carry {what}, and this one has none. {note}",
        "{subject}에는 {what:이/가} 있어야 하는데(MUST) 없음. {note}",
    ),
    "finding.missing.should": (
        "{subject} SHOULD carry {what}, and this one has none. {note}",
        "{subject}에는 {what:이/가} 있는 것이 좋은데(SHOULD) 없음. {note}",
    ),
    "finding.present.must_not": (
        "{subject} MUST NOT carry {what}, and this one does. {note}",
        "{subject}에는 {what:이/가} 있어서는 안 되는데(MUST NOT) 있음. {note}",
    ),
    "finding.present.should_not": (
        "{subject} SHOULD NOT carry {what}, and this one does. {note}",
        "{subject}에는 {what:이/가} 없는 것이 좋은데(SHOULD NOT) 있음. {note}",
    ),
    "finding.malformed": (
        "The {header} value {value!r:.40} does not match its grammar: {why}."
        " A sender MUST NOT generate it (RFC 9110, Section 2.2).",
        "{header} 헤더 값({value!r:.40})이 문법에 맞지 않음. {why}. 보내는 쪽은"
        " 이런 값을 만들어서는 안 됨(MUST NOT, RFC 9110, Section 2.2)",
    ),
    "finding.repeated": (
        "{header} is sent {count} times; it holds a single value, so a sender"
        " MUST NOT generate more than one field line.",
        "{header} 헤더가 {count}번 있음. 값이 하나뿐인 헤더는 두 번 이상"
        " 보내서는 안 됨(MUST NOT)",
    ),
    "finding.416_range": (
        "A 416 response SHOULD give Content-Range as an unsatisfied-range such"
        " as 'bytes */1234', not {value!r:.40}.",
        "416 응답의 Content-Range 헤더는 'bytes */1234'처럼 전체 길이만 알리는"
        " 것이 좋은데(SHOULD) 범위를 알림 ({value!r:.40})",
    ),
    "finding.206_unsatisfied": (
        "A 206 response MUST give in Content-Range the range it encloses, such"
        " as 'bytes 0-499/1234', not {value!r:.40}.",
        "206 응답의 Content-Range 헤더는 'bytes 0-499/1234'처럼 담은 범위를"
        " 알려야 하는데(MUST) 전체 길이만 알림 ({value!r:.40})",
    ),
    # -- check_response: what is wrong with a field value --------------------
    "problem.uri.space": (
        "a space at position {position}; write it as %20",
        "{position}번째 글자가 공백임. %20으로 써야 함",
    ),
    "problem.uri.control": (
        "the control character {point} at position {position}",
        "{position}번째 글자가 제어 문자 {point}임",
    ),
    "problem.uri.character": (
        "{char!r:.40} at position {position}, which a URI cannot contain unencoded;"
        " percent-encode it (RFC 3986, Section 2.1)",
        "{position}번째 글자는 URI에 그대로 쓸 수 없음 ({char!r:.40})."
        " 퍼센트 인코딩해야 함 (RFC 3986, Section 2.1)",
    ),
    "problem.uri.percent": (
        "a '%' at position {position} not followed by two hex digits",
        "{position}번째 글자 '%' 뒤에 16진수 두 자리가 없음",
    ),
    "problem.uri.fragment": (
        "more than one '#'; a URI has at most one fragment",
        "URI에는 프래그먼트가 하나까지만 올 수 있는데 '#' 문자가 둘 이상임",
    ),
    "problem.uri.scheme": (
        "{scheme!r:.40} before the first ':' is not a URI scheme",
        "첫 ':' 문자 앞의 값이 URI 스킴이 아님 ({scheme!r:.40})",
    ),
    "problem.list.empty": (
        "an empty list element (RFC 9110, Section 5.6.1.1)",
        "목록에 빈 요소가 있음 (RFC 9110, Section 5.6.1.1)",
    ),
    "problem.list.quote": (
        "a quoted string that does not end (RFC 9110, Section 5.6.4)",
        "닫히지 않은 큰따옴표 문자열이 있음 (RFC 9110, Section 5.6.4)",
    ),
    "problem.allow.method": (
        "{method!r:.40} is not a method name (a token, RFC 9110, Section 9.1)",
        "메서드 이름(토큰)이 아닌 값이 있음 ({method!r:.40}, RFC 9110, Section 9.1)",
    ),
    "problem.retry_after.neither": (
        "neither delay-seconds (a whole number of seconds) nor an HTTP-date"
        " such as 'Sun, 06 Nov 1994 08:49:37 GMT'",
        "초 단위 정수도 HTTP-date(예: 'Sun, 06 Nov 1994 08:49:37 GMT')도 아님",
    ),
    "problem.retry_after.obsolete": (
        "an obsolete {form}; a sender MUST generate the IMF-fixdate form"
        " 'Sun, 06 Nov 1994 08:49:37 GMT' (RFC 9110, Section 5.6.7)",
        "옛 {form} 형식임. 보내는 쪽은 HTTP-date를 'Sun, 06 Nov 1994 08:49:37"
        " GMT' 같은 IMF-fixdate 형식으로 만들어야 함(MUST, RFC 9110, Section 5.6.7)",
    ),
    "problem.content_range.form": (
        "expected 'bytes first-last/length', 'bytes first-last/*' or 'bytes */length'",
        "'bytes 시작-끝/길이', 'bytes 시작-끝/*', 'bytes */길이' 중 하나여야 함",
    ),
    "problem.content_range.order": (
        "the last position {last} is before the first {first}",
        "끝 위치 {last:이/가} 시작 위치 {first}보다 작음",
    ),
    "problem.content_range.length": (
        "the complete length {length} is not greater than the last position {last}",
        "전체 길이 {length:이/가} 끝 위치 {last}보다 크지 않음",
    ),
    # -- check_response beside its request, issue 20 ------------------------
    # (new keys only, so that the rewording of the texts above, issue 22,
    # merges without conflict)
    "finding.101_not_requested": (
        "A 101 response switches protocols, and the request has no Upgrade."
        " A server MUST NOT switch to a protocol that the client did not offer"
        " in Upgrade (RFC 9110, Section 7.8).",
        "101 응답으로 프로토콜을 전환했는데 요청에 Upgrade 헤더가 없음. 서버는"
        " 클라이언트가 Upgrade 헤더로 제안하지 않은 프로토콜로 전환해서는 안"
        " 됨(MUST NOT, RFC 9110, Section 7.8)",
    ),
    "finding.101_not_offered": (
        "A 101 response switches to {protocol!r:.40}, which the request's Upgrade"
        " ({offered!r:.40}) does not offer. A server MUST NOT switch to a protocol"
        " that the client did not offer (RFC 9110, Section 7.8).",
        "101 응답으로 전환한 프로토콜({protocol!r:.40})이 요청의 Upgrade"
        " 헤더({offered!r:.40})에 없음. 서버는 클라이언트가 제안하지 않은 프로토콜로"
        " 전환해서는 안 됨(MUST NOT, RFC 9110, Section 7.8)",
    ),
    "finding.201_safe": (
        "A 201 response says that the request created a resource, but {method}"
        " is a safe method, one that asks for no change on the server"
        " (RFC 9110, Sections 9.2.1 and 15.3.2).",
        "201 응답은 요청으로 리소스가 만들어졌다는 뜻인데 {method} 메서드는"
        " 서버에 아무 변경도 요청하지 않는 안전한 메서드임"
        " (RFC 9110, Sections 9.2.1 and 15.3.2)",
    ),
    "finding.206_not_requested": (
        "A 206 response fulfils a range request, and this request has no Range:"
        " a client that asked for the whole representation cannot use a part of"
        " it (RFC 9110, Section 15.3.7).",
        "206 응답은 범위 요청에 답한다는 뜻인데 이 요청에는 Range 헤더가 없음."
        " 표현 전체를 요청한 클라이언트는 일부만 받으면 쓸 수 없음"
        " (RFC 9110, Section 15.3.7)",
    ),
    "finding.416_not_requested": (
        "A 416 response says that the ranges of the request's Range cannot be"
        " satisfied, and this request has no Range (RFC 9110, Section 15.5.17).",
        "416 응답은 요청의 Range 헤더에 적힌 범위를 보낼 수 없다는 뜻인데 이"
        " 요청에는 Range 헤더가 없음 (RFC 9110, Section 15.5.17)",
    ),
    "finding.304_unconditional": (
        "A 304 response answers a GET or HEAD request with If-None-Match or"
        " If-Modified-Since, and this {method} request has neither, so nothing"
        " shows that the client has a stored response for it to refresh"
        " (RFC 9110, Sections 13.1 and 15.4.5).",
        "304 응답은 If-None-Match나 If-Modified-Since 헤더가 있는 GET이나 HEAD"
        " 요청에 답한다는 뜻인데 이 {method} 요청에는 두 헤더가 모두 없음."
        " 클라이언트에게 이 응답으로 갱신할 저장된 응답이 있다고 볼 근거가 없음"
        " (RFC 9110, Sections 13.1 and 15.4.5)",
    ),
    "finding.304_method": (
        "A 304 response answers a GET or HEAD request with If-None-Match or"
        " If-Modified-Since, and this is a {method} request: in a request with"
        " a method other than GET or HEAD, no condition evaluates to a 304"
        " (RFC 9110, Sections 13.1 and 15.4.5).",
        "304 응답은 If-None-Match나 If-Modified-Since 헤더가 있는 GET이나 HEAD"
        " 요청에 답한다는 뜻인데 이 요청은 {method} 요청임. GET과 HEAD가 아닌"
        " 요청에서는 어떤 조건도 304 응답으로 이어지지 않음"
        " (RFC 9110, Sections 13.1 and 15.4.5)",
    ),
    "finding.405_allows": (
        "A 405 response refuses the method {method}, but its Allow lists"
        " {method} among the methods the resource supports ({allow!r:.40})"
        " (RFC 9110, Section 15.5.6).",
        "405 응답은 {method} 메서드를 거부한다는 뜻인데 Allow 헤더({allow!r:.40})는"
        " {method} 메서드를 리소스가 지원하는 메서드로 나열함"
        " (RFC 9110, Section 15.5.6)",
    ),
    "finding.406_no_negotiation": (
        "A 406 response says that no representation matches the request's"
        " proactive negotiation fields, and this request has none (no Accept,"
        " Accept-Encoding, Accept-Language or Accept-Charset), so any"
        " representation was acceptable (RFC 9110, Sections 12.5 and 15.5.7).",
        "406 응답은 요청의 콘텐츠 협상 헤더에 맞는 표현이 없다는 뜻인데 이"
        " 요청에는 Accept, Accept-Encoding, Accept-Language, Accept-Charset"
        " 헤더가 하나도 없음. 이런 요청은 어떤 표현이든 받아들인다는 뜻임"
        " (RFC 9110, Sections 12.5 and 15.5.7)",
    ),
    "finding.412_no_precondition": (
        "A 412 response says that a precondition of the request failed, and this"
        " request has no precondition field such as If-Match or"
        " If-Unmodified-Since (RFC 9110, Section 15.5.13).",
        "412 응답은 요청의 전제 조건이 충족되지 않았다는 뜻인데 이 요청에는"
        " If-Match나 If-Unmodified-Since 같은 전제 조건 헤더가 없음"
        " (RFC 9110, Section 15.5.13)",
    ),
    "finding.417_no_expectation": (
        "A 417 response says that the expectation of the request's Expect cannot"
        " be met, and this request has no Expect (RFC 9110, Section 15.5.18).",
        "417 응답은 요청의 Expect 헤더에 적힌 기대를 충족할 수 없다는 뜻인데 이"
        " 요청에는 Expect 헤더가 없음 (RFC 9110, Section 15.5.18)",
    ),
    "finding.303_no_location": (
        "A 303 response sends the client to the URI in Location, and this one"
        " has none, so the client has nowhere to go (RFC 9110, Section 15.4.4).",
        "303 응답은 Location 헤더의 URI로 클라이언트를 보낸다는 뜻인데 이"
        " 응답에는 Location 헤더가 없어 클라이언트가 갈 곳이 없음"
        " (RFC 9110, Section 15.4.4)",
    ),
    "finding.location_meaningless": (
        "Location has a defined meaning only in 201 and 3xx responses; in a"
        " {code} response it has none, so clients read it differently or not"
        " at all (RFC 9110, Section 10.2.2).",
        "Location 헤더는 201 응답과 3xx 응답에서만 뜻이 정해져 있음. {code}"
        " 응답에서는 뜻이 없어 클라이언트마다 다르게 읽거나 무시함"
        " (RFC 9110, Section 10.2.2)",
    ),
    "finding.content_range_meaningless": (
        "Content-Range has a defined meaning only in 206 and 416 responses; in a"
        " {code} response it has none, and a cache or client may misread it"
        " (RFC 9110, Section 14.4).",
        "Content-Range 헤더는 206 응답과 416 응답에서만 뜻이 정해져 있음. {code}"
        " 응답에서는 뜻이 없어 캐시나 클라이언트가 잘못 읽을 수 있음"
        " (RFC 9110, Section 14.4)",
    ),
    "finding.status_deprecated": (
        "{code} is deprecated by the standards ({section}); send a current"
        " code instead.",
        "{code:은/는} 표준이 사용을 중단한 코드임 ({section}). 대신 지금"
        " 쓰이는 코드를 보내기 바람",
    ),
    "finding.status_obsoleted": (
        "{code} is obsoleted in the IANA registry ({section}); send a current"
        " code instead.",
        "{code:은/는} IANA 레지스트리에서 폐지된 코드임 ({section}). 대신"
        " 지금 쓰이는 코드를 보내기 바람",
    ),
    "finding.status_reserved": (
        "{code} is reserved and unused in the IANA registry ({section}): it"
        " has no meaning to send.",
        "{code:은/는} IANA 레지스트리에 미사용 예약으로 올라 있는 코드라서"
        " 보내도 아무 뜻이 없음 ({section})",
    ),
    "finding.status_unregistered": (
        "{code} is not registered with IANA, so a client that does not know it"
        " treats it as {fallback} (RFC 9110, Section 15).",
        "{code:은/는} IANA에 등록되지 않은 코드라서 이 코드를 모르는"
        " 클라이언트는 {fallback:으로/로} 처리함 (RFC 9110, Section 15)",
    ),
    "finding.conflict": (
        "{header} is sent {count} times with different values; it holds a single"
        " value, so a recipient cannot tell which one holds, and a sender MUST"
        " NOT generate more than one field line (RFC 9110, Section 5.3).",
        "{header} 헤더가 서로 다른 값으로 {count}번 있음. 값이 하나뿐인 헤더라"
        " 받는 쪽은 어느 값을 따를지 알 수 없음. 이런 헤더는 두 번 이상"
        " 보내서는 안 됨(MUST NOT, RFC 9110, Section 5.3)",
    ),
    "finding.field_name": (
        "The field name {name!r:.40} is not a token of ASCII letters, digits and"
        " {token_symbols}. A sender MUST NOT generate it (RFC 9110, Sections"
        " 2.2 and 5.1).",
        "헤더 이름({name!r:.40})이 ASCII 영문자와 숫자, 기호 {token_symbols}로만"
        " 된 토큰이 아님. 보내는 쪽은 이런 이름을 만들어서는 안 됨(MUST NOT,"
        " RFC 9110, Sections 2.2 and 5.1)",
    ),
    "finding.field_value": (
        "The {header} value {value!r:.40} holds {point} at position {position}; a"
        " field value holds only visible characters, spaces, tabs and obs-text,"
        " and CR, LF and NUL in one are dangerous. A sender MUST NOT generate it"
        " (RFC 9110, Sections 2.2 and 5.5).",
        "{header} 헤더 값({value!r:.40})의 {position}번째 글자({point})는 쓸 수 없는"
        " 문자임. 헤더 값에는 보이는 문자와 공백, 탭, obs-text만 올 수 있으며"
        " 특히 CR, LF, NUL은 위험함. 보내는 쪽은 이런 값을 만들어서는 안"
        " 됨(MUST NOT, RFC 9110, Sections 2.2 and 5.5)",
    ),
    "finding.date_obsolete": (
        "The {header} value {value!r:.40} is in the obsolete {form} form; a sender"
        " MUST generate HTTP-dates as IMF-fixdate, such as"
        " 'Sun, 06 Nov 1994 08:49:37 GMT' (RFC 9110, Section 5.6.7).",
        "{header} 헤더 값({value!r:.40})이 옛 {form} 형식임. 보내는 쪽은 HTTP-date를"
        " 'Sun, 06 Nov 1994 08:49:37 GMT' 같은 IMF-fixdate 형식으로 만들어야"
        " 함(MUST, RFC 9110, Section 5.6.7)",
    ),
    "finding.date_weekday": (
        "The {header} value {value!r:.40} names a day of the week that does not fit"
        " its date. The grammar allows it, and recipients go by the date, but"
        " a person reading it is misled (RFC 9110, Section 5.6.7).",
        "{header} 헤더 값({value!r:.40})의 요일이 날짜와 맞지 않음. 문법에는 맞고"
        " 받는 쪽은 날짜를 따름. 다만 사람이 읽으면 헷갈릴 수 있음"
        " (RFC 9110, Section 5.6.7)",
    ),
    "problem.content_length": (
        "expected a number of octets, in digits only",
        "옥텟 수를 나타내는 숫자만 올 수 있음",
    ),
    "problem.delta_seconds": (
        "expected delta-seconds, a whole number of seconds",
        "초 단위 정수(delta-seconds)만 올 수 있음",
    ),
    "problem.etag": (
        "expected an opaque tag in double quotes, such as '\"v1\"' or 'W/\"v1\"'",
        "'\"v1\"'이나 'W/\"v1\"'처럼 큰따옴표로 감싼 태그만 올 수 있음",
    ),
    "problem.http_date": (
        "expected an HTTP-date such as 'Sun, 06 Nov 1994 08:49:37 GMT'",
        "'Sun, 06 Nov 1994 08:49:37 GMT' 같은 HTTP-date만 올 수 있음",
    ),
    "problem.date.day": (
        "the day it names does not exist",
        "없는 날짜임",
    ),
    "problem.date.time": (
        "the time of day it names does not exist (hours go to 23, minutes to 59,"
        " seconds to 60)",
        "없는 시각임 (시는 23, 분은 59, 초는 60까지)",
    ),
    "problem.media_type": (
        "expected a media type such as 'text/html; charset=utf-8': type/subtype,"
        " then parameters written name=value",
        "타입/서브타입 뒤에 '이름=값' 매개변수가 오는 미디어 타입만 올 수 있음"
        " (예: 'text/html; charset=utf-8')",
    ),
    "problem.vary": (
        "{element!r:.40} is neither '*' nor a field name",
        "'*'도 헤더 이름도 아닌 요소({element!r:.40})가 있음",
    ),
    "problem.link": (
        "expected a list of '<URI-reference>', each followed by parameters"
        " written '; name=value'",
        "'<URI-reference>' 뒤에 '; 이름=값' 매개변수가 붙는 목록만 올 수 있음",
    ),
    "problem.challenge": (
        "expected challenges such as 'Basic realm=\"api\"': an authentication"
        " scheme, then a token68 or parameters written name=value",
        "인증 스킴 뒤에 token68이나 '이름=값' 매개변수가 오는 인증"
        " 요구(challenge)만 올 수 있음 (예: 'Basic realm=\"api\"')",
    ),
    "problem.cache_control.form": (
        "expected a list of directives, each a token, optionally followed by '='"
        " and a token or a quoted string",
        "지시어를 쉼표로 구분한 목록만 올 수 있음 (지시어는 토큰 하나이거나"
        " 토큰 뒤에 '='와 토큰 또는 큰따옴표 문자열이 붙은 것)",
    ),
    "problem.cache_control.seconds": (
        "{directive} takes delta-seconds, a whole number of seconds in the token"
        " form, not {argument!r:.40} (RFC 9111, Section 1.2.2)",
        "{directive} 지시어의 인자({argument!r:.40})가 따옴표 없는 초 단위 정수가"
        " 아님 (RFC 9111, Section 1.2.2)",
    ),
    "check.request_header": (
        "a header field of the request that the response answers, such as"
        " 'Range: bytes=0-99'; repeat the option for each. The rules that depend"
        " on the request are checked only when at least one is given",
        "이 응답에 대응하는 요청의 헤더 하나 (예: 'Range: bytes=0-99'). 헤더마다"
        " 이 옵션을 한 번씩 씀. 요청에 따라 달라지는 규칙은 요청 헤더가 하나라도"
        " 있을 때만 검사함",
    ),
    # -- help text ----------------------------------------------------------
    "help.usage": ("usage", "사용법"),
    "help.positionals": ("positional arguments", "위치 인자"),
    "help.options": ("options", "옵션"),
    "help.version_line": (
        "{prog} {version} (IANA registry {date})",
        "{prog} {version} (IANA 레지스트리 {date} 기준)",
    ),
    "help.description": (
        "Look up HTTP status codes by number, name or phrase, in English or Korean.",
        "HTTP 상태 코드를 번호, 이름, 사유 구문으로 찾음. 영어와 한국어로 보여 줌",
    ),
    "help.commands": ("commands", "명령"),
    "help.exit_status": (
        "exit status: 0 when everything asked for was found; 1 when something"
        " was not (an unknown key, a code neither IANA nor a vendor uses, an"
        " empty result, a code that is not a redirect); 2 for a usage error",
        "종료 상태: 0은 요청한 것을 모두 찾았다는 뜻임. 1은 찾지 못한 것이 있다는"
        " 뜻임 (알 수 없는 키, IANA도 벤더도 쓰지 않는 코드, 빈 결과, 리다이렉트가"
        " 아닌 코드). 2는 사용법 오류임",
    ),
    "help.examples": ("examples", "예"),
    "help.lang": (
        "output language (default: Korean when the first of LC_ALL, LC_MESSAGES"
        " and LANG that is set names a Korean locale, else English)",
        "출력 언어 (기본값: LC_ALL, LC_MESSAGES, LANG 중 처음으로 설정된 값이"
        " 한국어 로캘이면 한국어, 아니면 영어)",
    ),
    "help.json": (
        "JSON on standard output, for results and for errors",
        "결과와 오류를 표준 출력에 JSON으로 씀",
    ),
    "help.color": (
        "colour: auto (default; only on a terminal, off with NO_COLOR or"
        " TERM=dumb, forced with FORCE_COLOR), always or never",
        "색상: auto(기본값: 터미널에서만 색을 씀. NO_COLOR나 TERM=dumb이면 끄고,"
        " FORCE_COLOR가 설정되어 있으면 켬), always, never",
    ),
    "help.no_color": ("same as --color never", "--color never와 같음"),
    "help.version": (
        "show the version and the IANA registry edition",
        "버전과 기준 IANA 레지스트리 날짜를 보여 줌",
    ),
    "help.completion": (
        "print a completion script for bash or zsh and exit",
        "bash나 zsh용 자동 완성 스크립트를 출력하고 끝냄",
    ),
    "help.help": ("show this help and exit", "이 도움말을 보여 주고 끝냄"),
    "lookup.summary": (
        "look codes up (the default command)",
        "코드를 찾음 (기본 명령)",
    ),
    "lookup.description": (
        "Look up each key: a number, a member name, a reason phrase or an older"
        " phrase, in any case. A phrase needs no quotes. If all the words"
        " together name a code, that is the answer. Otherwise numbers stand"
        " alone, and each run of words between them must split into whole"
        " names or phrases; a run that does not is reported as one unknown"
        " key, never answered in part.",
        "각 키를 찾음. 키는 번호, 멤버 이름, 사유 구문, 예전 사유 구문이고"
        " 대소문자를 가리지 않음. 구문에는 따옴표가 필요 없음. 모든 단어를 합친"
        " 구문이 코드 하나를 가리키면 그 코드가 답임. 아니면 번호는 따로 찾고,"
        " 번호 사이의 단어들은 온전한 이름이나 구문으로 나뉘어야 함. 나뉘지 않는"
        " 단어들은 일부만 골라 답하지 않고 통째로 알 수 없는 키 하나로 알림",
    ),
    "lookup.keys": (
        "a code, name or phrase: 404, NOT_FOUND, not found",
        "코드, 이름, 구문: 404, NOT_FOUND, not found",
    ),
    "list.summary": ("list the codes", "코드 목록을 보여 줌"),
    "list.description": (
        "List the registered status codes, or the unofficial ones vendors use.",
        "등록된 상태 코드나 벤더가 쓰는 비공식 코드의 목록을 보여 줌",
    ),
    "list.class": (
        "only this class: 1xx to 5xx, a digit 1 to 5, or a name such as client_error",
        "이 분류만 보여 줌: 1xx~5xx, 숫자 1~5, client_error 같은 이름",
    ),
    "list.deprecated": (
        "only the codes the standards deprecated",
        "표준이 사용을 중단한 코드만 보여 줌",
    ),
    "list.no_deprecated": (
        "leave the deprecated codes out",
        "사용 중단된 코드를 빼고 보여 줌",
    ),
    "list.unofficial": (
        "the codes vendors use that IANA does not register (nginx 499, ...)",
        "IANA에 등록되지 않았지만 벤더가 쓰는 코드를 보여 줌 (nginx 499 등)",
    ),
    "search.summary": (
        "find the code for a situation",
        "상황에 맞는 코드를 찾음",
    ),
    "search.description": (
        "Find codes by what they are for, in English or Korean: a number, a"
        " name, a phrase or a situation in your own words (user already exists,"
        " rate limit). Best match first; a code that matches only some of the"
        " words ranks below one that matches all of them.",
        "코드를 쓰임새로 찾음. 검색어는 번호, 이름, 사유 구문이어도 되고 상황을"
        " 평소 쓰는 말로 적은 것이어도 됨 (예: 이미 존재하는 사용자, 요청이 너무"
        " 많음). 영어로도 한국어로도 검색할 수 있음. 가장 잘 맞는 코드가 먼저"
        " 나오며, 검색어의 단어 중 일부만 맞는 코드는 모두 맞는 코드보다 뒤에 나옴",
    ),
    "search.text": (
        "words to search for, English or Korean",
        "검색할 단어 (영어나 한국어)",
    ),
    "search.limit": (
        "show at most N codes (default {default}; 0 for all that match)",
        "코드를 최대 N개 보여 줌 (기본값: {default}. 0이면 맞는 코드를 모두 보여 줌)",
    ),
    "compare.summary": (
        "what tells confused codes apart",
        "헷갈리는 코드의 차이를 보여 줌",
    ),
    "compare.description": (
        "Show what tells two or more commonly confused codes apart (401 and"
        " 403, 302, 303 and 307, ...), with the RFC sections it rests on. For"
        " codes that are not a known confusion, show when to use each.",
        "자주 헷갈리는 코드 둘 이상(401과 403, 302·303·307 등)의 차이와"
        " 그 근거가 되는 RFC 절을 보여 줌. 알려진 혼동 사례가 아니면 코드마다"
        " 언제 쓰는지 보여 줌",
    ),
    "compare.codes": (
        "two or more codes, names or phrases",
        "코드, 이름, 구문 둘 이상",
    ),
    "check.summary": (
        "check a response against the standards",
        "응답이 표준을 지키는지 검사함",
    ),
    "check.description": (
        "Check the header fields and content a response with STATUS carries"
        " against what the RFCs require with that code, at the RFC's own level"
        " (MUST, SHOULD, ...). The value of each field with a grammar of its own"
        " (Location, Retry-After, Content-Range, Cache-Control, the date fields"
        " and more, which docs/responses.md lists) is checked against that"
        " grammar, and every other field for characters that no field name or"
        " value may hold.",
        "응답의 헤더와 본문이 그 상태 코드에 대한 RFC 요구 사항을 지키는지 요구"
        " 수준(MUST, SHOULD 등)별로 검사함. Location, Retry-After, Content-Range,"
        " Cache-Control, 날짜 헤더처럼 문법이 정해진 헤더는 값의 형식도 확인하고,"
        " 다른 헤더는 이름과 값에 쓸 수 없는 문자가 있는지 봄 (헤더 목록은"
        " docs/responses.ko.md)",
    ),
    "check.status": (
        "the status code of the response (an unregistered one is checked by its class)",
        "응답의 상태 코드 (등록되지 않은 코드는 분류에 따라 검사함)",
    ),
    "check.header": (
        "a header field of the response, such as 'Retry-After: 120'; repeat the"
        " option for each",
        "응답의 헤더 하나 (예: 'Retry-After: 120'). 헤더마다 이 옵션을 한 번씩 씀",
    ),
    "check.method": (
        "the method of the request it answers (default GET)",
        "이 응답에 대응하는 요청의 메서드 (기본값: GET)",
    ),
    "check.exit_status": (
        "exit status: 0 when no MUST or MUST NOT is broken (SHOULD findings may"
        " remain); 1 when one is, or the status is unknown; 2 for a usage error",
        "종료 상태: 0은 MUST나 MUST NOT 위반이 없다는 뜻임 (SHOULD 위반은 있을 수"
        " 있음). 1은 MUST나 MUST NOT 위반이 있거나 상태 코드를 알 수 없다는 뜻임."
        " 2는 사용법 오류임",
    ),
    "check.content": ("the response has content", "응답에 본문이 있음"),
    "check.no_content": ("the response has no content", "응답에 본문이 없음"),
    "redirect.summary": (
        "the request that follows a redirect",
        "리다이렉트 뒤에 보낼 요청을 보여 줌",
    ),
    "redirect.description": (
        "The method and content of the request a client sends after a redirect,"
        " by the policy's rules.",
        "리다이렉트를 받은 클라이언트가 다음에 보내는 요청의 메서드와 본문을"
        " 정책의 규칙에 따라 보여 줌",
    ),
    "redirect.code": (
        "the redirect: {codes}",
        "리다이렉트 코드: {codes}",
    ),
    "redirect.method": (
        "the method of the original request: GET, POST, ...",
        "원래 요청의 메서드: GET, POST 등",
    ),
    "redirect.policy": (
        "fetch (browsers, default), rfc9110 (the standard read strictly),"
        " legacy (requests, httpx)",
        "fetch (브라우저, 기본값), rfc9110 (표준을 엄격히 따름), legacy"
        " (requests, httpx)",
    ),
}
