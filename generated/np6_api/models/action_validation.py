from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, field_error, union_error

if TYPE_CHECKING:
    from ..models.action_validation_variables_item import ActionValidationVariablesItem


T = TypeVar("T", bound="ActionValidation")


@_attrs_define
class ActionValidation:
    """Data for validating, testing or unvalidating an action.

    Attributes:
        fortest (bool | None | Unset): True starts the test phase instead of validating.
        campaign_analyser (bool | None | Unset): Use the campaign analyser (the feature must be enabled on the account).
        test_segments (list[int] | None | Unset): Ids of the segments that receive the test.
        media_for_test (None | str | Unset): Media that overrides the action's own for the test.
        textand_html (bool | None | Unset): Send both the HTML and the text versions.
        comments (None | str | Unset):
        variables (list[ActionValidationVariablesItem] | Unset): Key/value variables used to execute the proof.
    """

    fortest: bool | None | Unset = UNSET
    campaign_analyser: bool | None | Unset = UNSET
    test_segments: list[int] | None | Unset = UNSET
    media_for_test: None | str | Unset = UNSET
    textand_html: bool | None | Unset = UNSET
    comments: None | str | Unset = UNSET
    variables: list[ActionValidationVariablesItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        fortest: bool | None | Unset
        if isinstance(self.fortest, Unset):
            fortest = UNSET
        else:
            fortest = self.fortest

        campaign_analyser: bool | None | Unset
        if isinstance(self.campaign_analyser, Unset):
            campaign_analyser = UNSET
        else:
            campaign_analyser = self.campaign_analyser

        test_segments: list[int] | None | Unset
        if isinstance(self.test_segments, Unset):
            test_segments = UNSET
        elif isinstance(self.test_segments, list):
            test_segments = self.test_segments

        else:
            test_segments = self.test_segments

        media_for_test: None | str | Unset
        if isinstance(self.media_for_test, Unset):
            media_for_test = UNSET
        else:
            media_for_test = self.media_for_test

        textand_html: bool | None | Unset
        if isinstance(self.textand_html, Unset):
            textand_html = UNSET
        else:
            textand_html = self.textand_html

        comments: None | str | Unset
        if isinstance(self.comments, Unset):
            comments = UNSET
        else:
            comments = self.comments

        variables: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.variables, Unset):
            variables = []
            for variables_item_data in self.variables:
                variables_item = variables_item_data.to_dict()
                variables.append(variables_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if fortest is not UNSET:
            field_dict["fortest"] = fortest
        if campaign_analyser is not UNSET:
            field_dict["campaignAnalyser"] = campaign_analyser
        if test_segments is not UNSET:
            field_dict["testSegments"] = test_segments
        if media_for_test is not UNSET:
            field_dict["mediaForTest"] = media_for_test
        if textand_html is not UNSET:
            field_dict["textandHtml"] = textand_html
        if comments is not UNSET:
            field_dict["comments"] = comments
        if variables is not UNSET:
            field_dict["variables"] = variables

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.action_validation_variables_item import (
            ActionValidationVariablesItem,
        )

        d = dict(src_dict)
        try:

            def _parse_fortest(data: object) -> bool | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(bool | None | Unset, data)

            fortest = _parse_fortest(d.pop("fortest", UNSET))

        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("fortest", error) from error

        try:

            def _parse_campaign_analyser(data: object) -> bool | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(bool | None | Unset, data)

            campaign_analyser = _parse_campaign_analyser(
                d.pop("campaignAnalyser", UNSET)
            )

        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("campaignAnalyser", error) from error

        try:

            def _parse_test_segments(data: object) -> list[int] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                errors: list[Exception] = []
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    test_segments_type_0 = cast(list[int], data)

                    return test_segments_type_0
                except (TypeError, ValueError, AttributeError, KeyError) as error:
                    errors.append(error)
                raise union_error(errors)

            test_segments = _parse_test_segments(d.pop("testSegments", UNSET))

        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("testSegments", error) from error

        try:

            def _parse_media_for_test(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            media_for_test = _parse_media_for_test(d.pop("mediaForTest", UNSET))

        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("mediaForTest", error) from error

        try:

            def _parse_textand_html(data: object) -> bool | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(bool | None | Unset, data)

            textand_html = _parse_textand_html(d.pop("textandHtml", UNSET))

        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("textandHtml", error) from error

        try:

            def _parse_comments(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            comments = _parse_comments(d.pop("comments", UNSET))

        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("comments", error) from error

        try:
            _variables = d.pop("variables", UNSET)
            variables: list[ActionValidationVariablesItem] | Unset = UNSET
            if _variables is not UNSET:
                variables = []
                for variables_item_data in _variables:
                    variables_item = ActionValidationVariablesItem.from_dict(
                        variables_item_data
                    )

                    variables.append(variables_item)

        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("variables", error) from error

        action_validation = cls(
            fortest=fortest,
            campaign_analyser=campaign_analyser,
            test_segments=test_segments,
            media_for_test=media_for_test,
            textand_html=textand_html,
            comments=comments,
            variables=variables,
        )

        action_validation.additional_properties = d
        return action_validation

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
