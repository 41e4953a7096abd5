"""Light, dark and high-contrast looks: Fusion plus our own palette and a small
style sheet, so Parley looks the same on every desktop. "system" follows
``QStyleHints.colorScheme()``; "light"/"dark"/"contrast" override it at once.

Every control shows where the keyboard focus is (a ring in the accent colour;
yellow and thicker in high contrast), and the interface font size can be set
(``apply(..., font_size=...)``): the style sheets' own sizes scale with it."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QWidget


@dataclass(frozen=True)
class Theme:
    name: str  # "light" | "dark" | "contrast"
    window: str
    sidebar: str
    chat_bg: str
    base: str
    text: str
    muted: str
    border: str
    accent: str
    accent_hover: str
    accent_text: str
    user_bubble: str
    user_text: str
    assistant_bubble: str
    code_bg: str
    code_header: str
    code_border: str
    inline_code_bg: str
    selection: str
    hover: str
    error_text: str
    error_bg: str
    error_border: str
    notice_bg: str
    notice_border: str
    pygments_style: str

    focus: str = ""
    """Colour of the keyboard-focus ring; the accent when empty."""
    focus_width: int = 2

    @property
    def dark(self) -> bool:
        """Light text on a dark ground (dark and high contrast)."""
        return self.name in ("dark", "contrast")

    @property
    def focus_ring(self) -> str:
        return f"{self.focus_width}px solid {self.focus or self.accent}"

    @property
    def icon_variant(self) -> str:
        return "dark" if self.dark else "light"


LIGHT = Theme(
    name="light",
    window="#f4f5f7",
    sidebar="#eceef2",
    chat_bg="#f8f9fb",
    base="#ffffff",
    text="#1d2330",
    muted="#687080",
    border="#dde1e8",
    accent="#3563e9",
    accent_hover="#2a52c9",
    accent_text="#ffffff",
    user_bubble="#dfe7fc",
    user_text="#14213d",
    assistant_bubble="#ffffff",
    code_bg="#f6f8fa",
    code_header="#eaeef3",
    code_border="#d8dee6",
    inline_code_bg="#eceff4",
    selection="#c9d7fb",
    hover="#e1e4ea",
    error_text="#a4261c",
    error_bg="#fdf1f0",
    error_border="#f3c3be",
    notice_bg="#fff7e0",
    notice_border="#efd58a",
    pygments_style="default",
)

DARK = Theme(
    name="dark",
    window="#1b1d22",
    sidebar="#202329",
    chat_bg="#16181c",
    base="#24272e",
    text="#e4e7ec",
    muted="#979eab",
    border="#31353e",
    accent="#5b87ff",
    accent_hover="#7299ff",
    accent_text="#ffffff",
    user_bubble="#2b3757",
    user_text="#e9eefc",
    assistant_bubble="#1f2228",
    code_bg="#121418",
    code_header="#1a1d22",
    code_border="#2f333b",
    inline_code_bg="#2c3038",
    selection="#34497e",
    hover="#2b2f37",
    error_text="#ff9c92",
    error_bg="#35201f",
    error_border="#6a2f2b",
    notice_bg="#332d1c",
    notice_border="#665626",
    pygments_style="github-dark",
)


CONTRAST = Theme(
    name="contrast",
    window="#000000",
    sidebar="#000000",
    chat_bg="#000000",
    base="#000000",
    text="#ffffff",
    muted="#ffffff",
    border="#ffffff",
    accent="#ffff00",
    accent_hover="#ffff80",
    accent_text="#000000",
    user_bubble="#00204a",
    user_text="#ffffff",
    assistant_bubble="#000000",
    code_bg="#000000",
    code_header="#1a1a1a",
    code_border="#ffffff",
    inline_code_bg="#1a1a1a",
    selection="#0050c8",
    hover="#333333",
    error_text="#ff8080",
    error_bg="#000000",
    error_border="#ff8080",
    notice_bg="#000000",
    notice_border="#ffff00",
    pygments_style="github-dark",
    focus="#ffff00",
    focus_width=3,
)

THEMES = {"light": LIGHT, "dark": DARK, "contrast": CONTRAST}


def system_prefers_dark() -> bool:
    hints = QGuiApplication.styleHints()
    return hints is not None and hints.colorScheme() == Qt.ColorScheme.Dark


def resolve(setting: str) -> Theme:
    """The concrete look for a Settings.theme value."""
    if setting in THEMES:
        return THEMES[setting]
    return DARK if system_prefers_dark() else LIGHT


def palette_for(t: Theme) -> QPalette:
    p = QPalette()
    c = QColor
    roles = {
        QPalette.ColorRole.Window: t.window,
        QPalette.ColorRole.WindowText: t.text,
        QPalette.ColorRole.Base: t.base,
        QPalette.ColorRole.AlternateBase: t.sidebar,
        QPalette.ColorRole.ToolTipBase: t.base,
        QPalette.ColorRole.ToolTipText: t.text,
        QPalette.ColorRole.PlaceholderText: t.muted,
        QPalette.ColorRole.Text: t.text,
        QPalette.ColorRole.Button: t.base,
        QPalette.ColorRole.ButtonText: t.text,
        QPalette.ColorRole.BrightText: "#ffffff",
        QPalette.ColorRole.Highlight: t.accent,
        QPalette.ColorRole.HighlightedText: t.accent_text,
        QPalette.ColorRole.Link: t.accent,
        QPalette.ColorRole.LinkVisited: t.accent,
        QPalette.ColorRole.Light: c(t.base).lighter(115).name(),
        QPalette.ColorRole.Midlight: t.border,
        QPalette.ColorRole.Mid: t.border,
        QPalette.ColorRole.Dark: c(t.border).darker(130).name(),
        QPalette.ColorRole.Shadow: "#000000",
    }
    for role, value in roles.items():
        p.setColor(QPalette.ColorGroup.All, role, c(value))
    disabled = c(t.muted)
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
        p.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    p.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Highlight, c(t.border))
    return p


ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"

_font_scale = 1.0  # interface font size / the desktop's, set by apply()
_FONT_SIZE = re.compile(r"font-size: ?(\d+(?:\.\d+)?)px")


def scaled(css: str) -> str:
    """The style sheet with its pixel font sizes scaled to the chosen font size."""
    if abs(_font_scale - 1.0) < 0.01:
        return css
    return _FONT_SIZE.sub(lambda m: f"font-size: {max(1, round(float(m.group(1)) * _font_scale))}px", css)


def set_style_property(widget: QWidget, name: str, value: object) -> None:
    """Set a dynamic property the style sheets select on (``[state="listening"]``)
    and restyle the widget; Qt does not re-match style sheets on its own."""
    if widget.property(name) == value:
        return
    widget.setProperty(name, value)
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)


def focus_rules(t: Theme, *selectors: str) -> str:
    """A visible focus ring for controls whose style sheet replaced Fusion's own."""
    return ", ".join(f"{s}:focus" for s in selectors) + f" {{ border: {t.focus_ring}; }}\n"


def style_sheet(t: Theme) -> str:
    chevron = (ICONS / f"chevron-down-{t.icon_variant}.svg").as_posix()
    return scaled(f"""
QMainWindow, QDialog {{ background: {t.window}; }}
QToolTip {{ background: {t.base}; color: {t.text}; border: 1px solid {t.border}; padding: 4px 6px; }}
QMenuBar {{ background: {t.window}; }}
QMenu {{ background: {t.base}; border: 1px solid {t.border}; padding: 4px; }}
QMenu::item {{ padding: 5px 24px 5px 14px; border-radius: 4px; }}
QMenu::item:selected {{ background: {t.hover}; color: {t.text}; }}
QMenu::separator {{ height: 1px; background: {t.border}; margin: 4px 8px; }}

#sidebar {{ background: {t.sidebar}; border-right: 1px solid {t.border}; }}
#sidebar QListView {{ background: transparent; border: none; outline: none; }}
#brand {{ font-size: 15px; font-weight: 600; color: {t.text}; }}
#searchBox {{ background: {t.base}; border: 1px solid {t.border}; border-radius: 8px; padding: 6px 8px; }}
#searchBox:focus {{ border-color: {t.accent}; }}
#newChatButton {{ background: {t.accent}; color: {t.accent_text}; border: none; border-radius: 8px;
                  padding: 7px 12px; font-weight: 600; }}
#newChatButton:hover {{ background: {t.accent_hover}; }}
#sectionLabel {{ color: {t.muted}; font-size: 11px; font-weight: 600; }}

#chatHeader {{ background: {t.chat_bg}; border-bottom: 1px solid {t.border}; }}
#chatTitle {{ font-size: 14px; font-weight: 600; }}
#chatScroll, #chatColumnHost {{ background: {t.chat_bg}; border: none; }}
#chatColumn {{ background: transparent; }}
#composerArea {{ background: {t.chat_bg}; }}
#composerFrame {{ background: {t.base}; border: 1px solid {t.border}; border-radius: 12px; }}
#composerFrame[focused="true"] {{ border-color: {t.accent}; }}
#composer {{ background: transparent; border: none; }}
#sendButton {{ background: {t.accent}; color: {t.accent_text}; border: none; border-radius: 8px;
               padding: 6px 16px; font-weight: 600; min-height: 20px; }}
#sendButton:hover {{ background: {t.accent_hover}; }}
#sendButton:disabled {{ background: {t.border}; color: {t.muted}; }}
#sendButton[stop="true"] {{ background: {t.base}; color: {t.text}; border: 1px solid {t.border}; }}
#sendButton[stop="true"]:hover {{ background: {t.hover}; }}
#composerHint {{ color: {t.muted}; font-size: 11px; }}
#talkButton {{ background: {t.base}; border: 1px solid {t.border}; border-radius: 8px; padding: 5px 7px;
               min-height: 20px; }}
#talkButton:hover {{ background: {t.hover}; }}
#talkButton[state="listening"] {{ background: {t.accent}; border-color: {t.accent}; }}
#talkButton[state="speaking"], #talkButton[state="working"] {{ border-color: {t.accent}; }}
#talkButton:disabled {{ background: {t.window}; border-style: dashed; }}
#voiceBar {{ background: transparent; }}
#listeningDot {{ color: #e5484d; font-size: 11px; }}
#voiceState {{ color: {t.text}; font-size: 11px; font-weight: 600; }}
#voiceTime {{ color: {t.muted}; font-size: 11px; }}
#voiceNotice {{ color: {t.text}; font-size: 11px; }}

#userBubble {{ background: {t.user_bubble}; border-radius: 14px; }}
#assistantBubble {{ background: {t.assistant_bubble}; border: 1px solid {t.border}; border-radius: 14px; }}
#roleLabel {{ color: {t.muted}; font-size: 11px; font-weight: 600; }}
#messageAction {{ background: transparent; border: none; color: {t.muted}; padding: 2px 6px;
                  border-radius: 5px; font-size: 11px; }}
#messageAction:hover {{ background: {t.hover}; color: {t.text}; }}
#messageNote {{ color: {t.muted}; font-size: 11px; font-style: italic; }}
#errorCard {{ background: {t.error_bg}; border: 1px solid {t.error_border}; border-radius: 10px; }}
#errorTitle {{ color: {t.error_text}; font-weight: 600; }}
#errorText {{ color: {t.text}; }}
#errorAction {{ background: {t.base}; border: 1px solid {t.error_border}; border-radius: 6px; padding: 4px 10px; }}
#errorAction:hover {{ background: {t.hover}; }}
#noticeBar {{ background: {t.notice_bg}; border-bottom: 1px solid {t.notice_border}; }}
#noticeClose {{ background: transparent; border: none; padding: 2px 6px; }}
#emptyTitle {{ font-size: 26px; font-weight: 600; }}
#emptyText {{ color: {t.muted}; font-size: 13px; }}
#suggestion {{ background: {t.base}; border: 1px solid {t.border}; border-radius: 10px; padding: 10px 14px;
               text-align: left; }}
#suggestion:hover {{ border-color: {t.accent}; }}
#editBox {{ background: {t.base}; border: 1px solid {t.accent}; border-radius: 10px; padding: 4px; }}

QComboBox#modelPicker {{ background: {t.base}; border: 1px solid {t.border}; border-radius: 7px; padding: 4px 8px;
                         min-width: 200px; }}
QComboBox#modelPicker:hover {{ border-color: {t.muted}; }}
QComboBox#modelPicker::drop-down {{ border: none; width: 22px; }}
QComboBox#modelPicker::down-arrow {{ image: url("{chevron}"); width: 12px; height: 12px; }}
QStatusBar {{ background: {t.window}; color: {t.muted}; border-top: 1px solid {t.border}; }}
QStatusBar QLabel {{ color: {t.muted}; padding: 0 6px; }}
QScrollBar:vertical {{ background: transparent; width: 10px; margin: 2px; }}
QScrollBar::handle:vertical {{ background: {t.border}; border-radius: 3px; min-height: 30px; }}
QScrollBar::handle:vertical:hover {{ background: {t.muted}; }}
QScrollBar::add-line:vertical, QScrollBar::sub-line:vertical {{ height: 0; }}
QScrollBar::add-page:vertical, QScrollBar::sub-page:vertical {{ background: transparent; }}
QPushButton:focus, QToolButton:focus, QCheckBox:focus, QRadioButton:focus {{ outline: none; }}
""" + focus_rules(
        t, "#newChatButton", "#sendButton", "#talkButton", "#suggestion", "#messageAction", "#errorAction",
        "#noticeClose", "QComboBox#modelPicker", "#searchBox",
    ) + (_contrast_rules(t) if t.name == "contrast" else ""))


def _contrast_rules(t: Theme) -> str:
    """High contrast: every control outlined, focus in thick yellow, nothing muted."""
    return f"""
QPushButton, QToolButton, QComboBox, QLineEdit, QPlainTextEdit, QTextEdit, QAbstractSpinBox, QListView, QTreeView,
QTableView {{ border: 1px solid {t.border}; }}
QPushButton, QToolButton {{ padding: 4px 10px; background: {t.base}; color: {t.text}; }}
QPushButton:hover, QToolButton:hover {{ background: {t.hover}; }}
QPushButton:focus, QToolButton:focus, QComboBox:focus, QLineEdit:focus, QPlainTextEdit:focus, QTextEdit:focus,
QAbstractSpinBox:focus, QListView:focus, QTreeView:focus, QTableView:focus, QCheckBox:focus, QRadioButton:focus,
QSlider:focus, QTabBar::tab:focus {{ border: {t.focus_ring}; }}
QCheckBox:focus, QRadioButton:focus {{ background: {t.hover}; }}
QMenu::item:selected, QMenuBar::item:selected {{ background: {t.accent}; color: {t.accent_text}; }}
QTabBar::tab:selected {{ background: {t.accent}; color: {t.accent_text}; }}
QStatusBar, QStatusBar QLabel {{ color: {t.text}; }}
MessageText, MessageText:focus, #composer, #composer:focus {{ border: none; }}
MessageText:focus {{ background: {t.hover}; }}
"""


def mode_bar_style_sheet(t: Theme) -> str:
    """The Chat | Translate switch (set on that bar only)."""
    return scaled(f"""
#modeBar {{ background: {t.window}; border-bottom: 1px solid {t.border}; }}
#modeButton {{ background: {t.base}; color: {t.text}; border: 1px solid {t.border}; padding: 5px 18px;
               font-weight: 600; }}
#modeButton[position="left"] {{ border-top-left-radius: 8px; border-bottom-left-radius: 8px; border-right: none; }}
#modeButton[position="right"] {{ border-top-right-radius: 8px; border-bottom-right-radius: 8px; }}
#modeButton:hover {{ background: {t.hover}; }}
#modeButton:checked {{ background: {t.accent}; color: {t.accent_text}; border-color: {t.accent}; }}
""" + focus_rules(t, "#modeButton"))


def translator_style_sheet(t: Theme) -> str:
    """The Translator view's look. Set on the view itself rather than on the whole
    application, so the chat's many widgets are not matched against these rules
    (style sheet matching is per widget and per rule: it showed when a long
    conversation opened)."""
    chevron = (ICONS / f"chevron-down-{t.icon_variant}.svg").as_posix()
    return scaled(f"""
#translatorView {{ background: {t.chat_bg}; }}
#translatorPane {{ background: {t.base}; border: 1px solid {t.border}; border-radius: 12px; }}
#translatorPane[target="true"] {{ background: {t.sidebar}; }}
#translatorText {{ background: transparent; border: none; font-size: 15px;
                   selection-background-color: {t.selection}; selection-color: {t.text}; }}
QComboBox#langPicker {{ background: {t.base}; border: 1px solid {t.border}; border-radius: 7px; padding: 5px 8px; }}
QComboBox#langPicker:hover, QComboBox#langPicker:focus {{ border-color: {t.accent}; }}
QComboBox#langPicker::drop-down {{ border: none; width: 22px; }}
QComboBox#langPicker::down-arrow {{ image: url("{chevron}"); width: 12px; height: 12px; }}
#swapButton {{ background: {t.base}; color: {t.text}; border: 1px solid {t.border}; border-radius: 15px;
               min-width: 30px; max-width: 30px; min-height: 28px; font-size: 15px; }}
#swapButton:hover, #swapButton:focus {{ border-color: {t.accent}; color: {t.accent}; }}
#toolButton, #modeToggle {{ background: {t.base}; color: {t.text}; border: 1px solid {t.border}; border-radius: 7px;
                            padding: 5px 12px; }}
#toolButton:hover, #modeToggle:hover, #toolButton:focus, #modeToggle:focus {{ border-color: {t.accent}; }}
#toolButton:disabled {{ color: {t.muted}; background: {t.window}; }}
#modeToggle:checked {{ background: {t.user_bubble}; color: {t.user_text}; border-color: {t.accent}; }}
#historyList {{ background: transparent; border: none; outline: none; }}
#translatorNotice {{ background: {t.notice_bg}; border: 1px solid {t.notice_border}; border-radius: 8px;
                     padding: 7px 10px; color: {t.text}; }}
#translatorNotice[kind="error"] {{ background: {t.error_bg}; border-color: {t.error_border}; color: {t.error_text}; }}
#columnHead {{ color: {t.muted}; font-size: 12px; font-weight: 600; padding: 0 12px; }}
#conversationScroll {{ background: {t.base}; border: 1px solid {t.border}; border-radius: 12px; }}
#conversationColumn {{ background: transparent; }}
#turnOriginal {{ background: {t.user_bubble}; color: {t.user_text}; border-radius: 12px; padding: 9px 12px;
                 font-size: 14px; }}
#turnTranslation {{ background: {t.assistant_bubble}; color: {t.text}; border: 1px solid {t.border};
                    border-radius: 12px; padding: 9px 12px; font-size: 14px; font-style: italic; }}
#personButton {{ background: {t.base}; color: {t.text}; border: 1px solid {t.border}; border-radius: 14px;
                 padding: 10px 18px; font-size: 16px; font-weight: 600; }}
#personButton:hover {{ border-color: {t.accent}; }}
#personButton[state="listening"] {{ background: {t.accent}; color: {t.accent_text}; border-color: {t.accent}; }}
#personButton:disabled {{ color: {t.muted}; background: {t.window}; border-style: dashed; }}
""" + focus_rules(t, "QComboBox#langPicker", "#swapButton", "#toolButton", "#modeToggle", "#personButton"))


def apply(app: QApplication, t: Theme, font_size: int | None = None) -> None:
    """Fusion + palette + style sheet for the whole application; ``font_size`` in
    points (0: the desktop's; None: leave as it is)."""
    global _font_scale
    if font_size is not None:
        base = app.property("parley_base_font")
        if base is None:
            base = app.font().pointSizeF()
            app.setProperty("parley_base_font", base)
        base = float(base) if float(base) > 0 else 10.0
        size = float(font_size) if font_size and font_size > 0 else base
        if abs(app.font().pointSizeF() - size) > 0.01:
            f = app.font()
            f.setPointSizeF(size)
            app.setFont(f)
        _font_scale = size / base
    # once: with a style sheet set, app.style() is Qt's style-sheet proxy, so ask
    # our own marker rather than the style's name
    if app.property("parley_style") != "fusion":
        app.setStyle("Fusion")
        app.setProperty("parley_style", "fusion")
    app.setPalette(palette_for(t))
    app.setStyleSheet(style_sheet(t))
