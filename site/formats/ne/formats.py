# Nepali dates day, month, year ("2 डिसेम्बर 2026") and 24-hour times, as the site's other
# languages; Django has no Nepali formats and would fall back to the US order.
DATE_FORMAT = "j F Y"
DATETIME_FORMAT = "j F Y, H:i"
TIME_FORMAT = "H:i"
MONTH_DAY_FORMAT = "j F"
SHORT_DATE_FORMAT = "d/m/Y"
SHORT_DATETIME_FORMAT = "d/m/Y H:i"
