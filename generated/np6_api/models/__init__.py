"""Contains all the data models used in inputs/outputs"""

from .action import Action
from .action_content import ActionContent
from .action_event import ActionEvent
from .action_informations import ActionInformations
from .action_scheduler import ActionScheduler
from .action_scheduler_monitor import ActionSchedulerMonitor
from .action_state import ActionState
from .action_summary import ActionSummary
from .action_summary_settings import ActionSummarySettings
from .action_validation import ActionValidation
from .action_validation_variables_item import ActionValidationVariablesItem
from .archive import Archive
from .attachment import Attachment
from .attachment_data import AttachmentData
from .bounce import Bounce
from .bounce_type import BounceType
from .campaign import Campaign
from .campaign_event_selector import CampaignEventSelector
from .campaign_events_request import CampaignEventsRequest
from .campaign_item import CampaignItem
from .campaign_items_events import CampaignItemsEvents
from .carbon_copy import CarbonCopy
from .content_override import ContentOverride
from .count_targets_response_200 import CountTargetsResponse200
from .dynamic_segment import DynamicSegment
from .dynamic_segment_type import DynamicSegmentType
from .email_action_settings import EmailActionSettings
from .email_action_settings_consent import EmailActionSettingsConsent
from .email_action_settings_edition_mode import EmailActionSettingsEditionMode
from .email_action_settings_environment import EmailActionSettingsEnvironment
from .email_action_settings_mp import EmailActionSettingsMp
from .email_action_settings_performance import EmailActionSettingsPerformance
from .email_action_settings_templating import EmailActionSettingsTemplating
from .email_from import EmailFrom
from .error import Error
from .execution_result import ExecutionResult
from .field import Field
from .field_constraint import FieldConstraint
from .field_constraint_operator import FieldConstraintOperator
from .footprint import Footprint
from .get_target_body import GetTargetBody
from .hit_event import HitEvent
from .hit_event_detail import HitEventDetail
from .lifecycle import Lifecycle
from .lifecycle_event import LifecycleEvent
from .message_definition import MessageDefinition
from .message_definition_blocks_item import MessageDefinitionBlocksItem
from .message_definition_data import MessageDefinitionData
from .message_definition_variables_item import MessageDefinitionVariablesItem
from .message_headers import MessageHeaders
from .multi_render_definition import MultiRenderDefinition
from .normalization_request import NormalizationRequest
from .normalization_request_fields import NormalizationRequestFields
from .receiver import Receiver
from .red_list import RedList
from .red_list_entry import RedListEntry
from .red_list_origin import RedListOrigin
from .red_listing import RedListing
from .red_listing_detail import RedListingDetail
from .render_context import RenderContext
from .render_context_display import RenderContextDisplay
from .render_definition import RenderDefinition
from .render_definition_blocks_item import RenderDefinitionBlocksItem
from .render_definition_data import RenderDefinitionData
from .render_definition_variables_item import RenderDefinitionVariablesItem
from .render_link import RenderLink
from .render_link_destination import RenderLinkDestination
from .render_links_request import RenderLinksRequest
from .render_links_request_data import RenderLinksRequestData
from .render_links_request_variables_item import RenderLinksRequestVariablesItem
from .render_links_result import RenderLinksResult
from .render_result import RenderResult
from .render_result_headers import RenderResultHeaders
from .render_result_sender import RenderResultSender
from .segment_properties import SegmentProperties
from .send_action_to_target_response_200 import SendActionToTargetResponse200
from .sort_order import SortOrder
from .stamp import Stamp
from .static_segment import StaticSegment
from .static_segment_type import StaticSegmentType
from .subscription import Subscription
from .subscription_contact import SubscriptionContact
from .subscription_provider import SubscriptionProvider
from .target import Target
from .target_fields import TargetFields
from .target_message_request import TargetMessageRequest
from .target_message_request_data import TargetMessageRequestData
from .target_notification import TargetNotification
from .target_selector import TargetSelector
from .typed_object import TypedObject
from .update_target_body import UpdateTargetBody
from .value_list import ValueList
from .value_list_item import ValueListItem

__all__ = (
    "Action",
    "ActionContent",
    "ActionEvent",
    "ActionInformations",
    "ActionScheduler",
    "ActionSchedulerMonitor",
    "ActionState",
    "ActionSummary",
    "ActionSummarySettings",
    "ActionValidation",
    "ActionValidationVariablesItem",
    "Archive",
    "Attachment",
    "AttachmentData",
    "Bounce",
    "BounceType",
    "Campaign",
    "CampaignEventSelector",
    "CampaignEventsRequest",
    "CampaignItem",
    "CampaignItemsEvents",
    "CarbonCopy",
    "ContentOverride",
    "CountTargetsResponse200",
    "DynamicSegment",
    "DynamicSegmentType",
    "EmailActionSettings",
    "EmailActionSettingsConsent",
    "EmailActionSettingsEditionMode",
    "EmailActionSettingsEnvironment",
    "EmailActionSettingsMp",
    "EmailActionSettingsPerformance",
    "EmailActionSettingsTemplating",
    "EmailFrom",
    "Error",
    "ExecutionResult",
    "Field",
    "FieldConstraint",
    "FieldConstraintOperator",
    "Footprint",
    "GetTargetBody",
    "HitEvent",
    "HitEventDetail",
    "Lifecycle",
    "LifecycleEvent",
    "MessageDefinition",
    "MessageDefinitionBlocksItem",
    "MessageDefinitionData",
    "MessageDefinitionVariablesItem",
    "MessageHeaders",
    "MultiRenderDefinition",
    "NormalizationRequest",
    "NormalizationRequestFields",
    "Receiver",
    "RedList",
    "RedListEntry",
    "RedListOrigin",
    "RedListing",
    "RedListingDetail",
    "RenderContext",
    "RenderContextDisplay",
    "RenderDefinition",
    "RenderDefinitionBlocksItem",
    "RenderDefinitionData",
    "RenderDefinitionVariablesItem",
    "RenderLink",
    "RenderLinkDestination",
    "RenderLinksRequest",
    "RenderLinksRequestData",
    "RenderLinksRequestVariablesItem",
    "RenderLinksResult",
    "RenderResult",
    "RenderResultHeaders",
    "RenderResultSender",
    "SegmentProperties",
    "SendActionToTargetResponse200",
    "SortOrder",
    "Stamp",
    "StaticSegment",
    "StaticSegmentType",
    "Subscription",
    "SubscriptionContact",
    "SubscriptionProvider",
    "Target",
    "TargetFields",
    "TargetMessageRequest",
    "TargetMessageRequestData",
    "TargetNotification",
    "TargetSelector",
    "TypedObject",
    "UpdateTargetBody",
    "ValueList",
    "ValueListItem",
)
