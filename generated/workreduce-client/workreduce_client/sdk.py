"""WorkReduce API client with the vendor's authentication and servers built in.

Generated from the spec by scripts/generate.py using overrides/sdk/sdk.py.jinja; do not edit.
"""

from typing import ClassVar

from attrs import define, field

from ._runtime import ApiClient, ServerVariable


@define(repr=False)
class WorkReduceClient(ApiClient):
    """Client for the WorkReduce API.

    Sends ``Authorization: {token}`` on every request, with ``{token}`` being
    ``api_key``. The base URL is ``https://api.workreduce.com``.
    Pass ``base_url=`` to use any other server (a fake, a proxy); it always wins.
    """

    api_key: str = field(kw_only=True, repr=False)

    credential_field: ClassVar[str] = "api_key"
    header_format: ClassVar[str] = "{token}"
    server_url: ClassVar[str] = "https://api.workreduce.com"
    server_variables: ClassVar[dict[str, ServerVariable]] = {}
