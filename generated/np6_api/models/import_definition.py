from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, field_error, parse_union, union_error

if TYPE_CHECKING:
    from ..models.database_feature import DatabaseFeature
    from ..models.duplicate_feature import DuplicateFeature
    from ..models.import_scheduler import ImportScheduler
    from ..models.import_source import ImportSource
    from ..models.normalization_feature import NormalizationFeature
    from ..models.red_list_feature import RedListFeature
    from ..models.report_feature import ReportFeature
    from ..models.segmentation_feature import SegmentationFeature


T = TypeVar("T", bound="ImportDefinition")


@_attrs_define
class ImportDefinition:
    """What to import, from where, with which features, on which schedule.

    Attributes:
        name (str | Unset):
        creation_date (datetime.datetime | Unset):
        update_date (datetime.datetime | None | Unset):
        binding (int | None | Unset): Id of the import format that maps file columns to fields.
        features (list[DatabaseFeature | DuplicateFeature | NormalizationFeature | RedListFeature | ReportFeature |
            SegmentationFeature] | Unset):
        source (ImportSource | Unset):
        scheduler (ImportScheduler | Unset):
        id (int | None | Unset):
    """

    name: str | Unset = UNSET
    creation_date: datetime.datetime | Unset = UNSET
    update_date: datetime.datetime | None | Unset = UNSET
    binding: int | None | Unset = UNSET
    features: (
        list[
            DatabaseFeature
            | DuplicateFeature
            | NormalizationFeature
            | RedListFeature
            | ReportFeature
            | SegmentationFeature
        ]
        | Unset
    ) = UNSET
    source: ImportSource | Unset = UNSET
    scheduler: ImportScheduler | Unset = UNSET
    id: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.database_feature import DatabaseFeature
        from ..models.duplicate_feature import DuplicateFeature
        from ..models.red_list_feature import RedListFeature
        from ..models.report_feature import ReportFeature
        from ..models.segmentation_feature import SegmentationFeature

        name = self.name

        creation_date: str | Unset = UNSET
        if not isinstance(self.creation_date, Unset):
            creation_date = self.creation_date.isoformat()

        update_date: None | str | Unset
        if isinstance(self.update_date, Unset):
            update_date = UNSET
        elif isinstance(self.update_date, datetime.datetime):
            update_date = self.update_date.isoformat()
        else:
            update_date = self.update_date

        binding: int | None | Unset
        if isinstance(self.binding, Unset):
            binding = UNSET
        else:
            binding = self.binding

        features: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.features, Unset):
            features = []
            for features_item_data in self.features:
                features_item: dict[str, Any]
                if (
                    isinstance(features_item_data, SegmentationFeature)
                    or isinstance(features_item_data, RedListFeature)
                    or isinstance(features_item_data, DuplicateFeature)
                    or isinstance(features_item_data, ReportFeature)
                    or isinstance(features_item_data, DatabaseFeature)
                ):
                    features_item = features_item_data.to_dict()
                else:
                    features_item = features_item_data.to_dict()

                features.append(features_item)

        source: dict[str, Any] | Unset = UNSET
        if not isinstance(self.source, Unset):
            source = self.source.to_dict()

        scheduler: dict[str, Any] | Unset = UNSET
        if not isinstance(self.scheduler, Unset):
            scheduler = self.scheduler.to_dict()

        id: int | None | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if creation_date is not UNSET:
            field_dict["creationDate"] = creation_date
        if update_date is not UNSET:
            field_dict["updateDate"] = update_date
        if binding is not UNSET:
            field_dict["binding"] = binding
        if features is not UNSET:
            field_dict["features"] = features
        if source is not UNSET:
            field_dict["source"] = source
        if scheduler is not UNSET:
            field_dict["scheduler"] = scheduler
        if id is not UNSET:
            field_dict["id"] = id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.database_feature import DatabaseFeature
        from ..models.duplicate_feature import DuplicateFeature
        from ..models.import_scheduler import ImportScheduler
        from ..models.import_source import ImportSource
        from ..models.normalization_feature import NormalizationFeature
        from ..models.red_list_feature import RedListFeature
        from ..models.report_feature import ReportFeature
        from ..models.segmentation_feature import SegmentationFeature

        d = dict(src_dict)
        try:
            name = d.pop("name", UNSET)
        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("name", error) from error

        try:
            _creation_date = d.pop("creationDate", UNSET)
            creation_date: datetime.datetime | Unset
            if isinstance(_creation_date, Unset):
                creation_date = UNSET
            else:
                creation_date = datetime.datetime.fromisoformat(_creation_date)

        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("creationDate", error) from error

        try:

            def _parse_update_date(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                errors: list[Exception] = []
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    update_date_type_0 = datetime.datetime.fromisoformat(data)

                    return update_date_type_0
                except (TypeError, ValueError, AttributeError, KeyError) as error:
                    errors.append(error)
                raise union_error(errors)

            update_date = _parse_update_date(d.pop("updateDate", UNSET))

        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("updateDate", error) from error

        try:

            def _parse_binding(data: object) -> int | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(int | None | Unset, data)

            binding = _parse_binding(d.pop("binding", UNSET))

        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("binding", error) from error

        try:
            _features = d.pop("features", UNSET)
            features: (
                list[
                    DatabaseFeature
                    | DuplicateFeature
                    | NormalizationFeature
                    | RedListFeature
                    | ReportFeature
                    | SegmentationFeature
                ]
                | Unset
            ) = UNSET
            if _features is not UNSET:
                features = []
                for features_item_data in _features:

                    def _parse_features_item(
                        data: object,
                    ) -> (
                        DatabaseFeature
                        | DuplicateFeature
                        | NormalizationFeature
                        | RedListFeature
                        | ReportFeature
                        | SegmentationFeature
                    ):
                        errors: list[Exception] = []
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_import_feature_type_0 = (
                                SegmentationFeature.from_dict(data)
                            )

                            return componentsschemas_import_feature_type_0
                        except (
                            TypeError,
                            ValueError,
                            AttributeError,
                            KeyError,
                        ) as error:
                            errors.append(error)
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_import_feature_type_1 = (
                                RedListFeature.from_dict(data)
                            )

                            return componentsschemas_import_feature_type_1
                        except (
                            TypeError,
                            ValueError,
                            AttributeError,
                            KeyError,
                        ) as error:
                            errors.append(error)
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_import_feature_type_2 = (
                                DuplicateFeature.from_dict(data)
                            )

                            return componentsschemas_import_feature_type_2
                        except (
                            TypeError,
                            ValueError,
                            AttributeError,
                            KeyError,
                        ) as error:
                            errors.append(error)
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_import_feature_type_3 = (
                                ReportFeature.from_dict(data)
                            )

                            return componentsschemas_import_feature_type_3
                        except (
                            TypeError,
                            ValueError,
                            AttributeError,
                            KeyError,
                        ) as error:
                            errors.append(error)
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_import_feature_type_4 = (
                                DatabaseFeature.from_dict(data)
                            )

                            return componentsschemas_import_feature_type_4
                        except (
                            TypeError,
                            ValueError,
                            AttributeError,
                            KeyError,
                        ) as error:
                            errors.append(error)
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_import_feature_type_5 = (
                                NormalizationFeature.from_dict(data)
                            )

                            return componentsschemas_import_feature_type_5
                        except (
                            TypeError,
                            ValueError,
                            AttributeError,
                            KeyError,
                        ) as error:
                            errors.append(error)
                        raise union_error(errors)

                    features_item = parse_union(
                        _parse_features_item, features_item_data
                    )

                    features.append(features_item)

        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("features", error) from error

        try:
            _source = d.pop("source", UNSET)
            source: ImportSource | Unset
            if isinstance(_source, Unset):
                source = UNSET
            else:
                source = ImportSource.from_dict(_source)

        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("source", error) from error

        try:
            _scheduler = d.pop("scheduler", UNSET)
            scheduler: ImportScheduler | Unset
            if isinstance(_scheduler, Unset):
                scheduler = UNSET
            else:
                scheduler = ImportScheduler.from_dict(_scheduler)

        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("scheduler", error) from error

        try:

            def _parse_id(data: object) -> int | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(int | None | Unset, data)

            id = _parse_id(d.pop("id", UNSET))

        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("id", error) from error

        import_definition = cls(
            name=name,
            creation_date=creation_date,
            update_date=update_date,
            binding=binding,
            features=features,
            source=source,
            scheduler=scheduler,
            id=id,
        )

        import_definition.additional_properties = d
        return import_definition

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
