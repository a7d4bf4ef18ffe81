from enum import StrEnum


class WorkflowNodeDataExplorerV2MatchType(StrEnum):
    DATA_EXPLORER_V2_MATCH = "data-explorer-v2.match"

    def __str__(self) -> str:
        return str(self.value)
