"""Contains all the data models used in inputs/outputs"""

from .archive import Archive
from .bounce import Bounce
from .bounce_type import BounceType
from .error import Error
from .hit_event import HitEvent
from .hit_event_detail import HitEventDetail
from .normalization_request import NormalizationRequest
from .normalization_request_fields import NormalizationRequestFields
from .receiver import Receiver
from .red_list import RedList
from .red_list_entry import RedListEntry
from .render_context import RenderContext
from .render_context_display import RenderContextDisplay
from .render_link import RenderLink
from .render_link_destination import RenderLinkDestination
from .render_links_request import RenderLinksRequest
from .render_links_request_data import RenderLinksRequestData
from .render_links_request_variables_item import RenderLinksRequestVariablesItem
from .render_links_result import RenderLinksResult
from .sort_order import SortOrder
from .stamp import Stamp
from .target import Target
from .target_fields import TargetFields
from .typed_object import TypedObject
from .update_target_body import UpdateTargetBody

__all__ = (
    "Archive",
    "Bounce",
    "BounceType",
    "Error",
    "HitEvent",
    "HitEventDetail",
    "NormalizationRequest",
    "NormalizationRequestFields",
    "Receiver",
    "RedList",
    "RedListEntry",
    "RenderContext",
    "RenderContextDisplay",
    "RenderLink",
    "RenderLinkDestination",
    "RenderLinksRequest",
    "RenderLinksRequestData",
    "RenderLinksRequestVariablesItem",
    "RenderLinksResult",
    "SortOrder",
    "Stamp",
    "Target",
    "TargetFields",
    "TypedObject",
    "UpdateTargetBody",
)
