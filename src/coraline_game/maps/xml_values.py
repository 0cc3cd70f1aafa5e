"""Typed XML attributes: a bad value is reported and its default used, so reading goes on."""

from __future__ import annotations

import math
from collections.abc import Callable
from xml.etree.ElementTree import Element

Report = Callable[[str, str], None]

INT32_MAX = 2**31 - 1


def read_int(
    element: Element,
    name: str,
    report: Report,
    place: str,
    default: int = 0,
    low: int = -INT32_MAX,
    high: int = INT32_MAX,
) -> int:
    raw = element.get(name)
    if raw is None:
        return default
    try:
        value = int(raw)
    except ValueError:
        value = low - 1
    if not low <= value <= high:
        report(f"{name} should be a whole number from {low} to {high}, found {raw[:40]!r}", place)
        return default
    return value


def read_float(
    element: Element, name: str, report: Report, place: str, default: float = 0.0
) -> float:
    raw = element.get(name)
    if raw is None:
        return default
    try:
        value = float(raw)
    except ValueError:
        value = math.nan
    if not math.isfinite(value):
        report(f"{name} should be a number, found {raw[:40]!r}", place)
        return default
    return value


def read_flag(element: Element, name: str, report: Report, place: str, default: bool) -> bool:
    """Tiled writes flags as 0 and 1."""
    raw = element.get(name)
    if raw is None:
        return default
    if raw not in ("0", "1"):
        report(f"{name} should be 0 or 1, found {raw[:40]!r}", place)
        return default
    return raw == "1"
