"""scripts/spec_diff.py: one old/new pair per check, exact ids and levels, CLI contract, speed."""

from __future__ import annotations

import copy
import json
import resource
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from np6 import spec_diff as sd

from .test_openapi import billion_laughs

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "scripts" / "spec_diff.py"
FIXTURES = Path(__file__).resolve().parent / "spec_diff"
NP6_SPEC = ROOT / "openapi" / "np6.yaml"


BASE: dict[str, Any] = sd.load_spec(FIXTURES / "base.yaml")

PUT = "PUT /segments/{id}/targets"
GET_T = "GET /targets/{id}"
DEL_T = "DELETE /targets/{id}"
POST_A = "POST /actions"
PING = "GET /ping"
BODY = "requestBody application/json"
GET_T_200 = "responses.200 application/json"
ACTION_REQ = f"{BODY} $"
ACTION_RESP = "responses.201 application/json $"

Spec = dict[str, Any]
Expected = tuple[str, str, str, str]  # id, level, operation, location


def run_cli(*args: str | Path, timeout: float = 30) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(SCRIPT), *map(str, args)],
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


def summary(changes: list[Any]) -> list[Expected]:
    return sorted((c.id, c.level, c.operation, c.location) for c in changes)


def write_yaml(path: Path, spec: Spec) -> Path:
    path.write_text(yaml.safe_dump(spec, sort_keys=False, allow_unicode=True), encoding="utf-8")
    return path


def op(spec: Spec, path: str, method: str) -> Spec:
    return spec["paths"][path][method]  # type: ignore[no-any-return]


def schema(spec: Spec, name: str) -> Spec:
    return spec["components"]["schemas"][name]  # type: ignore[no-any-return]


def param(spec: Spec, name: str) -> Spec:
    return next(
        p for p in op(spec, "/segments/{id}/targets", "put")["parameters"] if p["name"] == name
    )


def batch(spec: Spec) -> Spec:
    return schema(spec, "TargetBatch")["properties"]  # type: ignore[no-any-return]


def target_response(spec: Spec) -> Spec:
    return op(spec, "/targets/{id}", "get")["responses"]["200"]  # type: ignore[no-any-return]


# ------------------------------------------------------------------------------ one case per check

Mutation = Callable[[Spec], None]
CASES: list[Any] = []


def case(*expected: Expected) -> Callable[[Mutation], Mutation]:
    """Register a mutation of base.yaml together with exactly the changes it must produce."""

    def register(mutate: Mutation) -> Mutation:
        CASES.append(pytest.param(mutate, sorted(expected), id=mutate.__name__.replace("_", "-")))
        return mutate

    return register


@case()
def documentation_only(s: Spec) -> None:
    s["info"]["description"] = "Now documented."
    target_response(s)["description"] = "The target, reworded."
    schema(s, "Target")["properties"]["email"]["description"] = "Main address."


@case(("operation-removed", "breaking", POST_A, ""))
def operation_removed(s: Spec) -> None:
    del s["paths"]["/actions"]


@case(("method-removed", "breaking", DEL_T, ""))
def method_removed(s: Spec) -> None:
    del s["paths"]["/targets/{id}"]["delete"]


@case(("operation-added", "info", "GET /targets", ""))
def operation_added(s: Spec) -> None:
    s["paths"]["/targets"] = {"get": {"operationId": "listTargets", "responses": {"204": {}}}}


@case(("operation-deprecated", "warning", GET_T, ""))
def operation_deprecated(s: Spec) -> None:
    op(s, "/targets/{id}", "get")["deprecated"] = True


@case(("server-added", "info", "", "servers"), ("server-removed", "breaking", "", "servers"))
def server_removed(s: Spec) -> None:
    s["servers"] = [{"url": "https://eu.np6.com"}]


@case(("request-parameter-removed", "breaking", PUT, "query.mode"))
def parameter_removed(s: Spec) -> None:
    op(s, "/segments/{id}/targets", "put")["parameters"].remove(param(s, "mode"))


@case(("new-required-request-parameter", "breaking", PUT, "query.listId"))
def parameter_added_required(s: Spec) -> None:
    new = {"name": "listId", "in": "query", "required": True, "schema": {"type": "integer"}}
    op(s, "/segments/{id}/targets", "put")["parameters"].append(new)


@case(("new-optional-request-parameter", "info", PUT, "query.dryRun"))
def parameter_added_optional(s: Spec) -> None:
    new = {"name": "dryRun", "in": "query", "schema": {"type": "boolean"}}
    op(s, "/segments/{id}/targets", "put")["parameters"].append(new)


@case(("request-parameter-became-required", "breaking", PUT, "query.unicity"))
def parameter_became_required(s: Spec) -> None:
    param(s, "unicity")["required"] = True


@case(("request-parameter-location-changed", "breaking", PUT, "header.unicity"))
def parameter_location_changed(s: Spec) -> None:
    param(s, "unicity")["in"] = "header"


@case(("request-parameter-renamed", "breaking", PUT, "query.strategy"))
def parameter_renamed(s: Spec) -> None:
    param(s, "mode")["name"] = "strategy"


@case(
    ("request-parameter-renamed", "breaking", "PUT /segments/{segmentId}/targets", "path.segmentId")
)
def path_parameter_renamed(s: Spec) -> None:
    item = s["paths"].pop("/segments/{id}/targets")
    item["parameters"] = [
        {"name": "segmentId", "in": "path", "required": True, "schema": {"type": "integer"}}
    ]
    s["paths"]["/segments/{segmentId}/targets"] = item


@case(("request-parameter-type-changed", "breaking", PUT, "query.limit"))
def parameter_type_changed(s: Spec) -> None:
    param(s, "limit")["schema"]["type"] = "string"


@case(("request-parameter-format-changed", "breaking", PUT, "query.unicity"))
def parameter_format_changed(s: Spec) -> None:
    param(s, "unicity")["schema"]["format"] = "uuid"


@case(("request-parameter-enum-value-removed", "breaking", PUT, "query.mode"))
def parameter_enum_value_removed(s: Spec) -> None:
    param(s, "mode")["schema"]["enum"] = ["append"]


@case(("request-parameter-enum-value-added", "info", PUT, "query.mode"))
def parameter_enum_value_added(s: Spec) -> None:
    param(s, "mode")["schema"]["enum"].append("merge")


@case(("request-parameter-default-changed", "warning", PUT, "query.limit"))
def parameter_default_changed(s: Spec) -> None:
    param(s, "limit")["schema"]["default"] = 100


@case(("request-parameter-pattern-added", "breaking", PUT, "query.unicity"))
def parameter_pattern_added(s: Spec) -> None:
    param(s, "unicity")["schema"]["pattern"] = "^[0-9]+$"


@case(("request-parameter-maximum-decreased", "breaking", PUT, "query.limit"))
def parameter_maximum_decreased(s: Spec) -> None:
    param(s, "limit")["schema"]["maximum"] = 100


@case(("request-parameter-serialization-changed", "breaking", PUT, "query.unicity"))
def parameter_style_changed(s: Spec) -> None:
    param(s, "unicity")["style"] = "spaceDelimited"


@case(("request-body-became-required", "breaking", PUT, "requestBody"))
def request_body_became_required(s: Spec) -> None:
    op(s, "/segments/{id}/targets", "put")["requestBody"]["required"] = True


@case(("request-body-media-type-changed", "breaking", PUT, "requestBody"))
def request_media_type_changed(s: Spec) -> None:
    content = op(s, "/segments/{id}/targets", "put")["requestBody"]["content"]
    content["application/xml"] = content.pop("application/json")


@case(
    ("request-body-media-type-added", "info", PUT, "requestBody"),
    ("request-body-media-type-added", "info", PUT, "requestBody"),
    ("request-body-media-type-removed", "breaking", PUT, "requestBody"),
)
def request_media_type_removed(s: Spec) -> None:
    content = op(s, "/segments/{id}/targets", "put")["requestBody"]["content"]
    media = content.pop("application/json")
    content.update({"application/xml": media, "text/csv": media})


@case(("new-required-request-property", "breaking", PUT, f"{BODY} $.listId"))
def request_required_property_added(s: Spec) -> None:
    batch(s)["listId"] = {"type": "integer"}
    schema(s, "TargetBatch")["required"].append("listId")


@case(("new-optional-request-property", "info", PUT, f"{BODY} $.note"))
def request_optional_property_added(s: Spec) -> None:
    batch(s)["note"] = {"type": "string"}


@case(("request-property-became-required", "breaking", PUT, f"{BODY} $.source"))
def request_property_became_required(s: Spec) -> None:
    schema(s, "TargetBatch")["required"].append("source")


@case(("request-property-removed", "warning", PUT, f"{BODY} $.tags"))
def request_property_removed(s: Spec) -> None:
    del batch(s)["tags"]


@case(("request-property-type-changed", "breaking", PUT, f"{BODY} $.source"))
def request_property_type_changed(s: Spec) -> None:
    batch(s)["source"]["type"] = "integer"


@case(("request-property-type-changed", "info", PUT, f"{BODY} $.weight"))
def request_property_type_widened(s: Spec) -> None:
    batch(s)["weight"]["type"] = ["number", "string"]


@case(("request-property-enum-value-removed", "breaking", PUT, f"{BODY} $.priority"))
def request_enum_value_removed(s: Spec) -> None:
    batch(s)["priority"]["enum"] = ["low"]


@case(("request-property-max-items-decreased", "breaking", PUT, f"{BODY} $.items"))
def request_max_items_decreased(s: Spec) -> None:
    batch(s)["items"]["maxItems"] = 500


@case(("request-property-min-items-increased", "breaking", PUT, f"{BODY} $.items"))
def request_min_items_increased(s: Spec) -> None:
    batch(s)["items"]["minItems"] = 2


@case(("request-property-max-length-decreased", "breaking", PUT, f"{BODY} $.items[]"))
def request_max_length_decreased(s: Spec) -> None:
    batch(s)["items"]["items"]["maxLength"] = 100


@case(("request-property-min-length-increased", "breaking", PUT, f"{BODY} $.items[]"))
def request_min_length_increased(s: Spec) -> None:
    batch(s)["items"]["items"]["minLength"] = 2


@case(("request-property-maximum-decreased", "breaking", PUT, f"{BODY} $.weight"))
def request_maximum_decreased(s: Spec) -> None:
    batch(s)["weight"]["maximum"] = 5


@case(("request-property-minimum-increased", "breaking", PUT, f"{BODY} $.weight"))
def request_minimum_increased(s: Spec) -> None:
    batch(s)["weight"]["minimum"] = 1


@case(("request-property-max-length-increased", "info", PUT, f"{BODY} $.source"))
def request_max_length_increased(s: Spec) -> None:
    batch(s)["source"]["maxLength"] = 128


@case(("request-property-pattern-changed", "breaking", PUT, f"{BODY} $.source"))
def request_pattern_changed(s: Spec) -> None:
    batch(s)["source"]["pattern"] = "^[a-z0-9]+$"


@case(("request-body-additional-properties-closed", "breaking", PUT, f"{BODY} $"))
def request_additional_properties_closed(s: Spec) -> None:
    schema(s, "TargetBatch")["additionalProperties"] = False


@case(("request-property-nullable-removed", "breaking", PUT, f"{BODY} $.source"))
def request_nullable_removed(s: Spec) -> None:
    del batch(s)["source"]["nullable"]


@case(
    ("response-success-status-added", "info", GET_T, "responses.201"),
    ("response-success-status-removed", "breaking", GET_T, "responses.200"),
)
def response_success_status_removed(s: Spec) -> None:
    responses = op(s, "/targets/{id}", "get")["responses"]
    responses["201"] = responses.pop("200")


@case(("response-non-success-status-removed", "info", PUT, "responses.400"))
def response_error_status_removed(s: Spec) -> None:
    del op(s, "/segments/{id}/targets", "put")["responses"]["400"]


@case(("response-media-type-changed", "breaking", GET_T, "responses.200"))
def response_media_type_changed(s: Spec) -> None:
    content = target_response(s)["content"]
    content["application/xml"] = content.pop("application/json")


@case(("response-media-type-removed", "breaking", GET_T, "responses.200"))
def response_media_type_removed(s: Spec) -> None:
    del target_response(s)["content"]


@case(("response-property-removed", "breaking", GET_T, f"{GET_T_200} $.email"))
def response_property_removed(s: Spec) -> None:
    del schema(s, "Target")["properties"]["email"]


@case(("response-property-became-optional", "breaking", GET_T, f"{GET_T_200} $.hash"))
def response_property_became_optional(s: Spec) -> None:
    schema(s, "Target")["required"] = ["id"]


@case(("response-property-nullable-added", "breaking", GET_T, f"{GET_T_200} $.email"))
def response_property_became_nullable(s: Spec) -> None:
    schema(s, "Target")["properties"]["email"]["nullable"] = True


@case(("response-property-type-changed", "breaking", GET_T, f"{GET_T_200} $.bounce[].field"))
def response_property_type_changed(s: Spec) -> None:
    schema(s, "Bounce")["properties"]["field"]["type"] = "string"


@case(("response-property-format-changed", "breaking", GET_T, f"{GET_T_200} $.creationDate"))
def response_property_format_changed(s: Spec) -> None:
    schema(s, "Target")["properties"]["creationDate"]["format"] = "date"


@case(("response-property-enum-value-added", "warning", GET_T, f"{GET_T_200} $.bounce[].type"))
def response_enum_value_added(s: Spec) -> None:
    schema(s, "BounceType")["enum"].append("Spam")


@case(("response-property-added", "info", GET_T, f"{GET_T_200} $.phone"))
def response_property_added(s: Spec) -> None:
    schema(s, "Target")["properties"]["phone"] = {"type": "string"}


@case(("response-header-removed", "breaking", PUT, "responses.200 headers.X-Rate-Remaining"))
def response_header_removed(s: Spec) -> None:
    del op(s, "/segments/{id}/targets", "put")["responses"]["200"]["headers"]


@case(
    ("component-schema-removed", "breaking", "", "components.schemas.SmsAction"),
    ("request-body-discriminator-mapping-removed", "breaking", POST_A, ACTION_REQ),
    ("request-body-one-of-variant-removed", "breaking", POST_A, ACTION_REQ),
    ("response-body-discriminator-mapping-removed", "info", POST_A, ACTION_RESP),
    ("response-body-one-of-variant-removed", "info", POST_A, ACTION_RESP),
)
def one_of_variant_removed(s: Spec) -> None:
    action = schema(s, "Action")
    action["oneOf"] = action["oneOf"][:1]
    del action["discriminator"]["mapping"]["sms"]
    del s["components"]["schemas"]["SmsAction"]


@case(
    ("request-body-one-of-variant-added", "info", POST_A, ACTION_REQ),
    ("response-body-one-of-variant-added", "warning", POST_A, ACTION_RESP),
)
def one_of_variant_added(s: Spec) -> None:
    schema(s, "Action")["oneOf"].append({"type": "object", "title": "PushAction"})


@case(
    ("request-body-discriminator-mapping-changed", "breaking", POST_A, ACTION_REQ),
    ("response-body-discriminator-mapping-changed", "breaking", POST_A, ACTION_RESP),
)
def discriminator_mapping_changed(s: Spec) -> None:
    schema(s, "Action")["discriminator"]["mapping"]["sms"] = "#/components/schemas/EmailAction"


@case(
    ("request-body-discriminator-property-changed", "breaking", POST_A, ACTION_REQ),
    ("response-body-discriminator-property-changed", "breaking", POST_A, ACTION_RESP),
)
def discriminator_property_changed(s: Spec) -> None:
    schema(s, "Action")["discriminator"]["propertyName"] = "type"


@case(
    ("request-property-max-length-decreased", "breaking", POST_A, f"{BODY} $<SmsAction>.text"),
    ("response-property-max-length-decreased", "info", POST_A, f"{ACTION_RESP}<SmsAction>.text"),
)
def variant_content_changed(s: Spec) -> None:
    schema(s, "SmsAction")["properties"]["text"]["maxLength"] = 70


@case(("operation-security-added", "breaking", PING, "security"))
def operation_security_added(s: Spec) -> None:
    op(s, "/ping", "get")["security"] = [{"XKey": []}]


@case(("operation-security-removed", "info", GET_T, "security"))
def operation_security_removed(s: Spec) -> None:
    op(s, "/targets/{id}", "get")["security"] = []


@case(("security-scheme-changed", "breaking", "", "components.securitySchemes.XKey"))
def security_scheme_header_renamed(s: Spec) -> None:
    s["components"]["securitySchemes"]["XKey"]["name"] = "X-Api-Key"


@case()
def security_header_case_only(s: Spec) -> None:
    s["components"]["securitySchemes"]["XKey"]["name"] = "x-key"  # HTTP headers are case-blind


@case(("operation-id-changed", "breaking", GET_T, "operationId"))
def operation_id_changed(s: Spec) -> None:
    op(s, "/targets/{id}", "get")["operationId"] = "fetchTarget"


@case(("operation-id-changed", "info", GET_T, "operationId"))
def operation_id_case_only(s: Spec) -> None:
    op(s, "/targets/{id}", "get")["operationId"] = "GetTarget"  # still get_target in Python


@case(("operation-tag-changed", "breaking", GET_T, "tags"))
def operation_tag_changed(s: Spec) -> None:
    op(s, "/targets/{id}", "get")["tags"] = ["Targets", "Contact"]


@case()
def second_tag_changed(s: Spec) -> None:
    op(s, "/targets/{id}", "get")["tags"] = ["Contact", "Extra"]  # only the first tag counts


@case(("component-schema-renamed", "breaking", "", "components.schemas.Target"))
def component_renamed(s: Spec) -> None:
    s["components"]["schemas"]["Contact"] = s["components"]["schemas"].pop("Target")
    target_response(s)["content"]["application/json"]["schema"]["$ref"] = (
        "#/components/schemas/Contact"
    )


@case(
    ("component-schema-renamed", "breaking", "", "components.schemas.Target"),
    ("response-property-removed", "breaking", GET_T, f"{GET_T_200} $.hash"),
)
def component_renamed_and_changed(s: Spec) -> None:
    component_renamed(s)
    del schema(s, "Contact")["properties"]["hash"]
    schema(s, "Contact")["required"] = ["id"]


@case(("component-schema-added", "info", "", "components.schemas.TargetBase"))
def component_split_with_all_of(s: Spec) -> None:
    target = s["components"]["schemas"]["Target"]
    base = {"type": "object", "required": ["id"], "properties": {"id": target["properties"]["id"]}}
    s["components"]["schemas"]["TargetBase"] = base
    rest = {k: v for k, v in target["properties"].items() if k != "id"}
    s["components"]["schemas"]["Target"] = {
        "allOf": [
            {"$ref": "#/components/schemas/TargetBase"},
            {"type": "object", "required": ["hash"], "properties": rest},
        ]
    }


@case(("response-body-type-changed", "breaking", PUT, "responses.200 application/json $"))
def response_root_type_changed(s: Spec) -> None:
    schema(s, "BatchResult")["type"] = "array"
    schema(s, "BatchResult")["items"] = {"type": "string"}
    del schema(s, "BatchResult")["properties"], schema(s, "BatchResult")["required"]


@pytest.mark.parametrize(("mutate", "expected"), CASES)
def test_each_check(
    mutate: Mutation, expected: list[Expected], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    new = copy.deepcopy(BASE)
    mutate(new)
    assert summary(sd.diff_specs(BASE, new)) == expected
    # The command line agrees, and exits 1 exactly when something breaks.
    code = sd.main([str(FIXTURES / "base.yaml"), str(write_yaml(tmp_path / "new.yaml", new))])
    assert code == (1 if any(level == "breaking" for _, level, _, _ in expected) else 0)
    assert (
        capsys.readouterr()
        .out.strip()
        .splitlines()[-1]
        .startswith(f"{sum(e[1] == 'breaking' for e in expected)} breaking")
    )


# ------------------------------------------------------------------ old/new values, Python names


def only(old: Spec, new: Spec, change_id: str, **kwargs: Any) -> Any:
    matches = [c for c in sd.diff_specs(old, new, **kwargs) if c.id == change_id]
    assert len(matches) == 1, matches
    return matches[0]


def mutated(mutate: Mutation) -> Spec:
    new = copy.deepcopy(BASE)
    mutate(new)
    return new


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
    for param_case in CASES:
        mutate = param_case.values[0]
        for change in sd.diff_specs(BASE, mutated(mutate)):
            assert change.level in ("breaking", "warning", "info")
            assert change.reason and "\n" not in change.reason
            assert change.id == change.id.lower() and " " not in change.id


# ------------------------------------------------------------------------ real fixture file pairs

FIXTURE_PAIRS = [
    pytest.param(
        "path_renamed.old.yaml",
        "path_renamed.new.yaml",
        [
            ("path-renamed", "breaking", "GET /contacts/{contactId}", ""),
            (
                "request-parameter-renamed",
                "breaking",
                "GET /contacts/{contactId}",
                "path.contactId",
            ),
        ],
        id="path-renamed",
    ),
    pytest.param(
        "schema_renamed.old.yaml",
        "schema_renamed.new.json",
        [("component-schema-renamed", "breaking", "", "components.schemas.Target")],
        id="schema-renamed-yaml-to-json",
    ),
    pytest.param(
        "nullable31.old.yaml",
        "nullable31.new.yaml",
        [
            (
                "request-property-nullable-removed",
                "breaking",
                "POST /targets",
                "requestBody application/json $.email",
            ),
            (
                "response-property-nullable-added",
                "breaking",
                "POST /targets",
                "responses.201 application/json $.bounce",
            ),
        ],
        id="nullable-3.1",
    ),
    pytest.param(
        "cyclic.old.yaml",
        "cyclic.new.yaml",
        [
            (
                "request-property-max-length-decreased",
                "breaking",
                "POST /categories",
                "requestBody application/json $.owner.login",
            ),
            (
                "request-property-type-changed",
                "breaking",
                "POST /categories",
                "requestBody application/json $.name",
            ),
            (
                "response-property-max-length-decreased",
                "info",
                "GET /categories",
                "responses.200 application/json $.owner.login",
            ),
            (
                "response-property-type-changed",
                "breaking",
                "GET /categories",
                "responses.200 application/json $.name",
            ),
        ],
        id="cyclic",
    ),
    pytest.param(
        "security.old.yaml",
        "security.new.yaml",
        [("security-scheme-changed", "breaking", "", "components.securitySchemes.XKey")],
        id="security-header-renamed",
    ),
]


@pytest.mark.parametrize(("old_name", "new_name", "expected"), FIXTURE_PAIRS)
def test_fixture_pairs(old_name: str, new_name: str, expected: list[Expected]) -> None:
    old, new = sd.load_spec(FIXTURES / old_name), sd.load_spec(FIXTURES / new_name)
    assert summary(sd.diff_specs(old, new)) == sorted(expected)


def test_path_rename_is_one_change_not_remove_and_add() -> None:
    old, new = (sd.load_spec(FIXTURES / f"path_renamed.{v}.yaml") for v in ("old", "new"))
    change = only(old, new, "path-renamed")
    assert (change.old, change.new) == ("/targets/{id}", "/contacts/{contactId}")
    ids = {c.id for c in sd.diff_specs(old, new)}
    assert not ids & {"operation-removed", "operation-added", "method-removed"}


def test_cyclic_schemas_terminate_from_the_command_line() -> None:
    result = run_cli(FIXTURES / "cyclic.old.yaml", FIXTURES / "cyclic.new.yaml", timeout=20)
    assert result.returncode == 1
    assert result.stdout.strip().splitlines()[-1] == "3 breaking, 0 warning, 1 info"


def test_degenerate_recursion_terminates() -> None:
    loop: Spec = copy.deepcopy(BASE)
    schemas = loop["components"]["schemas"]
    # A $ref chain that loops, a schema that is its own allOf member, and items of itself.
    schemas["A"] = {"$ref": "#/components/schemas/B"}
    schemas["B"] = {"$ref": "#/components/schemas/A"}
    schemas["Self"] = {"allOf": [{"$ref": "#/components/schemas/Self"}], "type": "object"}
    schemas["Target"]["properties"]["loop"] = {"$ref": "#/components/schemas/A"}
    schemas["Target"]["properties"]["self"] = {
        "type": "array",
        "items": {"$ref": "#/components/schemas/Self"},
    }
    changed = copy.deepcopy(loop)
    changed["components"]["schemas"]["Self"]["properties"] = {"x": {"type": "string"}}
    assert sd.diff_specs(loop, loop) == []
    assert summary(sd.diff_specs(loop, changed)) == [
        ("response-property-added", "info", GET_T, f"{GET_T_200} $.self[].x")
    ]


# --------------------------------------------------------------------------- no-op and stability


def _reorder(node: Any) -> Any:
    if isinstance(node, dict):
        return {k: _reorder(node[k]) for k in reversed(list(node))}
    if isinstance(node, list):
        return [_reorder(v) for v in node]
    return node


def test_spec_against_itself_is_empty() -> None:
    assert sd.diff_specs(BASE, copy.deepcopy(BASE)) == []


def test_reordered_keys_are_no_change() -> None:
    assert sd.diff_specs(BASE, _reorder(BASE)) == []


def test_yaml_to_json_is_no_change(tmp_path: Path) -> None:
    # Unquoted status codes are integers in YAML and strings in JSON: still the same spec.
    text = (FIXTURES / "base.yaml").read_text(encoding="utf-8")
    unquoted = tmp_path / "unquoted.yaml"
    unquoted.write_text(text.replace("'200':", "200:").replace("'201':", "201:"), encoding="utf-8")
    as_json = tmp_path / "base.json"
    as_json.write_text(json.dumps(_reorder(BASE), indent=1), encoding="utf-8")
    result = run_cli(unquoted, as_json)
    assert (result.returncode, result.stderr) == (0, "")
    assert result.stdout.startswith("No changes.")


def test_output_is_sorted_by_operation_location_id() -> None:
    new = copy.deepcopy(BASE)
    for mutate in (operation_removed, parameter_removed, response_property_removed, server_removed):
        mutate(new)
    mutate_all = sd.diff_specs(BASE, new)
    assert len(mutate_all) == 5
    keys = [(c.operation, c.location, c.id) for c in mutate_all]
    assert keys == sorted(keys)
    assert sd.diff_specs(BASE, new) == mutate_all  # same input, same order


# ------------------------------------------------------------------------------- CLI contract


INVALID = [
    pytest.param("invalid_swagger2.yaml", "Swagger 2.0", id="swagger-2"),
    pytest.param("invalid_no_paths.yaml", "`paths`", id="no-paths"),
    pytest.param("invalid_syntax.yaml", "not valid YAML", id="yaml-syntax"),
    pytest.param("invalid_list.yaml", "not a mapping", id="top-level-list"),
    pytest.param("does-not-exist.yaml", "no such file", id="missing"),
    pytest.param(".", "is a directory", id="directory"),
]


@pytest.mark.parametrize(("name", "message"), INVALID)
@pytest.mark.parametrize("side", ["old", "new"])
def test_unusable_input_exits_2_with_one_line(name: str, message: str, side: str) -> None:
    bad, good = FIXTURES / name, FIXTURES / "base.yaml"
    result = run_cli(*((bad, good) if side == "old" else (good, bad)))
    assert result.returncode == 2
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("spec_diff: ") and message in lines[0]
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "top level is not a mapping"),
        (b"\xff\xfe\x00garbage", "not UTF-8"),
        (b"[1,", "JSON"),
    ],
    ids=["empty", "not-utf8", "bad-json"],
)
def test_unreadable_bytes_exit_2(tmp_path: Path, content: bytes, message: str) -> None:
    bad = tmp_path / ("spec.json" if message == "JSON" else "spec.yaml")
    bad.write_bytes(content)
    result = run_cli(bad, FIXTURES / "base.yaml")
    assert result.returncode == 2
    assert len(result.stderr.splitlines()) == 1 and message in result.stderr
    assert "Traceback" not in result.stderr


def test_yaml_alias_bomb_exits_2_fast_in_bounded_memory(tmp_path: Path) -> None:
    """Billion laughs: refused before anything walks the 10^9 nodes, under a 1 GiB address cap."""
    bomb = tmp_path / "bomb.yaml"
    bomb.write_bytes(billion_laughs())

    def cap_memory() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (1 << 30, 1 << 30))

    start = time.perf_counter()
    result = subprocess.run(
        [sys.executable, str(SCRIPT), str(FIXTURES / "base.yaml"), str(bomb)],
        capture_output=True,
        text=True,
        timeout=30,
        check=False,
        preexec_fn=cap_memory,
    )
    assert time.perf_counter() - start < 10
    assert result.returncode == 2, result.stderr[-500:]
    assert result.stdout == ""
    assert result.stderr.splitlines() == [
        f"spec_diff: {bomb}: YAML aliases expand to more than 1000000 extra nodes"
    ]


@pytest.mark.parametrize(
    ("mutate", "fail_on", "code"),
    [
        (operation_deprecated, None, 0),  # a warning does not fail by default
        (operation_deprecated, "warning", 1),
        (operation_deprecated, "never", 0),
        (operation_removed, None, 1),
        (operation_removed, "breaking", 1),
        (operation_removed, "warning", 1),
        (operation_removed, "never", 0),
        (operation_added, "warning", 0),  # info never fails
    ],
)
def test_fail_on(mutate: Mutation, fail_on: str | None, code: int, tmp_path: Path) -> None:
    new = write_yaml(tmp_path / "new.yaml", mutated(mutate))
    options = ["--fail-on", fail_on] if fail_on else []
    result = run_cli(FIXTURES / "base.yaml", new, *options)
    assert (result.returncode, result.stderr) == (code, "")


def test_formats(tmp_path: Path) -> None:
    new_spec = mutated(operation_removed)
    operation_deprecated(new_spec)
    new = write_yaml(tmp_path / "new.yaml", new_spec)
    old = FIXTURES / "base.yaml"

    payload = json.loads(run_cli(old, new, "--format", "json").stdout)
    assert payload["summary"] == {"breaking": 1, "warning": 1, "info": 0}
    assert [(c["id"], c["level"]) for c in payload["changes"]] == [
        ("operation-deprecated", "warning"),
        ("operation-removed", "breaking"),
    ]
    assert set(payload["changes"][0]) == {
        "id",
        "level",
        "operation",
        "location",
        "old",
        "new",
        "reason",
    }

    markdown = run_cli(old, new, "--format", "markdown").stdout.splitlines()
    assert "| Level | Change | Operation | Location | Old → New | Reason |" in markdown
    header = markdown.index("| Level | Change | Operation | Location | Old → New | Reason |")
    assert markdown[header + 1].startswith("|---")
    assert len([line for line in markdown[header + 2 :] if line.startswith("| ")]) == 2

    text = run_cli(old, new).stdout.splitlines()
    assert len(text) == 3
    assert text[-1] == "1 breaking, 1 warning, 0 info"
    assert text[0].startswith("WARNING") and "operation-deprecated" in text[0]


def test_markdown_escapes_pipes() -> None:
    change = sd.Change("x-changed", "info", "GET /a", "query.a", "a|b", None, "Pipes | here.")
    row = sd.format_markdown([change]).splitlines()[-1]
    assert row.count(" | ") == 5  # the escaped pipes do not open new cells
    assert "a\\|b" in row and "Pipes \\| here." in row


def test_validate_flag_accepts_valid_and_rejects_schema_errors(tmp_path: Path) -> None:
    assert run_cli(FIXTURES / "base.yaml", FIXTURES / "base.yaml", "--validate").returncode == 0
    broken = copy.deepcopy(BASE)
    op(broken, "/ping", "get")["responses"] = "nope"  # passes the cheap check, not the schema
    path = write_yaml(tmp_path / "broken.yaml", broken)
    result = run_cli(FIXTURES / "base.yaml", path, "--validate")
    assert result.returncode == 2 and len(result.stderr.splitlines()) == 1


# ----------------------------------------------------------------------------------- performance


def synthetic_spec(operations: int = 150, models: int = 40) -> Spec:
    """Many operations sharing nested, partly recursive component schemas."""
    schemas: Spec = {}
    for i in range(models):
        child = f"Model{(i + 1) % models}"
        schemas[f"Model{i}"] = {
            "type": "object",
            "required": ["id", "name"],
            "properties": {
                "id": {"type": "string", "format": "uuid"},
                "name": {"type": "string", "maxLength": 100},
                "state": {"type": "string", "enum": ["a", "b", "c"]},
                "tags": {"type": "array", "items": {"type": "string"}},
                "child": {"$ref": f"#/components/schemas/{child}"},
                "children": {"type": "array", "items": {"$ref": f"#/components/schemas/{child}"}},
                "meta": {
                    "type": "object",
                    "properties": {"level": {"type": "integer", "minimum": 0}},
                },
            },
        }
    paths: Spec = {}
    for i in range(operations):
        ref = {"$ref": f"#/components/schemas/Model{i % models}"}
        paths[f"/things{i}/{{id}}"] = {
            "post": {
                "tags": [f"Group{i % 7}"],
                "operationId": f"updateThing{i}",
                "parameters": [
                    {"name": "id", "in": "path", "required": True, "schema": {"type": "string"}},
                    {"name": "limit", "in": "query", "schema": {"type": "integer", "maximum": 50}},
                ],
                "requestBody": {"content": {"application/json": {"schema": ref}}},
                "responses": {
                    "200": {"description": "ok", "content": {"application/json": {"schema": ref}}},
                    "404": {"description": "missing"},
                },
            }
        }
    return {
        "openapi": "3.0.3",
        "info": {"title": "Synthetic", "version": "1"},
        "paths": paths,
        "components": {"schemas": schemas},
    }


def test_large_spec_diff_is_fast(tmp_path: Path) -> None:
    old = synthetic_spec()
    new = copy.deepcopy(old)
    for i in range(0, 40, 3):  # changes deep in shared, recursive models: every operation sees them
        new["components"]["schemas"][f"Model{i}"]["properties"]["name"]["maxLength"] = 50
        new["components"]["schemas"][f"Model{i}"]["properties"]["state"]["enum"].append("d")
    del new["paths"]["/things0/{id}"]
    old_path, new_path = (
        write_yaml(tmp_path / "old.yaml", old),
        write_yaml(tmp_path / "new.yaml", new),
    )

    started = time.process_time()
    changes = sd.diff_specs(sd.load_spec(old_path), sd.load_spec(new_path))
    elapsed = time.process_time() - started

    assert elapsed < 1.0, f"{elapsed:.2f}s"
    by_id = {c.id for c in changes}
    assert by_id == {
        "operation-removed",
        "request-property-max-length-decreased",
        "request-property-enum-value-added",
        "response-property-max-length-decreased",
        "response-property-enum-value-added",
    }
    # Every remaining operation reaches a changed model through its request and its response.
    touched = {c.operation for c in changes if c.id == "response-property-enum-value-added"}
    assert len(touched) == 149


# ---------------------------------------------------------------------------- the real np6 spec

needs_np6 = pytest.mark.skipif(not NP6_SPEC.exists(), reason="openapi/np6.yaml not written yet")


@needs_np6
def test_np6_spec_against_itself() -> None:
    # CPU time, not wall time: the claim is about our cost, not about a busy CI machine.
    started = time.process_time()
    spec = sd.load_spec(NP6_SPEC)
    assert sd.diff_specs(spec, sd.load_spec(NP6_SPEC)) == []
    assert time.process_time() - started < 1.0


@needs_np6
def test_np6_spec_against_a_mutated_copy(tmp_path: Path) -> None:
    spec = sd.load_spec(NP6_SPEC)
    new = copy.deepcopy(spec)
    # 1. Rename the operationId of the first operation.
    first_path = next(iter(new["paths"]))
    first_method = next(m for m in sd.HTTP_METHODS if m in new["paths"][first_path])
    new["paths"][first_path][first_method]["operationId"] = "renamedForTheTest"
    # 2. Remove the last path entirely.
    removed_path = list(new["paths"])[-1]
    del new["paths"][removed_path]
    # 3. Rename a model component everywhere it is referenced.
    name = next(n for n, s in new["components"]["schemas"].items() if sd._makes_model(s))
    text = json.dumps(new).replace(
        f'"#/components/schemas/{name}"', '"#/components/schemas/RenamedForTheTest"'
    )
    new = json.loads(text)
    new["components"]["schemas"]["RenamedForTheTest"] = new["components"]["schemas"].pop(name)
    new_path = tmp_path / "np6.json"
    new_path.write_text(json.dumps(new), encoding="utf-8")

    sd._generator_names()  # import openapi-python-client first: measure the diff, not that import
    started = time.process_time()
    changes = sd.diff_specs(spec, sd.load_spec(new_path))
    elapsed = time.process_time() - started

    assert elapsed < 1.0, f"{elapsed:.2f}s"
    ids = {c.id for c in changes}
    assert {"operation-id-changed", "component-schema-renamed"} <= ids
    assert ids & {"operation-removed", "method-removed"}
    rename = next(c for c in changes if c.id == "component-schema-renamed")
    assert rename.new == "np6_api.models.RenamedForTheTest"
    assert not {c.id for c in changes} & {"component-schema-removed", "component-schema-added"}
    assert run_cli(NP6_SPEC, new_path).returncode == 1
