"""Schema keywords in requests and responses, nested; variants, discriminators; fixture pairs."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest

from np6 import spec_diff as sd

from .spec_diff_support import (
    ACTION_REQ,
    ACTION_RESP,
    BASE,
    BODY,
    FIXTURES,
    GET_T,
    GET_T_200,
    POST_A,
    PUT,
    Expected,
    Mutation,
    Spec,
    batch,
    case_registry,
    only,
    run_case,
    run_cli,
    schema,
    summary,
)

CASES, case = case_registry()


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


@case(("request-property-list-of-types-widened", "info", PUT, f"{BODY} $.weight"))
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


@case(("request-property-max-decreased", "breaking", PUT, f"{BODY} $.weight"))
def request_maximum_decreased(s: Spec) -> None:
    batch(s)["weight"]["maximum"] = 5


@case(("request-property-min-increased", "breaking", PUT, f"{BODY} $.weight"))
def request_minimum_increased(s: Spec) -> None:
    batch(s)["weight"]["minimum"] = 1


@case(("request-property-max-length-increased", "info", PUT, f"{BODY} $.source"))
def request_max_length_increased(s: Spec) -> None:
    batch(s)["source"]["maxLength"] = 128


@case(("request-property-pattern-changed", "warning", PUT, f"{BODY} $.source"))
def request_pattern_changed(s: Spec) -> None:
    batch(s)["source"]["pattern"] = "^[a-z0-9]+$"


@case(("request-body-additional-properties-closed", "breaking", PUT, f"{BODY} $"))
def request_additional_properties_closed(s: Spec) -> None:
    schema(s, "TargetBatch")["additionalProperties"] = False


@case(("request-property-became-not-nullable", "breaking", PUT, f"{BODY} $.source"))
def request_nullable_removed(s: Spec) -> None:
    del batch(s)["source"]["nullable"]


@case(("response-optional-property-removed", "warning", GET_T, f"{GET_T_200} $.email"))
def response_property_removed(s: Spec) -> None:
    del schema(s, "Target")["properties"]["email"]


@case(("response-required-property-removed", "breaking", GET_T, f"{GET_T_200} $.hash"))
def response_required_property_removed(s: Spec) -> None:
    del schema(s, "Target")["properties"]["hash"]


@case(("response-property-became-optional", "breaking", GET_T, f"{GET_T_200} $.hash"))
def response_property_became_optional(s: Spec) -> None:
    schema(s, "Target")["required"] = ["id"]


@case(("response-property-became-nullable", "breaking", GET_T, f"{GET_T_200} $.email"))
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


@case(("response-optional-property-added", "info", GET_T, f"{GET_T_200} $.phone"))
def response_property_added(s: Spec) -> None:
    schema(s, "Target")["properties"]["phone"] = {"type": "string"}


@case(
    ("component-schema-removed", "breaking", "", "components.schemas.SmsAction"),
    ("request-body-discriminator-mapping-deleted", "info", POST_A, ACTION_REQ),
    ("request-body-one-of-removed", "breaking", POST_A, ACTION_REQ),
    ("response-body-discriminator-mapping-deleted", "info", POST_A, ACTION_RESP),
    ("response-body-one-of-removed", "info", POST_A, ACTION_RESP),
)
def one_of_variant_removed(s: Spec) -> None:
    action = schema(s, "Action")
    action["oneOf"] = action["oneOf"][:1]
    del action["discriminator"]["mapping"]["sms"]
    del s["components"]["schemas"]["SmsAction"]


@case(
    ("request-body-one-of-added", "info", POST_A, ACTION_REQ),
    ("response-body-one-of-added", "breaking", POST_A, ACTION_RESP),
)
def one_of_variant_added(s: Spec) -> None:
    schema(s, "Action")["oneOf"].append({"type": "object", "title": "PushAction"})


@case(
    ("request-body-discriminator-mapping-changed", "info", POST_A, ACTION_REQ),
    ("response-body-discriminator-mapping-changed", "info", POST_A, ACTION_RESP),
)
def discriminator_mapping_changed(s: Spec) -> None:
    schema(s, "Action")["discriminator"]["mapping"]["sms"] = "#/components/schemas/EmailAction"


@case(
    ("request-body-discriminator-property-name-changed", "info", POST_A, ACTION_REQ),
    ("response-body-discriminator-property-name-changed", "info", POST_A, ACTION_RESP),
)
def discriminator_property_changed(s: Spec) -> None:
    schema(s, "Action")["discriminator"]["propertyName"] = "type"


@case(
    ("request-property-max-length-decreased", "breaking", POST_A, f"{BODY} $<SmsAction>.text"),
    ("response-property-max-length-decreased", "info", POST_A, f"{ACTION_RESP}<SmsAction>.text"),
)
def variant_content_changed(s: Spec) -> None:
    schema(s, "SmsAction")["properties"]["text"]["maxLength"] = 70


@case(("response-body-type-changed", "breaking", PUT, "responses.200 application/json $"))
def response_root_type_changed(s: Spec) -> None:
    schema(s, "BatchResult")["type"] = "array"
    schema(s, "BatchResult")["items"] = {"type": "string"}
    del schema(s, "BatchResult")["properties"], schema(s, "BatchResult")["required"]


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
                "request-property-became-not-nullable",
                "breaking",
                "POST /targets",
                "requestBody application/json $.email",
            ),
            (
                "response-property-became-nullable",
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
                "request-property-max-length-set",
                "warning",
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
    assert not ids & {
        "api-path-removed-without-deprecation",
        "endpoint-added",
        "api-removed-without-deprecation",
    }


def test_cyclic_schemas_terminate_from_the_command_line() -> None:
    result = run_cli(FIXTURES / "cyclic.old.yaml", FIXTURES / "cyclic.new.yaml", timeout=20)
    assert result.returncode == 1
    assert result.stdout.strip().splitlines()[-1] == "2 breaking, 1 warning, 1 info"


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
        ("response-optional-property-added", "info", GET_T, f"{GET_T_200} $.self[].x")
    ]


@pytest.mark.parametrize(("mutate", "expected"), CASES)
def test_each_check(
    mutate: Mutation, expected: list[Expected], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    found, cli, want = run_case(mutate, tmp_path, capsys)
    assert found == expected
    assert cli == want
