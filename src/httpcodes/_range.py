"""The range of status codes and their classes (RFC 9110, Section 15).

"The status code of a response is a three-digit integer code"; "the first
digit of the status-code defines the class of response", and there are five
classes, 1xx to 5xx.  Values outside 100 to 599 are invalid and have no
class.  A client that does not recognise a status code treats it as the
``x00`` code of its class.

This is the one place the range and the classes are written: the enum's
class flags, ``classify``, ``resolve``, the reading of every status argument
and the status-line parser all ask here.  ``import httpcodes`` loads it (the
lookups need it), so it imports nothing.
"""


def class_digit(number: int) -> "int | None":
    """The class (1 to 5) of a status number, or None outside 100 to 599."""
    return number // 100 if 100 <= number <= 599 else None


def fallback(number: int) -> "int | None":
    """The code a client treats an unknown status code as: the ``x00`` code
    of its class; None outside 100 to 599."""
    return number // 100 * 100 if 100 <= number <= 599 else None
