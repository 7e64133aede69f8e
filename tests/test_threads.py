"""First use is thread-safe everywhere (issue 18).

Each public function, and each first read of a fact, is raced from many
threads at once in fresh interpreters, which is where the caches it builds
on first use (the text index, the data rows, the search index, the
guidance, the response rules) are still empty.  The interpreter switches
threads every microsecond (``sys.setswitchinterval(1e-6)``), so a cache
filled in place shows itself: ``guidance()`` raised ``KeyError`` in 27 of 40
such interpreters before its table was built aside and published whole.
"""

from __future__ import annotations

import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor

import pytest

import httpcodes

from .facts import TEST_PATH

THREADS = 16
# Fresh interpreters per call: a race shows up in some runs and not others.
RUNS = 3

RACE = """
import sys, threading
sys.setswitchinterval(1e-6)
import httpcodes
from httpcodes import messages, unofficial
barrier = threading.Barrier({threads})
results = [None] * {threads}
def work(i):
    barrier.wait()
    try:
        results[i] = repr({call})
    except BaseException as error:
        results[i] = "error: " + type(error).__name__ + ": " + str(error)
threads = [threading.Thread(target=work, args=(i,)) for i in range({threads})]
for thread in threads:
    thread.start()
for thread in threads:
    thread.join()
print(len(set(results)))
print(results[0])
"""

# A first use of every public function, and of each group of facts that a
# first read builds.
CALLS = {
    "lookup": "httpcodes.lookup('payload too large')",
    "get": "httpcodes.get('not found')",
    "lookup (a miss)": "httpcodes.get('not fond')",
    "resolve": "httpcodes.resolve(471)",
    "classify": "httpcodes.classify(404)",
    "StatusCode": "httpcodes.StatusCode(404)",
    "facts": "[m.description_ko for m in httpcodes.StatusCode]",
    "status_class": "[m.status_class for m in httpcodes.StatusCode]",
    "registration": "[m.registration for m in httpcodes.StatusCode]",
    "response_fields": "[m.response_fields for m in httpcodes.StatusCode]",
    "StatusClass": "[c.label_ko for c in httpcodes.StatusClass]",
    "check_response": "httpcodes.check_response(405, {'Retry-After': 'x'})",
    "follow_redirect": "httpcodes.follow_redirect(302, 'POST')",
    "redirect_method": "httpcodes.redirect_method(303, 'PUT')",
    "is_retryable": "httpcodes.is_retryable(503, 'GET')",
    "parse_retry_after": "httpcodes.parse_retry_after('120')",
    "status_line": "httpcodes.status_line(404)",
    "parse_status_line": "httpcodes.parse_status_line('HTTP/1.1 404 Not Found')",
    "search": "httpcodes.search('user already exists')",
    "guidance": "httpcodes.guidance(409)",
    "compare": "httpcodes.compare(401, 403)",
    "unofficial.lookup": "unofficial.lookup(499)",
    "messages.message": "messages.message('text.out_of_range', 'ko', code=999)",
    "lazy names": "[getattr(httpcodes, name) for name in httpcodes.__all__]",
}


def test_every_public_function_is_raced() -> None:
    raced = " ".join(CALLS.values())
    for name in httpcodes.__all__:
        if callable(getattr(httpcodes, name)) and name[0].islower():
            assert f"httpcodes.{name}(" in raced, name


def _race(call: str) -> list[str]:
    code = RACE.format(threads=THREADS, call=call)
    outputs = []
    for _ in range(RUNS):
        result = subprocess.run(
            [sys.executable, "-S", "-c", code],
            capture_output=True,
            text=True,
            env={"PYTHONPATH": TEST_PATH},
            check=False,
        )
        outputs.append(result.stdout + result.stderr)
    return outputs


@pytest.fixture(scope="module")
def races() -> dict[str, list[str]]:
    with ThreadPoolExecutor(max_workers=4) as pool:
        return dict(zip(CALLS, pool.map(_race, CALLS.values()), strict=True))


@pytest.mark.parametrize("name", list(CALLS))
def test_first_use_from_many_threads(name: str, races: dict[str, list[str]]) -> None:
    for output in races[name]:
        count, first = output.split("\n", 1)
        assert count == "1", output  # every thread got the same answer
        assert not first.startswith("error:"), output


def test_a_race_would_be_seen() -> None:
    """The harness reports threads that disagree or fail."""
    call = "[].append(1) or __import__('threading').get_ident()"
    (output, *_) = _race(call)
    assert output.split("\n", 1)[0] != "1"
    (output, *_) = _race("{}['missing']")
    assert output.split("\n", 1)[1].startswith("error: KeyError")
