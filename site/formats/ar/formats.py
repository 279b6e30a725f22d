# Arabic dates day, month, year ("2 ديسمبر 2026"), as Arabic readers expect, not Django's US-like
# "ديسمبر 2, 2026" for dates with a time; 24-hour times like the rest of the site.
DATE_FORMAT = "j F Y"
DATETIME_FORMAT = "j F Y، H:i"
TIME_FORMAT = "H:i"
MONTH_DAY_FORMAT = "j F"
SHORT_DATE_FORMAT = "d/m/Y"
SHORT_DATETIME_FORMAT = "d/m/Y H:i"
