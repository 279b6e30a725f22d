# Django's "02 грудня 2026 р." ends with an abbreviation point, which doubles at the end of a
# sentence ("… 2026 р.."); the year alone reads correctly inside and at the end of sentences.
DATE_FORMAT = "j E Y"
DATETIME_FORMAT = "j E Y, H:i"
