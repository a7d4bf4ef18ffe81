"""The fake's data: targets, segments and their members, actions, archives, hits, and one
`Collection` per resource that is plain create/read/update/delete (categories, fields, imports...).

Plain dicts shaped like the spec's schemas, so handlers can return them as they are. Every
mutation runs under `lock`: the sync np6 client sends batches from several threads. Dates come
from `clock` (a FakeClock, frozen unless told otherwise).

Where the reference is silent the fake picks one simple rule and keeps to it:
- a target is known by its id, its hash and (when it has one) its unicity value;
- `PUT /targets` updates the target named by `id` (404 if unknown) or by `unicity` (created when
  missing), and creates a new target when the body names neither; other keys are field values;
- ids sent to `PUT /segments/{id}/targets` may be target ids or unicity values; unknown ones are
  kept as given, unless `known_targets_only` is set (then they are not added and not counted).
"""

from __future__ import annotations

import hashlib
import itertools
import threading
import uuid
from collections.abc import Callable, Iterable, Iterator, Mapping
from datetime import UTC, datetime
from typing import Any

from ._clock import FakeClock

Record = dict[str, Any]


def iso(moment: datetime) -> str:
    """RFC 3339 in UTC with a `Z`, as NP6 writes dates."""
    return moment.astimezone(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def target_hash(target_id: str) -> str:
    return hashlib.sha256(target_id.encode()).hexdigest()[:32]


def int_ids() -> Callable[[Iterable[Any]], Any]:
    return lambda taken: max((k for k in taken if isinstance(k, int)), default=0) + 1


def uuid_ids() -> Callable[[Iterable[Any]], Any]:
    return lambda taken: str(uuid.uuid4())


def text_ids(prefix: str) -> Callable[[Iterable[Any]], Any]:
    counter = itertools.count(1)

    def new(taken: Iterable[Any]) -> str:
        used = set(taken)
        return next(c for c in (f"{prefix}{n:04d}" for n in counter) if c not in used)

    return new


class Collection:
    """Records of one resource by id: what the client wrote, plus the id (and dates) NP6 adds."""

    def __init__(
        self,
        lock: threading.RLock,
        new_id: Callable[[Iterable[Any]], Any],
        *,
        id_type: type = int,
    ) -> None:
        self.lock = lock
        self.records: dict[Any, dict[str, Any]] = {}
        self._new_id = new_id
        self.id_type = id_type

    def __len__(self) -> int:
        return len(self.records)

    def __iter__(self) -> Iterator[dict[str, Any]]:
        with self.lock:
            return iter(list(self.records.values()))

    def __contains__(self, key: object) -> bool:
        return key in self.records

    def new_id(self) -> Any:
        return self._new_id(self.records)

    def key(self, raw: str | int) -> Any:
        """A path parameter as this collection's id type (None when it cannot be one)."""
        try:
            return self.id_type(raw)
        except ValueError:
            return None

    def add(self, record: Mapping[str, Any], id: Any = None) -> dict[str, Any]:
        with self.lock:
            key = id if id is not None else record.get("id")
            if key is None:
                key = self.new_id()
            stored = {**record, "id": key}
            self.records[key] = stored
            return stored

    def get(self, key: Any) -> dict[str, Any] | None:
        return self.records.get(key)

    def update(self, key: Any, changes: Mapping[str, Any]) -> dict[str, Any] | None:
        with self.lock:
            record = self.records.get(key)
            if record is not None:
                record.update({k: v for k, v in changes.items() if k != "id"})
            return record

    def remove(self, key: Any) -> bool:
        with self.lock:
            return self.records.pop(key, None) is not None


class State:
    """In-memory NP6 account. Read freely in tests; mutate through the methods (they lock)."""

    def __init__(self, *, known_targets_only: bool = False, clock: FakeClock | None = None) -> None:
        self.lock = threading.RLock()
        self.known_targets_only = known_targets_only
        self.clock = clock or FakeClock()
        self.targets: dict[str, dict[str, Any]] = {}
        self.by_hash: dict[str, str] = {}
        self.by_unicity: dict[str, str] = {}
        self.segments: dict[int, dict[str, Any]] = {}
        # Segment id -> its members in insertion order (a dict used as an ordered set).
        self.members: dict[int, dict[str, None]] = {}
        self.archives: list[dict[str, Any]] = []
        self.archive_stamps: dict[str, str] = {}  # archive id -> stamp
        self.hits: dict[str, list[dict[str, Any]]] = {}  # target id -> hit events
        self.normalizations: list[tuple[int, dict[str, list[str]]]] = []
        self._ids = itertools.count(1)
        # The plain create/read/update/delete resources, by their Client attribute name.
        lock = self.lock
        self.fields = Collection(lock, int_ids())
        self.value_lists = Collection(lock, int_ids())
        self.actions = Collection(lock, text_ids("000A"), id_type=str)
        self.categories = Collection(lock, int_ids())
        self.campaigns = Collection(lock, uuid_ids(), id_type=str)
        self.notifications = Collection(lock, int_ids())
        self.workflows = Collection(lock, int_ids())
        self.webtasks = Collection(lock, int_ids())
        self.imports = Collection(lock, int_ids())
        self.import_formats = Collection(lock, int_ids())
        self.subscriptions = Collection(lock, uuid_ids(), id_type=str)
        self.applications = Collection(lock, uuid_ids(), id_type=str)
        # Action tests: action id -> (clock.elapsed() when the test ends, the state it ends in).
        self.action_tests: dict[str, tuple[float, int]] = {}
        self.action_test_delay = 30.0  # seconds on `clock` from the test request to its end
        self.failing_action_tests: set[str] = set()  # these tests end in state 20
        self.validated_actions: set[str] = set()
        self.sends: list[dict[str, Any]] = []  # one per message sent to a target
        # Imports: id -> (file name, bytes) uploaded; id -> (when the run ends, its final state).
        self.import_files: dict[int, tuple[str, bytes]] = {}
        self.import_runs: dict[int, tuple[float, int]] = {}
        self.import_delay = 10.0  # seconds on `clock` an import execution takes

    # ------------------------------------------------------------------ seeding
    def add_target(
        self,
        id: str | None = None,
        *,
        unicity: str | None = None,
        fields: Mapping[str, Any] | None = None,
        hash: str | None = None,
    ) -> dict[str, Any]:
        """Create (or replace) a target; returns its stored record."""
        with self.lock:
            target_id = id or self._new_target_id()
            old = self.targets.get(target_id)
            if old is not None:
                self._unindex(old)
            now = iso(self.clock.now())
            target: dict[str, Any] = {
                "id": target_id,
                "hash": hash or target_hash(target_id),
                "creationDate": old["creationDate"] if old else now,
                "lastUpdateDate": now,
                "fields": dict(fields or {}),
            }
            if unicity is not None:
                target["unicity"] = unicity
            self.targets[target_id] = target
            self.by_hash[target["hash"]] = target_id
            if unicity is not None:
                self.by_unicity[unicity] = target_id
            return target

    def add_segment(
        self, id: int | None = None, name: str | None = None, *, type: str = "static", **extra: Any
    ) -> int:
        """Create a segment; returns its id. `extra` holds other properties in the API's
        spelling (description, isTest, expiration, ...); `targetsCount` is computed."""
        with self.lock:
            segment_id = id if id is not None else max(self.segments, default=0) + 1
            self.segments[segment_id] = {
                "type": type,
                "id": segment_id,
                "name": name or f"Segment {segment_id}",
                "creation": iso(self.clock.now()),
                "isTest": False,
                **extra,
            }
            self.members.setdefault(segment_id, {})
            return segment_id

    def add_field(
        self, id: int | None = None, name: str | None = None, *, type: str = "string", **extra: Any
    ) -> dict[str, Any]:
        """A field of the account; `extra` in the API's spelling (isUnicity, valueListId, ...)."""
        with self.lock:
            field_id = id if id is not None else self.fields.new_id()
            record = {"type": type, "name": name or f"field{field_id}", **extra}
            return self.fields.add(record, field_id)

    def add_value_list(
        self,
        id: int | None = None,
        name: str | None = None,
        values: Iterable[str] = (),
        *,
        ordered: bool = False,
    ) -> dict[str, Any]:
        """A value list (enumeration); its values are numbered from 1 in the given order."""
        with self.lock:
            list_id = id if id is not None else self.value_lists.new_id()
            value_list = {
                "name": name or f"List {list_id}",
                "ordered": ordered,
                "values": [{"index": n, "value": v} for n, v in enumerate(values, start=1)],
            }
            return self.value_lists.add(value_list, list_id)

    def add_archive(
        self,
        *,
        action: str,
        target: str,
        sending_date: datetime | None = None,
        id: str | None = None,
        url: str | None = None,
        expires_on: datetime | None = None,
        stamp: str | None = None,
    ) -> dict[str, Any]:
        with self.lock:
            sent = sending_date or self.clock.now()
            archive_id = id or str(uuid.uuid4())
            archive = {
                "id": archive_id,
                "action": action,
                "target": target,
                "sendingDate": iso(sent),
                "url": url or f"https://archives.invalid/{archive_id}.eml",
                "expiresOn": iso(expires_on or sent.replace(year=sent.year + 1)),
            }
            self.archives.append(archive)
            if stamp is not None:
                self.archive_stamps[archive_id] = stamp
            return archive

    def add_hit(
        self,
        target: str,
        *,
        timestamp: int | datetime | None = None,
        id: str | None = None,
        identity: Mapping[str, Any] | None = None,
        source: Mapping[str, Any] | None = None,
        detail: Mapping[str, Any] | None = None,
    ) -> dict[str, Any]:
        """A hit event of `target`; `timestamp` in ms since the epoch (or a datetime)."""
        with self.lock:
            when = timestamp if timestamp is not None else self.clock.now()
            millis = int(when.timestamp() * 1000) if isinstance(when, datetime) else when
            hit: dict[str, Any] = {"id": id or str(uuid.uuid4()), "timestamp": millis}
            for key, value in (("identity", identity), ("source", source), ("detail", detail)):
                if value is not None:
                    hit[key] = dict(value)
            self.hits.setdefault(target, []).append(hit)
            return hit

    def add_action(
        self,
        id: str | None = None,
        name: str | None = None,
        *,
        type: str = "mailMessage",
        state: int | None = None,
        validated: bool = False,
        **extra: Any,
    ) -> dict[str, Any]:
        """An action (email by default); `state` is `informations.state` (38: tested)."""
        with self.lock:
            key = id if id is not None else self.actions.new_id()
            informations = {"folder": None, "category": None, **extra.pop("informations", {})}
            informations["state"] = state
            record = {
                "type": type,
                "name": name or f"Action {key}",
                "creationDate": iso(self.clock.now()),
                "informations": informations,
                **extra,
            }
            if validated:
                self.validated_actions.add(key)
            return self.actions.add(record, key)

    def add_category(
        self, id: int | None = None, name: str | None = None, description: str = ""
    ) -> dict[str, Any]:
        key = id if id is not None else self.categories.new_id()
        record = {"name": name or f"Category {key}", "description": description}
        return self.categories.add(record, key)

    # Seeds of the plain resources; `extra` holds other properties in the API's spelling.
    def add_notification(
        self, id: int | None = None, name: str | None = None, **extra: Any
    ) -> Record:
        return self._add(self.notifications, id, {"name": name or "Notification", **extra})

    def add_application(
        self, id: str | None = None, name: str | None = None, **extra: Any
    ) -> Record:
        return self._add(self.applications, id, {"name": name or "Application", **extra})

    def add_workflow(self, id: int | None = None, name: str | None = None, **extra: Any) -> Record:
        return self._add(
            self.workflows, id, {"name": name or "Workflow", "state": 0, **extra}, True
        )

    def add_webtask(self, id: int | None = None, name: str | None = None, **extra: Any) -> Record:
        return self._add(self.webtasks, id, {"name": name or "Webtask", **extra}, True)

    def add_import(self, id: int | None = None, name: str | None = None, **extra: Any) -> Record:
        return self._add(self.imports, id, {"name": name or "Import", **extra}, True)

    def add_import_format(
        self, id: int | None = None, name: str | None = None, **extra: Any
    ) -> Record:
        return self._add(self.import_formats, id, {"name": name or "Format", **extra})

    def add_campaign(self, id: str | None = None, name: str | None = None, **extra: Any) -> Record:
        return self._add(
            self.campaigns, id, {"name": name or "Campaign", "items": [], **extra}, True
        )

    def add_subscription(
        self, id: str | None = None, *, target: str | None = None, **extra: Any
    ) -> Record:
        """A push subscription; `target` is the contact's target id (kept in `contact.id`)."""
        if target is not None:
            extra["contact"] = {"type": "footprint", **extra.get("contact", {}), "id": target}
        return self._add(self.subscriptions, id, extra)

    def _add(self, into: Collection, id: Any, record: Record, dated: bool = False) -> Record:
        if dated:  # only for the schemas that have a creationDate
            record = {"creationDate": iso(self.clock.now()), **record}
        return into.add(record, id)

    # ------------------------------------------------------------------ queries
    def segment_targets(self, segment_id: int) -> list[str]:
        with self.lock:
            return list(self.members[segment_id])

    def resolve(self, key: str) -> str | None:
        """The id of the target whose id or unicity value is `key`."""
        if key in self.targets:
            return key
        return self.by_unicity.get(key)

    # ------------------------------------------------------------------ mutations used by routes
    def update_target(self, data: Mapping[str, Any]) -> dict[str, Any] | None:
        """See the module docstring; None when `id` names no target."""
        values = dict(data)
        target_id = values.pop("id", None)
        unicity = values.pop("unicity", None)
        values.pop("hash", None)
        with self.lock:
            if target_id is not None:
                target = self.targets.get(str(target_id))
                if target is None:
                    return None
            elif unicity is not None and str(unicity) in self.by_unicity:
                target = self.targets[self.by_unicity[str(unicity)]]
            else:
                return self.add_target(
                    unicity=str(unicity) if unicity is not None else None, fields=values
                )
            target["fields"].update(values)
            target["lastUpdateDate"] = iso(self.clock.now())
            return target

    def delete_target(self, target_id: str) -> bool:
        with self.lock:
            target = self.targets.pop(target_id, None)
            if target is None:
                return False
            self._unindex(target)
            for members in self.members.values():
                members.pop(target_id, None)
            self.hits.pop(target_id, None)
            return True

    def add_to_segment(self, segment_id: int, keys: Iterable[str]) -> int:
        """Add targets to a segment; the number actually added (members already there skipped)."""
        with self.lock:
            members = self.members[segment_id]
            before = len(members)
            for key in keys:
                target_id = self.resolve(key)
                if target_id is None:
                    if self.known_targets_only:
                        continue
                    target_id = key
                members[target_id] = None
            return len(members) - before

    def _unindex(self, target: Mapping[str, Any]) -> None:
        self.by_hash.pop(target["hash"], None)
        if "unicity" in target:
            self.by_unicity.pop(target["unicity"], None)

    def _new_target_id(self) -> str:
        while True:
            candidate = f"000T{next(self._ids):04d}"
            if candidate not in self.targets:
                return candidate


def public_segment(state: State, segment: Mapping[str, Any]) -> dict[str, Any]:
    return {**segment, "targetsCount": len(state.members.get(segment["id"], ()))}


def public_target(target: Mapping[str, Any]) -> dict[str, Any]:
    """A stored target as the API shows it (the spec's Target has no `unicity`)."""
    return {k: v for k, v in target.items() if k != "unicity"}
