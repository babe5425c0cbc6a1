"""The look: calm, official, readable. One style sheet, built for a base text size (zoom)."""

from __future__ import annotations

ACCENT = "#1f4e79"  # a sober UN-like blue
PROBLEM = "#a1260d"
MUTED = "#5a6270"
CARD_BORDER = "#d5dae1"
BACKGROUND = "#f3f5f8"
CARRIED = "#fff6d6"

DEFAULT_POINT_SIZE = 10
MIN_POINT_SIZE = 7
MAX_POINT_SIZE = 24


def stylesheet(point_size: int) -> str:
    base = point_size
    # The base text size is the application font's (MainWindow.apply_style), not a `QWidget { font-size }`
    # rule: a rule matching every widget made Qt style-sheet-polish each of them, ~20 ms of every
    # first visit of a section (benchmarks/bench_gui.py). Sizes below are relative to it.
    return f"""
#formBackground, #startScreen, #reviewView {{ background: {BACKGROUND}; }}
#formColumn {{ background: transparent; }}
#itemCard {{ background: white; border: 1px solid {CARD_BORDER}; border-radius: 6px; }}
#itemCard[problem="true"] {{ border: 1px solid {PROBLEM}; border-left: 4px solid {PROBLEM}; }}
#itemCard[context="true"] {{ background: #eef0f3; border: 1px dashed {CARD_BORDER}; }}
#noteCard {{ background: #eef2f7; border: 1px solid {CARD_BORDER}; border-radius: 6px; }}
#itemLabel {{ font-weight: bold; color: #1b1f24; }}
#itemHelp {{ color: #3b4350; }}
#stateHint {{ color: #2e6b30; }}
#stateHint[custom="true"] {{ color: #7a5200; }}
#emptyHint {{ color: #1b1f24; }}
#itemSource, #muted {{ color: {MUTED}; font-size: {max(base - 1, 6)}pt; }}
#itemExtract {{ color: #2b3440; background: #f6f7f9; border-left: 3px solid {ACCENT};
               padding: 6px 8px; font-style: italic; }}
#itemMessage {{ color: {PROBLEM}; font-weight: bold; }}
#wordCounter {{ color: {MUTED}; }}
#wordCounter[over="true"] {{ color: {PROBLEM}; font-weight: bold; }}
#readOnlyBanner {{ background: #fdecc8; border-bottom: 1px solid #e0b85c; }}
#readOnlyText {{ color: #4a3500; font-weight: bold; }}
#carriedBanner {{ background: {CARRIED}; border: 1px solid #e5cf7a; border-radius: 4px; }}
#sectionTitle {{ font-size: {base + 5}pt; font-weight: bold; color: {ACCENT}; }}
#screenTitle {{ font-size: {base + 8}pt; font-weight: bold; color: {ACCENT}; }}
#sectionIntro {{ color: #2b3440; }}
#responseTitle {{ font-weight: bold; color: white; }}
#responseBar {{ background: {ACCENT}; }}
#responseBar QPushButton {{ background: #2d5f8f; color: white; border: 1px solid #5b85ad;
                           border-radius: 4px; padding: 4px 10px; }}
#responseBar QPushButton:focus {{ border: 2px solid #ffd966; }}
#responseBar QProgressBar {{ background: #dfe7f0; border-radius: 4px; color: #1b1f24; text-align: center; }}
#responseBar QProgressBar::chunk {{ background: #7fb77e; border-radius: 4px; }}
#groupRow {{ background: #fafbfc; border: 1px solid {CARD_BORDER}; border-radius: 4px; }}
#groupRowTitle {{ color: {MUTED}; font-weight: bold; }}
#warningTitle {{ color: {PROBLEM}; font-weight: bold; }}
#primaryButton {{ background: {ACCENT}; color: white; border-radius: 4px; padding: 5px 14px; }}
#primaryButton:disabled {{ background: #9aa9b8; }}
#primaryButton:focus {{ border: 2px solid #ffd966; }}
#linkButton {{ background: transparent;  border: none; color: {ACCENT}; text-decoration: underline; padding: 2px 4px; }}
#linkButton:focus {{ border: 1px dotted {ACCENT}; }}
#navigator {{ background: white; border: none; border-right: 1px solid {CARD_BORDER}; }}
#navigator::item {{ padding: 3px 2px; }}
#navigator::item:selected {{ background: #dbe7f3; color: #10243a; }}
#reviewList::item {{ padding: 6px; border-bottom: 1px solid {CARD_BORDER}; }}
QStatusBar {{ background: #e8ecf1; }}
#saveState[state="failed"] {{ color: {PROBLEM}; font-weight: bold; }}
#saveState[state="saved"] {{ color: #2e6b30; }}
"""
