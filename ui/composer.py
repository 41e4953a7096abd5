"""The message box: Enter sends, Shift+Enter starts a new line, grows with its
text up to a limit, and stays responsive with very long pastes. Beside it, the
push-to-talk button; under it, the voice line (listening cue, level meter,
gentle notices such as "I didn't catch that")."""

from __future__ import annotations

import math

from PySide6.QtCore import QT_TRANSLATE_NOOP, QMimeData, QPointF, QRectF, QSize, Qt, QTimer, Signal, Slot
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QIcon,
    QKeyEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPalette,
    QPen,
    QPixmap,
    QTextOption,
)
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from .theme import LIGHT, Theme, set_style_property

#: beyond this many characters, wrap anywhere: word-boundary wrapping of a long
#: unbroken line is superlinear (200,000 characters without spaces took 3 s)
FAST_WRAP_CHARS = 20_000
MAX_LINES = 8
#: how long a voice notice ("I didn't catch that") stays under the composer
NOTICE_MS = 5000
#: the keyboard hint under the message box, in English (translated where it is shown)
HINT = QT_TRANSLATE_NOOP("ComposerArea", "Enter to send · Shift+Enter for a new line · Esc to stop")


def mic_icon(color: str, size: int = 18) -> QIcon:
    """A microphone drawn with the theme's colour (no icon files to keep in sync)."""
    pm = QPixmap(size * 2, size * 2)  # drawn at 2x so it stays crisp on HiDPI
    pm.fill(Qt.GlobalColor.transparent)
    p = QPainter(pm)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    s = size * 2 / 24.0
    pen = QPen(QColor(color), 2.0 * s, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
    p.setPen(pen)
    p.setBrush(QColor(color))
    p.drawRoundedRect(QRectF(9 * s, 3 * s, 6 * s, 11 * s), 3 * s, 3 * s)
    p.setBrush(Qt.BrushStyle.NoBrush)
    arc = QPainterPath()
    arc.moveTo(QPointF(5.5 * s, 11 * s))
    arc.cubicTo(QPointF(5.5 * s, 19.5 * s), QPointF(18.5 * s, 19.5 * s), QPointF(18.5 * s, 11 * s))
    p.drawPath(arc)
    p.drawLine(QPointF(12 * s, 17.5 * s), QPointF(12 * s, 21 * s))
    p.drawLine(QPointF(8.5 * s, 21 * s), QPointF(15.5 * s, 21 * s))
    p.end()
    pm.setDevicePixelRatio(2.0)
    return QIcon(pm)


class LevelMeter(QWidget):
    """A small bar that shows the microphone hears the user. Fed by the window's
    ~30 Hz timer; rises at once and falls gently, on a decibel scale so quiet
    speech still moves it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("levelMeter")
        self.setFixedSize(120, 6)
        self.value = 0.0

    @staticmethod
    def fraction(level: float) -> float:
        db = 20.0 * math.log10(max(level, 1e-5))
        return min(1.0, max(0.0, (db + 60.0) / 45.0))  # -60 dBFS empty, -15 dBFS full

    def set_level(self, level: float) -> None:
        target = self.fraction(level)
        value = target if target > self.value else self.value * 0.8 + target * 0.2
        if abs(value - self.value) > 0.005:
            self.value = value
            self.update()

    def reset(self) -> None:
        self.value = 0.0
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setPen(Qt.PenStyle.NoPen)
        r = QRectF(self.rect())
        radius = r.height() / 2
        p.setBrush(self.palette().color(QPalette.ColorRole.Mid))
        p.drawRoundedRect(r, radius, radius)
        if self.value > 0.01:
            p.setBrush(self.palette().color(QPalette.ColorRole.Highlight))
            p.drawRoundedRect(QRectF(r.x(), r.y(), max(r.height(), r.width() * self.value), r.height()), radius, radius)
        p.end()


class VoiceBar(QFrame):
    """The line under the composer while voice is in use: a red dot and
    "Listening…", the level meter and the time; or what Parley is doing; or a
    short notice. Hidden when idle (the keyboard hint shows instead)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("voiceBar")
        lay = QHBoxLayout(self)
        lay.setContentsMargins(4, 0, 4, 0)
        lay.setSpacing(8)
        lay.addStretch(1)
        self.dot = QLabel("●")
        self.dot.setObjectName("listeningDot")
        lay.addWidget(self.dot)
        self.state_label = QLabel()
        self.state_label.setObjectName("voiceState")
        lay.addWidget(self.state_label)
        self.meter = LevelMeter()
        lay.addWidget(self.meter, 0, Qt.AlignmentFlag.AlignVCenter)
        self.time_label = QLabel("0:00")
        self.time_label.setObjectName("voiceTime")
        lay.addWidget(self.time_label)
        self.detail_label = QLabel()
        self.detail_label.setObjectName("composerHint")
        lay.addWidget(self.detail_label)
        self.notice_label = QLabel()
        self.notice_label.setObjectName("voiceNotice")
        self.notice_label.setWordWrap(True)
        self.notice_label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        lay.addWidget(self.notice_label, 10)
        lay.addStretch(1)
        self.hide()

    def show_state(self, state: str, text: str, detail: str) -> None:
        listening = state == "listening"
        self.dot.setVisible(listening)
        self.meter.setVisible(listening)
        self.time_label.setVisible(listening)
        if listening:
            self.meter.reset()
            self.time_label.setText("0:00")
        self.state_label.setText(text)
        self.state_label.show()
        self.detail_label.setText(detail)
        self.detail_label.setVisible(bool(detail))
        self.notice_label.hide()
        self.show()

    def show_notice(self, text: str) -> None:
        for w in (self.dot, self.meter, self.time_label, self.state_label, self.detail_label):
            w.hide()
        self.notice_label.setText(text)
        self.notice_label.show()
        self.show()

    def set_level(self, level: float, seconds: float) -> None:
        self.meter.set_level(level)
        s = int(seconds)
        self.time_label.setText(f"{s // 60}:{s % 60:02d}")


class Composer(QPlainTextEdit):
    """Signals: submitted(), focus_changed(bool)."""

    submitted = Signal()
    focus_changed = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("composer")
        self.setPlaceholderText(self.tr("Message Parley…"))
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setTabChangesFocus(True)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.document().setDocumentMargin(2)
        self.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self._fast_wrap = False
        self.textChanged.connect(self._on_text_changed)
        self._fit_height()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            if mods & Qt.KeyboardModifier.ShiftModifier:
                self.insertPlainText("\n")
                return
            if mods == Qt.KeyboardModifier.NoModifier or mods == Qt.KeyboardModifier.ControlModifier:
                self.submitted.emit()
                return
        super().keyPressEvent(event)

    def insertFromMimeData(self, source: QMimeData) -> None:  # noqa: N802
        if source.hasText():
            text = source.text()
            self._use_fast_wrap(self.document().characterCount() + len(text) > FAST_WRAP_CHARS)
            self.insertPlainText(text)  # plain only: never paste rich text into a prompt
            return
        super().insertFromMimeData(source)

    def _use_fast_wrap(self, fast: bool) -> None:
        if fast != self._fast_wrap:
            self._fast_wrap = fast
            self.setWordWrapMode(
                QTextOption.WrapMode.WrapAnywhere if fast else QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere
            )

    @Slot()
    def _on_text_changed(self) -> None:
        if self._fast_wrap and self.document().characterCount() < FAST_WRAP_CHARS // 2:
            self._use_fast_wrap(False)
        self._fit_height()

    def _fit_height(self) -> None:
        fm = self.fontMetrics()
        lines = max(1, min(MAX_LINES, self.document().blockCount() if self._fast_wrap else self._visual_lines()))
        h = lines * fm.lineSpacing() + 2 * int(self.document().documentMargin()) + 6
        if self.height() != h:
            self.setFixedHeight(h)

    def _visual_lines(self) -> int:
        # block line counts are known once laid out; cheap for normal text sizes
        n = 0
        block = self.document().begin()
        while block.isValid() and n <= MAX_LINES:
            n += max(1, block.lineCount())
            block = block.next()
        return n

    def resizeEvent(self, event) -> None:  # noqa: N802, ANN001
        super().resizeEvent(event)
        self._fit_height()

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802
        super().focusInEvent(event)
        self.focus_changed.emit(True)

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802
        super().focusOutEvent(event)
        self.focus_changed.emit(False)


class ComposerArea(QWidget):
    """Composer plus the talk and Send/Stop buttons. Signals: send_requested(str),
    stop_requested(), talk_pressed(), talk_released()."""

    send_requested = Signal(str)
    stop_requested = Signal()
    talk_pressed = Signal()
    talk_released = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("composerArea")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        outer = QHBoxLayout(self)
        outer.setContentsMargins(24, 8, 24, 10)
        outer.addStretch(1)
        col = QVBoxLayout()
        col.setSpacing(4)
        self.frame = QFrame()
        self.frame.setObjectName("composerFrame")
        fl = QHBoxLayout(self.frame)
        fl.setContentsMargins(12, 8, 8, 8)
        fl.setSpacing(8)
        self.editor = Composer()
        self.editor.setAccessibleDescription(
            self.tr("Type a message; Enter sends it, Shift+Enter starts a new line, Esc stops an answer")
        )
        self.editor.submitted.connect(self._on_editor_submitted)
        self.editor.focus_changed.connect(self._on_editor_focus_changed)
        fl.addWidget(self.editor, 1)
        self.talk_button = QPushButton()
        self.talk_button.setObjectName("talkButton")
        self.talk_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.talk_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the message box keeps the keyboard
        self.talk_button.setIconSize(QSize(18, 18))
        self.talk_button.setAccessibleName(self.tr("Talk"))
        self.talk_button.pressed.connect(self._on_talk_button_pressed)
        self.talk_button.released.connect(self._on_talk_button_released)
        fl.addWidget(self.talk_button, 0, Qt.AlignmentFlag.AlignBottom)
        self.button = QPushButton(self.tr("Send"))
        self.button.setObjectName("sendButton")
        self.button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.button.setToolTip(self.tr("Send (Enter) · new line: Shift+Enter"))
        self.button.clicked.connect(self._on_button_clicked)
        fl.addWidget(self.button, 0, Qt.AlignmentFlag.AlignBottom)
        col.addWidget(self.frame)
        self.hint = QLabel(self.tr(HINT))
        self.hint.setObjectName("composerHint")
        self.hint.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        col.addWidget(self.hint)
        self.voice_bar = VoiceBar()
        col.addWidget(self.voice_bar)
        self._col_widget = QWidget()
        self._col_widget.setLayout(col)
        self._col_widget.setMaximumWidth(800)
        outer.addWidget(self._col_widget, 100)
        outer.addStretch(1)
        self.busy = False
        self.voice_state = "idle"
        self.voice_ok = True
        self._key_text = "Ctrl+Space"
        self._toggle = False
        self._theme = LIGHT
        self._notice_timer = QTimer(self)
        self._notice_timer.setSingleShot(True)
        self._notice_timer.setInterval(NOTICE_MS)
        self._notice_timer.timeout.connect(self._on_notice_timeout)
        self._voice_tip = ""
        self.set_theme(LIGHT)
        self._update_talk_button()

    # ---- voice --------------------------------------------------------------------
    def set_theme(self, theme: Theme) -> None:
        self._theme = theme
        self._update_talk_button()

    def set_talk_key(self, key_text: str, toggle: bool) -> None:
        self._key_text = key_text or "Ctrl+Space"
        self._toggle = toggle
        if toggle:
            text = self.tr("{hint} · press {key} to talk")
        else:
            text = self.tr("{hint} · hold {key} to talk")
        self.hint.setText(text.format(hint=self.tr(HINT), key=self._key_text))
        self._update_talk_button()
        if self.voice_state != "idle":
            self.set_voice_state(self.voice_state)

    def set_voice_available(self, ok: bool, why: str) -> None:
        self.voice_ok = ok
        self._voice_tip = why
        self._update_talk_button()

    def set_voice_state(self, state: str) -> None:
        self.voice_state = state
        self._update_talk_button()
        key = self._key_text
        self.editor.setPlaceholderText(
            self.tr("Listening… speak now") if state == "listening" else self.tr("Message Parley…")
        )
        if state == "listening":
            if self._toggle:
                detail = self.tr("press {key} again to send · Esc to cancel")
            else:
                detail = self.tr("release {key} to send · Esc to cancel")
            self._notice_timer.stop()
            self.voice_bar.show_state(state, self.tr("Listening…"), detail.format(key=key))
        elif state == "working":
            self.voice_bar.show_state(state, self.tr("Transcribing…"), "")
        elif state == "speaking":
            self.voice_bar.show_state(state, self.tr("Speaking…"), self.tr("press {key} or Esc to interrupt").format(key=key))
        elif not self._notice_timer.isActive():
            self.voice_bar.hide()
        self.hint.setVisible(self.voice_bar.isHidden())

    def set_level(self, level: float, seconds: float) -> None:
        if self.voice_state == "listening":
            self.voice_bar.set_level(level, seconds)

    def show_voice_notice(self, text: str) -> None:
        """A gentle message under the composer; listening takes its place."""
        if self.voice_state == "listening":
            return
        self.voice_bar.show_notice(text)
        self.hint.hide()
        self._notice_timer.start()

    def voice_notice_text(self) -> str:
        bar = self.voice_bar
        return bar.notice_label.text() if bar.isVisible() and not bar.notice_label.isHidden() else ""

    def voice_state_text(self) -> str:
        bar = self.voice_bar
        return bar.state_label.text() if bar.isVisible() and not bar.state_label.isHidden() else ""

    def _update_talk_button(self) -> None:
        b = self.talk_button
        active = self.voice_state == "listening"
        t = self._theme
        b.setIcon(mic_icon(t.accent_text if active else (t.text if self.voice_ok else t.muted)))
        b.setEnabled(self.voice_ok)
        if not self.voice_ok:
            tip = self._voice_tip or self.tr("Voice is not available.")
        elif self.voice_state == "listening":
            tip = self.tr("Listening — press to send") if self._toggle else self.tr("Listening — release to send")
        elif self.voice_state in ("working", "speaking"):
            tip = self.tr("Press to interrupt and talk ({key})").format(key=self._key_text)
        elif self._toggle:
            tip = self.tr("Press to talk ({key})").format(key=self._key_text)
        else:
            tip = self.tr("Hold to talk ({key})").format(key=self._key_text)
        b.setToolTip(tip)
        state = self.voice_state if self.voice_ok else "off"
        set_style_property(b, "state", state)

    @Slot()
    def _on_talk_button_pressed(self) -> None:
        self.talk_pressed.emit()

    @Slot()
    def _on_talk_button_released(self) -> None:
        self.talk_released.emit()

    @Slot()
    def _on_notice_timeout(self) -> None:
        if self.voice_state == "idle":
            self.voice_bar.hide()
            self.hint.show()

    def set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.button.setText(self.tr("Stop") if busy else self.tr("Send"))
        self.button.setToolTip(self.tr("Stop writing (Esc)") if busy else self.tr("Send (Enter) · new line: Shift+Enter"))
        set_style_property(self.button, "stop", "true" if busy else "false")

    def text(self) -> str:
        return self.editor.toPlainText()

    def set_text(self, text: str) -> None:
        self.editor.setPlainText(text)

    @Slot()
    def _on_editor_submitted(self) -> None:
        if self.busy:
            return  # Enter while writing does nothing; the text stays for later
        text = self.editor.toPlainText()
        if text.strip():
            self.send_requested.emit(text)

    @Slot()
    def _on_button_clicked(self) -> None:
        if self.busy:
            self.stop_requested.emit()
        else:
            self._on_editor_submitted()

    @Slot(bool)
    def _on_editor_focus_changed(self, focused: bool) -> None:
        set_style_property(self.frame, "focused", "true" if focused else "false")
