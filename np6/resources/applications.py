"""Mobile Application and Marketing Pressure: `client.applications`, `client.marketing_pressure`."""

from __future__ import annotations

from np6_api.api.marketing_pressure import (
    get_mandatory_topic_setting,
    list_pressure_rules,
    list_pressure_topics,
    set_mandatory_topic_setting,
)
from np6_api.api.mobile_application import create_application, get_application, list_applications

from .._operation import C, Operation, Resource


class Applications(Resource[C]):
    """Mobile applications that receive push notifications."""

    list = Operation(list_applications)
    create = Operation(create_application)
    get = Operation(get_application)


class MarketingPressure(Resource[C]):
    """Marketing-pressure topics, rules and the mandatory-topic setting."""

    topics = Operation(list_pressure_topics)
    rules = Operation(list_pressure_rules)
    topic_mandatory = Operation(get_mandatory_topic_setting)
    set_topic_mandatory = Operation(set_mandatory_topic_setting)
