"""`client.marketing_pressure`: api.marketing_pressure.

Written by scripts/bindings.py from openapi/np6.yaml (`make generate`): do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from np6._operation import C, Operation, Resource

if TYPE_CHECKING:
    from ..api.marketing_pressure import (
        get_mandatory_topic_setting,
        list_pressure_rules,
        list_pressure_topics,
        set_mandatory_topic_setting,
    )
else:  # imported on first call
    get_mandatory_topic_setting = (
        "np6_api.api.marketing_pressure.get_mandatory_topic_setting"
    )
    list_pressure_rules = "np6_api.api.marketing_pressure.list_pressure_rules"
    list_pressure_topics = "np6_api.api.marketing_pressure.list_pressure_topics"
    set_mandatory_topic_setting = (
        "np6_api.api.marketing_pressure.set_mandatory_topic_setting"
    )


class MarketingPressure(Resource[C]):
    """api.marketing_pressure"""

    rules = Operation(
        list_pressure_rules,
        "marketing_pressure.rules",
        "List the marketing-pressure rules.",
    )
    set_topic_mandatory = Operation(
        set_mandatory_topic_setting,
        "marketing_pressure.set_topic_mandatory",
        "Make a marketing-pressure topic mandatory or not.",
    )
    topic_mandatory = Operation(
        get_mandatory_topic_setting,
        "marketing_pressure.topic_mandatory",
        "Whether a marketing-pressure topic is mandatory.",
    )
    topics = Operation(
        list_pressure_topics,
        "marketing_pressure.topics",
        "List the marketing-pressure topics.",
    )
