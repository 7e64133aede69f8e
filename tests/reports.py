"""A ``report`` for the checking middleware that keeps what it is given,
shared by the WSGI, ASGI and Django tests."""

from __future__ import annotations

from httpcodes import Exchange, Finding


class Reports:
    """A report that keeps what it is given."""

    def __init__(self) -> None:
        self.calls: list[tuple[Finding, Exchange]] = []

    def __call__(self, finding: Finding, exchange: Exchange) -> None:
        self.calls.append((finding, exchange))

    @property
    def rules(self) -> list[str]:
        return [finding.rule for finding, _ in self.calls]
