# Bengali dates day, month, year ("2 ডিসেম্বর 2026") with 24-hour times, the same shape in dates
# with and without a time (Django's give "মে 3, 2026, 2:05 অপরাহ্ন" for the former).
DATE_FORMAT = "j F Y"
DATETIME_FORMAT = "j F Y, H:i"
TIME_FORMAT = "H:i"
MONTH_DAY_FORMAT = "j F"
SHORT_DATE_FORMAT = "d/m/Y"
SHORT_DATETIME_FORMAT = "d/m/Y H:i"
