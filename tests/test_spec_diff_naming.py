"""What moves in np6_api: old/new values carry module, package, class and argument names."""

from __future__ import annotations

import copy
from pathlib import Path

from np6 import spec_diff as sd

from . import (
    test_spec_diff_components,
    test_spec_diff_operations,
    test_spec_diff_parameters,
    test_spec_diff_schemas,
    test_spec_diff_security,
)
from .spec_diff_support import BASE, mutated, only, op, summary
from .test_spec_diff_components import component_renamed
from .test_spec_diff_operations import operation_id_changed
from .test_spec_diff_parameters import path_parameter_renamed
from .test_spec_diff_schemas import response_enum_value_added
from .test_spec_diff_security import security_scheme_header_renamed


def test_operation_id_change_names_both_modules() -> None:
    change = only(BASE, mutated(operation_id_changed), "operation-id-changed")
    assert (change.old, change.new) == (
        "np6_api.api.contact.get_target",
        "np6_api.api.contact.fetch_target",
    )


def test_tag_change_names_both_packages() -> None:
    new = copy.deepcopy(BASE)
    op(new, "/actions", "post")["tags"] = ["Actions"]
    change = only(BASE, new, "operation-tag-changed")
    # "Email & SMS" is turned into a package name the way openapi-python-client does it.
    assert (change.old, change.new) == (
        "np6_api.api.email_sms.create_action",
        "np6_api.api.actions.create_action",
    )


def test_missing_operation_id_uses_the_generated_name() -> None:
    old, new = copy.deepcopy(BASE), copy.deepcopy(BASE)
    del op(old, "/targets/{id}", "get")["operationId"]
    change = only(old, new, "operation-id-changed")
    assert (change.old, change.new) == (
        "np6_api.api.contact.get_targets_id",
        "np6_api.api.contact.get_target",
    )


def test_component_rename_names_model_classes(tmp_path: Path) -> None:
    change = only(BASE, mutated(component_renamed), "component-schema-renamed")
    assert (change.old, change.new) == ("np6_api.models.Target", "np6_api.models.Contact")
    config = tmp_path / "generator.yaml"
    config.write_text("class_overrides:\n  Contact:\n    class_name: Person\n", encoding="utf-8")
    naming = sd.ClientNaming.from_config(config)
    change = only(BASE, mutated(component_renamed), "component-schema-renamed", naming=naming)
    assert change.new == "np6_api.models.Person"


def test_parameter_rename_reports_python_keywords() -> None:
    change = only(BASE, mutated(path_parameter_renamed), "request-parameter-renamed")
    assert (change.old, change.new) == ("id", "segmentId")
    assert "`segment_id`" in change.reason


def test_security_scheme_change_shows_header_names() -> None:
    change = only(BASE, mutated(security_scheme_header_renamed), "security-scheme-changed")
    assert (change.old, change.new) == ("apiKey header X-Key", "apiKey header X-Api-Key")


def test_global_security_added_and_removed() -> None:
    open_spec = copy.deepcopy(BASE)
    del open_spec["security"]
    added = sd.diff_specs(open_spec, BASE)
    assert summary(added) == [("global-security-added", "breaking", "", "security")]
    removed = sd.diff_specs(BASE, open_spec)
    assert summary(removed) == [("global-security-removed", "info", "", "security")]


def test_enum_value_added_carries_the_value() -> None:
    change = only(BASE, mutated(response_enum_value_added), "response-property-enum-value-added")
    assert (change.old, change.new) == (None, "Spam")


def test_every_change_has_a_one_line_reason_and_known_level() -> None:
    every_case = [
        *test_spec_diff_components.CASES,
        *test_spec_diff_operations.CASES,
        *test_spec_diff_parameters.CASES,
        *test_spec_diff_schemas.CASES,
        *test_spec_diff_security.CASES,
    ]
    for param_case in every_case:
        mutate = param_case.values[0]
        for change in sd.diff_specs(BASE, mutated(mutate)):
            assert change.level in ("breaking", "warning", "info")
            assert change.reason and "\n" not in change.reason
            assert change.id == change.id.lower() and " " not in change.id
