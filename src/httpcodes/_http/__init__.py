"""HTTP semantics built on the registry: what a status code means for a
client and a server.

- ``redirects``: the method and content of the request after a redirect.
- ``retry``: when repeating a request is safe, and ``Retry-After``.
- ``responses``: what a response with each code must carry, and
  ``check_response``.
- ``status_line``: writing and strictly reading an HTTP/1.1 status line.

Each rule sits beside the RFC text it implements; the grammar they read is
``httpcodes._abnf``, and their arguments are read by ``httpcodes._arguments``.
Nothing here is loaded by ``import httpcodes``; the public names load their
module on first use.
"""
