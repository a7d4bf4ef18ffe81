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
from .footprint import Footprint
from .hit_event import HitEvent
from .hit_event_detail import HitEventDetail
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
from .send_action_to_target_response_200 import SendActionToTargetResponse200
from .sort_order import SortOrder
from .stamp import Stamp
from .target import Target
from .target_fields import TargetFields
from .target_message_request import TargetMessageRequest
from .target_message_request_data import TargetMessageRequestData
from .typed_object import TypedObject
from .update_target_body import UpdateTargetBody

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
    "Footprint",
    "HitEvent",
    "HitEventDetail",
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
    "SendActionToTargetResponse200",
    "SortOrder",
    "Stamp",
    "Target",
    "TargetFields",
    "TargetMessageRequest",
    "TargetMessageRequestData",
    "TypedObject",
    "UpdateTargetBody",
)
