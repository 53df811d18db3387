"""Workato API Platform client with the vendor's authentication and servers built in.

Generated from the spec by scripts/generate.py using overrides/sdk/sdk.py.jinja; do not edit.
"""

from typing import ClassVar

from attrs import define, field

from ._runtime import ApiClient, ServerVariable


@define(repr=False)
class WorkatoPlatformClient(ApiClient):
    """Client for the Workato API Platform.

    Sends ``Authorization: Bearer {token}`` on every request, with ``{token}`` being
    ``api_token``. The base URL is ``https://{data_center}``, with
    ``data_center`` (default ``www.workato.com``): one of us, eu, jp, sg, au or a host name.
    Pass ``base_url=`` to use any other server (a fake, a proxy); it always wins.
    """

    api_token: str = field(kw_only=True, repr=False)
    data_center: str | None = field(default=None, kw_only=True)

    credential_field: ClassVar[str] = "api_token"
    header_format: ClassVar[str] = "Bearer {token}"
    server_url: ClassVar[str] = "https://{data_center}"
    server_variables: ClassVar[dict[str, ServerVariable]] = {
        "data_center": ServerVariable(
            default="www.workato.com",
            enum=(
                "www.workato.com",
                "app.eu.workato.com",
                "app.jp.workato.com",
                "app.sg.workato.com",
                "app.au.workato.com",
            ),
            names={
                "au": "app.au.workato.com",
                "eu": "app.eu.workato.com",
                "jp": "app.jp.workato.com",
                "sg": "app.sg.workato.com",
                "us": "www.workato.com",
            },
        ),
    }
