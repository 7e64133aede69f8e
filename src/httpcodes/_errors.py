"""The exception httpcodes raises for a well-typed key that names no status code."""

from __future__ import annotations


class UnknownStatusError(LookupError, ValueError):
    """A key of the right type that matches no registered status code.

    It subclasses ``LookupError`` because it is a failed lookup, and
    ``ValueError`` because code written against ``http.HTTPStatus(...)``
    catches ``ValueError``.  Keys of the wrong type (``None``, ``float``,
    ``bytes``, ``bool``) raise ``TypeError`` instead, never this.

    Attributes:
        key: the key as it was passed.
        suggestions: reason phrases close to a text key, best first; empty
            for numbers and when nothing is close.
    """

    # Tracebacks and pickles name the public path, httpcodes.UnknownStatusError.
    __module__ = "httpcodes"

    key: object
    suggestions: tuple[str, ...]

    def __init__(
        self, key: object, message: str, suggestions: tuple[str, ...] = ()
    ) -> None:
        super().__init__(message)
        self.key = key
        self.suggestions = suggestions
