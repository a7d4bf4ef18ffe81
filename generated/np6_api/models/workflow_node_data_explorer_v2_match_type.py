from enum import StrEnum

from ..types import unknown_member


class WorkflowNodeDataExplorerV2MatchType(StrEnum):
    DATA_EXPLORER_V2_MATCH = "data-explorer-v2.match"

    @classmethod
    def _missing_(cls, value: object) -> "WorkflowNodeDataExplorerV2MatchType | None":
        return unknown_member(cls, value, pin=True)

    def __str__(self) -> str:
        return str(self.value)
