"""Operations added, removed, moved, deprecated, renamed; bodies, statuses, media types, headers."""

from __future__ import annotations

from pathlib import Path

import pytest

from .spec_diff_support import (
    DEL_T,
    GET_T,
    POST_A,
    PUT,
    Expected,
    Mutation,
    Spec,
    case_registry,
    op,
    run_case,
    schema,
    target_response,
)

CASES, case = case_registry()


@case()
def documentation_only(s: Spec) -> None:
    s["info"]["description"] = "Now documented."
    target_response(s)["description"] = "The target, reworded."
    schema(s, "Target")["properties"]["email"]["description"] = "Main address."


@case(("api-path-removed-without-deprecation", "breaking", POST_A, ""))
def operation_removed(s: Spec) -> None:
    del s["paths"]["/actions"]


@case(("api-removed-without-deprecation", "breaking", DEL_T, ""))
def method_removed(s: Spec) -> None:
    del s["paths"]["/targets/{id}"]["delete"]


@case(("endpoint-added", "info", "GET /targets", ""))
def operation_added(s: Spec) -> None:
    s["paths"]["/targets"] = {"get": {"operationId": "listTargets", "responses": {"204": {}}}}


@case(("endpoint-deprecated", "info", GET_T, ""))
def operation_deprecated(s: Spec) -> None:
    op(s, "/targets/{id}", "get")["deprecated"] = True


@case(("server-added", "info", "", "servers"), ("server-removed", "info", "", "servers"))
def server_removed(s: Spec) -> None:
    s["servers"] = [{"url": "https://eu.np6.com"}]


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


@case(
    ("optional-response-header-removed", "warning", PUT, "responses.200 headers.X-Rate-Remaining")
)
def response_header_removed(s: Spec) -> None:
    del op(s, "/segments/{id}/targets", "put")["responses"]["200"]["headers"]


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


@pytest.mark.parametrize(("mutate", "expected"), CASES)
def test_each_check(
    mutate: Mutation, expected: list[Expected], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    found, cli, want = run_case(mutate, tmp_path, capsys)
    assert found == expected
    assert cli == want
