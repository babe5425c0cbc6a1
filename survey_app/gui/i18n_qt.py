"""The interface language on the Qt side: translators, layout direction, the Language menu.

    language = startup_language()              # saved choice, else the system's, else English
    install_translators(app, language)         # app .qm + Qt's own qtbase_<lang>.qm, RTL for Arabic
    menu = LanguageMenu(main_window)           # View > Language; switching works at run time

Switching at run time removes the old translators and installs the new ones, then calls
`retranslate()` once on every top-level window and dialog that has one (each window retranslates
the widgets it contains); Qt also sends `QEvent.LanguageChange` to every widget (docs/translating.md). Core strings (PDF labels, messages built outside the GUI)
follow through `survey_app.i18n.core.translator(current_language())`.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QObject, Qt, QTranslator, Signal
from PySide6.QtGui import QAction, QActionGroup, QGuiApplication
from PySide6.QtWidgets import QApplication, QMenu, QWidget

from survey_app import resources
from survey_app.gui.settings import settings
from survey_app.i18n.languages import DEFAULT_LANGUAGE, LANGUAGE_CODES, UN_LANGUAGES, choose_language, is_rtl

log = logging.getLogger(__name__)

SETTINGS_KEY = "interface/language"
_PROPERTY = "survey_app_language"

#: QLocale used for Qt's own formatting (spin boxes, date edits) per language. Arabic uses a locale
#: with Latin digits, like survey_app.i18n.formatting (see docs/translating.md).
QT_LOCALES: dict[str, str] = {"ar": "ar_AE", "zh": "zh_CN", "en": "en_US", "fr": "fr_FR", "ru": "ru_RU", "es": "es_ES"}


class _Installed(QObject):
    """Keeps the installed translators alive (and findable) as a child of the application."""

    language_changed = Signal(str)

    def __init__(self, app: QCoreApplication) -> None:
        super().__init__(app)
        self.setObjectName("survey_app_translators")
        self.translators: list[QTranslator] = []


def _installed(app: QCoreApplication) -> _Installed:
    found = app.findChild(_Installed, "survey_app_translators")
    return found if found is not None else _Installed(app)


def qt_catalogue(language: str) -> Path:
    return resources.i18n_dir() / "qt" / f"survey_app_{language}.qm"


def system_language() -> str:
    """The system's interface language when it is one of the six UN languages, else English."""
    return choose_language(QLocale.system().uiLanguages())


def saved_language() -> str | None:
    value = settings().value(SETTINGS_KEY)
    return value if isinstance(value, str) and value in UN_LANGUAGES else None


def save_language(language: str) -> None:
    store = settings()
    store.setValue(SETTINGS_KEY, language)
    store.sync()


def startup_language() -> str:
    """The saved choice, else the system's language, restricted to the six."""
    return saved_language() or system_language()


def current_language(app: QCoreApplication | None = None) -> str:
    app = app or QCoreApplication.instance()
    value = app.property(_PROPERTY) if app is not None else None
    return value if isinstance(value, str) and value in UN_LANGUAGES else DEFAULT_LANGUAGE


def language_changed_signal(app: QCoreApplication | None = None) -> Signal:
    """A signal emitted with the new code after each switch (for non-widget objects, e.g. models)."""
    return _installed(app or QCoreApplication.instance()).language_changed


def install_translators(app: QCoreApplication, language: str) -> str:
    """Make `language` the interface language of `app`; returns the language actually installed.

    Removes translators installed before (so it also switches at run time), installs the
    application's catalogue and Qt's own (standard buttons, dialogs), sets the default QLocale and,
    for a GUI application, the layout direction (right to left for Arabic).
    """
    if language not in UN_LANGUAGES:
        log.warning("interface language %r is not a UN language; using English", language)
        language = DEFAULT_LANGUAGE
    holder = _installed(app)
    for translator in holder.translators:
        app.removeTranslator(translator)
        translator.deleteLater()
    holder.translators = []
    locale = QLocale(QT_LOCALES[language])
    QLocale.setDefault(locale)
    app.setProperty(_PROPERTY, language)
    if language != DEFAULT_LANGUAGE:
        qt_own = QTranslator(holder)
        translations = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt_own.load(QLocale(language), "qtbase", "_", translations):
            holder.translators.append(qt_own)
        else:
            log.warning("Qt's own %s translations are missing from %s", language, translations)
    ours = QTranslator(holder)
    if ours.load(str(qt_catalogue(language))):
        holder.translators.append(ours)
    elif language != DEFAULT_LANGUAGE:
        log.warning("interface catalogue %s is missing; the interface stays in English", qt_catalogue(language))
    if isinstance(app, QGuiApplication):
        app.setLayoutDirection(Qt.LayoutDirection.RightToLeft if is_rtl(language) else Qt.LayoutDirection.LeftToRight)
    # installing (and removing, above) a translator sends QEvent.LanguageChange to every widget
    for translator in holder.translators:
        app.installTranslator(translator)
    retranslate_windows(app)
    holder.language_changed.emit(language)
    return language


def retranslate_windows(app: QCoreApplication) -> None:
    """Call `retranslate()` once on every top-level window or dialog that has one.

    Windows rebuild their texts (and those of the widgets inside them) in `retranslate()`; calling it
    here, once per switch, spares every widget a `changeEvent` handler and avoids retranslating
    several times (Qt sends one LanguageChange per translator removed or installed).
    """
    if not isinstance(app, QApplication):
        return
    for widget in app.topLevelWidgets():
        method = getattr(widget, "retranslate", None)
        if callable(method):
            try:
                method()
            except Exception:  # one broken screen must not stop the switch
                log.exception("retranslate() failed in %s", type(widget).__name__)


def switch_language(language: str, app: QCoreApplication | None = None) -> str:
    """Install `language` now and remember it for the next start."""
    app = app or QCoreApplication.instance()
    installed = install_translators(app, language)
    save_language(installed)
    return installed


def add_language_menu(window: QWidget, menu: QMenu | None = None) -> LanguageMenu:
    """Add the Language submenu at the end of `menu` (default: the window's `view_menu`)."""
    target = menu if menu is not None else getattr(window, "view_menu")
    target.addSeparator()
    language_menu = LanguageMenu(window)
    target.addMenu(language_menu)
    return language_menu


class LanguageMenu(QMenu):
    """"Language" menu: the six languages, each named in itself; the current one is checked.

    Add it to the View menu: `view_menu.addMenu(LanguageMenu(window))`. Choosing a language switches
    the interface at once and saves the choice; `on_change` (optional) runs afterwards.
    """

    def __init__(self, parent: QWidget | None = None, *, on_change: Callable[[str], None] | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("language_menu")
        self._on_change = on_change
        self._group = QActionGroup(self)
        self._group.setExclusive(True)
        self.actions_by_language: dict[str, QAction] = {}
        for code in LANGUAGE_CODES:
            # names stay in their own language so a user can find theirs in any interface language
            action = QAction(UN_LANGUAGES[code], self)
            action.setCheckable(True)
            action.setData(code)
            action.triggered.connect(lambda _checked=False, code=code: self.choose(code))
            self._group.addAction(action)
            self.addAction(action)
            self.actions_by_language[code] = action
        language_changed_signal().connect(self._mark_current)
        self._mark_current(current_language())
        self.retranslate()

    def choose(self, language: str) -> None:
        switch_language(language)
        if self._on_change is not None:
            self._on_change(language)

    def _mark_current(self, language: str) -> None:
        action = self.actions_by_language.get(language)
        if action is not None:
            action.setChecked(True)

    def retranslate(self) -> None:
        self.setTitle(self.tr("&Language"))
        self.setToolTip(self.tr("Language of the menus and messages; answers keep their own language"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
