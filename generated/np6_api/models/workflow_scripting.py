from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, field_error

if TYPE_CHECKING:
    from ..models.workflow_scripting_environment import WorkflowScriptingEnvironment
    from ..models.workflow_scripting_filters_item import WorkflowScriptingFiltersItem
    from ..models.workflow_scripting_imports_item import WorkflowScriptingImportsItem
    from ..models.workflow_scripting_initializers_item import (
        WorkflowScriptingInitializersItem,
    )


T = TypeVar("T", bound="WorkflowScripting")


@_attrs_define
class WorkflowScripting:
    """
    Attributes:
        version (str | Unset):
        environment (WorkflowScriptingEnvironment | Unset):
        imports (list[WorkflowScriptingImportsItem] | Unset):
        initializers (list[WorkflowScriptingInitializersItem] | Unset):
        filters (list[WorkflowScriptingFiltersItem] | Unset):
    """

    version: str | Unset = UNSET
    environment: WorkflowScriptingEnvironment | Unset = UNSET
    imports: list[WorkflowScriptingImportsItem] | Unset = UNSET
    initializers: list[WorkflowScriptingInitializersItem] | Unset = UNSET
    filters: list[WorkflowScriptingFiltersItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        version = self.version

        environment: dict[str, Any] | Unset = UNSET
        if not isinstance(self.environment, Unset):
            environment = self.environment.to_dict()

        imports: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.imports, Unset):
            imports = []
            for imports_item_data in self.imports:
                imports_item = imports_item_data.to_dict()
                imports.append(imports_item)

        initializers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.initializers, Unset):
            initializers = []
            for initializers_item_data in self.initializers:
                initializers_item = initializers_item_data.to_dict()
                initializers.append(initializers_item)

        filters: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.filters, Unset):
            filters = []
            for filters_item_data in self.filters:
                filters_item = filters_item_data.to_dict()
                filters.append(filters_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if version is not UNSET:
            field_dict["version"] = version
        if environment is not UNSET:
            field_dict["environment"] = environment
        if imports is not UNSET:
            field_dict["imports"] = imports
        if initializers is not UNSET:
            field_dict["initializers"] = initializers
        if filters is not UNSET:
            field_dict["filters"] = filters

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.workflow_scripting_environment import WorkflowScriptingEnvironment
        from ..models.workflow_scripting_filters_item import (
            WorkflowScriptingFiltersItem,
        )
        from ..models.workflow_scripting_imports_item import (
            WorkflowScriptingImportsItem,
        )
        from ..models.workflow_scripting_initializers_item import (
            WorkflowScriptingInitializersItem,
        )

        d = dict(src_dict)
        try:
            version = d.pop("version", UNSET)
        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("version", error) from error

        try:
            _environment = d.pop("environment", UNSET)
            environment: WorkflowScriptingEnvironment | Unset
            if isinstance(_environment, Unset):
                environment = UNSET
            else:
                environment = WorkflowScriptingEnvironment.from_dict(_environment)

        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("environment", error) from error

        try:
            _imports = d.pop("imports", UNSET)
            imports: list[WorkflowScriptingImportsItem] | Unset = UNSET
            if _imports is not UNSET:
                imports = []
                for imports_item_data in _imports:
                    imports_item = WorkflowScriptingImportsItem.from_dict(
                        imports_item_data
                    )

                    imports.append(imports_item)

        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("imports", error) from error

        try:
            _initializers = d.pop("initializers", UNSET)
            initializers: list[WorkflowScriptingInitializersItem] | Unset = UNSET
            if _initializers is not UNSET:
                initializers = []
                for initializers_item_data in _initializers:
                    initializers_item = WorkflowScriptingInitializersItem.from_dict(
                        initializers_item_data
                    )

                    initializers.append(initializers_item)

        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("initializers", error) from error

        try:
            _filters = d.pop("filters", UNSET)
            filters: list[WorkflowScriptingFiltersItem] | Unset = UNSET
            if _filters is not UNSET:
                filters = []
                for filters_item_data in _filters:
                    filters_item = WorkflowScriptingFiltersItem.from_dict(
                        filters_item_data
                    )

                    filters.append(filters_item)

        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("filters", error) from error

        workflow_scripting = cls(
            version=version,
            environment=environment,
            imports=imports,
            initializers=initializers,
            filters=filters,
        )

        workflow_scripting.additional_properties = d
        return workflow_scripting

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
