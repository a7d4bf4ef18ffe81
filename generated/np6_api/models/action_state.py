from enum import IntEnum


class ActionState(IntEnum):
    VALUE_10 = 10
    VALUE_20 = 20
    VALUE_30 = 30
    VALUE_35 = 35
    VALUE_36 = 36
    VALUE_38 = 38
    VALUE_40 = 40
    VALUE_50 = 50
    VALUE_55 = 55
    VALUE_60 = 60

    def __str__(self) -> str:
        return str(self.value)
