"""Email & SMS: `client.actions`."""

from __future__ import annotations

from np6_api.api.email_sms import export_action_clicks, export_action_opens, render_action_links

from .._operation import C, Operation, Resource


class Actions(Resource[C]):
    """Marketing actions (email and SMS messages)."""

    export_opens = Operation(export_action_opens._get_kwargs, export_action_opens._parse_response)
    export_clicks = Operation(
        export_action_clicks._get_kwargs, export_action_clicks._parse_response
    )
    render_links = Operation(render_action_links._get_kwargs, render_action_links._parse_response)
