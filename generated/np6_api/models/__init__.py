"""Contains all the data models used in inputs/outputs (each loaded on first use)."""

from importlib import import_module
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .action import Action
    from .action_content import ActionContent
    from .action_event import ActionEvent
    from .action_informations import ActionInformations
    from .action_response import ActionResponse
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
    from .category import Category
    from .change_stamp import ChangeStamp
    from .content_override import ContentOverride
    from .count_targets_response_200 import CountTargetsResponse200
    from .create_import_format_body import CreateImportFormatBody
    from .create_import_format_response_200 import CreateImportFormatResponse200
    from .create_target_body import CreateTargetBody
    from .database_feature import DatabaseFeature
    from .database_feature_type import DatabaseFeatureType
    from .display_event import DisplayEvent
    from .duplicate_compilable_response_200 import DuplicateCompilableResponse200
    from .duplicate_feature import DuplicateFeature
    from .duplicate_feature_rules import DuplicateFeatureRules
    from .duplicate_feature_type import DuplicateFeatureType
    from .dynamic_segment import DynamicSegment
    from .dynamic_segment_response import DynamicSegmentResponse
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
    from .execute_compilable_body import ExecuteCompilableBody
    from .execute_workflow_response_200 import ExecuteWorkflowResponse200
    from .execution_outcome import ExecutionOutcome
    from .execution_outcome_arguments import ExecutionOutcomeArguments
    from .execution_result import ExecutionResult
    from .field import Field
    from .field_constraint import FieldConstraint
    from .field_constraint_operator import FieldConstraintOperator
    from .footprint import Footprint
    from .get_target_body import GetTargetBody
    from .hit_event import HitEvent
    from .hit_source import HitSource
    from .hit_source_detail import HitSourceDetail
    from .import_definition import ImportDefinition
    from .import_definition_fields import ImportDefinitionFields
    from .import_definition_response import ImportDefinitionResponse
    from .import_execution import ImportExecution
    from .import_execution_state import ImportExecutionState
    from .import_scheduler import ImportScheduler
    from .import_source import ImportSource
    from .import_source_data_item import ImportSourceDataItem
    from .lifecycle import Lifecycle
    from .lifecycle_event import LifecycleEvent
    from .message_definition import MessageDefinition
    from .message_definition_blocks_item import MessageDefinitionBlocksItem
    from .message_definition_data import MessageDefinitionData
    from .message_definition_variables_item import MessageDefinitionVariablesItem
    from .message_headers import MessageHeaders
    from .multi_render_definition import MultiRenderDefinition
    from .normalization_feature import NormalizationFeature
    from .normalization_feature_fields import NormalizationFeatureFields
    from .normalization_feature_type import NormalizationFeatureType
    from .normalization_request import NormalizationRequest
    from .normalization_request_fields import NormalizationRequestFields
    from .notifiable_application import NotifiableApplication
    from .notifiable_application_response import NotifiableApplicationResponse
    from .notifiable_application_routes_item import NotifiableApplicationRoutesItem
    from .notification import Notification
    from .notification_activation_event import NotificationActivationEvent
    from .notification_activation_event_type import NotificationActivationEventType
    from .notification_bounce_event import NotificationBounceEvent
    from .notification_bounce_event_type import NotificationBounceEventType
    from .notification_cancellation_event import NotificationCancellationEvent
    from .notification_cancellation_event_type import NotificationCancellationEventType
    from .notification_complaint_event import NotificationComplaintEvent
    from .notification_complaint_event_type import NotificationComplaintEventType
    from .notification_creation_event import NotificationCreationEvent
    from .notification_creation_event_type import NotificationCreationEventType
    from .notification_execution import NotificationExecution
    from .notification_execution_data import NotificationExecutionData
    from .notification_execution_event import NotificationExecutionEvent
    from .notification_execution_event_type import NotificationExecutionEventType
    from .notification_execution_recipient import NotificationExecutionRecipient
    from .notification_execution_recipient_value import NotificationExecutionRecipientValue
    from .notification_execution_variables_item import NotificationExecutionVariablesItem
    from .notification_hit_event import NotificationHitEvent
    from .notification_hit_event_type import NotificationHitEventType
    from .notification_impression_event import NotificationImpressionEvent
    from .notification_impression_event_type import NotificationImpressionEventType
    from .notification_modification_event import NotificationModificationEvent
    from .notification_modification_event_type import NotificationModificationEventType
    from .notification_optout_event import NotificationOptoutEvent
    from .notification_optout_event_type import NotificationOptoutEventType
    from .notification_render_request import NotificationRenderRequest
    from .notification_render_request_receiver import NotificationRenderRequestReceiver
    from .notification_render_request_related import NotificationRenderRequestRelated
    from .notification_render_request_stamp import NotificationRenderRequestStamp
    from .notification_render_result import NotificationRenderResult
    from .notification_render_result_meta import NotificationRenderResultMeta
    from .notification_render_result_meta_stamp import NotificationRenderResultMetaStamp
    from .notification_render_result_render import NotificationRenderResultRender
    from .notification_reply_event import NotificationReplyEvent
    from .notification_reply_event_type import NotificationReplyEventType
    from .notification_settings import NotificationSettings
    from .notification_settings_expiration import NotificationSettingsExpiration
    from .notification_settings_mp import NotificationSettingsMp
    from .notification_settings_purpose import NotificationSettingsPurpose
    from .notification_stamp import NotificationStamp
    from .notification_suppression_event import NotificationSuppressionEvent
    from .notification_suppression_event_type import NotificationSuppressionEventType
    from .notification_task import NotificationTask
    from .notification_task_scheduler import NotificationTaskScheduler
    from .notification_version import NotificationVersion
    from .pressure_rule import PressureRule
    from .pressure_rule_predicate import PressureRulePredicate
    from .pressure_topic import PressureTopic
    from .receiver import Receiver
    from .red_list import RedList
    from .red_list_entry import RedListEntry
    from .red_list_feature import RedListFeature
    from .red_list_feature_type import RedListFeatureType
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
    from .report_feature import ReportFeature
    from .report_feature_type import ReportFeatureType
    from .segment_properties import SegmentProperties
    from .segmentation_feature import SegmentationFeature
    from .segmentation_feature_type import SegmentationFeatureType
    from .send_notification_message_response_200 import SendNotificationMessageResponse200
    from .send_notification_messages_response_200 import SendNotificationMessagesResponse200
    from .sort_order import SortOrder
    from .stamp import Stamp
    from .static_segment import StaticSegment
    from .static_segment_response import StaticSegmentResponse
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
    from .update_webtask_body_type_1_item import UpdateWebtaskBodyType1Item
    from .value_list import ValueList
    from .value_list_item import ValueListItem
    from .webtask import Webtask
    from .webtask_scripting import WebtaskScripting
    from .webtask_settings import WebtaskSettings
    from .workflow import Workflow
    from .workflow_capping import WorkflowCapping
    from .workflow_capping_key import WorkflowCappingKey
    from .workflow_capping_key_value import WorkflowCappingKeyValue
    from .workflow_capping_period import WorkflowCappingPeriod
    from .workflow_capping_period_unit import WorkflowCappingPeriodUnit
    from .workflow_execution import WorkflowExecution
    from .workflow_execution_data import WorkflowExecutionData
    from .workflow_execution_debug import WorkflowExecutionDebug
    from .workflow_execution_debug_nodes_item import WorkflowExecutionDebugNodesItem
    from .workflow_execution_event import WorkflowExecutionEvent
    from .workflow_execution_resolutions_item import WorkflowExecutionResolutionsItem
    from .workflow_execution_state import WorkflowExecutionState
    from .workflow_execution_variables_item import WorkflowExecutionVariablesItem
    from .workflow_listener import WorkflowListener
    from .workflow_node_conditionaltimeslots import WorkflowNodeConditionaltimeslots
    from .workflow_node_data_explorer_v2_match import WorkflowNodeDataExplorerV2Match
    from .workflow_node_data_manager_pipeline import WorkflowNodeDataManagerPipeline
    from .workflow_node_data_table_pipeline import WorkflowNodeDataTablePipeline
    from .workflow_node_data_table_pipeline_type import WorkflowNodeDataTablePipelineType
    from .workflow_node_event import WorkflowNodeEvent
    from .workflow_node_event_data import WorkflowNodeEventData
    from .workflow_node_event_data_value import WorkflowNodeEventDataValue
    from .workflow_node_event_value import WorkflowNodeEventValue
    from .workflow_node_flow import WorkflowNodeFlow
    from .workflow_node_if import WorkflowNodeIf
    from .workflow_node_if_settings import WorkflowNodeIfSettings
    from .workflow_node_if_type import WorkflowNodeIfType
    from .workflow_node_match import WorkflowNodeMatch
    from .workflow_node_match_settings import WorkflowNodeMatchSettings
    from .workflow_node_match_type import WorkflowNodeMatchType
    from .workflow_node_multipleslots import WorkflowNodeMultipleslots
    from .workflow_node_multipleslots_settings import WorkflowNodeMultipleslotsSettings
    from .workflow_node_multipleslots_type import WorkflowNodeMultipleslotsType
    from .workflow_node_publish import WorkflowNodePublish
    from .workflow_node_publish_settings import WorkflowNodePublishSettings
    from .workflow_node_publish_type import WorkflowNodePublishType
    from .workflow_node_request import WorkflowNodeRequest
    from .workflow_node_request_settings import WorkflowNodeRequestSettings
    from .workflow_node_request_type import WorkflowNodeRequestType
    from .workflow_node_sample import WorkflowNodeSample
    from .workflow_node_sample_settings import WorkflowNodeSampleSettings
    from .workflow_node_sample_type import WorkflowNodeSampleType
    from .workflow_node_script import WorkflowNodeScript
    from .workflow_node_script_settings import WorkflowNodeScriptSettings
    from .workflow_node_script_type import WorkflowNodeScriptType
    from .workflow_node_send_mail import WorkflowNodeSendMail
    from .workflow_node_send_mail_settings import WorkflowNodeSendMailSettings
    from .workflow_node_send_mail_type import WorkflowNodeSendMailType
    from .workflow_node_send_sms import WorkflowNodeSendSms
    from .workflow_node_send_sms_settings import WorkflowNodeSendSmsSettings
    from .workflow_node_send_sms_type import WorkflowNodeSendSmsType
    from .workflow_node_sendpushapp import WorkflowNodeSendpushapp
    from .workflow_node_sendpushapp_settings import WorkflowNodeSendpushappSettings
    from .workflow_node_sendpushapp_type import WorkflowNodeSendpushappType
    from .workflow_node_sleep import WorkflowNodeSleep
    from .workflow_node_sleep_settings import WorkflowNodeSleepSettings
    from .workflow_node_sleep_type import WorkflowNodeSleepType
    from .workflow_node_sms import WorkflowNodeSms
    from .workflow_node_sms_settings import WorkflowNodeSmsSettings
    from .workflow_node_sms_type import WorkflowNodeSmsType
    from .workflow_node_split import WorkflowNodeSplit
    from .workflow_node_split_settings import WorkflowNodeSplitSettings
    from .workflow_node_split_type import WorkflowNodeSplitType
    from .workflow_node_switch import WorkflowNodeSwitch
    from .workflow_node_switch_settings import WorkflowNodeSwitchSettings
    from .workflow_node_switch_type import WorkflowNodeSwitchType
    from .workflow_node_terminal import WorkflowNodeTerminal
    from .workflow_node_terminal_settings import WorkflowNodeTerminalSettings
    from .workflow_node_terminal_type import WorkflowNodeTerminalType
    from .workflow_node_update_target import WorkflowNodeUpdateTarget
    from .workflow_node_update_target_settings import WorkflowNodeUpdateTargetSettings
    from .workflow_node_update_target_type import WorkflowNodeUpdateTargetType
    from .workflow_node_wait import WorkflowNodeWait
    from .workflow_node_wait_all import WorkflowNodeWaitAll
    from .workflow_node_wait_all_settings import WorkflowNodeWaitAllSettings
    from .workflow_node_wait_all_type import WorkflowNodeWaitAllType
    from .workflow_node_wait_kill import WorkflowNodeWaitKill
    from .workflow_node_wait_kill_settings import WorkflowNodeWaitKillSettings
    from .workflow_node_wait_kill_type import WorkflowNodeWaitKillType
    from .workflow_node_wait_race import WorkflowNodeWaitRace
    from .workflow_node_wait_race_settings import WorkflowNodeWaitRaceSettings
    from .workflow_node_wait_race_type import WorkflowNodeWaitRaceType
    from .workflow_node_wait_settings import WorkflowNodeWaitSettings
    from .workflow_node_wait_type import WorkflowNodeWaitType
    from .workflow_scheduler import WorkflowScheduler
    from .workflow_scheduler_time_zone import WorkflowSchedulerTimeZone
    from .workflow_scripting import WorkflowScripting
    from .workflow_scripting_environment import WorkflowScriptingEnvironment
    from .workflow_scripting_filters_item import WorkflowScriptingFiltersItem
    from .workflow_scripting_imports_item import WorkflowScriptingImportsItem
    from .workflow_scripting_initializers_item import WorkflowScriptingInitializersItem
    from .workflow_settings import WorkflowSettings
    from .workflow_state import WorkflowState
    from .workflow_task import WorkflowTask
    from .workflow_task_provider import WorkflowTaskProvider
    from .workflow_task_provider_projection import WorkflowTaskProviderProjection
    from .workflow_task_provider_value import WorkflowTaskProviderValue

_MODULES = {
    "Action": "action",
    "ActionContent": "action_content",
    "ActionEvent": "action_event",
    "ActionInformations": "action_informations",
    "ActionResponse": "action_response",
    "ActionScheduler": "action_scheduler",
    "ActionSchedulerMonitor": "action_scheduler_monitor",
    "ActionState": "action_state",
    "ActionSummary": "action_summary",
    "ActionSummarySettings": "action_summary_settings",
    "ActionValidation": "action_validation",
    "ActionValidationVariablesItem": "action_validation_variables_item",
    "Archive": "archive",
    "Attachment": "attachment",
    "AttachmentData": "attachment_data",
    "Bounce": "bounce",
    "BounceType": "bounce_type",
    "Campaign": "campaign",
    "CampaignEventSelector": "campaign_event_selector",
    "CampaignEventsRequest": "campaign_events_request",
    "CampaignItem": "campaign_item",
    "CampaignItemsEvents": "campaign_items_events",
    "CarbonCopy": "carbon_copy",
    "Category": "category",
    "ChangeStamp": "change_stamp",
    "ContentOverride": "content_override",
    "CountTargetsResponse200": "count_targets_response_200",
    "CreateImportFormatBody": "create_import_format_body",
    "CreateImportFormatResponse200": "create_import_format_response_200",
    "CreateTargetBody": "create_target_body",
    "DatabaseFeature": "database_feature",
    "DatabaseFeatureType": "database_feature_type",
    "DisplayEvent": "display_event",
    "DuplicateCompilableResponse200": "duplicate_compilable_response_200",
    "DuplicateFeature": "duplicate_feature",
    "DuplicateFeatureRules": "duplicate_feature_rules",
    "DuplicateFeatureType": "duplicate_feature_type",
    "DynamicSegment": "dynamic_segment",
    "DynamicSegmentResponse": "dynamic_segment_response",
    "DynamicSegmentType": "dynamic_segment_type",
    "EmailActionSettings": "email_action_settings",
    "EmailActionSettingsConsent": "email_action_settings_consent",
    "EmailActionSettingsEditionMode": "email_action_settings_edition_mode",
    "EmailActionSettingsEnvironment": "email_action_settings_environment",
    "EmailActionSettingsMp": "email_action_settings_mp",
    "EmailActionSettingsPerformance": "email_action_settings_performance",
    "EmailActionSettingsTemplating": "email_action_settings_templating",
    "EmailFrom": "email_from",
    "Error": "error",
    "ExecuteCompilableBody": "execute_compilable_body",
    "ExecuteWorkflowResponse200": "execute_workflow_response_200",
    "ExecutionOutcome": "execution_outcome",
    "ExecutionOutcomeArguments": "execution_outcome_arguments",
    "ExecutionResult": "execution_result",
    "Field": "field",
    "FieldConstraint": "field_constraint",
    "FieldConstraintOperator": "field_constraint_operator",
    "Footprint": "footprint",
    "GetTargetBody": "get_target_body",
    "HitEvent": "hit_event",
    "HitSource": "hit_source",
    "HitSourceDetail": "hit_source_detail",
    "ImportDefinition": "import_definition",
    "ImportDefinitionFields": "import_definition_fields",
    "ImportDefinitionResponse": "import_definition_response",
    "ImportExecution": "import_execution",
    "ImportExecutionState": "import_execution_state",
    "ImportScheduler": "import_scheduler",
    "ImportSource": "import_source",
    "ImportSourceDataItem": "import_source_data_item",
    "Lifecycle": "lifecycle",
    "LifecycleEvent": "lifecycle_event",
    "MessageDefinition": "message_definition",
    "MessageDefinitionBlocksItem": "message_definition_blocks_item",
    "MessageDefinitionData": "message_definition_data",
    "MessageDefinitionVariablesItem": "message_definition_variables_item",
    "MessageHeaders": "message_headers",
    "MultiRenderDefinition": "multi_render_definition",
    "NormalizationFeature": "normalization_feature",
    "NormalizationFeatureFields": "normalization_feature_fields",
    "NormalizationFeatureType": "normalization_feature_type",
    "NormalizationRequest": "normalization_request",
    "NormalizationRequestFields": "normalization_request_fields",
    "NotifiableApplication": "notifiable_application",
    "NotifiableApplicationResponse": "notifiable_application_response",
    "NotifiableApplicationRoutesItem": "notifiable_application_routes_item",
    "Notification": "notification",
    "NotificationActivationEvent": "notification_activation_event",
    "NotificationActivationEventType": "notification_activation_event_type",
    "NotificationBounceEvent": "notification_bounce_event",
    "NotificationBounceEventType": "notification_bounce_event_type",
    "NotificationCancellationEvent": "notification_cancellation_event",
    "NotificationCancellationEventType": "notification_cancellation_event_type",
    "NotificationComplaintEvent": "notification_complaint_event",
    "NotificationComplaintEventType": "notification_complaint_event_type",
    "NotificationCreationEvent": "notification_creation_event",
    "NotificationCreationEventType": "notification_creation_event_type",
    "NotificationExecution": "notification_execution",
    "NotificationExecutionData": "notification_execution_data",
    "NotificationExecutionEvent": "notification_execution_event",
    "NotificationExecutionEventType": "notification_execution_event_type",
    "NotificationExecutionRecipient": "notification_execution_recipient",
    "NotificationExecutionRecipientValue": "notification_execution_recipient_value",
    "NotificationExecutionVariablesItem": "notification_execution_variables_item",
    "NotificationHitEvent": "notification_hit_event",
    "NotificationHitEventType": "notification_hit_event_type",
    "NotificationImpressionEvent": "notification_impression_event",
    "NotificationImpressionEventType": "notification_impression_event_type",
    "NotificationModificationEvent": "notification_modification_event",
    "NotificationModificationEventType": "notification_modification_event_type",
    "NotificationOptoutEvent": "notification_optout_event",
    "NotificationOptoutEventType": "notification_optout_event_type",
    "NotificationRenderRequest": "notification_render_request",
    "NotificationRenderRequestReceiver": "notification_render_request_receiver",
    "NotificationRenderRequestRelated": "notification_render_request_related",
    "NotificationRenderRequestStamp": "notification_render_request_stamp",
    "NotificationRenderResult": "notification_render_result",
    "NotificationRenderResultMeta": "notification_render_result_meta",
    "NotificationRenderResultMetaStamp": "notification_render_result_meta_stamp",
    "NotificationRenderResultRender": "notification_render_result_render",
    "NotificationReplyEvent": "notification_reply_event",
    "NotificationReplyEventType": "notification_reply_event_type",
    "NotificationSettings": "notification_settings",
    "NotificationSettingsExpiration": "notification_settings_expiration",
    "NotificationSettingsMp": "notification_settings_mp",
    "NotificationSettingsPurpose": "notification_settings_purpose",
    "NotificationStamp": "notification_stamp",
    "NotificationSuppressionEvent": "notification_suppression_event",
    "NotificationSuppressionEventType": "notification_suppression_event_type",
    "NotificationTask": "notification_task",
    "NotificationTaskScheduler": "notification_task_scheduler",
    "NotificationVersion": "notification_version",
    "PressureRule": "pressure_rule",
    "PressureRulePredicate": "pressure_rule_predicate",
    "PressureTopic": "pressure_topic",
    "Receiver": "receiver",
    "RedList": "red_list",
    "RedListEntry": "red_list_entry",
    "RedListFeature": "red_list_feature",
    "RedListFeatureType": "red_list_feature_type",
    "RedListOrigin": "red_list_origin",
    "RedListing": "red_listing",
    "RedListingDetail": "red_listing_detail",
    "RenderContext": "render_context",
    "RenderContextDisplay": "render_context_display",
    "RenderDefinition": "render_definition",
    "RenderDefinitionBlocksItem": "render_definition_blocks_item",
    "RenderDefinitionData": "render_definition_data",
    "RenderDefinitionVariablesItem": "render_definition_variables_item",
    "RenderLink": "render_link",
    "RenderLinkDestination": "render_link_destination",
    "RenderLinksRequest": "render_links_request",
    "RenderLinksRequestData": "render_links_request_data",
    "RenderLinksRequestVariablesItem": "render_links_request_variables_item",
    "RenderLinksResult": "render_links_result",
    "RenderResult": "render_result",
    "RenderResultHeaders": "render_result_headers",
    "RenderResultSender": "render_result_sender",
    "ReportFeature": "report_feature",
    "ReportFeatureType": "report_feature_type",
    "SegmentProperties": "segment_properties",
    "SegmentationFeature": "segmentation_feature",
    "SegmentationFeatureType": "segmentation_feature_type",
    "SendNotificationMessageResponse200": "send_notification_message_response_200",
    "SendNotificationMessagesResponse200": "send_notification_messages_response_200",
    "SortOrder": "sort_order",
    "Stamp": "stamp",
    "StaticSegment": "static_segment",
    "StaticSegmentResponse": "static_segment_response",
    "StaticSegmentType": "static_segment_type",
    "Subscription": "subscription",
    "SubscriptionContact": "subscription_contact",
    "SubscriptionProvider": "subscription_provider",
    "Target": "target",
    "TargetFields": "target_fields",
    "TargetMessageRequest": "target_message_request",
    "TargetMessageRequestData": "target_message_request_data",
    "TargetNotification": "target_notification",
    "TargetSelector": "target_selector",
    "TypedObject": "typed_object",
    "UpdateTargetBody": "update_target_body",
    "UpdateWebtaskBodyType1Item": "update_webtask_body_type_1_item",
    "ValueList": "value_list",
    "ValueListItem": "value_list_item",
    "Webtask": "webtask",
    "WebtaskScripting": "webtask_scripting",
    "WebtaskSettings": "webtask_settings",
    "Workflow": "workflow",
    "WorkflowCapping": "workflow_capping",
    "WorkflowCappingKey": "workflow_capping_key",
    "WorkflowCappingKeyValue": "workflow_capping_key_value",
    "WorkflowCappingPeriod": "workflow_capping_period",
    "WorkflowCappingPeriodUnit": "workflow_capping_period_unit",
    "WorkflowExecution": "workflow_execution",
    "WorkflowExecutionData": "workflow_execution_data",
    "WorkflowExecutionDebug": "workflow_execution_debug",
    "WorkflowExecutionDebugNodesItem": "workflow_execution_debug_nodes_item",
    "WorkflowExecutionEvent": "workflow_execution_event",
    "WorkflowExecutionResolutionsItem": "workflow_execution_resolutions_item",
    "WorkflowExecutionState": "workflow_execution_state",
    "WorkflowExecutionVariablesItem": "workflow_execution_variables_item",
    "WorkflowListener": "workflow_listener",
    "WorkflowNodeConditionaltimeslots": "workflow_node_conditionaltimeslots",
    "WorkflowNodeDataExplorerV2Match": "workflow_node_data_explorer_v2_match",
    "WorkflowNodeDataManagerPipeline": "workflow_node_data_manager_pipeline",
    "WorkflowNodeDataTablePipeline": "workflow_node_data_table_pipeline",
    "WorkflowNodeDataTablePipelineType": "workflow_node_data_table_pipeline_type",
    "WorkflowNodeEvent": "workflow_node_event",
    "WorkflowNodeEventData": "workflow_node_event_data",
    "WorkflowNodeEventDataValue": "workflow_node_event_data_value",
    "WorkflowNodeEventValue": "workflow_node_event_value",
    "WorkflowNodeFlow": "workflow_node_flow",
    "WorkflowNodeIf": "workflow_node_if",
    "WorkflowNodeIfSettings": "workflow_node_if_settings",
    "WorkflowNodeIfType": "workflow_node_if_type",
    "WorkflowNodeMatch": "workflow_node_match",
    "WorkflowNodeMatchSettings": "workflow_node_match_settings",
    "WorkflowNodeMatchType": "workflow_node_match_type",
    "WorkflowNodeMultipleslots": "workflow_node_multipleslots",
    "WorkflowNodeMultipleslotsSettings": "workflow_node_multipleslots_settings",
    "WorkflowNodeMultipleslotsType": "workflow_node_multipleslots_type",
    "WorkflowNodePublish": "workflow_node_publish",
    "WorkflowNodePublishSettings": "workflow_node_publish_settings",
    "WorkflowNodePublishType": "workflow_node_publish_type",
    "WorkflowNodeRequest": "workflow_node_request",
    "WorkflowNodeRequestSettings": "workflow_node_request_settings",
    "WorkflowNodeRequestType": "workflow_node_request_type",
    "WorkflowNodeSample": "workflow_node_sample",
    "WorkflowNodeSampleSettings": "workflow_node_sample_settings",
    "WorkflowNodeSampleType": "workflow_node_sample_type",
    "WorkflowNodeScript": "workflow_node_script",
    "WorkflowNodeScriptSettings": "workflow_node_script_settings",
    "WorkflowNodeScriptType": "workflow_node_script_type",
    "WorkflowNodeSendMail": "workflow_node_send_mail",
    "WorkflowNodeSendMailSettings": "workflow_node_send_mail_settings",
    "WorkflowNodeSendMailType": "workflow_node_send_mail_type",
    "WorkflowNodeSendSms": "workflow_node_send_sms",
    "WorkflowNodeSendSmsSettings": "workflow_node_send_sms_settings",
    "WorkflowNodeSendSmsType": "workflow_node_send_sms_type",
    "WorkflowNodeSendpushapp": "workflow_node_sendpushapp",
    "WorkflowNodeSendpushappSettings": "workflow_node_sendpushapp_settings",
    "WorkflowNodeSendpushappType": "workflow_node_sendpushapp_type",
    "WorkflowNodeSleep": "workflow_node_sleep",
    "WorkflowNodeSleepSettings": "workflow_node_sleep_settings",
    "WorkflowNodeSleepType": "workflow_node_sleep_type",
    "WorkflowNodeSms": "workflow_node_sms",
    "WorkflowNodeSmsSettings": "workflow_node_sms_settings",
    "WorkflowNodeSmsType": "workflow_node_sms_type",
    "WorkflowNodeSplit": "workflow_node_split",
    "WorkflowNodeSplitSettings": "workflow_node_split_settings",
    "WorkflowNodeSplitType": "workflow_node_split_type",
    "WorkflowNodeSwitch": "workflow_node_switch",
    "WorkflowNodeSwitchSettings": "workflow_node_switch_settings",
    "WorkflowNodeSwitchType": "workflow_node_switch_type",
    "WorkflowNodeTerminal": "workflow_node_terminal",
    "WorkflowNodeTerminalSettings": "workflow_node_terminal_settings",
    "WorkflowNodeTerminalType": "workflow_node_terminal_type",
    "WorkflowNodeUpdateTarget": "workflow_node_update_target",
    "WorkflowNodeUpdateTargetSettings": "workflow_node_update_target_settings",
    "WorkflowNodeUpdateTargetType": "workflow_node_update_target_type",
    "WorkflowNodeWait": "workflow_node_wait",
    "WorkflowNodeWaitAll": "workflow_node_wait_all",
    "WorkflowNodeWaitAllSettings": "workflow_node_wait_all_settings",
    "WorkflowNodeWaitAllType": "workflow_node_wait_all_type",
    "WorkflowNodeWaitKill": "workflow_node_wait_kill",
    "WorkflowNodeWaitKillSettings": "workflow_node_wait_kill_settings",
    "WorkflowNodeWaitKillType": "workflow_node_wait_kill_type",
    "WorkflowNodeWaitRace": "workflow_node_wait_race",
    "WorkflowNodeWaitRaceSettings": "workflow_node_wait_race_settings",
    "WorkflowNodeWaitRaceType": "workflow_node_wait_race_type",
    "WorkflowNodeWaitSettings": "workflow_node_wait_settings",
    "WorkflowNodeWaitType": "workflow_node_wait_type",
    "WorkflowScheduler": "workflow_scheduler",
    "WorkflowSchedulerTimeZone": "workflow_scheduler_time_zone",
    "WorkflowScripting": "workflow_scripting",
    "WorkflowScriptingEnvironment": "workflow_scripting_environment",
    "WorkflowScriptingFiltersItem": "workflow_scripting_filters_item",
    "WorkflowScriptingImportsItem": "workflow_scripting_imports_item",
    "WorkflowScriptingInitializersItem": "workflow_scripting_initializers_item",
    "WorkflowSettings": "workflow_settings",
    "WorkflowState": "workflow_state",
    "WorkflowTask": "workflow_task",
    "WorkflowTaskProvider": "workflow_task_provider",
    "WorkflowTaskProviderProjection": "workflow_task_provider_projection",
    "WorkflowTaskProviderValue": "workflow_task_provider_value",
}


def __getattr__(name: str) -> object:
    try:
        module = _MODULES[name]
    except KeyError:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}") from None
    value = getattr(import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)


__all__ = (
    "Action",
    "ActionContent",
    "ActionEvent",
    "ActionInformations",
    "ActionResponse",
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
    "Category",
    "ChangeStamp",
    "ContentOverride",
    "CountTargetsResponse200",
    "CreateImportFormatBody",
    "CreateImportFormatResponse200",
    "CreateTargetBody",
    "DatabaseFeature",
    "DatabaseFeatureType",
    "DisplayEvent",
    "DuplicateCompilableResponse200",
    "DuplicateFeature",
    "DuplicateFeatureRules",
    "DuplicateFeatureType",
    "DynamicSegment",
    "DynamicSegmentResponse",
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
    "ExecuteCompilableBody",
    "ExecuteWorkflowResponse200",
    "ExecutionOutcome",
    "ExecutionOutcomeArguments",
    "ExecutionResult",
    "Field",
    "FieldConstraint",
    "FieldConstraintOperator",
    "Footprint",
    "GetTargetBody",
    "HitEvent",
    "HitSource",
    "HitSourceDetail",
    "ImportDefinition",
    "ImportDefinitionFields",
    "ImportDefinitionResponse",
    "ImportExecution",
    "ImportExecutionState",
    "ImportScheduler",
    "ImportSource",
    "ImportSourceDataItem",
    "Lifecycle",
    "LifecycleEvent",
    "MessageDefinition",
    "MessageDefinitionBlocksItem",
    "MessageDefinitionData",
    "MessageDefinitionVariablesItem",
    "MessageHeaders",
    "MultiRenderDefinition",
    "NormalizationFeature",
    "NormalizationFeatureFields",
    "NormalizationFeatureType",
    "NormalizationRequest",
    "NormalizationRequestFields",
    "NotifiableApplication",
    "NotifiableApplicationResponse",
    "NotifiableApplicationRoutesItem",
    "Notification",
    "NotificationActivationEvent",
    "NotificationActivationEventType",
    "NotificationBounceEvent",
    "NotificationBounceEventType",
    "NotificationCancellationEvent",
    "NotificationCancellationEventType",
    "NotificationComplaintEvent",
    "NotificationComplaintEventType",
    "NotificationCreationEvent",
    "NotificationCreationEventType",
    "NotificationExecution",
    "NotificationExecutionData",
    "NotificationExecutionEvent",
    "NotificationExecutionEventType",
    "NotificationExecutionRecipient",
    "NotificationExecutionRecipientValue",
    "NotificationExecutionVariablesItem",
    "NotificationHitEvent",
    "NotificationHitEventType",
    "NotificationImpressionEvent",
    "NotificationImpressionEventType",
    "NotificationModificationEvent",
    "NotificationModificationEventType",
    "NotificationOptoutEvent",
    "NotificationOptoutEventType",
    "NotificationRenderRequest",
    "NotificationRenderRequestReceiver",
    "NotificationRenderRequestRelated",
    "NotificationRenderRequestStamp",
    "NotificationRenderResult",
    "NotificationRenderResultMeta",
    "NotificationRenderResultMetaStamp",
    "NotificationRenderResultRender",
    "NotificationReplyEvent",
    "NotificationReplyEventType",
    "NotificationSettings",
    "NotificationSettingsExpiration",
    "NotificationSettingsMp",
    "NotificationSettingsPurpose",
    "NotificationStamp",
    "NotificationSuppressionEvent",
    "NotificationSuppressionEventType",
    "NotificationTask",
    "NotificationTaskScheduler",
    "NotificationVersion",
    "PressureRule",
    "PressureRulePredicate",
    "PressureTopic",
    "Receiver",
    "RedList",
    "RedListEntry",
    "RedListFeature",
    "RedListFeatureType",
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
    "ReportFeature",
    "ReportFeatureType",
    "SegmentProperties",
    "SegmentationFeature",
    "SegmentationFeatureType",
    "SendNotificationMessageResponse200",
    "SendNotificationMessagesResponse200",
    "SortOrder",
    "Stamp",
    "StaticSegment",
    "StaticSegmentResponse",
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
    "UpdateWebtaskBodyType1Item",
    "ValueList",
    "ValueListItem",
    "Webtask",
    "WebtaskScripting",
    "WebtaskSettings",
    "Workflow",
    "WorkflowCapping",
    "WorkflowCappingKey",
    "WorkflowCappingKeyValue",
    "WorkflowCappingPeriod",
    "WorkflowCappingPeriodUnit",
    "WorkflowExecution",
    "WorkflowExecutionData",
    "WorkflowExecutionDebug",
    "WorkflowExecutionDebugNodesItem",
    "WorkflowExecutionEvent",
    "WorkflowExecutionResolutionsItem",
    "WorkflowExecutionState",
    "WorkflowExecutionVariablesItem",
    "WorkflowListener",
    "WorkflowNodeConditionaltimeslots",
    "WorkflowNodeDataExplorerV2Match",
    "WorkflowNodeDataManagerPipeline",
    "WorkflowNodeDataTablePipeline",
    "WorkflowNodeDataTablePipelineType",
    "WorkflowNodeEvent",
    "WorkflowNodeEventData",
    "WorkflowNodeEventDataValue",
    "WorkflowNodeEventValue",
    "WorkflowNodeFlow",
    "WorkflowNodeIf",
    "WorkflowNodeIfSettings",
    "WorkflowNodeIfType",
    "WorkflowNodeMatch",
    "WorkflowNodeMatchSettings",
    "WorkflowNodeMatchType",
    "WorkflowNodeMultipleslots",
    "WorkflowNodeMultipleslotsSettings",
    "WorkflowNodeMultipleslotsType",
    "WorkflowNodePublish",
    "WorkflowNodePublishSettings",
    "WorkflowNodePublishType",
    "WorkflowNodeRequest",
    "WorkflowNodeRequestSettings",
    "WorkflowNodeRequestType",
    "WorkflowNodeSample",
    "WorkflowNodeSampleSettings",
    "WorkflowNodeSampleType",
    "WorkflowNodeScript",
    "WorkflowNodeScriptSettings",
    "WorkflowNodeScriptType",
    "WorkflowNodeSendMail",
    "WorkflowNodeSendMailSettings",
    "WorkflowNodeSendMailType",
    "WorkflowNodeSendSms",
    "WorkflowNodeSendSmsSettings",
    "WorkflowNodeSendSmsType",
    "WorkflowNodeSendpushapp",
    "WorkflowNodeSendpushappSettings",
    "WorkflowNodeSendpushappType",
    "WorkflowNodeSleep",
    "WorkflowNodeSleepSettings",
    "WorkflowNodeSleepType",
    "WorkflowNodeSms",
    "WorkflowNodeSmsSettings",
    "WorkflowNodeSmsType",
    "WorkflowNodeSplit",
    "WorkflowNodeSplitSettings",
    "WorkflowNodeSplitType",
    "WorkflowNodeSwitch",
    "WorkflowNodeSwitchSettings",
    "WorkflowNodeSwitchType",
    "WorkflowNodeTerminal",
    "WorkflowNodeTerminalSettings",
    "WorkflowNodeTerminalType",
    "WorkflowNodeUpdateTarget",
    "WorkflowNodeUpdateTargetSettings",
    "WorkflowNodeUpdateTargetType",
    "WorkflowNodeWait",
    "WorkflowNodeWaitAll",
    "WorkflowNodeWaitAllSettings",
    "WorkflowNodeWaitAllType",
    "WorkflowNodeWaitKill",
    "WorkflowNodeWaitKillSettings",
    "WorkflowNodeWaitKillType",
    "WorkflowNodeWaitRace",
    "WorkflowNodeWaitRaceSettings",
    "WorkflowNodeWaitRaceType",
    "WorkflowNodeWaitSettings",
    "WorkflowNodeWaitType",
    "WorkflowScheduler",
    "WorkflowSchedulerTimeZone",
    "WorkflowScripting",
    "WorkflowScriptingEnvironment",
    "WorkflowScriptingFiltersItem",
    "WorkflowScriptingImportsItem",
    "WorkflowScriptingInitializersItem",
    "WorkflowSettings",
    "WorkflowState",
    "WorkflowTask",
    "WorkflowTaskProvider",
    "WorkflowTaskProviderProjection",
    "WorkflowTaskProviderValue",
)
