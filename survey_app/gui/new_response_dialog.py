"""Create a response: the State (a UN Member State or a name typed in), cycle, questionnaire, language."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QCheckBox,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from survey_app.gui import rules
from survey_app.gui.catalog_access import available, translate
from survey_app.i18n.languages import UN_LANGUAGES
from survey_app.questionnaire.model import Questionnaire
from survey_app.storage.api import CYCLE_YEARS, Response, State


#: offered first: what a ministry is asked to fill in
DEFAULT_QUESTIONNAIRE = "nsi"


class NewResponseDialog(QDialog):
    """`earlier` lists the responses already in the database, to offer starting from the State's
    previous cycle (its answers are copied, each marked "carried forward" until confirmed)."""

    def __init__(self, catalog: Any, *, language: str = "en", earlier: list[Response] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.earlier = [r for r in earlier or [] if not r.deleted]
        #: the interface language: State names, questionnaire titles and the response's default language
        self.interface_language = language
        self.setWindowTitle(self.tr("New response"))
        # wide enough for a questionnaire's title at any text size (the label was cut to "Questionna")
        self.setMinimumWidth(max(560, self.fontMetrics().averageCharWidth() * 64))
        self.questionnaires: list[Questionnaire] = available(catalog)
        box = QVBoxLayout(self)
        intro = QLabel(self.tr("Choose the State, the reporting cycle and the questionnaire. "
                               "Type a name that is not in the list to use a custom name."), self)
        intro.setWordWrap(True)
        box.addWidget(intro)
        form = QFormLayout()
        self.state = QComboBox(self)
        self.state.setEditable(True)
        self.state.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.state.setAccessibleName(self.tr("State"))
        try:
            from survey_app.storage.states import member_states

            for state in member_states(language):
                self.state.addItem(state.name, state.code)
        except Exception:  # the list is a convenience: a typed name always works
            pass
        self.state.setCurrentIndex(-1)
        self.state.lineEdit().setPlaceholderText(self.tr("Start typing a State's name"))
        self.state_names = [self.state.itemText(i) for i in range(self.state.count())]
        completer = QCompleter(self.state_names, self.state)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.state.setCompleter(completer)
        # what the typed name will become, as it is typed: a partial "Fran" or "Deutschland" used to
        # become a custom State without a word
        self.state_hint = QLabel(self)
        self.state_hint.setObjectName("stateHint")
        self.state_hint.setTextFormat(Qt.TextFormat.PlainText)
        self.state_hint.setWordWrap(True)
        # room for two lines kept even when empty, so the fields below do not jump while typing
        self.state_hint.setMinimumHeight(self.state_hint.fontMetrics().lineSpacing() * 2 + 2)
        state_box = QVBoxLayout()
        state_box.setContentsMargins(0, 0, 0, 0)
        state_box.setSpacing(2)
        state_box.addWidget(self.state)
        state_box.addWidget(self.state_hint)
        form.addRow(self.tr("&State"), state_box)
        form.labelForField(state_box).setBuddy(self.state)
        self.cycle = QSpinBox(self)
        self.cycle.setRange(CYCLE_YEARS.start, CYCLE_YEARS.stop - 1)
        self.cycle.setValue(dt.date.today().year)
        self.cycle.setAccessibleName(self.tr("Cycle (year)"))
        form.addRow(self.tr("&Cycle (year)"), self.cycle)
        self.questionnaire = QComboBox(self)
        self.questionnaire.setAccessibleName(self.tr("Questionnaire"))
        # the combo is not as wide as the longest title (that squeezed its label); the list shows it all
        self.questionnaire.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.questionnaire.setMinimumContentsLength(24)
        self.questionnaire.view().setTextElideMode(Qt.TextElideMode.ElideNone)
        longest = 0
        for index, q in enumerate(self.questionnaires):
            text = f"{translate(q, language).title} ({q.version})"
            self.questionnaire.addItem(text, index)
            self.questionnaire.setItemData(index, text, Qt.ItemDataRole.ToolTipRole)
            longest = max(longest, self.questionnaire.fontMetrics().horizontalAdvance(text))
        self.questionnaire.view().setMinimumWidth(longest + 40)
        # a first-time user wants the National Survey of Implementation, not whatever sorts first
        default = next((i for i, q in enumerate(self.questionnaires) if q.id == DEFAULT_QUESTIONNAIRE), 0)
        self.questionnaire.setCurrentIndex(default)
        form.addRow(self.tr("&Questionnaire"), self.questionnaire)
        self.language = QComboBox(self)
        self.language.setAccessibleName(self.tr("Language of the response"))
        form.addRow(self.tr("&Language"), self.language)
        box.addLayout(form)
        self.from_previous = QCheckBox(self)
        self.from_previous.setObjectName("fromPrevious")
        box.addWidget(self.from_previous)
        self.error = QLabel(self)
        self.error.setObjectName("itemMessage")
        self.error.setWordWrap(True)
        self.error.hide()
        box.addWidget(self.error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create"))
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        box.addWidget(self.buttons)
        self.questionnaire.currentIndexChanged.connect(self._fill_languages)
        self._preferred_language = language
        self._fill_languages()
        self.state.currentTextChanged.connect(self._update_previous)
        self.state.currentTextChanged.connect(self._update_state_hint)
        self.cycle.valueChanged.connect(self._update_previous)
        self._update_previous()
        self._update_state_hint()
        self.questionnaire.currentIndexChanged.connect(
            lambda: self.questionnaire.setToolTip(self.questionnaire.currentText()))
        self.questionnaire.setToolTip(self.questionnaire.currentText())

    def _update_state_hint(self, *_args: Any) -> None:
        """Say whether the name is a Member State (and which) or will be kept as a custom name."""
        text = " ".join(self.state.currentText().split())
        state = self.selected_state() if text else None
        if state is None:
            self.state_hint.setText("")
            self.state_hint.setProperty("custom", False)
        elif state.code:
            self.state_hint.setText(self.tr("Member State: %1").replace("%1", rules.isolate(state.name)))
            self.state_hint.setProperty("custom", False)
        else:
            hint = self.tr("Not a Member State's name: it will be recorded as the custom name “%1”.") \
                .replace("%1", rules.isolate(state.name))
            close = self.similar_states(text)
            if close:
                hint += " " + self.tr("Did you mean: %1?").replace("%1", ", ".join(close))
            self.state_hint.setText(hint)
            self.state_hint.setProperty("custom", True)
        self.state_hint.style().unpolish(self.state_hint)
        self.state_hint.style().polish(self.state_hint)
        QTimer.singleShot(0, self._fit_height)

    def _fit_height(self) -> None:
        """Taller when the hint needs more than its two lines (a long custom name, a long language)."""
        layout = self.layout()
        needed = layout.totalHeightForWidth(self.width()) if layout.hasHeightForWidth() else layout.sizeHint().height()
        if needed > self.height():
            self.resize(self.width(), needed)

    def similar_states(self, text: str, limit: int = 3) -> list[str]:
        """Member States whose name (in the interface language) starts with, then contains, `text`."""
        folded = text.casefold()
        starting = [name for name in self.state_names if name.casefold().startswith(folded)]
        containing = [name for name in self.state_names if folded in name.casefold() and name not in starting]
        return (starting + containing)[:limit]

    def previous_response(self) -> Response | None:
        """The State's latest response of a cycle before the one chosen, if any."""
        state = self.selected_state()
        if state is None:
            return None
        before = [r for r in self.earlier if r.state.key == state.key and r.cycle < self.cycle.value()]
        return max(before, key=lambda r: r.cycle, default=None)

    def _update_previous(self, *_args: Any) -> None:
        previous = self.previous_response()
        if previous is None:
            self.from_previous.setText(self.tr("Start from the previous cycle's answers"))
            self.from_previous.setChecked(False)
        else:
            self.from_previous.setText(self.tr("Start from the answers of cycle %1 (you confirm or edit each one)")
                                       .replace("%1", str(previous.cycle)))
            if not self.from_previous.isEnabled():
                self.from_previous.setChecked(True)  # what people want in a new cycle
        self.from_previous.setEnabled(previous is not None)
        self.from_previous.setAccessibleName(self.from_previous.text())

    def _fill_languages(self) -> None:
        self.language.clear()
        q = self.selected_questionnaire()
        codes = list(q.languages) if q is not None and q.languages else ["en"]
        for code in codes:
            self.language.addItem(UN_LANGUAGES.get(code, code), code)
        preferred = self.language.findData(self._preferred_language)
        if preferred < 0 and q is not None:
            preferred = self.language.findData(q.default_language)
        self.language.setCurrentIndex(max(preferred, 0))

    def selected_questionnaire(self) -> Questionnaire | None:
        index = self.questionnaire.currentData()
        return self.questionnaires[index] if index is not None else None

    def selected_state(self) -> State | None:
        text = self.state.currentText().strip()
        if not text:
            return None
        index = self.state.findText(text, Qt.MatchFlag.MatchFixedString)
        if index >= 0 and self.state.itemData(index):
            return State(self.state.itemData(index), self.state.itemText(index))
        try:
            from survey_app.storage.states import resolve_state

            return resolve_state(text, language=self.interface_language)
        except ValueError:  # empty, too long, control characters: the dialog says so
            return None

    def values(self) -> tuple[State, int, Questionnaire, str]:
        state = self.selected_state()
        q = self.selected_questionnaire()
        assert state is not None and q is not None
        return state, self.cycle.value(), q, self.language.currentData()

    def _accept(self) -> None:
        if self.selected_questionnaire() is None:
            self._fail(self.tr("No questionnaire is available. Add a questionnaire file first."))
            return
        if self.selected_state() is None:
            self._fail(self.tr("Enter the name of the State (at most 200 characters)."))
            self.state.setFocus()
            return
        self.accept()

    def _fail(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
