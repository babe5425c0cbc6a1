"""Which Qt plugins the bundle keeps: used by the PySide6 hook overrides in this folder.

PyInstaller's PySide6 hooks collect every plugin of a module (all platforms, input devices, themes),
and then every system library those plugins link to. Filtering inside the hook, before PyInstaller's
dependency analysis, keeps those libraries out too: the GTK 3 theme alone drags in GTK, cairo, pango
and a dozen more. What stays: the platform plugins for X11 (xcb, which also serves Wayland desktops
through XWayland), offscreen and minimal, Windows (qwindows) and macOS (qcocoa); styles, image formats,
icon engines, print support, input methods (ibus, compose) and the XDG desktop portal theme.
"""

from __future__ import annotations

from pathlib import PurePath

DROPPED_PLUGIN_DIRS = frozenset({
    "designer", "egldeviceintegrations", "generic", "networkinformation", "qmltooling", "sqldrivers",
    "tls", "wayland-decoration-client", "wayland-graphics-integration-client",
    "wayland-graphics-integration-server", "wayland-shell-integration",
})
DROPPED_PLATFORMS = ("qeglfs", "qlinuxfb", "qminimalegl", "qvnc", "qvkkhrdisplay", "qwayland", "qdirect2d")
DROPPED_THEMES = ("qgtk3",)


def keep_plugin(source: str, dest_dir: str) -> bool:
    """False for a Qt plugin the application never loads; True for anything that is not a plugin."""
    parts = PurePath(dest_dir.replace("\\", "/")).parts
    if "plugins" not in parts or parts.index("plugins") + 1 >= len(parts):
        return True
    kind = parts[parts.index("plugins") + 1]
    name = PurePath(source).name.removeprefix("lib")
    if kind in DROPPED_PLUGIN_DIRS:
        return False
    if kind == "platforms":
        return not name.startswith(DROPPED_PLATFORMS)
    if kind == "platformthemes":
        return not name.startswith(DROPPED_THEMES)
    return True


def filtered(collected: tuple[list, list, list]) -> tuple[list, list, list]:
    """(hiddenimports, binaries, datas) of a Qt hook with the unused plugins removed."""
    hiddenimports, binaries, datas = collected
    return hiddenimports, [(src, dest) for src, dest in binaries if keep_plugin(src, dest)], datas
