"""docs/style.ko.md on every Korean surface besides the package's strings
(tests/test_korean.py): the Korean docs, the findings ``check_response``
gives for a corpus of responses, and what the command line prints under
``--lang ko`` and ``--lang both``, wrapped to several widths.

The rules are those of tests/korean_rules.py; tests/test_korean.py shows
each of them failing on a bad string, and the checks that only this file
uses are shown failing at its end.
"""

from __future__ import annotations

import contextlib
import io
import re

import pytest

from httpcodes import StatusCode, check_response
from httpcodes.cli import main
from httpcodes.cli._render import width, wrap

from .facts import ROOT
from .korean_rules import (
    ALL_RULES,
    TERM_RULES,
    UNKEYED_LEVELS,
    ending_problems,
    english_aside_problems,
    finding_level_problems,
    line_break_problems,
    orphan_problems,
    particle_problems,
    repeated_problems,
    unkeyed_level_name_problems,
)

_HANGUL = re.compile("[\uac00-\ud7a3]")

# -- the Korean docs -----------------------------------------------------------

# A table column whose cells are the forms the guide rejects.
_REJECTED_COLUMNS = ("쓰지 않는 말", "쓰지 않음")


def _without_rejected_columns(text: str) -> str:
    lines = []
    dropped: int | None = None
    for line in text.splitlines():
        if not line.startswith("|"):
            dropped = None
            lines.append(line)
            continue
        cells = line.split("|")
        header = [c.strip() for c in cells]
        for name in _REJECTED_COLUMNS:
            if name in header:
                dropped = header.index(name)
        if dropped is not None and dropped < len(cells):
            cells[dropped] = ""
        lines.append("|".join(cells))
    return "\n".join(lines)


def prose(text: str, *, guide: bool = False) -> list[str]:
    """The paragraphs of a Markdown text without code, comments and link
    targets; for the style guide, without its examples of what not to
    write (quoted, or in a rejected-forms column)."""
    text = re.sub(r"```.*?```", "", text, flags=re.DOTALL)
    text = re.sub(r"<!--.*?-->", "", text, flags=re.DOTALL)
    text = re.sub(r"`[^`\n]*`", "", text)
    text = re.sub(r"\]\([^)\s]*\)", "]", text)
    if guide:
        text = _without_rejected_columns(text)
        text = re.sub(r'"[^"\n]*(?:\n[^"\n]*)?"', "", text)
    return [p for p in re.split(r"\n\s*\n", text) if _HANGUL.search(p)]


def _korean_docs() -> list[tuple[str, str]]:
    cases = []
    for path in sorted((ROOT / "docs").glob("*.ko.md")):
        text = path.read_text(encoding="utf-8")
        guide = path.name == "style.ko.md"
        for i, paragraph in enumerate(prose(text, guide=guide)):
            cases.append((f"{path.name} {i}", paragraph))
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    (summary,) = [p for p in readme.split("\n\n") if "한국어 요약" in p]
    cases.extend(
        (f"README.md 한국어 요약 {i}", p) for i, p in enumerate(prose(summary))
    )
    index = (ROOT / "docs" / "index.md").read_text(encoding="utf-8")
    korean = index.split("\n## 한국어\n", 1)[1]
    cases.extend((f"index.md 한국어 {i}", p) for i, p in enumerate(prose(korean)))
    return cases


KOREAN_DOCS = _korean_docs()


def test_the_doc_surfaces_are_all_there() -> None:
    """Every Korean doc is read, and the parts that break the rules are
    where the reader sees them (a guard against a prose() that drops all)."""
    names = {where.split()[0] for where, _ in KOREAN_DOCS}
    assert {
        "style.ko.md",
        "unofficial.ko.md",
        "responses.ko.md",
        "choosing.ko.md",
        "codes.ko.md",
        "middleware.ko.md",
        "README.md",
        "index.md",
    } <= names
    assert len(KOREAN_DOCS) > 60


@pytest.mark.parametrize(
    ("where", "text"), KOREAN_DOCS, ids=[where for where, _ in KOREAN_DOCS]
)
def test_korean_doc_follows_the_guide(where: str, text: str) -> None:
    problems = [problem for rule in TERM_RULES for problem in rule(text)]
    assert not problems, f"{where}: {text!r}\n" + "\n".join(problems)


def test_the_guide_examples_are_left_out_but_its_prose_is_read() -> None:
    guide = (ROOT / "docs" / "style.ko.md").read_text(encoding="utf-8")
    whole = "\n\n".join(prose(guide, guide=True))
    assert "메서드" in whole  # the term a row chooses is kept
    assert "메소드" not in whole  # the form it rejects is not read


# -- the findings of check_response --------------------------------------------

_HEADER_SETS: list[list[tuple[str, str]]] = [
    [],
    [
        ("Content-Length", "0"),
        ("Transfer-Encoding", "chunked"),
        ("Content-Type", "text/plain"),
        ("Content-Encoding", "gzip"),
        ("Content-Language", "ko"),
        ("Content-Range", "bytes 0-1/10"),
    ],
    [
        ("Content-Type", "multipart/byteranges; boundary=x"),
        ("Content-Range", "bytes */10"),
    ],
    [
        ("Location", "/new home"),
        ("Retry-After", "soon"),
        ("Allow", "GET,,HEAD"),
        ("Content-Range", "bytes 5-1/10"),
    ],
    [
        ("Location", "/a"),
        ("Location", "/b"),
        ("Retry-After", "Sunday, 06-Nov-94 08:49:37 GMT"),
    ],
    [
        ("Location", "/caf\u00e9"),
        ("Allow", "GET, HE AD"),
        ("Content-Range", "bytes 0-10/10"),
    ],
    [("Location", "/a%zz#b#c"), ("Retry-After", "Sun Nov  6 08:49:37 1994")],
    [("Location", "1http:x\x01"), ("Allow", '"GET'), ("Link", "<x>; rel=other")],
    # Issue 20: field names and lines, the grammar of each field it checks,
    # the date forms, and what the request contradicts.
    [
        ("Bad Name", "x"),
        ("X-Note", "a\x00b"),
        ("Age", "1.5"),
        ("Age", "1.5"),
        ("Cache-Control", 'max-age="60"'),
        ("Content-Length", "42, 42"),
        ("Content-Type", "text"),
        ("Date", "Mon, 32 Nov 1994 08:49:37 GMT"),
        ("ETag", "v1"),
        ("Expires", "soon"),
        ("Last-Modified", "Sun, 06 Nov 1994 25:49:37 GMT"),
        ("Link", "x"),
        ("Vary", "a b"),
        ("WWW-Authenticate", "Basic, ,"),
        ("Proxy-Authenticate", "="),
        ("Upgrade", "h2c"),
        ("Allow", "GET, HEAD"),
    ],
    [
        ("Date", "Mon, 06 Nov 1994 08:49:37 GMT"),
        ("Date", "Tue, 07 Nov 1994 08:49:37 GMT"),
        ("Expires", "Sunday, 06-Nov-94 08:49:37 GMT"),
        ("Cache-Control", "no-store,,"),
        ("Vary", "a,,b"),
        ("Link", "<x>,,<y>"),
        ("Content-Range", "bytes x"),
    ],
    [("Cache-Control", 'a="b'), ("Allow", "GET")],
]
# No request (the request rules stay quiet), a request without the fields
# the codes answer (Range, Expect, Accept, If-*), and one offering a protocol.
_REQUESTS: list[list[tuple[str, str]]] = [
    [],
    [("Host", "a.example")],
    [("Upgrade", "websocket")],
]


def _findings() -> dict[str, str]:
    """Every distinct Korean finding, with its level, over the corpus."""
    found: dict[str, str] = {}
    for status in [*(m.code for m in StatusCode), 299, 499, 599]:
        for method in ("GET", "HEAD", "CONNECT"):
            for has_content in (None, True, False):
                for headers in _HEADER_SETS:
                    for request in _REQUESTS:
                        for finding in check_response(
                            status,
                            headers,
                            method=method,
                            has_content=has_content,
                            request_headers=request,
                        ):
                            found[finding.message_ko] = str(finding.level)
    return found


FINDINGS = sorted(_findings().items())


def test_the_corpus_reaches_every_kind_of_finding() -> None:
    from httpcodes._http.responses import CHECKS

    levels = {level for _, level in FINDINGS}
    assert levels == {
        "MUST",
        "MUST NOT",
        "CONTRADICTION",
        "SHOULD",
        "SHOULD NOT",
        "NOTE",
    }
    assert len(FINDINGS) > 300
    # Every rule besides the rows of RESPONSE_FIELDS, and each of its texts.
    rules = set()
    for status in [*(m.code for m in StatusCode), 299, 499, 599]:
        for headers in _HEADER_SETS:
            for request in _REQUESTS:
                for finding in check_response(status, headers, request_headers=request):
                    rules.add(finding.rule)
    assert set(CHECKS) <= rules


@pytest.mark.parametrize(("text", "level"), FINDINGS)
def test_finding_follows_the_guide(text: str, level: str) -> None:
    problems = [problem for rule in ALL_RULES for problem in rule(text)]
    problems += ending_problems(text) + repeated_problems(text)
    assert not problems, f"{text!r}\n" + "\n".join(problems)


@pytest.mark.parametrize(("text", "level"), FINDINGS)
def test_finding_states_its_level_once_in_its_place(text: str, level: str) -> None:
    """Section 9: a keyword level's keyword once, in parentheses after its
    level's verb; no keyword and no requirement verb for CONTRADICTION and
    NOTE, which are not RFC keywords."""
    placed = re.findall(rf"\({re.escape(level)}[,)]", text)
    assert len(placed) == (0 if level in UNKEYED_LEVELS else 1), text
    problems = finding_level_problems(level, text)
    assert not problems, f"{text!r}\n" + "\n".join(problems)


# -- the command line ----------------------------------------------------------

COMMANDS = [
    ["404"],
    ["not", "found", "gone"],
    ["104", "306", "418", "510"],
    ["226", "410", "101"],
    ["299"],
    ["499"],
    ["999"],
    ["451"],
    ["103"],
    ["찾을", "수", "없음"],
    ["nope"],
    ["찾을수없음"],
    ["list"],
    ["list", "--unofficial"],
    ["list", "--deprecated"],
    ["list", "--unofficial", "--deprecated"],
    ["search", "리디렉션"],
    ["search", "요청이", "너무", "많음"],
    ["search", "zzzz"],
    ["compare", "401", "403"],
    ["compare", "502", "504", "408"],
    ["compare", "200", "500"],
    ["compare", "401", "nope"],
    ["compare", "404"],
    ["check", "204", "-H", "Content-Length: 0", "--content"],
    ["check", "416", "-H", "Content-Range: bytes 0-1/1234"],
    ["check", "206", "-H", "Content-Range: bytes */1234"],
    ["check", "503", "-H", "Retry-After: soon"],
    ["check", "503", "-H", "Retry-After: Sunday, 06-Nov-94 08:49:37 GMT"],
    ["check", "200", "--method", "HEAD", "--content"],
    ["check", "404", "--no-content"],
    ["check", "304", "-H", "Content-Type: text/html"],
    ["check", "301", "-H", "Location: /new home"],
    ["check", "405", "-H", "Allow: GET,,HEAD"],
    ["check", "299", "--content"],
    ["check", "304", "-R", "If-Match: x"],
    ["check", "305"],
    ["check", "nope"],
    # Quotations cut short (the review of issue 22, item 1).
    ["search", *["가"] * 600],
    ["check", "206", "-H", "Content-Range: bytes " + "9" * 200 + "-1/2"],
    ["check", "200", "--method", "G@T"],
    ["redirect", "302", "POST"],
    ["redirect", "300", "GET"],
    ["redirect", "302", "P@ST"],
    ["-h"],
    *(
        [name, "-h"]
        for name in ("lookup", "list", "search", "compare", "check", "redirect")
    ),
]


# What is said in one language only, English under --lang both, as
# docs/cli.md says: the help and the usage errors (argparse's frame).
ONE_LANGUAGE = [
    ["list", "--unofficial", "--deprecated"],
    ["compare", "404"],
    ["-h"],
    *(
        [name, "-h"]
        for name in ("lookup", "list", "search", "compare", "check", "redirect")
    ),
]


def run_cli(argv: list[str], columns: int, monkeypatch: pytest.MonkeyPatch) -> str:
    for variable in ("LC_ALL", "LC_MESSAGES", "NO_COLOR", "FORCE_COLOR"):
        monkeypatch.delenv(variable, raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")
    monkeypatch.setenv("COLUMNS", str(columns))
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        main(argv)
    return out.getvalue() + err.getvalue()


def _shown(command: list[str]) -> str:
    """A command as its test id: a long one by its start and its length."""
    text = " ".join(command)
    return text if len(text) <= 60 else f"{text[:40]}... ({len(text)})"


CASES = [
    (lang, columns, command)
    for lang in ("ko", "both")
    for columns in (80, 52)
    for command in COMMANDS
]


@pytest.mark.parametrize(
    ("lang", "columns", "command"),
    CASES,
    ids=[f"{lang}-{columns}-{_shown(command)}" for lang, columns, command in CASES],
)
def test_command_line_output_follows_the_guide(
    lang: str, columns: int, command: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    output = run_cli(["--lang", lang, *command], columns, monkeypatch)
    if lang == "ko" or command not in ONE_LANGUAGE:
        assert _HANGUL.search(output), output
    korean = "\n".join(line for line in output.splitlines() if _HANGUL.search(line))
    problems = [problem for rule in TERM_RULES for problem in rule(korean)]
    problems += particle_problems(output)
    problems += line_break_problems(output.splitlines())
    if lang == "ko":
        problems += english_aside_problems(korean)
        problems += unkeyed_level_name_problems(output)
    assert not problems, output + "\n" + "\n".join(problems)


def test_both_shows_both_languages_for_the_labels(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Item 1 of issue 22: under --lang both, the command line's own labels,
    notes and errors come in both languages (argparse's frame aside)."""
    lookup = run_cli(["--lang", "both", "306"], 80, monkeypatch)
    for words in ("class / 분류:", "reference / 참조:", "deprecated", "사용 중단"):
        assert words in lookup
    check = run_cli(["--lang", "both", "check", "405"], 80, monkeypatch)
    assert "problems found: 1 / 발견된 문제: 1건" in check
    compare = run_cli(["--lang", "both", "compare", "401", "403"], 80, monkeypatch)
    assert "basis / 근거:" in compare
    listing = run_cli(["--lang", "both", "list", "--unofficial"], 80, monkeypatch)
    assert "VENDOR / 벤더" in listing
    assert "historical / 실사용 근거 없음" in listing
    error = run_cli(["--lang", "both", "nope"], 80, monkeypatch)
    assert "is not a registered HTTP status code" in error
    assert "등록된 HTTP 상태 코드" in error


# -- wrapping every Korean text ------------------------------------------------


def _texts() -> list[str]:
    from httpcodes import guidance
    from httpcodes._data import codes as data

    texts = [m.description_ko for m in StatusCode]
    texts += [guidance(m).use_when_ko for m in StatusCode]
    texts += [row["note_ko"] for row in data.RESPONSE_FIELDS]
    texts += [row["distinction_ko"] for row in data.CONFUSIONS]
    texts += [text for text, _ in FINDINGS]
    return sorted(set(texts))


TEXTS = _texts()


# A reference alone on its line, as wide as it is: "(RFC 9110, Sections
# 9.2.1 and 15.3.2)" is 37 cells and cannot be broken, nor "안 됨(MUST NOT,
# RFC 9110, Section 7.8)" (section 10).
_REFERENCE_ALONE = re.compile(
    r"(?:(?:안 )?[^\s(]+\((?:MUST NOT|SHOULD NOT|MUST|SHOULD|MAY), |\()?"
    r"RFC \d+, Sections? [\d.]+(?: and [\d.]+)?\)?[.,]?"
)


@pytest.mark.parametrize("columns", [36, 52, 66, 80, 100])
def test_wrap_keeps_literals_whole_and_no_word_alone(columns: int) -> None:
    for text in TEXTS:
        lines = wrap(text, "  ", columns)
        assert " ".join(" ".join(lines).split()) == " ".join(text.split())
        for line in lines:
            # Only an unbreakable piece may overflow, alone on its line.
            assert (
                width(line) <= columns
                or len(line.split("'")) > 2
                or _REFERENCE_ALONE.fullmatch(line.strip())
            ), line
        problems = line_break_problems(lines) + orphan_problems(lines)
        last = lines[-1].split()
        before = lines[-2].split() if len(lines) > 1 else []
        if problems and before and last:
            # An orphan stays only if the word before it could not come down.
            pair = f"  {before[-1]} {last[0]}"
            if width(pair) > columns and problems == orphan_problems(lines):
                continue
        assert not problems, "\n".join(lines) + "\n" + "\n".join(problems)


# -- the checks only this file uses, failing -----------------------------------


@pytest.mark.parametrize(
    "lines",
    [
        ["    416 응답의 Content-Range 헤더는 범위('bytes", "    */1234')가 아니라"],
        ["  A client treats it as 400 Bad Request (RFC", "  9110, Section 15)."],
        ["  not match its grammar (RFC 9110, Section", "  2.2)."],
        ["  see RFC 9110, Sections 15.5.2 and", "  15.5.4"],
        # The review of issue 22, item 11: the 101 and Vary findings, and
        # Retry-After's, as the old wrap broke them.
        [
            "    제안하지 않은 프로토콜로 바꿔서는 안 됨(MUST",
            "    NOT, RFC 9110, Section 7.8)",
        ],
        [
            "    보내는 쪽은 이런 값을 만들어서는 안",
            "    됨(MUST NOT, RFC 9110, Section 2.2)",
        ],
    ],
)
def test_line_break_check_catches_a_broken_literal(lines: list[str]) -> None:
    assert line_break_problems(lines)


def test_line_break_check_lets_a_line_end_in_a_negation_without_keyword() -> None:
    assert not line_break_problems(["    이 값은 쓰면 안", "    됨. 다른 문장"])
    assert not line_break_problems(
        ["    보내는 쪽은 이런 값을 만들어서는", "    안 됨(MUST NOT)"]
    )


# The findings of the review of issue 22, item 11: the old wrap parted the
# keyword from its verb at 80 columns, "안 됨(MUST" / "NOT, RFC ...)" and
# "안" / "됨(MUST NOT, RFC ...)".
_PARTED = [
    (101, {"Upgrade": "h2c"}, {"Host": "a.example"}),
    (200, {"Vary": "a,,b"}, {}),
    (503, {"Retry-After": "soon"}, {}),
]


@pytest.mark.parametrize(("status", "headers", "request_"), _PARTED)
def test_wrap_keeps_a_keyword_with_its_verb(
    status: int, headers: dict[str, str], request_: dict[str, str]
) -> None:
    """Section 10: "안 됨(MUST NOT, RFC 9110, Section N)" stays on one line."""
    (finding,) = [
        f
        for f in check_response(status, headers, request_headers=request_)
        if f.level == "MUST NOT"
    ]
    for columns in range(44, 101):
        lines = wrap(finding.message_ko, "    ", columns)
        kept = [line for line in lines if "안 됨(MUST NOT, RFC 9110, Section" in line]
        assert len(kept) == 1, (columns, lines)
        assert not line_break_problems(lines), (columns, lines)


def test_level_name_check_catches_a_latin_level_name() -> None:
    """The review of issue 22, item 16, as the command line showed it."""
    assert unkeyed_level_name_problems(
        "  CONTRADICTION 304-unconditional (RFC 9110, Sections 13.1 and 15.4.5)"
    )
    assert unkeyed_level_name_problems("  NOTE status-deprecated")
    assert not unkeyed_level_name_problems(
        "  모순 304-unconditional (RFC 9110, Sections 13.1 and 15.4.5)\n"
        "  MUST NOT 101-protocol-not-offered (RFC 9110, Section 7.8)"
    )


@pytest.mark.parametrize(
    ("lang", "shown"),
    [("ko", "  모순 304-unconditional"), ("both", "  CONTRADICTION / 모순 304-")],
)
def test_the_levels_that_are_no_keyword_are_shown_in_words(
    lang: str, shown: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Under --lang ko, CONTRADICTION and NOTE are 모순 and 참고; under both,
    English / Korean as every label; the keywords stay in Latin letters."""
    output = run_cli(
        ["--lang", lang, "check", "304", "-H", "Content-Type: text/html", "-R", "A: b"],
        80,
        monkeypatch,
    )
    assert shown in output, output
    assert "  SHOULD NOT 304-content-type-forbidden" in output, output
    note = run_cli(["--lang", lang, "check", "305"], 80, monkeypatch)
    assert ("  참고 " if lang == "ko" else "  NOTE / 참고 ") in note, note


def test_json_keeps_the_level_values(monkeypatch: pytest.MonkeyPatch) -> None:
    output = run_cli(["--lang", "ko", "--json", "check", "305"], 80, monkeypatch)
    assert '"level": "NOTE"' in output
    assert "참고" not in output.split('"message_ko"')[0]


def test_orphan_check_catches_a_word_alone() -> None:
    assert orphan_problems(
        [
            "  요청한 리소스가 의도적으로 제거되어 사라졌음. 서버는 이 상태가"
            " 영구적일 것으로",
            "  봄",
        ]
    )
    assert not orphan_problems(["  서버는 이 상태가 영구적일", "  것으로 봄"])


def test_doc_check_reads_a_bad_paragraph() -> None:
    bad = (
        "- **역사적 기록**은 실제로 배포되지 않은 제안입니다(RFC 9110, 15절). `메소드`"
    )
    (paragraph,) = prose(bad)
    problems = [problem for rule in TERM_RULES for problem in rule(paragraph)]
    assert len(problems) == 2, problems  # the code span is not prose


def test_doc_check_reads_a_level_worded_across_a_line_break() -> None:
    """Section 9 in the docs' sentences: issue 20's paragraph on empty list
    elements, as merged."""
    bad = (
        "받는 쪽은 빈 요소를 받아들여야 하지만 보내는 쪽은 만들지 않아야\n"
        "합니다(RFC 9110, Section 5.6.1.1)."
    )
    (paragraph,) = prose(bad)
    problems = [problem for rule in TERM_RULES for problem in rule(paragraph)]
    assert len(problems) == 1, problems
