"""Choosing a code: ranked search by situation (``search``), each code's
guidance (``guidance``), and what tells commonly confused codes apart
(``compare``).  Built from the guidance columns and the ``CONFUSIONS``
table of ``httpcodes._data.codes``; loaded on first use.
"""
