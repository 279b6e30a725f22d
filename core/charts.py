"""Bar charts drawn on the server as SVG, for pages and PDFs alike (WeasyPrint draws inline SVG).

A chart is an image with a title and a description (`role="img"`, `<title>`, `<desc>`) that says
what it shows; the numbers themselves stay in a table beside it, which is what screen readers
and keyboard users read. Nothing runs in the browser."""

from dataclasses import dataclass

from django.template.loader import render_to_string
from django.utils.text import slugify

WIDTH = 600
ROW_HEIGHT = 44
BAR_HEIGHT = 18
LABEL_GAP = 16
VALUE_SPACE = 70


@dataclass(frozen=True)
class Bar:
    label: str
    value: float
    y: int
    width: float

    @property
    def label_y(self):
        return self.y + 12

    @property
    def bar_y(self):
        return self.y + LABEL_GAP

    @property
    def value_x(self):
        return round(self.width) + 6

    @property
    def value_y(self):
        return self.bar_y + 14


def bar_chart(name, *, title, description, rows):
    """An SVG of one horizontal bar per (label, value) of `rows`, longest bar for the largest value.
    `name` makes the chart's element ids unique on the page. Rows without a value are left out."""
    rows = [(str(label), value) for label, value in rows if value is not None]
    largest = max((value for _label, value in rows), default=0) or 1
    room = WIDTH - VALUE_SPACE
    bars = [
        Bar(label=label, value=value, y=index * ROW_HEIGHT, width=round(room * value / largest, 1))
        for index, (label, value) in enumerate(rows)
    ]
    return render_to_string(
        "core/charts/bar_chart.svg",
        {
            "chart_id": f"chart-{slugify(name)}",
            "title": title,
            "description": description,
            "bars": bars,
            "width": WIDTH,
            "height": max(len(bars), 1) * ROW_HEIGHT,
            "bar_height": BAR_HEIGHT,
        },
    )
