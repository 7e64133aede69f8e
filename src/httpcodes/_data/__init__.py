"""The facts, as literal data: the one source everything else is built from.

- ``codes``: every fact about every registered status code, the five
  classes, the groups of commonly confused codes and the response rules.
- ``unofficial``: the codes vendors use that IANA does not register.
- ``messages``: every label and message httpcodes shows, in English and
  Korean.

Each module holds literals only: no logic and no imports at run time
(``tests/test_data.py`` parses them and fails on anything else).  The enum
declarations and the documentation tables are generated from them by
``python tools/generate.py``.
"""
