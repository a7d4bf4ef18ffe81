"""Campaign: `client.campaigns`."""

from __future__ import annotations

from np6_api.api.campaign import create_campaign, list_campaign_events

from .._operation import C, Operation, Resource


class Campaigns(Resource[C]):
    """Campaigns and the events of their items."""

    create = Operation(create_campaign)
    events = Operation(list_campaign_events)
