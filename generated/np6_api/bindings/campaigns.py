"""`client.campaigns`: api.campaign.

Written by scripts/bindings.py from openapi/np6.yaml (`make generate`): do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from np6._operation import C, Operation, Resource

if TYPE_CHECKING:
    from ..api.campaign import create_campaign, list_campaign_events
else:  # imported on first call
    create_campaign = "np6_api.api.campaign.create_campaign"
    list_campaign_events = "np6_api.api.campaign.list_campaign_events"


class Campaigns(Resource[C]):
    """api.campaign"""

    create = Operation(
        create_campaign,
        "campaigns.create",
        "Create a campaign.\n\nThe reference page does not render this operation's heading.",
    )
    events = Operation(
        list_campaign_events,
        "campaigns.events",
        "Retrieve events of the specified campaign items.\n\nA retrieval sent as POST: the body selects, per channel, which event types (and hit\nsubtypes) of which campaign items to return. `start` and `end` accept an ISO date or a\ntimestamp.",
    )
