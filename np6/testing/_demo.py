"""A small, fixed data set for `make demo`, `np6 fake-server` and `python -m np6.testing`."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from ._state import State

DEMO_SEGMENT = 42  # the segment the README examples use


def seed_demo(state: State) -> None:
    """Three targets, one static segment, a few archives and hits, all with fixed dates."""
    day = datetime(2026, 2, 5, 9, 30, tzinfo=UTC)
    people = [
        ("000T001", "FR12345", {"firstname": "Ada", "email": "ada@example.com"}),
        ("000T002", "FR12346", {"firstname": "Alan", "email": "alan@example.com"}),
        ("000T003", "ES50001", {"firstname": "Grace", "email": "grace@example.com"}),
    ]
    for target_id, unicity, fields in people:
        state.add_target(target_id, unicity=unicity, fields=fields)
    state.add_segment(DEMO_SEGMENT, name="Newsletter readers")
    for n, (target_id, _, _) in enumerate(people):
        state.add_archive(
            action="00000A",
            target=target_id,
            sending_date=day - timedelta(days=n),
            id=f"00000000-0000-4000-8000-00000000000{n}",
            stamp=f"00000000-0000-4000-9000-00000000000{n}",
        )
        for k in range(2):
            state.add_hit(
                target_id,
                timestamp=day + timedelta(hours=k),
                id=f"00000000-0000-4000-a000-0000000000{n}{k}",
                identity={"type": "mail"},
                source={"type": "action", "id": "00000A"},
            )
