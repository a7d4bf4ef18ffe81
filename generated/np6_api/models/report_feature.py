from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.report_feature_type import ReportFeatureType
from ..types import UNSET, Unset, field_error

T = TypeVar("T", bound="ReportFeature")


@_attrs_define
class ReportFeature:
    """
    Attributes:
        type_ (ReportFeatureType):  Default: ReportFeatureType.REPORT.
        send_final_report (bool | Unset):
        send_error_report (bool | Unset):
        contact_guids (list[str] | Unset):
    """

    type_: ReportFeatureType = ReportFeatureType.REPORT
    send_final_report: bool | Unset = UNSET
    send_error_report: bool | Unset = UNSET
    contact_guids: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        send_final_report = self.send_final_report

        send_error_report = self.send_error_report

        contact_guids: list[str] | Unset = UNSET
        if not isinstance(self.contact_guids, Unset):
            contact_guids = self.contact_guids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if send_final_report is not UNSET:
            field_dict["sendFinalReport"] = send_final_report
        if send_error_report is not UNSET:
            field_dict["sendErrorReport"] = send_error_report
        if contact_guids is not UNSET:
            field_dict["contactGuids"] = contact_guids

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        try:
            type_ = ReportFeatureType(d.pop("type"))

        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("type", error) from error

        try:
            send_final_report = d.pop("sendFinalReport", UNSET)
        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("sendFinalReport", error) from error

        try:
            send_error_report = d.pop("sendErrorReport", UNSET)
        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("sendErrorReport", error) from error

        try:
            contact_guids = cast(list[str], d.pop("contactGuids", UNSET))

        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("contactGuids", error) from error

        report_feature = cls(
            type_=type_,
            send_final_report=send_final_report,
            send_error_report=send_error_report,
            contact_guids=contact_guids,
        )

        report_feature.additional_properties = d
        return report_feature

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
