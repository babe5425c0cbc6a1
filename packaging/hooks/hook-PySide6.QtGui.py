# Same as PyInstaller's own hook, minus the Qt plugins the application never loads (qt_bundle_filter).
from PyInstaller.utils.hooks.qt import add_qt6_dependencies
from qt_bundle_filter import filtered

hiddenimports, binaries, datas = filtered(add_qt6_dependencies(__file__))
