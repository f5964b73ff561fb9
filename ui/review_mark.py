"""The small mark of a post's client review, drawn in a corner of its card: a clock while
it awaits the answer, a tick once approved, a pencil when changes are requested. Told
apart by shape (not only colour), on light and dark themes alike."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPalette, QPen

from planner.approval import Review

SIZE = 14  # the mark's diameter, in pixels


def mark_colour(review: Review, pal: QPalette) -> QColor:
    """Approved in the palette's text colour, changes requested in the alert colour,
    awaiting quieter: the shape says which, the colour how urgent."""
    from ui.style import alert_colour, muted_text

    if review is Review.CHANGES:
        return alert_colour(pal)
    if review is Review.AWAITING:
        return muted_text(pal)
    return pal.color(QPalette.ColorRole.Text)


def paint_review_mark(painter: QPainter, area: QRectF, review: Review, pal: QPalette) -> float:
    """Draw the mark of ``review`` at the top right of ``area``; returns the width it
    took (0 for a post not sent for review), so text beside it can keep clear."""
    if review is Review.NONE:
        return 0.0
    box = QRectF(area.right() - SIZE, area.top() + (area.height() - SIZE) / 2, SIZE, SIZE)
    colour = mark_colour(review, pal)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    if review is Review.AWAITING:  # an outlined clock
        painter.setPen(QPen(colour, 1.4))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(box.adjusted(0.7, 0.7, -0.7, -0.7))
        centre = box.center()
        painter.drawLine(centre, QPointF(centre.x(), box.top() + 3.5))
        painter.drawLine(centre, QPointF(box.right() - 4, centre.y()))
    else:  # a filled disc with a white tick or pencil stroke
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawEllipse(box)
        pen = QPen(pal.color(QPalette.ColorRole.Base), 1.8)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        x, y = box.left(), box.top()
        shape = QPainterPath()
        if review is Review.APPROVED:
            shape.moveTo(x + 3.5, y + 7.3)
            shape.lineTo(x + 6.0, y + 9.8)
            shape.lineTo(x + 10.6, y + 4.6)
        else:  # a pencil: a slanted stroke with its tip
            shape.moveTo(x + 4.0, y + 10.0)
            shape.lineTo(x + 10.0, y + 4.0)
            shape.moveTo(x + 3.4, y + 10.6)
            shape.lineTo(x + 4.6, y + 10.6)
        painter.drawPath(shape)
    painter.restore()
    return SIZE + 4.0
