"""Placeholder: the owning issue replaces this module."""

from __future__ import annotations

import argparse


def register(subparsers: argparse._SubParsersAction) -> None:  # noqa: ARG001 - filled in later
    return None
