"""What each app holds about a person, for the account's data export and deletion.

An app registers, in its AppConfig.ready(), a name, a function returning that person's data as
JSON-serialisable values, and a function erasing it. The account export calls every exporter;
account deletion calls every eraser inside one transaction before the user row is deleted."""

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class PersonalDataSource:
    name: str
    export: Callable[[Any], Any]
    erase: Callable[[Any], None]


_sources: dict[str, PersonalDataSource] = {}


def register(name, *, export, erase):
    _sources[name] = PersonalDataSource(name=name, export=export, erase=erase)


def sources():
    return list(_sources.values())
